// Monitor rules as data: a zod schema, duration parsing, and a YAML/JSON loader whose errors
// carry line numbers. YAML is a superset of JSON, so one parser (the `yaml` package) serves both.
import { z } from 'zod';
import { LineCounter, parseDocument, isMap, isNode, isScalar } from 'yaml';
import { AuditError } from '../spec/errors.js';

const DURATION = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/;
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/**
 * Parses a duration such as `500ms`, `1s`, `5m`, `1h`, `7d` into milliseconds.
 * Throws an `AuditError` (`invalid_duration`) on anything else.
 *
 * @example
 * ```ts
 * parseDuration('5m'); // 300000
 * ```
 */
export function parseDuration(text: string): number {
  const match = DURATION.exec(text.trim());
  if (!match) throw new AuditError({ code: 'invalid_duration', message: `not a duration: ${JSON.stringify(text)} (use e.g. 500ms, 1s, 5m, 1h, 7d)` });
  return Number(match[1]) * (UNIT_MS[match[2] as string] as number);
}

const HOUR_MINUTE = /^([01]\d|2[0-3]):[0-5]\d$/;
const END_HOUR_MINUTE = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

/** An IANA zone name (`Area/Location`, `UTC`, `Etc/GMT+2`) that this runtime's `Intl` knows. */
function isTimeZone(name: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const duration = z.string().refine((s) => DURATION.test(s.trim()), { message: 'must be a duration such as 1s, 5m, 1h, 7d' });
const list = z.union([z.string(), z.array(z.string()).min(1)]).transform((v) => (Array.isArray(v) ? v : [v]));

/** Which events a rule looks at; every field given must match (lists match any of their entries; `*` globs). */
export const ruleMatchSchema = z
  .object({
    type: list.optional(),
    outcome: list.optional(),
    tool: list.optional(),
    agent: list.optional(),
    source: list.optional(),
    /** Data classes (`health`, `pci`…): matches when the event carries any of them. */
    classes: list.optional(),
    /** Lowest sensitivity that matches: `restricted` matches restricted only, `confidential` matches both. */
    minSensitivity: z.enum(['public', 'internal', 'confidential', 'restricted']).optional(),
  })
  .strict();

const byField = z.enum(['agent', 'actor', 'session', 'stream']).default('agent');
const severity = z.enum(['info', 'warning', 'critical']).default('warning');
const action = z.enum(['pause']).optional();

const common = {
  id: z.string().regex(/^[a-z0-9][a-z0-9_.-]*$/, 'rule id: lower case letters, digits, _ . -'),
  description: z.string().optional(),
  severity,
  /** After an alert, the same rule and key stay quiet this long (event time). */
  cooldown: duration.default('5m'),
  /** `pause`: the alert pauses the agent it names (see `pauseStore`). */
  action,
  enabled: z.boolean().default(true),
};

export const ruleSchema = z.discriminatedUnion('kind', [
  z.object({ ...common, kind: z.literal('rate'), match: ruleMatchSchema.default({}), by: byField, count: z.number().int().positive(), window: duration }).strict(),
  z
    .object({
      ...common,
      kind: z.literal('baseline_ratio'),
      match: ruleMatchSchema.default({}),
      by: byField,
      window: duration,
      baseline: duration,
      ratio: z.number().gt(1),
      /** Fewest events in the window before the ratio is considered. */
      minCount: z.number().int().positive().default(10),
    })
    .strict(),
  z
    .object({
      ...common,
      kind: z.literal('failure_ratio'),
      match: ruleMatchSchema.default({ type: ['tool.result', 'tool.error'] }),
      by: byField,
      window: duration,
      ratio: z.number().gt(0).lte(1),
      minCount: z.number().int().positive().default(10),
    })
    .strict(),
  z
    .object({
      ...common,
      kind: z.literal('repeated_failure'),
      match: ruleMatchSchema.default({ type: ['tool.result', 'tool.error'] }),
      by: byField,
      count: z.number().int().positive(),
      window: duration,
    })
    .strict(),
  z
    .object({
      ...common,
      kind: z.literal('out_of_scope'),
      match: ruleMatchSchema.default({}),
      field: z.enum(['tool', 'resource']).default('tool'),
      /** Learning window: a name not seen for the agent within it (after the agent's first `baseline`) is out of scope. */
      baseline: duration.optional(),
      /** Per agent id (`*` for every agent): the names allowed. With an allowlist, no learning is done for that agent. */
      allow: z.record(z.string(), z.array(z.string())).optional(),
    })
    .strict()
    .refine((r) => r.baseline !== undefined || r.allow !== undefined, { message: 'out_of_scope needs a baseline, an allow list, or both' }),
  z
    .object({
      ...common,
      kind: z.literal('time_window'),
      match: ruleMatchSchema.default({ minSensitivity: 'restricted' }),
      by: byField,
      /** IANA time zone of the business hours (`Europe/Paris`, `UTC`); offsets such as `+02:00` are refused. */
      timeZone: z.string().refine(isTimeZone, { message: 'must be an IANA time zone name such as UTC or Europe/Paris' }).default('UTC'),
      days: z.array(z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])).min(1).default(['mon', 'tue', 'wed', 'thu', 'fri']),
      /** `HH:MM` in 00:00-23:59; `end` may also be `24:00` (midnight at the end of the day). */
      hours: z.object({ start: z.string().regex(HOUR_MINUTE, 'must be HH:MM between 00:00 and 23:59'), end: z.string().regex(END_HOUR_MINUTE, 'must be HH:MM between 00:00 and 24:00') }).strict(),
    })
    .strict(),
  z
    .object({
      ...common,
      kind: z.literal('denials'),
      match: ruleMatchSchema.optional(),
      by: byField,
      count: z.number().int().positive(),
      window: duration,
    })
    .strict(),
  z
    .object({
      ...common,
      kind: z.literal('ledger_health'),
      checks: z.array(z.enum(['chain_break', 'gap', 'recover', 'verify_failure', 'record_collision', 'shipper_lag'])).min(1).default(['chain_break', 'gap', 'verify_failure', 'record_collision', 'shipper_lag']),
      /** Shipper lag (events recorded but not yet shipped, summed over a sink's streams) above which `shipper_lag` alerts. */
      maxLag: z.number().int().positive().default(10_000),
    })
    .strict(),
]);

export const ruleSetSchema = z.object({ rules: z.array(ruleSchema) }).strict().superRefine((set, ctx) => {
  const seen = new Set<string>();
  set.rules.forEach((rule, i) => {
    if (seen.has(rule.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `duplicate rule id ${JSON.stringify(rule.id)}` });
    seen.add(rule.id);
  });
});

/** One validated rule. */
export type Rule = z.output<typeof ruleSchema>;
/** A rule as written (defaults not yet applied). */
export type RuleInput = z.input<typeof ruleSchema>;
export type RuleKind = Rule['kind'];
export type RuleMatch = z.output<typeof ruleMatchSchema>;

/** A rules file that does not parse or validate: `issues` name each problem with its line. */
export class RulesError extends AuditError {
  override readonly name = 'RulesError';
  readonly issues: Array<{ line?: number; column?: number; path: string; message: string }>;
  constructor(options: { file?: string; issues: RulesError['issues'] }) {
    const where = options.file ?? 'rules';
    const text = options.issues.map((i) => `${where}${i.line !== undefined ? `:${i.line}${i.column !== undefined ? `:${i.column}` : ''}` : ''}: ${i.path ? `${i.path}: ` : ''}${i.message}`).join('\n');
    super({ code: 'invalid_rules', message: text });
    this.issues = options.issues;
  }
}

/**
 * Validates rules given as objects (defaults applied). Throws a `RulesError` listing every problem.
 *
 * @example
 * ```ts
 * const rules = validateRules([{ id: 'burst', kind: 'rate', match: { type: 'tool.call' }, count: 10, window: '1s' }]);
 * ```
 */
export function validateRules(rules: readonly RuleInput[] | { rules: readonly RuleInput[] }): Rule[] {
  const result = ruleSetSchema.safeParse(Array.isArray(rules) ? { rules } : rules);
  if (result.success) return result.data.rules;
  throw new RulesError({ issues: result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })) });
}

/**
 * Parses a rules file (YAML or JSON: `{ rules: [...] }`) and validates it. Errors name the file,
 * line and column of each problem (`rules.yaml:12:7: rules.3.window: must be a duration …`).
 *
 * @example
 * ```ts
 * const rules = parseRules(fs.readFileSync('rules.yaml', 'utf8'), { file: 'rules.yaml' });
 * ```
 */
export function parseRules(text: string, options: { file?: string } = {}): Rule[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new RulesError({
      ...(options.file ? { file: options.file } : {}),
      issues: doc.errors.map((error) => {
        const pos = lineCounter.linePos(error.pos[0]);
        return { line: pos.line, column: pos.col, path: '', message: capMessage(error.message) };
      }).slice(0, MAX_ISSUES),
    });
  }
  const value: unknown = doc.toJS();
  // A file that is not a rules file at all (`--rules /etc/shadow`) gets one issue that quotes
  // nothing from it: its keys could be secrets.
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.prototype.hasOwnProperty.call(value, 'rules')) {
    const pos = lineCounter.linePos(isNode(doc.contents) && doc.contents.range ? doc.contents.range[0] : 0);
    throw new RulesError({ ...(options.file ? { file: options.file } : {}), issues: [{ line: pos.line, column: pos.col, path: '', message: 'not a rules file: expected a mapping with a "rules" list ({ rules: [...] }, YAML or JSON)' }] });
  }
  const result = ruleSetSchema.safeParse(value);
  if (result.success) return result.data.rules;
  const position = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const issues: RulesError['issues'] = [];
  for (const issue of result.error.issues) {
    // The deepest node that exists along the issue's path gives the line.
    let node: unknown;
    for (let depth = issue.path.length; depth >= 0 && !isNode(node); depth--) node = doc.getIn(issue.path.slice(0, depth) as Array<string | number>, true);
    const offset = isNode(node) && node.range ? node.range[0] : 0;
    const where = issue.path.join('.');
    if (issue.code === 'unrecognized_keys') {
      // One issue per key (at most 5), at the key's own line; a key is named only when it looks like a rule field.
      const keys = issue.keys.slice(0, 5);
      for (const key of keys) {
        const pair = isMap(node) ? node.items.find((item) => isScalar(item.key) && item.key.value === key) : undefined;
        const keyOffset = pair && isScalar(pair.key) && pair.key.range ? pair.key.range[0] : offset;
        issues.push({ ...position(keyOffset), path: where, message: SAFE_KEY.test(key) ? `unrecognized key ${JSON.stringify(key)}` : 'unrecognized key' });
      }
      if (issue.keys.length > keys.length) issues.push({ ...position(offset), path: where, message: `${issue.keys.length - keys.length} more unrecognized key(s)` });
      continue;
    }
    issues.push({ ...position(offset), path: where, message: capMessage(issue.message) });
  }
  throw new RulesError({ ...(options.file ? { file: options.file } : {}), issues: issues.slice(0, MAX_ISSUES) });
}

/** A key named in an error: a short identifier, as rule fields are. Anything else is described, not quoted. */
const SAFE_KEY = /^[A-Za-z_][A-Za-z0-9_-]{0,39}$/;
/** Issues listed per file, and characters per message: an error never reproduces a file. */
const MAX_ISSUES = 20;
const capMessage = (message: string): string => {
  const line = (message.split('\n')[0] ?? message).replace(/[\u0000-\u001f\u007f]/g, ' ');
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
};
