import { randomUUID, timingSafeEqual, createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Readable, Writable } from 'node:stream';
import type { Actor, Auditor } from '@agent-audit/core';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { refuseUnknownUpstreamKeys, validateServerName, type UpstreamConfig } from './config.js';
import { McpProxyError } from './errors.js';
import { refuseUnknownKeys } from './internal/keys.js';
import { ExactIdTransport, unmarkResponse } from './internal/exact-id-http.js';
import { holdsExactIds, idToPlaceholder, mapIds, parseBody } from './internal/exact-ids.js';
import { LineTransport } from './internal/line-transport.js';
import { ProxySession, type SessionShared } from './internal/session.js';
import { validateToolPolicy, type ToolPolicy } from './policy.js';

/**
 * Version the proxy reports as `serverInfo.version` when it merges several upstreams.
 *
 * @example
 * ```ts
 * console.error(`agent-audit mcp-proxy ${PROXY_VERSION}`);
 * ```
 */
export const PROXY_VERSION = '0.1.0';

/** Options of `createMcpProxy()`. */
export interface McpProxyOptions {
  auditor: Auditor;
  /**
   * Upstream MCP servers by name. With one, the proxy is transparent (names unchanged).
   * With several, tools and prompts are named `<server>__<name>` and lists are merged.
   */
  upstreams: Record<string, UpstreamConfig>;
  /** Allow/deny globs and argument rules for `tools/call`. No policy: every call passes (and no policy events). */
  policy?: ToolPolicy;
  /**
   * Told once per policy entry (`deny`, `allow`, a rule's `tool`) that matches no tool the servers
   * list, as soon as they have listed them (the client's first `tools/list`), with close names:
   * `policy.deny[0] "fw__get_env" matches no tool the servers list, so it does nothing; did you
   * mean "fw__get-env"?`. Not refused: a server may add the tool later. Default: Node's
   * `process.emitWarning` (stderr). The CLI writes `agent-audit mcp-proxy: warning: …`.
   */
  onWarning?: (message: string) => void;
  /** Largest JSON-RPC message accepted from a client or a stdio upstream. Default 4 MiB. */
  maxMessageBytes?: number;
  /** The proxy answers a request itself (JSON-RPC -32001) when the upstream is silent this long; progress resets it. Default 5 minutes. */
  requestTimeoutMs?: number;
  /**
   * Fail-closed: a `tools/call` is forwarded only after its `tool.call` event is durable (when
   * it cannot be recorded the client gets JSON-RPC error -32010), and its answer reaches the
   * client only after its `tool.result`/`tool.error` is durable. Default `false`: answered
   * first, recorded after (durable at the next group commit; a process killed before loses them).
   */
  failClosed?: boolean;
}

/** One downstream client session. */
export interface McpProxySession {
  /** Downstream MCP session id (HTTP), or a generated one (stdio). A credential over HTTP: never recorded. */
  readonly sessionId: string;
  /**
   * The `session` of its events: `mcpSessionPseudonym(sessionId)` when the transport has a session
   * id (HTTP), else the generated id (stdio).
   */
  readonly recordedSession: string;
  /** True while at least one upstream is usable. */
  readonly hasLiveUpstream: boolean;
  /** Called once every upstream of this session has exited or closed. */
  onAllUpstreamsGone?: () => void;
  /**
   * Resolves when the session has recorded its last event (`conversation.end`) and starts stopping
   * its upstreams: the auditor may be closed from then on, without waiting for slow servers to exit.
   */
  readonly ended$: Promise<void>;
  /** Resolves when the session has closed (for stdio: the client closed stdin and in-flight calls were answered, and its upstreams were stopped). */
  readonly closed$: Promise<void>;
  close(): Promise<void>;
}

/** Downstream Streamable HTTP options. */
export interface McpHttpOptions {
  /** Default 0 (any free port; read it back from `url`). */
  port?: number;
  /** Default `127.0.0.1`. Any non-loopback address requires `tokens` or `authenticate`. */
  host?: string;
  /** Endpoint path. Default `/mcp`. */
  path?: string;
  /** Bearer tokens and the subject each one authenticates (recorded as the event actor). */
  tokens?: Array<{ token: string; subject: string }>;
  /** Custom authentication: return the actor, or `undefined` to refuse with 401. */
  authenticate?: (request: IncomingMessage) => Actor | undefined | Promise<Actor | undefined>;
  /** Extra `Host` header values accepted (default: localhost, 127.0.0.1 and [::1] with the port). */
  allowedHosts?: string[];
  /** Extra `Origin` values accepted (default: http://localhost|127.0.0.1|[::1]:port). Requests without Origin pass. */
  allowedOrigins?: string[];
  /** Most concurrent sessions (each owns its upstream connections). Default 64. */
  maxSessions?: number;
  /** A session without any request for this long is closed (its client must initialize again). Default 30 minutes. */
  sessionIdleMs?: number;
  /**
   * Longest time a client may take to send a request's headers and body. A slower request gets
   * 408 and its connection is closed, so a client that stops mid-body holds nothing. Streams
   * the proxy sends (SSE answers, the GET stream) are not limited. Default 30 seconds.
   */
  bodyTimeoutMs?: number;
}

/** A running downstream HTTP endpoint. */
export interface McpHttpServer {
  readonly url: string;
  readonly port: number;
  readonly sessions: number;
  close(): Promise<void>;
}

/** The proxy: attach clients over stdio, HTTP or any MCP SDK `Transport`. */
export interface McpProxy {
  /** Serves one client over a transport (e.g. `InMemoryTransport`); the session starts its own upstream connections. */
  connect(transport: Transport, options?: { actor?: Actor }): Promise<McpProxySession>;
  /** Serves the client on this process's stdin/stdout (the Claude Desktop / Cursor way). Nothing else may write to stdout. */
  serveStdio(streams?: { stdin?: Readable; stdout?: Writable }): Promise<McpProxySession>;
  /** Serves clients over Streamable HTTP, one MCP session (and one set of upstream connections) per client. */
  listen(options?: McpHttpOptions): Promise<McpHttpServer>;
  /**
   * Closes every session, upstream and HTTP server. The auditor is flushed as soon as every
   * session has recorded its end, while the upstreams are still being stopped (a server slow to
   * exit does not hold the ledger back); resolves once both are done. `onEnded` replaces that
   * flush: a host that must have its ledger closed before a kill (the CLI: `auditor.close()`,
   * whose wait for the sealing pool is bounded) passes it.
   */
  close(options?: { onEnded?: () => Promise<void> }): Promise<void>;
}

/** The keys of `createMcpProxy()`'s and `listen()`'s options; any other is refused ("did you mean"). */
const PROXY_OPTION_KEYS = ['auditor', 'upstreams', 'policy', 'onWarning', 'maxMessageBytes', 'requestTimeoutMs', 'failClosed'] as const satisfies ReadonlyArray<keyof McpProxyOptions>;
const HTTP_OPTION_KEYS = ['port', 'host', 'path', 'tokens', 'authenticate', 'allowedHosts', 'allowedOrigins', 'maxSessions', 'sessionIdleMs', 'bodyTimeoutMs'] as const satisfies ReadonlyArray<keyof McpHttpOptions>;

/** Runs a key check, throwing what it refuses as `invalid_config`, prefixed with the function's name. */
function refuseUnknown(owner: string, check: () => void): void {
  try {
    check();
  } catch (error) {
    throw new McpProxyError({ code: 'invalid_config', message: `${owner}: ${(error as Error).message}`, cause: error });
  }
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost', '[::1]']);
/**
 * True for addresses only this machine can reach (127.0.0.0/8, ::1, localhost): the ones the
 * HTTP mode may bind without authentication.
 *
 * @example
 * ```ts
 * isLoopback('127.0.0.1') // true
 * isLoopback('0.0.0.0')   // false: needs tokens
 * ```
 */
export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

function jsonError(res: ServerResponse, status: number, code: number, message: string, headers: Record<string, string> = {}): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify({ jsonrpc: '2.0', id: null, error: { code, message } }));
}

/**
 * Bytes a client may send past `maxMessageBytes` (as a multiple of it) that are read and thrown
 * away before the 413 goes out. A client still writing its body when the server answers and
 * closes gets a reset (EPIPE) instead of the answer; reading the rest first (the "lingering
 * close" of HTTP servers, RFC 9112 §9.6) lets it read the 413. A body declared or sent beyond
 * this is answered at once and the connection closed.
 */
const DRAIN_FACTOR = 4;

/**
 * Reads a request body of at most `limit` bytes. Resolves with the bytes, `'too-large'` (after
 * reading and discarding up to `limit * DRAIN_FACTOR` bytes, or at once past that) or `'timeout'`
 * (no complete body within `timeoutMs`); rejects when the request stream fails.
 */
function readBody(req: IncomingMessage, limit: number, timeoutMs: number): Promise<Buffer | 'too-large' | 'timeout'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    let done = false;
    const finish = (value: Buffer | 'too-large' | 'timeout'): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      chunks.length = 0;
      resolve(value);
    };
    const timer = setTimeout(() => finish(tooLarge ? 'too-large' : 'timeout'), timeoutMs);
    timer.unref();
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      tooLarge = true;
      if (declared > limit * DRAIN_FACTOR) {
        req.resume();
        finish('too-large');
        return;
      }
    }
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (tooLarge || size > limit) {
        tooLarge = true;
        chunks.length = 0;
        if (size > limit * DRAIN_FACTOR) finish('too-large');
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => finish(tooLarge ? 'too-large' : Buffer.concat(chunks)));
    req.on('error', (error) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      reject(error);
    });
  });
}

function isInitialize(body: unknown): boolean {
  const messages = Array.isArray(body) ? body : [body];
  return messages.some((m) => typeof m === 'object' && m !== null && (m as { method?: unknown }).method === 'initialize');
}

/**
 * Creates an MCP audit proxy: every tool call, resource read, prompt, sampling and elicitation
 * request between a client and its upstream servers becomes a correlated, redacted, chained
 * event, and the traffic is otherwise forwarded unchanged.
 *
 * @example
 * ```ts
 * const auditor = createAuditor({ agent: { id: 'desktop-tools' }, sink: fileLedger({ dir: './audit' }) });
 * const proxy = createMcpProxy({
 *   auditor,
 *   upstreams: { everything: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-everything'] } },
 *   policy: { deny: ['get-env'] },
 * });
 * await proxy.serveStdio();
 * ```
 */
export function createMcpProxy(options: McpProxyOptions): McpProxy {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new McpProxyError({ code: 'invalid_config', message: 'createMcpProxy needs an options object ({ auditor, upstreams, policy? })' });
  }
  // Every object of the options refuses keys it does not know (`polcy`, `upstreem`, a server's
  // `comand`): a misspelt key is never ignored.
  refuseUnknown('createMcpProxy', () => refuseUnknownKeys('', options, PROXY_OPTION_KEYS));
  const { auditor } = options;
  const entries = Object.entries(options.upstreams ?? {});
  if (entries.length === 0) throw new McpProxyError({ code: 'invalid_config', message: 'createMcpProxy needs at least one upstream' });
  for (const [name, upstream] of entries) {
    validateServerName(name);
    if (typeof upstream !== 'object' || upstream === null || Array.isArray(upstream)) {
      throw new McpProxyError({ code: 'invalid_config', message: `createMcpProxy: upstreams.${name} must be an object` });
    }
    refuseUnknown('createMcpProxy', () => refuseUnknownUpstreamKeys(`upstreams.${name}`, upstream));
  }
  if (options.policy) {
    try {
      validateToolPolicy(options.policy, entries.map(([name]) => name));
    } catch (error) {
      throw new McpProxyError({ code: 'invalid_config', message: `createMcpProxy: ${(error as Error).message}`, cause: error });
    }
  }
  const maxMessageBytes = options.maxMessageBytes ?? 4 * 1024 * 1024;
  const requestTimeoutMs = options.requestTimeoutMs ?? 300_000;
  for (const [name, value] of [['maxMessageBytes', maxMessageBytes], ['requestTimeoutMs', requestTimeoutMs]] as const) {
    if (!Number.isInteger(value) || value <= 0) throw new McpProxyError({ code: 'invalid_config', message: `${name} must be a positive integer` });
  }
  const shared: SessionShared = {
    auditor,
    upstreams: entries,
    policy: options.policy,
    onWarning: options.onWarning ?? ((message: string) => process.emitWarning(`mcp-proxy: ${message}`, 'AgentAuditPolicyWarning')),
    policyWarned: new Set(),
    maxMessageBytes,
    requestTimeoutMs,
    failClosed: options.failClosed ?? false,
    proxyInfo: { name: 'agent-audit-mcp-proxy', version: PROXY_VERSION },
  };
  const sessions = new Set<ProxySession>();
  const servers = new Set<McpHttpServer>();

  async function open(transport: Transport, kind: 'stdio' | 'http' | 'custom', actor?: Actor): Promise<ProxySession> {
    const session = new ProxySession(shared, transport, {
      transport: kind,
      actor,
      drainOnClose: kind === 'stdio',
      // HTTP: no upstream before the SDK transport has accepted the initialize.
      lazyUpstreams: kind === 'http',
      onClose: () => sessions.delete(session),
    });
    sessions.add(session);
    await session.start();
    return session;
  }

  return {
    connect: (transport, connectOptions) => open(transport, 'custom', connectOptions?.actor),

    async serveStdio(streams = {}) {
      const stdin = streams.stdin ?? process.stdin;
      const stdout = streams.stdout ?? process.stdout;
      let session: ProxySession | undefined;
      const transport = new LineTransport(stdin, stdout, {
        maxMessageBytes,
        onProblem: (problem) => session?.downstreamProblem(problem),
      });
      session = await open(transport, 'stdio');
      return session;
    },

    async listen(httpOptions = {}) {
      refuseUnknown('listen', () => refuseUnknownKeys('', httpOptions, HTTP_OPTION_KEYS));
      for (const [index, token] of (Array.isArray(httpOptions.tokens) ? httpOptions.tokens : []).entries()) {
        if (typeof token === 'object' && token !== null) refuseUnknown('listen', () => refuseUnknownKeys(`tokens[${index}]`, token, ['token', 'subject']));
      }
      const host = httpOptions.host ?? '127.0.0.1';
      const path = httpOptions.path ?? '/mcp';
      const tokens = (httpOptions.tokens ?? []).map((t) => ({ digest: digest(t.token), subject: t.subject }));
      if ((httpOptions.tokens ?? []).some((t) => typeof t.token !== 'string' || t.token.length < 16)) {
        throw new McpProxyError({ code: 'invalid_config', message: 'bearer tokens must be at least 16 characters' });
      }
      const authRequired = tokens.length > 0 || httpOptions.authenticate !== undefined;
      if (!isLoopback(host) && !authRequired) {
        throw new McpProxyError({
          code: 'unsafe_bind',
          message: `refusing to serve MCP on ${host} without authentication: pass bearer tokens (--token) or bind 127.0.0.1`,
        });
      }
      const maxSessions = httpOptions.maxSessions ?? 64;
      const bodyTimeoutMs = httpOptions.bodyTimeoutMs ?? 30_000;
      if (!Number.isInteger(bodyTimeoutMs) || bodyTimeoutMs <= 0) throw new McpProxyError({ code: 'invalid_config', message: 'bodyTimeoutMs must be a positive integer' });
      // Initializes the SDK transport is still handling: they count against maxSessions too.
      let starting = 0;
      const live = new Map<string, { transport: StreamableHTTPServerTransport; session: ProxySession; subject: string | undefined; lastSeen: number; open: number }>();
      const idleMs = httpOptions.sessionIdleMs ?? 30 * 60_000;
      const sweeper = setInterval(() => {
        const now = Date.now();
        for (const [id, entry] of live) {
          if (entry.open === 0 && now - entry.lastSeen > idleMs) {
            live.delete(id);
            void entry.session.close();
          }
        }
      }, Math.max(10, Math.min(60_000, Math.floor(idleMs / 2))));
      sweeper.unref();
      let port = httpOptions.port ?? 0;

      const authenticate = async (req: IncomingMessage): Promise<Actor | undefined | 'refused'> => {
        if (!authRequired) return undefined;
        if (httpOptions.authenticate) {
          const actor = await httpOptions.authenticate(req);
          return actor ?? 'refused';
        }
        const header = req.headers.authorization ?? '';
        const match = /^Bearer\s+(\S+)$/i.exec(header);
        if (!match) return 'refused';
        const given = digest(match[1] as string);
        let found: string | undefined;
        for (const token of tokens) if (timingSafeEqual(token.digest, given)) found = token.subject;
        return found === undefined ? 'refused' : { id: found, type: 'user' };
      };

      const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        if (url.pathname !== path) return jsonError(res, 404, -32600, 'Not found');
        // DNS rebinding: a browser page on an attacker's name resolving to 127.0.0.1 sends its own Host/Origin.
        const allowedHosts = new Set([...['localhost', '127.0.0.1', '[::1]'].map((h) => `${h}:${port}`), ...(httpOptions.allowedHosts ?? [])]);
        const hostHeader = (req.headers.host ?? '').toLowerCase();
        if ((isLoopback(host) || httpOptions.allowedHosts) && !allowedHosts.has(hostHeader)) {
          return jsonError(res, 403, -32600, 'Forbidden: Host header not allowed');
        }
        const origin = req.headers.origin;
        if (origin !== undefined) {
          const allowedOrigins = new Set([...['localhost', '127.0.0.1', '[::1]'].map((h) => `http://${h}:${port}`), ...(httpOptions.allowedOrigins ?? [])]);
          if (!allowedOrigins.has(origin)) return jsonError(res, 403, -32600, 'Forbidden: Origin not allowed');
        }
        const actor = await authenticate(req);
        if (actor === 'refused') return jsonError(res, 401, -32600, 'Unauthorized', { 'www-authenticate': 'Bearer' });
        const sessionHeader = req.headers['mcp-session-id'];
        const sessionId = Array.isArray(sessionHeader) ? sessionHeader[0] : sessionHeader;
        let body: unknown;
        if (req.method === 'POST') {
          const raw = await readBody(req, maxMessageBytes, bodyTimeoutMs);
          if (raw === 'timeout') {
            auditor.onError(new McpProxyError({ code: 'request_timeout', message: `mcp-proxy: HTTP client did not send its request body within ${bodyTimeoutMs} ms` }));
            res.once('finish', () => req.destroy());
            return jsonError(res, 408, -32600, `Request body not received within ${bodyTimeoutMs} ms`, { connection: 'close' });
          }
          if (raw === 'too-large') {
            auditor.onError(new McpProxyError({ code: 'message_too_large', message: `mcp-proxy: HTTP client sent a body over ${maxMessageBytes} bytes` }));
            return jsonError(res, 413, -32600, `Request body over ${maxMessageBytes} bytes`, { connection: 'close' });
          }
          try {
            body = parseBody(raw.toString('utf8'));
          } catch {
            return jsonError(res, 400, -32700, 'Parse error: body is not JSON');
          }
          // Integer ids beyond 2^53 and number ids JSON.parse would change (`1.0`, `-0`, `1e400`)
          // reach the SDK transport as placeholders and its answers are written back with the
          // text as sent (see exact-id-http.ts).
          const parsed = body;
          if (Array.isArray(parsed) ? (parsed as unknown[]).some(holdsExactIds) : holdsExactIds(parsed)) {
            body = Array.isArray(parsed) ? parsed.map((m: unknown) => mapIds(m, idToPlaceholder)) : mapIds(parsed, idToPlaceholder);
            unmarkResponse(res);
          }
        }
        if (sessionId !== undefined) {
          const entry = live.get(sessionId);
          if (!entry) return jsonError(res, 404, -32001, 'Session not found');
          if (entry.subject !== (actor?.id ?? undefined)) return jsonError(res, 403, -32600, 'Forbidden: session belongs to another subject');
          (req as IncomingMessage & { auth?: unknown }).auth = actor ? { token: '', clientId: actor.id, scopes: [] } : undefined;
          // An open stream (GET, or a POST answered over SSE) keeps the session alive.
          entry.open++;
          entry.lastSeen = Date.now();
          res.once('close', () => {
            entry.open--;
            entry.lastSeen = Date.now();
          });
          return entry.transport.handleRequest(req, res, body);
        }
        if (req.method !== 'POST' || !isInitialize(body)) return jsonError(res, 400, -32600, 'Bad Request: no valid session id; send initialize first');
        if (live.size + starting >= maxSessions) return jsonError(res, 503, -32603, 'Too many sessions', { 'retry-after': '5' });
        starting++;
        try {
          await startSession(req, res, body, actor);
        } finally {
          starting--;
        }
      };

      const startSession = async (req: IncomingMessage, res: ServerResponse, body: unknown, actor: Actor | undefined): Promise<void> => {
        const transport: StreamableHTTPServerTransport = new StreamableHTTPServerTransport({
          sessionIdGenerator: () => randomUUID(),
          onsessioninitialized: (id) => {
            const entry = { transport, session, subject: actor?.id, lastSeen: Date.now(), open: 1 };
            live.set(id, entry);
            res.once('close', () => {
              entry.open--;
              entry.lastSeen = Date.now();
            });
          },
        });
        const session = await open(new ExactIdTransport(transport), 'http', actor);
        const previousOnClose = transport.onclose;
        transport.onclose = () => {
          if (transport.sessionId) live.delete(transport.sessionId);
          previousOnClose?.();
        };
        await transport.handleRequest(req, res, body);
        // The SDK refused the initialize (bad headers, batch...): no session, so no upstreams either.
        if (!transport.sessionId || !live.has(transport.sessionId)) await session.close();
      };

      const server: Server = createServer((req, res) => {
        handle(req, res).catch((error: unknown) => {
          auditor.onError(new McpProxyError({ message: `mcp-proxy: HTTP request failed: ${(error as Error).message}`, cause: error }));
          jsonError(res, 500, -32603, 'Internal error');
        });
      });
      // SSE streams stay open, so no whole-request timeout; slow headers and bodies are bounded
      // by headersTimeout and readBody's timer.
      server.requestTimeout = 0;
      server.headersTimeout = Math.min(bodyTimeoutMs, 60_000);
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve();
        });
      });
      port = (server.address() as AddressInfo).port;
      const urlHost = host.includes(':') ? `[${host}]` : host;
      const handleObject: McpHttpServer = {
        url: `http://${urlHost}:${port}${path}`,
        port,
        get sessions() {
          return live.size;
        },
        async close() {
          servers.delete(handleObject);
          clearInterval(sweeper);
          await Promise.allSettled([...live.values()].map((entry) => entry.session.close()));
          live.clear();
          server.closeAllConnections?.();
          await new Promise<void>((resolve) => server.close(() => resolve()));
        },
      };
      servers.add(handleObject);
      return handleObject;
    },

    async close(closeOptions = {}) {
      const open = [...sessions];
      const closing = Promise.allSettled([...[...servers].map((server) => server.close()), ...open.map((session) => session.close())]);
      // Durable first: the ledger is flushed once every session has recorded its end, in
      // parallel with stopping the upstreams, not after them.
      const flushed = Promise.race([Promise.all(open.map((session) => session.ended$)), closing]).then(() => (closeOptions.onEnded ? closeOptions.onEnded() : auditor.flush()));
      await closing;
      await flushed;
    },
  };
}
