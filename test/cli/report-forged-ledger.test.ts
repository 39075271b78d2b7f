import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditor, fileLedger, generateSignerKey, sealEvent, type AuditEvent, type UnsealedEvent } from '@agent-audit/core';

// Drives the built `agent-audit` binary on what tester rt15 found: a report over a ledger an
// attacker (without the signing key) forged must not record report.generated into it, since
// recording signs a checkpoint and a head over the forged events and verify then says OK.
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(repo, 'packages', 'cli', 'dist', 'bin.js');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-cli-report-forged-'));
const key = generateSignerKey('report-forged/audit');
const env: NodeJS.ProcessEnv = { ...process.env, AGENT_AUDIT_HOME: path.join(root, 'home') };
delete env.AGENT_AUDIT_VERIFIER_KEY;
const keyFile = path.join(root, 'signer.key');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function cli(args: string[]) {
  if (!fs.existsSync(bin)) throw new Error(`${bin} is missing: run \`pnpm build\` first (pnpm test does)`);
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Every file of a folder with its bytes, to show a run changed nothing. */
function snapshot(folder: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(folder, file)] = fs.readFileSync(file, 'base64');
  }
  return out;
}

async function makeLedger(dir: string): Promise<void> {
  const auditor = createAuditor({ agent: { id: 'desk-bot' }, stream: 'bank-support', sink: fileLedger({ dir, signingKey: key.signerKey }) });
  auditor.record({ type: 'message.user', session: 's1', content: { input: 'hello' } });
  auditor.record({ type: 'tool.call', session: 's1', tool: { name: 'lookup', arguments: {} } });
  await auditor.close();
}

/** Events sealed after `prev` from seq `seq` on, in stream `stream`: valid hashes, a valid chain, no signature. */
function forgedLines(stream: string, seq: number, prev: string, count: number): string[] {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const event = {
      v: 1, id: `01M8PM502ECVZ198YRATJBV${String(100 + i)}`, ts: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(), seq: seq + i, stream,
      type: 'approval.grant', outcome: 'success', agent: { id: 'claims-portal' }, actor: { id: 'supervisor-1', type: 'admin' },
      attrs: { note: 'FORGED: supervisor approved refund of 18000' },
    } as unknown as UnsealedEvent;
    const sealed = sealEvent(event, prev);
    lines.push(sealed.line);
    prev = (sealed.event as AuditEvent).hash;
  }
  return lines;
}

const verifierKey = key.verifierKey;
const a = path.join(root, 'A');
const b = path.join(root, 'B');

beforeAll(async () => {
  fs.writeFileSync(keyFile, key.signerKey, { mode: 0o600 });
  await makeLedger(a);
  await makeLedger(b);
  // B gets a closed, signed reports stream from one honest report run.
  const honest = cli(['report', 'activity', b, '--out', path.join(root, 'honest.md'), '--key', verifierKey, '--signing-key', keyFile]);
  expect(honest.code, honest.stderr).toBe(0);
}, 120_000);

describe('report never records into a ledger that does not verify', { timeout: 300_000 }, () => {
  it('a planted reports stream (not in the signed head): exit 1, "not recorded", the ledger is left as it was and still INVALID', () => {
    const genesis = '0'.repeat(64);
    fs.mkdirSync(path.join(a, 'streams', 'reports'), { recursive: true });
    fs.writeFileSync(path.join(a, 'streams', 'reports', '00000000000000000000.jsonl'), forgedLines('reports', 0, genesis, 2).join('\n') + '\n');
    expect(cli(['verify', a, '--key', verifierKey]).code).toBe(1);
    const before = snapshot(a);
    const run = cli(['report', 'activity', a, '--out', path.join(root, 'a.md'), '--key', verifierKey, '--signing-key', keyFile]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toContain(`not recorded: ${a} does not verify:`);
    expect(run.stderr).not.toContain('recorded report.generated');
    expect(snapshot(a)).toEqual(before);
    expect(cli(['verify', a, '--key', verifierKey]).code).toBe(1);
  });

  it('hash-chained lines appended past the closed end of the reports stream: exit 1, not recorded, still INVALID', () => {
    const segment = path.join(b, 'streams', 'reports', '00000000000000000000.jsonl');
    const lines = fs.readFileSync(segment, 'utf8').split('\n').filter(Boolean);
    const last = JSON.parse(lines[lines.length - 1] as string) as AuditEvent;
    fs.appendFileSync(segment, forgedLines('reports', last.seq + 1, last.hash, 2).join('\n') + '\n');
    expect(cli(['verify', b, '--key', verifierKey]).code).toBe(1);
    const before = snapshot(b);
    const run = cli(['report', 'activity', b, '--out', path.join(root, 'b.md'), '--key', verifierKey, '--signing-key', keyFile]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toContain(`not recorded: ${b} does not verify:`);
    expect(snapshot(b)).toEqual(before);
    expect(cli(['verify', b, '--key', verifierKey]).code).toBe(1);
  });

  it('reports a symbolic link to another ledger\'s stream folder: nothing is written into the other ledger', async () => {
    const linked = path.join(root, 'linked');
    const target = path.join(root, 'target');
    await makeLedger(linked);
    await makeLedger(target);
    fs.symlinkSync(path.join('..', '..', 'target', 'streams', 'bank-support'), path.join(linked, 'streams', 'reports'));
    const before = snapshot(target);
    const run = cli(['report', 'activity', linked, '--out', path.join(root, 'l.md'), '--key', verifierKey, '--signing-key', keyFile]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toContain('not recorded:');
    expect(snapshot(target)).toEqual(before);
    expect(cli(['verify', target, '--key', verifierKey]).code).toBe(0);
    // With --record-to the linked ledger from a clean source: not recorded either (the report is written).
    const clean = path.join(root, 'clean-2');
    await makeLedger(clean);
    const again = cli(['report', 'activity', clean, '--out', path.join(root, 'l2.md'), '--key', verifierKey, '--record-to', linked, '--signing-key', keyFile]);
    expect(again.stderr).toContain(`not recorded: ${linked} does not verify:`);
    expect(snapshot(target)).toEqual(before);
  });

  it('an edited last line of the reports stream is not "repaired" as torn: nothing moved to recovered/, verify still names the hash', async () => {
    const edited = path.join(root, 'edited');
    await makeLedger(edited);
    const first = cli(['report', 'activity', edited, '--out', path.join(root, 'e1.md'), '--key', verifierKey, '--signing-key', keyFile]);
    expect(first.code, first.stderr).toBe(0);
    const segment = path.join(edited, 'streams', 'reports', '00000000000000000000.jsonl');
    const text = fs.readFileSync(segment, 'utf8');
    fs.writeFileSync(segment, text.replace(/"kind":"activity"(?![\s\S]*"kind":"activity")/, '"kind":"ACTIVITY"'));
    expect(fs.readFileSync(segment, 'utf8')).not.toBe(text);
    const before = snapshot(edited);
    const run = cli(['report', 'activity', edited, '--out', path.join(root, 'e2.md'), '--key', verifierKey, '--signing-key', keyFile]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toContain('not recorded:');
    expect(snapshot(edited)).toEqual(before);
    expect(fs.existsSync(path.join(edited, 'streams', 'reports', 'recovered'))).toBe(false);
    const verify = cli(['verify', edited, '--key', verifierKey]);
    expect(verify.code).toBe(1);
    expect(verify.stdout + verify.stderr).toMatch(/hash/i);
  });

  it('--record-to a forged ledger from a source that verifies: the report is written, not recorded there', async () => {
    const source = path.join(root, 'clean');
    await makeLedger(source);
    const before = snapshot(a);
    const run = cli(['report', 'activity', source, '--out', path.join(root, 'c.md'), '--key', verifierKey, '--record-to', a, '--signing-key', keyFile]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`not recorded: ${a} does not verify:`);
    expect(fs.existsSync(path.join(root, 'c.md'))).toBe(true);
    expect(snapshot(a)).toEqual(before);
  });
});
