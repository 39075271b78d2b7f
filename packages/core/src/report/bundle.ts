import { createHash } from 'node:crypto';
import { canonicalize } from '../crypto/jcs.js';
import { requireOptions } from '../internal/options.js';
import { verifyInclusion } from '../crypto/merkle.js';
import { openNote, parseCheckpoint, parseVerifierKey, signNote } from '../crypto/note.js';
import { AuditError } from '../spec/errors.js';
import type { AuditEvent } from '../spec/event.js';
import { hashOfLine, parseLine } from '../ledger/lines.js';
import type { EventFilter } from '../ledger/query.js';
import type { ReportSource, SourceInfo } from './source.js';
import { proveStreamEvents, type CheckpointRef } from './proofs.js';
import { resolvePeriod } from './common.js';

export const BUNDLE_FORMAT = 'agent-audit-evidence-bundle';

/** What an evidence bundle selects: a session, a trace, or a period (with `from`/`to` also narrowing the others). */
export interface BundleSelection {
  session?: string;
  trace?: string;
  /** Inclusive lower bound on `ts` (RFC 3339). */
  from?: string;
  /** Exclusive upper bound on `ts` (RFC 3339). */
  to?: string;
}

/** One selected event: its stored line and its inclusion proof. */
export interface BundleEvent {
  stream: string;
  /** The event exactly as stored (canonical JSON with `hash`). */
  line: string;
  /** Its seq, the leaf index in the stream's tree. */
  leafIndex: number;
  /** Size of the signed checkpoint the proof leads to (one of `checkpoints`). */
  treeSize: number;
  /** RFC 9162 audit path, hex, the leaf's sibling first. */
  path: string[];
}

/** The manifest: what was selected, from where, and what the bundle holds. */
export interface BundleManifest {
  created: string;
  selection: BundleSelection;
  sources: SourceInfo[];
  events: number;
  streams: Array<{ stream: string; events: number; firstSeq: number; lastSeq: number; checkpointSize: number }>;
}

/**
 * An evidence bundle: one JSON file an auditor can check offline with the pinned verifier key
 * alone (docs/REPORTS.md, "Evidence bundles"). The file is the RFC 8785 canonical JSON of this
 * object plus one LF; `digest` is the SHA-256 of the canonical JSON of every other member except
 * `signature`; `signature`, when present, is a C2SP signed note over the digest.
 */
export interface EvidenceBundle {
  format: typeof BUNDLE_FORMAT;
  version: 1;
  manifest: BundleManifest;
  events: BundleEvent[];
  checkpoints: CheckpointRef[];
  /** Verifier keys the source published, plus those pinned at export. Trust only your own pinned copy. */
  verifierKeys: string[];
  digest: string;
  signature?: string;
}

/** Options of `exportBundle()`. */
export interface ExportBundleOptions {
  session?: string;
  trace?: string;
  from?: string | Date;
  to?: string | Date;
  /** Pinned verifier keys: the source must verify under them before anything is exported. */
  verifierKeys?: readonly string[];
  /** Signer key (`PRIVATE+KEY+…`) that signs the bundle's digest, so its manifest is authenticated, not only integrity-checked. */
  signerKey?: string;
  /** Most events a bundle may hold (they are held in memory). Default 100,000. */
  maxEvents?: number;
  now?: Date;
  /** Progress of the read that selects and verifies (as `ReportOptions.onProgress`). */
  onProgress?: (done: number, total: number | undefined) => void;
}

const digestOf = (bundle: Omit<EvidenceBundle, 'digest' | 'signature'>): string => createHash('sha256').update(canonicalize(bundle)).digest('hex');
const signatureText = (digest: string) => `${BUNDLE_FORMAT}/v1\nsha256 ${digest}\n`;

/**
 * Builds an evidence bundle: verifies the source, selects the events, proves each against its
 * stream's latest signed checkpoint, and returns the bundle and its file text (canonical JSON
 * plus LF). Throws an `AuditError`: `invalid_selection` (no selector), `not_found` (nothing
 * selected), `ledger_invalid` (the source does not verify), `not_checkpointed` (an event is not
 * covered by a signed checkpoint yet), `too_many_events`.
 *
 * @example
 * ```ts
 * const { text } = await exportBundle(ledgerSource('./audit'), { session: 'claim-5521', verifierKeys: [pinned] });
 * fs.writeFileSync('claim-5521.bundle.json', text);
 * ```
 */
export async function exportBundle(source: ReportSource, options: ExportBundleOptions = {}): Promise<{ bundle: EvidenceBundle; text: string }> {
  requireOptions('exportBundle', options, 'options { session?, trace?, from?, to?, ... }');
  const period = resolvePeriod(options);
  if (!options.session && !options.trace && !period.from && !period.to) throw new AuditError({ code: 'invalid_selection', message: 'an export needs --session, --trace, or --from/--to' });
  const filter: EventFilter = {
    ...(options.session ? { session: options.session } : {}),
    ...(options.trace ? { trace: options.trace } : {}),
    ...(period.from ? { since: period.from } : {}),
    ...(period.to ? { until: period.to } : {}),
  };
  // The selection comes from the pass that verifies the source (or verification runs alongside
  // it); nothing is proven or returned before it passed.
  const verifyOptions = options.verifierKeys && options.verifierKeys.length > 0 ? { verifierKeys: options.verifierKeys } : {};
  const scan = source.verifiedEvents?.(filter, { ...verifyOptions, ...(options.onProgress ? { onProgress: options.onProgress } : {}) }) ?? { verification: source.verify(verifyOptions), events: source.events(filter) };
  const verifying = scan.verification;
  verifying.catch(() => undefined);
  const maxEvents = options.maxEvents ?? 100_000;
  const selected: AuditEvent[] = [];
  for await (const event of scan.events) {
    if (selected.length >= maxEvents) throw new AuditError({ code: 'too_many_events', message: `more than ${maxEvents} events selected; narrow the selection` });
    selected.push(event);
  }
  const verification = await verifying;
  if (!verification.ok) {
    const f = verification.firstFailure;
    throw new AuditError({ code: 'ledger_invalid', message: `the source does not verify${f ? ` (stream ${f.stream}, seq ${f.seq}: ${f.reason})` : ''}; nothing exported` });
  }
  if (selected.length === 0) throw new AuditError({ code: 'not_found', message: 'no events match the selection' });
  const byStream = new Map<string, AuditEvent[]>();
  for (const event of selected) {
    const list = byStream.get(event.stream);
    if (list) list.push(event);
    else byStream.set(event.stream, [event]);
  }
  const lines = new Map<string, string>();
  const checkpoints: CheckpointRef[] = [];
  const proofs = new Map<string, { treeSize: number; path: string[] }>();
  const streams: BundleManifest['streams'] = [];
  for (const [stream, events] of [...byStream].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const seqs = new Set(events.map((e) => e.seq));
    const result = await proveStreamEvents(source, stream, seqs);
    const missing = events.filter((e) => !result.proofs.has(e.seq));
    if (missing.length > 0 || !result.checkpoint) {
      throw new AuditError({ code: 'not_checkpointed', message: `${missing.length} selected event(s) of stream ${stream} (first seq ${missing[0]?.seq}) are not covered by a signed checkpoint yet; close the writer or wait for the next checkpoint` });
    }
    checkpoints.push(result.checkpoint);
    for (const [seq, proof] of result.proofs) proofs.set(`${stream}\0${seq}`, { treeSize: proof.treeSize, path: proof.path });
    // The stored lines (exact bytes) of the selected events.
    const wanted = new Set(seqs);
    for await (const { line, event } of source.lines(stream)) {
      if (wanted.delete(event.seq)) lines.set(`${stream}\0${event.seq}`, line);
      if (wanted.size === 0) break;
    }
    const sorted = [...seqs].sort((a, b) => a - b);
    streams.push({ stream, events: events.length, firstSeq: sorted[0] as number, lastSeq: sorted[sorted.length - 1] as number, checkpointSize: result.checkpoint.size });
  }
  const bundleEvents: BundleEvent[] = selected.map((event) => {
    const key = `${event.stream}\0${event.seq}`;
    const proof = proofs.get(key) as { treeSize: number; path: string[] };
    const line = lines.get(key);
    if (line === undefined) throw new AuditError({ code: 'ledger_invalid', message: `stream ${event.stream} seq ${event.seq} could not be read back` });
    return { stream: event.stream, line, leafIndex: event.seq, treeSize: proof.treeSize, path: proof.path };
  });
  const keys = new Set<string>([...(await source.publishedVerifierKeys()), ...(options.verifierKeys ?? [])]);
  const body: Omit<EvidenceBundle, 'digest' | 'signature'> = {
    format: BUNDLE_FORMAT,
    version: 1,
    manifest: {
      created: period.now.toISOString(),
      selection: { ...(options.session ? { session: options.session } : {}), ...(options.trace ? { trace: options.trace } : {}), ...(period.from ? { from: period.from } : {}), ...(period.to ? { to: period.to } : {}) },
      sources: await source.describe(),
      events: bundleEvents.length,
      streams,
    },
    events: bundleEvents,
    checkpoints,
    verifierKeys: [...keys].sort(),
  };
  const digest = digestOf(body);
  const bundle: EvidenceBundle = { ...body, digest, ...(options.signerKey ? { signature: signNote(signatureText(digest), options.signerKey) } : {}) };
  return { bundle, text: `${canonicalize(bundle)}\n` };
}

/** What `verifyBundle()` found. */
export interface BundleVerification {
  ok: boolean;
  /** The first problem, naming the section (`file`, `digest`, `signature`, `checkpoints[i]`, `events[i]`, `manifest`). */
  reason?: string;
  events: number;
  checkpoints: number;
  /** True when the digest carried a signature that verified with a pinned key. */
  signed: boolean;
  manifest?: BundleManifest;
}

const HEX64 = /^[0-9a-f]{64}$/;
const TOP_KEYS = ['checkpoints', 'digest', 'events', 'format', 'manifest', 'signature', 'verifierKeys', 'version'];

/** Options of `verifyBundle()`. */
export interface VerifyBundleOptions {
  /**
   * Verifier keys of the bundle signer (`export --sign-key`). When given, the bundle must carry a
   * signature that verifies with one of them: an unsigned bundle is invalid, so a signature
   * cannot be stripped and the manifest edited. Without it a signature is checked if present.
   */
  signerKeys?: readonly string[];
}

/**
 * Checks an evidence bundle offline with pinned verifier keys only. Every byte counts: the file
 * must be exactly its canonical JSON plus LF; the digest covers every member; each checkpoint's
 * signature, origin and body; each event line's hash, stream and seq; each inclusion path to its
 * checkpoint root; and the manifest's counts, ranges and selection against the events.
 *
 * @example
 * ```ts
 * const check = verifyBundle(fs.readFileSync('claim-5521.bundle.json'), [pinnedKey]);
 * if (!check.ok) console.error(check.reason);
 * ```
 */
export function verifyBundle(bytes: Uint8Array | string, verifierKeys: readonly string[], options: VerifyBundleOptions = {}): BundleVerification {
  let events = 0;
  let checkpointCount = 0;
  const fail = (reason: string): BundleVerification => ({ ok: false, reason, events, checkpoints: checkpointCount, signed: false });
  if (verifierKeys.length === 0) throw new AuditError({ code: 'invalid_options', message: 'verifyBundle needs at least one pinned verifier key' });
  for (const key of verifierKeys) parseVerifierKey(key);
  const signerKeys = options.signerKeys ?? [];
  for (const key of signerKeys) parseVerifierKey(key);
  let text: string;
  try {
    text = typeof bytes === 'string' ? bytes : new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('file: not valid UTF-8');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail('file: not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return fail('file: not a JSON object');
  const bundle = parsed as EvidenceBundle;
  if (bundle.format !== BUNDLE_FORMAT || bundle.version !== 1) return fail('file: not an agent-audit evidence bundle, version 1');
  let canonical: string;
  try {
    canonical = canonicalize(bundle);
  } catch {
    return fail('file: cannot be put in canonical form');
  }
  if (`${canonical}\n` !== text) return fail('file: not in its canonical form (bytes were changed, added or reformatted)');
  for (const key of Object.keys(bundle)) if (!TOP_KEYS.includes(key)) return fail(`file: unexpected member ${JSON.stringify(key)}`);
  if (typeof bundle.digest !== 'string' || !HEX64.test(bundle.digest)) return fail('digest: missing or malformed');
  const { digest, signature, ...body } = bundle;
  if (digestOf(body) !== digest) return fail('digest: does not match the contents (something in the bundle was changed)');
  let signed = false;
  if (signature === undefined && signerKeys.length > 0) return fail('signature: missing, but a bundle signer key was pinned (the signature was stripped, or the bundle was never signed)');
  if (signature !== undefined) {
    const opened = typeof signature === 'string' ? openNote(signature, signerKeys.length > 0 ? signerKeys : verifierKeys) : { verified: false, text: '', reason: 'not a string' };
    if (!opened.verified) return fail(`signature: ${opened.reason ?? 'does not verify with the pinned key'}`);
    if (opened.text !== signatureText(digest)) return fail('signature: signs another digest');
    signed = true;
  }
  if (!Array.isArray(bundle.verifierKeys) || !bundle.verifierKeys.every((k) => typeof k === 'string')) return fail('verifierKeys: not a list of keys');
  for (const [i, key] of bundle.verifierKeys.entries()) {
    try {
      parseVerifierKey(key);
    } catch (error) {
      return fail(`verifierKeys[${i}]: malformed (${(error as Error).message})`);
    }
  }
  if (!Array.isArray(bundle.checkpoints) || bundle.checkpoints.length === 0) return fail('checkpoints: none');
  const roots = new Map<string, Uint8Array>();
  for (const [i, cp] of bundle.checkpoints.entries()) {
    const where = `checkpoints[${i}]`;
    if (typeof cp !== 'object' || cp === null || typeof cp.note !== 'string' || typeof cp.stream !== 'string') return fail(`${where}: malformed`);
    const opened = openNote(cp.note, verifierKeys);
    if (!opened.verified) return fail(`${where}: signature ${opened.reason ?? 'does not verify with the pinned key'}`);
    let body;
    try {
      body = parseCheckpoint(opened.text);
    } catch (error) {
      return fail(`${where}: signed body malformed (${(error as Error).message})`);
    }
    const root = Buffer.from(body.root).toString('hex');
    if (body.size !== cp.size || root !== cp.root) return fail(`${where}: record does not match its signed body`);
    const signedTime = body.extensions.find((e) => e.startsWith('timestamp '))?.slice('timestamp '.length);
    if (signedTime !== cp.ts) return fail(`${where}: record time does not match its signed body`);
    if (!body.origin.endsWith(`/${cp.stream}`)) return fail(`${where}: signed for ${body.origin}, not for stream ${cp.stream}`);
    const key = `${cp.stream}\0${cp.size}`;
    if (roots.has(key)) return fail(`${where}: duplicate`);
    roots.set(key, body.root);
    checkpointCount++;
  }
  if (!Array.isArray(bundle.events)) return fail('events: not a list');
  const seen = new Set<string>();
  const perStream = new Map<string, { events: number; firstSeq: number; lastSeq: number; checkpointSize: number }>();
  const manifest = bundle.manifest;
  if (typeof manifest !== 'object' || manifest === null || typeof manifest.selection !== 'object' || manifest.selection === null) return fail('manifest: malformed');
  const selection = manifest.selection;
  let previous: AuditEvent | undefined;
  for (const [i, entry] of bundle.events.entries()) {
    const where = `events[${i}]`;
    if (typeof entry !== 'object' || entry === null || typeof entry.line !== 'string' || !Array.isArray(entry.path)) return fail(`${where}: malformed`);
    const event = parseLine(entry.line);
    if (!event || typeof event.hash !== 'string' || !HEX64.test(event.hash)) return fail(`${where}: not a stored event line`);
    if (hashOfLine(entry.line, event.hash) !== event.hash) return fail(`${where}: the event line does not match its hash (event ${String(event.id)} was changed)`);
    if (event.stream !== entry.stream || event.seq !== entry.leafIndex) return fail(`${where}: stream or leaf index differs from the event's own`);
    const root = roots.get(`${entry.stream}\0${entry.treeSize}`);
    if (!root) return fail(`${where}: no signed checkpoint of size ${entry.treeSize} for stream ${entry.stream} in the bundle`);
    if (!entry.path.every((h) => typeof h === 'string' && HEX64.test(h))) return fail(`${where}: malformed proof`);
    if (!verifyInclusion(Buffer.from(event.hash, 'hex'), entry.leafIndex, entry.treeSize, entry.path.map((h) => Buffer.from(h, 'hex')), root)) {
      return fail(`${where}: the inclusion proof does not lead to the signed root (event ${event.id})`);
    }
    const id = `${event.stream}\0${event.seq}`;
    if (seen.has(id)) return fail(`${where}: duplicate event`);
    seen.add(id);
    if (selection.session !== undefined && event.session !== selection.session) return fail(`${where}: not in the selected session`);
    if (selection.trace !== undefined && event.trace?.traceId !== selection.trace) return fail(`${where}: not in the selected trace`);
    if (selection.from !== undefined && !(event.ts >= selection.from)) return fail(`${where}: before the selected period`);
    if (selection.to !== undefined && !(event.ts < selection.to)) return fail(`${where}: after the selected period`);
    if (previous && (previous.ts > event.ts || (previous.ts === event.ts && (previous.stream > event.stream || (previous.stream === event.stream && previous.seq > event.seq))))) {
      return fail(`${where}: out of time order`);
    }
    previous = event;
    const s = perStream.get(event.stream);
    if (!s) perStream.set(event.stream, { events: 1, firstSeq: event.seq, lastSeq: event.seq, checkpointSize: entry.treeSize });
    else {
      s.events++;
      s.firstSeq = Math.min(s.firstSeq, event.seq);
      s.lastSeq = Math.max(s.lastSeq, event.seq);
      if (s.checkpointSize !== entry.treeSize) return fail(`${where}: proven against another checkpoint than the stream's other events`);
    }
    events++;
  }
  if (manifest.events !== events) return fail(`manifest: says ${String(manifest.events)} events, the bundle holds ${events}`);
  const expected = [...perStream].sort(([a], [b]) => (a < b ? -1 : 1)).map(([stream, s]) => ({ stream, ...s }));
  if (canonicalize(manifest.streams ?? null) !== canonicalize(expected)) return fail('manifest: stream figures do not match the events');
  if (typeof manifest.created !== 'string' || Number.isNaN(Date.parse(manifest.created))) return fail('manifest: created is not a time');
  if (!Array.isArray(manifest.sources)) return fail('manifest: sources is not a list');
  for (const cp of bundle.checkpoints) if (!perStream.has(cp.stream)) return fail(`checkpoints: stream ${cp.stream} has no event in the bundle`);
  return { ok: true, events, checkpoints: checkpointCount, signed, manifest };
}
