// Street addresses of Brazil, Colombia and Peru as their own forms and APIs write them (L14, L17 and
// the street of L18 of the thirteenth README-only probe, 2026-12-05f, issue 11): the Brazilian street
// under `logradouro` (Correios/ViaCEP, marketplace JSON) with its number in a sibling `numero`; the
// Colombian `Vía Número # Placa` form (`Carrera 43A # 1 Sur-100`: the road's type and number, `#` or
// `No.`, the crossing road's number, a dash and the plate); the Peruvian jirón (`Jr. Junín 345`). The
// row's inputs, other streets of each kind made up here, and the text beside them kept.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor, detectSensitive } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';
import { kept, leaks, masked, storedResults } from './masked-text.js';

const { stored } = storedResults(createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(4)]), sessionMemory: false }));

describe('L14: a Brazilian street under logradouro', () => {
  it('the probe rows', () => {
    expect(stored({ enderecoEntrega: { logradouro: 'Rua Haddock Lobo', numero: '595', cep: '01414-001' } })).not.toContain('Haddock Lobo');
    expect(stored({ enderecoEntrega: { logradouro: 'Rua dos Andradas', numero: '1560', cep: '90020-008' } })).not.toContain('Andradas');
  });
  it.each([
    ['ViaCEP', { cep: '01001-000', logradouro: 'Praça da Sé', complemento: 'lado ímpar', bairro: 'Sé', localidade: 'São Paulo', uf: 'SP' }, 'Praça da Sé'],
    ['a number member as a number', { logradouro: 'Avenida Brigadeiro Faria Lima', numero: 3477 }, 'Faria Lima'],
    ['a prefixed key', { destinatarioLogradouro: 'Travessa do Comércio', destinatarioNumero: '12' }, 'Travessa do Comércio'],
    ['snake case', { endereco_logradouro: 'Alameda Santos', numero: '200' }, 'Alameda Santos'],
  ])('%s', (_name, value, street) => {
    expect(stored(value)).not.toContain(street);
  });
  it('the district, city and state beside it and an empty street stay', () => {
    const out = stored({ logradouro: 'Rua Augusta', numero: '1500', bairro: 'Consolação', localidade: 'São Paulo', uf: 'SP' });
    expect(out).not.toContain('Augusta');
    expect(out).toContain('SP');
    expect(stored({ logradouro: '', numero: 'S/N' })).toContain('S/N');
    // The street's kind is no street (`Rua` alone is read as a person's name elsewhere, a separate rule).
    expect(stored({ tipoLogradouro: 'Avenida' })).not.toContain('[ADDRESS');
  });
});

describe('L17: a Colombian address in the Vía Número # Placa form', () => {
  it('the probe rows', () => {
    expect(leaks('Dirección: Carrera 43A # 1 Sur-100, El Poblado, Medellín, Antioquia', ['Carrera 43A # 1 Sur-100', '43A', 'Sur-100'])).toEqual([]);
    expect(leaks('Calle 93B # 13-47, Apto 502, Bogotá D.C.', ['93B', '13-47'])).toEqual([]);
  });
  it.each([
    ['Cra. abbreviated', 'Dirección: Cra. 15 # 88-64, Bogotá', ['15 # 88-64']],
    ['Bis and a letter', 'Enviar a Diagonal 22A Bis # 35-10, apto 301', ['22A Bis', '35-10']],
    ['No. for the number sign', 'Domicilio: Calle 72 No. 10-34, oficina 501', ['72 No. 10-34']],
    ['N° and Sur', 'Residencia en Transversal 5 N° 12-30 Sur, Cali', ['5 N° 12-30']],
    ['Cl. and Kr.', 'Entregar en Cl. 26 # 68C-61 o en Kr 9 # 113-52', ['26 # 68C-61', '9 # 113-52']],
    ['Avenida Carrera', 'Oficina: Avenida Carrera 68 # 24B-10, Bogotá', ['68 # 24B-10']],
    ['Calle without blank', 'Calle 100 #19-61', ['100 #19-61']],
  ])('%s', (_name, text, values) => {
    expect(leaks(text, values)).toEqual([]);
  });
  it('the words around it and other numbers after a street word stay', () => {
    expect(masked('Dirección: Cra. 15 # 88-64, Bogotá')).toMatch(/^Dirección: \[ADDRESS\], Bogotá$/);
    expect(kept('Lote 4 # 2-3 y Manzana 5 # 1-2 del plano', ['Lote 4 # 2-3 y Manzana 5 # 1-2'])).toEqual([]);
    expect(kept('Issue #12-34 in Carrera 3 release notes', ['#12-34'])).toEqual([]);
    expect(kept('Fila 4 # 2-3 del tablero', ['Fila 4 # 2-3'])).toEqual([]);
  });
});

describe('L18: a Peruvian jirón', () => {
  it('the probe rows', () => {
    expect(leaks('Dirección: Jr. Junín 345, Cercado, Trujillo, La Libertad', ['Junín 345'])).toEqual([]);
    expect(leaks('Dirección: Jr. de la Unión 840, Cercado de Lima', ['Unión 840'])).toEqual([]);
  });
  it.each([
    ['Jirón written out', 'Vivo en Jirón Carabaya 831, Lima', 'Carabaya 831'],
    ['N° before the number', 'Entrega: Jr. Ica N° 426, Cercado de Lima', 'Ica N° 426'],
    ['two words', 'envío a Jr. Santa Rosa 1020, Chiclayo', 'Santa Rosa 1020'],
    ['Nro.', 'domicilio Jr. Huallaga Nro. 155 Dpto. 3', 'Huallaga Nro. 155'],
  ])('%s', (_name, text, value) => {
    expect(leaks(text, [value])).toEqual([]);
  });
  it('an English Jr. after a name stays', () => {
    // (the name before it is a person's, masked as one)
    expect(kept('Robert Downey Jr. Award 2024 nominees', ['Award 2024 nominees'])).toEqual([]);
    expect(kept('Ken Griffey Jr. Stadium 1989 tour', ['Stadium 1989 tour'])).toEqual([]);
  });
});

describe('linear time', () => {
  it('Colombian and Peruvian streets repeated', () => {
    const make = (n: number) => 'Dirección: Carrera 43A # 1 Sur-100, Calle 7 No. 3, Jr. de la Unión 840 y Jr. Ica. '.repeat(Math.ceil(n / 84)).slice(0, n);
    expect(timeRatio(detectSensitive, make)).toBeLessThanOrEqual(3);
  });
  it('street words and number signs without their numbers', () => {
    const make = (n: number) => 'Calle Carrera # Cra. # Jr. Jirón Diagonal 4 # - '.repeat(Math.ceil(n / 48)).slice(0, n);
    expect(timeRatio(detectSensitive, make)).toBeLessThanOrEqual(3);
  });
});
