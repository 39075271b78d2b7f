// The monitor: evaluates rules over events as they arrive, in event time, so a live ledger and a
// replay of the same ledger raise the same alerts. Every rule keeps bounded per-key state.
import type { AuditEvent, Sensitivity } from '../spec/event.js';
import { callHostHandler } from '../internal/host-handler.js';
import { requireOptions } from '../internal/options.js';
import { parseDuration, validateRules, type Rule, type RuleInput, type RuleKind, type RuleMatch } from './rules.js';

/** The most event ids an alert carries (the most recent ones of its window). */
export const MAX_ALERT_EVENT_IDS = 50;

/** An alert: what a rule saw, over which window, and which events made it fire. */
export interface Alert {
  /** Rule id. */
  rule: string;
  kind: RuleKind;
  severity: 'info' | 'warning' | 'critical';
  /** One sentence for a human. */
  summary: string;
  /** What the rule grouped by, with its value (`{ by: 'agent', value: 'claims-bot' }`), plus tool or resource when the rule is about one. */
  key: { by: string; value: string; tool?: string; resource?: string };
  /** The agent concerned, when there is one (the target of a `pause` action). */
  agent?: string;
  /** `agent.region` of the event that triggered the alert, when it has one (docs/REGIONS.md). */
  region?: string;
  /** Event-time window the rule looked at (RFC 3339). */
  window: { from: string; to: string };
  /** Ids of the triggering events, oldest first (at most {@link MAX_ALERT_EVENT_IDS}; the last one triggered). */
  eventIds: string[];
  /** How many events the window held (may exceed `eventIds.length`). */
  count: number;
  /** Measured values (ratio, baseline, lag…), by name. */
  measured?: Record<string, number>;
  /** Alerts of this rule and key suppressed by the cooldown since the previous one. */
  suppressed: number;
  action?: 'pause';
  /** For `ledger_health`: which check failed (`chain_break`, `gap`, `recover`, `verify_failure`, `record_collision`, `shipper_lag`). */
  check?: string;
}

/** A ledger-health observation that does not come from an event (verification, shipping). */
export interface HealthSignal {
  /**
   * `verify_failure`: verification failed, or a line of a segment is not a JSON event;
   * `record_collision`: the stream the monitor records its alerts in holds events it did not write;
   * `shipper_lag`: a sink is behind.
   */
  check: 'verify_failure' | 'record_collision' | 'shipper_lag';
  /** Event time of what was found (the failing event's `ts`), else when it was observed (RFC 3339); defaults to now. */
  ts?: string;
  /** Stream concerned, if any. */
  stream?: string;
  /** Ids of the events concerned (the event verification failed at), if known. */
  eventIds?: string[];
  /** Seq of the event concerned, if known (goes to `measured.seq`). */
  seq?: number;
  message: string;
  /** For `shipper_lag`: events recorded but not yet shipped. */
  lag?: number;
}

export interface MonitorOptions {
  /** Validated rules (`parseRules`, `validateRules`, `DEFAULT_RULES`) or rules as written. */
  rules: readonly (Rule | RuleInput)[];
  /** Receives each alert. May return a promise; a rejection goes to `onError`, never to the caller. */
  onAlert: (alert: Alert) => void | Promise<void>;
  /** Errors of `onAlert` and events the monitor cannot read. Defaults to writing to stderr. */
  onError?: (error: unknown) => void;
}

export interface MonitorStats {
  events: number;
  alerts: number;
  /** Alerts held back by a rule's cooldown. */
  suppressed: number;
  /** Events skipped because their `ts` does not parse. */
  unreadable: number;
}

/** A running monitor. */
export interface Monitor {
  /** Evaluates one event (events should come in time order per stream); returns the alerts it raised. Never throws. */
  push(event: AuditEvent): Alert[];
  /** Reports a ledger-health observation (verification failure, shipper lag). */
  signal(signal: HealthSignal): Alert[];
  stats(): MonitorStats;
  /** The validated rules in use. */
  readonly rules: readonly Rule[];
}

const SENSITIVITY_RANK: Record<Sensitivity, number> = { public: 0, internal: 1, confidential: 2, restricted: 3 };
const DEFAULT_DENIAL_TYPES = new Set(['policy.deny', 'permission.denied', 'approval.deny']);

function globTest(patterns: readonly string[]): (value: string | undefined) => boolean {
  const exact = new Set<string>();
  const regexes: RegExp[] = [];
  for (const p of patterns) {
    if (p.includes('*')) regexes.push(new RegExp(`^${p.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`));
    else exact.add(p);
  }
  return (value) => value !== undefined && (exact.has(value) || regexes.some((r) => r.test(value)));
}

/** Compiles a match block to a predicate. */
export function compileMatch(match: RuleMatch): (event: AuditEvent) => boolean {
  const tests: Array<(e: AuditEvent) => boolean> = [];
  if (match.type) {
    const t = globTest(match.type);
    tests.push((e) => t(e.type));
  }
  if (match.outcome) {
    const t = new Set(match.outcome);
    tests.push((e) => t.has(e.outcome));
  }
  if (match.tool) {
    const t = globTest(match.tool);
    tests.push((e) => t(e.tool?.name));
  }
  if (match.agent) {
    const t = globTest(match.agent);
    tests.push((e) => t(e.agent.id));
  }
  if (match.source) {
    const t = globTest(match.source);
    tests.push((e) => t(e.source));
  }
  if (match.classes) {
    const t = new Set(match.classes);
    tests.push((e) => e.data?.classes.some((c) => t.has(c)) === true);
  }
  if (match.minSensitivity) {
    const min = SENSITIVITY_RANK[match.minSensitivity];
    tests.push((e) => e.data !== undefined && SENSITIVITY_RANK[e.data.sensitivity] >= min);
  }
  if (tests.length === 0) return () => true;
  if (tests.length === 1) return tests[0] as (e: AuditEvent) => boolean;
  return (e) => tests.every((t) => t(e));
}

function keyOf(event: AuditEvent, by: 'agent' | 'actor' | 'session' | 'stream'): string | undefined {
  switch (by) {
    case 'agent':
      return event.agent.id;
    case 'actor':
      return event.actor?.id;
    case 'session':
      return event.session;
    case 'stream':
      return event.stream;
  }
}

/** A time-ordered window of (time, id) pairs with amortised O(1) pruning. */
class Window {
  times: number[] = [];
  ids: string[] = [];
  flags: boolean[] = [];
  head = 0;
  failures = 0;
  add(t: number, id: string, flag = false): void {
    this.times.push(t);
    this.ids.push(id);
    this.flags.push(flag);
    if (flag) this.failures++;
  }
  prune(from: number): void {
    while (this.head < this.times.length && (this.times[this.head] as number) < from) {
      if (this.flags[this.head]) this.failures--;
      this.head++;
    }
    if (this.head > 1024 && this.head * 2 > this.times.length) {
      this.times = this.times.slice(this.head);
      this.ids = this.ids.slice(this.head);
      this.flags = this.flags.slice(this.head);
      this.head = 0;
    }
  }
  get size(): number {
    return this.times.length - this.head;
  }
  first(): number {
    return this.times[this.head] as number;
  }
  recentIds(onlyFlagged = false): string[] {
    const out: string[] = [];
    for (let i = this.times.length - 1; i >= this.head && out.length < MAX_ALERT_EVENT_IDS; i--) if (!onlyFlagged || this.flags[i]) out.push(this.ids[i] as string);
    return out.reverse();
  }
  /** The alert's window, triggering ids and count, read from the window; then the window restarts. */
  take(to: string, onlyFlagged = false): { window: { from: string; to: string }; eventIds: string[]; count: number } {
    const taken = { window: { from: iso(this.first()), to }, eventIds: this.recentIds(onlyFlagged), count: this.size };
    this.clear();
    return taken;
  }
  clear(): void {
    this.times = [];
    this.ids = [];
    this.flags = [];
    this.head = 0;
    this.failures = 0;
  }
}

const iso = (ms: number): string => new Date(ms).toISOString();

type Evaluator = (event: AuditEvent, t: number) => Omit<Alert, 'rule' | 'kind' | 'severity' | 'suppressed' | 'action'> | undefined;

function windowed<T>(map: Map<string, T>, key: string, make: () => T): T {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

function isFailure(event: AuditEvent): boolean {
  return event.outcome === 'failure' || event.type.endsWith('.error');
}

function evaluator(rule: Rule): { evaluate: Evaluator; signal?: (s: HealthSignal, t: number) => ReturnType<Evaluator> } {
  switch (rule.kind) {
    case 'rate':
    case 'denials': {
      const matches = rule.kind === 'rate' ? compileMatch(rule.match) : rule.match ? compileMatch(rule.match) : (e: AuditEvent) => DEFAULT_DENIAL_TYPES.has(e.type) || e.outcome === 'denied';
      const span = parseDuration(rule.window);
      const windows = new Map<string, Window>();
      return {
        evaluate(event, t) {
          if (!matches(event)) return undefined;
          const value = keyOf(event, rule.by);
          if (value === undefined) return undefined;
          const w = windowed(windows, value, () => new Window());
          w.prune(t - span + 1);
          w.add(t, event.id);
          if (w.size < rule.count) return undefined;
          return {
            summary: rule.kind === 'rate' ? `${w.size} matching events from ${rule.by} ${value} within ${rule.window}` : `${w.size} denials for ${rule.by} ${value} within ${rule.window}`,
            key: { by: rule.by, value },
            ...(event.agent.id ? { agent: event.agent.id } : {}),
            ...w.take(event.ts),
          };
        },
      };
    }
    case 'baseline_ratio': {
      const matches = compileMatch(rule.match);
      const span = parseDuration(rule.window);
      const baseline = parseDuration(rule.baseline);
      const state = new Map<string, { w: Window; firstSeen: number; buckets: Map<number, number> }>();
      return {
        evaluate(event, t) {
          if (!matches(event)) return undefined;
          const value = keyOf(event, rule.by);
          if (value === undefined) return undefined;
          const s = windowed(state, value, () => ({ w: new Window(), firstSeen: t, buckets: new Map<number, number>() }));
          s.w.prune(t - span + 1);
          s.w.add(t, event.id);
          const bucket = Math.floor(t / span);
          s.buckets.set(bucket, (s.buckets.get(bucket) ?? 0) + 1);
          // Buckets older than the baseline are forgotten.
          const oldest = Math.floor((t - span - baseline) / span);
          if (s.buckets.size > Math.ceil(baseline / span) + 4) for (const b of s.buckets.keys()) if (b < oldest) s.buckets.delete(b);
          // Quiet until a whole baseline lies before the current window.
          if (t - s.firstSeen < baseline + span || s.w.size < rule.minCount) return undefined;
          let previous = 0;
          let active = 0;
          const current = Math.floor((t - span) / span);
          const slots = Math.floor(baseline / span);
          for (const [b, n] of s.buckets) {
            if (b < current && b >= current - slots && n > 0) {
              previous += n;
              active++;
            }
          }
          // The baseline is the agent's rate while it works (idle nights do not count), and it must
          // cover at least half the baseline: the first minutes of a working day say nothing.
          if (active * 2 < slots || previous < rule.minCount) return undefined;
          const expected = Math.max(1, previous / active);
          const ratio = s.w.size / expected;
          if (ratio < rule.ratio) return undefined;
          return {
            summary: `${rule.by} ${value}: ${s.w.size} events in ${rule.window}, ${ratio.toFixed(1)}x its trailing ${rule.baseline} baseline (${expected.toFixed(1)} expected)`,
            key: { by: rule.by, value },
            agent: event.agent.id,
            window: { from: iso(s.w.first()), to: event.ts },
            eventIds: s.w.recentIds(),
            count: s.w.size,
            measured: { ratio, expected, baselineCount: previous },
          };
        },
      };
    }
    case 'failure_ratio': {
      const matches = compileMatch(rule.match);
      const span = parseDuration(rule.window);
      const windows = new Map<string, Window>();
      return {
        evaluate(event, t) {
          if (!matches(event)) return undefined;
          const value = keyOf(event, rule.by);
          if (value === undefined) return undefined;
          const w = windowed(windows, value, () => new Window());
          w.prune(t - span + 1);
          w.add(t, event.id, isFailure(event));
          if (w.size < rule.minCount) return undefined;
          const ratio = w.failures / w.size;
          if (ratio < rule.ratio) return undefined;
          return {
            summary: `${rule.by} ${value}: ${w.failures} of ${w.size} failed within ${rule.window} (${Math.round(ratio * 100)}%)`,
            key: { by: rule.by, value },
            agent: event.agent.id,
            measured: { ratio, failures: w.failures },
            ...w.take(event.ts, true),
          };
        },
      };
    }
    case 'repeated_failure': {
      const matches = compileMatch(rule.match);
      const span = parseDuration(rule.window);
      const windows = new Map<string, Window>();
      return {
        evaluate(event, t) {
          if (!matches(event) || !isFailure(event)) return undefined;
          const value = keyOf(event, rule.by);
          const tool = event.tool?.name;
          if (value === undefined || tool === undefined) return undefined;
          const w = windowed(windows, `${value}\u0000${tool}`, () => new Window());
          w.prune(t - span + 1);
          w.add(t, event.id);
          if (w.size < rule.count) return undefined;
          return {
            summary: `tool ${tool} failed ${w.size} times for ${rule.by} ${value} within ${rule.window}`,
            key: { by: rule.by, value, tool },
            agent: event.agent.id,
            ...w.take(event.ts),
          };
        },
      };
    }
    case 'out_of_scope': {
      const matches = compileMatch(rule.match);
      const baseline = rule.baseline === undefined ? undefined : parseDuration(rule.baseline);
      const allow = rule.allow ? new Map(Object.entries(rule.allow).map(([agent, names]) => [agent, globTest(names)])) : undefined;
      const seen = new Map<string, { firstSeen: number; names: Map<string, number> }>();
      return {
        evaluate(event, t) {
          if (!matches(event)) return undefined;
          const name = rule.field === 'tool' ? event.tool?.name : event.resource ? `${event.resource.type}:${event.resource.id}` : undefined;
          if (name === undefined) return undefined;
          const agent = event.agent.id;
          const allowed = allow?.get(agent) ?? allow?.get('*');
          let why: string | undefined;
          if (allowed) {
            if (!allowed(name)) why = `not on the allow list of agent ${agent}`;
          } else if (baseline !== undefined) {
            const s = windowed(seen, agent, () => ({ firstSeen: t, names: new Map<string, number>() }));
            const last = s.names.get(name);
            s.names.set(name, t);
            const learning = t - s.firstSeen < baseline;
            if (!learning && (last === undefined || t - last > baseline)) why = `never used by agent ${agent} in its trailing ${rule.baseline}`;
          }
          if (why === undefined) return undefined;
          return {
            summary: `${rule.field} ${name} out of scope: ${why}`,
            key: { by: 'agent', value: agent, ...(rule.field === 'tool' ? { tool: name } : { resource: name }) },
            agent,
            window: { from: event.ts, to: event.ts },
            eventIds: [event.id],
            count: 1,
          };
        },
      };
    }
    case 'time_window': {
      const matches = compileMatch(rule.match);
      const format = new Intl.DateTimeFormat('en-US', { timeZone: rule.timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
      const days = new Set(rule.days);
      const toMinutes = (hm: string) => Number(hm.slice(0, 2)) * 60 + Number(hm.slice(3, 5));
      const start = toMinutes(rule.hours.start);
      const end = toMinutes(rule.hours.end);
      let cachedMinute = -1;
      let cachedInside = true;
      const inside = (t: number): boolean => {
        const minute = Math.floor(t / 60_000);
        if (minute === cachedMinute) return cachedInside;
        const parts = format.formatToParts(new Date(t));
        const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
        const day = get('weekday').toLowerCase().slice(0, 3);
        const m = Number(get('hour')) * 60 + Number(get('minute'));
        cachedMinute = minute;
        cachedInside = days.has(day as 'mon') && (start <= end ? m >= start && m < end : m >= start || m < end);
        return cachedInside;
      };
      return {
        evaluate(event, t) {
          if (!matches(event) || inside(t)) return undefined;
          const value = keyOf(event, rule.by) ?? event.agent.id;
          return {
            summary: `${event.data?.sensitivity ?? 'matching'} data (${(event.data?.classes ?? []).join(', ') || 'no class'}) accessed by ${rule.by} ${value} outside business hours (${rule.days.join(',')} ${rule.hours.start}-${rule.hours.end} ${rule.timeZone})`,
            key: { by: rule.by, value },
            agent: event.agent.id,
            window: { from: event.ts, to: event.ts },
            eventIds: [event.id],
            count: 1,
          };
        },
      };
    }
    case 'ledger_health': {
      const checks = new Set(rule.checks);
      const heads = new Map<string, { seq: number; hash: string }>();
      const typeCheck: Record<string, 'chain_break' | 'gap' | 'recover'> = { 'ledger.chain_break': 'chain_break', 'ledger.gap': 'gap', 'ledger.recover': 'recover' };
      const one = (event: AuditEvent, check: string, summary: string) => ({
        summary,
        key: { by: 'stream', value: event.stream },
        window: { from: event.ts, to: event.ts },
        eventIds: [event.id],
        count: 1,
        measured: { seq: event.seq },
        check,
      });
      return {
        evaluate(event) {
          const previous = heads.get(event.stream);
          heads.set(event.stream, { seq: event.seq, hash: event.hash });
          const recorded = typeCheck[event.type];
          if (recorded !== undefined && checks.has(recorded)) return one(event, recorded, `the ledger recorded ${event.type} in stream ${event.stream} at seq ${event.seq}`);
          // The watcher sees every event of a stream in order: a seq that skips or a prev that
          // does not name the previous hash is a break it can see without re-hashing.
          if (previous !== undefined && checks.has('chain_break') && (event.seq !== previous.seq + 1 || event.prev !== previous.hash)) {
            return one(event, 'chain_break', event.seq !== previous.seq + 1 ? `stream ${event.stream}: seq ${event.seq} follows seq ${previous.seq}` : `stream ${event.stream}: seq ${event.seq} does not chain to the previous event's hash`);
          }
          return undefined;
        },
        signal(s, t) {
          if (!checks.has(s.check)) return undefined;
          if (s.check === 'shipper_lag' && !((s.lag ?? 0) > rule.maxLag)) return undefined;
          const ts = s.ts !== undefined && Number.isFinite(Date.parse(s.ts)) ? s.ts : iso(t);
          return {
            summary: s.message,
            key: { by: 'stream', value: s.stream ?? '*' },
            window: { from: ts, to: ts },
            eventIds: s.eventIds ? s.eventIds.slice(-MAX_ALERT_EVENT_IDS) : [],
            count: 1,
            check: s.check,
            ...(s.lag !== undefined || s.seq !== undefined ? { measured: { ...(s.lag !== undefined ? { lag: s.lag } : {}), ...(s.seq !== undefined ? { seq: s.seq } : {}) } } : {}),
          };
        },
      };
    }
  }
}

/**
 * Creates a monitor that evaluates `rules` over events pushed to it, in event time (`ts`), and
 * calls `onAlert` for each alert. Alerts of one rule and key are de-duplicated: after one, the
 * next is held back for the rule's `cooldown` and counted (`suppressed` on the next alert and in
 * `stats()`). `alert.*` events (`alert.raised`, `alert.delivered`, `alert.delivery_failed`) are
 * not evaluated (an alert never feeds the monitor), except by `ledger_health`. Nothing here throws into the caller: errors go to `onError`.
 * Throws a `RulesError` at creation when the rules do not validate.
 *
 * @example
 * ```ts
 * const monitor = createMonitor({ rules: DEFAULT_RULES, onAlert: (alert) => console.log(JSON.stringify(alert)) });
 * for await (const event of queryLedger('./audit')) monitor.push(event);
 * ```
 */
export function createMonitor(options: MonitorOptions): Monitor {
  requireOptions('createMonitor', options, 'options { rules, onAlert }');
  const rules = validateRules(options.rules as RuleInput[]).filter((r) => r.enabled);
  // The host's onError (a throw, or a promise that rejects) never reaches push().
  const hostOnError = options.onError;
  const onError = hostOnError ? (error: unknown): void => callHostHandler(hostOnError, error) : (error: unknown): void => void process.stderr.write(`agent-audit monitor: ${error instanceof Error ? error.message : String(error)}\n`);
  const compiled = rules.map((rule) => ({ rule, cooldown: parseDuration(rule.cooldown), ...evaluator(rule), last: new Map<string, { at: number; suppressed: number }>() }));
  const stats: MonitorStats = { events: 0, alerts: 0, suppressed: 0, unreadable: 0 };

  const emit = (entry: (typeof compiled)[number], body: NonNullable<ReturnType<Evaluator>>, t: number, out: Alert[], region?: unknown): void => {
    // A ledger-health check never holds back another check (a chain break does not hide a malformed line).
    const dedupKey = `${body.key.by}\u0000${body.key.value}\u0000${body.key.tool ?? ''}\u0000${body.key.resource ?? ''}\u0000${body.check ?? ''}`;
    const last = entry.last.get(dedupKey);
    if (last !== undefined && t - last.at < entry.cooldown) {
      last.suppressed++;
      stats.suppressed++;
      return;
    }
    const alert: Alert = {
      rule: entry.rule.id, kind: entry.rule.kind, severity: entry.rule.severity, ...body, ...(typeof region === 'string' ? { region } : {}),
      suppressed: last?.suppressed ?? 0, ...(entry.rule.action ? { action: entry.rule.action } : {}),
    };
    entry.last.set(dedupKey, { at: t, suppressed: 0 });
    stats.alerts++;
    out.push(alert);
    try {
      const result = options.onAlert(alert);
      if (result && typeof (result as Promise<void>).then === 'function') (result as Promise<void>).then(undefined, onError);
    } catch (error) {
      onError(error);
    }
  };

  return {
    rules,
    push(event) {
      const out: Alert[] = [];
      try {
        stats.events++;
        const t = Date.parse(event.ts);
        if (!Number.isFinite(t)) {
          stats.unreadable++;
          onError(new Error(`event ${String(event.id)} has no readable ts; not evaluated`));
          return out;
        }
        // The monitor's own records (alert.raised, alert.delivered, alert.delivery_failed) never feed its rules.
        const isAlert = event.type.startsWith('alert.');
        for (const entry of compiled) {
          if (isAlert && entry.rule.kind !== 'ledger_health') continue;
          const body = entry.evaluate(event, t);
          if (body !== undefined) emit(entry, body, t, out, (event.agent as { region?: unknown } | undefined)?.region);
        }
      } catch (error) {
        onError(error);
      }
      return out;
    },
    signal(s) {
      const out: Alert[] = [];
      try {
        const parsed = s.ts ? Date.parse(s.ts) : Number.NaN;
        const t = Number.isFinite(parsed) ? parsed : Date.now();
        for (const entry of compiled) {
          const body = entry.signal?.(s, t);
          if (body !== undefined) emit(entry, body, t, out);
        }
      } catch (error) {
        onError(error);
      }
      return out;
    },
    stats: () => ({ ...stats }),
  };
}
