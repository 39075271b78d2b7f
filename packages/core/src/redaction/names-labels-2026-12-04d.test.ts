// J9 of the fourth README-only probe of 2026-12-04 (probe-2026-12-04d.cases.md): names in
// capitals after short or bilingual labels (ID-card OCR `LN VLINTUK\nFN QXARO`, `Surname /
// Nom\nMOLLQUIST`, member cards `Member: WENLIX DORVANE`) and in bank transaction lines (`ZELLE TO
// …`, `VENMO PAYMENT …`, an ACH return's `Receiver … Individual ID …`) were stored raw. The inputs
// here are other names, labels and languages of the same kinds, and look-alikes that must stay.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';

const persons = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));
const redacted = (text: string): string => {
  let out = text;
  for (const d of detectSensitive(text).slice().sort((a, b) => b.start - a.start)) out = `${out.slice(0, d.start)}[${d.type}]${out.slice(d.end)}`;
  return out;
};

describe('J9: a name after an identity card\'s or a form\'s label at its line\'s start', () => {
  it.each([
    ['LN BRAVOSK\nFN ILDREN', ['BRAVOSK', 'ILDREN']],
    ['Nachname/Surname KESTRAVIN\nVornamen/Given names ULMOTH', ['KESTRAVIN', 'ULMOTH']],
    ['Apellidos / Surname\nQUERALDO\nNombre / Given name\nISVANE', ['QUERALDO', 'ISVANE']],
    ['Cognome/Surname: TREVASCO\nNome/Given names: ORLIMA', ['TREVASCO', 'ORLIMA']],
    ['Member: TORVEK ALMSTRAD\nGroup: 0042', ['TORVEK ALMSTRAD']],
    ['Subscriber: BRELLIN OSKARDY', ['BRELLIN OSKARDY']],
    ['Surname\nKestravin', ['Kestravin']],
  ] as const)('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});

describe('J9: a payer or payee in a bank line after a payment app\'s word or an ACH receiver', () => {
  it.each([
    ['ZELLE FROM TORVEK ALMSTRAD', 'TORVEK ALMSTRAD'],
    ['VENMO FROM ULMOTH KESTRAVIN', 'ULMOTH KESTRAVIN'],
    ['12/01 ZELLE TO ISVANE QUERALDO 12/01', 'ISVANE QUERALDO'],
    ['PAYMENT BRELLIN OSKARDY', 'BRELLIN OSKARDY'],
    ['Receiver: ISVANE QUERALDO acct ****4401', 'ISVANE QUERALDO'],
  ])('%s', (text, name) => {
    expect(persons(text)).toEqual([name]);
  });

  it('a payment word that leads the run is left out of the name (TRANSFER FROM … masked FROM too)', () => {
    expect(persons('TRANSFER FROM TORVEK ALMSTRAD')).toEqual(['TORVEK ALMSTRAD']);
  });

  it.each(['Receiver: ISVANE QUERALDO Individual ID 770123456', 'RECEIVER TORVEK ALMSTRAD INDIVIDUAL ID 55120987', 'Indiv ID: 00123456789'])('a NACHA Individual ID is masked: %s', (text) => {
    const out = redacted(text);
    expect(out).not.toMatch(/\d{6}/);
  });
});

describe('J9 look-alikes stay', () => {
  it.each(['Member: ACTIVE', 'Member Since 2019', 'Name\nStatus', 'ZELLE TO CHECKING', 'PAYMENT RECEIVED', 'VENMO PAYMENT', 'Member Services', 'Surname / Nom\nN/A', 'ZELLE TO SAVINGS ACCOUNT', 'Receiver ACME CORP', 'TRANSFER TO WELLS FARGO', 'PAYMENT TO NETFLIX SUBSCRIPTION', 'individual id check passed', 'Name: Test', 'the surname field is empty', 'Surname First name Phone Email', 'Surname  Given  DOB', 'Surname     First name    Phone'])('%s', (text) => {
    expect(redacted(text)).toBe(text);
  });
});
