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

beforeAll(async () => {
  const auditor = createAuditor({ agent: { id: 'special' }, sink: fileLedger({ dir, keyDir: path.join(root, 'home', 'keys') }) });
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
