// Evaluates the built-in redaction detectors:
//  1. per-entity precision, recall (span overlap) and the share of predicted spans overlapping
//     any labelled PII, on Presidio's synthetic PII dataset (read from ../shared/datasets, never
//     copied into the project), for the whole set and for its tuning and held-out halves;
//  2. recall and false-positive rate on benchmarks/data/secrets (true and false examples in the
//     shapes public secret-scanning rules document);
//  3. false-positive rate on benchmarks/data/lookalikes (values that must survive untouched:
//     ids, order numbers, drug names, places, medical eponyms, ...).
// Exits 1 when a floor of benchmarks/lib/redaction-eval.mjs is missed (2 on a setup error).
// Usage: pnpm eval:redaction [--verbose]   (builds, then imports packages/core/dist/index.js)
// AGENT_AUDIT_CORE_ENTRY=<path> points it at another build of the core (e.g. the source via tsx).
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DEFAULT_DATASET, ENTITIES, FLOORS, LOOKALIKE_FLOOR, evaluateLookalikes, evaluatePii, isTuning, loadDataset, loadSet, missedFloors, textRedactor } from './lib/redaction-eval.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const entry = process.env.AGENT_AUDIT_CORE_ENTRY ?? join(here, '..', 'packages', 'core', 'dist', 'index.js');
const core = await import(pathToFileURL(resolve(entry)).href);
const { detectSensitive } = core;
if (typeof detectSensitive !== 'function') {
  console.error(`${entry} does not export detectSensitive; build the core (pnpm build) with the redaction exports wired in`);
  process.exit(2);
}

const datasetPath = process.env.PII_DATASET ?? DEFAULT_DATASET;
const verbose = process.argv.includes('--verbose');
const failures = [];

// ------------------------------------------------------------------------------ 1. PII dataset
const records = loadDataset(datasetPath);
if (records === undefined) {
  console.error(`dataset not found: ${datasetPath} (set PII_DATASET)`);
  process.exit(2);
}
const onMiss = verbose
  ? (kind, entity, text, span) => console.log(`  ${kind} ${entity}: ${JSON.stringify(text.slice(span.start, span.end))}${kind === 'false' ? ` in ${JSON.stringify(text.slice(Math.max(0, span.start - 30), span.end + 30))}` : ''}`)
  : undefined;
const pct = (n) => (Number.isFinite(n) ? n.toFixed(3) : '  n/a');
function printTable(title, stats, withFloors) {
  console.log(title);
  console.log('entity           labelled  predicted  precision  recall  overlap-any-PII  floor');
  for (const entity of ENTITIES) {
    const s = stats[entity];
    const floor = FLOORS[entity];
    let verdict = '';
    if (withFloors) {
      const own = missedFloors(stats).filter((line) => line.startsWith(`${entity} `));
      verdict = own.length === 0 ? `ok (P >= ${floor.precision}, R >= ${floor.recall}${floor.anyPii ? `, any >= ${floor.anyPii}` : ''})` : `BELOW: ${own.join('; ')}`;
    }
    console.log(`${entity.padEnd(16)} ${String(s.labelled).padStart(8)}  ${String(s.predicted).padStart(9)}  ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}  ${pct(s.anyPiiShare).padStart(15)}  ${verdict}`);
  }
}
const all = evaluatePii(detectSensitive, records, onMiss);
printTable(`PII: ${records.length} sentences from ${datasetPath.replace(/.*\/shared\//, '../shared/')} (span overlap)`, all, true);
failures.push(...missedFloors(all));
// The name and address rules were tuned on templates with an even id only; odd ones are held out.
const tuning = records.filter(isTuning);
const heldOut = records.filter((record) => !isTuning(record));
for (const [label, part] of [['tuning half (even template ids)', tuning], ['held-out half (odd template ids)', heldOut]]) {
  const stats = evaluatePii(detectSensitive, part);
  console.log(`  ${label}: ${part.length} sentences: ` + ['PERSON', 'STREET_ADDRESS'].map((e) => `${e} P ${pct(stats[e].precision)} R ${pct(stats[e].recall)} any ${pct(stats[e].anyPiiShare)}`).join(' | '));
}

// -------------------------------------------------------------------- 2. secrets and look-alikes
const redactText = textRedactor(core);

const secrets = loadSet(join(here, 'data', 'secrets'));
let truePositives = 0, positives = 0, falsePositives = 0, negatives = 0;
for (const c of secrets) {
  const out = await redactText(c.text);
  const leaked = c.secret !== undefined && out.includes(c.secret);
  const changed = out !== c.text;
  if (c.expect === 'detect') {
    positives++;
    if (!leaked && changed) truePositives++;
    else if (verbose) console.log(`  secret missed (${c.rule}): ${c.text}`);
  } else {
    negatives++;
    if (changed) {
      falsePositives++;
      if (verbose) console.log(`  secret false positive (${c.rule}): ${c.text} -> ${out}`);
    }
  }
}
const secretRecall = truePositives / positives;
const secretFpr = falsePositives / negatives;
console.log(`\nSecrets (benchmarks/data/secrets): ${positives} true examples, ${negatives} false examples`);
console.log(`  recall ${secretRecall.toFixed(3)} (${truePositives}/${positives}, secret value absent from the output)`);
console.log(`  false-positive rate ${secretFpr.toFixed(3)} (${falsePositives}/${negatives} false examples changed)`);

const lookalikes = await evaluateLookalikes(redactText, loadSet(join(here, 'data', 'lookalikes')));
const unchanged = (lookalikes.total - lookalikes.changed) / lookalikes.total;
console.log(`\nLook-alikes (benchmarks/data/lookalikes): ${lookalikes.total} strings that must survive untouched`);
console.log(`  unchanged ${unchanged.toFixed(3)} (floor ${LOOKALIKE_FLOOR}); false-positive rate ${(lookalikes.changed / lookalikes.total).toFixed(3)} (${lookalikes.changed}/${lookalikes.total} changed)`);
for (const [kind, s] of Object.entries(lookalikes.byKind)) console.log(`    ${kind.padEnd(22)} ${s.changed}/${s.total} changed`);
for (const change of lookalikes.changes) if (verbose) console.log(`  look-alike changed (${change.kind}): ${change.text} -> ${change.out}`);
if (unchanged < LOOKALIKE_FLOOR) failures.push(`look-alikes unchanged ${unchanged.toFixed(3)} < ${LOOKALIKE_FLOOR}`);

if (failures.length > 0) {
  console.error(`\nFLOORS MISSED:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('\nall floors met');
