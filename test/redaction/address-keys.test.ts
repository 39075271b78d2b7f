// Parts of a postal address under their member names: `{street:'Goethestraße', houseNumber:'7'}`,
// ISO 20022 `<StrtNm>`/`StrtNm`, `{postalCode:'WC1N 3AX'}` were stored, since no text detector
// knows a street name without its number or a postcode on its own (a fresh attacker's finding,
// 2026-12-02, test/redaction/attack-2026-12-02.cases.md #13).
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '../../packages/core/src/index.js';
import { isAddressPartKeyName } from '../../packages/core/src/redaction/key-names.js';

function stored(args: Record<string, unknown>): Record<string, unknown> {
  const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(3)]) });
  const result = redactor.redact({ v: 1, id: 'x', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.call', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', arguments: args } } as never, { capture: {} });
  if (typeof (result as { then?: unknown }).then === 'function') throw new Error('expected a synchronous redactor');
  return (result as { event: { tool: { arguments: Record<string, unknown> } } }).event.tool.arguments;
}

describe('address parts by their member name', () => {
  it('masks the street, house number, address lines and postal code, in several languages and ISO 20022, and keeps city, state and country', () => {
    const out = stored({
      street: 'Goethestraße', houseNumber: '7', city: 'Berlin', postalCode: '10115', country: 'DE',
      iso: { StrtNm: 'Prinsengracht', BldgNb: '263', PstCd: '1016 GV', TwnNm: 'Amsterdam', Ctry: 'NL' },
      uk: { postcode: 'WC1N 3AX', address_line_1: 'Flat 3, 12 High St' }, us: { zip: 90210, billing_zip: '02139', state: 'CA' },
      fr: { rue: 'Rue de Rivoli', codePostal: '75001' }, br: { cep: '01310-100' }, nl: { huisnummer: '12a' }, de: { Hausnummer: '5', PLZ: '10115' },
    });
    const text = JSON.stringify(out);
    for (const raw of ['Goethestraße', '"7"', '10115', 'Prinsengracht', '263', '1016 GV', 'WC1N 3AX', 'High St', '90210', '02139', 'Rivoli', '75001', '01310-100', '12a', '"5"']) expect(text, raw).not.toContain(raw);
    expect(out).toMatchObject({ city: 'Berlin', country: 'DE', iso: { TwnNm: 'Amsterdam', Ctry: 'NL' }, us: { state: 'CA' } });
    expect(String(out.street)).toMatch(/^\[ADDRESS:psn_/);
  });

  it('leaves names that only contain an address word, or name an address of another kind', () => {
    const args = { gzip: true, unzip: 'yes', zipFile: 'a.zip', address: '127.0.0.1:8080', via: 'email', streetView: false, postcodeLookup: 'enabled', street: '' };
    expect(stored(args)).toEqual(args);
    for (const name of ['gzip', 'unzip', 'zipFile', 'address', 'via', 'ipAddress', 'macAddress', 'serverAddress', 'city', 'country']) expect(isAddressPartKeyName(name), name).toBe(false);
    for (const name of ['street', 'billingStreet', 'patient_postal_code', 'home_zip', 'Hausnummer', 'StrtNm', 'código_postal', 'streetAddress']) expect(isAddressPartKeyName(name), name).toBe(true);
  });

  it('keeps flag words, values of the wrong shape and IP addresses under those names (a fresh probe, 2026-12-02)', () => {
    const out = stored({ zip: 'true', zipCode: 'yes', postalCode: 'unknown', cep: 'n/a', plz: 'deflate', houseNumber: 'n/a', street: '42', address1: '10.0.0.1', indirizzo: '192.168.1.1', home_zip: 0 });
    expect(out).toMatchObject({ zip: 'true', zipCode: 'yes', postalCode: 'unknown', cep: 'n/a', plz: 'deflate', houseNumber: 'n/a', street: '42', home_zip: 0 });
    // An IP address is masked as one (the IP detector), not as a street.
    expect(String(out.address1)).toMatch(/^\[IP:psn_/);
    expect(String(out.indirizzo)).toMatch(/^\[IP:psn_/);
    expect(String(stored({ houseNumber: 7 }).houseNumber)).toMatch(/^\[ADDRESS:psn_/);
  });
});
