import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalize, createAuditor, fileLedger, type AuditEvent } from '@agent-audit/core';
import { memoryLedger } from '@agent-audit/core/test';
import { createShipper } from '../../core/src/ship/index.js';
import { dropSchema, hasPostgres, POSTGRES_URL, schemaUrl, uniqueSchema } from '../../../test/delivery/services.js';
import { applyRetention, createPostgresStore, migrate, postgresSink, queryPostgres, verifyPostgres } from './index.js';

const enabled = await hasPostgres();
const schema = uniqueSchema('aa_pg');
const url = schemaUrl(schema);
let admin: pg.Client;

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of source) out.push(item);
  return out;
}

/** Events from a real auditor; `months` spreads them over consecutive months of 2024. */
async function makeEvents(count: number, months = 1, agent = 'pg-bot'): Promise<{ events: AuditEvent[]; lines: string[] }> {
  const ledger = memoryLedger();
  let i = 0;
  const start = Date.UTC(2024, 0, 10);
  const step = (months * 30 * 86_400_000) / count;
  const auditor = createAuditor({ agent: { id: agent }, sink: ledger, clock: () => start + Math.floor(step * i) });
  for (; i < count; i++) {
    auditor.record({
      type: i % 2 ? 'tool.result' : 'tool.call',
      session: `conv-${i % 5}`,
      actor: { id: `user-${i % 3}`, type: 'user' },
      resource: { type: 'claim', id: `c-${i % 4}` },
      tool: { name: 'lookup', arguments: { n: i, ratio: i / 7, big: 1e21, small: 1e-7, text: 'é ✓ "q"' } },
    });
  }
  await auditor.close();
  return { events: ledger.events(agent), lines: ledger.lines(agent) };
}

describe.skipIf(!enabled)('PostgreSQL store', () => {
  beforeAll(async () => {
    admin = new pg.Client({ connectionString: POSTGRES_URL });
    await admin.connect();
  });
  afterAll(async () => {
    await admin?.end();
    await dropSchema(schema);
  });

  it('migrates once, idempotently, and records the version (concurrent callers do not race)', async () => {
    const results = await Promise.all([migrate(url), migrate(url), migrate(url)]);
    expect(results.map((r) => r.applied).sort()).toEqual([[], [], [1]]);
    expect(await migrate(url)).toMatchObject({ applied: [], version: 1 });
    const versions = await admin.query(`SELECT version FROM "${schema}".schema_migrations`);
    expect(versions.rows).toEqual([{ version: 1 }]);
  });

  it('stores batches idempotently and byte-exactly; query and verify read them back as from a folder', async () => {
    const { events, lines } = await makeEvents(600, 3);
    const sink = postgresSink({ url });
    await sink.write(events.slice(0, 400));
    await sink.write(events.slice(200)); // overlap: at-least-once delivery
    await sink.write(events);
    await sink.close();
    const rows = await admin.query<{ line: string }>(`SELECT line FROM "${schema}".events WHERE stream = 'pg-bot' ORDER BY seq`);
    // The sink stores the canonical JSON of the whole event (docs/FORMAT.md §3: the older line
    // layout); a ledger's lines put the hash member first. The same event, the same hashed bytes.
    expect(rows.rows.map((r) => r.line)).toEqual(events.map((e) => canonicalize(e)));
    expect(rows.rows.map((r) => JSON.parse(r.line) as unknown)).toEqual(lines.map((l) => JSON.parse(l) as unknown));
    const partitions = await admin.query<{ name: string }>(`SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"${schema}".events'::regclass`);
    const names = partitions.rows.map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['events_202401', 'events_202402', 'events_202403']));
    expect(names.length).toBeGreaterThanOrEqual(3 + 3); // + the months around now, created ahead

    const session = await collect(queryPostgres(url, { session: 'conv-3', type: 'tool.*' }));
    const expected = events.filter((e) => e.session === 'conv-3').sort((a, b) => (a.ts < b.ts ? -1 : a.ts > b.ts ? 1 : a.seq - b.seq));
    expect(session.map((e) => e.id)).toEqual(expected.map((e) => e.id));
    const byResource = await collect(queryPostgres(url, { resource: 'claim:c-1', actor: 'user-2', until: '2024-02-01' }));
    expect(byResource.length).toBe(events.filter((e) => e.resource?.id === 'c-1' && e.actor?.id === 'user-2' && e.ts < '2024-02-01').length);
    expect(byResource.length).toBeGreaterThan(0);

    const result = await verifyPostgres(url);
    expect(result).toMatchObject({ ok: true, streams: 1, events: 600 });
  });

  it('stores the lines a caller gives byte for byte, joined (canonical lines) or as one JSON (a line with a line feed), idempotently', async () => {
    // Its own schema: a line that is not canonical would fail the verifications of the tests below.
    const own = uniqueSchema('aa_pgl');
    await migrate(schemaUrl(own));
    const { events, lines } = await makeEvents(40, 1, 'pg-lines');
    // One connection: more than five batches on it, past the point where PostgreSQL may switch plans.
    const store = createPostgresStore({ url: schemaUrl(own), maxConnections: 1 });
    try {
      for (let at = 0; at < 30; at += 5) expect((await store.transaction((tx) => tx.insertEvents(events.slice(at, at + 5), lines.slice(at, at + 5)), { events })).size).toBe(5);
      // Not canonical JSON (a caller's own line): the single-JSON insert keeps it as given.
      const odd = lines.slice(20).map((line, i) => (i === 15 ? `${line}\n` : line));
      const second = await store.transaction((tx) => tx.insertEvents(events.slice(20), odd), { events });
      expect([...second].sort()).toEqual(events.slice(30).map((e) => e.id).sort());
      const rows = await admin.query<{ line: string; id: string; seq: string; hash: string; prev: string }>(`SELECT line, id, seq, hash, prev FROM "${own}".events ORDER BY seq`);
      expect(rows.rows.map((r) => r.line)).toEqual(lines.map((line, i) => (i === 35 ? `${line}\n` : line)));
      expect(rows.rows.map((r) => [r.id, Number(r.seq), r.hash, r.prev])).toEqual(events.map((e) => [e.id, e.seq, e.hash, e.prev]));
    } finally {
      await store.close();
      await dropSchema(own);
    }
  });

  it('is append-only in the database: the writer role lacks UPDATE/DELETE, and a trigger refuses them for everyone', async () => {
    await admin.query('BEGIN');
    await admin.query(`SET LOCAL ROLE "${schema}_writer"`);
    await expect(admin.query(`UPDATE "${schema}".events SET type = 'x.y'`)).rejects.toMatchObject({ code: '42501' });
    await admin.query('ROLLBACK');
    await admin.query('BEGIN');
    await admin.query(`SET LOCAL ROLE "${schema}_writer"`);
    await expect(admin.query(`DELETE FROM "${schema}".events`)).rejects.toMatchObject({ code: '42501' });
    await admin.query('ROLLBACK');
    // Even the owner (superuser here) is stopped by the trigger.
    await expect(admin.query(`UPDATE "${schema}".events SET type = 'x.y' WHERE seq = 1`)).rejects.toThrow(/append-only/);
    await expect(admin.query(`DELETE FROM "${schema}".events WHERE seq = 1`)).rejects.toThrow(/append-only/);
    await expect(admin.query(`TRUNCATE "${schema}".events`)).rejects.toThrow(/append-only/);
    await expect(admin.query(`TRUNCATE "${schema}".events_202401`)).rejects.toThrow(/append-only/);
    await expect(admin.query(`DELETE FROM "${schema}".checkpoints`)).rejects.toThrow(/append-only/);
    const count = await admin.query(`SELECT count(*)::int AS n FROM "${schema}".events`);
    expect(count.rows[0].n).toBe(600);
  });

  it('detects a row changed behind the triggers\' back (by the owner) and names the event', async () => {
    const tamper = async (from: string, to: string) => {
      await admin.query(`ALTER TABLE "${schema}".events DISABLE TRIGGER USER`);
      await admin.query(`UPDATE "${schema}".events SET line = replace(line, $1, $2) WHERE stream = 'pg-bot' AND seq = 77`, [from, to]);
      await admin.query(`ALTER TABLE "${schema}".events ENABLE TRIGGER USER`);
    };
    await tamper('"lookup"', '"delete"');
    const result = await verifyPostgres(url);
    expect(result.ok).toBe(false);
    expect(result.firstFailure).toMatchObject({ stream: 'pg-bot', seq: 77, reason: expect.stringMatching(/hash mismatch/) });
    await tamper('"delete"', '"lookup"');
    expect((await verifyPostgres(url)).ok).toBe(true);
  });

  it('removes rows only through the retention function, which archives and logs first; verify still covers archived rows', async () => {
    await expect(applyRetention(url, new Date('2024-02-01T00:00:00Z'))).resolves.toEqual([{ partition: 'events_202401', rowsArchived: expect.any(Number) }]);
    const archived = await admin.query(`SELECT count(*)::int AS n FROM "${schema}".events_archive`);
    const live = await admin.query(`SELECT count(*)::int AS n FROM "${schema}".events`);
    expect(archived.rows[0].n).toBeGreaterThan(0);
    expect(archived.rows[0].n + live.rows[0].n).toBe(600);
    const log = await admin.query(`SELECT partition, rows_archived::int AS rows, streams FROM "${schema}".retention_log`);
    expect(log.rows).toEqual([{ partition: 'events_202401', rows: archived.rows[0].n, streams: { 'pg-bot': { fromSeq: 0, toSeq: archived.rows[0].n - 1, count: archived.rows[0].n } } }]);
    // The writer role cannot run it.
    await admin.query('BEGIN');
    await admin.query(`SET LOCAL ROLE "${schema}_writer"`);
    await expect(admin.query(`SELECT * FROM "${schema}".apply_retention(now())`)).rejects.toMatchObject({ code: '42501' });
    await admin.query('ROLLBACK');
    expect(await verifyPostgres(url)).toMatchObject({ ok: true, events: 600 });
  });

  it('receives shipped events and signed checkpoints; verification checks the signatures', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pg-ship-'));
    const keyDir = await mkdtemp(join(tmpdir(), 'pg-keys-'));
    try {
      const ledger = fileLedger({ dir, keyDir, checkpointEvery: 50 });
      const auditor = createAuditor({ agent: { id: 'shipped-bot' }, sink: ledger });
      for (let i = 0; i < 250; i++) {
        auditor.record({ type: 'model.request', session: 's', model: { id: 'm', parameters: { i } } });
        if (i % 60 === 0) await auditor.flush();
      }
      await auditor.close();
      const shipper = createShipper({ dir, sink: postgresSink({ url }), batchSize: 64 });
      await shipper.drain();
      await shipper.stop();
      const cps = await admin.query(`SELECT count(*)::int AS n FROM "${schema}".checkpoints WHERE stream = 'shipped-bot'`);
      expect(cps.rows[0].n).toBeGreaterThan(0);
      const result = await verifyPostgres(url, { verifierKeys: [ledger.verifierKey], streams: ['shipped-bot'] });
      expect(result.firstFailure).toBeUndefined();
      expect(result).toMatchObject({ ok: true, events: 250, keySource: 'pinned' });
      const wrongKey = await verifyPostgres(url, { verifierKeys: ['someone+00000000+AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA='], streams: ['shipped-bot'] });
      expect(wrongKey.ok).toBe(false);
    } finally {
      await rm(dir, { recursive: true, force: true });
      await rm(keyDir, { recursive: true, force: true });
    }
  });
});
