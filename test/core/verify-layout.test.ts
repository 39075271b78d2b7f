import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditor, fileLedger, generateSignerKey } from '@agent-audit/core';

// Issue 12, "any change to any file of the ledger exits 1, naming the file and the reason":
// what a tester changed that still verified. Driven through the built CLI with the key pinned.
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(repo, 'packages', 'cli', 'dist', 'bin.js');
const base = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-verify-layout-'));
const keyDir = path.join(base, 'keys');
const dir = path.join(base, 'ledger');
const signer = generateSignerKey('verify-layout.test/audit');
const key = signer.verifierKey;
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

function cli(args: string[], cwd = base) {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, AGENT_AUDIT_HOME: path.join(base, 'home') }, timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, out: run.stdout + run.stderr };
}

let copies = 0;
/** A fresh copy of the closed ledger, changed by `mutate`; returns its name relative to `base`. */
function changed(mutate: (d: string) => void): string {
  const name = `copy-${copies++}`;
  const d = path.join(base, name);
  fs.cpSync(dir, d, { recursive: true });
  mutate(d);
  return name;
}
const sdir = (d: string, stream = 'main') => path.join(d, 'streams', stream);
const seg0 = (d: string, stream = 'main') => path.join(sdir(d, stream), '00000000000000000000.jsonl');

/** Verifies copy `name` (a path relative to the working folder) and returns the INVALID line. */
function invalid(name: string): string {
  const r = cli(['verify', name, '--key', key]);
  expect(r.code, r.out).toBe(1);
  return r.stdout.split('\n')[0] as string;
}

beforeAll(async () => {
  for (const [stream, n] of [['main', 5], ['other', 3]] as const) {
    const sink = fileLedger({ dir, stream, keyDir, signingKey: signer.signerKey });
    const auditor = createAuditor({ agent: { id: 'bot' }, sink, onError: () => {} });
    for (let i = 0; i < n; i++) auditor.record({ type: 'decision.made', decision: { action: stream, reason: `#${i}` } });
    await auditor.close();
  }
  const ok = cli(['verify', dir, '--key', key]);
  expect(ok.code, ok.out).toBe(0);
}, 120_000);

describe('verify: a segment without its final newline (issue 12, tester item 1)', { timeout: 120_000 }, () => {
  it('is INVALID, naming the segment relative to the ledger folder', () => {
    const name = changed((d) => fs.truncateSync(seg0(d), fs.statSync(seg0(d)).size - 1));
    expect(invalid(name)).toBe('INVALID: stream main, seq 4: the last line of streams/main/00000000000000000000.jsonl does not end with LF (its final newline was cut: every line of a segment ends with one, docs/FORMAT.md §1) (file streams/main/00000000000000000000.jsonl)');
  });

  it('the writer refuses it and changes nothing: no signed event goes to recovered/', async () => {
    // closed: the head closed the stream; open: a writer still running whose checkpoint covers every event
    const open = path.join(base, 'open');
    const sink = fileLedger({ dir: open, stream: 'app', keyDir, signingKey: signer.signerKey, checkpointIntervalMs: 3_600_000 });
    const auditor = createAuditor({ agent: { id: 'bot' }, sink, onError: () => {} });
    for (let i = 0; i < 3; i++) auditor.record({ type: 'tool.call', tool: { name: 'lookup' } });
    await auditor.flush();
    await sink.checkpoint('app');
    const openCopy = path.join(base, 'open-copy');
    fs.cpSync(open, openCopy, { recursive: true });
    await auditor.close();
    fs.rmSync(path.join(sdir(openCopy, 'app'), 'writer.lock'));
    for (const [d, stream, reason] of [
      [path.join(base, changed(() => {})), 'main', 'a signed checkpoint covers 5 events'],
      [openCopy, 'app', 'a signed checkpoint covers 3 events'],
    ] as const) {
      const segment = seg0(d, stream);
      fs.truncateSync(segment, fs.statSync(segment).size - 1);
      const before = fs.readFileSync(segment);
      const writer = fileLedger({ dir: d, stream, keyDir, signingKey: signer.signerKey });
      let error: Error | undefined;
      try {
        writer.open(stream);
      } catch (e) {
        error = e as Error;
      }
      expect(error?.message).toContain(`cannot resume stream ${stream}: the end of ${segment} is not whole (a line without its final newline, or bytes that are not an event) at seq ${stream === 'main' ? 4 : 2}, but ${reason}: signed events were cut or edited, not torn by a crash; nothing was changed`);
      expect(fs.existsSync(path.join(sdir(d, stream), 'recovered'))).toBe(false);
      expect(fs.readFileSync(segment).equals(before)).toBe(true);
      expect(fs.existsSync(path.join(sdir(d, stream), 'writer.lock'))).toBe(false);
    }
  });
});

describe('verify: symbolic links and wrong kinds where the layout has folders and files (tester item 2)', { timeout: 120_000 }, () => {
  it('a stream folder, or streams/ itself, replaced by a symbolic link', () => {
    const moved = (what: string) => changed((d) => {
      const target = path.join(base, `moved-${copies}`);
      fs.renameSync(path.join(d, what), target);
      fs.symlinkSync(target, path.join(d, what));
    });
    expect(invalid(moved('streams/main'))).toBe('INVALID: stream main, seq 0: stream folder streams/main is a symbolic link, not a folder (it must be a real folder inside the ledger) (file streams/main)');
    expect(invalid(moved('streams'))).toBe('INVALID: ledger: streams is a symbolic link, not a folder (it must be a real folder inside the ledger) (file streams)');
  });

  it('writer.lock as a FIFO, a symbolic link or a folder in a closed stream; a lock with data in it', () => {
    const lock = (d: string) => path.join(sdir(d), 'writer.lock');
    const cases: Array<[(d: string) => void, string]> = [
      [(d) => spawnSync('mkfifo', [lock(d)]), 'a FIFO, not a regular file'],
      [(d) => fs.symlinkSync('/etc/passwd', lock(d)), 'a symbolic link, not a regular file'],
      [(d) => fs.mkdirSync(lock(d)), 'a directory, not a regular file'],
      [(d) => fs.writeFileSync(lock(d), JSON.stringify({ pid: 1, host: os.hostname(), since: new Date().toISOString(), data: 'hidden' })), 'not a lock file: a writer writes exactly {"pid","host","since"} in it'],
    ];
    for (const [mutate, what] of cases) {
      expect(invalid(changed(mutate))).toBe(`INVALID: stream main, seq 0: streams/main/writer.lock is ${what} (file streams/main/writer.lock)`);
    }
  });

  it('recovered as a file, or holding anything but .torn files', () => {
    expect(invalid(changed((d) => fs.writeFileSync(path.join(sdir(d), 'recovered'), 'x')))).toBe('INVALID: stream main, seq 0: streams/main/recovered is a regular file, not a folder (file streams/main/recovered)');
    expect(invalid(changed((d) => {
      fs.mkdirSync(path.join(sdir(d), 'recovered'));
      fs.copyFileSync(seg0(d), path.join(sdir(d), 'recovered', 'x.jsonl'));
    }))).toMatch(/^INVALID: stream main, seq 0: unexpected file streams\/main\/recovered\/x\.jsonl: the writer only moves torn tails there/);
  });
});

describe('verify: names the writer does not create (tester item 3)', { timeout: 120_000 }, () => {
  it('a hidden stream folder, an extra file at the root, a *.tmp in a stream, an empty pruned.jsonl', () => {
    expect(invalid(changed((d) => {
      fs.mkdirSync(path.join(d, 'streams', '.x'));
      fs.copyFileSync(seg0(d), seg0(d, '.x'));
    }))).toBe('INVALID: ledger: unexpected folder streams/.x: ".x" is not a stream name (a hidden or unlisted stream; docs/FORMAT.md §1) (file streams/.x)');
    expect(invalid(changed((d) => fs.writeFileSync(path.join(d, 'notes.txt'), 'x')))).toBe('INVALID: ledger: unexpected file notes.txt in the ledger folder: not a name the writer creates (docs/FORMAT.md §1) (file notes.txt)');
    expect(invalid(changed((d) => fs.copyFileSync(seg0(d), path.join(sdir(d), 'forged.tmp'))))).toBe('INVALID: stream main, seq 0: unexpected file in the stream folder: streams/main/forged.tmp is not a name the writer creates (docs/FORMAT.md §1) (file streams/main/forged.tmp)');
    expect(invalid(changed((d) => fs.writeFileSync(path.join(sdir(d), 'pruned.jsonl'), '')))).toBe('INVALID: stream main, seq 0: streams/main/pruned.jsonl is empty: retention only creates it by appending a signed record (file streams/main/pruned.jsonl)');
  });

  it("a writer's temp file: a left HEAD.<pid>.tmp that is not a signed head is INVALID; a signed one, a lock file, the shipper's folder are not", () => {
    expect(invalid(changed((d) => fs.writeFileSync(path.join(d, 'HEAD.4242.tmp'), 'agent-audit/x\nhidden data\n')))).toMatch(/^INVALID: ledger: HEAD\.4242\.tmp is a writer's temp file that is still there and is not a complete signed head .*\(file HEAD\.4242\.tmp\)$/);
    expect(invalid(changed((d) => fs.writeFileSync(path.join(d, 'HEAD.lock'), 'hidden data')))).toBe('INVALID: ledger: HEAD.lock is not a lock file (not JSON: torn, or not written by a writer) (file HEAD.lock)');
    expect(invalid(changed((d) => {
      fs.mkdirSync(path.join(d, '.ship', 'pg'), { recursive: true });
      fs.copyFileSync(seg0(d), path.join(d, '.ship', 'pg', 'events.jsonl'));
    }))).toMatch(/^INVALID: ledger: unexpected file \.ship\/pg\/events\.jsonl: the shipper keeps only/);
    const fine = changed((d) => {
      fs.copyFileSync(path.join(d, 'HEAD'), path.join(d, 'HEAD.4242.tmp'));
      fs.writeFileSync(path.join(d, 'HOLDS.lock'), JSON.stringify({ pid: 4242, host: os.hostname(), since: new Date().toISOString() }));
      fs.mkdirSync(path.join(d, '.ship', 'pg'), { recursive: true });
      fs.writeFileSync(path.join(d, '.ship', 'pg', 'main.cursor.json'), '{}');
    });
    const r = cli(['verify', fine, '--key', key]);
    expect(r.code, r.out).toBe(0);
  });

  it('the writer refuses a *.tmp in a stream folder as it refuses any other unexpected file', () => {
    const d = path.join(base, changed((x) => fs.copyFileSync(seg0(x), path.join(sdir(x), 'forged.tmp'))));
    const sink = fileLedger({ dir: d, stream: 'main', keyDir, signingKey: signer.signerKey });
    expect(() => sink.open('main')).toThrow(/unexpected file in ledger stream folder: .*forged\.tmp/);
  });
});

describe('verify: segments start where the writer starts them (tester item 3, a segment split in two)', { timeout: 120_000 }, () => {
  it('a writer rotating by size verifies; the same events with one segment split into two files are INVALID', async () => {
    const d = path.join(base, 'rotating');
    const auditor = createAuditor({ agent: { id: 'bot' }, sink: fileLedger({ dir: d, stream: 'main', keyDir, signingKey: signer.signerKey, maxSegmentBytes: 4096 }), onError: () => {} });
    for (let i = 0; i < 40; i++) auditor.record({ type: 'decision.made', decision: { action: 'a', reason: `#${i}` } });
    await auditor.close();
    const names = fs.readdirSync(sdir(d)).filter((n) => n.endsWith('.jsonl') && n !== 'checkpoints.jsonl').sort();
    expect(names.length).toBeGreaterThan(2);
    expect(cli(['verify', d, '--key', key]).code).toBe(0);
    // Split the first segment after its second line: contiguous seqs, an intact chain, every root still matches.
    const split = path.join(base, 'rotating-split');
    fs.cpSync(d, split, { recursive: true });
    const lines = fs.readFileSync(seg0(split), 'utf8').split('\n').filter(Boolean);
    fs.writeFileSync(seg0(split), lines.slice(0, 2).join('\n') + '\n');
    fs.writeFileSync(path.join(sdir(split), '00000000000000000002.jsonl'), lines.slice(2).join('\n') + '\n');
    const r = cli(['verify', 'rotating-split', '--key', key]);
    expect(r.code, r.out).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe('INVALID: stream main, seq 2: segment streams/main/00000000000000000002.jsonl starts at seq 2 where the writer did not start one: checkpoint 1 (size 40) lists the segments starting at ' + names.map((n) => Number(n.slice(0, 20))).join(', ') + ' among seqs 0 to 39 (a segment was split) (file streams/main/00000000000000000002.jsonl)');
  });
});
