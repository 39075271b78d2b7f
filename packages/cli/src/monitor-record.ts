// Who the monitor (`agent-audit watch`) records as, and how a reader tells its records from an
// agent's (docs/MONITORING.md, trust boundary of the record stream). Shared by the watch (which
// reads its own past records) and the web view (which lists alerts).

/** The monitor's `agent.id`. */
export const MONITOR_AGENT = 'agent-audit-monitor';
/** The monitor's `source`. */
export const MONITOR_SOURCE = 'agent-audit';
/** The monitor's record stream, in the folder of `--record-to`. */
export const RECORD_STREAM = 'alerts';

/**
 * True for an event written as the monitor: agent `agent-audit-monitor`, source `agent-audit`, in
 * the `alerts` stream. An agent that writes `alert.raised` into its own stream, or under another
 * agent id or source, is not the monitor. (An agent writing into `alerts` as the monitor with the
 * same key cannot be told apart: record elsewhere, docs/MONITORING.md.)
 */
export function isMonitorRecord(event: { agent?: { id?: unknown }; source?: unknown; stream?: unknown }): boolean {
  return event.agent?.id === MONITOR_AGENT && event.source === MONITOR_SOURCE && event.stream === RECORD_STREAM;
}
