import { queryLedger, type AuditEvent, type EventFilter } from '@agent-audit/core';
import { parseArgs } from 'node:util';
import { EXIT_OK, EXIT_USAGE, describeError, isPostgresUrl, type CliIO } from '../io.js';
import { mergeByTime, traceTree } from './query-sources.js';

const USAGE = `usage: agent-audit query <dir | postgres://...>... [filters] [--json] [--limit N]
  Several sources (the ledgers of an agent and of its MCP proxy, of several hosts) are read
  at once and merged in time order. With --trace the events of that trace print as a tree
  of spans (child spans indented under their parent), whichever ledger holds them.
  filters: --type <t|noun.*> --session <id> --trace <traceId> --actor <id> --tool <name>
           --resource <id|type:id> --outcome <o> --class <dataClass> --stream <name> --source <s>
           --since <time> --until <time>`;

const FILTER_OPTIONS = {
  type: { type: 'string' }, session: { type: 'string' }, trace: { type: 'string' }, actor: { type: 'string' },
  tool: { type: 'string' }, resource: { type: 'string' }, outcome: { type: 'string' }, class: { type: 'string' },
  stream: { type: 'string' }, source: { type: 'string' }, since: { type: 'string' }, until: { type: 'string' },
} as const;

export function filterFromValues(values: Record<string, unknown>): EventFilter {
  const filter: EventFilter = {};
  for (const key of ['type', 'session', 'trace', 'actor', 'tool', 'resource', 'outcome', 'stream', 'source', 'since', 'until'] as const) {
    const value = values[key];
    if (typeof value === 'string') filter[key] = value;
  }
  if (typeof values.class === 'string') filter.dataClass = values.class;
  for (const key of ['since', 'until'] as const) {
    if (filter[key] !== undefined && Number.isNaN(new Date(filter[key] as string).getTime())) throw new Error(`--${key}: not a date: ${filter[key]}`);
  }
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
  if (!tree) return `${e.ts}  ${e.stream}#${e.seq}  ${e.type.padEnd(18)} ${e.outcome.padEnd(8)} ${who.padEnd(20)} ${what.slice(0, 60)}${classes}`;
  const type = `${'  '.repeat(tree.depth)}${e.type}`;
  const span = `span=${e.trace.spanId}${e.trace.parentSpanId ? ` parent=${e.trace.parentSpanId}` : ''}`;
  return `${e.ts}  ${`${e.stream}#${e.seq}`.padEnd(tree.width)}  ${type.padEnd(24)} ${e.outcome.padEnd(8)} ${span}  ${who === '-' ? '' : `${who} `}${what.slice(0, 60)}${classes}`.trimEnd();
}

/**
 * `agent-audit query`: prints the events of one or more ledgers (or PostgreSQL stores) that
 * match the filters, merged in time order; with `--trace` (and not `--json`) as a span tree.
 *
 * @example
 * ```ts
 * await queryCommand(['--trace', traceId, './audit-agent', './audit-proxy'], io);
 * ```
 */
export async function queryCommand(argv: string[], io: CliIO): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  let targets: string[];
  try {
    const parsed = parseArgs({ args: argv, allowPositionals: true, options: { ...FILTER_OPTIONS, json: { type: 'boolean' }, limit: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
    values = parsed.values;
    targets = parsed.positionals;
  } catch (error) {
    io.stderr.write(`${describeError(error)}\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  if (values.help) {
    io.stdout.write(USAGE + '\n');
    return EXIT_OK;
  }
  if (targets.length === 0) {
    io.stderr.write(USAGE + '\n');
    return EXIT_USAGE;
  }
  const limit = values.limit !== undefined ? Number(values.limit) : Infinity;
  if (!(limit >= 0)) {
    io.stderr.write(`--limit must be a number\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  try {
    const filter = filterFromValues(values);
    const sources: AsyncIterable<AuditEvent>[] = [];
    for (const target of targets) {
      sources.push(
        isPostgresUrl(target)
          ? ((await import('@agent-audit/postgres')) as unknown as { queryPostgres(url: string, f: EventFilter): AsyncIterable<AuditEvent> }).queryPostgres(target, filter)
          : queryLedger(target, filter),
      );
    }
    const source = sources.length === 1 ? (sources[0] as AsyncIterable<AuditEvent>) : mergeByTime(sources);
    let count = 0;
    const progress = io.stderr.isTTY && !values.json;
    const write = async (line: string): Promise<void> => {
      if (!io.stdout.write(line + '\n')) await new Promise((resolve) => io.stdout.once('drain', resolve));
    };
    if (filter.trace !== undefined && !values.json) {
      // One trace is small enough to hold: print it as its span tree.
      const events: AuditEvent[] = [];
      for await (const event of source) events.push(event);
      const width = Math.max(0, ...events.map((e) => `${e.stream}#${e.seq}`.length));
      for (const { event, depth } of traceTree(events)) {
        if (count >= limit) break;
        count++;
        await write(formatRow(event, { depth, width }));
      }
    } else {
      for await (const event of source) {
        if (count >= limit) break;
        count++;
        await write(values.json ? JSON.stringify(event) : formatRow(event));
      }
    }
    if (progress) io.stderr.write(`${count} event(s)\n`);
    return EXIT_OK;
  } catch (error) {
    io.stderr.write(`agent-audit query: ${describeError(error)}\n`);
    return EXIT_USAGE;
  }
}
