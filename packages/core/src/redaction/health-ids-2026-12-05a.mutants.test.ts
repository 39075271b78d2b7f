// What health-ids.ts's owner labels of 2026-12-05a promise (issue 13, written from the Stryker run
// of OWNER_RULES, their gate, chipValue, afterRegistryName and HEALTH_ID_KEYS' new members): each
// label of a student's, a benefit programme's, an immunisation registry's or a pet's number takes
// a value of its own shape with the exact span, type, class and normalized value; the values of
// other shapes, the labels in lower case that are only labels in capitals, and the texts with
// fewer than four digits are left alone. In process, `detectHealthIds` called directly.
import { describe, expect, it } from 'vitest';
import type { Detection } from './types.js';
import { detectHealthIds, HEALTH_ID_KEYS } from './health-ids.js';

const countOf = (text: string) => [...text].filter((c) => c >= '0' && c <= '9').length;
/** [type, value as written, normalized] of each detection. */
function found(text: string, digits = countOf(text)): Array<[string, string, string | undefined]> {
  const out: Detection[] = [];
  detectHealthIds(text, out, digits, () => false);
  return out.map((d) => [d.type, text.slice(d.start, d.end), d.normalized]);
}
function spans(text: string): Array<[number, number, string, string]> {
  const out: Detection[] = [];
  detectHealthIds(text, out, countOf(text), () => false);
  return out.map((d) => [d.start, d.end, d.type, d.class]);
}
const one = (type: string, value: string): Array<[string, string, string]> => [[type, value, value.toUpperCase().replace(/[\s-]/g, '')]];

describe('a student number after each of its labels', () => {
  it.each([
    ['Student ID: S00482913 Grade 7', 'S00482913'],
    ['student number 00482913', '00482913'],
    ['Student No. 7731-0042', '7731-0042'],
    ['student nr. 5512398', '5512398'],
    ['student num 5512398', '5512398'],
    ['student # 5512398', '5512398'],
    ['student_id=4471982', '4471982'],
    ['studentid: 4471982', '4471982'],
    ['Pupil number 310044871, Year 5', '310044871'],
    ['learner id 310044871', '310044871'],
    ['Unique pupil number A12345678', 'A12345678'],
    ['SIS ID: 99120034 (PowerSchool)', '99120034'],
    ['Matrikelnummer 3318274 der Studentin', '3318274'],
    ['Matrikel-Nr. 3318274', '3318274'],
    ['Matrikelnr 3318274', '3318274'],
    ['Schülernummer 3318274', '3318274'],
    ['Schuelernummer 3318274', '3318274'],
    ['Schüler-ID 3318274', '3318274'],
    ['Schüler-Nr. 3318274', '3318274'],
    ['numéro d\'étudiant 21904417', '21904417'],
    ['numero d\'eleve 21904417', '21904417'],
    ['numéro d\'élève 21904417', '21904417'],
    ['numéro étudiant 21904417', '21904417'],
    ['número de estudiante 55012398', '55012398'],
    ['numero de alumno 55012398', '55012398'],
    ['numero di matricola 884213', '884213'],
    ['numero matricola 884213', '884213'],
    ['studentnummer 1200455', '1200455'],
    ['leerlingnummer 1200455', '1200455'],
    ['numer ucznia 1200455', '1200455'],
    ['numer indeksu 1200455', '1200455'],
    ['numer albumu 1200455', '1200455'],
  ])('%s', (text, value) => {
    expect(found(text)).toEqual(one('STUDENT_ID', value));
  });
  it('gives the exact span, type and class', () => {
    const text = 'Student: Aaliyah  Student ID: S00482913  Grade 7';
    expect(spans(text)).toEqual([[30, 39, 'STUDENT_ID', 'pii']]);
  });
  it('takes five characters with five digits, up to 24 (token(5))', () => {
    expect(found('Student ID: 12345')).toEqual(one('STUDENT_ID', '12345'));
    expect(found('Student ID: S1234X')).toEqual([]);
    expect(found('Student ID: 1234')).toEqual([]);
    expect(found('Student ID: 123456789012345678901234')).toEqual(one('STUDENT_ID', '123456789012345678901234'));
    expect(found('Student ID: 1234567890123456789012345')).toEqual([]);
  });
  it('needs a number word after the bare label words, but the bare student word before one token of a number (L4 of 2026-12-05i)', () => {
    expect(found('SIS 00482913')).toEqual([]);
    // Since the open part of L4 of probe-2026-12-05i, a student's number right after the bare word is one.
    expect(found('student 00482913 enrolled')).toEqual(one('STUDENT_ID', '00482913'));
    expect(found('pupil 00482913')).toEqual(one('STUDENT_ID', '00482913'));
    expect(found('pupil 00482913 records')).toEqual([]);
    expect(found('student 0048 enrolled')).toEqual([]);
  });
  it('is read only when the text holds four digits or more (the digits argument)', () => {
    expect(found('Student ID: S00482913', 3)).toEqual([]);
    expect(found('Student ID: S00482913', 4)).toEqual(one('STUDENT_ID', 'S00482913'));
  });
});

describe('a benefit programme\'s number after each of its labels', () => {
  it.each([
    ['Medi-Cal BIC: 91234567A8', '91234567A8'],
    ['Medi-Cal BIC number 91234567A8', '91234567A8'],
    ['medi-cal benefits identification card 91234567A8', '91234567A8'],
    ['Benefits Identification Card no. 91234567A8', '91234567A8'],
    ['BIC ID 91234567A8', '91234567A8'],
    ['BIC number 91234567A8', '91234567A8'],
    ['bic no. 91234567A8', '91234567A8'],
    ['SNAP case number SN-2026-004471', 'SN-2026-004471'],
    ['CalFresh case no. 20260044', '20260044'],
    ['TANF case 20260044', '20260044'],
    ['CalWORKs case 20260044', '20260044'],
    ['WIC case 20260044', '20260044'],
    ['EBT case # 20260044', '20260044'],
    ['benefit case 20260044', '20260044'],
    ['benefits case 20260044', '20260044'],
    ['public assistance case 20260044', '20260044'],
    ['welfare case 20260044', '20260044'],
    ['food stamp case 20260044', '20260044'],
    ['food stamps case 20260044', '20260044'],
    // Glued words: the gate's optional blanks (`food[ _-]?stamp`, `va[ _-]?file`, `va[ _-]?claim`).
    ['foodstamp case 20260044', '20260044'],
    ['food_stamps case 20260044', '20260044'],
    ['vafile number 28123456', '28123456'],
    ['va_file 28123456', '28123456'],
    ['vaclaim number 28123456', '28123456'],
    ['va-claim 28123456', '28123456'],
    ['SNAP ID 20260044', '20260044'],
    ['calfresh number 20260044', '20260044'],
    ['EBT no. 20260044', '20260044'],
    ['WIC ID: 20260044', '20260044'],
    ['WIC participant id 20260044', '20260044'],
    ['WIC family number 20260044', '20260044'],
    ['WIC client no 20260044', '20260044'],
    ['WIC card # 20260044', '20260044'],
    ['VA file number 28 123 456', '28 123 456'],
    ['VA claim 28123456', '28123456'],
    ['VA c-file 28123456', '28123456'],
    ['veterans affairs file no. 28123456', '28123456'],
    ['veteran claim number 28123456', '28123456'],
    ['veterans file 28123456', '28123456'],
    ['C-file number 28123456', '28123456'],
    ['c-file 28123456', '28123456'],
  ])('%s', (text, value) => {
    expect(found(text)).toEqual(one('HEALTH_PLAN_ID', value));
  });
  it('gives the exact span, type and class', () => {
    expect(spans('Medi-Cal BIC number 91234567A8 belongs to her')).toEqual([[20, 30, 'HEALTH_PLAN_ID', 'phi']]);
  });
  it('after Medicaid and Medi-Cal, the owner label `medicaid case` takes the number alone: RULES\' shorter label leaves it (longerLabelAt; two spans before, issue 11)', () => {
    expect(found('Medicaid case 20260044')).toEqual([['HEALTH_PLAN_ID', '20260044', '20260044']]);
    expect(found('Medi-Cal case 20260044')).toEqual([['HEALTH_PLAN_ID', '20260044', '20260044']]);
    expect(found('Medi-Cal CIN 91234567A')).toContainEqual(['HEALTH_PLAN_ID', '91234567A', '91234567A']);
  });
  it('needs a number word after the programme\'s name alone', () => {
    expect(found('SNAP 20260044')).toEqual([]);
    expect(found('WIC 20260044')).toEqual([]);
    expect(found('BIC 91234567A8')).toEqual([]);
    expect(found('file 20260044')).toEqual([]);
  });
  it('takes five characters with five digits (token(5))', () => {
    expect(found('SNAP case 12345')).toEqual(one('HEALTH_PLAN_ID', '12345'));
    expect(found('SNAP case 1234')).toEqual([]);
    expect(found('SNAP case AB1234')).toEqual([]);
  });
});

describe('an immunisation registry\'s number', () => {
  it.each([
    ['Immunization registry ID: NYSIIS-88120334', '88120334'],
    ['immunisation registry number 88120334', '88120334'],
    ['Vaccination information system no. 88120334', '88120334'],
    ['vaccine registry 88120334', '88120334'],
    ['IIS ID: 88120334', '88120334'],
    ['IIS number 88120334', '88120334'],
    ['NYSIIS 88120334', '88120334'],
    ['NYSIIS-88120334', '88120334'],
    ['NYSIIS ID: 88120334', '88120334'],
    ['ImmTrac 88120334', '88120334'],
    ['ImmTrac2 ID 88120334', '88120334'],
    ['CAIR2 ID 88120334', '88120334'],
    ['CAIR number 88120334', '88120334'],
    ['IIS ID: CAIR2-88120334', '88120334'],
    ['IIS ID: AB-88120334', '88120334'],
    ['IIS ID: ABCDEFGHIJ-88120334', '88120334'],
  ])('%s', (text, value) => {
    expect(found(text)).toEqual(one('MRN', value));
  });
  it('gives the exact span, type and class, and the registry name once (the walk resumes after the value)', () => {
    const text = 'Immunization registry ID: NYSIIS-88120334, seen';
    expect(spans(text)).toEqual([[33, 41, 'MRN', 'phi']]);
  });
  it('keeps a name that is not a registry\'s before the dash: the value from the label on', () => {
    // Eleven letters, one letter, a digit before the dash, or no digit after it: no registry name.
    expect(found('IIS ID: ABCDEFGHIJK-88120334')).toEqual(one('MRN', 'ABCDEFGHIJK-88120334'));
    expect(found('IIS ID: A-88120334')).toEqual(one('MRN', 'A-88120334'));
    expect(found('IIS ID: AB12-88120334')).toEqual(one('MRN', 'AB12-88120334'));
    expect(found('IIS ID: 88120334-AB')).toEqual(one('MRN', '88120334-AB'));
    expect(found('IIS ID: AB-X8812033')).toEqual(one('MRN', 'AB-X8812033'));
  });
  it('reads `IIS` as a label only in capitals', () => {
    expect(found('iis id 88120334')).toEqual([]);
    expect(found('Iis number 88120334')).toEqual([]);
  });
  it('needs a number word after the bare IIS and CAIR', () => {
    expect(found('IIS 88120334')).toEqual([]);
    expect(found('CAIR 88120334')).toEqual([]);
  });
});

describe('a pet\'s microchip', () => {
  it.each([
    ['microchip number 985 112 003 456 789', '985 112 003 456 789'],
    ['Microchip: 985112003456789', '985112003456789'],
    ['microchip no. 985-112003456789', '985-112003456789'],
    ['microchip 985.112.003.456.789', '985.112.003.456.789'],
    ['micro-chip 985-112-003-456-789', '985-112-003-456-789'],
    ['microchipped 985112003456789', '985112003456789'],
    ['pet microchip 985112003456789', '985112003456789'],
    ['animal microchip id 985112003456789', '985112003456789'],
    ['ISO microchip 985 112003456789', '985 112003456789'],
    ['chip number 985112003456789', '985112003456789'],
    ['RFID chip no. 985112003456789', '985112003456789'],
    ['pet chip # 985112003456789', '985112003456789'],
    ['animal chip id 985112003456789', '985112003456789'],
    ['transponder 985112003456789', '985112003456789'],
    ['transponder number 985112003456789', '985112003456789'],
    // The older US chips: 9 or 10 hexadecimal characters, seven digits or more.
    ['microchip 0A12345678', '0A12345678'],
    ['microchip 0a12345678', '0a12345678'],
    ['microchip 123456789', '123456789'],
    ['microchip 1234567AB', '1234567AB'],
    ['microchip 1234567FF0', '1234567FF0'],
    ['chip 1234567FF0', '1234567FF0'],
  ])('%s', (text, value) => {
    expect(found(text)).toEqual(one('PET_ID', value));
  });
  it('gives the exact span, type and class', () => {
    expect(spans('microchip number 985 112 003 456 789 (Rex)')).toEqual([[17, 36, 'PET_ID', 'pii']]);
  });
  it.each([
    'microchip 98511200345678', // 14 digits
    'microchip 9851120034567890', // 16 digits
    'microchip 985 112 003 456', // four groups
    'microchip 985 112 003 456 7890', // a last group of four
    'microchip 98 5112003456789', // a first group of two
    'microchip 12345678', // 8 characters
    'microchip 123456AB', // 8 characters
    'microchip 123456ABCD', // six digits in ten
    'microchip 1234567ABCD', // eleven
    'microchip 1234567ABG', // not hexadecimal
    'microchip 985112003456789X', // glued to a letter
    // After the bare `chip` only an ISO chip's 15 digits since L11 of probe 2026-12-06b (`chip 985112003456789` is masked),
    // and since its open part (2026-12-06c) an older US chip's ten in capitals with a letter (`chip 1234567FF0` is masked):
    'chip 1234567890', // ten digits with no letter need a number word
    'chip 1234567ff0', // in lower case too
    'chip 98511200345678', // 14 digits
  ])('%s: nothing', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('a pet\'s tag or licence', () => {
  it.each([
    ['rabies tag 2026-44817', '2026-44817'],
    ['Rabies tag no. 44817', '44817'],
    ['pet tag # 4481', '4481'],
    ['dog tag number 44817', '44817'],
    ['cat tag 44817', '44817'],
    ['animal tag 44817', '44817'],
    ['county tag 2026-44817', '2026-44817'],
    ['city tag 2026-44817', '2026-44817'],
    ['collar tag 2026-44817', '2026-44817'],
    ['dog license no. 2026-44817', '2026-44817'],
    ['dog licence 2026-44817', '2026-44817'],
    ['cat license 2026-44817', '2026-44817'],
    ['pet licence number 2026-44817', '2026-44817'],
    ['animal license 2026-44817', '2026-44817'],
    ['kennel license # 2026-44817', '2026-44817'],
    ['dog_license 2026-44817', '2026-44817'],
    ['rabies tag 123456789012', '123456789012'],
  ])('%s', (text, value) => {
    expect(found(text)).toEqual(one('PET_ID', value));
  });
  it('gives the exact span, type and class, and no driver\'s or professional licence', () => {
    expect(spans('dog license no. 2026-44817 for Rex')).toEqual([[16, 26, 'PET_ID', 'pii']]);
    expect(found('medical license no. 2026-44817')).toEqual(one('LICENSE_NUMBER', '2026-44817'));
    expect(found('license no. 2026-44817')).toEqual(one('LICENSE_NUMBER', '2026-44817'));
  });
  it('takes 4 to 12 characters with four digits after a pet\'s tag (token(4, 4, 12))', () => {
    expect(found('rabies tag 123')).toEqual([]);
    expect(found('rabies tag A123')).toEqual([]);
    expect(found('rabies tag 1234567890123')).toEqual([]);
  });
  it.each([
    ['tag no. 2026-44817', '2026-44817'],
    ['tag number 2026-448', '2026-448'],
    ['tag nr 2026-448172', '2026-448172'],
    ['Tag # 1999-12345', '1999-12345'],
    ['tag no 202644817', '202644817'],
  ])('after `tag no.` alone a year and a serial: %s', (text, value) => {
    expect(found(text)).toEqual(one('PET_ID', value));
  });
  it.each([
    'tag no. 2026-44', // a serial of two
    'tag no. 2026-4481723', // of seven
    'tag no. 1899-12345', // not a year of 19xx or 20xx
    'tag no. 2126-12345',
    'tag no. X2026-44817',
    'tag no. 2026-4481X',
    'tag no. 44817',
    'tag 2026-44817', // no number word
    'v1.2 tag no. 12345678', // a software tag's number
  ])('%s: nothing', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('the owner labels\' walk', () => {
  it('reads every value of a text, each once, with the other labels', () => {
    const text = 'Student ID: S00482913; SNAP case 20260044; MRN: 4471982; microchip 985112003456789; rabies tag 2026-44817';
    expect(found(text)).toEqual([
      ['MRN', '4471982', '4471982'],
      ['STUDENT_ID', 'S00482913', 'S00482913'],
      ['HEALTH_PLAN_ID', '20260044', '20260044'],
      ['PET_ID', '985112003456789', '985112003456789'],
      ['PET_ID', '2026-44817', '202644817'],
    ]);
  });
  it('takes the label\'s own value: the later labels of the walk are each read', () => {
    expect(found('tag no. 2026-44817 tag no. 2025-12345')).toEqual([...one('PET_ID', '2026-44817'), ...one('PET_ID', '2025-12345')]);
    expect(found('NYSIIS-88120334 NYSIIS-88120335')).toEqual([...one('MRN', '88120334'), ...one('MRN', '88120335')]);
  });
  it('skips a label glued to its value and a value glued to a letter', () => {
    expect(found('studentid00482913')).toEqual([]);
    expect(found('Student ID: S00482913é')).toEqual([]);
  });
  it('leaves a text without the labels alone', () => {
    expect(found('case 20260044 file 12345678 claim 99887766')).toEqual([]);
    expect(found('Order 12345678, invoice 99887766')).toEqual([]);
  });
});

describe('HEALTH_ID_KEYS\' members of 2026-12-05a', () => {
  const kindOf = (key: string) => { const kind = HEALTH_ID_KEYS.get(key); return kind === undefined ? undefined : [kind.type, kind.class]; };
  it.each([
    ...['medicalbic', 'medicalbicnumber', 'medicalbicid', 'medicalcin', 'bicid', 'snapcasenumber', 'snapcaseno', 'snapcaseid', 'snapid', 'snapnumber', 'calfreshcasenumber', 'wicid', 'wicnumber', 'wicparticipantid', 'wiccasenumber', 'vafilenumber', 'vafileno', 'vaclaimnumber', 'cfilenumber'].map((key) => [key, 'HEALTH_PLAN_ID', 'phi']),
    ...['iisid', 'iisnumber', 'immunizationregistryid', 'immunisationregistryid', 'immunizationregistrynumber', 'vaccineregistryid'].map((key) => [key, 'MRN', 'phi']),
    ...['studentid', 'studentnumber', 'studentno', 'studentnr', 'studentref', 'sisid', 'sisnumber', 'pupilid', 'pupilnumber', 'learnerid', 'learnernumber', 'matrikelnummer', 'matrikelnr', 'schülernummer', 'schuelernummer', 'schülerid', 'numeroetudiant', 'numerodetudiant', 'numeroeleve', 'numerodeleve', 'numeroestudiante', 'numerodeestudiante', 'numeroalumno', 'numerodealumno', 'numeromatricola', 'matricola', 'studentnummer', 'leerlingnummer', 'numerindeksu', 'numeralbumu'].map((key) => [key, 'STUDENT_ID', 'pii']),
    ...['microchip', 'microchipnumber', 'microchipno', 'microchipid', 'microchipcode', 'chipid', 'chipnumber', 'chipno', 'transponder', 'transpondernumber', 'rabiestag', 'rabiestagnumber', 'rabiestagno', 'tagnumber', 'doglicense', 'doglicence', 'doglicensenumber', 'doglicencenumber', 'petlicense', 'petlicence', 'petlicensenumber', 'petlicencenumber', 'animallicensenumber'].map((key) => [key, 'PET_ID', 'pii']),
  ])('%s', (key, type, kind) => {
    expect(kindOf(key)).toEqual([type, kind]);
  });
  it('holds no school\'s, case\'s or tag\'s own id, and no empty name', () => {
    for (const key of ['schoolid', 'caseid', 'casenumber', 'tag', 'tagid', 'fileid', 'claimid', '']) expect(kindOf(key)).toBeUndefined();
    // `chip` holds a pet's chip only of an ISO chip's shape since L11 of probe 2026-12-06b, not a processor's.
    expect(HEALTH_ID_KEYS.get('chip')?.type).toBe('PET_ID');
    expect(HEALTH_ID_KEYS.get('chip')?.accept?.('985112003456789')).toBe(true);
    expect(HEALTH_ID_KEYS.get('chip')?.accept?.('985 112 003 456 789')).toBe(true);
    expect(HEALTH_ID_KEYS.get('chip')?.accept?.('Apple M3')).toBe(false);
    expect(HEALTH_ID_KEYS.get('chip')?.accept?.('98511200345678')).toBe(false);
    // `license` holds a driver's licence only of its shape since L12 of probe 2026-12-05g, not a pet's or any value.
    expect(HEALTH_ID_KEYS.get('license')?.type).toBe('DRIVER_LICENSE');
    expect(HEALTH_ID_KEYS.get('license')?.accept?.('2026-44817')).toBe(false);
    expect(HEALTH_ID_KEYS.get('license')?.accept?.('MIT')).toBe(false);
  });
});
