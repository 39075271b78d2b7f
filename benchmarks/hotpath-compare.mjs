// Side by side: the sealing worker's per-event work (redaction-worker.ts sealBatch: the default
// redactor, classification merged, JCS of each top-level member) in two builds of the core, on
// the same shaped events, in interleaved rounds. Reports median CPU µs per event of each build,
// and of its parts alone: JCS over the redacted events, built-in detection over their strings.
// Checks that both builds give the same canonical bytes for every event.
//
//   node benchmarks/hotpath-compare.mjs <base-core-dist/index.js> <new-core-dist/index.js> [--events=2000] [--rounds=9]
//
// (each path: a built packages/core/dist/index.js, e.g. of a second worktree at the base commit)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { arg, makeEvents, median } from './lib/common.mjs';

const [basePath, newPath] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!basePath || !newPath) throw new Error('usage: hotpath-compare.mjs <base dist/index.js> <new dist/index.js>');
const count = arg('events', 2000);
const rounds = arg('rounds', 9);
const base = await import(pathToFileURL(path.resolve(basePath)).href);
const mine = await import(pathToFileURL(path.resolve(newPath)).href);

/** The events as shape.ts makes them (the host's snapshot): recorded through an auditor whose redactor keeps a copy. */
async function shapedEvents(core) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hotpath-'));
  const drafts = [];
  const auditor = core.createAuditor({
    agent: { id: 'bench-agent' },
    sink: core.fileLedger({ dir: path.join(dir, 'ledger'), keyDir: path.join(dir, 'keys'), fsync: false }),
    source: 'bench',
    redactionWorker: false,
    redactor: {
      redact(event, options) {
        drafts.push({ event: structuredClone(event), capture: structuredClone(options?.capture ?? {}) });
        return { event, data: { classes: [], sensitivity: 'internal' }, compliance: {} };
      },
    },
  });
  for (const event of makeEvents(count)) auditor.record(event);
  await auditor.flush();
  await auditor.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return drafts;
}

const drafts = await shapedEvents(base);
const key = new Uint8Array(32).fill(7);

function side(core) {
  const redactor = core.createRedactor({ pseudonymKey: key });
  const { canonicalize, detectSensitive } = core;
  /** What sealBatch does per event, up to the canonical bytes (canonicalAroundPrev: JCS per member in order). */
  function seal(draft) {
    const done = redactor.redact(draft.event, { capture: draft.capture });
    const event = { ...done.event, data: done.data, compliance: done.compliance };
    const keys = Object.keys(event).sort();
    let out = '';
    for (const k of keys) if (event[k] !== undefined) out += `"${k}":` + canonicalize(event[k]) + ',';
    return { event, out };
  }
  return { seal, canonicalize, detectSensitive };
}
const sides = { base: side(base), mine: side(mine) };

// Same bytes from both builds (same key, same events).
const redacted = [];
for (const draft of drafts) {
  const a = sides.base.seal(draft);
  const b = sides.mine.seal(draft);
  if (a.out !== b.out) {
    console.error('DIFFERENT canonical bytes for', draft.event.id, '\n', a.out, '\n', b.out);
    process.exit(1);
  }
  redacted.push(a.event);
}
const strings = [];
(function collect(value) {
  if (typeof value === 'string') strings.push(value);
  else if (Array.isArray(value)) value.forEach(collect);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) (strings.push(k), collect(v));
})(drafts.map((d) => d.event));
const longStrings = strings.filter((s) => s.length > 64);

function cpuUs(fn) {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return c.user + c.system;
}

const tasks = {
  'seal (redact + merge + JCS)': (s) => () => { for (const d of drafts) s.seal(d); },
  'JCS alone over redacted events': (s) => () => { for (const e of redacted) s.canonicalize(e); },
  'detectSensitive over strings > 64 chars': (s) => () => { for (const t of longStrings) s.detectSensitive(t); },
};
const results = {};
for (const name of Object.keys(tasks)) results[name] = { base: [], mine: [] };
const warmup = 2;
for (let round = 0; round < warmup + rounds; round++) {
  const order = round % 2 === 0 ? ['base', 'mine'] : ['mine', 'base'];
  for (const name of Object.keys(tasks)) {
    for (const who of order) {
      const us = cpuUs(tasks[name](sides[who]));
      if (round >= warmup) results[name][who].push(us);
    }
  }
}
const per = (name) => (name.startsWith('detect') ? longStrings.length : drafts.length);
console.log(`events ${drafts.length}, strings > 64 chars ${longStrings.length}, rounds ${rounds} (+${warmup} warm-up), load ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}, node ${process.version}`);
console.log('median CPU µs per item: base | new | new/base');
for (const name of Object.keys(tasks)) {
  const b = median(results[name].base) / per(name);
  const m = median(results[name].mine) / per(name);
  console.log(`  ${name.padEnd(42)} ${b.toFixed(2).padStart(8)} | ${m.toFixed(2).padStart(8)} | ${(m / b).toFixed(3)}`);
}
