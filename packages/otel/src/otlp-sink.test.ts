import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alertRecord, createAuditor, createMonitor, fileLedger, readEvents, type AuditEvent } from '@agent-audit/core';
import { otlpSink } from './otlp-sink.js';

// A loopback OTLP/HTTP receiver: it decodes the JSON the OpenTelemetry exporters send and keeps
// every log record and span with its attributes flattened to plain values.
type Value = { stringValue?: string; intValue?: string | number; doubleValue?: number; boolValue?: boolean; arrayValue?: { values?: Value[] } };
const plain = (v: Value): unknown =>
  v.stringValue ?? (v.intValue !== undefined ? Number(v.intValue) : undefined) ?? v.doubleValue ?? v.boolValue ?? v.arrayValue?.values?.map(plain);
const flatten = (attributes: Array<{ key: string; value: Value }> = []) => Object.fromEntries(attributes.map((a) => [a.key, plain(a.value)]));

interface Received {
  logs: Array<{ body: unknown; severityText?: string; traceId?: string; spanId?: string; attributes: Record<string, unknown>; resource: Record<string, unknown> }>;
  spans: Array<{ name: string; traceId: string; spanId: string; parentSpanId?: string; startTimeUnixNano: string; endTimeUnixNano: string; status?: { code?: number }; attributes: Record<string, unknown> }>;
  headers: string[];
  failNext: number;
}

const received: Received = { logs: [], spans: [], headers: [], failNext: 0 };
let server: http.Server;
let url = '';
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-otel-'));
let events: AuditEvent[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.headers.push(String(req.headers.authorization));
      if (received.failNext > 0) {
        received.failNext--;
        res.writeHead(400, { 'content-type': 'application/json' }).end('{}');
        return;
      }
      expect(req.headers['content-type']).toContain('application/json');
      const payload = JSON.parse(body) as Record<string, unknown>;
      if (req.url === '/v1/logs') {
        for (const rl of (payload.resourceLogs as Array<{ resource: { attributes: [] }; scopeLogs: Array<{ logRecords: Array<{ body: Value; severityText?: string; traceId?: string; spanId?: string; attributes: [] }> }> }>) ?? []) {
          for (const sl of rl.scopeLogs) for (const r of sl.logRecords) received.logs.push({ body: plain(r.body), ...(r.severityText ? { severityText: r.severityText } : {}), ...(r.traceId ? { traceId: r.traceId } : {}), ...(r.spanId ? { spanId: r.spanId } : {}), attributes: flatten(r.attributes), resource: flatten(rl.resource.attributes) });
        }
      } else if (req.url === '/v1/traces') {
        for (const rs of (payload.resourceSpans as Array<{ scopeSpans: Array<{ spans: Array<Received['spans'][number] & { attributes: [] }> }> }>) ?? []) {
          for (const ss of rs.scopeSpans) for (const s of ss.spans) received.spans.push({ ...s, attributes: flatten(s.attributes) });
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

  // A real ledger: a model call, a tool call that fails, and an alert raised by the monitor.
  const dir = path.join(root, 'ledger');
  const auditor = createAuditor({ agent: { id: 'claims-bot', name: 'Claims bot', version: '2.3.0' }, stream: 'claims-bot', sink: fileLedger({ dir }) });
  auditor.run({ session: 'claim-5521', actor: { id: 'member-1', type: 'user' } }, () => {
    auditor.record({ type: 'model.request', model: { provider: 'openai', id: 'gpt-4.1', parameters: { temperature: 0.2, maxTokens: 512 } } });
    auditor.record({ type: 'model.response', model: { provider: 'openai', id: 'gpt-4.1', usage: { inputTokens: 120, outputTokens: 30 }, finishReason: 'tool_calls', responseId: 'resp_1', latencyMs: 850 } });
    auditor.record({ type: 'tool.call', tool: { name: 'issue_refund', callId: 'call_1' } });
    auditor.record({ type: 'tool.error', outcome: 'failure', tool: { name: 'issue_refund', callId: 'call_1', durationMs: 40 }, error: { type: 'TimeoutError', message: 'upstream timed out' } });
  });
  await auditor.flush();
  const monitor = createMonitor({ rules: [{ id: 'any-failure', kind: 'repeated_failure', count: 1, window: '1m', severity: 'critical' }], onAlert: (alert) => void auditor.record(alertRecord(alert)) });
  for await (const event of readEvents(dir, { stream: 'claims-bot' })) monitor.push(event);
  await auditor.close();
  for await (const event of readEvents(dir, { stream: 'claims-bot' })) events.push(event);
});

afterAll(() => {
  server.close();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('otlpSink', () => {
  it('sends every event as a log record and model/tool end events as spans, with gen_ai.* attributes the receiver decodes', async () => {
    expect(events.map((e) => e.type)).toEqual(['model.request', 'model.response', 'tool.call', 'tool.error', 'alert.raised']);
    const sink = otlpSink({ url, headers: { authorization: 'Bearer test-token' }, serviceName: 'claims' });
    await sink.write(events);
    await sink.close?.();

    expect(received.logs.map((l) => l.attributes['agent_audit.event.id'])).toEqual(events.map((e) => e.id));
    expect(received.headers.every((h) => h === 'Bearer test-token')).toBe(true);
    const byType = (type: string) => received.logs.find((l) => l.attributes['agent_audit.event.type'] === type);
    expect(byType('model.request')?.attributes).toMatchObject({ 'gen_ai.operation.name': 'chat', 'gen_ai.provider.name': 'openai', 'gen_ai.request.model': 'gpt-4.1', 'gen_ai.request.temperature': 0.2, 'gen_ai.request.max_tokens': 512, 'gen_ai.agent.id': 'claims-bot', 'gen_ai.agent.name': 'Claims bot', 'gen_ai.conversation.id': 'claim-5521' });
    expect(byType('model.response')?.attributes).toMatchObject({ 'gen_ai.usage.input_tokens': 120, 'gen_ai.usage.output_tokens': 30, 'gen_ai.response.finish_reasons': ['tool_calls'], 'gen_ai.response.id': 'resp_1' });
    expect(byType('tool.error')).toMatchObject({ severityText: 'ERROR', attributes: { 'gen_ai.operation.name': 'execute_tool', 'gen_ai.tool.name': 'issue_refund', 'gen_ai.tool.call.id': 'call_1', 'error.type': 'TimeoutError' } });
    const modelEvent = events[1] as AuditEvent;
    expect(byType('model.response')).toMatchObject({ traceId: modelEvent.trace.traceId, spanId: modelEvent.trace.spanId, resource: { 'service.name': 'claims' } });
    const alert = byType('alert.raised');
    expect(alert).toMatchObject({ severityText: 'ERROR', attributes: { 'agent_audit.alert.rule': 'any-failure', 'agent_audit.alert.event_ids': [events[3]?.id] } });

    expect(received.spans.map((s) => s.name).sort()).toEqual(['chat gpt-4.1', 'execute_tool issue_refund']);
    const chat = received.spans.find((s) => s.name === 'chat gpt-4.1');
    expect(chat).toMatchObject({ traceId: modelEvent.trace.traceId, spanId: modelEvent.trace.spanId, attributes: { 'gen_ai.request.model': 'gpt-4.1', 'gen_ai.usage.output_tokens': 30 } });
    // 850 ms of model latency, as nanoseconds between start and end.
    expect((BigInt(chat?.endTimeUnixNano ?? 0) - BigInt(chat?.startTimeUnixNano ?? 0)) / 1_000_000n).toBe(850n);
    expect(received.spans.find((s) => s.name.startsWith('execute_tool'))?.status?.code).toBe(2);
  });

  it('rejects with a SinkError when the endpoint refuses, so the shipper retries', async () => {
    received.failNext = 2;
    const sink = otlpSink({ url, timeoutMillis: 2_000 });
    await expect(sink.write(events.slice(0, 2))).rejects.toMatchObject({ name: 'SinkError', sink: 'otlp' });
    expect(sink.stats?.()).toMatchObject({ failures: 1, consecutiveFailures: 1 });
    await sink.close?.();
  });
});
