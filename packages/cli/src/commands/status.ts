import { readShipStatus, scrubUrls, type ShipStatusReport } from '@agent-audit/core';
import { InvalidArgumentError, type Command } from 'commander';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, describeError, safe, type CliIO } from '../io.js';
import { collect, wire } from '../layer.js';
import { runRegistered } from './query.js';

function age(iso: string | undefined): string {
  if (!iso) return 'never';
  const seconds = Math.max(0, Math.round((Date.now() - Date.parse(iso)) / 1000));
  return seconds < 120 ? `${seconds}s ago` : seconds < 7200 ? `${Math.round(seconds / 60)}m ago` : `${Math.round(seconds / 3600)}h ago`;
}

function nonNegativeInteger(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) throw new InvalidArgumentError('must be a non-negative integer');
  return n;
}

/** Registers `agent-audit status <dir>`: where shipping from a ledger folder stands. */
export function registerStatus(program: Command, io: CliIO, state: { code: number }): void {
  wire(program.command('status').description('shipping status: lag, retries, last error per sink'), io)
    .argument('<dir>', 'ledger folder')
    .option('--cursor-dir <path>', 'a shipper cursor folder (repeatable; default every folder under <dir>/.ship)', collect)
    .option('--max-lag <n>', 'exit 1 when a sink lags by more than n events', nonNegativeInteger)
    .option('--json', 'print the status as JSON')
    .showHelpAfterError('usage: agent-audit status <dir> [--cursor-dir <path>]... [--max-lag N] [--json] (add --help for more)')
    .addHelpText('after', `
Per sink and stream: events shipped, ledger head and lag, and the shipper's last reported
retries, error and circuit breaker state.
Exit codes: 0 ok; 1 a stream is halted (its chain does not verify) or lag exceeds --max-lag; 2 usage or I/O error.`)
    .action(async (dir: string, flags: { cursorDir?: string[]; maxLag?: number; json?: boolean }) => {
      state.code = await statusAction(dir, flags, io);
    });
}

/**
 * `agent-audit status <dir>` as a function.
 *
 * @example
 * ```ts
 * process.exitCode = await statusCommand(['./audit', '--max-lag', '10000'], { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env });
 * ```
 */
export const statusCommand = (argv: string[], io: CliIO): Promise<number> => runRegistered(registerStatus, 'status', argv, io);

async function statusAction(dir: string, values: { cursorDir?: string[]; maxLag?: number; json?: boolean }, io: CliIO): Promise<number> {
  const maxLag = values.maxLag;
  let reports: ShipStatusReport[];
  try {
    reports = await readShipStatus(dir, values.cursorDir ? { cursorDirs: values.cursorDir } : {});
  } catch (error) {
    io.stderr.write(`agent-audit status: ${describeError(error)}\n`);
    return EXIT_USAGE;
  }
  const halted = reports.some((r) => r.streams.some((s) => s.halted));
  const overLag = maxLag !== undefined && reports.some((r) => r.lag > maxLag);
  if (values.json) {
    io.stdout.write(JSON.stringify({ dir, sinks: reports }) + '\n');
  } else if (reports.length === 0) {
    io.stdout.write(safe`no shipping configured for ${dir} (no cursor folders under ${dir}/.ship)` + '\n');
  } else {
    for (const report of reports) {
      const r = report.reported;
      io.stdout.write(safe`sink ${report.sink}: lag ${report.lag} event(s)`);
      if (r) {
        io.stdout.write(safe`, breaker ${r.breaker}, retries ${r.retries}, last shipped ${age(r.lastShipAt)}, shipper ${r.state}` + (r.pid ? safe` (pid ${r.pid})` : '') + safe`, reported ${age(r.updatedAt)}` + '\n');
        if (r.lastError) io.stdout.write(safe`  last error ${age(r.lastError.at)}: ${scrubUrls(r.lastError.message)}` + '\n');
      } else {
        io.stdout.write(' (no status reported by a shipper yet)\n');
      }
      for (const s of report.streams) {
        io.stdout.write(safe`  ${s.stream}: shipped ${s.shipped} of ${s.head}, lag ${s.lag}` + (s.halted ? safe`, HALTED: ${scrubUrls(s.halted)}` : '') + '\n');
      }
    }
  }
  return halted || overLag ? EXIT_INVALID : EXIT_OK;
}
