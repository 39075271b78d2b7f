import type pg from 'pg';
import { GENESIS_HASH, type AuditEvent } from '@agent-audit/core';
import { describe, newPool, parseTarget, PostgresError, type PostgresTarget } from './internal/connection.js';
import type { SchemaNames } from './internal/migrations.js';
import { eventRowsJson, eventRowsSplit, INSERT_COLUMNS, KEY_COLUMNS, KEY_RECORD_TYPE, monthOf, RECORD_TYPE } from './internal/rows.js';

/** Options of {@link createPostgresStore}. */
export interface PostgresStoreOptions extends PostgresTarget {
  /**
   * Role every connection switches to with `SET ROLE` (default `<schema>_writer`, which has no
   * UPDATE or DELETE on the events). `false` keeps the login role.
   */
  role?: string | false;
  /** Connections in the pool. */
  maxConnections?: number;
  /** Months of partitions created ahead of the current one when the store opens. */
  createAheadMonths?: number;
}

/** A signed checkpoint row. */
export interface CheckpointRow {
  stream: string;
  size: number;
  root: string;
  ts: string;
  note: string;
}

/** Incremental chain state a collector keeps per (consumer, stream). */
export interface ChainStateRow {
  stream: string;
  nextSeq: number;
  lastHash: string;
  breaks: number;
  /** Highest seq stored for the stream by this consumer (-1: none). */
  maxSeen: number;
}

/** A stored event row as the collector's catch-up reads it. */
export interface StoredLine {
  seq: number;
  id: string;
  hash: string;
  prev: string;
  line: string;
}

/** Operations inside one transaction. */
export interface StoreTransaction {
  /**
   * Inserts events, ignoring ids already stored; returns the ids that were new. `lines` (same
   * order) are the stored lines when the caller has them (the canonical JSON text with `hash`);
   * otherwise each event is canonicalized. Rows go in in id order, so two transactions
   * inserting overlapping batches (redeliveries to two collectors) wait for each other in the
   * same order and cannot deadlock.
   */
  insertEvents(events: readonly AuditEvent[], lines?: readonly string[]): Promise<Set<string>>;
  /**
   * Stores signed checkpoints, idempotent by `(stream, size)`. Resolves with the ones **not**
   * stored because a different checkpoint (another root, ts or note) is stored at that
   * `(stream, size)`, or comes earlier in the same call: the first to arrive is kept (the table is
   * append-only), the caller records the rest (the collector, as a `checkpoint conflict`).
   */
  insertCheckpoints(checkpoints: readonly CheckpointRow[]): Promise<CheckpointRow[]>;
  /**
   * Locks the chain state rows of `streams` for this consumer (`FOR UPDATE`, in stream order;
   * missing rows are first created at seq 0 and the genesis hash, so two collectors that meet a
   * new stream at once serialize on it too) and returns them, one per stream.
   */
  chainState(consumer: string, streams: readonly string[]): Promise<Map<string, ChainStateRow>>;
  saveChainState(consumer: string, states: readonly ChainStateRow[]): Promise<void>;
  /** Hashes stored at the given seqs of a stream (more than one per seq means a fork). */
  storedHashes(stream: string, seqs: readonly number[]): Promise<Map<number, string[]>>;
  /** The stored event with the highest seq of a stream (live table, then archive). */
  lastEvent(stream: string): Promise<{ seq: number; hash: string } | undefined>;
  /** Events of a stream with seq >= fromSeq in seq order (for catching up after a gap). */
  eventsFrom(stream: string, fromSeq: number, limit: number): Promise<AuditEvent[]>;
  /**
   * For each `{ stream, fromSeq }`, the stored rows of that stream with seq >= fromSeq in
   * (seq, id) order, at most `limit` per stream: one round trip for every stream a batch
   * catches up on. Each row carries the indexed copies of its seq, id, hash and prev (written
   * from the line at insert) and the line as stored, so the caller checks the hash over the
   * line's bytes without parsing it.
   */
  linesFrom(from: ReadonlyArray<{ stream: string; fromSeq: number }>, limit: number): Promise<Map<string, StoredLine[]>>;
}

/** The PostgreSQL store: batched idempotent inserts and the collector's transactional operations. */
export interface PostgresStore {
  readonly schema: string;
  /**
   * Runs `work` in one transaction (committed when it resolves, rolled back when it throws).
   * Pass the events the transaction will insert so their monthly partitions exist first.
   */
  transaction<T>(work: (tx: StoreTransaction) => Promise<T>, options?: { events?: readonly AuditEvent[] }): Promise<T>;
  insertEvents(events: readonly AuditEvent[]): Promise<Set<string>>;
  /** As {@link StoreTransaction.insertCheckpoints}, in a transaction of its own. */
  insertCheckpoints(checkpoints: readonly CheckpointRow[]): Promise<CheckpointRow[]>;
  /**
   * Claims the single-writer right to `stream` for as long as this store is open: a session-level
   * advisory lock (`pg_try_advisory_lock`) held on one dedicated connection, keyed by schema and
   * stream. Resolves `true` when claimed (or already claimed by this store), `false` when another
   * session holds it (another collector writing the same stream). Released by `close()` or when
   * the connection ends (the process died; or the connection was lost, and then the next call
   * claims it again).
   * @throws PostgresError `postgres_unreachable` when no connection can be made.
   */
  claimWriter(stream: string): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * Opens the PostgreSQL store (after {@link migrate}). Inserts are batched (one prepared statement
 * per batch: the indexed columns as one JSON parameter read by `json_to_recordset`, zipped with
 * the stored lines joined by line feeds; generic plans, see `transaction`) and idempotent (`ON CONFLICT DO NOTHING` on the event id); each
 * connection runs as the writer role, so the database itself refuses UPDATE and DELETE.
 *
 * @example
 * ```ts
 * const store = createPostgresStore({ url: 'postgres://127.0.0.1/audit' });
 * await store.insertEvents(events);
 * await store.close();
 * ```
 */
export function createPostgresStore(options: PostgresStoreOptions): PostgresStore {
  const { connectionString, names, pool: given } = parseTarget(options);
  const pool = given ?? newPool(connectionString, options.maxConnections ?? 4);
  const role = options.role === undefined ? names.writer : options.role;
  const createAhead = options.createAheadMonths ?? 2;
  const months = new Set<string>();
  let aheadDone = false;
  const { s } = names;

  async function connect(): Promise<pg.PoolClient> {
    let client: pg.PoolClient;
    try {
      client = await pool.connect();
    } catch (error) {
      throw new PostgresError({ code: 'postgres_unreachable', message: `cannot connect to PostgreSQL: ${describe(error)}`, cause: error });
    }
    const tagged = client as pg.PoolClient & { agentAuditRole?: string | false; agentAuditListens?: true };
    if (!tagged.agentAuditListens) {
      // pg-pool takes its own 'error' listener off a client while it is checked out: a connection
      // lost then (a PostgreSQL restart, a network break) emitted 'error' with no listener and
      // ended the process. The next query on it fails instead, and the client is released with it.
      client.on('error', () => undefined);
      tagged.agentAuditListens = true;
    }
    if (tagged.agentAuditRole !== role) {
      try {
        await client.query(role === false ? 'RESET ROLE' : `SET ROLE "${role.replaceAll('"', '""')}"`);
        tagged.agentAuditRole = role;
      } catch (error) {
        client.release(error as Error);
        throw new PostgresError({ code: 'postgres_role', message: `cannot SET ROLE ${String(role)} (run migrate() first, and grant the role to the login user): ${describe(error)}`, cause: error });
      }
    }
    return client;
  }

  async function ensureMonths(client: pg.PoolClient, events: readonly AuditEvent[]): Promise<void> {
    if (!aheadDone) {
      await client.query(`SELECT ${s}.ensure_partitions(now(), $1)`, [createAhead + 1]);
      aheadDone = true;
    }
    const needed = new Set<string>();
    for (const event of events) {
      const month = monthOf(event.ts);
      if (!months.has(month)) needed.add(month);
    }
    for (const month of needed) {
      await client.query(`SELECT ${s}.ensure_partitions($1::timestamptz, 1)`, [month]);
      months.add(month);
    }
  }

  // Named (prepared) statements: parsed and planned once per connection, then only bound and
  // executed. The schema is part of the text, so it is part of the name.
  const statement = (key: string, text: string) => ({ name: `aa_${key}_${names.schema}`, text });
  // The indexed columns as one JSON parameter zipped with the lines joined by line feeds
  // (internal/rows.ts); the single-JSON form for lines that hold a line feed.
  const INSERT_EVENTS = statement('ins2', `INSERT INTO ${s}.events (${INSERT_COLUMNS}) SELECT ${INSERT_COLUMNS}
           FROM ROWS FROM (json_to_recordset($1::json) AS (${KEY_RECORD_TYPE}), unnest(string_to_array($2::text, E'\\n'))) AS x(${KEY_COLUMNS}, line)
           ON CONFLICT DO NOTHING RETURNING id`);
  const INSERT_EVENTS_JSON = statement('ins', `INSERT INTO ${s}.events (${INSERT_COLUMNS}) SELECT ${INSERT_COLUMNS} FROM json_to_recordset($1::json) AS x(${RECORD_TYPE}) ON CONFLICT DO NOTHING RETURNING id`);
  const INIT_CHAIN = statement('cinit', `INSERT INTO ${s}.chain_state (consumer, stream, next_seq, last_hash) SELECT $1, x, 0, $3 FROM unnest($2::text[]) AS x ORDER BY x ON CONFLICT DO NOTHING`);
  const LOCK_CHAIN = statement('clock', `SELECT stream, next_seq, last_hash, breaks, max_seen FROM ${s}.chain_state WHERE consumer = $1 AND stream = ANY($2::text[]) ORDER BY stream FOR UPDATE`);
  const SAVE_CHAIN = statement('csave', `INSERT INTO ${s}.chain_state (consumer, stream, next_seq, last_hash, breaks, max_seen)
           SELECT $1, * FROM unnest($2::text[], $3::int8[], $4::text[], $5::int8[], $6::int8[])
           ON CONFLICT (consumer, stream) DO UPDATE SET next_seq = EXCLUDED.next_seq, last_hash = EXCLUDED.last_hash, breaks = EXCLUDED.breaks,
             max_seen = GREATEST(${s}.chain_state.max_seen, EXCLUDED.max_seen), updated_at = now()`);
  const LINES_FROM = statement('lfrom', `SELECT w.stream, x.seq, x.id, x.hash, x.prev, x.line FROM unnest($1::text[], $2::int8[]) AS w(stream, from_seq)
           CROSS JOIN LATERAL (SELECT e.line, e.seq, e.id, e.hash, e.prev FROM ${s}.events e WHERE e.stream = w.stream AND e.seq >= w.from_seq ORDER BY e.seq, e.id LIMIT $3) AS x
           ORDER BY w.stream, x.seq, x.id`);

  function transactionOps(client: pg.PoolClient): StoreTransaction {
    return {
      async insertEvents(events, lines) {
        if (events.length === 0) return new Set();
        // Id order: overlapping inserts of two transactions wait in one order (no deadlock).
        const order = events.map((_, i) => i).sort((a, b) => (events[a]!.id < events[b]!.id ? -1 : events[a]!.id > events[b]!.id ? 1 : 0));
        const sorted = order.map((i) => events[i]!);
        const sortedLines = lines ? order.map((i) => lines[i]!) : undefined;
        const split = eventRowsSplit(sorted, sortedLines);
        const result = split
          ? await client.query<{ id: string }>({ ...INSERT_EVENTS, values: [split.keys, split.lines] })
          : await client.query<{ id: string }>({ ...INSERT_EVENTS_JSON, values: [eventRowsJson(sorted, sortedLines)] });
        return new Set(result.rows.map((row) => row.id));
      },
      async insertCheckpoints(checkpoints) {
        if (checkpoints.length === 0) return [];
        const keyOf = (c: { stream: string; size: number | string }) => `${c.size} ${c.stream}`;
        const same = (a: CheckpointRow, b: CheckpointRow) => a.root === b.root && a.ts === b.ts && a.note === b.note;
        // One row per (stream, size): a later different one in the same call is a conflict at once.
        const first = new Map<string, CheckpointRow>();
        const conflicts: CheckpointRow[] = [];
        for (const c of checkpoints) {
          const seen = first.get(keyOf(c));
          if (!seen) first.set(keyOf(c), c);
          else if (!same(seen, c)) conflicts.push(c);
        }
        const rows = [...first.values()];
        const inserted = await client.query<{ stream: string; size: string }>(
          `INSERT INTO ${s}.checkpoints (stream, size, root, ts, note) SELECT * FROM unnest($1::text[], $2::int8[], $3::text[], $4::text[], $5::text[]) ON CONFLICT DO NOTHING RETURNING stream, size`,
          [rows.map((c) => c.stream), rows.map((c) => c.size), rows.map((c) => c.root), rows.map((c) => c.ts), rows.map((c) => c.note)],
        );
        if (inserted.rows.length === rows.length) return conflicts;
        const done = new Set(inserted.rows.map(keyOf));
        const rest = rows.filter((c) => !done.has(keyOf(c)));
        // A statement of its own (READ COMMITTED): it also sees a row another transaction committed meanwhile.
        const stored = await client.query<{ stream: string; size: string; root: string; ts: string; note: string }>(
          `SELECT c.stream, c.size, c.root, c.ts, c.note FROM ${s}.checkpoints c JOIN unnest($1::text[], $2::int8[]) AS k(stream, size) ON c.stream = k.stream AND c.size = k.size`,
          [rest.map((c) => c.stream), rest.map((c) => c.size)],
        );
        const storedByKey = new Map(stored.rows.map((row) => [keyOf(row), { ...row, size: Number(row.size) }]));
        for (const c of rest) {
          const there = storedByKey.get(keyOf(c));
          if (there && !same(there, c)) conflicts.push(c);
        }
        return conflicts;
      },
      async chainState(consumer, streams) {
        const sorted = [...new Set(streams)].sort();
        await client.query({ ...INIT_CHAIN, values: [consumer, sorted, GENESIS_HASH] });
        const result = await client.query<{ stream: string; next_seq: string; last_hash: string; breaks: string; max_seen: string }>({ ...LOCK_CHAIN, values: [consumer, sorted] });
        return new Map(result.rows.map((row) => [row.stream, { stream: row.stream, nextSeq: Number(row.next_seq), lastHash: row.last_hash, breaks: Number(row.breaks), maxSeen: Number(row.max_seen) }]));
      },
      async saveChainState(consumer, states) {
        if (states.length === 0) return;
        await client.query({ ...SAVE_CHAIN, values: [consumer, states.map((x) => x.stream), states.map((x) => x.nextSeq), states.map((x) => x.lastHash), states.map((x) => x.breaks), states.map((x) => x.maxSeen)] });
      },
      async storedHashes(stream, seqs) {
        const result = await client.query<{ seq: string; hash: string }>(
          `SELECT seq, hash FROM ${s}.events WHERE stream = $1 AND seq = ANY($2::int8[])`,
          [stream, [...seqs]],
        );
        const map = new Map<number, string[]>();
        for (const row of result.rows) {
          const seq = Number(row.seq);
          map.set(seq, [...(map.get(seq) ?? []), row.hash]);
        }
        return map;
      },
      async lastEvent(stream) {
        for (const table of ['events', 'events_archive']) {
          const result = await client.query<{ seq: string; hash: string }>(`SELECT seq, hash FROM ${s}.${table} WHERE stream = $1 ORDER BY seq DESC LIMIT 1`, [stream]);
          const row = result.rows[0];
          if (row) return { seq: Number(row.seq), hash: row.hash };
        }
        return undefined;
      },
      async eventsFrom(stream, fromSeq, limit) {
        const result = await client.query<{ line: string }>(
          `SELECT line FROM ${s}.events WHERE stream = $1 AND seq >= $2 ORDER BY seq, id LIMIT $3`,
          [stream, fromSeq, limit],
        );
        return result.rows.map((row) => JSON.parse(row.line) as AuditEvent);
      },
      async linesFrom(from, limit) {
        const out = new Map<string, StoredLine[]>();
        if (from.length === 0) return out;
        const result = await client.query<{ stream: string; seq: string; id: string; hash: string; prev: string; line: string }>({ ...LINES_FROM, values: [from.map((f) => f.stream), from.map((f) => f.fromSeq), limit] });
        for (const row of result.rows) {
          const stored = { seq: Number(row.seq), id: row.id, hash: row.hash, prev: row.prev, line: row.line };
          const list = out.get(row.stream);
          if (list) list.push(stored);
          else out.set(row.stream, [stored]);
        }
        return out;
      },
    };
  }

  async function transaction<T>(work: (tx: StoreTransaction) => Promise<T>, events?: readonly AuditEvent[]): Promise<T> {
    const client = await connect();
    let broken: Error | undefined;
    try {
      if (events) await ensureMonths(client, events);
      // Generic plans for the prepared statements: a custom plan is made for the parameters'
      // values and folds string_to_array() over a whole batch's lines while planning (the
      // insert's backend CPU was several times the generic plan's for the first five
      // executions on each connection). Their parameters are batches of rows and keys, which a
      // plan for the values gains nothing from. Local: it ends with the transaction.
      await client.query('BEGIN; SET LOCAL plan_cache_mode = force_generic_plan');
      try {
        const result = await work(transactionOps(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch((rollbackError: Error) => {
          broken = rollbackError;
        });
        throw error;
      }
    } catch (error) {
      if (error instanceof PostgresError) throw error;
      throw new PostgresError({ message: `PostgreSQL write failed: ${describe(error)}`, cause: error, code: 'postgres_write' });
    } finally {
      client.release(broken);
    }
  }

  const claims = new Map<string, pg.PoolClient>();

  async function claimWriter(stream: string): Promise<boolean> {
    if (claims.has(stream)) return true;
    const client = await connect();
    let held = false;
    try {
      const result = await client.query<{ held: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS held', [`agent-audit.writer:${names.schema}:${stream}`]);
      held = result.rows[0]?.held === true;
    } catch (error) {
      client.release(error as Error);
      throw new PostgresError({ code: 'postgres_write', message: `cannot claim the writer lock of stream ${stream}: ${describe(error)}`, cause: error });
    }
    if (!held) {
      client.release();
      return false;
    }
    claims.set(stream, client);
    // A lost connection loses the advisory lock with it: the claim is dropped, so the next
    // claimWriter() takes it again (or answers false if another session has it by then).
    client.once('error', () => {
      if (claims.get(stream) !== client) return;
      claims.delete(stream);
      client.release(true);
    });
    return true;
  }

  return {
    schema: names.schema,
    claimWriter,
    transaction: (work, transactionOptions) => transaction(work, transactionOptions?.events),
    insertEvents: (events) => transaction((tx) => tx.insertEvents(events), events),
    insertCheckpoints: (checkpoints) => transaction((tx) => tx.insertCheckpoints(checkpoints)),
    async close() {
      // Ending the session releases its advisory locks; a released client goes back to a shared
      // pool, so it is destroyed rather than returned holding the lock.
      for (const client of claims.values()) client.release(true);
      claims.clear();
      if (!given) await pool.end();
    },
  };
}
