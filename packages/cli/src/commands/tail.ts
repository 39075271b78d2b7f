import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { listStreams, readEvents, type AuditEvent } from '@agent-audit/core';
import { EXIT_OK, EXIT_USAGE, describeError, type CliIO } from '../io.js';
import { formatRow } from './query.js';

const USAGE = `usage: agent-audit tail <dir> [-n N] [--follow] [--stream <name>] [--json]`;

export async function tailCommand(argv: string[], io: CliIO, signal?: AbortSignal): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { n: { type: 'string', short: 'n' }, follow: { type: 'boolean', short: 'f' }, stream: { type: 'string' }, json: { type: 'boolean' }, interval: { type: 'string' } } });
  } catch (error) {
    io.stderr.write(`${describeError(error)}\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  const { values, positionals } = parsed;
  const dir = positionals[0];
  const count = Number(values.n ?? 10);
  if (!dir || !(count >= 0)) {
    io.stderr.write(USAGE + '\n');
    return EXIT_USAGE;
  }
  const print = (e: AuditEvent): void => {
    io.stdout.write((values.json ? JSON.stringify(e) : formatRow(e)) + '\n');
  };
  try {
    const next = new Map<string, number>();
    const streams = values.stream ? [values.stream] : await listStreams(dir);
    const recent: AuditEvent[] = [];
    for (const stream of streams) {
      let seq = 0;
      for await (const event of readEvents(dir, { stream })) {
        recent.push(event);
        if (recent.length > count * streams.length + count) recent.splice(0, recent.length - count);
        seq = event.seq + 1;
      }
      next.set(stream, seq);
    }
    recent.sort((a, b) => (a.ts < b.ts ? -1 : a.ts > b.ts ? 1 : 0));
    for (const event of recent.slice(Math.max(0, recent.length - count))) print(event);
    if (!values.follow) return EXIT_OK;
    const interval = Number(values.interval ?? 500);
    // Follow by polling: new streams and new events, from each stream's next seq.
    while (!signal?.aborted) {
      await new Promise((resolve) => setTimeout(resolve, interval));
      const all = values.stream ? [values.stream] : await listStreams(dir);
      for (const stream of all) {
        if (!fs.existsSync(path.join(dir, 'streams', stream))) continue;
        const from = next.get(stream) ?? 0;
        for await (const event of readEvents(dir, { stream, fromSeq: from })) {
          print(event);
          next.set(stream, event.seq + 1);
        }
      }
    }
    return EXIT_OK;
  } catch (error) {
    io.stderr.write(`agent-audit tail: ${describeError(error)}\n`);
    return EXIT_USAGE;
  }
}
