// Side by side: the redactor of two builds of packages/core (base and yours) on the same
// record-path events (benchmarks/lib/common.mjs: ~1 KB tool events rotating 97 sessions),
// redactor options as the sealing pool's worker builds them for the default auditor
// (createRedactor with a pseudonym key, every built-in detector, session memory on).
// Interleaved rounds, CPU time (process.cpuUsage) and wall time per event, medians.
//
//   node benchmarks/session-memory-ab.mjs --base=/path/to/base/packages/core/dist --mine=packages/core/dist [--rounds=15] [--events=20000] [--batch=4000]
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import os from 'node:os';
import { arg, makeEvents, median, repoRoot } from './lib/common.mjs';

const base = path.resolve(arg('base', ''));
const mine = path.resolve(arg('mine', path.join(repoRoot, 'packages/core/dist')));
const rounds = arg('rounds', 15);
const count = arg('events', 20000);
const batch = arg('batch', 4000);
const only = arg('only', '');

const events = makeEvents(count).map((input, i) => ({ id: `evt-${i}`, ts: new Date(1767225600000 + i).toISOString(), ...input }));
const key = new Uint8Array(32).fill(7);

async function contender(name, dist) {
  const core = await import(pathToFileURL(path.join(dist, 'index.js')).href);
  const redactor = core.createRedactor({ pseudonymKey: key });
  let next = 0;
  // Each event arrives as the sealing worker gets it: a structured clone (fresh strings), made
  // before the timed part.
  const take = (n) => {
    const out = new Array(n);
    for (let k = 0; k < n; k++) out[k] = structuredClone(events[(next + k) % events.length]);
    return out;
  };
  const run = (batch) => {
    let out = 0;
    for (let k = 0; k < batch.length; k++) {
      const result = redactor.redact(batch[k], { capture: { default: 'redacted' } });
      out += result.event.tool.result.customer.name.length;
      next = (next + 1) % events.length;
    }
    return out;
  };
  return { name, redactor, take, run, cpu: [], wall: [] };
}

const contenders = [];
if (only !== 'mine') contenders.push(await contender('base', base));
if (only !== 'base') contenders.push(await contender('mine', mine));
// Warm-up: one pass over all events (fills the session memories as the record bench's rounds do).
for (const c of contenders) c.run(c.take(count));
for (let round = 0; round < rounds; round++) {
  const order = round % 2 === 0 ? contenders : [...contenders].reverse();
  for (const c of order) {
    const events = c.take(batch);
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    c.run(events);
    const wall = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    c.cpu.push((cpu.user + cpu.system) / batch);
    c.wall.push((wall * 1000) / batch);
  }
}
// Same output? Redact a few events with fresh redactors of both and compare.
if (contenders.length === 2) {
  const [a, b] = await Promise.all([contender('a', base), contender('b', mine)]);
  let diff = 0;
  for (let i = 0; i < 3000; i++) {
    const x = JSON.stringify(a.redactor.redact(events[i], { capture: { default: 'redacted' } }).event);
    const y = JSON.stringify(b.redactor.redact(events[i], { capture: { default: 'redacted' } }).event);
    if (x !== y) diff++;
  }
  console.log(`outputs differing over 3,000 events: ${diff}`);
}
console.log(`load ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}; ${rounds} rounds of ${batch} events; median µs/event`);
for (const c of contenders) console.log(`${c.name.padEnd(5)} cpu ${median(c.cpu).toFixed(1)}  wall ${median(c.wall).toFixed(1)}  (cpu min ${Math.min(...c.cpu).toFixed(1)} max ${Math.max(...c.cpu).toFixed(1)})`);
if (contenders.length === 2) console.log(`mine/base cpu ${(median(contenders[1].cpu) / median(contenders[0].cpu)).toFixed(3)}`);
