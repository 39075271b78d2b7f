import type { AuditEvent } from '../spec/event.js';
import type { ReportSource } from './source.js';
import {
  CoverageTracker, DEFAULT_MAX_ROWS, bump, envelope, isDenial, isErrorEvent, periodFilter, pushRow, resolvePeriod, sortedRecord,
  type Listing, type ReportEnvelope, type ReportOptions,
} from './common.js';

/** One row of the SOC 2 action history. */
export interface ActionRow {
  id: string;
  ts: string;
  stream: string;
  seq: number;
  type: string;
  /** `CC6` (logical access: access, permissions, policy, approvals, vault) or `CC7` (operations: configuration, ledger, errors, reports). */
  control: 'CC6' | 'CC7';
  agent: string;
  /** `type:id` of the actor, when there is one. */
  actor?: string;
  outcome: string;
  /** What was acted on: tool, resource `type:id`, decision action or error type. */
  target?: string;
}

/** PCI DSS 10.2.2 field completeness for one event type: how many events carry each field. */
export interface FieldCompleteness {
  events: number;
  /** `actor.id` present (10.2.2 user identification). */
  user: number;
  /** `type` is a `noun.verb` type or `error` (type of event). */
  type: number;
  /** `ts` is a valid RFC 3339 UTC time (date and time). */
  time: number;
  /** `outcome` is one of success, failure, denied, pending (success or failure indication). */
  outcome: number;
  /** `agent.id` and `source` present (origination of the event). */
  origin: number;
  /** `resource.id`, `tool.name` or `model.id` present (affected data, component, resource or service). */
  resource: number;
}

/** Figures of one agent (events grouped by `agent.id`). */
export interface AgentActivity {
  agent: string;
  events: number;
  firstTs: string;
  lastTs: string;
  byType: Record<string, number>;
  /** Distinct `session` values. */
  sessions: number;
  /** Distinct `actor.id` values. */
  actors: number;
  /** `tool.call` events per `tool.name`. */
  tools: Record<string, number>;
  /** Events per resource `type:id`. */
  resources: Record<string, number>;
  /** Events per data class. */
  dataClasses: Record<string, number>;
  /** `approval.grant` events. */
  approvals: number;
  /** `approval.deny`, `policy.deny`, `permission.denied`, or outcome `denied`. */
  denials: number;
  /** `error` and `*.error` events. */
  errors: number;
  /** Events per UTC day (`YYYY-MM-DD`). */
  byDay: Record<string, number>;
}

/**
 * The activity report (SOC 2 CC6/CC7 action history, PCI DSS 10.2 completeness): who used which
 * agent in the period, what they touched, approvals, denials, errors, gaps and chain breaks, and
 * whether the ledger verifies. JSON shape documented in docs/REPORTS.md; stable.
 */
export interface ActivityReport extends ReportEnvelope<'activity'> {
  totals: {
    events: number;
    agents: number;
    sessions: number;
    actors: number;
    approvals: number;
    denials: number;
    errors: number;
    /** `ledger.gap` events and the events they counted as dropped (`attrs.dropped`). */
    gaps: { events: number; dropped: number };
    /** `ledger.chain_break` events (a collector saw a broken chain). */
    chainBreaks: number;
    /** `ledger.recover` events (a torn tail was repaired). */
    recoveries: number;
  };
  /** Events per type. */
  byType: Record<string, number>;
  /** `tool.call` events per tool name. */
  tools: Record<string, number>;
  resources: Record<string, number>;
  dataClasses: Record<string, number>;
  /** Events per `agent.region` (docs/REGIONS.md); events without a region are not counted here. Empty without regions. */
  regions: Record<string, number>;
  agents: AgentActivity[];
  /** SOC 2 CC6/CC7 action history, in time order. */
  actionHistory: Listing<ActionRow>;
  /** PCI DSS 10.2 field completeness per event type. */
  pci: Record<string, FieldCompleteness>;
}

const CC6 = /^(access\.|permission\.|policy\.|approval\.|vault\.)/;
const CC7 = /^(config\.|ledger\.|report\.)/;
const TYPE_PATTERN = /^([a-z][a-z0-9_]*\.[a-z][a-z0-9_]*|error)$/;
const TIME_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?Z$/;
const OUTCOMES = new Set(['success', 'failure', 'denied', 'pending']);

function present(value: unknown): boolean {
  return typeof value === 'string' && value.length > 0;
}

/** The target column of a listing row. */
export function eventTarget(event: AuditEvent): string | undefined {
  if (event.tool?.name) return event.tool.name;
  if (event.resource?.type) return `${event.resource.type}:${event.resource.id}`;
  if (event.decision?.action) return event.decision.action;
  if (event.error) return event.error.type ?? 'error';
  return undefined;
}

/** PCI DSS 10.2.2 fields of one event (exported for the coverage matrix and tests). */
export function pciFields(event: AuditEvent): Omit<FieldCompleteness, 'events'> {
  return {
    user: present(event.actor?.id) ? 1 : 0,
    type: typeof event.type === 'string' && TYPE_PATTERN.test(event.type) ? 1 : 0,
    time: typeof event.ts === 'string' && TIME_PATTERN.test(event.ts) ? 1 : 0,
    outcome: OUTCOMES.has(event.outcome) ? 1 : 0,
    origin: present(event.agent?.id) && present(event.source) ? 1 : 0,
    resource: present(event.resource?.id) || present(event.tool?.name) || present(event.model?.id) ? 1 : 0,
  };
}

/**
 * Builds the activity report from a source, streaming its events once and verifying it.
 * Memory grows with the number of distinct agents, sessions, actors, tools, resources and days,
 * never with the number of events.
 *
 * @example
 * ```ts
 * const report = await activityReport(ledgerSource('./audit'), { from: '24h', verifierKeys: [pinned] });
 * report.totals.events; report.tools['issue_refund']; report.verification.ok;
 * ```
 */
export async function activityReport(source: ReportSource, options: ReportOptions = {}): Promise<ActivityReport> {
  const period = resolvePeriod(options);
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const tracker = new CoverageTracker(source, options, periodFilter(period));
  const byType: Record<string, number> = {};
  const tools: Record<string, number> = {};
  const resources: Record<string, number> = {};
  const dataClasses: Record<string, number> = {};
  const regions: Record<string, number> = {};
  const sessions = new Set<string>();
  const actors = new Set<string>();
  const totals = { events: 0, agents: 0, sessions: 0, actors: 0, approvals: 0, denials: 0, errors: 0, gaps: { events: 0, dropped: 0 }, chainBreaks: 0, recoveries: 0 };
  const agents = new Map<string, AgentActivity & { sessionSet: Set<string>; actorSet: Set<string> }>();
  const actionHistory: Listing<ActionRow> = { total: 0, rows: [] };
  const pci: Record<string, FieldCompleteness> = {};

  for await (const event of tracker.events) {
    tracker.add(event);
    totals.events++;
    bump(byType, event.type);
    if (typeof event.agent?.region === 'string') bump(regions, event.agent.region);
    const agentId = event.agent?.id ?? '(none)';
    let agent = agents.get(agentId);
    if (!agent) {
      agent = {
        agent: agentId, events: 0, firstTs: event.ts, lastTs: event.ts, byType: {}, sessions: 0, actors: 0, tools: {}, resources: {}, dataClasses: {},
        approvals: 0, denials: 0, errors: 0, byDay: {}, sessionSet: new Set(), actorSet: new Set(),
      };
      agents.set(agentId, agent);
    }
    agent.events++;
    if (event.ts < agent.firstTs) agent.firstTs = event.ts;
    if (event.ts > agent.lastTs) agent.lastTs = event.ts;
    bump(agent.byType, event.type);
    bump(agent.byDay, String(event.ts).slice(0, 10));
    if (event.session !== undefined) {
      sessions.add(event.session);
      agent.sessionSet.add(event.session);
    }
    if (event.actor?.id !== undefined) {
      actors.add(event.actor.id);
      agent.actorSet.add(event.actor.id);
    }
    if (event.type === 'tool.call' && event.tool?.name) {
      bump(tools, event.tool.name);
      bump(agent.tools, event.tool.name);
    }
    if (event.resource?.type !== undefined) {
      const key = `${event.resource.type}:${event.resource.id}`;
      bump(resources, key);
      bump(agent.resources, key);
    }
    for (const cls of new Set(event.data?.classes ?? [])) {
      bump(dataClasses, cls);
      bump(agent.dataClasses, cls);
    }
    if (event.type === 'approval.grant') {
      totals.approvals++;
      agent.approvals++;
    }
    if (isDenial(event)) {
      totals.denials++;
      agent.denials++;
    }
    if (isErrorEvent(event)) {
      totals.errors++;
      agent.errors++;
    }
    if (event.type === 'ledger.gap') {
      totals.gaps.events++;
      const dropped = (event.attrs as { dropped?: unknown } | undefined)?.dropped;
      if (typeof dropped === 'number' && Number.isFinite(dropped)) totals.gaps.dropped += dropped;
    }
    if (event.type === 'ledger.chain_break') totals.chainBreaks++;
    if (event.type === 'ledger.recover') totals.recoveries++;
    const control: ActionRow['control'] | undefined = CC6.test(event.type) ? 'CC6' : CC7.test(event.type) || isErrorEvent(event) ? 'CC7' : undefined;
    if (control) {
      pushRow(actionHistory, () => {
        const target = eventTarget(event);
        return {
          id: event.id, ts: event.ts, stream: event.stream, seq: event.seq, type: event.type, control, agent: agentId,
          ...(event.actor ? { actor: `${event.actor.type}:${event.actor.id}` } : {}), outcome: event.outcome, ...(target ? { target } : {}),
        };
      }, maxRows);
    }
    const fields = pciFields(event);
    const row = (pci[event.type] ??= { events: 0, user: 0, type: 0, time: 0, outcome: 0, origin: 0, resource: 0 });
    row.events++;
    row.user += fields.user;
    row.type += fields.type;
    row.time += fields.time;
    row.outcome += fields.outcome;
    row.origin += fields.origin;
    row.resource += fields.resource;
  }
  totals.agents = agents.size;
  totals.sessions = sessions.size;
  totals.actors = actors.size;
  const parts = await tracker.finish(source);
  const sortedPci: Record<string, FieldCompleteness> = {};
  for (const key of Object.keys(pci).sort()) sortedPci[key] = pci[key] as FieldCompleteness;
  return {
    ...envelope('activity', period, parts),
    totals,
    byType: sortedRecord(byType),
    tools: sortedRecord(tools),
    resources: sortedRecord(resources),
    dataClasses: sortedRecord(dataClasses),
    regions: sortedRecord(regions),
    agents: [...agents.values()]
      .sort((a, b) => (a.agent < b.agent ? -1 : a.agent > b.agent ? 1 : 0))
      .map(({ sessionSet, actorSet, ...agent }) => ({
        ...agent,
        sessions: sessionSet.size,
        actors: actorSet.size,
        byType: sortedRecord(agent.byType),
        tools: sortedRecord(agent.tools),
        resources: sortedRecord(agent.resources),
        dataClasses: sortedRecord(agent.dataClasses),
        byDay: sortedRecord(agent.byDay),
      })),
    actionHistory,
    pci: sortedPci,
  };
}
