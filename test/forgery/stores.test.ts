// Real forgeries against the central stores: verifyPostgres() over rows a forger inserted, and
// the NATS collector's incremental chain verifier over messages a forger published. Each test
// pins the reason reported. Needs PostgreSQL and NATS (required in CI, skipped with a message elsewhere).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSignerKey } from '@agent-audit/core';
import { migrate, postgresSink, verifyPostgres } from '@agent-audit/postgres';
import { natsSink } from '@agent-audit/nats';
import { collectUntilIdle } from './collector-run.js';
import { dropSchema, hasNats, hasPostgres, NATS_URL, schemaUrl, uniqueSchema } from '../delivery/services.js';
import { deleteAt, forkAt, rechainFrom, recomputeFrontiers, reorderResealed, resealOne, signedChain, type Chain } from './forge.js';
import { connect, jetstreamManager } from './nats-client.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-forgery-stores-'));
const key = generateSignerKey('forgery.stores/audit');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

// The NATS client is a dependency of packages/nats, not of the root.
type NatsConnection = Awaited<ReturnType<typeof connect>>;

const pgEnabled = await hasPostgres();
const natsEnabled = pgEnabled && (await hasNats());

describe.skipIf(!pgEnabled)('forgeries against verifyPostgres', () => {
  const schema = uniqueSchema('aa_forge_pg');
  const url = schemaUrl(schema);
  beforeAll(async () => {
    await migrate(url);
  });
  afterAll(async () => {
    await dropSchema(schema);
  });

  /** Inserts a forged stream (events as the forger wrote them, and the genuine signed checkpoints), then verifies it alone. */
  async function verifyForged(stream: string, forge: (chain: Chain) => Chain, frontiers = false) {
    const chain = await signedChain(root, stream, key.signerKey);
    const forged = forge(chain);
    const sink = postgresSink({ url });
    await sink.write(forged.events);
    const cps = frontiers ? recomputeFrontiers(chain.checkpoints, forged.events) : chain.checkpoints;
    await sink.writeCheckpoints(cps.map((c) => ({ stream, size: c.size, root: c.root, ts: c.ts, note: c.note })));
    await sink.close();
    return verifyPostgres(url, { verifierKeys: [key.verifierKey], streams: [stream] });
  }

  it('accepts the genuine stream', async () => {
    expect(await verifyForged('pg-genuine', (c) => c)).toMatchObject({ ok: true, events: 40 });
  });

  it('one event re-sealed with a valid hash: chain broken at the next event', async () => {
    const result = await verifyForged('pg-reseal', (c) => resealOne(c, 14));
    expect(result.firstFailure).toMatchObject({ stream: 'pg-reseal', seq: 15, reason: 'chain broken: prev does not match the hash of seq 14' });
  });

  it('a run re-chained consistently: the root differs from the valid signed checkpoint', async () => {
    const result = await verifyForged('pg-rechain', (c) => rechainFrom(c, 14), true);
    expect(result.firstFailure).toMatchObject({ stream: 'pg-rechain', seq: 19, reason: 'Merkle root at size 20 differs from the signed checkpoint' });
  });

  it('a fork (a second row at one seq) is reported', async () => {
    const result = await verifyForged('pg-fork', (c) => forkAt(c, 14));
    expect(result.ok, JSON.stringify(result)).toBe(false);
    expect(result.firstFailure?.reason).toBe('duplicate, forked or reordered event: seq 14 appears again where seq 15 belongs');
  });

  it('a deleted row is reported as missing', async () => {
    const result = await verifyForged('pg-delete', (c) => deleteAt(c, 14));
    expect(result.firstFailure).toMatchObject({ seq: 14, reason: 'missing event: expected seq 14, found seq 15' });
  });

  it('two events renumbered into the forger\'s order break the link after them', async () => {
    const result = await verifyForged('pg-reorder', (c) => reorderResealed(c, 14));
    expect(result.firstFailure).toMatchObject({ seq: 16, reason: 'chain broken: prev does not match the hash of seq 15' });
  });
});

describe.skipIf(!natsEnabled)('forgeries against the NATS collector\'s chain verifier', () => {
  const schema = uniqueSchema('aa_forge_nats');
  const url = schemaUrl(schema);
  const nats = { servers: NATS_URL, stream: `AAFORGE_${schema}`.toUpperCase(), subjectPrefix: `aaforge.${schema}` };
  let nc: NatsConnection;
  let breaks: Array<Record<string, unknown>> = [];
  let waiting: Array<{ stream: string; nextSeq: number }> = [];

  beforeAll(async () => {
    nc = await connect({ servers: NATS_URL });
    await migrate(url);
    const chains = new Map<string, Chain>();
    for (const [stream, forge] of [
      ['c-genuine', (c: Chain) => c],
      ['c-reseal', (c: Chain) => resealOne(c, 14)],
      ['c-fork', (c: Chain) => forkAt(c, 14)],
      ['c-delete', (c: Chain) => deleteAt(c, 14)],
      ['c-reorder', (c: Chain) => reorderResealed(c, 14)],
    ] as const) {
      chains.set(stream, forge(await signedChain(root, stream, key.signerKey)));
    }
    const sink = natsSink({ ...nats, createStream: { replicas: 1 } });
    for (const chain of chains.values()) await sink.write(chain.events);
    await sink.close();
    const run = await collectUntilIdle({ nats, postgres: url, durable: 'forge', batchSize: 1000 });
    if (run.idleError !== undefined) throw run.idleError;
    ({ waiting, breaks } = run);
  }, 120_000);
  afterAll(async () => {
    await (await jetstreamManager(nc)).streams.delete(nats.stream).catch(() => undefined);
    await nc?.close();
    await dropSchema(schema);
  });

  const breaksOf = (stream: string) => breaks.filter((b) => b.stream === stream).map((b) => ({ seq: b.seq, reason: b.reason }));

  it('reports nothing for the genuine stream', () => {
    expect(breaksOf('c-genuine')).toEqual([]);
  });

  it('one event re-sealed with a valid hash: chain broken at the next event', () => {
    expect(breaksOf('c-reseal')).toEqual([{ seq: 15, reason: 'chain broken: prev does not match the hash of seq 14' }]);
  });

  it('a fork is reported as a fork, whether its second event arrives in the original\'s batch or a later one', () => {
    expect(breaksOf('c-fork')).toEqual([{ seq: 14, reason: 'fork: a different event with seq 14 was already verified' }]);
  });

  it('a deleted event holds verification of its stream at that seq', () => {
    expect(breaksOf('c-delete')).toEqual([]);
    expect(waiting, JSON.stringify({ waiting, breaks })).toEqual([{ stream: 'c-delete', nextSeq: 14 }]);
  });

  it('two events renumbered into the forger\'s order break the link after them (delivery order is not trusted either way)', () => {
    expect(breaksOf('c-reorder')).toEqual([{ seq: 16, reason: 'chain broken: prev does not match the hash of seq 15' }]);
  });
});
