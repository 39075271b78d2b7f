// Issue 19: the record path's fresh short strings (a call id, an order id, an email) ran every
// id pattern of national-ids.ts and health-ids.ts, though most need capitals the string does
// not hold. Each pattern below is case-sensitive and needs at least so many ASCII capitals (or
// characters) in a match; the dispatcher counts the text's capitals in its counting pass and
// the pattern is not run where it cannot match. Same findings; fewer regexes run.
import { describe, expect, it, vi } from 'vitest';
import { detectSensitive } from './detectors.js';

/** The sources of the regexes run (RegExp.prototype.exec) while `text` is read. */
function sourcesRun(text: string): string[] {
  const spy = vi.spyOn(RegExp.prototype, 'exec');
  try {
    detectSensitive(text);
    return spy.mock.contexts.map((regex) => (regex as RegExp).source);
  } finally {
    spy.mockRestore();
  }
}

/** A distinctive piece of each pattern's source, and the capitals (or length) its match needs. */
const PATTERNS: Record<string, string> = {
  // national-ids.ts
  nino: '([A-D])(?![A-Za-z0-9]|[ ', // 3 capitals
  dni: '[XYZ]-?\\d{7})-?([A-Z])', // 1 capital
  fiscal: '[0-9LMNP-V]{2}[ABCDEHLMPRST]', // 9 capitals
  nricHkid: '[STFG]\\d{7}[A-Z]', // NRIC 2 capitals, 7 digits; HKID 1 capital, 6 digits, `(`
  pan: '[A-Z]{3}P[A-Z]\\d{4}[A-Z]', // 6 capitals
  // health-ids.ts
  dea: '[ABCDEFGHJKLMPRSTUX][A-Z9]\\d{7}', // 1 capital
  vin: '[A-HJ-NPR-Z0-9]{17}', // 17 characters
  mbi: '[1-9][A-Z][A-Z0-9]\\d-?[A-Z]', // 4 capitals, 11 characters
};

/** Which of PATTERNS ran on `text`. */
function patternsRun(text: string): string[] {
  const run = sourcesRun(text);
  return Object.entries(PATTERNS)
    .filter(([, piece]) => run.some((source) => source.includes(piece)))
    .map(([name]) => name);
}

describe('id patterns that need capitals skip texts without enough of them', () => {
  it('a call id, an email and a customer id run none of them; an order id only those its three capitals allow', () => {
    // (VIN: 17 characters; the call ids are 13.)
    expect(patternsRun('call_0000abcd')).toEqual([]);
    expect(patternsRun('call_00123456')).toEqual([]);
    expect(patternsRun('jane.doe123@example.com')).toEqual([]);
    expect(patternsRun('C-100123')).toEqual([]);
    expect(patternsRun('ORD-2026-000123')).toEqual(['nino', 'dni', 'nricHkid', 'dea']);
  });

  it('a text with capitals enough still runs each of them', () => {
    expect(patternsRun('RSSMRA85T10A562S and 1EG4-TE5-MK73 and ABCPE1234F and 1HGCM82633A004352')).toEqual(Object.keys(PATTERNS));
  });

  it('ids with the fewest capitals their patterns need are still found', () => {
    const found = (text: string) => detectSensitive(text).map((d) => [d.type, text.slice(d.start, d.end)]);
    // NINO: three capitals; DNI: one; NRIC: two; HKID: one; codice fiscale: nine.
    expect(found('NI AB123456C')).toContainEqual(['NATIONAL_ID', 'AB123456C']);
    expect(found('12345678Z')).toEqual([['NATIONAL_ID', '12345678Z']]);
    expect(found('S1234567D')).toEqual([['NATIONAL_ID', 'S1234567D']]);
    expect(found('A123456(3)')).toEqual([['NATIONAL_ID', 'A123456(3)']]);
    expect(found('RSSMRA85T10A562S')).toEqual([['NATIONAL_ID', 'RSSMRA85T10A562S']]);
    // PAN: six capitals, among five digits or more (detectNationalIds' gate).
    expect(found('ABCPE1234F 5')).toContainEqual(['NATIONAL_ID', 'ABCPE1234F']);
    // DEA: one capital; VIN: 17 characters.
    expect(found('DEA AB1234563')).toContainEqual(['LICENSE_NUMBER', 'AB1234563']);
    expect(found('1HGCM82633A004352')).toEqual([['VEHICLE_ID', '1HGCM82633A004352']]);
  });
});

// The dispatcher counts dashes too: an IPv4 address written with dashes (`ip-10-0-1-23`) has three,
// a MAC address written with them five; and a romanized Japanese block number (`2-5-8 Jingumae`) is
// followed by a blank, a tab or a comma. An order id (`ORD-2026-000123`: two dashes, no blank) runs
// none of the three patterns.
const DASHED: Record<string, string> = {
  mac: '(?:[0-9A-Fa-f]{2}\\1){4}',
  dashedIpv4: '(\\d{1,3})-(\\d{1,3})-(\\d{1,3})-(\\d{1,3})',
  japaneseBlock: '\\d{1,4}-\\d{1,4}(?:-\\d{1,4})?(?![\\d-])(?:,',
};
function dashedRun(text: string): string[] {
  const run = sourcesRun(text);
  return Object.entries(DASHED)
    .filter(([, piece]) => run.some((source) => source.includes(piece)))
    .map(([name]) => name);
}

describe('dash-joined ids skip the patterns their dashes and blanks rule out', () => {
  it('an order id runs none of them; texts with dashes, blanks or commas enough run each', () => {
    expect(dashedRun('ORD-2026-000123')).toEqual([]);
    expect(dashedRun('SKU-88-1234567')).toEqual([]);
    expect(dashedRun('a1-2-3-4-5-6789 x')).toEqual(['mac', 'dashedIpv4', 'japaneseBlock']);
  });

  it('values with the fewest dashes, and a block number before a tab or a comma alone, are still found', () => {
    const found = (text: string) => detectSensitive(text).map((d) => [d.type, text.slice(d.start, d.end)]);
    expect(found('00-1a-2b-3c-4d-5e')).toEqual([['MAC_ADDRESS', '00-1a-2b-3c-4d-5e']]);
    expect(found('10-0-1-23.static.example.net')).toEqual([['IP', '10-0-1-23']]);
    expect(found('1-1,Oshiage,Sumida-ku')).toEqual([['ADDRESS', '1-1,Oshiage,Sumida-ku']]);
    expect(found('4-2-8\tShibakoen,Minato-ku')).toEqual([['ADDRESS', '4-2-8\tShibakoen,Minato-ku']]);
  });
});

describe('a MAC address with colons or dashes is looked for only where five of them may stand', () => {
  it("an email's two dots let only the Cisco form be looked for", () => {
    const colonOrDash = '(?:[0-9A-Fa-f]{2}\\1){4}';
    const cisco = '[0-9A-Fa-f]{4}\\.[0-9A-Fa-f]{4}\\.[0-9A-Fa-f]{4}';
    const run = sourcesRun('jane.doe123@example.com');
    expect([run.some((source) => source.includes(colonOrDash)), run.some((source) => source.includes(cisco))]).toEqual([false, true]);
  });

  it('each form is still found, beside dots too', () => {
    const found = (text: string) => detectSensitive(text).map((d) => [d.type, text.slice(d.start, d.end)]);
    expect(found('host a.b has 00:1a:2b:3c:4d:5e')).toContainEqual(['MAC_ADDRESS', '00:1a:2b:3c:4d:5e']);
    expect(found('host a.b has 00-1a-2b-3c-4d-5e')).toContainEqual(['MAC_ADDRESS', '00-1a-2b-3c-4d-5e']);
    expect(found('001a.2b3c.4d5e')).toEqual([['MAC_ADDRESS', '001a.2b3c.4d5e']]);
  });
});
