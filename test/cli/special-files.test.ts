import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditor, fileLedger } from '@agent-audit/core';

// A rules file, a retention policy or an archive key given as a FIFO (a read blocks for ever
// and SIGTERM could not stop it) or as /dev/zero (a read fills memory until node aborts): each
// is refused at once as "not a regular file", exit 2 (a fresh tester found both).
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(repo, 'packages', 'cli', 'dist', 'bin.js');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-cli-special-'));
const dir = path.join(root, 'ledger');
const fifo = path.join(root, 'fifo');
const env: NodeJS.ProcessEnv = { ...process.env, AGENT_AUDIT_HOME: path.join(root, 'home') };
delete env.AGENT_AUDIT_VERIFIER_KEY;
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function cli(args: string[]) {
  if (!fs.existsSync(bin)) throw new Error(`${bin} is missing: run \`pnpm build\` first (pnpm test does)`);
  // The timeout only bounds a failure (the bug this guards against is a hang).
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env, timeout: 60_000, killSignal: 'SIGKILL' });
  return { code: run.status, signal: run.signal, stderr: run.stderr };
}

let verifierKey = '';
beforeAll(async () => {
  const sink = fileLedger({ dir, keyDir: path.join(root, 'home', 'keys') });
  verifierKey = sink.verifierKey;
  const auditor = createAuditor({ agent: { id: 'special' }, sink });
  auditor.record({ type: 'tool.call', tool: { name: 'lookup', arguments: { q: 1 } } });
  await auditor.close();
  expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
  fs.chmodSync(fifo, 0o600);
});

describe.runIf(process.platform === 'linux')('special files in place of small configuration files', () => {
  const cases: Array<[string, (file: string) => string[]]> = [
    ['watch --rules', (file) => ['watch', dir, '--once', '--no-record', '--rules', file]],
    ['retention plan --policy', (file) => ['retention', 'plan', dir, '--policy', file]],
    ['retention apply --encrypt-key', (file) => ['retention', 'apply', dir, '--archive', path.join(root, 'archive'), '--encrypt-key', file, '--now', '2099-01-01']],
  ];
  for (const [name, args] of cases) {
    for (const file of [fifo, '/dev/zero']) {
      it(`${name} ${file === fifo ? 'a FIFO' : '/dev/zero'}: refused at once, exit 2`, () => {
        const run = cli(args(file));
        expect(run.signal, run.stderr).toBeNull();
        expect(run.code, run.stderr).toBe(2);
        // (/dev/zero as a key is refused first for its mode 0666: a key must be private)
        expect(run.stderr).toMatch(name.includes('key') && file === '/dev/zero' ? /not a regular file|readable or writable by other users/ : /not a regular file/);
      });
    }
  }
});

// Every other file a command or option reads goes through the same bounded reader (layer.ts
// readInputFile: O_NONBLOCK, fstat, a size limit per kind). Before it, verify-bundle /dev/zero grew
// to 21 GB, verify-proof and export --sign-key by 1-2 GB every 8 s, the FIFO cases and
// mcp-proxy --config <fifo> hung for ever (a probe of 2026-12-06).
describe.runIf(process.platform === 'linux')('special files in place of every other file the CLI reads', () => {
  const cases: Array<[string, (file: string) => string[], RegExp]> = [
    ['verify-bundle <file>', (file) => ['verify-bundle', file, '--key', verifierKey], /cannot read the bundle .*: not a regular file/],
    ['verify-proof <file>', (file) => ['verify-proof', file], /cannot read the proof .*: not a regular file/],
    ['export --sign-key', (file) => ['export', dir, '--from', '2000-01-01', '--out', path.join(root, 'bundle.json'), '--sign-key', file], /cannot read the signer key file .*: not a regular file/],
    ['report --signing-key', (file) => ['report', 'activity', dir, '--from', '2000-01-01', '--record-to', path.join(root, 'reports'), '--signing-key', file], /cannot read the signer key file .*: not a regular file/],
    ['mcp-proxy --config', (file) => ['mcp-proxy', '--ledger', path.join(root, 'proxy'), '--config', file], /cannot read the config file .*: not a regular file/],
    ['verify <ledger>', (file) => ['verify', file], /is not a ledger folder: it is a (FIFO|character device)/],
  ];
  for (const [name, args, message] of cases) {
    for (const file of [fifo, '/dev/zero']) {
      it(`${name} ${file === fifo ? 'a FIFO' : '/dev/zero'}: refused at once, exit 2`, () => {
        const run = cli(args(file));
        expect(run.signal, run.stderr).toBeNull();
        expect(run.code, run.stderr).toBe(2);
        expect(run.stderr).toMatch(message);
      });
    }
  }

  it('a file over the limit of its kind is refused by size, before it is read (a 65 KiB "key")', () => {
    const big = path.join(root, 'big.key');
    fs.writeFileSync(big, 'x'.repeat(65 * 1024));
    const run = cli(['export', dir, '--from', '2000-01-01', '--out', path.join(root, 'bundle2.json'), '--sign-key', big]);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toMatch(/cannot read the signer key file .*: larger than 65536 bytes, the limit for a signer key file/);
  });
});

// A ledger's own files replaced by a FIFO or a link to /dev/zero: `verify` refused them, but
// `query`, `tail`, `prove`, `report` and `export` read the LEDGER marker, and `prove` the
// checkpoints file, with a plain read and hung (the re-check of the read side, 2026-12-06). Every
// command now refuses them at once.
describe.runIf(process.platform === 'linux')('special files inside a ledger folder', () => {
  const copyWith = (name: string, file: string, make: (target: string) => void): string => {
    const copy = path.join(root, name);
    fs.cpSync(dir, copy, { recursive: true });
    fs.rmSync(path.join(copy, file));
    make(path.join(copy, file));
    return copy;
  };
  const eventId = (): string => {
    const segment = fs.readdirSync(path.join(dir, 'streams', 'special')).find((f) => f.endsWith('.jsonl')) as string;
    return (JSON.parse(fs.readFileSync(path.join(dir, 'streams', 'special', segment), 'utf8').split('\n')[0] as string) as { id: string }).id;
  };

  it('a FIFO LEDGER: query, tail, prove, report and export answer at once, not a hang', () => {
    const copy = copyWith('fifo-ledger', 'LEDGER', (target) => expect(spawnSync('mkfifo', [target]).status).toBe(0));
    for (const args of [
      ['query', copy],
      ['tail', copy, '-n', '5'],
      ['prove', copy, '--id', eventId(), '--out', path.join(root, 'p.json')],
      ['report', 'activity', copy, '--out', path.join(root, 'a.md'), '--no-record'],
      ['export', copy, '--from', '2000-01-01', '--out', path.join(root, 'b.json')],
    ]) {
      const run = cli(args);
      expect(run.signal, `${args[0]}: ${run.stderr}`).toBeNull();
      expect(run.code, `${args[0]}: ${run.stderr}`).not.toBe(0);
      expect(run.stderr, args[0]).toMatch(/not a regular file/);
    }
  });

  it('a checkpoints file linked to /dev/zero: prove refuses it at once', () => {
    const copy = copyWith('zero-checkpoints', path.join('streams', 'special', 'checkpoints.jsonl'), (target) => fs.symlinkSync('/dev/zero', target));
    const run = cli(['prove', copy, '--id', eventId(), '--out', path.join(root, 'p2.json')]);
    expect(run.signal, run.stderr).toBeNull();
    expect(run.code, run.stderr).not.toBe(0);
    expect(run.stderr).toMatch(/not a regular file|symbolic link/);
  });
});

// A probe of 2026-12-06: `verify ./package.json` (a mistyped path in a job) said `INVALID: archive …:
// not an agent-audit archive`, exit 1, as tampering would. A file that is neither a ledger folder nor
// an archive is a usage error, exit 2; one named as retention names archives stays an archive attempt.
describe('verify <a file>', () => {
  it('a file with no archive line and no .archive name: not a ledger, exit 2', () => {
    const file = path.join(root, 'package.json');
    fs.writeFileSync(file, '{"name":"x"}\n');
    const run = cli(['verify', file, '--key', verifierKey]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is a file, not a ledger folder, and not a retention archive');
  });
  it('a file named ….archive whose first line was changed: INVALID, exit 1', () => {
    const file = path.join(root, 'ledger-id.claims.0-10.archive');
    fs.writeFileSync(file, 'not the archive line\n{}\n');
    const run = spawnSync(process.execPath, [bin, 'verify', file, '--key', verifierKey], { encoding: 'utf8', env, timeout: 60_000 });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^INVALID: archive .*: not an agent-audit archive/);
  });
});
