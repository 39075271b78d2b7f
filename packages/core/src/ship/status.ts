import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readCursor } from './internal/cursor.js';
import { ledgerHead, ledgerReader } from './internal/ledger-access.js';
import { SHIP_STATUS_FILE, type ShipperStatus, type StreamShipStatus } from './shipper.js';

/** Status of one sink's shipping, read from disk (cursors, ledger, last status file). */
export interface ShipStatusReport {
  sink: string;
  cursorDir: string;
  streams: StreamShipStatus[];
  lag: number;
  /** The last status the shipper process wrote, if any (retries, last error, breaker). */
  reported?: ShipperStatus & { pid?: number };
}

/**
 * Reads shipping status from a ledger folder without a running shipper: for every cursor
 * folder under `<dir>/.ship/` (or the given `cursorDirs`), the cursor of each stream against
 * the ledger's current head, and the shipper's last written status.
 *
 * @example
 * ```ts
 * for (const report of await readShipStatus('./audit')) console.log(report.sink, report.lag);
 * ```
 */
export async function readShipStatus(dir: string, options: { cursorDirs?: string[] } = {}): Promise<ShipStatusReport[]> {
  const reader = ledgerReader();
  let cursorDirs = options.cursorDirs;
  if (!cursorDirs) {
    const root = join(dir, '.ship');
    const names = await readdir(root, { withFileTypes: true }).catch(() => []);
    cursorDirs = names.filter((entry) => entry.isDirectory()).map((entry) => join(root, entry.name)).sort();
  }
  const streams = await reader.listStreams(dir);
  const reports: ShipStatusReport[] = [];
  for (const cursorDir of cursorDirs) {
    let reported: ShipStatusReport['reported'];
    try {
      reported = JSON.parse(await readFile(join(cursorDir, SHIP_STATUS_FILE), 'utf8')) as ShipStatusReport['reported'];
    } catch {
      reported = undefined;
    }
    const list: StreamShipStatus[] = [];
    for (const stream of streams) {
      const cursor = await readCursor(cursorDir, stream);
      const head = await ledgerHead(dir, stream);
      const halted = reported?.streams.find((s) => s.stream === stream)?.halted;
      list.push({ stream, shipped: cursor.nextSeq, head, lag: Math.max(0, head - cursor.nextSeq), ...(halted ? { halted } : {}) });
    }
    const sink = reported?.sink ?? decodeURIComponent(cursorDir.split(/[\\/]/).pop() ?? cursorDir);
    reports.push({ sink, cursorDir, streams: list, lag: list.reduce((sum, s) => sum + s.lag, 0), ...(reported ? { reported } : {}) });
  }
  return reports;
}
