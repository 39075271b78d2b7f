// Shared helpers of the benchmark suite: statistics, the realistic ~1 KB event, the
// machine's description, loading the built packages, and writing results.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '..', '..');
export const resultsDir = path.join(repoRoot, 'benchmarks', 'results');

/** Imports a built package entry, e.g. loadDist('core') -> packages/core/dist/index.js. */
export async function loadDist(pkg, entry = 'index.js') {
  const file = path.join(repoRoot, 'packages', pkg, 'dist', entry);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`pnpm build\` first`);
  return import(pathToFileURL(file).href);
}

/** Quantile of an unsorted list (nearest rank). */
export function quantile(values, q) {
  if (values.length === 0) return NaN;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

export function median(values) {
  return quantile(values, 0.5);
}

/** Median, p99, min and max of a list, rounded for the record. */
export function summarize(values, digits = 3) {
  const round = (x) => Number(x.toFixed(digits));
  const sorted = Float64Array.from(values).sort();
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { n: values.length, median: round(at(0.5)), p90: round(at(0.9)), p99: round(at(0.99)), min: round(sorted[0]), max: round(sorted[sorted.length - 1]) };
}

/** Deterministic pseudo-random numbers, so every contender sees the same events. */
export function rng(seed = 42) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}

const FIRST = ['Jane', 'Alex', 'Maria', 'Tom', 'Priya', 'Chen', 'Olu', 'Sofia'];
const LAST = ['Doe', 'Morgan', 'Garcia', 'Smith', 'Patel', 'Wei', 'Adeyemi', 'Rossi'];
const WORDS = 'the claim was reviewed and the customer asked about the refund status of the order shipped last week from the warehouse pending approval by the support team'.split(' ');

/**
 * A realistic ~1 KB audit event: one tool call with its arguments and a result that holds
 * some personal data (a name, an email, a phone number, an IBAN) among ordinary fields.
 * Returned as a RecordInput; `i` varies ids and values so no two events are identical.
 */
export function makeToolEvent(i, random = rng(i + 1)) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const first = pick(FIRST);
  const last = pick(LAST);
  const sentence = (n) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  return {
    type: 'tool.result',
    session: `sess-${(i % 97).toString(36)}`,
    actor: { id: `user-${1000 + (i % 500)}`, type: 'user' },
    tool: {
      name: 'crm.lookup_customer',
      callId: `call_${i.toString(36).padStart(8, '0')}`,
      server: 'crm',
      arguments: { customerId: `C-${100000 + i}`, include: ['orders', 'contact'], reason: sentence(12) },
      result: {
        customer: {
          id: `C-${100000 + i}`,
          name: `${first} ${last}`,
          email: `${first.toLowerCase()}.${last.toLowerCase()}${i % 1000}@example.com`,
          phone: `+44 20 7946 0${String(100 + (i % 900)).slice(-3)}`,
          iban: 'DE89 3704 0044 0532 0130 00',
          tier: pick(['basic', 'plus', 'premium']),
        },
        orders: [
          { id: `ORD-2026-${String(i % 999999).padStart(6, '0')}`, status: pick(['open', 'shipped', 'delivered']), total: Math.round(random() * 50000) / 100, currency: 'EUR' },
          { id: `ORD-2025-${String((i * 7) % 999999).padStart(6, '0')}`, status: 'delivered', total: Math.round(random() * 50000) / 100, currency: 'EUR' },
        ],
        note: sentence(36),
      },
      durationMs: Math.round(random() * 400) / 10,
    },
  };
}

/** `count` distinct events, built once so every contender records the same objects. */
/**
 * `event` as recorded for the `cycle`-th time in one run (cycle 0: itself): its long texts and its
 * call id get the cycle as a suffix, so no text recurs. The redactor caches the detections of
 * texts that recur (a conversation's messages: docs/REDACTION.md, "Performance and time"); a
 * benchmark that recorded the same events again would measure that cache, not the pipeline, and
 * real tool results do not come back word for word. Costs a few object spreads per call.
 */
export function replayed(event, cycle) {
  if (cycle === 0) return event;
  const tool = event.tool;
  // A lower-case word for the prose (no digit, no capital: the texts keep the character classes
  // the detectors' gates look at, as a digit would open every number rule), digits for the id.
  let word = 'x';
  for (let n = cycle; n > 0; n = Math.floor(n / 26)) word += String.fromCharCode(97 + (n % 26));
  return { ...event, tool: { ...tool, callId: `${tool.callId}${cycle}`, arguments: { ...tool.arguments, reason: `${tool.arguments.reason} ${word}` }, result: { ...tool.result, note: `${tool.result.note} ${word}` } } };
}

export function makeEvents(count, seed = 0) {
  const out = new Array(count);
  for (let i = 0; i < count; i++) out[i] = makeToolEvent(seed + i);
  return out;
}

function tryRun(command, args) {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 }).trim();
  } catch {
    return undefined;
  }
}

/** What the numbers were measured on. Nothing secret: no environment, no host name. */
export function machineInfo(dir = os.tmpdir()) {
  const cpus = os.cpus();
  const df = tryRun('df', ['-T', '-h', dir])?.split('\n')[1]?.split(/\s+/);
  let storage;
  const device = df?.[0];
  if (device && device.startsWith('/dev/')) {
    const base = path.basename(device).replace(/[0-9]+$/, '').replace(/p$/, '');
    try {
      const rotational = fs.readFileSync(`/sys/block/${base}/queue/rotational`, 'utf8').trim();
      storage = `${path.basename(device)}: block device reports rotational=${rotational}${base.startsWith('vd') ? ' (virtio disk; the flag says little about the backing store)' : ''}`;
    } catch {
      storage = undefined;
    }
  }
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    logicalCores: cpus.length,
    memoryGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    v8: process.versions.v8,
    tmpdir: dir,
    filesystem: df ? { device: df[0], type: df[1], size: df[2] } : undefined,
    storage,
    loadAverage: os.loadavg().map((x) => Number(x.toFixed(2))),
  };
}

/** Writes one benchmark's machine-readable result to benchmarks/results/<name>.json. */
export function writeResult(name, result) {
  fs.mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${name}.json`);
  const body = { benchmark: name, date: new Date().toISOString(), command: `node ${path.relative(repoRoot, process.argv[1] ?? '')} ${process.argv.slice(2).join(' ')}`.trim(), machine: machineInfo(), ...result };
  fs.writeFileSync(file, JSON.stringify(body, null, 2) + '\n');
  return file;
}

/** Reads a `--name=value` argument or its default. */
export function arg(name, fallback) {
  const prefix = `--${name}=`;
  const found = process.argv.find((a) => a.startsWith(prefix));
  if (!found) return fallback;
  const value = found.slice(prefix.length);
  return typeof fallback === 'number' ? Number(value) : value;
}

/** Rotates `items` by `round` so each contender takes every position across rounds. */
export function rotate(items, round) {
  const k = round % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}

export const fmt = (x, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : String(x));
export const fmtInt = (x) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : String(x));

/**
 * The events as the auditor's snapshot (shape.ts) makes them, with their capture options: each
 * recorded through a host-thread auditor whose redactor only keeps a copy. Returns
 * `[{ event, capture }]` in record order, for sealing them again with a build's redactor
 * (benchmarks/hotpath-compare.mjs, scripts/redaction-differential.mjs).
 */
export async function shapedDrafts(core, events) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shaped-drafts-'));
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
  try {
    for (const event of events) auditor.record(event);
    await auditor.flush();
    await auditor.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return drafts;
}
