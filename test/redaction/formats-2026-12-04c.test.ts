// The third probe of 2026-12-04 (test/redaction/probe-2026-12-04c.cases.md), H2 and H3, end to end
// through an auditor and a file ledger: DICOM patient tags (dicom.ts) and the names and accounts
// of SWIFT MT and NACHA (bank-messages.ts) were stored raw. Held-back inputs of the same kinds.
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

describe('H3: bank messages in the ledger', () => {
  const mt103 = ':20:TRX-77120\n:32A:261204USD2500,00\n:50K:/12345678901\nWENLIX DORVANE\n48 HARTWELL LANE\n:59:/98765432100\nAMARA OKAFOR\n9 ELM STREET\n-}';
  const mt940 = ':61:2612041204CR2500,00NTRFNONREF//4471\n:86:166?00SEPA-GUTSCHRIFT?20EREF+RG4471?30COBADEFFXXX?31DE89370400440532013000?32HAVILI TEVITA';
  const nacha = `622071000505${'0001234567890'.padEnd(17)}0000125000${'EMP-4471'.padEnd(15)}${'BRELLOCK ZANIV'.padEnd(22)}  0091000010000001`;

  it("stores none of the parties' names, addresses and accounts; references and amounts stay", async () => {
    expect(nacha.length).toBe(94);
    const text = await stored([{ body: mt103 }, { body: mt940 }, { body: nacha }]);
    for (const raw of ['WENLIX', 'DORVANE', 'HARTWELL', 'OKAFOR', 'ELM STREET', 'HAVILI', 'TEVITA', 'DE89370400440532013000', '00012345678', 'EMP-4471', 'BRELLOCK']) expect(text, raw).not.toContain(raw);
    for (const kept of [':20:TRX-77120', ':32A:261204USD2500,00', ':61:2612041204CR2500,00NTRFNONREF//4471', 'COBADEFFXXX']) expect(text, kept).toContain(kept);
  });
});
