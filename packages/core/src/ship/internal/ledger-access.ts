import { open, stat } from 'node:fs/promises';
import { computeEventHash } from '../../auditor/seal.js';
import { listStreams, readCheckpoints, readEvents } from '../../ledger/read.js';
import { listSegments, streamDir } from '../../ledger/layout.js';
import type { AuditEvent } from '../../spec/event.js';

/** The ledger reading functions the shipper uses (the core's, replaceable in tests). */
export interface LedgerReader {
  listStreams(dir: string): Promise<string[]>;
  readEvents(dir: string, options: { stream: string; fromSeq?: number }): AsyncIterable<AuditEvent>;
  readCheckpoints(dir: string, stream: string): Promise<Array<{ size: number; root: string; ts: string; note: string }>>;
  computeEventHash(event: AuditEvent): string;
}

export function ledgerReader(): LedgerReader {
  return { listStreams, readEvents, readCheckpoints, computeEventHash };
}

/** Per last segment: how far it has been scanned and how many complete lines it held. */
const scanned = new Map<string, { file: string; offset: number; lines: number }>();

/**
 * Number of complete events in a stream (= next seq), from the segment names and a newline
 * count of the last segment only. The count is cached and continued from where it stopped,
 * so status stays cheap on large ledgers.
 */
export async function ledgerHead(dir: string, stream: string, _reader?: LedgerReader): Promise<number> {
  const { segments } = listSegments(streamDir(dir, stream));
  const last = segments[segments.length - 1];
  if (!last) return 0;
  const { size } = await stat(last.file);
  const key = streamDir(dir, stream);
  let entry = scanned.get(key);
  if (!entry || entry.file !== last.file || entry.offset > size) entry = { file: last.file, offset: 0, lines: 0 };
  if (entry.offset < size) {
    const handle = await open(last.file, 'r');
    try {
      const buffer = Buffer.allocUnsafe(1 << 20);
      let offset = entry.offset;
      let lines = entry.lines;
      let lastNewline = entry.offset;
      while (offset < size) {
        const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, size - offset), offset);
        if (bytesRead === 0) break;
        for (let i = buffer.indexOf(10, 0); i !== -1 && i < bytesRead; i = buffer.indexOf(10, i + 1)) {
          lines++;
          lastNewline = offset + i + 1;
        }
        offset += bytesRead;
      }
      // Continue next time from the last complete line (a torn tail may still grow).
      entry = { file: last.file, offset: lastNewline, lines };
    } finally {
      await handle.close();
    }
  }
  scanned.set(key, entry);
  return last.firstSeq + entry.lines;
}
