// L10 of the sixth README-only probe of 2026-12-04 (probe-2026-12-04f.cases.md): a passport
// number under a document member whose type is ICAO 9303's document code `P` (the first character
// of a machine-readable passport's MRZ), or under `docNo`, was stored raw (APIS
// `{documentNumber:'533380006', documentType:'P'}`, `{docNo:'X12345678', docType:'P'}`), while
// `documentType:'passport'` was masked. The row's inputs and other spellings of the kind through
// the real pipeline; look-alikes beside them stay as written.
import { afterAll, describe, expect, it } from 'vitest';
import type { JsonValue } from '@agent-audit/core';
import { kinds, redacted, removeLedgers, stored } from './pipeline-2026-12-04f.js';

afterAll(removeLedgers);

describe('L10: the row', () => {
  it('APIS passengers: the passport number beside documentType P is masked with the rest', async () => {
    const apis = { passengers: [{ surname: 'VLINTUK', givenNames: 'QXARO', dateOfBirth: '1984-03-12', documentNumber: '533380006', documentType: 'P' }] };
    const { values, raw } = await stored([apis]);
    expect(kinds(values[0] as JsonValue)).toBe('{"passengers":[{"dateOfBirth":"[DOB]","documentNumber":"[PASSPORT]","documentType":"P","givenNames":"[PERSON]","surname":"[PERSON]"}]}');
    for (const value of ['533380006', 'VLINTUK', 'QXARO', '1984-03-12']) expect(raw).not.toContain(value);
  });
  it('docNo beside docType P', async () => {
    const { values, raw } = await stored([{ docNo: 'X12345678', docType: 'P' }]);
    expect(kinds(values[0] as JsonValue)).toBe('{"docNo":"[PASSPORT]","docType":"P"}');
    expect(raw).not.toContain('X12345678');
  });
  it('the row\u2019s masked inputs stay masked', () => {
    expect(kinds(redacted({ documentNumber: '533380006', documentType: 'passport' }))).toBe('{"documentNumber":"[PASSPORT]","documentType":"passport"}');
    expect(kinds(redacted({ idDocument: { type: 'PASSPORT', number: '533380006' } }))).toBe('{"idDocument":{"number":"[PASSPORT]","type":"PASSPORT"}}');
    expect(kinds(redacted({ passportNumber: '533380006' }))).toBe('{"passportNumber":"[PASSPORT]"}');
  });
});

describe('L10: other spellings of the kind (held back)', () => {
  it.each([
    [{ doc_no: 'X12345678', doc_type: 'P' }, 'doc_no'],
    [{ documentNo: '533380006', documentTypeCode: 'P' }, 'documentNo'],
    [{ travelDocument: { docType: 'P', docNumber: 'C01X00T47', issuingCountry: 'D' } }, 'docNumber'],
    [{ DocType: 'P<', DocNo: '533380006' }, 'DocNo'],
    [{ idType: 'P', number: 'X12345678' }, 'number'],
    [{ document_type: 'P', document_number: 'L898902C3', nationality: 'UTO' }, 'document_number'],
    [{ docs: [{ docType: 'P', docNum: '533380006', expiry: '2031-05-01' }] }, 'docNum'],
    [{ DocumentType: 'P', DocumentNumber: '533380006' }, 'DocumentNumber'],
  ] as const)('%j: the number is a PASSPORT', async (input, member) => {
    const { values, raw } = await stored([input as unknown as JsonValue]);
    const text = kinds(values[0] as JsonValue);
    expect(text).toContain(`"${member}":"[PASSPORT]"`);
    const number = JSON.stringify(input).match(/"(?:[A-Z]\d{8}|\d{9}|C01X00T47|L898902C3)"/)?.[0] as string;
    expect(raw).not.toContain(number.slice(1, -1));
  });
});

describe('L10: look-alikes stay as written', () => {
  it.each([
    [{ docNo: 'INV-2291', docType: 'invoice' }],
    [{ documentType: 'PO', documentNumber: '4500012345' }],
    [{ documentType: 'PD', documentNumber: '4500012346' }],
    [{ type: 'P', number: '12' }],
    [{ docType: 'P', docNo: 'draft' }],
    [{ docNo: '4471', docType: 'Q' }],
    [{ page: 'P', no: 3 }],
    [{ level: 'P', value: '1200' }],
  ] as const)('%j', (input) => {
    expect(redacted(input as unknown as JsonValue)).toEqual(input);
  });
});
