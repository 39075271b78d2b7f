import { readShipStatus, type ShipStatusReport } from '@agent-audit/core';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, describeError, parseTargetCommand, type CliIO } from '../io.js';

const USAGE = `usage: agent-audit status <dir> [--cursor-dir <path>]... [--max-lag N] [--json]
  shipping status of a ledger folder: per sink and stream, events shipped, ledger head and lag,
  and the shipper's last reported retries, error and circuit breaker state.
  exit 0: ok; 1: a stream is halted (its chain does not verify) or lag exceeds --max-lag; 2: usage or I/O error`;

function age(iso: string | undefined): string {
  if (!iso) return 'never';
  const seconds = Math.max(0, Math.round((Date.now() - Date.parse(iso)) / 1000));
  return seconds < 120 ? `${seconds}s ago` : seconds < 7200 ? `${Math.round(seconds / 60)}m ago` : `${Math.round(seconds / 3600)}h ago`;
}

/**
 * `agent-audit status <dir>`: where shipping from a ledger folder stands.
 *
 * @example
 * ```ts
 * process.exitCode = await statusCommand(['./audit', '--max-lag', '10000'], { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env });
 * ```
 */
export async function statusCommand(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseTargetCommand(argv, { 'cursor-dir': { type: 'string', multiple: true }, 'max-lag': { type: 'string' }, json: { type: 'boolean' } } as const, USAGE, io);
  if (typeof parsed === 'number') return parsed;
  const { values, target: dir } = parsed;
  let maxLag: number | undefined;
  if (values['max-lag'] !== undefined) {
    maxLag = Number(values['max-lag']);
    if (!Number.isSafeInteger(maxLag) || maxLag < 0) {
      io.stderr.write(`agent-audit status: --max-lag must be a non-negative integer\n`);
      return EXIT_USAGE;
    }
  }
  let reports: ShipStatusReport[];
  try {
    reports = await readShipStatus(dir, values['cursor-dir'] ? { cursorDirs: values['cursor-dir'] } : {});
  } catch (error) {
    io.stderr.write(`agent-audit status: ${describeError(error)}\n`);
    return EXIT_USAGE;
  }
  const halted = reports.some((r) => r.streams.some((s) => s.halted));
  const overLag = maxLag !== undefined && reports.some((r) => r.lag > maxLag);
  if (values.json) {
    io.stdout.write(JSON.stringify({ dir, sinks: reports }) + '\n');
  } else if (reports.length === 0) {
    io.stdout.write(`no shipping configured for ${dir} (no cursor folders under ${dir}/.ship)\n`);
  } else {
    for (const report of reports) {
      const r = report.reported;
      io.stdout.write(`sink ${report.sink}: lag ${report.lag} event(s)`);
      if (r) {
        io.stdout.write(`, breaker ${r.breaker}, retries ${r.retries}, last shipped ${age(r.lastShipAt)}, shipper ${r.state}${r.pid ? ` (pid ${r.pid})` : ''}, reported ${age(r.updatedAt)}\n`);
        if (r.lastError) io.stdout.write(`  last error ${age(r.lastError.at)}: ${r.lastError.message}\n`);
      } else {
        io.stdout.write(' (no status reported by a shipper yet)\n');
      }
      for (const s of report.streams) {
        io.stdout.write(`  ${s.stream}: shipped ${s.shipped} of ${s.head}, lag ${s.lag}${s.halted ? `, HALTED: ${s.halted}` : ''}\n`);
      }
    }
  }
  return halted || overLag ? EXIT_INVALID : EXIT_OK;
}
