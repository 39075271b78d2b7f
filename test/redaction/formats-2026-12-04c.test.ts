// The third probe of 2026-12-04 (test/redaction/probe-2026-12-04c.cases.md), H2, end to end
// through an auditor and a file ledger: DICOM patient tags (dicom.ts) were stored raw. Held-back inputs of the same kinds.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor, fileLedger } from '@agent-audit/core';
import { blankMachineValues, storedJsonl } from './stored.js';

/** What the ledger holds after recording `results` as tool results, machine values, hashes and tokens blanked. */
async function stored(results: unknown[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'probe-20261204c-formats-'));
  const auditor = createAuditor({ agent: { id: 'probe' }, sink: fileLedger({ dir: join(dir, 'ledger') }), redactor: createRedactor({ pseudonymKey: createKeyring([Buffer.alloc(32, 48)]) }) });
  for (const result of results) auditor.record({ type: 'tool.result', tool: { name: 'records.fetch', result } } as never);
  await auditor.close();
  return blankMachineValues(storedJsonl(join(dir, 'ledger'))).replace(/[0-9a-f]{32,}/g, '').replace(/\[[A-Z_]+:psn_\w+\]/g, ' ');
}

describe('H2: DICOM in the ledger', () => {
  const dump = '(0010,0010) PN [DORVANE^WENLIX]     #  14, 1 PatientName\n(0010,0020) LO [XJH7734120]     #  10, 1 PatientID\n(0010,0030) DA [19710506]     #   8, 1 PatientBirthDate\n(0008,0060) CS [MR]     #   2, 1 Modality\n(0028,0010) US 512     #   2, 1 Rows';
  const pydicom = "(0010, 0010) Patient's Name                      PN: 'Brellock^Zaniv'\n(0010, 0020) Patient ID                          LO: 'ZQ5501877'";
  const json = { '00100010': { vr: 'PN', Value: [{ Alphabetic: 'Qxarsk^Ilena' }] }, '00100020': { vr: 'LO', Value: ['PT0094417'] }, '00100030': { vr: 'DA', Value: ['19660921'] }, '00080060': { vr: 'CS', Value: ['CT'] } };

  it('stores none of the patient elements of a dump, a pydicom print, DICOM JSON as text and as an object', async () => {
    const text = await stored([{ stdout: dump }, { stdout: pydicom }, { body: JSON.stringify([json]) }, json]);
    for (const raw of ['DORVANE', 'WENLIX', 'XJH7734120', '19710506', 'Brellock', 'Zaniv', 'ZQ5501877', 'Qxarsk', 'Ilena', 'PT0094417', '19660921']) expect(text, raw).not.toContain(raw);
    for (const kept of ['(0008,0060) CS [MR]', '(0028,0010) US 512', '"CT"']) expect(text, kept).toContain(kept);
  });
});
