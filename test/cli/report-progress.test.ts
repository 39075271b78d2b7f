import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditor, fileLedger, generateSignerKey } from '@agent-audit/core';

// The progress bar of `report` and `export`: on a terminal only (stderr), with the total the
// signed head gives; nothing of it when stderr is piped. Runs the built CLI's main() in-process
// so that stderr can be a terminal.
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const entry = path.join(repo, 'packages', 'cli', 'dist', 'index.js');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-report-progress-'));
const dir = path.join(root, 'ledger');
const key = generateSignerKey('progress.test/audit');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

beforeAll(async () => {
  for (const agent of ['a', 'b']) {
    const auditor = createAuditor({ agent: { id: agent }, sink: fileLedger({ dir, signingKey: key.signerKey }) });
    for (let i = 0; i < 20; i++) auditor.record({ type: 'tool.call', session: 's-1', tool: { name: `t${i % 3}` } });
    await auditor.close();
  }
});

async function run(args: string[], tty: boolean): Promise<{ code: number; stdout: string; stderr: string }> {
  if (!fs.existsSync(entry)) throw new Error(`${entry} is missing: run \`pnpm build\` first (pnpm test does)`);
  const { main } = (await import(entry)) as { main(argv: string[], io: unknown): Promise<number> };
  const stdout = new PassThrough();
  const stderr = Object.assign(new PassThrough(), { isTTY: tty });
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const code = await main(args, { stdout, stderr, stdin: new PassThrough(), env: { ...process.env, AGENT_AUDIT_VERIFIER_KEY: '' } });
  return { code, stdout: out, stderr: err };
}

describe('report progress', () => {
  it('draws a bar with the total on a terminal and clears it', async () => {
    const result = await run(['report', 'activity', dir, '--no-record', '--key', key.verifierKey, '--format', 'json'], true);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).totals.events).toBe(40);
    expect(result.stderr).toMatch(/report activity {2}\[-{20}\] {3}0% {2}0\/40 events/);
    expect(result.stderr.endsWith('\r\x1b[K')).toBe(true);
    const exported = await run(['export', dir, '--session', 's-1', '--out', path.join(root, 'b.json'), '--key', key.verifierKey], true);
    expect(exported.code).toBe(0);
    expect(exported.stderr).toMatch(/\r\x1b\[Kexport {2}\[-{20}\] {3}0% {2}0\/40 events/);
  });

  it('writes no progress when stderr is piped', async () => {
    const result = await run(['report', 'coverage', dir, '--no-record', '--key', key.verifierKey], false);
    expect(result.code).toBe(0);
    expect(result.stderr).not.toMatch(/\r|events/);
  });
});
