import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { canonicalize, computeEventHash, createAuditor, fileLedger, generateSignerKey, type AuditEvent } from '@agent-audit/core';

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
    expect(stale.stdout).toMatch(/^INVALID: stream main, seq 3: 2 events after the last signed checkpoint \(size 3\) and its lock names pid \d+, which is running but does not hold this stream open .*\(file streams\/main\/checkpoints\.jsonl\)/);
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
