// L1 of the ninth probe of 2026-12-05 (test/redaction/probe-2026-12-05b.cases.md): a SIM's ICCID,
// an eSIM's EID and the IMSI were stored raw after their labels, under their members and in a CSV
// column (telecom support, SIM swaps, port-outs), while the IMEI was masked as DEVICE_ID. Now they
// are DEVICE_ID too (commercial-ids.ts): after their labels, under `iccid`/`imsi`/`euiccId`, and
// without a label an ICCID whose Luhn check holds and a 32-digit EID from `89`.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '../../packages/core/src/index.js';
import { detectSensitive } from '../../packages/core/src/redaction/detectors.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(9)]), sessionMemory: false });
function stored(args: Record<string, unknown>): string {
  const result = redactor.redact({ v: 1, id: 'x', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.call', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', arguments: args } } as never, { capture: {} });
  if (typeof (result as { then?: unknown }).then === 'function') throw new Error('expected a synchronous redactor');
  return JSON.stringify((result as { event: { tool: { arguments: unknown } } }).event.tool.arguments);
}
const raw = (out: string, code: string): boolean => new RegExp(`(?<![0-9A-Za-z])${code}(?![0-9A-Za-z])`).test(out);
const found = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'DEVICE_ID').map((d) => text.slice(d.start, d.end));

describe('a SIM identifier after its label', () => {
  it.each([
    // The probe's inputs.
    ['My SIM card number (ICCID) is 8944500102198304826, please activate it', '8944500102198304826'],
    ['ICCID: 89014103211118510720', '89014103211118510720'],
    ['ICCID 8961 0100 0012 3456 789 on the SIM tray', '8961 0100 0012 3456 789'],
    ['SIM serial 8944500102198304826 swapped to the new handset', '8944500102198304826'],
    ['eSIM EID: 89049032000001000000012345678901', '89049032000001000000012345678901'],
    ['IMSI 310150123456789 attached to cell 4F2A', '310150123456789'],
    ['imsi=310150123456789 tmsi=0x4F2A', '310150123456789'],
    // Held back: other spellings, and the numbers alone.
    ['iccid_number=8961010000123456780', '8961010000123456780'],
    ['EUICC ID 89049032000001000000012345678901 provisioned', '89049032000001000000012345678901'],
    ['Subscriber IMSI: 234150999999999 roaming', '234150999999999'],
    ['swap done, new card 8944500102198304826 active', '8944500102198304826'],
  ])('%s', (text, value) => {
    expect(found(text)).toEqual([value]);
  });
});

describe('under members and in a CSV column', () => {
  it('iccid, imsi, euiccId, simSerial beside a masked msisdn and name', () => {
    const out = stored({ line: { msisdn: '+447700900123', iccid: '8944500102198304826', imsi: '234150999999999' }, esim: { iccid: '89014103211118510720', eid: '89049032000001000000012345678901' }, subscriber: { imsi: '310150123456789', name: 'Keoni Akana', simSerial: '8961 0100 0012 3456 789' } });
    for (const code of ['8944500102198304826', '234150999999999', '89014103211118510720', '89049032000001000000012345678901', '310150123456789', 'Keoni', '8961 0100']) expect(raw(out, code), code).toBe(false);
  });
  it('a CSV with an iccid column', () => {
    const out = stored({ csv: 'msisdn,imsi,iccid\n447700900123,234150999999999,8944500102198304826' });
    expect(raw(out, '8944500102198304826')).toBe(false);
  });
});

describe('look-alikes stay', () => {
  it.each([
    'ICCID field is required',
    'SIM card 2 of 3 in the tray',
    'order 8944500102198304825 shipped', // the Luhn check fails
    'Eid al-Fitr 2026 holiday',
    'IMSI catcher detected 12 times',
    'trace id 1234567890123456789',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('hostile input', () => {
  it('200 KB of labels and long digit runs completes', () => {
    const text = 'ICCID 89 '.repeat(10000) + '8'.repeat(60000) + ' imsi='.repeat(10000) + '89'.repeat(20000);
    expect(text.length).toBeGreaterThan(200_000);
    expect(Array.isArray(found(text))).toBe(true);
  });
});
