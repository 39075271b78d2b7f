import { queryLedger, type AuditEvent, type EventFilter } from '@agent-audit/core';
import { parseTargetCommand, EXIT_OK, EXIT_USAGE, describeError, isPostgresUrl, type CliIO } from '../io.js';

const USAGE = `usage: agent-audit query <dir | postgres://...> [filters] [--json] [--limit N]
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

/** One readable row per event. */
export function formatRow(e: AuditEvent): string {
  const who = e.actor ? `${e.actor.type}:${e.actor.id}` : '-';
  const what = e.tool ? `tool=${e.tool.name}` : e.resource ? `${e.resource.type}:${e.resource.id}` : e.model?.id ? `model=${e.model.id}` : e.decision ? `decision=${e.decision.action}` : e.error ? `error=${e.error.message}` : '';
  const classes = e.data?.classes?.length ? ` [${e.data.classes.join(',')}]` : '';
  return `${e.ts}  ${e.stream}#${e.seq}  ${e.type.padEnd(18)} ${e.outcome.padEnd(8)} ${who.padEnd(20)} ${what.slice(0, 60)}${classes}`;
}

export async function queryCommand(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseTargetCommand(argv, { ...FILTER_OPTIONS, json: { type: 'boolean' }, limit: { type: 'string' } } as const, USAGE, io);
  if (typeof parsed === 'number') return parsed;
  const { values, target } = parsed;
  const limit = values.limit !== undefined ? Number(values.limit) : Infinity;
  if (!(limit >= 0)) {
    io.stderr.write(`--limit must be a number\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  try {
    const filter = filterFromValues(values);
    const source: AsyncIterable<AuditEvent> = isPostgresUrl(target)
      ? ((await import('@agent-audit/postgres')) as unknown as { queryPostgres(url: string, f: EventFilter): AsyncIterable<AuditEvent> }).queryPostgres(target, filter)
      : queryLedger(target, filter);
    let count = 0;
    const progress = io.stderr.isTTY && !values.json;
    for await (const event of source) {
      if (count >= limit) break;
      count++;
      const ok = io.stdout.write((values.json ? JSON.stringify(event) : formatRow(event)) + '\n');
      if (!ok) await new Promise((resolve) => io.stdout.once('drain', resolve));
    }
    if (progress) io.stderr.write(`${count} event(s)\n`);
    return EXIT_OK;
  } catch (error) {
    io.stderr.write(`agent-audit query: ${describeError(error)}\n`);
    return EXIT_USAGE;
  }
}
