import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { mcpProxyCommand, upstreamName } from './mcp-proxy.js';

describe('mcp-proxy stream names', () => {
  it('names a server by its package or script', () => {
    expect(upstreamName('npx', ['-y', '@modelcontextprotocol/server-memory'])).toBe('server-memory');
    expect(upstreamName('npx', ['-y', '@modelcontextprotocol/server-memory@2026.1.0'])).toBe('server-memory');
    expect(upstreamName('/usr/bin/node', ['/srv/files/dist/index.js'])).toBe('files');
    expect(upstreamName('node', ['--no-warnings', 'server.mjs'])).toBe('node');
    expect(upstreamName('uvx', ['mcp-server-git', '--repository', '/srv/repo'])).toBe('mcp-server-git');
    expect(upstreamName('python3', ['-m', 'mcp_server_fetch'])).toBe('mcp_server_fetch');
    expect(upstreamName('my-server', ['--port', '1'])).toBe('my-server');
    expect(upstreamName('C:\\Tools\\node.exe', ['C:\\srv\\weather\\index.js'])).toBe('weather');
  });

  it('names a server run from inline code by its command, not by the code (issue 14: "setTimeout-----process.exit-3--500-")', () => {
    expect(upstreamName('node', ['-e', 'setTimeout(() => process.exit(3), 500)'])).toBe('node');
    expect(upstreamName('/usr/local/bin/node', ['--eval=require("./x")'])).toBe('node');
    expect(upstreamName('node', ['-p', '1+1'])).toBe('node');
    expect(upstreamName('deno', ['--print', 'Deno.version'])).toBe('deno');
    expect(upstreamName('python3', ['-c', 'import server; server.main()'])).toBe('python3');
    expect(upstreamName('sh', ['-c', 'exec node /srv/weather/index.js'])).toBe('sh');
    // Arguments that are code or settings never make a name.
    expect(upstreamName('npx', ['-y', 'NODE_ENV=production', '@acme/mcp-tickets'])).toBe('mcp-tickets');
    expect(upstreamName('bash', ['-x', 'echo hi; run'])).toBe('bash');
  });

  it("never takes the name from the server's own arguments after its script (a fresh tester's `node server.mjs --port 8080` was mcp-proxy.8080)", () => {
    expect(upstreamName('node', ['server.mjs', '--port', '8080'])).toBe('node');
    expect(upstreamName('node', ['server.mjs', 'foo'])).toBe('node');
    expect(upstreamName('node', ['server.mjs', '--ledger', 'X', '--help'])).toBe('node');
    expect(upstreamName('node', ['dist/index.js', 'weather'])).toBe('node');
    expect(upstreamName('npx', ['-y', '@acme/mcp-tickets', '--db', 'prod'])).toBe('mcp-tickets');
    // A launcher's verb before the script or package is not the script.
    expect(upstreamName('uv', ['run', 'weather.py', '--units', 'metric'])).toBe('weather');
    expect(upstreamName('pnpm', ['dlx', '@acme/mcp-files', 'srv'])).toBe('mcp-files');
    expect(upstreamName('docker', ['run', '-i', '--rm', 'mcp/fetch', 'extra'])).toBe('fetch');
    expect(upstreamName('uv', ['tool', 'run', 'mcp-server-git'])).toBe('mcp-server-git');
  });
});

describe('mcp-proxy stream names: launcher options and wrappers (issue 14, fresh tester round 2)', () => {
  it('never takes a launcher option\'s value for the name', () => {
    expect(upstreamName('docker', ['run', '-i', '--rm', '-e', 'GITHUB_PERSONAL_ACCESS_TOKEN', 'ghcr.io/github/github-mcp-server'])).toBe('github-mcp-server');
    expect(upstreamName('docker', ['run', '-i', '--rm', '-p', '8080:8080', 'mcp/github'])).toBe('github');
    expect(upstreamName('docker', ['run', '-i', '--rm', '-v', '/a:/b', 'mcp/filesystem', '/projects'])).toBe('filesystem');
    expect(upstreamName('podman', ['run', '--env-file', '.env', 'mcp/fetch:1.2'])).toBe('fetch');
    expect(upstreamName('uvx', ['--python', '3.12', 'mcp-server-fetch'])).toBe('mcp-server-fetch');
    expect(upstreamName('uvx', ['--from', 'git+https://github.com/x/y', 'mcp-server-git'])).toBe('mcp-server-git');
    expect(upstreamName('uv', ['run', '--with', 'mcp', 'my_server.py'])).toBe('my_server');
    expect(upstreamName('node', ['--max-old-space-size', '4096', '/srv/files/index.js'])).toBe('files');
    expect(upstreamName('node', ['-r', 'dotenv/config', '/srv/files/index.js'])).toBe('files');
    expect(upstreamName('python', ['-X', 'utf8', '/srv/weather/weather.py'])).toBe('weather');
  });

  it('takes the name from an option whose value is the package or module', () => {
    expect(upstreamName('npx', ['-y', '-p', '@acme/mcp-tickets', 'mcp-tickets-cli'])).toBe('mcp-tickets');
    expect(upstreamName('python3', ['-X', 'utf8', '-m', 'mcp_server_time'])).toBe('mcp_server_time');
  });

  it('looks through sudo, env, nice and timeout to the command they run', () => {
    expect(upstreamName('sudo', ['-u', 'mcp-files', 'npx', '-y', '@modelcontextprotocol/server-filesystem', '/srv'])).toBe('server-filesystem');
    expect(upstreamName('env', ['FOO=bar', 'node', '/srv/files/index.js'])).toBe('files');
    expect(upstreamName('/usr/bin/env', ['-u', 'HOME', 'NODE_ENV=production', 'npx', '-y', '@acme/mcp-tickets'])).toBe('mcp-tickets');
    expect(upstreamName('timeout', ['30', 'node', '/srv/weather/index.js'])).toBe('weather');
    expect(upstreamName('nice', ['-n', '10', 'uvx', 'mcp-server-git'])).toBe('mcp-server-git');
    expect(upstreamName('sudo', [])).toBe('sudo');
  });

  it('names a script run directly as its file name, without its extension', () => {
    expect(upstreamName('./bin/my-mcp.js', ['--port', '8080'])).toBe('my-mcp');
    expect(upstreamName('/opt/weather.py', [])).toBe('weather');
  });
});

describe('mcp-proxy option values', () => {
  it('refuses an option given another option as its value (a fresh tester\'s `--ledger --stream s node server.mjs` made a ledger folder named --stream), before anything is created', async () => {
    const cwd = process.cwd();
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-proxy-args-'));
    process.chdir(scratch);
    try {
      let stderr = '';
      const err = new PassThrough();
      err.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const code = await mcpProxyCommand(['--ledger', '--stream', 's', 'node', 'server.mjs'], { stdin: new PassThrough(), stdout: new PassThrough(), stderr: err, env: {} });
      expect(code).toBe(2);
      expect(stderr).toContain("option '--ledger <dir>' needs a value: got '--stream', which is an option of mcp-proxy");
      expect(fs.readdirSync(scratch)).toEqual([]);
      // A value that merely starts with a dash is a value (./-x is the way to name such a folder).
      stderr = '';
      const other = await mcpProxyCommand(['--agent', '-x', '--http', '0', '--host', '0.0.0.0', 'node', 'server.mjs'], { stdin: new PassThrough(), stdout: new PassThrough(), stderr: err, env: { AGENT_AUDIT_LEDGER: path.join(scratch, 'l') } });
      expect(other).toBe(2);
      expect(stderr).toContain('refusing to bind 0.0.0.0 without authentication');
    } finally {
      process.chdir(cwd);
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  });
});

