import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from './main.js';

// An option that takes a value, followed by another option or by `--`: commander took that word
// as the value (a folder or state file named `--stream` or `--`), or failed later with a message
// about something else ("too many arguments", "required option '--out' not specified").
describe('an option whose value is missing', () => {
  let scratch: string;
  let cwd: string;
  beforeEach(() => {
    cwd = process.cwd();
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-option-values-'));
    process.chdir(scratch);
  });
  afterEach(() => {
    process.chdir(cwd);
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  async function run(...argv: string[]): Promise<{ code: number; stderr: string }> {
    let stderr = '';
    const err = new PassThrough();
    err.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await main(argv, { stdin: new PassThrough(), stdout: new PassThrough(), stderr: err, env: {} });
    return { code, stderr };
  }

  it.each([
    [['mcp-proxy', '--ledger', '--stream', 's', 'node', 'server.mjs'], "option '--ledger <dir>' needs a value: got '--stream', which is an option of mcp-proxy"],
    [['mcp-proxy', '--ledger', '--', 'node', 'server.mjs'], "option '--ledger <dir>' needs a value: got '--', which is the end of options"],
    [['verify', 'L', '--state', '--'], "option '--state <file>' needs a value: got '--'"],
    [['verify', '--key', '--state', 's.state', 'L'], "option '--key <verifierKey>' needs a value: got '--state', which is an option of verify"],
    [['prove', 'L', '--id', '--out', 'p.json'], "option '--id <eventId>' needs a value: got '--out', which is an option of prove"],
    [['export', 'L', '--key', '--out', 'b.json'], "option '--key <verifierKey>' needs a value: got '--out', which is an option of export"],
    [['report', 'activity', 'L', '--out', '--format', 'md'], "needs a value: got '--format', which is an option of activity"],
  ])('%j is a usage error naming the option, and creates nothing', async (argv, message) => {
    const { code, stderr } = await run(...argv);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(fs.readdirSync(scratch)).toEqual([]);
  });

  it("stops at the server's command of mcp-proxy: its own arguments are not checked", async () => {
    // The proxy starts (and fails: no ledger given); the server's `--ledger --stream` are never read as the proxy's.
    const { code, stderr } = await run('mcp-proxy', 'node', 'server.mjs', '--ledger', '--stream');
    expect(stderr).not.toContain('needs a value');
    expect(stderr).toContain('no ledger folder');
    expect(code).toBe(2);
  });
});
