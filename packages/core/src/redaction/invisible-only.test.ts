import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createKeyring } from './keys.js';
import { createRedactor } from './redactor.js';
import { detectSensitive } from './detectors.js';
import { findNormalized } from './detectors.js';

// A string made only of characters the normalized view removes (a zero-width space, a variation
// selector, a bidi mark, a tag character) has an empty view. Its maps were left undefined, so
// detectSensitive threw (`Cannot read properties of undefined (reading 'subarray')`) and the
// redactor stored such a harmless string as `[REDACTION_FAILED]` with a redaction error (issue 11:
// bad input gets a clear error or a safe treatment; issue 13: found by a differential run of two
// builds over the test corpus, 2026-12-06).

/** Characters the view removes: format characters and other default-ignorable ones. */
const REMOVED = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u061c', '\u180e', '\u200e', '\u200f', '\u202e', '\ufe0f', '\u{e0001}', '\u{e0020}'];

const event = (result: unknown) => ({ v: 1, id: '01JABCDEFGHJKMNPQRSTVWXYZ0', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.result', agent: { id: 'bot' }, source: 'test', outcome: 'success', session: 'v1', tool: { name: 'note', result } }) as never;

describe('a string of removed characters alone', () => {
  it.each(REMOVED.map((char) => [JSON.stringify(char), char]))('%s alone, doubled and tripled: no detection, no error', (_, char) => {
    for (const text of [char, char + char, char.repeat(3), char.repeat(8)]) expect(detectSensitive(text)).toEqual([]);
  });

  it('any run of them (property): detectSensitive returns [] and findNormalized finds nothing', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...REMOVED), { minLength: 1, maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(detectSensitive(text)).toEqual([]);
        expect(findNormalized(text, () => [])).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('is stored as written, with no redaction error, as a value and beside other values', async () => {
    const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(9)]) });
    const result = await redactor.redact(event({ blank: '\u200b', joiner: '\u2060\u2060', mark: '\u200e', note: 'call Amara Okafor on +44 20 7946 0958' }), { capture: {} } as never);
    const stored = result.event.tool?.result as Record<string, string>;
    expect(stored.blank).toBe('\u200b');
    expect(stored.joiner).toBe('\u2060\u2060');
    expect(stored.mark).toBe('\u200e');
    // The rest is redacted as ever.
    expect(stored.note).not.toContain('Okafor');
    expect(stored.note).not.toContain('7946');
    expect(JSON.stringify(result)).not.toContain('REDACTION_FAILED');
  });
});
