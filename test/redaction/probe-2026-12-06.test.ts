// Rows of the README-only probe of 2026-12-06 fixed (test/redaction/probe-2026-12-06.cases.md; issue 11): a
// describe per row, each with the row's examples, its held-back inputs, more of the kind and look-alikes that must stay.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor, fileLedger, readEvents, type AuditEvent } from '@agent-audit/core';
import { detectSensitive } from '../../packages/core/src/redaction/detectors.js';
import { timeRatio } from './linear-time.js';

const TOKEN = /\[[A-Z_]+:psn_\w+\]/g;
const work = mkdtempSync(join(tmpdir(), 'aa-probe-2026-12-06-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let runs = 0;

/** The events of one session as the ledger stores them, each `[session, content.input]`. */
async function session(id: string, inputs: readonly unknown[]): Promise<Array<[string | undefined, string]>> {
  const dir = join(work, `run-${runs++}`);
  const auditor = createAuditor({
    agent: { id: 'probe' },
    sink: fileLedger({ dir, keyDir: join(work, 'keys'), fsync: false }),
    redactor: createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(6)]) }),
  });
  for (const input of inputs) auditor.record({ type: 'message.user', session: id, content: { input: input as never } });
  await auditor.close();
  const events: AuditEvent[] = [];
  for await (const event of readEvents(dir, { stream: 'probe' })) events.push(event);
  return events.map((event) => [event.session, JSON.stringify(event.content?.input)]);
}

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(6)]) });
let sessions = 0;
/** The tool arguments as redacted, as JSON (a session of their own). */
async function args(value: unknown): Promise<string> {
  const out = await redactor.redact({ type: 'tool.call', session: `probe-${sessions++}`, tool: { name: 'submit', arguments: value } } as never, {} as never);
  return JSON.stringify((out.event as { tool: { arguments: unknown } }).tool.arguments);
}

describe('O9: session memory and the ids of an event', () => {
  // [session id, first event, later event, words of the later event that must stay]
  const SPREAD: Array<[string, unknown, string, string[]]> = [
    // The probe's sessions (amp.mjs, amp2.mjs) and the held-back ones (amp3.mjs).
    ['pos-auth-batch-7', 'Auth request: amount 12.00 terminal T-17', 'batch closed; auth totals 14; next auth window 02:00', ['batch closed']],
    ['ticket-urgent-9', 'Thanks,\nUrgent', 'This is urgent, please escalate; priority: urgent', ['This is urgent', 'priority: urgent']],
    ['lab-central-44', { resourceType: 'DiagnosticReport', performer: [{ display: 'Central Laboratory' }] }, 'Sample routed via central laboratory courier', []],
    ['cron-nightly-3', 'Sync failed at 02:00; Cron started 02:05', 'next cron run 03:00; cron log rotated', []],
    ['bank-starling-77', 'Cards on file: Monzo, Starling', 'salary lands in starling on the 28th', []],
    ['chat-pending-12', 'Regards\nPending', 'status still pending; pending since monday', ['still pending; pending since monday']],
    ['payer-molina-5', 'Payer: Molina', 'molina denied the claim; resubmit to molina', []],
    ['payer-aviva-2', 'Payers: Molina Healthcare, Oscar Health, Aviva, Allianz', 'aviva approved the claim', []],
    // More of the kind: other ordinary words read as a signer or a lone name.
    ['queue-sorry-3', 'Cheers\nSorry', 'sorry for the delay, sorry again', ['sorry for the delay, sorry again']],
    ['case-apologies-8', 'Thanks\nApologies', 'apologies were sent to the customer', ['apologies were sent']],
  ];

  it.each(SPREAD)('the session id %s is stored as given in every event', async (id, first, later) => {
    const stored = await session(id, [first, later]);
    expect(stored.map(([sessionId]) => sessionId)).toEqual([id, id]);
  });

  it.each(SPREAD.filter(([, , , stays]) => stays.length > 0))('%s: an ordinary word read once as a name is not masked in the later event', async (id, first, later, stays) => {
    const [, [, text]] = await session(id, [first, later]);
    for (const words of stays) expect(text).toContain(words);
  });

  it('an email used as the session id is masked, the same in every event', async () => {
    const stored = await session('amara.okafor@example.com', ['hello', 'Auth request: amount 12.00', 'auth totals 14']);
    const ids = stored.map(([sessionId]) => sessionId);
    expect(ids[0]).toMatch(/^\[EMAIL:psn_\w+\]$/);
    expect(new Set(ids).size).toBe(1);
  });

  it('a name the memory learned is not recalled into the session id: every event keeps one id', async () => {
    const stored = await session('chat-tawhiri-1', [{ surname: 'Tawhiri' }, 'tawhiri called back']);
    expect(stored.map(([sessionId]) => sessionId)).toEqual(['chat-tawhiri-1', 'chat-tawhiri-1']);
    expect(stored[1]?.[1].replace(TOKEN, '')).not.toMatch(/tawhiri/i);
  });

  // The promise of session memory: a real name found once is masked where it recurs later.
  const RECUR: Array<[string, unknown, string, string[]]> = [
    ['s-tawhiri', { surname: 'Tawhiri' }, 'tawhiri called back about the results', ['tawhiri']],
    ['s-ngozi', 'pickup by: Ngozi Adeyemi', 'ngozi called again; ngozi adeyemi confirmed', ['ngozi', 'adeyemi']],
    ['s-ngozi-lone', 'Dear Ngozi,\nyour results are ready.', 'ngozi replied: thanks', ['ngozi']],
    ['s-zephra', 'Patient: Zephra Vlintuk, DOB 1984-03-12', 'zephra asked; VLINTUK signed the form', ['zephra', 'vlintuk']],
    ['s-thandiwe', 'Hi, my name is Thandiwe Ndlovu', 'thandiwe ndlovu called, ndlovu wants a callback', ['thandiwe', 'ndlovu']],
    ['s-selin', { patient_name: 'Selin Aydoğdu' }, 'selin aydogdu came in; Selin was seen at 10', ['selin', 'aydogdu', 'aydoğdu']],
    ['s-vlintuk-lone', 'Seen by Dr Vlintuk today.', 'vlintuk rang the ward', ['vlintuk']],
    ['s-grace', { first_name: 'Grace', last_name: 'Tawhiri' }, 'grace tawhiri signed; tawhiri left', ['tawhiri']],
  ];
  it.each(RECUR)('%s: the name recurs masked', async (id, first, later, gone) => {
    const [, [, text]] = await session(id, [first, later]);
    const plain = text.replace(TOKEN, '').toLowerCase();
    for (const word of gone) expect(plain).not.toContain(word);
  });

  it('a call id keeps its value after a word of it was read as a name', async () => {
    const first = await redactor.redact({ type: 'message.user', session: 'calls-1', content: { input: 'Auth request: amount 12.00' } } as never, {} as never);
    expect(first.event.session).toBe('calls-1');
    const out = await redactor.redact({ type: 'tool.call', session: 'calls-1', tool: { name: 'auth_capture', callId: 'call_auth_7', arguments: { n: 1 } } } as never, {} as never);
    expect(out.event.session).toBe('calls-1');
    expect(out.event.tool?.callId).toBe('call_auth_7');
    expect(out.event.tool?.name).toBe('auth_capture');
  });
});

/** Each member value of `text` (JSON) under these member names: all one DOB token. */
function oneDobToken(text: string, members: readonly string[]): void {
  const parsed = JSON.parse(text) as unknown;
  const values: unknown[] = [];
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      if (members.includes(key)) values.push(child);
      visit(child);
    }
  };
  visit(parsed);
  expect(values, text).toHaveLength(members.length);
  for (const value of values) expect(value, text).toMatch(/^\[DOB:psn_\w+\]$/);
  expect(new Set(values).size, text).toBe(1);
}

describe('L4: a date of birth split over day, month and year members', () => {
  const SPLIT: Array<[unknown, string[]]> = [
    // The row's examples.
    [{ dob_day: '14', dob_month: '03', dob_year: '1985' }, ['dob_day', 'dob_month', 'dob_year']],
    [{ birth_day: 9, birth_month: 8, birth_year: 1975 }, ['birth_day', 'birth_month', 'birth_year']],
    [{ dobDay: '14', dobMonth: '03', dobYear: '1985' }, ['dobDay', 'dobMonth', 'dobYear']],
    [{ dateOfBirth: { year: 1985, month: 3, day: 14 } }, ['year', 'month', 'day']],
    [{ dob: { d: 14, m: 3, y: 1985 } }, ['d', 'm', 'y']],
    [{ yearOfBirth: 1985, monthOfBirth: 3 }, ['yearOfBirth', 'monthOfBirth']],
    // Held back.
    [{ member: { birthYear: '1958', birthMonth: '10', birthDay: '27' } }, ['birthYear', 'birthMonth', 'birthDay']],
    [{ dob: { year: 1949, month: 1, day: 30 } }, ['year', 'month', 'day']],
    [{ applicant: { dateOfBirth: { dd: '21', mm: '06', yyyy: '1993' } } }, ['dd', 'mm', 'yyyy']],
    [{ patient_birth_year: '1972', patient_birth_month: 'May', patient_birth_day: '05' }, ['patient_birth_year', 'patient_birth_month', 'patient_birth_day']],
  ];
  it.each(SPLIT)('%j', async (value, members) => {
    oneDobToken(await args(value), members);
  });

  it.each([
    [{ start_day: '14', start_month: '03', start_year: '2026' }],
    [{ expiry_month: '09', expiry_year: '2028' }],
    [{ day: 14, month: 3, year: 2026 }],
    [{ report: { year: 2026, month: 11 } }],
    [{ birth_year: 1975 }],
    [{ dateOfBirth: { dd: 'DD', mm: 'MM', yyyy: 'YYYY' } }],
    [{ dob: { day: 'Monday', month: 'next', year: 'soon' } }],
    [{ anniversary: { day: 14, month: 3, year: 2010 } }],
    [{ period: { fromMonth: 1, fromYear: 2025, toMonth: 12, toYear: 2025 } }],
  ])('stays: %j', async (value) => {
    expect(await args(value)).toBe(JSON.stringify(value, Object.keys(flatten(value)).sort()));
  });
});

/** Every member name of a JSON value (for JSON.stringify's key order: the redactor writes members sorted). */
function flatten(value: unknown, into: Record<string, true> = {}): Record<string, true> {
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      into[key] = true;
      flatten(child, into);
    }
  }
  return into;
}

describe('L12: a card, phone or IBAN as an array of its digit groups', () => {
  const GROUPS: Array<[unknown, string, string[]]> = [
    // The row's examples.
    [{ card_number: ['4111', '1111', '1111', '1111'], exp: '09/28' }, 'CARD', ['4111', '1111']],
    [{ phone: ['415', '555', '0198'] }, 'PHONE', ['415', '555', '0198']],
    [{ iban: ['GB29', 'NWBK', '6016', '1331', '9268', '19'] }, 'IBAN', ['GB29', 'NWBK', '6016', '1331', '9268']],
    [{ cardNumber: [5454, 5454, 5454, 5454] }, 'CARD', ['5454']],
    [{ card: { number: ['4111', '1111', '1111', '1111'] } }, 'CARD', ['4111', '1111']],
    // Held back.
    [{ contact: { mobile: ['07700', '900', '417'] } }, 'PHONE', ['07700', '900', '417']],
    [{ billing: { cardNumber: ['5454', '5454', '5454', '5454'] } }, 'CARD', ['5454']],
    [{ beneficiary: { iban: ['DE89', '3704', '0044', '0532', '0130', '00'] } }, 'IBAN', ['DE89', '3704', '0044', '0532', '0130']],
    [{ telephone: [808, 441, 7730] }, 'PHONE', ['808', '441', '7730']],
    [{ cc_number: ['3782', '822463', '10005'] }, 'CARD', ['3782', '822463', '10005']],
  ];
  it.each(GROUPS)('%j', async (value, type, raws) => {
    const text = await args(value);
    for (const raw of raws) expect(text.replace(TOKEN, ''), raw).not.toContain(raw);
    const tokens = text.match(TOKEN) ?? [];
    expect(tokens.length).toBeGreaterThan(1);
    expect(new Set(tokens).size).toBe(1);
    expect(tokens[0]).toMatch(new RegExp(`^\\[${type}:`));
  });

  it.each([
    [{ card_number: ['4111', '1111', '1111', '1112'] }],
    [{ phone: ['work', 'home'] }],
    [{ telephone: [1, 2] }],
    [{ versions: ['4111', '1111', '1111', '1111'] }],
    [{ iban: ['GB29', 'XXXX'] }],
    [{ phone_ext: ['12', '34'] }],
    [{ card: { last4: ['4242'] } }],
  ])('stays: %j', async (value) => {
    expect(await args(value)).toBe(JSON.stringify(value, Object.keys(flatten(value)).sort()));
  });
});

/** A deterministic 88-character base64 key (64 bytes), as `az storage account keys list` prints one. */
const azKey = (seed: string): string => createHash('sha512').update(seed).digest('base64');

describe('L13: a storage key as a key-name/value pair or a PowerShell Name Value row', () => {
  const K1 = azKey('probe-1');
  const K2 = azKey('probe-2');
  it.each([
    // The row's examples.
    [[{ creationTime: '2026-12-01T10:00:00.000000+00:00', keyName: 'key1', permissions: 'FULL', value: K1 }], K1],
    [`Name                           Value\n----                           -----\nDbPassword                     Wq7!rPz2#vLm9\nStorageKey                     ${K1}`, K1],
    // Held back.
    [[{ keyName: 'key2', permissions: 'READ', value: K2 }], K2],
    [{ keys: [{ keyName: 'primary', value: K2 }] }, K2],
    [`KeyName  Permissions  Value\n-------  -----------  -----\nkey1     FULL         ${K2}`, K2],
    [`Key         Value\n---         -----\nAccountKey  ${K2}`, K2],
    // More of the kind: a table with no other secret row, Azure's `primaryKey` member, a storage key in JSON.
    [`Name            Value\n----            -----\nStorageAccount  stprodweu01\nStorageKey      ${K2}`, K2],
    [{ keyName: 'primaryKey', primaryKey: K1, secondaryKey: K2 }, K1],
    [{ StorageAccountName: 'stprodweu01', StorageKey: K1 }, K1],
  ])('%j', async (value, key) => {
    const text = await args(value);
    expect(text).not.toContain(key.slice(0, 24));
    expect(text).toContain('[SECRET:');
  });

  it.each([
    [{ keyName: 'key1', permissions: 'FULL', value: 'enabled' }],
    [{ keyName: 'ttl', value: '3600' }],
    [{ keyName: 'retention', value: 'P30D' }],
    [{ keyName: 'region', value: 'westeurope-2' }],
    [{ storageKey: 'uploads/2026/12/Invoice-4471.pdf', primaryKey: 'Ab3dE5fG7hI9jK1lM3nO5pQ' }],
    ['Name        Value\n----        -----\nStorageKey  uploads/2026/12/report.pdf'],
    ['Name                           Value\n----                           -----\nPSVersion                      7.4.1\nOS                             Microsoft Windows 10.0.22631\nPlatform                       Win32NT'],
    ['KeyName  Permissions  Value\n-------  -----------  -----\nkey1     FULL         enabled'],
  ])('stays: %j', async (value) => {
    expect(await args(value)).toBe(JSON.stringify(value, typeof value === 'string' ? undefined : Object.keys(flatten(value)).sort()));
  });
});

/**
 * A DER structure's base64 body of `length` bytes in 64-character lines: the given header (hex),
 * then bytes of a hash chain (deterministic, random-looking, as a key's are).
 */
function derBody(headerHex: string, length: number, indent: string): string {
  const parts = [Buffer.from(headerHex, 'hex')];
  let size = parts[0]?.length ?? 0;
  let block = Buffer.from(headerHex);
  while (size < length) {
    block = createHash('sha256').update(block).digest();
    parts.push(block);
    size += block.length;
  }
  const body = Buffer.concat(parts).subarray(0, length).toString('base64');
  return (body.match(/.{1,64}/g) ?? []).map((line) => indent + line).join('\n');
}
const PKCS8_RSA = (size: string): string => `3082${size}020100300d06092a864886f70d0101010500`;
const PKCS8_EC = (size: string): string => `3081${size}020100301306072a8648ce3d020106082a8648ce3d030107`;

describe('L9: a private key body in a YAML block scalar under a key named key', () => {
  // Bodies of 256 base64 characters or more are replaced as a blob already (docs/REDACTION.md,
  // "Media"): the row's leaks are the shorter ones, an EC key whole (138 to 150 bytes) or a body
  // cut short as the probe's inputs were (two lines, `MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcw…`).
  it.each([
    // The row's examples (`MIIEvQIBADANBgkq…`, `MIIEvgIBADANBgkq…`: PKCS#8 RSA), whole and cut short.
    ['tls:\n  key: |\n', derBody(PKCS8_RSA('04bd'), 1217, '    ')],
    ['tls:\n  key: |\n', derBody(PKCS8_RSA('04bd'), 96, '    ')],
    ['saml:\n  sp_key: |\n', derBody(PKCS8_RSA('04be'), 96, '    ')],
    // Held back: PKCS#1 RSA folded (`MIIEpAIBAAKCAQEA…`), PKCS#8 EC (`MIGHAgEAMBMGByqGSM49…`), PKCS#8 RSA 4096 (`MIIJQwIBADANBgkq…`), `MIGTAgEAMBMGByqGSM49…`.
    ['ingress:\n  tls:\n    key: >-\n', derBody('308204a40201000282010100', 120, '      ')],
    ['mtls:\n  clientKey: |\n', derBody(PKCS8_EC('87'), 138, '    ')],
    ['server:\n  ssl_key: |\n', derBody(PKCS8_RSA('0943'), 150, '    ')],
    ['apns:\n  key: |\n', derBody(PKCS8_EC('93'), 150, '    ')],
    // More of the kind: SEC1 EC (`MHcCAQEE…`) after `key: |-`, a dotted key, a key under a list item.
    ['signer:\n  key: |-\n', derBody('30770201010420', 121, '    ')],
    ['nginx.ssl.key: |\n', derBody(PKCS8_RSA('04bd'), 120, '  ')],
    ['clients:\n  - name: pos\n    privateKey: |\n', derBody(PKCS8_EC('87'), 138, '      ')],
  ])('%j', async (head, body) => {
    const text = await args(`${head}${body}\nother: value\n`);
    for (const line of body.split('\n')) expect(text).not.toContain(line.trim().slice(0, 32));
    expect(text).toContain('other: value');
  });

  it.each([
    // A certificate (`MIIDXTCCAkWgAwIBAgIJ…`) and public keys (`MIIBIjANBgkq…`, `MFkwEwYHKoZIzj0CAQYI…`) under `key`, prose, a template.
    ['tls:\n  key: |\n', derBody('3082035d30820245a003020102020900', 150, '    ')],
    ['jwt:\n  key: |\n', derBody('30820122300d06092a864886f70d01010105000382010f00', 150, '    ')],
    ['verify:\n  key: |\n', derBody('3059301306072a8648ce3d020106082a8648ce3d030107034200', 91, '    ')],
    ['partition:\n  key: |\n', '    This is the partition key used for sharding the orders table'],
    ['cache:\n  key: |\n', '    user-{{ .Values.id }}-profile-v2'],
    ['tls:\n  cert: |\n', derBody('3082035d30820245a003020102020900', 150, '    ')],
  ])('stays: %j', async (head, body) => {
    const text = `${head}${body}\n`;
    expect(await args(text)).toBe(JSON.stringify(text));
  });
});

describe('L14: a date of birth in chat after bday, b-day or my birthday is', () => {
  it.each([
    // The row's examples.
    ['my bday is 14th march 85', '14th march 85'],
    ['b-day 03/06/88', '03/06/88'],
    ['bday is 3rd june 88', '3rd june 88'],
    ['my birthday is june 3 88', 'june 3 88'],
    // Held back.
    ['bday 22nd sept 79, postcode is in my profile', '22nd sept 79'],
    ['my birthday is oct 9 91', 'oct 9 91'],
    ['my bday is 30 jan 01 if u need it', '30 jan 01'],
    ['b-day: 17/02/62', '17/02/62'],
    // More of the kind: `b'day`, a colon, dots, the label after its date, the month first with an ordinal, three digits in all.
    ["My b'day is 14 Mar 85", '14 Mar 85'],
    ['bday: 3/6/88 thx', '3/6/88'],
    ['b-day 14.03.85', '14.03.85'],
    ['14/03/85 is my bday', '14/03/85'],
    ['birthday: dec 25th 79', 'dec 25th 79'],
    ['my bday is feb 29 84, leap baby', 'feb 29 84'],
  ])('%s', async (input, date) => {
    const text = await args(input);
    expect(text).not.toContain(date);
    expect(text).toContain('[DOB:');
  });

  it.each([
    'bday party on saturday',
    'my birthday is next week',
    'bday party 12/03',
    'b-day countdown: 3 days',
    'D-day 06/06/44',
    'my birthday is june 3 at 8pm',
    'bday dinner june 3 22:00',
    'plan b day 12 of 30',
    'Bday 2 weeks away',
    'bday cake costs 12.99',
    'the meeting is on june 3 88 minutes long',
  ])('stays: %s', async (input) => {
    expect(await args(input)).toBe(JSON.stringify(input));
  });
});

describe('L17: a phone number typed with the letter O for 0 or l for 1', () => {
  it.each([
    // The row's example.
    ['call me on O77OO 9OO417', 'O77OO 9OO417'],
    // Held back.
    ['mob +44 77OO 9OO 417', '77OO 9OO 417'],
    ['tel 0l13 496 0321', '0l13 496 0321'],
    ['ring me on O7911 123456 after 5', 'O7911 123456'],
    ['phone: O2O 7946 O958', 'O2O 7946 O958'],
    // More of the kind: `my number is`, dashes, no blank, a capital I, a NANP number, German `Telefon`, WhatsApp.
    ['my number is O79ll 123456', 'O79ll 123456'],
    ['mobile: O7700-9OO-417', 'O7700-9OO-417'],
    ['text me on O77OO9OO417 pls', 'O77OO9OO417'],
    ['tel O2O 7946 O9I8', 'O2O 7946 O9I8'],
    ['call me at 4l5 555 Ol32', '4l5 555 Ol32'],
    ['Telefon: O176 1234 5678', 'O176 1234 5678'],
    ['whatsapp +44 77OO 9OO417', '77OO 9OO417'],
    // A NANP number with its leading 1 and no + (found from a Stryker survivor of ocrPhoneNumber, issue 13).
    ['call me at 1 4l5 555 Ol32', '4l5 555 Ol32'],
    ['my number is 1-4l5-555-Ol32', '4l5-555-Ol32'],
  ])('%s', async (input, raw) => {
    const text = await args(input);
    expect(text.replace(TOKEN, ''), raw).not.toContain(raw);
    expect(text).toContain('[PHONE:');
  });

  it('the letters read as digits give the number the pseudonym of its plain spelling', async () => {
    const [letters, digits] = [await args('call me on O77OO 9OO417'), await args('call me on 07700 900417')];
    expect(letters.match(TOKEN)).toEqual(digits.match(TOKEN));
    expect(await args('mob +44 77OO 9OO 417')).toBe(await args('mob +44 7700 900 417'));
  });

  it.each([
    'phone: OOO',
    'tel COOL 100',
    'lol call me on 0770 lol',
    'order O77OO 9OO417',
    'the code is O77OO 9OO417',
    'phone model X1OO 2OOO',
    'call me on O2 network',
    'ph 0l0l 0l0l',
    'call me on 1O1O',
    'tel OOO 1OO lol',
    'ring me on lOOl lOOl lOOl',
  ])('stays: %s', async (input) => {
    expect(await args(input)).toBe(JSON.stringify(input));
  });

  it.each(['call me on O77OO 9OO417 ', 'tel O7O7O7O7O7O7O7O7O7O7O7O7O7O7 ', 'mob +44 O ', 'O1O1O1 1O1O1O lOl '])('reads a flood of %j in linear time', (unit) => {
    const make = (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    expect(timeRatio(detectSensitive, make)).toBeLessThanOrEqual(3);
  });

  it('reads a flood of distinct such numbers in linear time (the parse budget of plain phones)', () => {
    const make = (n: number) => Array.from({ length: Math.ceil(n / 24) }, (_, k) => `tel O77OO ${String(900000 + k).replace(/0/g, 'O')} `).join('').slice(0, n);
    expect(timeRatio(detectSensitive, make)).toBeLessThanOrEqual(3);
  });
});

describe('L10: a password typed into the user-name field of an authentication log', () => {
  it.each([
    // The row's examples.
    ['Dec  6 10:01:02 bastion sshd[22817]: Failed password for invalid user Wq7!rPz2#vLm9 from 203.0.113.7 port 51122 ssh2', 'Wq7!rPz2#vLm9'],
    ['2026-12-06T10:02:11Z WARN unknown username "Vb6Nm2Qx8Lr4!" from 203.0.113.7', 'Vb6Nm2Qx8Lr4!'],
    // Held back.
    ['Dec  6 10:03:40 bastion sshd[9912]: Invalid user Pk8@wQz3Lm5t from 203.0.113.9 port 40022', 'Pk8@wQz3Lm5t'],
    ['Failed password for invalid user Hx2%nR7vTq4w from 198.51.100.4 port 22 ssh2', 'Hx2%nR7vTq4w'],
    ['{"level":"warn","event":"login_failed","reason":"user_not_found","username":"Tr5#Lq9zWm2x"}', 'Tr5#Lq9zWm2x'],
    ['pam_unix(sshd:auth): check pass; user unknown: Gd3!vB8nQx6z', 'Gd3!vB8nQx6z'],
    // More of the kind: sshd's other lines, the old `Illegal user`, logfmt, an app's phrase after the value, no symbol but a password's mix.
    ['sshd[4410]: Connection closed by invalid user Zx9!mQ2wLp7r 198.51.100.4 port 40222 [preauth]', 'Zx9!mQ2wLp7r'],
    ['sshd[4410]: input_userauth_request: invalid user Wq7rPz2vLm9K [preauth]', 'Wq7rPz2vLm9K'],
    ['sshd[301]: Illegal user Hn5*Jk8Lm2Qw from 198.51.100.4', 'Hn5*Jk8Lm2Qw'],
    ['level=warn msg="login failed" reason=user_not_found username=Qm4$Tz8pLx2w ip=198.51.100.4', 'Qm4$Tz8pLx2w'],
    ["auth: user 'Rt6&yU3iOp9z' not found", 'Rt6&yU3iOp9z'],
    ['User Hq3!pL8wZx2m does not exist', 'Hq3!pL8wZx2m'],
  ])('%s', async (line, password) => {
    const text = await args(line);
    expect(text).not.toContain(password);
    expect(text).toMatch(/\[(?:PASSWORD|SECRET)/);
  });

  it('a log record as an object: the user-name member beside the reason', async () => {
    const text = await args({ event: 'login_failed', reason: 'USER_NOT_FOUND', userName: 'Tr5#Lq9zWm2x', ip: '198.51.100.4' });
    expect(text).not.toContain('Tr5#Lq9zWm2x');
    expect(text).toContain('"reason":"USER_NOT_FOUND"');
  });

  it.each([
    // The reason in a list or an object one level down (found from a Stryker survivor of unknownUserPasswordMember, issue 13).
    { event: 'login_failed', errors: ['user_not_found'], username: 'Tr5#Lq9zWm2x' },
    { error: { code: 'UserNotFoundException', message: 'User does not exist.' }, userName: 'Tr5#Lq9zWm2x' },
    { login: 'Tr5#Lq9zWm2x', errors: ['INVALID_PASSWORD_OR_USER', 'UNKNOWN_USER'] },
  ])('a log record whose reason is one level down: %j', async (record) => {
    expect(await args(record)).not.toContain('Tr5#Lq9zWm2x');
  });

  it.each([
    { errors: ['bad_password'], username: 'Tr5#Lq9zWm2x' },
    { error: { code: 'UserNotFoundException' }, username: 'marisol_q' },
  ])('stays: %j', async (record) => {
    const kept = record.username;
    expect(await args(record)).toContain(kept);
  });

  it.each([
    ['Invalid user admin from 203.0.113.9', 'admin'],
    ['Invalid user oracle from 203.0.113.9 port 22', 'oracle'],
    ['Failed password for invalid user ubuntu from 203.0.113.9 port 22 ssh2', 'ubuntu'],
    ['Invalid user test123 from 203.0.113.9', 'test123'],
    ['Invalid user Admin123 from 203.0.113.9', 'Admin123'],
    ['Invalid user JohnSmith1985 from 203.0.113.9', 'JohnSmith1985'],
    ['Invalid user www-data from 203.0.113.9', 'www-data'],
    ['Invalid user ec2-user from 203.0.113.9', 'ec2-user'],
    ['Invalid user DESKTOP-01$ from 203.0.113.9', 'DESKTOP-01$'],
    // A password's shape where the log says nothing of a missing user, and a missing user of a user name's shape.
    ['Accepted password for Wq7!rPz2#vLm9 from 203.0.113.9 port 22 ssh2', 'Wq7!rPz2#vLm9'],
    ['{"reason":"bad_password","username":"Tr5#Lq9zWm2x"}', 'Tr5#Lq9zWm2x'],
    ['{"reason":"user_not_found","username":"marisol_q"}', 'marisol_q'],
    ['user_not_found count=12 for service Auth-Svc_v2.1', 'Auth-Svc_v2.1'],
  ])('stays: %s', async (line, kept) => {
    expect(await args(line)).toContain(kept);
  });

  it.each([
    'sshd[1]: Failed password for invalid user Wq7!rPz2#vLm9 from 203.0.113.7 port 22 ssh2\n',
    'reason=user_not_found username=Tr5#Lq9zWm2x user Hq3!pL8wZx2m not found ',
    'invalid user invalid user user unknown: ',
    'username=Tr5#Lq9zWm2x ',
  ])('reads a flood of %j in linear time', (unit) => {
    const make = (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    expect(timeRatio(detectSensitive, make)).toBeLessThanOrEqual(3);
  });
});
