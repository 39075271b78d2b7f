import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createAuditor, type AuditEvent } from '@agent-audit/core';
import { memoryLedger } from '@agent-audit/core/test';
import { migrate, queryPostgres, verifyPostgres } from '@agent-audit/postgres';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { dropSchema, hasNats, hasPostgres, NATS_URL, POSTGRES_URL, schemaUrl, uniqueSchema } from '../../../test/delivery/services.js';
import { createCollector, natsSink, subjectToken } from './index.js';

const enabled = (await hasPostgres()) && (await hasNats());
const run = uniqueSchema('aa_nats');
const url = schemaUrl(run);
const nats = { servers: NATS_URL, stream: `AATEST_${run}`.toUpperCase(), subjectPrefix: `aatest.${run}` };
let nc: NatsConnection;
let admin: pg.Client;

async function makeEvents(count: number, agent: string): Promise<AuditEvent[]> {
  const ledger = memoryLedger();
  const auditor = createAuditor({ agent: { id: agent }, sink: ledger });
  for (let i = 0; i < count; i++) auditor.record({ type: 'tool.call', session: 's', tool: { name: 'lookup', arguments: { i } } });
  await auditor.close();
  return ledger.events(agent);
}

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of source) out.push(item);
  return out;
}

async function count(stream: string): Promise<number> {
  const result = await admin.query(`SELECT count(*)::int AS n, count(DISTINCT id)::int AS d FROM "${run}".events WHERE stream = $1`, [stream]);
  expect(result.rows[0].n).toBe(result.rows[0].d);
  return result.rows[0].n;
}

describe.skipIf(!enabled)('NATS JetStream transport and collector', () => {
  beforeAll(async () => {
    nc = await connect({ servers: NATS_URL });
    admin = new pg.Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    await migrate(url);
  });
  afterAll(async () => {
    await (await jetstreamManager(nc)).streams.delete(nats.stream).catch(() => undefined);
    await nc?.close();
    await admin?.end();
    await dropSchema(run);
  });

  it('escapes audit stream names into single subject tokens', () => {
    expect(subjectToken('claims-bot_1')).toBe('claims-bot_1');
    expect(subjectToken('a.b*c>d é')).toBe('a~2eb~2ac~3ed~20~c3~a9');
  });

  it('publishes with Nats-Msg-Id and acks; the collector stores every event once and the chain verifies', async () => {
    const events = await makeEvents(500, 'nats-bot');
    const sink = natsSink({ ...nats, createStream: { replicas: 1 } });
    await sink.write(events);
    await sink.write(events.slice(100, 300)); // a retried batch: JetStream drops the repeats
    const info = await (await jetstreamManager(nc)).streams.info(nats.stream);
    expect(info.state.messages).toBe(500);
    const collector = createCollector({ nats, postgres: url, durable: 'c1', batchSize: 128 });
    await collector.start();
    await collector.idle();
    await collector.stop();
    await sink.close();
    expect(await count('nats-bot')).toBe(500);
    expect(collector.status()).toMatchObject({ received: 500, stored: 500, chainBreaks: 0, waiting: [] });
    const result = await verifyPostgres(url, { streams: ['nats-bot'] });
    expect(result).toMatchObject({ ok: true, events: 500 });
  });

  it('verifies across gaps and restarts: out-of-order events are stored at once and verified when the gap fills', async () => {
    const events = await makeEvents(200, 'gap-bot');
    const sink = natsSink(nats);
    await sink.write([...events.slice(0, 100), ...events.slice(110)]);
    const first = createCollector({ nats, postgres: url, durable: 'c1', batchSize: 64 });
    await first.start();
    await first.idle();
    await first.stop();
    expect(await count('gap-bot')).toBe(190);
    expect(first.status().waiting).toEqual([{ stream: 'gap-bot', nextSeq: 100 }]);
    await sink.write(events.slice(100, 110));
    const second = createCollector({ nats, postgres: url, durable: 'c1', batchSize: 64 });
    await second.start();
    await second.idle();
    await second.stop();
    await sink.close();
    expect(await count('gap-bot')).toBe(200);
    expect(second.status()).toMatchObject({ received: 10, stored: 10, chainBreaks: 0, waiting: [] });
    const state = await admin.query(`SELECT next_seq::int AS next, breaks::int AS breaks FROM "${run}".chain_state WHERE stream = 'gap-bot'`);
    expect(state.rows).toEqual([{ next: 200, breaks: 0 }]);
  });

  it('records a chain break and a malformed message as ledger.chain_break events in its own stream', async () => {
    const events = await makeEvents(20, 'bad-bot');
    const tampered = events.map((e) => (e.seq === 7 ? { ...e, tool: { name: 'delete' } } : e));
    const sink = natsSink(nats);
    await sink.write(tampered);
    const js = (await import('@nats-io/jetstream')).jetstream(nc);
    await js.publish(`${nats.subjectPrefix}.junk`, 'not json at all');
    const { trace: _trace, ...noTrace } = events[3]!;
    await js.publish(`${nats.subjectPrefix}.junk`, JSON.stringify({ ...noTrace, id: '01J00000000000000000000000', seq: 999 }));
    const collector = createCollector({ nats, postgres: url, durable: 'c1', instance: 'test' });
    await collector.start();
    await collector.idle();
    await collector.stop();
    await sink.close();
    expect(collector.status().chainBreaks).toBe(3);
    const breaks = await collect(queryPostgres(url, { type: 'ledger.chain_break', stream: 'collector-c1-test' }));
    expect(breaks).toHaveLength(3);
    expect(breaks.map((e) => e.attrs)).toEqual(expect.arrayContaining([
      expect.objectContaining({ stream: 'bad-bot', seq: 7, reason: expect.stringMatching(/hash mismatch/) }),
      expect.objectContaining({ reason: expect.stringMatching(/malformed message: payload is not JSON/) }),
      expect.objectContaining({ reason: expect.stringMatching(/malformed message: payload is not a valid agent-audit event \(trace: /) }),
    ]));
    expect(await count('bad-bot')).toBe(20); // stored as evidence; verification flags it
    const result = await verifyPostgres(url, { streams: ['bad-bot', 'collector-c1-test'] });
    expect(result.ok).toBe(false);
    expect(result.firstFailure).toMatchObject({ stream: 'bad-bot', seq: 7 });
    expect((await verifyPostgres(url, { streams: ['collector-c1-test'] })).ok).toBe(true);
  });
});
