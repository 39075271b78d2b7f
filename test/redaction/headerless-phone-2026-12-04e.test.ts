import { describe, expect, it } from 'vitest';
import { createRedactor } from '@agent-audit/core';

// K16 of the fifth probe of 2026-12-04 (test/redaction/probe-2026-12-04e.cases.md): a headerless
// CSV whose only direct identifier is a bare phone number (`Vlintuk,Qxaro,1984-03-12,4155550132`)
// kept the names, the date of birth and the phone: no detector reads ten bare digits as a phone
// without a phone word, so the record had no identifier for G17's rule (recordCompany).
const redactor = createRedactor({ pseudonymKey: new Uint8Array(32).fill(7) });
function stored(result: string): string {
  const out = redactor.redact({ v: 1, id: 'e', seq: 0, ts: '2026-12-04T00:00:00Z', stream: 's', type: 'tool.result', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', result } } as never, { capture: {} } as never) as { event: { tool: { result: string } } };
  return out.event.tool.result;
}
const PERSON = /^\[PERSON:psn_[a-z0-9_]+\]$/;
const DOB = /^\[DOB:psn_[a-z0-9_]+\]$/;
const PHONE = /^\[PHONE:psn_[a-z0-9_]+\]$/;

describe('K16: a bare phone number identifies a headerless record beside a name and a date of birth', () => {
  it('the probe rows: surname, given name, date of birth and a bare NANP number, two lines', () => {
    const lines = stored('Vlintuk,Qxaro,1984-03-12,4155550132\nDorvane,Wenlix,1979-11-02,4155550199').split('\n');
    for (const line of lines) {
      const [surname, given, dob, phone] = line.split(',');
      expect(surname).toMatch(PERSON);
      expect(given).toMatch(PERSON);
      expect(dob).toMatch(DOB);
      expect(phone).toMatch(PHONE);
    }
  });

  it('other spellings: semicolons, tabs, a trunk-0 number, a number with its calling code, the same pseudonym as the number written with punctuation', () => {
    const semicolons = stored('Mollquist;Zephra;12.03.1984;07700900123').split(';');
    expect(semicolons.map((f) => PERSON.test(f) || DOB.test(f) || PHONE.test(f))).toEqual([true, true, true, true]);
    const tabs = stored('Zephra Mollquist\t1981-05-06\t+447700900123').split('\t');
    expect(tabs[0]).toMatch(PERSON);
    expect(tabs[1]).toMatch(DOB);
    expect(tabs[2]).toMatch(PHONE);
    const bare = stored('Vlintuk,Qxaro,1984-03-12,4155550132').split(',')[3];
    const punctuated = stored('Vlintuk,Qxaro,1984-03-12,(415) 555-0132').split(',')[3];
    expect(bare).toBe(punctuated);
  });

  it('records that are no person\'s stay as written: a recent date, no name, no date, no valid number', () => {
    for (const text of [
      'Widget,Blue,2026-11-30,4155550132',
      '2026-12-04,checkout,200,4155550132',
      'Order,4155550132,shipped,EUR',
      'sku-1,1984-03-12,4155550132,42',
    ]) expect(stored(text)).toBe(text);
    // No valid number: the number stays as written. Its names and date of birth are a person's record by themselves
    // since 2026-12-08 (issue 11, tables-left-2026-12-08.test.ts), with no identifier.
    const fields = stored('Vlintuk,Qxaro,1984-03-12,1234567890').split(',');
    expect([PERSON.test(fields[0] as string), PERSON.test(fields[1] as string), DOB.test(fields[2] as string), fields[3]]).toEqual([true, true, true, '1234567890']);
  });
});
