// Long values in indexed fields (fleet follow-up of 2026-12-07): a B-tree index row holds at most
// 2704 bytes, and PostgreSQL refuses a longer one with SQLSTATE 54000 (program limit exceeded), a
// class the collector did not take for a data refusal. A genuine agent's event whose session, actor
// id or resource id is 3 KB of text that does not compress (the auditor and the folder take it)
// failed every batch it was in, for ever, in every collector of the fleet, and a postgresSink
// write for ever. The indexed copies are now cut (the stored line stays byte for byte; queries cut
// their values the same way and re-check each row against the event), and a refusal of class 54
// that no check foresaw is a data refusal (the message recorded as malformed, as for class 22/23).
// Real PostgreSQL and NATS JetStream (required in CI, skipped with a message elsewhere); the
// collector needs Node >= 22.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalize, createAuditor, fileLedger, generateSignerKey, sealEvent, type AuditEvent, type UnsealedEvent } from '@agent-audit/core';
import { migrate, postgresSink, queryPostgres, verifyPostgres } from '@agent-audit/postgres';
import { natsSink, subjectToken } from '@agent-audit/nats';
import { dropSchema, hasNats, hasPostgres, NATS_URL, POSTGRES_URL, schemaUrl, uniqueSchema } from '../delivery/services.js';
import { collectUntilIdle } from './collector-run.js';
import { connect, jetstream, deleteStream } from './nats-client.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-forgery-long-'));
const key = generateSignerKey('forgery.long/audit');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));


const pgEnabled = await hasPostgres();
const natsEnabled = pgEnabled && (await hasNats());

/**
 * `n` characters that do not compress (PostgreSQL compresses an index row before it refuses it):
 * base64url of a fixed xorshift sequence, so the agent's redactor sees the same text on every run
 * (it masks some random strings; these it leaves, which longLedger() checks).
 */
let state = 0x2545f491;
function noise(n: number): string {
  const bytes = Buffer.alloc(n);
  for (let i = 0; i < n; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = state & 0xff;
  }
  return bytes.toString('base64url').slice(0, n);
}
const PREFIX = `conv-${noise(400)}`;
/** Two sessions with the same first 405 characters (past any cut of the copy), and long actor and resource ids. */
const SESSION_A = `${PREFIX}-a-${noise(2600)}`;
const SESSION_B = `${PREFIX}-b-${noise(2600)}`;
/** Held back (written after the fix): a surrogate pair across the copy's cut (units 256 and 257). */
const SESSION_C = `${noise(255)}\u{1F600}${noise(2600)}`;

/** A genuine ledger: 2 events in session A, 1 in B, 1 in C, each with a 3 KB actor id and resource id. */
async function longLedger(stream: string): Promise<{ events: AuditEvent[]; lines: string[] }> {
  const dir = path.join(root, `long-${stream}`);
  const auditor = createAuditor({ agent: { id: stream }, sink: fileLedger({ dir, keyDir: path.join(root, 'keys'), signingKey: key.signerKey }) });
  for (const [session, n] of [[SESSION_A, 2], [SESSION_B, 1], [SESSION_C, 1]] as const) {
    auditor.run({ session, actor: { id: `member-${noise(3000)}`, type: 'user' } }, () => {
      for (let i = 0; i < n; i++) auditor.record({ type: 'tool.call', tool: { name: 'read_doc', arguments: { i } }, resource: { type: 'doc', id: `https://docs.example/${noise(3000)}` } });
    });
  }
  await auditor.close();
  const lines = fs.readFileSync(path.join(dir, 'streams', stream, '00000000000000000000.jsonl'), 'utf8').split('\n').slice(0, -1);
  const events = lines.map((l) => JSON.parse(l) as AuditEvent);
  expect(events.map((e) => e.session)).toEqual([SESSION_A, SESSION_A, SESSION_B, SESSION_C]);
  return { events, lines };
}

async function storedLines(schema: string, stream: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    return (await client.query<{ line: string }>(`SELECT line FROM "${schema}".events WHERE stream = $1 ORDER BY seq`, [stream])).rows.map((r) => r.line);
  } finally {
    await client.end();
  }
}

describe.skipIf(!pgEnabled)('postgresSink: a genuine event with 3 KB in indexed fields', () => {
  const schema = uniqueSchema('aa_long_pg');
  const url = schemaUrl(schema);
  beforeAll(() => migrate(url));
  afterAll(() => dropSchema(schema));

  it('is stored byte for byte, verifies, and is found by its session, actor and resource (the write failed for ever)', async () => {
    const ledger = await longLedger('l-sink');
    const sink = postgresSink({ url });
    try {
      await sink.write(ledger.events);
    } finally {
      await sink.close();
    }
    expect(await storedLines(schema, 'l-sink')).toEqual(ledger.events.map((e) => canonicalize(e)));
    expect(await verifyPostgres(url, { streams: ['l-sink'] })).toMatchObject({ ok: true, events: 4 });
    const ids = async (filter: Parameters<typeof queryPostgres>[1]) => {
      const found: string[] = [];
      for await (const e of queryPostgres(url, filter)) found.push(e.id);
      return found;
    };
    const [a0, a1, b0, c0] = ledger.events as [AuditEvent, AuditEvent, AuditEvent, AuditEvent];
    expect(await ids({ session: SESSION_A })).toEqual([a0.id, a1.id]);
    expect(await ids({ session: SESSION_B })).toEqual([b0.id]);
    // Look-alikes: the shared prefix, and session A one character shorter, match nothing.
    expect(await ids({ session: PREFIX })).toEqual([]);
    expect(await ids({ session: SESSION_A.slice(0, -1) })).toEqual([]);
    expect(await ids({ actor: b0.actor!.id })).toEqual([b0.id]);
    expect(await ids({ session: SESSION_C })).toEqual([c0.id]);
    expect(await ids({ session: SESSION_C.slice(0, 256) })).toEqual([]);
    expect(await ids({ type: 'tool.*', session: SESSION_A })).toEqual([a0.id, a1.id]);
    expect(await ids({ resource: a1.resource!.id })).toEqual([a1.id]);
    expect(await ids({ resource: `doc:${a1.resource!.id}` })).toEqual([a1.id]);
  });

  it('a long tool name and a resource id without a colon are found by them (issue 13: no query here asked for either; the survivors of Stryker on query.ts and rows.ts)', async () => {
    const dir = path.join(root, 'long-tool');
    const tool = `lookup_${noise(300)}`;
    const resourceId = noise(600);
    const auditor = createAuditor({ agent: { id: 'l-tool' }, sink: fileLedger({ dir, keyDir: path.join(root, 'keys'), signingKey: key.signerKey }) });
    auditor.record({ type: 'tool.call', tool: { name: tool, arguments: {} }, resource: { type: 'doc', id: resourceId } });
    auditor.record({ type: 'tool.call', tool: { name: 'lookup', arguments: {} }, resource: { type: 'doc', id: 'other' } });
    await auditor.close();
    const events = fs.readFileSync(path.join(dir, 'streams', 'l-tool', '00000000000000000000.jsonl'), 'utf8').split('\n').slice(0, -1).map((l) => JSON.parse(l) as AuditEvent);
    expect(events.map((e) => [e.tool?.name, e.resource?.id])).toEqual([[tool, resourceId], ['lookup', 'other']]);
    const sink = postgresSink({ url });
    try {
      await sink.write(events);
    } finally {
      await sink.close();
    }
    const ids = async (filter: Parameters<typeof queryPostgres>[1]) => {
      const found: string[] = [];
      for await (const e of queryPostgres(url, filter)) found.push(e.id);
      return found;
    };
    expect(await ids({ tool })).toEqual([events[0]!.id]);
    expect(await ids({ tool: 'lookup' })).toEqual([events[1]!.id]);
    expect(await ids({ tool: tool.slice(0, 256) })).toEqual([]);
    expect(await ids({ resource: resourceId })).toEqual([events[0]!.id]);
    expect(await ids({ resource: 'other' })).toEqual([events[1]!.id]);
    expect(await ids({ resource: resourceId.slice(0, 256) })).toEqual([]);
    // The indexed copies: cut to 256 units, the tool name's too.
    const client = new pg.Client({ connectionString: POSTGRES_URL });
    await client.connect();
    try {
      const rows = (await client.query<{ tool_name: string; resource_id: string }>(`SELECT tool_name, resource_id FROM "${schema}".events WHERE stream = 'l-tool' ORDER BY seq`)).rows;
      expect(rows).toEqual([{ tool_name: tool.slice(0, 256), resource_id: resourceId.slice(0, 256) }, { tool_name: 'lookup', resource_id: 'other' }]);
    } finally {
      await client.end();
    }
  });
});

describe.skipIf(!pgEnabled)('a store written before the copies were cut', () => {
  const schema = uniqueSchema('aa_long_old');
  const url = schemaUrl(schema);
  beforeAll(() => migrate(url));
  afterAll(() => dropSchema(schema));

  it('a row whose copy is whole (a 600-character session, actor and resource id then fit) is still found by them', async () => {
    const dir = path.join(root, 'old-store');
    const session = `conv-${noise(600)}`;
    const auditor = createAuditor({ agent: { id: 'l-old' }, sink: fileLedger({ dir, keyDir: path.join(root, 'keys'), signingKey: key.signerKey }) });
    auditor.run({ session, actor: { id: `member-${noise(600)}`, type: 'user' } }, () => {
      auditor.record({ type: 'tool.call', tool: { name: 'read_doc', arguments: {} }, resource: { type: 'doc', id: `https://docs.example/${noise(600)}` } });
    });
    await auditor.close();
    const line = fs.readFileSync(path.join(dir, 'streams', 'l-old', '00000000000000000000.jsonl'), 'utf8').split('\n')[0]!;
    const event = JSON.parse(line) as AuditEvent;
    expect(event.session).toBe(session);
    // Inserted as the code before 2026-12-07 did: every copy whole.
    const admin = new pg.Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    try {
      await admin.query(`SELECT "${schema}".ensure_partitions($1::timestamptz, 1)`, [event.ts]);
      await admin.query(
        `INSERT INTO "${schema}".events (id, ts, stream, seq, type, session, actor_id, actor_type, resource_type, resource_id, tool_name, trace_id, span_id, outcome, hash, prev, line)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
        [event.id, event.ts, event.stream, event.seq, event.type, event.session, event.actor!.id, event.actor!.type, event.resource!.type, event.resource!.id, event.tool!.name, event.trace.traceId, event.trace.spanId, event.outcome, event.hash, event.prev, canonicalize(event)],
      );
    } finally {
      await admin.end();
    }
    const ids = async (filter: Parameters<typeof queryPostgres>[1]) => {
      const found: string[] = [];
      for await (const e of queryPostgres(url, filter)) found.push(e.id);
      return found;
    };
    expect(await ids({ session })).toEqual([event.id]);
    expect(await ids({ actor: event.actor!.id })).toEqual([event.id]);
    expect(await ids({ resource: event.resource!.id })).toEqual([event.id]);
    expect(await ids({ resource: `doc:${event.resource!.id}` })).toEqual([event.id]);
    expect(await ids({ session: session.slice(0, 300) })).toEqual([]);
  });
});

describe.skipIf(!natsEnabled)('the collector: 3 KB in indexed fields, and a stream name PostgreSQL cannot index', () => {
  const schema = uniqueSchema('aa_long');
  const url = schemaUrl(schema);
  const nats = { servers: NATS_URL, stream: `AALONG_${schema}`.toUpperCase(), subjectPrefix: `aalong.${schema}` };
  let ledger: { events: AuditEvent[]; lines: string[] };
  let breaks: Array<Record<string, unknown>> = [];
  let idleError: unknown;
  const longStream = `l-${noise(3000)}`;

  beforeAll(async () => {
    await migrate(url);
    ledger = await longLedger('l-nats');
    const sink = natsSink({ ...nats, createStream: { replicas: 1 } });
    await sink.write(ledger.events);
    await sink.close();
    // A publisher's event (re-sealed, valid hash) whose stream name is 3 KB of noise: no ledger
    // writes one (stream names are at most 128 characters), and no index row holds it.
    const { hash: _h, prev: _p, ...unsealed } = ledger.events[0]!;
    const bad = sealEvent({ ...unsealed, stream: longStream, seq: 0 } as UnsealedEvent, '0'.repeat(64));
    const nc = await connect({ servers: NATS_URL });
    try {
      await jetstream(nc).publish(`${nats.subjectPrefix}.${subjectToken(longStream)}`, bad.line);
    } finally {
      await nc.close();
    }
    ({ breaks, idleError } = await collectUntilIdle({ nats, postgres: url, durable: 'long', batchSize: 100, timeoutMs: 30_000 }));
  }, 120_000);
  afterAll(async () => {
    await deleteStream(NATS_URL, nats.stream);
    await dropSchema(schema);
  });

  it('does not wedge: the genuine events are stored byte for byte and verify', async () => {
    expect(idleError).toBeUndefined();
    expect(await storedLines(schema, 'l-nats')).toEqual(ledger.events.map((e) => canonicalize(e)));
    expect(await verifyPostgres(url, { streams: ['l-nats'] })).toMatchObject({ ok: true, events: 4 });
  });

  it('the stream name no index row holds is recorded as malformed (PostgreSQL refused it), once; nothing else is recorded', async () => {
    expect(breaks.map((b) => String(b.reason))).toEqual([expect.stringMatching(/^malformed message: PostgreSQL refused it: .*index row size/)]);
    expect(await storedLines(schema, longStream)).toEqual([]);
  });
});
