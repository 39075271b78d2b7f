/**
 * Linux: the priority of V8's platform threads, the threads that run garbage collection for every
 * isolate of the process (the host's and each sealing worker's).
 *
 * The sealing pool's threads run at nice 10 (redaction-worker.ts `lowerThreadPriority`), but
 * their garbage collector's parallel and concurrent tasks run on the platform's threads, at the
 * process's own priority. On two cores those tasks took the second core from the host's thread:
 * measured here, they used more CPU than the pool's threads themselves while a large hostile
 * event was redacted, and the host's event-loop delay p99 went over 5 ms in 12 of 40 rounds
 * (1 of 40 with these threads at nice 10; docs/REDACTION.md, "Time").
 *
 * Which threads: Node's `NodePlatform` starts a delayed-task scheduler and `--v8-pool-size`
 * workers (4 by default; below 1, the available parallelism minus one, at least 1) before it
 * runs any JavaScript, and before any other thread of the process but the main one. They are
 * the first `1 + size` threads by start time, and they started before the process's bootstrap
 * completed (`performance.nodeTiming.bootstrapComplete`), so no thread the application starts
 * can be taken for one. Seen so on Node 20, 22 and 24.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, getPriority, setPriority } from 'node:os';

/** One thread of the process, from /proc/self/task/<tid>/stat. */
export interface TaskInfo {
  tid: number;
  /** Start time in clock ticks since boot (field 22 of proc_pid_stat(5)). */
  startTicks: number;
}

/** Clock ticks per second of /proc's start times (USER_HZ: 100 on every Linux ABI Node runs on). */
const TICKS_PER_SECOND = 100;

/**
 * The platform's thread pool size from the process's options: `--v8-pool-size=N` or
 * `--v8-pool-size N` in `execArgv` or NODE_OPTIONS (the last one given wins; 4 when none).
 */
export function v8PoolSize(execArgv: readonly string[], nodeOptions: string | undefined, parallelism: number): number {
  const args = [...(nodeOptions ?? '').split(/\s+/).filter((a) => a !== ''), ...execArgv];
  let size = 4;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    let text: string | undefined;
    if (arg.startsWith('--v8-pool-size=')) text = arg.slice('--v8-pool-size='.length);
    else if (arg === '--v8-pool-size') text = args[i + 1];
    if (text !== undefined && /^\d+$/.test(text)) size = Number(text);
  }
  return size >= 1 ? size : Math.max(1, parallelism - 1);
}

/**
 * The ids of the platform's threads among `tasks`, or an empty list when they cannot be told
 * apart with certainty (fewer threads than expected started before the bootstrap completed).
 *
 * @param tasks the process's threads, the main one included
 * @param mainTid the main thread's id (the process id)
 * @param bootstrapMs milliseconds from the process's start to the end of Node's bootstrap
 * @param poolSize the platform's worker count (see {@link v8PoolSize})
 */
export function platformThreadIds(tasks: readonly TaskInfo[], mainTid: number, bootstrapMs: number, poolSize: number): number[] {
  const main = tasks.find((t) => t.tid === mainTid);
  if (main === undefined || !(bootstrapMs > 0)) return [];
  const others = tasks.filter((t) => t.tid !== mainTid).sort((a, b) => a.startTicks - b.startTicks || a.tid - b.tid);
  const wanted = others.slice(0, poolSize + 1);
  if (wanted.length < poolSize + 1) return [];
  // Started before the bootstrap completed, give or take one tick of /proc's clock.
  const lastTick = main.startTicks + Math.ceil((bootstrapMs * TICKS_PER_SECOND) / 1000) + 1;
  return wanted.every((t) => t.startTicks <= lastTick) ? wanted.map((t) => t.tid) : [];
}

/**
 * The threads of a process as /proc shows them now: each folder of `taskDir` (default
 * `/proc/self/task`, this process) with the start time from its `stat` (proc_pid_stat(5)). A
 * thread that ends while it is read is left out. Throws when `taskDir` cannot be listed.
 */
export function readTasks(taskDir = '/proc/self/task'): TaskInfo[] {
  const tasks: TaskInfo[] = [];
  for (const name of readdirSync(taskDir)) {
    try {
      const stat = readFileSync(`${taskDir}/${name}/stat`, 'latin1');
      // Fields after the command name (which may hold spaces and parentheses): state is field 3.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const startTicks = Number(fields[19]);
      if (Number.isSafeInteger(startTicks)) tasks.push({ tid: Number(name), startTicks });
    } catch {
      // The thread ended while we read.
    }
  }
  return tasks;
}

let lowered = false;

/**
 * Linux: lowers the priority of V8's platform threads to `nice` (setpriority(2) per thread), once
 * per process and never raising one. Does nothing elsewhere, for `nice` 0, or when the threads
 * cannot be identified or the kernel refuses; never throws.
 *
 * @returns the thread ids it lowered (for tests and reports)
 */
export function lowerPlatformThreads(nice: number): number[] {
  if (process.platform !== 'linux' || lowered || !(nice > 0)) return [];
  lowered = true;
  const done: number[] = [];
  try {
    const size = v8PoolSize(process.execArgv, process.env.NODE_OPTIONS, availableParallelism());
    for (const tid of platformThreadIds(readTasks(), process.pid, performance.nodeTiming.bootstrapComplete, size)) {
      if (getPriority(tid) < nice) {
        setPriority(tid, nice);
        done.push(tid);
      }
    }
  } catch {
    // No /proc, or not permitted: the threads keep the process's priority.
  }
  return done;
}
