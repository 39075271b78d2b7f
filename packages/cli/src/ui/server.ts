// The read-only web view behind `agent-audit ui`: a token-guarded HTTP server on 127.0.0.1 with a
// JSON API over a ReportSource (folders or PostgreSQL) and the bundled Preact app (dist/ui/).
// Everything read from the ledger is untrusted: it leaves here as JSON only, and the app renders
// it as text. No request leaves the machine; the CSP forbids inline script and remote loads.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MONITOR_AGENT, RECORD_STREAM, isMonitorRecord } from '../monitor-record.js';
import { EventIndex, indexRow, readLinesAt, type IndexRow, type LineAt } from './event-index.js';
import {
  KeyError, activityReport, compileFilter, createChainVerifier, detectSensitive, aiActReport, coverageReport, createVault, decisionReport, defaultKeyDir, inclusionProof, listStreamsLeavingOut, loadKeyring, proveEvent,
  renderReport, reportDocument, subjectReport, verifyInclusion, verifyInclusionBundle,
  type AnyReport, type AuditEvent, type EventFilter, type InclusionBundle, type ReportFormat, type ReportOptions, type ReportSource, type VerifyResult,
} from '@agent-audit/core';

export interface UiServerOptions {
  source: ReportSource;
  /** Folder of each stream, for inclusion proofs (folders only). */
  folders: readonly string[];
  /**
   * The sources among `source` that are not folders (PostgreSQL), combined: the index and text
   * search read their streams whole. Default `source` (its folders' streams left out), which
   * reads the folders too, so a folder's unreadable file would fail that pass: pass it.
   */
  others?: ReportSource;
  host?: string;
  port?: number;
  verifierKeys?: readonly string[];
  /** Where the built app lives (default: `ui/` beside this bundle). */
  assetsDir?: string;
  token?: string;
  /** Folder of the pseudonym key, for subject reports (default: `defaultKeyDir()` of the environment). */
  keysDir?: string;
  /** Vault folder, for the erasure status in subject reports (default `$AGENT_AUDIT_VAULT`). */
  vaultDir?: string;
  /** How often the index takes in new events, in ms (default 2,000). */
  pollMs?: number;
}

export interface UiServer {
  url: string;
  token: string;
  close(): Promise<void>;
}

const PAGE_SIZE = 50;
const TRACE_PAGE_SIZE = 100;
const POLL_MS = 2_000;

export const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cache-control': 'no-store',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/** Paths that take a POST (a JSON body of the query's names): what a URL must not carry goes there. */
const POST_PATHS = new Set(['/api/report', '/api/traces', '/api/charts']);

const ASSETS: Record<string, string> = {
  '/assets/app.js': 'text/javascript; charset=utf-8',
  '/assets/app.css': 'text/css; charset=utf-8',
};

function defaultAssetsDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const candidate of [path.join(here, 'ui'), path.join(here, '..', 'ui'), path.join(here, '..', '..', 'dist', 'ui')]) {
    if (fs.existsSync(path.join(candidate, 'app.js'))) return candidate;
  }
  throw new Error(`the web app is not built (no ui/app.js beside ${here}); run the CLI package's build`);
}

function indexHtml(): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>agent-audit</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/assets/app.css"></head>
<body><div id="app"></div><script type="module" src="/assets/app.js"></script></body></html>
`;
}

/** One trace's summary row in the list. */
export interface TraceRow {
  trace: string;
  session?: string;
  first: string;
  last: string;
  events: number;
  agents: string[];
  /** Regions (`agent.region`) of the trace's events; empty when none has one. */
  regions: string[];
  actors: string[];
  types: string[];
  streams: string[];
  errors: number;
  dataClasses: string[];
}

export interface ListQuery extends EventFilter {
  agent?: string;
  q?: string;
}

function text(event: AuditEvent): string {
  // The stored, already redacted content: search over what the ledger holds, nothing else.
  return JSON.stringify([event.content, event.tool, event.model?.toolCalls, event.decision, event.error, event.resource, event.attrs]).toLowerCase();
}

function parseQuery(params: URLSearchParams): ListQuery {
  const out: ListQuery = {};
  const keys = ['agent', 'region', 'actor', 'type', 'dataClass', 'outcome', 'session', 'trace', 'stream', 'tool', 'q'] as const;
  for (const key of keys) {
    const value = params.get(key)?.trim();
    if (value) out[key] = value.slice(0, 500);
  }
  for (const [key, name] of [['since', 'from'], ['until', 'to']] as const) {
    const value = params.get(name)?.trim();
    if (value) {
      const date = new Date(value);
      if (Number.isNaN(date.getTime())) throw new HttpError(400, `${name}: not a date`);
      out[key] = date.toISOString();
    }
  }
  return out;
}

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

function eventFilter(query: ListQuery): EventFilter {
  const { agent: _agent, q: _q, ...filter } = query;
  return filter;
}

function matchesExtra(event: AuditEvent, query: ListQuery): boolean {
  if (query.agent && event.agent.id !== query.agent) return false;
  if (query.q && !text(event).includes(query.q.toLowerCase())) return false;
  return true;
}

function pattern(expected: string | undefined, value: string | undefined): boolean {
  if (expected === undefined) return true;
  if (value === undefined) return false;
  return expected.endsWith('.*') ? value.startsWith(expected.slice(0, -1)) : value === expected;
}

function rowMatches(row: IndexRow, query: ListQuery): boolean {
  if (query.since !== undefined && row.ts < (query.since as string)) return false;
  if (query.until !== undefined && row.ts >= (query.until as string)) return false;
  if (!pattern(query.type, row.type)) return false;
  if (query.dataClass !== undefined && !row.classes.some((c) => pattern(query.dataClass, c))) return false;
  if (query.agent !== undefined && row.agent !== query.agent) return false;
  if (query.region !== undefined && row.region !== query.region) return false;
  if (query.actor !== undefined && row.actor !== query.actor) return false;
  if (query.outcome !== undefined && row.outcome !== query.outcome) return false;
  if (query.session !== undefined && row.session !== query.session) return false;
  if (query.trace !== undefined && row.trace !== query.trace) return false;
  if (query.stream !== undefined && row.stream !== query.stream) return false;
  if (query.tool !== undefined && row.tool !== query.tool) return false;
  return true;
}

/** Which queries the index answers: everything but text search and filters it does not hold. */
function indexable(query: ListQuery): boolean {
  return query.q === undefined && query.resource === undefined && query.source === undefined;
}

/** Rows of the index matching the query, as events shaped enough for the aggregations below. */
async function* fromIndex(rows: readonly IndexRow[], query: ListQuery): AsyncGenerator<IndexRow> {
  for (const row of rows) if (rowMatches(row, query)) yield row;
}

async function* fromSource(source: ReportSource, query: ListQuery): AsyncGenerator<IndexRow> {
  for await (const event of source.events(eventFilter(query))) {
    if (!matchesExtra(event, query)) continue;
    const row = indexRow(event);
    if (row) yield row;
  }
}

/** How many stored lines text search reads at a time (at their offsets, neighbours in one read). */
const SEARCH_BATCH = 2_000;

/**
 * Text search (and the filters the index does not hold) over what the index holds: the events of
 * a folder are read from where the index says their lines are (after the index's own filters),
 * so search covers the same events as the list and leaves out what the index left out (a
 * symbolic link or another non-regular file in the ledger, a line that is not an event, one over
 * 16 MiB: `leftOut` and `skipped` of the status say so) instead of failing as a whole on it. The
 * streams no folder holds (PostgreSQL) are read from the index's source, as before. Waits for the
 * first pass of the index, so an answer covers the whole ledger.
 */
export async function* searchIndex(index: EventIndex, query: ListQuery): AsyncGenerator<IndexRow> {
  await index.ready.catch(() => undefined);
  const filter = compileFilter(eventFilter(query));
  const rows = index.rows.filter((row) => row.at !== undefined && rowMatches(row, query));
  for (let i = 0; i < rows.length; i += SEARCH_BATCH) {
    const batch = rows.slice(i, i + SEARCH_BATCH);
    const expected = new Set(batch.map((r) => `${r.stream}#${r.seq}`));
    for (const event of await readLinesAt(batch.map((r) => r.at as LineAt))) {
      // The line read must still be the event indexed (same stream and seq).
      if (!expected.has(`${event.stream}#${event.seq}`) || !filter(event) || !matchesExtra(event, query)) continue;
      const row = indexRow(event);
      if (row) yield row;
    }
  }
  if (index.rows.some((row) => row.at === undefined)) {
    const folders = index.folderStreams();
    for await (const row of fromSource(index.source, query)) if (!folders.has(row.stream)) yield row;
  }
}

/** The rows a list or chart is made of: the index's when it answers the query, else a search. */
function rowsFor(source: ReportSource, query: ListQuery, index?: readonly IndexRow[] | EventIndex): AsyncIterable<IndexRow> {
  if (index instanceof EventIndex) return indexable(query) ? fromIndex(index.rows, query) : searchIndex(index, query);
  return index && indexable(query) ? fromIndex(index, query) : fromSource(source, query);
}

/** Traces whose events match the query, newest first, one page of them. */
export async function listTraces(source: ReportSource, query: ListQuery, page: number, index?: readonly IndexRow[] | EventIndex): Promise<{ rows: TraceRow[]; total: number; page: number; pageSize: number }> {
  const rows = new Map<string, TraceRow & { _agents: Set<string>; _regions: Set<string>; _actors: Set<string>; _types: Set<string>; _streams: Set<string>; _classes: Set<string> }>();
  for await (const event of rowsFor(source, query, index)) {
    const id = event.trace;
    let row = rows.get(id);
    if (!row) {
      row = {
        trace: id, first: event.ts, last: event.ts, events: 0, agents: [], regions: [], actors: [], types: [], streams: [], errors: 0, dataClasses: [],
        _agents: new Set(), _regions: new Set(), _actors: new Set(), _types: new Set(), _streams: new Set(), _classes: new Set(),
      };
      if (event.session) row.session = event.session;
      rows.set(id, row);
    }
    row.events++;
    if (event.ts < row.first) row.first = event.ts;
    if (event.ts > row.last) row.last = event.ts;
    row._agents.add(event.agent);
    if (event.region) row._regions.add(event.region);
    if (event.actor) row._actors.add(event.actor);
    row._types.add(event.type);
    row._streams.add(event.stream);
    for (const c of event.classes) row._classes.add(c);
    if (event.error) row.errors++;
  }
  const all = [...rows.values()].sort((a, b) => (a.last < b.last ? 1 : a.last > b.last ? -1 : 0));
  const start = (page - 1) * PAGE_SIZE;
  const slice = all.slice(start, start + PAGE_SIZE).map(({ _agents, _regions, _actors, _types, _streams, _classes, ...row }) => ({
    ...row,
    agents: [..._agents].sort(),
    regions: [..._regions].sort(),
    actors: [..._actors].sort(),
    types: [..._types].sort(),
    streams: [..._streams].sort(),
    dataClasses: [..._classes].sort(),
  }));
  return { rows: slice, total: all.length, page, pageSize: PAGE_SIZE };
}

/**
 * One page of a trace's events, in time order (ts, then stream, then seq). The index says where
 * the trace's events are: a folder's are read at their byte offsets (only the page's lines); a
 * trace with events from another source (PostgreSQL) is read by its trace id. A trace the index
 * does not hold yet is looked for again after one poll, then answered as empty.
 */
export async function traceEvents(source: ReportSource, trace: string, page: number, index: EventIndex): Promise<{ events: AuditEvent[]; total: number; page: number; pageSize: number }> {
  const start = (page - 1) * TRACE_PAGE_SIZE;
  let rows = index.byTrace.get(trace);
  if (!rows) {
    await (index.building ? index.ready : index.poll());
    rows = index.byTrace.get(trace);
  }
  if (!rows) return { events: [], total: 0, page, pageSize: TRACE_PAGE_SIZE };
  const order = (a: { ts: string; stream: string; seq: number }, b: { ts: string; stream: string; seq: number }) =>
    a.ts < b.ts ? -1 : a.ts > b.ts ? 1 : a.stream < b.stream ? -1 : a.stream > b.stream ? 1 : a.seq - b.seq;
  if (rows.every((r) => r.at !== undefined)) {
    const slice = [...rows].sort(order).slice(start, start + TRACE_PAGE_SIZE);
    const events = await readLinesAt(slice.map((r) => r.at as LineAt));
    // The line read must still be the event indexed (same stream, seq and trace).
    const expected = new Set(slice.map((r) => `${r.stream}#${r.seq}`));
    return { events: events.filter((e) => e.trace?.traceId === trace && expected.has(`${e.stream}#${e.seq}`)), total: rows.length, page, pageSize: TRACE_PAGE_SIZE };
  }
  const all: AuditEvent[] = [];
  for await (const event of source.events({ trace })) all.push(event);
  all.sort(order);
  return { events: all.slice(start, start + TRACE_PAGE_SIZE), total: all.length, page, pageSize: TRACE_PAGE_SIZE };
}

/** Figures for the charts: events per hour by type, error rate per hour, data access by class (events per class they carry), tool calls per agent. */
export async function chartData(source: ReportSource, query: ListQuery, index?: readonly IndexRow[] | EventIndex): Promise<{ hours: number[]; types: string[]; perType: number[][]; errorRate: number[]; dataClasses: Array<[string, number]>; toolCalls: Array<[string, number]> }> {
  const byHour = new Map<number, Map<string, number>>();
  const errorsByHour = new Map<number, number>();
  const totalByHour = new Map<number, number>();
  const typeTotals = new Map<string, number>();
  const classes = new Map<string, number>();
  const tools = new Map<string, number>();
  for await (const event of rowsFor(source, query, index)) {
    const hour = Math.floor(Date.parse(event.ts) / 3_600_000) * 3600;
    const types = byHour.get(hour) ?? new Map<string, number>();
    types.set(event.type, (types.get(event.type) ?? 0) + 1);
    byHour.set(hour, types);
    typeTotals.set(event.type, (typeTotals.get(event.type) ?? 0) + 1);
    totalByHour.set(hour, (totalByHour.get(hour) ?? 0) + 1);
    if (event.error) errorsByHour.set(hour, (errorsByHour.get(hour) ?? 0) + 1);
    // Data access by class: every event that carries classes (`data.classes`, docs/FORMAT.md: a
    // message, a model call or a tool call touching pii.* or financial.* data), once per class;
    // a data.* event without any counts as unclassified.
    for (const c of event.classes.length > 0 ? event.classes : event.type.startsWith('data.') ? ['(unclassified)'] : []) classes.set(c, (classes.get(c) ?? 0) + 1);
    if (event.type === 'tool.call') tools.set(event.agent, (tools.get(event.agent) ?? 0) + 1);
  }
  // Every hour from the first to the last (zeros where nothing happened), an hour either side,
  // at most 24 x 400 hours (beyond that, the hours that had events only).
  const seen = [...byHour.keys()].sort((a, b) => a - b);
  let hours = seen;
  if (seen.length > 0) {
    const first = (seen[0] as number) - 3600;
    const last = (seen[seen.length - 1] as number) + 3600;
    if ((last - first) / 3600 <= 24 * 400) {
      hours = [];
      for (let h = first; h <= last; h += 3600) hours.push(h);
    }
  }
  // The eight busiest types get a series each; the rest are summed as "other".
  const top = [...typeTotals.entries()].sort((a, b) => b[1] - a[1]).map(([t]) => t);
  const named = top.slice(0, 8);
  const types = top.length > 8 ? [...named, 'other'] : named;
  const perType = types.map((type) =>
    hours.map((h) => {
      const counts = byHour.get(h) ?? new Map<string, number>();
      if (type === 'other') return [...counts.entries()].filter(([t]) => !named.includes(t)).reduce((n, [, c]) => n + c, 0);
      return counts.get(type) ?? 0;
    }),
  );
  const errorRate = hours.map((h) => (totalByHour.has(h) ? (errorsByHour.get(h) ?? 0) / (totalByHour.get(h) as number) : 0));
  const sorted = (m: Map<string, number>): Array<[string, number]> => [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { hours, types, perType, errorRate, dataClasses: sorted(classes), toolCalls: sorted(tools) };
}

const REPORT_KINDS = ['activity', 'ai-act', 'coverage', 'subject', 'decision'] as const;
const REPORT_FORMATS: readonly ReportFormat[] = ['md', 'html', 'json'];

interface Selectors {
  value?: string | undefined;
  actor?: string | undefined;
  trace?: string | undefined;
  session?: string | undefined;
}

/**
 * One report of docs/REPORTS.md. `subject` needs exactly one of `value` (never echoed) and
 * `actor`, and the pseudonym key (`keysDir`); `decision` exactly one of `trace` and `session`.
 */
async function buildReport(source: ReportSource, kind: string, options: ReportOptions, select: Selectors, keys: { keysDir: string; vaultDir?: string | undefined }): Promise<AnyReport> {
  switch (kind) {
    case 'activity':
      return activityReport(source, options);
    case 'ai-act':
      return aiActReport(source, options);
    case 'coverage':
      return coverageReport(source, options);
    case 'subject': {
      if ((select.value ? 1 : 0) + (select.actor ? 1 : 0) !== 1) throw new HttpError(400, 'a subject report needs exactly one of value and actor');
      const keyring = loadKeyring('pseudonym', { dir: keys.keysDir, create: false });
      return subjectReport(source, {
        ...options,
        ...(select.value ? { value: select.value } : { actor: select.actor as string }),
        keyring,
        ...(keys.vaultDir ? { vault: createVault({ dir: keys.vaultDir, keysDir: keys.keysDir }) } : {}),
      });
    }
    case 'decision': {
      if ((select.trace ? 1 : 0) + (select.session ? 1 : 0) !== 1) throw new HttpError(400, 'a decision report needs exactly one of trace and session');
      if (select.trace && !/^[0-9a-f]{32}$/.test(select.trace)) throw new HttpError(400, 'trace: 32 hex digits');
      return decisionReport(source, { ...options, ...(select.trace ? { trace: select.trace } : { session: select.session as string }) });
    }
    default:
      throw new HttpError(404, `no report kind ${JSON.stringify(kind)} (${REPORT_KINDS.join(', ')})`);
  }
}

/** A source that proves its own events (the PostgreSQL report source does). */
interface ProvingSource {
  proveEvent(eventId: string, options: { stream?: string }): Promise<InclusionBundle>;
}

/**
 * The inclusion proof of an event held by a source other than a folder: the source's own
 * `proveEvent` when it has one (PostgreSQL: reads the stream's leaf hashes only), else from its
 * stored lines and checkpoints (one pass over the stream), in the bundle form of `proveEvent()`.
 */
export async function proveFromSource(source: ReportSource, eventId: string, stream: string): Promise<InclusionBundle> {
  const own = (source as Partial<ProvingSource>).proveEvent;
  if (typeof own === 'function') return own.call(source, eventId, { stream });
  if (!(await source.streams()).includes(stream)) throw new HttpError(404, `no stream ${JSON.stringify(stream)}`);
  const leaves: Buffer[] = [];
  let found: { line: string; index: number } | undefined;
  for await (const { line, event } of source.lines(stream)) {
    if (event.seq !== leaves.length || typeof event.hash !== 'string' || !/^[0-9a-f]{64}$/.test(event.hash)) throw new HttpError(409, `stream ${stream} is not a run of hashed events at seq ${leaves.length}; verify it`);
    if (event.id === eventId && !found) found = { line, index: leaves.length };
    leaves.push(Buffer.from(event.hash, 'hex'));
  }
  if (!found) throw new HttpError(404, `no event with id ${eventId} in stream ${stream}`);
  const at = found.index;
  const checkpoint = [...(await source.checkpoints(stream))].sort((a, b) => b.size - a.size).find((c) => c.size > at && c.size <= leaves.length);
  if (!checkpoint) throw new HttpError(409, `event ${eventId} (seq ${at}) is not covered by a signed checkpoint yet`);
  const proof = inclusionProof(leaves.slice(0, checkpoint.size), at, checkpoint.size);
  if (!verifyInclusion(leaves[at] as Buffer, at, checkpoint.size, proof, Buffer.from(checkpoint.root, 'hex'))) throw new HttpError(409, `the stored events of ${stream} do not lead to its signed root; verify it`);
  const [verifierKey] = (await source.publishedVerifierKeys()).slice(-1);
  return {
    format: 'agent-audit-inclusion-proof',
    version: 1,
    stream,
    line: found.line,
    leafIndex: at,
    treeSize: checkpoint.size,
    proof: proof.map((h) => Buffer.from(h).toString('hex')),
    checkpoint: { note: checkpoint.note, size: checkpoint.size, root: checkpoint.root },
    ...(verifierKey ? { verifierKey } : {}),
  };
}

/**
 * Checks a bundle the way `agent-audit verify-proof` does before the view shows it: the leaf is
 * the hash of the line's own bytes, the path leads to the checkpoint's root, and the checkpoint
 * is signed by a pinned key (any of `verifierKeys`), else by the key the bundle carries. A bundle
 * with no key at all (PostgreSQL publishes none) gets the first two checks only.
 *
 * @returns undefined when it checks, else the reason (verify-proof's wording).
 */
export function bundleFailure(bundle: InclusionBundle, verifierKeys?: readonly string[]): string | undefined {
  const keys = verifierKeys && verifierKeys.length > 0 ? verifierKeys : bundle.verifierKey ? [bundle.verifierKey] : [];
  if (keys.length > 0) {
    let first: string | undefined;
    for (const verifierKey of keys) {
      const check = verifyInclusionBundle(bundle, { verifierKey });
      if (check.ok) return undefined;
      first ??= check.reason ?? 'invalid';
    }
    return first;
  }
  // No key: the same checks but the signature (the bundle is marked keyless in the app).
  const withKey = verifyInclusionBundle({ ...bundle, verifierKey: 'none' });
  if (withKey.reason !== undefined && !withKey.reason.startsWith('checkpoint signature')) return withKey.reason;
  const event = JSON.parse(bundle.line) as AuditEvent;
  const path = bundle.proof.map((h) => Buffer.from(h, 'hex'));
  return verifyInclusion(Buffer.from(event.hash, 'hex'), bundle.leafIndex, bundle.treeSize, path, Buffer.from(bundle.checkpoint.root, 'hex')) ? undefined : 'the inclusion path does not lead to the signed root';
}

/** A POST body: a JSON object of strings (at most 64 KiB), as the query's names and values. */
async function jsonBody(req: http.IncomingMessage): Promise<URLSearchParams> {
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) throw new HttpError(415, 'a POST body must be application/json');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > 65_536) throw new HttpError(413, 'the body is larger than 64 KiB');
    chunks.push(chunk);
  }
  let value: unknown;
  try {
    value = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'the body is not JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new HttpError(400, 'the body must be a JSON object');
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(value)) if (typeof v === 'string') params.set(k, v);
  return params;
}

/** The alerts the Alerts page lists: the monitor's, and apart from them, the others. */
export interface AlertsAnswer {
  /** `alert.raised` recorded by the monitor in its `alerts` stream (docs/MONITORING.md), newest first, one page. */
  events: AuditEvent[];
  total: number;
  page: number;
  pageSize: number;
  /** Other `alert.raised` events (written by an agent, not the monitor), newest first, the first page only. */
  others: { events: AuditEvent[]; total: number };
  /** Why the monitor's stream is not trusted (then all its alerts are among `others`). */
  untrusted?: string;
}

const newestFirst = (a: { ts: string; stream: string; seq: number }, b: { ts: string; stream: string; seq: number }): number =>
  a.ts < b.ts ? 1 : a.ts > b.ts ? -1 : a.stream < b.stream ? 1 : a.stream > b.stream ? -1 : b.seq - a.seq;

/**
 * `alert.raised` events, newest first (from the index: only the alerts' lines are read). Only the
 * monitor's records are listed as alerts: written as the monitor (`isMonitorRecord`: its agent
 * id and source, in the `alerts` stream), in a stream that holds nothing else and that the latest
 * verification does not call invalid (`alertsStream`). Any other `alert.raised` (an agent can
 * record one as `agent-audit-monitor` in its own stream) is answered apart, in `others`.
 */
async function alertEvents(source: ReportSource, query: ListQuery, page: number, index: EventIndex, alertsStream: 'valid' | 'invalid' | 'unchecked' | undefined): Promise<AlertsAnswer> {
  if (index.building) await index.ready;
  let untrusted: string | undefined;
  if (alertsStream === 'invalid') untrusted = `the monitor's stream ${RECORD_STREAM} does not verify`;
  let all: AuditEvent[] | undefined;
  let rows: IndexRow[];
  if (indexable(query) && index.rows.every((r) => r.type !== 'alert.raised' || r.at !== undefined)) {
    const foreign = index.rows.find((r) => r.stream === RECORD_STREAM && r.agent !== MONITOR_AGENT);
    if (foreign && !untrusted) untrusted = `the monitor's stream ${RECORD_STREAM} holds events of another writer (agent ${JSON.stringify(foreign.agent.slice(0, 64))})`;
    const filter = { ...query, type: 'alert.raised' };
    rows = index.rows.filter((r) => r.type === 'alert.raised' && rowMatches(r, filter)).sort(newestFirst);
  } else {
    all = [];
    for await (const event of source.events({ ...eventFilter(query), type: 'alert.raised' })) if (matchesExtra(event, query)) all.push(event);
    all.sort((a, b) => newestFirst(a, b));
    rows = [];
  }
  const candidate = (r: { stream: string; agent: string }) => !untrusted && r.stream === RECORD_STREAM && r.agent === MONITOR_AGENT;
  const read = async (list: IndexRow[]): Promise<AuditEvent[]> => readLinesAt(list.map((r) => r.at as LineAt));
  let mine: AuditEvent[];
  let mineTotal: number;
  let others: AuditEvent[];
  let othersTotal: number;
  if (all) {
    const monitor = all.filter((e) => !untrusted && isMonitorRecord(e));
    const rest = all.filter((e) => untrusted || !isMonitorRecord(e));
    mine = monitor.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
    mineTotal = monitor.length;
    others = rest.slice(0, PAGE_SIZE);
    othersTotal = rest.length;
  } else {
    const monitorRows = rows.filter(candidate);
    const otherRows = rows.filter((r) => !candidate(r));
    mineTotal = monitorRows.length;
    othersTotal = otherRows.length;
    const read1 = await read(monitorRows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE));
    // The index holds no `source`: an event of the stream written with another source moves to the others.
    mine = read1.filter((e) => isMonitorRecord(e));
    const moved = read1.filter((e) => !isMonitorRecord(e));
    mineTotal -= moved.length;
    othersTotal += moved.length;
    others = [...moved, ...(await read(otherRows.slice(0, PAGE_SIZE)))].sort((a, b) => newestFirst(a, b)).slice(0, PAGE_SIZE);
  }
  return { events: mine, total: mineTotal, page, pageSize: PAGE_SIZE, others: { events: others, total: othersTotal }, ...(untrusted ? { untrusted } : {}) };
}

/**
 * A stream's verification status: valid, invalid, or unchecked when its only failure is that no
 * key was there to check its checkpoint signatures (a PostgreSQL store read without --key: it
 * publishes no verifier key). Its chain and hashes were still checked (a break there is the
 * failure named instead, being earlier).
 */
export function streamStatus(reason: string | undefined): 'valid' | 'invalid' | 'unchecked' {
  if (reason === undefined) return 'valid';
  return /^checkpoint \d+ \(size \d+\): no verifier key to check its signature$/.test(reason) ? 'unchecked' : 'invalid';
}

interface StreamVerification {
  stream: string;
  events: number;
  checkpointedSize: number;
  ok: boolean;
  status: 'valid' | 'invalid' | 'unchecked';
  failure: VerifyResult['reports'][number]['failure'] | null;
}

interface Checked {
  result: VerifyResult;
  streams: StreamVerification[];
}

/**
 * Each stream's status. A stream whose failure is only the missing key is `unchecked`; since the
 * verifier names one failure per stream (the earliest), a chain break after the first checkpoint
 * would hide behind it: such a stream's chain (hashes, seq, prev links) is read again here, and a
 * break makes it `invalid` with that failure.
 */
async function withStatuses(source: ReportSource, result: VerifyResult): Promise<Checked> {
  const streams: StreamVerification[] = [];
  for (const r of result.reports) {
    let failure = r.failure;
    let status = streamStatus(failure?.reason);
    if (status === 'unchecked') {
      const broken = await chainFailure(source, r.stream);
      if (broken) {
        failure = broken;
        status = 'invalid';
      }
    }
    streams.push({ stream: r.stream, events: r.events, checkpointedSize: r.checkpointedSize, ok: !failure, status, failure: failure ?? null });
  }
  return { result, streams };
}

/** The first break of a stream's chain (seq, prev, hash of each line), if any. */
async function chainFailure(source: ReportSource, stream: string): Promise<VerifyResult['reports'][number]['failure']> {
  const chain = createChainVerifier(stream);
  let seq = 0;
  for await (const { line, event } of source.lines(stream)) {
    const check = chain.push(event, line);
    if (!check.ok) return { stream, seq, ...(typeof event.id === 'string' ? { id: event.id } : {}), reason: check.reason ?? 'chain broken' };
    seq++;
  }
  return undefined;
}

function pageOf(params: URLSearchParams): number {
  return Math.max(1, Math.min(1_000_000, Number.parseInt(params.get('page') ?? '1', 10) || 1));
}

/**
 * The list's and the charts' parameters: a POST's JSON body, else the query string. Text search
 * (`q`) is taken in a POST body only: what is typed there may be personal data, and a URL is kept
 * in access logs, proxies and history (a GET with `q=` gets 400, as the subject value does).
 */
async function searchParams(req: http.IncomingMessage, url: URL, post: boolean): Promise<URLSearchParams> {
  if (post) return jsonBody(req);
  if (url.searchParams.has('q')) throw new HttpError(400, 'q: send a text search in a POST body (JSON), never in the URL');
  return url.searchParams;
}

/**
 * When a search text holds what the redactor masks (an email, a phone number, a card…), the
 * ledger stores only its pseudonym or mask: the raw value is never found. Says so, and points to
 * the data subject report, which takes a raw value (in a POST body) and finds its pseudonyms.
 */
export function searchHint(q: string): { kinds: string[]; message: string } | undefined {
  const kinds = [...new Set(detectSensitive(q).filter((d) => d.mask !== false).map((d) => d.type.toLowerCase()))].sort();
  if (kinds.length === 0) return undefined;
  return {
    kinds,
    message: `This search looks like personal data (${kinds.join(', ')}). The ledger holds such values redacted (a pseudonym or a mask), never raw, so a raw value matches nothing here. To find a person's events, use the data subject report (Reports, Data subject): it takes the raw value in a POST body and looks for its pseudonyms.`,
  };
}

function tokenMatches(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Starts the UI server. Binds 127.0.0.1 unless told otherwise. Every API request needs the token
 * as `Authorization: Bearer <token>`, else 401. The token is never a cookie: cookies are not
 * port-isolated (RFC 6265 §8.5), so any other server on 127.0.0.1 the browser visits would
 * receive it. The printed URL carries it in its fragment (`#token=`, never sent to a server);
 * the app keeps it in the tab's sessionStorage (per origin, port included) and sends it as a
 * bearer token. The HTML shell and the assets hold no ledger data and are served without it.
 */
export async function startUiServer(options: UiServerOptions): Promise<UiServer> {
  const { source } = options;
  // Two sources holding one stream name cannot be told apart (their events would be merged,
  // counts doubled): refused here, as the reports refuse them (`stream_conflict` of combineSources).
  await source.streams();
  const token = options.token ?? randomBytes(32).toString('base64url');
  const host = options.host ?? '127.0.0.1';
  const assetsDir = options.assetsDir ?? defaultAssetsDir();
  const assets = new Map<string, Buffer>();
  for (const name of Object.keys(ASSETS)) assets.set(name, fs.readFileSync(path.join(assetsDir, path.basename(name))));
  const verifierKeys = options.verifierKeys && options.verifierKeys.length > 0 ? [...options.verifierKeys] : undefined;
  const keysDir = options.keysDir ?? defaultKeyDir(process.env);
  const vaultDir = options.vaultDir ?? (process.env.AGENT_AUDIT_VAULT || undefined);

  // Verification is cached and re-run on request (?refresh=1), when it is older than 30 s, or
  // when the index took in new events since it ran (at most every 5 s; one run at a time).
  let verification: { at: number; version: number; settled: boolean; result: Promise<Checked> } | undefined;
  const verify = (refresh: boolean, version: number): Promise<Checked> => {
    const age = verification ? Date.now() - verification.at : Infinity;
    const changed = verification !== undefined && verification.settled && version !== verification.version && age > 5_000;
    if (!verification || refresh || age > 30_000 || changed) {
      const result = source.verify(verifierKeys ? { verifierKeys } : {}).then((r) => withStatuses(source, r));
      const entry = { at: Date.now(), version, settled: false, result };
      verification = entry;
      result.then(
        () => (entry.settled = true),
        () => (entry.settled = true),
      );
    }
    return verification.result;
  };
  void verify(false, 0);

  // The index (what lists and charts need of each event, no content): one pass at start, then
  // the folders are followed (a poll every POLL_MS reads what was appended), so new events show
  // within a few seconds. Answers are cached per query until the index changes.
  const index = new EventIndex(options.others ?? source, options.folders);
  const poller = setInterval(() => {
    if (!index.building) index.poll().catch(() => undefined);
  }, options.pollMs ?? POLL_MS);
  poller.unref();
  let listCache: { version: number; answers: Map<string, unknown> } = { version: -1, answers: new Map() };
  const cached = async <T>(key: string, make: () => Promise<T>): Promise<T> => {
    if (index.building) return make();
    if (listCache.version !== index.version) listCache = { version: index.version, answers: new Map() };
    let answer = listCache.answers.get(key) as T | undefined;
    if (answer === undefined) {
      const version = index.version;
      answer = await make();
      if (listCache.answers.size >= 64) listCache.answers.clear();
      if (listCache.version === version) listCache.answers.set(key, answer);
    }
    return answer;
  };

  /** Host headers accepted on the default bind (set once the port is known); undefined: any (--host given). */
  const allowedHosts: Set<string> | undefined = options.host === undefined ? new Set() : undefined;
  const send = (res: http.ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}) => {
    res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, ...extra });
    res.end(body);
  };
  const json = (res: http.ServerResponse, status: number, value: unknown) => send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://ui.invalid');
    // Read-only: GET and HEAD, and POST to /api/report only (it carries a subject's raw value in
    // its body, never in a URL that proxies and access logs keep).
    // POST also to /api/traces and /api/charts, whose text search (`q`) goes in the body only.
    const postable = POST_PATHS.has(url.pathname);
    const post = req.method === 'POST' && postable;
    if (req.method !== 'GET' && req.method !== 'HEAD' && !post) {
      send(res, 405, 'text/plain; charset=utf-8', 'read-only\n', { allow: postable ? 'GET, HEAD, POST' : 'GET, HEAD' });
      return;
    }
    // DNS rebinding: on the default loopback bind, a page of another name that resolves to
    // 127.0.0.1 is refused by its Host header (with --host, the names are the operator's).
    if (allowedHosts && !allowedHosts.has((req.headers.host ?? '').toLowerCase())) {
      send(res, 421, 'text/plain; charset=utf-8', 'agent-audit ui: this Host is not the address the view is bound to; open the URL the command printed\n');
      return;
    }
    const p = url.pathname;
    // The shell and the assets hold no ledger data: served without the token (the app then asks
    // the API with it). Nothing here sets a cookie.
    if (p === '/' || p === '/index.html') {
      send(res, 200, 'text/html; charset=utf-8', indexHtml());
      return;
    }
    const asset = assets.get(p);
    if (asset) {
      send(res, 200, ASSETS[p] as string, asset);
      return;
    }
    if (!p.startsWith('/api/')) {
      send(res, 404, 'text/plain; charset=utf-8', 'not found\n');
      return;
    }
    // RFC 7235 §2.1: the auth scheme is case-insensitive. The bearer header only: no cookie (not
    // port-isolated) and no `?token=` (kept in access logs and history).
    const bearer = /^bearer +(\S+) *$/i.exec(req.headers.authorization ?? '')?.[1];
    if (!tokenMatches(bearer, token)) {
      send(res, 401, 'text/plain; charset=utf-8', 'agent-audit ui: the access token is missing or wrong; open the URL the command printed\n', { 'www-authenticate': 'Bearer' });
      return;
    }
    const page = pageOf(url.searchParams);
    switch (p) {
      case '/api/verify': {
        const { result, streams } = await verify(url.searchParams.get('refresh') === '1', index.version);
        json(res, 200, {
          ok: result.ok,
          // valid; invalid (a stream fails a check); unchecked (chains checked, but some stream's
          // signatures could not be: no key for it, pass --key).
          status: streams.some((r) => r.status === 'invalid') ? 'invalid' : streams.some((r) => r.status === 'unchecked') ? 'unchecked' : result.ok ? 'valid' : 'invalid',
          at: verification?.at,
          events: result.events,
          keySource: result.keySource,
          pinned: verifierKeys !== undefined,
          firstFailure: result.firstFailure ?? null,
          streams,
          warnings: [...new Set(result.warnings)],
        });
        return;
      }
      case '/api/sources':
        json(res, 200, { sources: await source.describe(), streams: await source.streams() });
        return;
      case '/api/index':
        json(res, 200, index.status());
        return;
      case '/api/traces': {
        index.touch();
        const params = await searchParams(req, url, post);
        const query = parseQuery(params);
        const at = pageOf(params);
        // Text search reads the lines the index holds; everything else is answered from the index.
        const answer = indexable(query) ? await cached(JSON.stringify(['traces', query, at]), () => listTraces(source, query, at, index.rows)) : await listTraces(source, query, at, index);
        const status = index.status();
        const hint = query.q !== undefined ? searchHint(query.q) : undefined;
        json(res, 200, { ...answer, index: status, ...(hint ? { searchHint: hint } : {}) });
        return;
      }
      case '/api/trace': {
        index.touch();
        const trace = url.searchParams.get('trace') ?? '';
        if (!/^[0-9a-f]{32}$/.test(trace)) throw new HttpError(400, 'trace: 32 hex digits');
        json(res, 200, await traceEvents(source, trace, page, index));
        return;
      }
      case '/api/proof': {
        const id = url.searchParams.get('id') ?? '';
        const stream = url.searchParams.get('stream') ?? '';
        if (!/^[0-9A-HJKMNP-TV-Z]{26}$/.test(id) || !stream || stream.length > 200) throw new HttpError(400, 'id (a ULID) and stream are required');
        const folder = await folderOf(stream);
        let bundle: InclusionBundle;
        try {
          bundle = folder ? await proveEvent(folder, id, { stream }) : await proveFromSource(source, id, stream);
        } catch (error) {
          if (error instanceof HttpError) throw error;
          const code = (error as { code?: unknown }).code;
          throw new HttpError(code === 'not_found' ? 404 : 409, error instanceof Error ? error.message : String(error));
        }
        // Never shown unless it checks as verify-proof checks it (a line edited after its hash was written fails here).
        const failure = bundleFailure(bundle, verifierKeys);
        if (failure !== undefined) {
          json(res, 409, { error: `NOT proven: ${failure}`, notProven: true, reason: failure });
          return;
        }
        json(res, 200, bundle);
        return;
      }
      case '/api/charts': {
        index.touch();
        const query = parseQuery(await searchParams(req, url, post));
        const answer = indexable(query) ? await cached(JSON.stringify(['charts', query]), () => chartData(source, query, index.rows)) : await chartData(source, query, index);
        const status = index.status();
        const hint = query.q !== undefined ? searchHint(query.q) : undefined;
        json(res, 200, { ...answer, index: status, ...(hint ? { searchHint: hint } : {}) });
        return;
      }
      case '/api/alerts': {
        index.touch();
        // The latest verification's word on the monitor's stream, if one has finished (not waited for).
        const checked = verification?.settled ? await verification.result.catch(() => undefined) : undefined;
        json(res, 200, await alertEvents(source, parseQuery(await searchParams(req, url, false)), page, index, checked?.streams.find((r) => r.stream === RECORD_STREAM)?.status));
        return;
      }
      case '/api/report': {
        // GET: everything but a raw value in the query; POST: a JSON object of the same names in the body.
        const params = post ? await jsonBody(req) : url.searchParams;
        if (!post && params.has('value')) throw new HttpError(400, 'value: send a raw value in a POST body (JSON), never in the URL');
        const kind = params.get('kind') ?? 'activity';
        const format = params.get('format') ?? 'doc';
        if (format !== 'doc' && !REPORT_FORMATS.includes(format as ReportFormat)) throw new HttpError(400, 'format: doc, md, html or json');
        const selector = (name: string) => params.get(name)?.trim().slice(0, 1000) || undefined;
        const from = selector('from');
        const to = selector('to');
        let report: AnyReport;
        try {
          // from/to as the report command reads them (ISO time or date, 24h, 7d, today, yesterday).
          report = await buildReport(source, kind, {
            ...(from ? { from } : {}),
            ...(to ? { to } : {}),
            ...(verifierKeys ? { verifierKeys } : {}),
          }, { value: selector('value'), actor: selector('actor'), trace: selector('trace'), session: selector('session') }, { keysDir, vaultDir });
        } catch (error) {
          if (error instanceof HttpError) throw error;
          const code = (error as { code?: unknown }).code;
          throw new HttpError(code === 'not_found' ? 404 : error instanceof KeyError ? 409 : 400, error instanceof Error ? error.message : String(error));
        }
        if (format === 'doc') {
          // The document form (headings, facts, tables, trees of plain strings): the app renders it as text nodes.
          json(res, 200, { kind: report.kind, document: reportDocument(report) });
          return;
        }
        const body = renderReport(report, format as ReportFormat);
        // A rendered report is only ever a download (an attachment), never a page of this origin.
        const type = format === 'json' ? 'application/json; charset=utf-8' : format === 'md' ? 'text/markdown; charset=utf-8' : 'text/html; charset=utf-8';
        send(res, 200, type, body, { 'content-disposition': `attachment; filename="${kind}.${format}"` });
        return;
      }
      default:
        send(res, 404, 'text/plain; charset=utf-8', 'not found\n');
    }
  };

  // Which folder holds a stream (for proofs).
  const folderStreams = new Map<string, string>();
  for (const folder of options.folders) for (const stream of (await listStreamsLeavingOut(folder)).streams) folderStreams.set(stream, folder);
  const folderOf = async (stream: string): Promise<string | undefined> => {
    if (!folderStreams.has(stream)) for (const folder of options.folders) for (const s of (await listStreamsLeavingOut(folder)).streams) folderStreams.set(s, folder);
    return folderStreams.get(stream);
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      const message = error instanceof Error ? error.message : String(error);
      if (!res.headersSent) json(res, status, { error: message });
      else res.destroy();
    });
  });
  server.requestTimeout = 120_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 0);
  if (allowedHosts) for (const name of ['127.0.0.1', 'localhost']) allowedHosts.add(`${name}:${port}`);
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/#token=${token}`,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(poller);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
