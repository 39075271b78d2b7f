// The decision report's proofs are checked as `agent-audit verify-proof` checks a bundle: a line
// edited after its hash was written gets no proof, and says why (issue 16, tester's finding 1).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, fileLedger, generateSignerKey } from '../index.js';
import { aiActReport } from './ai-act.js';
import { decisionReport, type TimelineNode } from './decision.js';
import { reportDocument } from './documents.js';
import { ledgerSource } from './source.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-decision-proof-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function flatten(nodes: TimelineNode[]): TimelineNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

async function ledger(name: string): Promise<{ dir: string; segment: string }> {
  const dir = path.join(root, name);
  const auditor = createAuditor({ agent: { id: 'claims' }, sink: fileLedger({ dir }) });
  await auditor.run({ session: 'claim-1' }, async () => {
    auditor.record({ type: 'message.user', content: { input: 'refund please' } });
    auditor.record({ type: 'tool.call', tool: { name: 'refund', arguments: { amount: 1800 } } });
    auditor.record({ type: 'decision.made', decision: { action: 'refund', reason: 'within policy' } });
  });
  await auditor.close();
  const sdir = path.join(dir, 'streams', 'claims');
  return { dir, segment: path.join(sdir, fs.readdirSync(sdir).find((f) => f.endsWith('.jsonl')) as string) };
}

describe('decision report proofs', () => {
  it('proves every event of an untouched run', async () => {
    const { dir } = await ledger('clean');
    const report = await decisionReport(ledgerSource(dir, { verifyInWorker: false }), { session: 'claim-1' });
    expect(report.summary).toMatchObject({ events: 3, proven: 3, unproven: 0, proofFailures: 0 });
  });

  it('gives an event whose line was edited (its stored hash kept) no proof, with the reason, and counts it', async () => {
    const { dir, segment } = await ledger('tampered');
    const text = fs.readFileSync(segment, 'utf8');
    expect(text).toContain('"amount":1800');
    fs.writeFileSync(segment, text.replace('"amount":1800', '"amount":18000'));
    const report = await decisionReport(ledgerSource(dir, { verifyInWorker: false }), { session: 'claim-1' });
    const nodes = flatten(report.timeline);
    const call = nodes.find((n) => n.type === 'tool.call') as TimelineNode;
    expect(call.proof).toBeUndefined();
    expect(call.proofFailure).toBe('the event line does not match its hash');
    expect(nodes.filter((n) => n.proof)).toHaveLength(2);
    expect(report.summary).toMatchObject({ proven: 2, unproven: 0, proofFailures: 1 });
    const doc = JSON.stringify(reportDocument(report));
    expect(doc).toContain('proof: NOT proven: the event line does not match its hash');
    expect(doc).toContain('2 proven, 0 not yet covered by a checkpoint, 1 NOT proven');
  });

  it('an event no checkpoint covers, on a ledger that does not verify, is NOT proven (not "none yet")', async () => {
    const { dir, segment } = await ledger('appended');
    const lines = fs.readFileSync(segment, 'utf8').trimEnd().split('\n');
    const forged = { ...JSON.parse(lines.at(-1) as string), seq: 3, id: '01M8PJ0000000000000000FAKE', type: 'approval.grant' };
    fs.appendFileSync(segment, `${JSON.stringify(forged)}\n`);
    const report = await decisionReport(ledgerSource(dir, { verifyInWorker: false }), { session: 'claim-1' });
    expect(report.verification.ok).toBe(false);
    const node = flatten(report.timeline).find((n) => n.type === 'approval.grant') as TimelineNode;
    expect(node.proofFailure).toMatch(/not covered by a valid signed checkpoint, and the source does not verify/);
    expect(report.summary).toMatchObject({ proven: 3, unproven: 0, proofFailures: 1 });
    expect(JSON.stringify(reportDocument(report))).not.toContain('not covered by a signed checkpoint yet');
  });

  it('counts a LangChain chain.start carrying the user input as an input (graph nodes are not)', async () => {
    const dir = path.join(root, 'langchain');
    const auditor = createAuditor({ agent: { id: 'lc' }, sink: fileLedger({ dir }) });
    await auditor.run({ session: 'lc-1' }, async () => {
      auditor.record({ type: 'chain.start', content: { input: { messages: [{ role: 'user', content: 'hi' }] } }, attrs: { chain: { kind: 'agent', name: 'a' } } });
      auditor.record({ type: 'chain.start', content: { input: { state: 1 } }, attrs: { chain: { kind: 'node', name: 'model_request' } } });
      auditor.record({ type: 'chain.end', content: { output: 'ok' } });
    });
    await auditor.close();
    const report = await decisionReport(ledgerSource(dir, { verifyInWorker: false }), { session: 'lc-1' });
    expect(report.summary.inputs).toBe(1);
    expect(flatten(report.timeline).map((n) => n.kind)).toEqual(['input', 'start', 'end']);
    const aiAct = await aiActReport(ledgerSource(dir, { verifyInWorker: false }), {});
    expect(aiAct.inputReferences.rows.map((r) => r.type)).toEqual(['chain.start']);
  });

  it('proves nothing against a checkpoint not signed by the pinned key', async () => {
    const { dir } = await ledger('other-key');
    const report = await decisionReport(ledgerSource(dir, { verifyInWorker: false }), { session: 'claim-1', verifierKeys: [generateSignerKey('someone-else').verifierKey] });
    expect(report.summary).toMatchObject({ proven: 0, proofFailures: 3 });
    expect(flatten(report.timeline)[0]?.proofFailure).toMatch(/^checkpoint signature:/);
  });
});
