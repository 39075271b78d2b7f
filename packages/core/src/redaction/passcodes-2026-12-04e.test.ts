// The fifth README-only probe of 2026-12-04 (test/redaction/probe-2026-12-04e.cases.md; issue 11),
// row K22 as a kind: a bare `passcode` and its number with no copula (`passcode 99218834`), and
// `pass code` and `access code` beside it. `my passcode is …`, `voice passcode: …` and `my PIN is
// …` were masked; counts and years after the label stay.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '@agent-audit/core';

function masked(text: string, value: string): boolean {
  const start = text.indexOf(value);
  if (start === -1) throw new Error(`${value} not in ${text}`);
  return detectSensitive(text).some((d) => d.class === 'secret' && d.start <= start && d.end >= start + value.length);
}
const secrets = (text: string): string[] => detectSensitive(text).filter((d) => d.class === 'secret').map((d) => text.slice(d.start, d.end));

describe('K22: a bare passcode and its number', () => {
  it.each([
    // The probe's input.
    ['passcode 99218834', '99218834'],
    // Other spellings.
    ['Caller verified, voice passcode 99218834 confirmed', '99218834'],
    ['Passcode 4821 for the gate', '4821'],
    ['pass code 55190', '55190'],
    ['pass-code 771204', '771204'],
    ['Access code 482193 (valid today)', '482193'],
    ['the passcode 99218834 works', '99218834'],
  ])('%s', (text, value) => expect(masked(text, value)).toBe(true));

  it('any 4 to 10 digits after the label, in any case', () => {
    fc.assert(
      fc.property(fc.constantFrom('passcode', 'Passcode', 'PASSCODE', 'pass code', 'access code', 'Access Code'), fc.stringMatching(/^[1-9]\d{3,9}$/), fc.constantFrom('', '.', ' today', ', thanks'), (label, digits, tail) => {
        fc.pre(!/^(?:19|20)\d\d$/.test(digits));
        return masked(`${label} ${digits}${tail}`, digits);
      }),
    );
  });

  it.each([
    // Kept by the probe: masked before, and now.
    ['my passcode is 99218834', '99218834'],
    ['voice passcode: 99218834', '99218834'],
    ['my PIN is 4821', '4821'],
  ])('still masked: %s', (text, value) => expect(masked(text, value)).toBe(true));

  it.each(['passcode 2024 policy', 'passcode 8 digits long', 'the passcode policy requires 6 digits', 'access code 12', 'passcode reset in 3 steps'])('kept: %s', (text) => expect(secrets(text)).toEqual([]));
});
