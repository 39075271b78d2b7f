import { hashChildren, verifyInclusion } from '../crypto/merkle.js';
import { openNote, parseCheckpoint } from '../crypto/note.js';
import { hashOfLine } from '../ledger/lines.js';
import type { StoredCheckpoint } from '../ledger/file-ledger.js';
import type { ReportSource } from './source.js';
import { LedgerFormatError } from '../spec/errors.js';

/** An RFC 9162 inclusion proof of one event against a signed checkpoint of its stream. */
export interface EventProof {
  stream: string;
  /** The event's seq (its leaf index). */
  leafIndex: number;
  /** Size of the signed checkpoint the path leads to. */
  treeSize: number;
  /** Hex hashes, the leaf's sibling first. */
  path: string[];
  /** The leaf hash (the event's `hash`). */
  leaf: string;
}

/** A signed checkpoint as reports and bundles carry it. */
export interface CheckpointRef {
  stream: string;
  size: number;
  /** Hex root. */
  root: string;
  ts: string;
  /** The C2SP signed note (check it with the pinned verifier key). */
  note: string;
}

function largestPowerOfTwoBelow(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * Proves several events of one stream against its latest signed checkpoint, in one pass over
 * the stream. Holds 32 bytes per event of the stream (the leaf hashes), never the events.
 * Each proof is checked as `verifyInclusionBundle()` (`agent-audit verify-proof`) checks it
 * before it is returned: the leaf is the hash of the stored line's own bytes (a line edited
 * after its `hash` was written fails here), the path must lead to the checkpoint's root, and the
 * checkpoint's note must be signed by one of `verifierKeys` (default: the keys the source
 * publishes; not checked when there is none) and name the same size and root. Events the
 * checkpoint does not cover (written after it) get no proof and no failure.
 *
 * @returns proofs by seq; `failures`: why each event that should have a proof has none (by seq);
 *   and the checkpoint used (undefined when the stream has none).
 */
export async function proveStreamEvents(
  source: ReportSource, stream: string, seqs: ReadonlySet<number>, checkpoints?: StoredCheckpoint[], verifierKeys?: readonly string[],
): Promise<{ proofs: Map<number, EventProof>; failures: Map<number, string>; checkpoint?: CheckpointRef }> {
  const proofs = new Map<number, EventProof>();
  const failures = new Map<number, string>();
  const stored = checkpoints ?? (await source.checkpoints(stream));
  const head = stored.reduce<StoredCheckpoint | undefined>((best, c) => (best === undefined || c.size > best.size ? c : best), undefined);
  if (!head || head.size === 0 || seqs.size === 0) return { proofs, failures, ...(head ? { checkpoint: toRef(stream, head) } : {}) };
  const size = head.size;
  const leaves = Buffer.alloc(32 * size);
  // The leaf of each asked event computed from its stored line (undefined: the line does not hold its hash where the format puts it).
  const lineLeaves = new Map<number, string | undefined>();
  let count = 0;
  // A segment that cannot be read (a directory, FIFO or symbolic link planted in the stream
  // folder, a line that is no event) ends the reading: the events before it can still be proven,
  // and a report is never stopped by it (its verification names the file).
  let unreadable: string | undefined;
  try {
    for await (const { line, event } of source.lines(stream)) {
      if (count >= size) break;
      if (event.seq !== count || typeof event.hash !== 'string' || !/^[0-9a-f]{64}$/.test(event.hash)) break;
      leaves.write(event.hash, count * 32, 'hex');
      if (seqs.has(count)) lineLeaves.set(count, hashOfLine(line, event.hash));
      count++;
    }
  } catch (error) {
    if (!(error instanceof LedgerFormatError)) throw error;
    unreadable = error.message;
  }
  const failAll = (reason: string) => {
    for (const seq of seqs) if (seq >= 0 && seq < size) failures.set(seq, reason);
    return { proofs, failures, checkpoint: toRef(stream, head) };
  };
  if (count < size) return failAll(`the stream's stored lines do not run from seq 0 to the checkpoint's size ${size} (pruned, or broken at seq ${count}${unreadable !== undefined ? `: ${unreadable}` : ''}; verify it)`);
  const keys = verifierKeys && verifierKeys.length > 0 ? verifierKeys : await source.publishedVerifierKeys().catch(() => []);
  if (keys.length > 0) {
    const opened = openNote(head.note, keys);
    if (!opened.verified) return failAll(`checkpoint signature: ${opened.reason ?? 'invalid'}`);
    let body;
    try {
      body = parseCheckpoint(opened.text);
    } catch (error) {
      return failAll(`checkpoint body: ${(error as Error).message}`);
    }
    if (body.size !== size || Buffer.from(body.root).toString('hex') !== head.root) return failAll('the stored checkpoint differs from its signed note');
  }
  const cache = new Map<string, Uint8Array>();
  const leafAt = (i: number): Uint8Array => leaves.subarray(i * 32, i * 32 + 32);
  const subtree = (start: number, end: number): Uint8Array => {
    if (end - start === 1) return leafAt(start);
    const k = largestPowerOfTwoBelow(end - start);
    return hashChildren(subtree(start, start + k), subtree(start + k, end));
  };
  const cachedSubtree = (start: number, end: number): Uint8Array => {
    const key = `${start}:${end}`;
    let root = cache.get(key);
    if (!root) {
      root = subtree(start, end);
      cache.set(key, root);
    }
    return root;
  };
  const root = Buffer.from(head.root, 'hex');
  for (const seq of [...seqs].sort((a, b) => a - b)) {
    if (seq < 0 || seq >= size) continue;
    const path: Uint8Array[] = [];
    let start = 0;
    let end = size;
    let m = seq;
    while (end - start > 1) {
      const k = largestPowerOfTwoBelow(end - start);
      if (m < k) {
        path.push(cachedSubtree(start + k, end));
        end = start + k;
      } else {
        path.push(cachedSubtree(start, start + k));
        start += k;
        m -= k;
      }
    }
    path.reverse();
    const leaf = lineLeaves.get(seq);
    if (leaf !== Buffer.from(leafAt(seq)).toString('hex')) {
      failures.set(seq, 'the event line does not match its hash');
      continue;
    }
    if (!verifyInclusion(Buffer.from(leaf, 'hex'), seq, size, path, root)) {
      failures.set(seq, 'the inclusion path does not lead to the signed root');
      continue;
    }
    proofs.set(seq, { stream, leafIndex: seq, treeSize: size, path: path.map((h) => Buffer.from(h).toString('hex')), leaf });
  }
  return { proofs, failures, checkpoint: toRef(stream, head) };
}

function toRef(stream: string, c: StoredCheckpoint): CheckpointRef {
  return { stream, size: c.size, root: c.root, ts: c.ts, note: c.note };
}
