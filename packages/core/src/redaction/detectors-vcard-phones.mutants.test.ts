// Mutation tests for detectors.ts detectVcardAddresses and the blank branch of detectNameCommaPhones
// (NAME_BLANK_NUMBER, indiaOrKenyaMobile) (issue 13; docs/TESTING.md, the row of 2026-12-06f):
// through detectSensitive, every detection with its type, offsets and normalized value. The vCard
// inputs use components no other detector reads (a one-word street, a four-digit postal code), so
// each span is the vCard reader's. Each test kills mutants that the probe suites let survive.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';

/** [type, start, end, text, normalized] of each detection. */
const found = (text: string): Array<[string, number, number, string, string | undefined]> =>
  detectSensitive(text).map((d) => [d.type, d.start, d.end, text.slice(d.start, d.end), d.normalized]);

describe('detectVcardAddresses: the components', () => {
  it('the street and the postal code of a value of five `;` and more; four are none', () => {
    expect(found('ADR:;;Rosewood;Leeds;;8011')).toEqual([['ADDRESS', 6, 14, 'Rosewood', 'rosewood'], ['ADDRESS', 22, 26, '8011', '8011']]);
    expect(found('ADR:;;Rosewood;Leeds;8011')).toEqual([]);
  });
  it('the box, the extended address and the street (0, 1, 2) and the postal code (5); not the locality, region, country nor what follows', () => {
    const text = 'ADR;TYPE=HOME;LABEL="Rosewood":Box 7;Rear;Rosewood;Leeds;;8011;UK;x;y';
    expect(found(text)).toEqual([
      ['ADDRESS', 21, 29, 'Rosewood', 'rosewood'],
      ['ADDRESS', 31, 36, 'Box 7', 'box 7'],
      ['ADDRESS', 37, 41, 'Rear', 'rear'],
      ['ADDRESS', 42, 50, 'Rosewood', 'rosewood'],
      ['ADDRESS', 58, 62, '8011', '8011'],
    ]);
  });
  it('a component\'s blanks are left out of its span; a component of no letter or digit is none; empty components count', () => {
    expect(found('ADR:;;  Rosewood ;Leeds;;8011;UK')).toEqual([['ADDRESS', 8, 16, 'Rosewood', 'rosewood'], ['ADDRESS', 25, 29, '8011', '8011']]);
    expect(found('ADR:;; -- ;Leeds;;8011;UK')).toEqual([['ADDRESS', 18, 22, '8011', '8011']]);
    expect(found('ADR:;;Rosewood;;;;')).toEqual([['ADDRESS', 6, 14, 'Rosewood', 'rosewood']]);
    expect(found('ADR:;;;;;;')).toEqual([]);
  });
  it('an escaped `;` or letter belongs to its component', () => {
    expect(found('ADR:;;Rosewood;Leeds;;8011\\;UK')).toEqual([['ADDRESS', 6, 14, 'Rosewood', 'rosewood'], ['ADDRESS', 22, 30, '8011\\;UK', '8011\\;uk']]);
    expect(found('ADR:;;Rose\\nwood;Leeds;;;UK')).toEqual([['ADDRESS', 6, 16, 'Rose\\nwood', 'rose\\nwood']]);
  });
  it('a LABEL parameter (any case) is masked whole, at its offset', () => {
    expect(found('ADR;label="Rosewood, Leeds":;;Rosewood;Leeds;;8011;UK')).toEqual([
      ['ADDRESS', 11, 26, 'Rosewood, Leeds', 'rosewood, leeds'],
      ['ADDRESS', 30, 38, 'Rosewood', 'rosewood'],
      ['ADDRESS', 46, 50, '8011', '8011'],
    ]);
  });
  it('each ADR line of a text, CRLF or LF, with a group before ADR', () => {
    expect(found('ADR;TYPE=HOME:;;Rosewood;Leeds;;8011;UK\r\n item1.ADR:;;Oakfield;Leeds;;8012;UK')).toEqual([
      ['ADDRESS', 16, 24, 'Rosewood', 'rosewood'],
      ['ADDRESS', 32, 36, '8011', '8011'],
      ['ADDRESS', 54, 62, 'Oakfield', 'oakfield'],
      ['ADDRESS', 70, 74, '8012', '8012'],
    ]);
    expect(found('ADRX:;;Rosewood;Leeds;;8011;UK')).toEqual([]);
  });
});

describe('detectVcardAddresses: no person inside a place (locality, region, country)', () => {
  it.each([
    ['ADR:;;Rosewood;Dr Maria Lopez;;8011;UK', [['ADDRESS', 6, 14, 'Rosewood', 'rosewood'], ['ADDRESS', 31, 35, '8011', '8011']]],
    ['ADR:;;Rosewood;Leeds;Dr Maria Lopez;8011;UK', [['ADDRESS', 6, 14, 'Rosewood', 'rosewood'], ['ADDRESS', 36, 40, '8011', '8011']]],
    ['ADR:;;Rosewood;Leeds;;8011;Dr Maria Lopez', [['ADDRESS', 6, 14, 'Rosewood', 'rosewood'], ['ADDRESS', 22, 26, '8011', '8011']]],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
  it('a person outside the places stays: before the first, between two ADR lines, after the last, past the country', () => {
    const text = 'FN:Dr Anna Kowalska\nADR:;;Rosewood;Dr Maria Lopez;;8011;UK\nNOTE:Dr Emily Clarke\nADR:;;Oakfield;Leeds;Dr Jan Nowak;8012;UK;Dr Tom Baker\nDr Ruth Evans';
    expect(found(text)).toEqual([
      ['PERSON', 6, 19, 'Anna Kowalska', 'anna kowalska'],
      ['ADDRESS', 26, 34, 'Rosewood', 'rosewood'],
      ['ADDRESS', 51, 55, '8011', '8011'],
      ['PERSON', 67, 79, 'Emily Clarke', 'emily clarke'],
      ['ADDRESS', 86, 94, 'Oakfield', 'oakfield'],
      ['ADDRESS', 114, 118, '8012', '8012'],
      ['PERSON', 125, 134, 'Tom Baker', 'tom baker'],
      ['PERSON', 138, 148, 'Ruth Evans', 'ruth evans'],
    ]);
  });
});

describe('detectVcardAddresses: the places, at their edges (2026-12-07)', () => {
  it('a person that is a whole place (from its `;` to the next) is dropped, the locality and the country', () => {
    expect(found('ADR:;;Rosewood;Maria Lopez;;8011;UK')).toEqual([['ADDRESS', 6, 14, 'Rosewood', 'rosewood'], ['ADDRESS', 28, 32, '8011', '8011']]);
    expect(found('ADR:;;Rosewood;Leeds;;8011;Maria Lopez')).toEqual([['ADDRESS', 6, 14, 'Rosewood', 'rosewood'], ['ADDRESS', 22, 26, '8011', '8011']]);
  });
  it('only persons are dropped: an email in a place stays', () => {
    expect(found('ADR:;;Rosewood;ankit@example.com;;8011;UK')).toEqual([
      ['ADDRESS', 6, 14, 'Rosewood', 'rosewood'],
      ['EMAIL', 15, 32, 'ankit@example.com', 'ankit@example.com'],
      ['ADDRESS', 34, 38, '8011', '8011'],
    ]);
  });
  it('each finding an address of class pii.address: the LABEL and the components', () => {
    expect(detectSensitive('ADR;LABEL="Rosewood, Leeds":;;Rosewood;Leeds;;8011;UK').map((d) => [d.type, d.class])).toEqual([
      ['ADDRESS', 'pii.address'],
      ['ADDRESS', 'pii.address'],
      ['ADDRESS', 'pii.address'],
    ]);
  });
  it('read only when addresses are asked for', () => {
    const text = 'ADR:;;Rosewood;Leeds;;8011;UK';
    expect(detectSensitive(text, { builtins: ['email', 'phone', 'person'] })).toEqual([]);
    expect(detectSensitive(text, { builtins: ['address'] }).map((d) => text.slice(d.start, d.end))).toEqual(['Rosewood', '8011']);
  });
  it('`ADR` with no structured value (no place): the persons stay', () => {
    expect(found('FN:Dr Maria Lopez\nADR:Rosewood')).toEqual([['PERSON', 6, 17, 'Maria Lopez', 'maria lopez']]);
  });
});

describe('detectNameCommaPhones: ten digits after a person\'s name and a blank', () => {
  const person = ['PERSON', 0, 12, 'Ankit Sharma', 'ankit sharma'];
  it('one or two blanks or a tab, then ten digits of an Indian mobile', () => {
    expect(found('Ankit Sharma 9876543210')).toEqual([person, ['PHONE', 13, 23, '9876543210', '9876543210']]);
    expect(found('Ankit Sharma  9876543210')).toEqual([person, ['PHONE', 14, 24, '9876543210', '9876543210']]);
    expect(found('Ankit Sharma\t9876543210')).toEqual([person, ['PHONE', 13, 23, '9876543210', '9876543210']]);
    expect(found('Ankit Sharma   9876543210')).toEqual([person]);
  });
  it('the number ends there: a letter, a digit, `_`, or punctuation and a digit after it make none; punctuation alone does not', () => {
    for (const text of ['Ankit Sharma 98765432101', 'Ankit Sharma 9876543210x', 'Ankit Sharma 9876543210_', 'Ankit Sharma 9876543210.5', 'Ankit Sharma 9876543210/2']) expect(found(text), text).toEqual([person]);
    expect(found('Ankit Sharma 9876543210, ok')).toEqual([person, ['PHONE', 13, 23, '9876543210', '9876543210']]);
    expect(found('Ankit Sharma 9876543210.')).toEqual([person, ['PHONE', 13, 23, '9876543210', '9876543210']]);
  });
  it('India: 6-9 first and valid; Kenya: 07, 010, 011 and valid; nothing else', () => {
    expect(found('Ankit Sharma 5876543210')).toEqual([person]);
    expect(found('Ankit Sharma 1234567890')).toEqual([person]);
    const kamau = ['PERSON', 8, 18, 'JOHN KAMAU', 'john kamau'];
    for (const digits of ['0712345678', '0112345678', '0101234567']) expect(found(`sent to JOHN KAMAU ${digits} on`), digits).toEqual([kamau, ['PHONE', 19, 29, digits, digits]]);
    for (const digits of ['0612345678', '0812345678', '0012345678', '0121234567']) expect(found(`sent to JOHN KAMAU ${digits} on`), digits).toEqual([kamau]);
  });
  it('a comma keeps its own rule (nine-digit mobiles): ten digits after a comma are none', () => {
    expect(found('Ankit Sharma, 9876543210')).toEqual([person]);
    expect(found('Ankit Sharma,9876543210')).toEqual([person]);
  });
  // 2026-12-07 (the run of 2026-12-06f finished): the comma branch beside the blank one, a person's
  // span only, and Kenya's prefix at the start only.
  it('after a comma: nine digits, grouped or not, are a phone, normalized to digits; a leading 0 (an international prefix) makes none', () => {
    const lopes = ['PERSON', 0, 11, 'Maria Lopes', 'maria lopes'];
    expect(found('Maria Lopes, 934 567 890')).toEqual([lopes, ['PHONE', 13, 24, '934 567 890', '934567890']]);
    expect(found('Maria Lopes,  934567890')).toEqual([lopes, ['PHONE', 14, 23, '934567890', '934567890']]);
    expect(found('Maria Lopes, 002 780 678')).toEqual([lopes]);
  });
  it('only after a person: ten digits after an email or another finding are none', () => {
    expect(found('ankit@example.com 9876543210')).toEqual([['EMAIL', 0, 17, 'ankit@example.com', 'ankit@example.com']]);
  });
  it('Kenya\'s 07, 010, 011 at the start only: `2544307947` holds `079` and is valid for Kenya, and is none', () => {
    expect(found('sent to JOHN KAMAU 2544307947 on')).toEqual([['PERSON', 8, 18, 'JOHN KAMAU', 'john kamau']]);
  });
});

describe('phoneContext: the words of 2026-12-06c (Hinglish possessives, Swahili, Spanish `cel`)', () => {
  const phones = (text: string): Array<[number, number, string]> => detectSensitive(text).filter((d) => d.type === 'PHONE').map((d) => [d.start, d.end, text.slice(d.start, d.end)]);
  it.each<[string, number]>([
    ['mera number 9876543210 hai', 12], ['meri number 9876543210', 12], ['apna no. 9876543210', 9], ['apni num 9876543210', 9], ['my number 9876543210', 10],
    ['namba yangu 0712345678', 12], ['namba yangu ya simu 0712345678', 20], ['namba yangu  ya simu 0712345678', 21], ['nambari yangu 0712345678', 14],
    ['namba ya simu 0712345678', 14], ['nitumie 0712345678', 8], ['cel 987654321', 4], ['mi cel 987654321', 7],
  ])('%s: a phone at %i', (text, start) => {
    const digits = text.slice(start).match(/^\d+/)?.[0] as string;
    expect(phones(text)).toEqual([[start, start + digits.length, digits]]);
  });
  it.each([
    'mera order number 9876543210', 'namba yangu ya benki 0712345678', 'namba yangu\tya\tbenki 0712345678', 'excel 987654321', 'xmera number 9876543210', 'mera numberx 9876543210', 'the 9876543210',
  ])('%s: no phone (another number of mine, a word inside a word)', (text) => expect(phones(text)).toEqual([]));
  // The 10 static mutants of phoneContext that survived the tests above (made by hand, 2026-12-07:
  // docs/TESTING.md's row): the French, Portuguese and Spanish words and `message` before a number
  // that is a phone only beside such a word, and two blanks either side of Swahili `ya` before a bank's word.
  it.each<[string, number]>([
    ['téléphone 987654321', 10], ['telephone 987654321', 10], ['message 987654321', 8], ['telemóvel 987654321', 10], ['telemovel 987654321', 10],
    ['móvil 987654321', 6], ['movil 987654321', 6], ['contacto 987654321', 9], ['contacta 987654321', 9], ['llámame 987654321', 8], ['llameme 987654321', 8],
  ])('%s: a phone at %i (a word of other languages)', (text, start) => {
    const digits = text.slice(start).match(/^\d+/)?.[0] as string;
    expect(phones(text)).toEqual([[start, start + digits.length, digits]]);
  });
  it.each(['namba yangu  ya benki 0712345678', 'namba yangu ya  benki 0712345678', 'namba yangu  ya  benki 0712345678'])('%j: no phone (two blanks around `ya` of another number of mine)', (text) => expect(phones(text)).toEqual([]));  // `ll[áa]m[ae]me`: calling verbs (callVerbBefore) read `llámame` too, but only up to three words before the
  // number; phoneContext reads it anywhere in the 48 characters before it, so only it makes these phones
  // (both of its mutants, `ll[^áa]m[ae]me` and `ll[áa]m[^ae]me`, made by hand: 3 of 59 failed each).
  it.each<[string, number]>([
    ['Llámame mañana por la tarde al 612345678', 31], ['llamame mañana por la tarde, 612345678', 29], ['Llámeme mañana por la tarde al 612345678', 31],
  ])('%s: a phone at %i (`llámame` four words and more before the number)', (text, start) => {
    expect(phones(text)).toEqual([[start, start + 9, text.slice(start, start + 9)]]);
  });
});
