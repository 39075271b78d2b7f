// A checkpoint signed with a pinned key for another stream, presented as this stream's (fleet probe
// of 2026-12-07, "Open": neither the collector nor verifyPostgres compared the signed origin line,
// `agent-audit/<ledger id>/<stream>`, with the stream of the row; such a checkpoint was refused only
// by its root, and not at all when the root coincides). The root coincidence is constructed: a note
// signed with the pinned key whose origin names stream A and whose size and root are B's (what a
// holder of the key, or a signer shared by agents, can produce). Real PostgreSQL and NATS JetStream
// (required in CI, skipped with a message elsewhere); the collector needs Node >= 22.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompactRange, createAuditor, fileLedger, formatCheckpoint, generateSignerKey, openNote, parseCheckpoint, readCheckpoints, readEvents, signNote, verifyLedger, type AuditEvent, type StoredCheckpoint } from '@agent-audit/core';
import { migrate, postgresSink, verifyPostgres } from '@agent-audit/postgres';
import { natsSink } from '@agent-audit/nats';
import { dropSchema, hasNats, hasPostgres, NATS_URL, schemaUrl, uniqueSchema } from '../delivery/services.js';
import { collectUntilIdle } from './collector-run.js';
import { signedChain } from './forge.js';
import { connect, jetstream, deleteStream } from './nats-client.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-forgery-origin-'));
const key = generateSignerKey('forgery.origin/audit');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));


const pgEnabled = await hasPostgres();
const natsEnabled = pgEnabled && (await hasNats());

/** The origin line a genuine checkpoint was signed for. */
const originOf = (note: string): string => parseCheckpoint(openNote(note, [key.verifierKey]).text).origin;

/** A checkpoint at `genuine`'s size, root and ts, signed with the pinned key for `origin` (the root coincidence, constructed). */
function signedFor(origin: string, genuine: StoredCheckpoint): { size: number; root: string; ts: string; note: string } {
  const body = formatCheckpoint({ origin, size: genuine.size, root: Buffer.from(genuine.root, 'hex'), extensions: [`timestamp ${genuine.ts}`] });
  return { size: genuine.size, root: genuine.root, ts: genuine.ts, note: signNote(body, key.signerKey) };
}

const reasonFor = (origin: string, stream: string) => `origin ${JSON.stringify(origin)} is not an origin of stream ${stream} (agent-audit/<ledger id>/${stream})`;

describe.skipIf(!pgEnabled)('verifyPostgres: a checkpoint signed for another stream', () => {
  const schema = uniqueSchema('aa_origin_pg');
  const url = schemaUrl(schema);
  beforeAll(() => migrate(url));
  afterAll(() => dropSchema(schema));

  /** Stores `stream`'s genuine events with one checkpoint row (`forge` of its genuine first checkpoint), then verifies the stream alone. */
  async function verifyWith(stream: string, forge: (genuine: StoredCheckpoint) => { size: number; root: string; ts: string; note: string }) {
    const chain = await signedChain(root, stream, key.signerKey, 10);
    const sink = postgresSink({ url });
    await sink.write(chain.events);
    await sink.writeCheckpoints([{ stream, ...forge(chain.checkpoints[0]!) }]);
    await sink.close();
    return { result: await verifyPostgres(url, { verifierKeys: [key.verifierKey], streams: [stream] }), genuine: chain.checkpoints[0]! };
  }

  it('another stream\'s origin over this stream\'s root: refused, the reason naming both', async () => {
    const origin = 'agent-audit/01JFORGEDLEDGER0000000000/v-a';
    const { result } = await verifyWith('v-b', (g) => signedFor(origin, g));
    expect(result.ok).toBe(false);
    expect(result.firstFailure).toMatchObject({ stream: 'v-b', seq: 9, reason: `checkpoint 1 (size 10): ${reasonFor(origin, 'v-b')}` });
  });

  it('look-alikes of the stream\'s origin are refused too (a prefix, a suffix, a path ending in the name, no ledger id)', async () => {
    for (const [stream, origin] of [
      ['v-c', 'agent-audit/L1/v-cc'],
      ['v-dd', 'agent-audit/L1/v-d'],
      ['v-e', 'agent-audit/L1/x/v-e'],
      ['v-f', 'agent-audit/v-f'],
      ['v-g', 'agent-audit//v-g'],
      ['v-h', 'example.com/audit/v-h'],
    ] as const) {
      const { result } = await verifyWith(stream, (g) => signedFor(origin, g));
      expect(result.firstFailure?.reason, origin).toBe(`checkpoint 1 (size 10): ${reasonFor(origin, stream)}`);
    }
  });

  it('the genuine checkpoint, and one of this stream name from another ledger, still verify', async () => {
    const genuine = await verifyWith('v-ok', (g) => ({ size: g.size, root: g.root, ts: g.ts, note: g.note }));
    expect(genuine.result).toMatchObject({ ok: true, events: 10, checkpoints: 1 });
    expect(originOf(genuine.genuine.note)).toMatch(/^agent-audit\/[0-9A-Z]{26}\/v-ok$/);
    const otherLedger = await verifyWith('v-ok.2', (g) => signedFor('agent-audit/01JOTHERLEDGER00000000000/v-ok.2', g));
    expect(otherLedger.result).toMatchObject({ ok: true, events: 10, checkpoints: 1 });
  });
});

describe.skipIf(!natsEnabled)('a collector with pinned keys: a checkpoint signed for another stream', () => {
  const schema = uniqueSchema('aa_origin');
  const url = schemaUrl(schema);
  const nats = { servers: NATS_URL, stream: `AAORIGIN_${schema}`.toUpperCase(), subjectPrefix: `aaorigin.${schema}` };
  const forged: Array<{ stream: string; payload: string; origin: string }> = [];
  let breaks: Array<Record<string, unknown>> = [];
  let idleError: unknown;

  beforeAll(async () => {
    await migrate(url);
    const nc = await connect({ servers: NATS_URL });
    try {
      const sink = natsSink({ ...nats, createStream: { replicas: 1 } });
      const js = jetstream(nc);
      const subject = `${nats.subjectPrefix}.~checkpoints`;
      const a = await signedChain(root, 'o-a', key.signerKey, 10);
      const b = await signedChain(root, 'o-b', key.signerKey, 10);
      const c = await signedChain(root, 'o-c', key.signerKey, 10);
      await sink.write([...a.events, ...b.events, ...c.events]);
      await sink.writeCheckpoints(a.checkpoints.map((cp) => ({ stream: 'o-a', size: cp.size, root: cp.root, ts: cp.ts, note: cp.note })));
      // 1. A's genuine checkpoint replayed as B's (same size; B's root differs): published before B's own.
      const aCp = a.checkpoints[0]!;
      const replay = JSON.stringify({ stream: 'o-b', size: aCp.size, root: aCp.root, ts: aCp.ts, note: aCp.note });
      await js.publish(subject, replay, { msgID: 'forged:o-b' });
      forged.push({ stream: 'o-b', payload: replay, origin: originOf(aCp.note) });
      // 2. The root coincidence: signed with the pinned key for A's origin, at C's size and root.
      const coincident = JSON.stringify({ stream: 'o-c', ...signedFor(originOf(aCp.note), c.checkpoints[0]!) });
      await js.publish(subject, coincident, { msgID: 'forged:o-c' });
      forged.push({ stream: 'o-c', payload: coincident, origin: originOf(aCp.note) });
      for (const [stream, chain] of [['o-b', b], ['o-c', c]] as const) {
        await sink.writeCheckpoints(chain.checkpoints.map((cp) => ({ stream, size: cp.size, root: cp.root, ts: cp.ts, note: cp.note })));
      }
      await sink.close();
      ({ breaks, idleError } = await collectUntilIdle({ nats, postgres: url, durable: 'origin', batchSize: 100, timeoutMs: 30_000, verifierKeys: [key.verifierKey] }));
    } finally {
      await nc.close();
    }
  }, 120_000);
  afterAll(async () => {
    await deleteStream(NATS_URL, nats.stream);
    await dropSchema(schema);
  });

  it('never takes the slot: the genuine checkpoint does, and every stream verifies with the key', async () => {
    expect(idleError).toBeUndefined();
    for (const stream of ['o-a', 'o-b', 'o-c']) {
      const result = await verifyPostgres(url, { verifierKeys: [key.verifierKey], streams: [stream] });
      expect(result.firstFailure, stream).toBeUndefined();
      expect(result, stream).toMatchObject({ ok: true, events: 10, checkpoints: 1 });
    }
  });

  it('is recorded as refused, naming the signed origin and the row\'s stream; nothing else is recorded', () => {
    expect(breaks).toHaveLength(forged.length);
    for (const f of forged) {
      const record = breaks.find((b) => String(b.reason).includes(`stream ${f.stream} at size 10:`));
      expect(record, f.stream).toMatchObject({
        reason: `checkpoint refused: checkpoint of stream ${f.stream} at size 10: its signed ${reasonFor(f.origin, f.stream)}`,
        subject: `${nats.subjectPrefix}.~checkpoints`,
        sha256: createHash('sha256').update(f.payload).digest('hex'),
      });
    }
  });
});

describe('verifyLedger (folder): a checkpoint signed for another stream of the same ledger', () => {
  it('is refused by its origin (the whole origin is compared, as before)', async () => {
    // 15 events, a signed checkpoint (and head) at 10; the writer still open, so 10-14 are a tail
    // no checkpoint covers yet, and a checkpoints line past the signed head's bytes is checked alone.
    const dir = path.join(root, 'folder-f-b');
    const auditor = createAuditor({ stream: 'f-b', agent: { id: 'f-b' }, sink: fileLedger({ dir, keyDir: path.join(root, 'keys'), signingKey: key.signerKey, checkpointEvery: 10 }) });
    try {
      for (let i = 0; i < 15; i++) {
        auditor.record({ type: 'tool.call', tool: { name: 'lookup_claim', arguments: { claim: `C-${i}` } } });
        if (i === 9 || i === 14) await auditor.flush();
      }
      const events: AuditEvent[] = [];
      for await (const event of readEvents(dir, { stream: 'f-b' })) events.push(event);
      const [first] = await readCheckpoints(dir, 'f-b');
      expect(first?.size).toBe(10);
      const ledgerId = originOf(first!.note).split('/')[1]!;
      const range = new CompactRange();
      for (const event of events) range.append(Buffer.from(event.hash, 'hex'));
      const cp = { size: 15, root: Buffer.from(range.root()).toString('hex'), ts: new Date().toISOString(), frontier: range.toJSON() };
      const file = path.join(dir, 'streams', 'f-b', 'checkpoints.jsonl');
      fs.appendFileSync(file, `${JSON.stringify({ ...cp, note: signFor(`agent-audit/${ledgerId}/f-b`, cp) })}\n`);
      // The right origin: the appended checkpoint verifies.
      expect((await verifyLedger(dir, { verifierKey: key.verifierKey })).firstFailure).toBeUndefined();
      // The same, signed for f-a of this ledger.
      const lines = fs.readFileSync(file, 'utf8').split('\n').slice(0, -1);
      lines[lines.length - 1] = JSON.stringify({ ...cp, note: signFor(`agent-audit/${ledgerId}/f-a`, cp) });
      fs.writeFileSync(file, lines.map((l) => `${l}\n`).join(''));
      const result = await verifyLedger(dir, { verifierKey: key.verifierKey });
      expect(result.ok).toBe(false);
      expect(result.firstFailure).toMatchObject({ stream: 'f-b', seq: 14, reason: `checkpoint 2 (size 15): origin "agent-audit/${ledgerId}/f-a" is not this stream's (agent-audit/${ledgerId}/f-b)` });
    } finally {
      await auditor.close();
    }
  });
});

function signFor(origin: string, cp: { size: number; root: string; ts: string }): string {
  return signNote(formatCheckpoint({ origin, size: cp.size, root: Buffer.from(cp.root, 'hex'), extensions: [`timestamp ${cp.ts}`] }), key.signerKey);
}
