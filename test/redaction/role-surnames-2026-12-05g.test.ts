// Surnames in capitals the fourteenth README-only probe (2026-12-05g, issue 11) found stored raw:
// L10 an unlisted surname in capitals before a comma and a listed given name after a party's role (`RP` of a
//     CAD log, `Mother:`): the given name was masked, the surname stayed (the converse of 04g L12).
// The row's inputs, other roles made up here, and the neighbouring text that stays.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';
import { kept, leaks } from './masked-text.js';

describe('L10: `ROLE SURNAME, GIVEN` with the surname in capitals', () => {
  it('the probe rows', () => {
    const cad = 'CAD #26-118734  14:02:11 RP VANDERHOEVEN, LEOPOLD CB 612-555-0164';
    expect(leaks(cad, ['VANDERHOEVEN', 'LEOPOLD', '612-555-0164'])).toEqual([]);
    expect(kept(cad, ['CAD #26-118734  14:02:11 RP ', ' CB '])).toEqual([]);
    expect(leaks('Mother: LINDQVIST, Agnes', ['LINDQVIST', 'Agnes'])).toEqual([]);
    expect(kept('Mother: LINDQVIST, Agnes', ['Mother: '])).toEqual([]);
  });

  it.each([
    ['a caller', '09:14:55 caller THRELKELD, MARGARET reports a fall', ['THRELKELD', 'MARGARET'], ['09:14:55 caller ', ' reports a fall']],
    ['a complainant with a colon', 'Complainant: PENNYWHISTLE, Robert (cell on file)', ['PENNYWHISTLE', 'Robert'], ['Complainant: ', ' (cell on file)']],
    ['a reporting party written R/P', '10:41:07 R/P THISTLEWAITE, DOROTHY CB 555-0101', ['THISTLEWAITE', 'DOROTHY'], ['10:41:07 R/P ', ' CB ']],
    ['a father', 'Father: OKAFOR-BELL, James', ['OKAFOR-BELL', 'James'], ['Father: ']],
    ['a cardholder in a dispute log', 'Dispute 7731 | cardholder FENNIMORE, SARAH | amount $412.00', ['FENNIMORE', 'SARAH'], ['Dispute 7731 | cardholder ', ' | amount $412.00']],
  ])('%s', (_kind, text, values, neighbours) => {
    expect(leaks(text, values)).toEqual([]);
    expect(kept(text, neighbours)).toEqual([]);
  });

  it('keeps a word in capitals before a comma after no role', () => {
    expect(kept('Note: NASA, John said the launch slipped', ['NASA'])).toEqual([]);
    expect(kept('Status URGENT, Mary please call back', ['URGENT'])).toEqual([]);
  });

  it('runs in linear time', () => {
    const unit = '14:02:11 RP VANDERHOEVEN, LEOPOLD CB 612-555-0164 Mother: LINDQVIST, Agnes; ';
    const make = (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    expect(timeRatio((text) => detectSensitive(text), make)).toBeLessThanOrEqual(3);
  });
});
