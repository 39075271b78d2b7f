import { addHold, defaultKeyDir, holdMatchesAny, readHolds, releaseHolds, type HoldScope, type LegalHold } from '@agent-audit/core';
import type { Command } from 'commander';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, describeError, safe, type CliIO } from '../io.js';
import { runRegistered, wire } from '../layer.js';

interface HoldFlags {
  session?: string;
  actor?: string;
  trace?: string;
  stream?: string;
  reason?: string;
  keyDir?: string;
  by?: string;
  all?: boolean;
  json?: boolean;
}

const HELP = `
A legal hold keeps every event of a session, an actor, a trace or a whole stream from retention
(agent-audit retention apply): a segment holding one held event stays whole. Each add and release
is recorded as an event (hold.add, hold.release) in the ledger's "holds" stream, signed like any
other; that stream is never pruned. Give the value as the ledger stores it (agent-audit query
shows it): a value redaction would change is refused. The ledger must exist (a hold never
creates one). A --trace must be 32 lowercase hex digits. A value no event has yet is accepted,
with a warning. Each hold event records who placed or released it (--by, default the OS user)
as its actor.

Exit codes: 0 done; 1 release found no active hold with that selector; 2 usage, key or I/O error.`;

function selector(flags: HoldFlags): { scope: HoldScope; value: string } | string {
  const given = (['session', 'actor', 'trace', 'stream'] as const).filter((k) => flags[k] !== undefined);
  if (given.length !== 1) return 'give exactly one of --session, --actor, --trace, --stream';
  const scope = given[0] as HoldScope;
  return { scope, value: flags[scope] as string };
}

function show(h: LegalHold): string {
  // Ledger content is untrusted when shown: values are printed as JSON strings, escaped (io.ts safe).
  const state = h.released ? safe`released ${h.released.at}` + (h.released.by ? safe` by ${JSON.stringify(h.released.by)}` : '') + safe` (${JSON.stringify(h.released.reason)})` : 'active';
  return safe`${h.id}\t${h.scope} ${JSON.stringify(h.value)}\tplaced ${h.placedAt}` + (h.placedBy ? safe` by ${JSON.stringify(h.placedBy)}` : '') + safe`\t${JSON.stringify(h.reason)}\t` + state + '\n';
}

async function holdAction(mode: 'add' | 'list' | 'release', dir: string, flags: HoldFlags, io: CliIO): Promise<number> {
  try {
    if (mode === 'list') {
      const { holds, unreadable } = await readHolds(dir);
      const shown = flags.all ? holds : holds.filter((h) => !h.released);
      if (flags.json) io.stdout.write(JSON.stringify({ holds: shown, unreadable }) + '\n');
      else {
        if (shown.length === 0) io.stdout.write(flags.all ? 'no holds\n' : 'no active holds\n');
        for (const h of shown) io.stdout.write(show(h));
        for (const id of unreadable) io.stderr.write(`warning: hold.add event ${id} cannot be read as a hold; retention removes nothing while it exists\n`);
      }
      return EXIT_OK;
    }
    const picked = selector(flags);
    if (typeof picked === 'string') {
      io.stderr.write(`agent-audit hold ${mode}: ${picked}\n`);
      return EXIT_USAGE;
    }
    if (!flags.reason || flags.reason.trim() === '') {
      io.stderr.write(`agent-audit hold ${mode}: --reason TEXT is required (e.g. the matter or case number)\n`);
      return EXIT_USAGE;
    }
    const options = { keyDir: flags.keyDir ?? defaultKeyDir(io.env), ...(flags.by ? { by: flags.by } : {}) };
    if (mode === 'add') {
      const hold = await addHold(dir, { ...picked, reason: flags.reason }, options);
      io.stdout.write(flags.json ? JSON.stringify(hold) + '\n' : `placed ${show(hold)}`);
      if (!(await holdMatchesAny(dir, hold))) io.stderr.write(`warning: no ${picked.scope === 'stream' ? 'stream' : `event of ${picked.scope}`} ${JSON.stringify(picked.value)} in ${dir} yet; the hold is placed and covers it when it appears (check the value: agent-audit query shows it as stored)\n`);
      return EXIT_OK;
    }
    const released = await releaseHolds(dir, { ...picked, reason: flags.reason }, options);
    if (flags.json) io.stdout.write(JSON.stringify(released) + '\n');
    else for (const h of released) io.stdout.write(`released ${show(h)}`);
    if (released.length === 0) {
      io.stderr.write(`agent-audit hold release: no active hold on ${picked.scope} ${JSON.stringify(picked.value)}\n`);
      return EXIT_INVALID;
    }
    return EXIT_OK;
  } catch (error) {
    io.stderr.write(`agent-audit hold ${mode}: ${describeError(error)}\n`);
    return EXIT_USAGE;
  }
}

/** Registers `hold add|list|release`; the exit code is left in `state.code`. */
export function registerHold(program: Command, io: CliIO, state: { code: number }): void {
  const hold = wire(program.command('hold').description('place, list or release legal holds that retention never removes'), io).addHelpText('after', HELP);
  const select = (command: Command): Command => command
    .argument('<ledger>', 'ledger folder')
    .option('--session <id>', 'every event of this session')
    .option('--actor <id>', 'every event of this actor (actor.id)')
    .option('--trace <traceId>', 'every event of this trace')
    .option('--stream <name>', 'every event of this stream')
    .option('--reason <text>', 'why (recorded with the hold); required')
    .option('--key-dir <dir>', "folder of the ledger's signer key (default: the default key folder)")
    .option('--by <name>', 'who places or releases the hold, recorded as the event\'s actor (default: the OS user name)')
    .option('--json', 'print JSON');
  select(wire(hold.command('add').description('place a hold (recorded as hold.add)'), io)).action(async (dir: string, flags: HoldFlags) => {
    state.code = await holdAction('add', dir, flags, io);
  });
  wire(hold.command('list').description('list active holds (--all: released ones too)'), io)
    .argument('<ledger>', 'ledger folder')
    .option('--all', 'include released holds')
    .option('--json', 'print JSON')
    .action(async (dir: string, flags: HoldFlags) => {
      state.code = await holdAction('list', dir, flags, io);
    });
  select(wire(hold.command('release').description('release the active holds with this selector (recorded as hold.release)'), io)).action(async (dir: string, flags: HoldFlags) => {
    state.code = await holdAction('release', dir, flags, io);
  });
}

/** `agent-audit hold …` as a function. */
export const holdCommand = (argv: string[], io: CliIO): Promise<number> => runRegistered(registerHold, 'hold', argv, io);
