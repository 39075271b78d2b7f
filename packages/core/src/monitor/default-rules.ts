import type { RuleInput } from './rules.js';

/**
 * The default rule set: one rule per signal of docs/MONITORING.md (rapid-fire actions, a rate
 * far above its baseline, a failure ratio above 30%, repeated failures of one tool, a tool
 * outside an agent's learnt scope, restricted data outside business hours, repeated denials,
 * ledger health). Thresholds are set so that ordinary traffic (the demo ledger, the normal
 * generated workload of the tests) raises nothing. Business hours are Mon-Fri 07:00-20:00 UTC:
 * copy the rule and set your own `timeZone` and `hours`.
 *
 * @example
 * ```ts
 * const monitor = createMonitor({ rules: [...DEFAULT_RULES, myRule], onAlert });
 * ```
 */
export const DEFAULT_RULES: readonly RuleInput[] = Object.freeze([
  { id: 'rapid-fire', kind: 'rate', description: '10 or more tool calls by one agent within a second', match: { type: 'tool.call' }, by: 'agent', count: 10, window: '1s', cooldown: '1m' },
  {
    id: 'rate-spike',
    kind: 'baseline_ratio',
    description: 'tool calls of an agent at 3x or more its rate over the active part of its trailing hour',
    match: { type: 'tool.call' },
    by: 'agent',
    window: '5m',
    baseline: '1h',
    ratio: 3,
    minCount: 30,
    cooldown: '15m',
  },
  { id: 'failure-ratio', kind: 'failure_ratio', description: 'more than 30% of tool results failing', match: { type: ['tool.result', 'tool.error'] }, by: 'agent', window: '5m', ratio: 0.3, minCount: 20, cooldown: '10m' },
  { id: 'tool-probing', kind: 'repeated_failure', description: 'the same tool failing 5 times within a minute (probing)', by: 'agent', count: 5, window: '1m', cooldown: '10m' },
  {
    id: 'out-of-scope-tool',
    kind: 'out_of_scope',
    description: 'a tool the agent has not used in its trailing 7 days (after its first 7 days)',
    match: { type: 'tool.call' },
    field: 'tool',
    baseline: '7d',
    cooldown: '1h',
  },
  {
    id: 'restricted-after-hours',
    kind: 'time_window',
    description: 'restricted data touched outside business hours',
    match: { type: ['tool.call', 'tool.result', 'data.access', 'data.modify', 'resource.read', 'retrieval.result'], minSensitivity: 'restricted' },
    by: 'agent',
    timeZone: 'UTC',
    days: ['mon', 'tue', 'wed', 'thu', 'fri'],
    hours: { start: '07:00', end: '20:00' },
    cooldown: '1h',
  },
  { id: 'denials', kind: 'denials', description: '3 or more denials (policy, permission, approval) within 10 minutes', by: 'agent', count: 3, window: '10m', severity: 'critical', cooldown: '10m' },
  { id: 'ledger-health', kind: 'ledger_health', description: 'chain break, gap, verification failure, a sink more than 10,000 events behind', severity: 'critical', cooldown: '1m' },
] satisfies RuleInput[]);
