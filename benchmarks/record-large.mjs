// record() of very large input (row 104 of test/redaction/probe-2026-12-03e.cases.md): the
// caller-side time of one record() call, the snapshot the caller waits for.
//
//   AGENT_AUDIT_CORE_ENTRY=packages/core/src/index.ts npx tsx benchmarks/record-large.mjs [--rounds=7]
//   node benchmarks/record-large.mjs [--rounds=7]        (packages/core/dist)
//
// Cases: a 20 MB string (flat, and a rope), an object of 300,000 keys, a 2M-element Float64Array, and Map/Set/Date/Error
// values (a Map and a Set of 300,000 members each, beside a Date and an Error). Each record() is timed
// alone (a pause between calls lets the pipeline write the event to a fileLedger in a temporary folder);
// the median of `rounds` calls is printed, in ms.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';

const entry = process.env.AGENT_AUDIT_CORE_ENTRY ?? 'packages/core/dist/index.js';
const core = await import(pathToFileURL(path.resolve(entry)).href);
const rounds = Number((process.argv.find((a) => a.startsWith('--rounds=')) ?? '--rounds=7').slice(9));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'record-large-'));
const sink = core.fileLedger({ dir, keysDir: path.join(dir, 'keys') });
const auditor = core.createAuditor({ agent: { id: 'bench' }, sink, onError: () => {}, redactionWorker: false, maxQueueEvents: 1_000_000 });

// Prose, not base64 (a base64 string is media, summarized). A flat string, and the same built by
// `+=` (a rope, which V8 flattens whole at the first read of it: work no snapshot can avoid).
const sentence = 'Patient called about claim 42, said the refund never came. ';
const big = sentence.repeat(Math.ceil((20 * 1024 * 1024) / sentence.length)).slice(0, 20 * 1024 * 1024);
const rope = () => {
  let s = '';
  for (let i = 0; i < 20 * 1024; i++) s += `${i} ${sentence.repeat(17)}`.slice(0, 1024);
  return s;
};
const keys = {};
for (let i = 0; i < 300_000; i++) keys[`k${i}`] = i;
const floats = new Float64Array(2_000_000).fill(1.5);
const map = new Map();
const set = new Set();
for (let i = 0; i < 300_000; i++) {
  map.set(`k${i}`, i);
  set.add(i);
}
const cases = {
  'string 20 MB': () => ({ type: 'tool.result', tool: { name: 't', result: big } }),
  'string 20 MB, a rope': () => ({ type: 'tool.result', tool: { name: 't', result: rope() } }),
  'object 300,000 keys': () => ({ type: 'tool.result', tool: { name: 't', result: keys } }),
  'Float64Array 2M': () => ({ type: 'tool.result', tool: { name: 't', result: floats } }),
  'Map/Set/Date/Error': () => ({ type: 'tool.result', tool: { name: 't', result: { map, set, date: new Date(0), error: new Error('x') } } }),
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [name, make] of Object.entries(cases)) {
  const times = [];
  for (let r = 0; r < rounds; r++) {
    const input = make();
    const t0 = performance.now();
    auditor.record(input);
    times.push(performance.now() - t0);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  console.log(`${name.padEnd(22)} median ${median(times).toFixed(2)} ms  (min ${Math.min(...times).toFixed(2)}, max ${Math.max(...times).toFixed(2)}, ${rounds} calls)`);
}
await auditor.close();
fs.rmSync(dir, { recursive: true, force: true });
process.exit(0);
