import type { ReportSource } from './source.js';
import { CoverageTracker, DEFAULT_MAX_ROWS, envelope, periodFilter, pushRow, resolvePeriod, type Listing, type ReportEnvelope, type ReportOptions } from './common.js';

/** Options of `coverageReport()`. */
export interface CoverageReportOptions extends ReportOptions {
  /** An agent or MCP server silent for longer than this before `now` (or `to`) is listed as stopped. Default 24. */
  silenceHours?: number;
}

/** One cell of the matrix: an agent and one thing it used. */
export interface CoverageCell {
  agent: string;
  /** `tool` (tool.name), `resource` (resource.type), `mcp-server` (tool.server), `model` (model.id). */
  kind: 'tool' | 'resource' | 'mcp-server' | 'model';
  name: string;
  events: number;
  lastSeen: string;
}

/**
 * The log coverage matrix (SOC 2 CC7.2, PCI DSS 10.2 and 10.7): agent × tool, resource type,
 * MCP server and model with counts and last seen; tool calls that never got a result; agents
 * and servers that stopped reporting.
 */
export interface CoverageReport extends ReportEnvelope<'coverage'> {
  matrix: CoverageCell[];
  /** `tool.call` events with no `tool.result` / `tool.error` of the same trace and call id (or span). */
  callsWithoutResults: Listing<{ id: string; ts: string; stream: string; seq: number; agent: string; tool: string; callId?: string }>;
  silenceThresholdHours: number;
  /** The time silence is measured against: `to` if given, else now. */
  reference: string;
  stoppedReporting: Array<{ kind: 'agent' | 'mcp-server'; name: string; lastSeen: string; silentHours: number }>;
}

/**
 * Builds the coverage matrix in one pass. Memory grows with the number of distinct
 * (agent, tool/resource type/server/model) pairs and with tool calls still waiting for a result.
 *
 * @example
 * ```ts
 * const report = await coverageReport(ledgerSource('./audit'), { silenceHours: 6 });
 * report.callsWithoutResults.total;
 * ```
 */
export async function coverageReport(source: ReportSource, options: CoverageReportOptions = {}): Promise<CoverageReport> {
  const period = resolvePeriod(options);
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const silenceHours = options.silenceHours ?? 24;
  const tracker = new CoverageTracker(source, options, periodFilter(period));
  const cells = new Map<string, CoverageCell>();
  const pending = new Map<string, { id: string; ts: string; stream: string; seq: number; agent: string; tool: string; callId?: string }>();
  const agentsLastSeen = new Map<string, string>();
  const serversLastSeen = new Map<string, string>();
  const cell = (agent: string, kind: CoverageCell['kind'], name: string, ts: string) => {
    const key = `${agent}\0${kind}\0${name}`;
    const existing = cells.get(key);
    if (!existing) cells.set(key, { agent, kind, name, events: 1, lastSeen: ts });
    else {
      existing.events++;
      if (ts > existing.lastSeen) existing.lastSeen = ts;
    }
  };
  for await (const event of tracker.events) {
    tracker.add(event);
    const agent = event.agent?.id ?? '(none)';
    if ((agentsLastSeen.get(agent) ?? '') < event.ts) agentsLastSeen.set(agent, event.ts);
    if (event.tool?.name) cell(agent, 'tool', event.tool.name, event.ts);
    if (event.tool?.server) {
      cell(agent, 'mcp-server', event.tool.server, event.ts);
      if ((serversLastSeen.get(event.tool.server) ?? '') < event.ts) serversLastSeen.set(event.tool.server, event.ts);
    }
    if (event.resource?.type) cell(agent, 'resource', event.resource.type, event.ts);
    if (event.model?.id && event.type.startsWith('model.')) cell(agent, 'model', event.model.id, event.ts);
    if (event.type.startsWith('tool.')) {
      const key = `${event.trace?.traceId}/${event.tool?.callId ?? event.trace?.spanId}`;
      if (event.type === 'tool.call') pending.set(key, { id: event.id, ts: event.ts, stream: event.stream, seq: event.seq, agent, tool: event.tool?.name ?? '(unnamed)', ...(event.tool?.callId ? { callId: event.tool.callId } : {}) });
      else if (event.type === 'tool.result' || event.type === 'tool.error') pending.delete(key);
    }
  }
  const callsWithoutResults: CoverageReport['callsWithoutResults'] = { total: 0, rows: [] };
  for (const call of [...pending.values()].sort((a, b) => (a.ts < b.ts ? -1 : a.ts > b.ts ? 1 : 0))) pushRow(callsWithoutResults, () => call, maxRows);
  const reference = period.to ?? period.now.toISOString();
  const refMs = Date.parse(reference);
  const stoppedReporting: CoverageReport['stoppedReporting'] = [];
  for (const [kind, map] of [['agent', agentsLastSeen], ['mcp-server', serversLastSeen]] as const) {
    for (const [name, lastSeen] of [...map].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const silentHours = (refMs - Date.parse(lastSeen)) / 3_600_000;
      if (silentHours > silenceHours) stoppedReporting.push({ kind, name, lastSeen, silentHours: Math.round(silentHours * 10) / 10 });
    }
  }
  const parts = await tracker.finish(source);
  return {
    ...envelope('coverage', period, parts),
    matrix: [...cells.values()].sort((a, b) => (a.agent !== b.agent ? (a.agent < b.agent ? -1 : 1) : a.kind !== b.kind ? (a.kind < b.kind ? -1 : 1) : a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    callsWithoutResults,
    silenceThresholdHours: silenceHours,
    reference,
    stoppedReporting,
  };
}
