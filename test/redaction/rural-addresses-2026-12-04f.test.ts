// L6 of the sixth README-only probe of 2026-12-04 (probe-2026-12-04f.cases.md): US rural-route and
// highway-contract addresses (`RR 2 Box 118`, `HC 64 Box 2210`), Canadian rural addresses
// (`R.R. #1, Site 4, Comp 12`) and general delivery (`General Delivery, Quillonville WY 82001`),
// the forms USPS Publication 28 and Canada Post name, were stored raw. The row's inputs and other
// spellings through the pipeline and the address detector; look-alikes stay.
import { describe, expect, it } from 'vitest';
import { detectBuiltin } from '../../packages/core/src/redaction/detectors.js';
import { storedInput, storedInputs } from './probe-2026-12-04f-helpers.js';

const addresses = (text: string): string[] => detectBuiltin(text, new Set(['address'])).filter((d) => d.type === 'ADDRESS').map((d) => text.slice(d.start, d.end));

describe('the row (L6)', () => {
  it.each([
    ['Please update my mailing address to RR 2 Box 118, Hillsboro KS', 'Please update my mailing address to [ADDRESS]'],
    ['Mailing address: RR 2 Box 118', 'Mailing address: [ADDRESS]'],
    ['Address: RR 5 Box 77', 'Address: [ADDRESS]'],
    ['Address: HC 64 Box 2210, Castle Valley UT 84532', 'Address: [ADDRESS]'],
    ['lives at RR 1, Quillonville', 'lives at [ADDRESS]'],
    ['R.R. #1, Site 4, Comp 12, Bluffton AB', '[ADDRESS]'],
    ['General Delivery, Quillonville WY 82001', '[ADDRESS]'],
  ])('%j', async (input, expected) => {
    const { value, raw } = await storedInput(input);
    expect(value).toBe(expected);
    expect(raw).not.toMatch(/Box 118|Box 77|Box 2210|RR 1, Quillonville|Comp 12|Quillonville WY/);
  });

  it('the JSON form, and the row\u2019s masked inputs still masked', async () => {
    const { values } = await storedInputs([{ address: 'RR 2 Box 118, Hillsboro KS' }, 'PO Box 4471, Dayton OH 45401', 'Rural Route 3, Box 44', 'PSC 1234, Box 5678, APO AE 09204', { addressLine1: 'HC 64 Box 2210' }]);
    expect(values).toEqual([{ address: '[ADDRESS]' }, '[ADDRESS]', '[ADDRESS]', '[ADDRESS]', { addressLine1: '[ADDRESS]' }]);
  });
});

describe('other spellings of the kind (held back from the row)', () => {
  it.each([
    ['RR 3 Box 45A, Quillon Springs NE 68001', 'RR 3 Box 45A, Quillon Springs NE 68001'],
    ['HCR 68 Box 23, Tok AK 99780', 'HCR 68 Box 23, Tok AK 99780'],
    ['send it to RR #4 Box 12 please', 'RR #4 Box 12'],
    ['RR 7, Box 301, Hillsboro, KS 67063', 'RR 7, Box 301, Hillsboro, KS 67063'],
    ['R.R. 2, Site 7, Comp 30, Quillonville, AB T0M 1X0', 'R.R. 2, Site 7, Comp 30, Quillonville, AB T0M 1X0'],
    ['RR 1, Quillonville ON K0K 1A0', 'RR 1, Quillonville ON K0K 1A0'],
    ['GENERAL DELIVERY\nQUILLONVILLE WY 82001', 'GENERAL DELIVERY\nQUILLONVILLE WY 82001'],
    ['General Delivery, Bluffton AB T0M 0C0', 'General Delivery, Bluffton AB T0M 0C0'],
    ['Ship to: HC 1 Box 5\nQuillon UT 84532', 'HC 1 Box 5\nQuillon UT 84532'],
  ])('%j', (text, expected) => {
    expect(addresses(text)).toEqual([expected]);
  });
});

describe('look-alikes stay as they are', () => {
  it.each([
    'RR 2 failed in the box test',
    'the HC 64 sensor',
    'RR 1.5 ratio',
    'RR 2, Then we left',
    'Our RR 4, Box plots',
    'RR 2, Quillonville',
    'HR 12 Box 4',
    'General Delivery, Shipping and Returns take 3 days',
    'General Delivery Manager: 2 openings',
  ])('%j', (text) => {
    expect(addresses(text)).toEqual([]);
  });

  it('through the pipeline', async () => {
    const inputs = ['RR 2 failed in the box test', 'the HC 64 sensor', 'General Delivery, Shipping and Returns take 3 days'];
    const { values } = await storedInputs(inputs);
    expect(values).toEqual(inputs);
  });
});
