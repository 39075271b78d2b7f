import { getPriority } from 'node:os';
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAuditor } from './auditor.js';
import { poolKey } from './fixtures/pool.js';
import { threads } from './fixtures/threads.js';
import { fileLedger } from '../ledger/file-ledger.js';
import { createRedactor } from '../redaction/redactor.js';
import { platformThreadIds, readTasks, v8PoolSize, type TaskInfo } from './platform-threads.js';
import { sealingWorkerTestHooks as poolStartHooks } from './pipeline.js';

// These tests are about the pool: its threads start with the first event (by default after 256).
beforeAll(() => {
  poolStartHooks.startAfterEvents = 0;
});
afterAll(() => {
  delete poolStartHooks.startAfterEvents;
});

describe('v8PoolSize', () => {
  it('is 4 unless an option says otherwise, and the last option wins', () => {
    expect(v8PoolSize([], undefined, 8)).toBe(4);
    expect(v8PoolSize(['--v8-pool-size=2'], undefined, 8)).toBe(2);
    expect(v8PoolSize(['--v8-pool-size', '3'], undefined, 8)).toBe(3);
    expect(v8PoolSize([], '--max-old-space-size=100 --v8-pool-size=6', 8)).toBe(6);
    // execArgv comes after NODE_OPTIONS on the command line Node builds.
    expect(v8PoolSize(['--v8-pool-size=1'], '--v8-pool-size=6', 8)).toBe(1);
    expect(v8PoolSize(['--v8-pool-size=x'], undefined, 8)).toBe(4);
  });

  it('below 1 is the available parallelism minus one, at least 1', () => {
    expect(v8PoolSize(['--v8-pool-size=0'], undefined, 8)).toBe(7);
    expect(v8PoolSize(['--v8-pool-size=0'], undefined, 1)).toBe(1);
  });
});

describe('platformThreadIds', () => {
  // As /proc showed a Node 20 process here: main at tick 1000, bootstrap done 87 ms later, the
  // platform's five threads at tick 1007, a libuv thread at 1009, a Worker at 1011.
  const tasks: TaskInfo[] = [
    { tid: 500, startTicks: 1000 },
    { tid: 506, startTicks: 1009 },
    { tid: 501, startTicks: 1007 },
    { tid: 502, startTicks: 1007 },
    { tid: 503, startTicks: 1007 },
    { tid: 507, startTicks: 1011 },
    { tid: 504, startTicks: 1007 },
    { tid: 505, startTicks: 1007 },
  ];

  it('takes the first 1 + size threads after the main one, in start order', () => {
    expect(platformThreadIds(tasks, 500, 87, 4)).toEqual([501, 502, 503, 504, 505]);
    expect(platformThreadIds(tasks, 500, 87, 2)).toEqual([501, 502, 503]);
  });

  it('orders by start time before thread id (ids wrap around)', () => {
    const wrapped = tasks.map((t) => (t.tid === 506 ? { tid: 3, startTicks: 1009 } : t));
    expect(platformThreadIds(wrapped, 500, 87, 5)).toEqual([501, 502, 503, 504, 505, 3]);
    const early = [...tasks, { tid: 2, startTicks: 1001 }];
    expect(platformThreadIds(early, 500, 87, 4)).toEqual([2, 501, 502, 503, 504]);
  });

  it('takes none when one of them started after the bootstrap (an application thread)', () => {
    // With 6 expected, the Worker at tick 1011 (110 ms) would be taken: bootstrap ended at 87 ms.
    expect(platformThreadIds(tasks, 500, 87, 6)).toEqual([]);
    // Tick 1009 is within a tick of 87 ms (1000 + 9 + 1 = 1010 at the latest).
    expect(platformThreadIds(tasks, 500, 87, 5)).toEqual([501, 502, 503, 504, 505, 506]);
    expect(platformThreadIds(tasks, 500, 70, 5)).toEqual([]);
  });

  it('takes none when there are too few threads, no main thread or no bootstrap time', () => {
    expect(platformThreadIds(tasks.slice(0, 4), 500, 87, 4)).toEqual([]);
    expect(platformThreadIds(tasks, 999, 87, 4)).toEqual([]);
    expect(platformThreadIds(tasks, 500, 0, 4)).toEqual([]);
    expect(platformThreadIds(tasks, 500, Number.NaN, 4)).toEqual([]);
  });
});

/** nice value of each thread of this process, by thread id. */
const niceOfThreads = (): Map<number, number> => new Map(threads().map((t) => [t.tid, t.nice]));

describe.runIf(process.platform === 'linux')('the sealing pool on Linux', () => {
  it('lowers V8 platform threads to its nice value, and the host thread keeps its priority', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aa-nice-'));
    const before = niceOfThreads();
    const auditor = createAuditor({ agent: { id: 'nice' }, sink: fileLedger({ dir }), redactor: createRedactor({ pseudonymKey: poolKey() }) });
    for (let i = 0; i < 20; i++) auditor.record({ type: 'run.start', attrs: { i } });
    await auditor.flush();
    const after = niceOfThreads();
    await auditor.close();
    rmSync(dir, { recursive: true, force: true });
    // The platform's threads: the first five after the main thread by start time (Node 20-24).
    const startOf = new Map(threads().map((t) => [t.tid, t.start]));
    const stat = (tid: number) => startOf.get(tid) as number;
    const platform = [...before.keys()].filter((tid) => tid !== process.pid).sort((a, b) => stat(a) - stat(b) || a - b).slice(0, 5);
    expect(platform).toHaveLength(5);
    // Never raised: under `nice -n 15` they stay at 15.
    const expected = Math.max(10, before.get(process.pid) as number);
    for (const tid of platform) expect(after.get(tid), `thread ${tid}`).toBe(expected);
    expect(getPriority(process.pid)).toBe(before.get(process.pid));
    expect(after.get(process.pid)).toBe(before.get(process.pid));
    // Threads the platform did not start keep their priority (libuv's, the test runner's).
    const others = [...before.keys()].filter((tid) => tid !== process.pid && !platform.includes(tid) && after.has(tid));
    for (const tid of others) expect(after.get(tid), `thread ${tid}`).toBe(before.get(tid));
  });
});

describe('readTasks', () => {
  it('reads field 22 after the command name, whatever the name holds, not in id order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aa-task-'));
    // proc_pid_stat(5): pid (comm) state ppid ... field 22 starttime. A command name may hold
    // spaces and ") ", so fields are counted from the last ")".
    const stat = (tid: number, comm: string, start: number) => {
      const after = ['S', ...Array.from({ length: 18 }, (_, i) => String(i + 4)), String(start), '999', '77'];
      mkdirSync(join(dir, String(tid)));
      writeFileSync(join(dir, String(tid), 'stat'), `${tid} (${comm}) ${after.join(' ')}\n`);
    };
    stat(300, 'node', 1000);
    stat(310, 'a) b (c) d', 1009);
    stat(305, 'node', 1011);
    stat(320, 'x', 1007);
    mkdirSync(join(dir, '330')); // ended: no stat
    const tasks = readTasks(dir).sort((a, b) => a.tid - b.tid);
    rmSync(dir, { recursive: true, force: true });
    expect(tasks).toEqual([
      { tid: 300, startTicks: 1000 },
      { tid: 305, startTicks: 1011 },
      { tid: 310, startTicks: 1009 },
      { tid: 320, startTicks: 1007 },
    ]);
    expect(platformThreadIds(tasks, 300, 120, 1)).toEqual([320, 310]);
  });

  it.runIf(process.platform === 'linux')('reads this process by default: its main thread is the process id', () => {
    const tasks = readTasks();
    expect(tasks.map((t) => t.tid)).toContain(process.pid);
    expect(tasks.every((t) => Number.isSafeInteger(t.startTicks))).toBe(true);
  });
});
