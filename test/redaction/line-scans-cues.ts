// Hostile texts for the linear-time sweep (issue 11): cues repeated on one line and on many lines.
// Shared by line-scans-sweep.test.ts (the known cases and a sample) and
// scripts/redaction-linear-sweep.ts (every cue).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkCounter } from './work-count.js';

export interface HostileCase {
  /** The rule the text reaches. */
  name: string;
  unit: string;
  joint: string;
  prefix?: string;
  suffix?: string;
  /** `detect`: detectSensitive; `redact`: a tool result through a redactor (its pairs, tables, keys). */
  mode: 'detect' | 'redact';
}

/** The texts that reached a scan per match to its line's ends (each quadratic before 2026-12-05's fix). */
export const HOSTILE_CASES: HostileCase[] = [
  { name: 'names.ts surnameBeforeLabelledGiven', unit: 'Annie Hall', joint: ', ', prefix: 'movies: ', mode: 'detect' },
  { name: 'names.ts pushRunPerson', unit: 'Maria Lopez', joint: '; ', mode: 'detect' },
  { name: 'names.ts firmListItems', unit: 'Vendors: Acme, Initech, Globex, Umbrella', joint: '; ', mode: 'detect' },
  { name: 'names.ts firmListItems, labels on many lines with no separator', unit: 'banks: Maria Lopez', joint: '\n', mode: 'redact' },
  { name: 'detectors.ts detectSheetCells', unit: 'A1: 7', joint: ' ', mode: 'detect' },
  { name: 'detectors.ts cdrParty', unit: '4155550132', joint: ',', mode: 'detect' },
  { name: 'detectors.ts assignedExpression', unit: 'password = foo.bar', joint: ' ', mode: 'detect' },
  { name: 'detectors.ts detectSqlCopy', unit: 'x', joint: '\n', prefix: 'a\tb\nCOPY people (name, ssn) FROM stdin;\n', mode: 'detect' },
  { name: 'secrets.ts continuedCommand', unit: "curl -b 'session=abc123'", joint: ' ', mode: 'detect' },
  { name: 'secrets.ts placeholder defaults', unit: 'password: ${DB_PASS:Tq5Xm8Lvq2}', joint: ' ', mode: 'detect' },
  { name: 'secrets.ts AWS key id and secret', unit: 'AKIAIOSFODNN7EXAMPLE', joint: ' ', mode: 'detect' },
  { name: 'layout-view.ts fileName', unit: 'Escrow 2026-4471-LK', joint: ' ', mode: 'detect' },
  { name: 'pg-details.ts detectKeyDetails, one line', unit: 'Key (email)=(a@b.co) already exists', joint: ', ', mode: 'detect' },
  { name: 'pg-details.ts detectKeyDetails, many lines', unit: 'Key (email)=(a@b.co)', joint: '\n', mode: 'detect' },
  { name: 'redactor.ts onDelimitedLine', unit: 'Maria Lopez', joint: ', ', suffix: '\nend', mode: 'redact' },
  { name: 'text-pairs.ts textPairs form-data', unit: '"name":"db"', joint: ', ', mode: 'redact' },
  // A scan of the detections found so far once per match (2.30 for twice the text before 2026-12-06's SpanGrid).
  { name: 'name-contexts.ts loneGivenNames, a kinship noun on many lines', unit: 'son Zephra', joint: '\n', suffix: '\nson Zephra', mode: 'redact' },
  { name: 'name-contexts.ts kinTitledNames', unit: 'Mutter Demir', joint: ', ', mode: 'redact' },
  // The scans of the probe of 2026-12-06c's fixes (L1-L5, L8): linear by construction, held here.
  { name: 'addresses.ts ordinalAt', unit: '1600 5th', joint: ' ', mode: 'detect' },
  { name: 'provider-tokens.ts totpSetupKey', unit: 'setup key: ABCD', joint: ' ', mode: 'detect' },
  { name: 'provider-tokens.ts keyShare', unit: 'Unseal Key 1:', joint: ' ', mode: 'detect' },
  { name: 'wallet-keys.ts byteList64', unit: '255,', joint: ' ', prefix: '[', mode: 'detect' },
  { name: 'national-ids.ts detectZaIds', unit: 'ID 8001015009087', joint: ', ', mode: 'detect' },
  // Issue 11's open parts of 2026-12-06f: a thing's id label over a run of blanks, the one list of TOTP labels with a tab,
  // three dotted parts spelled without their accents, an Arabic-script address ended by a word of time.
  { name: 'national-ids.ts THING_BEFORE_ID (a run of blanks)', unit: 'order  \t  ID 8001015009087', joint: ', ', mode: 'detect' },
  { name: 'provider-tokens.ts totpSetupKey (TOTP_SETUP_LABELS, a tab)', unit: 'setup\tkey: JBSWY3DPEHPK3PXP', joint: ' ', mode: 'detect' },
  { name: 'dotted-names.ts listedUnaccented', unit: 'jose.maria.garcia', joint: ' ', mode: 'detect' },
  { name: 'addresses-intl.ts AR_TIME_WORDS', unit: 'آدرس: خیابان آزادی دیروز', joint: '، ', mode: 'detect' },
  { name: 'national-ids.ts detectLatamLabelledIds', unit: 'mi curp HEGG560427MVZRRL04', joint: ' ', mode: 'detect' },
  { name: 'national-ids.ts detectLatamLabelledIds (labels, no value)', unit: 'CNH nº 0265030646', joint: ' ', mode: 'detect' },
  { name: 'names.ts phraseEnd', unit: 'Tuma pesa kwa', joint: '. ', mode: 'detect' },
  { name: 'eu-licences.ts detectEuLicenceFields', unit: '1. A 2. B 3. 01.02.1985 5. B072RRE2I55', joint: ' ', mode: 'detect' },
  { name: 'commercial-ids.ts detectBareImeis', unit: 'device 356938035643809', joint: ' ', mode: 'detect' },
  { name: 'provider-tokens.ts deviceUserCode', unit: 'devicelogin enter the code F7KQ9XWZL', joint: ' ', mode: 'detect' },
  { name: 'detectors.ts detectVcardAddresses', unit: 'ADR:;;7 Main Street;Roma;;00186;Italia', joint: '\n', mode: 'detect' },
  { name: 'name-contexts.ts repeatedNames and listsAfter', unit: 'met Ayşe and Emir. Emir', joint: '; ', mode: 'redact' },
  // The look-alike runs of O2-O8 of the probe of 2026-12-06 (look-alike-runs.ts): a bounded window read per run.
  { name: 'look-alike-runs.ts monthBeforeStatementNoun and paymentReferenceRun', unit: 'SO Dec rent 950.00; Verwendungszweck: Hausgeld Januar', joint: '\n', mode: 'detect' },
  // Lower-case names in chat after a lower-case title, a stretched greeting, a misspelled or dashed name label (L1, L2, L19 of probe-2026-12-06).
  { name: 'names.ts lowerCaseAfterLowerTitle', unit: 'dr ndlovu', joint: ' ', mode: 'detect' },
  { name: 'names.ts lowerCaseAfterNameCue, chat intros', unit: 'heyy its me thandiwe ndlovu', joint: ', ', mode: 'detect' },
  { name: 'names.ts lowerCaseAfterNameCue, misspelled and dashed labels', unit: 'nmae - jurgita petrauskiene', joint: '\n', mode: 'redact' },
  { name: 'look-alike-runs.ts jobTitleRun and logTermOpening', unit: 'Signed: Senior Claims Adjuster. Auth failed', joint: '; ', mode: 'detect' },
  // Names in file names, after a kinship noun in parentheses, after a statement's transaction code (L20, L3, L15 of probe-2026-12-06).
  { name: 'file-name-persons.ts detectFileNamePersons', unit: 'Payslip_Thandiwe_Ndlovu_Nov2026.pdf', joint: '_', mode: 'detect' },
  { name: 'name-contexts.ts kinParenthesizedNames', unit: 'pickup by: wife (Ngozi)', joint: ', ', mode: 'redact' },
  { name: 'statement-payees.ts detectStatementPayees', unit: '01/12/2026,FPI T NDLOVU RENT DEC,950.00', joint: '\n', mode: 'detect' },
  // A name after `#`, after a record's number's label, after an id's number (S1, S2, S3 of probe-2026-12-05j).
  { name: 'names.ts mentionAt after #, labelNounLead, ID_LABEL_NUMBER_BEFORE', unit: 'Ticket #Maria Lopes Kundennummer Selin Aydoğdu Ticket 4471 Thandiwe Ndlovu', joint: ', ', mode: 'detect' },
  { name: 'look-alike-runs.ts financeBrandRun, one list of brands', unit: 'Aviva', joint: ', ', prefix: 'Payers: ', mode: 'detect' },
  // Open parts of the probes of 2026-12-06 and -06b (2026-12-06c): lone payees, car makes, pets' words.
  { name: 'statement-payees.ts lonePayees', unit: '01/12/2026,FPI T NDLOVU RENT DEC,950.00\n03/12/2026,DD NDLOVU', joint: '\n', mode: 'detect' },
  { name: 'vehicles.ts vehicleRun', unit: '2019 Honda Civic, reg AB12 CDE', joint: '; ', mode: 'detect' },
  { name: 'names.ts PET_NOUN_BEFORE and PET_LABEL_BEFORE', unit: 'our old rescue dog Bella', joint: ', ', prefix: 'Pet name: Luna\n', mode: 'detect' },
  // A two-letter Chinese surname in capitals, then a given name: a walk of the detections per match (2.32x for
  // twice the text by `, `, 2.38x by lines, before 2026-12-06's fix; first seen in the sweep's sample).
  { name: 'names.ts shortPinyinSurnames, a given name found already, in a list', unit: 'LI Wei', joint: ', ', suffix: '\nLI Wei', mode: 'redact' },
  { name: 'names.ts shortPinyinSurnames, a given name found already, on many lines', unit: 'LI Wei', joint: '\n', suffix: '\nLI Wei', mode: 'redact' },
  { name: 'names.ts shortPinyinSurnames, other surnames and given names', unit: 'HE Na; WU Jun', joint: '\n', mode: 'detect' },
  { name: 'names.ts shortPinyinSurnames, in prose', unit: 'YU Lan', joint: ' ', mode: 'detect' },
];

/** The joints of the sweep: a list, fields, prose and lines. */
export const JOINTS = [', ', '; ', ' ', '\n'];

/** `unit + joint` repeated to `n` characters or more, between `prefix` and `suffix`. */
export function hostileText(c: Pick<HostileCase, 'unit' | 'joint' | 'prefix' | 'suffix'>, n: number): string {
  const one = c.unit + c.joint;
  return (c.prefix ?? '') + one.repeat(Math.ceil(n / one.length)) + (c.suffix ?? '');
}

/**
 * The cues: the string literals of the redaction tests (4-100 characters, no escapes but `\'`),
 * and each plain word or phrase of the alternations in the detectors' patterns as a label before a
 * name (`<word>: Maria Lopez`), sorted (a stable sample whatever the order of the files).
 */
export function sweepUnits(root: string): string[] {
  const units = new Set<string>();
  for (const dir of ['test/redaction', 'packages/core/src/redaction']) {
    for (const file of readdirSync(join(root, dir)).filter((f) => f.endsWith('.test.ts'))) {
      const source = readFileSync(join(root, dir, file), 'utf8');
      for (const m of source.matchAll(/'((?:[^'\\\n]|\\.){4,100})'/g)) {
        const literal = (m[1] as string).replace(/\\'/g, "'");
        if (!literal.includes('\\')) units.add(literal);
      }
    }
  }
  const sources = join(root, 'packages/core/src/redaction');
  for (const file of readdirSync(sources).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    const source = readFileSync(join(sources, file), 'utf8');
    for (const m of source.matchAll(/\(\?:([^()]{3,4000})\)/g)) {
      for (const alternative of (m[1] as string).split('|')) {
        const word = alternative.replace(/\[ \\t\]|\\s[+*]?|\[ _-\]\??|\\ |\[ \]/g, ' ').replace(/\{\d+,?\d*\}/g, '');
        if (/^[A-Za-z][A-Za-z' -]{2,30}$/.test(word)) units.add(`${word.trim()}: Maria Lopez`);
      }
    }
  }
  return [...units].sort();
}

/** The work for a text of 2n characters over the work for one of n (2 for linear work, 4 for quadratic). */
export function workRatio(counter: WorkCounter, run: (text: string) => unknown, make: (n: number) => string, n = 6000): number {
  counter.measure(run, make(200));
  const small = counter.measure(run, make(n));
  const large = counter.measure(run, make(2 * n));
  return large / small;
}
