import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, beforeAll } from 'vitest';
import { createAuditor, type Auditor } from './auditor.js';
import { sealingWorkerTestHooks, shardOfKey } from './pipeline.js';
import { crashingSealer, patient, poolKey, verified, workerReady } from './fixtures/pool.js';
import { memoryKey } from '../redaction/session-memory.js';
import { createRedactor } from '../redaction/redactor.js';
import { fileLedger } from '../ledger/file-ledger.js';
import { readEvents } from '../ledger/read.js';
import { verifyLedger } from '../ledger/verify.js';
import { RecordError } from '../spec/errors.js';
import { memoryLedger } from '../test.js';
import type { AuditEvent, RecordInput, UnsealedEvent } from '../spec/event.js';
import { sealLine } from './seal.js';

// These tests are about the pool: its threads start with the first event (by default after 256).
beforeAll(() => {
  sealingWorkerTestHooks.startAfterEvents = 0;
});
afterAll(() => {
  delete sealingWorkerTestHooks.startAfterEvents;
});

// The sealing worker (issue 19): every event is redacted and sealed in a worker thread, and the
// auditor keeps every guarantee it gave when all of it ran on the host's thread.
const here = path.dirname(fileURLToPath(import.meta.url));
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-pipeline-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const key = poolKey;
const agent = { id: 'pipeline' };

function input(i: number): RecordInput {
  return {
    type: 'tool.result',
    tool: { name: 'crm.lookup', result: { row: i, owner: `Mail zq${i}@example.org or call +44 20 7946 0${String(i % 1000).padStart(3, '0')}`, iban: 'DE89 3704 0044 0532 0130 00' } },
  };
}


/** seq 0..n-1 with no gap, and the events in the order record() numbered them. */
function expectInOrder(events: AuditEvent[], receipts: Array<{ id: string; seq: number }>): void {
  expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i));
  const byId = new Map(events.map((e) => [e.id, e.seq]));
  for (const r of receipts) expect(byId.get(r.id)).toBe(r.seq);
}

/** Threads of this process (Linux): a worker thread is one of them while it runs. */
const threads = (): number => fs.readdirSync('/proc/self/task').length;

describe('sealing worker', () => {
  it('seals every event off the host thread, in record order with seq without gaps, storing what the host thread stores', async () => {
    const stored: AuditEvent[][] = [];
    for (const redactionWorker of [true, false]) {
      const ledger = memoryLedger();
      const errors: Error[] = [];
      const ready = redactionWorker ? workerReady() : undefined;
      const auditor = createAuditor({ agent, sink: ledger, redactor: createRedactor({ pseudonymKey: key() }), redactionWorker, onError: (e) => errors.push(e) });
      // The first events are sealed here while the worker starts; then it takes every batch.
      const receipts = [auditor.run({ session: 's0' }, () => auditor.record(input(-1)))];
      await ready;
      for (let i = 0; i < 1500; i++) receipts.push(auditor.run({ session: `s${i % 7}` }, () => auditor.record(input(i))));
      await auditor.close();
      expect(errors).toEqual([]);
      const events = ledger.events();
      expect(events).toHaveLength(1501);
      expectInOrder(events, receipts);
      expect(await verified(ledger, agent.id)).toBe(true);
      if (redactionWorker) expect(auditor.stats().sealedInWorker).toBeGreaterThanOrEqual(1500);
      else expect(auditor.stats().sealedInWorker).toBe(0);
      expect(JSON.stringify(events)).not.toMatch(/@example\.org|20 7946 0|DE89 3704/);
      stored.push(events);
    }
    const content = (e: AuditEvent) => ({ tool: e.tool, data: e.data, compliance: e.compliance, session: e.session });
    expect((stored[0] as AuditEvent[]).map(content)).toEqual((stored[1] as AuditEvent[]).map(content));
  });

  it('flush() resolves once everything recorded before it is durable; recordDurable() once its event is, and rejects while the ledger fails', async () => {
    const ledger = memoryLedger();
    const ready = workerReady();
    const auditor = createAuditor({ agent, sink: ledger, redactor: createRedactor({ pseudonymKey: key() }), onError: () => {} });
    auditor.record({ type: 'run.start' });
    await ready;
    const before = Array.from({ length: 1000 }, (_, i) => auditor.record(input(i)));
    const flushed = auditor.flush();
    const after = Array.from({ length: 1000 }, (_, i) => auditor.record(input(i)));
    await flushed;
    const ids = new Set(ledger.events().map((e) => e.id));
    for (const r of before) expect(ids.has(r.id)).toBe(true);
    expect(ledger.events().length).toBeLessThanOrEqual(1 + before.length + after.length);

    const durable = await auditor.recordDurable(input(7));
    expect(ledger.events().some((e) => e.id === durable.id && e.seq === durable.seq)).toBe(true);

    ledger.failWith(new Error('disk full'));
    await expect(auditor.recordDurable(input(8))).rejects.toBeInstanceOf(RecordError);
    const pending = auditor.record(input(9));
    ledger.failWith(undefined);
    await auditor.flush();
    expect(ledger.events().some((e) => e.id === pending.id)).toBe(true);
    expect(auditor.stats().sealedInWorker).toBeGreaterThan(2000);
    await auditor.close();
    expect(await verified(ledger, agent.id)).toBe(true);
  });

  it('masks what the worker could not redact, reports it, and chains a failure notice after it', async () => {
    const ledger = memoryLedger();
    const errors: Error[] = [];
    const ready = workerReady();
    const auditor = createAuditor({ agent, sink: ledger, redactor: createRedactor({ pseudonymKey: key() }), onError: (e) => errors.push(e) });
    auditor.record({ type: 'run.start' });
    await ready;
    // Capture mode `full` needs a vault: the redactor reports it and keeps the redacted form.
    const r = auditor.record({ type: 'message.user', content: { input: 'mail zq@example.org' }, capture: 'full' } as RecordInput);
    await auditor.close();
    expect(auditor.stats().sealedInWorker).toBeGreaterThan(0);
    expect(errors.map((e) => e.message).join('\n')).toMatch(new RegExp(`redaction partly failed for event ${r.id}: capture mode full needs a vault`));
    expect(auditor.stats().redactionFailures).toBeGreaterThan(0);
    const events = ledger.events();
    expect(JSON.stringify(events)).not.toContain('zq@example.org');
    expect(auditor.stats().sealedInWorker).toBeGreaterThanOrEqual(2);
    const notice = events.find((e) => e.type === 'error' && e.source === 'agent-audit');
    expect(notice?.attrs).toMatchObject({ reason: 'redaction_partly_failed', eventId: r.id });
    expect(notice?.seq).toBeGreaterThan(r.seq);
    expect(await verified(ledger, agent.id)).toBe(true);
  });

  describe('a worker that dies', () => {
    const crashing = crashingSealer;

    function start(): { auditor: Auditor; ledger: ReturnType<typeof memoryLedger>; errors: Error[]; receipts: Array<{ id: string; seq: number }> } {
      sealingWorkerTestHooks.entry = crashing;
      const ledger = memoryLedger();
      const errors: Error[] = [];
      const auditor = createAuditor({ agent, sink: ledger, redactor: createRedactor({ pseudonymKey: key() }), onError: (e) => errors.push(e) });
      return { auditor, ledger, errors, receipts: [] };
    }

    it('hands its batches back; a new worker continues the chain from the last sealed event, nothing lost or reordered', async () => {
      try {
        const flag = path.join(root, 'crash-once');
        fs.writeFileSync(flag, '');
        const { auditor, ledger, errors, receipts } = start();
        let ready = workerReady();
        receipts.push(auditor.record(input(-1)));
        await ready;
        for (let i = 0; i < 400; i++) receipts.push(auditor.record(input(i)));
        await auditor.flush();
        ready = workerReady();
        for (let i = 0; i < 600; i++) receipts.push(auditor.record(i === 300 ? { type: 'message.user', content: { input: `CRASH:${flag}` } } : input(i)));
        await auditor.flush();
        await ready; // a new worker started after the crash
        const before = auditor.stats().sealedInWorker;
        for (let i = 0; i < 300; i++) receipts.push(auditor.record(input(i)));
        await auditor.close();
        expect(fs.existsSync(flag)).toBe(false); // it did crash
        expect(errors.map((e) => e.message).join('\n')).toMatch(/the sealing worker failed with \d+ events in its hands .*exited with code 7.*none is lost: a new worker takes over/);
        expect(auditor.stats().sealedInWorker - before).toBe(300);
        const events = ledger.events();
        expect(events).toHaveLength(1301);
        expectInOrder(events, receipts);
        expect(await verified(ledger, agent.id)).toBe(true);
        expect(JSON.stringify(events)).not.toMatch(/@example\.org/);
      } finally {
        delete sealingWorkerTestHooks.entry;
      }
    });

    it('after three failures the host thread seals the rest, in order', async () => {
      let opened: Auditor | undefined;
      const flag = path.join(root, 'crash-always');
      process.env.AGENT_AUDIT_TEST_CRASH_FLAG = flag;
      try {
        const { auditor, ledger, errors, receipts } = start();
        opened = auditor;
        const ready = workerReady();
        receipts.push(auditor.record(input(-1)));
        await ready;
        receipts.push(auditor.record({ type: 'message.user', content: { input: 'CRASHALL' } }));
        // Every worker started from now on dies on its first batch: keep recording until the third.
        // (Bounded by time, not rounds: on a loaded machine a new worker may take seconds to start,
        // and the host seals meanwhile.)
        const failures = () => errors.filter((e) => /the sealing worker failed/.test(e.message)).length;
        const deadline = Date.now() + 120_000;
        while (Date.now() < deadline && failures() < 3) {
          for (let i = 0; i < 20; i++) receipts.push(auditor.record(input(i)));
          await auditor.flush();
        }
        expect(failures()).toBe(3);
        expect(errors.at(-1)?.message).toMatch(/redacted and sealed on the host's thread from now on/);
        const inWorker = auditor.stats().sealedInWorker;
        for (let i = 0; i < 200; i++) receipts.push(auditor.record(input(i)));
        await auditor.close();
        expect(auditor.stats().sealedInWorker).toBe(inWorker);
        expect(failures()).toBe(3);
        const events = ledger.events();
        expect(events).toHaveLength(receipts.length);
        expectInOrder(events, receipts);
        expect(await verified(ledger, agent.id)).toBe(true);
        expect(JSON.stringify(events)).not.toMatch(/@example\.org/);
      } finally {
        // A failed run must not leave an auditor restarting workers (their ready hook would fire for the next test).
        await opened?.close().catch(() => undefined);
        delete sealingWorkerTestHooks.entry;
        delete process.env.AGENT_AUDIT_TEST_CRASH_FLAG;
      }
    }, 180_000);
  });

  it.runIf(process.platform === 'linux')('close() with events in flight stores them all and leaves no worker thread running', async () => {
    await fs.promises.readdir(root); // start libuv's pool first: its threads are not the worker's
    const baseline = threads();
    const dir = path.join(root, 'close');
    const ready = workerReady();
    const auditor = createAuditor({ agent, sink: fileLedger({ dir, keyDir: path.join(root, 'close-keys') }), redactor: createRedactor({ pseudonymKey: key() }) });
    const receipts = [auditor.record(input(-1))];
    await ready;
    for (let i = 0; i < 3000; i++) receipts.push(auditor.record(input(i)));
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(threads()).toBeGreaterThan(baseline); // the worker runs, with events in its hands
    await auditor.close();
    expect(threads()).toBe(baseline);
    const events: AuditEvent[] = [];
    for await (const e of readEvents(dir, { stream: agent.id })) events.push(e);
    expect(events).toHaveLength(3001);
    expectInOrder(events, receipts);
    expect(auditor.stats().sealedInWorker).toBeGreaterThanOrEqual(3000);
    expect((await verifyLedger(dir)).ok).toBe(true);
    expect(auditor.record(input(1)).seq).toBe(-1);
  });

  it('loses no event acknowledged by recordDurable() across SIGKILLs while the worker holds batches', async () => {
    const dir = path.join(root, 'kill');
    const keyDir = path.join(root, 'kill-keys');
    const acknowledged = new Map<number, string>();
    for (let run = 0; run < 4; run++) {
      const where = await new Promise<string>((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'fixtures', 'durable-writer.mts'), dir, keyDir, 'killable'], { stdio: ['ignore', 'pipe', 'pipe'] });
        let buffer = '';
        let stderr = '';
        let ready = '';
        let thisRun = 0;
        child.stderr.on('data', (d) => (stderr += d));
        child.stdout.on('data', (chunk: Buffer) => {
          buffer += chunk.toString();
          let nl;
          while ((nl = buffer.indexOf('\n')) >= 0) {
            const line = buffer.slice(0, nl);
            buffer = buffer.slice(nl + 1);
            if (line.startsWith('READY ')) {
              ready = line.slice(6);
            } else if (line.startsWith('D ')) {
              const [, seq, id] = line.split(' ');
              acknowledged.set(Number(seq), id as string);
              // The kill comes after a number of acknowledgements that differs per run, not after a
              // time: a slow machine still gets a crash at a different place of each run (the writer
              // is busy the whole time, so any moment has batches in the pool's hands).
              if (++thisRun === 40 + run * 25) child.kill('SIGKILL');
            }
          }
        });
        child.on('error', reject);
        child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve(ready) : reject(new Error(`writer exited with ${code}: ${stderr}`))));
      });
      expect(where).toBe('worker');
      // A new writer repairs any torn tail and resumes the chain.
      const auditor = createAuditor({ agent: { id: 'killable' }, stream: 'killable', sink: fileLedger({ dir, keyDir }) });
      await auditor.close();
      expect((await verifyLedger(dir)).ok).toBe(true);
    }
    const stored = new Map<number, string>();
    for await (const event of readEvents(dir, { stream: 'killable' })) stored.set(event.seq, event.id);
    let lost = 0;
    for (const [seq, id] of acknowledged) if (stored.get(seq) !== id) lost++;
    expect(acknowledged.size).toBeGreaterThan(100);
    expect(lost).toBe(0);
  }, 120_000);
});

describe('sealing pool: sessions shared out over worker threads', () => {
  it('routes by session, else by trace, with the same key always on the same thread and the keys spread over all', () => {
    const base = { v: 1, id: 'x', ts: 't', stream: 's', seq: 0, type: 'tool.call', agent, source: 'app', trace: { traceId: 'ab'.repeat(16), spanId: 'cd'.repeat(8) } };
    expect(memoryKey('s1', base.trace.traceId)).toBe('s\u0000s1');
    expect(memoryKey('', base.trace.traceId)).toBe(`t\u0000${'ab'.repeat(16)}`);
    expect(memoryKey(undefined, '')).toBeUndefined();
    // FNV-1a 32 (the published test value for "a" is 0xe40c292c).
    expect(shardOfKey('a', 2 ** 31)).toBe(0xe40c292c % 2 ** 31);
    for (const shards of [2, 3, 5]) {
      const used = new Set<number>();
      for (let i = 0; i < 200; i++) {
        const shard = shardOfKey(`s\u0000sess-${i}`, shards);
        expect(shard).toBe(shardOfKey(`s\u0000sess-${i}`, shards));
        expect(shard).toBeGreaterThanOrEqual(0);
        expect(shard).toBeLessThan(shards);
        used.add(shard);
      }
      expect(used.size).toBe(shards);
    }
  });

  it('masks a value where it recurs later in its session, whichever thread holds the session, and stores what one thread stores', async () => {
    // Each session names its patient once in a structured field; later events of the session
    // repeat the name in free text, where no detector would find it (a made-up name).
    const patient = (k: number) => `Quorvin Zed${String.fromCharCode(97 + (k % 26))}${k}`;
    const inputs: Array<{ session: string; input: RecordInput }> = [];
    for (let k = 0; k < 24; k++) inputs.push({ session: `ward-${k}`, input: { type: 'tool.call', tool: { name: 'ehr.open', arguments: { patient_name: patient(k) } } } });
    for (let round = 0; round < 30; round++) {
      for (let k = 0; k < 24; k++) inputs.push({ session: `ward-${k}`, input: { type: 'message.assistant', content: { output: `Done for ${patient(k)} (round ${round}).` } } });
    }
    const stored: AuditEvent[][] = [];
    for (const redactionWorker of [{ threads: 3 }, { threads: 1 }, false] as const) {
      const ledger = memoryLedger();
      const errors: Error[] = [];
      const ready = redactionWorker ? workerReady() : undefined;
      const auditor = createAuditor({ agent, sink: ledger, redactor: createRedactor({ pseudonymKey: key() }), redactionWorker, onError: (e) => errors.push(e) });
      const receipts = [auditor.record({ type: 'run.start' })];
      await ready;
      for (const { session, input: one } of inputs) receipts.push(auditor.run({ session }, () => auditor.record(one)));
      await auditor.close();
      expect(errors).toEqual([]);
      const events = ledger.events();
      expectInOrder(events, receipts);
      expect(await verified(ledger, agent.id)).toBe(true);
      if (redactionWorker) expect(auditor.stats().sealedInWorker).toBe(inputs.length);
      const text = JSON.stringify(events);
      for (let k = 0; k < 24; k++) expect(text).not.toContain(patient(k));
      stored.push(events);
    }
    const content = (e: AuditEvent) => ({ tool: e.tool, content: e.content, data: e.data, session: e.session });
    expect((stored[0] as AuditEvent[]).map(content)).toEqual((stored[2] as AuditEvent[]).map(content));
    expect((stored[1] as AuditEvent[]).map(content)).toEqual((stored[2] as AuditEvent[]).map(content));
    // Three pipelines, two of them starting threads that load the redactor: at a load of 30 on two
    // cores under nice 10 this took over 60 s (2026-12-03); the bound is for a hang, not a speed.
  }, 240_000);

  it('reports each redaction failure for its own event when failures come from several threads in one batch', async () => {
    const ledger = memoryLedger();
    const errors: Error[] = [];
    const ready = workerReady();
    const auditor = createAuditor({ agent, sink: ledger, redactor: createRedactor({ pseudonymKey: key() }), redactionWorker: { threads: 2 }, onError: (e) => errors.push(e) });
    auditor.record({ type: 'run.start' });
    await ready;
    const failing: string[] = [];
    for (let i = 0; i < 60; i++) {
      // Capture mode `full` needs a vault: the redactor reports it and keeps the redacted form.
      const full = i % 7 === 3;
      const r = auditor.run({ session: `s-${i % 9}` }, () => auditor.record({ type: 'message.user', content: { input: `mail zq${i}@example.org` }, ...(full ? { capture: 'full' } : {}) } as RecordInput));
      if (full) failing.push(r.id);
    }
    await auditor.close();
    const reported = errors.map((e) => /redaction partly failed for event (\S+):/.exec(e.message)?.[1]).filter((id): id is string => id !== undefined);
    expect(reported).toEqual(failing);
    const events = ledger.events();
    const notices = events.filter((e) => e.type === 'error' && e.source === 'agent-audit').map((e) => (e.attrs as { eventId: string }).eventId);
    expect(notices).toEqual(failing);
    expect(JSON.stringify(events)).not.toContain('@example.org');
    expect(await verified(ledger, agent.id)).toBe(true);
  });

  it('hands what the host learned while the threads started to the thread of each session', async () => {
    const ledger = memoryLedger();
    const errors: Error[] = [];
    const ready = workerReady();
    const auditor = createAuditor({ agent, sink: ledger, redactor: createRedactor({ pseudonymKey: key() }), redactionWorker: { threads: 2 }, onError: (e) => errors.push(e) });
    // Recorded before the threads are ready: the host redacts these and remembers the names.
    for (let k = 0; k < 12; k++) auditor.run({ session: `bed-${k}` }, () => auditor.record({ type: 'tool.call', tool: { name: 'ehr.open', arguments: { patient_name: patient(k) } } }));
    await auditor.flush();
    const inWorkerBefore = auditor.stats().sealedInWorker;
    await ready;
    for (let k = 0; k < 12; k++) auditor.run({ session: `bed-${k}` }, () => auditor.record({ type: 'message.assistant', content: { output: `Discharge letter for ${patient(k)} is ready.` } }));
    await auditor.close();
    expect(errors).toEqual([]);
    expect(inWorkerBefore).toBe(0);
    expect(auditor.stats().sealedInWorker).toBe(12);
    const text = JSON.stringify(ledger.events());
    for (let k = 0; k < 12; k++) expect(text).not.toContain(patient(k));
    expect(await verified(ledger, agent.id)).toBe(true);
  });

  it('seals an event of over 256 Ki characters (hashed on the host in slices) exactly as one thread does', async () => {
    // 12 pages of 30,000 characters (strings are cut at 32 Ki), non-ASCII at the ends of some slices.
    const big = (i: number) => ({ type: 'tool.result', tool: { name: 'fetch', result: { pages: Array.from({ length: 12 }, (_, p) => `page ${p} of ${i}: é😀 `.repeat(1500).slice(0, 30_000)) } } }) as RecordInput;
    const stored: AuditEvent[][] = [];
    const lines: string[][] = [];
    for (const redactionWorker of [{ threads: 2 }, false] as const) {
      const ledger = memoryLedger();
      const errors: Error[] = [];
      const ready = redactionWorker ? workerReady() : undefined;
      const auditor = createAuditor({ agent, sink: ledger, redactor: createRedactor({ pseudonymKey: key() }), redactionWorker, clock: () => 1_700_000_000_000, onError: (e) => errors.push(e) });
      auditor.record({ type: 'run.start' });
      await ready;
      for (let i = 0; i < 6; i++) auditor.run({ session: `big-${i % 3}` }, () => auditor.record(big(i)));
      await auditor.close();
      expect(errors).toEqual([]);
      if (redactionWorker) expect(auditor.stats().sealedInWorker).toBe(6);
      expect(await verified(ledger, agent.id)).toBe(true);
      expect(Math.min(...ledger.lines(agent.id).slice(1).map((l) => l.length))).toBeGreaterThan(256 * 1024);
      stored.push(ledger.events());
      lines.push(ledger.lines(agent.id));
    }
    const content = (e: AuditEvent) => ({ tool: e.tool, data: e.data });
    expect((stored[0] as AuditEvent[]).map(content)).toEqual((stored[1] as AuditEvent[]).map(content));
    // Each stored line is what sealLine gives for its event (the same bytes, hash and place of prev).
    for (const line of lines[0] as string[]) expect(sealLine(JSON.parse(line) as UnsealedEvent, (JSON.parse(line) as AuditEvent).prev).line === line).toBe(true);
  });

  it.runIf(process.platform === 'linux')('runs its threads at nice 10 by default (the host thread first), at the nice asked, never above the process', async () => {
    const niceOfTasks = (): Map<string, number> =>
      new Map(
        fs.readdirSync('/proc/self/task').map((tid) => {
          const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
          // Fields after the command name (in parentheses): state is field 3, nice is field 19.
          return [tid, Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16])] as const;
        }),
      );
    const own = niceOfTasks().get(String(process.pid)) as number;
    // A thread's priority is only ever lowered: under `nice -n 19` the threads stay at 19.
    // (V8's platform threads are lowered too, once per process: platform-threads.test.ts.)
    for (const [options, asked] of [[{ threads: 2 }, 10], [{ threads: 2, nice: 3 }, 3], [{ threads: 2, nice: 0 }, 0]] as const) {
      const expected = Math.max(own, asked);
      const before = niceOfTasks();
      const ready = workerReady();
      const auditor = createAuditor({ agent, sink: memoryLedger(), redactor: createRedactor({ pseudonymKey: key() }), redactionWorker: options });
      auditor.record({ type: 'run.start' });
      await ready;
      const after = niceOfTasks();
      const started = [...after].filter(([tid]) => !before.has(tid)).map(([, nice]) => nice);
      // The pool's two threads at the nice asked; at 0, every thread started with it keeps the
      // process's priority (libuv's threads may start with it too).
      if (expected !== own) expect(started.filter((n) => n === expected)).toHaveLength(2);
      else expect(started.length >= 2 && started.every((n) => n === own)).toBe(true);
      expect(after.get(String(process.pid))).toBe(own);
      await auditor.close();
    }
  });
});
