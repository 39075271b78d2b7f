// Issue 11: the redaction parts still stored raw after 2026-12-06e, fixed on 2026-12-06f. A describe per part, each
// standing for its kind: the reported input, held-back inputs of the kind (cases, joiners, spellings, languages), the
// stored form through an auditor where the report was one, look-alikes that must stay as they were, and linear time.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor, detectSensitive } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';
import { check, masked, storedResults, type Case } from './masked-text.js';
import { ledgerRecorder } from './stored-events.js';

const { storedOf } = ledgerRecorder('open-parts-2026-12-06f');
/** A `message.user` input as stored. */
async function storedInput(input: string): Promise<string> {
  const [event] = await storedOf([{ type: 'message.user', content: { input } }]);
  return String((event?.content as Record<string, unknown>).input);
}

describe('dotted names: three parts whose given names the lists spell with an accent (compound given names)', () => {
  const OPEN: Case[] = [
    // The report, and the kind: each case and joiner, the accented name first or second, other compound given names.
    ['contact maria.jose.garcia today', ['maria.jose.garcia'], ['contact', 'today']],
    ['Maria.Jose.Garcia signed the form', ['Maria.Jose.Garcia'], ['signed the form']],
    ['MARIA.JOSE.GARCIA', ['MARIA.JOSE.GARCIA'], []],
    ['ticket from maria_jose_garcia', ['maria_jose_garcia'], ['ticket from']],
    ['jose.maria.garcia replied', ['jose.maria.garcia'], ['replied']],
    ['cc juan.jose.perez please', ['juan.jose.perez'], ['cc', 'please']],
    ['jose.ramon.diaz', ['jose.ramon.diaz'], []],
  ];
  // Masked before too: compound given names the lists hold as written, or whose middle name reads as a name word.
  const KEPT_MASKED: Case[] = [
    ['maria.ines.santos', ['maria.ines.santos'], []],
    ['luis.andre.costa', ['luis.andre.costa'], []],
    ['maria.jesus.romero', ['maria.jesus.romero'], []],
    ['ana.maria.lopez', ['ana.maria.lopez'], []],
    ['jean.pierre.martin', ['jean.pierre.martin'], []],
    ['Anna.Maria.Nowak', ['Anna.Maria.Nowak'], []],
  ];
  const LOOK_ALIKES = ['os.path.join', 'user.name.last', 'grace.hill.park', 'john.smith.io', 'anna.maria.nowak.pl', 'React.Component.render', 'mark.jose.down',
    'jose.garcia.com', 'data.frame.info', 'node.js.org', 'rene.config.yaml', 'cafe.menu.item', 'cafe.maria.lopez', 'import.meta.env'];

  it.each(OPEN)('%j is masked', (...row) => check([row]));
  it.each(KEPT_MASKED)('%j stays masked', (...row) => check([row]));
  it.each(LOOK_ALIKES)('%j stays as written', (text) => expect(masked(text)).toBe(text));

  it('the report through the auditor: stored masked', async () => {
    const stored = await storedInput('Please forward this to maria.jose.garcia before noon');
    expect(stored).not.toContain('maria');
    expect(stored).not.toContain('garcia');
    expect(stored).toMatch(/^Please forward this to \[PERSON:psn_\w+\] before noon$/);
  });

  it('twice the triples cost about twice the time', () => {
    const make = (n: number): string => Array.from({ length: Math.ceil(n / 40) }, (_, i) => (i % 2 ? 'jose.maria.garcia and ' : 'rene.config.yaml or ')).join('');
    expect(timeRatio((text) => detectSensitive(text), make, 20_000, 40_000)).toBeLessThan(2.6);
  });
});

describe('TOTP set-up keys: the gate and the pattern read one list of labels', () => {
  // The list of labels of 2026-12-06f (provider-tokens.ts TOTP_SETUP_LABELS), a kind since 2026-12-07 (TOTP_LABEL_KIND,
  // tested in open-parts-2026-12-07-secrets.test.ts): each of these labels is still read.
  const TOTP_SETUP_LABELS = [['setup', 'key'], ['set-up', 'key'], ['set', 'up', 'key'], ['secret', 'key'], ['manual', 'entry', 'key'], ['manual', 'key'], ['this', 'key'],
    ['the', 'following', 'key'], ['input']];
  const SEEDS = ['JBSWY3DPEHPK3PXP', 'jbswy3dpehpk3pxp', 'JBSW Y3DP EHPK 3PXP', 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'];
  // Every label, its words joined by a blank, a tab or two blanks, then a blank, a colon and a tab, or a colon and a blank.
  const ROWS: Array<[string, string]> = [];
  for (const words of TOTP_SETUP_LABELS) {
    for (const joiner of [' ', '\t', '  ']) {
      for (const after of [' ', ':\t', ': ']) {
        const label = words.join(joiner);
        ROWS.push([`${label}${after}${SEEDS[ROWS.length % SEEDS.length] as string}`, SEEDS[ROWS.length % SEEDS.length] as string]);
      }
    }
  }
  it.each(ROWS)('%j: the seed is masked', (text, seed) => {
    expect(masked(text)).not.toContain(seed);
    expect(detectSensitive(text).some((d) => d.type === 'TOTP_SECRET')).toBe(true);
  });

  it.each([
    // The report's spellings and the kind's, in a sentence and in capitals.
    ['Authenticator setup\tkey JBSWY3DPEHPK3PXP', 'JBSWY3DPEHPK3PXP'],
    ['setup key:\tJBSWY3DPEHPK3PXP', 'JBSWY3DPEHPK3PXP'],
    ['Can\'t scan it? input JBSWY3DPEHPK3PXP in the app', 'JBSWY3DPEHPK3PXP'],
    ['Or enter this key JBSWY3DPEHPK3PXP manually', 'JBSWY3DPEHPK3PXP'],
    ['Manual entry key: jbswy3dpehpk3pxp', 'jbswy3dpehpk3pxp'],
    ['SETUP KEY: GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'],
  ])('%j: the seed is masked', (text, seed) => {
    expect(masked(text)).not.toContain(seed);
  });

  it.each([
    'The secret key will take five more days',
    'Enter this key: ABCDEFGHIJKLMNOP',
    'setup key: none',
    'input ABCDEFGHIJKLMNOPQR',
    'input 2222333344445555',
    'input sha256 deadbeef',
    'input_file README.md',
    // (`setup key: ` and 34 characters unbroken stayed here until 2026-12-07: seeds of 16 to 128 are read since, issue 11.)
    'the key 5ZRK2QBLODFE6HVN',
  ])('%j stays as written', (text) => expect(masked(text)).toBe(text));

  it('the report through the auditor: stored masked', async () => {
    const stored = await storedInput('My authenticator app wants the setup\tkey JBSWY3DPEHPK3PXP, is that safe?');
    expect(stored).not.toContain('JBSWY3DPEHPK3PXP');
  });

  it('twice the labels cost about twice the time', () => {
    const make = (n: number): string => 'setup key: input this key: manual entry key '.repeat(Math.ceil(n / 44));
    expect(timeRatio((text) => detectSensitive(text), make, 20_000, 40_000)).toBeLessThan(2.6);
  });
});

describe('South African id numbers: a thing\'s id label wins over any run of blanks', () => {
  it.each([
    'order  ID 8001015009087',
    'Order   ID: 8001015009087',
    'order\tID 8001015009087',
    'order \t ID 8001015009087',
    'order\u00a0\u00a0ID 8001015009087',
    'Order-ID 8001015009087',
    'Order--ID 8001015009087',
    'order__id 8001015009087',
    'order no. 8001015009087',
    'order  no. 8001015009087',
    'Invoice  ID 8001015009087',
    'tracking  id 8001015009087',
    'reference    ID 8001015009087',
    'order  ID  number 8001015009087',
  ])('%j stays as written', (text) => expect(masked(text)).toBe(text));

  it.each([
    // The person's reading is kept, also with more blanks inside its label.
    ['ID 8001015009087', ['8001015009087'], ['ID']],
    ['SA  ID: 8001015009087', ['8001015009087'], ['SA  ID:']],
    ['ID  number 8001015009087', ['8001015009087'], ['ID  number']],
    ['Identity  number:  8001015009087', ['8001015009087'], ['Identity  number:']],
    ['my order  is late, ID 8001015009087', ['8001015009087'], ['my order  is late, ID']],
  ] satisfies Case[])('%j is masked', (...row) => check([row]));

  it('twice the labelled numbers cost about twice the time', () => {
    const make = (n: number): string => 'order   \t  ID 8001015009087, ID  number 8001015009087; '.repeat(Math.ceil(n / 55));
    expect(timeRatio((text) => detectSensitive(text), make, 20_000, 40_000)).toBeLessThan(2.6);
  });
});

describe('Arabic-script addresses: the span stops at a word of time (Persian, Urdu, Arabic)', () => {
  /** The ADDRESS spans of a text. */
  const addresses = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'ADDRESS').map((d) => text.slice(d.start, d.end));
  it.each([
    ['آدرس: خیابان آزادی دیروز رفتم', 'خیابان آزادی'],
    ['آدرس من: کوچه گلستان امروز بسته رسید', 'کوچه گلستان'],
    ['آدرس: خیابان انقلاب، تهران فردا می‌آیم', 'خیابان انقلاب، تهران'],
    ['آدرس: خیابان آزادی، پلاک ۵، تهران دیروز رفتم', 'خیابان آزادی، پلاک ۵، تهران'],
    ['آدرس: خیابان آزادی پس‌فردا می‌روم', 'خیابان آزادی'],
    ['نشانی: خیابان ولیعصر، کوچه نسترن دیشب بسته رسید', 'خیابان ولیعصر، کوچه نسترن'],
    ['پتہ: گلی نمبر 5، لاہور آج پہنچا', 'گلی نمبر 5، لاہور'],
    ['العنوان: شارع الحمراء غداً', 'شارع الحمراء'],
    ['العنوان: شارع الحمراء، بيروت البارحة وصل', 'شارع الحمراء، بيروت'],
  ])('%j: the address is %j', (text, address) => {
    expect(addresses(text)).toEqual([address]);
  });

  it.each([
    // Addresses whose words hold a time word inside them stay whole (`فردوسی` holds `فرد`, `امیرکبیر`).
    ['آدرس: خیابان فردوسی، تهران', 'خیابان فردوسی، تهران'],
    ['آدرس: خیابان امیرکبیر، پلاک ۱۲', 'خیابان امیرکبیر، پلاک ۱۲'],
    ['آدرس: تهران، خیابان ولیعصر، پلاک ۱۲', 'تهران، خیابان ولیعصر، پلاک ۱۲'],
  ])('%j stays one address %j', (text, address) => {
    expect(addresses(text)).toEqual([address]);
  });

  it('twice the addresses followed by time words cost about twice the time', () => {
    const make = (n: number): string => 'آدرس: خیابان آزادی، تهران دیروز رفتم. '.repeat(Math.ceil(n / 38));
    expect(timeRatio((text) => detectSensitive(text), make, 20_000, 40_000)).toBeLessThan(2.6);
  });
});

describe('member names that say they hold a person\'s name, decided by their words', () => {
  const { stored } = storedResults(() => createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) }));
  it.each([
    'patientLegalFullName',
    'customer_full_name_on_record',
    'PATIENT_LEGAL_FULL_NAME',
    'Customer Full Name On Record',
    'insured_person_family_name_at_birth',
    'applicant_given_names_in_native_script',
    'primaryAccountHolderLegalSurnameAsPrintedOnTheCardForVerificationPurposesOnly',
    `${'primary_'.repeat(12)}beneficiary_full_legal_name`,
  ])('%j: its value is masked', (name) => {
    const out = stored({ [name]: 'vlintuk', plan: 'gold' });
    expect(out).not.toContain('vlintuk');
    expect(out).toContain('"plan":"gold"');
  });

  it.each([
    // Masked before too (owner and name part): the kind's other half.
    'holderSurname', 'beneficiaryGivenNames', 'patientLastName', 'userFullName',
  ])('%j: its value stays masked', (name) => expect(stored({ [name]: 'vlintuk' })).not.toContain('vlintuk'));

  it.each([
    'toolName', 'fileName', 'displayNameTemplate', 'nameServer', 'hostname', 'userName', 'customerBankName', 'patientFullNameLength', 'customerCompanyLegalName',
    'ownerName', 'repoFullName', 'customer_full_name_validation_regex', 'patientPharmacyName', 'employeeDepartmentName', `${'primary_'.repeat(16)}customer_full_name`,
  ])('%j: its value stays as written', (name) => expect(stored({ [name]: 'vlintuk' })).toContain('vlintuk'));

  it('twice the long member names cost about twice the time', () => {
    const make = (n: number): string => JSON.stringify(Object.fromEntries(Array.from({ length: Math.ceil(n / 80) }, (_, i) => [`customer${i}_primary_account_holder_legal_full_name_on_record`, 'vlintuk'])));
    expect(timeRatio((text) => stored(JSON.parse(text)), make, 20_000, 40_000)).toBeLessThan(2.6);
  });
});
