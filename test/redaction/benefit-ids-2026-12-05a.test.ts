// L6 of the eighth probe of 2026-12-05 (test/redaction/probe-2026-12-05a.cases.md): the ids of US
// benefit programmes and public-health registries were stored raw beside the masked name: the
// Medi-Cal Benefits Identification Card (`Medi-Cal BIC number 91234567A8`), a SNAP case number, a
// WIC id, a VA file number (`C-12345678`), an immunisation information system's (IIS) id, in prose
// and as members. Medicaid, Medi-Cal CIN and the MBI were masked as HEALTH_PLAN_ID. Now the
// programmes' ids are HEALTH_PLAN_ID too and an IIS record is an MRN (health-ids.ts OWNER_RULES).
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '../../packages/core/src/index.js';
import { detectSensitive } from '../../packages/core/src/redaction/detectors.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(6)]), sessionMemory: false });
function stored(args: Record<string, unknown>): string {
  const result = redactor.redact({ v: 1, id: 'x', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.call', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', arguments: args } } as never, { capture: {} });
  if (typeof (result as { then?: unknown }).then === 'function') throw new Error('expected a synchronous redactor');
  return JSON.stringify((result as { event: { tool: { arguments: unknown } } }).event.tool.arguments);
}
const raw = (out: string, code: string): boolean => new RegExp(`(?<![0-9A-Za-z])${code}(?![0-9A-Za-z])`).test(out);
const found = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'HEALTH_PLAN_ID' || d.type === 'MRN').map((d) => `${d.type}:${text.slice(d.start, d.end)}`);

describe('a benefit programme\'s or registry\'s id after its label', () => {
  it.each([
    // The probe's inputs.
    ['Medi-Cal BIC number 91234567A8 belongs to Rosalind Achterberg', 'HEALTH_PLAN_ID:91234567A8'],
    ['SNAP case number SN-2026-004471 for the household', 'HEALTH_PLAN_ID:SN-2026-004471'],
    ['WIC ID 4402118993 for the infant', 'HEALTH_PLAN_ID:4402118993'],
    ['VA file number C-12345678 for the veteran', 'HEALTH_PLAN_ID:C-12345678'],
    ['Immunization registry ID: NYSIIS-88120334 for the child', 'MRN:88120334'],
    // Held back: other spellings of the same labels.
    ['CalFresh case no. 0044718820 reopened', 'HEALTH_PLAN_ID:0044718820'],
    ['Medi-Cal BIC: 90012345B7 issued 2026-01-04', 'HEALTH_PLAN_ID:90012345B7'],
    ['EBT case # 7712-0934 approved', 'HEALTH_PLAN_ID:7712-0934'],
    ['WIC participant number 33019875', 'HEALTH_PLAN_ID:33019875'],
    ['VA claim number 28 112 334', 'HEALTH_PLAN_ID:28 112 334'],
    ['C-file number C-87654321 requested', 'HEALTH_PLAN_ID:C-87654321'],
    ['Vaccination registry number 5512098431', 'MRN:5512098431'],
    ['IIS ID 7712004455 (state registry)', 'MRN:7712004455'],
  ])('%s', (text, value) => {
    expect(found(text)).toEqual([value]);
  });
});

describe('under their members', () => {
  it('mediCalBic, wicId, snapCaseNumber, vaFileNumber, iisId and a registry number beside a patient', () => {
    const out = stored({ mediCalBic: '91234567A8', wicId: '4402118993', snapCaseNumber: 'SN-2026-004471', vaFileNumber: 'C-12345678', iisId: '7712004455', registryId: 'NYSIIS-88120334', patientName: 'Rosalind Achterberg' });
    for (const code of ['91234567A8', '4402118993', 'SN-2026-004471', 'C-12345678', '7712004455', '88120334']) expect(raw(out, code), code).toBe(false);
    expect(out.match(/\[HEALTH_PLAN_ID:/g)?.length).toBe(4);
  });
});

describe('look-alikes stay', () => {
  it.each([
    'BIC: DEUTDEFF500 with the IBAN',
    'SNAP 2026 release notes',
    'case number 2026-12 of the support queue',
    'the VA file was 12 pages',
    'IIS 10.0 on Windows Server 2019',
    'iis id 7712004455',
    'WIC 2026 budget',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
});
