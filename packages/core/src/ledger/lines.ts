import { createHash } from 'node:crypto';
import { sha256 } from './scan.js';
import type { AuditEvent } from '../spec/event.js';

const LEAF_PREFIX = Buffer.from([0x00]);

/**
 * Checks a stored line against its own `hash` without re-serializing it: removing the first
 * `"hash":"<hex>",` member from the line yields exactly the hashed bytes, in both layouts of
 * docs/FORMAT.md §3 (the current one, where the member is the first, right after the `{`, and the
 * older one, the JCS of the whole event, where it sits in sorted order before `"id":`). (A member
 * elsewhere cannot collide with it: it would have to contain its own digest.) Returns the
 * computed hash, or undefined if the member is not in the line followed by a comma.
 */
export function hashOfLine(line: string, claimedHash: string): string | undefined {
  const member = `"hash":"${claimedHash}",`;
  const at = line.indexOf(member);
  if (at < 0) return undefined;
  // Same bytes as leafHash(line without the member), fed in two parts so the line is not copied.
  return createHash('sha256').update(LEAF_PREFIX).update(line.slice(0, at)).update(line.slice(at + member.length)).digest('hex');
}

/**
 * The same check on the stored bytes, in either layout: no decoding. `line` is one line of a
 * segment without its newline.
 */
export function hashOfLineBytes(line: Buffer, claimedHash: string): string | undefined {
  const member = `"hash":"${claimedHash}",`;
  const at = line.indexOf(member, 0, 'latin1');
  if (at < 0) return undefined;
  // The same bytes copied once into a reused buffer and hashed in one call: a Hash object and
  // three updates cost more than the copy (verify hashes every line this way).
  const size = line.length + 1 - member.length;
  if (scratch.length < size) scratch = Buffer.allocUnsafe(Math.max(size, scratch.length * 2));
  scratch[0] = 0x00;
  line.copy(scratch, 1, 0, at);
  line.copy(scratch, 1 + at, at + member.length);
  return sha256(scratch.subarray(0, size)).toString('hex');
}

let scratch = Buffer.allocUnsafe(64 * 1024);

/** Parses a stored line; returns undefined for anything that is not a JSON object. */
export function parseLine(line: string): AuditEvent | undefined {
  try {
    const value = JSON.parse(line) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as AuditEvent) : undefined;
  } catch {
    return undefined;
  }
}
