// A batch PostgreSQL refuses after its chain checks (fleet probe of 2026-12-07, "Open"): the
// collector retries it one message per transaction (oneByOne), which re-ran each message's chain
// checks, so a chain break found in the failed attempt was recorded twice in the collector's own
// stream. Each is now recorded once across the batch attempt and the retry. The refusal is made by a
// trigger of the test on `chain_state` (SQLSTATE 23514 for an update that counts a new break of an
// `r-…` stream), so it comes after the break is found, whatever the batching; the message refused
// alone is recorded as malformed, as documented. Real NATS JetStream and PostgreSQL (required in
// CI, skipped with a message elsewhere); needs Node >= 22 (@agent-audit/nats).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSignerKey, type AuditEvent } from '@agent-audit/core';
import { migrate } from '@agent-audit/postgres';
import { dropSchema, hasNats, hasPostgres, NATS_URL, POSTGRES_URL, schemaUrl, uniqueSchema } from '../delivery/services.js';
import { collectUntilIdle } from './collector-run.js';
import { resealOne, signedChain, type Chain } from './forge.js';
import { connect, jetstream, jetstreamManager, deleteStream } from './nats-client.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-forgery-onebyone-'));
const key = generateSignerKey('forgery.onebyone/audit');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));


const natsEnabled = (await hasPostgres()) && (await hasNats());

/** The event with its tool arguments changed and its hash left as it was (a hash mismatch). */
function changedLine(event: AuditEvent): string {
  return JSON.stringify({ ...event, tool: { name: 'transfer_funds', arguments: { amount: 1 } } });
}

describe.skipIf(!natsEnabled)('a batch PostgreSQL refuses after its chain checks, retried one message at a time', () => {
  const schema = uniqueSchema('aa_onebyone');
  const url = schemaUrl(schema);
  const nats = { servers: NATS_URL, stream: `AAONE_${schema}`.toUpperCase(), subjectPrefix: `aaone.${schema}` };
  let breaks: Array<Record<string, unknown>> = [];
  let idleError: unknown;

  beforeAll(async () => {
    await migrate(url);
    const admin = new pg.Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    try {
      await admin.query(`CREATE FUNCTION "${schema}".refuse_new_break() RETURNS trigger LANGUAGE plpgsql AS $fn$
        BEGIN RAISE EXCEPTION 'test: a new break of stream % refused', NEW.stream USING ERRCODE = 'check_violation'; END $fn$`);
      await admin.query(`CREATE TRIGGER refuse_new_break BEFORE UPDATE ON "${schema}".chain_state FOR EACH ROW
        WHEN (NEW.breaks > OLD.breaks AND NEW.stream LIKE 'r-%') EXECUTE FUNCTION "${schema}".refuse_new_break()`);
    } finally {
      await admin.end();
    }
    const nc = await connect({ servers: NATS_URL });
    try {
      const js = jetstream(nc);
      await (await jetstreamManager(nc)).streams.add({ name: nats.stream, subjects: [`${nats.subjectPrefix}.>`] });
      const publish = async (stream: string, lines: readonly string[]) => {
        for (const line of lines) await js.publish(`${nats.subjectPrefix}.${stream}`, line);
      };
      // A re-sealed event at seq 2: the chain breaks at seq 3.
      const broken: Chain = resealOne(await signedChain(root, 'r-brk', key.signerKey, 6), 2);
      await publish('r-brk', broken.lines);
      // Held back (written after the fix): a hash mismatch at seq 1, and a stream whose break is not refused.
      const hashed = await signedChain(root, 'r-hash', key.signerKey, 4);
      await publish('r-hash', hashed.lines.map((line, i) => (i === 1 ? changedLine(hashed.events[1]!) : line)));
      const kept = resealOne(await signedChain(root, 'k-brk', key.signerKey, 5), 1);
      await publish('k-brk', kept.lines);
    } finally {
      await nc.close();
    }
    ({ breaks, idleError } = await collectUntilIdle({ nats, postgres: url, durable: 'onebyone', batchSize: 100, timeoutMs: 30_000 }));
  }, 120_000);
  afterAll(async () => {
    await deleteStream(NATS_URL, nats.stream);
    await dropSchema(schema);
  });

  const of = (stream: string) => breaks.filter((b) => b.stream === stream || String(b.subject).endsWith(`.${stream}`)).map((b) => String(b.reason));

  it('a chain break found in the refused batch is recorded once, and the message refused alone once', () => {
    expect(idleError).toBeUndefined();
    expect(of('r-brk')).toEqual([
      'chain broken: prev does not match the hash of seq 2',
      expect.stringMatching(/^malformed message: PostgreSQL refused it: .*test: a new break of stream r-brk refused/),
    ]);
  });

  it('held back: a hash mismatch found in a refused batch is recorded once too', () => {
    expect(of('r-hash')).toEqual([
      'hash mismatch: the event was changed after it was written',
      expect.stringMatching(/^malformed message: PostgreSQL refused it: .*test: a new break of stream r-hash refused/),
    ]);
  });

  it('a break the database does not refuse is recorded once, as before, and nothing else is recorded', () => {
    expect(of('k-brk')).toEqual(['chain broken: prev does not match the hash of seq 1']);
    expect(breaks).toHaveLength(5);
  });
});
