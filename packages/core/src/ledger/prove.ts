import { inclusionProof, verifyInclusion } from '../crypto/merkle.js';
import { openNote, parseCheckpoint } from '../crypto/note.js';
import { AuditError } from '../spec/errors.js';
import type { AuditEvent } from '../spec/event.js';
import { hashOfLine, parseLine } from './lines.js';
import fs from 'node:fs';
import { listStreams, listStreamsLeavingOut, readCheckpoints, readStreamLines } from './read.js';
import { STREAM_NAME } from './layout-check.js';
import { listSegments, readLedgerInfo, readVerifierKeys, streamDir } from './layout.js';
import { inclusionProofAfterPrune, prunedBase } from '../retention/pruned.js';
import { sequenceProblem } from './verify.js';

/**
 * A self-contained proof that one event is in a ledger: the stored line, its index, the RFC 6962
 * inclusion path, and the signed checkpoint whose root it leads to. Anyone with the verifier key
 * can check it offline, without the ledger.
 */
export interface InclusionBundle {
  format: 'agent-audit-inclusion-proof';
  version: 1;
  stream: string;
  /** The event as stored (canonical JSON with `hash`). */
  line: string;
  leafIndex: number;
  treeSize: number;
  /** Hex hashes, leaf's sibling first. */
  proof: string[];
  checkpoint: { note: string; size: number; root: string };
  /** The verifier key the ledger published; pin your own copy when checking. */
  verifierKey?: string;
}

/**
 * Builds an inclusion proof for an event id against the latest signed checkpoint of its stream.
 *
 * Throws an `AuditError`: `not_found` (no such event), `not_checkpointed` (no signed checkpoint
 * covers it yet), or `ledger_corrupt` (as `provePostgresEvent` does) when the stream's lines do
 * not follow their seqs (a line deleted, duplicated or reordered: verify's reason, e.g. `missing
 * event: expected seq 3, found seq 4`) or a signed checkpoint is longer than the stream (its tail
 * cut) where the event would need them; an event before such damage, under a checkpoint that
 * ends before it, is still proven. The error carries `stream` when it is known.
 *
 * @example
 * ```ts
 * const bundle = await proveEvent('./audit', '01JD0Z...');
 * fs.writeFileSync('proof.json', JSON.stringify(bundle));
 * ```
 */
export async function proveEvent(dir: string, eventId: string, options: { stream?: string } = {}): Promise<InclusionBundle> {
  readLedgerInfo(dir);
  if (options.stream !== undefined) {
    // Only a plain stream name names a folder of streams/: `..`, `a/b` or `./a` would read another
    // folder (streams/ itself as a stream) or fail with a raw ENOENT.
    if (typeof options.stream !== 'string' || !STREAM_NAME.test(options.stream)) {
      throw new AuditError({ code: 'invalid_options', message: `proveEvent: ${JSON.stringify(options.stream)} is not a stream name (letters, digits, . _ -, not starting with . or -; e.g. claims-bot)` });
    }
    const sdir = streamDir(dir, options.stream);
    if (!fs.existsSync(sdir)) {
      const listed = await listStreamsLeavingOut(dir);
      throw Object.assign(new AuditError({ code: 'not_found', message: `no stream ${JSON.stringify(options.stream)} in ledger ${dir}; its streams: ${listed.streams.slice(0, 10).join(', ') || 'none'}${listed.streams.length > 10 ? ', …' : ''}` }), { stream: options.stream });
    }
  }
  const streams = options.stream ? [options.stream] : await listStreams(dir);
  // A stream whose lines stop following their seqs (a deleted, duplicated or reordered line), in verify's words.
  let brokenAt: string | undefined;
  // Errors name the stream when one is known (`error.stream`), so a caller can verify just that stream.
  const invalid = (what: string, stream?: string): AuditError =>
    Object.assign(new AuditError({ code: 'ledger_corrupt', message: `${what}; no proof can be made (run \`agent-audit verify ${dir}\`)` }), stream === undefined ? {} : { stream });
  for (const stream of streams) {
    const leaves: Buffer[] = [];
    let found: { line: string; index: number } | undefined;
    // A stream retention pruned starts at its last ledger.pruned record (docs/RETENTION.md).
    const { segments } = listSegments(streamDir(dir, stream));
    const pruned = segments[0] && segments[0].firstSeq > 0 ? prunedBase(streamDir(dir, stream)) : undefined;
    const offset = pruned?.size ?? 0;
    let broken: string | undefined;
    for await (const { line, event } of readStreamLines(dir, stream)) {
      // A deleted, duplicated or reordered line: every leaf after it would sit at the wrong index,
      // so the stream is read up to it only; an event before it under a checkpoint that ends
      // before it is still proven (verify names the same place and reason).
      const problem = sequenceProblem(event.seq, offset + leaves.length);
      if (problem) {
        broken = `stream ${stream} does not verify at seq ${offset + leaves.length}: ${problem}`;
        break;
      }
      if (event.id === eventId && !found) found = { line, index: offset + leaves.length };
      leaves.push(Buffer.from(String(event.hash), 'hex'));
    }
    if (!found) {
      brokenAt ??= broken;
      continue;
    }
    const checkpoints = await readCheckpoints(dir, stream);
    const checkpoint = [...checkpoints].reverse().find((c) => c.size > (found as { index: number }).index && c.size <= offset + leaves.length);
    if (!checkpoint) {
      if (broken) throw invalid(`event ${eventId}: ${broken}`, stream);
      // A signed checkpoint longer than the stream: its tail was cut (lines deleted at the end).
      const longer = checkpoints.find((c) => c.size > offset + leaves.length);
      if (longer) throw invalid(`event ${eventId}: stream ${stream} does not verify at seq ${offset + leaves.length}: truncated: a signed checkpoint covers ${longer.size} events but the stream ends after ${offset + leaves.length}`, stream);
      throw Object.assign(new AuditError({ code: 'not_checkpointed', message: `event ${eventId} (seq ${found.index}) is not covered by a signed checkpoint yet; close the writer or wait for the next checkpoint` }), { stream });
    }
    const verifierKey = readVerifierKeys(dir).pop();
    return {
      format: 'agent-audit-inclusion-proof',
      version: 1,
      stream,
      line: found.line,
      leafIndex: found.index,
      treeSize: checkpoint.size,
      proof: (pruned ? inclusionProofAfterPrune(pruned, leaves, found.index, checkpoint.size) : inclusionProof(leaves.slice(0, checkpoint.size), found.index, checkpoint.size)).map((h) => Buffer.from(h).toString('hex')),
      checkpoint: { note: checkpoint.note, size: checkpoint.size, root: checkpoint.root },
      ...(verifierKey ? { verifierKey } : {}),
    };
  }
  if (brokenAt) throw invalid(`no event with id ${eventId} in ${dir} up to where it breaks: ${brokenAt}`);
  throw new AuditError({ code: 'not_found', message: `no event with id ${eventId} in ${dir}` });
}

/** What `verifyInclusionBundle()` found. */
export interface BundleCheck {
  ok: boolean;
  reason?: string;
  event?: AuditEvent;
  keySource: 'pinned' | 'bundle';
}

/**
 * Checks an inclusion bundle offline: the line's hash, the path to the checkpoint root, and the
 * checkpoint's signature (with the pinned key if given, else the key in the bundle).
 *
 * @example
 * ```ts
 * const check = verifyInclusionBundle(JSON.parse(text), { verifierKey: pinned });
 * ```
 */
export function verifyInclusionBundle(bundle: InclusionBundle, options: { verifierKey?: string } = {}): BundleCheck {
  const keySource = options.verifierKey ? 'pinned' : 'bundle';
  const fail = (reason: string): BundleCheck => ({ ok: false, reason, keySource });
  if (!bundle || bundle.format !== 'agent-audit-inclusion-proof' || bundle.version !== 1) return fail('not an agent-audit inclusion proof');
  const event = typeof bundle.line === 'string' ? parseLine(bundle.line) : undefined;
  if (!event || typeof event.hash !== 'string') return fail('the proof does not hold a stored event line');
  if (hashOfLine(bundle.line, event.hash) !== event.hash) return fail('the event line does not match its hash');
  const key = options.verifierKey ?? bundle.verifierKey;
  if (!key) return fail('no verifier key given or included');
  const opened = openNote(bundle.checkpoint?.note, key);
  if (!opened.verified) return fail(`checkpoint signature: ${opened.reason ?? 'invalid'}`);
  let body;
  try {
    body = parseCheckpoint(opened.text);
  } catch (error) {
    return fail(`checkpoint body: ${(error as Error).message}`);
  }
  if (body.size !== bundle.treeSize) return fail('tree size differs from the signed checkpoint');
  if (!Array.isArray(bundle.proof) || !bundle.proof.every((h) => typeof h === 'string' && /^[0-9a-f]{64}$/.test(h))) return fail('malformed proof');
  const ok = verifyInclusion(Buffer.from(event.hash, 'hex'), bundle.leafIndex, bundle.treeSize, bundle.proof.map((h) => Buffer.from(h, 'hex')), body.root);
  return ok ? { ok: true, event, keySource } : fail('the inclusion path does not lead to the signed root');
}

