// Anyone who may publish to the collector's subjects (probe of 2026-12-07, fleet path; see
// test/probe-2026-12-07-fleet.cases.md): what such a publisher can do to a real collector on real
// NATS JetStream and PostgreSQL. Each case is its own audit stream; one collector consumes them all.
// Needs PostgreSQL and NATS (required in CI, skipped with a message elsewhere).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalize, createAuditor, fileLedger, generateSignerKey, MAX_LINE_NESTING, sealEvent, type AuditEvent, type UnsealedEvent } from '@agent-audit/core';
import { migrate, postgresSink, queryPostgres, verifyPostgres } from '@agent-audit/postgres';
import { natsSink, subjectToken } from '@agent-audit/nats';
import { dropSchema, hasNats, hasPostgres, NATS_URL, POSTGRES_URL, schemaUrl, uniqueSchema } from '../delivery/services.js';
import { collectUntilIdle } from './collector-run.js';
import { signedChain } from './forge.js';
import pg from 'pg';
import { connect, jetstream, jetstreamManager } from './nats-client.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-forgery-publishers-'));
const key = generateSignerKey('forgery.publishers/audit');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const GENESIS = '0'.repeat(64);
type NatsConnection = Awaited<ReturnType<typeof connect>>;

const pgEnabled = await hasPostgres();
const natsEnabled = pgEnabled && (await hasNats());

/** A genuine ledger whose session, actor and tool name hold U+0000 (the auditor and the folder accept them). */
async function nulLedger(stream: string): Promise<{ events: AuditEvent[]; lines: string[] }> {
  const dir = path.join(root, `nul-${stream}`);
  const auditor = createAuditor({ agent: { id: stream }, sink: fileLedger({ dir, keyDir: path.join(root, 'keys'), signingKey: key.signerKey }) });
  auditor.run({ session: 'claim\u00005521', actor: { id: 'member\u0000', type: 'user' } }, () => {
    for (let i = 0; i < 3; i++) auditor.record({ type: 'tool.call', tool: { name: `lookup\u0000${i}`, arguments: { i } } });
  });
  await auditor.close();
  const file = path.join(dir, 'streams', stream, '00000000000000000000.jsonl');
  const lines = fs.readFileSync(file, 'utf8').split('\n').slice(0, -1);
  return { events: lines.map((l) => JSON.parse(l) as AuditEvent), lines };
}

async function storedLines(schema: string, stream: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    const rows = await client.query<{ line: string }>(`SELECT line FROM "${schema}".events WHERE stream = $1 ORDER BY seq`, [stream]);
    return rows.rows.map((r) => r.line);
  } finally {
    await client.end();
  }
}

describe.skipIf(!pgEnabled)('postgresSink: a genuine event with U+0000 in an indexed field', () => {
  const schema = uniqueSchema('aa_pub_pg');
  const url = schemaUrl(schema);
  beforeAll(async () => {
    await migrate(url);
  });
  afterAll(async () => {
    await dropSchema(schema);
  });

  it('is stored byte for byte and verifies (PostgreSQL text cannot hold U+0000: the write failed for ever)', async () => {
    const { events } = await nulLedger('pg-nul');
    const sink = postgresSink({ url });
    await sink.write(events);
    await sink.close();
    expect(await storedLines(schema, 'pg-nul')).toEqual(events.map((e) => canonicalize(e)));
    expect(await verifyPostgres(url, { streams: ['pg-nul'] })).toMatchObject({ ok: true, events: 3 });
    const found: AuditEvent[] = [];
    for await (const e of queryPostgres(url, { session: 'claim\u00005521' })) found.push(e);
    expect(found.map((e) => e.seq)).toEqual([0, 1, 2]);
  });
});

describe.skipIf(!natsEnabled)('publishers on the collector\'s subjects', () => {
  const schema = uniqueSchema('aa_pub_nats');
  const url = schemaUrl(schema);
  const nats = { servers: NATS_URL, stream: `AAPUB_${schema}`.toUpperCase(), subjectPrefix: `aapub.${schema}` };
  let nc: NatsConnection;
  let breaks: Array<Record<string, unknown>> = [];
  let idleError: unknown;
  let genuineCheckpoints: Awaited<ReturnType<typeof signedChain>>['checkpoints'] = [];
  let nul: { events: AuditEvent[]; lines: string[] };
  let squat: Awaited<ReturnType<typeof signedChain>>;
  let waiting: Array<{ stream: string; nextSeq: number }> = [];

  beforeAll(async () => {
    nc = await connect({ servers: NATS_URL });
    await migrate(url);
    const js = jetstream(nc);
    const sink = natsSink({ ...nats, createStream: { replicas: 1 } });
    // 1. A genuine stream with U+0000 in session, actor and tool name.
    nul = await nulLedger('p-nul');
    await sink.write(nul.events);
    // 2. Checkpoints squatted: the forger publishes a checkpoint under the id natsSink will use, first.
    const cp = await signedChain(root, 'p-cp', key.signerKey, 20);
    genuineCheckpoints = cp.checkpoints;
    for (const c of cp.checkpoints) {
      await js.publish(`${nats.subjectPrefix}.~checkpoints`, JSON.stringify({ stream: 'p-cp', size: c.size, root: 'f'.repeat(64), ts: c.ts, note: 'forged' }), { msgID: `checkpoint:p-cp:${c.size}` });
    }
    await sink.write(cp.events);
    await sink.writeCheckpoints(cp.checkpoints.map((c) => ({ stream: 'p-cp', size: c.size, root: c.root, ts: c.ts, note: c.note })));
    // 3. An event of stream p-victim published on the subject of stream p-intruder.
    const victim = await signedChain(root, 'p-victim', key.signerKey, 2);
    await js.publish(`${nats.subjectPrefix}.${subjectToken('p-intruder')}`, victim.lines[0]!);
    // 4. An event id squatted: junk published first under the Nats-Msg-Id of a genuine event.
    squat = await signedChain(root, 'p-squat', key.signerKey, 10);
    await js.publish(`${nats.subjectPrefix}.${subjectToken('p-squat')}`, '{"junk":true}', { msgID: squat.events[5]!.id });
    await sink.write(squat.events);
    // 5. U+0000 where PostgreSQL must store it as text: a checkpoint's note, an event's stream name (re-sealed, valid hash).
    await js.publish(`${nats.subjectPrefix}.~checkpoints`, JSON.stringify({ stream: 'p-cpnul', size: 1, root: 'e'.repeat(64), ts: new Date().toISOString(), note: 'a\u0000b' }));
    const nulStream = 'p-nul\u0000s';
    const { hash: _h, prev: _p, ...unsealed } = victim.events[0]!;
    const resealed = sealEvent({ ...unsealed, stream: nulStream } as UnsealedEvent, GENESIS);
    await js.publish(`${nats.subjectPrefix}.${subjectToken(nulStream)}`, resealed.line);
    // 6. Times the event schema's pattern let through until 2026-12-07 and PostgreSQL refuses (Feb
    //    30) or moves to a month without a partition (24:00 on a month's last day): the schema refuses
    //    them now. The year 0000 (RFC 3339 and the schema take it, PostgreSQL has no year 0) stands
    //    for data PostgreSQL refuses that no check foresaw. Each re-sealed at seq 0 of its stream.
    for (const [stream, ts] of [['p-feb30', '2026-02-30T10:00:00.000Z'], ['p-2400', '2019-03-31T24:00:00.000Z'], ['p-year0', '0000-06-01T10:00:00.000Z']] as const) {
      const bad = sealEvent({ ...unsealed, stream, ts } as UnsealedEvent, GENESIS);
      await js.publish(`${nats.subjectPrefix}.${stream}`, bad.line);
    }
    // 7. An event for the collector's own stream (written to PostgreSQL directly, never through NATS).
    const own = sealEvent({ ...unsealed, stream: 'collector-pub-test', seq: 0 } as UnsealedEvent, GENESIS);
    await js.publish(`${nats.subjectPrefix}.collector-pub-test`, own.line);
    // 7b. Events for the collector streams of other durables on the same store (held back: another
    //     instance name, a durable with '_').
    for (const stream of ['collector-central-eu1', 'collector-night_import-host2']) {
      const theirs = sealEvent({ ...unsealed, stream, seq: 0 } as UnsealedEvent, GENESIS);
      await js.publish(`${nats.subjectPrefix}.${stream}`, theirs.line);
    }
    // 8. An event nested 5,000 deep in attrs (10 kB): deeper than the schema check's and the
    //    canonicalizer's recursion can go.
    const deep = JSON.stringify({ ...victim.events[1]!, attrs: { x: 0 } }).replace('{"x":0}', `{"x":${'['.repeat(5000)}${']'.repeat(5000)}}`);
    await js.publish(`${nats.subjectPrefix}.p-victim`, deep);
    await sink.close();

    // Failure bound: a collector that cannot get past a message never becomes idle.
    ({ waiting, breaks, idleError } = await collectUntilIdle({ nats, postgres: url, durable: 'pub', batchSize: 100, timeoutMs: 30_000 }));
  }, 120_000);
  afterAll(async () => {
    await (await jetstreamManager(nc)).streams.delete(nats.stream).catch(() => undefined);
    await nc?.close();
    await dropSchema(schema);
  });

  it('a genuine event with U+0000 in an indexed field does not wedge the collector; it is stored byte for byte', async () => {
    expect(idleError).toBeUndefined();
    // natsSink publishes the canonical JSON (FORMAT.md §3), stored byte for byte.
    expect(await storedLines(schema, 'p-nul')).toEqual(nul.events.map((e) => canonicalize(e)));
    expect(breaks.filter((b) => b.stream === 'p-nul')).toEqual([]);
  });

  it('a forged checkpoint published first under natsSink\'s message id does not make the genuine one vanish', async () => {
    // The forged one reached the store first (nothing can tell it from a genuine one without the key) ...
    // ... but the genuine one must arrive, and be recorded as a conflict with the forged row, note included.
    const conflicts = breaks.filter((b) => b.stream === 'p-cp');
    expect(conflicts.map((b) => ({ size: b.size, reason: b.reason, note: b.note }))).toEqual(
      genuineCheckpoints.map((c) => ({ size: c.size, reason: `checkpoint conflict: another checkpoint of stream p-cp at size ${c.size} is stored (the first to arrive is kept; verify with the pinned keys)`, note: c.note })),
    );
    const result = await verifyPostgres(url, { verifierKeys: [key.verifierKey], streams: ['p-cp'] });
    expect(result.ok).toBe(false);
  });

  it('an event published on another stream\'s subject is not stored; it is recorded as malformed', async () => {
    expect(await storedLines(schema, 'p-victim')).toEqual([]);
    expect(breaks.filter((b) => b.subject === `${nats.subjectPrefix}.p-intruder`).map((b) => b.reason)).toEqual([
      `malformed message: subject ${nats.subjectPrefix}.p-intruder is not the subject of the event's stream p-victim`,
    ]);
  });

  it('junk published first under a genuine event\'s id does not keep that event out of the store', async () => {
    expect(await storedLines(schema, 'p-squat')).toEqual(squat.events.map((e) => canonicalize(e)));
    expect(waiting).toEqual([]);
    expect(breaks.filter((b) => b.subject === `${nats.subjectPrefix}.p-squat`).map((b) => b.reason)).toEqual([
      'malformed message: payload is not a valid agent-audit event (v: Invalid input: expected 1)',
    ]);
  });

  it('U+0000 in a checkpoint or a stream name is recorded as malformed, not retried for ever', () => {
    expect(idleError).toBeUndefined();
    expect(breaks.filter((b) => b.subject === `${nats.subjectPrefix}.~checkpoints`).map((b) => b.reason)).toEqual(['malformed message: checkpoint message holds U+0000']);
    expect(breaks.filter((b) => b.subject === `${nats.subjectPrefix}.p-nul~00s`).map((b) => b.reason)).toEqual(['malformed message: stream name holds U+0000']);
  });

  it('an event PostgreSQL refuses for a reason no check foresaw is recorded as malformed, not retried for ever', async () => {
    expect(idleError).toBeUndefined();
    const reasons = (stream: string) => breaks.filter((b) => b.subject === `${nats.subjectPrefix}.${stream}`).map((b) => String(b.reason));
    expect(reasons('p-feb30')).toEqual(['malformed message: payload is not a valid agent-audit event (ts: ts 2026-02-30T10:00:00.000Z is not a real instant: February 2026 has 28 days (RFC 3339 §5.7))']);
    expect(reasons('p-2400')).toEqual(['malformed message: payload is not a valid agent-audit event (ts: ts 2019-03-31T24:00:00.000Z is not a real instant: hour 24 is not 00-23 (RFC 3339 §5.7))']);
    expect(reasons('p-year0')).toEqual([expect.stringMatching(/^malformed message: PostgreSQL refused it: /)]);
    expect(await storedLines(schema, 'p-feb30')).toEqual([]);
    expect(await storedLines(schema, 'p-2400')).toEqual([]);
    expect(await storedLines(schema, 'p-year0')).toEqual([]);
  });

  it('an event for a collector stream of this durable is not taken from NATS: recorded, and that stream still verifies', async () => {
    const result = await verifyPostgres(url, { streams: ['collector-pub-test'] });
    expect(result.firstFailure).toBeUndefined();
    expect(breaks.filter((b) => b.subject === `${nats.subjectPrefix}.collector-pub-test`).map((b) => b.reason)).toEqual([
      'malformed message: stream collector-pub-test is a collector\'s stream (collector-…: collectors write their streams to PostgreSQL themselves, never through NATS)',
    ]);
  });

  it('an event for a collector stream of another durable is not taken from NATS either: recorded, not stored', async () => {
    for (const stream of ['collector-central-eu1', 'collector-night_import-host2']) {
      expect(await storedLines(schema, stream), stream).toEqual([]);
      expect(breaks.filter((b) => b.subject === `${nats.subjectPrefix}.${stream}`).map((b) => b.reason)).toEqual([
        `malformed message: stream ${stream} is a collector's stream (collector-…: collectors write their streams to PostgreSQL themselves, never through NATS)`,
      ]);
    }
  });

  it('an event nested too deeply to check does not stop the collector: recorded as malformed for its depth, before any check', () => {
    expect(idleError).toBeUndefined();
    // For its depth alone, the same in every thread: the check's RangeError, which this was before, came at a depth
    // that depends on the thread's stack (in a worker thread this event was checked and stored).
    expect(breaks.filter((b) => b.subject === `${nats.subjectPrefix}.p-victim`).map((b) => b.reason)).toEqual([
      `malformed message: payload nested deeper than ${MAX_LINE_NESTING} levels: deeper than any event the writer writes (docs/FORMAT.md §8)`,
    ]);
  });
});
