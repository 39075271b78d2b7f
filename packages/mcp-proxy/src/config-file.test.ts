// loadMcpProxyConfig reads only a small regular file: a FIFO, /dev/zero or a folder is refused at
// once (F4 of the read side's README-only probe, 2026-12-06: the CLI's --config hung on a FIFO and
// read 660 MB of /dev/zero; the CLI now reads it itself, and the library does the same).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadMcpProxyConfig } from './config.js';

const dir = mkdtempSync(path.join(tmpdir(), 'mcp-config-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadMcpProxyConfig', () => {
  it('reads a config file', async () => {
    const file = path.join(dir, 'ok.json');
    writeFileSync(file, JSON.stringify({ mcpServers: { fs: { command: 'node', args: ['server.mjs'] } } }));
    expect((await loadMcpProxyConfig(file)).mcpServers).toEqual({ fs: { command: 'node', args: ['server.mjs'] } });
  });

  it('refuses a FIFO, /dev/zero and a folder without reading them (a time bound only as the failure)', async () => {
    const fifo = path.join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    for (const file of [fifo, '/dev/zero', dir]) {
      const error = await Promise.race([
        loadMcpProxyConfig(file).then(() => undefined, (caught: unknown) => caught),
        new Promise((resolve) => setTimeout(() => resolve('still waiting after 10 s'), 10_000).unref()),
      ]);
      expect(error, file).toMatchObject({ code: 'invalid_config' });
      expect(String((error as Error).message), file).toMatch(/not a regular file/);
    }
  });

  it('refuses a file over 4 MiB', async () => {
    const file = path.join(dir, 'big.json');
    writeFileSync(file, `{"mcpServers":{},"pad":"${'x'.repeat(4 * 1024 * 1024)}"}`);
    await expect(loadMcpProxyConfig(file)).rejects.toMatchObject({ code: 'invalid_config', message: expect.stringMatching(/larger than 4194304 bytes/) });
  });
});
