// L8 of the ninth probe of 2026-12-05 (test/redaction/probe-2026-12-05b.cases.md): an insurance
// policy number after a bare `policy` or `Policy:` (no `number` or `#`) with letters before its
// digits was stored raw in adjusters' notes. Now `HEALTH_PLAN_ID` as after `policy number`
// (health-ids.ts CIVIC_RULES: a group of capitals first, six digits or more).
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '../../packages/core/src/index.js';
import { detectSensitive } from '../../packages/core/src/redaction/detectors.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]), sessionMemory: false });
function stored(args: Record<string, unknown>): string {
  const result = redactor.redact({ v: 1, id: 'x', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.call', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', arguments: args } } as never, { capture: {} });
  if (typeof (result as { then?: unknown }).then === 'function') throw new Error('expected a synchronous redactor');
  return JSON.stringify((result as { event: { tool: { arguments: unknown } } }).event.tool.arguments);
}
const raw = (out: string, code: string): boolean => new RegExp(`(?<![0-9A-Za-z])${code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![0-9A-Za-z])`).test(out);
const kinds = (text: string): string[] => detectSensitive(text).filter((d) => d.type !== 'PERSON' && d.type !== 'MEDICAL_TERM').map((d) => `${d.type}:${text.slice(d.start, d.end)}`);

describe('a policy number after a bare `policy` (L8)', () => {
  it.each([
    ['Adjuster note: spoke w/ insured Dagny Thorsdottir re claim CLM-2026-004417, policy HO3-88124470, roof damage', 'HO3-88124470'],
    ['on policy HO3-88124470 the deductible is $1,000', 'HO3-88124470'],
    ['Renewed policy HO3-88124470 for another year', 'HO3-88124470'],
    ['Policy: HO3-88124470', 'HO3-88124470'],
    ['Policy: AUTO-7734-2219-01, insured vehicle 2019 Civic', 'AUTO-7734-2219-01'],
    // Held back.
    ['POLICY HO-3 44120987 lapsed', 'HO-3 44120987'],
    ['policy=PAP-00912233', 'PAP-00912233'],
    ['Claim filed under policy CA 4471 2290 18', 'CA 4471 2290 18'],
    ['the policy: WC2-771234-5 covers the worker', 'WC2-771234-5'],
  ])('%s', (text, value) => {
    expect(kinds(text)).toEqual([`HEALTH_PLAN_ID:${value}`]);
  });
  it('one pseudonym with `policy number` and `{policyNo}`', () => {
    const token = (value: string) => /\[HEALTH_PLAN_ID:[^\]]+\]/.exec(value)?.[0];
    const tokens = [stored({ note: 'policy HO3-88124470' }), stored({ note: 'policy number HO3-88124470' }), stored({ policyNo: 'HO3-88124470' })].map(token);
    expect(tokens[0]).toBeDefined();
    expect(new Set(tokens).size).toBe(1);
  });
  it('look-alikes stay as they were', () => {
    for (const text of ['Policy effective 2026-01-01 through 2026-12-31; premium due 2026-02-15', 'Content-Security-Policy: default-src self', 'policy v1.2.3 applied', 'privacy policy 2024 update', 'IAM policy ANPAJ2UCCR6DPCEXAMPLE', 'policy AWSLambdaBasicExecutionRole', 'Policy: ALLOW-ALL', 'retention policy 30d-2024', 'policy 12 of 40']) expect(kinds(text).filter((kind) => kind.startsWith('HEALTH_PLAN_ID')), text).toEqual([]);
  });
  it('a long hostile input finishes', () => {
    const text = 'policy Policy: POLICY AB-1 '.repeat(8000) + ' policy HO3-88124470';
    expect(kinds(text).filter((kind) => kind.startsWith('HEALTH_PLAN_ID'))).toEqual(['HEALTH_PLAN_ID:HO3-88124470']);
  });
});
