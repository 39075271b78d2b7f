import { AuditError, inclusionProof, verifyInclusion, type InclusionBundle } from '@agent-audit/core';
import type { PostgresTarget } from './internal/connection.js';
import { cursorRows, withReadTransaction, type PostgresReadOptions } from './query.js';

/**
 * The RFC 9162 inclusion proof of one stored event against the latest signed checkpoint of its
 * stream that covers it, in the bundle form of core's `proveEvent()` (check it offline with
 * `verifyInclusionBundle()` or `agent-audit verify-proof` and a pinned verifier key; the store
 * publishes no key, so the bundle carries none). Reads the event's line, one checkpoint, and the
 * stream's leaf hashes up to the checkpoint's size (the `hash` column, 32 bytes an event), in one
 * read-only transaction over `events_archive` and `events`.
 *
 * @throws AuditError `not_found` (no such event, or not in `options.stream`), `not_checkpointed`
 *   (no signed checkpoint covers it yet), `ledger_corrupt` (the stored hashes have a gap or do not
 *   lead to the signed root: run `verifyPostgres()`); `PostgresError` when the server is unreachable.
 * @example
 * ```ts
 * const bundle = await provePostgresEvent('postgres://127.0.0.1/audit', '01JD0Z...', { stream: 'claims-bot' });
 * ```
 */
export async function provePostgresEvent(target: string | PostgresTarget, eventId: string, options: PostgresReadOptions & { stream?: string } = {}): Promise<InclusionBundle> {
  const { stream } = options;
  // Failures are yielded, not thrown: the read transaction would wrap them as read errors.
  const found = withReadTransaction<InclusionBundle | AuditError>(target, options, async function* (client, names) {
    const both = (columns: string, where: string) => `SELECT ${columns} FROM ${names.s}.events_archive WHERE ${where} UNION ALL SELECT ${columns} FROM ${names.s}.events WHERE ${where}`;
    const at = await client.query<{ stream: string; seq: string; line: string }>(`${both('stream, seq, line', stream === undefined ? 'id = $1' : 'id = $1 AND stream = $2')} LIMIT 1`, stream === undefined ? [eventId] : [eventId, stream]);
    const row = at.rows[0];
    if (!row) {
      yield new AuditError({ code: 'not_found', message: `no event with id ${eventId}${stream === undefined ? '' : ` in stream ${stream}`}` });
      return;
    }
    const seq = Number(row.seq);
    const checkpoint = (await client.query<{ size: string; root: string; note: string }>(`SELECT size, root, note FROM ${names.s}.checkpoints WHERE stream = $1 AND size > $2 ORDER BY size DESC LIMIT 1`, [row.stream, seq])).rows[0];
    if (!checkpoint) {
      yield new AuditError({ code: 'not_checkpointed', message: `event ${eventId} (seq ${seq}) is not covered by a signed checkpoint yet` });
      return;
    }
    const size = Number(checkpoint.size);
    const leaves: Buffer[] = [];
    for await (const leaf of cursorRows<{ seq: string; hash: string }>(client, `SELECT seq, hash FROM (${both('seq, hash', 'stream = $1 AND seq < $2')}) AS leaves ORDER BY seq`, [row.stream, size], options.fetchSize ?? 10_000)) {
      if (Number(leaf.seq) !== leaves.length || !/^[0-9a-f]{64}$/.test(leaf.hash)) break;
      leaves.push(Buffer.from(leaf.hash, 'hex'));
    }
    if (leaves.length !== size) {
      yield new AuditError({ code: 'ledger_corrupt', message: `stream ${row.stream}: seq ${leaves.length} is missing or malformed below the checkpoint of size ${size}; run verifyPostgres()` });
      return;
    }
    let leaf: unknown;
    try {
      leaf = (JSON.parse(row.line) as { hash?: unknown }).hash;
    } catch {
      leaf = undefined;
    }
    const proof = inclusionProof(leaves, seq, size);
    if (typeof leaf !== 'string' || leaf !== (leaves[seq] as Buffer).toString('hex') || !verifyInclusion(leaves[seq] as Buffer, seq, size, proof, Buffer.from(checkpoint.root, 'hex'))) {
      yield new AuditError({ code: 'ledger_corrupt', message: `stream ${row.stream}: the stored hashes do not lead to the signed root of size ${size}; run verifyPostgres()` });
      return;
    }
    yield {
      format: 'agent-audit-inclusion-proof' as const,
      version: 1 as const,
      stream: row.stream,
      line: row.line,
      leafIndex: seq,
      treeSize: size,
      proof: proof.map((h) => Buffer.from(h).toString('hex')),
      checkpoint: { note: checkpoint.note, size, root: checkpoint.root },
    };
  });
  for await (const outcome of found) {
    if (outcome instanceof AuditError) throw outcome;
    return outcome;
  }
  throw new AuditError({ code: 'not_found', message: `no event with id ${eventId}` });
}
