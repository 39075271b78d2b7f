import type { ActivityReport } from './activity.js';
import type { SubjectReport } from './subject.js';
import type { DecisionReport, TimelineNode } from './decision.js';
import type { AiActReport } from './ai-act.js';
import type { CoverageReport } from './coverage.js';
import { countRows, coverageBlocks, coverageTable, inline, renderHtml, renderMarkdown, showControlsInJson, type DocumentBlock, type ReportDocument, type TreeItem } from './render.js';

/** Any report this module makes. */
export type AnyReport = ActivityReport | SubjectReport | DecisionReport | AiActReport | CoverageReport;

/** The output formats of a report. */
export type ReportFormat = 'json' | 'md' | 'html';

const pct = (n: number, of: number) => (of === 0 ? '' : `${((100 * n) / of).toFixed(n === of ? 0 : 1)}%`);
const listingNote = (total: number, shown: number) => (total > shown ? `${total - shown} more not shown (raise --max-rows, or use --format json)` : undefined);

function activityDocument(r: ActivityReport): ReportDocument {
  const t = r.totals;
  const blocks: DocumentBlock[] = [
    ...coverageBlocks(r),
    { kind: 'heading', text: 'Totals' },
    {
      kind: 'facts',
      rows: [
        ['events', String(t.events)], ['agents', String(t.agents)], ['sessions', String(t.sessions)], ['actors', String(t.actors)],
        ['approvals / denials', `${t.approvals} / ${t.denials}`], ['errors', String(t.errors)],
        ['gaps (events dropped)', `${t.gaps.events} (${t.gaps.dropped})`], ['chain breaks', String(t.chainBreaks)], ['recovered torn tails', String(t.recoveries)],
      ],
    },
    ...(Object.keys(r.regions ?? {}).length > 0
      ? ([{ kind: 'heading', text: 'Events by region' }, { kind: 'table', columns: ['region', 'events'], rows: countRows(r.regions) }] satisfies DocumentBlock[])
      : []),
    { kind: 'heading', text: 'Per agent' },
    {
      kind: 'table',
      columns: ['agent', 'events', 'first', 'last', 'sessions', 'actors', 'tools (calls)', 'data classes', 'approvals', 'denials', 'errors'],
      rows: r.agents.map((a) => [
        a.agent, String(a.events), a.firstTs, a.lastTs, String(a.sessions), String(a.actors),
        Object.entries(a.tools).map(([k, n]) => `${k} ×${n}`).join(', '), Object.keys(a.dataClasses).join(', '), String(a.approvals), String(a.denials), String(a.errors),
      ]),
    },
    { kind: 'heading', text: 'Events by type' },
    { kind: 'table', columns: ['type', 'events'], rows: countRows(r.byType) },
    { kind: 'heading', text: 'Tools called' },
    { kind: 'table', columns: ['tool', 'calls'], rows: countRows(r.tools) },
    { kind: 'heading', text: 'Resources touched' },
    { kind: 'table', columns: ['resource', 'events'], rows: countRows(r.resources) },
    { kind: 'heading', text: 'Data classes' },
    { kind: 'table', columns: ['class', 'events'], rows: countRows(r.dataClasses) },
    { kind: 'heading', text: 'SOC 2 CC6/CC7 action history' },
    {
      kind: 'table',
      columns: ['time', 'control', 'type', 'agent', 'actor', 'outcome', 'target', 'event'],
      rows: r.actionHistory.rows.map((a) => [a.ts, a.control, a.type, a.agent, a.actor ?? '', a.outcome, a.target ?? '', `${a.stream}#${a.seq} ${a.id}`]),
      ...(listingNote(r.actionHistory.total, r.actionHistory.rows.length) ? { note: listingNote(r.actionHistory.total, r.actionHistory.rows.length) } : {}),
    },
    { kind: 'heading', text: 'PCI DSS 10.2 field completeness per event type' },
    {
      kind: 'table',
      columns: ['type', 'events', 'user', 'type', 'time', 'outcome', 'origin', 'affected resource'],
      rows: Object.entries(r.pci).map(([type, c]) => [type, String(c.events), pct(c.user, c.events), pct(c.type, c.events), pct(c.time, c.events), pct(c.outcome, c.events), pct(c.origin, c.events), pct(c.resource, c.events)]),
      note: 'user = actor.id; origin = agent.id and source; affected resource = resource.id, tool.name or model.id (PCI DSS v4.0 10.2.2).',
    },
    ...coverageTable(r.coverage),
  ];
  return { title: 'Agent activity report', purpose: 'Who used which agent, what it touched, and whether the record is intact (SOC 2 CC6/CC7, PCI DSS 10.2).', blocks };
}

/** The alert of a subject report whose keyring lacks key versions the ledger's pseudonyms use. */
export function incompleteSearch(r: SubjectReport): string {
  const missing = r.subject.missingKeyIds;
  return `INCOMPLETE SEARCH: the ledger holds pseudonyms under key version(s) ${missing.join(', ')} that the pseudonym keyring (${r.subject.keyIds.join(', ') || 'no keys'}) does not have, so this person's events under them cannot be found; the figures below may be too low. Use the pseudonym key the ledger was written with (--keys DIR).`;
}

function subjectDocument(r: SubjectReport): ReportDocument {
  const s = r.summary;
  const missing = r.subject.missingKeyIds ?? [];
  const blocks: DocumentBlock[] = [
    ...(missing.length > 0 ? [{ kind: 'paragraph', tone: 'bad', text: incompleteSearch(r) } satisfies DocumentBlock] : []),
    ...coverageBlocks(r),
    { kind: 'heading', text: 'The request' },
    {
      kind: 'facts',
      rows: [
        ['asked by', r.subject.by === 'value' ? 'a value (not shown)' : 'an actor id (not shown)'],
        ['detected as', r.subject.types.join(', ') || 'not a pseudonymized type: searched as recorded'],
        ['pseudonym key versions searched', r.subject.keyIds.join(', ')],
        ['pseudonym key versions in the ledger', (r.subject.ledgerKeyIds ?? []).join(', ') || '(no pseudonyms)'],
        ...(missing.length > 0 ? [['key versions missing from the keyring', missing.join(', ')] as [string, string]] : []),
      ],
    },
    { kind: 'heading', text: 'Summary' },
    {
      kind: 'facts',
      rows: [
        ['events', String(s.events)], ['first / last', `${s.firstTs ?? '-'} / ${s.lastTs ?? '-'}`], ['sessions', String(s.sessions)],
        ['agents', Object.entries(s.agents).map(([k, n]) => `${k} (${n})`).join(', ')], ['tools', Object.entries(s.tools).map(([k, n]) => `${k} (${n})`).join(', ')],
        ['data classes', Object.keys(s.dataClasses).join(', ')], ['raw value found unredacted', String(s.rawOccurrences)],
      ],
    },
    { kind: 'heading', text: 'Erasure status (vault)' },
    r.erasure.checked
      ? { kind: 'table', columns: ['vault subject', 'status', 'erased at', 'records'], rows: r.erasure.subjects.map((e) => [e.subject, e.status, e.erasedAt ?? '', String(e.records)]) }
      : { kind: 'paragraph', tone: 'warn', text: 'Not checked: no vault given (--vault).' },
    { kind: 'heading', text: 'Events' },
    {
      kind: 'table',
      columns: ['time', 'agent', 'type', 'tool', 'data classes', 'matched by', 'record (others masked)', 'event'],
      rows: r.events.rows.map((e) => [e.ts, e.agent, e.type, e.tool ?? '', e.dataClasses.join(', '), e.matchedBy.join(', '), inline(e.record), `${e.stream}#${e.seq} ${e.id}`]),
      ...(listingNote(r.events.total, r.events.rows.length) ? { note: listingNote(r.events.total, r.events.rows.length) } : {}),
    },
    ...coverageTable(r.coverage),
  ];
  return { title: 'Data subject access report', purpose: 'Every recorded event about one person, with everyone else masked (GDPR Art. 15).', blocks };
}

function nodeItem(node: TimelineNode): TreeItem {
  const d = node.detail as Record<string, Record<string, unknown> | undefined>;
  const details: string[] = [];
  if (d.content) details.push(`content: ${inline(d.content)}`);
  if (d.model) details.push(`model: ${inline(d.model)}`);
  if (d.tool) details.push(`tool: ${inline(d.tool)}`);
  if (d.resource) details.push(`resource: ${inline(d.resource)}`);
  if (d.decision) details.push(`decision: ${inline(d.decision)}`);
  if (d.error) details.push(`error: ${inline(d.error)}`);
  details.push(
    node.proof
      ? `proof: leaf ${node.proof.leafIndex} of ${node.proof.treeSize}, ${node.proof.path.length} hashes, verified against the signed checkpoint`
      : node.proofFailure
        ? `proof: NOT proven: ${node.proofFailure}`
        : 'proof: none (not covered by a signed checkpoint yet)',
  );
  return {
    text: `${node.ts} [${node.kind}] ${node.type} (${node.outcome}) ${node.agent} ${node.stream}#${node.seq} ${node.id}`,
    details,
    children: node.children.map(nodeItem),
  };
}

function decisionDocument(r: DecisionReport): ReportDocument {
  const s = r.summary;
  const blocks: DocumentBlock[] = [
    ...coverageBlocks(r),
    { kind: 'heading', text: 'The run' },
    {
      kind: 'facts',
      rows: [
        [r.selection.trace ? 'trace' : 'session', r.selection.trace ?? r.selection.session ?? ''], ['events', String(s.events)], ['traces', String(s.traces)], ['agents', s.agents.join(', ')],
        ['inputs / context retrievals / model calls / tool calls', `${s.inputs} / ${s.contextRetrievals} / ${s.modelCalls} / ${s.toolCalls}`],
        ['decisions / approvals / denials / errors', `${s.decisions} / ${s.approvals} / ${s.denials} / ${s.errors}`],
        ['inclusion proofs', `${s.proven} proven, ${s.unproven} not yet covered by a checkpoint${s.proofFailures ? `, ${s.proofFailures} NOT proven (see the timeline)` : ''}`], ['outcome', s.outcome ?? ''],
      ],
    },
    { kind: 'heading', text: 'Timeline' },
    { kind: 'tree', items: r.timeline.map(nodeItem) },
    { kind: 'heading', text: 'Signed checkpoints the proofs lead to' },
    { kind: 'table', columns: ['stream', 'size', 'root', 'signed at'], rows: r.checkpoints.map((c) => [c.stream, String(c.size), c.root, c.ts]) },
    ...coverageTable(r.coverage),
  ];
  return { title: 'Decision report', purpose: 'How the agent reached its outcome, step by step, each step proven in the signed ledger (GDPR Art. 22, incident review).', blocks };
}

function aiActDocument(r: AiActReport): ReportDocument {
  const blocks: DocumentBlock[] = [
    ...coverageBlocks(r),
    { kind: 'heading', text: 'Retention (Art. 19, 26(6): at least 6 months)' },
    { kind: 'paragraph', tone: r.retention.meets ? 'ok' : 'bad', text: `${r.retention.meets ? 'Meets' : 'Does not meet'} the ${r.retention.requiredDays}-day minimum: ${r.retention.reason}` },
    {
      kind: 'facts',
      rows: [
        ['events declaring retention', `${r.retention.eventsWithRetention} of ${r.retention.events}`], ['shortest declared retention (days)', String(r.retention.minRetentionDays ?? 'none')],
        ['events below the minimum', String(r.retention.eventsBelowMinimum)], ['oldest event held', r.retention.oldestEvent ?? '-'], ['ledger created', r.retention.ledgerCreated ?? '-'],
      ],
    },
    { kind: 'heading', text: 'Periods of use (Art. 12(3)(a))' },
    { kind: 'table', columns: ['agent', 'session', 'start', 'end', 'events'], rows: r.periodsOfUse.rows.map((p) => [p.agent, p.session ?? '(no session)', p.start, p.end, String(p.events)]), ...(listingNote(r.periodsOfUse.total, r.periodsOfUse.rows.length) ? { note: listingNote(r.periodsOfUse.total, r.periodsOfUse.rows.length) } : {}) },
    { kind: 'heading', text: 'Input references (Art. 12(3)(b), (c))' },
    { kind: 'table', columns: ['time', 'agent', 'type', 'reference', 'event'], rows: r.inputReferences.rows.map((i) => [i.ts, i.agent, i.type, i.reference, `${i.stream}#${i.seq} ${i.id}`]), ...(listingNote(r.inputReferences.total, r.inputReferences.rows.length) ? { note: listingNote(r.inputReferences.total, r.inputReferences.rows.length) } : {}) },
    { kind: 'heading', text: 'Human oversight (Art. 12(3)(d), Art. 14)' },
    { kind: 'table', columns: ['time', 'type', 'who', 'what', 'outcome', 'event'], rows: r.humanOversight.rows.map((h) => [h.ts, h.type, h.actor ?? '', h.target ?? '', h.outcome, `${h.stream}#${h.seq} ${h.id}`]), ...(listingNote(r.humanOversight.total, r.humanOversight.rows.length) ? { note: listingNote(r.humanOversight.total, r.humanOversight.rows.length) } : {}) },
    { kind: 'heading', text: 'Anomalies and errors (Art. 12(2)(a))' },
    { kind: 'table', columns: ['time', 'type', 'agent', 'detail', 'event'], rows: r.anomalies.rows.map((a) => [a.ts, a.type, a.agent, a.detail, `${a.stream}#${a.seq} ${a.id}`]), ...(listingNote(r.anomalies.total, r.anomalies.rows.length) ? { note: listingNote(r.anomalies.total, r.anomalies.rows.length) } : {}) },
    ...coverageTable(r.coverage),
  ];
  return { title: 'EU AI Act record-keeping report', purpose: 'Automatic logs of a high-risk AI system: use, inputs, human oversight, anomalies, retention (EU AI Act Art. 12, 19, 26(6)).', blocks };
}

function coverageDocument(r: CoverageReport): ReportDocument {
  const blocks: DocumentBlock[] = [
    ...coverageBlocks(r),
    { kind: 'heading', text: 'Agent × tool, resource and MCP server' },
    { kind: 'table', columns: ['agent', 'kind', 'name', 'events', 'last seen'], rows: r.matrix.map((m) => [m.agent, m.kind, m.name, String(m.events), m.lastSeen]) },
    { kind: 'heading', text: 'Calls without results' },
    { kind: 'table', columns: ['time', 'agent', 'tool', 'call id', 'event'], rows: r.callsWithoutResults.rows.map((c) => [c.ts, c.agent, c.tool, c.callId ?? '', `${c.stream}#${c.seq} ${c.id}`]), ...(listingNote(r.callsWithoutResults.total, r.callsWithoutResults.rows.length) ? { note: listingNote(r.callsWithoutResults.total, r.callsWithoutResults.rows.length) } : {}) },
    { kind: 'heading', text: `Stopped reporting (silent for more than ${r.silenceThresholdHours} h before ${r.reference})` },
    { kind: 'table', columns: ['kind', 'name', 'last seen', 'silent for (h)'], rows: r.stoppedReporting.map((s) => [s.kind, s.name, s.lastSeen, s.silentHours.toFixed(1)]) },
    ...coverageTable(r.coverage),
  ];
  return { title: 'Log coverage matrix', purpose: 'Which agents, tools, resources and MCP servers are logged, calls without results, and sources that went silent (SOC 2 CC7.2, PCI DSS 10.2/10.7).', blocks };
}

/** The document form of a report (for Markdown and HTML). */
export function reportDocument(report: AnyReport): ReportDocument {
  switch (report.kind) {
    case 'activity':
      return activityDocument(report);
    case 'subject':
      return subjectDocument(report);
    case 'decision':
      return decisionDocument(report);
    case 'ai-act':
      return aiActDocument(report);
    case 'coverage':
      return coverageDocument(report);
  }
}

/**
 * Renders a report: `json` (the stable form, two-space indented, LF-terminated), `md` or `html`
 * (self-contained, inline CSS, no script; every text from the ledger escaped).
 *
 * @example
 * ```ts
 * fs.writeFileSync('activity.html', renderReport(await activityReport(source), 'html'));
 * ```
 */
export function renderReport(report: AnyReport, format: ReportFormat): string {
  // JSON: bidi controls as JSON escapes (`\u202e`): the same strings once parsed, shown inert.
  if (format === 'json') return `${showControlsInJson(JSON.stringify(report, null, 2))}\n`;
  const doc = reportDocument(report);
  return format === 'md' ? renderMarkdown(doc) : renderHtml(doc);
}
