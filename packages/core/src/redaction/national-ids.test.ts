import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';
import { createKeyring } from './keys.js';
import { createRedactor } from './redactor.js';
import { ahvValid, bsnValid, chineseIdValid, codiceFiscaleValid, cpfValid, emiratesIdValid, hkidValid, myNumberValid, nirValid, ninoPrefixValid, nricValid, peselValid, sinValid, spanishIdValid, steuerIdValid } from './national-ids.js';

// Attack 11c, F3: national identifiers other than the US SSN were stored raw, even right after
// their label. Each input of the attack is a case here; look-alikes that must stay follow.

const GOVERNMENT = new Set(['SSN', 'NATIONAL_ID', 'PASSPORT', 'DRIVER_LICENSE']);
const ids = (text: string) =>
  detectSensitive(text)
    .filter((d) => GOVERNMENT.has(d.type))
    .map((d) => ({ type: d.type, value: text.slice(d.start, d.end), class: d.class }));

const attackInputs: Array<[text: string, value: string, type: string]> = [
  ['Customer NI number: QQ 12 34 56 C, please update.', 'QQ 12 34 56 C', 'NATIONAL_ID'],
  ['National Insurance No. AB123456C', 'AB123456C', 'NATIONAL_ID'],
  ['DNI 12345678Z del paciente', '12345678Z', 'NATIONAL_ID'],
  ['NIE X1234567L', 'X1234567L', 'NATIONAL_ID'],
  ['Codice fiscale: RSSMRA85T10A562S', 'RSSMRA85T10A562S', 'NATIONAL_ID'],
  ['numéro de sécurité sociale 1 85 03 75 116 238 91', '1 85 03 75 116 238 91', 'NATIONAL_ID'],
  ['PESEL: 85031212345', '85031212345', 'NATIONAL_ID'],
  ['BSN 123456782 van klant', '123456782', 'NATIONAL_ID'],
  ['SIN: 046 454 286', '046 454 286', 'NATIONAL_ID'],
  ['Steuer-ID 12 345 678 901', '12 345 678 901', 'NATIONAL_ID'],
  ['Ausweisnummer L01X00T47', 'L01X00T47', 'NATIONAL_ID'],
  ['身份证号 11010519491231002X', '11010519491231002X', 'NATIONAL_ID'],
  ['passport number 561234987 issued 2019', '561234987', 'PASSPORT'],
  ['Passport No: 123456789GBR', '123456789GBR', 'PASSPORT'],
  ["Driver's license D1234567 (CA)", 'D1234567', 'DRIVER_LICENSE'],
  ['ITIN 912-70-1234', '912-70-1234', 'NATIONAL_ID'],
  ['my social is 536228514', '536228514', 'SSN'],
];

describe('national ids: the attack inputs (11c F3)', () => {
  it('finds each whole value after its label, as a government id', () => {
    for (const [text, value, type] of attackInputs) expect(ids(text), text).toEqual([{ type, value, class: 'pii.government_id' }]);
  });

  it('stores none of them through the redactor', async () => {
    const redactor = createRedactor({ pseudonymKey: createKeyring([randomBytes(32)]) });
    const event = (note: string) =>
      ({
        v: 1, id: '01JABCDEFGHJKMNPQRSTVWXYZ0', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.call',
        trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) }, agent: { id: 'bot' }, source: 'test', outcome: 'success', session: 'visit-1',
        tool: { name: 'crm.note', arguments: { note } },
      }) as never;
    for (const [text, value] of attackInputs) {
      const { event: out } = await redactor.redact(event(text), { capture: {} } as never);
      const stored = JSON.stringify(out);
      expect(stored, text).not.toContain(value);
      expect(stored, text).toContain('pii.government_id');
    }
  });
});

describe('national ids: labels in the country’s language, separators, case', () => {
  it('finds labelled values in other spellings', () => {
    const cases: Array<[string, string]> = [
      ['Numer PESEL 44051401359.', '44051401359'],
      ['burgerservicenummer: 1234.56.782', '1234.56.782'],
      ['SIN 046-454-286', '046-454-286'],
      ["numéro d'assurance sociale 130 692 544", '130 692 544'],
      ['Steuerliche Identifikationsnummer: 86 095 742 719', '86 095 742 719'],
      ['Personalausweis-Nr. T220001293', 'T220001293'],
      ['Reisepass C01X00T47', 'C01X00T47'],
      ['pasaporte nº AAA123456', 'AAA123456'],
      ['Führerschein B072RRE2I55', 'B072RRE2I55'],
      ['DL: D123-4567-8901', 'D123-4567-8901'],
      ['身份证11010519491231002X', '11010519491231002X'],
      ['national insurance number qq 12 34 56 c', 'qq 12 34 56 c'],
      ['DNI: 12.345.678-Z', '12.345.678-Z'],
      ['ITIN: 912701234', '912701234'],
      ['Social: 536-22-8514', '536-22-8514'],
      ['national id 123456782', '123456782'],
      ['tax id 86095742719', '86095742719'],
    ];
    for (const [text, value] of cases) expect(ids(text).map((d) => d.value), text).toEqual([value]);
  });

  it('takes short labels that are words in lower case only in capitals (Spanish sin, Polish nie)', () => {
    expect(ids('lo hizo sin 130692544 problemas')).toEqual([]);
    expect(ids('nie X1234568 teraz')).toEqual([]);
    expect(ids('SIN 130692544').map((d) => d.value)).toEqual(['130692544']);
  });

  it('does not take a following word into the value', () => {
    expect(ids('passport number 561234987 expires 2030').map((d) => d.value)).toEqual(['561234987']);
    expect(ids('DL D1234567 expires 2030').map((d) => d.value)).toEqual(['D1234567']);
  });
});

describe('national ids: without a label only with a strong checksum and a distinctive format', () => {
  it('finds valid numbers anywhere', () => {
    const cases: Array<[string, string]> = [
      ['her code is RSSMRA85T10A562S.', 'RSSMRA85T10A562S'],
      ['omocodia RSSMRA85T10A56NH here', 'RSSMRA85T10A56NH'],
      ['id 11010519491231002X ok', '11010519491231002X'],
      ['holder 1 85 03 75 116 238 81', '1 85 03 75 116 238 81'],
      ['holder 185037511623881', '185037511623881'],
      ['corse 1 85 03 2A 116 238 41', '1 85 03 2A 116 238 41'],
      ['employee AB 12 34 56 C sent', 'AB 12 34 56 C'],
      ['client 12345678-Z', '12345678-Z'],
      ['client Y1234567X', 'Y1234567X'],
    ];
    for (const [text, value] of cases) expect(ids(text).map((d) => d.value), text).toEqual([value]);
  });

  it('leaves the same shapes with a failing checksum or invalid prefix', () => {
    for (const text of [
      'her code is RSSMRA85T10A562T.', // check character
      'id 11010519491231002Y ok', '11010519491231003X', // MOD 11-2
      'holder 1 85 03 75 116 238 82', // NIR key
      'employee QQ 12 34 56 C sent', 'GB123456A', 'ZZ123456A', // NINO prefixes never issued
      'client 12345678A', 'X1234567A', // letter mod 23
      'SKU AB123456E', // NINO suffix A-D only
    ]) expect(ids(text), text).toEqual([]);
  });

  it('leaves weak-checksum numbers without their label (BSN, PESEL, SIN, Steuer-ID, passports)', () => {
    for (const text of ['123456782', 'ref 44051401359', 'no. 130 692 544', 'code 86095742719', 'C01X00T47', 'D1234567', '912-70-1234']) {
      expect(ids(text), text).toEqual([]);
    }
  });
});

describe('national ids: look-alikes stay', () => {
  it('order numbers, invoices, phones, dates, versions, hashes and random numbers are no government id', () => {
    const lookalikes = [
      'order ORD-2024-257956 shipped', 'invoice INV-000123456', 'Invoice #12345678Z', 'order 12345678 shipped', 'tracking 1Z999AA10123456784',
      'call 020 7946 0958', '+44 20 7946 0958', 'tel 0612345678', 'born 1983-12-04', 'on 04/12/1983', '2026-01-01T00:00:00.000Z',
      'version 1.85.03', 'epoch 1611382031', 'took 1234567 ms', 'md5 d41d8cd98f00b204e9800998ecf8427e', 'event 01Z22JGR037NAJ4XFNTZGRRSP5 stored',
      'sku AB1234567', 'batch 987654321', 'serial 44051401358', 'count 12 345 678 901 items', 'reference 185037511623882',
      'model ABCDEF12G34H567I', 'part 1101051949123100', 'isbn 978-3-16-148410-0', 'passport photo 2x2 inches', 'driver license renewal due 2027',
      'social media post 123456789', 'id card ending 12', 'tax id pending',
    ];
    for (const text of lookalikes) expect(ids(text), text).toEqual([]);
  });

  it('random 9 and 11 digit numbers failing the checksums stay after a generic label', () => {
    for (const text of ['national id 123456789', 'tax id 12345678901', 'identity number 111111111']) expect(ids(text), text).toEqual([]);
  });
});

describe('national ids: checksums', () => {
  it('accept the published examples and reject a changed digit', () => {
    expect(ninoPrefixValid('AB')).toBe(true);
    expect(['QQ', 'GB', 'BG', 'NK', 'ZZ', 'DA', 'AO'].map(ninoPrefixValid)).toEqual([false, false, false, false, false, false, false]);
    expect([spanishIdValid('12345678Z'), spanishIdValid('X1234567L'), spanishIdValid('Z1234567R'), spanishIdValid('12345678Y'), spanishIdValid('00000000T')]).toEqual([true, true, true, false, false]);
    expect([codiceFiscaleValid('RSSMRA85T10A562S'), codiceFiscaleValid('MRTMTT91D08F205J'), codiceFiscaleValid('RSSMRA85T10A562T'), codiceFiscaleValid('RSSMRA85T99A562S')]).toEqual([true, true, false, false]);
    expect([nirValid('185037511623881'), nirValid('185032A11623841'), nirValid('185037511623891'), nirValid('185137511623881')]).toEqual([true, true, false, false]);
    expect([peselValid('44051401359'), peselValid('02070803628'), peselValid('44051401358'), peselValid('85031212345')]).toEqual([true, true, false, false]);
    expect([bsnValid('123456782'), bsnValid('111222333'), bsnValid('123456789'), bsnValid('000000000')]).toEqual([true, true, false, false]);
    expect([sinValid('130692544'), sinValid('130692545'), sinValid('046454286'), sinValid('830692544')]).toEqual([true, false, false, false]);
    expect([steuerIdValid('86095742719'), steuerIdValid('65929970489'), steuerIdValid('86095742718'), steuerIdValid('12345678901'), steuerIdValid('11145678903')]).toEqual([true, true, false, false, false]);
    expect([chineseIdValid('11010519491231002X'), chineseIdValid('11010519491231002Y'), chineseIdValid('11010519491331002X')]).toEqual([true, false, false]);
  });
});

// The ids the attack found masked were masked by accident, as phone numbers (type PHONE, class
// pii.phone): CPF, Aadhaar, personnummer, Korean RRN, My Number. They are government ids.
describe('national ids: the ids masked as phones before are government ids (11c F3, held)', () => {
  it('classifies them as NATIONAL_ID after their label', () => {
    const cases: Array<[string, string]> = [
      ['Meu CPF é 529.982.247-25 e moro em SP', '529.982.247-25'],
      ['Aadhaar: 2345 6789 0123', '2345 6789 0123'],
      ['personnummer 19850312-1238', '19850312-1238'],
      ['주민등록번호 850312-1234567', '850312-1234567'],
      ['マイナンバー 1234 5678 9012', '1234 5678 9012'],
      ['CPF: 52998224725', '52998224725'],
      ['my number is 1234-5678-9018', '1234-5678-9018'],
    ];
    for (const [text, value] of cases) {
      expect(ids(text), text).toEqual([{ type: 'NATIONAL_ID', value, class: 'pii.government_id' }]);
      expect(detectSensitive(text).filter((d) => d.type === 'PHONE'), text).toEqual([]);
    }
  });

  it('finds a CPF as written without a label, only with its check digits', () => {
    expect(ids('cliente 529.982.247-25 ativo').map((d) => d.value)).toEqual(['529.982.247-25']);
    expect(ids('cliente 529.982.247-26 ativo')).toEqual([]);
    expect(ids('cliente 111.111.111-11 ativo')).toEqual([]);
  });

  it('checksums', () => {
    expect([cpfValid('52998224725'), cpfValid('52998224726'), cpfValid('11111111111')]).toEqual([true, false, false]);
    expect([myNumberValid('123456789018'), myNumberValid('123456789012')]).toEqual([true, false]);
  });
});

describe('national ids: Poland NIP and Brazil RG after their labels (a probe of 2026-12-03: NIP typed PHONE, RG stored raw)', () => {
  it.each([
    ['RG 12.345.678-9', '12.345.678-9'],
    ['RG: 12.345.678-9', '12.345.678-9'],
    ['Registro Geral: 12.345.678-X', '12.345.678-X'],
    ['NIP: 123-456-32-18', '123-456-32-18'],
    ['NIP 1234563218', '1234563218'],
    ['NIP: PL1234563218', 'PL1234563218'],
    ['NIP: 1234563219', '1234563219'],
  ])('%s', (text, value) => {
    const start = text.indexOf(value);
    expect(detectSensitive(text).some((d) => d.type === 'NATIONAL_ID' && d.start === start && d.end === start + value.length), text).toBe(true);
  });
  it('lower-case labels, short values and a PIN stay', () => {
    for (const text of ['rg 12.345.678-9', 'the RG is 123', 'NIP: 4821', 'nip 1234563218']) {
      expect(detectSensitive(text).filter((d) => d.type === 'NATIONAL_ID'), text).toEqual([]);
    }
  });
});

// A probe of 2026-12-03 (row 59 of test/redaction/probe-2026-12-03.cases.md): the Swiss AHV number,
// Singapore's NRIC/FIN, the Hong Kong identity card, the Emirates ID and India's PAN were stored raw,
// after their labels too.
describe('national ids: Switzerland, Singapore, Hong Kong, the UAE and India', () => {
  it('checks each checksum against the published specimens, and one changed digit fails it', () => {
    expect(ahvValid('7569217076985')).toBe(true); // the Federal Social Insurance Office's specimen 756.9217.0769.85
    expect(ahvValid('7569217076984')).toBe(false);
    expect(ahvValid('7579217076985')).toBe(false); // not 756
    expect(nricValid('S1234567D')).toBe(true);
    expect(nricValid('S1234567A')).toBe(false);
    expect(nricValid('T1234567J')).toBe(true); // T adds 4: (106 + 4) mod 11 = 0 -> J
    expect(nricValid('F1234567N')).toBe(true); // F: 106 mod 11 = 7 -> N
    expect(nricValid('G1234567X')).toBe(true); // G adds 4: 0 -> X
    expect(nricValid('M1234567K')).toBe(false); // the M series is not checked (shape after a label only)
    expect(hkidValid('A1234563')).toBe(true); // A123456(3)
    expect(hkidValid('A1234564')).toBe(false);
    expect(hkidValid('AB9876543')).toBe(true);
    expect(hkidValid('AB9876545')).toBe(false);
    expect(hkidValid('G123456A')).toBe(true); // check 10 is written A
    expect(emiratesIdValid('784198512345673')).toBe(true);
    expect(emiratesIdValid('784198512345674')).toBe(false);
    expect(emiratesIdValid('784178512345678')).toBe(false); // no birth year of 19xx or 20xx
  });

  const cases: Array<[text: string, value: string]> = [
    ['AHV-Nr. 756.9217.0769.85', '756.9217.0769.85'],
    ['versichert unter 756.9217.0769.85 seit 2019', '756.9217.0769.85'],
    ['AHV 7569217076985', '7569217076985'],
    ['numéro AVS: 756 9217 0769 85', '756 9217 0769 85'],
    ['NRIC S1234567D', 'S1234567D'],
    ['customer S1234567D called about her claim', 'S1234567D'],
    ['FIN: G1234567X', 'G1234567X'],
    ['NRIC/FIN M1234567K', 'M1234567K'],
    ['HKID A123456(3)', 'A123456(3)'],
    ['holder A123456 (3) renewed', 'A123456 (3)'],
    ['HKID: A1234563', 'A1234563'],
    ['Emirates ID 784198512345673', '784198512345673'],
    ['holder 784-1985-1234567-3', '784-1985-1234567-3'],
    ['EID: 784-1985-1234567-3', '784-1985-1234567-3'],
    ['PAN: ABCPE1234F', 'ABCPE1234F'],
    ['PAN card no. AAACB1234C', 'AAACB1234C'],
    ['his ABCPE1234F was linked to Aadhaar', 'ABCPE1234F'],
    ['permanent account number ABCPE1234F', 'ABCPE1234F'],
  ];
  it('finds each, labelled or in its distinctive written form', () => {
    for (const [text, value] of cases) expect(ids(text), text).toEqual([{ type: 'NATIONAL_ID', value, class: 'pii.government_id' }]);
  });

  it('leaves look-alikes: wrong checksums, versions, other codes, lower-case labels, thing labels', () => {
    for (const text of [
      'S1234567A', 'version 756.1234.5678.90', 'SKU ABCDE1234F', 'order S1234567D', 'EID 123', 'pan 7569217076985x',
      'eid: 784-1985-1234567-4', 'A123456(4)', 'ABCCE1234F', 'fin G1234567', '784-1785-1234567-8', 'AVS 123',
    ]) expect(ids(text), text).toEqual([]);
    // `PAN` before a card number is the card's primary account number: a card, not an id.
    expect(detectSensitive('PAN: 4111 1111 1111 1111').map((d) => d.type)).toEqual(['CARD']);
  });
});
