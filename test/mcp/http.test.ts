import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Progress } from '@modelcontextprotocol/sdk/types.js';
import { createMcpProxy, McpProxyError, mcpSessionPseudonym, type McpHttpServer, type McpProxy } from '@agent-audit/mcp-proxy';
import { auditHarness, byType, connectInMemory, danglingParents, EVERYTHING, freePort, testClient, type AuditHarness } from './helpers.js';
import { waitUntil } from '../wait.js';

const TOKEN = 'tok_0123456789abcdef0123';
const everythingStdio = { command: process.execPath, args: [EVERYTHING, 'stdio'], stderr: 'ignore' as const };

function httpClient(url: string, token?: string, seen?: Parameters<typeof testClient>[0]): { client: Client; transport: StreamableHTTPClientTransport } {
  const transport = new StreamableHTTPClientTransport(new URL(url), token ? { requestInit: { headers: { authorization: `Bearer ${token}` } } } : undefined);
  return { client: testClient(seen), transport };
}

function raw(url: string, options: { method?: string; headers?: Record<string, string>; body?: string }): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'POST', headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...options.headers } }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const INIT = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } } });

describe('downstream Streamable HTTP', () => {
  let audit: AuditHarness;
  let proxy: McpProxy;
  let server: McpHttpServer;

  beforeAll(async () => {
    audit = auditHarness('http');
    proxy = createMcpProxy({ auditor: audit.auditor, upstreams: { everything: everythingStdio }, maxMessageBytes: 64 * 1024 });
    server = await proxy.listen({ tokens: [{ token: TOKEN, subject: 'ops-alice' }] });
  });

  afterAll(async () => {
    await proxy?.close();
    audit?.cleanup();
  });

  it('binds 127.0.0.1 and serves an authenticated client: tools, progress, sampling relay', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/mcp$/);
    const seen = { sampling: [] as unknown[], elicitation: [] as unknown[], roots: 0 };
    const { client, transport } = httpClient(server.url, TOKEN, seen);
    await client.connect(transport);
    expect(transport.sessionId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await client.callTool({ name: 'echo', arguments: { message: 'over http' } })).content).toEqual([{ type: 'text', text: 'Echo: over http' }]);
    const progress: Progress[] = [];
    await client.callTool({ name: 'trigger-long-running-operation', arguments: { duration: 0.3, steps: 3 } }, undefined, { onprogress: (p) => progress.push(p) });
    expect(progress.length).toBeGreaterThanOrEqual(2);
    const sampled = await client.callTool({ name: 'trigger-sampling-request', arguments: { prompt: 'over http?' } });
    expect(JSON.stringify(sampled.content)).toContain('sampled answer');
    expect(seen.sampling).toHaveLength(1);
    const sessionId = transport.sessionId;
    await transport.terminateSession();
    await client.close();
    // The session id is a credential: events carry its pseudonym (probe 2026-12-07 L2).
    const events = (await audit.events()).filter((e) => e.session === mcpSessionPseudonym(sessionId!));
    expect(events.length).toBeGreaterThan(5);
    expect(events.every((e) => e.actor?.id === 'ops-alice' && e.actor.type === 'user')).toBe(true);
    const start = byType(events, 'conversation.start')[0]!;
    expect((start.attrs?.mcp as { transport: string }).transport).toBe('http');
    expect(byType(events, 'sampling.request')[0]!.trace.parentSpanId).toBe(byType(events, 'tool.call').find((e) => e.tool?.name === 'trigger-sampling-request')!.trace.spanId);
    expect(danglingParents(events)).toEqual([]);
  });

  it('gives every client its own session and upstream', async () => {
    const seenA = { sampling: [] as unknown[], elicitation: [] as unknown[], roots: 0 };
    const seenB = { sampling: [] as unknown[], elicitation: [] as unknown[], roots: 0 };
    const a = httpClient(server.url, TOKEN, seenA);
    const b = httpClient(server.url, TOKEN, seenB);
    await a.client.connect(a.transport);
    await b.client.connect(b.transport);
    expect(a.transport.sessionId).not.toBe(b.transport.sessionId);
    expect(server.sessions).toBeGreaterThanOrEqual(2);
    await Promise.all([a.client.callTool({ name: 'echo', arguments: { message: 'a' } }), b.client.callTool({ name: 'echo', arguments: { message: 'b' } })]);
    // Sampling requests of each session's server reach that session's client only.
    await Promise.all([
      a.client.callTool({ name: 'trigger-sampling-request', arguments: { prompt: 'for client A' } }),
      b.client.callTool({ name: 'trigger-sampling-request', arguments: { prompt: 'for client B' } }),
    ]);
    expect(seenA.sampling.map((p) => JSON.stringify(p).includes('for client A'))).toEqual([true]);
    expect(seenB.sampling.map((p) => JSON.stringify(p).includes('for client B'))).toEqual([true]);
    const events = await audit.events();
    const echoes = byType(events, 'tool.result').filter((e) => e.tool?.name === 'echo' && (e.session === mcpSessionPseudonym(a.transport.sessionId!) || e.session === mcpSessionPseudonym(b.transport.sessionId!)));
    expect(new Set(echoes.map((e) => e.session)).size).toBe(2);
    await a.client.close();
    await b.client.close();
  });

  it('refuses missing or wrong tokens, foreign Host and Origin, oversized bodies, unknown sessions', async () => {
    expect((await raw(server.url, { body: INIT })).status).toBe(401);
    expect((await raw(server.url, { body: INIT, headers: { authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(401);
    const auth = { authorization: `Bearer ${TOKEN}` };
    expect((await raw(server.url, { body: INIT, headers: { ...auth, host: 'evil.example:80' } })).status).toBe(403);
    expect((await raw(server.url, { body: INIT, headers: { ...auth, origin: 'http://evil.example' } })).status).toBe(403);
    expect((await raw(server.url, { body: `{"jsonrpc":"2.0","id":1,"method":"ping","params":{"x":"${'z'.repeat(70 * 1024)}"}}`, headers: auth })).status).toBe(413);
    expect((await raw(server.url, { body: '{not json', headers: auth })).status).toBe(400);
    expect((await raw(server.url, { body: INIT, headers: { ...auth, 'mcp-session-id': 'no-such-session' } })).status).toBe(404);
    const allowedOrigin = `http://127.0.0.1:${server.port}`;
    const ok = await raw(server.url, { body: INIT, headers: { ...auth, origin: allowedOrigin } });
    expect(ok.status).toBe(200);
    expect(ok.body).toContain('"serverInfo"');
  });

  it('answers an oversized body that is still being sent with 413, not a reset (the rest is read and thrown away first)', async () => {
    // The default 4 MiB limit and a 5 MiB body, written 64 KiB at a time (more than socket buffers
    // hold past the limit), with and without a declared length. Before, the server closed as soon
    // as the limit was passed and the client's next write failed with EPIPE/ECONNRESET, most
    // often before it read the 413.
    const big = createMcpProxy({ auditor: audit.auditor, upstreams: { everything: everythingStdio } });
    const bigServer = await big.listen({ tokens: [{ token: TOKEN, subject: 'ops-alice' }] });
    // Settles when the request is closed, with the status and any error the client saw on the way
    // (an EPIPE after the answer counts too: the client could not finish sending).
    const send = (declared: boolean) =>
      new Promise<{ status: number; error?: string }>((resolve) => {
        const total = 5 * 1024 * 1024;
        const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json, text/event-stream', authorization: `Bearer ${TOKEN}` };
        if (declared) headers['content-length'] = String(total);
        let status = 0;
        let error: string | undefined;
        const req = request(bigServer.url, { method: 'POST', headers }, (res) => {
          status = res.statusCode ?? 0;
          res.resume();
        });
        req.on('error', (e) => (error = (e as NodeJS.ErrnoException).code ?? e.message));
        req.on('close', () => resolve({ status, ...(error ? { error } : {}) }));
        let sent = 0;
        const chunk = Buffer.alloc(64 * 1024, 0x7a);
        const next = (): void => {
          if (sent >= total) return void req.end();
          sent += chunk.length;
          if (req.write(chunk)) setImmediate(next);
          else req.once('drain', next);
        };
        next();
      });
    try {
      for (let i = 0; i < 3; i++) {
        expect(await send(true)).toEqual({ status: 413 });
        expect(await send(false)).toEqual({ status: 413 });
      }
    } finally {
      await big.close();
    }
  });

  it('will not bind a non-loopback address without authentication', async () => {
    const error = await proxy.listen({ host: '0.0.0.0' }).catch((e: unknown) => e);
    expect(McpProxyError.isInstance(error)).toBe(true);
    expect((error as McpProxyError).code).toBe('unsafe_bind');
  });

  it('closes a session that has been idle, and its client must initialize again', async () => {
    // No assumption about how fast this machine answers: the session is only checked after the
    // proxy has closed it, and the wait is for that, bounded only to fail.
    const idle = await proxy.listen({ tokens: [{ token: TOKEN, subject: 'alice' }], sessionIdleMs: 150 });
    const auth = { authorization: `Bearer ${TOKEN}` };
    const init = await raw(idle.url, { body: INIT, headers: auth });
    expect(init.status).toBe(200);
    const sessionId = init.headers['mcp-session-id'] as string;
    expect(sessionId).toMatch(/\S/);
    const list = () => raw(idle.url, { body: JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'tools/list' }), headers: { ...auth, 'mcp-session-id': sessionId, 'mcp-protocol-version': '2025-06-18' } });
    await waitUntil(() => idle.sessions === 0, 'the idle session to be closed');
    expect((await list()).status).toBe(404);
    const again = await raw(idle.url, { body: INIT, headers: auth });
    expect(again.status).toBe(200);
    expect(again.headers['mcp-session-id']).not.toBe(sessionId);
    await idle.close();
  });

  it('hands integer ids beyond 2^53 back digit for digit, in body text sent with fetch', async () => {
    const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', accept: 'application/json, text/event-stream' };
    const post = async (body: string, session?: string) => {
      const response = await fetch(server.url, { method: 'POST', headers: session ? { ...headers, 'mcp-session-id': session, 'mcp-protocol-version': '2025-06-18' } : headers, body });
      return { status: response.status, session: response.headers.get('mcp-session-id') ?? undefined, text: await response.text() };
    };
    // The id of each SSE message, as raw JSON text.
    const ids = (text: string) => [...text.matchAll(/^data: \{"jsonrpc":"2\.0","id":(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|"(?:[^"\\]|\\.)*")/gm)].map((m) => m[1]);
    // Even the initialize itself.
    const init = await post('{"jsonrpc":"2.0","id":9007199254740993,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"raw-ids","version":"1"}}}');
    expect(init.status).toBe(200);
    expect(ids(init.text)).toEqual(['9007199254740993']);
    expect(init.text).toContain('"serverInfo"');
    expect((await post('{"jsonrpc":"2.0","method":"notifications/initialized"}', init.session)).status).toBe(202);
    const call = (id: string, message: string) => post(`{"jsonrpc":"2.0","id":${id},"method":"tools/call","params":{"name":"echo","arguments":{"message":"${message}"}}}`, init.session);
    // Number ids JSON.parse would change (`…993.0` rounds, `1.0`, `-0`, `1E2` normalise, `1e400` is
    // Infinity) come back as the same text, as over stdio.
    const inexact = ['9007199254740993.0', '1.0', '-0', '1E2', '1e400'];
    for (const id of ['9007199254740995', '-18446744073709551617', '123456789012345678901234567890', '5', '9007199254740991', '"9007199254740993"', ...inexact]) {
      const answer = await call(id, `id ${id.replace(/"/g, '')}`);
      expect(answer.status, id).toBe(200);
      expect(ids(answer.text), id).toEqual([id]);
      expect(answer.text, id).toContain(`Echo: id ${id.replace(/"/g, '')}`);
      expect(answer.text, id).not.toContain('exact-id');
    }
    // A request the proxy forwards as it is.
    const ping = await post('{"jsonrpc":"2.0","id":9007199254740997,"method":"ping"}', init.session);
    expect(ids(ping.text)).toEqual(['9007199254740997']);
    // A big progress token comes back exact in each progress notification.
    const long = await post('{"jsonrpc":"2.0","id":9007199254740999,"method":"tools/call","params":{"name":"trigger-long-running-operation","arguments":{"duration":0.2,"steps":2},"_meta":{"progressToken":18446744073709551615}}}', init.session);
    expect(ids(long.text)).toEqual(['9007199254740999']);
    expect([...long.text.matchAll(/"progressToken":([^,}]+)/g)].map((m) => m[1])).toEqual(['18446744073709551615', '18446744073709551615']);
    const events = await audit.events();
    const recorded = mcpSessionPseudonym(init.session!);
    const calls = byType(events, 'tool.call').filter((e) => e.session === recorded);
    // Big ids are recorded as strings of their digits, as over stdio.
    expect(calls.map((e) => (e.attrs?.mcp as { requestId: { downstream: unknown } }).requestId.downstream)).toEqual(['9007199254740995', '-18446744073709551617', '123456789012345678901234567890', 5, 9007199254740991, '9007199254740993', ...inexact, '9007199254740999']);
    const start = byType(events, 'conversation.start').find((e) => e.session === recorded)!;
    expect((start.attrs?.mcp as { requestId: { downstream: unknown } }).requestId.downstream).toBe('9007199254740993');
    await fetch(server.url, { method: 'DELETE', headers: { ...headers, 'mcp-session-id': init.session!, 'mcp-protocol-version': '2025-06-18' } });
  });

  it('keeps a session to the subject that opened it', async () => {
    const other = 'tok_fedcba9876543210fedc';
    const multi = await proxy.listen({ tokens: [{ token: TOKEN, subject: 'alice' }, { token: other, subject: 'mallory' }] });
    const { client, transport } = httpClient(multi.url, TOKEN);
    await client.connect(transport);
    const hijack = await raw(multi.url, {
      body: JSON.stringify({ jsonrpc: '2.0', id: 9, method: 'tools/list' }),
      headers: { authorization: `Bearer ${other}`, 'mcp-session-id': transport.sessionId!, 'mcp-protocol-version': '2025-06-18' },
    });
    expect(hijack.status).toBe(403);
    await client.close();
    await multi.close();
  });
});

describe('upstream over Streamable HTTP', () => {
  let child: ChildProcess;
  let url: string;
  let audit: AuditHarness;
  let proxy: McpProxy;

  beforeAll(async () => {
    const port = await freePort();
    child = spawn(process.execPath, [EVERYTHING, 'streamableHttp'], { env: { PATH: process.env.PATH ?? '', PORT: String(port) }, stdio: ['ignore', 'ignore', 'pipe'] });
    await new Promise<void>((resolve, reject) => {
      let text = '';
      child.stderr!.on('data', (chunk: Buffer) => {
        text += chunk.toString();
        if (text.includes('listening on port')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`server-everything exited ${code}: ${text}`)));
    });
    url = `http://127.0.0.1:${port}/mcp`;
    audit = auditHarness('http-upstream');
    proxy = createMcpProxy({ auditor: audit.auditor, upstreams: { remote: { url } } });
  });

  afterAll(async () => {
    await proxy?.close();
    child?.kill();
    audit?.cleanup();
  });

  it('proxies tools, sampling and elicitation to an HTTP upstream and records its session', async () => {
    const seen = { sampling: [] as unknown[], elicitation: [] as unknown[], roots: 0 };
    const client = testClient(seen);
    await connectInMemory(proxy, client);
    const direct = testClient();
    const directTransport = new StreamableHTTPClientTransport(new URL(url));
    await direct.connect(directTransport);
    expect(client.getServerVersion()).toEqual(direct.getServerVersion());
    expect((await client.callTool({ name: 'get-sum', arguments: { a: 1, b: 2 } })).content).toEqual((await direct.callTool({ name: 'get-sum', arguments: { a: 1, b: 2 } })).content);
    const sampled = await client.callTool({ name: 'trigger-sampling-request', arguments: { prompt: 'via http upstream' } });
    expect(JSON.stringify(sampled.content)).toContain('sampled answer');
    const elicited = await client.callTool({ name: 'trigger-elicitation-request', arguments: {} });
    expect(JSON.stringify(elicited.content)).toContain('Ada Lovelace');
    expect(seen.sampling).toHaveLength(1);
    expect(seen.elicitation).toHaveLength(1);
    await directTransport.terminateSession();
    await direct.close();
    await client.close();
    const events = await waitUntil(async () => {
      const all = await audit.events();
      return byType(all, 'sampling.result').length === 1 && byType(all, 'elicitation.result').length === 1 && byType(all, 'tool.result').some((e) => e.tool?.name === 'get-sum') ? all : undefined;
    }, 'the session\'s results in the ledger');
    const start = byType(events, 'conversation.start')[0]!;
    const upstream = (start.attrs?.mcp as { upstreams: { remote: { sessionId: string; transport: string; protocolVersion: string } } }).upstreams.remote;
    expect(upstream.transport).toBe('http');
    // The core's redactor treats session ids as secrets: the ledger keeps a keyed pseudonym,
    // the same one in every event of the session, so they still join.
    expect(typeof upstream.sessionId).toBe('string');
    expect(upstream.sessionId.length).toBeGreaterThan(8);
    const result = byType(events, 'tool.result').find((e) => e.tool?.name === 'get-sum')!;
    expect((result.attrs?.mcp as { upstreamSessionId: string }).upstreamSessionId).toBe(upstream.sessionId);
    expect(byType(events, 'sampling.result')).toHaveLength(1);
    expect(byType(events, 'elicitation.result')).toHaveLength(1);
    expect((await audit.verify()).ok).toBe(true);
  });
});
