// National ids of Argentina, Colombia and Peru as written in their own forms (L15, L16, L18 of the
// thirteenth README-only probe, 2026-12-05f, issue 11): the Argentine CUIL/CUIT as 11 digits without
// hyphens after its label (AFIP: the holder's kind 20/23/24/27, the DNI, a mod-11 check digit), the
// Colombian cédula de ciudadanía with thousands dots after `Cédula de ciudadanía No.` or `C.C.`, and
// under a generic number member beside its type (`{"documento":{"tipo":"CC","numero":…}}`), and the
// Peruvian DNI written with the card's check character after a hyphen (`DNI 70123456-8`). The row's
// inputs, other numbers of each kind made up here, and the non-personal numbers beside them kept.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor, detectSensitive } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';
import { kept, leaks, storedResults } from './masked-text.js';

const { stored } = storedResults(createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(4)]), sessionMemory: false }));

describe('L15: an Argentine CUIL/CUIT as 11 digits after its label', () => {
  it('the probe rows', () => {
    expect(leaks('Necesito la constancia de CUIL 27284557315 a nombre de Martina Sofía Gutiérrez, DNI 28455731.', ['27284557315', '28455731'])).toEqual([]);
    expect(leaks('CUIT 20331204480', ['20331204480'])).toEqual([]);
    expect(leaks('mi cuil es 27284557315', ['27284557315'])).toEqual([]);
  });
  it.each([
    ['CUIL with a colon', 'CUIL: 20123456786', '20123456786'],
    ['C.U.I.T. dotted', 'Facturar a C.U.I.T. 20123456786 (monotributo)', '20123456786'],
    ['cuit in a sentence', 'Mi número de CUIT es 20331204480, gracias.', '20331204480'],
    ['hyphenated still', 'CUIL: 27-28455731-5', '27-28455731-5'],
  ])('%s', (_name, text, value) => {
    expect(leaks(text, [value])).toEqual([]);
  });
  it('a company CUIT, a wrong check digit and other numbers stay', () => {
    expect(kept('MercadoLibre S.R.L., CUIT 30703088534; condición IVA Responsable Inscripto.', ['30703088534'])).toEqual([]);
    expect(kept('CUIT 27333444555 no es válido', ['27333444555'])).toEqual([]);
    expect(kept('Pedido 27284557315 despachado', ['Pedido 27284557315'])).toEqual([]);
  });
});

describe('L16: a Colombian cédula de ciudadanía', () => {
  it('the probe rows', () => {
    expect(leaks('Nombres y apellidos: Carlos Andrés Restrepo Gómez\nCédula de ciudadanía No. 1.020.734.556\nCelular: +57 310 456 7890', ['1.020.734.556'])).toEqual([]);
    expect(leaks('Cédula de ciudadanía No. 52.884.213', ['52.884.213'])).toEqual([]);
    const order = stored({ cliente: 'Carlos Andrés Restrepo Gómez', documento: { tipo: 'CC', numero: '1020734556' } });
    expect(order).not.toContain('1020734556');
  });
  it.each([
    ['C.C. and the city', 'C.C. 52.884.213 de Bogotá', '52.884.213'],
    ['CC No.', 'Firma: ____ CC No. 79.456.123 de Cali', '79.456.123'],
    ['expedida en', 'identificado con cédula de ciudadanía número 1.032.456.789 expedida en Medellín', '1.032.456.789'],
    ['cédula de extranjería', 'Cédula de extranjería No. 498.765', '498.765'],
  ])('%s', (_name, text, value) => {
    expect(leaks(text, [value])).toEqual([]);
  });
  it.each([
    ['tipo CC', { documento: { tipo: 'CC', numero: '52884213' } }, '52884213'],
    ['tipoDocumento C.C.', { tipoDocumento: 'C.C.', numeroDocumento: '79456123' }, '79456123'],
    ['tipo_documento CE', { tipo_documento: 'CE', numero: '498765' }, '498765'],
    ['tipo DNI, número', { tipo: 'DNI', número: '45872319' }, '45872319'],
  ])('under a number member beside its type: %s', (_name, value, number) => {
    expect(stored(value)).not.toContain(number);
  });
  it('numbers beside other types and a street number stay', () => {
    expect(stored({ tipo: 'casa', numero: '595' })).toContain('595');
    expect(stored({ tipo: 'factura', numero: '52884213' })).toContain('52884213');
    expect(stored({ logradouro: 'Rua X', numero: '1500' })).toContain('1500');
    expect(kept('Almacenes Éxito S.A., NIT 890.900.608-9', ['890.900.608-9'])).toEqual([]);
  });
});

describe('L18: a Peruvian DNI with its check character', () => {
  it('the probe rows', () => {
    expect(leaks('Apellidos y nombres: ROSA ELENA QUISPE MAMANI\nDNI N° 45872319-4\nCelular: 987 654 321', ['45872319'])).toEqual([]);
    expect(leaks('DNI 70123456-8', ['70123456'])).toEqual([]);
  });
  it.each([
    ['DNI N.º', 'DNI N.º 41234567-K', '41234567'],
    ['DNI:', 'Titular con DNI: 09876543-2, Lima', '09876543'],
    ['D.N.I.', 'D.N.I. 70123456 - 8', '70123456'],
  ])('%s', (_name, text, value) => {
    expect(leaks(text, [value])).toEqual([]);
  });
  it('a Spanish DNI and an Argentine one still masked, a RUC kept', () => {
    expect(leaks('DNI 12345678Z', ['12345678Z'])).toEqual([]);
    expect(leaks('DNI 7.123.456', ['7.123.456'])).toEqual([]);
    expect(kept('Saga Falabella S.A., RUC 20100128056', ['20100128056'])).toEqual([]);
  });
});

describe('linear time', () => {
  it('labels and numbers repeated', () => {
    const make = (n: number) => 'CUIL 27284557315, C.C. 52.884.213, DNI N° 45872319-4, CUIT 30703088534. '.repeat(Math.ceil(n / 72)).slice(0, n);
    expect(timeRatio(detectSensitive, make)).toBeLessThanOrEqual(3);
  });
});
