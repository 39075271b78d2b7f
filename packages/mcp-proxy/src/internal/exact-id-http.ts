import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { Transport, TransportSendOptions } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage, MessageExtraInfo } from '@modelcontextprotocol/sdk/types.js';
import { idToPlaceholder, mapIds, placeholderToId, PLACEHOLDER_IN_JSON, unmarkIds } from './exact-ids.js';

/**
 * Integer ids beyond 2^53 over Streamable HTTP.
 *
 * The MCP SDK's HTTP server transport validates every message it is given (an id must be a
 * string or a safe integer) and writes its answers with `JSON.stringify`, so it can carry
 * neither the rounded number `JSON.parse` makes of `9007199254740993` nor a `bigint`. The proxy
 * therefore reads the body itself (`parseBody`, ids exact), hands the SDK each such id as a
 * placeholder string (`idToPlaceholder`), and:
 * - `ExactIdTransport` turns placeholders back into `bigint` ids for the session (so its
 *   events and answers see the id as sent), and `bigint` ids into placeholders on the way out;
 * - `unmarkResponse` rewrites the placeholders in what the SDK writes to that request's HTTP
 *   response (its SSE events or JSON) back into the bare digits.
 * Only requests whose body holds such an id take this path.
 */

/** Wraps a downstream transport whose messages carry big ids as placeholders. */
export class ExactIdTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage, extra?: MessageExtraInfo) => void;

  constructor(private readonly inner: Transport) {}

  get sessionId(): string | undefined {
    return this.inner.sessionId;
  }

  async start(): Promise<void> {
    this.inner.onmessage = (message: JSONRPCMessage, extra?: MessageExtraInfo) => this.onmessage?.(mapIds(message, placeholderToId), extra);
    this.inner.onerror = (error: Error) => this.onerror?.(error);
    this.inner.onclose = () => this.onclose?.();
    await this.inner.start();
  }

  async send(message: JSONRPCMessage, options?: TransportSendOptions): Promise<void> {
    const related = options?.relatedRequestId as unknown;
    const sendOptions = typeof related === 'bigint' ? { ...options, relatedRequestId: idToPlaceholder(related) as string } : options;
    await this.inner.send(mapIds(message, idToPlaceholder), sendOptions);
  }

  async close(): Promise<void> {
    await this.inner.close();
  }
}

function withoutContentLength(headers: unknown): unknown {
  if (Array.isArray(headers)) {
    // Raw [name, value, name, value, ...].
    const out: unknown[] = [];
    for (let i = 0; i < headers.length; i += 2) if (String(headers[i]).toLowerCase() !== 'content-length') out.push(headers[i], headers[i + 1]);
    return out;
  }
  if (typeof headers !== 'object' || headers === null) return headers;
  return Object.fromEntries(Object.entries(headers as OutgoingHttpHeaders).filter(([name]) => name.toLowerCase() !== 'content-length'));
}

function unmarkChunk(chunk: unknown, encoding?: BufferEncoding): unknown {
  if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) return chunk;
  const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('utf8');
  if (!text.includes(PLACEHOLDER_IN_JSON)) return chunk;
  const unmarked = unmarkIds(text);
  return typeof chunk === 'string' ? Buffer.from(unmarked, encoding ?? 'utf8') : Buffer.from(unmarked, 'utf8');
}

/**
 * Rewrites the placeholders in everything written to `res` into bare digits. The SDK writes
 * each SSE event (or the JSON answer) as one chunk, so a placeholder is never split. The body
 * gets shorter, so a `content-length` header is dropped (the answer goes chunked).
 */
export function unmarkResponse(res: ServerResponse): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  (res as { writeHead: unknown }).writeHead = (...args: unknown[]): ServerResponse => {
    res.removeHeader('content-length');
    const at = typeof args[1] === 'string' ? 2 : 1;
    if (args.length > at) args[at] = withoutContentLength(args[at]);
    return writeHead(...args);
  };
  // [chunk, encoding?, callback?] with the chunk unmarked; the arguments as they were when it holds no placeholder.
  const rewrite = (args: unknown[]): unknown[] => {
    const [chunk, ...rest] = args;
    const encoding = typeof rest[0] === 'string' ? (rest[0] as BufferEncoding) : undefined;
    const unmarked = unmarkChunk(chunk, encoding);
    return unmarked === chunk ? args : [unmarked, ...(encoding !== undefined ? rest.slice(1) : rest)];
  };
  (res as { write: unknown }).write = (...args: unknown[]): boolean => write(...rewrite(args));
  (res as { end: unknown }).end = (...args: unknown[]): ServerResponse => end(...rewrite(args));
}
