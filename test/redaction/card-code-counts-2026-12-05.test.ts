// Item 1 of the misc brief of 2026-12-05 (issue 11): a card's security code said in words before
// the number. PCI DSS 3.2.1: sensitive authentication data (CVV2, CVC2, CID) is never stored after
// authorisation. `the 3-digit code on the back is 837` and `CVC (3 digits): 837` were stored raw
// (a count and a place with no card word in the text; a parenthesised count between the label and
// the value); `4 digit security code: 8371 card` masked `8371 card` as a PASSWORD (the word after
// the code taken into it, so the code's CVV reading lost to the longer span): secrets.ts.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '../../packages/core/src/index.js';
import { detectSensitive } from '../../packages/core/src/redaction/detectors.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]), sessionMemory: false });
function stored(note: string): string {
  const result = redactor.redact({ v: 1, id: 'x', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.call', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', arguments: { note } } } as never, { capture: {} });
  return (result as { event: { tool: { arguments: { note: string } } } }).event.tool.arguments.note;
}
const found = (text: string): string[] => detectSensitive(text).map((d) => `${d.type}:${text.slice(d.start, d.end)}`);

describe('a card security code named by its count of digits, its place or a parenthesised count', () => {
  it.each([
    ['4 digit security code: 8371 card', '8371'],
    ['the 3-digit code on the back is 837', '837'],
    ['CVC (3 digits): 837', '837'],
    ['security code 8371 for the Amex', '8371'],
    // Held back: other spellings of the same kinds.
    ['the three-digit code on the back is 837', '837'],
    ['the 3 digits on the back are 837', '837'],
    ['CVV2 (3-digit): 837', '837'],
    ['Card security code (3 digits): 837', '837'],
    ['CVV (three digits) 837', '837'],
    ['4-digit security code 8371', '8371'],
    ['security code: 8371', '8371'],
  ])('%s', (text, code) => {
    expect(found(text)).toEqual([`CVV:${code}`]);
    expect(stored(text)).not.toMatch(new RegExp(`(?<!\\d)${code}(?!\\d)`));
  });
  it('the word after the code stays, and the code has one pseudonym however it is labelled', () => {
    const out = stored('4 digit security code: 8371 card');
    expect(out).toMatch(/^4 digit security code: \[CVV:psn_[a-z0-9_]+\] card$/);
    const token = (text: string) => /\[CVV:[^\]]+\]/.exec(stored(text))?.[0];
    expect(token('4 digit security code: 8371 card')).toBe(token('security code 8371 for the Amex'));
  });
  it('kept: a bare code on the back of something else, a code with no count nor card, codes of other kinds', () => {
    expect(found('code on the back is 837')).toEqual([]);
    expect(found('the 4-digit code on the back of the router is 1234')).toEqual([]);
    expect(found('error code (3 digits): 404')).toEqual([]);
  });
  it('other code labels keep their runs: a spaced PIN, a code of capitals and digits, a word after it left', () => {
    expect(found('PIN: 12 34 56')).toEqual(['PASSWORD:12 34 56']);
    expect(found('verification code: AB12 CD34 EF')).toEqual(['PASSWORD:AB12 CD34 EF']);
    expect(found('verification code: AB12 CD34 for you')).toEqual(['PASSWORD:AB12 CD34']);
    expect(found('verification code: 481516 card')).toEqual(['PASSWORD:481516']);
    expect(found('passcode: Blue Horse 42')).toEqual(['PASSWORD:Blue Horse 42']);
  });
  it('a hostile run of the cue finishes', () => {
    const text = 'CVC (3 digits): '.repeat(12_000) + '837';
    expect(found(text)).toEqual(['CVV:837']);
    expect(found('the 3-digit code on the back '.repeat(8_000)).length).toBe(0);
  });
});
