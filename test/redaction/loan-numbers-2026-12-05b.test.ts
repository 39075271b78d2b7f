// L7 of the ninth probe of 2026-12-05 (test/redaction/probe-2026-12-05b.cases.md): mortgage loan
// and escrow numbers were stored raw (real-estate closings, servicing), while `Mortgage account
// 0041178823` was masked by the word `account`. Now they are ACCOUNT_NUMBER after their labels
// and under their members (commercial-ids.ts).
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
const found = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'ACCOUNT_NUMBER').map((d) => text.slice(d.start, d.end));

describe('a loan or escrow number after its label', () => {
  it.each([
    // The probe's inputs.
    ['loan number 0041178823 is 60 days past due', '0041178823'],
    ['Loan No. 0041178823', '0041178823'],
    ['Seller: Keoni Akana; Buyer: Mele Fifita; Loan # 0041178823', '0041178823'],
    ['Escrow #: 2026-4471-LK, closing 12/18', '2026-4471-LK'],
    ['title report, escrow no. 01-88421-KM', '01-88421-KM'],
    // Held back: other spellings.
    ['Mortgage loan number: 0041178823', '0041178823'],
    ['loan_id=0041178823 status=delinquent', '0041178823'],
    ['Escrow file number 01-88421-KM opened', '01-88421-KM'],
    ['mortgage no. 7712-0041178', '7712-0041178'],
  ])('%s', (text, value) => {
    expect(found(text)).toEqual([value]);
  });
});

describe('under members', () => {
  it('loanNumber, escrowNumber, loan_id', () => {
    const out = stored({ loanNumber: '0041178823', escrowNumber: '01-88421-KM', loan_id: '0041178824' });
    for (const code of ['0041178823', '01-88421-KM', '0041178824']) expect(raw(out, code), code).toBe(false);
  });
});

describe('look-alikes stay', () => {
  it.each([
    'loan of $250,000 approved',
    'loan 250000 dollars requested',
    'escrow closes 2026-12-18',
    'loan term 30 years at 6.5%',
    'mortgage rates 2026',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('hostile input', () => {
  it('200 KB of labels completes', () => {
    const text = 'loan # escrow no. '.repeat(12000) + '9'.repeat(2000);
    expect(text.length).toBeGreaterThan(200_000);
    expect(Array.isArray(found(text))).toBe(true);
  });
});
