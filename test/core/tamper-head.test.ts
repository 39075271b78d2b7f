import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  canonicalize, computeEventHash, createAuditor, directoryWitness, fileLedger, generateSignerKey, verifyLedger, type AuditEvent, type FileLedgerOptions,
} from '@agent-audit/core';

// What an attacker with write access to the ledger folder (but not the signer key) can do, checked
// through the built CLI with the verifier key pinned: every case must exit 1 and name the stream
// (or the ledger file) and the reason. From shared case 01-verify-tamper, extended.
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(repo, 'packages', 'cli', 'dist', 'bin.js');
const base = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-tamper-head-'));
const keyDir = path.join(base, 'keys');
const dir = path.join(base, 'ledger');
const signer = generateSignerKey('tamper-head.test/audit');
const key = signer.verifierKey;
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

async function write(target: string, stream: string, n: number, tag: string, extra: Partial<FileLedgerOptions> = {}): Promise<string> {
  const sink = fileLedger({ dir: target, stream, keyDir, signingKey: signer.signerKey, maxSegmentBytes: 4_000, ...extra });
  const auditor = createAuditor({ agent: { id: 'bot' }, sink, onError: () => {} });
  for (let i = 0; i < n; i++) auditor.record({ type: 'decision.made', decision: { action: tag, reason: `approved #${i}` } });
  await auditor.close();
  return sink.verifierKey;
}

function cli(...args: string[]): { code: number | null; out: string; stdout: string; stderr: string } {
  if (!fs.existsSync(bin)) throw new Error(`${bin} is missing: run \`pnpm build\` first (pnpm test does)`);
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, AGENT_AUDIT_HOME: path.join(base, 'home') } });
  return { code: run.status, out: run.stdout + run.stderr, stdout: run.stdout, stderr: run.stderr };
}

let copies = 0;
function copy(from = dir): string {
  const d = path.join(base, `copy-${copies++}`);
  fs.cpSync(from, d, { recursive: true });
  return d;
}
const sdir = (d: string, stream: string) => path.join(d, 'streams', stream);
const segments = (d: string, stream: string) => fs.readdirSync(sdir(d, stream)).filter((f) => /^\d{20}\.jsonl$/.test(f)).sort().map((f) => path.join(sdir(d, stream), f));
const eventsOf = (d: string, stream: string): AuditEvent[] =>
  segments(d, stream).flatMap((f) => fs.readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as AuditEvent));

/** Rewrites the stream as one segment, with `edit` applied, re-chained (no key needed). */
function rechain(d: string, stream: string, edit: (events: AuditEvent[]) => AuditEvent[]): void {
  const events = edit(eventsOf(d, stream));
  // The forger keeps the segment files where the writer started them (a join or split is a
  // finding of its own, tested in verify-layout.test.ts): only the events change.
  const starts = segments(d, stream).map((f) => Number(path.basename(f, '.jsonl')));
  for (const f of segments(d, stream)) fs.unlinkSync(f);
  let prev = '0'.repeat(64);
  const out: string[] = [];
  events.forEach((e, seq) => {
    const copyOf = { ...e } as Partial<AuditEvent>;
    delete copyOf.hash;
    const next = { ...copyOf, seq, prev } as AuditEvent;
    next.hash = computeEventHash(next);
    prev = next.hash;
    out.push(canonicalize(next));
  });
  starts.forEach((start, i) => {
    const end = i + 1 < starts.length ? (starts[i + 1] as number) : out.length;
    if (start >= out.length) return;
    fs.writeFileSync(path.join(sdir(d, stream), `${String(start).padStart(20, '0')}.jsonl`), out.slice(start, end).map((l) => l + '\n').join(''));
  });
}

function expectInvalid(d: string, stream: RegExp | string, reason: RegExp, ...extra: string[]): void {
  const r = cli('verify', d, '--key', key, ...extra);
  expect(r.code, r.out).toBe(1);
  const line = r.stdout.split('\n')[0] as string;
  expect(line, r.out).toMatch(/^INVALID: /);
  expect(line).toMatch(typeof stream === 'string' ? new RegExp(`stream ${stream}\\b`) : stream);
  expect(line, r.out).toMatch(reason);
}

beforeAll(async () => {
  expect(await write(dir, 'app', 30, 'refund')).toBe(key);
  await write(dir, 'app', 30, 'refund'); // a second session: two signed checkpoints
  await write(dir, 'vault', 3, 'reveal');
  expect(segments(dir, 'app').length).toBeGreaterThan(2);
});

// Each case spawns the CLI (about a second each on an idle machine, far more on a loaded one).
describe('verify --key: deletions and rewrites the signed head reveals', { timeout: 300_000 }, () => {
  it('the untouched ledger verifies (exit 0)', () => {
    const r = cli('verify', dir, '--key', key);
    expect(r.code, r.out).toBe(0);
    expect(r.stdout).toMatch(/^OK: 63 events in 2 stream\(s\)/);
  });

  it('a deleted stream folder', () => {
    const d = copy();
    fs.rmSync(sdir(d, 'vault'), { recursive: true });
    expectInvalid(d, 'vault', /stream folder is missing: the signed head lists it with 3 events \(closed\)/);
  });

  it('the whole streams folder deleted', () => {
    const d = copy();
    fs.rmSync(path.join(d, 'streams'), { recursive: true });
    expectInvalid(d, 'app', /stream folder is missing/);
  });

  it('event 5 rewritten and re-chained, checkpoints.jsonl deleted', () => {
    const d = copy();
    rechain(d, 'app', (events) => events.map((e) => (e.seq === 5 ? { ...e, decision: { action: 'refund-denied' } } : e)));
    fs.unlinkSync(path.join(sdir(d, 'app'), 'checkpoints.jsonl'));
    expectInvalid(d, 'app', /checkpoints\.jsonl is missing, but the signed head commits to \d+ bytes/);
  });

  it('event 5 rewritten and re-chained, checkpoints.jsonl emptied', () => {
    const d = copy();
    rechain(d, 'app', (events) => events.map((e) => (e.seq === 5 ? { ...e, decision: { action: 'refund-denied' } } : e)));
    fs.writeFileSync(path.join(sdir(d, 'app'), 'checkpoints.jsonl'), '');
    expectInvalid(d, 'app', /checkpoints\.jsonl is empty/);
  });

  it('a re-chained rewrite with the checkpoints left in place', () => {
    const d = copy();
    rechain(d, 'app', (events) => events.map((e) => (e.seq === 5 ? { ...e, decision: { action: 'refund-denied' } } : e)));
    expectInvalid(d, 'app', /Merkle root at size \d+ differs/);
  });

  it('the last 10 events deleted, with and without the checkpoints', () => {
    let d = copy();
    rechain(d, 'app', (events) => events.slice(0, 50));
    fs.writeFileSync(path.join(sdir(d, 'app'), 'checkpoints.jsonl'), '');
    expectInvalid(d, 'app', /checkpoints\.jsonl is empty/);
    d = copy();
    rechain(d, 'app', (events) => events.slice(0, 50));
    expectInvalid(d, 'app', /truncated: .* 60 events but the stream ends after 50/);
  });

  it('checkpoints.jsonl cut short, or one of its lines duplicated', () => {
    let d = copy();
    const file = path.join(sdir(d, 'app'), 'checkpoints.jsonl');
    const lines = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
    fs.writeFileSync(file, lines.slice(0, -1).map((l) => l + '\n').join(''));
    expectInvalid(d, 'app', /checkpoints\.jsonl is shorter/);
    d = copy();
    const file2 = path.join(sdir(d, 'app'), 'checkpoints.jsonl');
    fs.writeFileSync(file2, [lines[0], ...lines].map((l) => l + '\n').join(''));
    expectInvalid(d, 'app', /checkpoints\.jsonl was changed/);
    d = copy();
    fs.appendFileSync(path.join(sdir(d, 'app'), 'checkpoints.jsonl'), lines.at(-1) + '\n');
    expectInvalid(d, 'app', /records after the stream was closed/);
  });

  it('every kind of ledger file deleted', () => {
    const cases: Array<[string, RegExp | string, RegExp]> = [
      ['LEDGER', /^INVALID: ledger/, /LEDGER marker: .*LEDGER is missing/],
      ['HEAD', /^INVALID: ledger/, /HEAD is missing/],
      ['verifier.key', /^INVALID: ledger/, /verifier\.key was changed or deleted/],
      ['streams/app/checkpoints.jsonl', 'app', /checkpoints\.jsonl is missing/],
    ];
    for (const [file, stream, reason] of cases) {
      const d = copy();
      fs.rmSync(path.join(d, file));
      expectInvalid(d, stream, reason);
    }
    const segs = segments(dir, 'app').map((f) => path.basename(f));
    for (const [i, name] of segs.entries()) {
      const d = copy();
      fs.rmSync(path.join(sdir(d, 'app'), name));
      expectInvalid(d, 'app', i === segs.length - 1 ? /truncated/ : /segment .* starts at seq \d+, expected \d+|truncated/);
    }
  });

  it('a file dropped into streams/ or into a stream folder is a finding, not a usage error', async () => {
    let d = copy();
    fs.writeFileSync(path.join(d, 'streams', 'notes.txt'), 'x');
    let result = await verifyLedger(d, { verifierKey: key });
    expect(result.firstFailure).toMatchObject({ stream: '', file: 'streams/notes.txt', reason: expect.stringMatching(/unexpected file/) });
    d = copy();
    fs.writeFileSync(path.join(sdir(d, 'vault'), 'extra.jsonl'), 'x');
    result = await verifyLedger(d, { verifierKey: key });
    expect(result.firstFailure).toMatchObject({ stream: 'vault', file: 'streams/vault/extra.jsonl', reason: expect.stringMatching(/unexpected file in the stream folder: streams\/vault\/extra\.jsonl/) });
  });

  it('an edited LEDGER marker exits 1 (not 2), naming the file', () => {
    const d = copy();
    const file = path.join(d, 'LEDGER');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"created":"', '"created":"1'));
    expectInvalid(d, /^INVALID: ledger/, /LEDGER marker was changed after the head was signed.*\(file LEDGER\)/);
    fs.writeFileSync(file, 'garbage');
    expectInvalid(d, /^INVALID: ledger/, /LEDGER marker: .*not JSON/);
  });

  it('events appended past a closed stream (re-chained, no key needed)', () => {
    const d = copy();
    rechain(d, 'vault', (events) => [...events, { ...(events[2] as AuditEvent), id: '01JZZZZZZZZZZZZZZZZZZZZZZZ' }]);
    expectInvalid(d, 'vault', /event past the final size of a closed stream: the signed head closed it at 3 events/);
  });

  it('a self-consistent forgery signed by another key', async () => {
    const d = path.join(base, 'forged');
    const attacker = generateSignerKey('attacker');
    await write(d, 'app', 20, 'refund-denied', { signingKey: attacker.signerKey });
    expectInvalid(d, /^INVALID: ledger/, /HEAD: signature invalid/);
    expect(cli('verify', d).code).toBe(0); // without a pinned key: self-consistency only, as documented
  });

  it('a malformed --key exits 2 and says what form is expected', () => {
    const r = cli('verify', dir, '--key', 'garbage');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/verifier key "garbage" is malformed .*expected name\+<8 hex digits of key ID>\+<base64/);
    expect(r.stdout).toBe('');
  });
});

describe('an uncovered tail is a warning only while its writer lives', () => {
  it('warns while the writer holds the lock; fails once it is gone', async () => {
    const d = path.join(base, 'live');
    const sink = fileLedger({ dir: d, stream: 'app', keyDir, checkpointIntervalMs: 3_600_000 });
    const auditor = createAuditor({ agent: { id: 'bot' }, sink, onError: () => {} });
    for (let i = 0; i < 5; i++) auditor.record({ type: 'tool.call', tool: { name: 'lookup' } });
    await auditor.flush();
    const live = await verifyLedger(d, { verifierKey: sink.verifierKey });
    expect(live.ok, JSON.stringify(live.firstFailure)).toBe(true);
    expect(live.warnings.join('\n')).toMatch(/stream app: the last 5 events are not covered .*its writer, pid \d+, is running and holds the stream open/);
    // The same files with the lock of a writer that is gone (a crash, or events appended behind its back).
    const dead = copy(d);
    const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    fs.writeFileSync(path.join(sdir(dead, 'app'), 'writer.lock'), JSON.stringify({ pid: Number(child.stdout), host: os.hostname(), since: new Date().toISOString() }));
    const result = await verifyLedger(dead, { verifierKey: sink.verifierKey });
    expect(result.ok).toBe(false);
    expect(result.firstFailure).toMatchObject({ stream: 'app', seq: 0, reason: expect.stringMatching(/5 events after the last signed checkpoint .*is no longer running/) });
    await auditor.close();
    expect((await verifyLedger(d, { verifierKey: sink.verifierKey })).ok).toBe(true);
  });

  it('a duplicated checkpoint line past the head is named as such', async () => {
    const d = path.join(base, 'dup');
    const sink = fileLedger({ dir: d, stream: 'app', keyDir, checkpointEvery: 3 });
    const auditor = createAuditor({ agent: { id: 'bot' }, sink, onError: () => {} });
    for (let i = 0; i < 7; i++) auditor.record({ type: 'tool.call', tool: { name: 'lookup' } });
    await auditor.flush();
    const file = path.join(sdir(d, 'app'), 'checkpoints.jsonl');
    const last = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).at(-1) as string;
    fs.appendFileSync(file, last + '\n');
    const result = await verifyLedger(d, { verifierKey: sink.verifierKey });
    expect(result.firstFailure?.stream).toBe('app');
    expect(result.firstFailure?.reason).toMatch(/repeats the checkpoint before it \(a duplicated checkpoint line\)/);
    await auditor.close().catch(() => undefined);
  });
});

describe('rollback: --state and witnesses remember what was seen', { timeout: 300_000 }, () => {
  it('--state refuses an older copy and a forked one, and is kept outside the ledger', async () => {
    const d = path.join(base, 'rollback');
    const state = path.join(base, 'verify.state');
    await write(d, 'app', 10, 'first');
    const old = copy(d);
    await write(d, 'app', 10, 'second');
    const forked = copy(old);
    await write(forked, 'app', 10, 'forged-second'); // same key, different history after seq 10
    expect(cli('verify', d, '--key', key, '--state', state).code).toBe(0);
    const remembered = JSON.parse(fs.readFileSync(state, 'utf8')) as { streams: Record<string, { size: number }> };
    expect(remembered.streams.app?.size).toBe(20);
    expectInvalid(old, 'app', /rolled back: --state .* saw 20 events, the stream holds 10/, '--state', state);
    expectInvalid(forked, 'app', /inconsistent with --state .*Merkle root at size 20 differs/, '--state', state);
    expect(cli('verify', d, '--key', key, '--state', state).code).toBe(0);
    const inside = cli('verify', d, '--key', key, '--state', path.join(d, 'state.json'));
    expect(inside.code).toBe(2);
    expect(inside.stderr).toMatch(/inside the ledger/);
  });

  it('a witness folder the writer appends heads to catches a rollback and a fork', async () => {
    const d = path.join(base, 'witnessed');
    const w = path.join(base, 'witness');
    fs.mkdirSync(w, { recursive: true }); // a witness folder exists before the writer uses it
    const witness = directoryWitness(w);
    await write(d, 'app', 10, 'first', { witness });
    const old = copy(d);
    await write(d, 'app', 10, 'second', { witness });
    const forked = copy(old);
    await write(forked, 'app', 10, 'forged-second');
    const ok = cli('verify', d, '--key', key, '--witness', w);
    expect(ok.code, ok.out).toBe(0);
    expectInvalid(old, 'app', /rolled back: witness .* saw 20 events, the stream holds 10/, '--witness', w);
    expectInvalid(forked, 'app', /inconsistent with witness .*Merkle root at size 20 differs/, '--witness', w);
    const other = cli('verify', dir, '--key', key, '--witness', w);
    expect(other.code).toBe(1);
    expect(other.stdout).toMatch(/^INVALID: ledger: witness .* holds no head of ledger/);
    expect(() => fileLedger({ dir: d, witness: directoryWitness(path.join(d, 'w')) })).toThrow(/inside the ledger/);
  });

  it('an append to the witness cut short by a crash is a warning, not INVALID for ever; the writer ends it and goes on (fresh tester finding 3)', async () => {
    const d = path.join(base, 'torn-witnessed');
    const w = path.join(base, 'torn-witness');
    fs.mkdirSync(w);
    const witness = directoryWitness(w);
    await write(d, 'app', 5, 'first', { witness });
    const old = copy(d);
    const [file] = fs.readdirSync(w).filter((f) => f.endsWith('.heads.jsonl')).map((f) => path.join(w, f));
    fs.appendFileSync(file as string, '{"received":"2026-12-01T00:00:00.000Z","head":"agent-audit/');
    await write(d, 'app', 5, 'second', { witness });
    const result = cli('verify', d, '--key', key, '--witness', w);
    expect(result.code, result.out).toBe(0);
    expect(result.out).toMatch(/witness file .*\.heads\.jsonl line \d+ holds an entry cut short \(an append interrupted, e.g\. by a crash\); its head is not counted/);
    // It still catches a rollback behind the torn line.
    expectInvalid(old, 'app', /rolled back: witness .* saw 10 events, the stream holds 5/, '--witness', w);
  });

  it('HEAD put back to an earlier signed head is caught by the witness, even with no event lost (a closed stream shown open again) (fresh tester finding 10)', async () => {
    const d = path.join(base, 'head-rollback');
    const w = path.join(base, 'head-rollback-witness');
    fs.mkdirSync(w);
    const witness = directoryWitness(w);
    await write(d, 'app', 4, 'first', { witness });
    // A checkpoint at 3 signs a head with `other` open at 3; closing signs it closed at 3.
    await write(d, 'other', 3, 'first', { witness, checkpointEvery: 3 });
    const [file] = fs.readdirSync(w).filter((f) => f.endsWith('.heads.jsonl')).map((f) => path.join(w, f));
    const heads = fs.readFileSync(file as string, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { head: string }).head);
    expect(fs.readFileSync(path.join(d, 'HEAD'), 'utf8')).toBe(heads.at(-1));
    const ok = cli('verify', d, '--key', key, '--witness', w);
    expect(ok.code, ok.out).toBe(0);
    // The head of the checkpoint at 3: both streams' events are all there and signed, `other` shows open.
    const opened = heads.find((h) => / other 3 [0-9a-f]{64} open /.test(h));
    expect(opened).toBeDefined();
    expect(heads.at(-1)).toMatch(/ other 3 [0-9a-f]{64} closed /);
    const rolled = copy(d);
    fs.writeFileSync(path.join(rolled, 'HEAD'), opened as string);
    expectInvalid(rolled, /ledger|HEAD/, /HEAD rolled back: it was signed .*, and witness .* holds \d+ head\(s\) of this ledger signed later/, '--witness', w);
    // Without the witness nothing tells it from the newest.
  });

  it('HEAD put back to an earlier signed head is caught by --state too, with no event lost', async () => {
    const d = path.join(base, 'head-rollback-state');
    const stateFile = path.join(base, 'head-rollback.state');
    await write(d, 'app', 3, 'first');
    const earlier = fs.readFileSync(path.join(d, 'HEAD'), 'utf8');
    expect(cli('verify', d, '--key', key, '--state', stateFile).code).toBe(0);
    // The stream reopened and closed again with no new event: a newer head, the same events.
    await write(d, 'app', 0, 'again');
    expect(fs.readFileSync(path.join(d, 'HEAD'), 'utf8')).not.toBe(earlier);
    expect(cli('verify', d, '--key', key, '--state', stateFile).code).toBe(0);
    const rolled = copy(d);
    fs.writeFileSync(path.join(rolled, 'HEAD'), earlier);
    // Without --state it is a valid ledger; the state remembers a later head.
    expect(cli('verify', rolled, '--key', key).code).toBe(0);
    const r = cli('verify', rolled, '--key', key, '--state', stateFile);
    expect(r.code, r.out).toBe(1);
    expect(r.stdout).toMatch(/^INVALID: ledger: HEAD rolled back: it was signed \S+, and --state .*head-rollback\.state remembers a head signed later \(\S+, verified \S+\)/);
  });

  it('the writer refuses a witness folder that does not exist, or that lies inside another ledger or a vault (directly or through a symlink), and creates nothing', async () => {
    const d = path.join(base, 'witness-placement');
    const refused = (folder: string): string => {
      try {
        fileLedger({ dir: d, witness: directoryWitness(folder) });
        return 'accepted';
      } catch (error) {
        return `${(error as { code?: string }).code}: ${(error as Error).message}`;
      }
    };
    // Not mounted (missing): refused, not created as a local folder.
    const missing = path.join(base, 'unmounted-witness');
    expect(refused(missing)).toBe(`ledger_witness: witness folder ${missing} does not exist: mount the witness volume or create the folder first (the writer never creates it, so an unmounted volume is not mistaken for a local folder)`);
    expect(fs.existsSync(missing)).toBe(false);
    // Inside another ledger (verify would refuse that witness, and the other ledger would no longer verify).
    const inOther = path.join(dir, 'wit');
    expect(refused(inOther)).toBe(`ledger_witness: witness folder ${inOther} is inside the ledger folder ${dir}; a witness must be a place the ledger's writer cannot rewrite`);
    expect(fs.existsSync(inOther)).toBe(false);
    // The same through a symlink to the other ledger.
    const link = path.join(base, 'link-to-other-ledger');
    fs.symlinkSync(dir, link);
    expect(refused(link)).toBe(`ledger_witness: witness folder ${link} (really ${fs.realpathSync(dir)}) is inside the ledger folder ${fs.realpathSync(dir)}; a witness must be a place the ledger's writer cannot rewrite`);
    // Inside a vault (subjects/ + records/).
    const vault = path.join(base, 'a-vault');
    fs.mkdirSync(path.join(vault, 'subjects'), { recursive: true });
    fs.mkdirSync(path.join(vault, 'records'), { recursive: true });
    expect(refused(path.join(vault, 'subjects'))).toMatch(/^ledger_witness: witness folder .*subjects is inside the vault folder .*a-vault; /);
    // A file in its place.
    const file = path.join(base, 'witness-file');
    fs.writeFileSync(file, 'x');
    expect(refused(file)).toBe(`ledger_witness: witness folder ${file} is not a folder`);
    expect(fs.existsSync(d)).toBe(false);
  });
});
