// Durability at batch boundaries: every flush() and recordDurable() is checked against what is
// on disk at the moment its promise resolves (a synchronous read inside the .then), never later.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, fileLedger, generateSignerKey, verifyLedger, type LedgerSink, type SealedRecord } from '@agent-audit/core';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-durable-'));
const key = generateSignerKey('durability.test/audit');
let dirs = 0;
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function newDir(): string {
  return path.join(root, `ledger-${dirs++}`);
}

/** The seqs of the complete lines in a stream's segments, read synchronously from disk. */
function seqsOnDisk(dir: string, stream: string): number[] {
  const sdir = path.join(dir, 'streams', stream);
  const seqs: number[] = [];
  for (const file of fs.readdirSync(sdir).filter((f) => /^\d{20}\.jsonl$/.test(f)).sort()) {
    const text = fs.readFileSync(path.join(sdir, file), 'utf8');
    for (const line of text.slice(0, text.lastIndexOf('\n') + 1).split('\n')) {
      if (line) seqs.push((JSON.parse(line) as { seq: number }).seq);
    }
  }
  return seqs;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** A sink that passes everything to `inner` but lets a test hold or fail appends. */
function controlledSink(inner: LedgerSink, control: { before?: (records: readonly SealedRecord[], call: number) => Promise<void> | void }): LedgerSink & { calls: number } {
  const sink = {
    calls: 0,
    open: (stream: string) => inner.open(stream),
    async append(stream: string, records: readonly SealedRecord[]) {
      const call = ++sink.calls;
      await control.before?.(records, call);
      return inner.append(stream, records);
    },
    close: (stream: string) => inner.close(stream),
    takeNotices: (stream: string) => inner.takeNotices?.(stream) ?? [],
  };
  return sink;
}

describe('flush() and recordDurable() at batch boundaries', () => {
  it.each([
    [1, 3], [2, 3], [2, 4], [2, 5], [3, 7], [4, 4], [4, 9],
  ])('maxBatchEvents %i, %i records, one flush(): all of them are on disk when it resolves', async (maxBatchEvents, records) => {
    const dir = newDir();
    const auditor = createAuditor({ agent: { id: 'bot' }, maxBatchEvents, sink: fileLedger({ dir, signingKey: key.signerKey }) });
    for (let i = 0; i < records; i++) auditor.record({ type: 'tool.call', tool: { name: 't', arguments: { i } } });
    const onDisk = await auditor.flush().then(() => seqsOnDisk(dir, 'bot'));
    expect(onDisk).toEqual(range(records));
    await auditor.close();
  });

  it('each of several flush() calls made between records covers exactly what was recorded before it', async () => {
    const dir = newDir();
    const auditor = createAuditor({ agent: { id: 'bot' }, maxBatchEvents: 2, sink: fileLedger({ dir, signingKey: key.signerKey }) });
    const seen: Array<{ recordedBefore: number; onDisk: number[] }> = [];
    const pending: Array<Promise<void>> = [];
    for (let i = 0; i < 9; i++) {
      auditor.record({ type: 'tool.call', tool: { name: 't', arguments: { i } } });
      const recordedBefore = i + 1;
      if (i % 2 === 0) pending.push(auditor.flush().then(() => void seen.push({ recordedBefore, onDisk: seqsOnDisk(dir, 'bot') })));
    }
    await Promise.all(pending);
    expect(seen).toHaveLength(5);
    for (const s of seen) expect(s.onDisk.slice(0, s.recordedBefore), `flush after ${s.recordedBefore} records`).toEqual(range(s.recordedBefore));
    await auditor.close();
  });

  it('recordDurable() resolves only when its own event (and all before it) are on disk', async () => {
    const dir = newDir();
    const auditor = createAuditor({ agent: { id: 'bot' }, maxBatchEvents: 2, sink: fileLedger({ dir, signingKey: key.signerKey }) });
    for (let i = 0; i < 5; i++) auditor.record({ type: 'tool.call', tool: { name: 'before', arguments: { i } } });
    const checks = range(6).map(() =>
      auditor.recordDurable({ type: 'tool.call', tool: { name: 'durable' } }).then((receipt) => ({ seq: receipt.seq, onDisk: seqsOnDisk(dir, 'bot') })),
    );
    const results = await Promise.all(checks);
    expect(results.map((r) => r.seq)).toEqual([5, 6, 7, 8, 9, 10]);
    for (const r of results) expect(r.onDisk.slice(0, r.seq + 1), `recordDurable seq ${r.seq}`).toEqual(range(r.seq + 1));
    await auditor.close();
  });

  it('events recorded while a batch is being written are durable when a later flush() resolves, and not before an earlier one needs them', async () => {
    const dir = newDir();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let entered!: () => void;
    const inWrite = new Promise<void>((resolve) => (entered = resolve));
    const sink = controlledSink(fileLedger({ dir, signingKey: key.signerKey }), {
      before: async (_records, call) => {
        if (call === 1) {
          entered();
          await gate;
        }
      },
    });
    const auditor = createAuditor({ agent: { id: 'bot' }, maxBatchEvents: 2, sink });
    auditor.record({ type: 'tool.call', tool: { name: 'first' } });
    await inWrite; // the first batch (seq 0) is being written
    const firstFlush = auditor.flush().then(() => seqsOnDisk(dir, 'bot'));
    for (let i = 0; i < 4; i++) auditor.record({ type: 'tool.call', tool: { name: 'during', arguments: { i } } });
    const secondFlush = auditor.flush().then(() => seqsOnDisk(dir, 'bot'));
    expect(seqsOnDisk(dir, 'bot')).toEqual([]);
    release();
    expect((await firstFlush).slice(0, 1)).toEqual([0]);
    expect(await secondFlush).toEqual(range(5));
    expect(sink.calls).toBeGreaterThanOrEqual(3); // 1 + 4 events in batches of at most 2
    await auditor.close();
  });

  it('a sink failing mid-way: flush() waits through the retries and resolves with everything on disk once; recordDurable() rejects during the outage', async () => {
    const dir = newDir();
    const inner = fileLedger({ dir, signingKey: key.signerKey });
    let failures = 0;
    const errors: Error[] = [];
    const sink = controlledSink(inner, {
      // The second batch: half of it is written, then the sink fails, three times over.
      before: async (records, call) => {
        if (call >= 2 && failures < 3) {
          failures++;
          await inner.append('bot', records.slice(0, 1));
          throw new Error(`disk full (${failures})`);
        }
      },
    });
    let failing!: () => void;
    const firstError = new Promise<void>((resolve) => (failing = resolve));
    const auditor = createAuditor({ agent: { id: 'bot' }, maxBatchEvents: 2, sink, onError: (e) => { errors.push(e); failing(); } });
    for (let i = 0; i < 2; i++) auditor.record({ type: 'tool.call', tool: { name: 'ok', arguments: { i } } });
    await auditor.flush();
    expect(seqsOnDisk(dir, 'bot')).toEqual([0, 1]);
    const waiting = [2, 3, 4].map((i) => {
      const receipt = auditor.record({ type: 'tool.call', tool: { name: 'during-failure', arguments: { i } } });
      return auditor.flush().then(() => ({ seq: receipt.seq, onDisk: seqsOnDisk(dir, 'bot') }));
    });
    await firstError;
    // While the ledger fails, a fail-closed caller hears at once; its event stays queued.
    const rejected = await auditor.recordDurable({ type: 'tool.call', tool: { name: 'fail-closed' } }).then(
      () => 'resolved',
      (error: Error) => `rejected: ${error.name}: ${error.message}`,
    );
    expect(rejected).toMatch(/^rejected: RecordError: event seq 5 is not durable: the ledger is failing$/);
    const flushed = await auditor.flush().then(() => seqsOnDisk(dir, 'bot'));
    expect(flushed).toEqual(range(6));
    for (const w of await Promise.all(waiting)) expect(w.onDisk.slice(0, w.seq + 1)).toEqual(range(w.seq + 1));
    expect(failures).toBe(3);
    expect(errors.length).toBeGreaterThanOrEqual(1);
    await auditor.close();
    const result = await verifyLedger(dir, { verifierKey: key.verifierKey });
    expect(result).toMatchObject({ ok: true, events: 6 });
  });
  it('a failing batch rejects the fail-closed callers of its own events only; later ones resolve once durable, and flush() waits through it', async () => {
    const dir = newDir();
    let failures = 0;
    const sink = controlledSink(fileLedger({ dir, signingKey: key.signerKey }), {
      before: (_records, call) => {
        if (call === 1 && failures++ === 0) throw new Error('disk full');
      },
    });
    const auditor = createAuditor({ agent: { id: 'bot' }, maxBatchEvents: 2, sink, onError: () => {} });
    // Six fail-closed records in three batches of two; the first batch fails once, then succeeds.
    const outcomes = range(6).map(() =>
      auditor.recordDurable({ type: 'tool.call', tool: { name: 'fail-closed' } }).then(
        (receipt) => ({ seq: receipt.seq, outcome: 'durable', onDisk: seqsOnDisk(dir, 'bot') }),
        (error: Error) => ({ seq: -1, outcome: error.name, onDisk: [] as number[] }),
      ),
    );
    const flushed = auditor.flush().then(() => seqsOnDisk(dir, 'bot'));
    const results = await Promise.all(outcomes);
    expect(results.map((r) => r.outcome)).toEqual(['RecordError', 'RecordError', 'durable', 'durable', 'durable', 'durable']);
    for (const r of results.filter((x) => x.outcome === 'durable')) expect(r.onDisk.slice(0, r.seq + 1)).toEqual(range(r.seq + 1));
    // The rejected events stayed queued and were written once the ledger recovered.
    expect(await flushed).toEqual(range(6));
    expect(failures).toBe(1);
    await auditor.close();
  });

  it('recordDurable() after close() rejects at once: nothing was recorded', async () => {
    const dir = newDir();
    const auditor = createAuditor({ agent: { id: 'bot' }, sink: fileLedger({ dir, signingKey: key.signerKey }), onError: () => {} });
    await auditor.recordDurable({ type: 'run.start' });
    await auditor.close();
    await expect(auditor.recordDurable({ type: 'run.end' })).rejects.toThrow(/could not be recorded \(queue full or auditor closed\)/);
    expect(seqsOnDisk(dir, 'bot')).toEqual([0]);
  });
});

describe('close() with a ledger that never comes back', () => {
  it.each([false, true])('rejects after 5 failed appends, naming what is not durable; flush() and recordDurable() callers hear it; threads are released (redactionWorker: %s)', async (redactionWorker) => {
    const dir = newDir();
    let down = false;
    const sink = controlledSink(fileLedger({ dir, signingKey: key.signerKey }), {
      before: () => {
        if (down) throw new Error('disk gone');
      },
    });
    const errors: Error[] = [];
    const auditor = createAuditor({ agent: { id: 'bot' }, sink, redactionWorker, onError: (error) => errors.push(error) });
    await auditor.recordDurable({ type: 'run.start' });
    down = true;
    for (let i = 0; i < 3; i++) auditor.record({ type: 'tool.call', tool: { name: 't', arguments: { i } } });
    const flushed = auditor.flush();
    const durable = auditor.recordDurable({ type: 'run.end' });
    durable.catch(() => {});
    flushed.catch(() => {});
    const callsBefore = sink.calls;
    await expect(auditor.close()).rejects.toThrow(/close\(\): 4 event\(s\) \(seq 1\.\.4\) are not durable: the ledger failed 5 times in a row after close\(\) was called \(disk gone\)/);
    expect(sink.calls - callsBefore).toBeGreaterThanOrEqual(5);
    await expect(flushed).rejects.toThrow(/not durable/);
    await expect(durable).rejects.toThrow(/not durable|ledger append failed/);
    await expect(auditor.flush()).rejects.toThrow(/seq 1\.\.4/);
    expect(seqsOnDisk(dir, 'bot')).toEqual([0]);
    // The stream is released: another writer may open it.
    const again = createAuditor({ agent: { id: 'bot' }, sink: fileLedger({ dir, signingKey: key.signerKey }) });
    await again.recordDurable({ type: 'run.start' });
    await again.close();
    expect((await verifyLedger(dir)).ok).toBe(true);
  });

  it.each([['at once'], ['after-failure']])('settles even when nothing else keeps the process alive (the retries hold it open once close() was called): close() %s', (when) => {
    const fixture = path.join(path.dirname(new URL(import.meta.url).pathname), 'fixtures', 'close-on-dead-ledger.mjs');
    const run = spawnSync(process.execPath, [fixture, when], { encoding: 'utf8', timeout: 60_000 });
    expect({ status: run.status, stdout: run.stdout }).toEqual({ status: 0, stdout: expect.stringMatching(/^close rejected: close\(\): 3 event\(s\) \(seq 0\.\.2\) are not durable: the ledger failed 5 times in a row after close\(\) was called \(disk gone\)\n$/) });
  });

  it('a ledger that recovers while close() retries: close() resolves with everything durable', async () => {
    const dir = newDir();
    let failures = 3;
    const sink = controlledSink(fileLedger({ dir, signingKey: key.signerKey }), {
      before: () => {
        if (failures > 0) {
          failures--;
          throw new Error('blip');
        }
      },
    });
    const auditor = createAuditor({ agent: { id: 'bot' }, sink, onError: () => {} });
    for (let i = 0; i < 3; i++) auditor.record({ type: 'tool.call', tool: { name: 't', arguments: { i } } });
    await auditor.close();
    expect(seqsOnDisk(dir, 'bot')).toEqual(range(3));
  });
});
