// The read-only web view behind `agent-audit ui`: a token-guarded HTTP server on 127.0.0.1 with a
// JSON API over a ReportSource (folders or PostgreSQL) and the bundled Preact app (dist/ui/).
// Everything read from the ledger is untrusted: it leaves here as JSON only, and the app renders
// it as text. No request leaves the machine; the CSP forbids inline script and remote loads.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  activityReport, aiActReport, coverageReport, listStreams, proveEvent, renderReport,
  type AnyReport, type AuditEvent, type EventFilter, type ReportFormat, type ReportSource, type VerifyResult,
} from '@agent-audit/core';

export interface UiServerOptions {
  source: ReportSource;
  /** Folder of each stream, for inclusion proofs (folders only). */
  folders: readonly string[];
  host?: string;
  port?: number;
  verifierKeys?: readonly string[];
  /** Where the built app lives (default: `ui/` beside this bundle). */
  assetsDir?: string;
  token?: string;
}

export interface UiServer {
  url: string;
  token: string;
  close(): Promise<void>;
}

const PAGE_SIZE = 50;
const TRACE_PAGE_SIZE = 200;

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

function dataClassesOf(event: AuditEvent): string[] {
  const data = event.data as { classes?: unknown } | undefined;
  return Array.isArray(data?.classes) ? data.classes.filter((c): c is string => typeof c === 'string') : [];
}

function isError(event: AuditEvent): boolean {
  return event.outcome === 'failure' || event.type.endsWith('.error') || event.error !== undefined;
}

function parseQuery(params: URLSearchParams): ListQuery {
  const out: ListQuery = {};
  const keys = ['agent', 'actor', 'type', 'dataClass', 'outcome', 'session', 'trace', 'stream', 'tool', 'q'] as const;
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

/** What the list and the charts need of one event, held in memory (no content). */
interface IndexRow {
  ts: string;
  trace: string;
  seq: number;
  session?: string;
  agent: string;
  actor?: string;
  type: string;
  stream: string;
  outcome?: string;
  tool?: string;
  classes: string[];
  error: boolean;
}

function indexRow(event: AuditEvent): IndexRow {
  return {
    ts: event.ts,
    trace: event.trace.traceId,
    seq: event.seq,
    ...(event.session ? { session: event.session } : {}),
    agent: event.agent.id,
    ...(event.actor?.id ? { actor: event.actor.id } : {}),
    type: event.type,
    stream: event.stream,
    ...(event.outcome ? { outcome: event.outcome } : {}),
    ...(event.tool?.name ? { tool: event.tool.name } : {}),
    classes: dataClassesOf(event),
    error: isError(event),
  };
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
  for await (const event of source.events(eventFilter(query))) if (matchesExtra(event, query)) yield indexRow(event);
}

/** Traces whose events match the query, newest first, one page of them. */
export async function listTraces(source: ReportSource, query: ListQuery, page: number, index?: readonly IndexRow[]): Promise<{ rows: TraceRow[]; total: number; page: number; pageSize: number }> {
  const rows = new Map<string, TraceRow & { _agents: Set<string>; _actors: Set<string>; _types: Set<string>; _streams: Set<string>; _classes: Set<string> }>();
  for await (const event of index && indexable(query) ? fromIndex(index, query) : fromSource(source, query)) {
    const id = event.trace;
    let row = rows.get(id);
    if (!row) {
      row = { trace: id, first: event.ts, last: event.ts, events: 0, agents: [], actors: [], types: [], streams: [], errors: 0, dataClasses: [], _agents: new Set(), _actors: new Set(), _types: new Set(), _streams: new Set(), _classes: new Set() };
      if (event.session) row.session = event.session;
      rows.set(id, row);
    }
    row.events++;
    if (event.ts < row.first) row.first = event.ts;
    if (event.ts > row.last) row.last = event.ts;
    row._agents.add(event.agent);
    if (event.actor) row._actors.add(event.actor);
    row._types.add(event.type);
    row._streams.add(event.stream);
    for (const c of event.classes) row._classes.add(c);
    if (event.error) row.errors++;
  }
  const all = [...rows.values()].sort((a, b) => (a.last < b.last ? 1 : a.last > b.last ? -1 : 0));
  const start = (page - 1) * PAGE_SIZE;
  const slice = all.slice(start, start + PAGE_SIZE).map(({ _agents, _actors, _types, _streams, _classes, ...row }) => ({
    ...row,
    agents: [..._agents].sort(),
    actors: [..._actors].sort(),
    types: [..._types].sort(),
    streams: [..._streams].sort(),
    dataClasses: [..._classes].sort(),
  }));
  return { rows: slice, total: all.length, page, pageSize: PAGE_SIZE };
}

/**
 * One page of a trace's events, in time order. With the index, only the streams holding the
 * trace are read, each up to the trace's last seq; without it (or for a trace the index does not
 * know yet), the whole source is read.
 */
export async function traceEvents(source: ReportSource, trace: string, page: number, index?: readonly IndexRow[]): Promise<{ events: AuditEvent[]; total: number; page: number; pageSize: number }> {
  const start = (page - 1) * TRACE_PAGE_SIZE;
  const spans = new Map<string, { min: number; max: number }>();
  for (const row of index ?? []) {
    if (row.trace !== trace) continue;
    const span = spans.get(row.stream);
    if (!span) spans.set(row.stream, { min: row.seq, max: row.seq });
    else {
      span.min = Math.min(span.min, row.seq);
      span.max = Math.max(span.max, row.seq);
    }
  }
  if (spans.size > 0) {
    const all: AuditEvent[] = [];
    for (const [stream, span] of spans) {
      for await (const { event } of source.lines(stream)) {
        if (event.seq > span.max) break;
        if (event.seq >= span.min && event.trace?.traceId === trace) all.push(event);
      }
    }
    all.sort((a, b) => (a.ts < b.ts ? -1 : a.ts > b.ts ? 1 : a.stream < b.stream ? -1 : a.stream > b.stream ? 1 : a.seq - b.seq));
    return { events: all.slice(start, start + TRACE_PAGE_SIZE), total: all.length, page, pageSize: TRACE_PAGE_SIZE };
  }
  const events: AuditEvent[] = [];
  let total = 0;
  for await (const event of source.events({ trace })) {
    if (total >= start && events.length < TRACE_PAGE_SIZE) events.push(event);
    total++;
  }
  return { events, total, page, pageSize: TRACE_PAGE_SIZE };
}

/** Figures for the charts: events per hour by type, error rate per hour, data access by class, tool calls per agent. */
export async function chartData(source: ReportSource, query: ListQuery, index?: readonly IndexRow[]): Promise<{ hours: number[]; types: string[]; perType: number[][]; errorRate: number[]; dataClasses: Array<[string, number]>; toolCalls: Array<[string, number]> }> {
  const byHour = new Map<number, Map<string, number>>();
  const errorsByHour = new Map<number, number>();
  const totalByHour = new Map<number, number>();
  const typeTotals = new Map<string, number>();
  const classes = new Map<string, number>();
  const tools = new Map<string, number>();
  for await (const event of index && indexable(query) ? fromIndex(index, query) : fromSource(source, query)) {
    const hour = Math.floor(Date.parse(event.ts) / 3_600_000) * 3600;
    const types = byHour.get(hour) ?? new Map<string, number>();
    types.set(event.type, (types.get(event.type) ?? 0) + 1);
    byHour.set(hour, types);
    typeTotals.set(event.type, (typeTotals.get(event.type) ?? 0) + 1);
    totalByHour.set(hour, (totalByHour.get(hour) ?? 0) + 1);
    if (event.error) errorsByHour.set(hour, (errorsByHour.get(hour) ?? 0) + 1);
    if (event.type.startsWith('data.')) for (const c of event.classes.length > 0 ? event.classes : ['(unclassified)']) classes.set(c, (classes.get(c) ?? 0) + 1);
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

const REPORT_KINDS = ['activity', 'ai-act', 'coverage'] as const;
const REPORT_FORMATS: readonly ReportFormat[] = ['md', 'html', 'json'];

async function buildReport(source: ReportSource, kind: string, options: { from?: Date; to?: Date; verifierKeys?: string[] }): Promise<AnyReport> {
  switch (kind) {
    case 'activity':
      return activityReport(source, options);
    case 'ai-act':
      return aiActReport(source, options);
    case 'coverage':
      return coverageReport(source, options);
    default:
      throw new HttpError(404, `no report kind ${JSON.stringify(kind)} (${REPORT_KINDS.join(', ')})`);
  }
}

function tokenMatches(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieToken(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

/**
 * Starts the UI server. Binds 127.0.0.1 unless told otherwise; every request needs the token
 * (`?token=` on the first page load, which sets a same-site, HTTP-only cookie; or
 * `Authorization: Bearer <token>`), else 401.
 */
export async function startUiServer(options: UiServerOptions): Promise<UiServer> {
  const { source } = options;
  const token = options.token ?? randomBytes(32).toString('base64url');
  const host = options.host ?? '127.0.0.1';
  const assetsDir = options.assetsDir ?? defaultAssetsDir();
  const assets = new Map<string, Buffer>();
  for (const name of Object.keys(ASSETS)) assets.set(name, fs.readFileSync(path.join(assetsDir, path.basename(name))));
  const verifierKeys = options.verifierKeys && options.verifierKeys.length > 0 ? [...options.verifierKeys] : undefined;

  // Verification is cached and re-run on request (?refresh=1) or when it is older than 30 s.
  let verification: { at: number; result: Promise<VerifyResult> } | undefined;
  const verify = (refresh: boolean): Promise<VerifyResult> => {
    if (!verification || refresh || Date.now() - verification.at > 30_000) {
      const result = source.verify(verifierKeys ? { verifierKeys } : {});
      verification = { at: Date.now(), result };
      result.catch(() => undefined);
    }
    return verification.result;
  };
  void verify(false);

  // The index (what lists and charts need of each event, no content) is built by one pass at
  // start and rebuilt in the background when older than 30 s; text search reads the source.
  let index: { at: number; rows: Promise<IndexRow[]>; refreshing: boolean } | undefined;
  const buildIndex = async (): Promise<IndexRow[]> => {
    const rows: IndexRow[] = [];
    for await (const event of source.events({})) rows.push(indexRow(event));
    return rows;
  };
  const currentIndex = async (): Promise<IndexRow[]> => {
    if (!index) {
      index = { at: Date.now(), rows: buildIndex(), refreshing: false };
      return index.rows;
    }
    if (Date.now() - index.at > 30_000 && !index.refreshing) {
      const held = index;
      held.refreshing = true;
      const next = buildIndex();
      next.then(
        () => (index = { at: Date.now(), rows: next, refreshing: false }),
        () => (held.refreshing = false),
      );
    }
    return index.rows;
  };
  void currentIndex().catch(() => undefined);

  let listCache: { rows?: IndexRow[]; answers: Map<string, Awaited<ReturnType<typeof listTraces>>> } = { answers: new Map() };

  let cookieName = 'agent_audit_ui';
  const send = (res: http.ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}) => {
    res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, ...extra });
    res.end(body);
  };
  const json = (res: http.ServerResponse, status: number, value: unknown) => send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://ui.invalid');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'text/plain; charset=utf-8', 'read-only\n', { allow: 'GET, HEAD' });
      return;
    }
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const fromQuery = url.searchParams.get('token') ?? undefined;
    const fromCookie = cookieToken(req.headers.cookie, cookieName);
    const authorised = tokenMatches(bearer, token) || tokenMatches(fromQuery, token) || tokenMatches(fromCookie, token);
    if (!authorised) {
      send(res, 401, 'text/plain; charset=utf-8', 'agent-audit ui: the access token is missing or wrong; open the URL the command printed\n', { 'www-authenticate': 'Bearer' });
      return;
    }
    const setCookie: Record<string, string> = tokenMatches(fromQuery, token) ? { 'set-cookie': `${cookieName}=${token}; HttpOnly; SameSite=Strict; Path=/` } : {};
    const p = url.pathname;
    if (p === '/' || p === '/index.html') {
      send(res, 200, 'text/html; charset=utf-8', indexHtml(), setCookie);
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
    const page = Math.max(1, Math.min(1_000_000, Number.parseInt(url.searchParams.get('page') ?? '1', 10) || 1));
    switch (p) {
      case '/api/verify': {
        const result = await verify(url.searchParams.get('refresh') === '1');
        json(res, 200, {
          ok: result.ok,
          events: result.events,
          keySource: result.keySource,
          firstFailure: result.firstFailure ?? null,
          streams: result.reports.map((r) => ({ stream: r.stream, events: r.events, checkpointedSize: r.checkpointedSize, ok: !r.failure, failure: r.failure ?? null })),
          warnings: result.warnings,
        });
        return;
      }
      case '/api/sources':
        json(res, 200, { sources: await source.describe(), streams: await source.streams() });
        return;
      case '/api/traces':
      {
        // Answers from the index are cached per query until the index is rebuilt.
        const rows = await currentIndex();
        const query = parseQuery(url.searchParams);
        if (!indexable(query)) {
          json(res, 200, await listTraces(source, query, page, rows));
          return;
        }
        if (listCache.rows !== rows) listCache = { rows, answers: new Map() };
        const key = JSON.stringify([query, page]);
        let answer = listCache.answers.get(key);
        if (!answer) {
          answer = await listTraces(source, query, page, rows);
          if (listCache.answers.size >= 64) listCache.answers.clear();
          listCache.answers.set(key, answer);
        }
        json(res, 200, answer);
      }
        return;
      case '/api/trace': {
        const trace = url.searchParams.get('trace') ?? '';
        if (!/^[0-9a-f]{32}$/.test(trace)) throw new HttpError(400, 'trace: 32 hex digits');
        json(res, 200, await traceEvents(source, trace, page, await currentIndex()));
        return;
      }
      case '/api/proof': {
        const id = url.searchParams.get('id') ?? '';
        const stream = url.searchParams.get('stream') ?? '';
        if (!/^[0-9A-HJKMNP-TV-Z]{26}$/.test(id) || !stream) throw new HttpError(400, 'id (a ULID) and stream are required');
        const folder = await folderOf(stream);
        if (!folder) throw new HttpError(501, 'inclusion proofs are served for ledger folders; use `agent-audit export` for a PostgreSQL store');
        try {
          json(res, 200, await proveEvent(folder, id, { stream }));
        } catch (error) {
          throw new HttpError(409, error instanceof Error ? error.message : String(error));
        }
        return;
      }
      case '/api/charts':
        json(res, 200, await chartData(source, parseQuery(url.searchParams), await currentIndex()));
        return;
      case '/api/alerts': {
        const query = parseQuery(url.searchParams);
        const events: AuditEvent[] = [];
        let total = 0;
        for await (const event of source.events({ ...eventFilter(query), type: 'alert.raised' })) {
          if (!matchesExtra(event, query)) continue;
          total++;
          events.push(event);
          if (events.length > page * PAGE_SIZE) events.shift();
        }
        events.reverse();
        json(res, 200, { events: events.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), total, page, pageSize: PAGE_SIZE });
        return;
      }
      case '/api/report': {
        const kind = url.searchParams.get('kind') ?? 'activity';
        const format = (url.searchParams.get('format') ?? 'json') as ReportFormat;
        if (!REPORT_FORMATS.includes(format)) throw new HttpError(400, 'format: md, html or json');
        const query = parseQuery(url.searchParams);
        const report = await buildReport(source, kind, {
          ...(query.since ? { from: new Date(query.since as string) } : {}),
          ...(query.until ? { to: new Date(query.until as string) } : {}),
          ...(verifierKeys ? { verifierKeys } : {}),
        });
        const body = renderReport(report, format);
        const download = url.searchParams.get('download') === '1';
        // A rendered HTML report is served as a download or as text: never as a page of this origin.
        const type = format === 'json' ? 'application/json; charset=utf-8' : format === 'md' ? 'text/markdown; charset=utf-8' : download ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8';
        send(res, 200, type, body, download ? { 'content-disposition': `attachment; filename="${kind}.${format}"` } : {});
        return;
      }
      default:
        send(res, 404, 'text/plain; charset=utf-8', 'not found\n');
    }
  };

  // Which folder holds a stream (for proofs).
  const folderStreams = new Map<string, string>();
  for (const folder of options.folders) for (const stream of await listStreams(folder)) folderStreams.set(stream, folder);
  const folderOf = async (stream: string): Promise<string | undefined> => {
    if (!folderStreams.has(stream)) for (const folder of options.folders) for (const s of await listStreams(folder)) folderStreams.set(s, folder);
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
  cookieName = `agent_audit_ui_${port}`;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/?token=${token}`,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
