import type { AuditEvent } from '../spec/event.js';
import { AuditError } from '../spec/errors.js';
import { requireOptions } from '../internal/options.js';
import type { ReportSource } from './source.js';
import { CoverageTracker, envelope, isDenial, isErrorEvent, periodFilter, resolvePeriod, type ReportEnvelope, type ReportOptions } from './common.js';
import { proveStreamEvents, type CheckpointRef, type EventProof } from './proofs.js';

/** Options of `decisionReport()`: exactly one of `trace` and `session`. */
export interface DecisionReportOptions extends ReportOptions {
  /** W3C trace id (32 hex). */
  trace?: string;
  session?: string;
  /** Most events a run may have (they are held in memory to build the tree). Default 10,000. */
  maxEvents?: number;
}

/** What part of a run an event is. */
export type TimelineKind = 'input' | 'context' | 'model' | 'tool' | 'decision' | 'approval' | 'output' | 'error' | 'start' | 'end' | 'other';

/** One node of the timeline: one event, with the events of its span and of child spans nested under it. */
export interface TimelineNode {
  /** The event id. */
  id: string;
  ts: string;
  stream: string;
  seq: number;
  type: string;
  kind: TimelineKind;
  agent: string;
  outcome: string;
  spanId: string;
  /** The parts of the event that explain it: input, context, model, tool call and result, decision, error (as recorded, redacted). */
  detail: Record<string, unknown>;
  /** Inclusion proof against the stream's latest signed checkpoint; absent when no checkpoint covers the event yet. */
  proof?: EventProof;
  /** Why the event has no proof although a checkpoint covers it (its line does not match its hash, the path or the checkpoint does not check). */
  proofFailure?: string;
  children: TimelineNode[];
}

/**
 * The decision report (GDPR Art. 22 right to explanation, incident review): one run as a nested
 * timeline of input, retrieved context, model calls, tool calls with arguments and results,
 * decisions with reasons and policies, approvals and the outcome, each event with its inclusion
 * proof against a signed checkpoint.
 */
export interface DecisionReport extends ReportEnvelope<'decision'> {
  selection: { trace?: string; session?: string };
  summary: {
    events: number;
    traces: number;
    agents: string[];
    inputs: number;
    contextRetrievals: number;
    modelCalls: number;
    toolCalls: number;
    decisions: number;
    approvals: number;
    denials: number;
    errors: number;
    /** Events with a checked inclusion proof / without one (written after the last checkpoint) / whose proof fails (`proofFailure`). */
    proven: number;
    unproven: number;
    proofFailures: number;
    /** The outcome of the last event of the run. */
    outcome?: string;
  };
  timeline: TimelineNode[];
  /** The signed checkpoints the proofs lead to, one per stream. */
  checkpoints: CheckpointRef[];
}

/**
 * Whether an event is the user's input to a run: `message.user`, or the `chain.start` of a
 * LangChain agent or chain run carrying `content.input` (how @agent-audit/langchain records the
 * invocation's input; graph nodes and prompt templates are not inputs).
 */
export function isUserInput(event: Pick<AuditEvent, 'type' | 'content' | 'attrs'>): boolean {
  if (event.type === 'message.user') return true;
  if (event.type !== 'chain.start') return false;
  const content = event.content as { input?: unknown } | undefined;
  const kind = (event.attrs as { chain?: { kind?: unknown } } | undefined)?.chain?.kind;
  return content?.input !== undefined && kind !== 'node' && kind !== 'prompt';
}

/** The timeline kind of an event type (with the event: a LangChain `chain.start` carrying the user's input is `input`). */
export function timelineKind(type: string, event?: Pick<AuditEvent, 'type' | 'content' | 'attrs'>): TimelineKind {
  if (type === 'message.user' || type === 'conversation.start' || (event !== undefined && isUserInput(event))) return 'input';
  if (type.startsWith('retrieval.') || type === 'resource.read' || type === 'data.access' || type === 'prompt.get') return type === 'retrieval.error' ? 'error' : 'context';
  if (type.startsWith('model.')) return type === 'model.error' ? 'error' : 'model';
  if (type.startsWith('tool.')) return type === 'tool.error' ? 'error' : 'tool';
  if (type === 'decision.made' || type.startsWith('policy.')) return 'decision';
  if (type.startsWith('approval.') || type === 'permission.denied') return 'approval';
  if (type === 'message.agent') return 'output';
  if (type === 'error' || type.endsWith('.error')) return 'error';
  if (type.endsWith('.start')) return 'start';
  if (type.endsWith('.end')) return 'end';
  return 'other';
}

function detailOf(event: AuditEvent): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (event.actor) out.actor = event.actor;
  if (event.content !== undefined) out.content = event.content;
  if (event.model !== undefined) out.model = event.model;
  if (event.tool !== undefined) out.tool = event.tool;
  if (event.resource !== undefined) out.resource = event.resource;
  if (event.decision !== undefined) out.decision = event.decision;
  if (event.error !== undefined) out.error = event.error;
  return out;
}

/**
 * Builds the decision report of one trace or session. The run's events are read with the
 * source's query (by trace or session, in time order) and nested by span: an event goes under
 * the first event of its own span, else under the first event of its parent span, else it is a
 * root. Proofs are computed in one pass per stream involved.
 * Throws an `AuditError` (`invalid_selection`, `too_many_events`, `not_found`).
 *
 * @example
 * ```ts
 * const report = await decisionReport(ledgerSource('./audit'), { session: 'claim-5521' });
 * report.timeline[0].id; report.timeline[0].proof?.path;
 * ```
 */
export async function decisionReport(source: ReportSource, options: DecisionReportOptions = {}): Promise<DecisionReport> {
  requireOptions('decisionReport', options, 'options { trace } or { session }');
  if ((options.trace ? 1 : 0) + (options.session ? 1 : 0) !== 1) throw new AuditError({ code: 'invalid_selection', message: 'a decision report needs exactly one of --trace and --session' });
  const period = resolvePeriod(options);
  const maxEvents = options.maxEvents ?? 10_000;
  const events: AuditEvent[] = [];
  const filter = { ...periodFilter(period), ...(options.trace ? { trace: options.trace } : { session: options.session as string }) };
  const tracker = new CoverageTracker(source, options, filter);
  for await (const event of tracker.events) {
    if (events.length >= maxEvents) throw new AuditError({ code: 'too_many_events', message: `the run has more than ${maxEvents} events; narrow it with --trace or --from/--to` });
    tracker.add(event);
    events.push(event);
  }
  if (events.length === 0) throw new AuditError({ code: 'not_found', message: `no events for ${options.trace ? `trace ${options.trace}` : `session ${JSON.stringify(options.session)}`} in the period` });

  const byStream = new Map<string, Set<number>>();
  for (const event of events) {
    let set = byStream.get(event.stream);
    if (!set) byStream.set(event.stream, (set = new Set()));
    set.add(event.seq);
  }
  const proofs = new Map<string, EventProof>();
  const failures = new Map<string, string>();
  const checkpoints: CheckpointRef[] = [];
  for (const [stream, seqs] of [...byStream].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const result = await proveStreamEvents(source, stream, seqs, undefined, options.verifierKeys);
    if (result.checkpoint) checkpoints.push(result.checkpoint);
    for (const [seq, proof] of result.proofs) proofs.set(`${stream}\0${seq}`, proof);
    for (const [seq, reason] of result.failures) failures.set(`${stream}\0${seq}`, reason);
  }

  // On a source that does not verify, an event no valid checkpoint covers is NOT proven (it may
  // have been added after the signed record), not merely waiting for the next checkpoint.
  const parts = await tracker.finish(source);
  const firstOfSpan = new Map<string, TimelineNode>();
  const timeline: TimelineNode[] = [];
  const nodes: TimelineNode[] = [];
  for (const event of events) {
    const proof = proofs.get(`${event.stream}\0${event.seq}`);
    const proofFailure = failures.get(`${event.stream}\0${event.seq}`) ?? (!proof && !parts.verification.ok ? 'not covered by a valid signed checkpoint, and the source does not verify' : undefined);
    const node: TimelineNode = {
      id: event.id, ts: event.ts, stream: event.stream, seq: event.seq, type: event.type, kind: timelineKind(event.type, event), agent: event.agent?.id ?? '(none)',
      outcome: event.outcome, spanId: event.trace?.spanId ?? '', detail: detailOf(event), ...(proof ? { proof } : {}), ...(proofFailure ? { proofFailure } : {}), children: [],
    };
    nodes.push(node);
    const spanKey = `${event.trace?.traceId}/${event.trace?.spanId}`;
    const sameSpan = firstOfSpan.get(spanKey);
    const parentSpan = event.trace?.parentSpanId ? firstOfSpan.get(`${event.trace.traceId}/${event.trace.parentSpanId}`) : undefined;
    if (sameSpan) sameSpan.children.push(node);
    else {
      firstOfSpan.set(spanKey, node);
      if (parentSpan) parentSpan.children.push(node);
      else timeline.push(node);
    }
  }
  const count = (kind: TimelineKind, types?: (t: string) => boolean) => events.filter((e) => (types ? types(e.type) : timelineKind(e.type, e) === kind)).length;
  return {
    ...envelope('decision', period, parts),
    selection: options.trace ? { trace: options.trace } : { session: options.session as string },
    summary: {
      events: events.length,
      traces: new Set(events.map((e) => e.trace?.traceId)).size,
      agents: [...new Set(events.map((e) => e.agent?.id ?? '(none)'))].sort(),
      inputs: events.filter(isUserInput).length,
      contextRetrievals: count('context', (t) => t === 'retrieval.query' || t === 'resource.read' || t === 'data.access'),
      modelCalls: count('model', (t) => t === 'model.request'),
      toolCalls: count('tool', (t) => t === 'tool.call'),
      decisions: count('decision', (t) => t === 'decision.made'),
      approvals: count('approval', (t) => t === 'approval.grant'),
      denials: events.filter(isDenial).length,
      errors: events.filter(isErrorEvent).length,
      proven: nodes.filter((n) => n.proof).length,
      unproven: nodes.filter((n) => !n.proof && !n.proofFailure).length,
      proofFailures: nodes.filter((n) => n.proofFailure).length,
      outcome: (events[events.length - 1] as AuditEvent).outcome,
    },
    timeline,
    checkpoints,
  };
}
