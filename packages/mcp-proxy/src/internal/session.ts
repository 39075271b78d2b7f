import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { callHostHandler, newSpanId, newTraceId, parseTraceparent, formatTraceparent } from '@agent-audit/core';
import type { Actor, Auditor, RecordInput, Trace } from '@agent-audit/core';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage, MessageExtraInfo, RequestId } from '@modelcontextprotocol/sdk/types.js';
import type { UriTemplate } from '@modelcontextprotocol/sdk/shared/uriTemplate.js';
import type { UpstreamConfig } from '../config.js';
import { evaluateToolPolicy, unmatchedPolicyEntries, type ToolPolicy } from '../policy.js';
import {
  AUDITED_METHODS,
  callEndEvent,
  clientProblemEvent,
  conversationEndEvent,
  conversationStartEvent,
  listFailureEvent,
  notForwardedEvent,
  policyEvent,
  resourceReadEvent,
  roundMs,
  serverRequestEvent,
  serverResultEvent,
  toolCallEvent,
  toolRef,
  upstreamGoneEvent,
  upstreamProblemEvent,
  type McpEventContext,
  type UpstreamRef,
} from './audit-events.js';
import { errorResponse, idKey, isObject, ProxyErrorCode, type Id, type Msg, type Params } from './jsonrpc.js';
import { idAtEitherEnd } from './exact-ids.js';
import { ChildProcessTransport, type LineProblem } from './line-transport.js';
import { Router } from './router.js';
import { mergeInitialize } from './routing.js';
import { createUpstreamTransport, upstreamKind, type UpstreamKind } from './upstream.js';
import { mcpSessionPseudonym } from '../session-pseudonym.js';


/** How long a stdio session whose client stopped sending waits for in-flight answers. */
const DRAIN_MS = 5_000;

export interface SessionShared {
  auditor: Auditor;
  upstreams: ReadonlyArray<readonly [string, UpstreamConfig]>;
  policy: ToolPolicy | undefined;
  /** Told once per policy entry that matches no tool the servers list (`unmatchedPolicyEntries`). */
  onWarning: ((message: string) => void) | undefined;
  /** The entries already warned of (`<entry>\0<glob>`), across sessions. */
  policyWarned: Set<string>;
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

/**
 * Over HTTP, a W3C `traceparent` request header stands for `params._meta.traceparent` when the
 * message has no valid one (clients that can set headers but not `_meta`, such as
 * `@langchain/mcp-adapters`' `beforeToolCall`). The first valid of them is used: a valid `_meta`
 * wins, and a malformed `_meta` value gives way to a valid header (Trace Context: an invalid
 * `traceparent` is ignored), rather than putting the call in the session's trace. The value the
 * message carries upstream is the proxy's own span either way.
 */
function withHeaderTraceparent(message: Msg, extra: MessageExtraInfo | undefined): Msg {
  const header = extra?.requestInfo?.headers?.traceparent;
  const value = Array.isArray(header) ? header[0] : header;
  if (typeof value !== 'string' || parseTraceparent(value) === undefined) return message;
  const params = isObject(message.params) ? message.params : {};
  const meta = isObject(params._meta) ? params._meta : {};
  if (typeof meta.traceparent === 'string' && parseTraceparent(meta.traceparent) !== undefined) return message;
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
  private readonly router: Router<Upstream>;
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
    this.router = new Router<Upstream>({
      upstreams: this.upstreams,
      eventContext: () => this.context,
      ref: (upstream) => this.ref(upstream),
      reply: (message) => this.reply(message),
      forward: (upstream, message, options) => this.forward(upstream, message, options),
      toolCall: (upstream, message, display) => this.toolCall(upstream, message, display),
      request: (upstream, method, params) => this.internalRequest(upstream, method, params),
      childTrace: (params) => this.childTrace(params),
      record: (event) => this.record(event),
      guard: (fn) => this.guard(fn),
      report: (error, context) => this.report(error, context),
    });
  }

  /** The downstream MCP session id (HTTP), or one the proxy made up (stdio). */
  get sessionId(): string {
    return this.down.sessionId ?? this.fallbackSessionId;
  }

  private recorded: { id: string; session: string } | undefined;
  /**
   * The `session` of this session's events: the downstream session id's pseudonym (the id is a
   * credential, probe 2026-12-07 L2), or the id the proxy made up when the transport has none (stdio).
   */
  get recordedSession(): string {
    const id = this.down.sessionId;
    if (id === undefined) return this.fallbackSessionId;
    if (this.recorded?.id !== id) this.recorded = { id, session: mcpSessionPseudonym(id) };
    return this.recorded.session;
  }

  /**
   * A client line that was not JSON, not JSON-RPC or too large: answer with a JSON-RPC error and
   * record it. The answer's id is the request's own, exactly as sent (an integer beyond 2^53
   * included), or null where JSON-RPC says so: always for a parse error, and when no id can be
   * told (an oversized line is not parsed: its id is looked for at either end).
   */
  downstreamProblem(problem: LineProblem): void {
    this.guard(() => {
      let id: Id | null = null;
      let error: { code: number; message: string };
      if (problem.kind === 'oversize') {
        id = idAtEitherEnd(problem.head, problem.tail) ?? null;
        error = { code: ProxyErrorCode.InvalidRequest, message: `Message of ${problem.bytes} bytes is over the proxy's ${this.shared.maxMessageBytes}-byte limit` };
      } else if (problem.kind === 'invalid') {
        id = problem.id ?? null;
        error = { code: ProxyErrorCode.InvalidRequest, message: 'Invalid Request: the message is not a JSON-RPC 2.0 request, notification or response' };
      } else {
        error = { code: ProxyErrorCode.ParseError, message: 'Parse error: the line is not a JSON-RPC 2.0 message' };
      }
      this.record(clientProblemEvent(this.context, problem, error, this.childTrace(undefined)));
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

  /** What every event of this session says about it (see audit-events.ts). */
  private get context(): McpEventContext {
    return { transport: this.info.transport, client: this.clientInfo, downstreamVersion: this.downstreamVersion };
  }

  private ref(upstream: Upstream): UpstreamRef {
    return { name: upstream.name, sessionId: upstream.transport?.sessionId };
  }

  private input(event: RecordInput): RecordInput {
    return { ...event, source: 'mcp-proxy', session: this.recordedSession, ...(this.actor ? { actor: this.actor } : {}) };
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
    // relatedRequestId routes an answer to its HTTP stream (a bigint one travels as a placeholder, see exact-id-http.ts).
    await transport.send(message as unknown as JSONRPCMessage, relatedRequestId === undefined ? undefined : { relatedRequestId: relatedRequestId as RequestId });
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
    this.router.route(message);
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
    const tool = toolRef(display, upstream.name, message.id, params.arguments);
    const policy = this.shared.policy;
    if (policy) {
      const own = typeof params.name === 'string' ? params.name : display;
      const decision = evaluateToolPolicy(policy, display, params.arguments, { server: upstream.name, name: own });
      this.record(policyEvent(this.context, this.ref(upstream), decision, trace, tool, message.id));
      if (!decision.allowed) {
        this.record(toolCallEvent(this.context, this.ref(upstream), { trace, tool, downId: message.id, denied: true }));
        return this.reply({
          jsonrpc: '2.0',
          id: message.id,
          result: { content: [{ type: 'text', text: `Denied by audit policy (${decision.policy}): ${decision.reason}` }], isError: true },
        });
      }
    }
    if (this.shared.failClosed) {
      try {
        await this.shared.auditor.recordDurable(this.input(toolCallEvent(this.context, this.ref(upstream), { trace, tool, downId: message.id })));
      } catch (error) {
        this.report(error, 'fail-closed: tool call not recorded, not forwarded');
        // The core keeps the tool.call queued and writes it once the ledger recovers; this
        // event, chained after it, says the call never reached the server.
        this.record(notForwardedEvent(this.context, this.ref(upstream), trace, tool, message.id));
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
    else if (!this.single) pending.transform = this.router.transformFor(upstream, message.method);
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
      const tool = toolRef(options.display ?? String(message.params?.name ?? ''), upstream.name, message.id, message.params?.arguments);
      this.record(toolCallEvent(this.context, this.ref(upstream), { trace, tool, downId: message.id, upId }));
    };
    if (!upstream.alive) {
      recordCall();
      return this.finish(upstream, pending, { jsonrpc: '2.0', id: upId, error: { code: ProxyErrorCode.ConnectionClosed, message: `Upstream "${upstream.name}" is not available: ${upstream.deadReason ?? 'not connected'}` } });
    }
    upstream.pending.set(upId, pending);
    this.inflight.set(idKey(message.id), { upstream, upId });
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
    this.answer(upstream, pending, response);
    this.settled();
  }

  private answer(upstream: Upstream, pending: Pending, response: Msg): void {
    upstream.pending.delete(pending.upId);
    if (pending.timer) clearTimeout(pending.timer);
    if (pending.progress !== undefined) upstream.progress.delete(pending.progress);
    if (pending.method === 'tools/list' && isObject(response.result)) this.guard(() => this.noteTools(upstream, pending, response.result as Params));
    if (pending.internal) return pending.internal(response);
    if (pending.downId === undefined) return;
    this.inflight.delete(idKey(pending.downId));
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
    if (this.shared.failClosed && pending.method === 'tools/call') return this.answerDurably(upstream, pending, response, elapsed, out);
    // Answer first, record second: the client does not wait for the audit pipeline.
    this.reply(out);
    this.audit(upstream, pending, response, elapsed);
  }

  /** The tools each upstream listed in this session; a listing in pages is complete at its last page. */
  private readonly listedTools = new Map<Upstream, { names: string[]; complete: boolean }>();

  /**
   * Takes in one page of an upstream's `tools/list` (the client's, forwarded or fanned out). Once
   * every upstream offering tools has listed them all, each policy entry that matches none of
   * them is warned of (`onWarning`), once per proxy: a typo in a deny list must not pass silently.
   */
  private noteTools(upstream: Upstream, pending: Pending, result: Params): void {
    const policy = this.shared.policy;
    const warn = this.shared.onWarning;
    if (!policy || !warn) return;
    const continued = isObject(pending.params) && typeof pending.params.cursor === 'string';
    const list = (continued ? this.listedTools.get(upstream) : undefined) ?? { names: [], complete: false };
    for (const tool of Array.isArray(result.tools) ? result.tools : []) if (isObject(tool) && typeof tool.name === 'string') list.names.push(tool.name);
    list.complete = typeof result.nextCursor !== 'string' || result.nextCursor === '';
    this.listedTools.set(upstream, list);
    const listing = this.upstreams.filter((u) => u.alive && (isObject(u.capabilities?.tools) || this.listedTools.has(u)));
    if (!listing.every((u) => this.listedTools.get(u)?.complete === true)) return;
    const tools = listing.flatMap((u) => (this.listedTools.get(u)?.names ?? []).map((name) => ({ server: u.name, name })));
    for (const unmatched of unmatchedPolicyEntries(policy, tools)) {
      const key = `${unmatched.entry}\0${unmatched.glob}`;
      if (this.shared.policyWarned.has(key)) continue;
      this.shared.policyWarned.add(key);
      // The host's handler (a throw, or a promise that rejects) never reaches the session.
      callHostHandler(warn, unmatched.message);
    }
  }

  /** Fail-closed answers whose end event is being made durable before they are forwarded. */
  private readonly durableReplies = new Set<Promise<void>>();

  /**
   * Fail-closed: a tool call's end event is durable before its answer goes to the client, so a
   * client that closes (and kills the proxy) right after its answer leaves the result in the
   * ledger. The event is queued now, in the order of the chain; the answer follows once it is
   * written. If it cannot be written, the answer still goes out (the server carried the call
   * out; the failure is reported) rather than leaving the client waiting.
   */
  private answerDurably(upstream: Upstream, pending: Pending, response: Msg, elapsedMs: number, out: Msg): void {
    const event = callEndEvent(this.context, this.ref(upstream), pending, response, roundMs(elapsedMs));
    if (!event) return this.reply(out);
    const done: Promise<void> = this.shared.auditor
      .recordDurable(this.input(event))
      .then(
        () => undefined,
        (error: unknown) => this.report(error, 'fail-closed: tool result not durable before its answer'),
      )
      .then(() => {
        this.reply(out);
        this.durableReplies.delete(done);
        this.settled();
      });
    this.durableReplies.add(done);
  }

  /** Records the end of a forwarded request. `cancelled`: the client cancelled it (no JSON-RPC error was exchanged). */
  private audit(upstream: Upstream, pending: Pending, response: Msg, elapsedMs: number, cancelled = false): void {
    const event = callEndEvent(this.context, this.ref(upstream), pending, response, roundMs(elapsedMs), cancelled);
    if (event) this.record(event);
  }

  private downNotification(message: Msg & { method: string }): void {
    const params = message.params;
    if (message.method === 'notifications/cancelled' && params && (typeof params.requestId === 'string' || typeof params.requestId === 'number' || typeof params.requestId === 'bigint')) {
      const target = this.inflight.get(idKey(params.requestId));
      if (!target) return;
      const pending = target.upstream.pending.get(target.upId);
      this.send(target.upstream.transport, { ...message, params: { ...params, requestId: target.upId } }).catch((error: unknown) => this.report(error, 'could not forward cancellation'));
      if (pending) {
        // The server need not answer a cancelled request; the client no longer waits for one.
        target.upstream.pending.delete(target.upId);
        if (pending.timer) clearTimeout(pending.timer);
        if (pending.progress !== undefined) target.upstream.progress.delete(pending.progress);
        this.inflight.delete(idKey(params.requestId));
        const reason = typeof params.reason === 'string' ? params.reason : 'cancelled by the client';
        this.audit(target.upstream, pending, { jsonrpc: '2.0', error: { code: 0, message: `cancelled: ${reason}` } }, performance.now() - pending.started, true);
        this.settled();
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
    const event = serverResultEvent(this.context, this.ref(request.upstream), request, message, roundMs(performance.now() - request.started));
    if (event) this.record(event);
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
        response = { jsonrpc: '2.0', id: message.id, result: mergeInitialize(ok, this.shared.proxyInfo, this.downstreamVersion) };
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
      this.record(conversationStartEvent(this.context, { trace: this.trace, downId: message.id, params, upstreams, latencyMs: roundMs(performance.now() - started), error: response.error }));
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
    if (message.method === 'notifications/resources/updated' && params && typeof params.uri === 'string') this.router.own(params.uri, upstream);
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
    const event = serverRequestEvent(this.context, this.ref(upstream), request, downOutId);
    if (event) this.record(event);
    this.send(this.down, { ...message, id: downOutId }, related?.downId).catch((error: unknown) => {
      this.serverRequests.delete(downOutId);
      const rpcError = { code: ProxyErrorCode.InternalError, message: `The audit proxy could not relay ${message.method} to the client: ${(error as Error).message}` };
      const failed = serverResultEvent(this.context, this.ref(upstream), request, { jsonrpc: '2.0', error: rpcError }, 0);
      if (failed) this.record(failed);
      this.send(upstream.transport, errorResponse(message.id, rpcError)).catch(() => {});
    });
  }

  // ---------------------------------------------------------------- failures

  private upstreamProblem(upstream: Upstream, problem: LineProblem): void {
    // Our upstream ids are integers; find a response id at the end (`..."id":7}`) or start.
    const match = /"id"\s*:\s*(\d+)\s*\}\s*$/.exec(problem.tail) ?? /^\s*\{\s*"jsonrpc"\s*:\s*"2\.0"\s*,\s*"id"\s*:\s*(\d+)/.exec(problem.head);
    const pending = match ? upstream.pending.get(Number(match[1])) : undefined;
    this.record(upstreamProblemEvent(this.context, this.ref(upstream), problem, this.shared.maxMessageBytes, pending?.trace ?? this.childTrace(undefined), pending?.method));
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
    this.record(upstreamGoneEvent(this.context, this.ref(upstream), reason, this.childTrace(undefined), { inflight: upstream.pending.size, wasRunning: wasAlive }));
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

  private hasInflight(): boolean {
    return this.durableReplies.size > 0 || this.upstreams.some((u) => u.alive && u.pending.size > 0);
  }

  /** Set while a stdio session drains: called when the last request in flight is settled. */
  private onDrained: (() => void) | undefined;

  private settled(): void {
    if (this.onDrained && !this.hasInflight()) this.onDrained();
  }

  /** The client stopped sending: answer what is in flight (at most DRAIN_MS), then close. */
  private async drainThenClose(): Promise<void> {
    await this.ready;
    if (!this.closed && this.hasInflight()) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, DRAIN_MS);
        timer.unref?.();
        this.onDrained = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.onDrained = undefined;
    }
    await this.close();
  }

  private resolveEnded: () => void = () => {};
  /**
   * Resolves once the session has recorded its last event (its `conversation.end`), when it starts
   * stopping its upstreams: from then on nothing more is recorded, so the auditor may be closed.
   */
  readonly ended$: Promise<void> = new Promise((resolve) => {
    this.resolveEnded = resolve;
  });

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
    // Requests still in flight are given up: each gets its end event (a JSON-RPC error that says
    // so; the server may have carried it out) and, while the client still listens, that answer.
    // Without it the ledger showed a pending tool.call under a successful conversation.end.
    for (const upstream of this.upstreams) {
      for (const pending of [...upstream.pending.values()]) {
        if (pending.internal || pending.downId === undefined) {
          if (pending.timer) clearTimeout(pending.timer);
          continue;
        }
        this.answer(upstream, pending, {
          jsonrpc: '2.0',
          id: pending.upId,
          error: { code: ProxyErrorCode.ConnectionClosed, message: `The audit proxy closed the session before upstream "${upstream.name}" answered ${pending.method}; whether the server carried it out is unknown` },
        });
      }
    }
    if (this.sessionRecorded) {
      this.record(conversationEndEvent(this.context, this.trace));
    }
    // Every event of the session is recorded: the ledger can be closed now, while the upstreams
    // are still being stopped (a server that ignores the end of its input and SIGTERM takes 4 s).
    this.resolveEnded();
    // Fail-closed answers still waiting for their result to be durable are sent before the client's side closes.
    await Promise.allSettled([...this.durableReplies]);
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
