import fs from 'node:fs';
import { AuditError } from '../spec/errors.js';
import { readSmallFile } from '../internal/small-file.js';
import type { AuditEvent } from '../spec/event.js';

/**
 * One line of the retention table: events that match it are kept at least `months` calendar
 * months plus `days` days after their `ts`. A rule matches an event when its `regime` (if set) is
 * one of the event's `compliance.regimes` and its `dataClass` (if set) is one of the event's
 * `data.classes` or a prefix of one (`pii` matches `pii.email`).
 */
export interface RetentionRule {
  regime?: string;
  dataClass?: string;
  months?: number;
  days?: number;
  /** Where the figure comes from (shown by `retention plan` and in docs/RETENTION.md). */
  basis: string;
}

/**
 * Regime and data class -> retention period. An event is kept for the longest period of the
 * rules it matches, `default` when it matches none, and never less than the
 * `compliance.retentionDays` its classification recorded when it was written.
 */
export interface RetentionPolicy {
  rules: readonly RetentionRule[];
  default: RetentionRule;
}

/**
 * The defaults, with their sources (docs/RETENTION.md). Periods are minimums the rules ask for;
 * retention removes nothing younger.
 */
export const DEFAULT_RETENTION_POLICY: RetentionPolicy = {
  rules: [
    { regime: 'hipaa', months: 72, basis: 'HIPAA 45 CFR 164.316(b)(2)(i): documentation kept 6 years from creation or last effective date' },
    { regime: 'financial-records', months: 84, basis: 'financial records: 7 years (IRS record keeping up to 7 years; SEC 17a-4 six years, the longer common practice)' },
    { regime: 'soc2', months: 12, basis: 'SOC 2: a Type II period is usually 12 months; audit evidence kept at least 1 year' },
    { regime: 'pci-dss', months: 12, basis: 'PCI DSS v4.0 req. 10.5.1: audit log history kept at least 12 months' },
    { regime: 'eu-ai-act', months: 6, basis: 'EU AI Act Art. 19(1) and 26(6): automatically generated logs kept at least 6 months' },
  ],
  default: { months: 12, basis: 'practical default: 12 months (24 months is the other common choice; set it with a policy file)' },
};

/** Adds calendar months (UTC; the 31st plus one month is the last day of the next month) and days to a time in ms. */
export function addPeriod(ms: number, months = 0, days = 0): number {
  const date = new Date(ms);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, last));
  return date.getTime() + days * 86_400_000;
}

function ruleMatches(rule: RetentionRule, regimes: readonly string[], classes: readonly string[]): boolean {
  if (rule.regime !== undefined && !regimes.includes(rule.regime)) return false;
  if (rule.dataClass !== undefined) {
    const c = rule.dataClass;
    if (!classes.some((x) => x === c || x.startsWith(`${c}.`))) return false;
  }
  return rule.regime !== undefined || rule.dataClass !== undefined;
}

/** Why an event is kept until when. */
export interface RetentionDecision {
  /** Time (ms since the epoch) from which the event may be removed. */
  expiresAt: number;
  /** The rule (or `compliance.retentionDays`) that sets it. */
  basis: string;
}

/**
 * When an event may be removed under `policy`: the longest period among the rules it matches
 * (the default rule when none), and never before `ts + compliance.retentionDays` days. An event
 * whose `ts` does not parse never expires (`expiresAt: Infinity`), so bad input is kept.
 *
 * @example
 * ```ts
 * retentionOf({ ts: '2020-01-01T00:00:00.000Z', compliance: { regimes: ['hipaa'] } } as AuditEvent).expiresAt; // 2026-01-01
 * ```
 */
export function retentionOf(event: Pick<AuditEvent, 'ts'> & Partial<Pick<AuditEvent, 'compliance' | 'data'>>, policy: RetentionPolicy = DEFAULT_RETENTION_POLICY): RetentionDecision {
  const ts = typeof event.ts === 'string' ? Date.parse(event.ts) : Number.NaN;
  if (!Number.isFinite(ts)) return { expiresAt: Number.POSITIVE_INFINITY, basis: 'the event time does not parse: kept' };
  const regimes = Array.isArray(event.compliance?.regimes) ? event.compliance.regimes : [];
  const classes = Array.isArray(event.data?.classes) ? event.data.classes : [];
  let best: RetentionDecision | undefined;
  for (const rule of policy.rules) {
    if (!ruleMatches(rule, regimes, classes)) continue;
    const expiresAt = addPeriod(ts, rule.months, rule.days);
    if (!best || expiresAt > best.expiresAt) best = { expiresAt, basis: rule.basis };
  }
  best ??= { expiresAt: addPeriod(ts, policy.default.months, policy.default.days), basis: policy.default.basis };
  const declared = event.compliance?.retentionDays;
  if (typeof declared === 'number' && Number.isFinite(declared) && declared >= 0) {
    const floor = Math.max(ts + declared * 86_400_000, addPeriod(ts, ...daysAsCalendar(declared)));
    if (floor > best.expiresAt) best = { expiresAt: floor, basis: `compliance.retentionDays ${declared} recorded with the event` };
  }
  return best;
}

/**
 * `compliance.retentionDays` as calendar time, like the table: each 365 days is a year (12
 * months) and a remaining 183 days or more is half a year (6 months), the rest days. So the
 * classifier's 2190 days (HIPAA) is 6 calendar years and 183 (EU AI Act) is 6 months; the floor
 * used is the later of this and the plain day count.
 */
function daysAsCalendar(days: number): [number, number] {
  const years = Math.floor(days / 365);
  const rest = days - years * 365;
  return rest >= 183 ? [years * 12 + 6, rest - 183] : [years * 12, rest];
}

/**
 * Minimums regulations set for classes a policy covers (docs/RETENTION.md): a policy that gives
 * such events less is refused unless allowed (`--allow-below-minimum`).
 */
export const REGULATORY_MINIMUMS: ReadonlyArray<{ regime: string; dataClass?: string; months: number; source: string }> = [
  { regime: 'hipaa', dataClass: 'phi', months: 72, source: 'HIPAA 45 CFR 164.316(b)(2)(i): 6 years' },
  { regime: 'eu-ai-act', months: 6, source: 'EU AI Act Art. 19(1) / 26(6): at least 6 months' },
];

/**
 * The regulatory minimums (`REGULATORY_MINIMUMS`) a policy undercuts: for each, an event of that
 * regime (and data class) alone, with no recorded retentionDays, must be kept at least that long.
 * Returns one message per minimum undercut (empty when none).
 */
export function retentionBelowMinimums(policy: RetentionPolicy): string[] {
  const out: string[] = [];
  for (const min of REGULATORY_MINIMUMS) {
    // Two start dates: month lengths differ, so a days-only rule can fall short from one only.
    for (const ts of ['2020-01-01T00:00:00.000Z', '2020-07-31T00:00:00.000Z']) {
      const event = { ts, compliance: { regimes: [min.regime] }, ...(min.dataClass ? { data: { classes: [min.dataClass] } } : {}) } as Parameters<typeof retentionOf>[0];
      const got = retentionOf(event, policy);
      if (got.expiresAt >= addPeriod(Date.parse(ts), min.months)) continue;
      out.push(`${min.dataClass ? `${min.dataClass} (${min.regime})` : min.regime} events would be kept until ${new Date(got.expiresAt).toISOString().slice(0, 10)} from ${ts.slice(0, 10)} (${got.basis}), less than the ${min.months} months of ${min.source}`);
      break;
    }
  }
  return out;
}

function checkRule(rule: unknown, where: string): RetentionRule {
  const r = rule as Partial<RetentionRule> | null;
  const bad = (what: string): never => {
    throw new AuditError({ code: 'invalid_options', message: `retention policy ${where}: ${what}` });
  };
  if (r === null || typeof r !== 'object' || Array.isArray(r)) return bad('not an object');
  for (const key of Object.keys(r)) if (!['regime', 'dataClass', 'months', 'days', 'basis'].includes(key)) bad(`unknown key ${JSON.stringify(key)}`);
  for (const key of ['months', 'days'] as const) {
    const v = r[key];
    if (v !== undefined && (!Number.isInteger(v) || (v as number) < 0 || (v as number) > 12_000)) bad(`${key} must be a whole number from 0 to 12000`);
  }
  if (r.months === undefined && r.days === undefined) bad('needs months or days');
  for (const key of ['regime', 'dataClass', 'basis'] as const) if (r[key] !== undefined && (typeof r[key] !== 'string' || r[key] === '')) bad(`${key} must be a non-empty string`);
  return { ...r, basis: r.basis ?? `${where} of the policy file` } as RetentionRule;
}

/**
 * Merges overrides over the defaults: a rule with the same `regime` and `dataClass` as a default
 * replaces it, others are added; `default` replaces the default rule. With `replace: true` the
 * given rules are the whole table. Throws AuditError `invalid_options` naming the bad entry.
 *
 * @example
 * ```ts
 * mergeRetentionPolicy({ default: { months: 24, basis: 'our policy RP-7' }, rules: [{ regime: 'soc2', months: 24, basis: 'RP-7' }] });
 * ```
 */
export function mergeRetentionPolicy(overrides: { rules?: readonly RetentionRule[]; default?: RetentionRule; replace?: boolean } | undefined, base: RetentionPolicy = DEFAULT_RETENTION_POLICY): RetentionPolicy {
  if (overrides === undefined) return base;
  if (overrides === null || typeof overrides !== 'object' || Array.isArray(overrides)) throw new AuditError({ code: 'invalid_options', message: 'retention policy: expected an object { rules?, default?, replace? }' });
  for (const key of Object.keys(overrides)) if (!['rules', 'default', 'replace'].includes(key)) throw new AuditError({ code: 'invalid_options', message: `retention policy: unknown key ${JSON.stringify(key)}` });
  if (overrides.rules !== undefined && !Array.isArray(overrides.rules)) throw new AuditError({ code: 'invalid_options', message: 'retention policy: rules must be an array' });
  const given = (overrides.rules ?? []).map((rule, i) => checkRule(rule, `rules[${i}]`));
  for (const [i, rule] of given.entries()) if (rule.regime === undefined && rule.dataClass === undefined) throw new AuditError({ code: 'invalid_options', message: `retention policy rules[${i}]: needs regime or dataClass (use "default" for the rest)` });
  const key = (r: RetentionRule) => `${r.regime ?? ''}\u0000${r.dataClass ?? ''}`;
  const kept = overrides.replace ? [] : base.rules.filter((r) => !given.some((g) => key(g) === key(r)));
  return { rules: [...kept, ...given], default: overrides.default !== undefined ? checkRule(overrides.default, 'default') : base.default };
}

/**
 * Reads a policy file (JSON: `{ rules?, default?, replace? }`) and merges it over the defaults.
 * Throws AuditError `invalid_options` for a bad file, and `policy_below_minimum` for a policy
 * that keeps PHI less than 6 years or EU AI Act logs less than 6 months (`retentionBelowMinimums`)
 * unless `allowBelowMinimum`.
 */
export function loadRetentionPolicy(file: string | undefined, options: { allowBelowMinimum?: boolean } = {}): RetentionPolicy {
  if (file === undefined) return DEFAULT_RETENTION_POLICY;
  const policy = readPolicyFile(file);
  const below = retentionBelowMinimums(policy);
  if (below.length > 0 && !options.allowBelowMinimum) throw new AuditError({ code: 'policy_below_minimum', message: `retention policy ${file} is below a regulatory minimum: ${below.join('; ')}. Fix the policy, or pass --allow-below-minimum if another rule applies (the compliance.retentionDays recorded with each event still applies)` });
  return policy;
}

function readPolicyFile(file: string): RetentionPolicy {
  let text: string;
  try {
    text = readSmallFile(file, 1024 * 1024);
  } catch (error) {
    throw new AuditError({ code: 'invalid_options', message: `cannot read the retention policy ${file}: ${(error as Error).message}` });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new AuditError({ code: 'invalid_options', message: `retention policy ${file} is not JSON` });
  }
  return mergeRetentionPolicy(parsed as Parameters<typeof mergeRetentionPolicy>[0]);
}
