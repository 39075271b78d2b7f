import { createHash } from 'node:crypto';
import { canonicalize } from '../crypto/jcs.js';
import { storedLine } from './seal.js';
import type { AuditEvent, UnsealedEvent } from '../spec/event.js';
import type { SealedRecord } from '../spec/sink.js';

/** Top-level members `"key":<RFC 8785 JSON>` of an event, by key (no `prev`, no `hash`). */
export type EventMembers = Map<string, string>;

/** Characters hashed between two checks of the pipeline's time slice. */
const HASH_CHUNK = 128 * 1024;

/**
 * The canonical members of an event's top-level fields, computed where the event was redacted
 * (the worker thread), so the host only assembles and hashes them. `skip` names members the host
 * will change before sealing (it recomputes those).
 */
export function eventMembers(event: UnsealedEvent, skip: ReadonlySet<string>): Array<[string, string]> {
  const source = event as unknown as Record<string, unknown>;
  const out: Array<[string, string]> = [];
  for (const key of Object.keys(source)) {
    if (key === 'hash' || key === 'prev' || skip.has(key) || source[key] === undefined) continue;
    out.push([key, `${JSON.stringify(key)}:${canonicalize(source[key])}`]);
  }
  return out;
}

/**
 * Seals an event exactly as `sealEvent()` does (same stored line, hash and leaf), from members
 * computed elsewhere; members missing from `members` are computed here. The SHA-256 runs over
 * the line in chunks, and `pause()` is called between chunks so the host's event loop runs
 * while a multi-megabyte event is hashed.
 */
export async function sealFromMembers(event: UnsealedEvent, members: ReadonlyMap<string, string>, prev: string, pause: () => Promise<void> | undefined): Promise<SealedRecord> {
  const source = event as unknown as Record<string, unknown>;
  const keys = Object.keys(source).filter((k) => k !== 'hash' && k !== 'prev' && source[k] !== undefined);
  keys.push('prev');
  keys.sort();
  const parts: string[] = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    parts[i] = key === 'prev' ? `"prev":${canonicalize(prev)}` : (members.get(key) ?? `${JSON.stringify(key)}:${canonicalize(source[key])}`);
  }
  const text = `{${parts.join(',')}}`;
  const leaf = await leafHashInSlices(text, pause);
  const hash = leaf.toString('hex');
  const line = storedLine(hash, text);
  const sealed = { ...source, prev, hash } as unknown as AuditEvent;
  return { event: sealed, line, leaf };
}

/**
 * The RFC 6962 leaf hash SHA-256(0x00 || UTF-8(text)) (32 bytes), computed over chunks of
 * 128 Ki characters with `pause()` awaited between chunks, so the host's event loop runs while a
 * multi-megabyte event is hashed. `text` may be given as pieces whose concatenation is the text:
 * they are hashed one after another, never joined (joining a megabyte rope flattens it in one
 * step of milliseconds). A chunk never ends inside a surrogate pair (each chunk is encoded to
 * UTF-8 on its own), so the bytes hashed are those of the whole text; a piece must not end
 * inside one either (the pieces of a canonical event end at a JSON token).
 */
export async function leafHashInSlices(text: string | readonly string[], pause: () => Promise<void> | undefined): Promise<Buffer> {
  const digest = createHash('sha256').update(Buffer.of(0));
  const pieces = typeof text === 'string' ? [text] : text;
  // Characters the current chunk may still take; a chunk spans pieces until it is full.
  let room = HASH_CHUNK;
  for (const piece of pieces) {
    for (let from = 0; from < piece.length; ) {
      if (room <= 0) {
        await pause();
        room = HASH_CHUNK;
      }
      let to = Math.min(piece.length, from + room);
      const last = piece.charCodeAt(to - 1);
      // Never split a pair: end before it, or after it when it is all this chunk has room for.
      if (to < piece.length && last >= 0xd800 && last <= 0xdbff) to = to - 1 > from ? to - 1 : to + 1;
      digest.update(piece.slice(from, to), 'utf8');
      // A chunk that stops inside a piece is full (or shortened before a pair): the next one pauses first.
      room = to < piece.length ? 0 : room - (to - from);
      from = to;
    }
  }
  return digest.digest();
}
