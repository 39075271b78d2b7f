import { canonicalize, type AuditEvent, type EventSink } from '@agent-audit/core';
import { jetstream, jetstreamManager, type JetStreamClient } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
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
  /** Publishes signed checkpoints (`Nats-Msg-Id` = `checkpoint:<stream>:<size>`); the collector stores them. */
  writeCheckpoints(checkpoints: readonly NatsCheckpointInput[]): Promise<void>;
  close(): Promise<void>;
}

/**
 * A sink that publishes each event to JetStream with `Nats-Msg-Id` = event id (JetStream drops
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
  let ready: Promise<{ nc: NatsConnection; owned: boolean; js: JetStreamClient }> | undefined;

  function open() {
    ready ??= (async () => {
      const { nc, owned } = await openConnection(options, `agent-audit ${name}`);
      try {
        if (options.createStream !== false) await ensureStream(await jetstreamManager(nc), streamName, prefix, options.createStream ?? {});
      } catch (error) {
        if (owned) await nc.close().catch(() => undefined);
        throw new NatsError({ code: 'nats_stream', message: `cannot set up JetStream stream ${streamName}: ${(error as Error).message}`, cause: error });
      }
      return { nc, owned, js: jetstream(nc, { timeout: ackTimeoutMs }) };
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
      const { js } = await open();
      const results = await Promise.allSettled(
        events.map((event) => js.publish(`${prefix}.${subjectToken(event.stream)}`, canonicalize(event), { msgID: event.id, timeout: ackTimeoutMs })),
      );
      const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed.length > 0) {
        const first = failed[0]!.reason as Error;
        throw new NatsError({ code: 'nats_publish', message: `${failed.length} of ${events.length} publishes were not acknowledged: ${first.message}`, cause: first });
      }
    },
    async writeCheckpoints(checkpoints) {
      if (checkpoints.length === 0) return;
      const { js } = await open();
      const results = await Promise.allSettled(
        checkpoints.map((c) => js.publish(`${prefix}.${CHECKPOINT_TOKEN}`, JSON.stringify({ stream: c.stream, size: c.size, root: c.root, ts: c.ts, note: c.note }), { msgID: `checkpoint:${c.stream}:${c.size}`, timeout: ackTimeoutMs })),
      );
      const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed.length > 0) throw new NatsError({ code: 'nats_publish', message: `${failed.length} of ${checkpoints.length} checkpoint publishes were not acknowledged: ${(failed[0]!.reason as Error).message}`, cause: failed[0]!.reason });
    },
    async close() {
      const current = ready;
      ready = undefined;
      const opened = await current?.catch(() => undefined);
      if (opened?.owned) await opened.nc.drain().catch(() => undefined);
    },
  };
}
