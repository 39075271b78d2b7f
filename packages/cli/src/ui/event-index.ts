// The index behind the traces list, the charts and a trace's page: what they need of each event
// (time, trace, session, agent, actor, type, stream, outcome, tool, data classes; no content),
// and, for a ledger folder, where the event's line is (segment file, byte offset, length).
//
// Ledger folders are followed incrementally: each stream's current segment is read from the
// byte offset reached at the last poll (the layout of docs/FORMAT.md: streams/<name>/<20-digit
// first seq>.jsonl), so a poll costs what was appended. A line without its newline yet is left
// for the next poll. Other sources (PostgreSQL) have no such cursor and are re-read whole, at
// most every few seconds and only while someone asks. Lines that are not events are skipped
// and counted, never thrown: the verification bar says what is wrong with the ledger.
import fs from 'node:fs';
import path from 'node:path';
import type { AuditEvent, ReportSource } from '@agent-audit/core';

/** Where a folder event's line is stored. */
export interface LineAt {
  file: string;
  offset: number;
  length: number;
}

/** What the list and the charts need of one event, held in memory (no content). */
export interface IndexRow {
  ts: string;
  trace: string;
  seq: number;
  session?: string;
  agent: string;
  /** `agent.region`, when the event has one (docs/REGIONS.md). */
  region?: string;
  actor?: string;
  type: string;
  stream: string;
  outcome?: string;
  tool?: string;
  classes: string[];
  error: boolean;
  /** Set for events of a ledger folder. */
  at?: LineAt;
}

export function dataClassesOf(event: AuditEvent): string[] {
  const data = event.data as { classes?: unknown } | undefined;
  return Array.isArray(data?.classes) ? data.classes.filter((c): c is string => typeof c === 'string') : [];
}

export function isError(event: AuditEvent): boolean {
  return event.outcome === 'failure' || event.type.endsWith('.error') || event.error !== undefined;
}

/** The row of an event, or undefined when it lacks what every event has (ts, type, seq, stream, trace id, agent id). */
export function indexRow(event: AuditEvent, at?: LineAt): IndexRow | undefined {
  if (!event || typeof event !== 'object') return undefined;
  const { ts, type, seq, stream } = event;
  const trace = event.trace?.traceId;
  const agent = event.agent?.id;
  if (typeof ts !== 'string' || typeof type !== 'string' || typeof seq !== 'number' || typeof stream !== 'string' || typeof trace !== 'string' || typeof agent !== 'string') return undefined;
  return {
    ts,
    trace,
    seq,
    ...(typeof event.session === 'string' ? { session: event.session } : {}),
    agent,
    ...(typeof event.agent.region === 'string' ? { region: event.agent.region } : {}),
    ...(typeof event.actor?.id === 'string' ? { actor: event.actor.id } : {}),
    type,
    stream,
    ...(typeof event.outcome === 'string' ? { outcome: event.outcome } : {}),
    ...(typeof event.tool?.name === 'string' ? { tool: event.tool.name } : {}),
    classes: dataClassesOf(event),
    error: isError(event),
    ...(at ? { at } : {}),
  };
}

const SEGMENT = /^\d{20}\.jsonl$/;
const CHUNK = 1 << 20;

/**
 * The longest line the index takes in: 16 MiB. A longer one (the format allows up to 256 MiB,
 * docs/FORMAT.md §1) is streamed past in 1 MiB reads, never held whole, and counted as skipped;
 * the verification still reads it. Holding and parsing it would cost several times its size.
 */
export const INDEX_MAX_LINE_BYTES = 16 * 1024 * 1024;

interface StreamCursor {
  segment?: string;
  /** Where the next line starts in `segment`. */
  offset: number;
  nextSeq: number;
  /** Set while an over-long line is being skipped: how far it was scanned without finding its newline. */
  skipScanned?: number;
}

/** Thrown by a poll when a segment shrank or went away: the caller rebuilds from scratch. */
class Rewound extends Error {}

async function listDir(dir: string): Promise<string[]> {
  try {
    return (await fs.promises.readdir(dir)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Follows every stream of one ledger folder, new streams included. */
class FolderTail {
  private readonly cursors = new Map<string, StreamCursor>();
  /** Symbolic links and other non-regular entries met (stream folders, segment files): skipped, and counted once each, with why. */
  private readonly links = new Map<string, string>();
  constructor(private readonly dir: string, private readonly maxLineBytes = INDEX_MAX_LINE_BYTES) {}

  /** Streams seen so far. */
  streams(): string[] {
    return [...this.cursors.keys()];
  }

  /** The entries left out (`<file>: a symbolic link`), in the order met. */
  leftOut(): string[] {
    return [...this.links].map(([file, what]) => `${file}: ${what}`);
  }

  /**
   * `owners`: which folder each stream name belongs to. A stream that appears here but belongs
   * to another folder is left out and reported to `conflict` (its events could not be told apart).
   */
  async poll(add: (row: IndexRow) => void, skip: () => void, owners: Map<string, string>, conflict: (message: string) => void): Promise<void> {
    const root = path.join(this.dir, 'streams');
    for (const name of await listDir(root)) {
      if (name.startsWith('.')) continue;
      const sdir = path.join(root, name);
      const stat = await fs.promises.lstat(sdir).catch(() => undefined);
      if (stat?.isSymbolicLink()) {
        this.link(sdir, 'a symbolic link', skip);
        continue;
      }
      if (!stat?.isDirectory()) continue;
      let cursor = this.cursors.get(name);
      if (!cursor) {
        const owner = owners.get(name);
        if (owner !== undefined && owner !== this.dir) {
          conflict(`stream ${JSON.stringify(name)} exists in both ${owner} and ${this.dir}; only the first is listed (serve them separately)`);
          continue;
        }
        owners.set(name, this.dir);
        cursor = { offset: 0, nextSeq: 0 };
        this.cursors.set(name, cursor);
      }
      await this.readStream(sdir, cursor, add, skip);
    }
  }

  /**
   * A symbolic link in the ledger (a stream folder or a segment file) is not read: the ledger's
   * readers refuse one (verify: "is a symbolic link, not a regular file"), so the index does not
   * list what it points to either. So is a segment that is no regular file (a FIFO would block
   * the read, a device never end). Counted once among the skipped lines and named in the status;
   * text search reads what the index holds, so it leaves them out too and works over the rest.
   */
  private link(file: string, what: string, skip: () => void): void {
    if (this.links.has(file)) return;
    this.links.set(file, what);
    skip();
  }

  private async readStream(sdir: string, cursor: StreamCursor, add: (row: IndexRow) => void, skip: () => void): Promise<void> {
    const segments: string[] = [];
    for (const f of (await listDir(sdir)).filter((name) => SEGMENT.test(name))) {
      const file = path.join(sdir, f);
      const stat = await fs.promises.lstat(file).catch(() => undefined);
      if (stat === undefined) continue;
      if (stat.isFile()) segments.push(file);
      else this.link(file, stat.isSymbolicLink() ? 'a symbolic link' : stat.isFIFO() ? 'a FIFO' : stat.isDirectory() ? 'a directory' : 'not a regular file', skip);
    }
    if (segments.length === 0) return;
    let index = cursor.segment === undefined ? 0 : segments.indexOf(cursor.segment);
    if (index < 0) throw new Rewound(`${cursor.segment} went away`);
    cursor.segment ??= segments[0];
    const take = (line: Buffer, file: string, offset: number): void => {
      const text = line.toString('utf8');
      if (text.trim() === '') return;
      let row: IndexRow | undefined;
      try {
        row = indexRow(JSON.parse(text) as AuditEvent, { file, offset, length: line.length });
      } catch {
        row = undefined;
      }
      if (!row) skip();
      else if (row.seq >= cursor.nextSeq) {
        add(row);
        cursor.nextSeq = row.seq + 1;
      }
    };
    for (;;) {
      const file = cursor.segment as string;
      const handle = await fs.promises.open(file, 'r');
      let atEnd: boolean;
      try {
        const size = (await handle.stat()).size;
        if (size < Math.max(cursor.offset, cursor.skipScanned ?? 0)) throw new Rewound(`${file} shrank`);
        // The unfinished line's bytes so far (copies; at most maxLineBytes), or, once it is longer
        // than that, nothing: it is scanned for its newline only (`skipping`).
        let parts: Buffer[] = [];
        let partBytes = 0;
        let skipping = cursor.skipScanned !== undefined;
        let pos = cursor.skipScanned ?? cursor.offset;
        const buffer = Buffer.allocUnsafe(CHUNK);
        while (pos < size) {
          const { bytesRead } = await handle.read(buffer, 0, Math.min(CHUNK, size - pos), pos);
          if (bytesRead <= 0) break;
          const data = buffer.subarray(0, bytesRead);
          let start = 0;
          for (let newline = data.indexOf(10); newline >= 0; newline = data.indexOf(10, start)) {
            if (skipping) skip();
            else if (partBytes + newline - start > this.maxLineBytes) skip();
            else take(partBytes > 0 ? Buffer.concat([...parts, data.subarray(start, newline)]) : data.subarray(start, newline), file, cursor.offset);
            skipping = false;
            parts = [];
            partBytes = 0;
            start = newline + 1;
            cursor.offset = pos + start;
          }
          if (start < bytesRead && !skipping) {
            if (partBytes + bytesRead - start > this.maxLineBytes) {
              skipping = true;
              parts = [];
              partBytes = 0;
            } else {
              parts.push(Buffer.from(data.subarray(start)));
              partBytes += bytesRead - start;
            }
          }
          pos += bytesRead;
        }
        if (skipping) cursor.skipScanned = pos;
        else delete cursor.skipScanned;
        atEnd = partBytes === 0 && !skipping;
      } finally {
        await handle.close();
      }
      const next = segments[index + 1];
      if (!atEnd || next === undefined) return;
      index++;
      cursor.segment = next;
      cursor.offset = 0;
    }
  }
}

export interface IndexStatus {
  /** Events indexed. */
  events: number;
  /** Stored lines that are not events (see the verification). */
  skipped: number;
  /**
   * The files of the ledgers left out, each with why (`…/streams/s/00000000000000000002.jsonl: a
   * symbolic link`): neither listed nor searched. The first 20; absent when none.
   */
  leftOut?: string[];
  /** True until the first full pass is done; answers meanwhile cover what was read so far. */
  building: boolean;
  /** When the index last took in the source (ms since the epoch). */
  at: number;
  /** Why the last poll failed (the index keeps what it had; the next poll tries again). */
  error?: string;
}

/**
 * The index over a source: `folders` are followed incrementally; anything else the source holds
 * (PostgreSQL) is read whole, at most every `minRereadMs` (or three times the last pass, if
 * longer) and only when `refresh()` is called.
 */
export class EventIndex {
  /** Grows as events are read; replaced by a new array on a rebuild. */
  rows: IndexRow[] = [];
  /** Rows by trace id. */
  byTrace = new Map<string, IndexRow[]>();
  /** Bumped whenever `rows` changes (answers cached per version). */
  version = 0;
  skipped = 0;
  building = true;
  error: string | undefined;
  at = 0;
  private tails: FolderTail[];
  /** The folder each stream name belongs to (the first that held it). */
  private owners = new Map<string, string>();
  private others: IndexRow[] = [];
  private othersAt = 0;
  private othersMs = 0;
  private othersPass: Promise<void> | undefined;
  private askedAt = 0;
  private polling: Promise<void> | undefined;
  private readonly hasOthers: Promise<boolean>;
  readonly ready: Promise<void>;

  constructor(readonly source: ReportSource, private readonly folders: readonly string[], private readonly minRereadMs = 5_000, private readonly maxLineBytes = INDEX_MAX_LINE_BYTES) {
    this.tails = folders.map((f) => new FolderTail(f, maxLineBytes));
    this.hasOthers = source.describe().then((infos) => infos.some((i) => i.kind !== 'folder'), () => true);
    this.ready = this.poll().finally(() => {
      this.building = false;
      this.version++;
    });
    this.ready.catch(() => undefined);
  }

  /** The streams the folders hold (their events carry where their lines are). */
  folderStreams(): Set<string> {
    return new Set(this.tails.flatMap((t) => t.streams()));
  }

  /** Marks the index as looked at: the next poll may re-read the non-folder streams. */
  touch(): void {
    this.askedAt = Date.now();
  }

  status(): IndexStatus {
    const leftOut = this.tails.flatMap((t) => t.leftOut()).slice(0, 20);
    return { events: this.rows.length, skipped: this.skipped, ...(leftOut.length > 0 ? { leftOut } : {}), building: this.building, at: this.at, ...(this.error ? { error: this.error } : {}) };
  }

  private add = (row: IndexRow): void => {
    this.rows.push(row);
    const list = this.byTrace.get(row.trace);
    if (list) list.push(row);
    else this.byTrace.set(row.trace, [row]);
  };

  private skip = (): void => {
    this.skipped++;
  };

  /** Takes in what was appended since the last poll (one poll at a time; callers share it). */
  poll(): Promise<void> {
    this.polling ??= this.pollOnce().then(
      () => {
        this.error = undefined;
      },
      (error: unknown) => {
        this.error = error instanceof Error ? error.message : String(error);
        throw error;
      },
    ).finally(() => {
      this.polling = undefined;
    });
    return this.polling;
  }

  private async pollOnce(): Promise<void> {
    const before = this.rows.length;
    let conflict: string | undefined;
    const onConflict = (message: string): void => {
      conflict ??= message;
    };
    try {
      for (const tail of this.tails) await tail.poll(this.add, this.skip, this.owners, onConflict);
    } catch (error) {
      if (!(error instanceof Rewound)) throw error;
      // A segment shrank or went away (not something an append-only writer does): start over.
      this.rows = [];
      this.byTrace = new Map();
      this.skipped = 0;
      this.owners = new Map();
      this.tails = this.folders.map((f) => new FolderTail(f, this.maxLineBytes));
      for (const tail of this.tails) await tail.poll(this.add, this.skip, this.owners, onConflict);
      for (const row of this.others) this.add(row);
    }
    if ((await this.hasOthers) && (this.building || this.askedAt > this.othersAt)) await this.rereadOthers(this.building);
    this.at = Date.now();
    if (this.rows.length !== before) this.version++;
    if (conflict) throw new Error(conflict);
  }

  /** Re-reads the streams no folder holds, when the last pass is old enough (or `force`). */
  private async rereadOthers(force: boolean): Promise<void> {
    if (!force && Date.now() - this.othersAt < Math.max(this.minRereadMs, 3 * this.othersMs)) return;
    this.othersPass ??= (async () => {
      const started = Date.now();
      const folderStreams = this.folderStreams();
      const fresh: IndexRow[] = [];
      for await (const event of this.source.events({})) {
        if (folderStreams.has(event.stream)) continue;
        const row = indexRow(event);
        if (row) fresh.push(row);
      }
      if (fresh.length !== this.others.length || fresh.some((r, i) => r.stream !== this.others[i]?.stream || r.seq !== this.others[i]?.seq)) {
        const kept = this.rows.filter((r) => r.at !== undefined);
        this.rows = [];
        this.byTrace = new Map();
        for (const row of kept) this.add(row);
        for (const row of fresh) this.add(row);
        this.others = fresh;
        this.version++;
      }
      this.othersMs = Date.now() - started;
      this.othersAt = Date.now();
    })().finally(() => {
      this.othersPass = undefined;
    });
    await this.othersPass;
  }
}

/**
 * Reads the stored lines at `at` (coalescing neighbours into one read per run of nearby lines)
 * and returns the parsed events in the same order; a line that no longer parses is left out.
 */
export async function readLinesAt(places: readonly LineAt[]): Promise<AuditEvent[]> {
  const byFile = new Map<string, Array<{ at: LineAt; i: number }>>();
  places.forEach((at, i) => {
    const list = byFile.get(at.file) ?? [];
    list.push({ at, i });
    byFile.set(at.file, list);
  });
  const out: Array<AuditEvent | undefined> = new Array(places.length);
  for (const [file, list] of byFile) {
    list.sort((a, b) => a.at.offset - b.at.offset);
    const handle = await fs.promises.open(file, 'r');
    try {
      for (let i = 0; i < list.length; ) {
        // One read covers lines less than 64 KiB apart, up to 4 MiB.
        let j = i;
        const start = (list[i] as { at: LineAt }).at.offset;
        let end = start + (list[i] as { at: LineAt }).at.length;
        while (j + 1 < list.length) {
          const next = (list[j + 1] as { at: LineAt }).at;
          if (next.offset - end > 65_536 || next.offset + next.length - start > 4 * CHUNK) break;
          end = Math.max(end, next.offset + next.length);
          j++;
        }
        const buffer = Buffer.allocUnsafe(end - start);
        const { bytesRead } = await handle.read(buffer, 0, end - start, start);
        for (let k = i; k <= j; k++) {
          const { at, i: slot } = list[k] as { at: LineAt; i: number };
          if (at.offset + at.length - start > bytesRead) continue;
          try {
            out[slot] = JSON.parse(buffer.toString('utf8', at.offset - start, at.offset - start + at.length)) as AuditEvent;
          } catch {
            out[slot] = undefined;
          }
        }
        i = j + 1;
      }
    } finally {
      await handle.close();
    }
  }
  return out.filter((e): e is AuditEvent => e !== undefined);
}
