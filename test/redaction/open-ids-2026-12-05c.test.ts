// Open parts of earlier rows of issue 11 in structured data and health ids (docs/REDACTION.md, L6
// of test/redaction/probe-2026-12-05b.cases.md, L6 of probe-2026-12-05a.cases.md, the Medicaid
// note of docs/TESTING.md), one kind per block:
// 4. a Workday `Worker_Reference` list's `Employee_ID` (an XML text typed by its `type` attribute);
// 5. `Medicaid case 20260044`: two detections over one number (the label `Medicaid` took `case`).
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '../../packages/core/src/index.js';
import { detectHealthIds } from '../../packages/core/src/redaction/health-ids.js';
import type { Detection } from '../../packages/core/src/redaction/types.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(9)]), sessionMemory: false });
function stored(args: Record<string, unknown>): string {
  const result = redactor.redact({ v: 1, id: 'x', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.call', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', arguments: args } } as never, { capture: {} });
  if (typeof (result as { then?: unknown }).then === 'function') throw new Error('expected a synchronous redactor');
  return JSON.stringify((result as { event: { tool: { arguments: unknown } } }).event.tool.arguments);
}

describe('4. a Workday Worker_Reference list\'s Employee_ID', () => {
  it('the open row', () => {
    const out = stored({ Worker_Reference: { ID: [{ '@type': 'WID', '#text': '3aa5550b7fe348b98d7b5741afc65534' }, { '@type': 'Employee_ID', '#text': '21001' }] } });
    expect(out).not.toMatch(/(?<!\d)21001(?!\d)/);
    expect(out).toContain('[IDENTIFIER:psn_');
    expect(out).toContain('3aa5550b7fe348b98d7b5741afc65534');
  });
  it('its kind: an XML text typed by its type attribute, in the converters\' spellings', () => {
    expect(stored({ ID: { '@wd:type': 'Employee_ID', '#text': '21001' } })).not.toContain('21001');
    expect(stored({ ID: { '@_wd:type': 'Employee_ID', '#text': '21001' } })).not.toContain('21001');
    expect(stored({ ID: { $: { 'wd:type': 'Employee_ID' }, _: '21001' } })).not.toContain('21001');
    expect(stored({ ID: { _attributes: { 'wd:type': 'Employee_ID' }, _text: '21001' } })).not.toContain('21001');
    expect(stored({ ID: { '-type': 'SSN', '#text': '536-22-8514' } })).not.toContain('536-22-8514');
  });
  it('ids of things and JSON-LD types stay', () => {
    expect(stored({ Organization_Reference: { ID: [{ '@type': 'Organization_Reference_ID', '#text': 'SUPERVISORY_Finance' }] } })).toContain('SUPERVISORY_Finance');
    expect(stored({ '@type': 'Product', name: 'Widget 3000', sku: 'W-3000' })).toContain('Widget 3000');
    expect(stored({ ID: { '@type': 'Job_Requisition_ID', '#text': 'R-00412' } })).toContain('R-00412');
  });
});

describe('5. a Medicaid or Medi-Cal case number: one detection', () => {
  const found = (text: string) => {
    const out: Detection[] = [];
    detectHealthIds(text, out, [...text].filter((c) => c >= '0' && c <= '9').length, () => false);
    return out.map((d) => [d.type, text.slice(d.start, d.end), d.normalized]);
  };
  it('the open rows', () => {
    expect(found('Medicaid case 20260044')).toEqual([['HEALTH_PLAN_ID', '20260044', '20260044']]);
    expect(found('Medi-Cal case 20260044')).toEqual([['HEALTH_PLAN_ID', '20260044', '20260044']]);
  });
  it('its kind: a longer label of the other rule set, after any filler', () => {
    expect(found('Medicaid case no. 20260044')).toEqual([['HEALTH_PLAN_ID', '20260044', '20260044']]);
    expect(found('medicaid case #20260044 for the family')).toEqual([['HEALTH_PLAN_ID', '20260044', '20260044']]);
    expect(found('Medi-Cal BIC 91234567A8')).toEqual([['HEALTH_PLAN_ID', '91234567A8', '91234567A8']]);
  });
  it('the label alone still takes its value', () => {
    expect(found('Medicaid 123456789A')).toEqual([['HEALTH_PLAN_ID', '123456789A', '123456789A']]);
    expect(found('Medicaid ID: MC-20260044')).toEqual([['HEALTH_PLAN_ID', 'MC-20260044', 'MC20260044']]);
  });
  it('stored: the word case stays, the number has the pseudonym of its member', () => {
    const text = stored({ text: 'Medicaid case 20260044 reopened' });
    expect(text).toContain('Medicaid case [HEALTH_PLAN_ID:psn_');
    const member = stored({ medicaid: '20260044' });
    expect(text).toContain(/\[HEALTH_PLAN_ID:psn_[a-z0-9_]+\]/.exec(member)?.[0]);
  });
});
