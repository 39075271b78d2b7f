import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { McpError } from '@modelcontextprotocol/sdk/types.js';
import { createMcpProxy, ProxyErrorCode, type McpProxy } from '@agent-audit/mcp-proxy';
import { auditHarness, byType, connectInMemory, danglingParents, HOSTILE, type AuditHarness } from './helpers.js';
import { waitUntil } from '../wait.js';

const hostile = { command: process.execPath, args: [HOSTILE], stderr: 'ignore' as const };

async function rpcError(promise: Promise<unknown>): Promise<McpError> {
  const outcome = await promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  if (!('error' in outcome)) throw new Error(`expected a JSON-RPC error, got ${JSON.stringify(outcome.value)}`);
  expect(outcome.error).toBeInstanceOf(McpError);
  return outcome.error as McpError;
}

describe('a hostile upstream', () => {
  let audit: AuditHarness;
  let proxy: McpProxy;
  let client: Client;
  let direct: Client;

  beforeAll(async () => {
    audit = auditHarness('hostile');
    proxy = createMcpProxy({ auditor: audit.auditor, upstreams: { hostile }, maxMessageBytes: 1024 * 1024, requestTimeoutMs: 1500 });
    client = new Client({ name: 'hostile-test', version: '0.0.1' });
    await connectInMemory(proxy, client);
    direct = new Client({ name: 'direct', version: '0.0.1' });
    await direct.connect(new StdioClientTransport(hostile));
  });

  afterAll(async () => {
    await client?.close();
    await direct?.close();
    await proxy?.close();
    audit?.cleanup();
  });

  it('passes pagination cursors through unchanged', async () => {
    const first = await client.listTools();
    expect(first).toEqual(await direct.listTools());
    expect(first.nextCursor).toBe('2');
    const names = first.tools.map((t) => t.name);
    let cursor = first.nextCursor;
    while (cursor) {
      const page = await client.listTools({ cursor });
      expect(page).toEqual(await direct.listTools({ cursor }));
      names.push(...page.tools.map((t) => t.name));
      cursor = page.nextCursor;
    }
    expect(names).toEqual(['echo', 'garbage', 'huge', 'exit', 'rpc-error', 'tool-error', 'hang', 'cancelled']);
    const resources = await client.listResources({ cursor: '4' });
    expect(resources.resources.map((r) => r.uri)).toEqual(['hostile://r/4']);
    expect(resources.nextCursor).toBeUndefined();
  });

  it('passes a JSON-RPC error with its code and data unchanged, recorded as tool.error', async () => {
    const viaProxy = await rpcError(client.callTool({ name: 'rpc-error', arguments: {} }));
    const viaDirect = await rpcError(direct.callTool({ name: 'rpc-error', arguments: {} }));
    expect(viaProxy.code).toBe(-32099);
    expect(viaProxy.data).toEqual({ detail: 'kept as is', n: 7 });
    expect(viaProxy.message).toBe(viaDirect.message);
    const events = await audit.events();
    const event = byType(events, 'tool.error').find((e) => e.tool?.name === 'rpc-error')!;
    expect(event.error).toMatchObject({ type: 'jsonrpc', code: -32099, message: 'custom failure' });
    expect((event.attrs?.mcp as Record<string, unknown>).errorData).toEqual({ detail: 'kept as is', n: 7 });
  });

  it('keeps an isError tool result distinct from a JSON-RPC error', async () => {
    const result = await client.callTool({ name: 'tool-error', arguments: {} });
    expect(result).toEqual({ content: [{ type: 'text', text: 'the tool failed' }], isError: true });
    const events = await audit.events();
    const event = events.find((e) => e.tool?.name === 'tool-error' && e.type !== 'tool.call')!;
    expect(event.type).toBe('tool.result');
    expect(event.outcome).toBe('failure');
    expect(event.error).toEqual({ type: 'tool_error', message: 'the tool failed' });
    expect((event.attrs?.mcp as Record<string, unknown>).isError).toBe(true);
  });

  it('answers with a JSON-RPC error when the upstream replies with a message over the size limit', async () => {
    const error = await rpcError(client.callTool({ name: 'huge', arguments: { bytes: 3 * 1024 * 1024 } }));
    expect(error.code).toBe(ProxyErrorCode.InternalError);
    expect(error.message).toContain('over the proxy');
    const events = await audit.events();
    expect(byType(events, 'error').some((e) => e.error?.code === 'message_too_large')).toBe(true);
    expect(byType(events, 'tool.error').some((e) => e.tool?.name === 'huge')).toBe(true);
    // and the session still works
    expect((await client.callTool({ name: 'echo', arguments: { message: 'still here' } })).content).toEqual([{ type: 'text', text: 'still here' }]);
  });

  it('records a malformed line and answers the caller when the upstream never does', async () => {
    const error = await rpcError(client.callTool({ name: 'garbage', arguments: {} }, undefined, { timeout: 20_000 }));
    expect(error.code).toBe(ProxyErrorCode.RequestTimeout);
    const events = await audit.events();
    const malformed = byType(events, 'error').find((e) => e.error?.code === 'malformed_message')!;
    expect(malformed.error?.message).toContain('not JSON-RPC');
    expect(byType(events, 'tool.error').find((e) => e.tool?.name === 'garbage')?.error?.code).toBe(ProxyErrorCode.RequestTimeout);
  });

  it('forwards cancellation upstream with the upstream request id', async () => {
    const controller = new AbortController();
    const pending = client.callTool({ name: 'hang', arguments: {} }, undefined, { signal: controller.signal });
    // Cancel once the call has gone upstream (its tool.call is recorded), not after a while.
    await waitUntil(async () => byType(await audit.events(), 'tool.call').some((e) => e.tool?.name === 'hang'), 'the hang call to reach the upstream');
    controller.abort('user gave up');
    await expect(pending).rejects.toThrow();
    const events = await audit.events();
    const call = byType(events, 'tool.call').find((e) => e.tool?.name === 'hang')!;
    const upstreamId = (call.attrs?.mcp as { requestId: { upstream: number } }).requestId.upstream;
    const seen = await client.callTool({ name: 'cancelled', arguments: {} });
    expect(JSON.parse((seen.content as Array<{ text: string }>)[0]!.text)).toContain(upstreamId);
    const after = await audit.events();
    const end = byType(after, 'tool.error').find((e) => e.tool?.name === 'hang')!;
    expect(end.error).toEqual({ type: 'AbortError', message: 'cancelled: user gave up' });
    expect(end.outcome).toBe('failure');
    expect(end.attrs?.aborted).toBe(true);
    expect(call.outcome).toBe('pending');
    expect(end.trace.spanId).toBe(call.trace.spanId);
  });

  it('joins the caller trace from _meta.traceparent and forwards its own span upstream', async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const callerSpan = '00f067aa0ba902b7';
    const result = await client.callTool({ name: 'echo', arguments: { message: 'traced' }, _meta: { traceparent: `00-${traceId}-${callerSpan}-01`, custom: 'kept' } });
    const seenMeta = (result._meta as { seenMeta: Record<string, string> }).seenMeta;
    const events = await audit.events();
    const call = byType(events, 'tool.call').find((e) => e.tool?.name === 'echo' && e.trace.traceId === traceId)!;
    expect(call.trace.parentSpanId).toBe(callerSpan);
    expect(seenMeta.custom).toBe('kept');
    expect(seenMeta.traceparent).toBe(`00-${traceId}-${call.trace.spanId}-01`);
    expect(danglingParents(events, new Set([callerSpan]))).toEqual([]);
  });

  it('answers in-flight calls and records it when the upstream exits mid-call', async () => {
    let gone = false;
    const session = await (async () => {
      const lone = createMcpProxy({ auditor: audit.auditor, upstreams: { hostile } });
      const c = new Client({ name: 'exit-test', version: '0.0.1' });
      const [{ InMemoryTransport }] = await Promise.all([import('@modelcontextprotocol/sdk/inMemory.js')]);
      const [clientSide, proxySide] = InMemoryTransport.createLinkedPair();
      const s = await lone.connect(proxySide);
      s.onAllUpstreamsGone = () => {
        gone = true;
      };
      await c.connect(clientSide);
      return { lone, c, s };
    })();
    const error = await rpcError(session.c.callTool({ name: 'exit', arguments: {} }));
    expect(error.code).toBe(ProxyErrorCode.ConnectionClosed);
    expect(error.message).toContain('exited (code 3)');
    const next = await rpcError(session.c.callTool({ name: 'echo', arguments: { message: 'x' } }));
    expect(next.message).toContain('not available');
    expect(gone).toBe(true);
    expect(session.s.hasLiveUpstream).toBe(false);
    const events = await audit.events();
    expect(byType(events, 'error').some((e) => e.error?.code === 'upstream_unavailable' && e.session === session.s.sessionId)).toBe(true);
    await session.c.close();
    await session.lone.close();
  });

  it('leaves a ledger that verifies', async () => {
    await client.close();
    const result = await audit.verify();
    expect(result.firstFailure).toBeUndefined();
    expect(result.ok).toBe(true);
  });
});

describe('a hostile client on stdio', () => {
  it('answers every error it makes itself with the id as sent, 2^53 + 1 included, or null for a parse error', async () => {
    const audit = auditHarness('hostile-ids');
    const proxy = createMcpProxy({ auditor: audit.auditor, upstreams: { hostile }, maxMessageBytes: 4096, requestTimeoutMs: 1000, policy: { deny: ['garbage'] } });
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    const lines: string[] = [];
    let buffered = '';
    stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      let at: number;
      while ((at = buffered.indexOf('\n')) >= 0) {
        lines.push(buffered.slice(0, at));
        buffered = buffered.slice(at + 1);
      }
    });
    // The id of an answer as raw JSON text (JSON.parse would round a big one).
    const answerTo = async (idText: string): Promise<string> => {
      const find = () => lines.find((line) => /^\{"jsonrpc":"2\.0","id":(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|null|"(?:[^"\\]|\\.)*")/.exec(line)?.[1] === idText);
      await waitUntil(() => find() !== undefined, `the answer with id ${idText}`);
      const line = find()!;
      lines.splice(lines.indexOf(line), 1);
      return line;
    };
    const big = 'x'.repeat(5000);
    await proxy.serveStdio({ stdin, stdout });
    stdin.write('{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"raw","version":"1"}}}\n');
    await answerTo('1');
    stdin.write('{"jsonrpc":"2.0","method":"notifications/initialized"}\n');
    // Oversized: the id found at the start of the line, and at its end.
    stdin.write(`{"jsonrpc":"2.0","id":9007199254740993,"method":"tools/call","params":{"name":"echo","arguments":{"message":"${big}"}}}\n`);
    expect(JSON.parse((await answerTo('9007199254740993')).replace('9007199254740993', '0')).error.code).toBe(-32600);
    stdin.write(`{"jsonrpc":"2.0","method":"tools/call","params":{"name":"echo","arguments":{"message":"${big}"}},"id":-18446744073709551617}\n`);
    expect(await answerTo('-18446744073709551617')).toContain('"code":-32600');
    // Not JSON: a parse error carries id null, whatever id-like text the line holds.
    stdin.write('{"jsonrpc":"2.0","id":9007199254740995, "method":"tools/call", bad json\n');
    expect(await answerTo('null')).toContain('"code":-32700');
    // JSON, but not JSON-RPC 2.0: Invalid Request with the id it carries.
    stdin.write('{"jsonrpc":"1.0","id":9007199254740997,"method":"ping"}\n');
    expect(await answerTo('9007199254740997')).toContain('"code":-32600');
    // Answers the proxy makes for a forwarded call: denied by policy, timed out, upstream gone.
    stdin.write('{"jsonrpc":"2.0","id":9007199254740999,"method":"tools/call","params":{"name":"garbage","arguments":{}}}\n');
    expect(await answerTo('9007199254740999')).toContain('Denied by audit policy');
    stdin.write('{"jsonrpc":"2.0","id":9007199254741001,"method":"tools/call","params":{"name":"hang","arguments":{}}}\n');
    expect(await answerTo('9007199254741001')).toContain(`"code":${ProxyErrorCode.RequestTimeout}`);
    // Number ids JSON.parse would change come back as written: denied here, forwarded below.
    const inexact = ['9007199254740993.0', '1.0', '-0', '1E2', '1e400'];
    for (const id of inexact) {
      stdin.write(`{"jsonrpc":"2.0","id":${id},"method":"tools/call","params":{"name":"garbage","arguments":{}}}\n`);
      expect(await answerTo(id), id).toContain('Denied by audit policy');
    }
    stdin.write('{"jsonrpc":"2.0","id":1.50,"method":"tools/list"}\n');
    expect(await answerTo('1.50')).toContain('"tools"');
    stdin.write('{"jsonrpc":"2.0","id":9007199254741003,"method":"tools/call","params":{"name":"exit","arguments":{}}}\n');
    expect(await answerTo('9007199254741003')).toContain(`"code":${ProxyErrorCode.ConnectionClosed}`);
    stdin.end();
    await proxy.close();
    const events = await audit.events();
    expect(byType(events, 'error').map((e) => e.error?.type)).toEqual(expect.arrayContaining(['message_too_large', 'message_too_large', 'malformed_message', 'malformed_message']));
    expect(byType(events, 'tool.call').map((e) => e.tool?.callId)).toEqual(['9007199254740999', '9007199254741001', ...inexact, '9007199254741003']);
    expect((await audit.verify()).ok).toBe(true);
    audit.cleanup();
  });

  it('gets parse and size errors, and the proxy keeps serving', async () => {
    const audit = auditHarness('hostile-client');
    const proxy = createMcpProxy({ auditor: audit.auditor, upstreams: { hostile }, maxMessageBytes: 4096 });
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    const lines: Array<Record<string, any>> = [];
    let buffered = '';
    stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      let at: number;
      while ((at = buffered.indexOf('\n')) >= 0) {
        lines.push(JSON.parse(buffered.slice(0, at)));
        buffered = buffered.slice(at + 1);
      }
    });
    const waitFor = async (n: number): Promise<void> => {
      await waitUntil(() => lines.length >= n, `${n} lines from the proxy`);
    };
    await proxy.serveStdio({ stdin, stdout });
    stdin.write('{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"raw","version":"1"}}}\n');
    await waitFor(1);
    expect(lines[0]).toMatchObject({ id: 1, result: { serverInfo: { name: 'hostile' } } });
    stdin.write('not json at all\n');
    await waitFor(2);
    expect(lines[1]).toEqual({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error: the line is not a JSON-RPC 2.0 message' } });
    stdin.write(`{"jsonrpc":"2.0","method":"tools/call","params":{"name":"echo","arguments":{"message":"${'y'.repeat(10_000)}"}},"id":7}\n`);
    await waitFor(3);
    expect(lines[2]).toMatchObject({ jsonrpc: '2.0', id: 7, error: { code: -32600 } });
    stdin.write('{"jsonrpc":"2.0","id":8,"method":"ping"}\n');
    await waitFor(4);
    expect(lines[3]).toEqual({ jsonrpc: '2.0', id: 8, result: {} });
    stdin.end();
    await proxy.close();
    const events = await audit.events();
    expect(byType(events, 'error').map((e) => e.error?.type)).toEqual(['malformed_message', 'message_too_large']);
    expect((await audit.verify()).ok).toBe(true);
    audit.cleanup();
  });
});
