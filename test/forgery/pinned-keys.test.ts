// A collector with the agents' verifier keys pinned (fleet probe of 2026-12-07, "Open": a forged
// checkpoint arriving first kept its append-only (stream, size) slot, and verifyPostgres with the
// keys failed on it for good). With keys, a checkpoint no pinned key verifies never takes the slot:
// it is recorded (`checkpoint refused: …`, subject, stream sequence, SHA-256) and acknowledged, and
// the genuine one after it is stored. Without keys the collector says once that checkpoints are not
// authenticated. Real NATS JetStream and PostgreSQL (required in CI, skipped with a message elsewhere);
// needs Node >= 22 (@agent-audit/nats).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSignerKey, signNote } from '@agent-audit/core';
import { migrate, verifyPostgres } from '@agent-audit/postgres';
import { natsSink } from '@agent-audit/nats';
import { dropSchema, hasNats, hasPostgres, NATS_URL, schemaUrl, uniqueSchema } from '../delivery/services.js';
import { collectUntilIdle } from './collector-run.js';
import { signedChain } from './forge.js';
import { connect, jetstream, deleteStream } from './nats-client.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-forgery-pinned-'));
const key = generateSignerKey('forgery.pinned/audit');
const other = generateSignerKey('forgery.pinned/audit');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));


const natsEnabled = (await hasPostgres()) && (await hasNats());

describe.skipIf(!natsEnabled)('a collector with pinned verifier keys', () => {
  const schema = uniqueSchema('aa_pin');
  const url = schemaUrl(schema);
  const nats = { servers: NATS_URL, stream: `AAPIN_${schema}`.toUpperCase(), subjectPrefix: `aapin.${schema}` };
  const forged: Array<{ stream: string; size: number; payload: string; why: RegExp }> = [];
  let breaks: Array<Record<string, unknown>> = [];
  let idleError: unknown;
  const warnings: string[] = [];

  beforeAll(async () => {
    const nc = await connect({ servers: NATS_URL });
    try {
      await migrate(url);
      const sink = natsSink({ ...nats, createStream: { replicas: 1 } });
      const js = jetstream(nc);
      const subject = `${nats.subjectPrefix}.~checkpoints`;
      // Each stream's first checkpoint is forged and published before the genuine one.
      const kinds: Array<[string, (c: { size: number; root: string; ts: string; note: string }) => { root: string; ts: string; note: string }, RegExp]> = [
        // The probe's forgery: an unsigned note.
        ['k-unsigned', (c) => ({ root: 'f'.repeat(64), ts: c.ts, note: 'forged' }), /not signed by a pinned verifier key \(malformed note/],
        // Held back: a note signed by another key under the same name (a valid signature, not a pinned key's).
        ['k-otherkey', (c) => ({ root: 'e'.repeat(64), ts: c.ts, note: signNote(c.note.slice(0, c.note.indexOf('\n\n') + 1), other.signerKey) }), /not signed by a pinned verifier key \(no signature by a given verifier key\)/],
        // Held back: the genuine signed note on a row whose root is not the signed one.
        ['k-wrongroot', (c) => ({ root: 'd'.repeat(64), ts: c.ts, note: c.note }), /^checkpoint refused: checkpoint of stream k-wrongroot at size 10: its size or root is not what its signed note says$/],
        // Held back: the genuine note with another ts.
        ['k-wrongts', (c) => ({ root: c.root, ts: '2020-01-01T00:00:00.000Z', note: c.note }), /its ts is not the time its signed note says$/],
      ];
      for (const [stream, forge, why] of kinds) {
        const chain = await signedChain(root, stream, key.signerKey, 10);
        const genuine = chain.checkpoints[0]!;
        const payload = JSON.stringify({ stream, size: genuine.size, ...forge(genuine) });
        await sink.write(chain.events);
        await js.publish(subject, payload, { msgID: `forged:${stream}` });
        forged.push({ stream, size: genuine.size, payload, why });
        await sink.writeCheckpoints(chain.checkpoints.map((c) => ({ stream, size: c.size, root: c.root, ts: c.ts, note: c.note })));
      }
      await sink.close();
      ({ breaks, idleError } = await collectUntilIdle({ nats, postgres: url, durable: 'pin', batchSize: 100, timeoutMs: 30_000, verifierKeys: [key.verifierKey], onWarning: (m) => warnings.push(m) }));
    } finally {
      await nc.close();
    }
  }, 120_000);
  afterAll(async () => {
    await deleteStream(NATS_URL, nats.stream);
    await dropSchema(schema);
  });

  it('a forged checkpoint arriving first does not take the slot: the genuine one does, and verifyPostgres with the key passes', async () => {
    expect(idleError).toBeUndefined();
    for (const { stream } of forged) {
      const result = await verifyPostgres(url, { verifierKeys: [key.verifierKey], streams: [stream] });
      expect(result.firstFailure, stream).toBeUndefined();
      expect(result, stream).toMatchObject({ ok: true, events: 10, checkpoints: 1 });
    }
  });

  it('each forgery is on record with its reason, subject, stream sequence and SHA-256; nothing else is', () => {
    const refused = breaks.filter((b) => String(b.reason).startsWith('checkpoint refused: '));
    expect(refused).toHaveLength(forged.length);
    for (const f of forged) {
      const record = refused.find((b) => String(b.reason).includes(`stream ${f.stream} at size ${f.size}:`));
      expect(record, f.stream).toMatchObject({ subject: `${nats.subjectPrefix}.~checkpoints`, sha256: createHash('sha256').update(f.payload).digest('hex'), streamSequence: expect.any(Number) });
      expect(String(record!.reason)).toMatch(f.why);
    }
    expect(breaks.filter((b) => !String(b.reason).startsWith('checkpoint refused: '))).toEqual([]);
  });

  it('with keys pinned, says nothing about unauthenticated checkpoints', () => {
    expect(warnings).toEqual([]);
  });
});

describe.skipIf(!natsEnabled)('a collector without pinned verifier keys', () => {
  const schema = uniqueSchema('aa_nopin');
  const url = schemaUrl(schema);
  const nats = { servers: NATS_URL, stream: `AANOPIN_${schema}`.toUpperCase(), subjectPrefix: `aanopin.${schema}` };
  afterAll(async () => {
    await deleteStream(NATS_URL, nats.stream);
    await dropSchema(schema);
  });

  it('says once at start that checkpoints are not authenticated, and stores the first to arrive (as before)', async () => {
    const warnings: string[] = [];
    const chain = await signedChain(root, 'n-forged', key.signerKey, 10);
    const sink = natsSink({ ...nats, createStream: { replicas: 1 } });
    const nc = await connect({ servers: NATS_URL });
    await sink.write(chain.events);
    await jetstream(nc).publish(`${nats.subjectPrefix}.~checkpoints`, JSON.stringify({ stream: 'n-forged', size: 10, root: 'f'.repeat(64), ts: chain.checkpoints[0]!.ts, note: 'forged' }));
    await nc.close();
    await sink.writeCheckpoints(chain.checkpoints.map((c) => ({ stream: 'n-forged', size: c.size, root: c.root, ts: c.ts, note: c.note })));
    await sink.close();
    const { breaks } = await collectUntilIdle({ nats, postgres: url, durable: 'nopin', batchSize: 100, timeoutMs: 30_000, onWarning: (m) => warnings.push(m) });
    expect(warnings).toEqual([
      'collector nopin: checkpoints are not authenticated (no verifier keys pinned): the first checkpoint to arrive at a (stream, size) is stored, a forger\'s included; pin the agents\' verifier keys (CollectorOptions.verifierKeys, agent-audit collect --key)',
    ]);
    expect(breaks.map((b) => String(b.reason))).toEqual([expect.stringMatching(/^checkpoint conflict: /)]);
    expect((await verifyPostgres(url, { verifierKeys: [key.verifierKey], streams: ['n-forged'] })).ok).toBe(false);
  }, 120_000);

  it('refuses a signer key given as a verifier key without printing it', async () => {
    const { createCollector } = await import('@agent-audit/nats');
    let error: unknown;
    try {
      createCollector({ nats, postgres: url, verifierKeys: [key.signerKey] });
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'key_error' });
    expect(String((error as Error).message)).not.toContain(key.signerKey.slice(-20));
  });
});
