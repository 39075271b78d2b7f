// A passport's number after `document number` with the document's title before it, as I-9 List A notes and
// forms write it (the sixteenth README-only probe of 2026-12-05i, L10; issue 11): `List A document: U.S.
// Passport, document number 533401372, …`, `Document title: U.S. Passport; Document number: 567283945` and
// `{documentTitle: 'U.S. Passport', documentNumber: '…'}` were stored raw, while `U.S. Passport number …`
// was masked. A document's type, then `, document number` or `; Document number:`, is that document's label
// (for a passport, a driver's licence or an id card alike), and a `documentTitle` member names the type of
// its object's number as `documentType` does. Numbers after other titles stay.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor, detectSensitive } from '@agent-audit/core';
import { masked, storedResults } from './masked-text.js';

const { leaksIn, stored } = storedResults(createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(5)]), sessionMemory: false }), 'c');

describe('a document number after the document title', () => {
  it.each([
    ['I-9 Section 2 completed. List A document: U.S. Passport, document number 533401372, expiration 2031-08-14.', '533401372', 'PASSPORT'],
    ['Document title: U.S. Passport; Document number: 567283945', '567283945', 'PASSPORT'],
    ['List A: US passport, doc. no. 488839667, exp 2030-01-02', '488839667', 'PASSPORT'],
    ['List B document: Driver\'s License, document number D1234-5678-9012, issuing authority CA DMV', 'D1234-5678-9012', 'DRIVER_LICENSE'],
    ['Reisepass, Dokumentnummer C01X00T47', 'C01X00T47', 'PASSPORT'],
  ])('%j', (text, number, type) => {
    expect(masked(text)).not.toContain(number);
    expect(detectSensitive(text).some((d) => d.type === type)).toBe(true);
  });
  it.each<[string, unknown, string[]]>([
    ['an I-9 record', { i9: { listA: { documentTitle: 'U.S. Passport', documentNumber: '612004837', issuingAuthority: 'U.S. Department of State', expirationDate: '2031-08-14' } } }, ['612004837']],
    ['snake case', { document_title: 'Passport', document_number: 'X4471209' }, ['X4471209']],
  ])('%s', (_name, value, values) => {
    expect(leaksIn(value, values)).toEqual([]);
  });
});

describe('numbers after other titles stay', () => {
  it.each([
    'Invoice, document number 533401372, due 2026-12-31',
    'Report title: Quarterly Review; Document number: 567283945',
    'U.S. Passport, document number field is required',
  ])('%j', (text) => {
    expect(detectSensitive(text).filter((d) => d.class === 'pii.government_id')).toEqual([]);
  });
  it('a document title that names no identifier', () => {
    const value = { documentTitle: 'Employee Handbook', documentNumber: 'HB-2026-004' };
    expect(JSON.parse(stored(value))).toEqual(value);
  });
});

// The open part of L10: the number word first, as the Romance languages and Polish write it (`número de
// documento`, `número do documento`, `numéro du document`, `numero del documento`, `numer dokumentu`)
// after a document's title, with a comma, a semicolon, a colon or nothing between.
describe('`número de documento` and its kin after a document title', () => {
  it.each([
    ['Identificación: Pasaporte, número de documento XDB771204, válido hasta 2031.', 'XDB771204', 'PASSPORT'],
    ['Documento: Passaporte, número do documento CB884120, validade 2030-05-01', 'CB884120', 'PASSPORT'],
    ['Passaporto, numero del documento YB7712045; scadenza 2033', 'YB7712045', 'PASSPORT'],
    ["Pièce présentée : passeport, numéro du document 19AV55012, expire 2032", '19AV55012', 'PASSPORT'],
    ['Pasaporte: número de documento AAF405118', 'AAF405118', 'PASSPORT'],
    ['Paszport, numer dokumentu EB4417220', 'EB4417220', 'PASSPORT'],
    ['Tipo de documento: DNI; Número de documento: 30551876', '30551876', 'NATIONAL_ID'],
  ])('%j', (text, number, type) => {
    expect(masked(text)).not.toContain(number);
    expect(detectSensitive(text).some((d) => d.type === type)).toBe(true);
  });
  it.each([
    'Albarán, número de documento A-4411, entregado',
    'Pedido; número de documento 2026-1187',
    'Pasaporte, número de documentos 3',
    'Contrato, numéro du document 00412',
  ])('stays: %j', (text) => {
    expect(detectSensitive(text).filter((d) => d.class === 'pii.government_id')).toEqual([]);
  });
});

