import type { Detection } from './types.js';
import { abaValid, clabeValid, luhnValid } from './internal/checks.js';
import { isSeparator } from './internal/separators.js';
import { countCapitals, countDigits, isAsciiAlnum } from './internal/chars.js';
import { awsQueryAround } from './identifiers.js';
import { notAnIdNumber } from './key-names.js';
import { gatedTest } from './internal/prefilter.js';
import { PET_WORDS, PET_WORD_SOURCE } from './internal/pet-words.js';
import { driverLicenceMemberValue } from './national-ids.js';

// ------------------------------------------------------------------------------- health ids
// The labelled identifiers of HIPAA's Safe Harbor method (45 CFR 164.514(b)(2)(i)): medical
// record numbers (C), health plan beneficiary numbers (I), account numbers (J), certificate and
// licence numbers (K), vehicle identifiers and licence plates (L), device identifiers and serial
// numbers (M). Under the `health` detector's switch. Two ways in, as for national ids
// (national-ids.ts):
//  - right after a label (`MRN: 12345678`, `EHR ID 7736251`, `Patient ID #A-889123`,
//    `member id=XJH123456789`, `policy number PLC-4471-2290`, `VIN …`, `device serial: …`, and
//    common labels of other languages: `Patientennummer`, `numéro de dossier`, `historia clínica`,
//    `Versichertennummer`, `病历号`, `カルテ番号`, `환자번호`; a hospital's case or admission number
//    under its country's label, Spanish `NHC`, German `Fallnummer`/`Fall-Nr.`, French `IPP`, Polish
//    `nr historii choroby` and `numer księgi głównej`, Italian `n. nosologico` and `cartella clinica
//    n.`: F6 of the leak probe of 2026-12-07), a value of letters and digits with
//    enough digits (groups joined by a dash, dot, slash or a space before a group with a digit);
//  - without a label, only the formats with a checksum or a defined shape: the NHS number
//    written 3-3-4 (modulus 11), the NPI after a clinical word (Luhn with prefix 80840), the DEA
//    number (registrant letter and check digit), the VIN (check digit) and the Medicare MBI;
//    and two bank codes by their checks: Mexico's CLABE (a listed bank code and its check
//    digit) and the US ABA routing number right after a word of banking.
// Values right after a label of a thing (`order`, `invoice`, `ticket`, `SKU`, ...) are left alone.


// ---------------------------------------------------------------------------------- checksums

/**
 * NHS number (England, Wales, Isle of Man): ten digits, the last a modulus 11 check digit over
 * the first nine weighted 10 down to 2; 11 reads as 0 and a remainder giving 10 is never issued
 * (NHS Data Dictionary, "NHS Number").
 */
export function nhsNumberValid(digits: string): boolean {
  if (!/^\d{10}$/.test(digits) || /^(\d)\1{9}$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < 9; index++) sum += (digits.charCodeAt(index) - 48) * (10 - index);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === digits.charCodeAt(9) - 48;
}

/**
 * National Provider Identifier: ten digits starting with 1 or 2, the last a Luhn check digit
 * computed with the prefix 80840 (the card-issuer prefix of ISO/IEC 7812 for US health
 * applications), 45 CFR 162.406 and CMS's "NPI check digit" specification.
 */
export function npiValid(digits: string): boolean {
  return /^[12]\d{9}$/.test(digits) && luhnValid(`80840${digits}`);
}

/**
 * DEA registration number: a registrant-type letter (A B C D E F G H J K L M P R S T U X), a
 * second letter (or 9), seven digits; the last digit is (d1 + d3 + d5 + 2 × (d2 + d4 + d6)) mod 10
 * (DEA, 21 CFR 1301; the check is the one the DEA publishes to pharmacies).
 */
export function deaValid(compact: string): boolean {
  const match = /^[ABCDEFGHJKLMPRSTUX][A-Z9](\d{7})$/.exec(compact);
  if (match === null) return false;
  const d = (match[1] as string).split('').map(Number) as number[];
  return ((d[0] as number) + (d[2] as number) + (d[4] as number) + 2 * ((d[1] as number) + (d[3] as number) + (d[5] as number))) % 10 === d[6];
}

const VIN_VALUES: Record<string, number> = { A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9, S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9 };
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
/**
 * Vehicle identification number (ISO 3779; 49 CFR 565): 17 characters of digits and letters but
 * I, O and Q, with the check digit of 49 CFR 565.15 in position 9 (transliterated values times
 * weights 8,7,6,5,4,3,2,10,0,9..2, sum mod 11, 10 written X).
 */
export function vinValid(compact: string): boolean {
  if (!/^[A-HJ-NPR-Z0-9]{17}$/.test(compact) || !/[A-Z]/.test(compact) || countDigits(compact) < 5) return false;
  let sum = 0;
  for (let index = 0; index < 17; index++) {
    const char = compact[index] as string;
    const value = char <= '9' ? char.charCodeAt(0) - 48 : (VIN_VALUES[char] as number);
    sum += value * (VIN_WEIGHTS[index] as number);
  }
  const check = sum % 11;
  return (check === 10 ? 'X' : String(check)) === compact[8];
}

/**
 * Medicare Beneficiary Identifier (CMS, "MBI format specifications"): 11 characters, position 1
 * a digit 1-9, 2/5/8/9 a letter, 3/6 a letter or digit, 4/7/10/11 a digit; the letters S, L, O,
 * I, B and Z are never used. Written compact or as 4-3-4 with dashes.
 */
export function mbiValid(compact: string): boolean {
  return /^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y]{2}\d{2}$/.test(compact);
}

/**
 * Germany's health insurance number (Krankenversichertennummer, KVNR, its unchangeable part on
 * the eGK): a capital letter and nine digits, the last a check digit. The letter becomes its
 * two-digit place in the alphabet (A = 01 … Z = 26); the ten digits then, weighted 1, 2, 1, 2, …,
 * each product's digit sum added, give the check digit as the sum mod 10 (GKV-Spitzenverband,
 * Richtlinien nach § 290 SGB V, Anlage 1). `A123456780` is valid.
 */
/** A KVNR's shape: a capital letter and nine digits. */
const KVNR_SHAPE = /^[A-Z]\d{9}$/;

export function kvnrValid(compact: string): boolean {
  if (!/^[A-Z]\d{9}$/.test(compact)) return false;
  const place = compact.charCodeAt(0) - 64;
  const digits = `${place < 10 ? '0' : ''}${place}${compact.slice(1, 9)}`;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const product = (digits.charCodeAt(i) - 48) * (i % 2 === 0 ? 1 : 2);
    sum += product > 9 ? product - 9 : product;
  }
  return sum % 10 === compact.charCodeAt(9) - 48;
}

// ------------------------------------------------------------------------------------- kinds

/** The detection a health identifier becomes: its type and class. */
export interface HealthIdKind {
  type: string;
  class: string;
  /** Under a member of this name, the values that are this kind (all when absent): `{plate:'7ABC123'}`, not `{registration:'open'}`. */
  accept?: (value: string) => boolean;
}
const MRN: HealthIdKind = { type: 'MRN', class: 'phi' };
const PLAN: HealthIdKind = { type: 'HEALTH_PLAN_ID', class: 'phi' };
const ACCOUNT: HealthIdKind = { type: 'ACCOUNT_NUMBER', class: 'financial.account' };
const LICENCE: HealthIdKind = { type: 'LICENSE_NUMBER', class: 'pii.government_id' };
const VEHICLE: HealthIdKind = { type: 'VEHICLE_ID', class: 'pii' };
const PLATE: HealthIdKind = { type: 'LICENSE_PLATE', class: 'pii' };
const DEVICE: HealthIdKind = { type: 'DEVICE_ID', class: 'pii' };
/**
 * A school's number for its student (FERPA, 34 CFR 99.3: a personally identifiable part of an
 * education record): `Student ID: S00482913`, `{sis_id:'00482913'}` (L5 of 2026-12-05a).
 */
const STUDENT: HealthIdKind = { type: 'STUDENT_ID', class: 'pii' };
/**
 * A biometric template or embedding (GDPR Art. 9(1): biometric data for identifying a person), under a
 * member that names one (L6 of the probe of 2026-12-06c: stored raw). `pii.biometric` is classified as
 * `pii` (classification.ts reads a class by its prefix). A list of numbers (a face embedding) is masked whole.
 */
export const BIOMETRIC: HealthIdKind = { type: 'BIOMETRIC', class: 'pii.biometric' };
/** The members of a biometric template, normalized (`fingerprintTemplate`, `face_embedding`, `voiceprint`): a bare `fingerprint` or `embedding` names other things as often (a key's, a card's, a model's). */
const BIOMETRIC_KEYS = ['fingerprint', 'finger', 'face', 'facial', 'iris', 'retina', 'palm', 'palmvein', 'vein', 'fingervein', 'voice', 'speaker', 'hand', 'biometric'].flatMap((part) =>
  ['template', 'templates', 'minutiae', 'embedding', 'embeddings', 'encoding', 'vector', 'descriptor', 'features', 'featurevector'].map((thing) => `${part}${thing}`),
).concat(['voiceprint', 'faceprint', 'palmprint', 'iriscode', 'palmvein', 'fingervein', 'palmveindata', 'palmveinpattern', 'biometricdata', 'minutiae', 'fingerprintimage', 'retinascan', 'irisscan']);
/**
 * An id member of a student's object (L4 of probe-2026-12-05i: OneRoster-like `{student:{givenName, identifier:
 * 'S20190417'}}`, a FERPA disclosure log's `{student:{id:'20419932', name}}` were stored raw): under `student`,
 * `students`, `pupil`, `learner` (STUDENT_PARENTS), the members `id`, `identifier`, `localId`, `stateId` (STUDENT_ID_MEMBERS)
 * hold the school's number for the student when it has an id's shape: 4 to 24 letters, digits and dashes with four
 * digits or more (a UUID, `1`, `active` stay). OneRoster's `sourcedId` is the system's key and stays. The number
 * members (`number`, `no`, `nr`, `num`, `upn`, `uln`, `ssid`, `recordNumber`) are read so too.
 */
export const STUDENT_RECORD_ID: HealthIdKind = { type: 'STUDENT_ID', class: 'pii', accept: (value) => /^[A-Za-z0-9][A-Za-z0-9-]{3,23}$/.test(value) && countDigits(value) >= 4 };
/** STUDENT_RECORD_ID's parents as written (a member name looked up as it is, no folding: an object's parent is asked at every object). */
export const STUDENT_PARENTS: ReadonlySet<string> = new Set(['student', 'students', 'pupil', 'pupils', 'learner', 'learners', 'studentRecord', 'student_record', 'studentProfile', 'student_profile', 'enrolledStudent', 'élève', 'eleve', 'eleves', 'schueler', 'schüler', 'alumno', 'alumnos', 'estudiante', 'estudiantes', 'leerling', 'leerlingen'].flatMap((word) => [word, word[0]?.toUpperCase() + word.slice(1)]));
// Their number members too (`{pupil:{number:'P-448812'}}`, `{learner:{no:'…'}}`, England's `upn`, the ULN; the
// open part of L4 of 2026-12-05i): under a student's object a number is the student's.
export const STUDENT_ID_MEMBERS: ReadonlySet<string> = new Set(['id', 'identifier', 'localId', 'local_id', 'localid', 'stateId', 'state_id', 'number', 'no', 'nr', 'num', 'upn', 'uln', 'ssid', 'recordNumber', 'record_number', 'numero', 'nummer']);
/**
 * A mobile advertising id: Apple's IDFA (and its per-vendor IDFV), Google's advertising id (AAID,
 * GAID), OpenRTB's `device.ifa`: a UUID that follows a person's device across apps and ad networks,
 * an online identifier of GDPR Art. 4(1) and recital 30 (L22 of the probe of 2026-12-06 found it
 * raw). Only a UUID (8-4-4-4-12 hex digits) is one, and not the all-zero id a device sends once its
 * user limited ad tracking; under `adId` an ad's own id is a number as often, which stays.
 */
const UUID = '[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}';
const UUID_SHAPE = new RegExp(`^${UUID}$`);
const ADVERTISING: HealthIdKind = { type: 'DEVICE_ID', class: 'pii', accept: (value) => UUID_SHAPE.test(value) && /[1-9A-Fa-f]/.test(value) };
const uuidAt = new RegExp(UUID, 'y');
/** A UUID right at `from` (the value of an advertising id's label), or undefined. */
function uuidValue(text: string, from: number): [number, number] | undefined {
  uuidAt.lastIndex = from;
  return uuidAt.test(text) ? [from, from + 36] : undefined;
}

/**
 * A pet's microchip (ISO 11784/11785), rabies tag or dog licence number: the vet, the chip's
 * registry, the insurer and the county's register link each to the owner, so it is the owner's
 * pseudonymous identifier (L9 and O7 of 2026-12-05a).
 */
const PET: HealthIdKind = { type: 'PET_ID', class: 'pii' };

/**
 * Member names (normalized: lower case, no `_`, `-`, `.` or spaces) whose value is one of these
 * identifiers, masked whole whatever it looks like. Structural ids (`id`, `callId`, `traceId`,
 * `requestId`), `deviceId`, `encounterId` and `serialNumber` (a product's as often) are not here.
 */
export const HEALTH_ID_KEYS: ReadonlyMap<string, HealthIdKind> = new Map<string, HealthIdKind>([
  ...['mrn', 'medicalrecordnumber', 'medicalrecordno', 'medicalrecordid', 'patientid', 'patientnumber', 'patientno', 'chartnumber', 'chartno', 'nhsnumber', 'nhsno', 'hospitalnumber', 'hospitalno', 'ehrid', 'ehrnumber', 'emrid', 'emrnumber', 'healthrecordnumber', 'encounternumber', 'encounterno', 'visitnumber', 'visitno', 'chinumber', 'nhs', 'medicalrecord', 'patientref', 'nhi', 'nhinumber', 'ihi', 'ihinumber', 'patientennummer', 'numerodossier', 'historiaclinica'].map((key) => [key, MRN] as const),
  ...['memberid', 'membernumber', 'memberno', 'subscriberid', 'subscribernumber', 'subscriberno', 'insuredid', 'insurednumber', 'insuredno', 'insuredmemberid', 'policynumber', 'policyno', 'policyid', 'insuranceid', 'insurancenumber', 'insurerid', 'insurernumber', 'insurerno', 'insurermemberid', 'insurancememberid', 'planmemberid', 'healthplanmemberid', 'beneficiaryid', 'beneficiarynumber', 'healthplanid', 'healthplannumber', 'mbi', 'medicareid', 'medicarenumber', 'medicaidid', 'medicaidnumber', 'medicaid', 'ohip', 'ohipnumber', 'hicn', 'versichertennummer', 'krankenversichertennummer'].map((key) => [key, PLAN] as const),
  ...['npi', 'npinumber', 'deanumber', 'dea', 'licensenumber', 'licencenumber', 'medicallicensenumber', 'certificatenumber'].map((key) => [key, LICENCE] as const),
  ...['vin', 'vehicleidentificationnumber', 'vinnumber', 'chassisnumber'].map((key) => [key, VEHICLE] as const),
  ...['licenseplate', 'licenceplate', 'platenumber', 'numberplate', 'kennzeichen'].map((key) => [key, PLATE] as const),
  ...['deviceserial', 'deviceserialnumber', 'deviceserialno', 'udi', 'imei', 'implantserial', 'implantserialnumber'].map((key) => [key, DEVICE] as const),
  ...['idfa', 'idfv', 'appleidfa', 'gaid', 'aaid', 'googleadid', 'googleadvertisingid', 'androidadvertisingid', 'advertisingid', 'advertisingidentifier', 'deviceadvertisingid', 'mobileadid', 'mobileadvertisingid', 'maid', 'adid', 'ifa', 'deviceifa'].map((key) => [key, ADVERTISING] as const),
  // US benefit programmes beside Medicaid (L6 of 2026-12-05a): the Medi-Cal Benefits Identification
  // Card, a SNAP (CalFresh) or WIC case, the VA's file (claim) number; an immunisation information
  // system's (IIS) record of the patient is a record number.
  ...['medicalbic', 'medicalbicnumber', 'medicalbicid', 'medicalcin', 'bicid', 'snapcasenumber', 'snapcaseno', 'snapcaseid', 'snapid', 'snapnumber', 'calfreshcasenumber', 'wicid', 'wicnumber', 'wicparticipantid', 'wiccasenumber', 'vafilenumber', 'vafileno', 'vaclaimnumber', 'cfilenumber'].map((key) => [key, PLAN] as const),
  ...['iisid', 'iisnumber', 'immunizationregistryid', 'immunisationregistryid', 'immunizationregistrynumber', 'vaccineregistryid'].map((key) => [key, MRN] as const),
  // A student's number (L5 of 2026-12-05a), in the languages of the labels below; `schoolId` is the school's.
  ...['studentid', 'studentnumber', 'studentno', 'studentnr', 'studentref', 'sisid', 'sisnumber', 'pupilid', 'pupilnumber', 'learnerid', 'learnernumber', 'matrikelnummer', 'matrikelnr', 'schülernummer', 'schuelernummer', 'schülerid', 'numeroetudiant', 'numerodetudiant', 'numeroeleve', 'numerodeleve', 'numeroestudiante', 'numerodeestudiante', 'numeroalumno', 'numerodealumno', 'numeromatricola', 'matricola', 'studentnummer', 'leerlingnummer', 'numerindeksu', 'numeralbumu', 'ine', 'numeroine', 'identifiantnationaleleve'].map((key) => [key, STUDENT] as const),
  // A pet's microchip, tag and licence (L9, O7 of 2026-12-05a).
  ...['microchip', 'microchipnumber', 'microchipno', 'microchipid', 'microchipcode', 'chipid', 'chipnumber', 'chipno', 'transponder', 'transpondernumber', 'rabiestag', 'rabiestagnumber', 'rabiestagno', 'tagnumber'].map((key) => [key, PET] as const),
  // A bare `chip` (a pet's object: `{pet:{name,species,chip}}`; L11 of the README-only probe of
  // 2026-12-06b), only for an ISO 11784 chip's 15 digits (isoChipNumber): a processor's `chip` stays.
  // An older US chip's too (usChipNumber: `AVID*012*345*678`, `0A12345B6C`; its open part, 2026-12-06c).
  ['chip', { ...PET, accept: (value: string) => isoChipNumber(value) || usChipNumber(value) }],
  // An animal's word (internal/pet-words.ts) before a licence, a tag or a microchip: `dogLicense`, `canine_microchip`, `felineTagNumber`.
  ...PET_WORDS.flatMap((word) => ['license', 'licence', 'licensenumber', 'licencenumber', 'licenseno', 'licenceno', 'tagnumber', 'tagno', 'microchip', 'microchipnumber', 'microchipid', 'chipid'].map((thing) => [`${word}${thing}`, PET] as const)),
]);

/**
 * A member name ending in a medical record number's name after a word of health care (`patient_mrn`,
 * `encounterMrn`, `primary_medical_record_number`; a probe of 2026-12-03 found `patient_mrn`
 * stored raw): the MRN kind. Other kinds need their exact name (`club_member_id` is no plan id).
 * @param words the key's words in lower case (key-names.ts `keyWords`)
 */
export function healthIdKeyEnding(words: readonly string[]): HealthIdKind | undefined {
  for (let from = 1; from < words.length; from++) {
    const kind = HEALTH_ID_KEYS.get(words.slice(from).join(''));
    // After a word of health care only (`vm_mrn`, `stream_mrn` name other things: a fresh probe of 2026-12-03).
    if (kind === MRN && HEALTH_OWNERS.has(words[from - 1] as string)) return kind;
  }
  return undefined;
}
/** The words before `mrn` in a member name that make it a patient's record number. */
const HEALTH_OWNERS = new Set(['patient', 'patients', 'pt', 'encounter', 'visit', 'admission', 'subject', 'person', 'member', 'primary', 'secondary', 'hospital', 'clinic', 'facility', 'chart', 'emr', 'ehr', 'his', 'source', 'target', 'local', 'legacy', 'old', 'new', 'baby', 'mother', 'infant', 'donor', 'recipient', 'resident']);

interface LabelRule {
  /** Label spellings (a regular-expression source, case-insensitive). */
  labels: string;
  kind: HealthIdKind;
  /** The value as it may follow this label (compact: upper case, separators removed). */
  accept: (compact: string) => boolean;
  /** Where the value after the label is, when not labelledValue's (a microchip's five groups of three digits). */
  value?: (text: string, from: number) => [number, number] | undefined;
}

/** A CHI number's shape: ten digits starting with a date of birth DDMMYY. */
function chiShape(compact: string): boolean {
  if (!/^\d{10}$/.test(compact)) return false;
  const day = Number(compact.slice(0, 2));
  const month = Number(compact.slice(2, 4));
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

/** A record number: 5-24 letters and digits with at least `digits` digits. */
const token = (digits: number, min = 5, max = 24) => (compact: string) => compact.length >= min && compact.length <= max && countDigits(compact) >= digits;
const NO = '(?: number| no\\.?| nr\\.?| num\\.?| id| #)';
/** Whether a short run of digits is a placeholder: one digit repeated (`0000`) or consecutive digits up or down (`1234`, `4321`, `123`). */
function placeholderDigits(digits: string): boolean {
  let same = true;
  let up = true;
  let down = true;
  for (let i = 1; i < digits.length; i++) {
    const step = digits.charCodeAt(i) - digits.charCodeAt(i - 1);
    same &&= step === 0;
    up &&= step === 1;
    down &&= step === -1;
  }
  return same || up || down;
}

// Longer spellings before their prefixes. Labels of scripts without spaces have no boundary.
const RULES: LabelRule[] = [
  { labels: `nhs${NO}?|chi number`, kind: MRN, accept: (c) => /^\d{10}$/.test(c) },
  // Scotland's CHI number (Community Health Index) after `CHI` alone, in capitals (`chi` is a
  // Greek letter and a word): ten digits, the first six the date of birth DDMMYY (NHS Scotland,
  // CHI number format). Its check digit (modulus 11, as the NHS number's) is not asked for after
  // the label: a typo is still the patient's number (`CHI 1203841234` fails the check and was
  // stored raw; the docs named only `CHI number`; probe 6 of 2026-12-03).
  { labels: `chi${NO}?`, kind: MRN, accept: chiShape },
  // Australia's Individual Healthcare Identifier: 16 digits starting 800360 (the healthcare
  // identifiers' issuer prefix), written 4-4-4-4 (`IHI 8003 6012 3456 7890`; probe 6 of 2026-12-03).
  { labels: `ihi${NO}?|individual healthcare identifier`, kind: MRN, accept: (c) => /^800360\d{10}$/.test(c) },
  // `MRN` and `medical record number` name nothing else: a small practice's number of three or
  // four digits after them is the patient's (`Patient MRN 4452 BP 120/80` was stored, a README-only
  // probe of 2026-12-06), unless it is a placeholder (`MRN 1234`, `MRN 0000`, kept as before); the
  // weaker labels below (`visit no`, `chart #`, `pt no`) and values with letters keep five.
  { labels: `medical record${NO}|mrn${NO}?`, kind: MRN, accept: (c) => token(5)(c) || (/^\d{3,4}$/.test(c) && !placeholderDigits(c)) },
  { labels: `medical record${NO}?|health record${NO}?|med\\.? rec(?:ord)?\\.?|(?:ehr|emr|epr)${NO}|(?:patient|hospital|chart|record|encounter|visit|admission|(?<![0-9]\\s?)pt|hosp)${NO}|ur${NO}|urn|mrn`, kind: MRN, accept: token(5) },
  { labels: 'patient(?:en)?-?(?:nummer|id)|pati[eë]ntnummer|num[ée]ro de dossier(?: m[ée]dical| patient)?|n° de dossier(?: m[ée]dical)?|dossier m[ée]dical|n[úu]mero de historia(?: cl[íi]nica)?|historia cl[íi]nica|numero di cartella(?: clinica)?|cartella clinica|病历号|病歷號|病案号|住院号|カルテ番号|診察券番号|患者番号|환자번호|(?<!(?:사업자|법인|주민|외국인)\\s?)등록번호|номер медицинской карты|номер истории болезни|nhc|fall-?(?:nummer|nr\\.?)|ipp|(?:nr\\.?|numer) historii choroby|historia choroby|(?:nr\\.?|numer) ksi[ęe]gi g[łl][óo]wnej|(?:n\\.|numero|nr\\.?) nosologico|nosologico', kind: MRN, accept: token(5) },
  // `KVNR: A123456780`, `KV-Nr. …`, `eGK-Nummer …` (attack 2026-12-02 #14): a valid KVNR only.
  // After its own label a KVNR's shape is enough (a typo in the check digit is still the patient's
  // number: `KVNR: A123456789` was stored raw, a fresh probe of 2026-12-03).
  { labels: 'kvnr\\.?|kv-nr\\.?|kv-nummer|egk-nummer|egk-nr\\.?', kind: PLAN, accept: (compact: string) => kvnrValid(compact) || KVNR_SHAPE.test(compact) },
  { labels: `medicare(?: beneficiary)?${NO}?|mbi|hicn`, kind: PLAN, accept: (c) => mbiValid(c) || /^\d{9}[A-Z]{1,2}\d?$/.test(c) || token(5)(c) },
  { labels: `member(?:ship)?${NO}|subscriber${NO}|polic(?:y|yholder)${NO}|insurance${NO}|insured${NO}|insurer${NO}|beneficiary${NO}|health plan${NO}?|medicaid${NO}?|medi-cal${NO}?|versicherten-?(?:nummer|nr\\.?)|vers\\.-?nr\\.?|krankenversichertennummer|krankenkassennummer|num[ée]ro d'(?:assur[ée]|adh[ée]rent)|n[úu]mero de (?:afiliad[oa]|afiliaci[óo]n|p[óo]liza|asegurado)|tessera sanitaria|polisnummer|医保卡号|保険証番号|被保険者番号|보험번호`, kind: PLAN, accept: token(5) },
  { labels: '(?:patient |bank |billing )?(?:account|acct|acc)(?: number| no\\.?| #)|a/c no\\.?|kontonummer|num[ée]ro de compte|n[úu]mero de cuenta', kind: ACCOUNT, accept: token(5, 5, 34) },
  // The codes of a bank (and its branch) that go with an account number in other countries, all
  // of a fixed length (a probe of 2026-12-03 found each stored raw): the UK sort code (six
  // digits, `20-00-00`; Pay.UK), Australia's BSB (six digits, `062-000`; AusPayNet), the US ABA
  // routing number (nine digits with its 3-7-1 check, abaValid) and Mexico's CLABE (the whole
  // account: 18 digits; Banco de México). After their labels: `sort code 20-00-00`, `Sort Code:
  // 200000`, `BSB 062-000`, `routing 021000021`, `ABA 011000015`, `RTN: 021000021`, `CLABE …`.
  // The Individual Identification Number of a NACHA ACH entry (PPD/CCD entry detail record, field
  // 7, up to 15 characters: often the receiver's SSN or an account with the originator), as bank
  // portals print it in returns and notifications (`Receiver … Individual ID 536228514`; the
  // fourth probe of 2026-12-04, J9, found it raw): four digits or more.
  { labels: 'individual id(?:entification)?(?: number| no\\.?| #)?|indiv\\.? id(?: no\\.?)?', kind: ACCOUNT, accept: token(4, 4, 15) },
  { labels: `(?:bank )?sort code${NO}?`, kind: ACCOUNT, accept: (c) => /^\d{6}$/.test(c) },
  { labels: `bsb${NO}?`, kind: ACCOUNT, accept: (c) => /^\d{6}$/.test(c) },
  { labels: `(?:aba |bank )?routing(?: transit)?${NO}?|aba${NO}?|rtn`, kind: ACCOUNT, accept: abaValid },
  { labels: `clabe(?: interbancaria)?${NO}?`, kind: ACCOUNT, accept: (c) => /^\d{18}$/.test(c) },
  // The bare word and its abbreviations, and the short labels of other languages (attack
  // 2026-12-02 #6: `Account: 4830291175`, `acct 31926819`, `a/c …`, `rekeningnummer …`,
  // `Kto.-Nr. …`, `conto n. …`): only a number of 6-34 digits (`account 2024 review`,
  // `Account: admin`, `Conto: 1250 euro` stay).
  // `ACH` in capitals right before the number, as tenant ledgers and statements print the payer's
  // account (`11/05/26 Payment ACH 4417820093 -1,850.00`, `Refund via ACH …`), and the Hungarian
  // account's words (`bankszámlaszám 11773016-11111018-00000000`, the 8-8-8 or 8-8 giro account;
  // `számla` alone is an invoice): L13 of probe 2026-12-05g. The account's words of the other countries of that probe
  // (its open part): Czech and Slovak `číslo (bankového) účtu`, `č. ú.`, `bankovní/bankový účet` (a domestic account
  // `19-2000145399/0800`: prefix, number, the bank's code; `účet` alone is a bill), Lithuanian `banko sąskaita`,
  // `atsiskaitomoji sąskaita` (`sąskaita` alone is an invoice too), Latvian `konta numurs`, `bankas konts`, `norēķinu
  // konts`, Estonian `kontonumber`, `arveldusarve`, `pangakonto`, Finnish `tilinumero`, `pankkitili`.
  { labels: "(?:bank |checking |savings |current |customer )?(?:account|acct|acc)|a/c|rekening(?:nummer|nr\\.?)?|(?:kto|konto)\\.?-?nr\\.?|kontonr\\.?|(?:bank|giro|spar|privat|geschäfts)?konto|(?:numero di |n\\. )?conto(?: n\\.| nr\\.?| no\\.?)?|n[úu]mero de conta|conta|compte|cuenta|(?:numer|nr\\.?) (?:konta|rachunku)|rachunek|rachunku|nrb|ach|(?:bank)?számlaszám(?:a|om|unk)?|bankszámla|[čc][íi]slo (?:bankov[ée]ho )?[úu][čc]tu|[čc]\\. ?[úu]\\.|bankov(?:n[íi]|[ýy]) [úu][čc]et|(?:banko|atsiskaitomoji) s[ąa]skait(?:a|os)|konta numurs|(?:bankas|nor[ēe][ķk]inu) konts|kontonumber|arveldusarve|pangakonto|tilinumero|pankkitili", kind: ACCOUNT, accept: (c) => /^\d{6,34}$/.test(c) },
  { labels: `dea(?: registration)?${NO}?`, kind: LICENCE, accept: (c) => /^[A-Z][A-Z9]\d{7}$/.test(c) },
  { labels: `npi${NO}?|national provider identifier`, kind: LICENCE, accept: (c) => /^\d{10}$/.test(c) },
  // Not a pet's licence (`dog license no. 2026-44817` is OWNER_RULES' PET_ID; O7 of 2026-12-05a).
  { labels: `(?<!(?:${PET_WORD_SOURCE})[_\\-\\x20]?)(?:medical |nursing |professional |pharmacy |state )?licen[cs]e${NO}|certificate${NO}|approbationsnummer`, kind: LICENCE, accept: token(4, 4) },
  { labels: `vin${NO}?|vehicle identification${NO}?|chassis${NO}|fahrgestellnummer|fahrzeug-identifizierungsnummer|n[úu]mero de bastidor|numero di telaio`, kind: VEHICLE, accept: (c) => /^[A-HJ-NPR-Z0-9]{11,17}$/.test(c) && countDigits(c) >= 2 },
  { labels: `licen[cs]e plate${NO}?|number plate|registration plate|plate${NO}|amtliches kennzeichen|kennzeichen|plaque d'immatriculation|immatriculation|matr[íi]cula|targa|kenteken`, kind: PLATE, accept: (c) => c.length >= 4 && c.length <= 10 && countDigits(c) >= 1 },
  { labels: 'idfa|idfv|gaid|aaid|maid|(?:google |apple |android |mobile )?advertising id(?:entifier)?|(?:google |mobile )?ad id', kind: ADVERTISING, accept: (c) => /^[0-9A-F]{32}$/.test(c) && /[1-9A-F]/.test(c), value: uuidValue },
  { labels: `(?:device|implant|pacemaker|defibrillator|insulin pump|pump|cgm|hearing aid|cochlear implant) (?:serial(?: number| no\\.?| #)?|s/n|sn|identifier)|device${NO}|unique device identifier|udi(?:-di)?|imei${NO}?`, kind: DEVICE, accept: token(3, 5, 40) },
];

const BARE_ACCOUNT = RULES.find((rule) => rule.labels.startsWith('(?:bank |checking ')) as LabelRule;
/**
 * An employer's account with a state's unemployment-insurance or withholding agency (`state employer
 * account 123-4567-8`, `SUI account 000-1234-5`, `Employer account no. 98-765432-1`; O4 of the sixteenth
 * probe, 2026-12-05i, was masked as an ACCOUNT_NUMBER): a business's registration, no person's account.
 * The word right before the account's label says so: `employer('s)`, `unemployment (insurance)`,
 * `withholding`, `payroll tax`, or in capitals `SUI`, `SUTA`, `FUTA`, `UI`; a bank's word in the label
 * (`employer's bank account`) keeps it a bank account.
 */
const EMPLOYER_WORD_BEFORE = /(?:^|[^\p{L}'’])(?:employer(?:['’]s)?|unemployment(?:[ \t]+insurance)?|withholding|payroll[ \t]+tax)(?:[ \t]+(?:tax|insurance|ui|unemployment|employer|withholding|registration|contribution|reporting))*[ \t]+$/iu;
const EMPLOYER_ACRONYM_BEFORE = /(?:^|[^A-Za-z])(?:SUI|SUTA|FUTA|UI)[ \t]+$/;
function employerAccount(text: string, labelStart: number, label: string): boolean {
  if (/bank|checking|savings|current|patient|billing|customer/i.test(label)) return false;
  const before = text.slice(Math.max(0, labelStart - 48), labelStart);
  return EMPLOYER_ACRONYM_BEFORE.test(before) || EMPLOYER_WORD_BEFORE.test(before);
}
/**
 * Verbs in the third person that end in `s` (`Account 31926819 has been closed`): not a plural.
 * Any other lower-case word of 3+ letters ending in `s` right after the number is the plural of
 * what it counts (`Account: 1234567 tickets closed`, a fresh probe, 2026-12-02).
 */
const S_VERBS = new Set(['is', 'was', 'has', 'does', 'holds', 'shows', 'remains', 'contains', 'belongs', 'needs', 'gets', 'goes', 'looks', 'seems', 'reads', 'lists', 'includes', 'receives', 'requires', 'expires', 'exists', 'pays', 'owes', 'uses', 'matches', 'appears', 'ends', 'starts', 'closes', 'opens',
  // Not verbs, but no plural either (`Your code is 4821 thanks`, 2026-12-03).
  'thanks', 'cheers', 'regards', 'plus', 'minus', 'this', 'thus', 'its', 'his', 'yours', 'always', 'perhaps', 'unless', 'towards', 'besides', 'afterwards', 'sometimes', 'ens', 'yes']);
/** Plural nouns of counts in the languages of the code labels that do not end in -s (`1234 строк`, `1500 rader`, `1234 linii`; a fresh probe of 2026-12-03). */
const COUNT_NOUNS = new Set(['строк', 'строки', 'строка', 'линий', 'байт', 'байтов', 'символов', 'файлов', 'linii', 'linie', 'linijek', 'bajtów', 'znaków', 'plików', 'rader', 'linjer', 'tecken', 'filer', 'linjer', 'satır', 'bayt', 'karakter', 'dosya', 'zeilen', 'dateien', 'zeichen', 'righe', 'file', 'caratteri', 'linhas', 'líneas', 'lignes', 'regels', 'bestanden', 'tekens']);
const WORD_AFTER = /[ \t]{1,3}(\p{Ll}{3,20})(?![\p{L}\p{N}])/uy;
export function countAfter(text: string, end: number): boolean {
  WORD_AFTER.lastIndex = end;
  const word = WORD_AFTER.exec(text)?.[1];
  return word !== undefined && ((word.endsWith('s') && !word.endsWith('ss') && !S_VERBS.has(word)) || COUNT_NOUNS.has(word));
}

/** Short labels that are words or common abbreviations in lower case: only as written in capitals. */
const CAPITALS_ONLY = new Set(['mbi', 'dea', 'udi', 'npi', 'ach']);
/** Labels whose first word is only a label in capitals (`CHI`, `UR number`, `URN`; `chi`, `ur`, `urn:` are words and URN schemes). */
const CAPITAL_HEADS = new Set(['chi', 'ur', 'urn', 'ihi', 'iis']);

// Words of a label are joined by a space, `_` or `-`, or glued (`patient_id`, `MEMBER-ID`, `memberid` in a log line).
const labelPattern = new RegExp(`(?<![A-Za-z])(?:${RULES.map((rule) => `(${rule.labels.replace(/ /g, '[ _\\-]?')})`).join('|')})(?![A-Za-z])`, 'gi');
/** labelPattern's test through the prefilter (gatedTest: the same answer; most texts hold no record label and cost one bit test, not the regex's scan). */
const anyHealthLabel = gatedTest(labelPattern);
/** After the label: `number`/`no.`/`#`, `is`, a colon or an equals sign; quotes of a JSON member or an assignment (`"mrn": "…"`). */
const labelFiller = /["']?[ \t\u00a0]{0,3}(?:\([A-Za-z]{2,4}\)[ \t\u00a0]{0,2})?(?:(?:number|nummer|num[ée]ro|n[úu]mero|no|nr|n°|nº|#)\.?|n\.)?[ \t\u00a0]{0,3}(?:(?:is|was|ist|es|est)[ \t\u00a0]{1,2})?[:=#：\-–]?\s{0,3}(?:#[ \t]?)?["']?/iy;

/**
 * A value at `from`: up to `maxGroups` groups of ASCII letters and digits joined by a dash, dot or
 * slash, or by one space before a group holding a digit (`943 476 5919`, `PLC-4471-2290`,
 * `A-889123`), `maxChars` characters at most. A run of more groups is no such number (a UUID, a
 * list of numbers): undefined. `firstWordChars`: a first group with no digit is a value only up to
 * that many characters (an airline's code, `BA 12345678`); without it any first group is.
 */
export function groupedValue(text: string, from: number, maxGroups: number, maxChars: number, firstWordChars?: number): [number, number] | undefined {
  const length = text.length;
  let index = from;
  let groups = 0;
  let end = from;
  while (index < length && isAsciiAlnum(text.charCodeAt(index))) {
    const start = index;
    while (index < length && index - from <= maxChars && isAsciiAlnum(text.charCodeAt(index))) index++;
    if (index - from > maxChars) return undefined;
    const digitless = countDigits(text.slice(start, index)) === 0;
    // A word after a space is not part of the value (`12345 reviewed`).
    if (groups > 0 && text.charCodeAt(start - 1) === 32 && digitless) break;
    if (groups === 0 && digitless && firstWordChars !== undefined && index - start > firstWordChars) return undefined;
    groups++;
    if (groups > maxGroups) return undefined;
    end = index;
    const separator = text.charCodeAt(index);
    if (!isSeparator(separator) || !isAsciiAlnum(text.charCodeAt(index + 1))) break;
    index++;
  }
  return groups === 0 ? undefined : [from, end];
}

/** The value after a label at `from` (groupedValue): four groups, 40 characters. */
const labelledValue = (text: string, from: number): [number, number] | undefined => groupedValue(text, from, 4, 40);

// ------------------------------------------------------------- students, benefits and pets
/**
 * An ISO 11784 microchip's 15 digits (a country or manufacturer code of three, then twelve), as
 * written on a vet's record: whole, in five groups of three (`985 112 003 456 789`) or 3 + 12
 * (`985-112003456789`); or the 9 or 10 characters of the older US chips (AVID, HomeAgain), an
 * AVID chip's nine digits also as its reader shows them, `AVID*012*345*678` (US_CHIP's first shape).
 */
const CHIP_VALUE = /(?:AVID[*# ]?\d{3}(?:[*. \-]?\d{3}){2}|\d{3}(?:[ .\-]\d{3}){4}|\d{3}[ .\-]?\d{12}|[0-9A-Fa-f]{9,10})(?![0-9A-Za-z])/y;
function chipValue(text: string, from: number): [number, number] | undefined {
  CHIP_VALUE.lastIndex = from;
  const match = CHIP_VALUE.exec(text);
  return match === null ? undefined : [from, from + match[0].length];
}
/**
 * After a bare `chip` (no `micro`, no number word): CHIP_VALUE's shapes but the hexadecimal one in
 * capitals and of ten characters only (`chip 0A12345B6C`; `chip 3fa85f6457`, a hash, stays): a US
 * chip's value is then asked of usChipNumber, an ISO one's of its 15 digits.
 */
const BARE_CHIP_VALUE = /(?:AVID[*# ]?\d{3}(?:[*. \-]?\d{3}){2}|\d{3}(?:[ .\-]\d{3}){4}|\d{3}[ .\-]?\d{12}|[0-9A-F]{10})(?![0-9A-Za-z])/y;
function bareChipValue(text: string, from: number): [number, number] | undefined {
  BARE_CHIP_VALUE.lastIndex = from;
  const match = BARE_CHIP_VALUE.exec(text);
  return match === null ? undefined : [from, from + match[0].length];
}
/**
 * An older US pet chip as a whole value (the open part of L11 of the README-only probe of
 * 2026-12-06b): an AVID chip's nine digits after `AVID` (`AVID*012*345*678`, `AVID 012 345 678`),
 * or a HomeAgain/FDX-A chip's ten hexadecimal characters in capitals holding a letter and four
 * digits or more (`0A12345B6C`). Ten digits alone (`1234567890`), a part number (`BCM2711B0`,
 * `88E1512`) or a hash in lower case are none: after a bare `chip` or under a bare `chip` member
 * only these shapes are a pet's.
 */
const US_CHIP = /^(?:AVID[*# ]?\d{3}(?:[*. \-]?\d{3}){2}|[0-9A-F]{10})$/;
function usChipNumber(value: string): boolean {
  if (value.length > 16 || !US_CHIP.test(value)) return false;
  if (value.startsWith('AVID')) return true;
  return /[A-F]/.test(value) && countDigits(value) >= 4;
}
/** A state immunisation registry's name and a dash before its number (`NYSIIS-88120334`): the number. */
const REGISTRY_NAME = /[A-Za-z]{2,10}[0-9]?-(?=[0-9])/y;
function afterRegistryName(text: string, from: number): [number, number] | undefined {
  REGISTRY_NAME.lastIndex = from;
  return labelledValue(text, REGISTRY_NAME.exec(text) === null ? from : REGISTRY_NAME.lastIndex);
}
/** A student's number after the bare word: one blank, up to three letters (and a dash), five to twelve digits, then no letter, digit or decimal. */
const BARE_STUDENT_VALUE = /[ \t]{1,2}((?:[A-Za-z]{1,3}-?)?\d{5,12})(?![A-Za-z0-9]|[.,]\d)/y;
function bareStudentValue(text: string, from: number): [number, number] | undefined {
  // Right after the word: the label's filler (a number word, `is`, a colon) makes it the labelled rule's.
  let at = from;
  while (at > 0 && (text.charCodeAt(at - 1) === 32 || text.charCodeAt(at - 1) === 9)) at--;
  BARE_STUDENT_VALUE.lastIndex = at;
  const match = BARE_STUDENT_VALUE.exec(text);
  if (match === null) return undefined;
  const end = at + match[0].length;
  return countAfter(text, end) ? undefined : [end - (match[1] as string).length, end];
}
/** An ISO 11784 chip's 15 digits as a whole value: whole, in five groups of three, or 3 + 12 (CHIP_VALUE's first two shapes). */
const ISO_CHIP = /^(?:\d{3}(?:[ .\-]\d{3}){4}|\d{3}[ .\-]?\d{12})$/;
function isoChipNumber(value: string): boolean {
  return value.length <= 19 && ISO_CHIP.test(value);
}
const chipShape = (compact: string): boolean => /^\d{15}$/.test(compact) || /^AVID\d{9}$/.test(compact) || (/^[0-9A-F]{9,10}$/.test(compact) && countDigits(compact) >= 7);
const OWNER_RULES: LabelRule[] = [
  // FERPA: a student's number after its label, in English and the languages of the other labels
  // (`Student ID: S00482913`, `student number 00482913`, `SIS ID`, `Matrikelnummer`, `numéro
  // d'étudiant`, `número de alumno`, `numero di matricola`, `leerlingnummer`, `numer albumu`).
  // L4 of probe-2026-12-05i: the id in parentheses after the student (`former student (ID S20190417, class of 2019)`)
  // and after the grade (`the student, Rangi Parata (grade 5, ID 4410287)`, `(year 9, student no. …)`).
  { labels: `student \\((?:id|no\\.?|number|#)|\\((?:grade|year|class|form) \\d{1,2}(?:st|nd|rd|th)?, (?:student )?(?:id|no\\.?|number|#)|student${NO}|(?:pupil|learner)${NO}|unique pupil number|sis${NO}|matrikel(?:nummer|-?nr\\.?)|sch[üu]e?ler(?:nummer|-?nr\\.?|-?id)|num[ée]ro (?:d'[ée]tudiant|d'[ée]l[èe]ve|[ée]tudiant)|n[úu]mero de (?:estudiante|alumno)|numero (?:di )?matricola|studentnummer|leerlingnummer|numer (?:ucznia|indeksu|albumu)`, kind: STUDENT, accept: token(5) },
  // A student's number right after the bare word, no label (the open part of L4 of probe-2026-12-05i: `student
  // S2298431 was absent`, `Pupil 20391847 did not submit`, `Student 5520176 has an IEP`): one token of up to three
  // letters and five to twelve digits (BARE_STUDENT_VALUE), not before a count's plural (`student 12000 loans`);
  // `student 3 of 25`, `Student 2024 cohort` stay.
  { labels: `student|pupil|learner|sch[üu]ler(?:in)?|[ée]l[èe]ve|[ée]tudiante?|alumn[oa]|estudiante|leerling|ucze[ńn]|uczennica`, kind: STUDENT, accept: () => true, value: bareStudentValue },
  // US benefit programmes (L6): the Medi-Cal Benefits Identification Card, a benefit programme's
  // case (`SNAP case number SN-2026-004471`), a WIC participant's id, the VA's file (claim) number.
  { labels: `medi-cal (?:bic|cin|benefits identification card)${NO}?|benefits identification card${NO}?|bic (?:id|number|no\\.?)|(?:snap|calfresh|tanf|calworks|wic|ebt|medicaid|medi-cal|benefits?|public assistance|welfare|food stamps?) case${NO}?|(?:snap|calfresh|ebt)${NO}|wic(?: participant| family| client| card)?${NO}|(?:va|veterans? affairs|veterans?) (?:c-)?(?:file|claim)${NO}?|c-file${NO}?`, kind: PLAN, accept: token(5) },
  // An immunisation information system's record of the patient (`Immunization registry ID:
  // NYSIIS-88120334`, `IIS ID`, a state registry's name before its number: `NYSIIS-88120334`).
  // The registry's name before the number is no one's (`NYSIIS-`): the number alone is masked, as
  // after the bare registry name (`{registryId:'NYSIIS-88120334'}`), so both get one pseudonym.
  { labels: `(?:immuni[sz]ation|vaccination|vaccine) (?:registry|information system)${NO}?|iis${NO}|nysiis${NO}?|immtrac2?${NO}?|cair2?${NO}`, kind: MRN, accept: token(5), value: afterRegistryName },
  // A pet's microchip (L9): the ISO 11784 chip's 15 digits after `microchip` or `chip` and its number word.
  { labels: `(?:pet |animal |iso )?micro-?chip(?:ped)?${NO}?|(?:pet |animal |rfid )?chip${NO}|transponder${NO}?`, kind: PET, accept: chipShape, value: chipValue },
  // After a bare `chip` (`chip 941000024681357, owner moved`, `Scanned chip: 900164000123456`; L11 of the
  // README-only probe of 2026-12-06b): only an ISO 11784 chip's 15 digits (`chip 2`, `M2 chip`, `chip 1234567890` stay),
  // or an older US chip's (usChipNumber: `chip AVID*012*345*678`, `Chip: 0A12345B6C`; its open part, 2026-12-06c).
  { labels: 'chip', kind: PET, accept: (c) => /^\d{15}$/.test(c) || /^AVID\d{9}$/.test(c) || usChipNumber(c), value: bareChipValue },
  // A rabies tag's or a dog licence's number (O7): after a pet's tag or licence, 4+ digits; after
  // `tag no.` alone only a year and a serial (`tag no. 2026-44817`), not a software tag's id.
  { labels: `(?:rabies|${PET_WORD_SOURCE}|county|city|collar) tag${NO}?|(?:${PET_WORD_SOURCE}) licen[cs]e${NO}?`, kind: PET, accept: token(4, 4, 12) },
  { labels: 'tag(?: number| no\\.?| nr\\.?| #)', kind: PET, accept: (c) => /^(?:19|20)\d{2}\d{3,6}$/.test(c) },
];
const ownerLabelPattern = new RegExp(`(?<![A-Za-z])(?:${OWNER_RULES.map((rule) => `(${rule.labels.replace(/ /g, '[ _\\-]?')})`).join('|')})(?![A-Za-z])`, 'gi');
/** The owner labels' gate (prefilter.ts): text without one of these words costs nothing more. */
const stickyLabelPattern = new RegExp(labelPattern.source, 'iy');
const stickyOwnerLabelPattern = new RegExp(ownerLabelPattern.source, 'iy');
const mayHoldOwnerLabel = gatedTest(/student|(?:grade|year|class|form) \d{1,2}(?:st|nd|rd|th)?, |pupil|learner|sis|matrikel|sch[üu]e?ler|tudiant|l[èe]ve|estudiante|alumn[oa]|ucze[ńn]|uczennica|matricola|leerling|ucznia|indeksu|albumu|medi-cal|benefit|bic|snap|calfresh|tanf|calworks|ebt|wic|medicaid|assistance|welfare|food[ _-]?stamp|va[ _-]?file|va[ _-]?claim|veteran|c-file|immuni[sz]ation|vaccin|iis|immtrac|cair|chip|transponder|tag|licen[cs]e/i);

/** A labelled identifier's canonical value (its pseudonym's input), in text and under a member name alike: upper case, blanks and dashes removed. */
export const normalizeHealthId = (value: string): string => value.toUpperCase().replace(/[\s-]/g, '');

const compactOf = (value: string) => value.replace(/[^A-Za-z0-9]/g, '').toUpperCase();

/** 12 digits right after `account=` in an AWS query (identifiers.ts awsQueryAround): an AWS account id, not a bank account. */
function awsAccountInQuery(text: string, start: number, compact: string): boolean {
  return compact.length === 12 && /^\d{12}$/.test(compact) && text.charCodeAt(start - 1) === 61 && awsQueryAround(text, start);
}

/**
 * Whether a label of RULES or OWNER_RULES that starts at `at` runs past `from` (where a shorter
 * label's value would start): the word there is part of that longer label. Sticky copies of the
 * two label patterns, asked only of a value that starts with a letter.
 */
const isDigitAt = (text: string, at: number): boolean => text.charCodeAt(at) >= 48 && text.charCodeAt(at) <= 57;
function longerLabelAt(text: string, at: number, from: number): boolean {
  for (const sticky of [stickyLabelPattern, stickyOwnerLabelPattern]) {
    sticky.lastIndex = at;
    const match = sticky.exec(text);
    if (match !== null && at + match[0].length > from) return true;
  }
  return false;
}

function detectLabelled(text: string, out: Detection[], labelled: Set<number>, pattern = labelPattern, rules = RULES): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    let which = 1;
    while (which <= rules.length && match[which] === undefined) which++;
    const rule = rules[which - 1] as LabelRule;
    const label = match[0];
    if (CAPITALS_ONLY.has(label.toLowerCase()) && label !== label.toUpperCase()) continue;
    const head = /^[A-Za-z]+/.exec(label)?.[0] ?? '';
    if (CAPITAL_HEADS.has(head.toLowerCase()) && head !== head.toUpperCase()) continue;
    labelFiller.lastIndex = match.index + label.length;
    const filler = labelFiller.exec(text);
    const from = match.index + label.length + (filler === null ? 0 : filler[0].length);
    // The label must be followed by something: a space, a colon, `#`, `=` (or a Han label glued to digits).
    // `MRN00482913`, `mrn00482913`: an MRN's label glued to its digits (probe 6 of 2026-12-03).
    const glued = from === match.index + label.length && label.toLowerCase() === 'mrn' && /^\d{5,24}(?![A-Za-z0-9])/.test(text.slice(from, from + 25));
    if (from === match.index + label.length && isAsciiAlnum(label.charCodeAt(label.length - 1)) && !glued) continue;
    const found = rule.value === undefined ? labelledValue(text, from) : rule.value(text, from);
    if (found === undefined) continue;
    const [start, end] = found;
    // The value must end at a boundary: not glued to a letter of another script or to `_`.
    if (end < text.length && /[\p{L}\p{N}_]/u.test(text[end] as string)) continue;
    const value = text.slice(start, end);
    // A value led by a word that makes the label a longer one (`Medicaid case 20260044`: `medicaid`
    // of RULES before OWNER_RULES' `medicaid case`) is the longer label's: one detection of the
    // number, not a second one over `case 20260044` (docs/TESTING.md, seen by the Stryker run of 2026-12-05).
    if (isAsciiAlnum(text.charCodeAt(start)) && !isDigitAt(text, start) && longerLabelAt(text, match.index, start)) continue;
    const compact = compactOf(value);
    if (!rule.accept(compact)) continue;
    // After the bare account words a number of the things after it is a count, not an account.
    // Nor is a date or a version (`Account: 2024-01-15`, `Konto 2024-01-15`; a fresh probe of 2026-12-03), as under an `account` member.
    if (rule === BARE_ACCOUNT && (countAfter(text, end) || notAnIdNumber(value) || awsAccountInQuery(text, start, compact))) continue;
    if (rule.kind === ACCOUNT && employerAccount(text, match.index, label)) continue;
    // An AVID chip's number as its reader shows it (`AVID*012*345*678`) and as written with blanks share one pseudonym.
    const normalized = rule.kind === PET && value.startsWith('AVID') ? compactOf(value) : normalizeHealthId(value);
    out.push({ start, end, type: rule.kind.type, class: rule.kind.class, normalized });
    labelled.add(start);
    pattern.lastIndex = end;
  }
}

// ---------------------------------------------------------------------------------- unlabelled
// Not part of a longer number: not after a digit, a `+` or a closing parenthesis (`+49 (0) 308 471 2662` is a phone).
const NOT_AFTER = '(?<![A-Za-z0-9_+\\-./)]|[0-9)][ \\u00a0\\-./,]{1,3})';
const NOT_BEFORE = '(?![A-Za-z0-9_]|[ \\u00a0\\-./,]{1,3}[0-9])';
/**
 * NHS numbers as the NHS writes them, 3-3-4 with one kind of separator: one, or up to eight in one
 * run of groups joined by that separator throughout (`943 476 5919 401 023 2137`), not glued to a
 * word; what stands before and after the run is judged by nhsSetApart.
 */
const nhsRunPattern = /(?<![A-Za-z0-9_+\-./)])\d{3}([ \-])\d{3}\1\d{4}(?:\1\d{3}\1\d{3}\1\d{4}){0,7}/g;
const NHS_NUMBER_LENGTH = 12;
const npiPattern = new RegExp(`${NOT_AFTER}[12]\\d{9}${NOT_BEFORE}`, 'g');
const deaPattern = new RegExp(`${NOT_AFTER}[ABCDEFGHJKLMPRSTUX][A-Z9]\\d{7}${NOT_BEFORE}`, 'g');
const vinPattern = /(?<![A-Za-z0-9_\-])[A-HJ-NPR-Z0-9]{17}(?![A-Za-z0-9_\-])/g;
const mbiPattern = /(?<![A-Za-z0-9_\-])[1-9][A-Z][A-Z0-9]\d-?[A-Z][A-Z0-9]\d-?[A-Z]{2}\d{2}(?![A-Za-z0-9_\-])/g;
/** Words that make a bare ten-digit Luhn-valid number an NPI (it passes 1 in 10 numbers), within 32 characters before it. */
const clinicalCue = /\b(?:npi|provider|prescriber|prescribed|prescribing|physician|doctor|dr|clinician|practitioner|pharmacy|pharmacist|hospital|clinic|referring|attending|rendering|billing provider|nurse)\b/i;

/** Words that make a dashed 3-3-4 number an NHS number rather than a phone number. */
const healthWord = /\b(?:nhs|chi|patient|patients|hospital|clinic|gp|surgery|ward|nurse|doctor|dr|nhs number|medical|health|diagnos\w*|prescri\w*|referral|admission|discharge)\b/i;
/** The ten digits of an NHS number written 3-3-4 at `at`. */
const compactNhs = (text: string, at: number): string => text.slice(at, at + 3) + text.slice(at + 4, at + 7) + text.slice(at + 8, at + 12);

const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;
const isGapCode = (code: number): boolean => code === 32 || code === 0xa0 || code === 45 || code === 46 || code === 47 || code === 44;

/**
 * Whether a run of NHS numbers at `start..end`, joined inside by `separator`, is a number of its
 * own: nothing but a blank, punctuation or a letterless end beside it, or another number set apart
 * from it by another separator than its own, or joined inside by another (`NHS 943 476 5919
 * 2026-12-03`, `943-476-5919 1984`, a log line's time before it; a probe of 2026-12-04). A group
 * after the run joined by its own separator (`943 476 5919 12`) makes one longer number; so does
 * a closing parenthesis or a `+` before it (`+49 (0) 308 471 2662` is a phone).
 */
function nhsSetApart(text: string, start: number, end: number, separator: string): boolean {
  const own = separator.charCodeAt(0);
  const after = end < text.length ? text.charCodeAt(end) : -1;
  if (after !== -1 && (isAsciiAlnum(after) || after === 95)) return false;
  let gapEnd = end;
  while (gapEnd < text.length && gapEnd - end < 3 && isGapCode(text.charCodeAt(gapEnd))) gapEnd++;
  if (gapEnd > end && gapEnd < text.length && isDigitCode(text.charCodeAt(gapEnd)) && !otherSeparatorBeside(text, end, gapEnd, own, 1)) return false;
  let gapStart = start;
  while (gapStart > 0 && start - gapStart < 3 && isGapCode(text.charCodeAt(gapStart - 1))) gapStart--;
  if (gapStart < start && gapStart > 0) {
    const previous = text.charCodeAt(gapStart - 1);
    if (previous === 41) return false;
    if (isDigitCode(previous) && !otherSeparatorBeside(text, gapStart, start, own, -1)) return false;
  }
  return true;
}

/**
 * Whether the gap `gapStart..gapEnd` is another separator than `own`, or the word of digits past it
 * (after it for `direction` 1, before it for -1, up to 12 characters) is joined by another one
 * (`2026-12-03`, `10:01:02`).
 */
function otherSeparatorBeside(text: string, gapStart: number, gapEnd: number, own: number, direction: 1 | -1): boolean {
  for (let k = gapStart; k < gapEnd; k++) if (text.charCodeAt(k) !== own) return true;
  let at = direction === 1 ? gapEnd : gapStart - 1;
  for (let steps = 0; steps < 12 && at >= 0 && at < text.length; steps++, at += direction) {
    const code = text.charCodeAt(at);
    if (isDigitCode(code)) continue;
    return code !== own && (code === 45 || code === 46 || code === 47 || code === 58) && isDigitCode(text.charCodeAt(at + direction));
  }
  return false;
}

/** A word for a phone number or calling shortly before a number (NANP numbers share the NHS number's 3-3-4 shape). */
const phoneWordBefore = /\b(?:call|calling|called|phone|telephone|tel|mobile|cell|cellphone|fax|text|sms|whatsapp|ring|dial|landline|hotline|number is|reach (?:me|us|him|her) (?:at|on))\b[^\n\d]{0,12}$/i;

/**
 * The bank codes of Mexico's CLABE (its first three digits): the institutions Banco de México
 * lists as SPEI participants (banks 002-168, brokers and other institutions 600-728, the
 * settlement systems 901-903). An 18-digit number with another start is no CLABE, so a random
 * 18-digit id (a Discord or Twitter snowflake) passes the check 1 time in 10 only when it starts
 * with one of these.
 */
const CLABE_BANKS = new Set([
  2, 6, 9, 12, 14, 19, 21, 30, 32, 36, 37, 42, 44, 58, 59, 60, 62, 72, 102, 103, 106, 108, 110, 112, 113, 116, 124, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136,
  137, 138, 139, 140, 141, 143, 145, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 166, 168, 600, 601, 602, 605, 606, 607, 608, 610, 613, 614, 615,
  616, 617, 618, 619, 620, 621, 622, 623, 626, 627, 628, 629, 630, 631, 632, 633, 634, 636, 637, 638, 640, 642, 646, 647, 648, 649, 651, 652, 653, 655, 656, 659, 670, 677,
  680, 683, 684, 685, 686, 689, 699, 703, 706, 710, 722, 723, 728, 901, 902, 903,
]);
/** An 18-digit CLABE written compact or as its parts (3 3 11 1, spaced): not inside a longer number, a word, a path or a parameter. */
const clabePattern = /(?<![A-Za-z0-9_+\-./)=@#:])(\d{3})( ?)(\d{3})\2(\d{11})\2(\d)(?![A-Za-z0-9_]|[ \-./,]\d)/g;
/** Words of banking right before a nine-digit number that make it a US routing number when its ABA check holds (1 nine-digit number in 26 does). */
const bankCueBefore = /\b(?:bank|banks|banking|wire|wires|ach|direct deposit|deposit|transit|fedwire|checking|savings)\b[^\n\d]{0,24}$/i;
/**
 * A bank's name right before a nine-digit number (`Bank of America 026009593`, `TD Bank 031101266`,
 * `Chase Bank: 021000021`): the number is that bank's routing number, printed in public lists, not
 * a person's account (O3 of the twelfth probe, 2026-12-05e: a list of routing numbers masked the one
 * after `Bank of America` only). `my bank 026009593`, `bank account 026009593` stay cues.
 */
const BANK_NAME_BEFORE = /(?:(?<![A-Za-z])Bank of(?: [A-Z][\w&'’.-]*){1,3}|(?<![A-Za-z])(?:[A-Z][\w&'’.-]*[ \t]){1,3}Bank)[ \t]{0,2}[,:]?[ \t]{0,2}$/;
const abaPattern = new RegExp(`${NOT_AFTER}\\d{9}${NOT_BEFORE}`, 'g');

/** True when a label right before `start` makes the value an identifier of a thing (detectors.ts). */
type ThingLabel = (text: string, start: number) => boolean;

/**
 * The health and account ids of strong formats with no label. `capitals`: how many ASCII capitals
 * `text` holds (counted here, in texts with five digits or more: a counter in the dispatcher's pass
 * cost prose detection 5-8%). A pattern whose match needs more capitals, digits or characters than the text holds
 * is not run (issue 19): a DEA number one capital (its first letter) and seven digits, a VIN 17
 * characters, an MBI four capitals and 11 characters.
 */
function detectUnlabelled(text: string, out: Detection[], digits: number, thingLabel: ThingLabel, labelled: Set<number>): void {
  const capitals = countCapitals(text);
  const push = (start: number, end: number, kind: HealthIdKind, normalized: string) => {
    // A value found after its label is not reported twice.
    if (!labelled.has(start) && !thingLabel(text, start)) out.push({ start, end, type: kind.type, class: kind.class, normalized });
  };
  if (digits >= 10) {
    nhsRunPattern.lastIndex = 0;
    let nhsCue: boolean | undefined;
    for (let m = nhsRunPattern.exec(text); m !== null; m = nhsRunPattern.exec(text)) {
      const separator = m[1] as string;
      const end = m.index + m[0].length;
      // Not part of a longer number: see nhsSetApart.
      if (!nhsSetApart(text, m.index, end, separator)) continue;
      // A phone word before it makes it the phone number it looks like (`call 808-555-0199` passes
      // the NHS check 1 time in 11; a probe of 2026-12-03 found phones typed MRN).
      // NHS numbers are written with spaces; with dashes (the NANP phone's usual form) a health word
      // must be in the text (`NHS`, `patient`, `hospital`, …).
      if (phoneWordBefore.test(text.slice(Math.max(0, m.index - 32), m.index))) continue;
      if (separator === '-' && !(nhsCue ??= healthWord.test(text))) continue;
      // Several in one run: each must pass the check (two random numbers pass it 1 time in 121).
      let valid = true;
      for (let at = m.index; at < end && valid; at += NHS_NUMBER_LENGTH + 1) valid = nhsNumberValid(compactNhs(text, at));
      if (!valid) continue;
      for (let at = m.index; at < end; at += NHS_NUMBER_LENGTH + 1) push(at, at + NHS_NUMBER_LENGTH, MRN, compactNhs(text, at));
    }
    let cue: boolean | undefined;
    npiPattern.lastIndex = 0;
    for (let m = npiPattern.exec(text); m !== null; m = npiPattern.exec(text)) {
      if (!npiValid(m[0])) continue;
      cue ??= clinicalCue.test(text);
      if (cue && clinicalCue.test(text.slice(Math.max(0, m.index - 32), m.index))) push(m.index, m.index + m[0].length, LICENCE, m[0]);
    }
  }
  if (digits >= 18) {
    // Mexico's CLABE without its label: a listed bank code and the check digit (clabeValid).
    clabePattern.lastIndex = 0;
    for (let m = clabePattern.exec(text); m !== null; m = clabePattern.exec(text)) {
      const compact = `${m[1]}${m[3]}${m[4]}${m[5]}`;
      if (CLABE_BANKS.has(Number(m[1])) && clabeValid(compact)) push(m.index, m.index + m[0].length, ACCOUNT, compact);
    }
  }
  if (digits >= 9) {
    // A US routing number without its label: the ABA check and a word of banking right before it.
    abaPattern.lastIndex = 0;
    for (let m = abaPattern.exec(text); m !== null; m = abaPattern.exec(text)) {
      const window = text.slice(Math.max(0, m.index - 40), m.index);
      if (abaValid(m[0]) && bankCueBefore.test(window) && !BANK_NAME_BEFORE.test(window)) push(m.index, m.index + m[0].length, ACCOUNT, m[0]);
    }
  }
  if (digits >= 7 && capitals >= 1) {
    deaPattern.lastIndex = 0;
    for (let m = deaPattern.exec(text); m !== null; m = deaPattern.exec(text)) {
      if (deaValid(m[0])) push(m.index, m.index + m[0].length, LICENCE, m[0]);
    }
  }
  if (digits >= 5 && text.length >= 17) {
    vinPattern.lastIndex = 0;
    for (let m = vinPattern.exec(text); m !== null; m = vinPattern.exec(text)) {
      if (vinValid(m[0])) push(m.index, m.index + m[0].length, VEHICLE, m[0]);
    }
  }
  if (digits >= 5 && capitals >= 4 && text.length >= 11) {
    mbiPattern.lastIndex = 0;
    for (let m = mbiPattern.exec(text); m !== null; m = mbiPattern.exec(text)) {
      const compact = m[0].replace(/-/g, '');
      // Dashes go after the 4th and the 7th character, both or none.
      const dashes = m[0].length - compact.length;
      if (dashes === 1) continue;
      if (mbiValid(compact)) push(m.index, m.index + m[0].length, PLAN, compact);
    }
  }
}

// ------------------------------------------------------------------------- FHIR references
/**
 * A FHIR reference to a patient (`Patient/00482913` in `"reference":"Patient/123"`, `patientRef`,
 * `subject`, a REST path `GET /fhir/Patient/00482913/$everything`, an absolute URL): the logical
 * id after the resource type, FHIR's id type (`[A-Za-z0-9\-.]{1,64}`, R4 2.24.0.1), is an identifier
 * of the person (HIPAA Safe Harbor (R), "any other unique identifying number"; probe 6 of
 * 2026-12-03 found each of these stored raw). The type is case-sensitive (`Patient`, as FHIR
 * names it); the id must hold a digit (`Patient/$everything`, `Patient/_search`, `Patient/example`
 * stay) and not be a file name (`Patient/Patient2.tsx`). Other resources' ids (`Observation/123`,
 * `Encounter/9`) are no person's. Type `MRN`, class `phi`.
 */
const patientReference = /(?<![A-Za-z0-9_])Patient\/([A-Za-z0-9\-.]{1,64})(?![A-Za-z0-9\-_])/g;
const FILE_NAME = /\.[a-z]{1,5}$/;
function detectPatientReferences(text: string, out: Detection[]): void {
  for (const match of text.matchAll(patientReference)) {
    const id = (match[1] as string).replace(/\.+$/, '');
    if (countDigits(id) === 0 || FILE_NAME.test(id)) continue;
    const start = (match.index as number) + 8;
    out.push({ start, end: start + id.length, type: MRN.type, class: MRN.class, normalized: normalizeHealthId(id) });
  }
}

/**
 * HIPAA Safe Harbor identifiers (45 CFR 164.514(b)(2)(i)) in one string, its digits and
 * separators already folded to ASCII by the dispatcher: a value after its label, and the NHS
 * number, NPI, DEA number, VIN and Medicare MBI by their checksums or format. `digits`: how many
 * ASCII digits the string holds; `thingLabel`: the dispatcher's rule for labels of things
 * (`order`, `invoice`, `SKU`), before which an unlabelled value is left alone.
 */
export function detectHealthIds(text: string, out: Detection[], digits: number, thingLabel: ThingLabel): void {
  const labelled = new Set<number>();
  if (anyHealthLabel(text)) detectLabelled(text, out, labelled);
  if (digits >= 4 && mayHoldOwnerLabel(text)) detectLabelled(text, out, labelled, ownerLabelPattern, OWNER_RULES);
  if (text.includes('Patient/')) detectPatientReferences(text, out);
  if (digits >= 5) detectUnlabelled(text, out, digits, thingLabel, labelled);
  detectCivicIds(text, out, digits, labelled);
}

// ------------------------------------------------- correctional, immigration and civic ids, plates
// Rows L2, L3, L4, L8 and L9 of the ninth probe of 2026-12-05 (test/redaction/probe-2026-12-05b.cases.md):
// identifiers a person is known by to a prison, an immigration service, an electoral roll, the
// military, a tax office or an insurer, and a vehicle's plate after the labels of other countries,
// were stored raw after their labels and under their members. Read like OWNER_RULES, with three
// more conditions a rule may set: its label as written (capitals: `DOC`, `SID`, `DIN`, `BRP`), a
// cue the string must hold (`SID` only beside a correctional word), the words a label must not
// follow (`Company Reg No`). One gate (prefilter.ts) for all: text without a label's word costs
// nothing more; each window is bounded.

/**
 * Correctional identifiers, GDPR Art. 10 data (personal data relating to criminal convictions and
 * offences): a BOP register number, a state department of corrections' number (CDCR, TDCJ, DOC,
 * NY DOCCS DIN), the FBI number and a state SID, a jail's booking number, an inmate's or offender's
 * number (L3).
 */
const CORRECTIONAL: HealthIdKind = { type: 'CORRECTIONAL_ID', class: 'pii.government_id' };
/** Immigration case and document numbers (L4) and civic and tax ids (L9): a government's number for its person. */
const GOVERNMENT: HealthIdKind = { type: 'NATIONAL_ID', class: 'pii.government_id' };

interface CivicRule {
  /** Label spellings (a regular-expression source, case-insensitive; a space also matches `_`, `-` or nothing). */
  labels: string;
  kind: HealthIdKind;
  /** The value as it may follow this label (compact: upper case, separators removed; written: as in the text). */
  accept: (compact: string, written: string) => boolean;
  /** The label as written must match this (case-sensitive): `DOC`, `SID` are words in lower case. */
  written?: RegExp;
  /** A word the string must hold for the label to count (`SID` beside a correctional word). */
  cue?: RegExp;
  /** Words right before the label that make it another thing's (`Company Reg No`, `asset tag`). */
  notAfter?: RegExp;
  /** Where the value after the label is, when not labelledValue's. */
  value?: (text: string, from: number) => [number, number] | undefined;
}

/** Words of prisons, jails, parole and probation (a correctional label's cue where the label alone is ambiguous). */
const CORRECTIONAL_CUE = /inmate|prison|jail|offender|parole|probation|arrest|custody|correction|incarcerat|detainee|\bbop\b|bureau of prisons|federal register|\bfci\b|\busp\b|cdcr|tdcj|doccs|sheriff|convict|sentenc|felon|warden|penitentiar|\bfbi\b/i;
/** Words of the military before a bare `service number` (`Service number 24781234, Pte Wiremu Tane`). */
const MILITARY_CUE = /\b(?:pte|pvt|sgt|cpl|lcpl|spc|sfc|ssgt|lt|capt|maj|col|gen|army|navy|military|veterans?|soldier|regiment|marines?|airman|sailor|nzdf|adf|raf|armed forces|enlisted|rank|service ?member|dd-?214|edipi|dod)\b/i;
/** Words of immigration beside a bare `application number` or `control number`. */
const IMMIGRATION_CUE = /ircc|immigration|visa|citizenship|permanent resid|work permit|study permit|\buci\b|uscis|ukvi|home office/i;

/**
 * A value of capitals and digits in up to three groups joined by a dash or one space, 8 characters
 * a group (plates: `7ABC123`, `AB12 CDE`, `B-MK 4721`, and after a state's or a region's letters
 * `CA 8ABC123`, Poland's `WX 4821K`, `DW 12345`).
 */
const PLATE_VALUE = /[A-Z0-9]{1,8}(?:[ \-][A-Z0-9]{1,8}){0,2}(?![A-Za-z0-9])/y;
/** The same with its last group glued to a lower-case word or a capital word after a space cut off (`AB12 CDE` in `AB12 CDE Ford`). */
function plateValue(text: string, from: number): [number, number] | undefined {
  PLATE_VALUE.lastIndex = from;
  const match = PLATE_VALUE.exec(text);
  if (match === null) return undefined;
  let value = match[0];
  // A group after a space must hold a digit or be the three letters of a UK plate's end (`AB12 CDE`),
  // or letters between two numbers (Turkey's `34 ABC 123`, `06 BZ 4471`), or an Italian plate's
  // last two letters (`AB 123 CD`).
  const groups = value.split(' ');
  let keep = 1;
  while (keep < groups.length && (/\d/.test(groups[keep] as string) || /^[A-Z]{3}$/.test(groups[keep] as string) || (/^[A-Z]{1,3}$/.test(groups[keep] as string) && /^\d+$/.test(groups[keep - 1] as string) && /^\d+$/.test(groups[keep + 1] ?? '')) || (keep === 2 && /^[A-Z]{2}$/.test(groups[2] as string) && /^[A-Z]{2}$/.test(groups[0] as string) && /^\d{3}$/.test(groups[1] as string)))) keep++;
  value = groups.slice(0, keep).join(' ');
  return [from, from + value.length];
}
/** A plate's compact form: 2 to 8 letters and digits, both (`plate 3`, `Plate armor` are none). */
const plateShape = (compact: string): boolean => /^[A-Z0-9]{2,8}$/.test(compact) && /[A-Z]/.test(compact) && /\d/.test(compact);
/** A first group of one to three capitals and a blank or a dash: a US state's code, a Polish, Czech or Slovak region's letters. */
const REGION_LETTERS = /^[A-Z]{1,3}[ \-]/;
/**
 * A plate after the letters of its state or region, as a plate is written with them (`NY KJR-4417`,
 * `TX HGT-4471`, `CA 8ABC123`, `WX 4821K`, `PO 7731H`): the letters, then a plate's shape of its
 * own (L6 of the README-only probe of 2026-12-06b: the whole was longer than plateShape's 8).
 */
const regionPlate = (written: string): boolean => REGION_LETTERS.test(written) && written.length <= 14 && plateShape(compactOf(written.slice(written.search(/[ \-]/) + 1)));
/**
 * The plates a bare `Registration:`, `reg no.` or `Tag:` names when the text says nothing of a
 * vehicle: the UK's (current `AB12 CDE`, prefix `A123 BCD`, suffix `ABC 123D`) and a US state's of
 * seven (`7ABC123`).
 */
const strictPlate = (compact: string): boolean => /^(?:[A-Z]{2}\d{2}[A-Z]{3}|[A-Z]\d{1,3}[A-Z]{3}|[A-Z]{3}\d{1,3}[A-Z]|\d[A-Z]{3}\d{3})$/.test(compact);
/** Words of a vehicle beside a bare label before a plate of six (`Registration: ABC123 for the workshop` is none). */
const VEHICLE_CUE = /vehicle|\bcars?\b|truck|\bvan\b|motor|towed|\btow\b|parked|parking|driver|\bdmv\b|\bdvla\b|\bnzta\b|keeper|\bute\b|sedan|\bsuv\b|hatchback|\bvin\b|registered owner|clamped|speeding|toll/i;

/**
 * `is` of the plate labels' languages between a label and its plate (Italian `è`, Spanish `es`, Portuguese `é`, French
 * `est`, German `ist`, Dutch `is`, Swedish `är`, Danish and Norwegian `er`, Finnish `on`), then the plate (plateValue).
 */
const PLATE_VERB = /(?:è|é|e|es|era|foi|est|ist|war|is|was|är|var|er|on|oli)[ \t\u00a0]{1,2}(?:[:=][ \t\u00a0]{0,2})?/iy;
function plateAfterVerb(text: string, from: number): [number, number] | undefined {
  PLATE_VERB.lastIndex = from;
  const verb = PLATE_VERB.exec(text);
  return plateValue(text, verb === null ? from : from + verb[0].length);
}
/** Words of a vehicle in Spanish and Portuguese beside `placa`, `patente` (PLACA_ONLY_SHAPE needs none). */
const PLACA_CUE = /carro|coche|\bautos?\b|autom[óo]vel|veh[íi]cul|ve[íi]cul|\bmotos?\b|camioneta|caminh|cami[óo]n|t[áa]xi|multa|estacion|aparcad|guincho|gr[úu]a|detran|\bdgt\b|condu[ct]or|motorista|chofer/i;
/** Plates only a vehicle has after `placa`: Brazil's `ABC-1234`, Mercosur `ABC1D23`, Spain's `1234 BCD`, Mexico's `ABC-123-D`, `ABC-12-34`. */
const PLACA_ONLY_SHAPE = /^(?:[A-Z]{3}-\d{4}|[A-Z]{3}\d[A-Z]\d{2}|\d{4}[ \-]?[BCDFGHJKLMNPRSTVWXYZ]{3}|[A-Z]{3}-\d{2,3}-[A-Z0-9]{1,2})$/;

const sticky = (pattern: RegExp) => (text: string, from: number): [number, number] | undefined => {
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  return match === null ? undefined : [from, from + match[0].length];
};
/** A BOP register number as written: five digits, a dash, the three of the district (`48213-074`). */
const BOP_VALUE = /\d{5}-\d{3}(?![0-9A-Za-z\-])/y;
const bopValue = sticky(BOP_VALUE);
/** A UKVI share code: nine capitals and digits, whole or in groups of three (`W2X 4K7 9PL`). */
const shareCodeValue = sticky(/[A-Z0-9]{3}[ \-]?[A-Z0-9]{3}[ \-]?[A-Z0-9]{3}(?![A-Za-z0-9])/y);
/** A year and a serial (a jail's booking number, `2026-0041877`). */
const yearSerial = (compact: string): boolean => /^(?:19|20)\d{2}\d{5,8}$/.test(compact);
/** An insurer's policy number after a bare `policy`: a group of capitals first (`HO3-88124470`, `AUTO-7734-2219-01`), six digits or more. */
const policyShape = (compact: string, written: string): boolean => /^[A-Z]{1,6}\d{0,3}[\- ]?\d/.test(written) && countDigits(compact) >= 6 && compact.length <= 24;

/**
 * A health plan's member id as insurers print it on the card: one to four capitals then six to
 * fourteen digits (`ZGP552108773`, `W81129034`, `XEH884512376`); no digits-only number (a count,
 * a year) and no id that mixes letters into its digits (Slack's `U061F7AUR`).
 */
const memberPlanShape = (compact: string, written: string): boolean => /^[A-Z]{1,4}\d{6,14}$/.test(compact) && /^[A-Za-z]{1,4}\d/.test(written);
/** Words of health coverage that make a bare `member` a plan's member (L5 of 2026-12-05d). */
const HEALTH_PLAN_CUE = /eligib|coverage|covered|insur|payer|payor|health ?plan|\bplan\b|benefit|copay|co-pay|deductible|\bclaim|\b(?:ppo|hmo|epo|pos|hdhp)\b|medicaid|medicare|subscriber|pharmacy|prior auth/i;

const NUMBER = '(?: number| no\\.?| nr\\.?| #| id)';
const YEAR = /^(?:19|20)\d{2}$/;
/** Words before `Reg No`, `Registration`, `Tag` that name another thing's (`Company Reg No`, `asset tag`, `git tag`). */
const NOT_A_VEHICLE = /(?<![A-Za-z])(?:company|companies|charity|vat|gst|trade|business|firm|society|tax|domain|asset|price|git|image|docker|name|version|release|ear|rfid|nfc|hash|html|meta|event|course|class|conference|student|voter|land|patent|trademark)[ \-_.]*$/i;
const CIVIC_RULES: CivicRule[] = [
  // L3: correctional identifiers.
  { labels: `(?:bop|federal|fed\\.?) register(?:${NUMBER})?|register(?:ed)?${NUMBER}|reg\\.?${NUMBER}|reg\\.? no\\.?`, kind: CORRECTIONAL, accept: () => true, value: bopValue, cue: CORRECTIONAL_CUE },
  // A number, not a word and a count (`inmate count 1450`).
  { labels: `inmate${NUMBER}?|prisoner${NUMBER}|offender${NUMBER}|(?:jail|detainee|arrestee) (?:id|number|no\\.?|#)`, kind: CORRECTIONAL, accept: (c, w) => token(4, 4, 16)(c) && /^[A-Za-z]{0,3}-?\d/.test(w) },
  { labels: `booking${NUMBER}`, kind: CORRECTIONAL, accept: (c) => yearSerial(c) || (token(4, 4, 16)(c)), cue: /inmate|prison|jail|offender|parole|probation|arrest|custody|correction|detainee|sheriff|bail|mugshot/i },
  { labels: `booking${NUMBER}`, kind: CORRECTIONAL, accept: yearSerial },
  { labels: `(?:cdcr|tdcj|doccs|idoc|mdoc|odrc|fdoc)(?:${NUMBER})?`, kind: CORRECTIONAL, accept: (c) => token(4, 4, 12)(c) && !YEAR.test(c), written: /^(?:CDCR|TDCJ|DOCCS|IDOC|MDOC|ODRC|FDOC)/ },
  // California's older `CDC #` (the Centers for Disease Control's too: `CDC 2019 guidelines`): a number word and a correctional word.
  { labels: `cdc${NUMBER}`, kind: CORRECTIONAL, accept: (c) => token(4, 4, 12)(c) && !YEAR.test(c), written: /^CDC/, cue: CORRECTIONAL_CUE },
  { labels: `doc${NUMBER}|dept\\.? of corrections${NUMBER}?`, kind: CORRECTIONAL, accept: token(5, 5, 12), written: /^(?:DOC|Dept|DEPT)/, cue: CORRECTIONAL_CUE },
  { labels: `din${NUMBER}?`, kind: CORRECTIONAL, accept: (c) => /^\d{2}[A-Z]\d{4}$/.test(c), written: /^DIN/ },
  { labels: `fbi${NUMBER}?|ucn`, kind: CORRECTIONAL, accept: (c) => /^[0-9A-Z]{6,10}$/.test(c) && countDigits(c) >= 5, written: /^(?:FBI|UCN)/ },
  { labels: `sid${NUMBER}?|state id(?:entification)? (?:number|no\\.?|#)`, kind: CORRECTIONAL, accept: (c) => /^[A-Z]{0,2}\d{6,10}$/.test(c), written: /^(?:SID|[Ss]tate|STATE)/, cue: CORRECTIONAL_CUE },
  // L4: immigration case and document numbers (USCIS receipts without a label: detectCivicIds).
  { labels: `sevis(?:${NUMBER})?`, kind: GOVERNMENT, accept: (c) => /^N?\d{10}$/.test(c) },
  { labels: `(?:australian )?visa grant(?:${NUMBER})?|grant (?:number|no\\.?|#)|vgn`, kind: GOVERNMENT, accept: (c) => /^\d{13}$/.test(c), cue: /visa|vgn|immigration|home affairs|subclass/i },
  { labels: `(?:us |u\\.s\\. )?visa(?: foil)?${NUMBER}|visa foil|visa control${NUMBER}?|control (?:number|no\\.?|#)`, kind: GOVERNMENT, accept: (c) => /^[A-Z]?\d{7,8}$/.test(c) || /^\d{12,16}$/.test(c), cue: /visa/i },
  { labels: `brp${NUMBER}?|(?:biometric )?residence permit${NUMBER}?|biometric residence permit`, kind: GOVERNMENT, accept: (c) => /^[A-Z]{2}[0-9X]\d{6}$/.test(c), written: /^(?:BRP|[Bb]iometric|BIOMETRIC|[Rr]esidence|RESIDENCE)/ },
  { labels: '(?:ukvi |right to work |right to rent |immigration status )?share code', kind: GOVERNMENT, accept: (c) => c.length === 9 && countDigits(c) >= 1, value: shareCodeValue },
  { labels: `ircc(?: application| file| case)?(?:${NUMBER})?|application${NUMBER}`, kind: GOVERNMENT, accept: (c) => /^[A-Z]{1,2}\d{9}$/.test(c), cue: IMMIGRATION_CUE },
  // L9: civic and tax ids.
  { labels: `voter id card(?: number| no\\.?| #)?|voter(?: registration| reg\\.?)?${NUMBER}|voter registration`, kind: GOVERNMENT, accept: token(5, 5, 16) },
  { labels: `edipi|dod id${NUMBER}?|dod benefits number|dbn`, kind: GOVERNMENT, accept: (c) => /^\d{10,11}$/.test(c), written: /^(?:EDIPI|[Ee]dipi|DoD|DOD|dod id|DBN)/ },
  { labels: `(?:military|army|navy|air force|raf|armed forces|service member) (?:service )?(?:number|no\\.?|#|id)|army number`, kind: GOVERNMENT, accept: token(6, 6, 12) },
  { labels: `service (?:number|no\\.?|#)`, kind: GOVERNMENT, accept: (c) => /^[A-Z]{0,2}\d{6,10}$/.test(c), cue: MILITARY_CUE },
  { labels: `foid(?: card)?${NUMBER}?`, kind: LICENCE, accept: token(6, 6, 14) },
  { labels: `(?:sa |self(?:\\x20|-)?assessment )?utr${NUMBER}?|unique tax(?:payer)? reference${NUMBER}?`, kind: GOVERNMENT, accept: (c) => /^\d{10}K?$/.test(c) },
  // L8: an insurer's policy number after a bare `policy`.
  { labels: 'policy', kind: PLAN, accept: policyShape },
  // L5 of 2026-12-05d: a health plan's member id after a bare `member` (`Eligibility confirmed
  // for member ZGP552108773 (PPO).`, `Member #ZGP552108773 is eligible.`, `found, member
  // W81129034, plan active.`): an insurer's shape (memberPlanShape) in a string that speaks of
  // coverage (HEALTH_PLAN_CUE): `guild member ABC12345678`, `member U061F7AUR` stay.
  // Without such a word, a longer id (eight digits or more after one to three capitals: `found,
  // member W81129034` in an agent's notes) is still a member's number; short ones stay (`member A123456`).
  { labels: 'member', kind: PLAN, accept: memberPlanShape, cue: HEALTH_PLAN_CUE },
  { labels: 'member', kind: PLAN, accept: (compact, written) => memberPlanShape(compact, written) && /^[A-Z]{1,3}\d{8,14}$/.test(compact) },
  // L2: vehicle plates after the labels of other countries.
  // And a plate after its state's or region's letters (regionPlate), after another language's label
  // (Turkish `plaka`, Polish `tablica rejestracyjna`, `numer rejestracyjny`, Czech `registrační
  // značka`, `SPZ`, Hungarian `rendszám`; Italian `targa` read so too, for its plate's last letters:
  // `targa AB 123 CD`; L6 of the README-only probe of 2026-12-06b).
  { labels: `(?:vehicle|car|motor) (?:reg(?:istration)?|rego|tag|plate)(?: plate)?(?: number| no\\.?| nr\\.?| #)?|rego(?: number| no\\.?| #)?|(?:licen[cs]e |number |registration )?plate(?: number| no\\.?| #)?|numberplate|plaka(?:s[ıi])?(?: no)?|tablic[ay] rejestracyjn[aey]j?|numer(?:u|em)? rejestracyjn(?:y|ego|ym)|nr\\.? rej(?:\\.|estracyjny)|registra[čc]n[íi] zna[čc]k[ayu]|spz|rendsz[áa]m(?:a|ú)?|targa`, kind: PLATE, accept: (c, w) => plateShape(c) || regionPlate(w), value: plateValue },
  // Issue 11, L6's open part: the plate labels of more languages, and the kind: another language's label, its article or
  // possessive and `is` in that language before the plate (`la targa è AB 123 CD`, `het kenteken is 12-ABC-3`,
  // `rekisterinumero on ABC-123`; plateAfterVerb). Swedish `reg.nr`/`regnr`/`registreringsnummer` (`registreringsnumret`),
  // Norwegian and Danish `registreringsnummer`, `kjennemerke`, `nummerplade(n)`, `nummerskilt`, Finnish `rekisterinumero`,
  // `rekisteritunnus`, `rekisterikilpi`, Dutch `kenteken`, German `Kennzeichen`, French `immatriculation`, Spanish and
  // Portuguese `matrícula`, Romanian `număr de înmatriculare`: not after a firm's word (`company reg nr`).
  { labels: `reg\\.? nr\\.?|registrerings(?:nummer(?:et)?|numret|nr\\.?|skylt(?:en)?|skilt(?:et)?)|kjennemerke(?:t)?|nummerplade(?:n)?|nummerskilt(?:et)?|rekisteri(?:numero|tunnus|kilpi)|kenteken(?:nummer|plaat)?|(?:amtliches )?kennzeichen|(?:plaque d'|num[ée]ro d')?immatriculation|matr[íi]cula|(?:num[ăa]r(?:ul)? de )?[îi]nmatriculare`, kind: PLATE, accept: (c, w) => plateShape(c) || regionPlate(w), value: plateAfterVerb, notAfter: NOT_A_VEHICLE },
  // The first plate rule's labels, and Italian `targa`, with `is` of their language before the plate (`la targa è AB 123 CD`).
  { labels: `plaka(?:s[ıi])?|targa|rendsz[áa]m(?:a|ú)?|tablic[ay] rejestracyjn[aey]j?`, kind: PLATE, accept: (c, w) => plateShape(c) || regionPlate(w), value: plateAfterVerb },
  // Spanish and Portuguese `placa` (a circuit board, a graphics card, a dish as often: `placa de vídeo RTX 4090`, `placa
  // base B550`) and Argentina's and Chile's `patente` (a patent too): a plate's shape beside a word of a vehicle, or
  // a shape only a plate has without one (Brazil's `ABC-1234` and Mercosur `ABC1D23`, Spain's `1234 BCD`, Mexico's
  // `ABC-123-D`). The label may name the vehicle (`placa do meu carro é …`, `la placa de mi coche es …`).
  { labels: `plac(?:a|as)(?: d(?:[eoa]|el)(?: (?:m[ie]u|minha|mi|su|seu|sua|tu|teu|tua|nuestro|nosso))? (?:carro|coche|auto|veh[íi]culo|ve[íi]culo|moto|camioneta|caminh[ãa]o|cami[óo]n|taxi|t[áa]xi))?|patente(?: del?(?: (?:mi|su|tu))? (?:auto|coche|carro|veh[íi]culo|moto|camioneta))?`, kind: PLATE, accept: (c, w) => plateShape(c) || regionPlate(w), value: plateAfterVerb, cue: PLACA_CUE },
  { labels: `plac(?:a|as)|patente`, kind: PLATE, accept: (_c, w) => PLACA_ONLY_SHAPE.test(w), value: plateAfterVerb },
  // A bare `Registration:`, `reg no.`, `Tag:` (a software tag's, an event's or a firm's too): a plate's
  // shape of the UK or a US state only (strictPlate), the six of Australia and New Zealand beside a
  // word of a vehicle; `Tag` capitalized and before a colon or `#`.
  { labels: `licen[cs]e tag(?: number| no\\.?| #)?|reg(?:istration|\\.)?(?: number| no\\.?| #)?`, kind: PLATE, accept: (c) => strictPlate(c), value: plateValue, notAfter: NOT_A_VEHICLE },
  { labels: 'tag(?: number| no\\.?)?[\\t\\x20]{0,2}[:#]', kind: PLATE, accept: (c) => strictPlate(c), value: plateValue, written: /^(?:Tag|TAG)/, notAfter: NOT_A_VEHICLE },
  { labels: `licen[cs]e tag(?: number| no\\.?| #)?|reg(?:istration|\\.)?(?: number| no\\.?| #)?|tag(?: number| no\\.?)?[\\t\\x20]{0,2}[:#]`, kind: PLATE, accept: (c) => /^(?:[A-Z]{3}\d{3}|\d{3}[A-Z]{3})$/.test(c), value: plateValue, notAfter: NOT_A_VEHICLE, cue: VEHICLE_CUE },
];
const civicLabelPattern = new RegExp(`(?<![A-Za-z])(?:${CIVIC_RULES.map((rule) => `(${rule.labels.replace(/ /g, '[ _\\-]?')})`).join('|')})(?![A-Za-z])`, 'gi');
/** The civic labels' gate (prefilter.ts): text without one of these words costs nothing more. */
const mayHoldCivicLabel = gatedTest(/regist|reg|inmate|prisoner|offender|jail|detainee|arrestee|booking|cdc|tdcj|doccs|doc|din|fbi|ucn|sid|state|sevis|visa|vgn|grant|control|brp|residence|share|ircc|application|voter|edipi|dod|dbn|service|army|foid|utr|unique|policy|plate|rego|tag|member|plaka|tablic|rejestr|nr\.? rej|zna[čc]k|spz|rendsz|targa|plac|patente|registrering|kjennemerke|nummerpla|nummerskilt|rekisteri|kenteken|kennzeichen|immatricul|matr[íi]cula|[îi]nmatricul/i);

/** The words before a label (up to 24 characters) that make it another thing's. */
function labelledAfter(text: string, at: number, words: RegExp): boolean {
  return words.test(text.slice(Math.max(0, at - 24), at));
}

/** Each rule's labels alone, sticky: a label that fails its rule is tried by the next rule that reads it (`reg no.` of a plate after the BOP's). */
const civicRuleLabels = CIVIC_RULES.map((rule) => new RegExp(`(?:${rule.labels.replace(/ /g, '[ _\\-]?')})(?![A-Za-z])`, 'iy'));

/** The value a rule finds after its label at `at`, or undefined. */
function civicValue(text: string, at: number, index: number, cues: Map<RegExp, boolean>, labelled: Set<number>, out: readonly Detection[]): Detection | undefined {
  const rule = CIVIC_RULES[index] as CivicRule;
  const sticky = civicRuleLabels[index] as RegExp;
  sticky.lastIndex = at;
  const label = sticky.exec(text)?.[0];
  if (label === undefined) return undefined;
  if (rule.written !== undefined && !rule.written.test(label)) return undefined;
  if (rule.notAfter !== undefined && labelledAfter(text, at, rule.notAfter)) return undefined;
  if (rule.cue !== undefined) {
    let cue = cues.get(rule.cue);
    if (cue === undefined) cues.set(rule.cue, (cue = rule.cue.test(text)));
    if (!cue) return undefined;
  }
  labelFiller.lastIndex = at + label.length;
  const filler = labelFiller.exec(text);
  const from = at + label.length + (filler === null ? 0 : filler[0].length);
  // The label must be followed by something (a blank, a colon, `#`, `=`).
  if (from === at + label.length && isAsciiAlnum(label.charCodeAt(label.length - 1))) return undefined;
  const found = rule.value === undefined ? labelledValue(text, from) : rule.value(text, from);
  if (found === undefined) return undefined;
  const [start, end] = found;
  if (end < text.length && /[\p{L}\p{N}_]/u.test(text[end] as string)) return undefined;
  const value = text.slice(start, end);
  if (!rule.accept(compactOf(value), value)) return undefined;
  // A value another rule found after its label (`policy number …`) is not reported twice; a
  // longer plate is (`numberplate WX19 KLM`, where the plate rule took `WX19`: the longer span wins).
  if (labelled.has(start) && (rule.kind !== PLATE || out.some((detection) => detection.start === start && detection.end >= end))) return undefined;
  return { start, end, type: rule.kind.type, class: rule.kind.class, normalized: normalizeHealthId(value) };
}

/** Correctional, immigration, civic and tax ids, policies and plates after their labels (CIVIC_RULES). */
function detectCivicLabelled(text: string, out: Detection[], labelled: Set<number>): void {
  const cues = new Map<RegExp, boolean>();
  civicLabelPattern.lastIndex = 0;
  for (let match = civicLabelPattern.exec(text); match !== null; match = civicLabelPattern.exec(text)) {
    let which = 0;
    while (which < CIVIC_RULES.length && match[which + 1] === undefined) which++;
    let found: Detection | undefined;
    for (let index = which; index < CIVIC_RULES.length && found === undefined; index++) found = civicValue(text, match.index, index, cues, labelled, out);
    if (found === undefined) continue;
    out.push(found);
    labelled.add(found.start);
    civicLabelPattern.lastIndex = found.end;
  }
}

/**
 * A USCIS receipt (case) number without a label: a service centre's three letters and ten digits
 * (`EAC2190012345`, `IOE0912345678`; USCIS, "Case status online": EAC, VSC, WAC, CSC, LIN, NSC,
 * SRC, TSC, MSC, NBC, IOE, YSC), after `case number`, `receipt #` or none.
 */
const uscisReceipt = /(?<![A-Za-z0-9_])(?:EAC|VSC|WAC|CSC|LIN|NSC|SRC|TSC|MSC|NBC|IOE|YSC) ?\d{10}(?![A-Za-z0-9_])/g;
/**
 * A BOP register number (`48213-074`) without a label, in a string that names a prison's record
 * (a table's `| Inmate | Reg No |` header and its rows).
 */
const bopRegister = /(?<![0-9A-Za-z\-])\d{5}-\d{3}(?![0-9A-Za-z\-])/g;
const bopCue = /inmate|prisoner|\bbop\b|bureau of prisons|federal register|\bfci\b|\busp\b|register number|reg\.? no/i;

/** The ids of CIVIC_RULES in one string, and USCIS receipts and BOP register numbers without a label. */
export function detectCivicIds(text: string, out: Detection[], digits: number, labelled: Set<number>): void {
  if (digits >= 2 && mayHoldCivicLabel(text)) detectCivicLabelled(text, out, labelled);
  if (digits >= 10) {
    uscisReceipt.lastIndex = 0;
    for (let m = uscisReceipt.exec(text); m !== null; m = uscisReceipt.exec(text)) {
      if (!labelled.has(m.index)) out.push({ start: m.index, end: m.index + m[0].length, type: GOVERNMENT.type, class: GOVERNMENT.class, normalized: m[0].replace(' ', '') });
    }
  }
  if (digits >= 8 && text.includes('-') && bopCue.test(text)) {
    bopRegister.lastIndex = 0;
    for (let m = bopRegister.exec(text); m !== null; m = bopRegister.exec(text)) {
      if (!labelled.has(m.index)) out.push({ start: m.index, end: m.index + m[0].length, type: CORRECTIONAL.type, class: CORRECTIONAL.class, normalized: m[0] });
    }
  }
}

/**
 * The members of these ids (L2, L3, L4, L9): their names, normalized as HEALTH_ID_KEYS's, whose
 * value is the id whole; a name that also names other things takes only a value of the id's
 * shape (`registerNumber` a BOP register number, `registration` and `plate` a plate). Not
 * `bookingNumber`: `booking` is a thing's word (key-names.ts), whose number is no phone
 * (`{bookingNumber:'0176 1234 5678'}` stays), and a kind's `accept` that refuses a value does
 * not fall back to that reading.
 */
/**
 * A driver's licence under `license`/`licence`, only of its shape (national-ids.ts
 * driverLicenceMemberValue). The word is a package's or a product's as often: a table's
 * `license` column is no sign of a person beside it (redactor.ts columnDecisions).
 */
export const LICENCE_MEMBER: HealthIdKind = { type: 'DRIVER_LICENSE', class: 'pii.government_id', accept: driverLicenceMemberValue };
const CIVIC_ID_KEYS: ReadonlyArray<readonly [string, HealthIdKind]> = [
  ...['inmatenumber', 'inmateno', 'inmateid', 'inmatenum', 'offenderid', 'offendernumber', 'offenderno', 'prisonernumber', 'prisonerid', 'prisonerno', 'cdcrnumber', 'cdcrno', 'cdcr', 'tdcjnumber', 'tdcjno', 'tdcj', 'bopnumber', 'bopregisternumber', 'federalregisternumber', 'dinnumber', 'fbinumber', 'fbino', 'ucn', 'jailid', 'detaineeid', 'detaineenumber', 'arresteeid'].map((key) => [key, CORRECTIONAL] as const),
  ...['registernumber', 'registerno', 'regnumber', 'regno'].map((key) => [key, { ...CORRECTIONAL, accept: (value: string) => /^\d{5}-\d{3}$/.test(value) }] as const),
  ...['sevisid', 'sevisnumber', 'sevis', 'sevisno', 'visanumber', 'visafoilnumber', 'visacontrolnumber', 'visagrantnumber', 'brp', 'brpnumber', 'brpno', 'biometricresidencepermit', 'biometricresidencepermitnumber', 'ukvisharecode', 'righttoworksharecode', 'rtwsharecode', 'irccapplicationnumber', 'uscisreceiptnumber', 'receiptnumberuscis'].map((key) => [key, GOVERNMENT] as const),
  ...['voterid', 'voternumber', 'voterno', 'voterregistrationnumber', 'voterregistrationid', 'voterregistrationno', 'edipi', 'dodid', 'dodidnumber', 'dodbenefitsnumber', 'militaryservicenumber', 'militaryid', 'armynumber', 'servicenumbermilitary', 'utr', 'utrnumber', 'sautr', 'uniquetaxpayerreference', 'uniquetaxreference'].map((key) => [key, GOVERNMENT] as const),
  ...['foid', 'foidnumber', 'foidcardnumber', 'foidid', 'foidno'].map((key) => [key, LICENCE] as const),
  // `license`, `licence`: a driver's licence only of its shape (national-ids.ts driverLicenceMemberValue: `{mvr:{license:'OR 7281934'}}`, not `{license:'MIT'}`; L12 of probe 2026-12-05g).
  ...['license', 'licence'].map((key) => [key, LICENCE_MEMBER] as const),
  // A plate after its state's or region's letters too (`{vehicle:{plate:'NY KJR-4417'}}`: regionPlate).
  ...['plate', 'registration', 'vehicleregistration', 'vehiclereg', 'regplate', 'rego', 'vehicleplate', 'carplate', 'registrationnumber', 'plaka', 'tablicarejestracyjna', 'numerrejestracyjny', 'spz', 'rendszam'].map((key) => [key, { ...PLATE, accept: (value: string) => (plateShape(compactOf(value)) && value.length <= 10) || regionPlate(value) }] as const),
];
for (const [key, kind] of CIVIC_ID_KEYS) (HEALTH_ID_KEYS as Map<string, HealthIdKind>).set(key, kind);
for (const key of BIOMETRIC_KEYS) (HEALTH_ID_KEYS as Map<string, HealthIdKind>).set(key, BIOMETRIC);
/** Whether a member name (normalizeKeyName's form) names a biometric template (BIOMETRIC_KEYS: `faceEmbedding`, `minutiae`, `voiceprint`). */
export const isBiometricKeyName = (folded: string): boolean => HEALTH_ID_KEYS.get(folded) === BIOMETRIC;
