// L11 of the ninth probe of 2026-12-05 (test/redaction/probe-2026-12-05b.cases.md): the account
// number of a cheque's MICR line was stored raw, written with the E-13B symbols (`⑆021000021⑆
// 4830291175⑈ 1234`) or their OCR letters (`A021000021A 4830291175C`). `Account: 4830291175` was
// masked. Now the on-us field after the transit field is an ACCOUNT_NUMBER (payments.ts
// detectMicrAccounts), with the same pseudonym as the labelled account.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '../../packages/core/src/index.js';
import { detectSensitive } from '../../packages/core/src/redaction/detectors.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(11)]), sessionMemory: false });
function stored(args: Record<string, unknown>): string {
  const result = redactor.redact({ v: 1, id: 'x', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.call', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', arguments: args } } as never, { capture: {} });
  if (typeof (result as { then?: unknown }).then === 'function') throw new Error('expected a synchronous redactor');
  return JSON.stringify((result as { event: { tool: { arguments: unknown } } }).event.tool.arguments);
}
const accounts = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'ACCOUNT_NUMBER').map((d) => text.slice(d.start, d.end));

describe('the account of a MICR line', () => {
  it.each([
    // The probe's inputs.
    ['MICR: ⑆021000021⑆ 4830291175⑈ 1234', '4830291175'],
    ['⑈004417⑈ ⑆021000021⑆ 4830291175⑈', '4830291175'],
    ['MICR line: C004417C A021000021A 4830291175C', '4830291175'],
    // Held back: other spellings (TOAD letters, reader output, a Canadian transit, no blank, dashes).
    ['T021000021T 4830291175O 1234', '4830291175'],
    ['scanned: t123456780t12349876543210o 1234', '12349876543210'],
    ['raw MICR T021000021T4830291175U0101', '4830291175'],
    ['⑈000812⑈ ⑆12345⑉678⑆ 1234⑉567⑈', '1234⑉567'],
    ['Cheque #1042 ⑆021000021⑆483 029 1175⑈', '483 029 1175'],
    ['remote deposit image OCR: A021000021A 48302-91175C 1001', '48302-91175'],
  ])('%s', (text, value) => {
    expect(accounts(text)).toEqual([value]);
  });

  it('is stored masked, with the pseudonym of the same account after its label', () => {
    const out = stored({ micr: '⑆021000021⑆ 4830291175⑈ 1234', note: 'Account: 4830291175', ocr: 'C004417C A021000021A 4830291175C' });
    expect(out).not.toContain('4830291175');
    const tokens = out.match(/\[ACCOUNT_NUMBER:[^\]]+\]/g) ?? [];
    expect(tokens.length).toBe(3);
    expect(new Set(tokens).size).toBe(1);
    // The routing number (a bank's) stays.
    expect(out).toContain('021000021');
  });
});

describe('look-alikes stay', () => {
  it.each([
    'A123456789A 4830291175C', // the routing number fails the ABA check
    'T021000021T 4830291175', // letters without the on-us letter
    'Build A021000021A1234B finished',
    'part numbers T123456789T and 4830291175',
    'ATM 021000021 A then 4830291175 C',
    'Check 1234, amount ⑇0000012500⑇',
  ])('%s', (text) => {
    expect(accounts(text)).toEqual([]);
  });
});

describe('hostile input', () => {
  it('200 KB of transit symbols and digits completes', () => {
    const text = '⑆021000021⑆ 1'.repeat(8000) + 'A021000021A '.repeat(4000) + '⑆021000021⑆ 4830291175⑈';
    expect(text.length).toBeGreaterThan(150_000);
    expect(Array.isArray(accounts(text))).toBe(true);
  });
});
