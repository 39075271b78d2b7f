import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';
import { createRedactor } from './redactor.js';
import { createKeyring } from './keys.js';

// Probe 6 of 2026-12-03: IPv4 addresses written into host names with dashes (AWS EC2 names, an
// ISP's reverse DNS) and an address as its 32-bit integer under an IP member name were stored raw.

const ips = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'IP').map((d) => `${text.slice(d.start, d.end)}=${d.normalized}`);

describe('an IPv4 address inside a host name', () => {
  it.each([
    ['host ip-203-0-113-57.ec2.internal', '203-0-113-57=203.0.113.57'],
    ['ip-10-0-1-23.us-west-2.compute.internal', '10-0-1-23=10.0.1.23'],
    ['ec2-203-0-113-57.compute-1.amazonaws.com', '203-0-113-57=203.0.113.57'],
    ['resolved 203-0-113-57.static.isp.net', '203-0-113-57=203.0.113.57'],
    ['cpe-203-0-113-57.res.example.com', '203-0-113-57=203.0.113.57'],
    ['node ip-10-0-1-23 Ready', '10-0-1-23=10.0.1.23'],
    ['curl http://ec2-54-12-200-9.eu-west-1.compute.amazonaws.com/health', '54-12-200-9=54.12.200.9'],
  ])('%s', (text, value) => {
    expect(ips(text)).toEqual([value]);
  });
  it('any address as an EC2 private name (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 223 }).filter((a) => a !== 127), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 1, max: 254 }), (a, b, c, d) => {
        expect(ips(`on ip-${a}-${b}-${c}-${d}.ec2.internal now`)).toEqual([`${a}-${b}-${c}-${d}=${a}.${b}.${c}.${d}`]);
      }),
    );
  });
  it('dashed numbers that are no host name stay', () => {
    for (const text of ['see 1-2-3-4 steps', 'release-10-2-3-4.zip', 'call 1-800-555-0199.', 'v1-2-3-4', 'backup-2024-01-05-12.example.com', 'ip-999-0-1-2.ec2.internal', 'ip-10-01-1-2.ec2.internal', 'range 10-20-30-40 done', 'sku-12-3-4-5'])
      expect(ips(text), text).toEqual([]);
  });
});

const redactor = createRedactor({ pseudonymKey: createKeyring([randomBytes(32)]), sessionMemory: false });
async function redacted(args: unknown): Promise<string> {
  const event = {
    v: 1, id: '01JABCDEFGHJKMNPQRSTVWXYZ0', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.call',
    trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) }, agent: { id: 'bot' }, source: 'test', outcome: 'success',
    tool: { name: 'net', arguments: args },
  };
  const out = await redactor.redact(event as never, { capture: {} } as never);
  return JSON.stringify(out.event.tool?.arguments);
}

describe('an IPv4 address as its 32-bit integer under an IP member name', () => {
  it.each([[{ client_ip: 3405803833 }], [{ ip: 3405803833 }], [{ remoteIp: '3405803833' }], [{ src_ip_addr: 3405803833 }], [{ ipv4: 3405803833 }]])('%j', async (args) => {
    const out = await redacted(args);
    expect(out).not.toContain('3405803833');
    expect(out).toContain('[IP:psn_');
  });
  it('shares the pseudonym of the dotted address', async () => {
    const out = await redacted({ client_ip: 3405803833, note: 'from 203.0.113.57' });
    const tokens = out.match(/\[IP:psn_[A-Za-z0-9_]+\]/g) ?? [];
    expect(tokens).toHaveLength(2);
    expect(new Set(tokens).size).toBe(1);
  });
  it('other numbers, and small numbers under an IP name, stay', async () => {
    for (const args of [{ count: 3405803833 }, { ip: 12 }, { ip_count: 3405803833 }, { ip: 5_000_000_000 }, { ship: 3405803833 }]) expect(JSON.parse(await redacted(args))).toEqual(args);
  });
});
