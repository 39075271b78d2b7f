import fs from 'node:fs';
import path from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { listStreams, readEvents, type AuditEvent } from '@agent-audit/core';
import { EXIT_OK, type CliIO } from '../io.js';
import { createOutput, plainStreamName, positiveInteger, timeOption, wire } from '../layer.js';
import { addFormatOptions, eventPrinter, rowFormat, runRegistered } from './query.js';

function count(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) throw new InvalidArgumentError('must be a whole number, 0 or more');
  return n;
}

/** Time order across streams: `ts`, then stream and `seq` (the same order as `query`). */
function byTime(a: AuditEvent, b: AuditEvent): number {
  if (a.ts !== b.ts) return a.ts < b.ts ? -1 : 1;
  if (a.stream !== b.stream) return a.stream < b.stream ? -1 : 1;
  return a.seq - b.seq;
}

/**
 * The newest `n` events of a ledger across all its streams: each stream keeps only its own last
 * `n` (the newest `n` overall hold at most `n` of any one stream), then the streams are merged
 * in time order and the last `n` of the merge are taken.
 */
export function newestAcrossStreams(perStream: ReadonlyArray<readonly AuditEvent[]>, n: number): AuditEvent[] {
  if (n === 0) return [];
  const merged = perStream.flat().sort(byTime);
  return merged.slice(Math.max(0, merged.length - n));
}

type TailFlags = { n: number; follow?: boolean; stream?: string; since?: Date; interval?: number; format?: string; json?: boolean };

/** Registers `agent-audit tail`: the newest events of a ledger, merged across streams; `--follow` keeps watching. */
export function registerTail(program: Command, io: CliIO, state: { code: number }, signal?: AbortSignal): void {
  const command = wire(program.command('tail').description('show the latest events (merged across streams); --follow to keep watching'), io);
  command
    .argument('<dir>', 'ledger folder')
    .option('-n, --lines <n>', 'how many of the newest events to print (default 10)', count, 10)
    .option('-f, --follow', 'keep watching: print events as they are appended')
    .option('--stream <name>', 'one stream (chain) only')
    .option('--since <time>', 'only events from this time: ISO time or date, 24h, 7d, today, yesterday', timeOption)
    .option('--interval <ms>', 'polling interval of --follow in milliseconds (default 500)', positiveInteger);
  addFormatOptions(command);
  command.addHelpText('after', '\nExit codes: 0 ok (also when the reader closes the pipe), 2 usage or I/O error.');
  command.action(async (dir: string, raw: Omit<TailFlags, 'n'> & { lines: number }) => {
    // `claims/`, `./claims` name the stream claims; `..`, `a/b` name no stream (usage, exit 2).
    const flags: TailFlags = { ...raw, n: raw.lines, ...(raw.stream !== undefined ? { stream: plainStreamName(raw.stream) } : {}) };
    const since = flags.since?.toISOString();
    const output = createOutput(io.stdout);
    const printer = eventPrinter(rowFormat(flags), output);
    try {
      const next = new Map<string, number>();
      const streams = flags.stream ? [flags.stream] : await listStreams(dir);
      const perStream: AuditEvent[][] = [];
      for (const stream of streams) {
        const last: AuditEvent[] = [];
        let seq = 0;
        for await (const event of readEvents(dir, { stream })) {
          seq = event.seq + 1;
          if (since !== undefined && event.ts < since) continue;
          last.push(event);
          if (last.length > flags.n) last.shift();
        }
        next.set(stream, seq);
        perStream.push(last);
      }
      await printer.header();
      for (const event of newestAcrossStreams(perStream, flags.n)) {
        if (output.closed) break;
        await printer.print(event);
      }
      state.code = EXIT_OK;
      if (!flags.follow) return;
      const interval = flags.interval ?? 500;
      // Follow by polling: new streams and new events, from each stream's next seq.
      while (!signal?.aborted && !output.closed) {
        await new Promise((resolve) => setTimeout(resolve, interval));
        const all = flags.stream ? [flags.stream] : await listStreams(dir);
        for (const stream of all) {
          if (!fs.existsSync(path.join(dir, 'streams', stream))) continue;
          const from = next.get(stream) ?? 0;
          for await (const event of readEvents(dir, { stream, fromSeq: from })) {
            next.set(stream, event.seq + 1);
            if (since !== undefined && event.ts < since) continue;
            await printer.print(event);
          }
        }
      }
    } finally {
      output.dispose();
    }
  });
}

/** `agent-audit tail …` as a function (main.ts's command table calls it). */
export const tailCommand = (argv: string[], io: CliIO, signal?: AbortSignal): Promise<number> =>
  runRegistered((program, cliIO, state) => registerTail(program, cliIO, state, signal), 'tail', argv, io);
