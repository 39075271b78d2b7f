import { createHash } from 'node:crypto';
import { canonicalize, type AuditEvent, type EventSink } from '@agent-audit/core';
import { jetstreamManager } from '@nats-io/jetstream';
import { createInbox, headers, type NatsConnection } from '@nats-io/transport-node';
import { CHECKPOINT_TOKEN, DEFAULT_PREFIX, DEFAULT_STREAM, ensureStream, NatsError, openConnection, subjectToken, type NatsTarget, type StreamConfigOptions } from './internal/common.js';

/** Options of {@link natsSink}. */
export interface NatsSinkOptions extends NatsTarget {
  name?: string;
  /** Create the JetStream stream when it is missing (default yes, with these settings). `false`: it must exist. */
  createStream?: StreamConfigOptions | false;
  /** How long to wait for each publish acknowledgement. */
  ackTimeoutMs?: number;
}

/** A signed checkpoint with its stream (what `createShipper()` hands over). */
export interface NatsCheckpointInput {
  stream: string;
  size: number;
  root: string;
  ts: string;
  note: string;
}

/** The NATS sink: `EventSink` plus checkpoints and `close()`. */
export interface NatsSink extends EventSink {
  /** Publishes signed checkpoints (`Nats-Msg-Id` = `checkpoint:<stream>:<size>:<SHA-256 of the payload>`); the collector stores them. */
  writeCheckpoints(checkpoints: readonly NatsCheckpointInput[]): Promise<void>;
  close(): Promise<void>;
}

/**
 * A sink that publishes each event to JetStream with `Nats-Msg-Id` = `<event id>:<hash>` (JetStream drops
 * repeats within its duplicate window) and resolves only when every publish is acknowledged,
 * i.e. stored (and replicated, on a replicated stream). The payload is the event's canonical
 * JSON, byte for byte what the ledger hashed. Compose with `retrying()`/`circuitBreaker()`
 * or hand it to `createShipper()`.
 *
 * @example
 * ```ts
 * const shipper = createShipper({ dir: './audit', sink: natsSink({ servers: 'nats://10.0.0.5:4222' }) });
 * shipper.start();
 * ```
 */
export function natsSink(options: NatsSinkOptions = {}): NatsSink {
  const streamName = options.stream ?? DEFAULT_STREAM;
  const prefix = options.subjectPrefix ?? DEFAULT_PREFIX;
  const ackTimeoutMs = options.ackTimeoutMs ?? 10_000;
  const name = options.name ?? `nats:${streamName}`;
  let ready: Promise<{ nc: NatsConnection; owned: boolean }> | undefined;

  function open() {
    ready ??= (async () => {
      const { nc, owned } = await openConnection(options, `agent-audit ${name}`);
      try {
        if (options.createStream !== false) await ensureStream(await jetstreamManager(nc), streamName, prefix, options.createStream ?? {});
      } catch (error) {
        if (owned) await nc.close().catch(() => undefined);
        throw new NatsError({ code: 'nats_stream', message: `cannot set up JetStream stream ${streamName}: ${(error as Error).message}`, cause: error });
      }
      return { nc, owned };
    })();
    void ready.catch(() => {
      ready = undefined; // try again on the next write
    });
    return ready;
  }

  return {
    name,
    async write(events: readonly AuditEvent[]) {
      if (events.length === 0) return;
      const { nc } = await open();
      // A batch is mostly a few streams: each one's subject is made once.
      const subjects = new Map<string, string>();
      const subjectOf = (stream: string): string => {
        let subject = subjects.get(stream);
        if (subject === undefined) {
          subject = `${prefix}.${subjectToken(stream)}`;
          subjects.set(stream, subject);
        }
        return subject;
      };
      // Nats-Msg-Id carries the hash too: an id alone can be guessed (monotonic ULIDs), and a
      // forger who publishes first under it would make JetStream drop the genuine event as a repeat.
      await publishAll(nc, events.map((event) => ({ subject: subjectOf(event.stream), payload: canonicalize(event), msgId: `${event.id}:${event.hash}` })), ackTimeoutMs);
    },
    async writeCheckpoints(checkpoints) {
      if (checkpoints.length === 0) return;
      const { nc } = await open();
      await publishAll(
        nc,
        checkpoints.map((c) => {
          // The id names the payload's SHA-256: `checkpoint:<stream>:<size>` is known in advance,
          // and a forged checkpoint published first under it made JetStream drop the signed one.
          const payload = JSON.stringify({ stream: c.stream, size: c.size, root: c.root, ts: c.ts, note: c.note });
          return { subject: `${prefix}.${CHECKPOINT_TOKEN}`, payload, msgId: `checkpoint:${c.stream}:${c.size}:${createHash('sha256').update(payload).digest('hex')}` };
        }),
        ackTimeoutMs,
      );
    },
    async close() {
      const current = ready;
      ready = undefined;
      const opened = await current?.catch(() => undefined);
      if (opened?.owned) await opened.nc.drain().catch(() => undefined);
    },
  };
}

/**
 * Publishes a batch as JetStream publishes (each with `Nats-Msg-Id` and a reply subject under
 * one inbox) and waits for every publish acknowledgement on that inbox. This is what
 * `js.publish()` does per message, done once per batch: one subscription and one timer
 * instead of one request (with its own inbox, timer and error objects) per event.
 * Resolves when all are acknowledged (stored, or recognised as duplicates); rejects with a
 * retryable NatsError naming how many were not.
 */
async function publishAll(nc: NatsConnection, messages: ReadonlyArray<{ subject: string; payload: string; msgId: string }>, timeoutMs: number): Promise<void> {
  if (messages.length === 0) return;
  const inbox = createInbox();
  const pending = new Set<number>(messages.map((_, i) => i));
  const failures: string[] = [];
  const decoder = new TextDecoder();
  let settle!: () => void;
  const done = new Promise<void>((resolve) => (settle = resolve));
  const subscription = nc.subscribe(`${inbox}.*`, {
    callback: (error, msg) => {
      if (error) {
        failures.push(error.message);
        return settle();
      }
      const index = Number(msg.subject.slice(inbox.length + 1));
      if (!pending.has(index)) return;
      if (msg.headers?.hasError) {
        failures.push(`${msg.headers.code} ${msg.headers.description}`);
      } else {
        try {
          const ack = JSON.parse(decoder.decode(msg.data)) as { stream?: string; seq?: number; error?: { code?: number; description?: string } };
          if (ack.error || typeof ack.seq !== 'number') failures.push(ack.error ? `${ack.error.code ?? ''} ${ack.error.description ?? 'error'}`.trim() : 'malformed acknowledgement');
        } catch {
          failures.push('malformed acknowledgement');
        }
      }
      pending.delete(index);
      if (pending.size === 0) settle();
    },
  });
  const timer = setTimeout(settle, timeoutMs);
  try {
    messages.forEach((message, i) => {
      const h = headers();
      h.set('Nats-Msg-Id', message.msgId);
      nc.publish(message.subject, message.payload, { headers: h, reply: `${inbox}.${i}` });
    });
    await done;
  } catch (error) {
    throw new NatsError({ code: 'nats_publish', message: `publishing to JetStream failed: ${(error as Error).message}`, cause: error });
  } finally {
    clearTimeout(timer);
    subscription.unsubscribe();
  }
  const missing = pending.size;
  if (failures.length > 0 || missing > 0) {
    const parts = [missing > 0 ? `${missing} not acknowledged within ${timeoutMs} ms` : '', failures.length > 0 ? `${failures.length} refused (${failures[0]})` : ''].filter(Boolean);
    throw new NatsError({ code: 'nats_publish', message: `${parts.join(', ')} of ${messages.length} publishes` });
  }
}
