import { describe, expect, it } from 'vitest';
import { createRedactor } from '../index.js';

// L8 of the seventh probe of 2026-12-04 (test/redaction/probe-2026-12-04g.cases.md): phone and
// driver's-licence members written fused or abbreviated (`mobilephone`, `homephone`, `dl`) were
// stored raw: key-names.ts read a fused lower-case name as one word, which is no phone word
// (`cellphone` alone was listed), and `dl` alone was no licence's name.
const redactor = createRedactor({ pseudonymKey: new Uint8Array(32).fill(5) });
function stored(result: unknown): unknown {
  const out = redactor.redact({ v: 1, id: 'e', seq: 0, ts: '2026-12-04T00:00:00Z', stream: 's', type: 'tool.result', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', result } } as never, { capture: {} } as never) as { event: { tool: { result: unknown } } };
  return out.event.tool.result;
}
const text = (value: string): string => stored(value) as string;
const PHONE = /^\[PHONE:psn_[a-z0-9_]+\]$/;
const LICENCE = /^\[DRIVER_LICENSE:psn_[a-z0-9_]+\]$/;

describe('L8: fused and abbreviated phone and licence members', () => {
  it('fused phone members', () => {
    const out = stored({ mobilephone: '4155550134', homephone: '4155550135', workphone: '4155550136',
      // held back
      officephone: '4155550137', phonenumber: '4155550138', mobilephonenumber: '4155550139', homefax: '4155550140', personalphone: '4155550141', altphone: '4155550142', dayphone: '4155550143', HOMEPHONE: '4155550144', contactphone: '4155550145', telno: '4155550146', faxno: '4155550147' }) as Record<string, string>;
    for (const [key, value] of Object.entries(out)) expect(value, key).toMatch(PHONE);
  });

  it('a HubSpot record: mobilephone beside the names', () => {
    const out = stored({ properties: { firstname: 'Qxaro', lastname: 'Vlintuk', mobilephone: '2175550142', date_of_birth: '1984-03-12' } }) as { properties: Record<string, string> };
    expect(out.properties.mobilephone).toMatch(PHONE);
  });

  it('licence members: dl alone, fused with a number word', () => {
    const out = stored({ dl: 'B7654321', dlnumber: 'C1122334', adverseParty: { fullName: 'Pelisse Amberwick', dl: 'A1234567' },
      // held back
      driverlicenseno: 'D5544332', licenseno: 'E1234567', driverslicensenumber: 'F7654321', DL: 'G1234567' }) as Record<string, unknown>;
    for (const key of ['dl', 'dlnumber', 'driverlicenseno', 'licenseno', 'driverslicensenumber', 'DL']) expect(out[key], key).toMatch(LICENCE);
    expect((out.adverseParty as Record<string, string>).dl).toMatch(LICENCE);
  });

  it('look-alikes stay: devices, counts, downloads, an organisation\'s fused line', () => {
    for (const value of [
      { microphone: 'SM7B', headphone: 'WH-1000XM5', smartphone: 'Pixel 9', earphone: '4155550134' },
      { phonenumbertype: 'mobile', homephoneverified: true },
      { dl: 'https://example.org/file.zip', dlCount: 123456 },
      { supportphone: '4155550134' },
      { saxophone: '4155550134' },
    ]) expect(stored(value)).toEqual(value);
  });
});
