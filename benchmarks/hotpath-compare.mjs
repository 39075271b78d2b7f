// Side by side: the sealing worker's per-event work (redaction-worker.ts sealBatch: the default
// redactor's redactForSeal, classificationMembers, canonicalAroundPrev) in two builds of the core, on
// the same shaped events, in interleaved rounds. Reports median CPU µs per event of each build,
// and of its parts alone: JCS over the redacted events, built-in detection over their strings.
// Checks that both builds give the same canonical bytes for every event.
// With --fresh, every round seals the events with new texts (common.mjs replayed: the call id, the
// reason and the note get the round as a suffix), as the record-path benchmark records them: without
// it, the same drafts every round let the redactor's cache of recurring texts answer for the long
// texts from the second round on, which measures that cache rather than detection.
//
//   node benchmarks/hotpath-compare.mjs <base-core-dist/index.js> <new-core-dist/index.js> [--events=2000] [--rounds=9] [--fresh]
//
// (each path: a built packages/core/dist/index.js, e.g. of a second worktree at the base commit)
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { arg, makeEvents, median, replayed, shapedDrafts } from './lib/common.mjs';

const [basePath, newPath] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!basePath || !newPath) throw new Error('usage: hotpath-compare.mjs <base dist/index.js> <new dist/index.js>');
const count = arg('events', 2000);
const rounds = arg('rounds', 9);
const fresh = process.argv.includes('--fresh');
const base = await import(pathToFileURL(path.resolve(basePath)).href);
const mine = await import(pathToFileURL(path.resolve(newPath)).href);


const drafts = await shapedDrafts(base, makeEvents(count));
const key = new Uint8Array(32).fill(7);

const SENSITIVITY_ORDER = ['public', 'internal', 'confidential', 'restricted'];
const INTERNALS = Symbol.for('agent-audit.redactor.internals');

/** classify.ts classificationMembers (not exported by the core): the data and compliance members sealBatch writes. */
function classificationMembers(event, data, compliance) {
  const classes = new Set(event.data?.classes ?? []);
  for (const c of data?.classes ?? []) classes.add(c);
  let sensitivity = event.data?.sensitivity ?? 'internal';
  if (data?.sensitivity && SENSITIVITY_ORDER.indexOf(data.sensitivity) > SENSITIVITY_ORDER.indexOf(sensitivity)) sensitivity = data.sensitivity;
  const merged = { classes: [...classes].sort(), sensitivity };
  const regimes = new Set(event.compliance?.regimes ?? []);
  for (const r of compliance?.regimes ?? []) regimes.add(r);
  const retention = Math.max(event.compliance?.retentionDays ?? -1, compliance?.retentionDays ?? -1);
  if (regimes.size > 0 || retention >= 0) {
    return { data: merged, compliance: retention >= 0 ? { regimes: [...regimes].sort(), retentionDays: retention } : { regimes: [...regimes].sort() } };
  }
  return { data: merged, compliance: undefined };
}

/** seal.ts canonicalAroundPrev (not exported by the core), with a build's own canonicalize: the bytes before and after `prev`. */
function aroundPrev(canonicalize, event, members) {
  const keys = Object.keys(event).filter((k) => k !== 'hash' && k !== 'prev' && members[k] === undefined);
  for (const k of Object.keys(members)) if (members[k] !== undefined) keys.push(k);
  keys.push('prev');
  keys.sort();
  let head = '{';
  let tail = '';
  let afterPrev = false;
  for (const k of keys) {
    if (k === 'prev') {
      afterPrev = true;
      continue;
    }
    const value = members[k] !== undefined ? members[k] : event[k];
    if (value === undefined) continue;
    if (afterPrev) tail += ',' + JSON.stringify(k) + ':' + canonicalize(value);
    else head += JSON.stringify(k) + ':' + canonicalize(value) + ',';
  }
  return { head, tail: tail + '}' };
}

function side(core) {
  const redactor = core.createRedactor({ pseudonymKey: key });
  const { canonicalize, detectSensitive } = core;
  // What the sealing worker calls (redaction-worker.ts: RedactorInternals.redactForSeal, which
  // leaves data and compliance off the event); a build without it gets redact(), as the worker does.
  const internals = redactor[INTERNALS];
  const redactForSeal = internals?.redactForSeal ? internals.redactForSeal.bind(internals) : (event, options) => redactor.redact(event, options);
  /** What sealBatch does per event, up to the canonical bytes: redactForSeal, classificationMembers, canonicalAroundPrev. */
  function seal(draft) {
    const done = redactForSeal(draft.event, { capture: draft.capture });
    const members = classificationMembers(done.event, done.data, done.compliance);
    const { head, tail } = aroundPrev(canonicalize, done.event, members);
    return { event: done.event, members, out: head + '\n' + tail };
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
  const merged = { ...a.event };
  for (const [k, v] of Object.entries(a.members)) if (v !== undefined) merged[k] = v;
  redacted.push(merged);
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

/** The drafts of round `round`: the same each round, or (--fresh) with the round's new texts, the same for both builds. */
let roundDrafts = drafts;
const draftsOf = (round) => (fresh ? drafts.map((d) => ({ event: replayed(d.event, round + 1), capture: d.capture })) : drafts);
const tasks = {
  'seal (redactForSeal + classify + JCS)': (s) => () => { for (const d of roundDrafts) s.seal(d); },
  'JCS alone over redacted events': (s) => () => { for (const e of redacted) s.canonicalize(e); },
  'detectSensitive over strings > 64 chars': (s) => () => { for (const t of longStrings) s.detectSensitive(t); },
};
const results = {};
for (const name of Object.keys(tasks)) results[name] = { base: [], mine: [] };
const warmup = 2;
for (let round = 0; round < warmup + rounds; round++) {
  roundDrafts = draftsOf(round);
  const order = round % 2 === 0 ? ['base', 'mine'] : ['mine', 'base'];
  for (const name of Object.keys(tasks)) {
    for (const who of order) {
      const us = cpuUs(tasks[name](sides[who]));
      if (round >= warmup) results[name][who].push(us);
    }
  }
}
const per = (name) => (name.startsWith('detect') ? longStrings.length : drafts.length);
console.log(`events ${drafts.length}${fresh ? ' (new texts every round)' : ''}, strings > 64 chars ${longStrings.length}, rounds ${rounds} (+${warmup} warm-up), load ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}, node ${process.version}`);
console.log('median CPU µs per item: base | new | new/base');
for (const name of Object.keys(tasks)) {
  const b = median(results[name].base) / per(name);
  const m = median(results[name].mine) / per(name);
  console.log(`  ${name.padEnd(42)} ${b.toFixed(2).padStart(8)} | ${m.toFixed(2).padStart(8)} | ${(m / b).toFixed(3)}`);
}
