import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { createMcpProxy, mcpSessionPseudonym, type McpHttpServer, type McpProxy } from '@agent-audit/mcp-proxy';
import { main } from '../../packages/cli/src/main.js';
import { auditHarness, HOSTILE, type AuditHarness } from './helpers.js';

// The adapters' probe of 2026-12-07, L3: over HTTP, a caller's span comes from
// `params._meta.traceparent` or the `traceparent` request header. A malformed `_meta` value beside
// a valid header put the call in the session's trace: the first valid of them is used now.
// L2: the downstream Mcp-Session-Id (a credential: without bearer tokens all a local process needs
// to drive a live session) was the events' `session` in clear: its pseudonym is recorded instead.
const hostile = { command: process.execPath, args: [HOSTILE], stderr: 'ignore' as const };
const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const HEADER_SPAN = '00f067aa0ba902b7';
const META_SPAN = 'b7ad6b7169203331';

describe('mcp-proxy over HTTP: the caller span from _meta.traceparent or the traceparent header', () => {
  let audit: AuditHarness;
  let proxy: McpProxy;
  let server: McpHttpServer;

  beforeAll(async () => {
    audit = auditHarness('http-trace');
    proxy = createMcpProxy({ auditor: audit.auditor, upstreams: { hostile } });
    server = await proxy.listen();
  });
  afterAll(async () => {
    await proxy?.close();
    audit?.cleanup();
  });

  async function callWith(header: string | undefined, meta: string | undefined, message: string): Promise<{ parentSpanId: string | undefined; traceId: string | undefined; seenMeta: unknown }> {
    const transport = new StreamableHTTPClientTransport(new URL(server.url), header ? { requestInit: { headers: { traceparent: header } } } : undefined);
    const client = new Client({ name: 'trace-test', version: '1' });
    await client.connect(transport);
    try {
      const result = await client.callTool({ name: 'echo', arguments: { message }, ...(meta !== undefined ? { _meta: { traceparent: meta } } : {}) });
      const events = await audit.events();
      const call = events.find((e) => e.type === 'tool.call' && (e.tool?.arguments as { message?: string } | undefined)?.message === message);
      expect(call, `tool.call of ${message}`).toBeDefined();
      return { parentSpanId: call?.trace?.parentSpanId, traceId: call?.trace?.traceId, seenMeta: (result._meta as { seenMeta?: unknown } | undefined)?.seenMeta };
    } finally {
      await client.close();
    }
  }

  it('a malformed _meta.traceparent gives way to a valid header', async () => {
    const malformed = `00-${'a'.repeat(32)}-${'b'.repeat(16)}-01 trailing`;
    const r = await callWith(`00-${TRACE}-${HEADER_SPAN}-01`, malformed, 'malformed meta');
    expect(r.traceId).toBe(TRACE);
    expect(r.parentSpanId).toBe(HEADER_SPAN);
    // Upstream gets the proxy's own span for the call, in the caller's trace, not the malformed value.
    expect((r.seenMeta as { traceparent?: string }).traceparent).toMatch(new RegExp(`^00-${TRACE}-[0-9a-f]{16}-01$`));
  });

  it('a valid _meta.traceparent wins over a valid header, and a malformed header leaves a valid _meta alone', async () => {
    const both = await callWith(`00-${TRACE}-${HEADER_SPAN}-01`, `00-${TRACE}-${META_SPAN}-01`, 'both valid');
    expect(both.parentSpanId).toBe(META_SPAN);
    const badHeader = await callWith('00-zz-not-a-traceparent', `00-${TRACE}-${META_SPAN}-01`, 'bad header');
    expect(badHeader.parentSpanId).toBe(META_SPAN);
  });

  it('records the session as the pseudonym of its Mcp-Session-Id, never the id; its events join by it and `agent-audit query --session` finds them', async () => {
    const transport = new StreamableHTTPClientTransport(new URL(server.url));
    const client = new Client({ name: 'session-test', version: '1' });
    await client.connect(transport);
    const sessionId = transport.sessionId as string;
    expect(sessionId).toMatch(/^[0-9a-f-]{36}$/);
    await client.callTool({ name: 'echo', arguments: { message: 'session one' } });
    await client.callTool({ name: 'echo', arguments: { message: 'session two' } });
    await transport.terminateSession();
    await client.close();
    const pseudonym = mcpSessionPseudonym(sessionId);
    expect(pseudonym).toMatch(/^mcp-[0-9a-f]{32}$/);
    const events = (await audit.events()).filter((e) => e.session === pseudonym);
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['conversation.start', 'tool.call', 'tool.result', 'conversation.end']));
    expect(events.filter((e) => e.type === 'tool.call')).toHaveLength(2);
    // Not in any event, nor anywhere in the ledger's files.
    const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)]));
    for (const file of files(audit.dir)) expect(readFileSync(file, 'utf8'), file).not.toContain(sessionId);
    // The read side filters by it as by any session.
    const stdout = new PassThrough();
    let out = '';
    stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const code = await main(['query', audit.dir, '--session', pseudonym, '--format', 'json'], { stdin: new PassThrough(), stdout, stderr: new PassThrough(), env: {} });
    expect(code).toBe(0);
    const found = out.trim().split('\n').map((line) => JSON.parse(line) as { session?: string; type: string });
    expect(found.length).toBe(events.length);
    expect(found.every((e) => e.session === pseudonym)).toBe(true);
  });
});
