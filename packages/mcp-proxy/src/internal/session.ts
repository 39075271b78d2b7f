import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { newSpanId, newTraceId, parseTraceparent, formatTraceparent } from '@agent-audit/core';
import type { Actor, Auditor, RecordInput, Trace } from '@agent-audit/core';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage, MessageExtraInfo } from '@modelcontextprotocol/sdk/types.js';
import { UriTemplate } from '@modelcontextprotocol/sdk/shared/uriTemplate.js';
import type { UpstreamConfig } from '../config.js';
import { evaluateToolPolicy, type ToolPolicy } from '../policy.js';
import { ChildProcessTransport, type LineProblem } from './line-transport.js';
import { createUpstreamTransport, upstreamKind, type UpstreamKind } from './upstream.js';
import { recordableId } from './exact-ids.js';

/** A JSON-RPC id; `bigint` when a line transport kept an id beyond 2^53 exact. */
type Id = string | number | bigint;
type Params = Record<string, unknown>;
interface RpcError {
  code: number;
  message: string;
  data?: unknown;
}
/** A JSON-RPC message as the proxy handles it: forwarded untouched except for ids and `_meta`. */
interface Msg {
  jsonrpc: '2.0';
  id?: Id | null;
  method?: string;
  params?: Params;
  result?: Params;
  error?: RpcError;
}

export const SEPARATOR = '__';
/** How long a stdio session whose client stopped sending waits for in-flight answers. */
const DRAIN_MS = 5_000;

/**
 * JSON-RPC error codes the proxy itself produces (errors from servers pass unchanged).
 *
 * @example
 * ```ts
 * if (error.code === ProxyErrorCode.AuditUnavailable) showBanner('audit ledger down');
 * ```
 */
export const ProxyErrorCode = {
  ParseError: -32700,
  InvalidRequest: -32600,
  MethodNotFound: -32601,
  InvalidParams: -32602,
  InternalError: -32603,
  /** Upstream closed or exited before answering (MCP SDK `ConnectionClosed`). */
  ConnectionClosed: -32000,
  /** No answer within `requestTimeoutMs` (MCP SDK `RequestTimeout`). */
  RequestTimeout: -32001,
  ResourceNotFound: -32002,
  /** Fail-closed: the call could not be recorded, so it was not forwarded. */
  AuditUnavailable: -32010,
} as const;

export interface SessionShared {
  auditor: Auditor;
  upstreams: ReadonlyArray<readonly [string, UpstreamConfig]>;
  policy: ToolPolicy | undefined;
  maxMessageBytes: number;
  requestTimeoutMs: number;
  failClosed: boolean;
  proxyInfo: { name: string; version: string };
}

export interface SessionInfo {
  transport: 'stdio' | 'http' | 'custom';
  /** Authenticated subject (HTTP mode). */
  actor?: Actor;
  /** When the client stops sending (stdin end), answer what is in flight before closing. */
  drainOnClose?: boolean;
  /**
   * Start the upstreams on the first message the downstream transport delivers, not in
   * `start()`: the HTTP transport delivers nothing for a request it refuses, so a refused
   * `initialize` spawns no server.
   */
  lazyUpstreams?: boolean;
  onClose?: () => void;
}

interface Pending {
  upId: number;
  downId?: Id;
  method: string;
  params: Params | undefined;
  started: number;
  trace: Trace;
  display?: string;
  progress?: Id;
  timer?: NodeJS.Timeout;
  /** For requests the proxy makes itself (fan-out). */
  internal?: (response: Msg) => void;
  /** Rewrites a successful result before it goes downstream (namespacing). */
  transform?: (result: Params) => Params;
}

interface Upstream {
  name: string;
  kind: UpstreamKind;
  transport?: Transport;
  alive: boolean;
  deadReason?: string;
  nextId: number;
  pending: Map<number, Pending>;
  progress: Map<Id, { downToken: Id; pending: Pending }>;
  nextToken: number;
  protocolVersion?: string;
  capabilities?: Params;
  serverInfo?: Params;
  templates?: UriTemplate[];
  instructions?: string;
}

interface ServerRequest {
  upstream: Upstream;
  upId: Id;
  method: string;
  params: Params | undefined;
  started: number;
  trace: Trace;
}

const key = (id: Id): string => `${typeof id}:${id}`;

/** Client requests that always produce events on their span (whatever the outcome). */
const AUDITED_METHODS = new Set(['tools/call', 'resources/read', 'prompts/get']);

function isObject(value: unknown): value is Params {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function errorResponse(id: Id | null, error: RpcError): Msg {
  return { jsonrpc: '2.0', id, error };
}

function firstText(result: Params): string | undefined {
  const content = result.content;
  if (!Array.isArray(content)) return undefined;
  for (const item of content) if (isObject(item) && item.type === 'text' && typeof item.text === 'string') return item.text.slice(0, 500);
  return undefined;
}

/**
 * Over HTTP, a W3C `traceparent` request header stands for `params._meta.traceparent` when the
 * message has none (clients that can set headers but not `_meta`, such as
 * `@langchain/mcp-adapters`' `beforeToolCall`). `_meta` wins when both are there.
 */
function withHeaderTraceparent(message: Msg, extra: MessageExtraInfo | undefined): Msg {
  const header = extra?.requestInfo?.headers?.traceparent;
  const value = Array.isArray(header) ? header[0] : header;
  if (typeof value !== 'string' || parseTraceparent(value) === undefined) return message;
  const params = isObject(message.params) ? message.params : {};
  const meta = isObject(params._meta) ? params._meta : {};
  if (typeof meta.traceparent === 'string') return message;
  return { ...message, params: { ...params, _meta: { ...meta, traceparent: value } } };
}

/**
 * One downstream MCP session and the upstream connections it owns. Messages are forwarded
 * as they are: the proxy rewrites request ids (per hop), progress tokens, `_meta.traceparent`
 * and, with several upstreams, names; everything else passes untouched.
 */
export class ProxySession {
  private readonly fallbackSessionId = randomUUID();
  private readonly upstreams: Upstream[];
  private readonly single: boolean;
  private readonly inflight = new Map<string, { upstream: Upstream; upId: number }>();
  private readonly serverRequests = new Map<number, ServerRequest>();
  private nextServerRequestId = 1;
  private readonly uriOwner = new Map<string, Upstream>();
  private ready: Promise<void> | undefined;
  private isReady = false;
  private closed = false;
  private trace: Trace;
  private sessionRecorded = false;
  private clientInfo: { name?: unknown; version?: unknown } | undefined;
  private downstreamVersion: string | undefined;
  private actor: Actor | undefined;

  constructor(
    private readonly shared: SessionShared,
    private readonly down: Transport,
    private readonly info: SessionInfo,
  ) {
    this.actor = info.actor;
    this.trace = { traceId: newTraceId(), spanId: newSpanId() };
    this.upstreams = shared.upstreams.map(([name, config]) => ({
      name,
      kind: upstreamKind(config),
      alive: false,
      nextId: 1,
      pending: new Map(),
      progress: new Map(),
      nextToken: 1,
    }));
    this.single = this.upstreams.length === 1;
  }

  /** The downstream MCP session id (HTTP), or one the proxy made up (stdio). */
  get sessionId(): string {
    return this.down.sessionId ?? this.fallbackSessionId;
  }

  /** A client line that was not JSON-RPC or too large: answer with a JSON-RPC error and record it. */
  downstreamProblem(problem: LineProblem): void {
    this.guard(() => {
      const match = /"id"\s*:\s*(\d+|"[^"]{1,64}")\s*\}\s*$/.exec(problem.tail) ?? /^\s*\{\s*"jsonrpc"\s*:\s*"2\.0"\s*,\s*"id"\s*:\s*(\d+|"[^"]{1,64}")/.exec(problem.head);
      const id: Id | null = match ? (JSON.parse(match[1] as string) as Id) : null;
      const oversize = problem.kind === 'oversize';
      const error = oversize
        ? { code: ProxyErrorCode.InvalidRequest, message: `Message of ${problem.bytes} bytes is over the proxy's ${this.shared.maxMessageBytes}-byte limit` }
        : { code: ProxyErrorCode.ParseError, message: 'Parse error: the line is not a JSON-RPC 2.0 message' };
      this.record({
        type: 'error',
        outcome: 'failure',
        trace: this.childTrace(undefined),
        error: { type: oversize ? 'message_too_large' : 'malformed_message', code: error.code, message: `client sent ${error.message.toLowerCase()}` },
        attrs: this.mcpAttrs({ direction: 'client-to-server', bytes: problem.bytes, sample: problem.head.slice(0, 120) }),
      });
      this.reply(errorResponse(id, error));
    });
  }

  /** Starts the upstream connections and the downstream transport. */
  async start(): Promise<void> {
    this.down.onmessage = (message: JSONRPCMessage, extra?: MessageExtraInfo) => this.guard(() => this.fromDownstream(message as Msg, extra));
    this.down.onerror = (error: Error) => this.report(error, 'downstream transport error');
    this.down.onclose = () => this.guard(() => void (this.info.drainOnClose ? this.drainThenClose() : this.close()));
    await this.down.start();
    if (!this.info.lazyUpstreams) await this.startUpstreams();
  }

  /** Starts every upstream once; later calls get the same promise. */
  private startUpstreams(): Promise<void> {
    this.ready ??= Promise.all(this.upstreams.map((upstream, index) => this.startUpstream(upstream, this.shared.upstreams[index]![1]))).then(() => {
      this.isReady = true;
    });
    return this.ready;
  }

  private async startUpstream(upstream: Upstream, config: UpstreamConfig): Promise<void> {
    try {
      const transport = createUpstreamTransport(config, {
        maxMessageBytes: this.shared.maxMessageBytes,
        onProblem: (problem) => this.guard(() => this.upstreamProblem(upstream, problem)),
      });
      upstream.transport = transport;
      transport.onmessage = (message: JSONRPCMessage) => this.guard(() => this.fromUpstream(upstream, message as Msg));
      transport.onerror = (error: Error) => this.guard(() => this.upstreamError(upstream, error));
      transport.onclose = () => this.guard(() => this.upstreamGone(upstream, 'closed the connection'));
      if (transport instanceof ChildProcessTransport) {
        transport.onexit = ({ code, signal, error }) =>
          this.guard(() => this.upstreamGone(upstream, error ? `could not be started: ${error.message}` : `exited (${signal ?? `code ${code}`})`));
      }
      await transport.start();
      if (this.closed) {
        // The session closed while this upstream was starting: stop it again.
        await transport.close();
        return;
      }
      upstream.alive = true;
    } catch (error) {
      this.upstreamGone(upstream, `could not be started: ${(error as Error).message}`);
    }
  }

  // ---------------------------------------------------------------- audit

  private guard(fn: () => void): void {
    try {
      fn();
    } catch (error) {
      this.report(error, 'internal proxy failure');
    }
  }

  private report(error: unknown, context: string): void {
    try {
      const wrapped = error instanceof Error ? error : new Error(String(error));
      this.shared.auditor.onError(new Error(`mcp-proxy: ${context}: ${wrapped.message}`, { cause: wrapped }));
    } catch {
      // onError itself failed: nothing safe is left to do.
    }
  }

  /**
   * `attrs.mcp` of an event. Per-message events carry what varies per message (method, ids,
   * server, latency) and the client; transport and protocol versions, which are fixed for a
   * session, are on its `conversation.start` (`full`). Every attribute is work for the
   * redaction stage, so the per-message set stays small.
   */
  private mcpAttrs(extra: Params, upstream?: Upstream, full = false): Params {
    const upstreamSessionId = upstream?.transport?.sessionId;
    const ids = extra.requestId;
    if (isObject(ids) && (typeof ids.downstream === 'bigint' || typeof ids.upstream === 'bigint')) {
      extra = { ...extra, requestId: { ...ids, downstream: recordableId(ids.downstream), upstream: recordableId(ids.upstream) } };
    }
    return {
      mcp: {
        ...(full ? { transport: this.info.transport, protocolVersion: { downstream: this.downstreamVersion } } : {}),
        ...(this.clientInfo ? { client: { name: this.clientInfo.name, version: this.clientInfo.version } } : {}),
        ...(upstream ? { server: upstream.name } : {}),
        ...(upstreamSessionId ? { upstreamSessionId } : {}),
        ...extra,
      },
    };
  }

  private input(event: RecordInput): RecordInput {
    return { ...event, source: 'mcp-proxy', session: this.sessionId, ...(this.actor ? { actor: this.actor } : {}) };
  }

  private record(event: RecordInput): void {
    try {
      this.shared.auditor.record(this.input(event));
    } catch (error) {
      this.report(error, `could not record ${event.type}`);
    }
  }

  /** The trace of a unit of work: the caller's traceparent when it sent one, else the session's. */
  private childTrace(params: Params | undefined, parent?: Trace): Trace {
    const meta = params && isObject(params._meta) ? params._meta : undefined;
    const joined = typeof meta?.traceparent === 'string' ? parseTraceparent(meta.traceparent) : undefined;
    if (joined) return joined;
    const base = parent ?? this.trace;
    const recorded = parent !== undefined || this.sessionRecorded;
    return { traceId: base.traceId, spanId: newSpanId(), ...(recorded ? { parentSpanId: base.spanId } : {}) };
  }

  // ---------------------------------------------------------------- downstream -> upstream

  private fromDownstream(message: Msg, extra?: MessageExtraInfo): void {
    if (this.closed) return;
    if (extra?.authInfo && !this.actor) this.actor = { id: extra.authInfo.clientId, type: 'user' };
    if (!this.isReady) {
      void this.startUpstreams().then(() => this.guard(() => this.fromDownstream(message, extra)));
      return;
    }
    if (typeof message.method === 'string') {
      if (message.id !== undefined && message.id !== null) this.downRequest(withHeaderTraceparent(message, extra) as Msg & { id: Id; method: string });
      else this.downNotification(message as Msg & { method: string });
    } else if (message.id !== undefined && message.id !== null) {
      this.downResponse(message as Msg & { id: Id });
    }
  }

  private async send(transport: Transport | undefined, message: Msg, relatedRequestId?: Id): Promise<void> {
    if (!transport) throw new Error('transport is not connected');
    // relatedRequestId routes an answer to its HTTP stream; bigint ids only come over stdio.
    await transport.send(message as unknown as JSONRPCMessage, relatedRequestId === undefined || typeof relatedRequestId === 'bigint' ? undefined : { relatedRequestId });
  }

  private reply(message: Msg): void {
    this.send(this.down, message).catch((error: unknown) => this.report(error, 'could not answer the client'));
  }

  private downRequest(message: Msg & { id: Id; method: string }): void {
    const { method, params, id } = message;
    if (method === 'initialize') return this.initialize(message);
    if (this.single) {
      const upstream = this.upstreams[0]!;
      if (method === 'tools/call') return this.toolCall(upstream, message, typeof params?.name === 'string' ? params.name : '');
      return this.forward(upstream, message);
    }
    switch (method) {
      case 'ping':
        return this.reply({ jsonrpc: '2.0', id, result: {} });
      case 'tools/list':
        return this.fanList(message, 'tools', 'tools');
      case 'prompts/list':
        return this.fanList(message, 'prompts', 'prompts');
      case 'resources/list':
        return this.fanList(message, 'resources', 'resources');
      case 'resources/templates/list':
        return this.fanList(message, 'resourceTemplates', 'resources');
      case 'tools/call':
      case 'prompts/get': {
        const name = typeof params?.name === 'string' ? params.name : '';
        const target = this.byName(name);
        if (!target) {
          return this.reply(errorResponse(id, { code: ProxyErrorCode.InvalidParams, message: `Unknown ${method === 'tools/call' ? 'tool' : 'prompt'}: ${name} (names are <server>${SEPARATOR}<name>)` }));
        }
        const rewritten = { ...message, params: { ...params, name: target.name } };
        return method === 'tools/call' ? void this.toolCall(target.upstream, rewritten, name) : this.forward(target.upstream, rewritten, { display: name });
      }
      case 'resources/read':
      case 'resources/subscribe':
      case 'resources/unsubscribe':
        return this.routeByUri(message, typeof params?.uri === 'string' ? params.uri : '');
      case 'completion/complete': {
        const ref = isObject(params?.ref) ? params.ref : {};
        if (ref.type === 'ref/prompt' && typeof ref.name === 'string') {
          const target = this.byName(ref.name);
          if (!target) return this.reply(errorResponse(id, { code: ProxyErrorCode.InvalidParams, message: `Unknown prompt: ${ref.name}` }));
          return this.forward(target.upstream, { ...message, params: { ...params, ref: { ...ref, name: target.name } } });
        }
        return this.routeByUri(message, typeof ref.uri === 'string' ? ref.uri : '');
      }
      case 'logging/setLevel':
        return this.fanAll(message, (upstream) => isObject(upstream.capabilities?.logging));
      default:
        return this.reply(errorResponse(id, { code: ProxyErrorCode.MethodNotFound, message: `Method not found: ${method} (not supported with several upstreams)` }));
    }
  }

  private byName(name: string): { upstream: Upstream; name: string } | undefined {
    const at = name.indexOf(SEPARATOR);
    if (at <= 0) return undefined;
    const upstream = this.upstreams.find((u) => u.name === name.slice(0, at));
    return upstream ? { upstream, name: name.slice(at + SEPARATOR.length) } : undefined;
  }

  private routeByUri(message: Msg & { id: Id; method: string }, uri: string): void {
    this.routeByUriAsync(message, uri).catch((error: unknown) => {
      this.report(error, `could not route ${message.method}`);
      this.reply(errorResponse(message.id, { code: ProxyErrorCode.InternalError, message: 'The audit proxy failed to route the request' }));
    });
  }

  private async routeByUriAsync(message: Msg & { id: Id; method: string }, uri: string): Promise<void> {
    let owner = this.uriOwner.get(uri);
    if (!owner) {
      for (const upstream of this.upstreams) {
        if (!upstream.alive || !isObject(upstream.capabilities?.resources)) continue;
        if (!upstream.templates) {
          const response = await this.internalRequest(upstream, 'resources/templates/list', {});
          const list = response.result?.resourceTemplates;
          upstream.templates = Array.isArray(list)
            ? list.flatMap((t) => {
                try {
                  return isObject(t) && typeof t.uriTemplate === 'string' ? [new UriTemplate(t.uriTemplate)] : [];
                } catch {
                  return [];
                }
              })
            : [];
        }
        if (upstream.templates.some((template) => template.match(uri) !== null)) {
          owner = upstream;
          break;
        }
      }
    }
    if (!owner) {
      const error = { code: ProxyErrorCode.ResourceNotFound, message: `Resource not found: no upstream lists ${uri}`, data: { uri } };
      if (message.method === 'resources/read') this.recordResource(undefined, message, uri, undefined, error, 0, this.childTrace(message.params));
      return this.reply(errorResponse(message.id, error));
    }
    this.forward(owner, message);
  }

  private toolCall(upstream: Upstream, message: Msg & { id: Id; method: string }, display: string): void {
    this.toolCallAsync(upstream, message, display).catch((error: unknown) => {
      this.report(error, 'tools/call failed in the proxy');
      this.reply(errorResponse(message.id, { code: ProxyErrorCode.InternalError, message: 'The audit proxy failed to handle the call' }));
    });
  }

  private async toolCallAsync(upstream: Upstream, message: Msg & { id: Id; method: string }, display: string): Promise<void> {
    const params = message.params ?? {};
    const trace = this.childTrace(params);
    const tool = { name: display, server: upstream.name, callId: String(message.id), arguments: params.arguments };
    const policy = this.shared.policy;
    if (policy) {
      const decision = evaluateToolPolicy(policy, display, params.arguments);
      const attrs = this.mcpAttrs({ method: 'tools/call', requestId: { downstream: message.id } }, upstream);
      this.record({
        type: decision.allowed ? 'policy.allow' : 'policy.deny',
        outcome: decision.allowed ? 'success' : 'denied',
        trace,
        tool,
        decision: { action: decision.allowed ? 'allow' : 'deny', reason: decision.reason, policy: decision.policy },
        attrs,
      });
      if (!decision.allowed) {
        this.record({ type: 'tool.call', outcome: 'denied', trace, tool, attrs });
        return this.reply({
          jsonrpc: '2.0',
          id: message.id,
          result: { content: [{ type: 'text', text: `Denied by audit policy (${decision.policy}): ${decision.reason}` }], isError: true },
        });
      }
    }
    if (this.shared.failClosed) {
      try {
        await this.shared.auditor.recordDurable(
          this.input({ type: 'tool.call', outcome: 'pending', trace, tool, attrs: this.mcpAttrs({ method: 'tools/call', requestId: { downstream: message.id } }, upstream) }),
        );
      } catch (error) {
        this.report(error, 'fail-closed: tool call not recorded, not forwarded');
        // The core keeps the tool.call queued and writes it once the ledger recovers; this
        // event, chained after it, says the call never reached the server.
        this.record({
          type: 'tool.error',
          outcome: 'failure',
          trace,
          tool,
          error: { type: 'audit_unavailable', code: ProxyErrorCode.AuditUnavailable, message: 'not forwarded: the tool.call event could not be made durable (fail-closed)' },
          attrs: this.mcpAttrs({ method: 'tools/call', requestId: { downstream: message.id } }, upstream),
        });
        return this.reply(errorResponse(message.id, { code: ProxyErrorCode.AuditUnavailable, message: 'The audit ledger is unavailable; the call was not forwarded (fail-closed).' }));
      }
      return this.forward(upstream, message, { trace, display, callRecorded: true });
    }
    this.forward(upstream, message, { trace, display });
  }

  private forward(
    upstream: Upstream,
    message: Msg & { id: Id; method: string },
    options: { trace?: Trace; display?: string; callRecorded?: boolean; transform?: (result: Params) => Params } = {},
  ): void {
    const trace = options.trace ?? this.childTrace(message.params);
    const upId = upstream.nextId++;
    const pending: Pending = { upId, downId: message.id, method: message.method, params: message.params, started: performance.now(), trace, display: options.display };
    if (options.transform) pending.transform = options.transform;
    else if (!this.single) pending.transform = this.transformFor(upstream, message.method);
    let params = message.params;
    if (params !== undefined) {
      const meta = isObject(params._meta) ? { ...params._meta } : {};
      if (meta.progressToken !== undefined && meta.progressToken !== null) {
        const upToken = `${upstream.nextToken++}`;
        upstream.progress.set(upToken, { downToken: meta.progressToken as Id, pending });
        pending.progress = upToken;
        meta.progressToken = upToken;
      }
      meta.traceparent = formatTraceparent(trace);
      params = { ...params, _meta: meta };
    }
    // The event is recorded after the request is on its way: recording overlaps with the
    // upstream's work instead of adding to the round trip. It is still chained before the
    // result, which cannot be handled before this function returns.
    const recordCall = (): void => {
      if (message.method !== 'tools/call' || options.callRecorded) return;
      this.record({
        type: 'tool.call',
        outcome: 'pending',
        trace,
        tool: { name: options.display ?? String(message.params?.name ?? ''), server: upstream.name, callId: String(message.id), arguments: message.params?.arguments },
        attrs: this.mcpAttrs({ method: 'tools/call', requestId: { downstream: message.id, upstream: upId } }, upstream),
      });
    };
    if (!upstream.alive) {
      recordCall();
      return this.finish(upstream, pending, { jsonrpc: '2.0', id: upId, error: { code: ProxyErrorCode.ConnectionClosed, message: `Upstream "${upstream.name}" is not available: ${upstream.deadReason ?? 'not connected'}` } });
    }
    upstream.pending.set(upId, pending);
    this.inflight.set(key(message.id), { upstream, upId });
    this.arm(upstream, pending);
    this.send(upstream.transport, { jsonrpc: '2.0', id: upId, method: message.method, ...(params !== undefined ? { params } : {}) }).catch((error: unknown) => {
      if (!upstream.pending.has(upId)) return;
      this.finish(upstream, pending, { jsonrpc: '2.0', id: upId, error: { code: ProxyErrorCode.ConnectionClosed, message: `Could not send to upstream "${upstream.name}": ${(error as Error).message}` } });
    });
    recordCall();
  }

  private arm(upstream: Upstream, pending: Pending): void {
    if (pending.timer) clearTimeout(pending.timer);
    pending.timer = setTimeout(() => {
      this.guard(() => {
        if (!upstream.pending.has(pending.upId)) return;
        this.send(upstream.transport, { jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: pending.upId, reason: 'timed out in the audit proxy' } }).catch(() => {});
        this.finish(upstream, pending, {
          jsonrpc: '2.0',
          id: pending.upId,
          error: { code: ProxyErrorCode.RequestTimeout, message: `Upstream "${upstream.name}" did not answer ${pending.method} within ${this.shared.requestTimeoutMs} ms` },
        });
      });
    }, this.shared.requestTimeoutMs);
    pending.timer.unref?.();
  }

  /** Settles a pending upstream request: audit, rewrite the id, answer the client. */
  private finish(upstream: Upstream, pending: Pending, response: Msg): void {
    upstream.pending.delete(pending.upId);
    if (pending.timer) clearTimeout(pending.timer);
    if (pending.progress !== undefined) upstream.progress.delete(pending.progress);
    if (pending.internal) return pending.internal(response);
    if (pending.downId === undefined) return;
    this.inflight.delete(key(pending.downId));
    const elapsed = performance.now() - pending.started;
    let out: Msg;
    if (response.error) out = errorResponse(pending.downId, response.error);
    else {
      let result = isObject(response.result) ? response.result : {};
      if (pending.transform) {
        try {
          result = pending.transform(result);
        } catch (error) {
          this.report(error, `could not rewrite ${pending.method} result`);
        }
      }
      out = { jsonrpc: '2.0', id: pending.downId, result };
    }
    // Answer first, record second: the client does not wait for the audit pipeline.
    this.reply(out);
    this.audit(upstream, pending, response, elapsed);
  }

  /** `cancelled`: the client cancelled the request; no JSON-RPC error was exchanged. */
  private audit(upstream: Upstream, pending: Pending, response: Msg, elapsedMs: number, cancelled = false): void {
    const latencyMs = Math.round(elapsedMs * 1000) / 1000;
    const ids = { downstream: pending.downId, upstream: pending.upId };
    const error = response.error
      ? cancelled
        ? { type: 'AbortError', message: String(response.error.message) }
        : { type: 'jsonrpc', message: String(response.error.message), code: response.error.code }
      : undefined;
    const errorData = response.error?.data !== undefined ? { errorData: response.error.data } : {};
    const result = isObject(response.result) ? response.result : undefined;
    // FORMAT.md 2.2: the end of cancelled work is a failure with error.type AbortError and attrs.aborted.
    const aborted = cancelled ? { aborted: true } : {};
    const params = pending.params ?? {};
    switch (pending.method) {
      case 'tools/call': {
        const tool = { name: pending.display ?? String(params.name ?? ''), server: upstream.name, callId: String(pending.downId), durationMs: latencyMs };
        if (error) {
          this.record({ type: 'tool.error', outcome: 'failure', trace: pending.trace, tool, error, attrs: { ...this.mcpAttrs({ method: pending.method, requestId: ids, latencyMs, ...errorData }, upstream), ...aborted } });
        } else {
          const isError = result?.isError === true;
          this.record({
            type: 'tool.result',
            outcome: isError ? 'failure' : 'success',
            trace: pending.trace,
            tool: { ...tool, result },
            ...(isError ? { error: { type: 'tool_error', message: firstText(result ?? {}) ?? 'tool returned isError' } } : {}),
            attrs: this.mcpAttrs({ method: pending.method, requestId: ids, latencyMs, isError }, upstream),
          });
        }
        return;
      }
      case 'resources/read':
        return this.recordResource(upstream, pending, String(params.uri ?? ''), result, response.error, latencyMs, pending.trace);
      case 'prompts/get':
        this.record({
          type: 'prompt.get',
          outcome: error ? 'failure' : 'success',
          trace: pending.trace,
          resource: { type: 'mcp.prompt', id: pending.display ?? String(params.name ?? ''), operation: 'get' },
          content: { input: params.arguments, ...(result ? { output: result.messages } : {}) },
          ...(error ? { error } : {}),
          attrs: { ...this.mcpAttrs({ method: pending.method, requestId: ids, latencyMs, prompt: pending.display ?? params.name, ...errorData }, upstream), ...aborted },
        });
        return;
      default:
        if (error) {
          this.record({ type: 'error', outcome: 'failure', trace: pending.trace, error, attrs: { ...this.mcpAttrs({ method: pending.method, requestId: ids, latencyMs, ...errorData }, upstream), ...aborted } });
        }
    }
  }

  private recordResource(upstream: Upstream | undefined, pending: { downId?: Id; upId?: number } | Msg, uri: string, result: Params | undefined, rpcError: RpcError | undefined, latencyMs: number, trace: Trace): void {
    const contents = Array.isArray(result?.contents) ? result.contents : [];
    const summary = contents.filter(isObject).map((c) => ({
      uri: c.uri,
      mimeType: c.mimeType,
      ...(typeof c.text === 'string' ? { textLength: c.text.length } : {}),
      ...(typeof c.blob === 'string' ? { blobBytes: Math.floor((c.blob.length * 3) / 4) } : {}),
    }));
    const downId = 'downId' in pending ? pending.downId : (pending as Msg).id;
    const upId = 'upId' in pending ? pending.upId : undefined;
    this.record({
      type: 'resource.read',
      outcome: rpcError ? 'failure' : 'success',
      trace,
      resource: { type: 'mcp.resource', id: uri, operation: 'read' },
      ...(result ? { content: { output: summary } } : {}),
      ...(rpcError ? { error: { type: 'jsonrpc', message: String(rpcError.message), code: rpcError.code } } : {}),
      attrs: this.mcpAttrs({ method: 'resources/read', requestId: { downstream: downId ?? undefined, upstream: upId }, latencyMs }, upstream),
    });
  }

  private downNotification(message: Msg & { method: string }): void {
    const params = message.params;
    if (message.method === 'notifications/cancelled' && params && (typeof params.requestId === 'string' || typeof params.requestId === 'number' || typeof params.requestId === 'bigint')) {
      const target = this.inflight.get(key(params.requestId));
      if (!target) return;
      const pending = target.upstream.pending.get(target.upId);
      this.send(target.upstream.transport, { ...message, params: { ...params, requestId: target.upId } }).catch((error: unknown) => this.report(error, 'could not forward cancellation'));
      if (pending) {
        // The server need not answer a cancelled request; the client no longer waits for one.
        target.upstream.pending.delete(target.upId);
        if (pending.timer) clearTimeout(pending.timer);
        if (pending.progress !== undefined) target.upstream.progress.delete(pending.progress);
        this.inflight.delete(key(params.requestId));
        const reason = typeof params.reason === 'string' ? params.reason : 'cancelled by the client';
        this.audit(target.upstream, pending, { jsonrpc: '2.0', error: { code: 0, message: `cancelled: ${reason}` } }, performance.now() - pending.started, true);
      }
      return;
    }
    if (message.method === 'notifications/progress' && !this.single) return; // tokens of server-to-client requests are not mapped across several upstreams
    for (const upstream of this.upstreams) {
      if (upstream.alive) this.send(upstream.transport, message).catch((error: unknown) => this.report(error, `could not forward ${message.method}`));
    }
  }

  private downResponse(message: Msg & { id: Id }): void {
    if (typeof message.id !== 'number') return;
    const request = this.serverRequests.get(message.id);
    if (!request) return;
    this.serverRequests.delete(message.id);
    const latencyMs = Math.round((performance.now() - request.started) * 1000) / 1000;
    this.auditServerResult(request, message, latencyMs);
    if (!request.upstream.alive) return;
    const out: Msg = message.error ? errorResponse(request.upId, message.error) : { jsonrpc: '2.0', id: request.upId, result: message.result ?? {} };
    this.send(request.upstream.transport, out).catch((error: unknown) => this.report(error, `could not answer upstream ${request.method}`));
  }

  // ---------------------------------------------------------------- initialize

  private initialize(message: Msg & { id: Id; method: string }): void {
    const params = message.params ?? {};
    this.clientInfo = isObject(params.clientInfo) ? params.clientInfo : undefined;
    this.downstreamVersion = typeof params.protocolVersion === 'string' ? params.protocolVersion : undefined;
    const meta = isObject(params._meta) ? params._meta : undefined;
    const joined = typeof meta?.traceparent === 'string' ? parseTraceparent(meta.traceparent) : undefined;
    if (joined) this.trace = joined;
    const started = performance.now();
    const alive = this.upstreams.filter((u) => u.alive);
    let remaining = this.upstreams.length;
    const answers = new Map<Upstream, Msg>();
    const done = (): void => {
      const ok = this.upstreams.filter((u) => answers.get(u)?.result);
      let response: Msg;
      if (this.single) {
        const answer = answers.get(this.upstreams[0]!)!;
        response = answer.error ? errorResponse(message.id, answer.error) : { jsonrpc: '2.0', id: message.id, result: answer.result ?? {} };
      } else if (ok.length === 0) {
        const first = [...answers.values()].find((a) => a.error)?.error;
        response = errorResponse(message.id, first ?? { code: ProxyErrorCode.InternalError, message: 'no upstream could be initialized' });
      } else {
        response = { jsonrpc: '2.0', id: message.id, result: this.mergeInitialize(ok) };
      }
      if (response.result && typeof response.result.protocolVersion === 'string') this.downstreamVersion = response.result.protocolVersion;
      const upstreams: Params = {};
      for (const upstream of this.upstreams) {
        const answer = answers.get(upstream);
        upstreams[upstream.name] = {
          transport: upstream.kind,
          protocolVersion: upstream.protocolVersion,
          sessionId: upstream.transport?.sessionId,
          serverInfo: upstream.serverInfo,
          ...(answer?.error ? { error: answer.error.message } : {}),
        };
      }
      this.record({
        type: 'conversation.start',
        outcome: response.error ? 'failure' : 'success',
        trace: this.trace,
        ...(response.error ? { error: { type: 'jsonrpc', message: response.error.message, code: response.error.code } } : {}),
        attrs: this.mcpAttrs({
          method: 'initialize',
          requestId: { downstream: message.id },
          requestedProtocolVersion: typeof params.protocolVersion === 'string' ? params.protocolVersion : undefined,
          clientCapabilities: params.capabilities,
          upstreams,
          latencyMs: Math.round((performance.now() - started) * 1000) / 1000,
        }, undefined, true),
      });
      this.sessionRecorded = true;
      this.reply(response);
    };
    for (const upstream of this.upstreams) {
      if (!alive.includes(upstream)) {
        answers.set(upstream, { jsonrpc: '2.0', error: { code: ProxyErrorCode.ConnectionClosed, message: `Upstream "${upstream.name}" is not available: ${upstream.deadReason ?? 'not connected'}` } });
        if (--remaining === 0) done();
        continue;
      }
      const forwarded = { ...params, _meta: { ...meta, traceparent: formatTraceparent(this.trace) } };
      this.requestUpstream(upstream, 'initialize', forwarded, (answer) => {
        if (answer.result) {
          upstream.protocolVersion = typeof answer.result.protocolVersion === 'string' ? answer.result.protocolVersion : undefined;
          upstream.capabilities = isObject(answer.result.capabilities) ? answer.result.capabilities : {};
          upstream.serverInfo = isObject(answer.result.serverInfo) ? answer.result.serverInfo : undefined;
          if (typeof answer.result.instructions === 'string') upstream.instructions = answer.result.instructions;
          if (upstream.protocolVersion) upstream.transport?.setProtocolVersion?.(upstream.protocolVersion);
        }
        answers.set(upstream, answer);
        if (--remaining === 0) this.guard(done);
      });
    }
  }

  private mergeInitialize(ok: Upstream[]): Params {
    const versions = ok.map((u) => u.protocolVersion).filter((v): v is string => typeof v === 'string').sort();
    const has = (name: string): Upstream[] => ok.filter((u) => isObject(u.capabilities?.[name]));
    const capabilities: Params = {};
    for (const name of ['tools', 'prompts', 'resources'] as const) {
      const list = has(name);
      if (list.length === 0) continue;
      const merged: Params = {};
      if (list.some((u) => (u.capabilities?.[name] as Params).listChanged === true)) merged.listChanged = true;
      if (name === 'resources' && list.some((u) => (u.capabilities?.resources as Params).subscribe === true)) merged.subscribe = true;
      capabilities[name] = merged;
    }
    if (has('logging').length > 0) capabilities.logging = {};
    if (has('completions').length > 0) capabilities.completions = {};
    return {
      protocolVersion: versions[0] ?? this.downstreamVersion,
      capabilities,
      serverInfo: { ...this.shared.proxyInfo, title: `agent-audit proxy for ${ok.map((u) => u.name).join(', ')}` },
      instructions: [
        `Tools and prompts are named <server>${SEPARATOR}<name>. Servers: ${ok.map((u) => `${u.name} (${String(u.serverInfo?.name ?? 'unknown')})`).join(', ')}.`,
        ...ok.filter((u) => u.instructions).map((u) => `## ${u.name}\n${u.instructions}`),
      ].join('\n\n'),
    };
  }

  /** A request the proxy makes itself; resolves with the upstream's response (never rejects). */
  private internalRequest(upstream: Upstream, method: string, params: Params): Promise<Msg> {
    return new Promise((resolve) => this.requestUpstream(upstream, method, params, resolve));
  }

  /** Same, with a callback run synchronously on the answer, so replies keep the upstream's order. */
  private requestUpstream(upstream: Upstream, method: string, params: Params, callback: (response: Msg) => void): void {
    const upId = upstream.nextId++;
    const pending: Pending = { upId, method, params, started: performance.now(), trace: this.trace, internal: callback };
    if (!upstream.alive) {
      callback({ jsonrpc: '2.0', id: upId, error: { code: ProxyErrorCode.ConnectionClosed, message: `Upstream "${upstream.name}" is not available: ${upstream.deadReason ?? 'not connected'}` } });
      return;
    }
    upstream.pending.set(upId, pending);
    this.arm(upstream, pending);
    this.send(upstream.transport, { jsonrpc: '2.0', id: upId, method, params }).catch((error: unknown) =>
      this.finish(upstream, pending, { jsonrpc: '2.0', id: upId, error: { code: ProxyErrorCode.ConnectionClosed, message: `Could not send to upstream "${upstream.name}": ${(error as Error).message}` } }),
    );
  }

  // ---------------------------------------------------------------- several upstreams

  private transformFor(upstream: Upstream, method: string): ((result: Params) => Params) | undefined {
    if (method === 'tools/call') {
      return (result) => {
        this.learnUris(upstream, result.content);
        return result;
      };
    }
    return undefined;
  }

  private learnUris(upstream: Upstream, items: unknown): void {
    if (!Array.isArray(items)) return;
    for (const item of items) {
      if (!isObject(item)) continue;
      if (typeof item.uri === 'string') this.uriOwner.set(item.uri, upstream);
      if (isObject(item.resource) && typeof item.resource.uri === 'string') this.uriOwner.set(item.resource.uri, upstream);
    }
  }

  private fanList(message: Msg & { id: Id; method: string }, field: 'tools' | 'prompts' | 'resources' | 'resourceTemplates', capability: string): void {
    const params = message.params ?? {};
    let cursors: Record<string, string | null>;
    if (typeof params.cursor === 'string') {
      try {
        const decoded = JSON.parse(Buffer.from(params.cursor, 'base64url').toString('utf8')) as unknown;
        if (!isObject(decoded) || !isObject(decoded.p)) throw new Error('bad cursor');
        cursors = decoded.p as Record<string, string | null>;
      } catch {
        return this.reply(errorResponse(message.id, { code: ProxyErrorCode.InvalidParams, message: 'Invalid cursor' }));
      }
    } else {
      cursors = Object.fromEntries(this.upstreams.filter((u) => u.alive && isObject(u.capabilities?.[capability])).map((u) => [u.name, null]));
    }
    const targets = Object.entries(cursors).flatMap(([name, cursor]) => {
      const upstream = this.upstreams.find((u) => u.name === name);
      return upstream ? [{ upstream, cursor }] : [];
    });
    if (targets.length === 0) return this.reply({ jsonrpc: '2.0', id: message.id, result: { [field]: [] } });
    const meta = isObject(params._meta) ? { _meta: params._meta } : {};
    void Promise.all(
      targets.map(({ upstream, cursor }) => this.internalRequest(upstream, message.method, { ...meta, ...(cursor ? { cursor } : {}) }).then((answer) => ({ upstream, answer }))),
    ).then((answers) =>
      this.guard(() => {
        const items: unknown[] = [];
        const next: Record<string, string> = {};
        let firstError: RpcError | undefined;
        for (const { upstream, answer } of answers) {
          if (answer.error || !answer.result) {
            firstError ??= answer.error;
            this.record({
              type: 'error',
              outcome: 'failure',
              trace: this.childTrace(params),
              error: { type: 'jsonrpc', message: answer.error?.message ?? 'empty result', code: answer.error?.code },
              attrs: this.mcpAttrs({ method: message.method, requestId: { downstream: message.id } }, upstream),
            });
            continue;
          }
          const list = answer.result[field];
          for (const item of Array.isArray(list) ? list : []) {
            if (!isObject(item)) continue;
            if (field === 'tools' || field === 'prompts') items.push({ ...item, name: `${upstream.name}${SEPARATOR}${String(item.name)}` });
            else {
              if (typeof item.uri === 'string') this.uriOwner.set(item.uri, upstream);
              items.push(item);
            }
          }
          if (typeof answer.result.nextCursor === 'string') next[upstream.name] = answer.result.nextCursor;
        }
        if (items.length === 0 && firstError && Object.keys(next).length === 0 && answers.every((a) => a.answer.error)) {
          return this.reply(errorResponse(message.id, firstError));
        }
        const result: Params = { [field]: items };
        if (Object.keys(next).length > 0) result.nextCursor = Buffer.from(JSON.stringify({ p: next })).toString('base64url');
        this.reply({ jsonrpc: '2.0', id: message.id, result });
      }),
    );
  }

  private fanAll(message: Msg & { id: Id; method: string }, filter: (upstream: Upstream) => boolean): void {
    const targets = this.upstreams.filter((u) => u.alive && filter(u));
    void Promise.all(targets.map((u) => this.internalRequest(u, message.method, message.params ?? {}))).then((answers) => {
      const failed = answers.find((a) => a.error);
      this.reply(failed?.error ? errorResponse(message.id, failed.error) : { jsonrpc: '2.0', id: message.id, result: {} });
    });
  }

  // ---------------------------------------------------------------- upstream -> downstream

  private fromUpstream(upstream: Upstream, message: Msg): void {
    if (this.closed) return;
    if (typeof message.method === 'string') {
      if (message.id !== undefined && message.id !== null) return this.upRequest(upstream, message as Msg & { id: Id; method: string });
      return this.upNotification(upstream, message as Msg & { method: string });
    }
    if (typeof message.id !== 'number') return;
    const pending = upstream.pending.get(message.id);
    if (!pending) return; // late answer to a cancelled or timed-out request
    this.finish(upstream, pending, message);
  }

  private upNotification(upstream: Upstream, message: Msg & { method: string }): void {
    const params = message.params;
    if (message.method === 'notifications/progress' && params && (typeof params.progressToken === 'string' || typeof params.progressToken === 'number')) {
      const mapping = upstream.progress.get(params.progressToken);
      if (!mapping) return;
      this.arm(upstream, mapping.pending);
      this.send(this.down, { ...message, params: { ...params, progressToken: mapping.downToken } }, mapping.pending.downId).catch((error: unknown) =>
        this.report(error, 'could not forward progress'),
      );
      return;
    }
    if (message.method === 'notifications/cancelled' && params && (typeof params.requestId === 'number' || typeof params.requestId === 'bigint')) {
      for (const [downOutId, request] of this.serverRequests) {
        if (request.upstream === upstream && request.upId === params.requestId) {
          this.serverRequests.delete(downOutId);
          this.send(this.down, { ...message, params: { ...params, requestId: downOutId } }).catch(() => {});
          return;
        }
      }
      return;
    }
    if (message.method === 'notifications/resources/updated' && params && typeof params.uri === 'string') this.uriOwner.set(params.uri, upstream);
    // list_changed, resources/updated, message (logging) and anything else pass as they are.
    this.send(this.down, message).catch((error: unknown) => this.report(error, `could not forward ${message.method}`));
  }

  /** Server-to-client request (sampling, elicitation, roots, ping): relay to this session's client. */
  private upRequest(upstream: Upstream, message: Msg & { id: Id; method: string }): void {
    if (!this.single && message.method === 'ping') {
      this.send(upstream.transport, { jsonrpc: '2.0', id: message.id, result: {} }).catch(() => {});
      return;
    }
    // The server does not say which call caused this request; when exactly one call to this
    // upstream is in flight it is that one (it then also travels on that call's HTTP stream).
    const inflight = [...upstream.pending.values()].filter((p) => p.downId !== undefined);
    const related = inflight.length === 1 ? inflight[0] : undefined;
    // Only calls that get events of their own can be parents (the correlation rule: every
    // parentSpanId names a span with an event); a list request in flight is not one.
    const parent = related && AUDITED_METHODS.has(related.method) ? related.trace : undefined;
    const trace = this.childTrace(message.params, parent);
    const downOutId = this.nextServerRequestId++;
    const request: ServerRequest = { upstream, upId: message.id, method: message.method, params: message.params, started: performance.now(), trace };
    this.serverRequests.set(downOutId, request);
    this.auditServerRequest(request, downOutId);
    this.send(this.down, { ...message, id: downOutId }, related?.downId).catch((error: unknown) => {
      this.serverRequests.delete(downOutId);
      const rpcError = { code: ProxyErrorCode.InternalError, message: `The audit proxy could not relay ${message.method} to the client: ${(error as Error).message}` };
      this.auditServerResult(request, { jsonrpc: '2.0', error: rpcError }, 0);
      this.send(upstream.transport, errorResponse(message.id, rpcError)).catch(() => {});
    });
  }

  private serverEventType(method: string, phase: 'request' | 'result'): string | undefined {
    if (method === 'sampling/createMessage') return `sampling.${phase}`;
    if (method === 'elicitation/create') return `elicitation.${phase}`;
    if (method === 'roots/list') return phase === 'request' ? undefined : 'roots.list';
    return undefined;
  }

  private auditServerRequest(request: ServerRequest, downOutId: number): void {
    const type = this.serverEventType(request.method, 'request');
    if (!type) return;
    const params = request.params ?? {};
    const ids = { downstream: downOutId, upstream: request.upId };
    if (type === 'sampling.request') {
      const parameters: Params = {};
      for (const name of ['maxTokens', 'temperature', 'stopSequences', 'modelPreferences', 'includeContext']) if (params[name] !== undefined) parameters[name] = params[name];
      this.record({
        type,
        outcome: 'pending',
        trace: request.trace,
        model: { parameters },
        content: { input: { systemPrompt: params.systemPrompt, messages: params.messages } },
        attrs: this.mcpAttrs({ method: request.method, requestId: ids, direction: 'server-to-client' }, request.upstream),
      });
    } else {
      this.record({
        type,
        outcome: 'pending',
        trace: request.trace,
        content: { input: { message: params.message, mode: params.mode, url: params.url, requestedSchema: params.requestedSchema } },
        attrs: this.mcpAttrs({ method: request.method, requestId: ids, direction: 'server-to-client' }, request.upstream),
      });
    }
  }

  private auditServerResult(request: ServerRequest, message: Msg, latencyMs: number): void {
    const type = this.serverEventType(request.method, 'result');
    const rpcError = message.error;
    const error = rpcError ? { type: 'jsonrpc', message: String(rpcError.message), code: rpcError.code } : undefined;
    const ids = { upstream: request.upId, downstream: typeof message.id === 'number' ? message.id : undefined };
    const attrs = this.mcpAttrs({ method: request.method, requestId: ids, latencyMs, direction: 'server-to-client' }, request.upstream);
    const result = isObject(message.result) ? message.result : undefined;
    if (type === 'sampling.result') {
      this.record({
        type,
        outcome: error ? 'failure' : 'success',
        trace: request.trace,
        model: { ...(typeof result?.model === 'string' ? { id: result.model } : {}), ...(typeof result?.stopReason === 'string' ? { finishReason: result.stopReason } : {}), latencyMs },
        ...(result ? { content: { output: { role: result.role, content: result.content } } } : {}),
        ...(error ? { error } : {}),
        attrs,
      });
    } else if (type === 'elicitation.result') {
      const action = typeof result?.action === 'string' ? result.action : undefined;
      this.record({
        type,
        outcome: error ? 'failure' : action === 'accept' ? 'success' : 'denied',
        trace: request.trace,
        ...(action ? { decision: { action, reason: 'answer of the user to an elicitation request' } } : {}),
        ...(result ? { content: { output: result.content } } : {}),
        ...(error ? { error } : {}),
        attrs,
      });
    } else if (type === 'roots.list' || error) {
      this.record({ type: type ?? 'error', outcome: error ? 'failure' : 'success', trace: request.trace, ...(error ? { error } : {}), ...(result ? { content: { output: result.roots } } : {}), attrs });
    }
  }

  // ---------------------------------------------------------------- failures

  private upstreamProblem(upstream: Upstream, problem: LineProblem): void {
    const code = problem.kind === 'oversize' ? 'message_too_large' : 'malformed_message';
    // Our upstream ids are integers; find a response id at the end (`..."id":7}`) or start.
    const match = /"id"\s*:\s*(\d+)\s*\}\s*$/.exec(problem.tail) ?? /^\s*\{\s*"jsonrpc"\s*:\s*"2\.0"\s*,\s*"id"\s*:\s*(\d+)/.exec(problem.head);
    const pending = match ? upstream.pending.get(Number(match[1])) : undefined;
    this.record({
      type: 'error',
      outcome: 'failure',
      trace: pending?.trace ?? this.childTrace(undefined),
      error: {
        type: code,
        code,
        message: problem.kind === 'oversize'
          ? `upstream "${upstream.name}" sent a message of ${problem.bytes} bytes, over the ${this.shared.maxMessageBytes}-byte limit; it was dropped`
          : `upstream "${upstream.name}" sent a line that is not JSON-RPC (${problem.bytes} bytes); it was dropped`,
      },
      attrs: this.mcpAttrs({ direction: 'server-to-client', sample: problem.head.slice(0, 120), ...(pending ? { method: pending.method } : {}) }, upstream),
    });
    if (pending) {
      this.finish(upstream, pending, {
        jsonrpc: '2.0',
        id: pending.upId,
        error: {
          code: ProxyErrorCode.InternalError,
          message: problem.kind === 'oversize'
            ? `Upstream "${upstream.name}" answered with ${problem.bytes} bytes, over the proxy's ${this.shared.maxMessageBytes}-byte limit`
            : `Upstream "${upstream.name}" answered with a malformed message`,
        },
      });
    }
  }

  private upstreamError(upstream: Upstream, error: Error): void {
    this.report(error, `upstream "${upstream.name}" transport error`);
  }

  private upstreamGone(upstream: Upstream, reason: string): void {
    if (upstream.deadReason !== undefined) return;
    const wasAlive = upstream.alive;
    upstream.alive = false;
    upstream.deadReason = reason;
    if (this.closed) return;
    this.record({
      type: 'error',
      outcome: 'failure',
      trace: this.childTrace(undefined),
      error: { type: 'upstream_unavailable', code: 'upstream_unavailable', message: `upstream "${upstream.name}" ${reason}` },
      attrs: this.mcpAttrs({ inflight: upstream.pending.size, wasRunning: wasAlive }, upstream),
    });
    this.report(new Error(`upstream "${upstream.name}" ${reason}`), 'upstream unavailable');
    for (const pending of [...upstream.pending.values()]) {
      this.finish(upstream, pending, {
        jsonrpc: '2.0',
        id: pending.upId,
        error: { code: ProxyErrorCode.ConnectionClosed, message: `Upstream "${upstream.name}" ${reason} before answering ${pending.method}` },
      });
    }
    for (const [id, request] of this.serverRequests) if (request.upstream === upstream) this.serverRequests.delete(id);
    if (this.isReady && this.upstreams.every((u) => !u.alive)) this.onAllUpstreamsGone?.();
  }

  /** Called when every upstream has gone (the stdio command uses it to exit). */
  onAllUpstreamsGone?: () => void;

  /** True while at least one upstream connection is usable. */
  get hasLiveUpstream(): boolean {
    return this.upstreams.some((u) => u.alive);
  }

  private async drainThenClose(): Promise<void> {
    await this.ready;
    const deadline = performance.now() + DRAIN_MS;
    while (!this.closed && this.upstreams.some((u) => u.alive && u.pending.size > 0) && performance.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await this.close();
  }

  private resolveClosed: () => void = () => {};
  /** Resolves once the session is closed (client gone or `close()`). */
  readonly closed$: Promise<void> = new Promise((resolve) => {
    this.resolveClosed = resolve;
  });

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    // Upstreams still starting see `closed` and stop themselves; wait for that.
    await this.ready?.catch(() => {});
    for (const upstream of this.upstreams) {
      for (const pending of upstream.pending.values()) if (pending.timer) clearTimeout(pending.timer);
    }
    if (this.sessionRecorded) {
      this.record({ type: 'conversation.end', trace: { traceId: this.trace.traceId, spanId: this.trace.spanId, ...(this.trace.parentSpanId ? { parentSpanId: this.trace.parentSpanId } : {}) }, attrs: this.mcpAttrs({}, undefined, true) });
    }
    await Promise.allSettled([
      this.down.close(),
      ...this.upstreams.map(async (upstream) => {
        const transport = upstream.transport;
        upstream.alive = false;
        upstream.deadReason ??= 'session closed';
        if (!transport) return;
        if (upstream.kind === 'http') {
          const terminate = (transport as { terminateSession?: () => Promise<void> }).terminateSession;
          if (terminate) await terminate.call(transport).catch(() => {});
        }
        await transport.close();
      }),
    ]);
    this.info.onClose?.();
    this.resolveClosed();
  }
}
