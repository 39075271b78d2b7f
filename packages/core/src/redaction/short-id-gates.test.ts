import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';
import { detectDottedNames } from './dotted-names.js';
import { encodedTextView, mayHoldDecodableRun } from './encoded-text.js';
import type { Detection } from './types.js';

// Issue 19: the gates that spare fresh ids (`call_0000ubk1…`, UUIDs, ULIDs, `sess-…`) the encoded-text
// view and the joined-name regexes. Each is exact as a no; these hold their boundaries, so that a gate
// tightened past them (a mutant) stops a finding.

describe('mayHoldDecodableRun (encoded-text.ts): a run that may decode', () => {
  it('no: one letter case, no `/`, no run of hex alone (fresh ids)', () => {
    for (const id of ['call_0000ubk1123456', '01JQKBF4SPQ391AR1TC87KJX0H', '19034d37-d2c8-404e-a44d-b6796a01b2c3', 'abcdefabcdefabcdg']) expect(mayHoldDecodableRun(id)).toBe(false);
  });
  it('yes: both letter cases, a `/`, a run of 16 hex digits (with `0x`) anywhere', () => {
    expect(mayHoldDecodableRun('call_0000ubK1123456')).toBe(true);
    expect(mayHoldDecodableRun('abc/def')).toBe(true);
    expect(mayHoldDecodableRun('x 0123456789abcdef y')).toBe(true);
    expect(mayHoldDecodableRun('0x0123456789abcd')).toBe(true);
    expect(mayHoldDecodableRun('0123456789abcdef')).toBe(true);
  });
  it('a hex run is 16 characters at least, and ends at a character outside base64', () => {
    expect(mayHoldDecodableRun('x 0123456789abcde y')).toBe(false);
    expect(mayHoldDecodableRun('0123456789abcde-')).toBe(false);
    expect(mayHoldDecodableRun('0123456789abcde!0123456789abcdef')).toBe(true);
  });
  it('where it says no, the view has no run to decode', () => {
    for (const id of ['call_0000ubk1123456', '01JQKBF4SPQ391AR1TC87KJX0H', 'sess-1a_2026_12_06_abcdef']) {
      expect(mayHoldDecodableRun(id)).toBe(false);
      expect(encodedTextView(id)).toBeUndefined();
    }
  });
  it('a hex run and a base64 run still decode through detectSensitive', () => {
    const ssn = Buffer.from('SSN 536-22-8514').toString('hex');
    expect(detectSensitive(`x ${ssn}`).map((d) => d.type)).toEqual(['SSN']);
    const email = Buffer.from('mail wenlix.dorvane@example.org').toString('base64url');
    expect(detectSensitive(`payload ${email}`).map((d) => d.type)).toEqual(['EMAIL']);
  });
});

describe('mayHoldJoinedWords (dotted-names.ts): a joiner between letters', () => {
  const spans = (text: string): string[] => {
    const out: Detection[] = [];
    detectDottedNames(text, out, 0);
    return out.map((d) => text.slice(d.start, d.end));
  };
  it('the first joiner at index 2 (a given name of two letters)', () => {
    expect(spans('Jo.Nowak')).toEqual(['Jo.Nowak']);
    expect(spans('Ed_Nowak')).toEqual(['Ed_Nowak']);
  });
  it('a letter outside ASCII before or after the joiner', () => {
    expect(spans('Zoë.Nowak')).toEqual(['Zoë.Nowak']);
    expect(spans('Jan.Łukasik')).toEqual(['Jan.Łukasik']);
  });
  it('ids hold no joiner between letters, and nothing is found in them', () => {
    for (const id of ['call_0000ubk1', 'msg_01Skl1bjlfKEa9vhHNhgV9ES', 'user_1234', 'v1.2_x', '_a.b']) expect(spans(id)).toEqual([]);
  });
});
