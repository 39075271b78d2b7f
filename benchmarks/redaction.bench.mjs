// Redaction cost and its effect on the host, before and after a change, side by side in one run:
//
//   1. µs per KB of redaction + classification (the core's default redactor, on the calling
//      thread), clean and with personal data/secrets, ~1 KB and ~16 KB tool results;
//   2. growth with input size: the same dense content at 1x, 2x, 4x (16, 32, 64 K chars in one
//      string), reported as time ratios (linear = 2.0 per doubling; the target is <= ~2.2);
//   3. detection alone, per detector: CPU time of detectSensitive over the strings of the
//      record-path benchmark's events (where the record path spends its detection time);
//   4. the host's event-loop delay (`monitorEventLoopDelay`, 1 ms resolution) while one 512 KiB
//      hostile tool result (16 strings of short IPv6-like tokens; of distinct phone numbers; of
//      street addresses) is recorded and flushed through
//      createAuditor + fileLedger, next to the same probe with nothing recorded (the machine's
//      own noise), once with a new auditor (the pool still starting) and once with the pool warm;
//      with about how many samples were 5 ms or more, and the host isolate's own garbage
//      collection time in the window (PerformanceObserver 'gc': this thread's only).
//
// Usage: pnpm --filter @agent-audit/core build && node benchmarks/redaction.bench.mjs [--quick] [--loop-only] [--rounds=N] [--keep-platform-threads]
//   --keep-platform-threads: part 4's auditors leave V8's platform threads at the process's
//     priority (`redactionWorker: { nicePlatformThreads: false }`). The setting is per process
//     (once lowered they stay lowered), so compare it with the default in separate runs.
//   AGENT_AUDIT_CORE_ENTRY=<dist/index.js>         the build measured as "after" (default: this checkout)
//   AGENT_AUDIT_CORE_BEFORE=<dist/index.js>        a second build measured as "before", interleaved
//     e.g. git worktree add /tmp/before <commit> && (cd /tmp/before/packages/core && npx tsup)
// Rounds alternate before/after so machine noise hits both alike; the load average is printed.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { createHistogram, monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const quick = process.argv.includes('--quick');
const builds = [];
if (process.env.AGENT_AUDIT_CORE_BEFORE) builds.push({ name: 'before', entry: process.env.AGENT_AUDIT_CORE_BEFORE });
builds.push({ name: 'after', entry: process.env.AGENT_AUDIT_CORE_ENTRY ?? join(here, '..', 'packages', 'core', 'dist', 'index.js') });
for (const build of builds) build.core = await import(pathToFileURL(resolve(build.entry)).href);

const work = mkdtempSync(join(os.tmpdir(), 'agent-audit-redaction-bench-'));
process.env.AGENT_AUDIT_HOME = join(work, 'home');
const load = () => os.loadavg().map((n) => n.toFixed(2)).join(' ');

// ------------------------------------------------------------------------------------ payloads
let seed = 42;
const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const pick = (list) => list[Math.floor(rnd() * list.length)];
const words = 'the order was shipped from our warehouse and the customer asked about delivery times refund policy invoice status tracking update support ticket resolved escalated pending review account settings subscription renewal plan upgrade'.split(' ');
const sentence = (n) => Array.from({ length: n }, () => pick(words)).join(' ');

function row(i, dirty) {
  return {
    id: `cus_${String(100000 + i)}`,
    orderId: `ORD-2026-${String(i).padStart(6, '0')}`,
    status: pick(['open', 'shipped', 'delivered', 'returned']),
    total: Math.round(rnd() * 50000) / 100,
    currency: 'EUR',
    createdAt: new Date(1767225600000 + i * 3600_000).toISOString(),
    note: dirty && i % 2 === 0 ? `${sentence(6)} contact jane.doe${i}@example.com or +44 20 7946 0${String(100 + i).slice(-3)}` : sentence(10),
    ...(dirty && i % 3 === 0 ? { iban: 'DE89 3704 0044 0532 0130 00' } : {}),
  };
}

function payload(targetBytes, dirty) {
  const rows = [];
  let i = 0;
  while (JSON.stringify(rows).length < targetBytes - 120) rows.push(row(i++, dirty));
  return { query: dirty ? 'orders for jane.doe@example.com, card 4111 1111 1111 1111' : 'orders shipped last week', rows, headers: { 'content-type': 'application/json', ...(dirty ? { authorization: 'Bearer abc123DEF456ghi789jkl' } : {}) } };
}

const event = (fields) => ({
  v: 1, id: '01JABCDEFGHJKMNPQRSTVWXYZ0', ts: '2026-01-01T00:00:00.000Z', stream: 'bench', seq: 0, type: 'tool.result',
  trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) }, agent: { id: 'bench' }, source: 'bench', outcome: 'success', ...fields,
});
const toolEvent = (p) => event({ tool: { name: 'orders.search', callId: 'call_1', arguments: { q: p.query }, result: p } });

/** 16 strings of 32,000 chars, each a run of `token(i, k)` separated by spaces. */
const hostileOf = (token) => Array.from({ length: 16 }, (_, k) => {
  let text = '';
  for (let i = 0; text.length < 32000; i++) text += `${token(i, k)} `;
  return text.slice(0, 32000);
});
/**
 * Hostile tool results of 512 KiB, one per detector kind that does work per match: the short
 * IPv6-looking tokens of shared case 08, distinct UK phone numbers (each a libphonenumber
 * parse of a calling code several countries share) and street addresses; and one of empty
 * structure, which costs the snapshot at record() and no redaction.
 */
const hostileKinds = {
  'IPv6-like': hostileOf((i, k) => `${i.toString(16)}::${k.toString(16)}`),
  phones: hostileOf((i, k) => `+44 20 79${String(460000 + i).slice(-6)}${k % 10}`),
  addresses: hostileOf((i) => `${i + 1} Main Street, Springfield, IL 627${String(i % 100).padStart(2, '0')}`),
  // No text at all: 512 KiB of `{}` (a fresh attacker's finding: the snapshot at record() walks it).
  'empty objects': JSON.parse(`[${Array(175).fill(`[${Array(1000).fill('{}').join(',')}]`).join(',')}]`),
  // The most values per character once objects are bounded: 512 KiB of `""` (limits.maxEventValues).
  'empty strings': JSON.parse(`[${Array(175).fill(`[${Array(1000).fill('""').join(',')}]`).join(',')}]`),
};
/** Dense content of n chars for the growth test. */
const dense = {
  'IPv6-like tokens': (n) => Array.from({ length: Math.ceil(n / 6) }, (_, i) => `${i.toString(16)}::${(i % 16).toString(16)}`).join(' ').slice(0, n),
  'emails (case 08)': (n) => Array.from({ length: Math.ceil(n / 7) + 1 }, (_, i) => `a${i}@b.co`).join(' ').slice(0, n),
  'mixed PII prose': (n) => { let s = ''; let i = 0; while (s.length < n) s += `${sentence(8)} mail j.doe${i}@example.com, call +44 20 7946 0${String(100 + (i % 900)).slice(-3)}, card 4111 1111 1111 1111; `, i++; return s.slice(0, n); },
};

// --------------------------------------------------------------------------------- measurement
function redactorOf(core) {
  // No session memory: each measured call must do the same work (the memory would learn the values).
  const options = { pseudonymKey: core.createKeyring([new Uint8Array(32).fill(1)]) };
  return core.createRedactor({ ...options, sessionMemory: false });
}

function timeOne(redactor, input) {
  const start = process.hrtime.bigint();
  const result = redactor.redact(input, { capture: {} });
  const us = Number(process.hrtime.bigint() - start) / 1000;
  if (typeof result?.then === 'function') throw new Error('the default redactor should be synchronous');
  return us;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median µs per call over `iterations`, with the builds interleaved call by call batch. */
function interleaved(input, iterations) {
  const samples = new Map(builds.map((b) => [b.name, []]));
  const redactors = new Map(builds.map((b) => [b.name, redactorOf(b.core)]));
  for (const b of builds) for (let i = 0; i < Math.min(200, iterations); i++) timeOne(redactors.get(b.name), input);
  const batch = Math.max(1, Math.floor(iterations / 20));
  for (let done = 0; done < iterations; done += batch) {
    for (const b of builds) for (let i = 0; i < batch; i++) samples.get(b.name).push(timeOne(redactors.get(b.name), input));
  }
  return new Map([...samples].map(([name, s]) => [name, median(s)]));
}

const pad = (s, n) => String(s).padStart(n);
console.log(`redaction bench, node ${process.version}, ${os.cpus().length} cpus, load average ${load()}${quick ? ' (quick)' : ''}`);
console.log(`builds: ${builds.map((b) => `${b.name} = ${b.entry}`).join('; ')}`);

const perKb = {};
const growth = {};
const detection = {};
// --loop-only: part 4 alone (the event loop under hostile input).
if (!process.argv.includes('--loop-only')) {
  // 1. µs per KB
  console.log('\n1. redaction + classification on the calling thread, median µs per KB (per event in brackets)');
  console.log(`${'input'.padEnd(36)} ${'bytes'.padStart(7)}  ${builds.map((b) => b.name.padStart(22)).join('')}`);
  const cases = [
    ['1 KB tool result, clean', toolEvent(payload(1024, false)), 4000],
    ['1 KB tool result, with PII/secrets', toolEvent(payload(1024, true)), 4000],
    ['16 KB tool result, clean', toolEvent(payload(16 * 1024, false)), 600],
    ['16 KB tool result, with PII/secrets', toolEvent(payload(16 * 1024, true)), 600],
    ['1 KB plain message text, clean', event({ type: 'message.user', content: { input: sentence(170) } }), 4000],
  ];
  for (const [label, input, iterations] of cases) {
    const bytes = JSON.stringify(input).length;
    const medians = interleaved(input, quick ? Math.ceil(iterations / 4) : iterations);
    perKb[label] = Object.fromEntries([...medians].map(([name, us]) => [name, { usPerKb: us / (bytes / 1024), usPerEvent: us }]));
    console.log(`${label.padEnd(36)} ${pad(bytes, 7)}  ${builds.map((b) => { const us = medians.get(b.name); return `${pad((us / (bytes / 1024)).toFixed(1), 8)} (${(us >= 1000 ? `${(us / 1000).toFixed(1)} ms` : `${us.toFixed(0)} µs`).padStart(9)})  `; }).join('')}`);
  }

  // 2. growth
  // Each run gets a fresh redactor: its pseudonym cache (4,096 values) would otherwise make the
  // small inputs look cheaper than they are once they have been seen.
  console.log('\n2. growth with input size: one string of 16 / 32 / 64 K chars, fresh redactor each run, best of 3 (ms), and time ratio per doubling');
  const sizes = [16_000, 32_000, 64_000];
  for (const [label, make] of Object.entries(dense)) {
    for (const b of builds) {
      timeOne(redactorOf(b.core), event({ type: 'message.user', content: { input: make(4000) } }));
      const ms = sizes.map((n) => {
        const input = event({ type: 'message.user', content: { input: make(n) } });
        let best = Infinity;
        for (let r = 0; r < (quick ? 2 : 3); r++) best = Math.min(best, timeOne(redactorOf(b.core), input) / 1000);
        return best;
      });
      const ratios = [ms[1] / ms[0], ms[2] / ms[1]];
      growth[`${label} / ${b.name}`] = { ms, ratios };
      console.log(`${`${label}, ${b.name}`.padEnd(36)} ${ms.map((t) => pad(t.toFixed(1), 8)).join('')} ms   2x: ${ratios.map((r) => `x${r.toFixed(2)}`).join(', ')}   4x: x${(ms[2] / ms[0]).toFixed(2)}`);
    }
  }

  // 3. detection alone, per detector: CPU time of detectSensitive over every string (keys
  // included) of the record-path benchmark's events. Each row (a set of detectors) runs in its own
  // child process per build, the builds alternating: one process measuring every row would carry
  // the JIT state of one row (optimized code, deoptimizations) into the next. A detector's share is
  // its time alone minus the time with none (the per-string overhead: character counts, overlaps).
  console.log('\n3. detection only: CPU ms (process.cpuUsage) of detectSensitive over the strings of 2,000 record-path events, median of rounds, one process per row and build');
  const detectionRow = `
    const { makeEvents } = await import(process.env.BENCH_COMMON);
    const core = await import(process.env.BENCH_ENTRY);
    const strings = [];
    const collect = (value) => {
      if (typeof value === 'string') strings.push(value);
      else if (value !== null && typeof value === 'object') for (const [key, child] of Object.entries(value)) { strings.push(key); collect(child); }
    };
    for (const e of makeEvents(2000)) collect(e);
    const row = process.env.BENCH_ROW;
    const options = { builtins: row === 'all' ? [...core.BUILTIN_DETECTORS] : row === 'none' ? [] : [row] };
    const samples = [];
    for (let round = 0; round < Number(process.env.BENCH_ROUNDS); round++) {
      const before = process.cpuUsage();
      for (const text of strings) core.detectSensitive(text, options);
      const used = process.cpuUsage(before);
      if (round >= 2) samples.push((used.user + used.system) / 1000);
    }
    samples.sort((x, y) => x - y);
    console.log(JSON.stringify({ ms: samples[Math.floor(samples.length / 2)], strings: strings.length, chars: strings.reduce((n, x) => n + x.length, 0) }));
  `;
  const { execFileSync } = await import('node:child_process');
  let described = false;
  for (const row of ['all', 'none', ...builds[0].core.BUILTIN_DETECTORS]) {
    const result = {};
    for (const b of row.length % 2 ? builds : [...builds].reverse()) {
      const env = { ...process.env, BENCH_COMMON: pathToFileURL(join(here, 'lib', 'common.mjs')).href, BENCH_ENTRY: pathToFileURL(resolve(b.entry)).href, BENCH_ROW: row, BENCH_ROUNDS: String(quick ? 7 : 15) };
      result[b.name] = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', detectionRow], { env, encoding: 'utf8' }).trim().split('\n').at(-1));
    }
    if (!described) {
      const first = result[builds[0].name];
      console.log(`${'detectors'.padEnd(12)} ${builds.map((b) => b.name.padStart(10)).join('')}   (${first.strings} strings, ${first.chars} chars)`);
      described = true;
    }
    detection[row] = Object.fromEntries(builds.map((b) => [b.name, result[b.name].ms]));
    console.log(`${row.padEnd(12)} ${builds.map((b) => pad(result[b.name].ms.toFixed(1), 10)).join('')}`);
  }

}
// 4. event loop while the hostile event is recorded

/**
 * The host thread's CPU time and run-queue wait in ns (Linux `/proc/thread-self/schedstat`:
 * "time on the cpu", "time spent waiting on a runqueue"), or undefined elsewhere.
 */
function schedstat() {
  try {
    const [cpu, wait] = readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ').map(Number);
    return { cpu, wait };
  } catch {
    return undefined;
  }
}

/**
 * A probe beside the histogram that says why the host's loop was late: a timer every 1 ms reads
 * the host thread's schedstat; a gap of 5 ms or more between two ticks is "work" when the thread
 * spent most of it on a CPU (JavaScript, GC, I/O on this thread) and "waiting" when it spent most
 * of it runnable but waiting for a CPU that other threads held (the pool's, V8's platform
 * threads, other processes). Linux only; elsewhere it counts nothing.
 */
function stallProbe() {
  // `ticks` holds each tick's gap in ns, for a p99 over all rounds together (an ELD histogram cannot be added up).
  const stalls = { work: [], waiting: [], ticks: createHistogram() };
  let last = performance.now();
  let lastStat = schedstat();
  const timer = setInterval(() => {
    const now = performance.now();
    const stat = lastStat === undefined ? undefined : schedstat();
    const gap = now - last;
    stalls.ticks.record(Math.max(1, Math.round(gap * 1e6)));
    if (gap >= 5 && stat !== undefined) {
      const cpuMs = (stat.cpu - lastStat.cpu) / 1e6;
      const waitMs = (stat.wait - lastStat.wait) / 1e6;
      (cpuMs >= waitMs ? stalls.work : stalls.waiting).push(gap);
    }
    last = now;
    lastStat = stat;
  }, 1);
  return { stop: () => { clearInterval(timer); return stalls; } };
}

async function loopDelayWhile(work) {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  // The host isolate's own garbage collections in the window (PerformanceObserver sees only this
  // thread's): how much of the delay is the collector's, not the pipeline's code.
  const gcs = [];
  const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) gcs.push(e); });
  observer.observe({ entryTypes: ['gc'] });
  histogram.enable();
  // The histogram's first sample comes from its first timer turn: work that blocks right after
  // enable() would not be seen (a fresh attacker's finding), so the probe runs 50 ms first.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const probe = stallProbe();
  const start = performance.now();
  await work();
  const ms = performance.now() - start;
  const stalls = probe.stop();
  histogram.disable();
  await new Promise((resolve) => setTimeout(resolve, 20));
  gcs.push(...observer.takeRecords());
  observer.disconnect();
  const inWindow = gcs.filter((e) => e.startTime >= start);
  // Samples of 5 ms or more (about: from the histogram's percentile steps): the share above the
  // last percentile still under 5 ms.
  let below = 0;
  for (const [percent, ns] of histogram.percentiles) if (ns < 5e6) below = percent;
  const over5 = Math.round((histogram.count * (100 - below)) / 100);
  return { ticks: stalls.ticks, ms, p50: histogram.percentile(50) / 1e6, p99: histogram.percentile(99) / 1e6, max: histogram.max / 1e6, samples: histogram.count, over5: histogram.max >= 5e6 ? Math.max(1, over5) : 0, stallsWork: stalls.work.length, stallsWaiting: stalls.waiting.length, stallWorkMax: Math.max(0, ...stalls.work), gcMs: inWindow.reduce((n, e) => n + e.duration, 0), gcMax: inWindow.reduce((n, e) => Math.max(n, e.duration), 0) };
}

const roundsArg = process.argv.find((a) => a.startsWith('--rounds='));
const rounds = roundsArg ? Math.max(1, Number(roundsArg.slice('--rounds='.length)) || 1) : quick ? 1 : 2;
const workerOptions = process.argv.includes('--keep-platform-threads') ? { redactionWorker: { nicePlatformThreads: false } } : {};
console.log(`\n4. host event-loop delay (ms)${workerOptions.redactionWorker ? ' (V8 platform threads kept at the process priority)' : ''} while one 512 KiB hostile tool result is recorded and flushed (createAuditor + fileLedger, fsync off; "warm": 300 events, then until the sealing pool takes batches (it starts after 256), then 0.4 s and 50 events); kinds: ${Object.keys(hostileKinds).join(', ')}`);
const loop = {};

for (let round = 0; round < rounds; round++) {
  const idle = await loopDelayWhile(() => new Promise((r) => setTimeout(r, 1500)));
  (loop.idle ??= []).push(idle);
  for (const [kind, strings] of Object.entries(hostileKinds)) for (const b of builds) {
    const dir = join(work, `${b.name}-${round}-${kind}`);
    const errors = [];
    const auditor = b.core.createAuditor({ agent: { id: 'bench' }, sink: b.core.fileLedger({ dir, fsync: false }), onError: (e) => errors.push(e.message), ...workerOptions });
    auditor.record({ type: 'run.start' });
    await auditor.flush();
    const measured = await loopDelayWhile(async () => {
      auditor.record({ type: 'tool.result', tool: { name: 'scan', result: strings } });
      await auditor.flush();
    });
    await auditor.close();
    measured.errors = errors.length;
    (loop[`${kind}, ${b.name}`] ??= []).push(measured);
    // The same event once the sealing pool is started and warm: 350 small events first, and time
    // for the threads to load their redactors (the state of a proxy that has been running).
    const warmErrors = [];
    const warm = b.core.createAuditor({ agent: { id: 'bench' }, sink: b.core.fileLedger({ dir: `${dir}-warm`, fsync: false }), onError: (e) => warmErrors.push(e.message), ...workerOptions });
    // 300 events: past redactionWorker.startAfterEvents (256), so the pool's threads are running.
    for (let i = 0; i < 300; i++) warm.record({ type: 'run.start', attrs: { i } });
    await warm.flush();
    // Until the pool takes batches (its threads load one after the other on a 2-core machine), then 0.4 s more.
    for (let waited = 0; warm.stats().sealedInWorker === 0; waited += 100) {
      if (waited > 10_000) throw new Error('the warm round expected the sealing pool to be running: no event was sealed in it after 10 s');
      await new Promise((resolve) => setTimeout(resolve, 100));
      for (let i = 0; i < 5; i++) warm.record({ type: 'run.start', attrs: { i } });
      await warm.flush();
    }
    await new Promise((resolve) => setTimeout(resolve, 400));
    for (let i = 0; i < 50; i++) warm.record({ type: 'run.start', attrs: { i } });
    await warm.flush();
    const warmMeasured = await loopDelayWhile(async () => {
      warm.record({ type: 'tool.result', tool: { name: 'scan', result: strings } });
      await warm.flush();
    });
    await warm.close();
    warmMeasured.errors = warmErrors.length;
    (loop[`${kind}, ${b.name}, warm`] ??= []).push(warmMeasured);
  }
}
const line = (name, m) => `${name.padEnd(26)} flushed after ${pad(m.ms.toFixed(0), 6)} ms   p50 ${pad(m.p50.toFixed(2), 6)}   p99 ${pad(m.p99.toFixed(2), 7)}   max ${pad(m.max.toFixed(1), 7)}   ~${m.over5} >= 5 ms (probe: ${m.stallsWork} work, max ${m.stallWorkMax.toFixed(1)}; ${m.stallsWaiting} waiting for a CPU)   host GC ${m.gcMs.toFixed(1)} ms (longest ${m.gcMax.toFixed(1)})   (${m.samples} samples${m.errors ? `, ${m.errors} errors` : ''})`;
for (const [name, list] of Object.entries(loop)) for (const m of list) console.log(line(name === 'idle' ? 'no audit' : name, m));
// All hostile rounds' ticks in one histogram: a round of a warm `{}` event lasts some 40 ms, about
// 60 samples, so its own p99 is its largest sample; the pooled p99 weighs each sample once. The
// probe measures the gap between its ticks (a delay of 0 is a gap of 1 ms), the ELD histogram the delay.
for (const b of builds) {
  const pooled = createHistogram();
  const hostile = Object.entries(loop).filter(([name]) => name.split(', ')[1] === b.name).flatMap(([, list]) => list);
  for (const m of hostile) pooled.add(m.ticks);
  const roundsOver = hostile.filter((m) => m.p99 > 5).length;
  console.log(`${b.name}: all ${hostile.length} hostile rounds pooled (the probe's 1 ms timer: gap between ticks): p50 ${(pooled.percentile(50) / 1e6).toFixed(2)}   p99 ${(pooled.percentile(99) / 1e6).toFixed(2)}   p99.9 ${(pooled.percentile(99.9) / 1e6).toFixed(2)}   max ${(pooled.max / 1e6).toFixed(1)} ms (${pooled.count} samples); rounds with p99 over 5 ms: ${roundsOver}; probe stalls of 5 ms or more: ${hostile.reduce((n, m) => n + m.stallsWork, 0)} work on the host's thread, ${hostile.reduce((n, m) => n + m.stallsWaiting, 0)} waiting for a CPU`);
}
for (const list of Object.values(loop)) for (const m of list) delete m.ticks;
console.log(`\nload average at the end: ${load()}`);

rmSync(work, { recursive: true, force: true });
if (process.argv.includes('--json')) console.log(JSON.stringify({ node: process.version, loadavg: os.loadavg(), perKb, growth, loop, detection }));
