import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';
import { createKeyring } from './keys.js';
import { detectMacAddresses } from './mac-addresses.js';
import { createRedactor } from './redactor.js';
import type { Detection } from './types.js';

// A probe of 2026-12-03 (row 59 of test/redaction/probe-2026-12-03.cases.md): MAC addresses were
// stored raw. They name a person's device (GDPR Recital 30, HIPAA device identifiers).

const macs = (text: string) =>
  detectSensitive(text)
    .filter((d) => d.type === 'MAC_ADDRESS')
    .map((d) => [text.slice(d.start, d.end), d.class, d.normalized]);

describe('MAC addresses', () => {
  it('finds the colon, dash and Cisco forms, any case, in prose, JSON and query strings', () => {
    expect(macs('device 00:1A:2B:3C:4D:5E joined the ward network')).toEqual([['00:1A:2B:3C:4D:5E', 'pii.device_id', '001a2b3c4d5e']]);
    expect(macs('MAC: 00-1a-2b-3c-4d-5e.')).toEqual([['00-1a-2b-3c-4d-5e', 'pii.device_id', '001a2b3c4d5e']]);
    expect(macs('ap 001a.2b3c.4d5e up')).toEqual([['001a.2b3c.4d5e', 'pii.device_id', '001a2b3c4d5e']]);
    expect(macs('de:ad:be:ef:ca:fe')).toEqual([['de:ad:be:ef:ca:fe', 'pii.device_id', 'deadbeefcafe']]);
    expect(macs('bssid=f4:5c:89:ab:12:9e&ssid=home')).toEqual([['f4:5c:89:ab:12:9e', 'pii.device_id', 'f45c89ab129e']]);
    expect(macs('{"mac":"F4:5C:89:AB:12:9E","rssi":-61}')).toEqual([['F4:5C:89:AB:12:9E', 'pii.device_id', 'f45c89ab129e']]);
  });

  it('leaves the unspecified and broadcast addresses, fingerprints, IPv6, times, versions and longer runs', () => {
    for (const text of [
      'ff:ff:ff:ff:ff:ff', '00:00:00:00:00:00', 'FF-FF-FF-FF-FF-FF',
      'SHA256 fingerprint 43:51:43:a1:b5:fc:8b:b7:0a:3a:a9:b1:0f:66:73:a8',
      '0a:1b:2c:3d:4e:5f:6a', 'x0a:1b:2c:3d:4e:5f', '0a:1b:2c:3d:4e:5f:6', '0a:1b:2c:3d:4e:5fz',
      '00:1A-2B:3C:4D:5E', 'build 2024.1201.1530', 'v1.2.3 at 12:30:45', '1234.5678.9abc.def0',
    ]) expect(macs(text), text).toEqual([]);
    // Not a MAC, and still what it was: the IPv6 address stays an IP.
    expect(detectSensitive('fe80::1c2b:3cff:fe4d:5e6f').map((d) => d.type)).toEqual(['IP']);
  });

  it('ends at sentence punctuation and a separator not followed by more hex', () => {
    expect(macs('seen 00:1a:2b:3c:4d:5e: twice')).toEqual([['00:1a:2b:3c:4d:5e', 'pii.device_id', '001a2b3c4d5e']]);
    expect(macs('seen (001a.2b3c.4d5e).')).toEqual([['001a.2b3c.4d5e', 'pii.device_id', '001a2b3c4d5e']]);
  });

  it('is linear on a flood of pairs (a hostile tool result)', () => {
    const out: Detection[] = [];
    detectMacAddresses(`${'0a:'.repeat(100_000)}0b`, out);
    expect(out).toEqual([]);
    detectMacAddresses(Array.from({ length: 20_000 }, () => '0a:1b:2c:3d:4e:5f').join(' '), out);
    expect(out).toHaveLength(20_000);
  });

  it('is masked in the stored event under the ip switch, and off with it', async () => {
    const event = {
      v: 1, id: '01JABCDEFGHJKMNPQRSTVWXYZ0', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.result',
      trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) }, agent: { id: 'bot' }, source: 'test', outcome: 'success', session: 'visit-1',
      tool: { name: 'wifi.clients', result: { clients: [{ station: 'F4:5C:89:AB:12:9E' }], note: 'roamed from 001a.2b3c.4d5e' } },
    } as never;
    const on = createRedactor({ pseudonymKey: createKeyring([randomBytes(32)]) });
    const stored = JSON.stringify((await on.redact(event, { capture: {} } as never)).event);
    expect(stored).not.toMatch(/F4:5C:89:AB:12:9E|001a\.2b3c\.4d5e/i);
    expect(stored).toContain('pii.device_id');
    const off = createRedactor({ pseudonymKey: createKeyring([randomBytes(32)]), builtins: ['email', 'phone', 'card', 'person', 'address'] });
    expect(JSON.stringify((await off.redact(event, { capture: {} } as never)).event)).toContain('F4:5C:89:AB:12:9E');
  });
});
