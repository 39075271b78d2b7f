import { z } from 'zod';

/** Version of the stored event schema. Bumped on any change to the hashed fields. */
export const EVENT_VERSION = 1 as const;

/** Hash value of `prev` for the first event of a stream. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * Event types, `noun.verb`. Adapters and applications may use others of the same shape;
 * these are the ones the adapters emit and reports understand.
 */
export const EVENT_TYPES = [
  'run.start', 'run.end',
  'conversation.start', 'conversation.end',
  'message.user', 'message.agent',
  'model.request', 'model.response', 'model.error',
  'tool.call', 'tool.result', 'tool.error',
  'retrieval.query', 'retrieval.result', 'retrieval.error',
  'chain.start', 'chain.end', 'chain.error',
  'step.start', 'step.end',
  'data.access', 'data.modify',
  'decision.made',
  'policy.allow', 'policy.deny',
  'permission.denied',
  'approval.request', 'approval.grant', 'approval.deny',
  'config.prompt_change', 'config.model_change',
  'access.grant', 'access.revoke',
  'vault.reveal', 'vault.erase',
  'sampling.request', 'sampling.result',
  'elicitation.request', 'elicitation.result',
  'resource.read', 'prompt.get',
  'error',
  'ledger.recover', 'ledger.checkpoint', 'ledger.gap', 'ledger.chain_break',
] as const;

/**
 * Start events (docs/FORMAT.md §2.2): work that takes time begins with one of these. Recorded
 * without an `outcome`, they are `pending`, never guessed as `success`.
 */
export const START_TYPES: ReadonlySet<string> = new Set([
  'run.start', 'chain.start', 'step.start', 'model.request', 'tool.call', 'retrieval.query',
  'sampling.request', 'elicitation.request', 'approval.request',
]);

/** A known event type; any other `noun.verb` string is accepted too. */
export type KnownEventType = (typeof EVENT_TYPES)[number];

/** What an event type must match: noun.verb in lower case, or `error` (eventTypeSchema). */
export const EVENT_TYPE_PATTERN = /^(?:error|[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)+)$/;
export const eventTypeSchema = z.string().regex(EVENT_TYPE_PATTERN, 'event type must be noun.verb in lower case (or "error")');

const hex = (n: number) => z.string().regex(new RegExp(`^[0-9a-f]{${n}}$`));

export const traceSchema = z.object({
  traceId: hex(32),
  spanId: hex(16),
  parentSpanId: hex(16).optional(),
});

export const actorTypeSchema = z.enum(['user', 'agent', 'admin', 'system', 'service']);
export const actorSchema = z.object({ id: z.string().min(1), type: actorTypeSchema, name: z.string().optional() });
/**
 * `region` (optional): where the agent's data must stay (`eu`, `us`, `eu-west-1`; lower-case letters, digits, `-`,
 * up to 63). It selects the ledger and shipper targets of `byRegion()` routing (docs/REGIONS.md).
 */
export const agentSchema = z.object({
  id: z.string().min(1),
  name: z.string().optional(),
  version: z.string().optional(),
  region: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/).optional(),
});
export const outcomeSchema = z.enum(['success', 'failure', 'denied', 'pending']);

/** JSON value as it is stored (after normalization: no undefined, no non-finite numbers). */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
const jsonValue: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(jsonValue), z.record(z.string(), jsonValue)]),
);
const jsonObject = z.record(z.string(), jsonValue);

export const usageSchema = z.object({
  inputTokens: z.number().optional(),
  outputTokens: z.number().optional(),
  totalTokens: z.number().optional(),
  reasoningTokens: z.number().optional(),
  cachedInputTokens: z.number().optional(),
});

export const modelBlockSchema = z.object({
  provider: z.string().optional(),
  id: z.string().optional(),
  parameters: jsonObject.optional(),
  usage: usageSchema.optional(),
  latencyMs: z.number().optional(),
  timeToFirstChunkMs: z.number().optional(),
  finishReason: z.string().optional(),
  responseId: z.string().optional(),
  toolCalls: z.array(z.object({ id: z.string().optional(), name: z.string(), arguments: jsonValue.optional() })).optional(),
});
export const toolBlockSchema = z.object({
  name: z.string(),
  callId: z.string().optional(),
  server: z.string().optional(),
  arguments: jsonValue.optional(),
  result: jsonValue.optional(),
  durationMs: z.number().optional(),
});
export const resourceBlockSchema = z.object({ type: z.string(), id: z.string(), operation: z.string().optional() });
export const decisionBlockSchema = z.object({ action: z.string(), reason: z.string().optional(), policy: z.string().optional() });
export const errorBlockSchema = z.object({ type: z.string().optional(), message: z.string(), code: z.union([z.string(), z.number()]).optional() });
export const contentBlockSchema = z.object({ input: jsonValue.optional(), output: jsonValue.optional() });
export const sensitivitySchema = z.enum(['public', 'internal', 'confidential', 'restricted']);
export const dataBlockSchema = z.object({ classes: z.array(z.string()), sensitivity: sensitivitySchema });
export const complianceBlockSchema = z.object({ regimes: z.array(z.string()), retentionDays: z.number().int().nonnegative().optional() });

const TS_FORM = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Why `ts` is not a real RFC 3339 UTC instant of the stored form `YYYY-MM-DDTHH:MM:SS.sssZ`
 * (RFC 3339 §5.6 grammar, restricted by §5.7: month 01-12, a day the month has, February 29 only
 * in a Gregorian leap year, hour 00-23, minute 00-59, second 00-59); undefined when it is one.
 * A leap second (`:60`, which §5.7 allows at the end of a month) is refused: a JavaScript Date,
 * whose time values ignore leap seconds (ECMA-262 §21.4.1.1), cannot hold it, and the recording
 * side (`Date.prototype.toISOString`) never writes it. Years 0000-9999 are taken (the grammar's
 * 4DIGIT). Digit arithmetic only, no Date parse: O(1), it runs per event on the verify path.
 */
export function eventTimeProblem(ts: unknown): string | undefined {
  if (typeof ts !== 'string' || !TS_FORM.test(ts)) return 'ts must be RFC 3339 UTC with milliseconds (YYYY-MM-DDTHH:MM:SS.sssZ)';
  const n = (at: number) => (ts.charCodeAt(at) - 48) * 10 + ts.charCodeAt(at + 1) - 48;
  const year = n(0) * 100 + n(2);
  const month = n(5);
  const day = n(8);
  const field = (what: string) => `ts ${ts} is not a real instant: ${what} (RFC 3339 §5.7)`;
  if (month < 1 || month > 12) return field(`month ${ts.slice(5, 7)} is not 01-12`);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  if (day < 1 || day > days) return field(day < 1 ? `day 00 is not a day` : `${MONTHS[month - 1]} ${ts.slice(0, 4)} has ${days} days`);
  if (n(11) > 23) return field(`hour ${ts.slice(11, 13)} is not 00-23`);
  if (n(14) > 59) return field(`minute ${ts.slice(14, 16)} is not 00-59`);
  if (n(17) === 60) return `ts ${ts} is not a real instant: a leap second :60 is refused (a JavaScript Date cannot hold it, ECMA-262 §21.4.1.1)`;
  if (n(17) > 59) return field(`second ${ts.slice(17, 19)} is not 00-59`);
  return undefined;
}

/** A stored, sealed event: the unit of the hash chain. */
export const auditEventSchema = z.object({
  v: z.literal(EVENT_VERSION),
  id: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'id must be a ULID'),
  // The pattern (the published JSON Schema's) is the form; the refinement the calendar and the
  // clock (eventTimeProblem): one issue, naming the field that is wrong.
  ts: z.string().regex(TS_FORM, 'ts must be RFC 3339 UTC with milliseconds').superRefine((ts, ctx) => {
    const problem = TS_FORM.test(ts) ? eventTimeProblem(ts) : undefined;
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
  stream: z.string().min(1),
  seq: z.number().int().nonnegative(),
  type: eventTypeSchema,
  trace: traceSchema,
  session: z.string().optional(),
  agent: agentSchema,
  actor: actorSchema.optional(),
  source: z.string().min(1),
  outcome: outcomeSchema,
  model: modelBlockSchema.optional(),
  tool: toolBlockSchema.optional(),
  resource: resourceBlockSchema.optional(),
  decision: decisionBlockSchema.optional(),
  error: errorBlockSchema.optional(),
  content: contentBlockSchema.optional(),
  data: dataBlockSchema.optional(),
  compliance: complianceBlockSchema.optional(),
  attrs: jsonObject.optional(),
  prev: hex(64),
  hash: hex(64),
});

export type Trace = z.infer<typeof traceSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type ActorType = z.infer<typeof actorTypeSchema>;
export type AgentInfo = z.infer<typeof agentSchema>;
export type Outcome = z.infer<typeof outcomeSchema>;
export type Usage = z.infer<typeof usageSchema>;
export type ModelBlock = z.infer<typeof modelBlockSchema>;
export type ToolBlock = z.infer<typeof toolBlockSchema>;
export type ResourceBlock = z.infer<typeof resourceBlockSchema>;
export type DecisionBlock = z.infer<typeof decisionBlockSchema>;
export type ErrorBlock = z.infer<typeof errorBlockSchema>;
export type ContentBlock = z.infer<typeof contentBlockSchema>;
export type Sensitivity = z.infer<typeof sensitivitySchema>;
export type DataBlock = z.infer<typeof dataBlockSchema>;
export type ComplianceBlock = z.infer<typeof complianceBlockSchema>;

/** A stored event, sealed with `prev` and `hash`. */
export type AuditEvent = z.infer<typeof auditEventSchema>;

/** An event before it is chained: everything but `prev` and `hash`. */
export type UnsealedEvent = Omit<AuditEvent, 'prev' | 'hash'>;

/**
 * What a caller hands to `auditor.record()`. Block values may hold any JavaScript value:
 * the core normalizes them (see docs/FORMAT.md, "Normalization").
 */
export interface RecordInput {
  type: KnownEventType | (string & {});
  /** Default `pending` for a start ({@link START_TYPES}), `success` for any other type (docs/FORMAT.md §2.2). */
  outcome?: Outcome;
  session?: string;
  actor?: Actor;
  /** Overrides the trace context for this event only. */
  trace?: Partial<Trace>;
  /** Adapter name; defaults to the auditor's `source` (`app`). */
  source?: string;
  model?: Omit<ModelBlock, 'parameters' | 'toolCalls'> & { parameters?: Record<string, unknown>; toolCalls?: Array<{ id?: string; name: string; arguments?: unknown }> };
  tool?: Omit<ToolBlock, 'arguments' | 'result'> & { arguments?: unknown; result?: unknown };
  resource?: ResourceBlock;
  decision?: DecisionBlock;
  error?: ErrorBlock | Error;
  content?: { input?: unknown; output?: unknown };
  /** Classes the caller already knows (merged with what redaction finds). */
  data?: Partial<DataBlock>;
  compliance?: Partial<ComplianceBlock>;
  attrs?: Record<string, unknown>;
  /** Capture policy for this event (adapters pass their `capture` option here). */
  capture?: import('./redactor.js').CaptureMode | import('./redactor.js').CapturePolicy;
}
