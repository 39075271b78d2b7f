import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditor, fileLedger, generateSignerKey } from '@agent-audit/core';

// `query` and `tail` on the command layer: --help, formats, relative times, EPIPE, tail -n across streams.
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(repo, 'packages', 'cli', 'dist', 'bin.js');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-cli-qt-'));
const dir = path.join(root, 'ledger');
const env = { ...process.env, AGENT_AUDIT_HOME: path.join(root, 'home') };
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function cli(...args: string[]) {
  if (!fs.existsSync(bin)) throw new Error(`${bin} is missing: run \`pnpm build\` first (pnpm test does)`);
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

// The writers' clock: each event 3 ms after the one before, so their order in time is set by
// the test, not by sleeping between records (a sleep orders nothing on a loaded machine).
let now = Date.now();
const clock = (): number => now;
const tick = (): void => {
  now += 3;
};

beforeAll(async () => {
  // Two streams in one ledger, written alternately; "zz-old" sorts last but its events are the older ones.
  const key = generateSignerKey('qt/audit').signerKey;
  const a = createAuditor({ agent: { id: 'zz-old' }, sink: fileLedger({ dir, stream: 'zz-old', signingKey: key }), clock });
  const b = createAuditor({ agent: { id: 'aa-new' }, sink: fileLedger({ dir, stream: 'aa-new', signingKey: key }), clock });
  for (let i = 0; i < 6; i++) {
    a.record({ type: 'tool.call', session: 'old-session', actor: { id: 'u-1', type: 'user' }, tool: { name: `old_tool_${i}`, arguments: {} } });
    tick();
  }
  for (let i = 0; i < 4; i++) {
    b.record({ type: 'tool.call', session: 'new-session', actor: { id: 'u-2', type: 'user' }, tool: { name: `new_tool_${i}`, arguments: { note: 'a, "quoted" value' } } });
    tick();
    a.record({ type: 'tool.result', session: 'old-session', tool: { name: `late_${i}` } });
    tick();
  }
  await a.close();
  await b.close();
});

describe('query and tail on the command layer', { timeout: 300_000 }, () => {
  it('tail -n merges every stream before taking the newest N', () => {
    const rows = cli('tail', dir, '-n', '3', '--json').stdout.trim().split('\n').map((l) => JSON.parse(l));
    const all = cli('query', dir, '--json').stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(all).toHaveLength(14);
    expect(rows.map((e) => e.id)).toEqual(all.slice(-3).map((e) => e.id));
    expect(new Set(rows.map((e) => e.stream))).toEqual(new Set(['aa-new', 'zz-old']));
    expect(cli('tail', dir, '--lines', '1', '--json').stdout.trim().split('\n')).toHaveLength(1);
  });

  it('table: a header row, a session column, the chain and the tool name', () => {
    const out = cli('query', dir, '--tool', 'new_tool_2').stdout.trim().split('\n');
    expect(out[0]).toMatch(/^TIME\s+SESSION\s+REGION\s+CHAIN#SEQ\s+TYPE\s+OUTCOME\s+ACTOR\s+TOOL/);
    expect(out[1]).toMatch(/new-session\s+-\s+aa-new#2\s+tool\.call\s+\S+\s+user:u-2\s+tool=new_tool_2/);
    const tail = cli('tail', dir, '-n', '2').stdout.trim().split('\n');
    expect(tail).toHaveLength(3);
    expect(tail[0]).toMatch(/^TIME\s+SESSION/);
  });

  it('csv: a header and quoted records; --json is --format json', () => {
    const csv = cli('query', dir, '--format', 'csv', '--stream', 'aa-new').stdout.trim().split('\n');
    expect(csv[0]).toBe('ts,session,stream,seq,type,outcome,actor,tool,resource,trace,span,classes,id,region');
    expect(csv).toHaveLength(5);
    expect(csv[1]).toMatch(/^[^,]+,new-session,aa-new,0,tool\.call,[a-z]+,user:u-2,new_tool_0,/);
    expect(cli('tail', dir, '-n', '1', '--format', 'csv').stdout.trim().split('\n')).toHaveLength(2);
    expect(cli('query', dir, '--format', 'json').stdout).toBe(cli('query', dir, '--json').stdout);
    expect(cli('query', dir, '--format', 'xml').code).toBe(2);
  });

  it('--since takes yesterday, 24h and ISO times', () => {
    expect(cli('query', dir, '--since', 'yesterday', '--json').stdout.trim().split('\n')).toHaveLength(14);
    expect(cli('query', dir, '--since', '24h', '--json').stdout.trim().split('\n')).toHaveLength(14);
    expect(cli('query', dir, '--since', '2999-01-01', '--json').stdout).toBe('');
    expect(cli('query', dir, '--until', 'yesterday', '--json').stdout).toBe('');
    expect(cli('tail', dir, '--since', 'yesterday', '-n', '2', '--json').stdout.trim().split('\n')).toHaveLength(2);
    expect(cli('tail', dir, '--since', '2999-01-01T00:00:00Z', '--json').stdout).toBe('');
    const bad = cli('query', dir, '--since', 'last tuesday');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/not a time/);
  });

  it('a reader that closes the pipe ends the output quietly with exit 0', async () => {
    const child = spawn(process.execPath, [bin, 'query', '--json', dir, dir, dir], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const first = await new Promise<string>((resolve) => child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString())));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(first).toMatch(/^\{/);
    expect([code, stderr]).toEqual([0, '']);
    const shell = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" query --json "${dir}" | head -1`], { encoding: 'utf8', env });
    expect([shell.status, shell.stderr]).toEqual([0, '']);
    expect(shell.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('--help lists every flag, and the CLI README names every flag', () => {
    const readme = fs.readFileSync(path.join(repo, 'packages', 'cli', 'README.md'), 'utf8');
    for (const command of ['query', 'tail', 'prove', 'verify-proof', 'keygen', 'verify', 'migrate', 'status', 'collect', 'vault list', 'vault grant', 'vault reveal', 'vault erase']) {
      const help = cli(...command.split(' '), '--help');
      expect(help.code).toBe(0);
      const flags = [...help.stdout.matchAll(/(?<![\w-])--[a-z][a-z-]+/g)].map((m) => m[0]).filter((f) => f !== '--help');
      expect(flags.length).toBeGreaterThan(0);
      for (const flag of flags) expect(readme, `${command} ${flag} in packages/cli/README.md`).toContain(flag);
      const line = readme.split('\n').find((l) => l.startsWith(`agent-audit ${command} `)) as string;
      for (const flag of line.matchAll(/(?<![\w-])--[a-z][a-z-]+/g)) expect(help.stdout, `${command} --help names ${flag[0]}`).toContain(flag[0]);
      expect(cli(...command.split(' '), '-h').stdout).toBe(help.stdout);
    }
  });
});
