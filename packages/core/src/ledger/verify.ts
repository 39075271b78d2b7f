import path from 'node:path';
import { CompactRange } from '../crypto/merkle.js';
import { openNote, parseCheckpoint } from '../crypto/note.js';
import { computeEventHash } from '../auditor/seal.js';
import { GENESIS_HASH, type AuditEvent } from '../spec/event.js';
import type { StoredCheckpoint } from './file-ledger.js';
import { CHECKPOINTS_FILE, VERIFIER_KEY_FILE, listSegments, readLedgerInfo, readVerifierKeys, streamDir } from './layout.js';
import { hashOfLine, hashOfLineBytes, parseLine } from './lines.js';
import { listStreams, readCheckpoints, readFileLineChunks } from './read.js';

/** The first thing verification found wrong. `seq` is the position in the stream where it was found. */
export interface VerifyFailure {
  stream: string;
  seq: number;
  id?: string;
  reason: string;
  file?: string;
}

/** Per-stream figures. */
export interface StreamReport {
  stream: string;
  events: number;
  checkpoints: number;
  /** Size of the last valid signed checkpoint; events after it are not covered by a signature yet. */
  checkpointedSize: number;
  failure?: VerifyFailure;
}

/** What `verifyLedger()` and `verifyEvents()` return. */
export interface VerifyResult {
  ok: boolean;
  streams: number;
  events: number;
  checkpoints: number;
  firstFailure?: VerifyFailure;
  reports: StreamReport[];
  /** Where the verifier keys came from: `pinned` (given by the caller) or `ledger` (the ledger's own copy). */
  keySource: 'pinned' | 'ledger' | 'none';
  warnings: string[];
}

export type ChainCheck = { ok: true } | { ok: false; reason: string };

/** Incremental verifier of one stream's chain (seq run, prev links, hashes, Merkle root). */
export interface ChainVerifier {
  /** Checks the next event; pass the stored line when there is one (exact bytes are checked). */
  push(event: AuditEvent, line?: string): ChainCheck;
  state(): { size: number; lastHash: string; root: string };
}

/**
 * Creates an incremental chain verifier for one stream, e.g. for a collector that checks each
 * event as it arrives. `start` resumes from a known state.
 *
 * @example
 * ```ts
 * const verifier = createChainVerifier('claims-bot');
 * for await (const event of incoming) {
 *   const check = verifier.push(event);
 *   if (!check.ok) recordBreak(check.reason);
 * }
 * ```
 */
export function createChainVerifier(stream: string, start?: { size: number; lastHash: string; frontier?: { size: number; hashes: string[] } }): ChainVerifier {
  let size = start?.size ?? 0;
  let lastHash = start?.lastHash ?? GENESIS_HASH;
  let range = start?.frontier ? CompactRange.fromJSON(start.frontier) : start && start.size > 0 ? undefined : new CompactRange();
  return {
    push(event: AuditEvent, line?: string): ChainCheck {
      const reason = checkEvent(event, line, stream, size, lastHash);
      if (reason) return { ok: false, reason };
      range?.append(Buffer.from(event.hash, 'hex'));
      lastHash = event.hash;
      size++;
      return { ok: true };
    },
    state() {
      return { size, lastHash, root: range ? Buffer.from(range.root()).toString('hex') : '' };
    },
  };
}

const HEX64 = /^[0-9a-f]{64}$/;


function checkEvent(event: AuditEvent, line: string | Buffer | undefined, stream: string, expectedSeq: number, expectedPrev: string): string | undefined {
  if (typeof event !== 'object' || event === null) return 'not an event object';
  // The line's own integrity first: a changed line is named where it stands.
  if (typeof event.hash !== 'string' || !HEX64.test(event.hash)) return 'hash missing or malformed';
  const computed = line === undefined ? computeEventHash(event) : typeof line === 'string' ? hashOfLine(line, event.hash) : hashOfLineBytes(line, event.hash);
  if (computed !== event.hash) return 'hash mismatch: the event was changed after it was written';
  if (event.v !== 1) return `unsupported event version ${JSON.stringify(event.v)}`;
  if (event.stream !== stream) return `event belongs to stream ${JSON.stringify(event.stream)}, found in ${stream}`;
  if (event.seq !== expectedSeq) {
    if (typeof event.seq !== 'number') return 'seq missing';
    if (event.seq > expectedSeq) return `missing event: expected seq ${expectedSeq}, found seq ${event.seq}`;
    return `duplicate, forked or reordered event: seq ${event.seq} appears again where seq ${expectedSeq} belongs`;
  }
  if (event.prev !== expectedPrev) return `chain broken: prev does not match the hash of seq ${expectedSeq - 1}`;
  return undefined;
}

/** Options of `verifyLedger()`. */
export interface VerifyOptions {
  /** Pinned verifier key(s). Without them the ledger's own `verifier.key` is used (and a warning given). */
  verifierKey?: string | readonly string[];
  /** Only these streams. */
  streams?: readonly string[];
  /** Called every 10,000 events with the running count (for progress displays). */
  onProgress?: (events: number, stream: string) => void;
}

/**
 * Verifies a ledger folder: every leaf hash, the chain links, the seq run, segment layout, the
 * roots at each signed checkpoint and their signatures, and truncation against the last
 * checkpoint. Streams the files; the ledger is never loaded whole.
 *
 * @example
 * ```ts
 * const result = await verifyLedger('./audit', { verifierKey: process.env.AUDIT_VERIFIER_KEY });
 * if (!result.ok) console.error(result.firstFailure);
 * ```
 */
export async function verifyLedger(dir: string, options: VerifyOptions = {}): Promise<VerifyResult> {
  const info = readLedgerInfo(dir);
  const warnings: string[] = [];
  let keys: string[];
  let keySource: VerifyResult['keySource'];
  if (options.verifierKey && (typeof options.verifierKey === 'string' ? options.verifierKey : options.verifierKey.length > 0)) {
    keys = typeof options.verifierKey === 'string' ? [options.verifierKey] : [...options.verifierKey];
    keySource = 'pinned';
  } else {
    keys = readVerifierKeys(dir);
    keySource = keys.length > 0 ? 'ledger' : 'none';
    warnings.push(
      keys.length > 0
        ? `checkpoints checked with the ledger's own ${VERIFIER_KEY_FILE}; someone able to rewrite the ledger could replace it too. Pin the key with --key for real assurance.`
        : `no verifier key: ${VERIFIER_KEY_FILE} is missing and none was given; signatures cannot be checked.`,
    );
  }
  const all = await listStreams(dir);
  const streams = options.streams ? all.filter((s) => options.streams?.includes(s)) : all;
  const reports: StreamReport[] = [];
  for (const stream of streams) {
    reports.push(await verifyStreamFolder(dir, info.id, stream, keys, options.onProgress));
  }
  return summarize(reports, keySource, warnings);
}


function summarize(reports: StreamReport[], keySource: VerifyResult['keySource'], warnings: string[]): VerifyResult {
  const firstFailure = reports.find((r) => r.failure)?.failure;
  for (const r of reports) {
    if (!r.failure && r.events > r.checkpointedSize) {
      warnings.push(`stream ${r.stream}: the last ${r.events - r.checkpointedSize} events are not covered by a signed checkpoint yet (a writer still running, or one that crashed); truncation of those cannot be detected`);
    }
  }
  return {
    ok: firstFailure === undefined,
    streams: reports.length,
    events: reports.reduce((n, r) => n + r.events, 0),
    checkpoints: reports.reduce((n, r) => n + r.checkpoints, 0),
    ...(firstFailure ? { firstFailure } : {}),
    reports,
    keySource,
    warnings,
  };
}

/** Checks checkpoint records: signature, body, and that the signed size and root match the record. */
function checkCheckpoints(stream: string, origin: string | undefined, checkpoints: readonly StoredCheckpoint[], keys: readonly string[]): { bySize: Map<number, string>; failure?: VerifyFailure } {
  const bySize = new Map<number, string>();
  let lastSize = -1;
  for (let i = 0; i < checkpoints.length; i++) {
    const cp = checkpoints[i] as StoredCheckpoint;
    const fail = (reason: string): { bySize: Map<number, string>; failure: VerifyFailure } => ({
      bySize,
      failure: { stream, seq: Math.max(0, (typeof cp.size === 'number' ? cp.size : 1) - 1), reason: `checkpoint ${i + 1} (size ${cp.size}): ${reason}`, file: CHECKPOINTS_FILE },
    });
    if (keys.length === 0) return fail('no verifier key to check its signature');
    const opened = openNote(cp.note, keys);
    if (!opened.verified) return fail(`signature invalid: ${opened.reason ?? 'unknown'}`);
    let body;
    try {
      body = parseCheckpoint(opened.text);
    } catch (error) {
      return fail(`signed body malformed: ${(error as Error).message}`);
    }
    if (origin !== undefined && body.origin !== origin) return fail(`origin ${JSON.stringify(body.origin)} is not this stream's (${origin})`);
    const root = Buffer.from(body.root).toString('hex');
    if (body.size !== cp.size || root !== cp.root) return fail('record does not match its signed body');
    const signedTime = body.extensions.find((e) => e.startsWith('timestamp '))?.slice('timestamp '.length);
    if (signedTime !== undefined && signedTime !== cp.ts) return fail('record time does not match its signed body');
    if (body.size < lastSize) return fail(`size went down from ${lastSize}`);
    lastSize = body.size;
    bySize.set(body.size, root);
  }
  return { bySize };
}

async function verifyStreamFolder(dir: string, ledgerId: string, stream: string, keys: readonly string[], onProgress?: (n: number, s: string) => void): Promise<StreamReport> {
  const sdir = streamDir(dir, stream);
  const report: StreamReport = { stream, events: 0, checkpoints: 0, checkpointedSize: 0 };
  const { segments, foreign } = listSegments(sdir);
  if (foreign.length > 0) {
    report.failure = { stream, seq: 0, reason: `unexpected file in the stream folder: ${path.basename(foreign[0] as string)}`, file: foreign[0] as string };
    return report;
  }
  let checkpoints: StoredCheckpoint[];
  try {
    checkpoints = await readCheckpoints(dir, stream);
  } catch (error) {
    report.failure = { stream, seq: 0, reason: (error as Error).message, file: path.join(sdir, CHECKPOINTS_FILE) };
    return report;
  }
  report.checkpoints = checkpoints.length;
  const { bySize, failure: checkpointFailure } = checkCheckpoints(stream, `agent-audit/${ledgerId}/${stream}`, checkpoints, keys);
  const frontiers = new Map<number, string>();
  for (const cp of checkpoints) if (cp.frontier) frontiers.set(cp.size, JSON.stringify(cp.frontier));
  const signedSizes = [...bySize.keys()];
  const lastSigned = signedSizes.length > 0 ? Math.max(...signedSizes) : 0;

  const range = new CompactRange();
  let expectedSeq = 0;
  let prev = GENESIS_HASH;
  let eventFailure: VerifyFailure | undefined;
  outer: for (const segment of segments) {
    if (segment.firstSeq !== expectedSeq) {
      eventFailure = { stream, seq: expectedSeq, reason: `segment ${path.basename(segment.file)} starts at seq ${segment.firstSeq}, expected ${expectedSeq}`, file: segment.file };
      break;
    }
    for await (const chunk of readFileLineChunks(segment.file)) for (const bytes of chunk) {
      const event = parseLine(bytes.toString('utf8'));
      if (!event) {
        eventFailure = { stream, seq: expectedSeq, reason: 'line is not a JSON event (damaged or inserted bytes)', file: segment.file };
        break outer;
      }
      const reason = checkEvent(event, bytes, stream, expectedSeq, prev);
      if (reason) {
        // A seq seen again (duplicate or fork) is named by that seq; anything else by the position.
        const seq = reason.startsWith('duplicate') ? (event.seq as number) : expectedSeq;
        eventFailure = { stream, seq, ...(typeof event.id === 'string' ? { id: event.id } : {}), reason, file: segment.file };
        break outer;
      }
      range.append(Buffer.from(event.hash, 'hex'));
      prev = event.hash;
      expectedSeq++;
      const frontier = frontiers.get(expectedSeq);
      if (frontier !== undefined && frontier !== JSON.stringify(range.toJSON())) {
        eventFailure = { stream, seq: expectedSeq - 1, reason: `checkpoint at size ${expectedSeq}: its saved frontier does not match the tree`, file: path.join(sdir, CHECKPOINTS_FILE) };
        break outer;
      }
      const signedRoot = bySize.get(expectedSeq);
      if (signedRoot !== undefined && Buffer.from(range.root()).toString('hex') !== signedRoot) {
        eventFailure = { stream, seq: expectedSeq - 1, id: event.id, reason: `Merkle root at size ${expectedSeq} differs from the signed checkpoint: events up to here were rewritten`, file: segment.file };
        break outer;
      }
      if (onProgress && expectedSeq % 10_000 === 0) onProgress(expectedSeq, stream);
    }
  }
  report.events = expectedSeq;
  report.checkpointedSize = Math.min(lastSigned, expectedSeq);
  if (!eventFailure && lastSigned > expectedSeq) {
    eventFailure = { stream, seq: expectedSeq, reason: `truncated: a signed checkpoint covers ${lastSigned} events but the stream ends after ${expectedSeq}` };
  }
  // Report whichever problem comes first in the stream.
  if (eventFailure && checkpointFailure) report.failure = eventFailure.seq <= checkpointFailure.seq ? eventFailure : checkpointFailure;
  else report.failure = eventFailure ?? checkpointFailure;
  if (!report.failure) delete report.failure;
  return report;
}

/** Options of `verifyEvents()`. */
export interface VerifyEventsOptions {
  checkpoints?: Record<string, readonly StoredCheckpoint[]>;
  verifierKeys?: readonly string[];
  /** Checkpoint origin per stream (`agent-audit/<ledgerId>/<stream>`), checked when given. */
  origins?: Record<string, string>;
}

/**
 * Verifies events from any store (e.g. PostgreSQL) the way `verifyLedger()` verifies a folder.
 * Events must arrive ordered by stream, then seq. Each item may carry its stored line.
 *
 * @example
 * ```ts
 * const result = await verifyEvents(rowsFromDatabase(), { checkpoints, verifierKeys: [key] });
 * ```
 */
export async function verifyEvents(source: AsyncIterable<AuditEvent | { event: AuditEvent; line?: string }> | Iterable<AuditEvent | { event: AuditEvent; line?: string }>, options: VerifyEventsOptions = {}): Promise<VerifyResult> {
  const reports = new Map<string, StreamReport>();
  const states = new Map<string, { verifier: ChainVerifier; range: CompactRange; bySize: Map<number, string>; failed: boolean; lastSigned: number }>();
  const keys = options.verifierKeys ?? [];
  for await (const item of source as AsyncIterable<AuditEvent | { event: AuditEvent; line?: string }>) {
    const event = 'event' in item && typeof (item as { event: unknown }).event === 'object' ? (item as { event: AuditEvent }).event : (item as AuditEvent);
    const line = 'event' in item ? (item as { line?: string }).line : undefined;
    const stream = String(event.stream);
    let state = states.get(stream);
    let report = reports.get(stream);
    if (!state || !report) {
      const cps = options.checkpoints?.[stream] ?? [];
      report = { stream, events: 0, checkpoints: cps.length, checkpointedSize: 0 };
      const { bySize, failure } = checkCheckpoints(stream, options.origins?.[stream], cps, keys);
      if (failure) report.failure = failure;
      const sizes = [...bySize.keys()];
      state = { verifier: createChainVerifier(stream), range: new CompactRange(), bySize, failed: false, lastSigned: sizes.length ? Math.max(...sizes) : 0 };
      states.set(stream, state);
      reports.set(stream, report);
    }
    if (state.failed) continue;
    const check = state.verifier.push(event, line);
    if (!check.ok) {
      state.failed = true;
      const failure = { stream, seq: report.events, ...(typeof event.id === 'string' ? { id: event.id } : {}), reason: check.reason };
      if (!report.failure || report.failure.seq > failure.seq) report.failure = failure;
      continue;
    }
    report.events++;
    state.range.append(Buffer.from(event.hash, 'hex'));
    const signed = state.bySize.get(report.events);
    if (signed !== undefined && Buffer.from(state.range.root()).toString('hex') !== signed) {
      state.failed = true;
      report.failure = { stream, seq: report.events - 1, id: event.id, reason: `Merkle root at size ${report.events} differs from the signed checkpoint` };
    }
  }
  for (const [stream, state] of states) {
    const report = reports.get(stream) as StreamReport;
    report.checkpointedSize = Math.min(state.lastSigned, report.events);
    if (!report.failure && state.lastSigned > report.events) {
      report.failure = { stream, seq: report.events, reason: `truncated: a signed checkpoint covers ${state.lastSigned} events but the stream ends after ${report.events}` };
    }
  }
  for (const [stream, cps] of Object.entries(options.checkpoints ?? {})) {
    if (!reports.has(stream) && cps.length > 0) {
      reports.set(stream, { stream, events: 0, checkpoints: cps.length, checkpointedSize: 0, failure: { stream, seq: 0, reason: `truncated: checkpoints exist but the stream has no events` } });
    }
  }
  return summarize([...reports.values()], keys.length > 0 ? 'pinned' : 'none', keys.length > 0 ? [] : ['no verifier keys given; checkpoint signatures were not checked']);
}

