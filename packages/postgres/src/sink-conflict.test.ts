// postgresSink.writeCheckpoints (direct shipping, no collector): a checkpoint that cannot be stored
// because another one holds its (stream, size) slot (the table is append-only) was dropped without
// a word (fleet probe of 2026-12-07, "Open"). Now the sink rejects with a SinkError
// `checkpoint_conflict` (not retryable) naming stream and size, after storing the others; the
// shipper reports it (onError, status lastError) and moves on instead of retrying for ever.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditor, fileLedger, readCheckpointFile } from '@agent-audit/core';
import { createShipper } from '../../core/src/ship/index.js';
import { dropSchema, hasPostgres, schemaUrl, uniqueSchema } from '../../../test/delivery/services.js';
import { createPostgresStore, migrate, postgresSink } from './index.js';

const enabled = await hasPostgres();

describe.skipIf(!enabled)('postgresSink: a conflicting checkpoint is never dropped silently', () => {
  const schema = uniqueSchema('aa_pgcp');
  const url = schemaUrl(schema);
  beforeAll(async () => {
    await migrate(url);
  });
  afterAll(async () => {
    await dropSchema(schema);
  });

  it('writeCheckpoints rejects with checkpoint_conflict naming stream and size, after storing the rest', async () => {
    const sink = postgresSink({ url });
    try {
      const ts = '2026-12-07T10:00:00.000Z';
      await sink.writeCheckpoints([{ stream: 'cp-direct', size: 10, root: 'a'.repeat(64), ts, note: 'first\n' }]);
      // The same checkpoint again is idempotent (a re-ship after a crash), not a conflict.
      await sink.writeCheckpoints([{ stream: 'cp-direct', size: 10, root: 'a'.repeat(64), ts, note: 'first\n' }]);
      const attempt = sink.writeCheckpoints([
        { stream: 'cp-direct', size: 10, root: 'b'.repeat(64), ts, note: 'second\n' },
        { stream: 'cp-direct', size: 20, root: 'c'.repeat(64), ts, note: 'third\n' },
      ]);
      await expect(attempt).rejects.toMatchObject({ name: 'SinkError', code: 'checkpoint_conflict', retryable: false });
      await expect(attempt).rejects.toThrow(/^checkpoint conflict: another checkpoint of stream cp-direct at size 10 is stored/);
      const store = createPostgresStore({ url });
      try {
        // Held back: the other checkpoint of the same call was stored.
        const again = await store.insertCheckpoints([{ stream: 'cp-direct', size: 20, root: 'c'.repeat(64), ts, note: 'third\n' }]);
        expect(again).toEqual([]);
      } finally {
        await store.close();
      }
    } finally {
      await sink.close();
    }
  });

  it('a shipper whose checkpoint slot another holds reports it once and is not wedged', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pg-cpconflict-'));
    const keyDir = await mkdtemp(join(tmpdir(), 'pg-cpconflict-keys-'));
    try {
      const auditor = createAuditor({ agent: { id: 'cp-shipped' }, sink: fileLedger({ dir, keyDir, checkpointEvery: 20 }) });
      for (let i = 0; i < 60; i++) {
        auditor.record({ type: 'tool.call', tool: { name: 't', arguments: { i } } });
        if (i % 20 === 19) await auditor.flush();
      }
      await auditor.close();
      const stored = readCheckpointFile(join(dir, 'streams', 'cp-shipped', 'checkpoints.jsonl'));
      expect(stored.length).toBeGreaterThanOrEqual(2);
      const taken = stored[0]!;
      // Someone took the first checkpoint's slot first.
      const store = createPostgresStore({ url });
      await store.insertCheckpoints([{ stream: 'cp-shipped', size: taken.size, root: 'f'.repeat(64), ts: taken.ts, note: 'forged\n' }]);
      await store.close();
      const errors: Error[] = [];
      const shipper = createShipper({ dir, sink: postgresSink({ url }), batchSize: 25, retry: false, breaker: false, onError: (e) => errors.push(e) });
      await shipper.drain();
      // drain() resolves once the events are shipped; the checkpoints go in the same pass.
      await shipper.stop();
      const conflicts = errors.filter((e) => (e as { code?: string }).code === 'checkpoint_conflict');
      expect(conflicts.map((e) => e.message)).toEqual([expect.stringMatching(new RegExp(`^checkpoint conflict: another checkpoint of stream cp-shipped at size ${taken.size} is stored`))]);
      expect(shipper.status().lastError).toMatchObject({ code: 'checkpoint_conflict' });
      const check = createPostgresStore({ url });
      try {
        // The later checkpoints were stored (the shipper went on): inserting them again conflicts with nothing.
        const later = stored.slice(1).map((c) => ({ stream: 'cp-shipped', size: c.size, root: c.root, ts: c.ts, note: c.note }));
        expect(await check.insertCheckpoints(later)).toEqual([]);
      } finally {
        await check.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
      await rm(keyDir, { recursive: true, force: true });
    }
  });
});
