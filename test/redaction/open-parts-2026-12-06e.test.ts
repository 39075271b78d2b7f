// Issue 11: the open parts of rows of the probes of 2026-12-06 (test/redaction/probe-2026-12-06*.cases.md)
// fixed on 2026-12-06e. A describe per part: the row's open inputs, held-back inputs of the same kind
// (spellings, languages, the JSON and the text form), and look-alikes that must stay as they were.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor, detectSensitive } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';
import { ledgerRecorder, MODES } from './stored-events.js';
import { check, masked, type Case } from './masked-text.js';

const { storedOf, streamed } = ledgerRecorder('open-parts-2026-12-06e');

describe('L3 of 2026-12-06b, open part: a member\'s name longer than the kept end (48 characters) before a streamed value', () => {
  // [chunks, raw values that must be gone from every stored chunk, what stays readable]
  const OPEN: Array<[string[], string[], string[]]> = [
    [['{"id":1,"primary_cardholder_billing_card_verification_cvv":"', '737","x":1}'], ['737'], ['"x":1}']],
    [['{"id":1,"beneficiary_payment_instruction_international_card_security_code":"', '4821","x":1}'], ['4821'], ['"x":1}']],
    // held back: blanks, single quotes (Python), no opening quote, a name of words, camelCase, a secret with no shape
    [['{"primary_cardholder_billing_card_verification_cvv": "', 'hunter2","x":1}'], ['hunter2'], ['"x":1}']],
    [["{'legacy_integration_service_account_client_secret_value': '", "Zt8Qm2Lp5Rx9Vw3Nc7Bd1Fh4Jk6'}"], ['Zt8Qm2Lp5Rx9Vw3Nc7Bd1Fh4Jk6'], []],
    [['{"primary_cardholder_billing_card_verification_cvv":', ' 737,"x":1}'], ['737'], ['"x":1}']],
    [['{"Primary cardholder billing account card verification CVV":"', '912"}'], ['912'], []],
    [['{"customerPrimaryContactEmergencyAccountBackupPin":"', '8841"}'], ['8841'], []],
    [['{"primary_insured_policyholder_beneficiary_date_of_birth":"', '1962-07-11","plan":"gold"}'], ['1962-07-11'], ['"plan":"gold"}']],
  ];
  // Look-alikes: long names that name no value of a kind, and a value of no kind under a secret's name.
  const LOOK_ALIKES: string[][] = [
    ['{"description_of_the_long_running_background_job_status":"', '737 done","x":1}'],
    ['{"number_of_retries_before_the_scheduler_gives_up_on_the_job":"', '12","x":1}'],
    ['{"primary_cardholder_billing_account_card_verification_cvv":"', '","hint":"none"}'],
    ['{"' + 'x'.repeat(140) + '_password":"', 'kept-because-too-long"}'],
  ];

  describe.each(MODES)('%s', (_label, mode) => {
    it.each(OPEN)('%j', async (chunks, gone, stays) => {
      const all = (await streamed(chunks, mode)).join('\n');
      for (const value of gone) expect(all).not.toContain(value);
      for (const words of stays) expect(all).toContain(words);
    });
  });

  it.each(LOOK_ALIKES)('%j + %j stays as written', async (...chunks) => {
    expect(await streamed(chunks)).toEqual(chunks);
  });

  it('the value takes the pseudonym it has under a short name of the same decision', async () => {
    const [, long] = await streamed(['{"primary_cardholder_billing_card_verification_cvv":"', '737"}']);
    const [, short] = await streamed(['{"cvv":"', '737"}']);
    expect(long?.match(/\[SECRET:[^\]]+\]/)?.[0]).toBe(short?.match(/\[SECRET:[^\]]+\]/)?.[0]);
  });

  it('over `model.toolCalls` argument deltas', async () => {
    const deltas = ['{"amount":12,"primary_cardholder_billing_card_verification_cvv":"', '737","holder":"visa"}'];
    const events = await storedOf(deltas.map((args) => ({ type: 'model.response', content: { output: '' }, model: { toolCalls: [{ id: 't1', name: 'charge', arguments: args }] } })));
    const stored = events.map((event) => JSON.stringify((event as { model?: { toolCalls?: unknown } }).model?.toolCalls));
    expect(stored.join('\n')).not.toContain('737');
    expect(stored[1]).toContain('holder');
  });
});

describe('L3 of 2026-12-06b, open part: labels in an agent\'s streamed message (`message.agent`)', () => {
  const OPEN: Array<[string[], string[], string[]]> = [
    [['Your new password is ', 'Kiwi!Banana-2026 — change it after login.'], ['Kiwi!Banana-2026'], ['change it after login']],
    [['{"card_number":"5555 5555 5555 4444","cvv":"', '737","exp":"12/28"}'], ['737'], ['"exp":"12/28"}']],
    // held back
    [['MRN ', '00482913 was admitted'], ['00482913'], ['was admitted']],
    [['Passwort: ', 'Tui-Bird-4471!'], ['Tui-Bird-4471!'], []],
    [['Call me on ', 'O77OO 9OO417'], ['O77OO 9OO417'], []],
  ];
  describe.each(MODES)('%s', (_label, mode) => {
    it.each(OPEN)('%j', async (chunks, gone, stays) => {
      const all = (await streamed(chunks, mode, 'message.agent')).join('\n');
      for (const value of gone) expect(all).not.toContain(value);
      for (const words of stays) expect(all).toContain(words);
    });
  });
  it.each([
    ['The password policy is ', '12 characters minimum.'],
    ['Date of birth: ', 'not provided'],
    ['{"status":"', 'ok","count":3}'],
  ])('%j + %j stays as written', async (...chunks) => {
    expect(await streamed(chunks, false, 'message.agent')).toEqual(chunks);
  });
  it('a user\'s messages are no chunks of one stream: a label ending one is not carried', async () => {
    const events = await storedOf([{ type: 'message.user', content: { input: 'what is the status of' } }, { type: 'message.user', content: { input: 'order 4471220190?' } }]);
    expect(events.map((event) => String((event.content as Record<string, unknown>).input))).toEqual(['what is the status of', 'order 4471220190?']);
  });
});

describe('L3 of 2026-12-06b, open part: linear time', () => {
  it('a long member name read at each chunk\'s end', () => {
    const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) });
    const name = '"primary_cardholder_billing_card_verification_cvv":"';
    const make = (n: number) => `${name}${'a'.repeat(n)}${name}`;
    const run = (text: string) => redactor.redact({ v: 1, id: 'x', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'model.response', agent: { id: 'a' }, source: 's', outcome: 'success', session: 's', content: { output: text } } as never, { capture: {} });
    expect(timeRatio(run, make, 50_000, 100_000)).toBeLessThanOrEqual(3);
  });
});

/** A `tool.result` event's result as one redactor stores it (a fresh redactor each: no session memory between calls), as JSON text. */
function storedResult(result: unknown): string {
  const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) });
  const out = redactor.redact({ v: 1, id: 'x', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.result', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', result } } as never, { capture: {} });
  return JSON.stringify((out as { event: { tool: { result: unknown } } }).event.tool.result);
}
/** Each value gone from the stored result, each phrase kept (the stored text shown on failure). */
function expectStored(result: unknown, gone: readonly string[], stays: readonly string[] = []): void {
  const text = storedResult(result);
  expect([text, gone.filter((value) => text.includes(value))]).toEqual([text, []]);
  expect([text, stays.filter((phrase) => !text.includes(phrase) && !text.includes(JSON.stringify(phrase).slice(1, -1)))]).toEqual([text, []]);
}

const FMR = 'Rk1SACAyMAAAAAEIAAABPAFiAMUAxQEAAAAoJ0CEAHTkZEBkAHxt';
describe('L6 of 2026-12-06c, open part: a biometric template under a generic name', () => {
  it.each<[unknown, string[], string[]]>([
    // the row's open inputs
    [{ fingerprint: { finger: 'right_index', template: FMR, format: 'ISO 19794-2' } }, [FMR], ['right_index', 'ISO 19794-2']],
    ['minutiae: (112,87,45°) (140,92,130°) (98,160,270°) template_b64=' + FMR, [FMR], ['template_b64=']],
    [{ embedding: { model: 'arcface', vector: [0.0531, -0.2214, 0.1187, 0.4409, -0.3351, 0.0772, 0.2918, -0.1046] }, subject: 'E-1' }, ['-0.2214', '0.4409'], ['arcface', 'E-1']],
    // held back: other modalities, models, spellings, the hex form, a record known by its format identifier alone
    [{ face: { embedding: [0.11, -0.22, 0.33, -0.44, 0.55, -0.66, 0.77, -0.88], quality: 0.93 } }, ['-0.22', '0.77'], ['0.93']],
    [{ iris: { eye: 'left', template: 'a3f1b2c4d5e6f708a3f1b2c4d5e6f708' } }, ['a3f1b2c4d5e6f708a3f1b2c4d5e6f708'], ['left']],
    [{ Fingerprints: [{ finger: 'left_thumb', templateData: FMR }] }, [FMR], ['left_thumb']],
    [{ speaker: { model: 'ECAPA-TDNN', embedding: 'AAECAwQFBgcICQoLDA0ODxAREhM=' } }, ['AAECAwQFBgcICQoLDA0ODxAREhM'], ['ECAPA-TDNN']],
    [{ model_name: 'Facenet512', embeddings: [[0.12, 0.34, 0.56, 0.78, 0.91, 0.23, 0.45, 0.67]] }, [], ['Facenet512']],
    [{ enrolment: { template: FMR, created: '2026-12-01' } }, [FMR], ['2026-12-01']],
    [{ palm: { vector: 'c0ffee00c0ffee00c0ffee00c0ffee00' } }, ['c0ffee00c0ffee00c0ffee00c0ffee00'], []],
    ['scan ok; template=464d52002032300000000108000001aa quality=87', ['464d52002032300000000108000001aa'], ['quality=87']],
    ["{'minutiae': '(112,87,45)', 'template': '" + FMR + "'}", [FMR], []],
  ])('%j', (result, gone, stays) => expectStored(result, gone, stays));

  it('a list of embeddings under a recognition model\'s name: every number gone', () => {
    const text = storedResult({ model_name: 'Facenet512', embeddings: [[0.12, 0.34, 0.56, 0.78, 0.91, 0.23, 0.45, 0.67]] });
    expect(text).not.toMatch(/0\.(?:12|34|56|78|91|23|45|67)\b/);
  });

  it('the template in text takes the pseudonym it has under a JSON member', () => {
    const token = (text: string) => text.match(/\[BIOMETRIC:[^\]]+\]/)?.[0];
    expect(token(storedResult('template_b64=' + FMR))).toBe(token(storedResult({ fingerprint: { template: FMR } })));
  });

  it.each<[unknown, string[]]>([
    // Look-alikes: a text template, a text embedding model's vector, a key's fingerprint, a mail template id, a cache key, a count.
    [{ voice: { template: 'Hello {name}, your order shipped', language: 'en' } }, ['Hello {name}, your order shipped']],
    [{ embedding: { model: 'text-embedding-3-small', vector: [0.0531, -0.2214, 0.1187, 0.4409, -0.3351, 0.0772, 0.2918, -0.1046] } }, ['-0.2214']],
    [{ certificate: { fingerprint: 'AB12CD34EF56AB12CD34EF56AB12CD34EF56AB12' } }, ['AB12CD34EF56AB12CD34EF56AB12CD34EF56AB12']],
    [{ email: { template: 'd-1234567890abcdef1234567890abcdef' } }, ['d-1234567890abcdef1234567890abcdef']],
    ['template=welcome_email_v2 vector=abc; template: 0123456789abcdef0123 (a cache key)', ['welcome_email_v2', '0123456789abcdef0123']],
    [{ fingerprint: { minutiae_count: 42, template_version: 'v2', image: { width: 500 } } }, ['"minutiae_count":42', 'v2']],
    [{ face: { vector: [1, 2, 3] } }, ['[1,2,3]']],
  ])('look-alike %j stays', (result, stays) => expectStored(result, [], stays));
});

describe('L7 of 2026-12-06c, open part: an EU licence\'s fields as members named by their numbers', () => {
  it.each<[unknown, string[], string[]]>([
    [{ ocr: { 1: 'ROSSI', 2: 'GIULIA', 3: '22/05/1988 ROMA', 5: 'U1B23C456D' } }, ['ROSSI', 'GIULIA', '22/05/1988', 'U1B23C456D'], []],
    // held back: dotted member names, the issue fields between, the address, lower-case places, a tab's country
    [{ fields: { '1.': 'DUBOIS', '2.': 'CAMILLE', '3.': '14/07/1990 LYON', '4a.': '01/09/2018', '4b.': '01/09/2033', '5.': '18AB12345', '9.': 'B' } }, ['DUBOIS', 'CAMILLE', '14/07/1990', '18AB12345'], ['01/09/2033', '"9.":"B"']],
    [{ 1: 'NOWAK', 2: 'ANNA MARIA', 3: '01.02.1985 WARSZAWA', '4a': '10.03.2015', '4c': 'PREZYDENT M. ST. WARSZAWY', 5: '00123/15/1465', 8: 'UL. MARSZAŁKOWSKA 10, WARSZAWA' }, ['NOWAK', '01.02.1985', '00123/15/1465', 'MARSZAŁKOWSKA 10'], ['10.03.2015']],
    [{ licence: { 1: 'JANSEN', 2: 'PIETER', 3: '21-06-1979 Utrecht', 5: '5123456789' } }, ['JANSEN', '21-06-1979', '5123456789'], []],
  ])('%j', (result, gone, stays) => expectStored(result, gone, stays));

  it('the JSON form takes the pseudonyms of the text form', () => {
    const tokens = (text: string) => text.match(/\[(?:DOB|DRIVER_LICENSE):[^\]]+\]/g);
    expect(tokens(storedResult({ 1: 'DUBOIS', 2: 'CAMILLE', 3: '14/07/1990 LYON', 5: '18AB12345' }))).toEqual(tokens(storedResult('1. DUBOIS 2. CAMILLE 3. 14/07/1990 LYON 5. 18AB12345')));
  });

  it.each<[unknown, string[]]>([
    // Look-alikes: numbered steps, agendas and release notes as members named by numbers.
    [{ 1: 'Open the app', 2: 'Tap Settings', 3: '12.08.2024 update', 5: 'Restart' }, ['Open the app', '12.08.2024 update', 'Restart']],
    [{ 1: 'Budget', 2: 'Hiring', 3: '12.05.2026 review', 5: '2026 Q3 plan' }, ['12.05.2026 review', '2026 Q3 plan']],
    [{ steps: { 1: 'Install Node 20', 2: 'Run the tests', 3: 'Deploy on 01.02.2026', 5: 'Tag v2.3.0' } }, ['Deploy on 01.02.2026', 'Tag v2.3.0']],
    [{ 1: 'ROSSI', 2: 'GIULIA', 5: 'U1B23C456D' }, ['U1B23C456D']],
  ])('look-alike %j stays', (result, stays) => expectStored(result, [], stays));
});

describe('L9 of 2026-12-06c, open part: a Kenyan mobile after `kwa`, an Indian mobile after a messaging word', () => {
  it.each<Case>([
    // the row's open inputs
    ['Tuma pesa kwa 0722123456 jina Achieng', ['0722123456'], ['Tuma pesa kwa', 'jina']],
    ['mera whatsapp 8800123456 hai, wahan bhej do', ['8800123456'], ['mera whatsapp', 'hai, wahan bhej do']],
    // held back: other verbs, capitals, Safaricom's 01 range, Hinglish with other services
    ['Nimetuma kwa 0110123456 jana', ['0110123456'], ['Nimetuma kwa', 'jana']],
    ['TUMA KWA 0798123456', ['0798123456'], ['TUMA KWA']],
    ['WhatsApp pe 7012345678 bhejo', ['7012345678'], ['bhejo']],
    ['telegram 9123456789 pe message karo', ['9123456789'], ['message karo']],
  ])('%s', (text, values, labels) => check([[text, values, labels]]));

  it('look-alikes stay: `kwa` before an account, a year-led number, a short code, a decimal; a messaging word before no mobile', () => {
    const text = 'Asante kwa kutumia M-PESA. Lipa kwa akaunti 1234567890; kwa 2026123456 na kwa 0022123456; Tuma SMS kwa 22444; kwa 0722123456.5; whatsapp group 1234567890 members; whatsapp 8800123456.50 total';
    expect(masked(text)).toBe(text);
  });
});

describe('L14 of 2026-12-06c, open part: a header\'s "Last, First" unquoted over quoted cells', () => {
  it.each<[string, string[], string[]]>([
    ['Last, First,Room\n"Kealamakia, Mahina",12', ['Kealamakia', 'Mahina'], ['Last, First,Room', ',12']],
    // held back: more rows, other name parts, the column not first, German headers
    ['Surname, Given names,Grade\n"Vlintuk, Qxaro",4\n"Te Rangi, Aroha",5', ['Vlintuk', 'Qxaro', 'Aroha'], ['Surname, Given names,Grade', ',4', ',5']],
    ['id,Last, First,dob\n7,"Ngata, Wiremu",1990-01-02', ['Ngata', 'Wiremu', '1990-01-02'], ['id,Last, First,dob', '7,']],
    ['Nachname, Vorname,Abteilung\n"Müller-Lüdenscheidt, Käthe",Einkauf', ['Müller-Lüdenscheidt', 'Käthe'], ['Einkauf']],
  ])('%j', (text, gone, stays) => expectStored(text, gone, stays));

  it.each([
    // Look-alikes: other headers with a comma and a blank over quoted cells, a row that fits the three cells.
    ['Item, Qty,Price\n"Widget, large",3'],
    ['City, State,Zip\n"Portland, OR",97201'],
    ['Last, First,Room\n12,Kealamakia'],
  ])('%j stays', (text) => expectStored(text, [], [text]));
});

describe('L10 of 2026-12-06c, open part: `a_number`\'s A party is a PHONE, a USCIS A-number stays a NATIONAL_ID', () => {
  const token = (text: string, type: string) => text.match(new RegExp(`\\[${type}:[^\\]]+\\]`, 'g'));
  it.each<[unknown, string, string]>([
    // the row's input: the CSV's A number as the B number is (one number, one pseudonym under either party)
    ['a_number,b_number,duration\n447700900123,447911123456,60', '447700900123', 'PHONE'],
    // held back: the member, camelCase with `+`, `key: value` text, a URL's query, a TSV
    [{ a_number: '447700900123' }, '447700900123', 'PHONE'],
    [{ aNumber: '+254712345678', bNumber: '+254733987654' }, '+254712345678', 'PHONE'],
    ['a_number: 447700900123', '447700900123', 'PHONE'],
    ['https://cdr.example/q?a_number=447700900123&b_number=447911123456', '447700900123', 'PHONE'],
    ['A_NUMBER\tB_NUMBER\n919812345678\t919845012345', '919812345678', 'PHONE'],
    // look-alikes: an alien registration number keeps its type under the same names
    [{ a_number: 'A123456789' }, 'A123456789', 'NATIONAL_ID'],
    [{ 'A-Number': 'A-12345678' }, 'A-12345678', 'NATIONAL_ID'],
    ['A-Number: A123456789', 'A123456789', 'NATIONAL_ID'],
    [{ alien_number: '123456789' }, '123456789', 'NATIONAL_ID'],
  ])('%j: %s as %s', (result, value, type) => {
    const text = storedResult(result);
    expect(text).not.toContain(value);
    expect(token(text, type)).not.toBeNull();
    expect(token(text, type === 'PHONE' ? 'NATIONAL_ID' : 'PHONE')).toBeNull();
  });
  it('one number, one pseudonym under `a_number` and `b_number`', () => {
    expect(token(storedResult({ a_number: '447700900123' }), 'PHONE')).toEqual(token(storedResult({ b_number: '447700900123' }), 'PHONE'));
  });
  it.each([[{ a_number: 12 }], ['a_number,b_number\nA12,B77'], [{ a_number: 'pending' }]])('%j stays', (result) => {
    expect(storedResult(result)).toBe(JSON.stringify(result));
  });
});

describe('a JSON member\'s SSN takes the pseudonym of the same SSN in prose (one value, one pseudonym)', () => {
  const token = (text: string) => text.match(/\[(?:SSN|PASSPORT|DRIVER_LICENSE|NATIONAL_ID):[^\]]+\]/)?.[0];
  it.each<[unknown, string]>([
    [{ ssn: '536-22-8514' }, 'my ssn is 536-22-8514'],
    // held back: spellings of the value and the key, nested, another identity key, a passport's case, a query string
    [{ ssn: '536 22 8514' }, 'SSN 536 22 8514'],
    [{ ssn: ' 536-22-8514 ' }, 'SSN: 536228514'],
    [{ social_security_number: '536.22.8514' }, 'Social Security Number: 536-22-8514'],
    [{ patient: { SSN: '536-22-8514' } }, 'ssn=536-22-8514'],
    [{ tax_id: '536-22-8514' }, 'my ssn is 536228514'],
    [{ passport_number: 'x1234567' }, 'Passport number X1234567'],
    ['https://example.org/lookup?ssn=536-22-8514', 'my ssn is 536-22-8514'],
  ])('%j and %j', (result, prose) => {
    const structured = token(storedResult(result));
    expect(structured).toBeDefined();
    expect(structured).toBe(token(storedResult(prose)));
  });
  it('a value of no id\'s shape under an SSN key is masked as before, and distinct values keep distinct pseudonyms', () => {
    expect(storedResult({ ssn: 'on file, see form W-9' })).not.toContain('W-9');
    expect(token(storedResult({ ssn: '536-22-8514' }))).not.toBe(token(storedResult({ ssn: '536-22-8515' })));
  });
});

describe('L5 of 2026-12-06, open part: an amount of 8 digits or more under `savings` alone is no account', () => {
  it.each<[unknown, string[]]>([
    // amounts beside a currency, a unit, another balance with a decimal point, under `balances`
    [{ savings: '12500000', checking: '3400.50', currency: 'USD' }, ['"savings":"12500000"']],
    [{ balances: { savings: 12500000, checking: 340050 } }, ['"savings":12500000', '"checking":340050']],
    [{ savings: '10000000', currency: 'JPY' }, ['"savings":"10000000"']],
    [{ savings: 12345678, unit: 'cents' }, ['"savings":12345678']],
    [{ totals: { checking: '45000000', chequing: '1200000' } }, ['45000000']],
    [{ Savings: 98765432, Checking: 1234.56, AsOf: '2026-12-01' }, ['98765432']],
    ['savings=12345678 currency=USD', ['savings=12345678']],
    ['{"savings": 55500000, "interest_rate": 4.1}', ['55500000']],
  ])('%j keeps its amounts', (result, stays) => expectStored(result, [], stays));

  it.each<[unknown, string[]]>([
    // accounts stay masked: alone, beside a bank's routing number or a `dda`, as a JSON number alone, in text alone
    [{ savings: '12345678' }, ['12345678']],
    [{ savings: '004417729318' }, ['004417729318']],
    [{ dda: '4417729301', savings: '4417729318' }, ['4417729301', '4417729318']],
    [{ routing: '021000021', savings: 44177293181 }, ['44177293181']],
    [{ savings: 44177293181 }, ['44177293181']],
    ['savings: 12345678', ['12345678']],
    [{ checking: '4417 7293 18', bank: 'Kiwibank' }, ['4417 7293 18']],
  ])('%j keeps its account masked', (result, gone) => expectStored(result, gone));
});

describe('dotted names (dotted-names.ts), open parts: capitals, three parts, firms named after persons', () => {
  it.each<Case>([
    // the reported inputs
    ['JAN.KOWALSKI called', ['JAN', 'KOWALSKI'], ['called']],
    ['ping anna.maria.nowak today', ['anna', 'maria', 'nowak'], ['ping', 'today']],
    // held back: capitals with `_`, a title in capitals, three parts capitalized, in capitals, with `_`, with an initial
    ['user MARIA_GARCIA logged in', ['MARIA', 'GARCIA'], ['user', 'logged in']],
    ['seen by DR.KOWALSKI today', ['KOWALSKI'], ['seen by', 'today']],
    ['Anna.Maria.Nowak signed', ['Anna', 'Maria', 'Nowak'], ['signed']],
    ['owner JAN.PAWEL.KOWALSKI', ['JAN', 'PAWEL', 'KOWALSKI'], ['owner']],
    ['handover from anna_maria_nowak at 9', ['anna', 'maria', 'nowak'], ['handover from', 'at 9']],
    ['cc jan.k.kowalski please', ['jan', 'kowalski'], ['cc', 'please']],
  ])('%s', (text, values, labels) => check([[text, values, labels]]));

  it('firms named after persons stay, with a dot as with a blank', () => {
    const text = 'held at Morgan.Stanley and Goldman.Sachs; Charles.Schwab account; MORGAN.STANLEY; Morgan.Stanley shares';
    expect(masked(text)).toBe(text);
    expect(masked('Morgan.Stanley')).toBe('Morgan.Stanley');
  });

  it('look-alikes stay: code and constants in capitals, paths of three parts, domains, a common word as the surname in capitals', () => {
    const text = 'JSON.PARSE MATH.FLOOR DBO.USERS US.ARMY AWS.S3 US.STEEL CHASE.BANK MARK.DOWN GRACE.HILL; os.path.join self.name.first user.name.last grace.hill.park max.min.avg; john.smith.io maria.garcia.dev anna.maria.nowak.pl React.Component.render System.Console.Write; see maria.garcia.com and www.anna.nowak.org; the.quick.brown big.data.analytics mark.the.date';
    expect(masked(text)).toBe(text);
  });

  it('linear time: many three-part names and capitals', () => {
    const make = (n: number) => 'anna.maria.nowak JAN.KOWALSKI Morgan.Stanley os.path.join a.b.c '.repeat(Math.ceil(n / 63)).slice(0, n);
    expect(timeRatio(detectSensitive, make, 25_000, 50_000)).toBeLessThanOrEqual(3);
  });
});
