import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor, fileLedger } from '../index.js';
import { subjectReport } from './subject.js';
import { ledgerSource } from './source.js';

// GDPR Art. 15 by actor: `--actor dave@example.com` is that actor id and nothing else, not an actor
// whose id contains it (`user:dave@example.com`) nor a message of someone else that mentions it.
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-subject-actor-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

it('--actor matches the actor field exactly, never the same email inside another actor id or in text', async () => {
  const keyring = createKeyring([new Uint8Array(32).fill(9)]);
  const dir = path.join(root, 'ledger');
  const auditor = createAuditor({ agent: { id: 'desk' }, sink: fileLedger({ dir, keyDir: path.join(root, 'keys') }), redactor: createRedactor({ pseudonymKey: keyring }) });
  auditor.record({ type: 'message.user', session: 's1', actor: { id: 'dave@example.com', type: 'user' }, content: { input: 'my own request' } });
  auditor.record({ type: 'message.user', session: 's2', actor: { id: 'user:dave@example.com', type: 'user' }, content: { input: 'hi' } });
  auditor.record({ type: 'message.user', session: 's3', actor: { id: 'dave', type: 'user' }, content: { input: 'please write to dave@example.com' } });
  await auditor.close();
  const report = await subjectReport(ledgerSource(dir), { actor: 'dave@example.com', keyring });
  expect(report.events.rows.map((row) => row.session)).toEqual(['s1']);
  expect(report.events.rows[0]?.matchedBy).toEqual(['actor']);
});
