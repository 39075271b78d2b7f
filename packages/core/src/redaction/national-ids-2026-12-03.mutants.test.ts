// What the national ids and MAC addresses added on 2026-12-03 (evening) promise (issue 13, from the
// survivors of their first Stryker run): each checksum holds the whole value (anchored), each
// check character including the written A and 0 of a Hong Kong id, the generic label's checksums
// take the new ids, and each label's format is the whole value. In process, direct calls.
import { describe, expect, it } from 'vitest';
import { detectMacAddresses } from './mac-addresses.js';
import { ahvValid, detectNationalIds, emiratesIdValid, hkidValid, nricValid } from './national-ids.js';
import type { Detection } from './types.js';

const found = (text: string): string[] => {
  const out: Detection[] = [];
  detectNationalIds(text, out, [...text].filter((c) => c >= '0' && c <= '9').length, () => false);
  return out.map((d) => `${d.type}:${text.slice(d.start, d.end)}`);
};

describe('the new checksums', () => {
  it('AHV: the EAN-13 check of other numbers, the 756 prefix, the whole value', () => {
    for (const valid of ['7561234567897', '7560000000019', '7561111111113']) expect(ahvValid(valid), valid).toBe(true);
    expect(ahvValid('7561234567890')).toBe(false);
    expect(ahvValid('4006381333931')).toBe(false); // a valid EAN-13 of a product, not from 756
    expect(ahvValid('17569217076985')).toBe(false);
    expect(ahvValid('17561234567890')).toBe(false); // a digit before 756 whose first twelve digits hold the EAN check
    expect(ahvValid('75692170769851')).toBe(false);
  });

  it('NRIC and HKID: the whole value, and the check characters A (10) and 0 (11)', () => {
    expect(nricValid('XS1234567D')).toBe(false);
    expect(nricValid('S1234567DX')).toBe(false);
    expect(hkidValid('9A1234563')).toBe(false);
    expect(hkidValid('A12345639')).toBe(false);
    expect(hkidValid('A100004A')).toBe(true);
    expect(hkidValid('A1000090')).toBe(true);
    expect(hkidValid('A1000091')).toBe(false);
    expect(hkidValid('A100004B')).toBe(false);
  });

  it('Emirates ID: the whole value', () => {
    expect(emiratesIdValid('784198512345673')).toBe(true);
    expect(emiratesIdValid('1784198512345671')).toBe(false); // Luhn-valid with a digit before
    expect(emiratesIdValid('7841985123456733')).toBe(false); // Luhn-valid with a digit after
  });
});

describe('labels', () => {
  it('a generic label takes an AHV number and an Emirates ID by their checksums', () => {
    expect(found('national id 7569217076985')).toEqual(['NATIONAL_ID:7569217076985']);
    expect(found('national id 784198512345673')).toEqual(['NATIONAL_ID:784198512345673']);
  });

  it("a person's PAN without a label in a text with more digits (the unlabelled scan, not the four-digit one)", () => {
    expect(found('holder ABCPE1234F paid 5000')).toEqual(['NATIONAL_ID:ABCPE1234F']);
    expect(found('holder ABCCE1234F paid 5000')).toEqual([]);
  });

  it('each label takes only its whole format', () => {
    for (const text of ['AHV 17569217076985', 'AHV 75692170769851', 'NRIC XS1234567D', 'NRIC S1234567DX', 'HKID 9A123456', 'HKID A12345678', 'EID 1784198512345671', 'EID 7841985123456733']) {
      expect(found(text), text).toEqual([]);
    }
    expect(found('HKID: AB9876543')).toEqual(['NATIONAL_ID:AB9876543']);
    expect(found('HKID: A123456 renewed')).toEqual(['NATIONAL_ID:A123456']);
  });
});

describe('MAC addresses, Cisco form', () => {
  const macs = (text: string) => {
    const out: Detection[] = [];
    detectMacAddresses(text, out);
    return out.map((d) => text.slice(d.start, d.end));
  };
  it('is found when a dot comes early in the text, and not for the broadcast address', () => {
    expect(macs('a. 001a.2b3c.4d5e')).toEqual(['001a.2b3c.4d5e']);
    expect(macs('ffff.ffff.ffff')).toEqual([]);
    expect(macs('FFFF.FFFF.FFFF and 0000.0000.0000')).toEqual([]);
  });
});
