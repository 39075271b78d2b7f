// The command layer on commander: one place for --help, usage errors (exit 2), EPIPE, output and
// relative times. Each command module exports a `register…(program, io, state)`; main.ts loads the
// module of the command asked for, registers it on one program and runs it (runRegistered).
import fs from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { parseTimeSpec, readSmallFileBytes } from '@agent-audit/core';
import { EXIT_OK, EXIT_USAGE, describeError, guardIO, safe, type CliIO } from './io.js';

/** Registers one or more commands on a program; the run's exit code is left in `state.code`. */
export type Register = (program: Command, io: CliIO, state: { code: number }) => void;

/** A usage problem found after parsing (a missing selector, two sources where one is needed): exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * Writes to stdout, waiting on backpressure. A closed pipe (`report … | head`) ends the output
 * quietly instead of crashing with an unhandled EPIPE; `closed` tells the command to stop.
 */
export interface Output {
  write(text: string): Promise<void>;
  readonly closed: boolean;
  dispose(): void;
}

export function createOutput(stream: CliIO['stdout']): Output {
  let closed = false;
  const onError = (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') closed = true;
  };
  stream.on('error', onError);
  return {
    get closed() {
      return closed;
    },
    async write(text) {
      if (closed) return;
      try {
        const ok = stream.write(text);
        if (!ok && !closed) {
          await new Promise<void>((resolve) => {
            const done = () => {
              stream.off('drain', done);
              stream.off('error', done);
              stream.off('close', done);
              resolve();
            };
            stream.once('drain', done);
            stream.once('error', done);
            stream.once('close', done);
          });
        }
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EPIPE' || (error as NodeJS.ErrnoException).code === 'ERR_STREAM_DESTROYED') closed = true;
        else throw error;
      }
    },
    dispose() {
      // Keep a listener: an EPIPE reported after we return must not crash the process.
      stream.off('error', onError);
      stream.on('error', () => undefined);
    },
  };
}

/** Largest size read of each kind of file the CLI is given (a key is a line; a proof, a config a few KiB). */
export const INPUT_LIMITS = {
  key: 64 * 1024,
  config: 4 * 1024 * 1024,
  proof: 64 * 1024 * 1024,
  bundle: 1024 * 1024 * 1024,
} as const;

/**
 * The one reader of every file a command or option is given (a proof, a bundle, a signer key, a
 * config): core's readSmallFileBytes, so it never blocks (opened with O_NONBLOCK, `fstat` must say
 * a regular file: a FIFO, a device such as /dev/zero, a socket or a folder is never read) and never
 * fills memory (at most `INPUT_LIMITS[kind]` bytes). Any failure is a UsageError (exit 2) naming
 * what was expected, the file and why.
 */
export function readInputFile(file: string, what: string, kind: keyof typeof INPUT_LIMITS): Buffer {
  try {
    return readSmallFileBytes(file, INPUT_LIMITS[kind]);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOTREG' ? 'not a regular file (a FIFO, device, socket or folder is never read, so it cannot hang)'
      : code === 'EFBIG' ? `larger than ${INPUT_LIMITS[kind]} bytes, the limit for a ${what}`
      : code === 'ENOENT' ? 'no such file'
      : describeError(error);
    throw new UsageError(safe`cannot read the ${what} ${file}: ${why}`);
  }
}

/** readInputFile as UTF-8 text. */
export function readInputText(file: string, what: string, kind: keyof typeof INPUT_LIMITS): string {
  return readInputFile(file, what, kind).toString('utf8');
}

/** Standard input, read up to `INPUT_LIMITS[kind]` bytes (`-` for a file); more is a UsageError. */
export async function readInputStream(stream: NodeJS.ReadableStream, what: string, kind: keyof typeof INPUT_LIMITS): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > INPUT_LIMITS[kind]) throw new UsageError(`cannot read the ${what} from standard input: larger than ${INPUT_LIMITS[kind]} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A folder a command only reads (a vault for `report subject` or `vault list`): it must exist and
 * be a folder, else a UsageError (exit 2). Opening it would otherwise create it, so a typo in the
 * path made an empty vault there (and a FIFO in its place failed with EEXIST).
 */
export function existingFolder(dir: string, what: string): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(safe`${what} ${dir}: ${code === 'ENOENT' ? 'no such folder (nothing is created: check the path)' : describeError(error)}`);
  }
  if (!stat.isDirectory()) throw new UsageError(safe`${what} ${dir}: not a folder`);
  return dir;
}

/** Option parser for `--from` / `--to`: ISO times and dates, `24h`, `7d`, `today`, `yesterday`, `now`. */
export function timeOption(value: string): Date {
  try {
    return parseTimeSpec(value);
  } catch (error) {
    throw new InvalidArgumentError(describeError(error));
  }
}

/** A period whose start is not before its end (`--from` after `--to`) is a usage error (exit 2). */
export function checkPeriod(from: Date | undefined, to: Date | undefined, names = ['--from', '--to']): void {
  if (from && to && from.getTime() >= to.getTime()) {
    throw new UsageError(`${names[0]} (${from.toISOString()}) must be before ${names[1]} (${to.toISOString()}): the period is empty`);
  }
}

/**
 * Where a path really points: the real path of its nearest existing ancestor (symbolic links
 * followed), then the rest of the path. A final component that is a symbolic link is followed
 * too; a dangling one (which a write would create at its target) is refused.
 */
function realTarget(file: string): string {
  const absolute = path.resolve(file);
  let existing = absolute;
  const rest: string[] = [];
  for (;;) {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.lstatSync(existing);
    } catch {
      stat = undefined;
    }
    if (stat) {
      try {
        return path.join(fs.realpathSync(existing), ...rest);
      } catch {
        throw new UsageError(`${file}: ${existing} is a symbolic link that leads nowhere; refusing to write through it`);
      }
    }
    const parent = path.dirname(existing);
    if (parent === existing) return absolute;
    rest.unshift(path.basename(existing));
    existing = parent;
  }
}

function inside(child: string, folder: string): boolean {
  const relative = path.relative(folder, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Checks an output path (`--out`, `--out-dir`, or a file in it) before anything is read or
 * written: it must not resolve (symbolic links followed) inside any of `protect` (the ledger
 * folders read, the `--record-to` ledger, key and vault folders), else a report could overwrite a
 * segment, `HEAD`, `verifier.key` or the `reports` stream it records into. Throws a UsageError
 * (exit 2) naming the folder; returns the resolved path to write to. An existing file elsewhere
 * may be overwritten.
 */
export function checkOutputPath(file: string, protect: ReadonlyArray<string | undefined>, flag = '--out'): string {
  const target = realTarget(file);
  for (const folder of protect) {
    if (!folder || /^postgres(ql)?:\/\//i.test(folder)) continue;
    const real = realTarget(folder);
    if (inside(target, real)) throw new UsageError(`${flag} ${file} resolves to ${target}, inside the ledger or key folder ${folder}: refusing to write there (it would change what the report is about)`);
  }
  return target;
}

/**
 * Writes an output file only if it can be written, then runs `commit` (recording the report),
 * then puts the file in place: the text goes to a temporary file beside the target first (a
 * missing folder or a read-only place fails here, before anything is recorded), and is renamed
 * over the target once `commit` succeeded (removed if it failed). A target that exists and is not
 * a regular file (a FIFO, a terminal, `/dev/stdout`) is opened first and written after `commit`.
 * Errors are UsageErrors naming the file (exit 2).
 */
export async function writeOutputFile(target: string, text: string, commit: () => Promise<void> = async () => undefined, shown = target): Promise<void> {
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(target);
  } catch {
    stat = undefined;
  }
  if (stat?.isDirectory()) throw new UsageError(`cannot write ${shown}: it is a folder`);
  if (stat && !stat.isFile()) {
    let fd: number;
    try {
      fd = fs.openSync(target, 'w');
    } catch (error) {
      throw new UsageError(`cannot write ${shown}: ${describeError(error)}`);
    }
    try {
      await commit();
      fs.writeSync(fd, text);
    } finally {
      fs.closeSync(fd);
    }
    return;
  }
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    fs.writeFileSync(temporary, text, { flag: 'wx' });
  } catch (error) {
    throw new UsageError(`cannot write ${shown}: ${describeError(error)}`);
  }
  try {
    await commit();
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

/** Option parser for a positive integer. */
export function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) throw new InvalidArgumentError('must be a positive integer');
  return n;
}

/** Option parser for a positive number. */
export function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('must be a positive number');
  return n;
}

/** Collects a repeatable option into a list. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/**
 * A repeatable `--key <verifierKey>`, without the spaces or line break around it: a verifier key
 * (C2SP signed-note form `name+keyid+base64`) holds none, and a key copied with its line's end
 * or read from a secret store that keeps one is the same key.
 */
export function collectKey(value: string, previous: string[] = []): string[] {
  return [...previous, value.trim()];
}

/** $AGENT_AUDIT_VERIFIER_KEY without the spaces or line break around it (as collectKey); undefined when unset. */
export function verifierKeyFromEnv(env: NodeJS.ProcessEnv | Record<string, string | undefined>): string | undefined {
  return env.AGENT_AUDIT_VERIFIER_KEY?.trim();
}

/** `--format` with its allowed values. */
export function formatOption(values: readonly string[], fallback: string): Option {
  return new Option('--format <format>', `output format`).choices(values).default(fallback);
}

/**
 * A commander program wired to the CLI's streams: help and errors go to `io`, nothing calls
 * `process.exit`, and usage errors become exit code 2.
 */
export function createProgram(io: CliIO, name = 'agent-audit'): Command {
  // Help and error text written to a closed pipe (`agent-audit report --help | head -1`) must not crash.
  for (const stream of [io.stdout, io.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
    });
  }
  const program = new Command(name);
  program
    // Program options only before the command name, so a command may pass its own arguments
    // through untouched (`mcp-proxy … node server.js --port 3`).
    .enablePositionalOptions()
    .exitOverride()
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => void io.stderr.write(text),
    });
  return program;
}

/** Applies the same wiring to a subcommand (commander does not inherit exitOverride/output). */
export function wire(command: Command, io: CliIO): Command {
  return command
    .exitOverride()
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => void io.stderr.write(text),
    });
}

/**
 * Calls `stop` at the first SIGINT or SIGTERM, and keeps both handled afterwards while the
 * command closes what it writes: without a handler a second signal kills the process mid-close
 * (`timeout` sends SIGTERM to its child and then to the whole process group; a second Ctrl-C),
 * which leaves a ledger's last events unsigned and its writer.lock behind. A repeated signal is
 * told once on stderr and otherwise ignored; SIGKILL still stops at once. Returns `release()`,
 * to call once everything is closed.
 */
export function onStopSignal(name: string, io: CliIO, stop: () => void): () => void {
  let stopping = false;
  let told = false;
  const handler = (signal: NodeJS.Signals): void => {
    if (!stopping) {
      stopping = true;
      stop();
      return;
    }
    if (told) return;
    told = true;
    io.stderr.write(`agent-audit ${name}: ${signal} again: still closing (what it writes is finished and closed first); SIGKILL stops at once and leaves a ledger's last events unsigned\n`);
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}

const PASS_THROUGH = new WeakSet<Command>();

/** `command.passThroughOptions()`, remembered: the option-value check stops at its first positional (the arguments after it are another program's). */
export function passThrough(command: Command): Command {
  PASS_THROUGH.add(command);
  return command.passThroughOptions();
}

/**
 * An option that takes a value but is followed by another option of its command, or by `--`:
 * commander would take that word as the value (`--ledger --stream s` made a ledger folder named
 * `--stream`, `verify --state --` a state file named `--`), or report a later, misleading error
 * ("too many arguments", "required option '--out' not specified" when it was given). Scans the
 * arguments of the command `argv` names (subcommands followed), up to `--`; for a command that
 * passes its arguments through (`mcp-proxy … <command> [args…]`), up to the first positional.
 * Returns the message, or undefined.
 */
export function optionWithoutValue(program: Command, argv: readonly string[]): string | undefined {
  let command = program;
  let i = 0;
  for (;;) {
    const word = argv[i];
    const sub = word === undefined ? undefined : command.commands.find((c) => c.name() === word || c.aliases().includes(word));
    if (!sub) break;
    command = sub;
    i++;
  }
  const byFlag = new Map<string, Option>();
  for (const option of command.options) {
    if (option.long) byFlag.set(option.long, option);
    if (option.short) byFlag.set(option.short, option);
  }
  const passThrough = PASS_THROUGH.has(command);
  for (; i < argv.length; i++) {
    const word = argv[i] as string;
    if (word === '--') break;
    if (!word.startsWith('-') || word === '-') {
      if (passThrough) break;
      continue;
    }
    const option = byFlag.get(word);
    if (!option) continue;
    const next = argv[i + 1];
    if (option.optional) {
      if (next !== undefined && !next.startsWith('-')) i++;
      continue;
    }
    if (!option.required) continue;
    if (next === undefined) return undefined; // commander says "argument missing"
    if (next === '--' || byFlag.has(next.split('=')[0] as string)) {
      return `option '${option.flags}' needs a value: got '${next}', which is ${next === '--' ? 'the end of options' : `an option of ${command.name()}`} (write ./${next} for a path that starts with a dash)`;
    }
    i++;
  }
  return undefined;
}

/**
 * Parses `argv` (the arguments after the program name) and runs the matching action. Actions set
 * `state.code`; commander's help exits 0, its usage errors 2; a UsageError thrown by an action is
 * printed and exits 2.
 */
export async function runProgram(program: Command, argv: string[], io: CliIO, state: { code: number }): Promise<number> {
  const missing = optionWithoutValue(program, argv);
  if (missing) {
    io.stderr.write(`error: ${missing}\n(add --help for usage)\n`);
    return EXIT_USAGE;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return state.code;
  } catch (error) {
    // --help and --version exit 0; help shown for a missing subcommand and every parse error exit 2.
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    if (error instanceof UsageError) {
      io.stderr.write(`${program.name()}: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

/**
 * Runs the command `name` of a fresh program on which `register` put it: parses `[name, ...argv]`
 * and resolves to the exit code (0 ok or help, 2 usage). An error the action did not handle is
 * printed as one line, `agent-audit <name>: <message>`, and exits 2.
 */
export async function runRegistered(register: Register, name: string, argv: string[], given: CliIO): Promise<number> {
  const io = guardIO(given);
  const program = createProgram(io);
  const state = { code: EXIT_OK };
  register(program, io, state);
  try {
    return await runProgram(program, [name, ...argv], io, state);
  } catch (error) {
    io.stderr.write(`agent-audit ${name}: ${describeError(error)}\n`);
    return EXIT_USAGE;
  }
}

/**
 * A `--stream` value (prove, verify, query, tail) as the plain stream name it spells: `a/`, `./a`
 * and `a/../a` are `a` (a shell's completion adds the slash). Anything else (`..`, `a/b`, an
 * absolute path) is refused as a UsageError (exit 2) naming the value, never read as a path.
 */
export function plainStreamName(value: string): string {
  const normal = path.posix.normalize(value).replace(/\/+$/, '');
  if (/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/.test(normal)) return normal;
  throw new UsageError(safe`--stream ${JSON.stringify(value)} is not a stream name (letters, digits, . _ -, e.g. claims-bot; the folder's name under streams/, not a path)`);
}
