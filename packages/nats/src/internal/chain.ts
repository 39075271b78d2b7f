// The collector's chain verifier (createCollector() in ../collector.ts): parsing a message into an
// event and its stored line, and the incremental per-stream verification (seq run, prev link,
// hash, forks) against the chain state kept in PostgreSQL. Apart from the NATS and PostgreSQL
// plumbing so that it can be tested on its own (chain.test.ts, docs/TESTING.md).
import { hash } from 'node:crypto';
import { auditEventSchema, canonicalize, checkpointOriginProblem, computeEventHash, lineShapeProblem, openNote, parseCheckpoint as parseCheckpointBody, type AuditEvent } from '@agent-audit/core';
import type { ChainStateRow, CheckpointRow, StoredLine, StoreTransaction } from '@agent-audit/postgres';
import { CHECKPOINT_TOKEN, subjectToken } from './common.js';

/** What a message holds, once parsed: an event (with the line to store), a checkpoint, or a problem. */
export interface ParsedMessage {
  event?: AuditEvent;
  /** The line to store: the payload when it is the event's canonical JSON, else the event canonicalized. */
  line?: string;
  /** Whether the event's `hash` is the SHA-256 of its canonical JSON without `hash` (checked before the transaction). */
  hashOk?: boolean;
  checkpoint?: CheckpointRow;
  problem?: string;
}

/** An event with its hash check, as the chain verifier takes it. */
export interface Checked {
  event: AuditEvent;
  hashOk: boolean;
}

/**
 * The hash of a canonical line without its top-level `"hash":"<claimed>",` member (the bytes
 * the hash covers; a nested member cannot match, it would have to contain its own digest).
 * Undefined when the member is not in the line.
 */
export function hashOfLine(line: string, claimed: unknown): string | undefined {
  if (typeof claimed !== 'string') return undefined;
  const member = `"hash":"${claimed}",`;
  const at = line.indexOf(member);
  if (at < 0) return undefined;
  // One-shot SHA-256 (no Hash object per event) of the leaf prefix 0x00 (U+0000 is that one
  // byte in UTF-8) and the line around the member; neither cut is inside a surrogate pair.
  return hash('sha256', `\u0000${line.slice(0, at)}${line.slice(at + member.length)}`, 'hex');
}

/** Every object's keys are in JCS order (UTF-16 code units) at every depth. */
export function keysSorted(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (Array.isArray(value)) {
    for (const item of value) if (!keysSorted(item)) return false;
    return true;
  }
  let last: string | undefined;
  for (const key in value) {
    if (last !== undefined && !(last < key)) return false;
    last = key;
    if (!keysSorted((value as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/**
 * The line to store and whether the hash holds. Agents publish their stored line (the event's
 * RFC 8785 JSON): then the payload is kept byte for byte and its hash is checked over those
 * bytes. `JSON.stringify` of the parsed value equals the payload and every object's keys are
 * sorted exactly when the payload is canonical (same number and string forms as canonicalize(),
 * no whitespace, no duplicate keys); anything else is canonicalized and hashed field by field,
 * as before, so a non-canonical payload is judged exactly as its canonical form would be.
 */
export function lineAndHash(text: string, event: AuditEvent): { line: string; hashOk: boolean } {
  if (JSON.stringify(event) === text && keysSorted(event)) return { line: text, hashOk: hashOfLine(text, event.hash) === event.hash };
  return { line: canonicalize(event), hashOk: computeEventHash(event) === event.hash };
}

const HEX64 = /^[0-9a-f]{64}$/;
const decoder = new TextDecoder();

function parseCheckpoint(data: Uint8Array): ParsedMessage {
  try {
    const c = JSON.parse(decoder.decode(data)) as Partial<CheckpointRow>;
    if (typeof c.stream !== 'string' || !Number.isSafeInteger(c.size) || (c.size ?? 0) < 1 || typeof c.root !== 'string' || !HEX64.test(c.root) || typeof c.ts !== 'string' || typeof c.note !== 'string') {
      return { problem: 'checkpoint message is not {stream, size, root, ts, note}' };
    }
    // PostgreSQL text cannot hold U+0000: such a row would fail its batch on every redelivery.
    if (`${c.stream}${c.ts}${c.note}`.includes('\u0000')) return { problem: 'checkpoint message holds U+0000' };
    return { checkpoint: { stream: c.stream, size: c.size!, root: c.root, ts: c.ts, note: c.note } };
  } catch {
    return { problem: 'checkpoint message is not JSON' };
  }
}

/**
 * Why a checkpoint may not take its `(stream, size)` slot under the pinned verifier keys (C2SP
 * signed note, Ed25519): its note is unsigned or no pinned key's signature verifies, its signed
 * body is not a tlog checkpoint, its origin line does not name the row's stream
 * (`agent-audit/<ledger id>/<stream>`), or the row's size, root (hex) or ts is not what the signed
 * body says. The checks `verifyPostgres` makes of each stored checkpoint with the same keys, so a
 * checkpoint that passes here passes there. Undefined when it holds.
 */
export function checkpointSignatureProblem(c: CheckpointRow, verifierKeys: readonly string[]): string | undefined {
  const opened = openNote(c.note, verifierKeys);
  if (!opened.verified) return `its note is not signed by a pinned verifier key (${opened.reason ?? 'no reason given'})`;
  let body;
  try {
    body = parseCheckpointBody(opened.text);
  } catch (error) {
    return `its signed body is not a checkpoint (${(error as Error).message})`;
  }
  // A genuine checkpoint of another stream (same key) is not this stream's, whatever its root.
  const origin = checkpointOriginProblem(body.origin, c.stream);
  if (origin) return `its signed ${origin}`;
  if (body.size !== c.size || Buffer.from(body.root).toString('hex') !== c.root) return 'its size or root is not what its signed note says';
  const signedTime = body.extensions.find((e) => e.startsWith('timestamp '))?.slice('timestamp '.length);
  if (signedTime !== undefined && signedTime !== c.ts) return 'its ts is not the time its signed note says';
  return undefined;
}

/** Parses a message published under `prefix` (events, or signed checkpoints under `<prefix>.<CHECKPOINT_TOKEN>`). */
/**
 * Why a message's payload nests deeper than any event or checkpoint the writer writes (core's
 * `lineShapeProblem`: more than `MAX_LINE_NESTING` levels of objects and arrays, docs/FORMAT.md
 * §8), or undefined. Read in one pass over the bytes, in constant memory, before anything parses
 * or checks them, so such a message is refused for its depth alone, the same in every collector
 * and tail. Before, the schema check's recursion overflowed on it (a RangeError caught as
 * "could not be checked"), at a depth that depends on the thread's stack: a 5,000-deep event was
 * refused by a collector on a main thread and checked and stored by one in a worker thread.
 * JSON whitespace before the payload's first `{` is skipped; a payload that is no object is left
 * to the parse (`payload is not a JSON object`).
 */
export function payloadNestingProblem(data: Uint8Array): string | undefined {
  let first = 0;
  while (first < data.length && (data[first] === 0x20 || data[first] === 0x09 || data[first] === 0x0a || data[first] === 0x0d)) first++;
  if (data[first] !== 0x7b) return undefined;
  const problem = lineShapeProblem(first === 0 ? data : data.subarray(first));
  return problem === undefined ? undefined : problem.replace(/^line /, 'payload ');
}

export function parseMessage(msg: { subject: string; data: Uint8Array }, prefix: string): ParsedMessage {
  const deep = payloadNestingProblem(msg.data);
  if (deep !== undefined) return { problem: deep };
  if (msg.subject === `${prefix}.${CHECKPOINT_TOKEN}`) return parseCheckpoint(msg.data);
  let event: unknown;
  let text: string;
  try {
    text = decoder.decode(msg.data);
    event = JSON.parse(text);
  } catch {
    return { problem: 'payload is not JSON' };
  }
  if (typeof event !== 'object' || event === null || Array.isArray(event)) return { problem: 'payload is not a JSON object' };
  // Schema-check before the database sees it: one bad row must not block the consumer forever.
  const checked = auditEventSchema.safeParse(event);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return { problem: `payload is not a valid agent-audit event (${issue ? `${issue.path.join('.') || 'event'}: ${issue.message}` : 'schema'})` };
  }
  // The subject names the stream (natsSink publishes each stream on its own subject), so NATS
  // permissions per subject decide who may write which stream: an event on another stream's
  // subject is not that publisher's to write.
  const stream = (event as AuditEvent).stream;
  if (msg.subject !== `${prefix}.${subjectToken(stream)}`) return { problem: `subject ${msg.subject} is not the subject of the event's stream ${stream}` };
  if (stream.includes('\u0000')) return { problem: 'stream name holds U+0000' };
  const { line, hashOk } = lineAndHash(text, event as AuditEvent);
  return { event: event as AuditEvent, line, hashOk };
}

export const forkReason = (seq: number): string => `fork: a different event with seq ${seq} was already verified`;

/** A line this batch parsed and hash-checked, with what that gave (`Checked`). */
export interface KnownLine extends Checked {
  line: string;
}

/** The two reads of the transaction the verifier needs. */
export type ChainReads = Pick<StoreTransaction, 'storedHashes' | 'linesFrom'>;

/** The collector's incremental chain verifier; every break found goes to `recordBreak` (a `ledger.chain_break` event's attrs). */
export interface StreamChainVerifier {
  /** Verifies one stream's events from a batch against its stored (locked) state, advancing it. `inserted`: ids this batch newly stored. */
  verifyStream(tx: ChainReads, stream: string, items: Checked[], inserted: ReadonlySet<string>, chain: ChainStateRow): Promise<void>;
  /**
   * Events after a gap may already be stored (out-of-order delivery, another collector's
   * batch committed before this one, or before a restart): for every stream whose `maxSeen` is
   * past `nextSeq`, the stored lines from `nextSeq` on are read in one query per round and
   * verified, until no stream moves. A line is parsed and hashed only when the chain reaches it
   * (none past the next gap), and not at all when `known` (event id -> the line this batch
   * parsed, with its event and hash check) holds that very line.
   */
  catchUp(tx: ChainReads, chains: readonly ChainStateRow[], known?: ReadonlyMap<string, KnownLine>): Promise<void>;
}

export function streamChainVerifier(recordBreak: (attrs: { stream: string; seq: number; id: string; reason: string }) => Promise<void>): StreamChainVerifier {
  /**
   * Advances a stream's chain over `items` (seq order): verifies each event at `nextSeq` (seq
   * run, prev link, hash), stops at a gap; a second, different event at the seq just verified
   * is a fork.
   */
  async function advance(stream: string, items: Iterable<Checked>, chain: ChainStateRow): Promise<void> {
    for (const { event, hashOk } of items) {
      if (event.seq < chain.nextSeq) {
        if (event.seq === chain.nextSeq - 1 && event.hash !== chain.lastHash) {
          chain.breaks++;
          await recordBreak({ stream, seq: event.seq, id: event.id, reason: forkReason(event.seq) });
        }
        continue;
      }
      if (event.seq > chain.nextSeq) break;
      const reason = !hashOk
        ? 'hash mismatch: the event was changed after it was written'
        : event.prev !== chain.lastHash
          ? `chain broken: prev does not match the hash of seq ${event.seq - 1}`
          : undefined;
      if (reason) {
        chain.breaks++;
        await recordBreak({ stream, seq: event.seq, id: event.id, reason });
      }
      // Continue from the event's own hash so one break is reported once, not for every later event.
      chain.nextSeq = event.seq + 1;
      chain.lastHash = event.hash;
    }
  }

  return {
    async verifyStream(tx, stream, items, inserted, chain) {
      items.sort((a, b) => a.event.seq - b.event.seq);
      const earlier = items.filter((item) => item.event.seq < chain.nextSeq);
      if (earlier.length > 0) {
        // Redeliveries are normal; a different event at a seq already verified is a fork.
        const stored = await tx.storedHashes(stream, earlier.map((item) => item.event.seq));
        for (const { event } of earlier) {
          const hashes = stored.get(event.seq) ?? [];
          if (inserted.has(event.id) || hashes.some((h) => h !== event.hash)) {
            chain.breaks++;
            await recordBreak({ stream, seq: event.seq, id: event.id, reason: forkReason(event.seq) });
          }
        }
      }
      for (const { event } of items) chain.maxSeen = Math.max(chain.maxSeen, event.seq);
      await advance(stream, items.filter((item) => item.event.seq >= chain.nextSeq), chain);
    },

    async catchUp(tx, chains, known) {
      // The line is the evidence (the row's columns are only copies): its own fields are
      // checked, and its hash over its bytes (stored lines are canonical). The same line this
      // batch parsed gives the same event and hash check, so that is taken as it is.
      const check = (row: StoredLine): Checked => {
        const mine = known?.get(row.id);
        if (mine !== undefined && mine.line === row.line) return mine;
        const event = JSON.parse(row.line) as AuditEvent;
        return { event, hashOk: hashOfLine(row.line, event.hash) === event.hash };
      };
      // Parsed one by one as advance() asks: it stops at the first gap, the rest is not read.
      function* checked(rows: readonly StoredLine[], first: Checked): Generator<Checked> {
        yield first;
        for (let i = 1; i < rows.length; i++) yield check(rows[i]!);
      }
      let behind = chains.filter((chain) => chain.maxSeen >= chain.nextSeq);
      while (behind.length > 0) {
        const lines = await tx.linesFrom(behind.map((chain) => ({ stream: chain.stream, fromSeq: chain.nextSeq })), 1000);
        const moved: ChainStateRow[] = [];
        for (const chain of behind) {
          const rows = lines.get(chain.stream);
          if (rows === undefined || rows.length === 0) continue;
          const first = check(rows[0]!);
          if (first.event.seq !== chain.nextSeq) continue;
          await advance(chain.stream, checked(rows, first), chain);
          if (chain.maxSeen >= chain.nextSeq) moved.push(chain);
        }
        behind = moved;
      }
    },
  };
}
