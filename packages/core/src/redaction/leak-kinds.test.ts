import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';
import { createKeyring } from './keys.js';
import { luhnValid } from './internal/checks.js';
import { createRedactor } from './redactor.js';

// Issue 11, leaks and over-masking found by trying the redactor: each test stands for a kind
// (the mechanism), with the inputs that showed it and others of the same kind written afterwards.

const found = (text: string, type?: string) =>
  detectSensitive(text)
    .filter((d) => type === undefined || d.type === type)
    .map((d) => text.slice(d.start, d.end));
const types = (text: string) => detectSensitive(text).map((d) => d.type);

function withLuhn(body: string): string {
  for (let d = 0; d < 10; d++) if (luhnValid(`${body}${d}`)) return `${body}${d}`;
  throw new Error('unreachable');
}

const event = (args: unknown, session = 'visit-1') =>
  ({
    v: 1, id: '01JABCDEFGHJKMNPQRSTVWXYZ0', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.call',
    trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) }, agent: { id: 'bot' }, source: 'test', outcome: 'success', session,
    tool: { name: 'clinic.note', arguments: args },
  }) as never;

describe('leaks: card numbers with double or mixed separators', () => {
  it('finds the inputs found by trying it', () => {
    for (const text of ['card 4111  1111  1111  1111 ok', 'card 4111--1111--1111--1111 ok', 'card 4111-1111 1111-1111 ok', 'card 4111 1111-1111.1111', 'pay 4111 - 1111 - 1111 - 1111.']) {
      expect(found(text, 'CARD'), text).toHaveLength(1);
      expect(found(text, 'CARD')[0]?.replace(/\D/g, ''), text).toBe('4111111111111111');
    }
  });

  it('property: any separator of one to three characters between groups, mixed or not', () => {
    const separator = fc.constantFrom(' ', '  ', '-', '--', '.', '/', ' - ', ' / ', '\u00a0', '. ');
    fc.assert(
      fc.property(fc.constantFrom('4', '51', '55', '2221', '6011'), fc.stringMatching(/^\d{14}$/), fc.array(separator, { minLength: 3, maxLength: 3 }), (prefix, rest, seps) => {
        const digits = withLuhn((prefix + rest).slice(0, 15));
        const groups = [digits.slice(0, 4), digits.slice(4, 8), digits.slice(8, 12), digits.slice(12)];
        const written = groups.map((group, i) => group + (seps[i] ?? '')).join('');
        const text = `refund to ${written} today`;
        expect(found(text, 'CARD').map((s) => s.replace(/\D/g, '')), JSON.stringify(text)).toEqual([digits]);
      }),
      { numRuns: 200 },
    );
  });

  it('still leaves Luhn-failing numbers and long separator runs alone', () => {
    expect(found('order 4111 - 1111 - 1111 - 1112 shipped', 'CARD')).toEqual([]);
    expect(found('4111    1111    1111    1111', 'CARD')).toEqual([]); // four spaces: columns of a table, not one number
  });
});

describe('over-masking: identifiers of things are no phone or SSN', () => {
  it('leaves invoice, batch, lot, ticket and order numbers alone', () => {
    for (const text of ['Lot 4412 0398 12', 'Batch No. 2023-114-5567', 'Invoice #0203 4567 890', 'Ticket 884-21-7730 closed', 'invoice no: 0203 4567 890', 'tracking number 1Z 999 AA1 0123 4567 84', 'Order 5532 8890 12 shipped', 'serial no. 884-21-7730', 'SKU 4021 339 8812']) {
      expect(types(text).filter((t) => t === 'PHONE' || t === 'SSN'), text).toEqual([]);
    }
  });

  it('still finds phones and SSNs whose label says so', () => {
    expect(types('Ticket raised by SSN 536-22-1234 holder')).toContain('SSN');
    expect(types('call 0490 75 40 81 about lot 12')).toContain('PHONE');
    expect(types('ssn: 536-22-1234')).toContain('SSN');
  });

  it('leaves object identifiers alone, not addresses', () => {
    expect(types('OID 2.5.4.3 is the common name')).toEqual([]);
    expect(types('urn:oid:1.3.6.1')).toEqual([]);
    expect(types('oid=2.16.840.1')).toEqual([]);
    expect(types('server at 10.2.4.3 answered')).toEqual(['IP']);
  });
});

describe('leaks: dates of birth and medical record numbers', () => {
  it('finds a date after a birth label, in the usual spellings', () => {
    for (const [text, date] of [
      ['DOB: 04/12/1983', '04/12/1983'], ['date of birth 1983-12-04', '1983-12-04'], ['born on 12 March 1983', '12 March 1983'],
      ['D.O.B. 4.12.83', '4.12.83'], ['Birthdate: March 12, 1983', 'March 12, 1983'], ['Geburtsdatum: 04.12.1983', '04.12.1983'], ['née le 4 mars 1983', '4 mars 1983'],
    ] as const) {
      expect(found(text, 'DOB'), text).toEqual([date]);
    }
  });

  it('leaves dates without a birth label alone', () => {
    expect(found('shipped 04/12/1983 and billed 1983-12-04', 'DOB')).toEqual([]);
  });

  it('finds medical record numbers written with dashes or spaces after their label', () => {
    for (const [text, mrn] of [['medical record no. 0012-44', '0012-44'], ['MRN 4412873', '4412873'], ['NHS number 943 476 5919', '943 476 5919'], ['hospital no: H-5520031', 'H-5520031'], ['patient id: PT-99812', 'PT-99812']] as const) {
      expect(found(text, 'MRN'), text).toEqual([mrn]);
    }
    expect(found('MRN 1234', 'MRN')).toEqual([]); // too short to identify a record
  });
});

describe('leaks: person names', () => {
  it('finds names in greetings and sign-offs', () => {
    expect(found('Hi Wiremu,\nthanks for coming in', 'PERSON')).toEqual(['Wiremu']);
    expect(found('Hello Aroha! Your results are in.', 'PERSON')).toEqual(['Aroha']);
    expect(found('See you soon.\n\nBest,\nTamati', 'PERSON')).toEqual(['Tamati']);
    expect(found('Cheers,\nMere', 'PERSON')).toEqual(['Mere']);
    expect(found('Kind regards,\n-- Ngaio', 'PERSON')).toEqual(['Ngaio']);
    expect(found('Hi there,\nthanks', 'PERSON')).toEqual([]);
    expect(found('Best,\nThe team', 'PERSON')).toEqual([]);
    expect(found('Hi Team! Hello World!', 'PERSON')).toEqual([]);
  });

  it('finds names written in capitals', () => {
    expect(found('Patient: MARIA GARCIA', 'PERSON')).toEqual(['MARIA GARCIA']);
    expect(found('contact JOHN SMITH today', 'PERSON')).toEqual(['JOHN SMITH']);
    expect(found('REFERRED BY MARGARET THATCHER', 'PERSON')).toEqual(['MARGARET THATCHER']);
    expect(found('ERROR: CONNECTION REFUSED BY HOST', 'PERSON')).toEqual([]);
    expect(found('MARK AS READ', 'PERSON')).toEqual([]);
  });

  it('finds names with diacritics, in Cyrillic and in Han script', () => {
    expect(found('Nguyễn Văn An called', 'PERSON')).toEqual(['Nguyễn Văn An']);
    expect(found('Trần Thị Hồng is here', 'PERSON')).toEqual(['Trần Thị Hồng']);
    expect(found('Đặng Minh Đức phoned', 'PERSON')).toEqual(['Đặng Minh Đức']);
    expect(found('Иван Петров пришёл', 'PERSON')).toEqual(['Иван Петров']);
    expect(found('Мария Иванова позвонила', 'PERSON')).toEqual(['Мария Иванова']);
    expect(found('Patient 王小明 arrived', 'PERSON')).toEqual(['王小明']);
    expect(found('患者 李华 已到', 'PERSON')).toEqual(['李华']);
    expect(found('请联系陈先生', 'PERSON')).toEqual(['陈']); // inside an unbroken sentence: before an honorific
    expect(found('contact 陈先生 tomorrow', 'PERSON')).toEqual(['陈']);
    expect(found('价格 高级 方法', 'PERSON')).toEqual([]); // two-character words without a cue
  });

  it('leaves months and firms named after people alone', () => {
    for (const text of ['June is the month', 'in June we met', 'Johnson Controls sold the unit', 'Morgan Stanley and Goldman Sachs', 'we bought from Dell', 'Ernst & Young audited', 'Procter & Gamble shipped', 'the Berkshire Hathaway letter', 'shares of Merck rose']) {
      expect(found(text, 'PERSON'), text).toEqual([]);
    }
    expect(found('June Okafor is here', 'PERSON')).toEqual(['June Okafor']);
    expect(found('Michael Dell founded it', 'PERSON')).toEqual(['Michael Dell']);
    expect(found('Mr Dell called', 'PERSON')).toEqual(['Dell']);
  });
});

describe('addresses: Australian units, Polish streets, look-alikes', () => {
  it('finds Unit 4/17 forms and Polish lines whole', () => {
    expect(found('Unit 4/17 Smith Street, Richmond VIC 3121', 'ADDRESS')).toEqual(['Unit 4/17 Smith Street, Richmond VIC 3121']);
    expect(found('send it to 4/17 Wattle Rd please', 'ADDRESS')).toEqual(['4/17 Wattle Rd']);
    expect(found('ul. Marszałkowska 12/5, 00-590 Warszawa', 'ADDRESS')).toEqual(['ul. Marszałkowska 12/5, 00-590 Warszawa']);
    expect(found('mieszka przy ul. Długiej 5 m. 3', 'ADDRESS')).toEqual(['ul. Długiej 5 m. 3']);
    expect(found('ul. Kwiatowa 7, 30-001 Kraków', 'ADDRESS')).toEqual(['ul. Kwiatowa 7, 30-001 Kraków']);
  });

  it('leaves gates and exits alone, and keeps Scandinavian streets', () => {
    for (const text of ['Gate 22 at terminal 2', 'take exit 12 on the highway', 'boarding at Gate 7B', 'Exit 4 is closed']) expect(found(text, 'ADDRESS'), text).toEqual([]);
    expect(found('Karl Johans gate 22, 0159 Oslo', 'ADDRESS')).toEqual(['Karl Johans gate 22, 0159 Oslo']);
    expect(found('Storgata 5', 'ADDRESS')).toEqual(['Storgata 5']);
  });
});

describe('structured keys and session memory', () => {
  const redactor = createRedactor({ pseudonymKey: createKeyring([randomBytes(32)]) });
  const args = async (input: unknown, session?: string) => (await redactor.redact(event(input, session), { capture: {} } as never)).event.tool?.arguments as Record<string, unknown>;

  it('masks the values of keys named exactly auth, pass, passcode, pin and key', async () => {
    const out = await args({ auth: 'xyzzy-1', pass: 'hunter2', passcode: '8812', pin: '1234', key: 'sk9Aa02kd88Xq1', basic_auth: 'admin:pw', user: { pass: 'Tr0ub4dor' } });
    const text = JSON.stringify(out);
    for (const secret of ['xyzzy-1', 'hunter2', '8812', '1234', 'sk9Aa02kd88Xq1', 'admin:pw', 'Tr0ub4dor']) expect(text).not.toContain(secret);
  });

  it('leaves keys that merely contain those words, and key values that are no secret', async () => {
    const input = { boarding_pass: 'BP-22', key: 'ArrowDown', Key: 'photos/2024/cat.jpg', auth_type: 'oauth2', headers: [{ key: 'X-Request-Id', value: 'r-1' }], cache: { key: 'user:42' } };
    expect(await args(input, 'other')).toEqual(input);
  });

  it('masks dates of birth and record numbers under their keys', async () => {
    const out = JSON.stringify(await args({ dob: '1983-12-04', dateOfBirth: '04/12/1983', mrn: '00123456', patientId: 'PT-9', birth_date: 19831204 }, 's-dob'));
    for (const raw of ['1983-12-04', '04/12/1983', '00123456', 'PT-9', '19831204']) expect(out).not.toContain(raw);
    expect(out).toContain('[DOB:psn_');
    expect(out).toContain('[MRN:psn_');
  });

  it('masks a remembered name where it recurs in parts or in another order', async () => {
    const first = await args({ patient_name: 'Wiremu Tapsell' }, 'visit-9');
    const token = first.patient_name as string;
    const later = await args({ note: 'Tapsell, Wiremu arrived; seen by W. Tapsell; wiremu asked for TAPSELL WIREMU' }, 'visit-9');
    expect(later.note).not.toMatch(/tapsell|wiremu/i);
    expect(later.note).toContain(token);
    // Another session does not know the name.
    expect((await args({ note: 'Tapsell, Wiremu arrived' }, 'visit-10')).note).toContain('Tapsell');
  });

  it('masks a remembered name in other spellings whole, with its pseudonym also where a detector finds it too (issue 11)', async () => {
    const token = (await args({ patient_name: 'Amara Okafor' }, 'visit-12')).patient_name as string;
    const later = await args({ note: 'AMARA  OKAFOR, AmaraOkafor, @amara_okafor, Amara\nOkafor, OKAFOR Amara and Ms Okafor' }, 'visit-12');
    expect(later.note).toBe(`${token}, ${token}, @${token}, ${token}, ${token} and Ms ${token}`);
  });

  it('a name given family first: its order and parts, and no part with the comma (issue 11)', async () => {
    const token = (await args({ patient_name: 'Baker, Grace' }, 'visit-13')).patient_name as string;
    const later = await args({ note: 'Grace Baker came; ask the baker, then grace' }, 'visit-13');
    expect(later.note).toBe(`${token} came; ask the baker, then grace`);
  });

  it('remembers no part that is a common word', async () => {
    await args({ patient_name: 'Grace Baker' }, 'visit-11');
    const later = await args({ note: 'by grace of the baker next door' }, 'visit-11');
    expect(later.note).toBe('by grace of the baker next door');
  });
});

describe('hostile inputs for the new rules', () => {
  it('finishes on 200 000-character runs of each new shape and finds what is there', () => {
    const n = 200_000;
    const cases: Array<[string, string, number]> = [
      ['Hi Wiremu,\n'.repeat(n / 11), 'PERSON', Math.floor(n / 11)],
      ['Ernst & Young & '.repeat(n / 16), 'PERSON', 0],
      ['王'.repeat(n), 'PERSON', 0],
      ['患者 李华 '.repeat(n / 6), 'PERSON', Math.floor(n / 6)],
      ['DOB: born on '.repeat(n / 13), 'DOB', 0],
      ['Unit 4/17/'.repeat(n / 10), 'ADDRESS', -1],
      ['MRN 1 2 3 4 5 '.repeat(n / 14), 'MRN', 0],
      ['MRN 12345 '.repeat(n / 10), 'MRN', n / 10],
      ['4111 - '.repeat(n / 7), 'CARD', -1],
      ['Ticket 884-21-7730 '.repeat(n / 19), 'SSN', 0],
      ['OID 2.5.4.3 '.repeat(n / 12), 'IP', 0],
    ];
    for (const [text, type, expected] of cases) {
      const count = detectSensitive(text).filter((d) => d.type === type).length;
      if (expected >= 0) expect(count, `${type} in ${JSON.stringify(text.slice(0, 20))}…`).toBe(expected);
    }
  });
});
