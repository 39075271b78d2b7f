import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditor, fileLedger, generateSignerKey } from '@agent-audit/core';

// Drives the built `agent-audit` binary, as a user would (the test script builds first).
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(repo, 'packages', 'cli', 'dist', 'bin.js');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-cli-'));
const dir = path.join(root, 'ledger');
const key = generateSignerKey('cli.test/audit');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function cli(...args: string[]) {
  if (!fs.existsSync(bin)) throw new Error(`${bin} is missing: run \`pnpm build\` first (pnpm test does)`);
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, AGENT_AUDIT_HOME: path.join(root, 'home') } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

async function waitFor(condition: () => boolean, ms = 120_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the CLI');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  const auditor = createAuditor({ agent: { id: 'cli-bot' }, sink: fileLedger({ dir, signingKey: key.signerKey }) });
  await auditor.run({ session: 'conv-1', actor: { id: 'u-7', type: 'user' } }, async () => {
    auditor.record({ type: 'message.user', content: { input: 'hello' } });
    auditor.record({ type: 'tool.call', tool: { name: 'lookup', arguments: { id: 1 } } });
    auditor.record({ type: 'tool.result', tool: { name: 'lookup', result: { ok: true } } });
  });
  auditor.record({ type: 'run.end', session: 'conv-2' });
  await auditor.close();
});

// Each test runs the built CLI several times one after another (spawnSync): on a loaded 2-core
// machine (load 35) one run takes 10 s and more, so the bound on failure is 300 s, as
// query-tail.test.ts's; a passing run never waits for it.
describe('agent-audit CLI', { timeout: 300_000 }, () => {
  it('verify: 0 when valid, 1 naming the first bad event, 2 on usage or I/O errors', () => {
    const ok = cli('verify', dir, '--key', key.verifierKey);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^OK: 4 events in 1 stream\(s\), 1 signed checkpoint\(s\) verified \(key: pinned\)/);
    const json = JSON.parse(cli('verify', dir, '--json').stdout);
    expect(json).toMatchObject({ ok: true, events: 4, keySource: 'ledger' });

    const copy = path.join(root, 'tampered');
    fs.cpSync(dir, copy, { recursive: true });
    const segment = path.join(copy, 'streams', 'cli-bot', '00000000000000000000.jsonl');
    const lines = fs.readFileSync(segment, 'utf8').split('\n');
    const id = JSON.parse(lines[1] as string).id;
    lines[1] = (lines[1] as string).replace('"lookup"', '"delete_all"');
    fs.writeFileSync(segment, lines.join('\n'));
    const bad = cli('verify', copy, '--key', key.verifierKey);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain(`INVALID: stream cli-bot, seq 1, event ${id}: hash mismatch`);

    expect(cli('verify').code).toBe(2);
    expect(cli('verify', path.join(root, 'missing')).code).toBe(2);
    expect(cli('verify', path.join(root, 'missing')).stderr).toMatch(/does not exist/);
    expect(cli('verify', dir, '--bogus').code).toBe(2);
    expect(cli('nonsense').code).toBe(2);
  });

  it('query: filters, JSON lines and a readable table', () => {
    const tools = cli('query', dir, '--type', 'tool.*', '--json');
    expect(tools.code).toBe(0);
    const events = tools.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(events.map((e) => e.type)).toEqual(['tool.call', 'tool.result']);
    const bySession = cli('query', dir, '--session', 'conv-2', '--json').stdout.trim().split('\n');
    expect(bySession).toHaveLength(1);
    expect(cli('query', dir, '--actor', 'u-7', '--json').stdout.trim().split('\n')).toHaveLength(3);
    expect(cli('query', dir, '--tool', 'lookup').stdout).toMatch(/cli-bot#1\s+tool\.call\s+pending\s+user:u-7\s+tool=lookup/);
    expect(cli('query', dir, '--since', 'not-a-date').code).toBe(2);
  });

  it('tail shows the newest events', () => {
    const out = cli('tail', dir, '-n', '2', '--json').stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((e) => e.seq)).toEqual([2, 3]);
  });

  it('tail --follow prints events appended after it started', async () => {
    const child = spawn(process.execPath, [bin, 'tail', dir, '-n', '1', '--follow', '--interval', '100', '--json'], { env: { ...process.env, AGENT_AUDIT_HOME: path.join(root, 'home') } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    try {
      await waitFor(() => out.trim().split('\n').length >= 1 && out.includes('"seq":3'));
      const writer = createAuditor({ agent: { id: 'cli-bot' }, sink: fileLedger({ dir, signingKey: key.signerKey }) });
      writer.record({ type: 'message.agent', content: { output: 'appended later' } });
      await writer.close();
      await waitFor(() => out.includes('"seq":4'));
      const seqs = out.trim().split('\n').map((l) => JSON.parse(l).seq);
      expect(seqs).toEqual([3, 4]);
    } finally {
      child.kill();
    }
  });

  it('prove and verify-proof: an inclusion proof a third party can check offline', () => {
    const id = JSON.parse(cli('query', dir, '--type', 'tool.call', '--json').stdout.trim()).id;
    const proofFile = path.join(root, 'proof.json');
    expect(cli('prove', dir, '--id', id, '--out', proofFile).code).toBe(0);
    const checked = cli('verify-proof', proofFile, '--key', key.verifierKey);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toMatch(new RegExp(`^OK: event ${id} \\(tool\\.call\\) is entry 1 of the signed tree of [45] events`));
    const proof = JSON.parse(fs.readFileSync(proofFile, 'utf8'));
    proof.proof[0] = proof.proof[0].replace(/^./, (c: string) => (c === 'a' ? 'b' : 'a'));
    fs.writeFileSync(proofFile, JSON.stringify(proof));
    expect(cli('verify-proof', proofFile, '--key', key.verifierKey).code).toBe(1);
    expect(cli('verify-proof', proofFile, '--key', generateSignerKey('cli.test/audit').verifierKey).code).toBe(1);
    expect(cli('prove', dir, '--id', '01ARZ3NDEKTSV4RRFFQ69G5FAV').code).toBe(2);
  });

  it('keygen writes the signer key with mode 0600 and prints only the verifier key', () => {
    const out = path.join(root, 'signer.key');
    const run = cli('keygen', '--name', 'bank.example/audit', '--out', out);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toMatch(/^bank\.example\/audit\+[0-9a-f]{8}\+/);
    expect(run.stdout).not.toContain('PRIVATE');
    expect(fs.statSync(out).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(out, 'utf8')).toMatch(/^PRIVATE\+KEY\+bank\.example\/audit\+/);
  });

  it('prints help listing every command', () => {
    const help = cli('--help');
    expect(help.code).toBe(0);
    for (const command of ['verify', 'query', 'tail', 'prove', 'verify-proof', 'keygen', 'vault', 'status', 'collect', 'mcp-proxy']) expect(help.stdout).toContain(command);
  });
});
