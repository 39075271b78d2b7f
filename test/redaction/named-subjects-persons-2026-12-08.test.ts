// Issue 11, found on 2026-12-08 while reading the Stryker row of names.ts givenNameTier: a name the name rules mask
// (names.ts detectPersons) but the lists hold in no spelling of theirs (`José`, `Søren`, `Łukasz`, `Angélica`) was
// masked as a PERSON while the personal fact said of it stayed in clear (`[PERSON] is gay`, `[PERSON] earns 61k a
// year`): personal-subjects.ts asked only the lists' tiers. Now a word the name rules read as a person in the text is a
// sure subject. Places, firms and days in the same sentences stay as they were.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '../../packages/core/src/index.js';
import { timeRatio } from './linear-time.js';
import { storedText } from './masked-text.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(9)]), sessionMemory: false });
const { stored, gone } = storedText(redactor);

describe('a subject the name rules read as a person, 2026-12-08', () => {
  it.each([
    ['José is gay', ['José', 'gay'], [' is ']],
    ['Søren is gay, he said', ['Søren', 'gay'], [' is ', 'he said']],
    ['Łukasz earns 61k a year', ['Łukasz', '61k'], ['earns', 'a year']],
    ['José is catholic', ['José', 'catholic'], [' is ']],
    ['Angélica is a practising Muslim', ['Angélica', 'Muslim'], ['practising']],
    ['Müller earns €61,000 a year', ['Müller', '61,000'], ['earns', 'a year']],
  ])('%s', (text, raws, labels) => gone(text, raws, labels));

  // Held back while the rule was written, tried once after: none is read. Østergård passed before the change too (a
  // given name before a surname is a subject since 2026-12-07d); the other two are names the name rules do not read
  // either (the whole text stays: an unlisted lone given name at a sentence's start, open in docs/REDACTION.md).
  it("held back: Ingrid Østergård is a Jehovah's Witness", () => gone("Ingrid Østergård is a Jehovah's Witness", ['Østergård', 'Witness'], []));
  it.fails.each([
    ['Bartłomiej is bisexual', ['Bartłomiej', 'bisexual']],
    ['Zoltán earns $90,000 a year', ['Zoltán', '90,000']],
  ])('held back, open: %s', (text, raws) => gone(text, raws as string[], []));

  it.each(['Zürich is catholic', 'Québec is catholic', 'España is catholic', 'Kraków is catholic', 'Malmö is gay-friendly', 'Ireland is catholic', 'Christmas is catholic', 'Apple earns 61bn in revenue', 'Monday is catholic'])(
    'a place, a feast, a firm or a day stays: %s',
    (text) => expect(stored(text)).toBe(text),
  );

  it('linear: subjects the tiers refuse, each sending the text to the name rules (once per text)', () => {
    const make = (n: number) => 'Søren is gay. Zürich is catholic. Łukasz earns 61k a year Kraków is catholic '.repeat(Math.ceil(n / 78)).slice(0, n);
    expect(timeRatio(stored, make)).toBeLessThanOrEqual(3);
  });
});
