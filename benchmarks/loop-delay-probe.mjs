// What blocks the host's event loop while the pooled pipeline records (issue 19).
//
//   node benchmarks/loop-delay-probe.mjs [--events=100000] [--warm=20000] [--root=/path/to/checkout] [--gap=10] [--json]
//     [--no-proc] [--host | --no-nice-platform] [--no-fsync]
//
// Runs only the record-path bench's last phase for the default (pooled) agent-audit: `events`
// events in bursts of 100 per macrotask (setImmediate), until flush(), after `warm` events to let
// the pool start (the bench runs its rounds first). Beside monitorEventLoopDelay it runs a 1 ms
// probe timer and, for every gap between two of its turns longer than `gap` ms, prints what the
// host's thread did meanwhile:
//   - host work by kind, timed by wrapping it: the bench's bursts of record() calls, the pool's
//     'message' handlers (Worker#emit), fs.write / fs.fdatasync callbacks, setImmediate callbacks;
//   - the host isolate's garbage collections (PerformanceObserver 'gc');
//   - from /proc/thread-self/schedstat: how long the host's thread ran and how long it waited
//     runnable for a core (the scheduler gave the core to another thread), the rest it slept;
//   - from /proc/self/task/*/schedstat: the CPU every other thread of the process got in the gap.
// `--root` loads packages/core/dist from another checkout (e.g. an older build) for an A/B.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { monitorEventLoopDelay, performance, PerformanceObserver } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { arg, makeEvents, replayed } from './lib/common.mjs';

const total = arg('events', 100000);
const warm = arg('warm', 20000);
const gapMs = arg('gap', 10);
const root = process.argv.find((a) => a.startsWith('--root='))?.slice('--root='.length) ?? path.resolve(import.meta.dirname, '..');
const asJson = process.argv.includes('--json');

// Host work, timed: [kind, start, end] in performance.now() ms.
const spans = [];
const spanLimit = 2_000_000;
function timed(kind, fn) {
  return function (...args) {
    const s = performance.now();
    try {
      return fn.apply(this, args);
    } finally {
      if (spans.length < spanLimit) spans.push([kind, s, performance.now()]);
    }
  };
}
const emit = Worker.prototype.emit;
Worker.prototype.emit = function (name, ...args) {
  if (name !== 'message') return emit.call(this, name, ...args);
  return timed('pool message', emit).call(this, name, ...args);
};
const write = fs.write;
fs.write = function (...args) {
  const cb = args[args.length - 1];
  if (typeof cb === 'function') args[args.length - 1] = timed('fs.write callback', cb);
  return timed('fs.write call', write).apply(this, args);
};
const fdatasync = fs.fdatasync;
fs.fdatasync = function (fd, cb) {
  return fdatasync.call(this, fd, timed('fs.fdatasync callback', cb));
};
const setImmediateOriginal = globalThis.setImmediate;
globalThis.setImmediate = (fn, ...rest) => setImmediateOriginal(timed('setImmediate callback', fn), ...rest);

const gcs = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcs.push([e.detail?.kind ?? e.kind, e.startTime, e.startTime + e.duration]);
}).observe({ entryTypes: ['gc'] });

// --no-proc: no /proc reads (each readFileSync allocates a Buffer, an ArrayBuffer the host's scavenges then sweep).
const readProc = !process.argv.includes('--no-proc');
function schedstat(file) {
  if (!readProc) return [0, 0];
  try {
    const [run, wait] = fs.readFileSync(file, 'latin1').split(' ');
    return [Number(run) / 1e6, Number(wait) / 1e6];
  } catch {
    return [0, 0];
  }
}
function tasks() {
  const out = new Map();
  if (!readProc) return out;
  for (const tid of fs.readdirSync('/proc/self/task')) {
    let comm = '?';
    try {
      comm = fs.readFileSync(`/proc/self/task/${tid}/comm`, 'latin1').trim();
    } catch {}
    out.set(tid, { comm, run: schedstat(`/proc/self/task/${tid}/schedstat`)[0] });
  }
  return out;
}

const { createAuditor, fileLedger, createRedactor } = await import(pathToFileURL(path.join(root, 'packages/core/dist/index.js')).href);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'agent-audit-loop-probe-'));
const errors = [];
const auditor = createAuditor({
  agent: { id: 'bench-agent' },
  sink: fileLedger({ dir: path.join(dir, 'ledger'), keyDir: path.join(dir, 'keys'), ...(process.argv.includes('--no-fsync') ? { fsync: false } : {}) }),
  redactor: createRedactor({ keysDir: path.join(dir, 'keys') }),
  source: 'bench',
  onError: (error) => errors.push(error),
  ...(process.argv.includes('--host') ? { redactionWorker: false } : process.argv.includes('--no-nice-platform') ? { redactionWorker: { nicePlatformThreads: false } } : {}),
});
const events = makeEvents(20000);
// Warm up as the bench does (its rounds run before the delay phase): the pool starts, V8 optimizes.
for (let done = 0; done < warm; done += 100) {
  for (let i = 0; i < 100; i++) auditor.record(replayed(events[(done + i) % events.length], Math.floor((done + i) / events.length)));
  await new Promise((resolve) => setImmediateOriginal(resolve));
}
await auditor.flush();
await new Promise((resolve) => setTimeout(resolve, 200));
spans.length = 0;
gcs.length = 0;

const histogram = monitorEventLoopDelay({ resolution: 1 });
histogram.enable();
await new Promise((resolve) => setTimeout(resolve, 50));
const gaps = [];
let last = performance.now();
let lastSched = schedstat('/proc/thread-self/schedstat');
let lastTasks = tasks();
let ticks = 0;
const probe = setInterval(() => {
  const now = performance.now();
  const sched = schedstat('/proc/thread-self/schedstat');
  if (now - last > gapMs) {
    const t = tasks();
    const others = [];
    for (const [tid, { comm, run }] of t) {
      const before = lastTasks.get(tid);
      const ran = run - (before?.run ?? 0);
      if (ran >= 0.5 && tid !== String(process.pid)) others.push(`${comm}:${ran.toFixed(1)}`);
    }
    lastTasks = t;
    gaps.push({ from: last, to: now, ran: sched[0] - lastSched[0], waited: sched[1] - lastSched[1], others: others.join(' ') });
  } else if (++ticks % 5 === 0) {
    // Every 5th turn only (reading every thread's schedstat costs ~0.1 ms): the others' CPU is over the gap and up to 5 ms before it.
    lastTasks = tasks();
  }
  last = now;
  lastSched = schedstat('/proc/thread-self/schedstat');
  last = performance.now();
}, 1);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
for (let done = 0; done < total; done += 100) {
  const s = performance.now();
  for (let i = 0; i < 100; i++) auditor.record(replayed(events[(done + i) % events.length], Math.ceil(warm / events.length) + Math.floor((done + i) / events.length)));
  spans.push(['record burst', s, performance.now()]);
  await new Promise((resolve) => setImmediateOriginal(resolve));
}
await auditor.flush();
const seconds = (performance.now() - t0) / 1000;
clearInterval(probe);
histogram.disable();
const cpu = process.cpuUsage(cpu0);

function overlap(list, from, to) {
  const by = new Map();
  for (const [kind, s, e] of list) {
    if (e < from || s > to) continue;
    const d = Math.min(e, to) - Math.max(s, from);
    const x = by.get(kind) ?? { n: 0, ms: 0, longest: 0 };
    x.n++;
    x.ms += d;
    x.longest = Math.max(x.longest, e - s);
    by.set(kind, x);
  }
  return [...by].sort((a, b) => b[1].ms - a[1].ms).map(([k, x]) => `${k} ${x.n}x ${x.ms.toFixed(1)} ms (longest ${x.longest.toFixed(1)})`).join('; ');
}
const ms = (ns) => (ns / 1e6).toFixed(2);
const summary = { root, events: total, seconds: Number(seconds.toFixed(2)), cpuSeconds: Number(((cpu.user + cpu.system) / 1e6).toFixed(2)), p50Ms: Number(ms(histogram.percentile(50))), p99Ms: Number(ms(histogram.percentile(99))), maxMs: Number(ms(histogram.max)), gaps: gaps.length, load: os.loadavg().map((l) => l.toFixed(2)).join(' '), errors: errors.length, errorMessages: [...new Set(errors.map((e) => String(e.message).slice(0, 160)))] };
// Each gap's main cause: a host GC covering half of it, else the longest timed host work covering half, else the host waiting for a core, else sleeping.
const causes = {};
for (const g of gaps) {
  const len = g.to - g.from;
  const cover = (list) => list.reduce((n, [, s, e]) => (e < g.from || s > g.to ? n : n + Math.min(e, g.to) - Math.max(s, g.from)), 0);
  let cause = 'other';
  if (cover(gcs) >= len / 2) cause = g.waited + Math.max(0, len - g.ran - g.waited) > len / 2 ? 'gc, host thread mostly off-CPU' : 'gc, host thread on-CPU';
  else if (cover(spans) >= len / 2) cause = 'host work';
  else if (g.waited >= len / 2) cause = 'waited for a core';
  else if (len - g.ran - g.waited >= len / 2) cause = 'slept';
  causes[cause] = (causes[cause] ?? 0) + 1;
}
summary.causes = causes;
summary.gcOver10 = gcs.filter(([, s, e]) => e - s > 10).length;
summary.gcMs = Math.round(gcs.reduce((n, [, s, e]) => n + (e - s), 0));
if (asJson) console.log(JSON.stringify(summary));
else {
  console.log(summary);
  const sumGc = gcs.reduce((n, [, s, e]) => n + (e - s), 0);
  console.log(`host GC: ${gcs.length} collections, ${sumGc.toFixed(1)} ms; longest ${Math.max(0, ...gcs.map(([, s, e]) => e - s)).toFixed(1)} ms`);
  for (const g of gaps) {
    const len = g.to - g.from;
    console.log(`gap ${len.toFixed(1)} ms at +${((g.from - t0) / 1000).toFixed(2)} s: host ran ${g.ran.toFixed(1)} ms, waited for a core ${g.waited.toFixed(1)} ms, slept ${(len - g.ran - g.waited).toFixed(1)} ms | ${overlap(spans, g.from, g.to) || 'no timed work'} | gc: ${overlap(gcs.map(([k, s, e]) => [`gc${k}`, s, e]), g.from, g.to) || 'none'} | others: ${g.others}`);
  }
}
await auditor.close();
fs.rmSync(dir, { recursive: true, force: true });
