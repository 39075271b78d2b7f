// L10 of the ninth probe of 2026-12-05 (test/redaction/probe-2026-12-05b.cases.md): a UK
// electricity MPAN, a gas MPRN, a meter's serial and a library card's barcode were stored raw
// (utility bills, council and library records). Now they are IDENTIFIER (`pii`; a meter's serial
// DEVICE_ID) after their labels and under their members (commercial-ids.ts).
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
const found = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'IDENTIFIER' || d.type === 'DEVICE_ID').map((d) => `${d.type}:${text.slice(d.start, d.end)}`);

describe('a supply or library number after its label', () => {
  it.each([
    // The probe's inputs.
    ['MPAN 1200023305967 for the flat at 4 Rimu St', ['IDENTIFIER:1200023305967']],
    ['MPAN: 1200023305967', ['IDENTIFIER:1200023305967']],
    ['Supply number (MPAN) 1200023305967 for Keoni Akana', ['IDENTIFIER:1200023305967']],
    ['Gas MPRN 1234567890, electricity meter serial E10BG12345', ['IDENTIFIER:1234567890', 'DEVICE_ID:E10BG12345']],
    ['library card 21234001234567 — overdue fines for Mahlet Tesfaye', ['IDENTIFIER:21234001234567']],
    // Held back: other spellings.
    ['MPAN core: 12 0002 3305 967', ['IDENTIFIER:12 0002 3305 967']],
    ['mprn=7654321 on the gas bill', ['IDENTIFIER:7654321']],
    ['Library card number: 21234001234567', ['IDENTIFIER:21234001234567']],
    ['library patron id 29876543', ['IDENTIFIER:29876543']],
  ])('%s', (text, values) => {
    expect(found(text)).toEqual(values);
  });
});

describe('under members', () => {
  it('mpan, mprn, libraryCardNumber', () => {
    const out = stored({ mpan: '1200023305967', mprn: '1234567890', libraryCardNumber: '21234001234567' });
    for (const code of ['1200023305967', '1234567890', '21234001234567']) expect(raw(out, code), code).toBe(false);
  });
});

describe('look-alikes stay', () => {
  it.each([
    'MPAN format has 13 digits',
    'library card 2 of 3',
    'supply number 42 in stock',
    'library 2026 opening hours',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('hostile input', () => {
  it('200 KB of labels completes', () => {
    const text = 'MPAN library card '.repeat(12000) + '5'.repeat(2000);
    expect(text.length).toBeGreaterThan(200_000);
    expect(Array.isArray(found(text))).toBe(true);
  });
});
