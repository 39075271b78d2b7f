import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditor, fileLedger, readEvents, type AuditEvent } from '@agent-audit/core';
import { fixedClock } from '@agent-audit/core/test';

// hold add checks (existing ledger, trace id form, warning for values no event has, who placed
// it) and retention policies below a regulatory minimum, through the built CLI.
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(repo, 'packages', 'cli', 'dist', 'bin.js');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-retention-hold-policy-'));
const template = path.join(root, 'template');
const home = path.join(root, 'home');
let verifierKey = '';
let n = 0;
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function cli(args: string[], crashAt?: string) {
  if (!fs.existsSync(bin)) throw new Error(`${bin} is missing: run \`pnpm build\` first (pnpm test does)`);
  const env: NodeJS.ProcessEnv = { ...process.env, AGENT_AUDIT_HOME: home };
  delete env.AGENT_AUDIT_VERIFIER_KEY;
  if (crashAt) env.AGENT_AUDIT_RETENTION_CRASH_AT = crashAt;
  else delete env.AGENT_AUDIT_RETENTION_CRASH_AT;
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env });
  return { code: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr, out: run.stdout + run.stderr };
}

function fresh(): { dir: string; archive: string; sdir: string } {
  const dir = path.join(root, `ledger-${++n}`);
  fs.cpSync(template, dir, { recursive: true });
  return { dir, archive: path.join(root, `archive-${n}`), sdir: path.join(dir, 'streams', 'bot') };
}

const segments = (sdir: string) => fs.readdirSync(sdir).filter((f) => /^\d{20}\.jsonl$/.test(f)).sort();
const apply = (dir: string, archive: string, crashAt?: string) => cli(['retention', 'apply', dir, '--now', '2023-01-01T00:00:00Z', '--archive', archive, '--key', verifierKey], crashAt);
const verify = (dir: string) => cli(['verify', dir, '--key', verifierKey]);

async function prunedEvents(dir: string): Promise<AuditEvent[]> {
  if (!fs.existsSync(path.join(dir, 'streams', 'retention'))) return [];
  const out: AuditEvent[] = [];
  for await (const e of readEvents(dir, { stream: 'retention' })) if (e.type === 'ledger.pruned') out.push(e);
  return out;
}

beforeAll(async () => {
  const ledger = fileLedger({ dir: template, keyDir: path.join(home, 'keys'), maxSegmentBytes: 4_000, checkpointEvery: 7 });
  verifierKey = ledger.verifierKey;
  const auditor = createAuditor({ agent: { id: 'bot' }, stream: 'bot', clock: fixedClock(Date.UTC(2020, 0, 1), 86_400_000), sink: ledger });
  for (let i = 0; i < 90; i++) {
    auditor.record({ type: 'tool.call', session: `s-${Math.floor(i / 10)}`, tool: { name: 'lookup', arguments: { i } } });
    if (i % 5 === 4) await auditor.flush();
  }
  await auditor.close();
});


describe('hold add', () => {
  it('refuses a path that is not a ledger (exit 2) and creates nothing', () => {
    const missing = path.join(root, 'no-ledger');
    const r = cli(['hold', 'add', missing, '--session', 's-1', '--reason', 'matter 1']);
    expect(r.code, r.out).toBe(2);
    expect(fs.existsSync(missing)).toBe(false);
    const empty = path.join(root, 'empty-folder');
    fs.mkdirSync(empty);
    expect(cli(['hold', 'add', empty, '--session', 's-1', '--reason', 'matter 1']).code).toBe(2);
    expect(fs.readdirSync(empty)).toEqual([]);
  });

  it('a malformed --trace is a usage error; a value no event has is placed with a warning; the placer is recorded', () => {
    const { dir } = fresh();
    expect(cli(['hold', 'add', dir, '--trace', 'abc', '--reason', 'm']).code).toBe(2);
    expect(cli(['hold', 'add', dir, '--trace', 'A'.repeat(32), '--reason', 'm']).code).toBe(2);
    const none = cli(['hold', 'add', dir, '--session', 'no-such-session', '--reason', 'm']);
    expect(none.code, none.out).toBe(0);
    expect(none.stderr).toMatch(/warning: no event of session "no-such-session"/);
    const stream = cli(['hold', 'add', dir, '--stream', 'nosuch', '--reason', 'm']);
    expect(stream.stderr).toMatch(/warning: no stream "nosuch"/);
    const trace = cli(['hold', 'add', dir, '--trace', '4bf92f3577b34da6a3ce929d0e0e4736', '--reason', 'm', '--by', 'counsel-7']);
    expect(trace.code).toBe(0);
    expect(trace.stdout).toMatch(/placed .* by "counsel-7"/);
    const real = cli(['hold', 'add', dir, '--session', 's-1', '--reason', 'm']);
    expect(real.stderr).not.toMatch(/warning/);
    expect(real.stdout).toMatch(new RegExp(`placed .* by "${os.userInfo().username}"`));
  });
});

describe('retention policy below a regulatory minimum', () => {
  it('is refused (exit 2) unless --allow-below-minimum', () => {
    const { dir } = fresh();
    const short = path.join(root, 'short.json');
    fs.writeFileSync(short, JSON.stringify({ replace: true, default: { months: 1, basis: 'one' }, rules: [{ regime: 'hipaa', months: 1, basis: 'short' }] }));
    const r = cli(['retention', 'plan', dir, '--policy', short]);
    expect(r.code, r.out).toBe(2);
    expect(r.stderr).toMatch(/below a regulatory minimum: phi \(hipaa\) events would be kept until .* less than the 72 months/);
    expect(r.stderr).toMatch(/eu-ai-act events .* less than the 6 months/);
    expect(cli(['retention', 'plan', dir, '--policy', short, '--allow-below-minimum']).code).toBe(0);
    const longer = path.join(root, 'longer.json');
    fs.writeFileSync(longer, JSON.stringify({ rules: [{ dataClass: 'phi', months: 120, basis: '10 y' }] }));
    expect(cli(['retention', 'plan', dir, '--policy', longer]).code).toBe(0);
  });
});

describe('usage errors and archive messages', () => {
  it('retention --stream naming no stream and query --region that is not a region exit 2', () => {
    const { dir, archive } = fresh();
    const apply = cli(['retention', 'apply', dir, '--stream', 'nosuch', '--archive', archive, '--now', '2023-01-01']);
    expect(apply.code, apply.out).toBe(2);
    expect(apply.stderr).toMatch(/no stream "nosuch"/);
    expect(cli(['retention', 'plan', dir, '--stream', 'nosuch']).code).toBe(2);
    const query = cli(['query', dir, '--region', 'EU!']);
    expect(query.code, query.out).toBe(2);
    expect(query.stderr).toMatch(/invalid region "EU!"/);
  });

  it('a wrong --encrypt-key is a failed decryption; a changed first line is an INVALID archive, not a folder', () => {
    const { dir, archive } = fresh();
    const secrets = path.join(root, 'secrets');
    fs.mkdirSync(secrets, { recursive: true, mode: 0o700 });
    const right = path.join(secrets, 'right.key');
    const wrong = path.join(secrets, 'wrong.key');
    fs.writeFileSync(right, Buffer.alloc(32, 1).toString('hex') + '\n', { mode: 0o600 });
    fs.writeFileSync(wrong, Buffer.alloc(32, 2).toString('hex') + '\n', { mode: 0o600 });
    const run = cli(['retention', 'apply', dir, '--now', '2023-01-01', '--archive', archive, '--encrypt-key', right, '--key', verifierKey]);
    expect(run.code, run.out).toBe(0);
    const file = path.join(archive, fs.readdirSync(archive)[0] as string);
    expect(cli(['verify', file, '--key', verifierKey, '--encrypt-key', right]).code).toBe(0);
    const bad = cli(['verify', file, '--key', verifierKey, '--encrypt-key', wrong]);
    expect(bad.code, bad.out).toBe(1);
    expect(bad.stdout).toMatch(/decryption failed: the AES-256-GCM authentication tag does not match/);
    expect(bad.stdout).not.toMatch(/not an agent-audit archive/);

    const plainArchive = path.join(root, `plain-${n}`);
    const again = fresh();
    expect(cli(['retention', 'apply', again.dir, '--now', '2023-01-01', '--archive', plainArchive, '--key', verifierKey]).code).toBe(0);
    const plain = path.join(plainArchive, fs.readdirSync(plainArchive)[0] as string);
    const bytes = fs.readFileSync(plain);
    bytes[3] = bytes[3] === 0x41 ? 0x42 : 0x41;
    fs.writeFileSync(plain, bytes);
    const flipped = cli(['verify', plain, '--key', verifierKey]);
    expect(flipped.code, flipped.out).toBe(1);
    expect(flipped.stdout).toMatch(/^INVALID: archive .*: not an agent-audit archive: its first line/);
  });
});
