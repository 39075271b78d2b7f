// L7 of the sixth README-only probe of 2026-12-04 (probe-2026-12-04f.cases.md): a driver's licence
// number after `license`, `licence` or `Lic` with no driver word, or after `Drivers Lic.`
// (`license D1234567 expired`, `Licence: DORVA801129WX9AB`, `lic# S53041298765`), was stored raw.
// The word names software licences too, so the look-alikes here are licences of code (`MIT
// license`, `License: Apache-2.0`, `license key …`, versions, years), which stay.
import { describe, expect, it } from 'vitest';
import { detectBuiltin } from '../../packages/core/src/redaction/detectors.js';
import { storedInput, storedInputs } from './probe-2026-12-04f-helpers.js';

const licences = (text: string): string[] => detectBuiltin(text, new Set(['ssn'])).filter((d) => d.type === 'DRIVER_LICENSE').map((d) => text.slice(d.start, d.end));

describe('the row (L7)', () => {
  it.each([
    ['other driver Brannoch Sellwyn, license S530-4129-8765', 'S530-4129-8765', 'other driver [PERSON], license [DRIVER_LICENSE]'],
    ['license D1234567 expired', 'D1234567', 'license [DRIVER_LICENSE] expired'],
    ['Licence: DORVA801129WX9AB', 'DORVA801129WX9AB', 'Licence: [DRIVER_LICENSE]'],
    ['licence DORVA801129WX9AB', 'DORVA801129WX9AB', 'licence [DRIVER_LICENSE]'],
    ['lic# S53041298765', 'S53041298765', 'lic# [DRIVER_LICENSE]'],
    ['Lic #: S53041298765', 'S53041298765', 'Lic #: [DRIVER_LICENSE]'],
    ['Drivers Lic. S530-4129-8765', 'S530-4129-8765', 'Drivers Lic. [DRIVER_LICENSE]'],
  ])('%j', async (input, secret, expected) => {
    const { value, raw } = await storedInput(input);
    expect(value).toBe(expected);
    expect(raw).not.toContain(secret);
  });

  it('the row\u2019s masked inputs keep their types', async () => {
    const { values } = await storedInputs(["driver's license D1234567", 'DL S530-4129-8765', 'license no. S530-4129-8765', 'his license number is D1234567']);
    expect(values).toEqual(["driver's license [DRIVER_LICENSE]", 'DL [DRIVER_LICENSE]', 'license no. [LICENSE_NUMBER]', 'his license number is [LICENSE_NUMBER]']);
  });
});

describe('other spellings of the kind (held back from the row)', () => {
  it.each([
    ['his licence is WX123456 and valid', 'WX123456'],
    ['LICENSE: F2550-81234-56789', 'F2550-81234-56789'],
    ['lic: 99887766', '99887766'],
    ['Driver Lic # A1234567', 'A1234567'],
    ["driver's lic. 123456789", '123456789'],
    ['License = MORGA753116SM9IJ', 'MORGA753116SM9IJ'],
    ['other party: Wenlix Dorvane, lic T200-3344-5566, plate 7ABC123', 'T200-3344-5566'],
  ])('%j', (text, expected) => {
    expect(licences(text)).toEqual([expected]);
  });
});

describe('software licences and other look-alikes stay', () => {
  it.each([
    'MIT license',
    'license key ABCD-1234-EFGH',
    'Apache License 2.0',
    'license: MIT',
    'License: Apache-2.0',
    'license GPL-3.0-or-later',
    'licence BSD-3-Clause',
    'license 2024-2025 renewal',
    'the license expires 12/2027',
    'license v2.1',
    'licenses 3',
    'public key 12345678',
    'license count 1200000 seats',
    'Licensed under the Apache License, Version 2.0',
    'SPDX-License-Identifier: MIT',
  ])('%j', (text) => {
    expect(licences(text)).toEqual([]);
  });

  it('through the pipeline', async () => {
    const inputs = ['MIT license', 'License: Apache-2.0', 'license 2024-2025 renewal', 'the license expires 12/2027'];
    const { values } = await storedInputs(inputs);
    expect(values).toEqual(inputs);
  });
});
