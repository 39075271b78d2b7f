import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditor, fileLedger } from '@agent-audit/core';
import { main } from './main.js';

// What a README-only new-user probe of the read side found (2026-12-06): prove wrote a proof of a
// changed event, query said nothing when nothing matched, report subject made a vault at a typo'd
// path, verify kept quiet about dropped events, and a device given as a ledger was "INVALID".
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-read-side-'));
const home = path.join(root, 'home');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const ledger = path.join(root, 'ledger');
const tampered = path.join(root, 'tampered');
const flooded = path.join(root, 'flooded');
let changedId = '';
let keptId = '';

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = new PassThrough();
  const err = new PassThrough();
  out.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  err.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await main(argv, { stdin: new PassThrough(), stdout: out, stderr: err, env: { AGENT_AUDIT_HOME: home } });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  const keyDir = path.join(home, 'keys');
  const auditor = createAuditor({ agent: { id: 'claims' }, stream: 'claims', sink: fileLedger({ dir: ledger, keyDir }) });
  const ids: string[] = [];
  for (let i = 0; i < 6; i++) ids.push(auditor.record({ type: 'tool.call', tool: { name: 'lookup', arguments: { i } } }).id);
  await auditor.close();
  changedId = ids[3] as string;
  keptId = ids[1] as string;
  fs.cpSync(ledger, tampered, { recursive: true });
  const file = path.join(tampered, 'streams', 'claims', '00000000000000000000.jsonl');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"i":3', '"i":7'));
  // A writer whose queue overflowed: a ledger.gap event records what it dropped.
  const flood = createAuditor({ agent: { id: 'flood' }, stream: 'flood', sink: fileLedger({ dir: flooded, keyDir }), maxQueueEvents: 50, onError: () => undefined });
  for (let i = 0; i < 400; i++) flood.record({ type: 'tool.call', tool: { name: 'x', arguments: { i } } });
  await flood.close();
});

describe('prove refuses a ledger that does not verify at the event (F11)', () => {
  it('a changed event line: exit 1, a clear message, no proof written', async () => {
    const out = path.join(root, 'tp.json');
    const r = await run('prove', tampered, '--id', changedId, '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`the ledger does not verify at event ${changedId}`);
    expect(r.stderr).toContain('no proof written');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('an unchanged event before the changed one is in a stream whose chain fails below the signed tree: refused too', async () => {
    const r = await run('prove', tampered, '--id', keptId);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/stream claims, seq 3: /);
    expect(r.stdout).toBe('');
  });

  it('a whole ledger: the proof is written and verify-proof says OK', async () => {
    const out = path.join(root, 'ok.json');
    expect((await run('prove', ledger, '--id', changedId, '--out', out)).code).toBe(0);
    const check = await run('verify-proof', out);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/^OK: event /);
  });
});

// `verify --stream` took its value as a path under streams/: `claims/` and `./claims` verified
// the stream but `..` read streams/ as one, and `wrong` was a raw ENOENT; prove's normalisation
// (re-check row 4) was not shared. The same plainStreamName now serves both.
describe('verify --stream takes the plain stream name only, as prove does', () => {
  const spellings = ['claims/', './claims', 'claims/../claims', './claims//', 'claims/.'];
  it('every spelling verifies the same stream as the plain name: the same output and exit, on a whole and a tampered ledger', async () => {
    for (const [dir, code] of [[ledger, 0], [tampered, 1]] as const) {
      const plain = await run('verify', dir, '--stream', 'claims');
      expect(plain.code, plain.stderr).toBe(code);
      for (const stream of spellings) {
        const r = await run('verify', dir, '--stream', stream);
        expect(r.code, `${stream}: ${r.stderr}`).toBe(code);
        expect(r.stdout).toBe(plain.stdout);
        expect(r.stderr).toBe(plain.stderr);
      }
    }
  });

  it('a value that names no stream (.., a path, another folder) is a usage error naming it, exit 2, never a raw ENOENT or OK', async () => {
    for (const stream of ['..', '.', '../claims', 'claims/x', '/etc', 'streams/claims', '-claims']) {
      const r = await run('verify', ledger, '--stream', stream);
      expect(r.code, `${stream}: ${r.stdout}${r.stderr}`).toBe(2);
      expect(r.stderr).toContain(`--stream ${JSON.stringify(stream)} is not a stream name`);
      expect(r.stdout).toBe('');
      expect(r.stderr).not.toMatch(/ENOENT|scandir/);
    }
  });

  it('a plain name that is not a stream of the ledger: "no stream", exit 2, never a raw ENOENT', async () => {
    for (const dir of [ledger, tampered]) {
      const r = await run('verify', dir, '--stream', 'wrong', '--stream', 'claims');
      expect(r.code, r.stdout + r.stderr).toBe(2);
      expect(r.stderr).toMatch(/no stream "wrong" in ledger .*; its streams: claims/);
      expect(r.stderr).not.toMatch(/ENOENT|scandir/);
    }
  });
});

describe('query and tail --stream take the plain stream name too (the same kind as verify\'s)', () => {
  it('a spelling of the stream prints what the plain name prints; a value that names no stream is a usage error', async () => {
    for (const command of ['query', 'tail'] as const) {
      const plain = await run(command, ledger, '--stream', 'claims', '--format', 'json');
      expect(plain.code, plain.stderr).toBe(0);
      expect(plain.stdout.trim().split('\n')).toHaveLength(6);
      for (const stream of ['claims/', './claims', 'claims/../claims']) {
        const r = await run(command, ledger, '--stream', stream, '--format', 'json');
        expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }, `${command} ${stream}`).toEqual({ code: 0, stdout: plain.stdout, stderr: plain.stderr });
      }
      for (const stream of ['..', 'claims/x', '/etc']) {
        const r = await run(command, ledger, '--stream', stream);
        expect(r.code, `${command} ${stream}: ${r.stderr}`).toBe(2);
        expect(r.stderr).toContain(`--stream ${JSON.stringify(stream)} is not a stream name`);
      }
    }
  });
});

describe('query says when nothing matched, and refuses empty filter values (F18)', () => {
  it('no match: nothing on stdout, "0 events match" on stderr, exit 0, in every format', async () => {
    for (const format of ['table', 'json', 'csv']) {
      const r = await run('query', ledger, '--type', 'nonexistent.type', '--format', format);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe('0 events match in this source\n');
    }
  });

  it('a match prints no such line (stderr not a terminal)', async () => {
    const r = await run('query', ledger, '--type', 'tool.call');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('an empty or blank filter value is a usage error naming the option', async () => {
    for (const [flag, value] of [['--type', ''], ['--actor', ' '], ['--session', ''], ['--class', ''], ['--stream', '']] as const) {
      const r = await run('query', ledger, flag, value);
      expect(r.code, flag).toBe(2);
      expect(r.stderr).toContain(`${flag} was given an empty value`);
    }
  });
});

describe('a read-only command never creates a vault (F15)', () => {
  it('report subject --vault <missing folder>: usage error, nothing created', async () => {
    const vault = path.join(root, 'novault');
    const r = await run('report', 'subject', ledger, '--value', 'x@example.com', '--vault', vault, '--no-record');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--vault ${vault}: no such folder`);
    expect(fs.existsSync(vault)).toBe(false);
  });

  it('report subject --vault <a file>, vault list --vault <missing>: usage errors', async () => {
    const file = path.join(root, 'a-file');
    fs.writeFileSync(file, 'x');
    const r = await run('report', 'subject', ledger, '--value', 'x@example.com', '--vault', file, '--no-record');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not a folder');
    const list = await run('vault', 'list', '--vault', path.join(root, 'novault2'));
    expect(list.code).toBe(2);
    expect(list.stderr).toContain('no such folder');
    expect(fs.existsSync(path.join(root, 'novault2'))).toBe(false);
  });
});

describe('verify names the gaps a writer recorded (F19)', () => {
  it('a ledger.gap event: OK, exit 0, and a warning naming the stream, the gap events and the dropped count', async () => {
    const r = await run('verify', flooded);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^OK: /);
    expect(r.stderr).toMatch(/warning: stream flood: 1 ledger\.gap event\(s\) \(seq \d+\) record \d+ event\(s\) its writer dropped/);
    const json = JSON.parse((await run('verify', flooded, '--json')).stdout) as { reports: Array<{ stream: string; gaps?: { events: number; dropped: number } }> };
    expect(json.reports[0]?.gaps?.events).toBe(1);
    expect(json.reports[0]?.gaps?.dropped).toBeGreaterThan(0);
  });

  it('a ledger without gaps has no such warning', async () => {
    const r = await run('verify', ledger);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('ledger.gap');
  });
});

describe('a path that is no ledger folder is a usage error (F21)', () => {
  it('/dev/zero (a device) and a FIFO: exit 2, "not a ledger folder"', async () => {
    const targets = ['/dev/zero'];
    if (process.platform === 'linux') {
      const fifo = path.join(root, 'fifo');
      (await import('node:child_process')).execFileSync('mkfifo', [fifo]);
      targets.push(fifo);
    }
    for (const target of targets) {
      const r = await run('verify', target);
      expect(r.code, r.stderr + r.stdout).toBe(2);
      expect(r.stderr).toContain(`${target} is not a ledger folder`);
      expect(r.stdout).toBe('');
    }
  });
});

describe('prove on a ledger with lines deleted says what verify says, exit 1 (re-check F of the read-side probe)', () => {
  const ids: string[] = [];
  const base = path.join(root, 'f-base');
  const segmentOf = (dir: string) => path.join(dir, 'streams', 'claims', '00000000000000000000.jsonl');
  /** A copy of the base ledger with its segment's lines changed by `edit`. */
  const damaged = (name: string, edit: (lines: string[]) => string[]): string => {
    const dir = path.join(root, name);
    fs.cpSync(base, dir, { recursive: true });
    const lines = fs.readFileSync(segmentOf(dir), 'utf8').split('\n').filter(Boolean);
    fs.writeFileSync(segmentOf(dir), `${edit(lines).join('\n')}\n`);
    return dir;
  };
  beforeAll(async () => {
    const auditor = createAuditor({ agent: { id: 'claims' }, stream: 'claims', sink: fileLedger({ dir: base, keyDir: path.join(home, 'keys') }) });
    for (let i = 0; i < 8; i++) ids.push(auditor.record({ type: 'tool.call', tool: { name: 'lookup', arguments: { i } } }).id);
    await auditor.close();
  });

  it('a line deleted in the middle: prove of an event after it, before it, or of the deleted one is exit 1 with verify\'s reason', async () => {
    const dir = damaged('f-middle', (lines) => lines.filter((_, i) => i !== 3));
    const verify = await run('verify', dir);
    expect(verify.code).toBe(1);
    expect(verify.stdout + verify.stderr).toContain('missing event: expected seq 3, found seq 4');
    for (const id of [ids[5], ids[1], ids[3]] as string[]) {
      const r = await run('prove', dir, '--id', id);
      expect(r.code, `${id}: ${r.stderr}`).toBe(1);
      expect(r.stderr).toContain('the ledger does not verify: stream claims, seq 3: missing event: expected seq 3, found seq 4');
      expect(r.stderr).not.toContain('not covered by a signed checkpoint');
      expect(r.stdout).toBe('');
    }
  });

  it('held-back variants of the kind: the tail cut, a line duplicated, two lines swapped; with --stream too', async () => {
    const cases: Array<[string, (lines: string[]) => string[], RegExp]> = [
      ['f-tail', (lines) => lines.slice(0, 6), /stream claims, seq 6: truncated/],
      ['f-dup', (lines) => [...lines.slice(0, 5), lines[4] as string, ...lines.slice(5)], /stream claims, seq 4: duplicate, forked or reordered event: seq 4 appears again where seq 5 belongs/],
      ['f-swap', (lines) => [...lines.slice(0, 2), lines[3] as string, lines[2] as string, ...lines.slice(4)], /stream claims, seq 2: missing event: expected seq 2, found seq 3/],
    ];
    for (const [name, edit, reason] of cases) {
      const dir = damaged(name, edit);
      for (const args of [['--id', ids[1] as string], ['--id', ids[7] as string, '--stream', 'claims']]) {
        const r = await run('prove', dir, ...args);
        expect(r.code, `${name} ${args.join(' ')}: ${r.stderr}`).toBe(1);
        expect(r.stderr, name).toMatch(reason);
      }
    }
  });

  it('look-alikes stay: a whole ledger proves; an unknown id in it is exit 2; an event no checkpoint covers yet is exit 2', async () => {
    const ok = await run('prove', base, '--id', ids[5] as string);
    expect(ok.code, ok.stderr).toBe(0);
    const unknown = await run('prove', base, '--id', '01ARZ3NDEKTSV4RRFFQ69G5FAV');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no event with id');
    // A writer still open: its events are not covered by a signed checkpoint yet, and the ledger verifies.
    const open = path.join(root, 'f-open');
    const auditor = createAuditor({ agent: { id: 'claims' }, stream: 'claims', sink: fileLedger({ dir: open, keyDir: path.join(home, 'keys'), checkpointEvery: 1000 }) });
    const id = auditor.record({ type: 'tool.call', tool: { name: 'lookup' } }).id;
    await auditor.flush();
    try {
      const r = await run('prove', open, '--id', id);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain('not covered by a signed checkpoint yet');
    } finally {
      await auditor.close();
    }
  });
});

// The re-check (row 4): `prove --stream` with a spelling of the stream that is not its plain name
// (`claims/`, `./claims`, `claims/../claims`) skipped the checks verify makes (exit 2, "not covered",
// "no event with id"); `..` read streams/ itself as a stream; `wrong` gave a raw ENOENT.
describe('prove --stream takes the plain stream name only (re-check row 4)', () => {
  const spellings = ['claims/', './claims', 'claims/../claims', './claims//', 'claims/.'];
  it('a spelling of the stream on a tampered ledger: the same exit 1 and reason as the plain name, no proof', async () => {
    const plain = await run('prove', tampered, '--id', changedId, '--stream', 'claims');
    expect(plain.code).toBe(1);
    for (const stream of spellings) {
      const out = path.join(root, `spelt-${spellings.indexOf(stream)}.json`);
      const r = await run('prove', tampered, '--id', changedId, '--stream', stream, '--out', out);
      expect(r.code, `${stream}: ${r.stderr}`).toBe(1);
      expect(r.stderr).toBe(plain.stderr);
      expect(fs.existsSync(out)).toBe(false);
    }
  });

  it('with the checkpoints emptied or the tail cut: verify\'s reason, exit 1, for every spelling', async () => {
    const emptied = path.join(root, 'emptied');
    fs.cpSync(tampered, emptied, { recursive: true });
    fs.writeFileSync(path.join(emptied, 'streams', 'claims', 'checkpoints.jsonl'), '');
    const cut = path.join(root, 'cut');
    fs.cpSync(ledger, cut, { recursive: true });
    const segment = path.join(cut, 'streams', 'claims', '00000000000000000000.jsonl');
    fs.writeFileSync(segment, fs.readFileSync(segment, 'utf8').split('\n').slice(0, 3).join('\n') + '\n');
    for (const [dir, id] of [[emptied, changedId], [cut, keptId]] as const) {
      const plain = await run('prove', dir, '--id', id, '--stream', 'claims');
      expect(plain.code, plain.stderr).toBe(1);
      for (const stream of spellings) {
        const r = await run('prove', dir, '--id', id, '--stream', stream);
        expect(r.code, `${stream}: ${r.stderr}`).toBe(1);
        expect(r.stderr).toBe(plain.stderr);
        expect(r.stderr).not.toMatch(/not covered|no event with id/);
      }
    }
  });

  it('held back: on a whole ledger every spelling proves the event (exit 0), and the proof names the plain stream', async () => {
    for (const stream of spellings) {
      const r = await run('prove', ledger, '--id', keptId, '--stream', stream);
      expect(r.code, `${stream}: ${r.stderr}`).toBe(0);
      expect((JSON.parse(r.stdout) as { stream: string }).stream).toBe('claims');
    }
  });

  it('a value that names no stream (.., a path, another folder) is a usage error naming it, never a raw ENOENT', async () => {
    for (const stream of ['..', '.', '../claims', 'claims/x', '/etc', 'streams/claims', '-claims']) {
      const r = await run('prove', ledger, '--id', keptId, '--stream', stream);
      expect(r.code, `${stream}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toContain('is not a stream name');
      expect(r.stderr).not.toMatch(/ENOENT|scandir|no event with id/);
    }
  });

  it('a plain name that is not a stream of the ledger: "no stream", exit 2, never a raw ENOENT', async () => {
    for (const dir of [ledger, tampered]) {
      const r = await run('prove', dir, '--id', keptId, '--stream', 'wrong');
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/no stream "wrong" in ledger .*; its streams: claims/);
      expect(r.stderr).not.toMatch(/ENOENT|scandir/);
    }
  });
});
