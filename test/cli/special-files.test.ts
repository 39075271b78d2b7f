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
