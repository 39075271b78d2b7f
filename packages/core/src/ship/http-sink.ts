import { createHash } from 'node:crypto';
import type { AuditEvent } from '../spec/event.js';
import { requireOptions } from '../internal/options.js';
import { displayUrl, scrubUrls } from '../internal/display-url.js';
import { SinkError } from './errors.js';
import { errorMessage } from './internal/sleep.js';
import type { ShipSink, ShippedCheckpoint } from './types.js';

/** Options of {@link httpSink}. */
export interface HttpSinkOptions {
  /** The JSON endpoint, e.g. a SIEM's HTTP event collector or a webhook. */
  url: string | URL;
  /** Sent as `Authorization: Bearer <token>`. Never logged. */
  token?: string;
  /** Extra headers (e.g. a tenant id). */
  headers?: Record<string, string>;
  /** Name shown in status and errors. */
  name?: string;
  /** Per-request timeout; a request that takes longer fails as retryable. */
  timeoutMs?: number;
  /** `json` posts `{"events":[...]}`; `ndjson` posts one event per line. */
  format?: 'json' | 'ndjson';
  /**
   * A bearer token is refused over plain `http://` to a host other than loopback unless this is set,
   * because the token would cross the network in clear text.
   */
  allowInsecureHttp?: boolean;
  /** Where signed checkpoints go (`POST`, `{"checkpoints":[...]}`); omitted: checkpoints are not sent. */
  checkpointsUrl?: string | URL;
  /** Replaceable `fetch`, e.g. one with a proxy agent. */
  fetch?: typeof globalThis.fetch;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/**
 * The idempotency key of a batch: the event id itself for a single event; for a batch, a
 * digest of its ids, so a retried batch carries the same key. Receivers should in any case
 * deduplicate by each event's `id`.
 *
 * @example
 * ```ts
 * idempotencyKey([{ id: '01J...' }]); // '01J...'
 * ```
 */
export function idempotencyKey(events: readonly Pick<AuditEvent, 'id'>[]): string {
  if (events.length === 1) return events[0]!.id;
  const digest = createHash('sha256');
  for (const event of events) digest.update(event.id).update(',');
  return `batch-${events.length}-${digest.digest('hex').slice(0, 40)}`;
}

/**
 * A sink that POSTs batches of events as JSON to a generic endpoint with bearer auth.
 * Each request carries `Idempotency-Key` (the event id, or a digest of the batch's ids) and
 * `X-Agent-Audit-Event-Ids` when it fits; every event carries its own `id`, so the receiver
 * can deduplicate at-least-once delivery. 2xx is success; 408, 425, 429, 5xx, timeouts and
 * network errors are retryable; other statuses are not (a configuration or data problem).
 *
 * @example
 * ```ts
 * const shipper = createShipper({ dir: './audit', sink: httpSink({ url: 'https://siem.example/ingest', token: process.env.SIEM_TOKEN }) });
 * shipper.start();
 * ```
 */
export function httpSink(options: HttpSinkOptions): ShipSink {
  requireOptions('httpSink', options, 'options { url }');
  const url = new URL(options.url);
  const { token, timeoutMs = 10_000, format = 'json', allowInsecureHttp = false } = options;
  const name = options.name ?? `http:${url.host}`;
  const doFetch = options.fetch ?? globalThis.fetch;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new SinkError({ sink: name, retryable: false, message: `httpSink: unsupported protocol ${url.protocol}` });
  const insecure = (target: URL) => target.protocol === 'http:' && !LOOPBACK.has(target.hostname);
  if (token !== undefined && insecure(url) && !allowInsecureHttp) {
    throw new SinkError({ sink: name, retryable: false, code: 'insecure_transport', message: 'httpSink: refusing to send a bearer token over plain http to a non-loopback host (use https or allowInsecureHttp: true)' });
  }

  async function post(target: URL, body: string, contentType: string, extraHeaders: Record<string, string>): Promise<void> {
    // Never put credentials from the URL into messages: its origin only (a webhook's secret is often its path).
    const safeUrl = displayUrl(target);
    const headers: Record<string, string> = { ...options.headers, 'content-type': contentType, ...extraHeaders };
    if (token !== undefined) headers.authorization = `Bearer ${token}`;
    let response: Response;
    try {
      response = await doFetch(target, { method: 'POST', headers, body, signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
    } catch (error) {
      const timedOut = (error as { name?: string } | null)?.name === 'TimeoutError';
      throw new SinkError({
        sink: name,
        retryable: true,
        code: timedOut ? 'sink_timeout' : 'sink_unreachable',
        message: timedOut ? `POST ${safeUrl} timed out after ${timeoutMs} ms` : `POST ${safeUrl} failed: ${scrubUrls(errorMessage((error as { cause?: unknown }).cause ?? error))}`,
        cause: error,
      });
    }
    // Drain the body so the connection can be reused.
    await response.arrayBuffer().catch(() => undefined);
    if (response.ok) return;
    const status = response.status;
    const retryable = status === 408 || status === 425 || status === 429 || status >= 500;
    throw new SinkError({ sink: name, retryable, code: `http_${status}`, message: `POST ${safeUrl} answered ${status} ${scrubUrls(response.statusText)}` });
  }

  const sink: ShipSink = {
    name,
    async write(events: readonly AuditEvent[]) {
      if (events.length === 0) return;
      const ids = events.map((event) => event.id).join(',');
      const headers: Record<string, string> = { 'idempotency-key': idempotencyKey(events), 'x-agent-audit-event-count': String(events.length) };
      if (ids.length <= 4096) headers['x-agent-audit-event-ids'] = ids;
      if (format === 'ndjson') {
        await post(url, events.map((event) => JSON.stringify(event)).join('\n') + '\n', 'application/x-ndjson', headers);
      } else {
        await post(url, JSON.stringify({ events }), 'application/json', headers);
      }
    },
  };
  if (options.checkpointsUrl !== undefined) {
    const checkpointsUrl = new URL(options.checkpointsUrl, url);
    if (token !== undefined && insecure(checkpointsUrl) && !allowInsecureHttp) {
      throw new SinkError({ sink: name, retryable: false, code: 'insecure_transport', message: 'httpSink: refusing to send a bearer token over plain http (checkpointsUrl)' });
    }
    sink.writeCheckpoints = async (checkpoints: readonly ShippedCheckpoint[]) => {
      if (checkpoints.length === 0) return;
      await post(checkpointsUrl, JSON.stringify({ checkpoints }), 'application/json', {
        'idempotency-key': `checkpoints-${createHash('sha256').update(checkpoints.map((c) => `${c.stream}@${c.size}`).join(',')).digest('hex').slice(0, 40)}`,
      });
    };
  }
  return sink;
}
