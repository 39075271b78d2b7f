/**
 * Session memory: values identified as personal data once (a structured field such as
 * `patient_name`, or a detected span such as an email) are remembered, in this process's memory
 * only, for the rest of their session and trace, so that a later occurrence is masked too even
 * where no detector would see it (the model's answer repeating the patient's name).
 *
 * Bounded: at most `maxSessions` sessions/traces (least recently used dropped first) and
 * `maxValues` values per session (oldest sighting dropped first). Nothing here is ever written
 * anywhere; the values live as long as the redactor and their LRU place.
 */

/** Limits of the session memory. */
export interface SessionMemoryOptions {
  /** Sessions and traces remembered at once; the least recently used is forgotten. Default 1000. */
  maxSessions?: number;
  /** Values remembered per session or trace; the least recently seen is forgotten. Default 256. */
  maxValues?: number;
}

/** What a remembered value is masked as: the same type and canonical form as its first sighting. */
export interface RememberedValue {
  type: string;
  class: string;
  normalized: string;
}

/** One recurrence found in a string. */
export interface Recurrence extends RememberedValue {
  start: number;
  end: number;
}

/** Shortest value remembered (shorter ones recur by chance: initials, "Li", years). */
export const MIN_REMEMBERED_CHARS = 4;
/** Longest value remembered. */
export const MAX_REMEMBERED_CHARS = 128;
/** Values sharing their first four characters; more are not kept, so a scan does bounded work per position. */
const MAX_PER_PREFIX = 8;
const PREFIX = 4;

const isAlnum = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && code < 0x2000);

/** The values of one session or trace. */
export class SessionValues {
  /** Lower-cased value -> what it is masked as; insertion order is recency. */
  private readonly values = new Map<string, RememberedValue>();
  /** Lower-cased first four characters -> values starting so. */
  private readonly byPrefix = new Map<string, string[]>();
  /** First character codes of every value (lower-cased), to skip positions cheaply. */
  private firstCodes = new Set<number>();
  private firstCodesStale = false;

  constructor(private readonly maxValues: number) {}

  get size(): number {
    return this.values.size;
  }

  /** The remembered values, least recent first (to hand to another thread's redactor). */
  entries(): Array<[string, RememberedValue]> {
    return [...this.values];
  }

  remember(raw: string, value: RememberedValue): void {
    const trimmed = raw.trim();
    if (trimmed.length < MIN_REMEMBERED_CHARS || trimmed.length > MAX_REMEMBERED_CHARS) return;
    // Short numbers recur by chance (years, counts); numbers are remembered from six digits on.
    if (/^[\d\s.,\-/]+$/.test(trimmed) && trimmed.replace(/\D/g, '').length < 6) return;
    const lower = trimmed.toLowerCase();
    if (lower.length !== trimmed.length) return; // case mapping changed the offsets; not matchable safely
    const known = this.values.get(lower);
    if (known !== undefined) {
      // Seen again: most recent now, masked as at its first sighting.
      this.values.delete(lower);
      this.values.set(lower, known);
      return;
    }
    const prefix = lower.slice(0, PREFIX);
    const bucket = this.byPrefix.get(prefix) ?? [];
    if (bucket.length >= MAX_PER_PREFIX) this.forget(bucket[0] as string);
    if (this.values.size >= this.maxValues) this.forget(this.values.keys().next().value as string);
    this.values.set(lower, { ...value });
    const fresh = this.byPrefix.get(prefix) ?? [];
    fresh.push(lower);
    this.byPrefix.set(prefix, fresh);
    this.firstCodes.add(lower.charCodeAt(0));
  }

  private forget(lower: string): void {
    this.values.delete(lower);
    const prefix = lower.slice(0, PREFIX);
    const bucket = this.byPrefix.get(prefix);
    if (bucket === undefined) return;
    const at = bucket.indexOf(lower);
    if (at !== -1) bucket.splice(at, 1);
    if (bucket.length === 0) this.byPrefix.delete(prefix);
    this.firstCodesStale = true;
  }

  /**
   * Every recurrence of a remembered value in `text`, case-insensitive, on word boundaries
   * (a value starting or ending with a letter or digit must not continue a word). Linear in the
   * text: at most MAX_PER_PREFIX comparisons per position, and only where a value could start.
   * `work`, when given, counts the comparisons (tests check the growth).
   */
  find(text: string, work?: { steps: number }): Recurrence[] {
    const out: Recurrence[] = [];
    if (this.values.size === 0 || text.length < MIN_REMEMBERED_CHARS) return out;
    if (this.firstCodesStale) {
      this.firstCodes = new Set([...this.values.keys()].map((value) => value.charCodeAt(0)));
      this.firstCodesStale = false;
    }
    const lower = text.toLowerCase();
    if (lower.length !== text.length) return this.findSlow(text, work);
    const firstCodes = this.firstCodes;
    for (let i = 0; i <= lower.length - MIN_REMEMBERED_CHARS; i++) {
      if (work) work.steps++;
      const code = lower.charCodeAt(i);
      if (!firstCodes.has(code)) continue;
      if (isAlnum(code) && i > 0 && isAlnum(lower.charCodeAt(i - 1))) continue;
      const bucket = this.byPrefix.get(lower.slice(i, i + PREFIX));
      if (bucket === undefined) continue;
      let best: string | undefined;
      for (const value of bucket) {
        if (work) work.steps++;
        if (!lower.startsWith(value, i)) continue;
        const end = i + value.length;
        if (isAlnum(value.charCodeAt(value.length - 1)) && end < lower.length && isAlnum(lower.charCodeAt(end))) continue;
        if (best === undefined || value.length > best.length) best = value;
      }
      if (best === undefined) continue;
      const remembered = this.values.get(best) as RememberedValue;
      out.push({ start: i, end: i + best.length, ...remembered });
      i += best.length - 1;
    }
    return out;
  }

  /** Texts whose lower-casing changes length (rare scripts): compared position by position. */
  private findSlow(text: string, work?: { steps: number }): Recurrence[] {
    const out: Recurrence[] = [];
    for (let i = 0; i <= text.length - MIN_REMEMBERED_CHARS; i++) {
      if (work) work.steps++;
      if (i > 0 && isAlnum(text.charCodeAt(i - 1)) && isAlnum(text.charCodeAt(i))) continue;
      const bucket = this.byPrefix.get(text.slice(i, i + PREFIX).toLowerCase());
      if (bucket === undefined) continue;
      for (const value of bucket) {
        if (work) work.steps++;
        const end = i + value.length;
        if (text.slice(i, end).toLowerCase() !== value) continue;
        if (isAlnum(value.charCodeAt(value.length - 1)) && end < text.length && isAlnum(text.charCodeAt(end))) continue;
        out.push({ start: i, end, ...(this.values.get(value) as RememberedValue) });
        i = end - 1;
        break;
      }
    }
    return out;
  }
}

/** Session memories of one redactor, by session id and by trace id. */
export class SessionMemory {
  private readonly sessions = new Map<string, SessionValues>();
  private readonly maxSessions: number;
  private readonly maxValues: number;

  constructor(options: SessionMemoryOptions = {}) {
    this.maxSessions = Math.max(1, Math.floor(options.maxSessions ?? 1000));
    this.maxValues = Math.max(1, Math.floor(options.maxValues ?? 256));
  }

  /** The memories an event belongs to: its session's and its trace's (created on first use, most recent first in LRU order). */
  of(session: string | undefined, traceId: string | undefined): SessionValues[] {
    const out: SessionValues[] = [];
    if (session !== undefined && session !== '') out.push(this.get(`s\0${session}`));
    if (traceId !== undefined && traceId !== '') out.push(this.get(`t\0${traceId}`));
    return out;
  }

  private get(key: string): SessionValues {
    let values = this.sessions.get(key);
    if (values !== undefined) {
      this.sessions.delete(key);
    } else {
      values = new SessionValues(this.maxValues);
      if (this.sessions.size >= this.maxSessions) this.sessions.delete(this.sessions.keys().next().value as string);
    }
    this.sessions.set(key, values);
    return values;
  }

  /** Sessions and traces currently remembered. */
  get size(): number {
    return this.sessions.size;
  }

  /** The values of an event's session and trace, to redact it in another thread with the same memory. */
  snapshot(session: string | undefined, traceId: string | undefined): MemorySnapshot {
    const out: MemorySnapshot = [];
    if (session !== undefined && session !== '') out.push({ key: `s\0${session}`, values: this.sessions.get(`s\0${session}`)?.entries() ?? [] });
    if (traceId !== undefined && traceId !== '') out.push({ key: `t\0${traceId}`, values: this.sessions.get(`t\0${traceId}`)?.entries() ?? [] });
    return out;
  }

  /** Replaces the named sessions' values by those of a snapshot (what the other thread ended with). */
  load(snapshot: MemorySnapshot): void {
    for (const { key, values } of snapshot) {
      const fresh = new SessionValues(this.maxValues);
      for (const [raw, value] of values) fresh.remember(raw, value);
      this.sessions.delete(key);
      if (this.sessions.size >= this.maxSessions) this.sessions.delete(this.sessions.keys().next().value as string);
      this.sessions.set(key, fresh);
    }
  }
}

/** Some sessions' remembered values, as plain data (structured-clonable). */
export type MemorySnapshot = Array<{ key: string; values: Array<[string, RememberedValue]> }>;
