// What field-kinds.ts promises (issue 13, from surviving mutants of internal/field-kinds.ts):
// pushField appends the field's exact span without the blanks at either end (space, tab, CR, LF
// and no other), nothing for an empty or blank field, a name's normal form (NFC, lower case, one
// space between words) unless one is given, and no `normalized` member for another kind without
// one. Called directly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Detection } from '../types.js';
import { FIELD_DETECTIONS, pushField } from './field-kinds.js';

const push = (text: string, from: number, to: number, kind: Parameters<typeof pushField>[4], normalized?: string): Detection[] => {
  const out: Detection[] = [];
  pushField(out, text, from, to, kind, normalized);
  return out;
};

describe('pushField', () => {
  it('the field without its blanks at either end, as its kind, no normal form for a kind but a name', () => {
    expect(push(' \t\r\n555-0134\n\r\t ', 0, 16, 'phone')).toStrictEqual([{ start: 4, end: 12, type: 'PHONE', class: 'pii.phone' }]);
    expect(push('xx  12 Main St  yy', 2, 16, 'address')).toStrictEqual([{ start: 4, end: 14, type: 'ADDRESS', class: 'pii.address' }]);
    expect(push('19610714', 0, 8, 'date')).toStrictEqual([{ start: 0, end: 8, type: 'DOB', class: 'pii.date_of_birth' }]);
    for (const blank of [' ', '\t', '\r', '\n']) {
      expect(push(`${blank}123${blank}`, 0, 5, 'ssn')).toStrictEqual([{ start: 1, end: 4, type: 'SSN', class: 'pii.government_id' }]);
    }
  });

  it('only space, tab, CR and LF are blanks', () => {
    for (const other of ['\u00a0', '\f', '\v', '_', '^']) {
      expect(push(`${other}123${other}`, 0, 5, 'mrn')).toStrictEqual([{ start: 0, end: 5, type: 'MRN', class: 'phi' }]);
    }
  });

  it('from and to bound the field, the text around it is not read', () => {
    expect(push('  A12  ', 2, 5, 'plan')).toStrictEqual([{ start: 2, end: 5, type: 'HEALTH_PLAN_ID', class: 'phi' }]);
    expect(push('  A12  ', 1, 6, 'plan')).toStrictEqual([{ start: 2, end: 5, type: 'HEALTH_PLAN_ID', class: 'phi' }]);
    expect(push('a  b', 1, 3, 'plan')).toStrictEqual([]);
    expect(push('A', 0, 1, 'licence')).toStrictEqual([{ start: 0, end: 1, type: 'LICENSE_NUMBER', class: 'pii.government_id' }]);
  });

  it('nothing for an empty or blank field', () => {
    expect(push('abc', 1, 1, 'account')).toStrictEqual([]);
    expect(push('abc', 2, 1, 'account')).toStrictEqual([]);
    expect(push('   ', 0, 3, 'account')).toStrictEqual([]);
    expect(push(' \t\r\n', 0, 4, 'name')).toStrictEqual([]);
    expect(push('', 0, 0, 'name')).toStrictEqual([]);
  });

  it('a name: its normal form (NFC, lower case, blanks inside as one space) unless one is given', () => {
    expect(push('|  VLINTUK  \t Qxaro\u0301  |', 1, 22, 'name')).toStrictEqual([{ start: 3, end: 20, type: 'PERSON', class: 'pii.person', normalized: 'vlintuk qxar\u00f3' }]);
    expect(push('Vlintuk', 0, 7, 'name', 'given')).toStrictEqual([{ start: 0, end: 7, type: 'PERSON', class: 'pii.person', normalized: 'given' }]);
    expect(push('A-12', 0, 4, 'account', 'a12')).toStrictEqual([{ start: 0, end: 4, type: 'ACCOUNT_NUMBER', class: 'financial.account', normalized: 'a12' }]);
    expect(push(' 9 ', 0, 3, 'provider', '')).toStrictEqual([{ start: 1, end: 2, type: 'PROVIDER_ID', class: 'pii', normalized: '' }]);
  });

  it('appends: what is in the list stays', () => {
    const out: Detection[] = [{ start: 0, end: 1, type: 'X', class: 'x' }];
    pushField(out, 'ab', 0, 2, 'email');
    pushField(out, 'ab', 1, 2, 'nationalId');
    expect(out).toStrictEqual([
      { start: 0, end: 1, type: 'X', class: 'x' },
      { start: 0, end: 2, type: 'EMAIL', class: 'pii.email' },
      { start: 1, end: 2, type: 'NATIONAL_ID', class: 'pii.government_id' },
    ]);
  });

  it('a property: any field between any blanks is found exactly, its kind from the table', () => {
    const blanks = fc.array(fc.constantFrom(' ', '\t', '\r', '\n'), { maxLength: 4 }).map((a) => a.join(''));
    const kinds = Object.keys(FIELD_DETECTIONS) as Array<keyof typeof FIELD_DETECTIONS>;
    fc.assert(
      fc.property(fc.string({ maxLength: 3 }), blanks, fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ]{0,10}[A-Za-z0-9]$|^[A-Za-z0-9]$/), blanks, fc.constantFrom(...kinds), (lead, before, value, after, kind) => {
        const text = `${lead}${before}${value}${after}!`;
        const from = lead.length;
        const detection = push(text, from, text.length - 1, kind)[0];
        const start = from + before.length;
        expect(detection?.start).toBe(start);
        expect(detection?.end).toBe(start + value.length);
        expect(detection?.type).toBe(FIELD_DETECTIONS[kind].type);
      }),
    );
  });
});
