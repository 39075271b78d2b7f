// Differential check of two builds of the core's redaction (issue 19: a change meant to make
// redaction cheaper must not change what it stores). Collects string inputs from
//   - the redaction tests' string literals (test/redaction/*.ts, packages/core/src/redaction/**/*.test.ts),
//   - the examples of test/redaction/*.cases.md (their code spans, with `\n` read as a line break too),
//   - the evaluation corpus (PII_DATASET, default ../shared/datasets/pii/presidio-synth-dataset-v2.json or ../../shared/…),
// and the benchmarks' JSON events (benchmarks/lib/common.mjs makeEvents, replayed with new texts),
// then with each build: detectSensitive(text) of every string; redact() of every string as a tool
// result's text, in 61 sessions of one redactor each (session memory and the caches play as in a
// pipeline); and the benchmark's events shaped as the auditor shapes them, redacted through the
// sealing path (RedactorInternals.redactForSeal) and put in RFC 8785 form (canonicalize). Prints
// each difference (at most --show of them, default 20) and their count; exits 1 when there is any.
//
//   node scripts/redaction-differential.mjs <a/dist/index.js> <b/dist/index.js> [--events=2000] [--cycles=3] [--show=20]
//
// (each path: a built packages/core/dist/index.js, e.g. `npx tsup --dts=false -d .v/<name>` in packages/core)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { makeEvents, replayed, shapedDrafts } from '../benchmarks/lib/common.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const [aPath, bPath] = args.filter((a) => !a.startsWith('--'));
if (!aPath || !bPath) throw new Error('usage: redaction-differential.mjs <a/dist/index.js> <b/dist/index.js> [--events=2000] [--cycles=3] [--show=20]');
const eventCount = option('events', 2000);
const cycles = option('cycles', 3);
const show = option('show', 20);
const a = await import(pathToFileURL(path.resolve(aPath)).href);
const b = await import(pathToFileURL(path.resolve(bPath)).href);

// ------------------------------------------------------------------------------ inputs
const strings = new Set();
/** A JavaScript string literal's value (quoted or a template without substitutions); undefined when it is not one. */
function literalValue(literal) {
  try {
    const value = new Function(`return ${literal};`)();
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}
function testFiles(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...testFiles(file));
    else if (/\.test\.ts$|\.ts$/.test(entry.name) && (dir.includes(`${path.sep}test${path.sep}`) || entry.name.endsWith('.test.ts'))) out.push(file);
  }
  return out;
}
const LITERAL = /'(?:[^'\\\n]|\\.){3,4000}'|"(?:[^"\\\n]|\\.){3,4000}"|`(?:[^`\\$]|\\.|\$(?!\{)){3,4000}`/g;
let literalCount = 0;
for (const dir of [path.join(root, 'test/redaction'), path.join(root, 'packages/core/src/redaction')]) {
  for (const file of testFiles(dir)) {
    const source = fs.readFileSync(file, 'utf8');
    for (const m of source.matchAll(LITERAL)) {
      const value = literalValue(m[0]);
      if (value !== undefined && value.trim().length >= 3) {
        strings.add(value);
        literalCount++;
      }
    }
  }
}
let caseCount = 0;
for (const file of fs.readdirSync(path.join(root, 'test/redaction')).filter((f) => f.endsWith('.cases.md'))) {
  const text = fs.readFileSync(path.join(root, 'test/redaction', file), 'utf8');
  for (const m of text.matchAll(/`([^`\n]{3,2000})`/g)) {
    const span = m[1];
    strings.add(span);
    if (span.includes('\\n') || span.includes('\\t')) strings.add(span.replace(/\\n/g, '\n').replace(/\\t/g, '\t'));
    caseCount++;
  }
}
// The shared folder beside the checkout (../shared), or beside the folder of its worktrees (../../shared).
const corpusAt = (up) => path.join(root, ...up, 'shared', 'datasets', 'pii', 'presidio-synth-dataset-v2.json');
const dataset = process.env.PII_DATASET ?? [corpusAt(['..']), corpusAt(['..', '..'])].find((file) => fs.existsSync(file)) ?? corpusAt(['..']);
let datasetCount = 0;
if (fs.existsSync(dataset)) {
  for (const row of JSON.parse(fs.readFileSync(dataset, 'utf8'))) {
    if (typeof row.full_text === 'string') {
      strings.add(row.full_text);
      datasetCount++;
    }
  }
} else console.error(`(no evaluation corpus at ${dataset}: set PII_DATASET)`);
const events = makeEvents(eventCount);
for (let cycle = 0; cycle < cycles; cycle++) {
  for (const event of events) {
    (function collect(value) {
      if (typeof value === 'string') strings.add(value);
      else if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) (strings.add(k), collect(v));
    })(replayed(event, cycle));
  }
}
const inputs = [...strings];
console.log(`inputs: ${inputs.length} distinct strings (test literals ${literalCount}, cases spans ${caseCount}, corpus texts ${datasetCount}, bench events ${eventCount} x ${cycles} cycles)`);

// ------------------------------------------------------------------------------ comparison
let differences = 0;
function report(what, input, x, y) {
  differences++;
  if (differences <= show) console.log(`DIFFERENT ${what}: ${JSON.stringify(input).slice(0, 300)}\n  a: ${String(x).slice(0, 600)}\n  b: ${String(y).slice(0, 600)}`);
}
const safe = (fn) => {
  try {
    return JSON.stringify(fn());
  } catch (error) {
    return `throws ${error?.name}: ${error?.message}`;
  }
};

// 1. detectSensitive, every string alone.
for (const text of inputs) {
  const x = safe(() => a.detectSensitive(text));
  const y = safe(() => b.detectSensitive(text));
  if (x !== y) report('detectSensitive', text, x, y);
}
console.log(`detectSensitive: ${inputs.length} strings, ${differences} differences`);

// 2. redact(), every string as a tool result's text, in sessions (session memory, caches).
const key = new Uint8Array(32).fill(7);
const before = differences;
const ra = a.createRedactor({ pseudonymKey: key });
const rb = b.createRedactor({ pseudonymKey: key });
for (let i = 0; i < inputs.length; i++) {
  const event = () => ({ v: 1, id: `e${i}`, ts: '2026-12-06T00:00:00.000Z', seq: i, type: 'tool.result', agent: { id: 'diff' }, session: `s${i % 61}`, tool: { name: 'lookup', callId: `c${i}`, result: { text: inputs[i] } } });
  const x = safe(() => ra.redact(event(), {}));
  const y = safe(() => rb.redact(event(), {}));
  if (x !== y) report('redact', inputs[i], x, y);
}
console.log(`redact: ${inputs.length} events, ${differences - before} differences`);

// 3. The benchmark's events as the auditor shapes them, through the sealing path, canonical bytes.
const drafts = await shapedDrafts(a, Array.from({ length: cycles }, (_, cycle) => events.map((event) => replayed(event, cycle))).flat());
const INTERNALS = Symbol.for('agent-audit.redactor.internals');
const sealer = (core) => {
  const internals = core.createRedactor({ pseudonymKey: key })[INTERNALS];
  return (draft) => {
    const done = internals.redactForSeal(structuredClone(draft.event), { capture: structuredClone(draft.capture) });
    return core.canonicalize({ ...done.event, data: done.data, compliance: done.compliance });
  };
};
const sa = sealer(a);
const sb = sealer(b);
const sealedBefore = differences;
for (const draft of drafts) {
  const x = safe(() => sa(draft));
  const y = safe(() => sb(draft));
  if (x !== y) report('seal', draft.event.id, x, y);
}
console.log(`seal: ${drafts.length} bench events, ${differences - sealedBefore} differences`);
console.log(`${differences} differences in all`);
process.exit(differences === 0 ? 0 : 1);
