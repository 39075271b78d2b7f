import { formatTraceparent, type Auditor, type RecordInput } from '@agent-audit/core';
import type { TransportSendOptions } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';

const WRAPPED = Symbol.for('agent-audit.withAuditContext');

/** Options of `withAuditContext()`. */
export interface WithAuditContextOptions {
  /** Whose context to read: `auditor.currentContext()` at the time each request is sent. */
  auditor: Pick<Auditor, 'currentContext'>;
}

/** The part of a client transport `withAuditContext` needs: the MCP SDK's and the AI SDK's both fit. */
export interface SendingTransport {
  send(message: JSONRPCMessage, options?: TransportSendOptions): Promise<void>;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Adds the W3C Trace Context of the current audit context to a JSON-RPC request: returns a
 * copy with `params._meta.traceparent` naming the current span, or the message itself when
 * there is no context, it is not a request, or it already carries a `traceparent`.
 *
 * @example
 * ```ts
 * auditor.run({}, () => withTraceparent({ jsonrpc: '2.0', id: 1, method: 'ping' }, auditor));
 * // { jsonrpc: '2.0', id: 1, method: 'ping', params: { _meta: { traceparent: '00-<traceId>-<spanId>-01' } } }
 * ```
 */
export function withTraceparent(message: JSONRPCMessage, auditor: Pick<Auditor, 'currentContext'>): JSONRPCMessage {
  if (!('method' in message) || !('id' in message)) return message;
  const context = auditor.currentContext();
  if (!context) return message;
  const params = isObject(message.params) ? message.params : {};
  const meta = isObject(params._meta) ? params._meta : {};
  if (typeof meta.traceparent === 'string') return message;
  return { ...message, params: { ...params, _meta: { ...meta, traceparent: formatTraceparent(context.trace) } } } as JSONRPCMessage;
}

/**
 * Makes an MCP client transport carry the audit context across the process boundary: every
 * request sent through it gets `params._meta.traceparent` (W3C Trace Context) naming the span
 * that is current when it is sent: an `auditor.run()` scope, or the tool span an adapter runs
 * the tool in (`@agent-audit/ai-sdk`'s `auditTelemetry` does). `agent-audit mcp-proxy`, or any
 * server that reads `_meta.traceparent`, then records the call as a child of that span, in the
 * same trace, in its own ledger. Requests sent with no current context, notifications and
 * responses pass unchanged, as does a request that already has a `traceparent`.
 *
 * The transport is returned itself (same object, same class, so the MCP SDK `Client` and the AI
 * SDK's `createMCPClient({ transport })` both accept it), with its `send` wrapped; wrapping it
 * twice adds nothing twice.
 *
 * @param transport Any MCP client transport: `StdioClientTransport`, `StreamableHTTPClientTransport`, ...
 * @param options `{ auditor }`: the auditor whose context is read (`currentContext()`).
 * @returns The same transport.
 *
 * @example
 * ```ts
 * import { Client } from '@modelcontextprotocol/sdk/client/index.js';
 * import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
 * import { withAuditContext } from '@agent-audit/mcp-proxy';
 *
 * const transport = withAuditContext(
 *   new StdioClientTransport({ command: 'agent-audit', args: ['mcp-proxy', '--ledger', './audit-proxy', 'node', 'server.js'] }),
 *   { auditor },
 * );
 * const client = new Client({ name: 'agent', version: '1.0.0' });
 * await client.connect(transport);
 * await auditor.run({}, () => client.callTool({ name: 'echo', arguments: { message: 'hi' } })); // one trace in both ledgers
 * ```
 */
export function withAuditContext<T extends SendingTransport>(transport: T, options: WithAuditContextOptions): T {
  const auditor = options?.auditor;
  if (!auditor || typeof auditor.currentContext !== 'function') throw new TypeError('withAuditContext needs { auditor } (from createAuditor)');
  const marked = transport as T & { [WRAPPED]?: true };
  if (marked[WRAPPED]) return transport;
  const send = transport.send.bind(transport);
  marked.send = (message: JSONRPCMessage, sendOptions?: TransportSendOptions) => send(withTraceparent(message, auditor), sendOptions);
  marked[WRAPPED] = true;
  return transport;
}

/** What `toolCallSpans()` returns. */
export interface ToolCallSpans {
  /** Give this auditor to the adapter (e.g. `new AuditCallbackHandler({ auditor: spans.auditor })`): it records through the real one. */
  readonly auditor: Auditor;
  /**
   * The W3C `traceparent` naming the span of the `tool.call` recorded for this tool call id
   * (the model's `toolCallId`), while that call is open; `undefined` when none is.
   */
  traceparent(toolCallId: string | undefined): string | undefined;
  /**
   * Runs `fn` in the audit context of that tool call's span (so `withAuditContext` sends it as
   * the parent); without an open call of that id, just runs `fn`. For frameworks that run a
   * tool outside its span, such as AI SDK 6 (ai 7 runs it inside, through `executeTool`).
   */
  run<T>(toolCallId: string | undefined, fn: () => T): T;
}

/**
 * Remembers the span of every open `tool.call` an adapter records, by tool call id, so code
 * that runs for that call but outside its audit context can still name its span. This is the
 * way for `@langchain/mcp-adapters`, whose `beforeToolCall` hook can set HTTP headers but runs
 * outside the tool's span: it gets LangChain's config, whose `toolCall.id` is the call id
 * `AuditCallbackHandler` records. `agent-audit mcp-proxy --http` honours a `traceparent`
 * request header as W3C Trace Context, so the proxy's `tool.call` becomes a child of the
 * agent's tool span. A call's entry goes when its `tool.result` / `tool.error` is recorded (at
 * most 10,000 open calls are kept; the oldest goes first).
 *
 * @param auditor The auditor the adapter would otherwise get.
 * @returns `{ auditor, traceparent(toolCallId), run(toolCallId, fn) }`.
 *
 * @example
 * ```ts
 * const spans = toolCallSpans(auditor);
 * const handler = new AuditCallbackHandler({ auditor: spans.auditor });
 * const mcp = new MultiServerMCPClient({
 *   mcpServers: { tools: { transport: 'http', url: 'http://127.0.0.1:8123/mcp' } },
 *   beforeToolCall: (_call, _state, config) => {
 *     const traceparent = spans.traceparent(config.toolCall?.id);
 *     return traceparent ? { headers: { traceparent } } : undefined;
 *   },
 * });
 * await agent.invoke(input, { callbacks: [handler] });
 * ```
 */
export function toolCallSpans(auditor: Auditor): ToolCallSpans {
  if (!auditor || typeof auditor.record !== 'function') throw new TypeError('toolCallSpans needs an auditor (from createAuditor)');
  const open = new Map<string, { traceId: string; spanId: string; parentSpanId?: string }>();
  const MAX_OPEN = 10_000;
  const remember = (input: RecordInput): void => {
    const callId = input.tool?.callId;
    if (typeof callId !== 'string' || callId === '') return;
    if (input.type === 'tool.call') {
      const trace = input.trace?.traceId && input.trace.spanId ? input.trace : auditor.currentContext()?.trace;
      if (!trace?.traceId || !trace.spanId) return;
      open.delete(callId);
      open.set(callId, { traceId: trace.traceId, spanId: trace.spanId, ...(trace.parentSpanId ? { parentSpanId: trace.parentSpanId } : {}) });
      if (open.size > MAX_OPEN) open.delete(open.keys().next().value as string);
    } else if (input.type === 'tool.result' || input.type === 'tool.error') open.delete(callId);
  };
  const recording = Object.create(auditor) as Auditor;
  Object.assign(recording, {
    record(input: RecordInput) {
      try {
        remember(input);
      } catch {
        // Never in the way of the record itself.
      }
      return auditor.record(input);
    },
    recordDurable(input: RecordInput) {
      try {
        remember(input);
      } catch {
        // As above.
      }
      return auditor.recordDurable(input);
    },
  });
  const find = (toolCallId: string | undefined) => (typeof toolCallId === 'string' ? open.get(toolCallId) : undefined);
  return {
    auditor: recording,
    traceparent: (toolCallId) => {
      const trace = find(toolCallId);
      return trace ? formatTraceparent(trace) : undefined;
    },
    run: (toolCallId, fn) => {
      const trace = find(toolCallId);
      return trace ? auditor.run({ trace }, fn) : fn();
    },
  };
}
