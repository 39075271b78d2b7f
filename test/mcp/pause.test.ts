import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listStreams, pauseStore, readEvents } from '@agent-audit/core';
import type { AuditEvent } from '@agent-audit/core';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { EVERYTHING, testClient } from './helpers.js';
import { waitForExit } from '../wait.js';

// A paused agent is refused by the proxy (policy.deny, the call never reaches the server) until
// `agent-audit resume`; a pause state that cannot be read refuses too (fail closed).
const BIN = resolve(import.meta.dirname, '../../packages/cli/dist/bin.js');
const work = mkdtempSync(join(tmpdir(), 'mcp-pause-'));
const env = { PATH: process.env.PATH ?? '', HOME: work, XDG_CONFIG_HOME: work };
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function ledgerEvents(dir: string): Promise<AuditEvent[]> {
  const out: AuditEvent[] = [];
  for (const stream of await listStreams(dir)) for await (const event of readEvents(dir, { stream })) out.push(event);
  return out;
}

/** Runs one proxy session: one echo call; returns the tool result's text and whether it was an error. */
async function callEcho(ledger: string, pauseDir: string, message: string): Promise<{ text: string; isError: boolean }> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [BIN, 'mcp-proxy', '--ledger', ledger, '--agent', 'desk-bot', '--pause-dir', pauseDir, '--', process.execPath, EVERYTHING, 'stdio'],
    env,
    stderr: 'pipe',
  });
  const client = testClient();
  await client.connect(transport);
  const result = await client.callTool({ name: 'echo', arguments: { message } });
  const pid = transport.pid as number;
  await client.close();
  await waitForExit(pid, 'the proxy to exit');
  return { text: (result.content as Array<{ text: string }>)[0]?.text ?? '', isError: result.isError === true };
}

describe.skipIf(!existsSync(BIN))('pause an agent behind the MCP proxy', () => {
  it('refuses a paused agent as policy.deny, lets it through after agent-audit resume, and fails closed on an unreadable state', async () => {
    const ledger = join(work, 'ledger');
    const pauseDir = join(work, 'paused');
    pauseStore({ dir: pauseDir }).pause('desk-bot', { reason: 'denials: 3 denials within 10m', rule: 'denials', by: 'test' });

    const refused = await callEcho(ledger, pauseDir, 'while paused');
    expect(refused.isError).toBe(true);
    expect(refused.text).toContain('Denied by audit policy (pause)');
    let events = await ledgerEvents(ledger);
    expect(events.filter((e) => e.type === 'policy.deny').map((e) => e.decision?.policy)).toEqual(['pause']);
    expect(events.filter((e) => e.type === 'tool.result')).toEqual([]);

    const resumed = spawnSync(process.execPath, [BIN, 'resume', 'desk-bot', '--pause-dir', pauseDir], { encoding: 'utf8', env });
    expect(resumed.status).toBe(0);
    const allowed = await callEcho(ledger, pauseDir, 'after resume');
    expect(allowed).toEqual({ text: 'Echo: after resume', isError: false });
    events = await ledgerEvents(ledger);
    expect(events.filter((e) => e.type === 'tool.result').map((e) => e.tool?.name)).toEqual(['echo']);

    // A pause file that does not parse, then a folder that cannot be read: refused both times.
    mkdirSync(pauseDir, { recursive: true });
    writeFileSync(join(pauseDir, 'desk-bot.json'), '{not json');
    expect((await callEcho(ledger, pauseDir, 'garbled')).text).toContain('fail closed');
    rmSync(join(pauseDir, 'desk-bot.json'));
    if (process.getuid?.() !== 0) {
      chmodSync(pauseDir, 0o000);
      try {
        expect((await callEcho(ledger, pauseDir, 'unreadable')).text).toContain('fail closed');
      } finally {
        chmodSync(pauseDir, 0o700);
      }
    }
  }, 120_000);
});
