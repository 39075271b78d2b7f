import { createHash } from 'node:crypto';
import { hostname } from 'node:os';
import { callHostHandler, checkVerifierKeys, createAuditor, type AuditEvent, type Auditor } from '@agent-audit/core';
import { createPostgresStore, migrate, type ChainStateRow, type PostgresStore, type PostgresStoreOptions } from '@agent-audit/postgres';
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager, type JsMsg } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { DEFAULT_PREFIX, DEFAULT_STREAM, ensureStream, NatsError, openConnection, type NatsTarget, type StreamConfigOptions } from './internal/common.js';
import { checkpointSignatureProblem, parseMessage, streamChainVerifier, type Checked, type KnownLine, type ParsedMessage } from './internal/chain.js';
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
  /**
   * Pinned verifier keys of the agents' checkpoints (public keys, `name+<8 hex key ID>+<base64>`,
   * as `verifyPostgres({ verifierKeys })` and `agent-audit verify --key` take them). With keys, a
   * checkpoint whose signed note no pinned key verifies (unsigned, forged, or its size, root or
   * ts not the signed ones) never takes its `(stream, size)` slot: it is recorded as `checkpoint
   * refused: …` (subject, stream sequence, SHA-256) and acknowledged, so the genuine checkpoint
   * arriving after it is stored. Without keys, checkpoints are stored unauthenticated (the first
   * to arrive keeps the slot) and `onWarning` says so once at start.
   * @throws KeyError at construction for a malformed key or a signer (PRIVATE+KEY+…) key.
   */
  verifierKeys?: readonly string[];
  /** Receives notices that are not failures (today: checkpoints not authenticated); default `process.emitWarning`. Never given a key. */
  onWarning?: (message: string) => void;
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
   * request that fails, or the JetStream manager's account-info request before it (a JetStream
   * leader election, a timeout, no responders), is asked again every 200 ms.
   * @throws NatsError `idle_timeout` after `timeoutMs` (ms, default 120000), naming the last
   *   pending count and the last failed request; `not_running` before start().
   */
  idle(options?: { quietMs?: number; timeoutMs?: number }): Promise<void>;
}

/** Streams whose names begin so are collectors' own (`collector-<durable>-<instance>`): never taken from NATS. */
const COLLECTOR_STREAM_PREFIX = 'collector-';

/**
 * PostgreSQL refused the data itself (SQLSTATE class 22, data exception, 23, integrity
 * constraint violation: a value out of range, a row no partition takes, or 54, program limit
 * exceeded: an index row over 2704 bytes, until 2026-12-07 a wedge of the fleet), as opposed to a
 * lost connection or a conflict between transactions, which a retry can get past.
 */
function refusedByDatabase(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 4; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^(22|23|54)[0-9A-Z]{3}$/.test(code)) return true;
  }
  return false;
}

interface Incoming extends ParsedMessage {
  msg: JsMsg;
  /** Its problem is recorded already (durably, outside the batch's transaction): a retry in oneByOne() does not record it again. */
  recorded?: boolean;
  /** A well-formed checkpoint the pinned verifier keys refuse (recorded as `checkpoint refused: …`). */
  refused?: boolean;
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
  const ownStream = `${COLLECTOR_STREAM_PREFIX}${durable}-${instance}`;
  const storeOptions: PostgresStoreOptions = typeof options.postgres === 'string' ? { url: options.postgres } : options.postgres;
  const consumerKey = `nats:${streamName}:${durable}`;
  const verifierKeys = options.verifierKeys && options.verifierKeys.length > 0 ? [...options.verifierKeys] : undefined;
  if (verifierKeys) checkVerifierKeys(verifierKeys);

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
  let warned = false;

  const report = (error: unknown) => {
    const err = error instanceof Error ? error : new Error(String(error));
    lastError = { message: err.message, at: new Date().toISOString() };
    // The host's handler (a throw, or a promise that rejects) cannot stop collection.
    callHostHandler(options.onError, err);
  };

  /**
   * The records made for the batch in hand, by their attrs: a batch PostgreSQL refused after its
   * chain checks is retried one message at a time (oneByOne()), which finds the same breaks and
   * conflicts again; each is recorded once across the two (until 2026-12-07: twice).
   */
  let recordedForBatch: Set<string> | undefined;

  async function recordBreak(attrs: Record<string, unknown>): Promise<void> {
    if (recordedForBatch) {
      const key = JSON.stringify(attrs);
      if (recordedForBatch.has(key)) return;
      recordedForBatch.add(key);
    }
    counters.chainBreaks++;
    // Durable before the batch commits: if the commit fails, redelivery records it again (at-least-once).
    await auditor!.recordDurable({ type: 'ledger.chain_break', outcome: 'failure', source: 'collector', attrs: { consumer: consumerKey, ...attrs } });
  }

  // Seq run, prev link, hash and forks of each stream (internal/chain.ts).
  const chains = streamChainVerifier(recordBreak);

  async function processBatch(batch: Incoming[]): Promise<void> {
    // The instance lock goes with its connection: after PostgreSQL was lost it is taken again
    // here, before this collector writes its own stream (throws while PostgreSQL is unreachable).
    if (!(await store!.claimWriter(ownStream))) {
      throw new NatsError({ retryable: false, code: 'instance_in_use', message: `lost the instance lock of stream ${ownStream} while PostgreSQL was unreachable, and another collector holds it now; stop one of the two (each collector needs its own instance name)` });
    }
    const events: AuditEvent[] = [];
    const lines: string[] = [];
    const byStream = new Map<string, Checked[]>();
    // What this batch parsed, by event id: catchUp() does not parse and hash those lines again.
    const known = new Map<string, KnownLine>();
    for (const item of batch) {
      if (item.problem && !item.recorded) {
        await recordBreak({ reason: item.refused ? `checkpoint refused: ${item.problem}` : `malformed message: ${item.problem}`, subject: item.msg.subject, streamSequence: item.msg.seq, sha256: createHash('sha256').update(item.msg.data).digest('hex') });
        item.recorded = true;
      }
      if (!item.event) continue;
      events.push(item.event);
      lines.push(item.line!);
      const checked: KnownLine = { event: item.event, hashOk: item.hashOk === true, line: item.line! };
      known.set(item.event.id, checked);
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
      // The first checkpoint at a (stream, size) is kept; a different one after it is evidence
      // (a forger's, or the genuine one after a forger's): recorded with its note, never dropped.
      for (const c of await tx.insertCheckpoints(checkpoints)) {
        const note = c.note.length <= 4096 ? { note: c.note } : { noteSha256: createHash('sha256').update(c.note).digest('hex') };
        await recordBreak({ stream: c.stream, size: c.size, reason: `checkpoint conflict: another checkpoint of stream ${c.stream} at size ${c.size} is stored (the first to arrive is kept; verify with the pinned keys)`, root: c.root, ts: c.ts, ...note });
      }
      const states = await tx.chainState(consumerKey, [...byStream.keys()]);
      const updated: ChainStateRow[] = [];
      for (const [stream, list] of byStream) {
        const chain = states.get(stream)!;
        await chains.verifyStream(tx, stream, list, inserted, chain);
        updated.push(chain);
      }
      await chains.catchUp(tx, updated, known);
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
   * After a batch PostgreSQL refused for its data: each message in its own transaction. One that
   * is refused alone is recorded as a malformed message (subject, stream sequence, SHA-256, the
   * database's reason) and acknowledged; it stays in JetStream as evidence, and its stream, if it
   * was an event, waits at its seq (a gap that shows). Any other failure: the rest is nak'd.
   */
  async function oneByOne(batch: Incoming[]): Promise<void> {
    for (let i = 0; i < batch.length; i++) {
      const item = batch[i]!;
      try {
        try {
          await processBatch([item]);
        } catch (error) {
          if (!refusedByDatabase(error)) throw error;
          await recordBreak({ reason: `malformed message: PostgreSQL refused it: ${(error as Error).message}`, subject: item.msg.subject, streamSequence: item.msg.seq, sha256: createHash('sha256').update(item.msg.data).digest('hex') });
        }
        item.msg.ack();
      } catch (error) {
        report(error);
        for (const rest of batch.slice(i)) rest.msg.nak(1000);
        await new Promise((resolve) => setTimeout(resolve, 500));
        return;
      }
    }
    await nc!.flush();
    lastActivity = Date.now();
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
      const batch = taken.map((msg) => {
        let item: Incoming;
        try {
          item = parseMessage(msg, prefix) as Incoming;
        } catch (error) {
          // A payload nested deeper than the schema check or the canonicalizer can recurse
          // (RangeError): before 2026-12-07 this ended the collector's loop, unhandled.
          const e = error instanceof Error ? error : new Error(String(error));
          return { problem: `payload could not be checked (${e.name}: ${e.message})`, msg } as Incoming;
        }
        item.msg = msg;
        if (item.event?.stream.startsWith(COLLECTOR_STREAM_PREFIX)) {
          // Collectors (of any durable on any store) write their streams to PostgreSQL themselves,
          // never through NATS: one from NATS is a publisher's, and would fork a collector's record
          // (until 2026-12-07 only this durable's prefix was refused).
          return { problem: `stream ${item.event.stream} is a collector's stream (collector-…: collectors write their streams to PostgreSQL themselves, never through NATS)`, msg } as Incoming;
        }
        if (item.checkpoint && verifierKeys) {
          // Checked before it can take the append-only (stream, size) slot: a forger's checkpoint
          // arriving first would otherwise keep it, and verifyPostgres fail on it for good.
          const why = checkpointSignatureProblem(item.checkpoint, verifierKeys);
          if (why) return { problem: `checkpoint of stream ${item.checkpoint.stream} at size ${item.checkpoint.size}: ${why}`, refused: true, msg } as Incoming;
        }
        return item;
      });
      recordedForBatch = new Set();
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
        if (refusedByDatabase(error)) {
          // PostgreSQL refused the data, not the connection: redelivering the same batch fails
          // the same way for ever (and in every collector on the durable). Find the message(s).
          await oneByOne(batch);
          continue;
        }
        // Not acknowledged: JetStream redelivers after ack_wait. Tell it sooner.
        for (const item of batch) item.msg.nak(1000);
        await new Promise((resolve) => setTimeout(resolve, 500));
      } finally {
        // A redelivered message is a new attempt: what it finds is recorded again (at-least-once).
        recordedForBatch = undefined;
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
      if (!verifierKeys && !warned) {
        warned = true;
        const message = `collector ${durable}: checkpoints are not authenticated (no verifier keys pinned): the first checkpoint to arrive at a (stream, size) is stored, a forger's included; pin the agents' verifier keys (CollectorOptions.verifierKeys, agent-audit collect --key)`;
        if (options.onWarning) callHostHandler(options.onWarning, message);
        else process.emitWarning(message, { code: 'agent_audit_checkpoints_unauthenticated' });
      }
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
      auditor = createAuditor({ agent: { id: 'agent-audit-collector', name: durable }, stream: ownStream, source: 'collector', systemEvents: true, sink: postgresLedger(store, heads), onError: report });
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
          // During a JetStream leader election the consumer-info request (and the account-info
          // request that jetstreamManager() makes first) times out or gets "no responders"; that
          // is not an answer, so ask again until the deadline.
          const info = await jetstreamManager(nc!).then((jsm) => jsm.consumers.info(streamName, durable)).catch((error: unknown) => {
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
