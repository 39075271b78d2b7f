import type { AuditEvent } from '../spec/event.js';
import { AuditError } from '../spec/errors.js';
import { requireOptions } from '../internal/options.js';
import type { Keyring } from '../redaction/keys.js';
import { PSEUDONYM_PATTERN, pseudonym, pseudonymsUnderAllKeys } from '../redaction/pseudonym.js';
import { detectSensitive } from '../redaction/detectors.js';
import type { SubjectInfo } from '../vault/vault.js';
import type { ReportSource } from './source.js';
import { CoverageTracker, DEFAULT_MAX_ROWS, bump, envelope, periodFilter, pushRow, resolvePeriod, sortedRecord, type Listing, type ReportEnvelope, type ReportOptions } from './common.js';

/** Options of `subjectReport()`: exactly one of `value` and `actor`. */
export interface SubjectReportOptions extends ReportOptions {
  /** The raw value the request is about (an email, phone, card, IBAN, SSN…). Never printed. */
  value?: string;
  /** An actor id (`actor.id` as recorded). Never printed. */
  actor?: string;
  /** The pseudonym keyring; every key version is used, so events from before a rotation are found. */
  keyring: Keyring;
  /** The vault, for the erasure status of the subject's keys (only `list()` is used). */
  vault?: { list(): Promise<SubjectInfo[]> };
}

/** One event that concerns the subject, with other people's data masked. */
export interface SubjectEvent {
  id: string;
  ts: string;
  stream: string;
  seq: number;
  type: string;
  agent: string;
  session?: string;
  outcome: string;
  tool?: string;
  /** Resource type only (the id may name someone). */
  resourceType?: string;
  dataClasses: string[];
  /** Why the event matched: `actor`, or the field paths where the subject appears. */
  matchedBy: string[];
  /**
   * The event's content, arguments, results and decision with the subject shown as
   * `[TYPE:subject]` / `[subject]` and everyone else as `[TYPE:other]` / `[other]`.
   */
  record: Record<string, unknown>;
}

/**
 * GDPR Art. 15 access report for one data subject: which agents processed their data, with which
 * tools, what data classes, when and for what, and the erasure status in the vault. The raw value
 * asked about never appears in it, and other people's data in the same events is masked.
 */
export interface SubjectReport extends ReportEnvelope<'subject'> {
  subject: {
    by: 'value' | 'actor';
    /** Detected types of the value (`EMAIL`, …); empty when the redactor does not pseudonymize it. */
    types: string[];
    /** Pseudonym key ids searched (every version of the keyring). */
    keyIds: string[];
    /** Key ids of the pseudonyms in the events searched (any person's), sorted. */
    ledgerKeyIds: string[];
    /**
     * Key ids found in the ledger's pseudonyms that the keyring lacks: events about this person
     * under those keys cannot be found, so the report is incomplete. Empty when the search uses no
     * pseudonym (a value or actor id no detector knows).
     */
    missingKeyIds: string[];
    /** The subject's pseudonyms under every key (keyed tokens, not the value). */
    pseudonyms: string[];
  };
  summary: {
    events: number;
    firstTs?: string;
    lastTs?: string;
    agents: Record<string, number>;
    tools: Record<string, number>;
    dataClasses: Record<string, number>;
    sessions: number;
    /** Events where the raw value itself was found (the redactor missed it): should be 0. */
    rawOccurrences: number;
  };
  /** Erasure status of the subject's vault keys; `checked: false` when no vault was given. */
  erasure: { checked: boolean; subjects: Array<{ subject: string; status: 'live' | 'erased'; erasedAt?: string; records: number }> };
  events: Listing<SubjectEvent>;
}

const SKIP = new Set(['hash', 'prev', 'id', 'ts', 'trace', 'v', 'seq', 'stream', 'data', 'compliance']);

function walkStrings(value: unknown, path: string, visit: (text: string, path: string) => void): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((item, i) => walkStrings(item, `${path}[${i}]`, visit));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const child = path ? `${path}.${key}` : key;
      visit(key, `${child}#key`);
      walkStrings(item, child, visit);
    }
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A pattern for `raw` as a whole token: not part of a longer identifier (letters, digits and
 * `_ - : / @ + #` around it, or a `.` inside a name), so `--actor ok` finds the actor `ok`, not
 * `okay`, `token` or a session `…-ok`. Case-insensitive.
 */
function tokenPattern(raw: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}_\\-:/@+#.])${escapeRegExp(raw)}(?![\\p{L}\\p{N}_\\-:/@+#]|\\.[\\p{L}\\p{N}])`, 'giu');
}

/** Detections as `TYPE\0normalized`, the redactor's own normalisation (a card with or without spaces is one value). */
const detectionKey = (type: string, normalized: string): string => `${type}\0${normalized}`;

/**
 * A masker for one subject: their tokens become `[TYPE:subject]`, everyone else's `[TYPE:other]`,
 * the raw value (`rawPattern`) `[subject]`, and anything the detectors find now `[TYPE:subject]`
 * when it is the subject's value (same type and normalised form), else `[TYPE:other]`.
 */
function createMasker(own: Set<string>, rawPattern: RegExp, ownValues: Set<string>): (text: string) => string {
  return (text) => {
    let out = text.replace(PSEUDONYM_PATTERN, (token: string, type: string) => (own.has(token) ? `[${type}:subject]` : `[${type}:other]`));
    out = out.replace(rawPattern, '[subject]');
    // Anything the redactor missed at record time (other people's raw data) is masked now.
    const found = detectSensitive(out).filter((d) => d.mask !== false && !/^\[[A-Z0-9_]+:(subject|other)\]$/.test(out.slice(d.start, d.end)));
    for (const d of found.sort((a, b) => b.start - a.start)) {
      const mine = ownValues.has(detectionKey(d.type, d.normalized ?? out.slice(d.start, d.end)));
      out = `${out.slice(0, d.start)}[${d.type}:${mine ? 'subject' : 'other'}]${out.slice(d.end)}`;
    }
    return out;
  };
}

/** Letters and digits only, lower case: a cheap pre-check before running the detectors on a string. */
const compact = (text: string): string => text.toLowerCase().replace(/[\s\-().\/]/g, '');

function maskDeep(value: unknown, mask: (text: string) => string): unknown {
  if (typeof value === 'string') return mask(value);
  if (Array.isArray(value)) return value.map((item) => maskDeep(item, mask));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[mask(key)] = maskDeep(item, mask);
    return out;
  }
  return value;
}

/**
 * Builds a subject access report (GDPR Art. 15): computes the subject's pseudonyms under every
 * pseudonym key, streams the source's events once, and keeps those that have the subject as
 * actor or mention one of the pseudonyms (or, if the redactor missed it, the raw value).
 * Throws an `AuditError` (`invalid_subject`) without exactly one of `value` / `actor`.
 *
 * @example
 * ```ts
 * const report = await subjectReport(ledgerSource('./audit'), { value: 'john.smith@example.com', keyring: loadKeyring('pseudonym', { create: false }) });
 * report.events.rows.map((e) => e.id);
 * ```
 */
export async function subjectReport(source: ReportSource, options: SubjectReportOptions): Promise<SubjectReport> {
  requireOptions('subjectReport', options, 'options { value } or { actor }, with keyring');
  const value = options.value?.trim();
  const actor = options.actor?.trim();
  if ((value ? 1 : 0) + (actor ? 1 : 0) !== 1) throw new AuditError({ code: 'invalid_subject', message: 'a subject report needs exactly one of --value and --actor' });
  const raw = (value ?? actor) as string;
  const detections = detectSensitive(raw).filter((d) => d.start === 0 && d.end === raw.length && d.mask !== false);
  if (value && detections.length === 0 && raw.length < 4) {
    throw new AuditError({ code: 'invalid_subject', message: '--value is not a value the redactor pseudonymizes, and too short to search for as it is' });
  }
  const pseudonyms = new Set<string>();
  for (const d of detections) for (const token of pseudonymsUnderAllKeys(options.keyring, d.type, d.normalized ?? raw)) pseudonyms.add(token);
  const ownValues = new Set(detections.map((d) => detectionKey(d.type, d.normalized ?? raw)));
  // An actor id is matched exactly, as recorded or as the redactor stores it: every detected value
  // in it replaced by its pseudonym (under each key version).
  const actorIds = new Set<string>(actor ? [actor, ...pseudonyms, ...redactedForms(actor, options.keyring)] : [...pseudonyms]);
  // Needles searched in every string: the subject's pseudonyms (whole tokens), for --value only.
  // An --actor is the actor field alone: an email inside it must not pull in another actor
  // (`user:dave@example.com`) or a message that merely mentions it.
  const needles = actor ? [] : [...pseudonyms];
  // For --value, the raw value is also looked for where redaction missed it: as a detected value
  // with the same normalised form (a card with or without spaces), else as a whole token. An
  // --actor is matched on the actor field only, never as text inside other fields.
  const rawToken = tokenPattern(raw);
  const rawCompact = detections.map((d) => compact(d.normalized ?? raw));
  const rawHit = (text: string): boolean => {
    if (actor) return false;
    if (detections.length > 0) {
      const c = compact(text);
      if (!rawCompact.some((needle) => c.includes(needle))) return false;
      return detectSensitive(text).some((d) => ownValues.has(detectionKey(d.type, d.normalized ?? text.slice(d.start, d.end))));
    }
    rawToken.lastIndex = 0;
    return rawToken.test(text);
  };
  // The last pass replaces the raw value: for a value anywhere (case-insensitive), for an actor id as a whole token only.
  const rawPattern = actor ? rawToken : new RegExp(escapeRegExp(raw), 'gi');
  const mask = createMasker(pseudonyms, rawPattern, ownValues);
  const period = resolvePeriod(options);
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const tracker = new CoverageTracker(source, options, periodFilter(period));
  const listing: Listing<SubjectEvent> = { total: 0, rows: [] };
  const summary = { events: 0, firstTs: undefined as string | undefined, lastTs: undefined as string | undefined, agents: {} as Record<string, number>, tools: {} as Record<string, number>, dataClasses: {} as Record<string, number>, sessions: 0, rawOccurrences: 0 };
  const sessions = new Set<string>();
  // Key ids of every pseudonym in the events searched: a keyring that lacks one cannot find this
  // person's events made under it (a report with another installation's keyring finds nothing).
  const ledgerKeyIds = new Set<string>();
  const noteKeyIds = (text: string): void => {
    if (!text.includes(':psn_')) return;
    for (const match of text.matchAll(PSEUDONYM_PATTERN)) ledgerKeyIds.add(match[2]!);
  };

  for await (const event of tracker.events) {
    const matchedBy: string[] = [];
    let rawFound = false;
    if (event.actor?.id !== undefined && actorIds.has(event.actor.id)) matchedBy.push('actor');
    for (const [key, field] of Object.entries(event)) {
      if (SKIP.has(key)) continue;
      walkStrings(field, key, (text, path) => {
        noteKeyIds(text);
        if (path === 'actor.id' && matchedBy[0] === 'actor') return;
        let hit = needles.some((needle) => text.includes(needle));
        if (rawHit(text)) {
          hit = true;
          // The raw value in the ledger means redaction missed it.
          rawFound = true;
        }
        if (hit && !matchedBy.includes(path)) matchedBy.push(path);
      });
    }
    if (matchedBy.length === 0) continue;
    tracker.add(event);
    summary.events++;
    if (rawFound) summary.rawOccurrences++;
    if (summary.firstTs === undefined || event.ts < summary.firstTs) summary.firstTs = event.ts;
    if (summary.lastTs === undefined || event.ts > summary.lastTs) summary.lastTs = event.ts;
    // Agent and tool names are shown too: masked like the record (they are not redacted at record time).
    bump(summary.agents, mask(event.agent?.id ?? '(none)'));
    if (event.tool?.name) bump(summary.tools, mask(event.tool.name));
    for (const cls of new Set(event.data?.classes ?? [])) bump(summary.dataClasses, cls);
    if (event.session !== undefined) sessions.add(event.session);
    pushRow(listing, () => subjectEvent(event, matchedBy, actorIds, mask), maxRows);
  }
  summary.sessions = sessions.size;

  const erasure: SubjectReport['erasure'] = { checked: false, subjects: [] };
  if (options.vault) {
    erasure.checked = true;
    const names = new Set<string>([...pseudonyms, ...[...actorIds].map((id) => `actor:${id}`)]);
    for (const info of await options.vault.list()) {
      if (!names.has(info.subject)) continue;
      erasure.subjects.push({ subject: info.subject, status: info.erasedAt ? 'erased' : 'live', ...(info.erasedAt ? { erasedAt: info.erasedAt } : {}), records: info.records });
    }
  }
  const parts = await tracker.finish(source);
  const report: SubjectReport = {
    ...envelope('subject', period, parts),
    subject: {
      by: value ? 'value' : 'actor',
      types: [...new Set(detections.map((d) => d.type))].sort(),
      keyIds: options.keyring.ids(),
      ledgerKeyIds: [...ledgerKeyIds].sort(),
      // Only a search by pseudonym (the value's, or an actor id's redacted forms) misses them.
      missingKeyIds: pseudonyms.size > 0 || actorIds.size > (actor ? 1 : 0) ? [...ledgerKeyIds].filter((id) => !options.keyring.ids().includes(id)).sort() : [],
      pseudonyms: [...pseudonyms],
    },
    summary: {
      ...summary,
      agents: sortedRecord(summary.agents),
      tools: sortedRecord(summary.tools),
      dataClasses: sortedRecord(summary.dataClasses),
    },
    erasure,
    events: listing,
  };
  if (report.summary.firstTs === undefined) delete report.summary.firstTs;
  if (report.summary.lastTs === undefined) delete report.summary.lastTs;
  // Last line of defence: the raw value appears in no string taken from the events (the report's
  // own structure, its keys and figures, is left alone: `--actor ok` must not rename `verification.ok`).
  const scrub = (text: string): string => text.replace(rawPattern, '[subject]');
  for (const row of report.events.rows) {
    row.record = maskDeep(row.record, scrub) as Record<string, unknown>;
    row.agent = scrub(row.agent);
    row.matchedBy = row.matchedBy.map(scrub);
    if (row.session !== undefined) row.session = scrub(row.session);
    if (row.tool !== undefined) row.tool = scrub(row.tool);
    if (row.resourceType !== undefined) row.resourceType = scrub(row.resourceType);
  }
  report.summary.agents = Object.fromEntries(Object.entries(report.summary.agents).map(([k, v]) => [scrub(k), v]));
  report.summary.tools = Object.fromEntries(Object.entries(report.summary.tools).map(([k, v]) => [scrub(k), v]));
  return report;
}

/** `id` as the redactor would store it under each key version: every detected value replaced by its pseudonym. */
function redactedForms(id: string, keyring: Keyring): string[] {
  const found = detectSensitive(id).filter((d) => d.mask !== false).sort((a, b) => b.start - a.start);
  if (found.length === 0) return [];
  return keyring.ids().map((keyId) => {
    let out = id;
    for (const d of found) out = `${out.slice(0, d.start)}${pseudonym(keyring, d.type, d.normalized ?? id.slice(d.start, d.end), keyId)}${out.slice(d.end)}`;
    return out;
  });
}

function subjectEvent(event: AuditEvent, matchedBy: string[], actorIds: Set<string>, mask: (text: string) => string): SubjectEvent {
  const record: Record<string, unknown> = {};
  if (event.actor) record.actor = { type: event.actor.type, id: actorIds.has(event.actor.id) ? '[subject]' : '[other]' };
  if (event.content !== undefined) record.content = maskDeep(event.content, mask);
  if (event.tool?.arguments !== undefined) record.arguments = maskDeep(event.tool.arguments, mask);
  if (event.tool?.result !== undefined) record.result = maskDeep(event.tool.result, mask);
  if (event.decision !== undefined) record.decision = maskDeep(event.decision, mask);
  if (event.error !== undefined) record.error = maskDeep(event.error, mask);
  return {
    id: event.id,
    ts: event.ts,
    stream: event.stream,
    seq: event.seq,
    type: event.type,
    agent: mask(event.agent?.id ?? '(none)'),
    ...(event.session !== undefined ? { session: mask(event.session) } : {}),
    outcome: event.outcome,
    ...(event.tool?.name ? { tool: mask(event.tool.name) } : {}),
    ...(event.resource?.type ? { resourceType: mask(event.resource.type) } : {}),
    dataClasses: [...new Set(event.data?.classes ?? [])].sort(),
    matchedBy: matchedBy.map(mask),
    record,
  };
}
