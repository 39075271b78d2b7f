import { describe, expect, it } from 'vitest';
import { createMonitor, type Alert } from './monitor.js';
import { DEFAULT_RULES } from './default-rules.js';
import { parseRules, RulesError, validateRules } from './rules.js';
import { alertRecord } from './record.js';
import { normalWorkload, WorkloadWriter, WORKLOAD_START } from './workload.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function run(events: Iterable<Parameters<ReturnType<typeof createMonitor>['push']>[0]>, rules = DEFAULT_RULES) {
  const alerts: Alert[] = [];
  const monitor = createMonitor({ rules, onAlert: (alert) => void alerts.push(alert) });
  for (const event of events) monitor.push(event);
  return { alerts, monitor };
}

/** Ten normal days, then the scenario on day 10 (a Thursday) in business hours. */
let base: WorkloadWriter | undefined;
function scenario(script: (w: WorkloadWriter, at: number) => void): { alerts: Alert[]; scripted: Set<string> } {
  if (!base) {
    base = new WorkloadWriter();
    normalWorkload({ days: 10, writer: base });
  }
  const writer = base.fork();
  const normal = writer.events.length;
  script(writer, WORKLOAD_START + 10 * DAY + 10 * HOUR);
  const { alerts } = run(writer.events);
  return { alerts, scripted: new Set(writer.events.slice(normal).map((e) => e.id)) };
}

describe('default rules', () => {
  it('stay quiet on ten days of normal generated traffic', () => {
    const events = normalWorkload({ days: 10 });
    expect(events.length).toBeGreaterThan(20_000);
    const { alerts, monitor } = run(events);
    expect(alerts).toEqual([]);
    expect(monitor.stats().events).toBe(events.length);
  });

  const cases: Array<[string, (w: WorkloadWriter, at: number) => void]> = [
    ['rapid-fire', (w, at) => { for (let i = 0; i < 12; i++) w.add({ ts: at + i * 70, stream: 'claims-bot', type: 'tool.call', agent: 'claims-bot', tool: 'lookup_claim', outcome: 'pending' }); }],
    ['rate-spike', (w, at) => {
      // A retry loop: two hours at the usual 3 calls a minute, then 12 a minute for ten minutes.
      for (let t = at; t < at + 2 * HOUR; t += 20_000) w.add({ ts: t, stream: 'batch-bot', type: 'tool.call', agent: 'batch-bot', tool: 'query_customers', outcome: 'pending' });
      for (let t = at + 2 * HOUR; t < at + 2 * HOUR + 600_000; t += 5_000) w.add({ ts: t, stream: 'batch-bot', type: 'tool.call', agent: 'batch-bot', tool: 'query_customers', outcome: 'pending' });
    }],
    ['failure-ratio', (w, at) => {
      // 20 results in 4 minutes, 8 of them failed, each failure a different tool (not probing).
      for (let i = 0; i < 20; i++) w.add({ ts: at + i * 12_000, stream: 'flaky-bot', type: i % 5 < 2 ? 'tool.error' : 'tool.result', agent: 'flaky-bot', tool: `tool_${i}`, outcome: i % 5 < 2 ? 'failure' : 'success' });
    }],
    ['tool-probing', (w, at) => { for (let i = 0; i < 5; i++) w.add({ ts: at + i * 5_000, stream: 'probe-bot', type: 'tool.error', agent: 'probe-bot', tool: 'read_file', outcome: 'failure' }); }],
    ['out-of-scope-tool', (w, at) => { w.add({ ts: at, stream: 'claims-bot', type: 'tool.call', agent: 'claims-bot', tool: 'export_all_customers', outcome: 'pending' }); }],
    ['restricted-after-hours', (w, at) => { w.add({ ts: at + 13 * HOUR, stream: 'clinic-assistant', type: 'data.access', agent: 'clinic-assistant', sensitivity: 'restricted', classes: ['health'], resource: { type: 'patient', id: 'p-1' } }); }],
    ['denials', (w, at) => { for (let i = 0; i < 3; i++) w.add({ ts: at + i * 60_000, stream: 'bank-support', type: 'policy.deny', agent: 'bank-support', tool: 'transfer_funds', outcome: 'denied' }); }],
    ['ledger-health', (w, at) => {
      const e = w.add({ ts: at, stream: 'claims-bot', type: 'tool.call', agent: 'claims-bot', tool: 'lookup_claim', outcome: 'pending' });
      // The next event skips a seq: an event was removed from the stream.
      const next = w.add({ ts: at + 10, stream: 'claims-bot', type: 'tool.result', agent: 'claims-bot', tool: 'lookup_claim' });
      next.seq = e.seq + 2;
    }],
  ];

  for (const [rule, script] of cases) {
    it(`${rule}: raised by its scenario, and only that rule`, () => {
      const { alerts, scripted } = scenario(script);
      expect(alerts.map((a) => a.rule)).toEqual([rule]);
      const alert = alerts[0] as Alert;
      // The triggering event ids all point into the scenario, never into the normal traffic before it.
      expect(alert.eventIds.length).toBeGreaterThan(0);
      expect(alert.window.from <= alert.window.to).toBe(true);
      for (const id of alert.eventIds) expect(scripted.has(id)).toBe(true);
    });
  }

  // The other ways ledger-health sees a broken chain as events arrive.
  const health: Array<[string, string, (w: WorkloadWriter, at: number) => void]> = [
    ['a prev that does not name the previous hash', 'chain_break', (w, at) => {
      w.add({ ts: at, stream: 'claims-bot', type: 'tool.call', agent: 'claims-bot', tool: 'lookup_claim', outcome: 'pending' });
      const next = w.add({ ts: at + 10, stream: 'claims-bot', type: 'tool.result', agent: 'claims-bot', tool: 'lookup_claim' });
      next.prev = 'f'.repeat(64);
    }],
    ['a recorded ledger.gap (the writer found events missing)', 'gap', (w, at) => {
      w.add({ ts: at, stream: 'claims-bot', type: 'ledger.gap', agent: 'claims-bot', outcome: 'failure' });
    }],
    ['a recorded ledger.chain_break (the collector found a break)', 'chain_break', (w, at) => {
      w.add({ ts: at, stream: 'collector-central-host', type: 'ledger.chain_break', agent: 'agent-audit-collector', outcome: 'failure' });
    }],
  ];
  for (const [what, check, script] of health) {
    it(`ledger-health: raised by ${what}, and only that rule`, () => {
      const { alerts, scripted } = scenario(script);
      expect(alerts.map((a) => [a.rule, a.check])).toEqual([['ledger-health', check]]);
      for (const id of (alerts[0] as Alert).eventIds) expect(scripted.has(id)).toBe(true);
    });
  }

  it('ledger-health: a verification failure and a shipper 10,000+ events behind, not one a little behind', () => {
    const monitor = createMonitor({ rules: DEFAULT_RULES, onAlert: () => undefined });
    expect(monitor.signal({ check: 'shipper_lag', lag: 60, message: '60 events behind', stream: 'a' })).toEqual([]);
    expect(monitor.signal({ check: 'shipper_lag', lag: 20_000, message: '20000 events behind', stream: 'a' }).map((a) => [a.rule, a.check])).toEqual([['ledger-health', 'shipper_lag']]);
    expect(monitor.signal({ check: 'verify_failure', message: 'stream a: hash mismatch at seq 4', stream: 'b' }).map((a) => a.check)).toEqual(['verify_failure']);
  });
});

describe('createMonitor', () => {
  it('de-duplicates with a cooldown and counts what it held back', () => {
    const w = new WorkloadWriter();
    const at = WORKLOAD_START + 10 * HOUR;
    // Three bursts of 3 denials: at 0, +2 min (inside the 10 min cooldown) and +20 min.
    for (const offset of [0, 120_000, 1_200_000]) for (let i = 0; i < 3; i++) w.add({ ts: at + offset + i, stream: 's', type: 'policy.deny', agent: 'a', outcome: 'denied' });
    const { alerts, monitor } = run(w.events, [{ id: 'denials', kind: 'denials', count: 3, window: '1m', cooldown: '10m' }]);
    expect(alerts.map((a) => a.suppressed)).toEqual([0, 1]);
    expect(monitor.stats()).toMatchObject({ alerts: 2, suppressed: 1 });
    expect(alerts[0]?.eventIds).toEqual(w.events.slice(0, 3).map((e) => e.id));
  });

  it('out_of_scope with an allow list alerts from the first call', () => {
    const w = new WorkloadWriter();
    w.add({ ts: WORKLOAD_START, stream: 's', type: 'tool.call', agent: 'a', tool: 'read_file' });
    w.add({ ts: WORKLOAD_START + 1, stream: 's', type: 'tool.call', agent: 'a', tool: 'delete_file' });
    const { alerts } = run(w.events, [{ id: 'scope', kind: 'out_of_scope', allow: { a: ['read_*'] } }]);
    expect(alerts.map((a) => a.key.tool)).toEqual(['delete_file']);
  });

  it('an onAlert that throws or rejects reaches onError, not the caller', async () => {
    const errors: unknown[] = [];
    const w = new WorkloadWriter();
    for (let i = 0; i < 2; i++) w.add({ ts: WORKLOAD_START + i, stream: 's', type: 'policy.deny', agent: 'a', outcome: 'denied' });
    const throwing = createMonitor({ rules: [{ id: 'd', kind: 'denials', count: 1, window: '1m', cooldown: '1ms' }], onAlert: () => { throw new Error('boom'); }, onError: (e) => errors.push(e) });
    const rejecting = createMonitor({ rules: [{ id: 'd', kind: 'denials', count: 1, window: '1m', cooldown: '1ms' }], onAlert: () => Promise.reject(new Error('later')), onError: (e) => errors.push(e) });
    for (const e of w.events) {
      expect(throwing.push(e)).toHaveLength(1);
      rejecting.push(e);
    }
    await new Promise((resolve) => setImmediate(resolve));
    expect(errors.map((e) => (e as Error).message)).toEqual(['boom', 'boom', 'later', 'later']);
  });

  it('does not evaluate alert.raised events (an alert never feeds the monitor)', () => {
    const w = new WorkloadWriter();
    for (let i = 0; i < 5; i++) w.add({ ts: WORKLOAD_START + i, stream: 'alerts', type: 'alert.raised', agent: 'agent-audit' });
    const { alerts } = run(w.events, [{ id: 'all', kind: 'rate', count: 1, window: '1s' }]);
    expect(alerts).toEqual([]);
  });

  it('alertRecord carries the rule, the window and the triggering ids', () => {
    const w = new WorkloadWriter();
    w.add({ ts: WORKLOAD_START, stream: 's', type: 'policy.deny', agent: 'a', outcome: 'denied' });
    const { alerts } = run(w.events, [{ id: 'd', kind: 'denials', count: 1, window: '1m' }]);
    const input = alertRecord(alerts[0] as Alert);
    expect(input.type).toBe('alert.raised');
    expect(input.decision?.policy).toBe('d');
    expect(input.attrs?.alert).toMatchObject({ rule: 'd', eventIds: [w.events[0]?.id], window: { from: w.events[0]?.ts, to: w.events[0]?.ts } });
  });
});

describe('rules files', () => {
  it('parses YAML with defaults applied', () => {
    const rules = parseRules('rules:\n  - id: burst\n    kind: rate\n    match: { type: tool.call }\n    count: 10\n    window: 1s\n');
    expect(rules).toEqual([expect.objectContaining({ id: 'burst', kind: 'rate', by: 'agent', cooldown: '5m', severity: 'warning', match: { type: ['tool.call'] } })]);
  });

  it('parses JSON the same way', () => {
    expect(parseRules(JSON.stringify({ rules: DEFAULT_RULES }))).toEqual(validateRules([...DEFAULT_RULES]));
  });

  it('names the line of each problem', () => {
    const text = ['rules:', '  - id: burst', '    kind: rate', '    count: 10', '    window: soon', '  - id: other', '    kind: nonsense'].join('\n');
    let error: unknown;
    try {
      parseRules(text, { file: 'rules.yaml' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RulesError);
    const issues = (error as RulesError).issues;
    expect(issues.find((i) => i.path === 'rules.0.window')?.line).toBe(5);
    expect(issues.some((i) => i.line === 7 || i.line === 6)).toBe(true);
    expect((error as Error).message).toMatch(/^rules\.yaml:5:\d+: rules\.0\.window: must be a duration/m);
  });

  it('names the line of a YAML syntax error', () => {
    expect(() => parseRules('rules:\n  - id: a\n    kind: [rate\n')).toThrow(/^rules:\d+:\d+:/);
    try {
      parseRules('rules:\n  - id: a\n  - id: a\n    kind: [rate\n', { file: 'r.yaml' });
    } catch (e) {
      expect((e as RulesError).issues[0]?.line).toBeGreaterThanOrEqual(4);
    }
  });

  it('refuses duplicate ids', () => {
    expect(() => validateRules([{ id: 'a', kind: 'denials', count: 1, window: '1m' }, { id: 'a', kind: 'denials', count: 2, window: '1m' }])).toThrow(/duplicate rule id "a"/);
  });
});
