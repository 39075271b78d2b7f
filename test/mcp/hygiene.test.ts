import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditor, fileLedger, listStreams, readEvents } from '@agent-audit/core';
import type { AuditEvent } from '@agent-audit/core';
import { createMcpProxy } from '@agent-audit/mcp-proxy';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { EVERYTHING } from './helpers.js';
import { readAll, waitForExit, waitForOutput } from './wait.js';

// Issue 14, item 7 (proxy hygiene) and item 4 (arguments without "--"), through the built CLI
// (`packages/cli/dist/bin.js`) in front of real server processes.
const BIN = resolve(import.meta.dirname, '../../packages/cli/dist/bin.js');
const GITHUB_SECRET = 'ghp_Hy9Gi8Ene7Tes6Tss5Ecr4Et3Ab2Cd1Ef0Gh';
const PROXY_TOKEN = 'Zq7Lm2Np9Xs4Kd8Wv3Tb';

async function ledgerEvents(dir: string): Promise<AuditEvent[]> {
  const out: AuditEvent[] = [];
  for (const stream of await listStreams(dir)) for await (const event of readEvents(dir, { stream })) out.push(event);
  return out;
}

function post(port: number, body: string, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  return new Promise((resolvePost, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/mcp', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), ...headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolvePost({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** `agent-audit verify` of the same build that wrote the ledger. */
async function cliVerify(dir: string, env: NodeJS.ProcessEnv): Promise<{ code: number | string; output: string }> {
  const child = spawn(process.execPath, [BIN, 'verify', dir], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const [stdout, stderr, code] = await Promise.all([readAll(child.stdout), readAll(child.stderr), waitForExit(child)]);
  return { code, output: stdout + stderr };
}

const INIT = { jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } } };

describe.skipIf(!existsSync(BIN))('mcp-proxy hygiene (built CLI, real servers)', () => {
  let work: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'mcp-hygiene-'));
    env = { PATH: process.env.PATH ?? '', HOME: work, AGENT_AUDIT_HOME: join(work, 'home') };
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('takes the first non-option as the server command (no "--"), the server keeping its own options', async () => {
    const ledger = join(work, 'no-dashes');
    // `--no-warnings` after the command belongs to node, not to the proxy.
    const transport = new StdioClientTransport({ command: process.execPath, args: [BIN, 'mcp-proxy', '--ledger', ledger, process.execPath, '--no-warnings', EVERYTHING, 'stdio'], env, stderr: 'pipe' });
    const client = new Client({ name: 'no-dashes', version: '1' });
    await client.connect(transport);
    expect(client.getServerVersion()?.name).toBe('mcp-servers/everything');
    expect((await client.callTool({ name: 'echo', arguments: { message: 'plain' } })).content).toEqual([{ type: 'text', text: 'Echo: plain' }]);
    await client.close();
    const events = await ledgerEvents(ledger);
    expect(events.filter((e) => e.type === 'tool.result').map((e) => e.tool?.name)).toEqual(['echo']);
  });

  it('says how to write the command line when an option is unknown', async () => {
    const child = spawn(process.execPath, [BIN, 'mcp-proxy', '--ledger', join(work, 'x'), '--verbose', 'node', 'server.js'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const stderr = readAll(child.stderr);
    expect(await waitForExit(child)).toBe(2);
    const text = await stderr;
    expect(text).toContain('unknown option --verbose');
    expect(text).toContain('mcp-proxy [options] <command> [args...]');
    expect(text).toContain('"--" before the command is accepted too');
  });

  it('hands JSON-RPC ids back exactly as sent over stdio, 2^53 + 1 included (shared case 09)', async () => {
    const ledger = join(work, 'ids');
    const child = spawn(process.execPath, [BIN, 'mcp-proxy', '--ledger', ledger, process.execPath, EVERYTHING, 'stdio'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    child.stderr.resume();
    const lines = (text: string): string[] => text.split('\n').filter((line) => line.trim() !== '');
    const initialized = waitForOutput(child.stdout, (text) => text.includes('"id":"init"'), 'the initialize answer');
    child.stdin.write('{"jsonrpc":"2.0","id":"init","method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"t","version":"1"}}}\n');
    await initialized;
    // Ids as raw JSON text, as a client may legally send them.
    const ids = ['9007199254740993', '1', '"1"', '0', '-7', '"ü-\\u00e9"', '1e3', '-18446744073709551617'];
    // The server also sends notifications of its own: wait for the answers themselves.
    const answered = waitForOutput(child.stdout, (text) => ids.every((_, index) => text.includes(`Echo: t${index}"`)), `${ids.length} answers`);
    child.stdin.write('{"jsonrpc":"2.0","method":"notifications/initialized"}\n');
    for (const [index, id] of ids.entries()) {
      child.stdin.write(`{"jsonrpc":"2.0","id":${id},"method":"tools/call","params":{"name":"echo","arguments":{"message":"t${index}"}}}\n`);
    }
    const out = lines(await answered);
    // Progress tokens come back exact too.
    const progressed = waitForOutput(child.stdout, (text) => text.includes('"id":"long"'), 'the long operation');
    child.stdin.write('{"jsonrpc":"2.0","id":"long","method":"tools/call","params":{"name":"trigger-long-running-operation","arguments":{"duration":0.2,"steps":2},"_meta":{"progressToken":18446744073709551615}}}\n');
    expect([...(await progressed).matchAll(/"progressToken":([^,}]+)/g)].map((m) => m[1])).toEqual(['18446744073709551615', '18446744073709551615']);
    child.stdin.end();
    expect(await waitForExit(child)).toBe(0);
    for (const [index, id] of ids.entries()) {
      const line = out.find((l) => l.includes(`Echo: t${index}"`));
      expect(line, `answer to id ${id}`).toBeDefined();
      const rawId = /^\{"jsonrpc":"2\.0","id":(-?[0-9.eE+]+|"(?:[^"\\]|\\.)*")/.exec(line!)?.[1] ?? /"id":(-?[0-9.eE+]+|"(?:[^"\\]|\\.)*")\}$/.exec(line!)?.[1];
      // Same JSON value; integers too large for a double come back digit for digit.
      expect(JSON.parse(rawId!)).toEqual(JSON.parse(id));
      if (/^-?\d{16,}$/.test(id)) expect(rawId).toBe(id);
    }
    const calls = (await ledgerEvents(ledger)).filter((e) => e.type === 'tool.call');
    expect(calls.map((e) => e.tool?.callId)).toContain('9007199254740993');
    expect(calls.map((e) => (e.attrs?.mcp as { requestId: { downstream: unknown } }).requestId.downstream)).toContain('-18446744073709551617');
    expect(await cliVerify(ledger, env)).toMatchObject({ code: 0 });
  });

  it('HTTP: the server does not inherit the proxy token, and refused initializes start no server (shared case 04)', async () => {
    const ledger = join(work, 'http');
    const spawnLog = join(work, 'spawns.log');
    const wrapper = join(work, 'upstream.sh');
    // Logs every server start before node even loads.
    writeFileSync(wrapper, `#!/bin/sh\necho $$ >> '${spawnLog}'\nexec '${process.execPath}' '${EVERYTHING}' stdio\n`);
    const child = spawn(process.execPath, [BIN, 'mcp-proxy', '--ledger', ledger, '--http', '0', '/bin/sh', wrapper], {
      env: { ...env, AGENT_AUDIT_MCP_TOKEN: `ops:${PROXY_TOKEN}`, AGENT_AUDIT_VAULT_CAPABILITY: 'cap-secret-value-1', GITHUB_TOKEN: GITHUB_SECRET },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const listening = await waitForOutput(child.stderr, (text) => /listening on (\S+)/.test(text), 'the listening line');
    const url = /listening on (\S+)/.exec(listening)![1]!;
    const port = Number(new URL(url).port);
    const auth = { authorization: `Bearer ${PROXY_TOKEN}` };

    // Twenty initializes the SDK transport refuses (an Accept header it does not serve).
    const refused = await Promise.all(Array.from({ length: 20 }, () => post(port, JSON.stringify(INIT), { ...auth, accept: 'text/plain' })));
    expect(new Set(refused.map((r) => r.status))).toEqual(new Set([406]));
    expect(existsSync(spawnLog)).toBe(false);

    const transport = new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers: auth } });
    const client = new Client({ name: 'env-check', version: '1' });
    await client.connect(transport);
    const result = await client.callTool({ name: 'get-env', arguments: {} });
    const text = JSON.stringify(result.content);
    expect(text).toContain(GITHUB_SECRET); // the client's environment still reaches the server
    expect(text).not.toContain(PROXY_TOKEN);
    expect(text).not.toContain('cap-secret-value-1');
    expect(text).not.toContain('AGENT_AUDIT_');
    await transport.terminateSession();
    await client.close();
    child.kill('SIGTERM');
    expect(await waitForExit(child)).toBe(0);
    // The proxy has waited for its servers to exit: every start is in the log by now.
    expect(readFileSync(spawnLog, 'utf8').trim().split('\n')).toHaveLength(1);
    const events = await ledgerEvents(ledger);
    expect(events.filter((e) => e.type === 'conversation.start')).toHaveLength(1);
    expect(await cliVerify(ledger, env)).toMatchObject({ code: 0 });
  });
});

describe('mcp-proxy HTTP request bodies', () => {
  it('answers 408 and closes the connection when a body does not arrive in time, starting no server', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcp-body-timeout-'));
    const errors: Error[] = [];
    const auditor = createAuditor({ agent: { id: 'body-timeout' }, sink: fileLedger({ dir: join(dir, 'ledger'), keyDir: join(dir, 'keys'), fsync: false }), onError: (e) => errors.push(e) });
    let starts = 0;
    const proxy = createMcpProxy({
      auditor,
      upstreams: {
        counted: {
          transport: () => {
            starts++;
            throw new Error('no session should reach its upstream in this test');
          },
        },
      },
    });
    const server = await proxy.listen({ bodyTimeoutMs: 300 });
    try {
      const answer = await new Promise<{ status: number; text: string; closed: boolean }>((resolveAnswer, reject) => {
        const req = request({ host: '127.0.0.1', port: server.port, path: '/mcp', method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', 'content-length': '400' } }, (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => req.socket?.once('close', () => resolveAnswer({ status: res.statusCode ?? 0, text, closed: true })));
        });
        req.on('error', reject);
        req.write(JSON.stringify(INIT).slice(0, 40)); // and then nothing more
      });
      expect(answer.status).toBe(408);
      expect(JSON.parse(answer.text)).toMatchObject({ jsonrpc: '2.0', id: null, error: { code: -32600 } });
      expect(answer.closed).toBe(true);
      expect(errors.map((e) => (e as Error & { code?: string }).code)).toContain('request_timeout');
      expect(starts).toBe(0);
      expect(server.sessions).toBe(0);
    } finally {
      await proxy.close();
      await auditor.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('mcp-proxy HTTP sessions being started', () => {
  it('count against maxSessions: a second initialize while the first is starting gets 503', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcp-starting-'));
    const auditor = createAuditor({ agent: { id: 'starting' }, sink: fileLedger({ dir: join(dir, 'ledger'), keyDir: join(dir, 'keys'), fsync: false }), onError: () => {} });
    // The upstream is a real SDK McpServer in memory, whose connection only starts when the test says so.
    let release!: () => void;
    const gate = new Promise<void>((resolveGate) => (release = resolveGate));
    let starting!: () => void;
    const firstStarting = new Promise<void>((resolveStarting) => (starting = resolveStarting));
    const proxy = createMcpProxy({
      auditor,
      upstreams: {
        gated: {
          transport: () => {
            const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
            const server = new McpServer({ name: 'gated', version: '1.0.0' });
            void server.connect(serverSide);
            const start = clientSide.start.bind(clientSide);
            clientSide.start = async () => {
              starting();
              await gate;
              await start();
            };
            return clientSide;
          },
        },
      },
    });
    const server = await proxy.listen({ maxSessions: 1 });
    try {
      const headers = { accept: 'application/json, text/event-stream', host: `127.0.0.1:${server.port}` };
      const first = post(server.port, JSON.stringify(INIT), headers);
      await firstStarting;
      const second = await post(server.port, JSON.stringify(INIT), headers);
      expect(second.status).toBe(503);
      release();
      expect((await first).status).toBe(200);
      expect(server.sessions).toBe(1);
    } finally {
      release();
      await proxy.close();
      await auditor.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
