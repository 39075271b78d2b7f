// Evaluates the built-in redaction detectors:
//  1. per-entity precision and recall (span overlap) on Presidio's synthetic PII dataset
//     (read from ../shared/datasets, never copied into the project);
//  2. recall and false-positive rate on benchmarks/data/secrets (true and false examples in the
//     shapes public secret-scanning rules document);
//  3. false-positive rate on benchmarks/data/lookalikes (values that must survive untouched).
// Usage: pnpm eval:redaction   (builds, then imports the public entry packages/core/dist/index.js)
// AGENT_AUDIT_CORE_ENTRY=<path> points it at another build of the core (e.g. the source via tsx).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const entry = process.env.AGENT_AUDIT_CORE_ENTRY ?? join(here, '..', 'packages', 'core', 'dist', 'index.js');
const core = await import(pathToFileURL(resolve(entry)).href);
const { detectSensitive, createRedactor, createKeyring } = core;
if (typeof detectSensitive !== 'function') {
  console.error(`${entry} does not export detectSensitive; build the core (pnpm build) with the redaction exports wired in`);
  process.exit(2);
}

const datasetPath = process.env.PII_DATASET ?? join(here, '..', '..', 'shared', 'datasets', 'pii', 'presidio-synth-dataset-v2.json');
const typeToEntity = { EMAIL: 'EMAIL_ADDRESS', CARD: 'CREDIT_CARD', IBAN: 'IBAN_CODE', SSN: 'US_SSN', IP: 'IP_ADDRESS', PHONE: 'PHONE_NUMBER', PERSON: 'PERSON', ADDRESS: 'STREET_ADDRESS' };
const floors = ['EMAIL_ADDRESS', 'CREDIT_CARD', 'IBAN_CODE', 'US_SSN', 'IP_ADDRESS', 'PHONE_NUMBER'];
const reported = [...floors, 'PERSON', 'STREET_ADDRESS'];
const verbose = process.argv.includes('--verbose');
let failed = false;

// ------------------------------------------------------------------------------ 1. PII dataset
if (!existsSync(datasetPath)) {
  console.error(`dataset not found: ${datasetPath} (set PII_DATASET)`);
  process.exit(2);
}
const records = JSON.parse(readFileSync(datasetPath, 'utf8'));
const stats = Object.fromEntries(reported.map((entity) => [entity, { labelled: 0, found: 0, predicted: 0, correct: 0 }]));
const overlaps = (a, b) => a.start < b.end && b.start < a.end;
for (const record of records) {
  const predictions = detectSensitive(record.full_text).map((d) => ({ ...d, entity: typeToEntity[d.type] ?? d.type }));
  const labels = record.spans.map((span) => ({ entity: span.entity_type, start: span.start_position, end: span.end_position }));
  for (const entity of reported) {
    const mine = predictions.filter((p) => p.entity === entity);
    const theirs = labels.filter((l) => l.entity === entity);
    const s = stats[entity];
    s.labelled += theirs.length;
    s.predicted += mine.length;
    for (const label of theirs) {
      if (mine.some((p) => overlaps(p, label))) s.found++;
      else if (verbose && floors.includes(entity)) console.log(`  miss ${entity}: ${JSON.stringify(record.full_text.slice(label.start, label.end))}`);
    }
    for (const p of mine) {
      if (theirs.some((label) => overlaps(p, label))) s.correct++;
      else if (verbose) console.log(`  false ${entity}: ${JSON.stringify(record.full_text.slice(p.start, p.end))} in ${JSON.stringify(record.full_text.slice(Math.max(0, p.start - 30), p.end + 30))}`);
    }
  }
}
const pct = (n) => (Number.isFinite(n) ? n.toFixed(3) : '  n/a');
console.log(`PII: ${records.length} sentences from ${datasetPath.replace(/.*\/shared\//, '../shared/')} (span overlap)`);
console.log('entity           labelled  predicted  precision  recall  floor');
for (const entity of reported) {
  const s = stats[entity];
  const precision = s.predicted === 0 ? NaN : s.correct / s.predicted;
  const recall = s.labelled === 0 ? NaN : s.found / s.labelled;
  const floor = floors.includes(entity);
  const ok = !floor || (precision >= 0.95 && recall >= 0.95);
  if (!ok) failed = true;
  console.log(`${entity.padEnd(16)} ${String(s.labelled).padStart(8)}  ${String(s.predicted).padStart(9)}  ${pct(precision).padStart(9)}  ${pct(recall).padStart(6)}  ${floor ? (ok ? 'ok (>= 0.95)' : 'BELOW 0.95') : 'reported only (no built-in detector)'}`);
}

// -------------------------------------------------------------------- 2. secrets and look-alikes
function loadSet(folder) {
  const cases = [];
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(folder, file), 'utf8').split('\n')) {
      if (line.trim() === '' || line.startsWith('//')) continue;
      cases.push({ file, ...JSON.parse(line) });
    }
  }
  return cases;
}

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) });
async function redactText(text) {
  const event = { v: 1, id: '01J00000000000000000000000', ts: '2026-01-01T00:00:00.000Z', stream: 'eval', seq: 0, type: 'tool.result', trace: { traceId: '0'.repeat(31) + '1', spanId: '0'.repeat(15) + '1' }, agent: { id: 'eval' }, source: 'eval', outcome: 'success', content: { input: text } };
  const result = await redactor.redact(event, { capture: {} });
  return result.event.content.input;
}

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

const lookalikes = loadSet(join(here, 'data', 'lookalikes'));
let touched = 0;
const byKind = {};
for (const c of lookalikes) {
  const out = await redactText(c.text);
  byKind[c.kind] ??= { total: 0, touched: 0 };
  byKind[c.kind].total++;
  if (out !== c.text) {
    touched++;
    byKind[c.kind].touched++;
    if (verbose) console.log(`  look-alike changed (${c.kind}): ${c.text} -> ${out}`);
  }
}
console.log(`\nLook-alikes (benchmarks/data/lookalikes): ${lookalikes.length} strings that must survive untouched`);
console.log(`  false-positive rate ${(touched / lookalikes.length).toFixed(3)} (${touched}/${lookalikes.length} changed)`);
for (const [kind, s] of Object.entries(byKind)) console.log(`    ${kind.padEnd(22)} ${s.touched}/${s.total} changed`);
if (process.argv.includes('--check') && failed) process.exit(1);
