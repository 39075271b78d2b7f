// Ships ledger events (and alerts) to an OTLP/HTTP endpoint as OpenTelemetry logs and spans, with
// the GenAI semantic-convention attribute names, through the OpenTelemetry JS exporters.
import { SpanKind, SpanStatusCode, TraceFlags, type Attributes, type HrTime, type SpanContext } from '@opentelemetry/api';
import { SeverityNumber } from '@opentelemetry/api-logs';
import { ExportResultCode, type ExportResult } from '@opentelemetry/core';
import { OTLPLogExporter } from '@opentelemetry/exporter-logs-otlp-http';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes, type Resource } from '@opentelemetry/resources';
import type { ReadableLogRecord } from '@opentelemetry/sdk-logs';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { SinkError, type AuditEvent, type ShipSink, type SinkStats } from '@agent-audit/core';

/** Options of `otlpSink()`. */
export interface OtlpSinkOptions {
  /** OTLP/HTTP base URL (`http://127.0.0.1:4318`): logs go to `<url>/v1/logs`, spans to `<url>/v1/traces`. */
  url: string;
  /** Extra request headers (`{ authorization: 'Bearer …' }`, Langfuse's basic auth). Never logged. */
  headers?: Record<string, string>;
  /** `service.name` of the resource. Default `agent-audit`. */
  serviceName?: string;
  /** Send spans for model, tool and run events as well as a log record per event. Default `true`. */
  spans?: boolean;
  /** Per-request timeout, milliseconds. Default 10 000. */
  timeoutMillis?: number;
  /** Sink name (cursor folder of the shipper). Default `otlp`. */
  name?: string;
}

const SCOPE = { name: '@agent-audit/otel', version: '0.1.0' };

/** Milliseconds since the epoch as an OpenTelemetry HrTime. */
function hrTime(ms: number): HrTime {
  const seconds = Math.floor(ms / 1000);
  return [seconds, Math.round((ms - seconds * 1000) * 1e6)];
}

/** The GenAI operation an event belongs to (`gen_ai.operation.name`), when it has one. */
function operationName(type: string): string | undefined {
  if (type.startsWith('model.')) return 'chat';
  if (type.startsWith('tool.')) return 'execute_tool';
  if (type.startsWith('run.') || type.startsWith('conversation.')) return 'invoke_agent';
  if (type.startsWith('retrieval.')) return 'retrieval';
  return undefined;
}

const PARAMETER_ATTRIBUTES: Record<string, string> = {
  temperature: 'gen_ai.request.temperature',
  maxTokens: 'gen_ai.request.max_tokens',
  max_tokens: 'gen_ai.request.max_tokens',
  topP: 'gen_ai.request.top_p',
  top_p: 'gen_ai.request.top_p',
  topK: 'gen_ai.request.top_k',
  frequencyPenalty: 'gen_ai.request.frequency_penalty',
  presencePenalty: 'gen_ai.request.presence_penalty',
  seed: 'gen_ai.request.seed',
};

/**
 * The attributes of one event: OpenTelemetry GenAI semantic conventions (`gen_ai.*`) where a
 * convention exists, `agent_audit.*` for the audit fields (id, type, stream, seq, hash, outcome,
 * data classes), and `error.type` for failures. Content (prompts, arguments, results) is not
 * exported: it stays in the ledger, redacted.
 *
 * @example
 * ```ts
 * genAiAttributes(event)['gen_ai.request.model'] // 'gpt-4.1'
 * ```
 */
export function genAiAttributes(event: AuditEvent): Attributes {
  const a: Attributes = {
    'agent_audit.event.id': event.id,
    'agent_audit.event.type': event.type,
    'agent_audit.stream': event.stream,
    'agent_audit.seq': event.seq,
    'agent_audit.hash': event.hash,
    'agent_audit.outcome': event.outcome,
    'agent_audit.source': event.source,
    'gen_ai.agent.id': event.agent.id,
  };
  const operation = operationName(event.type);
  if (operation) a['gen_ai.operation.name'] = operation;
  if (event.agent.name) a['gen_ai.agent.name'] = event.agent.name;
  if (event.agent.version) a['gen_ai.agent.version'] = event.agent.version;
  if (event.session) a['gen_ai.conversation.id'] = event.session;
  if (event.actor) {
    a['agent_audit.actor.id'] = event.actor.id;
    a['agent_audit.actor.type'] = event.actor.type;
  }
  const model = event.model;
  if (model) {
    if (model.provider) a['gen_ai.provider.name'] = model.provider;
    if (model.id) a['gen_ai.request.model'] = model.id;
    if (model.responseId) a['gen_ai.response.id'] = model.responseId;
    if (model.finishReason) a['gen_ai.response.finish_reasons'] = [model.finishReason];
    if (model.usage?.inputTokens !== undefined) a['gen_ai.usage.input_tokens'] = model.usage.inputTokens;
    if (model.usage?.outputTokens !== undefined) a['gen_ai.usage.output_tokens'] = model.usage.outputTokens;
    for (const [key, value] of Object.entries(model.parameters ?? {})) {
      const name = PARAMETER_ATTRIBUTES[key];
      if (name && typeof value === 'number') a[name] = value;
    }
  }
  const tool = event.tool;
  if (tool) {
    a['gen_ai.tool.name'] = tool.name;
    if (tool.callId) a['gen_ai.tool.call.id'] = tool.callId;
    if (tool.server) a['agent_audit.tool.server'] = tool.server;
  }
  if (event.resource) {
    a['agent_audit.resource.type'] = event.resource.type;
    a['agent_audit.resource.id'] = event.resource.id;
  }
  if (event.decision) {
    a['agent_audit.decision.action'] = event.decision.action;
    if (event.decision.policy) a['agent_audit.decision.policy'] = event.decision.policy;
  }
  if (event.data) {
    a['agent_audit.data.sensitivity'] = event.data.sensitivity;
    if (event.data.classes.length > 0) a['agent_audit.data.classes'] = [...event.data.classes];
  }
  if (event.outcome === 'failure' || event.error) a['error.type'] = event.error?.type ?? event.error?.code?.toString() ?? '_OTHER';
  const alert = event.type === 'alert.raised' ? (event.attrs as { alert?: { rule?: string; severity?: string; eventIds?: string[]; window?: { from?: string; to?: string }; kind?: string } } | undefined)?.alert : undefined;
  if (alert) {
    if (alert.rule) a['agent_audit.alert.rule'] = alert.rule;
    if (alert.kind) a['agent_audit.alert.kind'] = alert.kind;
    if (alert.severity) a['agent_audit.alert.severity'] = alert.severity;
    if (alert.window?.from) a['agent_audit.alert.window.from'] = alert.window.from;
    if (alert.window?.to) a['agent_audit.alert.window.to'] = alert.window.to;
    if (alert.eventIds) a['agent_audit.alert.event_ids'] = [...alert.eventIds];
  }
  return a;
}

function severity(event: AuditEvent): [SeverityNumber, string] {
  if (event.type === 'alert.raised') {
    const level = (event.attrs as { alert?: { severity?: string } } | undefined)?.alert?.severity;
    return level === 'critical' ? [SeverityNumber.ERROR, 'ERROR'] : level === 'info' ? [SeverityNumber.INFO, 'INFO'] : [SeverityNumber.WARN, 'WARN'];
  }
  if (event.outcome === 'failure' || event.type.endsWith('.error') || event.type.startsWith('ledger.chain_break')) return [SeverityNumber.ERROR, 'ERROR'];
  if (event.outcome === 'denied' || event.type === 'ledger.gap') return [SeverityNumber.WARN, 'WARN'];
  return [SeverityNumber.INFO, 'INFO'];
}

function spanContext(event: AuditEvent): SpanContext {
  return { traceId: event.trace.traceId, spanId: event.trace.spanId, traceFlags: TraceFlags.SAMPLED, isRemote: true };
}

function logRecord(event: AuditEvent, resource: Resource): ReadableLogRecord {
  const [severityNumber, severityText] = severity(event);
  const time = hrTime(Date.parse(event.ts));
  return {
    hrTime: time,
    hrTimeObserved: time,
    spanContext: spanContext(event),
    severityNumber,
    severityText,
    body: event.type === 'alert.raised' ? (event.decision?.reason ?? event.type) : event.type,
    eventName: event.type,
    resource,
    instrumentationScope: SCOPE,
    attributes: genAiAttributes(event),
    droppedAttributesCount: 0,
  };
}

/**
 * The span of an event that ends an operation with a known duration: `model.response`/`model.error`
 * (`chat <model>`, from `model.latencyMs`), `tool.result`/`tool.error` (`execute_tool <tool>`, from
 * `tool.durationMs`), `run.end` (`invoke_agent <agent>`). Its ids are the event's trace and span.
 */
function span(event: AuditEvent, resource: Resource): ReadableSpan | undefined {
  let name: string;
  let durationMs: number | undefined;
  let kind = SpanKind.INTERNAL;
  if (event.type === 'model.response' || event.type === 'model.error') {
    name = `chat${event.model?.id ? ` ${event.model.id}` : ''}`;
    durationMs = event.model?.latencyMs;
    kind = SpanKind.CLIENT;
  } else if (event.type === 'tool.result' || event.type === 'tool.error') {
    name = `execute_tool ${event.tool?.name ?? ''}`.trim();
    durationMs = event.tool?.durationMs;
  } else if (event.type === 'run.end') {
    name = `invoke_agent ${event.agent.name ?? event.agent.id}`;
  } else {
    return undefined;
  }
  const end = Date.parse(event.ts);
  const start = end - Math.max(0, durationMs ?? 0);
  const context = spanContext(event);
  const failed = event.outcome === 'failure' || event.type.endsWith('.error');
  return {
    name,
    kind,
    spanContext: () => context,
    ...(event.trace.parentSpanId ? { parentSpanContext: { traceId: event.trace.traceId, spanId: event.trace.parentSpanId, traceFlags: TraceFlags.SAMPLED, isRemote: true } } : {}),
    startTime: hrTime(start),
    endTime: hrTime(end),
    status: failed ? { code: SpanStatusCode.ERROR, ...(event.error?.message ? { message: event.error.message } : {}) } : { code: SpanStatusCode.UNSET },
    attributes: genAiAttributes(event),
    links: [],
    events: [],
    duration: hrTime(end - start),
    ended: true,
    resource,
    instrumentationScope: SCOPE,
    droppedAttributesCount: 0,
    droppedEventsCount: 0,
    droppedLinksCount: 0,
  };
}

function exported<T>(exporter: { export(items: T[], done: (result: ExportResult) => void): void }, items: T[], what: string): Promise<void> {
  if (items.length === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    exporter.export(items, (result) => {
      if (result.code === ExportResultCode.SUCCESS) resolve();
      else reject(new SinkError({ sink: 'otlp', message: `OTLP ${what} export failed: ${result.error?.message ?? 'unknown error'}`, retryable: true, ...(result.error ? { cause: result.error } : {}) }));
    });
  });
}

/**
 * A shipper sink that sends each event as an OTLP log record (and model, tool and run end events
 * as spans too) to an OTLP/HTTP endpoint, with `gen_ai.*` attribute names, using
 * `@opentelemetry/exporter-logs-otlp-http` and `@opentelemetry/exporter-trace-otlp-http` (JSON
 * over HTTP). Alerts (`alert.raised`) become WARN/ERROR log records with `agent_audit.alert.*`.
 * `write()` resolves once the endpoint accepted both requests and rejects with a retryable
 * `SinkError` otherwise. OTLP has no idempotency: a batch the shipper retries may arrive twice;
 * `agent_audit.event.id` tells copies apart.
 *
 * @example
 * ```ts
 * const shipper = createShipper({ dir: './audit', sink: otlpSink({ url: 'http://127.0.0.1:4318', headers: { authorization: `Bearer ${token}` } }) });
 * shipper.start();
 * ```
 */
export function otlpSink(options: OtlpSinkOptions): ShipSink {
  const base = options.url.replace(/\/+$/, '');
  const headers = options.headers ?? {};
  const timeoutMillis = options.timeoutMillis ?? 10_000;
  const logs = new OTLPLogExporter({ url: `${base}/v1/logs`, headers, timeoutMillis });
  const traces = new OTLPTraceExporter({ url: `${base}/v1/traces`, headers, timeoutMillis });
  const resource = resourceFromAttributes({ 'service.name': options.serviceName ?? 'agent-audit' });
  const withSpans = options.spans ?? true;
  const name = options.name ?? 'otlp';
  const stats: SinkStats = { name, writes: 0, events: 0, failures: 0, retries: 0, consecutiveFailures: 0 };
  return {
    name,
    async write(events) {
      try {
        const records = events.map((event) => logRecord(event, resource));
        const spans = withSpans ? events.map((event) => span(event, resource)).filter((s): s is ReadableSpan => s !== undefined) : [];
        await Promise.all([exported(logs, records, 'log'), exported(traces, spans, 'trace')]);
        stats.writes++;
        stats.events += events.length;
        stats.consecutiveFailures = 0;
      } catch (error) {
        stats.failures++;
        stats.consecutiveFailures++;
        stats.lastError = { message: error instanceof Error ? error.message : String(error), at: new Date().toISOString() };
        throw error;
      }
    },
    stats: () => ({ ...stats }),
    async close() {
      await Promise.allSettled([logs.shutdown(), traces.shutdown()]);
    },
  };
}
