// The agent-audit demo: an audited clinic agent (LangChain) and bank agent (Vercel AI SDK),
// plus an app-level session recorded with the core API, all in one ledger folder. Then it
// verifies the ledger, shows what redaction kept, tampers with a copy, and lets
// `agent-audit verify` name the changed event.
//
//   pnpm demo        (builds the packages first)
//
// Runs offline: both agents use scripted models unless an API key is set (see their files).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAuditor, fileLedger, queryLedger, readEvents, verifyLedger } from '@agent-audit/core';
import { runLangchainAgent } from './langchain-agent.mjs';
import { runAiSdkAgent } from './ai-sdk-agent.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
// AGENT_AUDIT_DEMO_DIR moves the demo's folder (tests run the demo in a temporary folder).
const work = process.env.AGENT_AUDIT_DEMO_DIR ? path.resolve(process.env.AGENT_AUDIT_DEMO_DIR) : path.join(repo, '.agent-audit');
const dir = path.join(work, 'demo-ledger');
const tampered = path.join(work, 'demo-ledger-tampered');
const cli = path.join(repo, 'packages', 'cli', 'dist', 'bin.js');
fs.rmSync(dir, { recursive: true, force: true });
fs.rmSync(tampered, { recursive: true, force: true });

const line = (title) => console.log(`\n\u2500\u2500 ${title} ${'\u2500'.repeat(Math.max(0, 70 - title.length))}`);
const onError = (error) => console.error(`audit error: ${error.message}`);
const ledger = fileLedger({ dir });

// 1. An application records a support conversation directly with the core API.
line('1. recording');
const app = createAuditor({ agent: { id: 'claims-portal', name: 'Claims portal', version: '2.3.0' }, sink: ledger, onError });
await app.run({ session: 'claim-5521', actor: { id: 'member-77120', type: 'user' } }, async () => {
  app.record({ type: 'conversation.start', attrs: { channel: 'web' } });
  app.record({
    type: 'message.user',
    content: { input: 'I am John Smith, SSN 536-22-8514, card 4111 1111 1111 1111. Email me at john.smith@example.com about claim 5521.' },
  });
  app.record({ type: 'data.access', resource: { type: 'claim', id: '5521', operation: 'read' }, tool: { name: 'claims_db.read', arguments: { claimId: '5521' } } });
  app.record({
    type: 'tool.call',
    tool: { name: 'issue_refund', callId: 'call_1', arguments: { claimId: '5521', amount: 180.0, iban: 'DE89 3704 0044 0532 0130 00', apiKey: 'sk-live-51HxQ2eZvKYlo2C9x8Qz' } },
  });
  app.record({ type: 'decision.made', decision: { action: 'refund_approved', reason: 'within policy limit of 200 EUR', policy: 'refunds-v3' } });
  app.record({ type: 'conversation.end' });
});
await app.close();

// 2. The same ledger takes a LangChain agent and an AI SDK agent, each on its own stream.
const clinic = createAuditor({ agent: { id: 'clinic-assistant', name: 'Bayview Clinic assistant', version: '1.0.0' }, sink: ledger, onError });
const clinicAnswer = await runLangchainAgent({ auditor: clinic, sessionId: 'portal-session-8812', actor: { id: 'portal-user-20931', type: 'user' } });
await clinic.close();
const bank = createAuditor({ agent: { id: 'bank-support', name: 'Bank support agent' }, sink: ledger, onError });
const bankAnswer = await runAiSdkAgent({ auditor: bank });
await bank.close();
console.log(`clinic agent (LangChain) answered: ${clinicAnswer.slice(0, 100)}`);
console.log(`bank agent (AI SDK) answered:      ${String(bankAnswer.answer).slice(0, 100)}`);
console.log(`ledger folder: ${path.relative(process.cwd(), dir) || dir}`);

// 3. What was kept: personal data is replaced by typed, keyed pseudonyms before hashing.
line('2. what the ledger holds (redacted before hashing)');
const counts = {};
for await (const event of queryLedger(dir)) counts[event.stream] = (counts[event.stream] ?? 0) + 1;
for (const [stream, count] of Object.entries(counts)) console.log(`  ${stream.padEnd(18)} ${count} events`);
for await (const event of queryLedger(dir, { stream: 'claims-portal', type: 'message.user' })) {
  console.log(`  message.user as stored: ${JSON.stringify(event.content?.input)}`);
  console.log(`  classes: ${event.data?.classes.join(', ')}  sensitivity: ${event.data?.sensitivity}  regimes: ${event.compliance?.regimes.join(', ')}`);
}
for await (const event of queryLedger(dir, { stream: 'claims-portal', tool: 'issue_refund' })) {
  console.log(`  tool.call arguments as stored: ${JSON.stringify(event.tool?.arguments)}`);
}
const stored = fs.readFileSync(path.join(dir, 'streams', 'claims-portal', '00000000000000000000.jsonl'), 'utf8');
for (const secret of ['John Smith', '536-22-8514', '4111 1111 1111 1111', 'john.smith@example.com', 'sk-live-51HxQ2eZvKYlo2C9x8Qz']) {
  console.log(`  ${JSON.stringify(secret).padEnd(32)} in the ledger files: ${stored.includes(secret) ? 'YES (bad)' : 'no'}`);
}

// 4. Verify: every hash, chain link, Merkle root and checkpoint signature.
line('3. verify');
const result = await verifyLedger(dir);
console.log(`  ${result.ok ? 'OK' : 'INVALID'}: ${result.events} events in ${result.streams} streams, ${result.checkpoints} signed checkpoints`);
if (!result.ok) process.exitCode = 1;

// 5. Tamper with a copy: change the refund amount in the stored tool call.
line('4. tamper with a copy and verify again');
fs.cpSync(dir, tampered, { recursive: true });
const segment = path.join(tampered, 'streams', 'claims-portal', '00000000000000000000.jsonl');
const lines = fs.readFileSync(segment, 'utf8').split('\n');
const index = lines.findIndex((l) => l.includes('"issue_refund"'));
const victim = JSON.parse(lines[index]);
lines[index] = lines[index].replace('"amount":180', '"amount":18000');
fs.writeFileSync(segment, lines.join('\n'));
console.log(`  changed "amount":180 to "amount":18000 in event ${victim.id} (seq ${victim.seq} of claims-portal)`);
const run = spawnSync(process.execPath, [cli, 'verify', tampered], { encoding: 'utf8' });
console.log(`  $ agent-audit verify ${path.relative(process.cwd(), tampered) || tampered}`);
for (const l of run.stdout.trim().split('\n')) console.log(`  ${l}`);
console.log(`  exit code ${run.status} (0 valid, 1 invalid, 2 error)`);
if (run.status !== 1) process.exitCode = 1;

line('next');
console.log(`  pnpm exec agent-audit query ${path.relative(process.cwd(), dir)} --type 'tool.*'`);
// Pinned: the verifier key copied from the fresh ledger (last line of verifier.key); without
// --key, verify trusts the ledger's own copy of the key and says so.
const rel = path.relative(process.cwd(), dir) || dir;
console.log(`  pnpm exec agent-audit verify ${rel} --key "$(tail -n 1 ${path.join(rel, 'verifier.key')})"`);
void readEvents;
