// The second README-only probe of 2026-12-04 (test/redaction/probe-2026-12-04b.cases.md; issue 11),
// rows G1 and G10 end to end: tool results holding values wrapped in type objects (DynamoDB,
// Firestore, Notion, Avro) and name/value attribute arrays (Cognito, HubSpot, AWS tags) go through
// createAuditor and a file ledger; none of the personal values reaches the disk, the look-alikes
// (tool names, versions, order numbers, tag values) do. Unit cases: wrapped-values.test.ts.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor, fileLedger } from '@agent-audit/core';
import { blankMachineValues, storedJsonl } from './stored.js';

const TOKEN = /\[[A-Z_]+:psn_\w+\]/g;

describe('G1, G10 in the ledger', () => {
  it('stores none of the wrapped or attribute values; the look-alikes stay', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'probe-20261204b-g1-'));
    const auditor = createAuditor({ agent: { id: 'probe' }, sink: fileLedger({ dir: join(dir, 'ledger') }), redactor: createRedactor({ pseudonymKey: createKeyring([Buffer.alloc(32, 63)]) }) });
    const results = [
      { Item: { ssn: { S: '536228514' }, dob: { S: '1984-03-12' }, last_name: { S: 'Vlintuk' } } },
      // Beside tool-ish members a generic name stays (beside `last_name` it is a person's, as unwrapped).
      { Item: { name: { S: 'search' }, type: { S: 'tool' }, version: { S: '4.5.6' } } },
      { fields: { ssn: { stringValue: '412673390' }, surname: { arrayValue: { values: [{ stringValue: 'Dorvane' }] } }, order_id: { integerValue: '771234509' } } },
      { properties: { SSN: { id: 'x', type: 'rich_text', rich_text: [{ type: 'text', text: { content: '523456789', link: null }, plain_text: '523456789' }] }, 'Date of birth': { type: 'date', date: { start: '1971-05-06', end: null } } } },
      { last_name: { string: 'Qxarsk' }, tax_id: { long: 545678901 } },
      { UserAttributes: [{ Name: 'custom:ssn', Value: '534123456' }, { Name: 'family_name', Value: 'Kestrav' }, { Name: 'birthdate', Value: '1966-07-08' }, { Name: 'custom:plan', Value: 'enterprise-tier' }] },
      [{ property: 'date_of_birth', value: '1979-11-02' }, { property: 'dealstage', value: 'closedwon' }],
      { Tags: [{ Key: 'user:last_name', Value: 'Orlonde' }, { Key: 'Environment', Value: 'staging-eu' }] },
    ];
    for (const result of results) auditor.record({ type: 'tool.result', tool: { name: 't', result } });
    await auditor.close();
    // Machine values blanked (ids, span ids, checkpoints; hashes and trace ids by the 32-hex rule) before short values are looked for.
    const text = blankMachineValues(storedJsonl(join(dir, 'ledger'))).replace(TOKEN, ' ').replace(/[0-9a-f]{32,}/g, '<hex>');
    for (const raw of ['536228514', '1984-03-12', 'Vlintuk', '412673390', 'Dorvane', '523456789', '1971-05-06', 'Qxarsk', '545678901', '534123456', 'Kestrav', '1966-07-08', '1979-11-02', 'Orlonde']) {
      expect(text, raw).not.toContain(raw);
    }
    for (const kept of ['"S":"search"', '"S":"4.5.6"', '"integerValue":"771234509"', '"Value":"enterprise-tier"', '"value":"closedwon"', '"Value":"staging-eu"']) expect(text).toContain(kept);
  });
});
