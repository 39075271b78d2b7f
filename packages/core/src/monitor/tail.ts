// Follows a ledger folder as it is written: each stream's current segment is read from the byte
// offset reached at the last poll, so a poll costs what was appended, not the segment's size.
import fs from 'node:fs';
import path from 'node:path';
import type { AuditEvent } from '../spec/event.js';
import { LedgerFormatError } from '../spec/errors.js';
import { listSegments } from '../ledger/layout.js';

/** Follows every stream of a ledger folder (new streams included). */
export interface LedgerTail {
  /**
   * Events appended since the last poll, each stream in seq order, streams merged by `ts`. A line
   * that is complete but not a JSON event (not an object, or without a non-negative integer `seq`)
   * goes to `onMalformed` and is skipped (the lines after it
   * are read); without `onMalformed`, it throws a `LedgerFormatError`.
   */
  poll(): AuditEvent[];
}

/** A complete line of a segment that is not a JSON event: where it is (`offset` in bytes from the segment's start). */
export interface MalformedLine {
  stream: string;
  /** Path of the segment file. */
  segment: string;
  offset: number;
  /** Length of the line in bytes (without its newline). */
  length: number;
  message: string;
}

export interface LedgerTailOptions {
  /** Called for each malformed line, which is then skipped. Without it, `poll()` throws on one. */
  onMalformed?: (line: MalformedLine) => void;
}

interface StreamState {
  segment?: string;
  offset: number;
  nextSeq: number;
}

const CHUNK = 1 << 20;

/**
 * A tail over a ledger folder. A line still being written (no newline yet) is left for the next
 * poll; a segment that shrank (a torn tail repaired by the writer) is read again from its start,
 * skipping seqs already returned.
 *
 * @example
 * ```ts
 * const tail = ledgerTail('./audit');
 * setInterval(() => { for (const event of tail.poll()) monitor.push(event); }, 200);
 * ```
 */
export function ledgerTail(dir: string, options: LedgerTailOptions = {}): LedgerTail {
  const streams = new Map<string, StreamState>();
  const buffer = Buffer.allocUnsafe(CHUNK);

  function readStream(name: string, state: StreamState, out: AuditEvent[]): void {
    const { segments } = listSegments(path.join(dir, 'streams', name));
    if (segments.length === 0) return;
    let index = state.segment === undefined ? -1 : segments.findIndex((s) => s.file === state.segment);
    if (index < 0) {
      // First poll, or the segment went away: start at the segment holding nextSeq.
      index = 0;
      for (let i = 0; i < segments.length; i++) if ((segments[i] as { firstSeq: number }).firstSeq <= state.nextSeq) index = i;
      state.segment = (segments[index] as { file: string }).file;
      state.offset = 0;
    }
    for (;;) {
      const file = state.segment as string;
      const fd = fs.openSync(file, 'r');
      let atEnd = false;
      try {
        const size = fs.fstatSync(fd).size;
        if (size < state.offset) state.offset = 0;
        let pending = Buffer.alloc(0);
        while (state.offset + pending.length < size) {
          const read = fs.readSync(fd, buffer, 0, Math.min(CHUNK, size - state.offset - pending.length), state.offset + pending.length);
          if (read <= 0) break;
          const data = pending.length > 0 ? Buffer.concat([pending, buffer.subarray(0, read)]) : Buffer.from(buffer.subarray(0, read));
          let start = 0;
          for (let newline = data.indexOf(10, start); newline >= 0; newline = data.indexOf(10, start)) {
            const bytes = data.subarray(start, newline);
            const lineOffset = state.offset + start;
            const line = bytes.toString('utf8');
            start = newline + 1;
            if (line.trim() === '') continue;
            let event: AuditEvent;
            try {
              event = JSON.parse(line) as AuditEvent;
              if (typeof event !== 'object' || event === null || Array.isArray(event)) throw new Error('not an object');
              // An object without a seq is no event either: skipping it silently would hide it.
              if (typeof event.seq !== 'number' || !Number.isInteger(event.seq) || event.seq < 0) throw new Error('no seq');
            } catch (error) {
              const message = `stream ${name}: ${file} at byte ${lineOffset} is not a JSON event`;
              if (!options.onMalformed) throw new LedgerFormatError({ file, message, cause: error });
              options.onMalformed({ stream: name, segment: file, offset: lineOffset, length: bytes.length, message });
              continue;
            }
            if (event.seq >= state.nextSeq) {
              out.push(event);
              state.nextSeq = event.seq + 1;
            }
          }
          state.offset += start;
          pending = data.subarray(start);
        }
        atEnd = pending.length === 0;
      } finally {
        fs.closeSync(fd);
      }
      const next = segments[index + 1];
      if (!atEnd || next === undefined) return;
      index++;
      state.segment = next.file;
      state.offset = 0;
    }
  }

  return {
    poll() {
      const out: AuditEvent[] = [];
      const root = path.join(dir, 'streams');
      const names = fs.existsSync(root) ? fs.readdirSync(root).filter((n) => fs.statSync(path.join(root, n)).isDirectory()).sort() : [];
      for (const name of names) {
        let state = streams.get(name);
        if (!state) {
          state = { offset: 0, nextSeq: 0 };
          streams.set(name, state);
        }
        readStream(name, state, out);
      }
      // Stable: each stream keeps its seq order among events of equal ts.
      return out.sort((a, b) => (a.ts < b.ts ? -1 : a.ts > b.ts ? 1 : 0));
    },
  };
}
