// SIGKILL of the shipping process mid-batch, then restart: no loss, no duplicates at the sink.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { createAuditor, fileLedger, verifyEvents, type AuditEvent } from '@agent-audit/core';
import { createReceiver, firstCopies, repeatedIds } from './receiver.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHILD = fileURLToPath(new URL('./fixtures/ship-child.ts', import.meta.url));
const TOTAL = 30_000;
const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

function startChild(dir: string, url: string): { child: ChildProcess; exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir, url, '250'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c) => (stdout += c));
  child.stderr!.on('data', (c) => (stderr += c));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, exit };
}

it('resumes after SIGKILL mid-batch with no loss and no duplicates', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'sigkill-'));
  const keyDir = await mkdtemp(join(tmpdir(), 'sigkill-keys-'));
  dirs.push(dir, keyDir);
  const ledger = fileLedger({ dir, keyDir });
  const auditor = createAuditor({ agent: { id: 'kill-bot' }, sink: ledger });
  for (let i = 0; i < TOTAL; i++) {
    auditor.record({ type: 'tool.call', tool: { name: 'lookup', arguments: { i } } });
    if (i % 5000 === 4999) await auditor.flush();
  }
  await auditor.close();

  const receiver = await createReceiver();
  await receiver.listen();
  const firstSeqOfRun: number[] = [];
  const perRun: number[] = [];
  let run = 0;
  let current: ChildProcess | undefined;
  let requestsInRun = 0;
  receiver.onBatch = (events: AuditEvent[]) => {
    requestsInRun++;
    if (requestsInRun === 1) firstSeqOfRun[run] = events[0]!.seq;
    perRun[run] = (perRun[run] ?? 0) + events.length;
    // Run 0: killed while the sink holds the batch (stored, not yet acknowledged).
    if (run === 0 && requestsInRun === 9) {
      current!.kill('SIGKILL');
      return false;
    }
    // Run 1: killed right after the sink acknowledged (the cursor write may or may not have happened).
    if (run === 1 && requestsInRun === 17) setImmediate(() => current!.kill('SIGKILL'));
    return true;
  };

  const outcomes = [];
  for (run = 0; run < 3; run++) {
    requestsInRun = 0;
    const started = startChild(dir, receiver.url);
    current = started.child;
    outcomes.push(await started.exit);
  }
  await receiver.close();

  expect(outcomes[0]).toMatchObject({ signal: 'SIGKILL' });
  expect(outcomes[1]).toMatchObject({ signal: 'SIGKILL' });
  expect(outcomes[2]!.code).toBe(0);
  const cursor = JSON.parse(await readFile(join(dir, '.ship', encodeURIComponent(`http:127.0.0.1:${receiver.port}`), 'kill-bot.cursor.json'), 'utf8'));
  // Every copy was kept; the sink's store is the first copy of each id in arrival order (never sorted).
  const stored = firstCopies(receiver.received);
  const result = await verifyEvents(stored, { verifierKeys: [ledger.verifierKey] });
  console.log(
    `[sigkill] ledger ${TOTAL} events; run 1 killed mid-batch after ${perRun[0]} delivered (from seq ${firstSeqOfRun[0]}); ` +
      `run 2 resumed at seq ${firstSeqOfRun[1]}, killed after ${perRun[1]} delivered; run 3 resumed at seq ${firstSeqOfRun[2]}, delivered ${perRun[2]}; ` +
      `at sink ${stored.length} ids in ${receiver.received.length} copies (re-sent ${receiver.received.length - stored.length}); cursor ${cursor.nextSeq}; chain ok=${result.ok}`,
  );
  expect(firstSeqOfRun[0]).toBe(0);
  // Run 1 resumes at the batch that was in flight when it died: nothing skipped, nothing earlier re-sent.
  expect(firstSeqOfRun[1]).toBe(8 * 250);
  expect(firstSeqOfRun[2]).toBeGreaterThanOrEqual(firstSeqOfRun[1]! + 16 * 250);
  expect(firstSeqOfRun[2]).toBeLessThanOrEqual(firstSeqOfRun[1]! + 17 * 250);
  expect(stored).toHaveLength(TOTAL);
  // Re-sent copies: the batch held when run 1 died (never acknowledged) and at most the batch
  // acknowledged just before run 2 died (its cursor write may not have happened); nothing else.
  const repeated = repeatedIds(receiver.received);
  expect(receiver.received.length - TOTAL).toBeLessThanOrEqual(2 * 250);
  expect([...repeated.values()].every((n) => n === 2)).toBe(true);
  const resentSeqs = stored.filter((e) => repeated.has(e.id)).map((e) => e.seq);
  for (const seq of resentSeqs) expect(seq >= 8 * 250 && seq < 9 * 250 ? 'held when run 1 died' : seq >= firstSeqOfRun[2]! && seq < firstSeqOfRun[2]! + 250 ? 'acknowledged before run 2 died' : `seq ${seq}`).not.toMatch(/^seq /);
  expect(cursor.nextSeq).toBe(TOTAL);
  expect(result).toMatchObject({ ok: true, events: TOTAL });
}, 180_000);
