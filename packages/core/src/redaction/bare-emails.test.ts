// Issue 11, still open from the attack reports: the bare `dave at example dot com` in mid-sentence
// with no mail word nearby (`ask dave at example dot com today`) was stored raw: a one-word local
// part needed a mail cue or a field of its own, to keep prose (`prices at amazon dot com are low`)
// unmasked. The kind: a one-word local part that reads as a mailbox (a listed person name that is
// no common word, or letters with digits) before a domain whose TLD is real and no English word.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';
import { isListedPersonName } from './names.js';
import { isProseWord } from './obfuscated-emails.js';

const emails = (text: string) => detectSensitive(text).filter((d) => d.type === 'EMAIL').map((d) => [text.slice(d.start, d.end), d.normalized]);

/** Listed names (names.ts) that are no common word; the test below checks most of these are. */
const CANDIDATES = ['dave', 'amara', 'okafor', 'lena', 'john', 'alice', 'jane', 'wiremu', 'priya', 'giulia', 'mateo', 'nguyen', 'ingrid', 'tomasz', 'yusuf', 'sven'];
const NAMES = CANDIDATES.filter((n) => isListedPersonName(n));
const name = fc.constantFrom(...NAMES).chain((n) => fc.constantFrom(n, n[0]?.toUpperCase() + n.slice(1)));
const digitsLocal = fc.tuple(fc.constantFrom('dave', 'jdoe', 'mk', 'xq'), fc.integer({ min: 1, max: 9999 })).map(([w, n]) => `${w}${n}`);
// A domain label is any lower-case word the bare form takes: not one of its prose words (`nor`,
// `him`, `bad`, `looked`), which it refuses by design. A hand-made list of them missed `nor`,
// `bad` and `she`, and the property failed 7 runs in 1,500 (`ask dave at bad dot com today`).
const label = fc.stringMatching(/^[a-z]{3,10}$/).filter((l) => !isProseWord(l));
const tld = fc.constantFrom('com', 'org', 'net', 'de', 'fr', 'co', 'ch', 'nl', 'edu', 'uk');
const frame = fc.constantFrom(['ask ', ' today'], ['I think ', ' knows'], ['forward it to ', ' and cc the team'], ['so ', ' is the one'], ['Bitte ', ' fragen'], ['tell bob and ', ' later']);

describe('bare obfuscated emails in mid-sentence without a mail cue', () => {
  it('reads the name lists', () => {
    expect(NAMES.length).toBeGreaterThanOrEqual(8);
  });

  it('property: a listed name or letters with digits, a bare at, domain labels and a non-word TLD joined by dot: one EMAIL', () => {
    fc.assert(
      fc.property(fc.oneof(name, digitsLocal), fc.array(label, { minLength: 1, maxLength: 2 }), tld, frame, fc.constantFrom(' at ', ' AT '), (local, labels, t, [before, after], at) => {
        const spelled = `${local}${at}${labels.join(' dot ')} dot ${t}`;
        expect(emails(`${before}${spelled}${after}`), `${before}${spelled}${after}`).toEqual([[spelled, `${local}@${labels.join('.')}.${t}`.toLowerCase()]]);
      }),
      { numRuns: 100 },
    );
  });

  it.each([
    ['ask dave at example dot com today', 'dave at example dot com'],
    ['ask dave (at) example (dot) com today', 'dave (at) example (dot) com'],
    ['I think dave84 at example dot org knows', 'dave84 at example dot org'],
  ])('%s', (text, value) => {
    expect(emails(text).map(([span]) => span)).toEqual([value]);
  });

  const noun = fc.constantFrom('prices', 'deals', 'items', 'tickets', 'mark', 'grace', 'bob', 'sales', 'support', 'info', 'admin', 'paris', 'lunch', 'dinner', 'parking');
  it('property: a common word or a word TLD in mid-sentence stays prose', () => {
    fc.assert(
      fc.property(noun, label, tld, frame, (word, l, t, [before, after]) => {
        expect(isListedPersonName(word), word).toBe(false);
        expect(emails(`${before}${word} at ${l} dot ${t}${after}`)).toEqual([]);
      }),
      { numRuns: 60 },
    );
    // A TLD that is an English word is no plausible domain without a cue, even at the end of the clause.
    for (const text of ['please ask dave at example dot me', 'ask dave at example dot shop.', 'ask dave at example dot me today', 'ask dave at example dot in the morning', 'ask dave at example dot shop now', 'meet at home dot', 'we saw dave at the station dot com', 'prices at amazon dot com are low', 'look at example dot com', 'ask dave at 5 dot 30'])
      expect(emails(text), text).toEqual([]);
  });
});
