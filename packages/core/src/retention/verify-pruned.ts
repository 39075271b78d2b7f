// Where verification of a pruned stream starts (docs/FORMAT.md §11). Kept apart from
// ledger/verify.ts so its hot loop is untouched: this runs once per stream, before the loop.
import { CompactRange } from '../crypto/merkle.js';
import { GENESIS_HASH } from '../spec/event.js';
import { PRUNED_FILE } from '../ledger/layout.js';
import { loadPrunedState } from './pruned.js';
import path from 'node:path';

interface Failure {
  stream: string;
  seq: number;
  reason: string;
  file?: string;
}

/**
 * The state the stream's remaining events continue from: genesis for a stream whose first segment
 * starts at seq 0 (the pruned records' roots, if any, must then match the events), or the last
 * signed `ledger.pruned` record when segments were removed. Checks that every signed checkpoint and
 * remembered anchor at or below the prune point is one the records prove consistent.
 *
 * A first segment starting after seq 0 that no record covers is a deleted segment: the caller's
 * contiguity check reports it (a finding).
 *
 * An interrupted prune (kill -9 while apply removed segments) leaves whole segments that lie
 * entirely below the last record's prune point, before the segment that starts at it. They are
 * skipped (`skip`), never read nor trusted: the signed record proves those seqs. A warning asks
 * for `retention apply`, which removes them. A segment that straddles the prune point is a finding.
 */
export function prunedStart(
  sdir: string,
  ledgerId: string,
  stream: string,
  keys: readonly string[],
  segments: ReadonlyArray<{ file: string; firstSeq: number }>,
  signedBySize: ReadonlyMap<number, string>,
  anchors: ReadonlyArray<{ size: number; root: string; source: string }>,
  warnings: string[],
): { range: CompactRange; size: number; last: string; extraRoots: Map<number, string>; skip: number } | { failure: Failure } {
  const file = path.join(sdir, PRUNED_FILE);
  const state = loadPrunedState(sdir, ledgerId, stream, keys);
  if ('error' in state) return { failure: { stream, seq: 0, reason: state.error, file } };
  const firstSeq = segments[0]?.firstSeq ?? 0;
  if (firstSeq === 0 || state.records.length === 0) {
    // Never pruned, or a prune stopped before removing anything: the records' roots are checked
    // against the events. A first segment after seq 0 with no record is then reported by the
    // caller as a segment that starts at the wrong seq (deleted segments).
    if (state.records.length > 0 && state.size > 0 && segments.some((s) => s.firstSeq === state.size)) {
      warnings.push(`stream ${stream}: interrupted prune: ${segments.filter((s) => s.firstSeq < state.size).length} leftover segment(s) below the prune point ${state.size} are still there (checked from seq 0); rerun retention apply`);
    }
    return { range: new CompactRange(), size: 0, last: GENESIS_HASH, extraRoots: state.roots, skip: 0 };
  }
  let skip = 0;
  if (firstSeq < state.size) {
    // Leftovers of an interrupted prune: whole segments below the prune point, then one that starts at it.
    const at = segments.findIndex((s) => s.firstSeq >= state.size);
    if (at > 0 && (segments[at] as { firstSeq: number }).firstSeq === state.size) {
      skip = at;
      warnings.push(`stream ${stream}: interrupted prune: ${at} leftover segment(s) below the prune point ${state.size} (${segments.slice(0, at).map((s) => path.basename(s.file)).join(', ')}), not read; rerun retention apply`);
    }
  }
  const first = segments[skip]?.firstSeq ?? 0;
  if (first !== state.size) {
    const segment = segments[skip] as { file: string };
    return { failure: { stream, seq: state.size, file: segment.file, reason: first < state.size
      ? `segment ${path.basename(segment.file)} starts at seq ${first}, below the prune point ${state.size} of the last ledger.pruned record, and no segment starts at ${state.size}`
      : `segment ${path.basename(segment.file)} starts at seq ${first}, expected ${state.size}: the last ledger.pruned record ends at ${state.size}, so seqs ${state.size}..${first - 1} were deleted` } };
  }
  for (const [size, root] of signedBySize) {
    if (size > state.size) continue;
    const proven = state.roots.get(size);
    if (proven === undefined) return { failure: { stream, seq: size - 1, file, reason: `the signed checkpoint at size ${size} is before the prune point (${state.size}) but no ledger.pruned record proves it consistent` } };
    if (proven !== root) return { failure: { stream, seq: size - 1, file, reason: `the signed checkpoint at size ${size} is not consistent with the ledger.pruned records (the pruned past was rewritten)` } };
  }
  for (const anchor of anchors) {
    if (anchor.size > state.size || anchor.size === 0) continue;
    const proven = state.roots.get(anchor.size);
    if (proven !== undefined && proven !== anchor.root) return { failure: { stream, seq: anchor.size - 1, file, reason: `inconsistent with ${anchor.source}: the root at size ${anchor.size} differs from the one the ledger.pruned records prove` } };
    if (proven === undefined) warnings.push(`stream ${stream}: ${anchor.source} remembers size ${anchor.size}, before the prune point; it cannot be checked against the pruned events`);
  }
  const last = state.records[state.records.length - 1];
  warnings.push(`stream ${stream}: seqs 0..${state.size - 1} were pruned by retention (last at ${last?.timestamp}, archive ${last?.archive.name}); the ${state.size} pruned events are proven by ${state.records.length} signed ledger.pruned record(s), not read`);
  return { range: state.frontier.clone(), size: state.size, last: state.last, extraRoots: new Map(), skip };
}
