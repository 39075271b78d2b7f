// The third README-only probe of 2026-12-04 (test/redaction/probe-2026-12-04c.cases.md), rows H19
// and H18 end to end with the probe's own inputs: query and patch DSLs and a Workday typed id go
// through createAuditor and a file ledger; none of the personal values reaches the disk, the
// look-alikes do. Other spellings of both kinds: packages/core/src/redaction/query-dsl-values.test.ts
// and typed-id-values.test.ts.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor, fileLedger } from '@agent-audit/core';
import { blankMachineValues, storedJsonl } from './stored.js';

const TOKEN = /\[[A-Z_]+:psn_\w+\]/g;

describe('H19, H18 in the ledger', () => {
  it('stores none of the values under operators, paths or typed ids; the look-alikes stay', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'probe-20261204c-h19-'));
    const auditor = createAuditor({ agent: { id: 'probe' }, sink: fileLedger({ dir: join(dir, 'ledger') }), redactor: createRedactor({ pseudonymKey: createKeyring([Buffer.alloc(32, 41)]) }) });
    const calls = [
      { patch: [{ op: 'replace', path: '/patient/ssn', value: '536228514' }, { op: 'replace', path: '/status', value: 'active' }] },
      { filter: { ssn: { $eq: '536228514' }, lastName: { $in: ['Vlintuk', 'Dorvane'] }, status: { $eq: 'approved' } } },
      { update: { $set: { 'patient.lastName': 'Vlintuk' } } },
      { query: { bool: { filter: [{ range: { dob: { gte: '1984-03-12' } } }, { range: { amount: { gte: 100 } } }] } } },
      { worker: { National_ID: [{ National_ID_Data: { ID: '536228514', ID_Type_Reference: { ID: 'USA-SSN' } } }], Custom_ID: [{ Custom_ID_Data: { ID: 'E-88213', ID_Type_Reference: { ID: 'Employee_ID' } } }], Order: { ID: 'ORD-2291' } } },
    ];
    for (const args of calls) auditor.record({ type: 'tool.call', tool: { name: 'db', arguments: args } });
    await auditor.close();
    // Machine values blanked (ids, span ids, checkpoints; hashes and trace ids by the 32-hex rule) before short values are looked for.
    const text = blankMachineValues(storedJsonl(join(dir, 'ledger'))).replace(TOKEN, ' ').replace(/[0-9a-f]{32,}/g, '<hex>');
    // An id typed `Employee_ID` is an employee's number since L6 of the probe of 2026-12-05b (commercial-ids.ts): masked.
    for (const raw of ['536228514', 'Vlintuk', 'Dorvane', '1984-03-12', 'E-88213']) expect(text, raw).not.toContain(raw);
    for (const kept of ['"value":"active"', '"$eq":"approved"', '"gte":100', '"ID":"Employee_ID"', '"ID":"ORD-2291"', '"ID":"USA-SSN"']) expect(text).toContain(kept);
  });
});
