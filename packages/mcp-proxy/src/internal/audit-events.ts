import type { RecordInput, Trace } from '@agent-audit/core';
import type { PolicyDecision } from '../policy.js';
import { isRawNumberId, recordableId } from './exact-ids.js';
import { isObject, ProxyErrorCode, type Id, type Msg, type Params, type RpcError } from './jsonrpc.js';
import type { LineProblem } from './line-transport.js';

/**
 * The audit events of the proxy, as pure functions from what happened to the `RecordInput`
 * the session records (it adds `source`, `session` and `actor`). No state, no I/O: each is
 * unit-tested without processes. Outcomes follow docs/FORMAT.md 2.2: a start is `pending`,
 * a start refused by the policy is `denied` (no end follows), a cancelled call ends as a
 * `failure` with `error.type: 'AbortError'` and `attrs.aborted: true`.
 */

/** What every event of a session says about it in `attrs.mcp`. */
export interface McpEventContext {
  transport: 'stdio' | 'http' | 'custom';
  client?: { name?: unknown; version?: unknown } | undefined;
  /** Negotiated (or requested) protocol version of the client side. */
  downstreamVersion?: string | undefined;
}

/** The upstream an event concerns. */
export interface UpstreamRef {
  name: string;
  /** The upstream's own MCP session id (HTTP servers). */
  sessionId?: string | undefined;
}

/** The tool of a tools/call as events carry it. */
export interface ToolRef {
  name: string;
  server: string;
  callId: string;
  arguments?: unknown;
}

/** Client requests that always produce events on their span (whatever the outcome). */
export const AUDITED_METHODS: ReadonlySet<string> = new Set(['tools/call', 'resources/read', 'prompts/get']);

/** Milliseconds to three decimals. */
export const roundMs = (ms: number): number => Math.round(ms * 1000) / 1000;

/**
 * `attrs.mcp` of an event. Per-message events carry what varies per message (method, ids,
 * server, latency) and the client; transport and protocol versions, which are fixed for a
 * session, are on its `conversation.start` (`full`). Every attribute is work for the
 * redaction stage, so the per-message set stays small. Ids beyond 2^53 (`bigint`) are
 * recorded as strings of their digits, number ids kept as written (`1.0`, `-0`) as their text.
 */
export function mcpAttrs(context: McpEventContext, extra: Params, upstream?: UpstreamRef, full = false): Params {
  const ids = extra.requestId;
  const exact = (id: unknown): boolean => typeof id === 'bigint' || isRawNumberId(id);
  if (isObject(ids) && (exact(ids.downstream) || exact(ids.upstream))) {
    extra = { ...extra, requestId: { ...ids, downstream: recordableId(ids.downstream), upstream: recordableId(ids.upstream) } };
  }
  return {
    mcp: {
      ...(full ? { transport: context.transport, protocolVersion: { downstream: context.downstreamVersion } } : {}),
      ...(context.client ? { client: { name: context.client.name, version: context.client.version } } : {}),
      ...(upstream ? { server: upstream.name } : {}),
      ...(upstream?.sessionId ? { upstreamSessionId: upstream.sessionId } : {}),
      ...extra,
    },
  };
}

/** The first text block of a tool result (for the `error.message` of an `isError` result). */
export function firstText(result: Params): string | undefined {
  const content = result.content;
  if (!Array.isArray(content)) return undefined;
  for (const item of content) if (isObject(item) && item.type === 'text' && typeof item.text === 'string') return item.text.slice(0, 500);
  return undefined;
}

/** `tool` of the events of a tools/call. */
export function toolRef(display: string, server: string, downId: Id | undefined, args?: unknown): ToolRef {
  return { name: display, server, callId: String(recordableId(downId)), ...(args !== undefined ? { arguments: args } : {}) };
}

// ---------------------------------------------------------------- tools/call

/** `policy.allow` / `policy.deny`, on the call's span. */
export function policyEvent(context: McpEventContext, upstream: UpstreamRef, decision: PolicyDecision, trace: Trace, tool: ToolRef, downId: Id): RecordInput {
  return {
    type: decision.allowed ? 'policy.allow' : 'policy.deny',
    outcome: decision.allowed ? 'success' : 'denied',
    trace,
    tool,
    decision: { action: decision.allowed ? 'allow' : 'deny', reason: decision.reason, policy: decision.policy },
    attrs: mcpAttrs(context, { method: 'tools/call', requestId: { downstream: downId } }, upstream),
  };
}

/** `tool.call`: `pending` when forwarded, `denied` when the policy refused it (no end follows). */
export function toolCallEvent(context: McpEventContext, upstream: UpstreamRef, call: { trace: Trace; tool: ToolRef; downId: Id; upId?: number; denied?: boolean }): RecordInput {
  return {
    type: 'tool.call',
    outcome: call.denied ? 'denied' : 'pending',
    trace: call.trace,
    tool: call.tool,
    attrs: mcpAttrs(context, { method: 'tools/call', requestId: { downstream: call.downId, ...(call.upId !== undefined ? { upstream: call.upId } : {}) } }, upstream),
  };
}

/** Fail-closed: the `tool.call` could not be made durable, so the call was not forwarded. */
export function notForwardedEvent(context: McpEventContext, upstream: UpstreamRef, trace: Trace, tool: ToolRef, downId: Id): RecordInput {
  return {
    type: 'tool.error',
    outcome: 'failure',
    trace,
    tool,
    error: { type: 'audit_unavailable', code: ProxyErrorCode.AuditUnavailable, message: 'not forwarded: the tool.call event could not be made durable (fail-closed)' },
    attrs: mcpAttrs(context, { method: 'tools/call', requestId: { downstream: downId } }, upstream),
  };
}

/** A client request the proxy forwarded, as the end events need it. */
export interface ForwardedCall {
  method: string;
  params: Params | undefined;
  downId?: Id | undefined;
  upId: number;
  trace: Trace;
  /** The name the client used (namespaced with several upstreams). */
  display?: string | undefined;
}

/**
 * The end event of a forwarded request: `tool.result` / `tool.error`, `resource.read`,
 * `prompt.get`, or for other methods an `error` when it failed (and nothing when it did not).
 * `cancelled`: the client cancelled it (no JSON-RPC error was exchanged).
 */
export function callEndEvent(context: McpEventContext, upstream: UpstreamRef, call: ForwardedCall, response: Msg, latencyMs: number, cancelled = false): RecordInput | undefined {
  const ids = { downstream: call.downId, upstream: call.upId };
  const error = response.error
    ? cancelled
      ? { type: 'AbortError', message: String(response.error.message) }
      : { type: 'jsonrpc', message: String(response.error.message), code: response.error.code }
    : undefined;
  const errorData = response.error?.data !== undefined ? { errorData: response.error.data } : {};
  const result = isObject(response.result) ? response.result : undefined;
  const params = call.params ?? {};
  const aborted = cancelled ? { aborted: true } : {};
  switch (call.method) {
    case 'tools/call': {
      const tool = { ...toolRef(call.display ?? String(params.name ?? ''), upstream.name, call.downId), durationMs: latencyMs };
      if (error) {
        return { type: 'tool.error', outcome: 'failure', trace: call.trace, tool, error, attrs: { ...mcpAttrs(context, { method: call.method, requestId: ids, latencyMs, ...errorData }, upstream), ...aborted } };
      }
      const isError = result?.isError === true;
      return {
        type: 'tool.result',
        outcome: isError ? 'failure' : 'success',
        trace: call.trace,
        tool: { ...tool, result },
        ...(isError ? { error: { type: 'tool_error', message: firstText(result ?? {}) ?? 'tool returned isError' } } : {}),
        attrs: mcpAttrs(context, { method: call.method, requestId: ids, latencyMs, isError }, upstream),
      };
    }
    case 'resources/read':
      return resourceReadEvent(context, upstream, { uri: String(params.uri ?? ''), downId: call.downId, upId: call.upId, trace: call.trace }, result, response.error, latencyMs, cancelled);
    case 'prompts/get':
      return {
        type: 'prompt.get',
        outcome: error ? 'failure' : 'success',
        trace: call.trace,
        resource: { type: 'mcp.prompt', id: call.display ?? String(params.name ?? ''), operation: 'get' },
        content: { input: params.arguments, ...(result ? { output: result.messages } : {}) },
        ...(error ? { error } : {}),
        attrs: { ...mcpAttrs(context, { method: call.method, requestId: ids, latencyMs, prompt: call.display ?? params.name, ...errorData }, upstream), ...aborted },
      };
    default:
      return error ? { type: 'error', outcome: 'failure', trace: call.trace, error, attrs: { ...mcpAttrs(context, { method: call.method, requestId: ids, latencyMs, ...errorData }, upstream), ...aborted } } : undefined;
  }
}

/** `resource.read`: a summary of the contents (uri, mimeType, text length, blob bytes), never the bytes. */
export function resourceReadEvent(
  context: McpEventContext,
  upstream: UpstreamRef | undefined,
  read: { uri: string; downId?: Id | null | undefined; upId?: number | undefined; trace: Trace },
  result: Params | undefined,
  rpcError: RpcError | undefined,
  latencyMs: number,
  cancelled = false,
): RecordInput {
  const contents = Array.isArray(result?.contents) ? result.contents : [];
  const summary = contents.filter(isObject).map((c) => ({
    uri: c.uri,
    mimeType: c.mimeType,
    ...(typeof c.text === 'string' ? { textLength: c.text.length } : {}),
    ...(typeof c.blob === 'string' ? { blobBytes: Math.floor((c.blob.length * 3) / 4) } : {}),
  }));
  const error = rpcError ? (cancelled ? { type: 'AbortError', message: String(rpcError.message) } : { type: 'jsonrpc', message: String(rpcError.message), code: rpcError.code }) : undefined;
  return {
    type: 'resource.read',
    outcome: rpcError ? 'failure' : 'success',
    trace: read.trace,
    resource: { type: 'mcp.resource', id: read.uri, operation: 'read' },
    ...(result ? { content: { output: summary } } : {}),
    ...(error ? { error } : {}),
    attrs: { ...mcpAttrs(context, { method: 'resources/read', requestId: { downstream: read.downId ?? undefined, upstream: read.upId }, latencyMs }, upstream), ...(cancelled ? { aborted: true } : {}) },
  };
}

/** One upstream's list request failed while the proxy merged the lists of several. */
export function listFailureEvent(context: McpEventContext, upstream: UpstreamRef, method: string, downId: Id, trace: Trace, error: RpcError | undefined): RecordInput {
  return {
    type: 'error',
    outcome: 'failure',
    trace,
    error: { type: 'jsonrpc', message: error?.message ?? 'empty result', code: error?.code },
    attrs: mcpAttrs(context, { method, requestId: { downstream: downId } }, upstream),
  };
}

// ---------------------------------------------------------------- server-to-client requests

/** A request a server sent to the client through the proxy. */
export interface ServerRequestRef {
  method: string;
  params: Params | undefined;
  upId: Id;
  trace: Trace;
}

function serverEventType(method: string, phase: 'request' | 'result'): string | undefined {
  if (method === 'sampling/createMessage') return `sampling.${phase}`;
  if (method === 'elicitation/create') return `elicitation.${phase}`;
  if (method === 'roots/list') return phase === 'request' ? undefined : 'roots.list';
  return undefined;
}

/** `sampling.request` / `elicitation.request` (`pending`); nothing for other methods. */
export function serverRequestEvent(context: McpEventContext, upstream: UpstreamRef, request: ServerRequestRef, downOutId: number): RecordInput | undefined {
  const type = serverEventType(request.method, 'request');
  if (!type) return undefined;
  const params = request.params ?? {};
  const attrs = mcpAttrs(context, { method: request.method, requestId: { downstream: downOutId, upstream: request.upId }, direction: 'server-to-client' }, upstream);
  if (type === 'sampling.request') {
    const parameters: Params = {};
    for (const name of ['maxTokens', 'temperature', 'stopSequences', 'modelPreferences', 'includeContext']) if (params[name] !== undefined) parameters[name] = params[name];
    return { type, outcome: 'pending', trace: request.trace, model: { parameters }, content: { input: { systemPrompt: params.systemPrompt, messages: params.messages } }, attrs };
  }
  return {
    type,
    outcome: 'pending',
    trace: request.trace,
    content: { input: { message: params.message, mode: params.mode, url: params.url, requestedSchema: params.requestedSchema } },
    attrs,
  };
}

/**
 * The client's answer to a server request: `sampling.result`, `elicitation.result` (`denied`
 * unless accepted), `roots.list`, or an `error` when another method failed.
 */
export function serverResultEvent(context: McpEventContext, upstream: UpstreamRef, request: ServerRequestRef, message: Msg, latencyMs: number): RecordInput | undefined {
  const type = serverEventType(request.method, 'result');
  const rpcError = message.error;
  const error = rpcError ? { type: 'jsonrpc', message: String(rpcError.message), code: rpcError.code } : undefined;
  const ids = { upstream: request.upId, downstream: typeof message.id === 'number' ? message.id : undefined };
  const attrs = mcpAttrs(context, { method: request.method, requestId: ids, latencyMs, direction: 'server-to-client' }, upstream);
  const result = isObject(message.result) ? message.result : undefined;
  if (type === 'sampling.result') {
    return {
      type,
      outcome: error ? 'failure' : 'success',
      trace: request.trace,
      model: { ...(typeof result?.model === 'string' ? { id: result.model } : {}), ...(typeof result?.stopReason === 'string' ? { finishReason: result.stopReason } : {}), latencyMs },
      ...(result ? { content: { output: { role: result.role, content: result.content } } } : {}),
      ...(error ? { error } : {}),
      attrs,
    };
  }
  if (type === 'elicitation.result') {
    const action = typeof result?.action === 'string' ? result.action : undefined;
    return {
      type,
      outcome: error ? 'failure' : action === 'accept' ? 'success' : 'denied',
      trace: request.trace,
      ...(action ? { decision: { action, reason: 'answer of the user to an elicitation request' } } : {}),
      ...(result ? { content: { output: result.content } } : {}),
      ...(error ? { error } : {}),
      attrs,
    };
  }
  if (type === 'roots.list' || error) {
    return { type: type ?? 'error', outcome: error ? 'failure' : 'success', trace: request.trace, ...(error ? { error } : {}), ...(result ? { content: { output: result.roots } } : {}), attrs };
  }
  return undefined;
}

// ---------------------------------------------------------------- session and failures

/** `conversation.start`: the initialize exchange, with what is fixed for the session. */
export function conversationStartEvent(
  context: McpEventContext,
  start: { trace: Trace; downId: Id; params: Params; upstreams: Params; latencyMs: number; error?: RpcError | undefined },
): RecordInput {
  return {
    type: 'conversation.start',
    outcome: start.error ? 'failure' : 'success',
    trace: start.trace,
    ...(start.error ? { error: { type: 'jsonrpc', message: start.error.message, code: start.error.code } } : {}),
    attrs: mcpAttrs(
      context,
      {
        method: 'initialize',
        requestId: { downstream: start.downId },
        requestedProtocolVersion: typeof start.params.protocolVersion === 'string' ? start.params.protocolVersion : undefined,
        clientCapabilities: start.params.capabilities,
        upstreams: start.upstreams,
        latencyMs: start.latencyMs,
      },
      undefined,
      true,
    ),
  };
}

/** `conversation.end`, on the session's span. */
export function conversationEndEvent(context: McpEventContext, trace: Trace): RecordInput {
  return {
    type: 'conversation.end',
    trace: { traceId: trace.traceId, spanId: trace.spanId, ...(trace.parentSpanId ? { parentSpanId: trace.parentSpanId } : {}) },
    attrs: mcpAttrs(context, {}, undefined, true),
  };
}

/** A client line that was not JSON-RPC, or too large; `error` is what the client was answered. */
export function clientProblemEvent(context: McpEventContext, problem: LineProblem, error: RpcError, trace: Trace): RecordInput {
  const oversize = problem.kind === 'oversize';
  return {
    type: 'error',
    outcome: 'failure',
    trace,
    error: { type: oversize ? 'message_too_large' : 'malformed_message', code: error.code, message: `client sent ${error.message.toLowerCase()}` },
    attrs: mcpAttrs(context, { direction: 'client-to-server', bytes: problem.bytes, sample: problem.head.slice(0, 120) }),
  };
}

/** A server line that was not JSON-RPC, or too large; it was dropped. `method`: the call it answered, when known. */
export function upstreamProblemEvent(context: McpEventContext, upstream: UpstreamRef, problem: LineProblem, maxMessageBytes: number, trace: Trace, method?: string): RecordInput {
  const code = problem.kind === 'oversize' ? 'message_too_large' : 'malformed_message';
  return {
    type: 'error',
    outcome: 'failure',
    trace,
    error: {
      type: code,
      code,
      message: problem.kind === 'oversize'
        ? `upstream "${upstream.name}" sent a message of ${problem.bytes} bytes, over the ${maxMessageBytes}-byte limit; it was dropped`
        : `upstream "${upstream.name}" sent a line that is not JSON-RPC (${problem.bytes} bytes); it was dropped`,
    },
    attrs: mcpAttrs(context, { direction: 'server-to-client', sample: problem.head.slice(0, 120), ...(method ? { method } : {}) }, upstream),
  };
}

/** An upstream that could not start, exited or closed. */
export function upstreamGoneEvent(context: McpEventContext, upstream: UpstreamRef, reason: string, trace: Trace, state: { inflight: number; wasRunning: boolean }): RecordInput {
  return {
    type: 'error',
    outcome: 'failure',
    trace,
    error: { type: 'upstream_unavailable', code: 'upstream_unavailable', message: `upstream "${upstream.name}" ${reason}` },
    attrs: mcpAttrs(context, { inflight: state.inflight, wasRunning: state.wasRunning }, upstream),
  };
}
