import { describe, expect, it } from 'vitest';
import { upstreamName } from './mcp-proxy.js';

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
});
