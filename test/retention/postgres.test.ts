import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditor, type AuditEvent } from '@agent-audit/core';
import { memoryLedger } from '@agent-audit/core/test';
import { applyRetention, migrate, planPostgresRetention, postgresSink, verifyPostgres } from '@agent-audit/postgres';
import { dropSchema, hasPostgres, POSTGRES_URL, schemaUrl, uniqueSchema } from '../delivery/services.js';
import { required } from '../required.js';

// The retention table drives PostgreSQL's month partitions too, and legal holds (hold.add /
// hold.release events shipped like any other) keep a month whole. Fixed clock: events of 2024,
// retention "now" in 2025.
const enabled = required(await hasPostgres(), 'PostgreSQL at 127.0.0.1:5432', 'scripts/services.sh starts it');
const schema = uniqueSchema('aa_ret');
const url = schemaUrl(schema);
let admin: pg.Client;

async function events(stream: string, count: number, start: number, stepMs: number, input: (i: number) => Record<string, unknown>): Promise<AuditEvent[]> {
  const ledger = memoryLedger();
  let i = 0;
  // Stands in for agent-audit's own writers: hold.add and hold.release need systemEvents.
  const auditor = createAuditor({ agent: { id: stream }, stream, sink: ledger, clock: () => start + stepMs * i, systemEvents: true });
  for (; i < count; i++) auditor.record(input(i) as Parameters<typeof auditor.record>[0]);
  await auditor.close();
  return ledger.events(stream);
}

describe.skipIf(!enabled)('PostgreSQL retention with the retention table and legal holds', () => {
  beforeAll(async () => {
    admin = new pg.Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    await migrate(url);
    const day = 86_400_000;
    // 120 events, one a day from 2024-01-01: January, February, March, April (to 2024-04-29).
    const bot = await events('bot', 120, Date.UTC(2024, 0, 1), day, (i) => ({
      type: 'tool.call',
      session: i >= 40 && i < 45 ? 'held-session' : `s-${i % 7}`,
      tool: { name: 'lookup', arguments: { i } },
      ...(i === 75 ? { compliance: { regimes: ['hipaa'] } } : {}), // 2024-03-16: kept 6 years
    }));
    const holds = await events('holds', 1, Date.UTC(2024, 5, 1), day, () => ({ type: 'hold.add', outcome: 'success', attrs: { hold: 'hold-feb', scope: 'session', value: 'held-session', reason: 'matter 7' } }));
    const sink = postgresSink({ url });
    await sink.write(bot);
    await sink.write(holds);
    await sink.close();
  });
  afterAll(async () => {
    await admin?.end();
    await dropSchema(schema);
  });

  it('plans months oldest first: past their period and under no hold; the first month that stays keeps the rest', async () => {
    const plan = await planPostgresRetention(url, { now: new Date('2025-12-01T00:00:00Z') });
    const byName = Object.fromEntries(plan.partitions.map((p) => [p.partition, p]));
    expect(byName.events_202401?.removable).toBe(true);
    expect(byName.events_202402?.removable).toBe(false); // 2024-02-10..14 are held
    expect(byName.events_202402?.kept).toMatch(/under hold hold-feb: session held-session/);
    expect(byName.events_202403?.kept).toMatch(/an earlier month \(events_202402\) stays/);
    expect(plan.cutoff).toBe('2024-02-01T00:00:00.000Z');
    expect(plan.holds.map((h) => h.id)).toEqual(['hold-feb']);
  });

  it('applies: archives only what the plan allows, a Date cutoff respects holds too, and release lets it go on', async () => {
    // An explicit cutoff past everything still stops at the held month.
    await expect(applyRetention(url, new Date('2025-01-01T00:00:00Z'))).resolves.toEqual([{ partition: 'events_202401', rowsArchived: 31 }]);
    const held = await admin.query(`SELECT count(*)::int AS n FROM "${schema}".events WHERE session = 'held-session'`);
    expect(held.rows[0].n).toBe(5);
    // Release the hold (an event, shipped like any other): February goes; March holds a HIPAA event (6 years).
    const release = await events('holds-2', 1, Date.UTC(2024, 6, 1), 1, () => ({ type: 'hold.release', outcome: 'success', attrs: { hold: 'hold-feb', reason: 'matter closed' } }));
    const sink = postgresSink({ url });
    await sink.write(release);
    await sink.close();
    const applied = await applyRetention(url, { now: new Date('2025-12-01T00:00:00Z') });
    expect(applied).toEqual([{ partition: 'events_202402', rowsArchived: 29 }]);
    const plan = await planPostgresRetention(url, { now: new Date('2025-12-01T00:00:00Z') });
    expect(plan.partitions.find((p) => p.partition === 'events_202403')?.kept).toMatch(/kept until 2030-03-16.*HIPAA/);
    expect((await verifyPostgres(url)).ok).toBe(true);
  });
});
