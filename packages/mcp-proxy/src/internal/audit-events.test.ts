import { describe, expect, it } from 'vitest';
import type { Trace } from '@agent-audit/core';
import {
  callEndEvent,
  clientProblemEvent,
  conversationEndEvent,
  conversationStartEvent,
  mcpAttrs,
  policyEvent,
  resourceReadEvent,
  serverRequestEvent,
  serverResultEvent,
  toolCallEvent,
  toolRef,
  upstreamGoneEvent,
  type McpEventContext,
} from './audit-events.js';
import { ProxyErrorCode } from './jsonrpc.js';

// The proxy's events without processes: what each MCP exchange becomes in the ledger.
const context: McpEventContext = { transport: 'stdio', client: { name: 'claude-desktop', version: '1.2' }, downstreamVersion: '2025-06-18' };
const upstream = { name: 'files', sessionId: 'up-session-1' };
const trace: Trace = { traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7', parentSpanId: '1111111111111111' };
const call = { method: 'tools/call', params: { name: 'read_file', arguments: { path: '/srv/a' } }, downId: 7, upId: 3, trace, display: 'files__read_file' };

describe('proxy audit events', () => {
  it('attrs.mcp: per message the client, server and ids; the session-wide fields only when full', () => {
    expect(mcpAttrs(context, { method: 'tools/call' }, upstream)).toEqual({
      mcp: { client: { name: 'claude-desktop', version: '1.2' }, server: 'files', upstreamSessionId: 'up-session-1', method: 'tools/call' },
    });
    expect(mcpAttrs(context, {}, undefined, true)).toEqual({ mcp: { transport: 'stdio', protocolVersion: { downstream: '2025-06-18' }, client: { name: 'claude-desktop', version: '1.2' } } });
    // An id beyond 2^53 is recorded as its digits.
    expect((mcpAttrs(context, { requestId: { downstream: 9007199254740993n, upstream: 4 } }).mcp as { requestId: unknown }).requestId).toEqual({ downstream: '9007199254740993', upstream: 4 });
  });

  it('tool.call starts pending; refused by the policy it is denied, after its policy.deny', () => {
    const tool = toolRef('files__read_file', 'files', 7, { path: '/etc/passwd' });
    expect(toolCallEvent(context, upstream, { trace, tool, downId: 7, upId: 3 })).toMatchObject({
      type: 'tool.call',
      outcome: 'pending',
      tool: { name: 'files__read_file', server: 'files', callId: '7', arguments: { path: '/etc/passwd' } },
      attrs: { mcp: { method: 'tools/call', requestId: { downstream: 7, upstream: 3 } } },
    });
    const decision = { allowed: false, policy: 'data-folder-only', reason: 'argument "path" is not in the allowed patterns' };
    expect(policyEvent(context, upstream, decision, trace, tool, 7)).toMatchObject({
      type: 'policy.deny',
      outcome: 'denied',
      decision: { action: 'deny', policy: 'data-folder-only', reason: decision.reason },
    });
    expect(toolCallEvent(context, upstream, { trace, tool, downId: 7, denied: true }).outcome).toBe('denied');
  });

  it('tool ends: result, isError result, JSON-RPC error, cancellation', () => {
    const ok = callEndEvent(context, upstream, call, { jsonrpc: '2.0', id: 3, result: { content: [{ type: 'text', text: 'hello' }] } }, 1.5);
    expect(ok).toMatchObject({ type: 'tool.result', outcome: 'success', trace, tool: { name: 'files__read_file', callId: '7', durationMs: 1.5, result: { content: [{ type: 'text', text: 'hello' }] } } });
    const isError = callEndEvent(context, upstream, call, { jsonrpc: '2.0', id: 3, result: { content: [{ type: 'text', text: 'no such file' }], isError: true } }, 2);
    expect(isError).toMatchObject({ type: 'tool.result', outcome: 'failure', error: { type: 'tool_error', message: 'no such file' }, attrs: { mcp: { isError: true } } });
    const failed = callEndEvent(context, upstream, call, { jsonrpc: '2.0', id: 3, error: { code: ProxyErrorCode.ConnectionClosed, message: 'gone', data: { why: 1 } } }, 3);
    expect(failed).toMatchObject({ type: 'tool.error', outcome: 'failure', error: { type: 'jsonrpc', code: -32000, message: 'gone' }, attrs: { mcp: { errorData: { why: 1 } } } });
    expect(failed?.attrs?.aborted).toBeUndefined();
    const cancelled = callEndEvent(context, upstream, call, { jsonrpc: '2.0', error: { code: 0, message: 'cancelled: user gave up' } }, 4, true);
    expect(cancelled).toMatchObject({ type: 'tool.error', outcome: 'failure', error: { type: 'AbortError', message: 'cancelled: user gave up' }, attrs: { aborted: true } });
  });

  it('resource reads record a summary of the contents, never the bytes', () => {
    const read = callEndEvent(
      context,
      upstream,
      { ...call, method: 'resources/read', params: { uri: 'file:///srv/a.png' } },
      { jsonrpc: '2.0', id: 3, result: { contents: [{ uri: 'file:///srv/a.png', mimeType: 'image/png', blob: 'AAAA' }, { uri: 'file:///srv/a.txt', text: 'hello' }] } },
      1,
    );
    expect(read).toMatchObject({
      type: 'resource.read',
      outcome: 'success',
      resource: { type: 'mcp.resource', id: 'file:///srv/a.png', operation: 'read' },
      content: { output: [{ uri: 'file:///srv/a.png', mimeType: 'image/png', blobBytes: 3 }, { uri: 'file:///srv/a.txt', textLength: 5 }] },
    });
    expect(JSON.stringify(read)).not.toContain('AAAA');
    const missing = resourceReadEvent(context, undefined, { uri: 'x://nowhere', downId: 9, trace }, undefined, { code: -32002, message: 'Resource not found' }, 0);
    expect(missing).toMatchObject({ outcome: 'failure', error: { type: 'jsonrpc', code: -32002 } });
    expect(missing.attrs?.mcp).not.toHaveProperty('server');
  });

  it('other methods: prompts/get always, the rest only when they fail', () => {
    const prompt = callEndEvent(context, upstream, { ...call, method: 'prompts/get', params: { name: 'greet', arguments: { who: 'Ada' } }, display: 'files__greet' }, { jsonrpc: '2.0', id: 3, result: { messages: [{ role: 'user' }] } }, 1);
    expect(prompt).toMatchObject({ type: 'prompt.get', outcome: 'success', resource: { type: 'mcp.prompt', id: 'files__greet' }, content: { input: { who: 'Ada' }, output: [{ role: 'user' }] } });
    expect(callEndEvent(context, upstream, { ...call, method: 'completion/complete' }, { jsonrpc: '2.0', id: 3, result: {} }, 1)).toBeUndefined();
    expect(callEndEvent(context, upstream, { ...call, method: 'completion/complete' }, { jsonrpc: '2.0', id: 3, error: { code: -32601, message: 'nope' } }, 1)).toMatchObject({ type: 'error', outcome: 'failure' });
  });

  it('server-to-client requests: sampling and elicitation start pending; a declined elicitation is denied', () => {
    const sampling = { method: 'sampling/createMessage', params: { messages: [{ role: 'user' }], maxTokens: 50, systemPrompt: 'be brief' }, upId: 'srv-1', trace };
    expect(serverRequestEvent(context, upstream, sampling, 1)).toMatchObject({
      type: 'sampling.request',
      outcome: 'pending',
      model: { parameters: { maxTokens: 50 } },
      content: { input: { systemPrompt: 'be brief' } },
      attrs: { mcp: { direction: 'server-to-client', requestId: { downstream: 1, upstream: 'srv-1' } } },
    });
    expect(serverResultEvent(context, upstream, sampling, { jsonrpc: '2.0', id: 1, result: { model: 'm-1', stopReason: 'endTurn', role: 'assistant', content: { type: 'text', text: 'ok' } } }, 5)).toMatchObject({
      type: 'sampling.result',
      outcome: 'success',
      model: { id: 'm-1', finishReason: 'endTurn', latencyMs: 5 },
    });
    const elicitation = { method: 'elicitation/create', params: { message: 'Your name?' }, upId: 2, trace };
    expect(serverRequestEvent(context, upstream, elicitation, 2)?.outcome).toBe('pending');
    expect(serverResultEvent(context, upstream, elicitation, { jsonrpc: '2.0', id: 2, result: { action: 'decline' } }, 1)).toMatchObject({ type: 'elicitation.result', outcome: 'denied', decision: { action: 'decline' } });
    expect(serverRequestEvent(context, upstream, { method: 'ping', params: undefined, upId: 3, trace }, 3)).toBeUndefined();
    expect(serverResultEvent(context, upstream, { method: 'roots/list', params: undefined, upId: 4, trace }, { jsonrpc: '2.0', id: 4, result: { roots: [{ uri: 'file:///tmp' }] } }, 1)).toMatchObject({ type: 'roots.list', content: { output: [{ uri: 'file:///tmp' }] } });
  });

  it('session and failure events', () => {
    const start = conversationStartEvent(context, { trace, downId: 'init', params: { protocolVersion: '2025-06-18', capabilities: { sampling: {} } }, upstreams: { files: { transport: 'stdio' } }, latencyMs: 12 });
    expect(start).toMatchObject({ type: 'conversation.start', outcome: 'success', attrs: { mcp: { transport: 'stdio', requestedProtocolVersion: '2025-06-18', clientCapabilities: { sampling: {} }, upstreams: { files: { transport: 'stdio' } } } } });
    expect(conversationStartEvent(context, { trace, downId: 1, params: {}, upstreams: {}, latencyMs: 1, error: { code: -32000, message: 'down' } })).toMatchObject({ outcome: 'failure', error: { code: -32000 } });
    expect(conversationEndEvent(context, trace)).toMatchObject({ type: 'conversation.end', trace });
    const problem = { kind: 'oversize' as const, bytes: 5_000_000, head: '{"jsonrpc":"2.0","id":4', tail: '}' };
    expect(clientProblemEvent(context, problem, { code: -32600, message: 'Message of 5000000 bytes is over the limit' }, trace)).toMatchObject({
      type: 'error',
      error: { type: 'message_too_large', code: -32600, message: 'client sent message of 5000000 bytes is over the limit' },
      attrs: { mcp: { direction: 'client-to-server', bytes: 5_000_000 } },
    });
    expect(upstreamGoneEvent(context, upstream, 'exited (code 3)', trace, { inflight: 2, wasRunning: true })).toMatchObject({
      error: { type: 'upstream_unavailable', message: 'upstream "files" exited (code 3)' },
      attrs: { mcp: { inflight: 2, wasRunning: true, server: 'files' } },
    });
  });
});
