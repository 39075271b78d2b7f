import { canonicalize, queryLedger, type AuditEvent, type EventFilter, type LeftOut } from '@agent-audit/core';
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { EXIT_OK, escapeControls, isPostgresUrl, type CliIO } from '../io.js';
import { UsageError, checkPeriod, createOutput, plainStreamName, runRegistered, timeOption, wire, type Output } from '../layer.js';
import { mergeByTime, traceTree } from './query-sources.js';

export function filterFromValues(values: Record<string, unknown>): EventFilter {
  const filter: EventFilter = {};
  // An empty value (`--type ''`, an unset variable in a script) matches nothing or everything by
  // accident: a usage error naming the option.
  for (const key of ['type', 'session', 'actor', 'tool', 'resource', 'outcome', 'stream', 'source', 'region', 'class'] as const) {
    const value = values[key];
    if (typeof value === 'string' && value.trim() === '') throw new UsageError(`--${key} was given an empty value (an unset variable?); give a value, or leave --${key} out`);
  }
  for (const key of ['type', 'session', 'trace', 'actor', 'tool', 'resource', 'outcome', 'stream', 'source', 'region', 'since', 'until'] as const) {
    const value = values[key];
    if (typeof value === 'string' || value instanceof Date) (filter as Record<string, unknown>)[key] = value;
  }
  if (typeof values.class === 'string') filter.dataClass = values.class;
  return filter;
}

/**
 * One readable row per event. In a trace tree (`tree` given) the type is indented by the span's
 * depth, the `stream#seq` column padded to `tree.width`, and every row names its span.
 */
export function formatRow(e: AuditEvent, tree?: { depth: number; width: number }): string {
  const who = e.actor ? `${e.actor.type}:${e.actor.id}` : '-';
  const what = e.tool ? `tool=${e.tool.name}` : e.resource ? `${e.resource.type}:${e.resource.id}` : e.model?.id ? `model=${e.model.id}` : e.decision ? `decision=${e.decision.action}` : e.error ? `error=${e.error.message}` : '';
  const classes = e.data?.classes?.length ? ` [${e.data.classes.join(',')}]` : '';
  // Ledger text is untrusted: control characters are shown escaped (no terminal escapes, no forged rows).
  if (!tree) return escapeControls(`${e.ts}  ${e.stream}#${e.seq}  ${e.type.padEnd(18)} ${e.outcome.padEnd(8)} ${who.padEnd(20)} ${what.slice(0, 60)}${classes}`);
  const type = `${'  '.repeat(tree.depth)}${e.type}`;
  const span = `span=${e.trace.spanId}${e.trace.parentSpanId ? ` parent=${e.trace.parentSpanId}` : ''}`;
  return escapeControls(`${e.ts}  ${`${e.stream}#${e.seq}`.padEnd(tree.width)}  ${type.padEnd(24)} ${e.outcome.padEnd(8)} ${span}  ${who === '-' ? '' : `${who} `}${what.slice(0, 60)}${classes}`.trimEnd());
}

/** Output formats of `query` and `tail`. */
export type RowFormat = 'table' | 'json' | 'csv';
export const ROW_FORMATS: readonly RowFormat[] = ['table', 'json', 'csv'];

/** `--format table|json|csv` plus `--json` (an alias of `--format json`). */
export function addFormatOptions(command: Command): Command {
  return command
    .addOption(new Option('--format <format>', 'output format: table (a header row, then one row per event), json (one event per line), csv').choices(ROW_FORMATS).default('table'))
    .option('--json', 'one JSON event per line (same as --format json)');
}

export function rowFormat(flags: { format?: string; json?: boolean }): RowFormat {
  return flags.json ? 'json' : ((flags.format ?? 'table') as RowFormat);
}

const TABLE_COLUMNS = ['TIME', 'SESSION', 'REGION', 'CHAIN#SEQ', 'TYPE', 'OUTCOME', 'ACTOR', 'TOOL / DETAIL'] as const;

/** The table's header row (aligned with `tableRow`). */
export function tableHeader(): string {
  const [time, session, region, chain, type, outcome, actor, what] = TABLE_COLUMNS;
  return `${time.padEnd(24)}  ${session.padEnd(14)} ${region.padEnd(6)} ${chain.padEnd(16)}  ${type.padEnd(18)} ${outcome.padEnd(8)} ${actor.padEnd(20)} ${what}`;
}

/** One table row: time, session, region (`agent.region`, `-` without), chain (`stream#seq`), type, outcome, actor, tool or other detail. */
export function tableRow(e: AuditEvent): string {
  const session = e.session ?? '-';
  const region = e.agent?.region ?? '-';
  // formatRow's text is escaped already: escaped once more, its backslashes would double.
  return `${escapeControls(`${e.ts.padEnd(24)}  ${session.padEnd(14)} ${region.padEnd(6)}`)} ${formatRow(e).slice(escapeControls(e.ts).length + 2).replace(/^(\S+)/, (chain) => chain.padEnd(16))}`;
}

/** `region` (`agent.region`) is last so that readers of the earlier columns by position are unaffected. */
const CSV_COLUMNS = ['ts', 'session', 'stream', 'seq', 'type', 'outcome', 'actor', 'tool', 'resource', 'trace', 'span', 'classes', 'id', 'region'] as const;

/**
 * One CSV cell. Control characters are shown escaped (`\n`, `\x1b`): a CSV opened in a terminal
 * or split by lines stays one row per event. A cell that a spreadsheet would run as a formula
 * (it starts with `=`, `+`, `-`, `@`, tab or CR: OWASP "CSV Injection") gets a leading `'`, so
 * ledger content (a tool name `=HYPERLINK(...)`) stays text.
 */
export function csvCell(raw: string): string {
  let value = escapeControls(raw);
  if (/^[=+\-@\t\r]/.test(value) && !/^-?\d+(?:\.\d+)?$/.test(value)) value = `'${value}`;
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvHeader(): string {
  return CSV_COLUMNS.join(',');
}

/** One CSV record (RFC 4180 quoting). */
export function csvRow(e: AuditEvent): string {
  const cells = [
    e.ts, e.session ?? '', e.stream, String(e.seq), e.type, e.outcome, e.actor ? `${e.actor.type}:${e.actor.id}` : '',
    e.tool?.name ?? '', e.resource ? `${e.resource.type}:${e.resource.id}` : '', e.trace.traceId, e.trace.spanId, (e.data?.classes ?? []).join(' '), e.id,
    e.agent?.region ?? '',
  ];
  return cells.map((c) => csvCell(String(c))).join(',');
}

/**
 * Writes events in one format through an EPIPE-safe output; the header comes before the first row.
 * `json` is each event's RFC 8785 (JCS) serialization, members sorted, `hash` included: the same
 * bytes whichever source the event came from (a folder line puts `hash` first, docs/FORMAT.md §3;
 * PostgreSQL and NATS hold the sorted form).
 */
export function eventPrinter(format: RowFormat, output: Output): { print(e: AuditEvent, line?: string): Promise<void>; header(): Promise<void> } {
  let headed = format === 'json';
  const header = async (): Promise<void> => {
    if (headed) return;
    headed = true;
    await output.write(`${format === 'csv' ? csvHeader() : tableHeader()}\n`);
  };
  return {
    header,
    async print(e, line) {
      await header();
      await output.write(`${line ?? (format === 'json' ? canonicalize(e) : format === 'csv' ? csvRow(e) : tableRow(e))}\n`);
    },
  };
}

type QueryFlags = Record<string, unknown> & { format?: string; json?: boolean; limit?: number };

function nonNegativeInteger(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) throw new InvalidArgumentError('must be a whole number, 0 or more');
  return n;
}

/**
 * A W3C Trace Context trace id: 32 hex digits, not all zero. Upper-case digits are accepted and
 * lower-cased (ledgers store the lower-case form); anything else is a usage error.
 */
export function traceIdOption(value: string): string {
  const id = value.trim().toLowerCase();
  if (!/^[0-9a-f]{32}$/.test(id) || /^0+$/.test(id)) {
    throw new InvalidArgumentError('must be a trace id: 32 lowercase hex digits (W3C Trace Context trace-id, not all zeros), e.g. 4bf92f3577b34da6a3ce929d0e0e4736');
  }
  return id;
}

/** The same ledger named twice (`./a/` and `./a`, a symlink) is read once: sources keyed by real path. */
function uniqueTargets(targets: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const target of targets) {
    let key = target;
    if (!isPostgresUrl(target)) {
      try {
        key = realpathSync(target);
      } catch {
        key = resolve(target); // a missing folder: queryLedger reports it
      }
    }
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(target);
  }
  return out;
}

/** Drops an event already seen (same id) from another source: a copy of a ledger given twice. */
async function* uniqueEvents(source: AsyncIterable<AuditEvent>): AsyncGenerator<AuditEvent> {
  const seen = new Set<string>();
  for await (const event of source) {
    if (typeof event.id === 'string') {
      if (seen.has(event.id)) continue;
      seen.add(event.id);
    }
    yield event;
  }
}

/**
 * Registers `agent-audit query`: prints the events of one or more ledgers (or PostgreSQL stores)
 * that match the filters, merged in time order; with `--trace` (as a table) a span tree.
 */
export function registerQuery(program: Command, io: CliIO, state: { code: number }): void {
  const command = wire(program.command('query').description('select events by type, session, trace, actor, tool, resource, time...'), io);
  command
    .argument('<source...>', 'ledger folder(s) and/or postgres:// URL(s), merged in time order')
    .option('--type <type>', 'event type, or a family: tool.*')
    .option('--session <id>', 'session id')
    .option('--trace <traceId>', 'W3C trace id (32 hex digits); the table prints the trace as a tree of spans', traceIdOption)
    .option('--actor <id>', 'actor id')
    .option('--tool <name>', 'tool name')
    .option('--resource <id>', 'resource id, or type:id')
    .option('--outcome <outcome>', 'outcome: success, failure, denied...')
    .option('--class <dataClass>', 'data class (email, phone...)')
    .option('--stream <name>', 'one stream (chain) of a ledger')
    .option('--source <source>', 'event source')
    .option('--region <region>', 'agent.region, e.g. eu (docs/REGIONS.md); events without a region never match')
    .option('--since <time>', 'from this time, inclusive: ISO time or date, 24h, 7d, today, yesterday, now', timeOption)
    .option('--until <time>', 'up to this time, exclusive (same forms)', timeOption)
    .option('--limit <n>', 'print at most n events', nonNegativeInteger);
  addFormatOptions(command);
  command.addHelpText('after', `
Several sources (the ledgers of an agent and of its MCP proxy, of several hosts) are read at once
and merged in time order. With --trace the events of that trace print as a tree of spans (child
spans indented under their parent), whichever ledger holds them. A source named twice (a trailing
slash, a symlink) is read once, and an event found in two sources (same id) prints once. A trace
id is 32 hex digits (upper case is lower-cased); a trace with no events says so on stderr, as does a query nothing matches
("0 events match"); an empty filter value (--type '') is a usage error.
A file a ledger folder should not hold (a FIFO, plain file or anything with a hidden name such as
.DS_Store in streams/, a directory, FIFO or symbolic link as a segment, a line that is not an
event) is left out, named on stderr, and the rest is printed.
Exit codes: 0 ok, also when nothing matches (also when the reader closes the pipe), 1 something was
left out (named), 2 usage or I/O error.`);
  command.action(async (targets: string[], flags: QueryFlags) => {
    const format = rowFormat(flags);
    const limit = flags.limit ?? Infinity;
    checkPeriod(flags.since as Date | undefined, flags.until as Date | undefined, ['--since', '--until']);
    // `claims/`, `./claims` name the stream claims; `..`, `a/b` name no stream (usage, exit 2).
    if (typeof flags.stream === 'string' && flags.stream.trim() !== '') flags.stream = plainStreamName(flags.stream);
    const filter = filterFromValues(flags);
    const sources: AsyncIterable<AuditEvent>[] = [];
    // What a folder holds that cannot be read (a FIFO in streams/, a directory or link as a
    // segment) is left out and named; the rest is printed, and the exit is 1.
    const leftOut: LeftOut[] = [];
    for (const target of uniqueTargets(targets)) {
      sources.push(
        isPostgresUrl(target)
          ? ((await import('@agent-audit/postgres')) as unknown as { queryPostgres(url: string, f: EventFilter): AsyncIterable<AuditEvent> }).queryPostgres(target, filter)
          : queryLedger(target, filter, { onLeftOut: (item) => leftOut.push(item) }),
      );
    }
    const source = sources.length === 1 ? (sources[0] as AsyncIterable<AuditEvent>) : uniqueEvents(mergeByTime(sources));
    const output = createOutput(io.stdout);
    const printer = eventPrinter(format, output);
    let count = 0;
    try {
      if (filter.trace !== undefined && format === 'table') {
        // One trace is small enough to hold: print it as its span tree.
        const events: AuditEvent[] = [];
        for await (const event of source) events.push(event);
        const width = Math.max(0, ...events.map((e) => `${e.stream}#${e.seq}`.length));
        for (const { event, depth } of traceTree(events)) {
          if (count >= limit || output.closed) break;
          count++;
          await output.write(`${formatRow(event, { depth, width })}\n`);
        }
      } else {
        for await (const event of source) {
          if (count >= limit || output.closed) break;
          count++;
          await printer.print(event);
        }
      }
    } finally {
      output.dispose();
    }
    if (filter.trace !== undefined && count === 0 && !output.closed) {
      io.stderr.write(`no events of trace ${filter.trace} in ${sources.length === 1 ? 'this source' : `these ${sources.length} sources`}\n`);
    } else if (count === 0 && !output.closed) {
      // Nothing matched: said on stderr whatever the format (stdout stays empty for a script), so
      // a filter with a typo is not mistaken for a silent success.
      io.stderr.write(`0 events match in ${sources.length === 1 ? 'this source' : `these ${sources.length} sources`}\n`);
    } else if (io.stderr.isTTY && format === 'table' && !output.closed) io.stderr.write(`${count} event(s)\n`);
    for (const item of leftOut.slice(0, 20)) io.stderr.write(`left out: ${escapeControls(item.reason)}\n`);
    if (leftOut.length > 20) io.stderr.write(`left out: ${leftOut.length - 20} more\n`);
    if (leftOut.length > 0) {
      io.stderr.write(`${leftOut.length} file(s) left out of the query; run \`agent-audit verify\` on the ledger\n`);
      state.code = 1;
      return;
    }
    state.code = EXIT_OK;
  });
}

// runRegistered lives in layer.ts; re-exported for the commands that import it from here.
export { runRegistered } from '../layer.js';

/**
 * `agent-audit query …` as a function (tests and main.ts's command table call it).
 *
 * @example
 * ```ts
 * await queryCommand(['--trace', traceId, './audit-agent', './audit-proxy'], io);
 * ```
 */
export const queryCommand = (argv: string[], io: CliIO): Promise<number> => runRegistered(registerQuery, 'query', argv, io);
