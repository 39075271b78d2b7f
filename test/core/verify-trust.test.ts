import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { canonicalize, computeEventHash, createAuditor, directoryWitness, fileLedger, generateSignerKey, type AuditEvent } from '@agent-audit/core';

// What verify must not take from the folder or from a state file / witness at face value
// (issue 12, second attacker round), through the built CLI with the key pinned.
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(repo, 'packages', 'cli', 'dist', 'bin.js');
const base = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-verify-trust-'));
const keyDir = path.join(base, 'keys');
const signer = generateSignerKey('verify-trust.test/audit');
const key = signer.verifierKey;
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

function cli(args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, AGENT_AUDIT_HOME: path.join(base, 'home') }, timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, out: run.stdout + run.stderr };
}
const seg0 = (d: string, stream: string) => path.join(d, 'streams', stream, '00000000000000000000.jsonl');
const lockOf = (d: string, stream: string) => path.join(d, 'streams', stream, 'writer.lock');

async function closedLedger(d: string, streams = ['main', 'other'], n = 6): Promise<void> {
  for (const stream of streams) {
    const auditor = createAuditor({ agent: { id: 'bot' }, sink: fileLedger({ dir: d, stream, keyDir, signingKey: signer.signerKey }), onError: () => {} });
    for (let i = 0; i < n; i++) auditor.record({ type: 'decision.made', decision: { action: stream, reason: `#${i}` } });
    await auditor.close();
  }
}

/** Re-chains a segment from `from` on (hashes recomputed; no key needed), after `edit`, with `extra` more events appended. */
function rechain(file: string, edit: (e: AuditEvent) => void, extra: number): void {
  const events = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as AuditEvent);
  edit(events[3] as AuditEvent);
  const last = events[events.length - 1] as AuditEvent;
  for (let i = 0; i < extra; i++) events.push({ ...last, id: `${last.id}-x${i}`, seq: last.seq + 1 + i });
  let prev = events[0]?.prev as string;
  const out = events.map((e) => {
    const next = { ...e, prev } as Partial<AuditEvent>;
    delete next.hash;
    (next as AuditEvent).hash = computeEventHash(next as AuditEvent);
    prev = (next as AuditEvent).hash;
    return canonicalize(next) + '\n';
  });
  fs.writeFileSync(file, out.join(''));
}

describe('an unsigned tail is a warning only while its writer is confirmed live (issue 12)', { timeout: 120_000 }, () => {
  it('a forged writer.lock (pid 1 here, or another host) does not make a re-chained unsigned tail valid', async () => {
    const d = path.join(base, 'killed');
    // A writer that checkpoints every 3 events, "killed" after 5: a copy taken while it is open.
    const auditor = createAuditor({ agent: { id: 'bot' }, sink: fileLedger({ dir: d, stream: 'main', keyDir, signingKey: signer.signerKey, checkpointEvery: 3, checkpointIntervalMs: 3_600_000 }), onError: () => {} });
    for (let i = 0; i < 5; i++) {
      auditor.record({ type: 'tool.call', tool: { name: 'lookup' } });
      await auditor.flush();
    }
    // While the writer runs in this process and holds the stream open, the tail is a warning.
    const live = cli(['verify', d, '--key', key]);
    expect(live.code, live.out).toBe(0);
    expect(live.stderr).toMatch(/stream main: the last 2 events are not covered by a signed checkpoint yet \(its writer, pid \d+, is running and holds the stream open\)/);
    const killed = path.join(base, 'killed-copy');
    fs.cpSync(d, killed, { recursive: true });
    await auditor.close();
    // The copy's lock names this (running) process, which holds the original's files, not the copy's.
    const stale = cli(['verify', killed, '--key', key]);
    expect(stale.code, stale.out).toBe(1);
    expect(stale.stdout).toMatch(/^INVALID: stream main, seq 3: 2 events after the last signed checkpoint \(size 3\) and its lock names pid \d+, which is running but does not hold this stream open .*\(streams\/main\/writer\.lock\): .*\(file streams\/main\/writer\.lock\)/);
    // The attacker edits seq 3, re-chains, appends 20 events and forges the lock.
    rechain(seg0(killed, 'main'), (e) => { e.type = 'tool.result'; }, 20);
    fs.writeFileSync(lockOf(killed, 'main'), JSON.stringify({ pid: 1, host: os.hostname(), since: new Date().toISOString() }));
    const pid1 = cli(['verify', killed, '--key', key]);
    expect(pid1.code, pid1.out).toBe(1);
    expect(pid1.stdout).toMatch(/^INVALID: stream main, seq 3: 22 events after the last signed checkpoint \(size 3\) .*pid 1.*(does not hold this stream open|cannot be confirmed)/);
    // Even with the flag: pid 1 on this host is not the writer (or cannot be confirmed: root reads /proc/1/fd, others get EACCES).
    fs.writeFileSync(lockOf(killed, 'main'), JSON.stringify({ pid: 1, host: 'elsewhere', since: new Date().toISOString() }));
    const remote = cli(['verify', killed, '--key', key]);
    expect(remote.code, remote.out).toBe(1);
    expect(remote.stdout).toMatch(/^INVALID: stream main, seq 3: 22 events after the last signed checkpoint \(size 3\) are unsigned and its lock names pid 1 on another host \(elsewhere\), whose writer cannot be confirmed from here; .*verify on the writer's host, wait for its next checkpoint, leave this stream out with --stream, or accept such tails as a warning with --accept-unsigned-tail \(file streams\/main\/writer\.lock\)/);
    const accepted = cli(['verify', killed, '--key', key, '--accept-unsigned-tail']);
    expect(accepted.code, accepted.out).toBe(0);
    expect(accepted.stderr).toMatch(/warning: stream main: the last 22 events are unsigned and unverifiable: its lock names pid 1 on another host \(elsewhere\).*accepted by --accept-unsigned-tail/);
  });
});

describe('a state file or witness that remembers this path (issue 12)', { timeout: 180_000 }, () => {
  it('a wiped ledger is INVALID (ledger deleted) with --state or --witness that remembers it; exit 2 without', async () => {
    const d = path.join(base, 'wiped');
    const wit = path.join(base, 'wiped-witness');
    fs.mkdirSync(wit);
    const auditor = createAuditor({ agent: { id: 'bot' }, sink: fileLedger({ dir: d, stream: 'main', keyDir, signingKey: signer.signerKey, witness: directoryWitness(wit) }), onError: () => {} });
    for (let i = 0; i < 4; i++) auditor.record({ type: 'tool.call', tool: { name: 'lookup' } });
    await auditor.close();
    const st = path.join(base, 'wiped.state.json');
    expect(cli(['verify', d, '--key', key, '--state', st]).code).toBe(0);
    const id = (JSON.parse(fs.readFileSync(st, 'utf8')) as { ledger: string; path: string }).ledger;
    expect(JSON.parse(fs.readFileSync(st, 'utf8'))).toMatchObject({ path: fs.realpathSync(d) });
    for (const wipe of ['all', 'keep verifier.key']) {
      for (const name of fs.readdirSync(d)) if (!(wipe !== 'all' && name === 'verifier.key')) fs.rmSync(path.join(d, name), { recursive: true });
      const byState = cli(['verify', d, '--key', key, '--state', st]);
      expect(byState.code, byState.out).toBe(1);
      expect(byState.stdout).toMatch(new RegExp(`^INVALID: ledger: ledger deleted: .* holds no ledger .*but --state ${st} remembers ledger ${id} at this path.*\\(file LEDGER\\)`));
      const byWitness = cli(['verify', d, '--key', key, '--witness', wit]);
      expect(byWitness.code, byWitness.out).toBe(1);
      expect(byWitness.stdout).toMatch(new RegExp(`^INVALID: ledger: ledger deleted: .*but witness ${wit} holds \\d+ head\\(s\\) of ledger ${id} written at this path`));
      const bare = cli(['verify', d, '--key', key]);
      expect(bare.code, bare.out).toBe(2);
      expect(bare.stderr).toMatch(/not an agent-audit ledger/);
    }
    // A state file of another folder does not claim this one.
    const elsewhere = path.join(base, 'not-a-ledger');
    fs.mkdirSync(elsewhere);
    const r = cli(['verify', elsewhere, '--key', key, '--state', st]);
    expect(r.code, r.out).toBe(2);
    expect(r.stderr).toMatch(/not an agent-audit ledger/);
  });

  it('another ledger signed by the same key swapped in at the remembered path is INVALID; a state of another path is a usage error', async () => {
    const a = path.join(base, 'swapA');
    const b = path.join(base, 'swapB');
    const wit = path.join(base, 'swap-witness');
    fs.mkdirSync(wit);
    await closedLedger(a);
    await closedLedger(b);
    const auditor = createAuditor({ agent: { id: 'bot' }, sink: fileLedger({ dir: a, stream: 'main', keyDir, signingKey: signer.signerKey, witness: directoryWitness(wit) }), onError: () => {} });
    auditor.record({ type: 'tool.call', tool: { name: 'lookup' } });
    await auditor.close();
    const sA = path.join(base, 'sA.json');
    expect(cli(['verify', a, '--key', key, '--state', sA]).code).toBe(0);
    const idA = (JSON.parse(fs.readFileSync(sA, 'utf8')) as { ledger: string }).ledger;
    // B verified with A's state: B lives at another path, so the state is not B's (exit 2).
    const foreign = cli(['verify', b, '--key', key, '--state', sA]);
    expect(foreign.code, foreign.out).toBe(2);
    expect(foreign.stderr).toMatch(new RegExp(`state file ${sA} remembers ledger ${idA} at ${fs.realpathSync(a)}, not this one`));
    // B moved into A's place: the swap attack.
    fs.renameSync(a, `${a}.old`);
    fs.cpSync(b, a, { recursive: true });
    const swapped = cli(['verify', a, '--key', key, '--state', sA]);
    expect(swapped.code, swapped.out).toBe(1);
    expect(swapped.stdout).toMatch(new RegExp(`^INVALID: ledger: the ledger was replaced: --state ${sA} remembers ledger ${idA} at this path .*this folder holds ledger \\w+ \\(file LEDGER\\)`));
    const byWitness = cli(['verify', a, '--key', key, '--witness', wit]);
    expect(byWitness.code, byWitness.out).toBe(1);
    expect(byWitness.stdout).toMatch(new RegExp(`^INVALID: ledger: the ledger was replaced: witness ${wit} holds no head of ledger \\w+, but \\d+ head\\(s\\) of ledger ${idA} written at this path`));
    // A state file written before the path was recorded is taken to belong to the folder it is given with.
    const old = JSON.parse(fs.readFileSync(sA, 'utf8')) as Record<string, unknown>;
    delete old.path;
    const sOld = path.join(base, 'sOld.json');
    fs.writeFileSync(sOld, JSON.stringify(old));
    const legacy = cli(['verify', a, '--key', key, '--state', sOld]);
    expect(legacy.code, legacy.out).toBe(1);
    expect(legacy.stdout).toMatch(/the ledger was replaced: .* \(its path not recorded\)/);
  });

  it('a witness folder inside the ledger (or reached through a symlink into it, or inside a vault) is refused: exit 2', async () => {
    const d = path.join(base, 'inside');
    await closedLedger(d, ['main'], 2);
    fs.mkdirSync(path.join(d, 'wit'));
    const link = path.join(base, 'inside-link');
    fs.symlinkSync(path.join(d, 'wit'), link);
    const vault = path.join(base, 'vault');
    for (const sub of ['subjects', 'records', 'wit']) fs.mkdirSync(path.join(vault, sub), { recursive: true });
    for (const [w, real] of [[path.join(d, 'wit'), path.join(d, 'wit')], [link, path.join(d, 'wit')], [path.join(vault, 'wit'), path.join(vault, 'wit')]] as const) {
      const r = cli(['verify', d, '--key', key, '--witness', w]);
      expect(r.code, r.out).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`witness folder ${w}${w === real ? '' : ` \\(really ${fs.realpathSync(real)}\\)`} is inside the (ledger|vault) folder`));
    }
  });

  it('a witness that cannot be reached is exit 2; one that is there but holds nothing of this ledger is exit 1', async () => {
    const d = path.join(base, 'unreach');
    await closedLedger(d, ['main'], 2);
    const missing = cli(['verify', d, '--key', key, '--witness', path.join(base, 'no-such-witness')]);
    expect(missing.code, missing.out).toBe(2);
    expect(missing.stderr).toMatch(/cannot check against the witness .*no-such-witness: no such folder/);
    const file = path.join(base, 'witness-is-a-file');
    fs.writeFileSync(file, 'x');
    const notFolder = cli(['verify', d, '--key', key, '--witness', file]);
    expect(notFolder.code, notFolder.out).toBe(2);
    const empty = path.join(base, 'empty-witness');
    fs.mkdirSync(empty);
    const none = cli(['verify', d, '--key', key, '--witness', empty]);
    expect(none.code, none.out).toBe(1);
    expect(none.stdout).toMatch(/^INVALID: ledger: witness .* holds no head of ledger/);
  });

  it('--state in a folder that does not exist is refused (exit 2) and nothing is created', async () => {
    const d = path.join(base, 'stfolder');
    await closedLedger(d, ['main'], 2);
    const st = path.join(base, 'no-such-folder', 'st.json');
    const r = cli(['verify', d, '--key', key, '--state', st]);
    expect(r.code, r.out).toBe(2);
    expect(r.stderr).toMatch(/the folder of state file .*no-such-folder\/st\.json .* does not exist/);
    expect(fs.existsSync(path.dirname(st))).toBe(false);
  });
});

describe('migrate signs only what it can vouch for (issue 12)', { timeout: 180_000 }, () => {
  const strip = (d: string) => {
    fs.rmSync(path.join(d, 'HEAD'));
    const marker = JSON.parse(fs.readFileSync(path.join(d, 'LEDGER'), 'utf8')) as Record<string, unknown>;
    delete marker.signedHead;
    fs.writeFileSync(path.join(d, 'LEDGER'), JSON.stringify(marker) + '\n');
  };

  it('refuses a ledger with no streams left (HEAD, signedHead, streams and verifier.key stripped): exit 1, no HEAD written', async () => {
    const d = path.join(base, 'mig-empty');
    await closedLedger(d, ['main'], 3);
    strip(d);
    fs.rmSync(path.join(d, 'streams'), { recursive: true });
    fs.rmSync(path.join(d, 'verifier.key'));
    const r = cli(['migrate', d, '--key', key, '--key-dir', keyDir]);
    expect(r.code, r.out).toBe(1);
    expect(r.stdout).toMatch(/^INVALID: ledger: the ledger has no streams: without a signed head an emptied ledger cannot be told from a new one/);
    expect(fs.existsSync(path.join(d, 'HEAD'))).toBe(false);
  });

  it('checks --state and --witness before signing: a ledger cut back to an earlier checkpoint is refused (exit 1)', async () => {
    const d = path.join(base, 'mig-cut');
    const wit = path.join(base, 'mig-witness');
    fs.mkdirSync(wit);
    const auditor = createAuditor({ agent: { id: 'bot' }, sink: fileLedger({ dir: d, stream: 'main', keyDir, signingKey: signer.signerKey, checkpointEvery: 3, witness: directoryWitness(wit) }), onError: () => {} });
    for (let i = 0; i < 9; i++) {
      auditor.record({ type: 'tool.call', tool: { name: 'lookup' } });
      await auditor.flush();
    }
    await auditor.close();
    const st = path.join(base, 'mig-state.json');
    expect(cli(['verify', d, '--key', key, '--state', st]).code).toBe(0);
    strip(d);
    // Back to the checkpoint at 6 events: both files cut at a record boundary.
    const seg = seg0(d, 'main');
    fs.writeFileSync(seg, fs.readFileSync(seg, 'utf8').split('\n').slice(0, 6).join('\n') + '\n');
    const cps = path.join(d, 'streams', 'main', 'checkpoints.jsonl');
    const records = fs.readFileSync(cps, 'utf8').split('\n').filter(Boolean);
    const keep = records.filter((line) => (JSON.parse(line) as { size: number }).size <= 6);
    fs.writeFileSync(cps, keep.join('\n') + '\n');
    for (const args of [['--state', st], ['--witness', wit]]) {
      const r = cli(['migrate', d, '--key', key, '--key-dir', keyDir, ...args]);
      expect(r.code, r.out).toBe(1);
      expect(r.stdout).toMatch(/^INVALID: stream main, seq 6: rolled back: (--state|witness) .* saw 9 events, the stream holds 6/);
      expect(fs.existsSync(path.join(d, 'HEAD'))).toBe(false);
    }
  });
});
