import type { RecordInput } from '../spec/event.js';
import type { Alert } from './monitor.js';

/**
 * The `alert.raised` event that records an alert in a ledger (chained and signed like any other
 * event): `decision.policy` is the rule id, `attrs.alert` the whole alert (rule, window, the
 * triggering event ids, counts), `outcome` is `success`. Record it with `auditor.record()`.
 *
 * @example
 * ```ts
 * const monitor = createMonitor({ rules: DEFAULT_RULES, onAlert: (alert) => { auditor.record(alertRecord(alert)); } });
 * ```
 */
export function alertRecord(alert: Alert): RecordInput {
  return {
    type: 'alert.raised',
    outcome: 'success',
    decision: { action: alert.action ?? 'alert', policy: alert.rule, reason: alert.summary },
    // Ids and counts only: an alert never copies event content into the alerts stream.
    attrs: { alert: { ...alert } },
  };
}
