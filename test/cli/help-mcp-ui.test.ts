import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { listStreams } from '@agent-audit/core';

// `mcp-proxy` and `ui` on the command layer, and the program's own help (main.ts), through the
// built binary (the test script builds first).
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(repo, 'packages', 'cli', 'dist', 'bin.js');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-cli-help-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const readme = fs.readFileSync(path.join(repo, 'packages', 'cli', 'README.md'), 'utf8');

function cli(args: string[], extraEnv: NodeJS.ProcessEnv = {}) {
  if (!fs.existsSync(bin)) throw new Error(`${bin} is missing: run \`pnpm build\` first (pnpm test does)`);
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', input: '', env: { ...process.env, AGENT_AUDIT_HOME: path.join(root, 'home'), ...extraEnv } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const flagsIn = (text: string): string[] => [...new Set([...text.matchAll(/(?<![\w-])--[a-z][a-z-]+/g)].map((m) => m[0]))].filter((f) => f !== '--help');

// The flags each command's action reads (commands/mcp-proxy.ts, commands/ui.ts), written out here
// so that a flag dropped from the help, or one added without a test, fails.
const MCP_PROXY_FLAGS = ['--ledger', '--config', '--url', '--http', '--host', '--token', '--agent', '--stream', '--fail-closed', '--pause-dir', '--timeout', '--max-message-bytes'];
const UI_FLAGS = ['--port', '--host', '--key'];

// Several built-CLI runs one after another per test: on a loaded 2-core machine (load 35) they
// passed 60 s; 300 s bounds a failure only, as in query-tail.test.ts.
describe('mcp-proxy and ui on the command layer', { timeout: 300_000 }, () => {
  it('mcp-proxy --help lists every flag on stderr (stdout is the MCP channel) and the README line names the same flags', () => {
    const help = cli(['mcp-proxy', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toBe('');
    expect(flagsIn(help.stderr).sort()).toEqual([...MCP_PROXY_FLAGS].sort());
    expect(help.stderr).toContain('Usage: agent-audit mcp-proxy [options] <command> [args...]');
    expect(help.stderr.replace(/\s+/g, ' ')).toContain('A "--" before the command is accepted too');
    const line = readme.split('\n').find((l) => l.startsWith('agent-audit mcp-proxy ')) as string;
    expect(flagsIn(line).sort()).toEqual([...MCP_PROXY_FLAGS].sort());
    for (const alias of [['mcp-proxy', '-h'], ['help', 'mcp-proxy']]) {
      const again = cli(alias);
      expect([again.code, again.stdout, again.stderr]).toEqual([0, '', help.stderr]);
    }
  });

  it('ui --help lists every flag on stdout and the README line names the same flags', () => {
    const help = cli(['ui', '--help']);
    expect(help.code).toBe(0);
    expect(flagsIn(help.stdout).sort()).toEqual([...UI_FLAGS].sort());
    const line = readme.split('\n').find((l) => l.startsWith('agent-audit ui ')) as string;
    expect(flagsIn(line).sort()).toEqual([...UI_FLAGS].sort());
    expect(cli(['ui', '-h']).stdout).toBe(help.stdout);
    expect(cli(['help', 'ui']).stdout).toBe(help.stdout);
    const bad = cli(['ui', path.join(root, 'nowhere'), '--port', '70000']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--port: 0 to 65535');
  });

  it("mcp-proxy passes the server's own flags through untouched, help and -- included", () => {
    const dump = path.join(root, 'argv.json');
    const script = path.join(root, 'dump.cjs');
    fs.writeFileSync(script, "require('node:fs').writeFileSync(process.env.DUMP_FILE, JSON.stringify(process.argv.slice(2)));\n");
    const ledger = path.join(root, 'proxy-ledger');
    const run = cli(['mcp-proxy', '--ledger', ledger, '--stream', 's', process.execPath, script, '--port', '3', '--help', '-h', '--stream', 'x', '--', '--ledger', 'y'], { DUMP_FILE: dump });
    expect(run.stdout).toBe('');
    expect([0, 1]).toContain(run.code); // 0: the client (stdin) closed first; 1: the server exited first
    expect(JSON.parse(fs.readFileSync(dump, 'utf8'))).toEqual(['--port', '3', '--help', '-h', '--stream', 'x', '--', '--ledger', 'y']);
    return listStreams(ledger).then((streams) => expect(streams).toEqual(['s']));
  });

  it('mcp-proxy usage errors go to stderr with exit 2 and say where the server command goes', () => {
    const unknown = cli(['mcp-proxy', '--ledger', path.join(root, 'x'), '--verbose', 'node', 'server.js']);
    expect([unknown.code, unknown.stdout]).toEqual([2, '']);
    expect(unknown.stderr).toContain('unknown option --verbose');
    expect(unknown.stderr).toContain('mcp-proxy [options] <command> [args...]');
    for (const [flag, value] of [['--http', '65536'], ['--timeout', '0'], ['--max-message-bytes', '10'], ['--http', 'abc']] as const) {
      const bad = cli(['mcp-proxy', '--ledger', path.join(root, 'x'), flag, value, 'node', 'server.js']);
      expect([bad.code, bad.stdout], `${flag} ${value}`).toEqual([2, '']);
      expect(bad.stderr).toContain(`option '${flag} <`);
    }
    const none = cli(['mcp-proxy', '--ledger', path.join(root, 'x')]);
    expect([none.code, none.stdout]).toEqual([2, '']);
    expect(none.stderr).toContain('no upstream');
  });

  it('the program help lists every command; help <command> is its --help; an unknown command exits 2', () => {
    const help = cli(['--help']);
    expect(help.code).toBe(0);
    const commands = ['verify', 'migrate', 'query', 'tail', 'prove', 'verify-proof', 'keygen', 'vault', 'status', 'collect', 'mcp-proxy', 'report', 'export', 'verify-bundle', 'watch', 'resume', 'ui'];
    const listed = [...help.stdout.slice(help.stdout.indexOf('Commands:')).matchAll(/^ {2}([a-z-]+)\b/gm)].map((m) => m[1] as string).filter((c) => c !== 'help');
    expect(listed).toEqual(expect.arrayContaining(commands));
    // Every command the program lists has its line in the CLI README.
    for (const command of listed) expect(readme, `README names agent-audit ${command}`).toMatch(new RegExp(`^agent-audit ${command} `, 'm'));
    expect(cli(['help', 'query']).stdout).toBe(cli(['query', '--help']).stdout);
    expect(cli([]).code).toBe(2);
    const unknown = cli(['qurey']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'qurey'");
    expect(cli(['--version']).stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(repo, 'packages', 'cli', 'package.json'), 'utf8')).version);
  });
});
