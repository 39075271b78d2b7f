// Row 59 of the fresh probe of 2026-12-03 (probe-2026-12-03.cases.md; docs/REDACTION.md "Known
// misses"): kinds of personal data stored raw. Each test failed before its fix.
//  1. bank and branch codes of other countries in text and under member names: UK sort codes,
//     US ABA routing numbers, Australian BSB, Mexican CLABE, `acc#`/`acc` before an account number;
//  2. phones under `to`, `contact` and their siblings when written compact;
//  3. a medical record number repeated without its leading zeros later in the session;
//  4. coordinates with hemisphere letters, `lat … lon …` without a colon, and in map links.
// Look-alikes (order and invoice numbers, dates, versions, ids in URLs, prices, nine-digit numbers
// failing the ABA check) stay.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILTIN_DETECTORS, createAuditor, createKeyring, createRedactor, detectSensitive, fileLedger, readEvents, type AuditEvent } from '@agent-audit/core';
import type { JsonValue, UnsealedEvent } from '../../packages/core/src/spec/event.js';
import { storedJsonl, blankMachineValues } from './stored.js';

const work = mkdtempSync(join(tmpdir(), 'aa-numbers-probe-e-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The detections covering `value` in `text`, as `TYPE:span`. */
const covering = (text: string, value: string): string[] => {
  const start = text.indexOf(value);
  if (start === -1) throw new Error(`${value} not in ${text}`);
  return detectSensitive(text)
    .filter((d) => d.start < start + value.length && d.end > start)
    .map((d) => `${d.type}:${text.slice(d.start, d.end)}`);
};
const maskedAs = (text: string, value: string, type: string | RegExp): boolean => {
  const start = text.indexOf(value);
  return detectSensitive(text).some((d) => (typeof type === 'string' ? d.type === type : type.test(d.type)) && d.start <= start && d.end >= start + value.length);
};
/** A stored line without its pseudonyms and long hex runs (a short number could match inside them by chance). */
const withoutTokens = (line: string): string => blankMachineValues(line).replace(/\[[A-Z_]+:psn_\w+\]/g, '[T]').replace(/[0-9a-f]{32,}/gi, '[H]');

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(5)]), sessionMemory: false });
async function stored(result: JsonValue): Promise<string> {
  const out = await redactor.redact({ type: 'tool.result', tool: { name: 'probe', result } } as UnsealedEvent, { capture: {} } as never);
  return JSON.stringify(out.event.tool?.result);
}

describe('1. bank and branch codes of other countries', () => {
  it.each([
    ['Pay Jane: sort code 20-00-00, acc 12345678', ['20-00-00', '12345678']],
    ['Sort Code: 200000 Account: 31926819', ['200000', '31926819']],
    ['Wire to routing 021000021, account 123456789', ['021000021', '123456789']],
    ['ABA 011000015 / acct no. 40012345', ['011000015', '40012345']],
    ['RTN: 021000021', ['021000021']],
    ['BSB 062-000 acc# 12345678', ['062-000', '12345678']],
    ['CLABE 002010077777777771', ['002010077777777771']],
    ['please deposit to 646180157000000004 (SPEI)', ['646180157000000004']],
    ['a/c 12345678', ['12345678']],
  ])('%s', (text, values) => {
    for (const value of values) expect(maskedAs(text, value, 'ACCOUNT_NUMBER'), `${value} in ${text}`).toBe(true);
  });

  it('a sort code or BSB in any grouping and label spelling', () => {
    const label = fc.constantFrom('sort code', 'Sort Code:', 'SORT-CODE', 'sort_code=', 'sortcode', 'BSB', 'BSB:', 'bsb no.', 'BSB number');
    const code = fc.tuple(fc.stringMatching(/^\d{6}$/), fc.constantFrom('', '-', ' ')).map(([digits, sep]) => (sep === '' ? digits : `${digits.slice(0, 2)}${sep}${digits.slice(2, 4)}${sep}${digits.slice(4)}`));
    const bsb = fc.tuple(fc.stringMatching(/^\d{6}$/), fc.constantFrom('', '-', ' ')).map(([digits, sep]) => `${digits.slice(0, 3)}${sep}${digits.slice(3)}`);
    fc.assert(
      fc.property(label, fc.oneof(code, bsb), (name, value) => {
        const text = `${name} ${value} thanks`;
        expect(maskedAs(text, value, 'ACCOUNT_NUMBER'), text).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('a CLABE compact or in its parts, labelled or not, when the check digit holds', () => {
    const clabe = fc.tuple(fc.constantFrom('002', '012', '014', '072', '127', '646', '638'), fc.stringMatching(/^\d{14}$/)).map(([bank, rest]) => {
      const body = bank + rest;
      let sum = 0;
      for (let i = 0; i < 17; i++) sum += (Number(body[i]) * ([3, 7, 1][i % 3] as number)) % 10;
      return body + String((10 - (sum % 10)) % 10);
    });
    fc.assert(
      fc.property(clabe, fc.constantFrom('', ' '), fc.constantFrom('CLABE ', 'clabe: ', 'a la cuenta ', 'to '), (digits, sep, lead) => {
        const value = sep === '' ? digits : `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6, 17)} ${digits.slice(17)}`;
        const text = `${lead}${value}.`;
        // One that also passes Luhn in a card issuer's range (`638…`, Maestro) is masked as the card it could be.
        expect(maskedAs(text, value, /^(?:ACCOUNT_NUMBER|CARD)$/), text).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('under their member names, with the pseudonym they have in text', async () => {
    const out = JSON.parse(await stored({ sort_code: '20-00-00', bsb: '062-000', clabe: '002010077777777771', aba: '021000021', routing_number: '021000021', note: 'routing 021000021' })) as Record<string, string>;
    for (const key of ['sort_code', 'bsb', 'clabe', 'aba', 'routing_number']) expect(out[key], key).toMatch(/^\[ACCOUNT_NUMBER:psn_/);
    expect(out.note).toBe(`routing ${out.aba}`);
  });

  it.each([
    'order 021000021',
    'invoice 123456789 paid',
    'Order #002010077777777771',
    'ticket 646180157000000004',
    'released on 2026-12-03',
    'version 2.10.3',
    'https://example.com/items/021000021/edit',
    'https://example.com/users/002010077777777771',
    'bank statement 123456789',
    'bank 021000022',
    'total 123456789 requests',
    'price $1,234.56',
    'sort code by date, then by id',
    'the ABA therapy session 12',
  ])('leaves %s', (text) => {
    expect(detectSensitive(text).filter((d) => d.type === 'ACCOUNT_NUMBER')).toEqual([]);
  });
});

describe('2. phones under to, contact and their siblings', () => {
  it.each([
    [{ to: '+44 7700 900123' }],
    [{ contact: '07700 900123' }],
    [{ to: '07700900123', body: 'hi' }],
    [{ contact: '015112345678' }],
    [{ from: '4155550134', to: '14155550134' }],
    [{ recipient: '447700900123' }],
    [{ phone_to: '0612345678' }],
    [{ sms_to: '02079460958' }],
    [{ whatsapp: '07700900123' }],
  ] as Array<[Record<string, string>]>)('%j', async (value) => {
    const out = JSON.parse(await stored(value)) as Record<string, string>;
    for (const [key, raw] of Object.entries(value)) if (key !== 'body') expect(out[key], `${key}: ${raw}`).toMatch(/^\[PHONE:psn_/);
  });

  it('leaves dates, languages and ranges under the same names', async () => {
    expect(await stored({ to: '2026-12-03' })).toBe('{"to":"2026-12-03"}');
    expect(await stored({ to: 'en' })).toBe('{"to":"en"}');
    expect(await stored({ from: 100, to: 200 })).toBe('{"from":100,"to":200}');
    expect(await stored({ from: '1.2.0', to: '1.3.0' })).toBe('{"from":"1.2.0","to":"1.3.0"}');
  });
});

describe('3. a record number repeated without its leading zeros (session memory)', () => {
  const builtins = BUILTIN_DETECTORS.filter((name) => name !== 'person' && name !== 'address');
  it('is masked later in the session with the pseudonym of its first sighting, and never stored', async () => {
    const dir = join(work, 'mrn');
    const auditor = createAuditor({
      agent: { id: 'clinic' },
      sink: fileLedger({ dir, keyDir: join(work, 'mrn-keys'), fsync: false }),
      redactor: createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]), builtins }),
    });
    auditor.run({ session: 'ward-3' }, () => {
      auditor.record({ type: 'tool.call', tool: { name: 'ehr.lookup', arguments: { mrn: '00482913' } } });
      auditor.record({ type: 'model.response', content: { output: 'I found record 482913; 482913 is admitted.' } });
      auditor.record({ type: 'tool.result', tool: { name: 'ehr.lookup', result: { note: 'chart 48 2913 updated' } } });
    });
    auditor.run({ session: 'other' }, () => {
      // Another session did not see the MRN: its own 482913 (a count here) stays.
      auditor.record({ type: 'model.response', content: { output: 'processed 482913 rows' } });
    });
    await auditor.close();
    const events: AuditEvent[] = [];
    for await (const event of readEvents(dir, { stream: 'clinic' })) events.push(event);
    const token = (events[0]?.tool?.arguments as Record<string, string>).mrn as string;
    expect(token).toMatch(/^\[MRN:psn_/);
    expect(events[1]?.content?.output).toBe(`I found record ${token}; ${token} is admitted.`);
    expect((events[2]?.tool?.result as Record<string, string>).note).toBe(`chart ${token} updated`);
    expect(events[3]?.content?.output).toBe('processed 482913 rows');
    const lines = storedJsonl(dir).split('\n').filter((line) => !line.includes('processed')).map(withoutTokens).join('\n');
    expect(lines).not.toMatch(/482913|48 2913/);
  });
});

describe('4. coordinates in text and map links', () => {
  it.each([
    ['GPS: 51.5074 N, 0.1278 W', '51.5074 N, 0.1278 W'],
    [`I'm at 51°30'26.6"N 0°07'40.0"W`, `51°30'26.6"N 0°07'40.0"W`],
    ['lat 51.5074, lon -0.1278', '51.5074'],
    ['https://maps.google.com/?q=51.5074,-0.1278', '51.5074,-0.1278'],
    ['https://www.google.com/maps/@51.5074,-0.1278,15z', '51.5074,-0.1278'],
    ['geo:51.5074,-0.1278', 'geo:51.5074,-0.1278'],
    ['https://www.openstreetmap.org/#map=15/51.5074/-0.1278', '51.5074/-0.1278'],
  ])('%s', (text, value) => {
    expect(maskedAs(text, value, 'GEO'), text).toBe(true);
  });

  it('decimal degrees with hemispheres in any spacing', () => {
    const degrees = (max: number) => fc.tuple(fc.integer({ min: 0, max }), fc.stringMatching(/^\d{4,6}$/)).map(([whole, decimals]) => `${whole}.${decimals}`);
    fc.assert(
      fc.property(degrees(89), fc.constantFrom('N', 'S'), degrees(179), fc.constantFrom('E', 'W'), fc.constantFrom(' ', '', '°', ' °', '° '), fc.constantFrom(', ', ' ', '; '), (lat, ns, lon, ew, mark, between) => {
        const value = `${lat}${mark}${ns}${between}${lon}${mark}${ew}`;
        const text = `position ${value} now`;
        expect(maskedAs(text, value, 'GEO'), text).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it.each(['version 1.5, 2.0', 'pick 1.5, 2.0 or 2.5', 'total 1234.5678 EUR, 51.5074 USD', 'v2.10.3-rc.1', 'https://example.com/v51.5074/0.1278', 'force 12.5 N at 3.0 W'])('leaves %s', (text) => {
    expect(detectSensitive(text).filter((d) => d.type === 'GEO')).toEqual([]);
  });
});

describe('end to end: none of these values reach the stored .jsonl', () => {
  it('through createAuditor and a file ledger', async () => {
    const dir = join(work, 'e2e');
    const auditor = createAuditor({
      agent: { id: 'payments' },
      sink: fileLedger({ dir, keyDir: join(work, 'e2e-keys'), fsync: false }),
      redactor: createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(9)]) }),
    });
    auditor.run({ session: 's-1' }, () => {
      auditor.record({ type: 'message.user', content: { input: 'Pay to sort code 20-00-00, acc 12345678. Or BSB 062-000. US: ABA 011000015. MX: CLABE 002010077777777771.' } });
      auditor.record({ type: 'tool.call', tool: { name: 'bank.payout', arguments: { sort_code: '309634', bsb: '083-004', clabe: '646180157000000004', routing_number: '026009593', aba: '322271627' } } });
      auditor.record({ type: 'tool.call', tool: { name: 'sms.send', arguments: { to: '07700900456', from: '+447700900789', contact: '015112345678', body: 'Your ride is at GPS: 51.5074 N, 0.1278 W' } } });
      auditor.record({ type: 'model.response', content: { output: 'Map: https://maps.google.com/?q=48.8584,2.2945 and https://www.openstreetmap.org/#map=15/52.5163/13.3777, lat 40.6892, lon -74.0445' } });
      auditor.record({ type: 'tool.call', tool: { name: 'ehr.lookup', arguments: { mrn: '00731945' } } });
      auditor.record({ type: 'model.response', content: { output: 'record 731945 found' } });
    });
    await auditor.close();
    const lines = withoutTokens(storedJsonl(dir));
    for (const value of ['20-00-00', '12345678', '062-000', '011000015', '002010077777777771', '309634', '083-004', '646180157000000004', '026009593', '322271627', '07700900456', '447700900789', '015112345678', '51.5074', '0.1278', '48.8584', '2.2945', '52.5163', '13.3777', '40.6892', '74.0445', '731945']) {
      expect(lines, value).not.toContain(value);
    }
    // What is no personal data is kept as written.
    expect(lines).toContain('bank.payout');
    expect(lines).toContain('Your ride is at GPS: ');
  });
});
