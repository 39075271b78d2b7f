import { auditEventSchema, callHostHandler, type AuditEvent } from '@agent-audit/core';
import { DeliverPolicy, jetstream, jetstreamManager, type ConsumerMessages } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { CHECKPOINT_TOKEN, DEFAULT_PREFIX, DEFAULT_STREAM, NatsError, openConnection, type NatsTarget } from './internal/common.js';
import { payloadNestingProblem } from './internal/chain.js';

/** Options of {@link natsTail}. */
export interface NatsTailOptions extends NatsTarget {
  /** Where to start: every message the JetStream stream still holds (default), only new ones, or those stored from a time on. */
  from?: 'all' | 'new' | Date;
  /**
   * How long (ms) an event that arrived after a gap in its audit stream's seqs is held back,
   * waiting for the missing ones (a publish retried by the shipper lands later); after that it is
   * handed on and the gap is the monitor's to see. Default 5000.
   */
  reorderMs?: number;
  /** Messages received but not yet polled before the reader waits for `poll()` (default 10000). */
  highWaterMark?: number;
  /** A message that is not an agent-audit event (it is skipped), a consumer that failed and is restarted. */
  onError?: (error: Error) => void;
}

/** Follows the JetStream stream the NATS sink publishes to. */
export interface NatsTail {
  /** Connects and creates the consumer. @throws NatsError `nats_unreachable`, `nats_stream` (the stream does not exist) */
  start(): Promise<void>;
  /** Events received since the last poll: each audit stream in seq order (repeats dropped), merged by `ts`. */
  poll(): AuditEvent[];
  /** True once every message the stream held when `start()` ran has been received (and polled or held back). */
  readonly caughtUp: boolean;
  /** Hands on the events held back for a gap (for a last poll, `--once`). */
  release(): void;
  /** Stops the consumer; closes the connection when the tail opened it. */
  close(): Promise<void>;
}

interface StreamOrder {
  nextSeq: number;
  held: Map<number, { event: AuditEvent; since: number }>;
}

/**
 * A live reader of the JetStream stream written by {@link natsSink}, for monitors
 * (`agent-audit watch nats://…`). It uses an ordered consumer: ephemeral, no acknowledgements,
 * created on the server only while the tail runs and recreated by the client after a gap or a
 * reconnect, so it never moves the collector's durable consumer. Payloads are schema-checked;
 * checkpoint messages are skipped. JetStream may hold an event twice (a publish retried after
 * the duplicate window) or out of seq order (a retried part of a batch): each audit stream is
 * handed on in seq order, a seq already handed on is dropped, and an event after a gap waits up
 * to `reorderMs` for the missing ones.
 *
 * @example
 * ```ts
 * const tail = natsTail({ servers: 'nats://127.0.0.1:4222' });
 * await tail.start();
 * setInterval(() => { for (const event of tail.poll()) monitor.push(event); }, 200);
 * ```
 */
export function natsTail(options: NatsTailOptions = {}): NatsTail {
  const streamName = options.stream ?? DEFAULT_STREAM;
  const prefix = options.subjectPrefix ?? DEFAULT_PREFIX;
  const reorderMs = options.reorderMs ?? 5_000;
  const highWaterMark = options.highWaterMark ?? 10_000;
  const checkpointSubject = `${prefix}.${CHECKPOINT_TOKEN}`;
  const decoder = new TextDecoder();
  const order = new Map<string, StreamOrder>();
  let ready: AuditEvent[] = [];
  let caughtUp = false;
  let stopping = false;
  let nc: NatsConnection | undefined;
  let owned = false;
  let messages: ConsumerMessages | undefined;
  let reader: Promise<void> | undefined;
  let drained: (() => void) | undefined;

  const report = (error: Error): void => {
    // The host's handler (a throw, or a promise that rejects) cannot stop the tail.
    callHostHandler(options.onError, error);
  };

  function accept(event: AuditEvent): void {
    let state = order.get(event.stream);
    if (!state) {
      state = { nextSeq: event.seq, held: new Map() };
      order.set(event.stream, state);
    }
    if (event.seq < state.nextSeq || state.held.has(event.seq)) return;
    if (event.seq > state.nextSeq) {
      state.held.set(event.seq, { event, since: Date.now() });
      return;
    }
    ready.push(event);
    state.nextSeq = event.seq + 1;
    drain(state);
  }

  function drain(state: StreamOrder): void {
    for (let next = state.held.get(state.nextSeq); next; next = state.held.get(state.nextSeq)) {
      state.held.delete(state.nextSeq);
      ready.push(next.event);
      state.nextSeq++;
    }
  }

  /** Hands on held events older than `olderThan` (ms): the gap before them is given up on. */
  function giveUp(olderThan: number): void {
    const now = Date.now();
    for (const state of order.values()) {
      while (state.held.size > 0) {
        const first = Math.min(...state.held.keys());
        const entry = state.held.get(first)!;
        if (now - entry.since < olderThan) break;
        state.nextSeq = first;
        drain(state);
      }
    }
  }

  function parse(data: Uint8Array, subject: string, seq: number): AuditEvent | undefined {
    // Deeper than any event the writer writes: refused for its depth, before it is parsed or checked (payloadNestingProblem).
    const deep = payloadNestingProblem(data);
    if (deep !== undefined) {
      report(new NatsError({ retryable: false, code: 'nats_malformed', message: `JetStream message ${seq} (${subject}): ${deep}; skipped` }));
      return undefined;
    }
    let value: unknown;
    try {
      value = JSON.parse(decoder.decode(data));
    } catch {
      report(new NatsError({ retryable: false, code: 'nats_malformed', message: `JetStream message ${seq} (${subject}) is not JSON; skipped` }));
      return undefined;
    }
    let checked: ReturnType<typeof auditEventSchema.safeParse>;
    try {
      checked = auditEventSchema.safeParse(value);
    } catch (error) {
      // Nested deeper than the check can recurse (RangeError): before 2026-12-07 it ended the tail.
      const e = error instanceof Error ? error : new Error(String(error));
      report(new NatsError({ retryable: false, code: 'nats_malformed', message: `JetStream message ${seq} (${subject}) could not be checked (${e.name}: ${e.message}); skipped` }));
      return undefined;
    }
    if (!checked.success) {
      const issue = checked.error.issues[0];
      report(new NatsError({ retryable: false, code: 'nats_malformed', message: `JetStream message ${seq} (${subject}) is not an agent-audit event (${issue ? `${issue.path.join('.') || 'event'}: ${issue.message}` : 'schema'}); skipped` }));
      return undefined;
    }
    return value as AuditEvent;
  }

  return {
    async start() {
      if (nc) return;
      const opened = await openConnection(options, `agent-audit tail ${streamName}`);
      nc = opened.nc;
      owned = opened.owned;
      try {
        const jsm = await jetstreamManager(nc);
        let matching = 0;
        try {
          const info = await jsm.streams.info(streamName, { subjects_filter: `${prefix}.>` });
          matching = Object.entries(info.state.subjects ?? {}).reduce((sum, [subject, count]) => (subject === checkpointSubject ? sum : sum + count), 0);
        } catch (error) {
          throw new NatsError({ retryable: false, code: 'nats_stream', message: `cannot read JetStream stream ${streamName}: ${(error as Error).message}`, cause: error });
        }
        const from = options.from ?? 'all';
        caughtUp = from === 'new' || matching === 0;
        const js = jetstream(nc);
        const consumer = await js.consumers.get(streamName, {
          filter_subjects: `${prefix}.>`,
          ...(from === 'new' ? { deliver_policy: DeliverPolicy.New } : from instanceof Date ? { deliver_policy: DeliverPolicy.StartTime, opt_start_time: from.toISOString() } : { deliver_policy: DeliverPolicy.All }),
        });
        messages = await consumer.consume({ max_messages: 1000 });
      } catch (error) {
        if (owned) await nc.close().catch(() => undefined);
        nc = undefined;
        throw error instanceof NatsError ? error : new NatsError({ code: 'nats_consumer', message: `cannot follow JetStream stream ${streamName}: ${(error as Error).message}`, cause: error });
      }
      const current = messages;
      reader = (async () => {
        try {
          for await (const msg of current) {
            if (msg.subject !== checkpointSubject) {
              const event = parse(msg.data, msg.subject, msg.seq);
              if (event) accept(event);
            }
            if (msg.info.pending === 0) caughtUp = true;
            while (ready.length >= highWaterMark && !stopping) await new Promise<void>((resolve) => (drained = resolve));
            if (stopping) break;
          }
        } catch (error) {
          if (!stopping) report(new NatsError({ code: 'nats_consumer', message: `following JetStream stream ${streamName} stopped: ${(error as Error).message}`, cause: error }));
        }
      })();
    },
    poll() {
      giveUp(reorderMs);
      const out = ready;
      ready = [];
      drained?.();
      drained = undefined;
      // Stable: each audit stream keeps its seq order among events of equal ts.
      return out.sort((a, b) => (a.ts < b.ts ? -1 : a.ts > b.ts ? 1 : 0));
    },
    get caughtUp() {
      return caughtUp;
    },
    release() {
      giveUp(0);
    },
    async close() {
      stopping = true;
      drained?.();
      messages?.stop();
      await reader;
      if (owned) await nc?.drain().catch(() => undefined);
      nc = undefined;
    },
  };
}
