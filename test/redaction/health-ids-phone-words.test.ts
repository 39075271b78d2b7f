// Issue 11, "redaction that holds against real inputs": a fresh attacker stored `EHR ID 7736251`
// and phone numbers written in words in the ledger in clear, through createAuditor().record()
// with the default redactor. One input per family of the fix goes through an auditor and a file
// ledger here, and the stored `.jsonl` files are searched for the raw values.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAuditor, fileLedger } from '@agent-audit/core';
import { storedJsonl } from './stored.js';

describe('health identifiers and phones in words are not stored (end to end)', () => {
  it('masks them in text and under member names, with the default redactor', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aa-hipaa-'));
    const auditor = createAuditor({ agent: { id: 'clinic-bot' }, sink: fileLedger({ dir }) });
    auditor.record({ type: 'message.user', content: { input: 'Look up EHR ID 7736251 please, member id=XJH123456789, VIN 1HGCM82633A004352' } });
    auditor.record({ type: 'message.user', content: { input: 'call me on five five five, one two three, four five six seven' } });
    auditor.record({ type: 'message.user', content: { input: 'or oh two oh seven nine four six oh nine five eight; هاتف: 0501234567; 电话：13812345678' } });
    auditor.record({ type: 'tool.call', tool: { name: 'ehr.lookup', arguments: { patient_id: 'P-4471129', policyNumber: 'PLC-4471-2290', deviceSerial: 'PM-88213-XZ', note: 'NHS number 943 476 5919, NPI 1234567893' } } });
    await auditor.close();
    const all = storedJsonl(dir);
    expect(all.length).toBeGreaterThan(0);
    for (const raw of ['7736251', 'XJH123456789', '1HGCM82633A004352', 'five five five', 'four five six seven', 'oh two oh seven', 'nine five eight', '0501234567', '13812345678', 'P-4471129', 'PLC-4471-2290', 'PM-88213-XZ', '943 476 5919', '1234567893']) {
      expect(all.includes(raw), raw).toBe(false);
    }
    expect(all).toContain('[MRN:psn_');
    expect(all).toContain('[PHONE:psn_');
  });
});
