// Issue 19: over stdio the proxy serves one client, so all its events are of one session, which the
// sealing pool keeps on one thread: the proxy starts that one thread only (a second loaded a redactor,
// half a second of CPU beside the client and the server, then sat idle). Over HTTP, several client
// sessions share the default pool. The proxy runs in this process (`mcpProxyCommand`), so the pool's
// test hooks see every thread it starts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { readEvents, verifyLedger } from '@agent-audit/core';
import { sealingWorkerTestHooks } from '../../../core/src/auditor/pipeline.js';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { mcpProxyCommand } from './mcp-proxy.js';
import { unexpectedStderr } from '../../../../test/mcp/stderr-lines.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const EVERYTHING = path.join(root, 'packages/mcp-proxy/node_modules/@modelcontextprotocol/server-everything/dist/index.js');

afterEach(() => {
  delete sealingWorkerTestHooks.startAfterEvents;
  delete sealingWorkerTestHooks.onWorkerStart;
  delete sealingWorkerTestHooks.onReady;
});

/** Reads JSON-RPC lines from the proxy's stdout, by id. */
function answers(stdout: PassThrough): (id: number) => Promise<Record<string, unknown>> {
  const waiting = new Map<number, (message: Record<string, unknown>) => void>();
  const got = new Map<number, Record<string, unknown>>();
  let buffered = '';
  stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    for (let end = buffered.indexOf('\n'); end >= 0; end = buffered.indexOf('\n')) {
      const message = JSON.parse(buffered.slice(0, end)) as Record<string, unknown>;
      buffered = buffered.slice(end + 1);
      if (typeof message.id !== 'number') continue;
      const wake = waiting.get(message.id);
      if (wake) wake(message);
      else got.set(message.id, message);
    }
  });
  return (id) => got.has(id) ? Promise.resolve(got.get(id) as Record<string, unknown>) : new Promise((resolve) => waiting.set(id, resolve));
}

describe('agent-audit mcp-proxy over stdio: one sealing thread', () => {
  it('starts one sealing thread for its one client session; the ledger verifies, seq without gaps', async () => {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'mcp-threads-'));
    const ledger = path.join(scratch, 'ledger');
    sealingWorkerTestHooks.startAfterEvents = 0;
    let started = 0;
    sealingWorkerTestHooks.onWorkerStart = () => {
      started++;
    };
    const poolReady = new Promise<void>((resolve) => {
      sealingWorkerTestHooks.onReady = resolve;
    });
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    let stderr = '';
    const err = new PassThrough();
    err.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const answer = answers(stdout);
    const send = (message: Record<string, unknown>): void => {
      stdin.write(`${JSON.stringify({ jsonrpc: '2.0', ...message })}\n`);
    };
    try {
      const exit = mcpProxyCommand(['--ledger', ledger, '--', process.execPath, EVERYTHING, 'stdio'], { stdin, stdout, stderr: err, env: {} });
      send({ id: 0, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'threads-test', version: '1' } } });
      expect(await answer(0)).toHaveProperty('result');
      send({ method: 'notifications/initialized' });
      // Every thread the pool would start is ready before the calls (onReady: all of them).
      await poolReady;
      for (let i = 1; i <= 40; i++) {
        send({ id: i, method: 'tools/call', params: { name: 'echo', arguments: { message: `call ${i} from amara.okafor@example.com` } } });
        expect(await answer(i)).toHaveProperty('result');
      }
      stdin.end();
      expect(await exit).toBe(0);
      expect(started).toBe(1);
      const verified = await verifyLedger(ledger);
      expect(verified.ok).toBe(true);
      const events = [];
      for await (const event of readEvents(ledger)) events.push(event);
      // initialize's conversation.start, 40 calls and results, conversation.end: seq without gaps.
      expect(events.map((event) => event.seq)).toEqual(events.map((_, i) => i));
      expect(events.filter((event) => event.type === 'tool.call')).toHaveLength(40);
      expect(JSON.stringify(events)).not.toContain('amara.okafor@example.com');
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
    // Nothing on stderr but the documented close-wait notice of a busy machine (stderr-lines.ts).
    expect(unexpectedStderr(stderr)).toEqual([]);
  }, 60_000);
});

describe('agent-audit mcp-proxy over HTTP: the default pool', () => {
  it('starts the default pool of two threads, as its client sessions run in parallel', async () => {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'mcp-threads-http-'));
    const ledger = path.join(scratch, 'ledger');
    sealingWorkerTestHooks.startAfterEvents = 0;
    let started = 0;
    sealingWorkerTestHooks.onWorkerStart = () => {
      started++;
    };
    const poolReady = new Promise<void>((resolve) => {
      sealingWorkerTestHooks.onReady = resolve;
    });
    const stdin = new PassThrough();
    const err = new PassThrough();
    let stderr = '';
    const listening = new Promise<string>((resolve) => {
      err.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        const match = /listening on (http:\/\/\S+)/.exec(stderr);
        if (match) resolve(match[1] as string);
      });
    });
    const othersListening = process.listeners('SIGTERM');
    const exit = mcpProxyCommand(['--ledger', ledger, '--http', '0', '--', process.execPath, EVERYTHING, 'stdio'], { stdin, stdout: new PassThrough(), stderr: err, env: {} });
    const url = await listening;
    const clients = [new Client({ name: 'a', version: '1' }), new Client({ name: 'b', version: '1' })];
    try {
      for (const client of clients) await client.connect(new StreamableHTTPClientTransport(new URL(url)));
      await poolReady;
      for (const client of clients) await client.callTool({ name: 'echo', arguments: { message: 'hello' } });
      expect(started).toBe(2);
    } finally {
      for (const client of clients) await client.close();
      // The proxy's own stop handler, as a SIGTERM would call it (no other listener of this process runs).
      for (const stop of process.listeners('SIGTERM').filter((listener) => !othersListening.includes(listener))) (stop as (signal: NodeJS.Signals) => void)('SIGTERM');
      expect(await exit).toBe(0);
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  }, 60_000);
});
