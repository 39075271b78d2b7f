import { createHash } from 'node:crypto';
import { canonicalize } from '../crypto/jcs.js';
import type { AuditEvent } from '../spec/event.js';
import type { ReportSource } from './source.js';
import { CoverageTracker, DEFAULT_MAX_ROWS, envelope, isErrorEvent, periodFilter, pushRow, resolvePeriod, type Listing, type ReportEnvelope, type ReportOptions } from './common.js';
import { eventTarget } from './activity.js';
import { isUserInput } from './decision.js';

/** Minimum retention of the automatically generated logs: EU AI Act Art. 19(1) and 26(6), "at least six months". */
export const AI_ACT_MIN_RETENTION_DAYS = 183;

interface EventRef {
  id: string;
  ts: string;
  stream: string;
  seq: number;
}

/**
 * The EU AI Act record-keeping report (Art. 12 logging, Art. 19 / 26(6) retention): periods of
 * use, input references, human oversight, anomalies and errors, and whether the declared
 * retention meets six months.
 */
export interface AiActReport extends ReportEnvelope<'ai-act'> {
  /** Art. 12(3)(a): start and end of each use, per agent and session (events without a session grouped per UTC day). */
  periodsOfUse: Listing<{ agent: string; session?: string; start: string; end: string; events: number }>;
  /** Art. 12(3)(b), (c): inputs and the data they were checked against (`resource type:id`, or `sha256:` of the recorded, redacted content). */
  inputReferences: Listing<EventRef & { agent: string; type: string; reference: string }>;
  /** Art. 12(3)(d), Art. 14: who approved or denied what. */
  humanOversight: Listing<EventRef & { type: string; actor?: string; target?: string; outcome: string }>;
  /** Art. 12(2)(a): errors, failures, gaps, recovered tails and chain breaks. */
  anomalies: Listing<EventRef & { agent: string; type: string; detail: string }>;
  retention: {
    requiredDays: number;
    events: number;
    /** Events with `compliance.retentionDays`. */
    eventsWithRetention: number;
    minRetentionDays?: number;
    /** Events declaring less than `requiredDays`, or none. */
    eventsBelowMinimum: number;
    oldestEvent?: string;
    ledgerCreated?: string;
    meets: boolean;
    reason: string;
  };
}

const OVERSIGHT = /^(approval\.|permission\.denied$|policy\.deny$|access\.(grant|revoke)$|vault\.)/;
const ANOMALY_TYPES = new Set(['ledger.gap', 'ledger.recover', 'ledger.chain_break']);

function ref(event: AuditEvent): EventRef {
  return { id: event.id, ts: event.ts, stream: event.stream, seq: event.seq };
}

/**
 * Builds the EU AI Act report from a source in one pass. Memory grows with the number of
 * distinct (agent, session) pairs, not with the number of events.
 *
 * @example
 * ```ts
 * const report = await aiActReport(ledgerSource('./audit'), { from: '2026-06-01' });
 * report.retention.meets;
 * ```
 */
export async function aiActReport(source: ReportSource, options: ReportOptions = {}): Promise<AiActReport> {
  const period = resolvePeriod(options);
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const tracker = new CoverageTracker(source, options, periodFilter(period));
  const uses = new Map<string, { agent: string; session?: string; start: string; end: string; events: number }>();
  const inputReferences: AiActReport['inputReferences'] = { total: 0, rows: [] };
  const humanOversight: AiActReport['humanOversight'] = { total: 0, rows: [] };
  const anomalies: AiActReport['anomalies'] = { total: 0, rows: [] };
  const retention = { events: 0, eventsWithRetention: 0, minRetentionDays: undefined as number | undefined, eventsBelowMinimum: 0, oldestEvent: undefined as string | undefined };
  for await (const event of tracker.events) {
    tracker.add(event);
    const agent = event.agent?.id ?? '(none)';
    const key = `${agent}\0${event.session !== undefined ? `s:${event.session}` : `d:${event.ts.slice(0, 10)}`}`;
    const use = uses.get(key);
    if (!use) uses.set(key, { agent, ...(event.session !== undefined ? { session: event.session } : {}), start: event.ts, end: event.ts, events: 1 });
    else {
      use.events++;
      if (event.ts < use.start) use.start = event.ts;
      if (event.ts > use.end) use.end = event.ts;
    }
    if (isUserInput(event) || event.type === 'retrieval.query' || event.type === 'retrieval.result' || event.type === 'resource.read' || event.type === 'data.access') {
      pushRow(inputReferences, () => ({
        ...ref(event), agent, type: event.type,
        reference: event.resource?.type !== undefined ? `${event.resource.type}:${event.resource.id}` : event.content !== undefined ? `sha256:${createHash('sha256').update(canonicalize(event.content)).digest('hex')}` : '(none recorded)',
      }), maxRows);
    }
    if (OVERSIGHT.test(event.type) || event.actor?.type === 'admin') {
      pushRow(humanOversight, () => {
        const target = eventTarget(event);
        return { ...ref(event), type: event.type, ...(event.actor ? { actor: `${event.actor.type}:${event.actor.id}` } : {}), ...(target ? { target } : {}), outcome: event.outcome };
      }, maxRows);
    }
    if (isErrorEvent(event) || ANOMALY_TYPES.has(event.type) || event.outcome === 'failure') {
      pushRow(anomalies, () => ({
        ...ref(event), agent, type: event.type,
        detail: event.error ? `${event.error.type ?? 'error'}: ${event.error.message}` : event.type === 'ledger.gap' ? `dropped ${String((event.attrs as { dropped?: unknown } | undefined)?.dropped ?? '?')}` : `outcome ${event.outcome}`,
      }), maxRows);
    }
    retention.events++;
    const days = event.compliance?.retentionDays;
    if (typeof days === 'number') {
      retention.eventsWithRetention++;
      if (retention.minRetentionDays === undefined || days < retention.minRetentionDays) retention.minRetentionDays = days;
    }
    if (typeof days !== 'number' || days < AI_ACT_MIN_RETENTION_DAYS) retention.eventsBelowMinimum++;
    if (retention.oldestEvent === undefined || event.ts < retention.oldestEvent) retention.oldestEvent = event.ts;
  }
  const parts = await tracker.finish(source);
  const created = parts.coverage.sources.map((s) => s.created).filter((c): c is string => c !== undefined).sort()[0];
  const meets = retention.events > 0 && retention.eventsBelowMinimum === 0 && parts.verification.ok;
  const reason =
    retention.events === 0 ? 'no events in the period, nothing to assess'
    : !parts.verification.ok ? 'the ledger does not verify, so what it holds cannot be relied on'
    : retention.eventsBelowMinimum > 0 ? `${retention.eventsBelowMinimum} event(s) declare less than ${AI_ACT_MIN_RETENTION_DAYS} days of retention or none (compliance.retentionDays)`
    : `every event declares at least ${AI_ACT_MIN_RETENTION_DAYS} days (shortest ${retention.minRetentionDays}), and the ledger verifies with no missing events`;
  const periodRows = [...uses.values()].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  return {
    ...envelope('ai-act', period, parts),
    periodsOfUse: { total: periodRows.length, rows: periodRows.slice(0, maxRows) },
    inputReferences,
    humanOversight,
    anomalies,
    retention: {
      requiredDays: AI_ACT_MIN_RETENTION_DAYS,
      events: retention.events,
      eventsWithRetention: retention.eventsWithRetention,
      ...(retention.minRetentionDays !== undefined ? { minRetentionDays: retention.minRetentionDays } : {}),
      eventsBelowMinimum: retention.eventsBelowMinimum,
      ...(retention.oldestEvent !== undefined ? { oldestEvent: retention.oldestEvent } : {}),
      ...(created !== undefined ? { ledgerCreated: created } : {}),
      meets,
      reason,
    },
  };
}
