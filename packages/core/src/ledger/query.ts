import type { AuditEvent } from '../spec/event.js';
import { listStreams, listStreamsLeavingOut, readEvents, readEventsLeavingOut, type LeftOut } from './read.js';
import { requireOptions } from '../internal/options.js';
import { AuditError } from '../spec/errors.js';

/** What `query` can select on. Every given field must match; strings match exactly. */
export interface EventFilter {
  /** Inclusive lower bound on `ts` (RFC 3339 or anything Date parses). */
  since?: string | Date;
  /** Exclusive upper bound on `ts`. */
  until?: string | Date;
  stream?: string;
  /** Event type; a trailing `.*` matches a whole noun, e.g. `tool.*`. */
  type?: string;
  session?: string;
  trace?: string;
  actor?: string;
  /** Resource id, or `type:id`. */
  resource?: string;
  tool?: string;
  outcome?: string;
  /** A data class, e.g. `pii.email`; `pii.*` matches any pii class. */
  dataClass?: string;
  source?: string;
  /** `agent.region` (docs/REGIONS.md); events without a region never match. */
  region?: string;
}

function toIso(value: string | Date | undefined): string | undefined {
  if (value === undefined) return undefined;
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new TypeError(`not a date: ${String(value)}`);
  return date.toISOString();
}

function matchPattern(pattern: string, value: string | undefined): boolean {
  if (value === undefined) return false;
  if (pattern.endsWith('.*')) return value.startsWith(pattern.slice(0, -1));
  return pattern === value;
}

/**
 * Compiles a filter into a predicate (dates are parsed once).
 *
 * @example
 * ```ts
 * const match = compileFilter({ session: 's-1', type: 'tool.*' });
 * events.filter(match);
 * ```
 */
export function compileFilter(filter: EventFilter = {}): (event: AuditEvent) => boolean {
  requireOptions('compileFilter', filter, 'a filter object (all fields optional)');
  // The form agent.region has (spec/event.ts): any other value could never match, so it is a usage error.
  if (filter.region !== undefined && (typeof filter.region !== 'string' || !/^[a-z0-9][a-z0-9-]{0,62}$/.test(filter.region))) {
    throw new AuditError({ code: 'invalid_options', message: `invalid region ${JSON.stringify(filter.region)}: lower-case letters, digits and -, e.g. eu (docs/REGIONS.md)` });
  }
  const since = toIso(filter.since);
  const until = toIso(filter.until);
  return (e) => {
    if (since !== undefined && e.ts < since) return false;
    if (until !== undefined && e.ts >= until) return false;
    if (filter.stream !== undefined && e.stream !== filter.stream) return false;
    if (filter.type !== undefined && !matchPattern(filter.type, e.type)) return false;
    if (filter.session !== undefined && e.session !== filter.session) return false;
    if (filter.trace !== undefined && e.trace?.traceId !== filter.trace) return false;
    if (filter.actor !== undefined && e.actor?.id !== filter.actor) return false;
    // An event without a resource matches no resource (not even `undefined:undefined`), as in PostgreSQL.
    if (filter.resource !== undefined && (!e.resource || (e.resource.id !== filter.resource && `${e.resource.type}:${e.resource.id}` !== filter.resource))) return false;
    if (filter.tool !== undefined && e.tool?.name !== filter.tool) return false;
    if (filter.outcome !== undefined && e.outcome !== filter.outcome) return false;
    if (filter.source !== undefined && e.source !== filter.source) return false;
    if (filter.region !== undefined && e.agent?.region !== filter.region) return false;
    if (filter.dataClass !== undefined && !(e.data?.classes ?? []).some((c) => matchPattern(filter.dataClass as string, c))) return false;
    return true;
  };
}

/** True if the event matches every field of the filter. */
export function matchesFilter(event: AuditEvent, filter: EventFilter = {}): boolean {
  return compileFilter(filter)(event);
}

/** Options of `queryLedger()`. */
export interface QueryLedgerOptions {
  /**
   * Keep reading past what cannot be read: a file in `streams/` that is not a stream folder, a
   * segment that is not a regular file (directory, FIFO, symbolic link), a line that is not an
   * event. Each is named here and left out (the rest of its segment with it). Without it, the
   * first such file throws a LedgerFormatError.
   */
  onLeftOut?: (leftOut: LeftOut) => void;
}

/**
 * Streams the events of a ledger folder that match a filter, in time order across streams
 * (a k-way merge by `ts`, then stream and seq), holding one event per stream in memory.
 *
 * @example
 * ```ts
 * for await (const event of queryLedger('./audit', { session: 'conv-17' })) console.log(event.type);
 * ```
 */
export async function* queryLedger(dir: string, filter: EventFilter = {}, options: QueryLedgerOptions = {}): AsyncGenerator<AuditEvent> {
  requireOptions('queryLedger', options, 'options { onLeftOut? }');
  const match = compileFilter(filter);
  const { onLeftOut } = options;
  let streams: string[];
  if (filter.stream !== undefined) streams = [filter.stream];
  else if (onLeftOut) {
    const listed = await listStreamsLeavingOut(dir);
    for (const leftOut of listed.leftOut) onLeftOut(leftOut);
    streams = listed.streams;
  } else streams = await listStreams(dir);
  const heads: Array<{ iterator: AsyncGenerator<AuditEvent>; event: AuditEvent }> = [];
  for (const stream of streams) {
    const iterator = onLeftOut ? readEventsLeavingOut(dir, stream, onLeftOut) : readEvents(dir, { stream });
    const first = await iterator.next();
    if (!first.done) heads.push({ iterator, event: first.value });
  }
  while (heads.length > 0) {
    let best = 0;
    for (let i = 1; i < heads.length; i++) {
      const a = (heads[i] as { event: AuditEvent }).event;
      const b = (heads[best] as { event: AuditEvent }).event;
      if (a.ts < b.ts || (a.ts === b.ts && (a.stream < b.stream || (a.stream === b.stream && a.seq < b.seq)))) best = i;
    }
    const head = heads[best] as { iterator: AsyncGenerator<AuditEvent>; event: AuditEvent };
    if (match(head.event)) yield head.event;
    const next = await head.iterator.next();
    if (next.done) heads.splice(best, 1);
    else head.event = next.value;
  }
}
