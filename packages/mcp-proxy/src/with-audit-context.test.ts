import { describe, expect, it } from 'vitest';
import { createAuditor } from '@agent-audit/core';
import { memoryLedger } from '@agent-audit/core/test';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { toolCallSpans, withAuditContext, withTraceparent } from './with-audit-context.js';

function setup() {
  const auditor = createAuditor({ agent: { id: 'ctx-test' }, sink: memoryLedger() });
  const sent: JSONRPCMessage[] = [];
  const transport = { send: async (message: JSONRPCMessage) => void sent.push(message), marker: 'same object' };
  return { auditor, sent, transport };
}

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-01$/;

describe('withAuditContext', () => {
  it('adds the current span to requests only, keeping their params and an existing traceparent', async () => {
    const { auditor, sent, transport } = setup();
    const wrapped = withAuditContext(transport, { auditor });
    expect(wrapped).toBe(transport);
    expect(withAuditContext(wrapped, { auditor })).toBe(transport); // wrapping twice adds nothing twice
    await wrapped.send({ jsonrpc: '2.0', id: 1, method: 'ping' }); // no context: unchanged
    const trace = await auditor.run({}, async () => {
      await wrapped.send({ jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'echo', arguments: { a: 1 }, _meta: { progressToken: 7 } } });
      await wrapped.send({ jsonrpc: '2.0', method: 'notifications/initialized' });
      await wrapped.send({ jsonrpc: '2.0', id: 3, result: {} });
      await wrapped.send({ jsonrpc: '2.0', id: 4, method: 'ping', params: { _meta: { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' } } });
      return auditor.currentContext()!.trace;
    });
    expect(sent[0]).toEqual({ jsonrpc: '2.0', id: 1, method: 'ping' });
    expect(sent[1]).toEqual({
      jsonrpc: '2.0',
      id: 2,
      method: 'tools/call',
      params: { name: 'echo', arguments: { a: 1 }, _meta: { progressToken: 7, traceparent: `00-${trace.traceId}-${trace.spanId}-01` } },
    });
    expect(sent[2]).toEqual({ jsonrpc: '2.0', method: 'notifications/initialized' });
    expect(sent[3]).toEqual({ jsonrpc: '2.0', id: 3, result: {} });
    expect((sent[4] as { params: { _meta: { traceparent: string } } }).params._meta.traceparent).toBe('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01');
    await auditor.close();
  });

  it('does not change the message it was given', () => {
    const { auditor } = setup();
    const message: JSONRPCMessage = { jsonrpc: '2.0', id: 1, method: 'ping', params: {} };
    const out = auditor.run({}, () => withTraceparent(message, auditor));
    expect(message).toEqual({ jsonrpc: '2.0', id: 1, method: 'ping', params: {} });
    expect((out as { params: { _meta: { traceparent: string } } }).params._meta.traceparent).toMatch(TRACEPARENT);
  });

  it('refuses a missing auditor', () => {
    expect(() => withAuditContext({ send: async () => {} }, {} as never)).toThrow(/needs \{ auditor \}/);
  });
});

describe('toolCallSpans', () => {
  it('names the span of an open tool.call by its call id, and forgets it when the call ends', async () => {
    const { auditor } = setup();
    const spans = toolCallSpans(auditor);
    const trace = { traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7', parentSpanId: '1111111111111111' };
    expect(spans.traceparent('call_1')).toBeUndefined();
    spans.auditor.record({ type: 'tool.call', trace, tool: { name: 'echo', callId: 'call_1' } });
    expect(spans.traceparent('call_1')).toBe('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01');
    // run() puts the tool span back as the current context, for withAuditContext to send.
    expect(spans.run('call_1', () => auditor.currentContext()?.trace)).toEqual(trace);
    expect(spans.run('unknown', () => auditor.currentContext())).toBeUndefined();
    spans.auditor.record({ type: 'tool.result', trace, tool: { name: 'echo', callId: 'call_1' } });
    expect(spans.traceparent('call_1')).toBeUndefined();
    // Everything still reaches the real auditor.
    expect(auditor.stats().recorded).toBe(2);
    expect(spans.auditor.stream).toBe(auditor.stream);
    await auditor.close();
  });
});
