import { createHash } from 'node:crypto';
import { hostname } from 'node:os';
import { auditEventSchema, canonicalize, computeEventHash, createAuditor, type AuditEvent, type Auditor } from '@agent-audit/core';
import { createPostgresStore, migrate, type ChainStateRow, type CheckpointRow, type PostgresStore, type PostgresStoreOptions, type StoreTransaction } from '@agent-audit/postgres';
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager, type JsMsg } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { CHECKPOINT_TOKEN, DEFAULT_PREFIX, DEFAULT_STREAM, ensureStream, NatsError, openConnection, type NatsTarget, type StreamConfigOptions } from './internal/common.js';
import { loadHead, postgresLedger } from './internal/pg-ledger.js';

/** Options of {@link createCollector}. */
export interface CollectorOptions {
  /** The JetStream side: servers or connection, stream name, subject prefix. */
  nats: NatsTarget & { createStream?: StreamConfigOptions | false };
  /** The PostgreSQL side: a URL or store options (migrated on start unless `migrate: false`). */
  postgres: string | PostgresStoreOptions;
  /** Durable consumer name: a restarted collector continues where this name stopped. */
  durable?: string;
  /** Messages per fetch, per PostgreSQL transaction. */
  batchSize?: number;
  /**
   * Ack wait of the durable consumer (ms, default 60000), set when this collector creates it:
   * how long messages taken by a collector that died stay with it before JetStream hands them
   * to another collector on the same durable.
   */
  ackWaitMs?: number;
  /** Run migrations on start. */
  migrate?: boolean;
  /** Name of this collector instance; its own events go to stream `collector-<durable>-<instance>`. */
  instance?: string;
  /** Receives every failure; the collector keeps going (messages not acknowledged are redelivered). */
  onError?: (error: Error) => void;
}

/** Counters of a running collector. */
export interface CollectorStatus {
  state: 'idle' | 'running' | 'stopped';
  /** Messages received (redeliveries included). */
  received: number;
  /** Events newly stored in PostgreSQL. */
  stored: number;
  /** Messages whose event was already stored. */
  duplicates: number;
  /** Signed checkpoint messages stored (idempotent by stream and size). */
  checkpoints: number;
  chainBreaks: number;
  /**
   * Streams whose verification waits for a missing seq (events after it are stored already), as
   * this collector last saw them. In a fleet another collector may have filled the gap since;
   * the shared `chain_state` table holds the current state.
   */
  waiting: Array<{ stream: string; nextSeq: number }>;
  lastError?: { message: string; at: string };
  /** The collector's own audit stream (chain breaks, malformed messages). */
  ownStream: string;
}

/** A running collector. */
export interface Collector {
  /** Connects, migrates, creates the durable consumer and starts consuming. */
  start(): Promise<void>;
  /** Stops after the batch in flight (committed and acknowledged, or neither). */
  stop(): Promise<void>;
  status(): CollectorStatus;
  /**
   * Resolves once nothing has arrived for `quietMs` (ms, default 1500) and the durable consumer
   * reports 0 pending and 0 awaiting acknowledgement (tests, one-shot imports). A consumer-info
   * request that fails (a JetStream leader election, no responders) is asked again every 200 ms.
   * @throws NatsError `idle_timeout` after `timeoutMs` (ms, default 120000), naming the last
   *   pending count and the last failed request; `not_running` before start().
   */
  idle(options?: { quietMs?: number; timeoutMs?: number }): Promise<void>;
}

interface Incoming {
  msg: JsMsg;
  event?: AuditEvent;
  /** The line to store: the payload when it is the event's canonical JSON, else the event canonicalized. */
  line?: string;
  /** Whether the event's `hash` is the SHA-256 of its canonical JSON without `hash` (checked before the transaction). */
  hashOk?: boolean;
  checkpoint?: CheckpointRow;
  problem?: string;
}

/** An event with its stored line and hash check, as the chain verifier takes it. */
interface Checked {
  event: AuditEvent;
  hashOk: boolean;
}

const LEAF_PREFIX = Buffer.from([0x00]);

/**
 * The hash of a canonical line without its top-level `"hash":"<claimed>",` member (the bytes
 * the hash covers; a nested member cannot match, it would have to contain its own digest).
 * Undefined when the member is not in the line.
 */
function hashOfLine(line: string, claimed: unknown): string | undefined {
  if (typeof claimed !== 'string') return undefined;
  const member = `"hash":"${claimed}",`;
  const at = line.indexOf(member);
  if (at < 0) return undefined;
  return createHash('sha256').update(LEAF_PREFIX).update(line.slice(0, at)).update(line.slice(at + member.length)).digest('hex');
}

/** Every object's keys are in JCS order (UTF-16 code units) at every depth. */
function keysSorted(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (Array.isArray(value)) {
    for (const item of value) if (!keysSorted(item)) return false;
    return true;
  }
  let last: string | undefined;
  for (const key in value) {
    if (last !== undefined && !(last < key)) return false;
    last = key;
    if (!keysSorted((value as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/**
 * The line to store and whether the hash holds. Agents publish their stored line (the event's
 * RFC 8785 JSON): then the payload is kept byte for byte and its hash is checked over those
 * bytes. `JSON.stringify` of the parsed value equals the payload and every object's keys are
 * sorted exactly when the payload is canonical (same number and string forms as canonicalize(),
 * no whitespace, no duplicate keys); anything else is canonicalized and hashed field by field,
 * as before, so a non-canonical payload is judged exactly as its canonical form would be.
 */
function lineAndHash(text: string, event: AuditEvent): { line: string; hashOk: boolean } {
  if (JSON.stringify(event) === text && keysSorted(event)) return { line: text, hashOk: hashOfLine(text, event.hash) === event.hash };
  return { line: canonicalize(event), hashOk: computeEventHash(event) === event.hash };
}

const HEX64 = /^[0-9a-f]{64}$/;

function parseCheckpoint(msg: JsMsg): Incoming {
  try {
    const c = JSON.parse(new TextDecoder().decode(msg.data)) as Partial<CheckpointRow>;
    if (typeof c.stream !== 'string' || !Number.isSafeInteger(c.size) || (c.size ?? 0) < 1 || typeof c.root !== 'string' || !HEX64.test(c.root) || typeof c.ts !== 'string' || typeof c.note !== 'string') {
      return { msg, problem: 'checkpoint message is not {stream, size, root, ts, note}' };
    }
    return { msg, checkpoint: { stream: c.stream, size: c.size!, root: c.root, ts: c.ts, note: c.note } };
  } catch {
    return { msg, problem: 'checkpoint message is not JSON' };
  }
}

const decoder = new TextDecoder();

function parse(msg: JsMsg, prefix: string): Incoming {
  if (msg.subject === `${prefix}.${CHECKPOINT_TOKEN}`) return parseCheckpoint(msg);
  let event: unknown;
  let text: string;
  try {
    text = decoder.decode(msg.data);
    event = JSON.parse(text);
  } catch {
    return { msg, problem: 'payload is not JSON' };
  }
  if (typeof event !== 'object' || event === null || Array.isArray(event)) return { msg, problem: 'payload is not a JSON object' };
  // Schema-check before the database sees it: one bad row must not block the consumer forever.
  const checked = auditEventSchema.safeParse(event);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return { msg, problem: `payload is not a valid agent-audit event (${issue ? `${issue.path.join('.') || 'event'}: ${issue.message}` : 'schema'})` };
  }
  return { msg, event: event as AuditEvent, ...lineAndHash(text, event as AuditEvent) };
}

/**
 * Consumes events from a JetStream durable consumer into PostgreSQL. Each batch is one
 * transaction: events are inserted idempotently, each stream's chain is verified
 * incrementally (seq run, prev link, recomputed hash) against state kept in the same database,
 * and only after COMMIT are the messages acknowledged, so a crash at any point loses nothing
 * and stores nothing twice. A chain break (or a malformed message) becomes a
 * `ledger.chain_break` event in the collector's own stream, chained by the core.
 *
 * @example
 * ```ts
 * const collector = createCollector({ nats: { servers: 'nats://127.0.0.1:4222' }, postgres: 'postgres://127.0.0.1/audit', durable: 'central' });
 * await collector.start();
 * ```
 */
export function createCollector(options: CollectorOptions): Collector {
  const durable = options.durable ?? 'agent-audit-collector';
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(durable)) throw new NatsError({ retryable: false, code: 'invalid_durable', message: 'durable name must match [A-Za-z0-9_-]{1,64}' });
  const batchSize = options.batchSize ?? 500;
  const streamName = options.nats.stream ?? DEFAULT_STREAM;
  const prefix = options.nats.subjectPrefix ?? DEFAULT_PREFIX;
  const instance = (options.instance ?? hostname()).replace(/[^A-Za-z0-9_-]/g, '_');
  const ownStream = `collector-${durable}-${instance}`;
  const storeOptions: PostgresStoreOptions = typeof options.postgres === 'string' ? { url: options.postgres } : options.postgres;
  const consumerKey = `nats:${streamName}:${durable}`;

  let nc: NatsConnection | undefined;
  let ownsConnection = false;
  let store: PostgresStore | undefined;
  let auditor: Auditor | undefined;
  let loop: Promise<void> | undefined;
  let stopping = false;
  let state: CollectorStatus['state'] = 'idle';
  let lastActivity = Date.now();
  let pendingSeen = 0;
  const counters = { received: 0, stored: 0, duplicates: 0, checkpoints: 0, chainBreaks: 0 };
  const waiting = new Map<string, number>();
  let lastError: CollectorStatus['lastError'];

  const report = (error: unknown) => {
    const err = error instanceof Error ? error : new Error(String(error));
    lastError = { message: err.message, at: new Date().toISOString() };
    try {
      options.onError?.(err);
    } catch {
      // the host's handler cannot stop collection
    }
  };

  async function recordBreak(attrs: Record<string, unknown>): Promise<void> {
    counters.chainBreaks++;
    // Durable before the batch commits: if the commit fails, redelivery records it again (at-least-once).
    await auditor!.recordDurable({ type: 'ledger.chain_break', outcome: 'failure', source: 'collector', attrs: { consumer: consumerKey, ...attrs } });
  }

  const forkReason = (seq: number) => `fork: a different event with seq ${seq} was already verified`;

  /**
   * Advances a stream's chain over `items` (seq order): verifies each event at `nextSeq` (seq
   * run, prev link, hash), stops at a gap; a second, different event at the seq just verified
   * is a fork.
   */
  async function advance(stream: string, items: readonly Checked[], chain: ChainStateRow): Promise<void> {
    for (const { event, hashOk } of items) {
      if (event.seq < chain.nextSeq) {
        if (event.seq === chain.nextSeq - 1 && event.hash !== chain.lastHash) {
          chain.breaks++;
          await recordBreak({ stream, seq: event.seq, id: event.id, reason: forkReason(event.seq) });
        }
        continue;
      }
      if (event.seq > chain.nextSeq) break;
      const reason = !hashOk
        ? 'hash mismatch: the event was changed after it was written'
        : event.prev !== chain.lastHash
          ? `chain broken: prev does not match the hash of seq ${event.seq - 1}`
          : undefined;
      if (reason) {
        chain.breaks++;
        await recordBreak({ stream, seq: event.seq, id: event.id, reason });
      }
      // Continue from the event's own hash so one break is reported once, not for every later event.
      chain.nextSeq = event.seq + 1;
      chain.lastHash = event.hash;
    }
  }

  /** Verifies one stream's events from this batch against the stored (locked) state, advancing it. */
  async function verifyStream(tx: StoreTransaction, stream: string, items: Checked[], inserted: Set<string>, chain: ChainStateRow): Promise<void> {
    items.sort((a, b) => a.event.seq - b.event.seq);
    const earlier = items.filter((item) => item.event.seq < chain.nextSeq);
    if (earlier.length > 0) {
      // Redeliveries are normal; a different event at a seq already verified is a fork.
      const stored = await tx.storedHashes(stream, earlier.map((item) => item.event.seq));
      for (const { event } of earlier) {
        const hashes = stored.get(event.seq) ?? [];
        if (inserted.has(event.id) || hashes.some((h) => h !== event.hash)) {
          chain.breaks++;
          await recordBreak({ stream, seq: event.seq, id: event.id, reason: forkReason(event.seq) });
        }
      }
    }
    for (const { event } of items) chain.maxSeen = Math.max(chain.maxSeen, event.seq);
    await advance(stream, items.filter((item) => item.event.seq >= chain.nextSeq), chain);
  }

  /**
   * Events after a gap may already be stored (out-of-order delivery, another collector's
   * batch committed before this one, or before a restart): for every stream whose `maxSeen` is
   * past `nextSeq`, the stored lines from `nextSeq` on are read in one query per round and
   * verified, until no stream moves.
   */
  async function catchUp(tx: StoreTransaction, chains: readonly ChainStateRow[]): Promise<void> {
    let behind = chains.filter((chain) => chain.maxSeen >= chain.nextSeq);
    while (behind.length > 0) {
      const lines = await tx.linesFrom(behind.map((chain) => ({ stream: chain.stream, fromSeq: chain.nextSeq })), 1000);
      const moved: ChainStateRow[] = [];
      for (const chain of behind) {
        const items: Checked[] = [];
        for (const row of lines.get(chain.stream) ?? []) {
          // The line is the evidence (the row's columns are only copies): its own fields are
          // checked, and its hash over its bytes (stored lines are canonical).
          const event = JSON.parse(row.line) as AuditEvent;
          items.push({ event, hashOk: hashOfLine(row.line, event.hash) === event.hash });
        }
        if (items.length === 0 || items[0]!.event.seq !== chain.nextSeq) continue;
        await advance(chain.stream, items, chain);
        if (chain.maxSeen >= chain.nextSeq) moved.push(chain);
      }
      behind = moved;
    }
  }

  async function processBatch(batch: Incoming[]): Promise<void> {
    const events: AuditEvent[] = [];
    const lines: string[] = [];
    const byStream = new Map<string, Checked[]>();
    for (const item of batch) {
      if (item.problem) {
        await recordBreak({ reason: `malformed message: ${item.problem}`, subject: item.msg.subject, streamSequence: item.msg.seq, sha256: createHash('sha256').update(item.msg.data).digest('hex') });
      }
      if (!item.event) continue;
      events.push(item.event);
      lines.push(item.line!);
      const checked = { event: item.event, hashOk: item.hashOk === true };
      const list = byStream.get(item.event.stream);
      if (list) list.push(checked);
      else byStream.set(item.event.stream, [checked]);
    }
    const checkpoints = batch.flatMap((item) => (item.checkpoint ? [item.checkpoint] : []));
    const newIds = await store!.transaction(async (tx) => {
      // Inserted before the chain rows are locked: collectors sharing a durable insert in
      // parallel and serialize only on the streams they have in common.
      const inserted = await tx.insertEvents(events, lines);
      // Signatures are checked by verifyPostgres against pinned keys; here they are only stored.
      await tx.insertCheckpoints(checkpoints);
      const states = await tx.chainState(consumerKey, [...byStream.keys()]);
      const updated: ChainStateRow[] = [];
      for (const [stream, list] of byStream) {
        const chain = states.get(stream)!;
        await verifyStream(tx, stream, list, inserted, chain);
        updated.push(chain);
      }
      await catchUp(tx, updated);
      for (const chain of updated) {
        if (chain.maxSeen >= chain.nextSeq) waiting.set(chain.stream, chain.nextSeq);
        else waiting.delete(chain.stream);
      }
      await tx.saveChainState(consumerKey, updated);
      return inserted;
    }, { events });
    counters.stored += newIds.size;
    counters.duplicates += events.length - newIds.size;
    counters.checkpoints += checkpoints.length;
  }

  /**
   * Messages flow continuously (`consume()`, up to two batches outstanding) into a bounded
   * queue; batches are taken from it, so the next messages arrive while one batch commits.
   */
  async function run(): Promise<void> {
    const js = jetstream(nc!);
    const queue: JsMsg[] = [];
    let arrived: (() => void) | undefined;
    let drained: (() => void) | undefined;
    let messages: Awaited<ReturnType<Awaited<ReturnType<typeof js.consumers.get>>['consume']>> | undefined;
    const reader = (async () => {
      while (!stopping) {
        try {
          const consumer = await js.consumers.get(streamName, durable);
          messages = await consumer.consume({ max_messages: batchSize * 2 });
          for await (const msg of messages) {
            queue.push(msg);
            arrived?.();
            while (queue.length >= batchSize * 2 && !stopping) await new Promise<void>((resolve) => (drained = resolve));
            if (stopping) break;
          }
        } catch (error) {
          if (!stopping) report(error);
        }
        if (!stopping) await new Promise((resolve) => setTimeout(resolve, 500));
      }
    })();
    while (!stopping) {
      if (queue.length === 0) {
        await new Promise<void>((resolve) => {
          arrived = resolve;
          setTimeout(resolve, 200);
        });
        arrived = undefined;
        continue;
      }
      const taken = queue.splice(0, batchSize);
      drained?.();
      const batch = taken.map((msg) => parse(msg, prefix));
      try {
        counters.received += batch.length;
        lastActivity = Date.now();
        await processBatch(batch);
        // Acknowledge only what PostgreSQL committed.
        for (const item of batch) item.msg.ack();
        await nc!.flush();
        lastActivity = Date.now();
      } catch (error) {
        report(error);
        // Not acknowledged: JetStream redelivers after ack_wait. Tell it sooner.
        for (const item of batch) item.msg.nak(1000);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
    // Messages taken from JetStream but not processed are redelivered after ack_wait; say so now.
    for (const msg of queue.splice(0)) msg.nak();
    drained?.();
    messages?.stop();
    await reader;
  }

  return {
    async start() {
      if (state === 'running') return;
      if (options.migrate !== false) await migrate(storeOptions);
      store = createPostgresStore(storeOptions);
      if (!(await store.claimWriter(ownStream))) {
        const taken = store;
        store = undefined;
        await taken.close();
        throw new NatsError({
          retryable: false,
          code: 'instance_in_use',
          message: `another collector already runs as instance "${instance}" of durable "${durable}" (it writes stream ${ownStream}); give each collector its own instance name (CollectorOptions.instance, --instance)`,
        });
      }
      const heads = new Map([[ownStream, await loadHead(store, ownStream)]]);
      auditor = createAuditor({ agent: { id: 'agent-audit-collector', name: durable }, stream: ownStream, source: 'collector', sink: postgresLedger(store, heads), onError: report });
      const opened = await openConnection(options.nats, `agent-audit collector ${durable}`);
      nc = opened.nc;
      ownsConnection = opened.owned;
      const jsm = await jetstreamManager(nc);
      if (options.nats.createStream !== false) await ensureStream(jsm, streamName, prefix, options.nats.createStream ?? {});
      try {
        await jsm.consumers.info(streamName, durable);
      } catch {
        // Collectors of a fleet starting together race to create the durable: losing is fine.
        await jsm.consumers.add(streamName, {
          durable_name: durable,
          ack_policy: AckPolicy.Explicit,
          deliver_policy: DeliverPolicy.All,
          ack_wait: (options.ackWaitMs ?? 60_000) * 1_000_000,
          // Shared by every collector on the durable: room for several of them to hold two batches.
          max_ack_pending: Math.max(batchSize * 16, 1000),
        }).catch(async (error: unknown) => {
          if (!(await jsm.consumers.info(streamName, durable).then(() => true, () => false))) throw error;
        });
      }
      stopping = false;
      state = 'running';
      loop = run();
    },
    async stop() {
      stopping = true;
      await loop;
      state = 'stopped';
      await auditor?.close().catch(report);
      if (ownsConnection) await nc?.drain().catch(() => undefined);
      await store?.close();
    },
    status() {
      return {
        state,
        ...counters,
        waiting: [...waiting].map(([stream, nextSeq]) => ({ stream, nextSeq })),
        ...(lastError ? { lastError } : {}),
        ownStream,
      };
    },
    async idle({ quietMs = 1500, timeoutMs = 120_000 } = {}) {
      if (!nc || state !== 'running') throw new NatsError({ retryable: false, code: 'not_running', message: 'collector.idle(): start() the collector first' });
      const deadline = Date.now() + timeoutMs;
      let lastInfoError: string | undefined;
      for (;;) {
        if (Date.now() - lastActivity >= quietMs) {
          // During a JetStream leader election the consumer-info request times out or
          // gets "no responders"; that is not an answer, so ask again until the deadline.
          const info = await (await jetstreamManager(nc!)).consumers.info(streamName, durable).catch((error: unknown) => {
            lastInfoError = error instanceof Error ? error.message : String(error);
            return undefined;
          });
          if (info) {
            lastInfoError = undefined;
            if (info.num_pending === 0 && info.num_ack_pending === 0) return;
            pendingSeen = info.num_pending;
          }
        }
        if (Date.now() > deadline) {
          const why = lastInfoError ? `; last consumer-info request failed: ${lastInfoError}` : '';
          throw new NatsError({ code: 'idle_timeout', message: `collector not idle after ${timeoutMs} ms (${pendingSeen} pending${why})` });
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    },
  };
}
