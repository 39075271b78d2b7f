// Forgeries made the way an attacker with write access would make them: every forged event is
// re-sealed, so its own hash is valid and only the chain, the seq run or the signed Merkle root
// can give it away. Each returns a new list; the input is not changed.
import fs from 'node:fs';
import path from 'node:path';
import { CompactRange, createAuditor, fileLedger, readCheckpoints, sealEvent, type AuditEvent, type StoredCheckpoint, type UnsealedEvent } from '@agent-audit/core';

export interface Chain {
  events: AuditEvent[];
  lines: string[];
}

function unsealed(event: AuditEvent): UnsealedEvent {
  const { hash: _hash, prev: _prev, ...rest } = event;
  return rest as UnsealedEvent;
}

/** The event with its tool arguments changed, re-sealed after `prev`. */
function altered(event: AuditEvent, prev: string, label: string): { event: AuditEvent; line: string } {
  const changed = { ...unsealed(event), tool: { name: 'transfer_funds', arguments: { forged: label, amount: 1_000_000 } } } as UnsealedEvent;
  const sealed = sealEvent(changed, prev);
  return { event: sealed.event, line: sealed.line };
}

/** Event `k` changed and re-sealed with a valid hash; the events after it are left as they were. */
export function resealOne(chain: Chain, k: number): Chain {
  const events = [...chain.events];
  const lines = [...chain.lines];
  const forged = altered(events[k] as AuditEvent, (events[k] as AuditEvent).prev, 'reseal-one');
  events[k] = forged.event;
  lines[k] = forged.line;
  return { events, lines };
}

/** Event `k` changed and every event from `k` on re-chained, so every hash and prev link is valid. */
export function rechainFrom(chain: Chain, k: number): Chain {
  const events = chain.events.slice(0, k);
  const lines = chain.lines.slice(0, k);
  let prev = (chain.events[k] as AuditEvent).prev;
  for (let i = k; i < chain.events.length; i++) {
    const sealed = i === k ? altered(chain.events[i] as AuditEvent, prev, 'rechain') : sealEvent(unsealed(chain.events[i] as AuditEvent), prev);
    events.push(sealed.event);
    lines.push(sealed.line);
    prev = sealed.event.hash;
  }
  return { events, lines };
}

/**
 * A second, different event with seq `k` (correctly chained after `k - 1`, with an id of its own,
 * as stores keyed by id would otherwise drop it) placed right after the original.
 */
export function forkAt(chain: Chain, k: number): Chain {
  const original = chain.events[k] as AuditEvent;
  const forged = altered({ ...original, id: otherId(original.id) }, original.prev, 'fork');
  return {
    events: [...chain.events.slice(0, k + 1), forged.event, ...chain.events.slice(k + 1)],
    lines: [...chain.lines.slice(0, k + 1), forged.line, ...chain.lines.slice(k + 1)],
  };
}

/**
 * A different valid ULID-shaped id with the same time part. Not a neighbour: the auditor's
 * monotonic ids increment the random part, so changing only the last character could hit the
 * next genuine event's id (and a store or JetStream would then drop one of the two).
 */
export function otherId(id: string): string {
  const forged = id.slice(0, 10) + 'FFFFFFFFFFFFFFFF';
  return forged === id ? id.slice(0, 10) + 'EEEEEEEEEEEEEEEE' : forged;
}

/** Event `k` removed. */
export function deleteAt(chain: Chain, k: number): Chain {
  return { events: chain.events.filter((_, i) => i !== k), lines: chain.lines.filter((_, i) => i !== k) };
}

/** Events `k` and `k + 1` swapped in place, bytes untouched. */
export function swapAt(chain: Chain, k: number): Chain {
  const events = [...chain.events];
  const lines = [...chain.lines];
  [events[k], events[k + 1]] = [events[k + 1] as AuditEvent, events[k] as AuditEvent];
  [lines[k], lines[k + 1]] = [lines[k + 1] as string, lines[k] as string];
  return { events, lines };
}

/**
 * Events `k` and `k + 1` trade places and are renumbered and re-sealed (seq k holds what was
 * k + 1 and the other way round), so each hash is valid but the order is the forger's.
 */
export function reorderResealed(chain: Chain, k: number): Chain {
  const a = chain.events[k] as AuditEvent;
  const b = chain.events[k + 1] as AuditEvent;
  const first = sealEvent({ ...unsealed(b), seq: a.seq, id: a.id }, a.prev);
  const second = sealEvent({ ...unsealed(a), seq: b.seq, id: b.id }, first.event.hash);
  const events = [...chain.events];
  const lines = [...chain.lines];
  events[k] = first.event;
  lines[k] = first.line;
  events[k + 1] = second.event;
  lines[k + 1] = second.line;
  return { events, lines };
}

/** Checkpoint records whose stored frontier is recomputed over the forged events (the signed note is kept). */
export function recomputeFrontiers(checkpoints: readonly StoredCheckpoint[], events: readonly AuditEvent[]): StoredCheckpoint[] {
  return checkpoints.map((cp) => {
    const range = new CompactRange();
    for (const event of events.slice(0, cp.size)) range.append(Buffer.from(event.hash, 'hex'));
    return { ...cp, frontier: range.toJSON() };
  });
}

/** A real stream of `count` events written by an auditor to a file ledger, with a signed checkpoint every 10 events. */
export async function signedChain(root: string, stream: string, signerKey: string, count = 40): Promise<Chain & { checkpoints: StoredCheckpoint[] }> {
  const dir = path.join(root, `chain-${stream}`);
  const auditor = createAuditor({ agent: { id: stream }, sink: fileLedger({ dir, keyDir: path.join(root, 'keys'), signingKey: signerKey, checkpointEvery: 10 }) });
  for (let i = 0; i < count; i++) {
    auditor.record({ type: 'tool.call', session: 's-1', tool: { name: 'lookup_claim', arguments: { claim: `C-${i}` } } });
    if (i % 10 === 9) await auditor.flush();
  }
  await auditor.close();
  const events: AuditEvent[] = [];
  const lines: string[] = [];
  for (const file of fs.readdirSync(path.join(dir, 'streams', stream)).filter((f) => /^\d{20}\.jsonl$/.test(f)).sort()) {
    for (const line of fs.readFileSync(path.join(dir, 'streams', stream, file), 'utf8').split('\n').slice(0, -1)) {
      lines.push(line);
      events.push(JSON.parse(line) as AuditEvent);
    }
  }
  return { events, lines, checkpoints: await readCheckpoints(dir, stream) };
}
