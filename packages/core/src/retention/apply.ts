// `retention plan|apply` for the file ledger (docs/RETENTION.md): closed segments whose every event
// is past its period and under no hold are archived, the archive is verified, a signed
// `ledger.pruned` record is appended, and only then are the segments removed.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CompactRange } from '../crypto/merkle.js';
import { verifierKeyFromSigner } from '../crypto/note.js';
import { createAuditor } from '../auditor/auditor.js';
import { fileLedger, readCheckpointFile } from '../ledger/file-ledger.js';
import { readSignerKey, signerKeyFile } from '../ledger/keys.js';
import { CHECKPOINTS_FILE, fsyncDir, listSegments, readLedgerInfo, readVerifierKeys, streamDir } from '../ledger/layout.js';
import { parseLine } from '../ledger/lines.js';
import { acquireLock, acquireLockWaiting } from '../ledger/lock.js';
import { listStreams, readEvents, readFileLineChunks } from '../ledger/read.js';
import { AuditError, KeyError, type LedgerError } from '../spec/errors.js';
import { GENESIS_HASH } from '../spec/event.js';
import { isInside, realPathOf } from '../internal/key-dir.js';
import { verifyArchive, writeArchive, type ArchiveManifest } from './archive.js';
import { HOLDS_LOCK_FILE, HOLDS_STREAM, RETENTION_STREAM, checkHoldsStream, holdCovers, readHolds, type LegalHold } from './holds.js';
import { DEFAULT_RETENTION_POLICY, retentionOf, type RetentionPolicy } from './policy.js';
import { IntervalRange, PRUNED_FILE, loadPrunedState, parsePrunedRecord as parsePrunedText, readPrunedNotes, signPrunedRecord, type PruneStep, type PrunedRecord } from './pruned.js';

/** Lock file in the ledger folder held by `applyRetention` for its whole run: one apply at a time. */
export const RETENTION_LOCK_FILE = 'RETENTION.lock';

/** A segment retention would archive and remove. */
export interface PlannedSegment {
  file: string;
  name: string;
  firstSeq: number;
  events: number;
  bytes: number;
  sha256: string;
  firstTs?: string;
  lastTs?: string;
  /** When its last-expiring event expires (ms). */
  expiresAt: number;
}

/** What retention would do to one stream. */
export interface StreamPlan {
  stream: string;
  /** First seq the stream holds now (the last prune point, 0 if never pruned). */
  from: number;
  /** Prune point after apply: seqs below it go to the archive (equal to `from`: nothing to do). */
  to: number;
  segments: PlannedSegment[];
  /** The signed checkpoint the archived events are proven against. */
  covering?: { size: number; root: string };
  /** Why the next segment (or the stream) stays. */
  kept?: { reason: string; seq?: number };
  /** @internal State at `to`, for apply. */
  state?: { last: string; frontier: string[]; root: string; steps: PruneStep[] };
}

/** What {@link planRetention} returns. */
export interface RetentionPlan {
  ledger: string;
  now: string;
  streams: StreamPlan[];
  holds: LegalHold[];
  /** Events and bytes apply would remove. */
  events: number;
  bytes: number;
  /** Why the holds stream (or the signed head) does not verify: then nothing is removed. */
  holdsFailure?: string;
  /** Streams with an interrupted prune (leftover segments below the last record's prune point). */
  interrupted?: Array<{ stream: string; segments: number }>;
}

/** Options of {@link planRetention}. */
export interface RetentionOptions {
  /** The time periods are measured against (default: now). For tests and dry runs. */
  now?: Date;
  policy?: RetentionPolicy;
  /** Only these streams. */
  streams?: readonly string[];
  /** Pinned verifier key(s) the holds stream and signed head are checked with (default: the ledger's own). */
  verifierKey?: string | readonly string[];
}

function isoOrUndefined(ms: number): string {
  return Number.isFinite(ms) ? new Date(ms).toISOString() : 'never';
}

/**
 * Plans retention for a ledger folder: per stream, the longest run of closed segments (never the
 * last one) from its start whose every event is past its period (`retentionOf`), covered by a
 * signed checkpoint, and under no active hold. Reads those segments (and stops at the first
 * event that must stay); changes nothing.
 *
 * @example
 * ```ts
 * const plan = await planRetention('./audit', { now: new Date('2031-01-01T00:00:00Z') });
 * for (const s of plan.streams) console.log(s.stream, s.from, '->', s.to, s.kept?.reason);
 * ```
 */
export async function planRetention(dir: string, options: RetentionOptions = {}): Promise<RetentionPlan> {
  const now = (options.now ?? new Date()).getTime();
  if (!Number.isFinite(now)) throw new AuditError({ code: 'invalid_options', message: 'retention: now is not a valid time' });
  const policy = options.policy ?? DEFAULT_RETENTION_POLICY;
  const info = readLedgerInfo(dir);
  const allStreams = await listStreams(dir);
  const unknown = options.streams?.filter((s) => !allStreams.includes(s)) ?? [];
  if (unknown.length > 0) throw new AuditError({ code: 'invalid_options', message: `no stream ${unknown.map((s) => JSON.stringify(s)).join(', ')} in ledger ${dir}; its streams: ${allStreams.join(', ') || 'none'}` });
  // A hold can only be trusted from a holds stream that verifies against the signed head.
  const pinned = typeof options.verifierKey === 'string' ? [options.verifierKey] : options.verifierKey;
  const holdsFailure = await checkHoldsStream(dir, pinned);
  const { holds, unreadable } = holdsFailure ? { holds: [], unreadable: [] } : await readHolds(dir);
  const active = holds.filter((h) => !h.released);
  const plan: RetentionPlan = { ledger: info.id, now: new Date(now).toISOString(), streams: [], holds: active, events: 0, bytes: 0, ...(holdsFailure ? { holdsFailure } : {}) };
  const names = allStreams.filter((s) => !options.streams || options.streams.includes(s));
  for (const stream of names) {
    const left = leftoverSegments(streamDir(dir, stream));
    if (left.length > 0) (plan.interrupted ??= []).push({ stream, segments: left.length });
  }
  if (holdsFailure) {
    for (const stream of names) plan.streams.push({ stream, from: 0, to: 0, segments: [], kept: { reason: `the holds stream does not verify against the signed head (${holdsFailure}); nothing is removed until it does` } });
    return plan;
  }
  for (const stream of names) {
    const sp = await planStream(dir, stream, now, policy, active, unreadable);
    plan.streams.push(sp);
    for (const s of sp.segments) {
      plan.events += s.events;
      plan.bytes += s.bytes;
    }
  }
  return plan;
}

async function planStream(dir: string, stream: string, now: number, policy: RetentionPolicy, holds: readonly LegalHold[], unreadable: readonly string[]): Promise<StreamPlan> {
  const sdir = streamDir(dir, stream);
  const notes = readPrunedNotes(sdir);
  const base = notes.length > 0 ? lastRecord(notes) : undefined;
  const from = base?.size ?? 0;
  const sp: StreamPlan = { stream, from, to: from, segments: [] };
  if (stream === HOLDS_STREAM) {
    sp.kept = { reason: 'the holds stream is never pruned (it says what is held)' };
    return sp;
  }
  if (unreadable.length > 0) {
    sp.kept = { reason: `hold.add event ${unreadable[0]} cannot be read as a hold; nothing is removed until it is` };
    return sp;
  }
  const streamHold = holds.find((h) => h.scope === 'stream' && h.value === stream);
  if (streamHold) {
    sp.kept = { reason: `the whole stream is under hold ${streamHold.id} (${streamHold.reason})` };
    return sp;
  }
  const { segments: all } = listSegments(sdir);
  // Leftovers of an interrupted prune are apply's to remove first, not to plan again.
  const segments = all.slice(leftoverSegments(sdir).length);
  if (segments[0] && segments[0].firstSeq !== from) {
    sp.kept = { reason: `the first segment starts at seq ${segments[0].firstSeq}, but the last ledger.pruned record ends at ${from}; run agent-audit verify`, seq: from };
    return sp;
  }
  const checkpoints = readCheckpointFile(path.join(sdir, CHECKPOINTS_FILE));
  const range = base ? CompactRange.fromJSON({ size: base.size, hashes: base.frontier }) : new CompactRange();
  let last = base?.last ?? GENESIS_HASH;
  const checkpointSizes = new Set(checkpoints.map((c) => c.size));
  const steps: PruneStep[] = [];
  let interval = new IntervalRange(from);
  const closed = segments.slice(0, -1);
  if (closed.length === 0) {
    sp.kept = { reason: 'only the open segment is left (the last segment of a stream is never removed)' };
    return sp;
  }
  for (const [i, segment] of closed.entries()) {
    const hash = createHash('sha256');
    let seq = segment.firstSeq;
    let bytes = 0;
    let expiresAt = Number.NEGATIVE_INFINITY;
    let firstTs: string | undefined;
    let lastTs: string | undefined;
    let keep: StreamPlan['kept'];
    scan: for await (const chunk of readFileLineChunks(segment.file)) {
      for (const line of chunk) {
        hash.update(line);
        hash.update('\n');
        bytes += line.length + 1;
        const event = parseLine(line.toString('utf8'));
        if (!event || event.seq !== seq || typeof event.hash !== 'string') {
          keep = { reason: `seq ${seq} in ${path.basename(segment.file)} is not a readable event in order; run agent-audit verify`, seq };
          break scan;
        }
        const held = holds.find((h) => holdCovers(h, event));
        if (held) {
          keep = { reason: `seq ${seq} (event ${event.id}) is under hold ${held.id}: ${held.scope} ${held.value} (${held.reason})`, seq };
          break scan;
        }
        const decision = retentionOf(event, policy);
        if (decision.expiresAt > now) {
          keep = { reason: `seq ${seq} (event ${event.id}, ${event.ts}) is kept until ${isoOrUndefined(decision.expiresAt)}: ${decision.basis}`, seq };
          break scan;
        }
        if (decision.expiresAt > expiresAt) expiresAt = decision.expiresAt;
        firstTs ??= event.ts;
        lastTs = event.ts;
        const leaf = Buffer.from(event.hash, 'hex');
        range.append(leaf);
        interval.append(leaf);
        last = event.hash;
        seq++;
        if (checkpointSizes.has(seq)) {
          steps.push({ size: seq, nodes: interval.nodes.map((n) => ({ level: n.level, hash: Buffer.from(n.hash).toString('hex') })) });
          interval = new IntervalRange(seq);
        }
      }
    }
    if (keep) {
      sp.kept = keep;
      break;
    }
    const next = segments[i + 1] as { firstSeq: number };
    if (next.firstSeq !== seq) {
      sp.kept = { reason: `segment ${path.basename(segment.file)} ends at seq ${seq - 1} but the next one starts at ${next.firstSeq}; run agent-audit verify`, seq };
      break;
    }
    const covering = checkpoints.find((c) => c.size >= seq);
    if (!covering) {
      sp.kept = { reason: `seq ${segment.firstSeq}..${seq - 1} are not covered by a signed checkpoint yet`, seq: segment.firstSeq };
      break;
    }
    sp.segments.push({ file: segment.file, name: path.basename(segment.file), firstSeq: segment.firstSeq, events: seq - segment.firstSeq, bytes, sha256: hash.digest('hex'), ...(firstTs ? { firstTs } : {}), ...(lastTs ? { lastTs } : {}), expiresAt });
    sp.to = seq;
    sp.covering = { size: covering.size, root: covering.root };
    const finalSteps = [...steps];
    if (finalSteps[finalSteps.length - 1]?.size !== seq) finalSteps.push({ size: seq, nodes: interval.nodes.map((n) => ({ level: n.level, hash: Buffer.from(n.hash).toString('hex') })) });
    sp.state = { last, frontier: range.toJSON().hashes, root: Buffer.from(range.root()).toString('hex'), steps: finalSteps };
  }
  if (!sp.kept && sp.segments.length === closed.length) sp.kept = { reason: 'only the open segment is left (the last segment of a stream is never removed)' };
  return sp;
}

/**
 * Whole segments left below the last `ledger.pruned` record's prune point by an interrupted prune
 * (kill -9 between signing the record and removing them): those before the segment that starts
 * exactly at the prune point. Empty when there is none, or when no segment starts there.
 */
export function leftoverSegments(sdir: string): Array<{ file: string; firstSeq: number }> {
  let notes: string[];
  try {
    notes = readPrunedNotes(sdir);
  } catch {
    return [];
  }
  if (notes.length === 0) return [];
  let size: number;
  try {
    size = lastRecord(notes).size;
  } catch {
    return [];
  }
  const { segments } = listSegments(sdir);
  const at = segments.findIndex((s) => s.firstSeq >= size);
  return at > 0 && segments[at]?.firstSeq === size ? segments.slice(0, at) : [];
}

function lastRecord(notes: readonly string[]): PrunedRecord {
  const note = notes[notes.length - 1] as string;
  return parsePrunedText(note.slice(0, note.lastIndexOf('\n\n') + 1));
}

/** Options of {@link applyRetention}. */
export interface ApplyRetentionOptions extends RetentionOptions {
  /** Folder the archives are written to (outside the ledger). Required. */
  archiveDir: string;
  /** AES-256-GCM key (32 bytes, `readArchiveKey()`): encrypt the archives. */
  encryptionKey?: Buffer;
  /** The ledger's signer key; default: its key file in `keyDir`. */
  signingKey?: string;
  /** Folder of the ledger's signer key (default: the default key folder). */
  keyDir?: string;
  /** Pinned verifier key(s) to check the written archive with (default: the signer's and the ledger's published keys). */
  verifierKey?: string | readonly string[];
  /** Record a `ledger.pruned` event per pruned stream in the `retention` stream (default true). */
  recordEvents?: boolean;
}

/** One stream pruned by {@link applyRetention}. */
export interface PrunedStream {
  stream: string;
  from: number;
  to: number;
  events: number;
  bytes: number;
  archive: string;
  archiveSha256: string;
  /** A prune an earlier, killed run signed; this run records its missing ledger.pruned event. */
  resumed?: boolean;
}

/** What {@link applyRetention} returns. */
export interface RetentionApplyResult {
  plan: RetentionPlan;
  pruned: PrunedStream[];
  /** Streams the plan would have pruned but apply left whole, with why. */
  skipped: Array<{ stream: string; reason: string }>;
  /** Interrupted prunes this run finished: leftover segments below a signed prune point it removed. */
  finished?: Array<{ stream: string; segments: number; to: number }>;
}

/**
 * Applies a retention plan: for each stream with segments to remove, writes the archive to
 * `archiveDir`, verifies it (every event, checkpoint, the covering checkpoint's consistency and
 * the seal), re-reads the holds (a hold placed meanwhile leaves the stream whole), appends the
 * signed `ledger.pruned` record to the stream's `pruned.jsonl`, and only then removes the
 * segments. Throws AuditError/KeyError (nothing removed) for a missing archive folder or key; a
 * stream whose archive does not verify is skipped, never pruned.
 *
 * @example
 * ```ts
 * const { pruned } = await applyRetention('./audit', { archiveDir: '/mnt/cold/audit', encryptionKey: readArchiveKey('/etc/audit/archive.key') });
 * ```
 */
export async function applyRetention(dir: string, options: ApplyRetentionOptions): Promise<RetentionApplyResult> {
  if (typeof options?.archiveDir !== 'string' || options.archiveDir === '') throw new AuditError({ code: 'invalid_options', message: 'retention apply needs archiveDir: the folder archives go to, outside the ledger' });
  const ledgerDir = path.resolve(dir);
  const archiveDir = path.resolve(options.archiveDir);
  const info = readLedgerInfo(ledgerDir);
  if (isInside(realPathOf(archiveDir), realPathOf(ledgerDir))) throw new AuditError({ code: 'invalid_options', message: `the archive folder ${options.archiveDir} is inside the ledger ${dir}; archives go to a second tier outside it` });
  fs.mkdirSync(archiveDir, { recursive: true, mode: 0o700 });
  let signerKey = options.signingKey;
  if (!signerKey) {
    const file = signerKeyFile({ ledgerDir, ledgerId: info.id, ...(options.keyDir ? { keyDir: options.keyDir } : {}) });
    const loaded = readSignerKey(file);
    if (!loaded) throw new KeyError({ message: `no signing key for ledger ${dir} at ${file}: retention signs its ledger.pruned records with the ledger's key (pass --key-dir or the key)` });
    signerKey = loaded.signerKey;
  }
  const ownKey = verifierKeyFromSigner(signerKey);
  const keys = options.verifierKey && options.verifierKey.length > 0 ? (typeof options.verifierKey === 'string' ? [options.verifierKey] : [...options.verifierKey]) : [...new Set([ownKey, ...readVerifierKeys(ledgerDir)])];
  if (!keys.includes(ownKey)) throw new KeyError({ message: `the signing key found for ${dir} (${ownKey}) is not among the pinned verifier keys` });

  // One apply at a time per ledger, for the whole run (docs/RETENTION.md).
  let releaseRetention: () => void;
  try {
    releaseRetention = acquireLock(path.join(ledgerDir, RETENTION_LOCK_FILE));
  } catch (error) {
    if ((error as LedgerError).code === 'ledger_locked') throw new AuditError({ code: 'retention_locked', message: `another retention apply is running on ${dir} (${(error as Error).message})`, cause: error });
    throw error;
  }
  try {
    return await applyLocked(ledgerDir, info.id, archiveDir, signerKey, keys, options);
  } finally {
    releaseRetention();
  }
}

/** Test hook: `AGENT_AUDIT_RETENTION_CRASH_AT=<point>` kills this process (SIGKILL) at that point of apply. */
function crashPoint(point: string): void {
  if (process.env.AGENT_AUDIT_RETENTION_CRASH_AT === point) process.kill(process.pid, 'SIGKILL');
}

async function applyLocked(ledgerDir: string, ledgerId: string, archiveDir: string, signerKey: string, keys: string[], options: ApplyRetentionOptions): Promise<RetentionApplyResult> {
  const info = { id: ledgerId };
  // Temporary archive files of a run that was killed (this lock proves no other run writes them).
  for (const name of fs.readdirSync(archiveDir)) {
    if (name.startsWith(`${ledgerId}.`) && /\.archive\.\d+\.tmp$/.test(name)) fs.rmSync(path.join(archiveDir, name), { force: true });
  }
  const plan = await planRetention(ledgerDir, { ...options, verifierKey: keys });
  const result: RetentionApplyResult = { plan, pruned: [], skipped: [] };
  if (plan.holdsFailure) {
    result.skipped.push({ stream: HOLDS_STREAM, reason: `the holds stream does not verify against the signed head (${plan.holdsFailure}); nothing removed` });
    return result;
  }
  // First finish what a killed run left: leftover segments below a signed prune point, and
  // ledger.pruned events missing from the retention stream.
  const resumed = await finishInterrupted(ledgerDir, ledgerId, keys, result);
  const heldBefore = JSON.stringify(plan.holds.map((h) => h.id));
  for (const sp of plan.streams) {
    if (sp.segments.length === 0 || !sp.state || !sp.covering) continue;
    const sdir = streamDir(ledgerDir, sp.stream);
    // The stream's earlier records must verify: the new one continues from the last.
    const prior = loadPrunedState(sdir, info.id, sp.stream, keys);
    if ('error' in prior) {
      result.skipped.push({ stream: sp.stream, reason: prior.error });
      continue;
    }
    const notes = readPrunedNotes(sdir);
    const checkpointLines = fs.readFileSync(path.join(sdir, CHECKPOINTS_FILE), 'utf8').split('\n').filter((line) => {
      if (line === '') return false;
      const size = (JSON.parse(line) as { size: number }).size;
      return size <= (sp.covering as { size: number }).size;
    });
    const coveringStep = sp.covering.size > sp.to ? await stepTo(sdir, sp.to, sp.covering.size) : undefined;
    const manifest: ArchiveManifest = {
      format: 'agent-audit-archive', version: 1, ledger: info.id, stream: sp.stream, from: sp.from, to: sp.to,
      created: new Date().toISOString(),
      segments: sp.segments.map((s) => ({ name: s.name, firstSeq: s.firstSeq, events: s.events, bytes: s.bytes, sha256: s.sha256 })),
      covering: sp.covering,
      ...(sp.segments[0]?.firstTs ? { firstTs: sp.segments[0].firstTs } : {}),
      ...(sp.segments.at(-1)?.lastTs ? { lastTs: sp.segments.at(-1)?.lastTs } : {}),
      verifierKeys: keys,
    };
    const name = `${info.id}.${sp.stream}.${sp.from}-${sp.to}.archive`;
    const file = path.join(archiveDir, name);
    const encryption = options.encryptionKey ? { encryptionKey: options.encryptionKey } : {};
    let written: { sha256: string };
    if (fs.existsSync(file)) {
      // A run killed after writing this archive: reused when it verifies and holds exactly these segments.
      const existing = await verifyArchive(file, { verifierKey: keys, ...encryption });
      const m = existing.manifest;
      const same = existing.ok && m !== undefined && m.ledger === info.id && m.stream === sp.stream && m.from === sp.from && m.to === sp.to
        && JSON.stringify(m.segments.map((x) => [x.name, x.sha256])) === JSON.stringify(manifest.segments.map((x) => [x.name, x.sha256]));
      if (!same) {
        result.skipped.push({ stream: sp.stream, reason: `${file} exists already and is not a verified archive of exactly these segments (${existing.ok ? 'it holds other segments' : existing.failure?.reason}); move it away and run again` });
        continue;
      }
      written = { sha256: await fileSha256(file) };
    } else {
      written = await writeArchive(file, {
        manifest, checkpointLines, segmentFiles: sp.segments.map((s) => s.file), signerKey,
        ...(notes.length > 0 ? { startNote: notes[notes.length - 1] as string } : {}),
        ...(coveringStep ? { coveringStep } : {}),
        ...encryption,
      });
      crashPoint('archive-written');
      // Verified after writing, read back from the disk: only then is anything removed.
      const check = await verifyArchive(file, { verifierKey: keys, ...encryption });
      if (!check.ok) {
        result.skipped.push({ stream: sp.stream, reason: `the archive ${file} did not verify after writing (${check.failure?.reason}); nothing removed` });
        continue;
      }
    }
    // Re-check the holds, sign and remove under HOLDS.lock, which hold add/release take too: a
    // hold lands before this re-check or waits until the segments are gone.
    const releaseHoldsLock = await acquireLockWaiting(path.join(ledgerDir, HOLDS_LOCK_FILE));
    try {
      crashPoint('holds-locked');
      const holdsFailure = await checkHoldsStream(ledgerDir, keys);
      if (holdsFailure) {
        result.skipped.push({ stream: sp.stream, reason: `the holds stream does not verify against the signed head (${holdsFailure}); nothing removed` });
        continue;
      }
      const { holds } = await readHolds(ledgerDir);
      if (JSON.stringify(holds.filter((h) => !h.released).map((h) => h.id)) !== heldBefore) {
        result.skipped.push({ stream: sp.stream, reason: 'the holds changed while retention ran; nothing removed (run it again)' });
        continue;
      }
      const record: PrunedRecord = {
        ledger: info.id, stream: sp.stream, from: sp.from, size: sp.to, root: sp.state.root, last: sp.state.last, frontier: sp.state.frontier,
        timestamp: new Date().toISOString(), archive: { sha256: written.sha256, name }, steps: sp.state.steps,
      };
      const fd = fs.openSync(path.join(sdir, PRUNED_FILE), 'a', 0o644);
      try {
        fs.writeSync(fd, signPrunedRecord(record, signerKey) + '\n');
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      fsyncDir(sdir);
      crashPoint('record-signed');
      for (const [i, segment] of sp.segments.entries()) {
        fs.unlinkSync(segment.file);
        if (i === 0) crashPoint('removing');
      }
      fsyncDir(sdir);
    } finally {
      releaseHoldsLock();
    }
    crashPoint('removed');
    result.pruned.push({ stream: sp.stream, from: sp.from, to: sp.to, events: sp.to - sp.from, bytes: sp.segments.reduce((n, s) => n + s.bytes, 0), archive: file, archiveSha256: written.sha256 });
  }
  const toRecord = [...resumed, ...result.pruned];
  // With nothing to record, the retention stream's writer is still opened when the stream exists:
  // a run killed after writing its events but before their checkpoint left them unsigned, and
  // reopening the stream with its writer signs them.
  const reopen = fs.existsSync(streamDir(ledgerDir, RETENTION_STREAM));
  if ((toRecord.length > 0 || reopen) && options.recordEvents !== false) await recordPruned(ledgerDir, toRecord, signerKey, options.keyDir);
  return result;
}

async function fileSha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Finishes prunes a killed run left half done: removes whole segments below a stream's last signed
 * (and verified) prune point, and returns the prunes whose `ledger.pruned` event is missing from
 * the retention stream (to be recorded). Records older than the retention stream's own last prune
 * are not re-recorded (their events may have been pruned with it).
 */
async function finishInterrupted(ledgerDir: string, ledgerId: string, keys: readonly string[], result: RetentionApplyResult): Promise<PrunedStream[]> {
  const streams = await listStreams(ledgerDir);
  const recorded = new Set<string>();
  let retentionPrunedAt = '';
  if (streams.includes(RETENTION_STREAM)) {
    for await (const event of readEvents(ledgerDir, { stream: RETENTION_STREAM })) {
      const attrs = (event.attrs ?? {}) as Record<string, unknown>;
      if (event.type === 'ledger.pruned') recorded.add(`${String(attrs.stream)}\n${String(attrs.size)}`);
    }
    const notes = readPrunedNotes(streamDir(ledgerDir, RETENTION_STREAM));
    if (notes.length > 0) retentionPrunedAt = lastRecord(notes).timestamp;
  }
  const missing: PrunedStream[] = [];
  for (const stream of streams) {
    const sdir = streamDir(ledgerDir, stream);
    if (readPrunedNotes(sdir).length === 0) continue;
    const state = loadPrunedState(sdir, ledgerId, stream, keys);
    if ('error' in state) continue; // the stream's own planning reports it
    const left = leftoverSegments(sdir);
    if (left.length > 0 && left.every((s) => s.firstSeq < state.size)) {
      for (const segment of left) fs.unlinkSync(segment.file);
      fsyncDir(sdir);
      (result.finished ??= []).push({ stream, segments: left.length, to: state.size });
    }
    for (const r of state.records) {
      if (recorded.has(`${stream}\n${r.size}`) || r.timestamp <= retentionPrunedAt) continue;
      missing.push({ stream, from: r.from, to: r.size, events: r.size - r.from, bytes: 0, archive: r.archive.name, archiveSha256: r.archive.sha256, resumed: true });
    }
  }
  return missing;
}

/** Consistency nodes from `from` leaves to `to` leaves, read from the stream's remaining segments. */
async function stepTo(sdir: string, from: number, to: number): Promise<PruneStep> {
  const interval = new IntervalRange(from);
  for (const segment of listSegments(sdir).segments) {
    if (interval.end >= to) break;
    for await (const chunk of readFileLineChunks(segment.file)) {
      for (const line of chunk) {
        const event = parseLine(line.toString('utf8'));
        if (!event || typeof event.seq !== 'number' || event.seq < interval.end) continue;
        if (event.seq !== interval.end) throw new AuditError({ code: 'retention_read', message: `seq ${interval.end} is missing in ${segment.file}` });
        interval.append(Buffer.from(event.hash, 'hex'));
        if (interval.end >= to) break;
      }
      if (interval.end >= to) break;
    }
  }
  if (interval.end !== to) throw new AuditError({ code: 'retention_read', message: `the stream ends before its checkpoint at ${to}` });
  return { size: to, nodes: interval.nodes.map((n) => ({ level: n.level, hash: Buffer.from(n.hash).toString('hex') })) };
}

async function recordPruned(dir: string, pruned: readonly PrunedStream[], signingKey: string, keyDir: string | undefined): Promise<void> {
  const errors: Error[] = [];
  const auditor = createAuditor({
    agent: { id: 'agent-audit-retention', name: 'agent-audit retention' },
    stream: 'retention',
    source: 'agent-audit',
    systemEvents: true,
    sink: fileLedger({ dir, signingKey, ...(keyDir ? { keyDir } : {}) }),
    onError: (error) => errors.push(error),
  });
  for (const p of pruned) {
    auditor.record({
      type: 'ledger.pruned',
      outcome: 'success',
      resource: { type: 'stream', id: p.stream, operation: 'prune' },
      attrs: { stream: p.stream, from: p.from, size: p.to, events: p.events, ...(p.resumed ? { resumed: true } : { bytes: p.bytes }), archive: path.basename(p.archive), archiveSha256: p.archiveSha256 },
    });
  }
  if (pruned.length > 0) {
    await auditor.flush();
    crashPoint('recording'); // events written, their checkpoint not yet
  }
  await auditor.close();
  if (errors.length > 0) throw new AuditError({ code: 'retention_record', message: `the segments were archived and removed, but recording ledger.pruned failed: ${errors[0]?.message}` });
}
