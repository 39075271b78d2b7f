import type { Actor, JsonValue, RecordInput, Trace, UnsealedEvent } from '../spec/event.js';
import { EVENT_TYPE_PATTERN, START_TYPES, actorTypeSchema, outcomeSchema, sensitivitySchema } from '../spec/event.js';
import type { CaptureMode, CapturePolicy } from '../spec/redactor.js';
import { HEADER_CHARS, MAX_REDACTION_GROWTH, normalizeString, normalizeValue, STORED_FACTOR_EVENT, type AfterRedactionCuts, type Budget, type NormalizeLimits } from '../internal/normalize.js';
import type { PendingMedia } from '../internal/media.js';

const KNOWN_INPUT_KEYS = new Set([
  'type', 'outcome', 'session', 'actor', 'trace', 'source', 'model', 'tool', 'resource', 'decision',
  'error', 'content', 'data', 'compliance', 'attrs', 'capture',
]);
const CAPTURE_MODES = new Set(['none', 'hash', 'redacted', 'full']);
// The schemas' own values, checked by membership at record(): the same answers as their
// safeParse, without the result object (and issue list) a zod parse allocates per call.
const OUTCOMES: ReadonlySet<unknown> = new Set(outcomeSchema.options);
const ACTOR_TYPES: ReadonlySet<unknown> = new Set(actorTypeSchema.options);
const SENSITIVITIES: ReadonlySet<unknown> = new Set(sensitivitySchema.options);
const HEX16 = /^[0-9a-f]{16}$/;
const HEX32 = /^[0-9a-f]{32}$/;

/**
 * A plain identifier (`extra`, `bogusField`, `user_id`, `x-trace`): a name the host's code chose, shown
 * in problem messages. No `@`, `.`, blank or run of three digits: a key spelled like data (an email, a
 * phone number, an SSN, `jane.doe`) is a value used as a key, and is not shown.
 */
const PLAIN_FIELD_NAME = /^[A-Za-z_$](?:[A-Za-z_$-]|\d(?!\d\d))*$/;

/**
 * How a problem message names an input field: as JSON (cut to 64 characters) when it is a plain
 * identifier, else by its length only. Problem messages go to `onError` and, without one, to
 * process warnings, which hosts log: they name where the input was wrong, never what it held
 * (docs/FORMAT.md §2.2; the ledger's own copy of an unknown field is redacted like any value).
 */
export function fieldNameForMessage(key: string): string {
  return PLAIN_FIELD_NAME.test(key) ? JSON.stringify(key).slice(0, 64) : `of ${key.length} characters (its name is not shown: it is not a plain identifier and may hold data)`;
}

/**
 * What a getter or proxy threw, for a problem message: the error's class (`an Error`, `a TypeError`)
 * or the thrown value's type, never its message, which the host's code may have filled with the
 * data it guards (`no access for patient …`).
 */
function thrownKind(error: unknown): string {
  if (error instanceof Error) {
    const name = typeof error.name === 'string' && /^[A-Za-z_$][\w$]{0,63}$/.test(error.name) ? error.name : 'Error';
    return `${/^[AEIOU]/.test(name) ? 'an' : 'a'} ${name} (its message is not shown: it may hold data)`;
  }
  return `a ${error === null ? 'null' : typeof error}`;
}

/** An event snapshotted at `record()`: JSON-safe, not yet redacted, numbered but not chained. */
export interface DraftEvent extends AfterRedactionCuts {
  event: UnsealedEvent;
  capture: CapturePolicy;
  /** Problems with the input that were repaired; reported to onError. */
  problems: string[];
  /** Base64 media summarized at record(), digested by the pipeline before redaction. */
  media?: PendingMedia[];
  /** Characters of the snapshotted values (what the event's budget spent): decides where it is redacted. */
  chars?: number;
  /** Values the snapshot took (of limits.maxEventValues): decides how it crosses to the sealing pool. */
  values?: number;
  /**
   * Set when a sealing worker did not answer a batch holding this event within its time limit
   * (`redactionWorker.timeoutMs`): the event is then stored masked as a failed redaction and never
   * redacted again, in a new worker or on the host's thread, where a redactor that loops on it
   * would stall the agent.
   */
  sealTimedOut?: boolean;
}

export interface ShapeDefaults {
  stream: string;
  agent: UnsealedEvent['agent'];
  source: string;
  session: string | undefined;
  actor: Actor | undefined;
  capture: CapturePolicy;
  /** Whether `ledger.*` and `hold.*` types are accepted (AuditorOptions.systemEvents, the ledger's notices). */
  systemEvents?: boolean;
}

/** The `source` of agent-audit's own events (AuditorOptions.systemEvents). */
const AGENT_AUDIT_SOURCE = 'agent-audit';

/** A class or regime name: `pii.email`, `phi`, `gdpr`, `pci_dss`, `eu-ai-act`, `custom:finance`. */
const LABEL = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/;

/** Absent, or a string of `digits` lower-case hex digits (W3C Trace Context). */
function validTraceMember(value: unknown, digits: 16 | 32): boolean {
  return value === undefined || (typeof value === 'string' && (digits === 32 ? HEX32 : HEX16).test(value));
}

/** Event types only agent-audit itself writes (AuditorOptions.systemEvents). */
const SYSTEM_TYPE = /^(?:ledger|hold)\./;

function asObject(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function readProperty(object: Record<string, unknown>, key: string): unknown {
  try {
    return object[key];
  } catch {
    return undefined;
  }
}

/** The keys of a {@link CapturePolicy} object. */
export const CAPTURE_POLICY_KEYS = ['default', 'content', 'arguments', 'result'] as const satisfies ReadonlyArray<keyof CapturePolicy>;

export function captureOf(value: unknown, fallback: CapturePolicy): CapturePolicy {
  if (typeof value === 'string') return CAPTURE_MODES.has(value) ? { ...fallback, default: value as CaptureMode } : fallback;
  const object = asObject(value);
  if (!object) return fallback;
  const out: CapturePolicy = { ...fallback };
  for (const key of CAPTURE_POLICY_KEYS) {
    const mode = readProperty(object, key);
    if (typeof mode === 'string' && CAPTURE_MODES.has(mode)) out[key] = mode as CaptureMode;
  }
  return out;
}

/**
 * Builds the unsealed event from a caller's input. Runs on the caller's path, so it is a
 * single walk over the input; it never throws (problems are repaired and listed).
 */
export function shapeEvent(
  input: RecordInput,
  base: { id: string; ts: string; seq: number; trace: Trace },
  defaults: ShapeDefaults,
  limits: NormalizeLimits,
  budget: Budget,
): DraftEvent {
  const problems: string[] = [];
  // A getter (or a proxy) that throws leaves its field out, and says so (never silently lost).
  const readProperty = (object: Record<string, unknown>, key: string): unknown => {
    try {
      return object[key];
    } catch (error) {
      problems.push(`reading ${fieldNameForMessage(key)} threw ${thrownKind(error)}; the field was left out`);
      return undefined;
    }
  };
  const raw = (asObject(input) ?? {}) as Record<string, unknown>;
  const str = (value: unknown, field: string, max = 1024): string | undefined => {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') {
      problems.push(`${field} must be a string`);
      return normalizeString(String(normalizeValue(value, limits, budget)), limits, budget, max);
    }
    return normalizeString(value, limits, budget, max);
  };
  // Fields the redactor reads (session, actor.id, actor.name) are never cut before redaction: a
  // 1,100-character actor.id cut at 1,024 stored `amara.okafor@clinic-examp` (no detector sees an
  // email there). Snapshotted as values, they are cut to HEADER_CHARS after redaction.
  let cutHeaders = false;
  const redactedHeader = (value: unknown, field: string): string | undefined => {
    const out = str(value, field, limits.maxStringLength);
    if (out !== undefined && out.length > HEADER_CHARS) cutHeaders = true;
    return out;
  };
  const json = (value: unknown): JsonValue => normalizeValue(value, limits, budget);
  // `agent-audit` names the library's own events (docs/FORMAT.md §2): no caller may claim it.
  const sourceOf = (given: string | undefined): string => {
    if (given === AGENT_AUDIT_SOURCE && defaults.systemEvents !== true) {
      problems.push(`source "${AGENT_AUDIT_SOURCE}" is agent-audit's own (AuditorOptions.systemEvents); recorded as "${defaults.source}"`);
      return defaults.source;
    }
    return given || defaults.source;
  };
  // Class and regime names are labels: anything else (free text, personal data) is left out.
  const labels = (value: unknown, field: string, max: number): string[] => {
    if (!Array.isArray(value)) return [];
    const kept = value.filter((c): c is string => typeof c === 'string' && LABEL.test(c)).slice(0, max);
    if (kept.length < Math.min(value.length, max)) problems.push(`${field}: ${Math.min(value.length, max) - kept.length} value(s) that are not names of the form ${LABEL.source} left out`);
    return kept;
  };
  const givenTrace = asObject(readProperty(raw, 'trace'));
  if (givenTrace !== undefined && (!validTraceMember(givenTrace.traceId, 32) || !validTraceMember(givenTrace.spanId, 16) || !validTraceMember(givenTrace.parentSpanId, 16))) {
    problems.push('invalid trace (W3C Trace Context: traceId 32 and spanId 16 lower-case hex digits); the invalid members were replaced by those of the current or a new trace');
  }
  const num = (value: unknown): number | undefined =>
    typeof value === 'number' && Number.isFinite(value) ? value : undefined;

  const rawType = readProperty(raw, 'type');
  let type = typeof rawType === 'string' ? rawType : '';
  const attrs: Record<string, JsonValue> = {};
  if (!EVENT_TYPE_PATTERN.test(type)) {
    // The message names the kind, never the value: onError messages end up in the host's logs,
    // and a type can hold anything (an email, a password). The value is kept, redacted, in attrs.
    problems.push(`invalid event type (${typeof rawType === 'string' ? `a string of ${rawType.length} characters` : rawType === null ? 'null' : typeof rawType}, kept under attrs.invalidType); recorded as "error"`);
    attrs.invalidType = json(rawType);
    type = 'error';
  } else if (SYSTEM_TYPE.test(type) && defaults.systemEvents !== true) {
    problems.push(`event type ${JSON.stringify(type)} is written by agent-audit itself (ledger.*, hold.*); recorded as "error" (AuditorOptions.systemEvents)`);
    attrs.invalidType = type;
    type = 'error';
  }
  // A start (docs/FORMAT.md §2.2) is never guessed as success: without an outcome it is pending.
  let outcome = readProperty(raw, 'outcome') ?? (START_TYPES.has(type) ? 'pending' : 'success');
  if (!OUTCOMES.has(outcome)) {
    problems.push('invalid outcome; recorded as "failure"');
    attrs.invalidOutcome = json(outcome);
    outcome = 'failure';
  }

  const event: Record<string, unknown> = {
    v: 1,
    id: base.id,
    ts: base.ts,
    stream: defaults.stream,
    seq: base.seq,
    type,
    trace: base.trace,
    agent: defaults.agent,
    source: sourceOf(str(readProperty(raw, 'source'), 'source', 128)),
    outcome,
  };
  const session = redactedHeader(readProperty(raw, 'session'), 'session') ?? defaults.session;
  if (session !== undefined) event.session = session;

  const actorInput = asObject(readProperty(raw, 'actor'));
  const actor = actorInput
    ? shapeActor(actorInput)
    : defaults.actor;
  if (actor) event.actor = actor;

  const model = asObject(readProperty(raw, 'model'));
  if (model) {
    const out: Record<string, unknown> = {};
    for (const key of ['provider', 'id', 'finishReason', 'responseId'] as const) {
      const value = str(readProperty(model, key), `model.${key}`);
      if (value !== undefined) out[key] = value;
    }
    for (const key of ['latencyMs', 'timeToFirstChunkMs'] as const) {
      const value = num(readProperty(model, key));
      if (value !== undefined) out[key] = value;
    }
    const parameters = asObject(readProperty(model, 'parameters'));
    if (parameters) out.parameters = json(parameters);
    const usage = asObject(readProperty(model, 'usage'));
    if (usage) {
      const u: Record<string, number> = {};
      for (const key of ['inputTokens', 'outputTokens', 'totalTokens', 'reasoningTokens', 'cachedInputTokens'] as const) {
        const value = num(readProperty(usage, key));
        if (value !== undefined) u[key] = value;
      }
      out.usage = u;
    }
    const toolCalls = readProperty(model, 'toolCalls');
    if (Array.isArray(toolCalls)) {
      out.toolCalls = toolCalls.slice(0, limits.maxEntries).map((call, index) => {
        const c = asObject(call) ?? {};
        const shaped: Record<string, unknown> = { name: str(readProperty(c, 'name'), `model.toolCalls[${index}].name`) ?? 'unknown' };
        const id = str(readProperty(c, 'id'), `model.toolCalls[${index}].id`);
        if (id !== undefined) shaped.id = id;
        const args = readProperty(c, 'arguments');
        if (args !== undefined) shaped.arguments = json(args);
        return shaped;
      });
    }
    event.model = out;
  }

  const tool = asObject(readProperty(raw, 'tool'));
  if (tool) {
    const out: Record<string, unknown> = { name: str(readProperty(tool, 'name'), 'tool.name') ?? 'unknown' };
    const callId = str(readProperty(tool, 'callId'), 'tool.callId');
    if (callId !== undefined) out.callId = callId;
    const server = str(readProperty(tool, 'server'), 'tool.server');
    if (server !== undefined) out.server = server;
    const args = readProperty(tool, 'arguments');
    if (args !== undefined) out.arguments = json(args);
    const result = readProperty(tool, 'result');
    if (result !== undefined) out.result = json(result);
    const duration = num(readProperty(tool, 'durationMs'));
    if (duration !== undefined) out.durationMs = duration;
    event.tool = out;
  }

  const resource = asObject(readProperty(raw, 'resource'));
  if (resource) {
    const out: Record<string, unknown> = {
      type: str(readProperty(resource, 'type'), 'resource.type') ?? 'unknown',
      id: str(readProperty(resource, 'id'), 'resource.id', limits.maxStringLength) ?? 'unknown',
    };
    const operation = str(readProperty(resource, 'operation'), 'resource.operation');
    if (operation !== undefined) out.operation = operation;
    event.resource = out;
  }

  const decision = asObject(readProperty(raw, 'decision'));
  if (decision) {
    const out: Record<string, unknown> = { action: str(readProperty(decision, 'action'), 'decision.action') ?? 'unknown' };
    const reason = str(readProperty(decision, 'reason'), 'decision.reason', limits.maxStringLength);
    if (reason !== undefined) out.reason = reason;
    const policy = str(readProperty(decision, 'policy'), 'decision.policy');
    if (policy !== undefined) out.policy = policy;
    event.decision = out;
  }

  const error = readProperty(raw, 'error');
  if (error !== undefined && error !== null) {
    const e = asObject(error) ?? { message: error };
    const out: Record<string, unknown> = {
      message: str(readProperty(e, 'message'), 'error.message', limits.maxStringLength) ?? String(json(error)),
    };
    const errorType = readProperty(e, 'type') ?? (error instanceof Error ? error.name : undefined);
    const t = str(errorType, 'error.type');
    if (t !== undefined) out.type = t;
    const code = readProperty(e, 'code');
    if (typeof code === 'string' || (typeof code === 'number' && Number.isFinite(code))) out.code = code;
    event.error = out;
  }

  const content = asObject(readProperty(raw, 'content'));
  if (content) {
    const out: Record<string, unknown> = {};
    const input = readProperty(content, 'input');
    if (input !== undefined) out.input = json(input);
    const output = readProperty(content, 'output');
    if (output !== undefined) out.output = json(output);
    event.content = out;
  }

  const data = asObject(readProperty(raw, 'data'));
  if (data) {
    const classes = readProperty(data, 'classes');
    const sensitivity = readProperty(data, 'sensitivity');
    event.data = {
      classes: labels(classes, 'data.classes', 64),
      sensitivity: SENSITIVITIES.has(sensitivity) ? sensitivity : 'internal',
    };
  }
  const compliance = asObject(readProperty(raw, 'compliance'));
  if (compliance) {
    const regimes = readProperty(compliance, 'regimes');
    const retention = readProperty(compliance, 'retentionDays');
    event.compliance = {
      regimes: labels(regimes, 'compliance.regimes', 32),
      ...(Number.isInteger(retention) && (retention as number) >= 0 ? { retentionDays: retention } : {}),
    };
  }

  const attrsInput = readProperty(raw, 'attrs');
  if (attrsInput !== undefined) {
    const shaped = json(attrsInput);
    if (typeof shaped === 'object' && shaped !== null && !Array.isArray(shaped)) Object.assign(attrs, shaped);
    else attrs.value = shaped;
  }
  // Fields the contract does not know are kept, not lost, under attrs.
  let keys: string[] = [];
  try {
    keys = Object.keys(raw);
  } catch {
    problems.push('input keys could not be listed');
  }
  for (const key of keys) {
    if (!KNOWN_INPUT_KEYS.has(key)) {
      attrs[normalizeString(key, limits, budget)] = json(readProperty(raw, key));
      problems.push(`unknown field ${fieldNameForMessage(key)} kept under attrs`);
    }
  }
  if (budget.truncated) attrs.truncated = true;
  if (Object.keys(attrs).length > 0) event.attrs = attrs;

  const draft: DraftEvent = { event: event as unknown as UnsealedEvent, capture: captureOf(readProperty(raw, 'capture'), defaults.capture), problems };
  if (budget.media !== undefined && budget.media.length > 0) draft.media = budget.media;
  // What redaction will read: the stored budget spent, plus what long strings hold beyond their cut.
  draft.chars = limits.maxEventChars - budget.remaining + budget.unstored;
  draft.values = limits.maxEventValues - budget.values;
  // Strings longer than the limit were kept whole for redaction: cut after it. (A string within
  // the limit is stored whole even when its pseudonyms make it longer than the limit.)
  if (budget.cutAfterRedaction === true) draft.cutAfterRedaction = limits.maxStringLength;
  // Pseudonyms are longer than most values they replace: bound what redaction makes of a large event.
  const stored = limits.maxEventChars * STORED_FACTOR_EVENT;
  if (draft.chars * MAX_REDACTION_GROWTH > stored) draft.maxStoredChars = stored;
  if (cutHeaders) draft.cutHeaders = true;
  return draft;

  function shapeActor(a: Record<string, unknown>): Actor {
    const id = redactedHeader(readProperty(a, 'id'), 'actor.id') || 'unknown';
    let actorType = readProperty(a, 'type');
    if (!ACTOR_TYPES.has(actorType)) {
      problems.push('invalid actor.type; recorded as "user"');
      actorType = 'user';
    }
    const out: Actor = { id, type: actorType as Actor['type'] };
    const name = redactedHeader(readProperty(a, 'name'), 'actor.name');
    if (name !== undefined) out.name = name;
    return out;
  }
}

/** Resolves the trace of one event from its input and the current context. */
export function resolveEventTrace(given: unknown, context: Trace | undefined, fresh: () => Trace): Trace {
  const t = asObject(given);
  const traceId = typeof t?.traceId === 'string' && HEX32.test(t.traceId) ? t.traceId : undefined;
  const spanId = typeof t?.spanId === 'string' && HEX16.test(t.spanId) ? t.spanId : undefined;
  const parentSpanId = typeof t?.parentSpanId === 'string' && HEX16.test(t.parentSpanId) ? t.parentSpanId : undefined;
  if (!traceId && !spanId) return context ?? fresh();
  const base = context ?? fresh();
  const out: Trace = { traceId: traceId ?? base.traceId, spanId: spanId ?? base.spanId };
  if (parentSpanId) out.parentSpanId = parentSpanId;
  else if (spanId && context && spanId !== context.spanId && (traceId === undefined || traceId === context.traceId)) {
    out.parentSpanId = context.spanId;
  } else if (!spanId && base.parentSpanId) out.parentSpanId = base.parentSpanId;
  return out;
}
