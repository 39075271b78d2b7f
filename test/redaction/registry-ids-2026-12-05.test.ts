// Item 3 of the misc brief of 2026-12-05 (issue 11): a bare `registryId` beside a patient's data
// (`{patientName, registryId:'88120334'}`) was stored raw. Decision (docs/REDACTION.md): beside a
// patient's members (a `patient…` member, an MRN's, an immunisation's: `vaccineCode`, `cvx`; a FHIR
// Patient) a bare registry id is the patient's immunisation information system record, a record
// number (HIPAA Safe Harbor (b)(2)(i)(H)), masked as `MRN` with the pseudonym `iisId` and the
// prose label give it; elsewhere it is a container's or a package's registry (`docker.io`, ECR's
// `registryId`: an AWS account) and stays. redactor.ts REGISTRY_ID_KEYS, patientRecordBeside.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '../../packages/core/src/index.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]), sessionMemory: false });
function stored(args: Record<string, unknown>): string {
  const result = redactor.redact({ v: 1, id: 'x', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.call', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', arguments: args } } as never, { capture: {} });
  return JSON.stringify((result as { event: { tool: { arguments: unknown } } }).event.tool.arguments);
}
const mrn = (out: string): string | undefined => /\[MRN:[^\]]+\]/.exec(out)?.[0];

describe('a bare registry id beside a patient record', () => {
  it.each([
    [{ patientName: 'Jane Roe', registryId: '88120334' }],
    [{ patient: { name: 'Jane Roe' }, registry_number: '88120334' }],
    [{ resourceType: 'Patient', registryId: '88120334', name: [{ family: 'Roe' }] }],
    // Held back: an immunisation's members, an MRN beside it, another spelling, a number.
    [{ vaccineCode: '208', administered: '2026-03-02', registryId: '88120334' }],
    [{ mrn: 'A0049213', RegistryNo: '88120334' }],
    [{ patient_dob: '1984-03-12', registryId: 88120334 }],
    [{ immunization: { cvx: '208' }, registryRef: 'IIS-88120334' }],
  ])('%j', (args) => {
    const out = stored(args);
    expect(out).not.toContain('88120334');
    expect(mrn(out)).toBeDefined();
  });
  it('one pseudonym with the prose label and with iisId', () => {
    const token = mrn(stored({ patientName: 'Jane Roe', registryId: '88120334' }));
    expect(token).toBe(mrn(stored({ note: 'Immunization registry ID: 88120334' })));
    expect(token).toBe(mrn(stored({ iisId: '88120334' })));
  });
  it('a registry name health-ids.ts reads before the number keeps its reading (the number masked, one pseudonym)', () => {
    expect(stored({ patientName: 'Jane Roe', registryId: 'NYSIIS-88120334' })).toMatch(/"registryId":"NYSIIS-\[MRN:/);
  });
});

describe('kept: a registry id that is no patient\'s', () => {
  it.each([
    [{ registryId: 'docker.io' }],
    [{ registryId: '88120334' }],
    [{ registryId: '123456789012', repositoryName: 'app', imageTag: 'latest' }],
    [{ patientName: 'Jane Roe', registryId: 'ghcr.io/acme' }],
    [{ patientPortal: 'https://portal.example', registryId: 'docker.io' }],
    [{ registry: 'docker.io', registryId: 'library' }],
  ])('%j', (args) => {
    const out = stored(args);
    for (const value of Object.values(args)) if (typeof value === 'string' && !/Jane/.test(value)) expect(out).toContain(value);
  });
});
