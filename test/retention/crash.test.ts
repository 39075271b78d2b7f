import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditor, fileLedger, readEvents, type AuditEvent } from '@agent-audit/core';
import { fixedClock } from '@agent-audit/core/test';

// `retention apply` killed (SIGKILL, no cleanup) at named points through its test hook
// AGENT_AUDIT_RETENTION_CRASH_AT: the ledger must still verify, and a second run must finish the
// prune. Also: one apply at a time, and a holds stream that does not verify stops retention.
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(repo, 'packages', 'cli', 'dist', 'bin.js');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-retention-crash-'));
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

describe('retention apply killed at each point', () => {
  it('during segment removal: verify accepts the leftovers (warning), a rerun removes them and records ledger.pruned', async () => {
    const { dir, archive, sdir } = fresh();
    const before = segments(sdir).length;
    const killed = apply(dir, archive, 'removing');
    expect(killed.signal, killed.out).toBe('SIGKILL');
    const left = segments(sdir).length;
    expect(left).toBeLessThan(before);
    const v = verify(dir);
    expect(v.code, v.out).toBe(0);
    expect(v.stderr).toMatch(/interrupted prune: \d+ leftover segment\(s\) below the prune point \d+ .*rerun retention apply/);
    expect(cli(['retention', 'plan', dir, '--now', '2023-01-01T00:00:00Z']).stdout).toMatch(/bot: interrupted prune: \d+ leftover segment/);
    const rerun = apply(dir, archive);
    expect(rerun.code, rerun.out).toBe(0);
    expect(rerun.stdout).toMatch(/finished an interrupted prune of bot: removed \d+ leftover segment/);
    expect(segments(sdir).length).toBeLessThan(left);
    const after = verify(dir);
    expect(after.code, after.out).toBe(0);
    expect(after.stderr).not.toMatch(/interrupted prune/);
    const events = await prunedEvents(dir);
    expect(events.map((e) => (e.attrs as { stream: string }).stream)).toEqual(['bot']);
  });

  it('after the signed record, before any removal: verify is valid, a rerun removes the segments', async () => {
    const { dir, archive, sdir } = fresh();
    const before = segments(sdir).length;
    expect(apply(dir, archive, 'record-signed').signal).toBe('SIGKILL');
    expect(segments(sdir).length).toBe(before);
    const v = verify(dir);
    expect(v.code, v.out).toBe(0);
    expect(v.stderr).toMatch(/interrupted prune/);
    const rerun = apply(dir, archive);
    expect(rerun.code, rerun.out).toBe(0);
    expect(segments(sdir).length).toBeLessThan(before);
    expect(verify(dir).code).toBe(0);
    expect((await prunedEvents(dir)).length).toBe(1);
  });

  it('after removal, before the retention-stream event: a rerun records the missing ledger.pruned event', async () => {
    const { dir, archive } = fresh();
    expect(apply(dir, archive, 'removed').signal).toBe('SIGKILL');
    expect(verify(dir).code).toBe(0);
    expect(await prunedEvents(dir)).toEqual([]);
    const rerun = apply(dir, archive);
    expect(rerun.code, rerun.out).toBe(0);
    const events = await prunedEvents(dir);
    expect(events.length).toBe(1);
    expect(events[0]?.attrs).toMatchObject({ stream: 'bot', from: 0, resumed: true });
    // A third run records nothing more.
    expect(apply(dir, archive).code).toBe(0);
    expect((await prunedEvents(dir)).length).toBe(1);
    expect(verify(dir).code).toBe(0);
  });

  it('while the retention-stream events are written, before their checkpoint: the rerun signs them and the ledger verifies', async () => {
    const { dir, archive } = fresh();
    expect(apply(dir, archive, 'recording').signal).toBe('SIGKILL');
    const before = verify(dir);
    expect(before.code, before.out).toBe(1);
    expect(before.out).toMatch(/stream retention.*after the last signed checkpoint/);
    expect((await prunedEvents(dir)).length).toBe(1);
    const rerun = apply(dir, archive);
    expect(rerun.code, rerun.out).toBe(0);
    const after = verify(dir);
    expect(after.code, after.out).toBe(0);
    expect((await prunedEvents(dir)).length).toBe(1);
  });

  it('an empty stream folder not in the signed head (a writer killed right after creating it) does not make the ledger invalid', () => {
    const { dir } = fresh();
    fs.mkdirSync(path.join(dir, 'streams', 'retention'));
    const v = verify(dir);
    expect(v.code, v.out).toBe(0);
    expect(v.stderr).toMatch(/stream retention: its folder is empty and not in the signed head/);
    // With a file in it, it is still a stream added behind the writer's back.
    fs.writeFileSync(path.join(dir, 'streams', 'retention', 'checkpoints.jsonl'), '');
    expect(verify(dir).code).toBe(1);
  });

  it('after the archive was renamed, before signing: a rerun reuses the archive; stale temporary archives are removed', () => {
    const { dir, archive, sdir } = fresh();
    const before = segments(sdir).length;
    expect(apply(dir, archive, 'archive-written').signal).toBe('SIGKILL');
    const written = fs.readdirSync(archive);
    expect(written).toHaveLength(1);
    const stale = `${written[0]}.99999999.tmp`;
    fs.writeFileSync(path.join(archive, stale), 'partial');
    const rerun = apply(dir, archive);
    expect(rerun.code, rerun.out).toBe(0);
    expect(rerun.stdout).toMatch(/pruned bot: seqs 0\.\./);
    expect(fs.readdirSync(archive)).toEqual(written);
    expect(segments(sdir).length).toBeLessThan(before);
    expect(verify(dir).code).toBe(0);
    expect(cli(['verify', path.join(archive, written[0] as string), '--key', verifierKey]).code).toBe(0);
  });
});

describe('retention apply: lock and holds', () => {
  it('a second apply while one runs exits 2 "another retention apply is running"; nothing removed', () => {
    const { dir, archive, sdir } = fresh();
    const before = segments(sdir);
    // This test process stands for the running apply: a live pid on this host holds the lock.
    fs.writeFileSync(path.join(dir, 'RETENTION.lock'), JSON.stringify({ pid: process.pid, host: os.hostname(), since: new Date().toISOString() }));
    const second = apply(dir, archive);
    expect(second.code, second.out).toBe(2);
    expect(second.stderr).toMatch(/another retention apply is running/);
    expect(segments(sdir)).toEqual(before);
    fs.rmSync(path.join(dir, 'RETENTION.lock'));
    expect(apply(dir, archive).code).toBe(0);
  });

  it('apply re-checks holds, signs and removes under HOLDS.lock (a kill there leaves it held by apply)', () => {
    const { dir, archive } = fresh();
    expect(apply(dir, archive, 'holds-locked').signal).toBe('SIGKILL');
    const lock = JSON.parse(fs.readFileSync(path.join(dir, 'HOLDS.lock'), 'utf8')) as { pid: number };
    expect(lock.pid).toBeGreaterThan(0);
    // The dead holder's lock is taken over: hold add and a rerun go on.
    expect(cli(['hold', 'add', dir, '--session', 's-0', '--reason', 'matter 1']).code).toBe(0);
    const rerun = apply(dir, archive);
    expect(rerun.code, rerun.out).toBe(0);
    expect(rerun.stdout).toMatch(/nothing removed|pruned bot: seqs 0\.\.-1/);
  });

  for (const [what, tamper] of [
    ['deleted', (hdir: string) => fs.rmSync(hdir, { recursive: true })],
    ['truncated', (hdir: string) => {
      const seg = segments(hdir).at(-1) as string;
      const lines = fs.readFileSync(path.join(hdir, seg), 'utf8').split('\n').filter(Boolean);
      fs.writeFileSync(path.join(hdir, seg), lines.slice(0, -1).map((l) => l + '\n').join(''));
    }],
    ['edited', (hdir: string) => {
      const seg = segments(hdir).at(-1) as string;
      const file = path.join(hdir, seg);
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"s-0"', '"s-9"'));
    }],
  ] as const) {
    it(`a ${what} holds stream stops plan (exit 1, reported) and apply (exit 1, nothing removed)`, () => {
      const { dir, archive, sdir } = fresh();
      expect(cli(['hold', 'add', dir, '--session', 's-0', '--reason', 'matter 1']).code).toBe(0);
      tamper(path.join(dir, 'streams', 'holds'));
      const before = segments(sdir);
      const plan = cli(['retention', 'plan', dir, '--now', '2023-01-01T00:00:00Z', '--key', verifierKey]);
      expect(plan.code, plan.out).toBe(1);
      expect(plan.stdout).toMatch(/holds stream does not verify/);
      const run = apply(dir, archive);
      expect(run.code, run.out).toBe(1);
      expect(run.stderr).toMatch(/holds stream does not verify against the signed head/);
      expect(segments(sdir)).toEqual(before);
    });
  }
});
