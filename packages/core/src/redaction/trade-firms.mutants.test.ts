// Mutation tests for trade-firms.ts (issue 13; docs/TESTING.md, the trade-firms.ts row of
// 2026-12-05): every firm of TRADE_FIRMS, written as the trade press writes it, stays readable
// through detectSensitive (O1 of the probe of 2026-12-05i, test/redaction/firms-eponyms-2026-12-05i.test.ts,
// holds a score of them and no search firm that a person's name would otherwise mask), and the
// list's own form (lower case, one blank between words, two words or more). The whole file is
// module-level: a run with AGENT_AUDIT_MUTATE_COVERAGE=all measures it.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../index.js';
import { TRADE_FIRMS } from './trade-firms.js';

/** Words written in lower case inside a firm's name; the first word is capitalized always (`De Brauw`). */
const SMALL = new Set(['&', 'and', 'de', 'co']);
const capitalize = (word: string): string =>
  word.startsWith("o'") ? `O'${word.charAt(2).toUpperCase()}${word.slice(3)}` : word.startsWith('mc') ? `Mc${word.charAt(2).toUpperCase()}${word.slice(3)}` : `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
/** A firm of the list as it is written (`cozen o'connor` → `Cozen O'Connor`, `de brauw` → `De Brauw`). */
const written = (firm: string): string => firm.split(' ').map((word, i) => (i > 0 && SMALL.has(word) ? word : capitalize(word))).join(' ');

/** The detections that touch `name` in `text`, as `TYPE:value`. */
function touching(text: string, name: string): string[] {
  const at = text.indexOf(name);
  return detectSensitive(text)
    .filter((d) => d.start < at + name.length && d.end > at)
    .map((d) => `${d.type}:${text.slice(d.start, d.end)}`);
}

// Firms joined by a lower-case `and`: the run of capitalized words that names.ts reads as a firm
// stops at `and`, so the surname after it is still read as a person's (not fixed here: names.ts).
const OPEN = new Set(['haynes and boone']);

describe('TRADE_FIRMS', () => {
  it('is lower case, words joined by one blank, two words or more, each firm once', () => {
    expect(TRADE_FIRMS.length).toBeGreaterThan(250);
    for (const firm of TRADE_FIRMS) {
      expect(firm).toBe(firm.toLowerCase());
      expect(firm).toMatch(/^\S+(?: \S+)+$/);
    }
    expect(new Set(TRADE_FIRMS).size).toBe(TRADE_FIRMS.length);
  });
  it('holds the law firms and the search, staffing and reinsurance firms, first and last of each list', () => {
    for (const firm of ['skadden arps', 'edward nathan sonnenbergs', 'korn ferry', 'hannover rück', 'hiscox re', "cozen o'connor", 'davis polk & wardwell'])
      expect(TRADE_FIRMS).toContain(firm);
  });
  it('leaves out the firms that are as often a person (one surname; Robert Walters, Harvey Nash, Michael Page)', () => {
    for (const firm of ['cooley', 'dechert', 'withers', 'robert walters', 'harvey nash', 'michael page']) expect(TRADE_FIRMS).not.toContain(firm);
  });
});

describe('every firm of the list is no person', () => {
  const firms = TRADE_FIRMS.filter((firm) => !OPEN.has(firm));
  it.each(firms.map((firm) => [written(firm)]))('%s', (name) => {
    expect(touching(`Retained ${name} for the appeal.`, name)).toEqual([]);
    expect(touching(`Engaged ${name} on the matter.`, name)).toEqual([]);
  });
  it.fails('a firm joined by a lower-case `and` (open: `Haynes and Boone` masks `Boone`)', () => {
    expect(touching('Retained Haynes and Boone for the appeal.', 'Haynes and Boone')).toEqual([]);
  });
  it('the search firms and reinsurers that a person of the same name would otherwise be', () => {
    for (const name of ['Korn Ferry', 'Spencer Stuart', 'Russell Reynolds', 'Egon Zehnder', 'Robert Half', 'Hiscox Re'])
      expect(touching(`Retained ${name} for the search.`, name)).toEqual([]);
  });
  it('a person of one of those names is still masked when a title precedes', () => {
    expect(touching('Retained Mr. Russell Reynolds for the search.', 'Russell Reynolds')).not.toEqual([]);
  });
});
