// The views of a long text (decoded, normalized, layout rewritten, reversed runs) are read only in
// windows around what they rewrote (detectors.ts detectInView, issue 11's time rule): every view
// of 50 KB of docs/REDACTION.md was a full pass of every detector, 3.6-4.6 s, and 200 KB through
// the sealing pool passed the worker's 60 s limit (the content was then masked whole). A value
// that only a view reads must still be found at any place of a long text, with the span it has in
// a short one; and the windows must not cut a value into a false reading at their edges.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../packages/core/src/index.js';

/** Prose with no personal data, `chars` characters long (words of this project's docs). */
function filler(chars: number, seed: number): string {
  const words = ['the', 'ledger', 'keeps', 'every', 'event', 'of', 'an', 'agent', 'run', 'chained', 'and', 'sealed', 'before', 'it', 'is', 'stored', 'so', 'that', 'an', 'auditor', 'can', 'check', 'what', 'was', 'done', 'and', 'why'];
  let out = '';
  for (let i = 0; out.length < chars; i++) out += `${words[(i * 7 + seed) % words.length]}${i % 13 === 12 ? '.\n' : ' '}`;
  return out.slice(0, chars);
}

/** Values that a view reads (the view named first), with the type found. */
const VIEWED: Array<[string, string, string]> = [
  ['percent-encoded email (decoded view)', 'write to dave%40example.com today', 'EMAIL'],
  ['character references (decoded view)', 'SSN&#58; 536&#45;22&#45;8514 on file', 'SSN'],
  ['zero-width spaces inside an email (normalized view)', 'mail qxaro.vlin\u200btuk@example.org now', 'EMAIL'],
  ['full-width digits (normalized view)', 'SSN: ５３６-２２-８５１４ on file', 'SSN'],
  ['a form\'s boxes (layout view)', 'SSN: |5|3|6|-|2|2|-|8|5|1|4| on file', 'SSN'],
  ['a right-to-left override (reversed run)', 'record \u202E4158-22-635 NSS\u202C kept', 'SSN'],
];

describe('a value read only by a view is found anywhere in a long text', () => {
  it.each(VIEWED)('%s', (_, snippet, type) => {
    const short = detectSensitive(snippet).filter((found) => found.type === type);
    expect(short.length).toBeGreaterThan(0);
    for (const [before, after] of [[20_000, 20_000], [100, 30_000], [30_000, 100], [9_000, 9_000]] as const) {
      const head = filler(before, 1);
      const text = `${head} ${snippet} ${filler(after, 2)}`;
      const offset = head.length + 1;
      const long = detectSensitive(text).filter((found) => found.type === type && found.start >= offset && found.end <= offset + snippet.length);
      expect(long.map((found) => [found.start - offset, found.end - offset]), `${before}/${after}`).toEqual(short.map((found) => [found.start, found.end]));
    }
  });

  it('finds the same values as before the windows in a long text with many views (50 KB of mixed examples)', () => {
    // Every snippet many times, far apart and close together: the windows merge and split.
    const parts: string[] = [];
    for (let i = 0; i < 40; i++) parts.push(filler(200 + ((i * 397) % 1900), i), (VIEWED[i % VIEWED.length] as [string, string, string])[1]);
    const text = parts.join(' ');
    expect(text.length).toBeGreaterThan(40_000);
    const found = detectSensitive(text);
    let offset = 0;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i] as string;
      if (i % 2 === 1) {
        const [, snippet, type] = VIEWED[((i - 1) / 2) % VIEWED.length] as [string, string, string];
        const expected = detectSensitive(snippet).filter((each) => each.type === type).map((each) => [each.start + offset, each.end + offset]);
        const got = found.filter((each) => each.type === type && each.start >= offset && each.end <= offset + part.length).map((each) => [each.start, each.end]);
        expect(got, `${i}: ${snippet}`).toEqual(expected);
      } else {
        // No reading inside the filler (no false value where a window cut a word or a number).
        expect(found.filter((each) => each.start >= offset && each.end <= offset + part.length), `filler ${i}`).toEqual([]);
      }
      offset += part.length + 1;
    }
  });

  it('reads a long text with a view in a time of the order of one pass (no timing asserted: 200 KB completes)', () => {
    const text = `${filler(100_000, 3)} dave%40example.com SSN&#58; 536&#45;22&#45;8514 \u202E4158-22-635 NSS\u202C ${filler(100_000, 4)}`;
    const found = detectSensitive(text);
    expect(found.map((each) => each.type).sort()).toEqual(['EMAIL', 'SSN', 'SSN']);
  });
});
