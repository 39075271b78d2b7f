import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CONTROL_CHARACTERS, showControls } from '@agent-audit/core';
/** Streams and environment a command runs with (tests pass their own). */
export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
}

/** Exit codes shared by every command. */
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target);
}

/** One line per error: message only, never a stack trace (and never event content). */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses a command's arguments (with `--help`) and its one positional target. Returns the
 * values and the target, or the exit code to stop with after printing usage.
 */
export function parseTargetCommand<O extends Options>(argv: string[], options: O, usage: string, io: CliIO): { values: ParsedValues<O>; target: string } | number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { ...options, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    io.stderr.write(`${describeError(error)}\n${usage}\n`);
    return EXIT_USAGE;
  }
  const { values, positionals } = parsed as unknown as { values: ParsedValues<O> & { help?: boolean }; positionals: string[] };
  if (values.help) {
    io.stdout.write(usage + '\n');
    return EXIT_OK;
  }
  const target = positionals[0];
  if (!target || positionals.length > 1) {
    io.stderr.write(usage + '\n');
    return EXIT_USAGE;
  }
  return { values, target };
}

type ParsedValues<O extends Options> = {
  [K in keyof O]?: O[K] extends { multiple: true } ? (O[K] extends { type: 'boolean' } ? boolean[] : string[]) : O[K] extends { type: 'boolean' } ? boolean : string;
};

/**
 * Makes ledger text safe to print on a terminal or in a row-per-line format: C0 controls, DEL and
 * C1 controls (U+0080–U+009F), line and paragraph separators, bidirectional controls and invisible
 * characters (zero-width, tag characters: `CONTROL_CHARACTERS` of core) are
 * shown visibly (`\n`, `\r`, `\t`, `\x1b`, `\u202e`, `\u200b`, `\u{e0049}`), so an event can neither send escape
 * sequences to the terminal nor forge a row. Idempotent (the result holds no control characters).
 * The reports' escaper (`showControls` of core), so a value reads the same in `query`, a
 * Markdown and an HTML report.
 */
export const escapeControls: (text: string) => string = showControls;

/**
 * Interpolated values escaped with escapeControls: `` safe`INVALID: event ${id}` `` is the one way a
 * human-readable line of the CLI takes text from a ledger, a state or status file, a vault, an
 * argument or an error message built from them. The template's own text (ours) is kept as written.
 */
export function safe(strings: TemplateStringsArray, ...values: unknown[]): string {
  let out = strings[0] as string;
  values.forEach((value, i) => {
    out += escapeControls(String(value)) + (strings[i + 1] as string);
  });
  return out;
}

/** What `terminalText` shows as an escape: `CONTROL_CHARACTERS` but the line end and the tab. */
const ACTS_ON_TERMINAL = new RegExp(`(?![\\t\\n])(?:${CONTROL_CHARACTERS.source})`, 'u');

/**
 * Text for a terminal line by line: as escapeControls, but line ends and tabs are kept (the
 * message's own layout). What guardIO applies to every write on stderr (and on a terminal stdout).
 */
export function terminalText(text: string): string {
  if (!ACTS_ON_TERMINAL.test(text)) return text;
  return text.split('\n').map((line) => line.split('\t').map(escapeControls).join('\t')).join('\n');
}

/** One of the characters `showControls` shows as an escape, the backslash aside. */
const HAS_CONTROL = new RegExp(CONTROL_CHARACTERS.source, 'u');

/**
 * A value for a command line the user may copy and paste: kept as it is when it holds only
 * characters no POSIX shell reads specially, else single-quoted (`'` written `'\''`), so `x; rm -rf ~`
 * stays one argument. A value with control characters is written in ANSI-C quotes (`$'…\x1b…'`,
 * bash, zsh, ksh): shown escaped, and the shell reads back the exact value.
 */
export function shellQuote(value: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(value)) return value;
  if (!HAS_CONTROL.test(value)) return `'${value.replace(/'/g, `'\\''`)}'`;
  // ANSI-C quoting: bash reads `\xHH` as one byte, so a character past ASCII (C1 controls such
  // as U+009B, line separators, bidi controls) is written `\uHHHH`, which bash reads as that
  // character (a `\x9b` gave the byte 0x9B, and `resume` then named no paused agent).
  let out = '';
  for (const char of value) {
    if (char === '\\' || char === "'") out += `\\${char}`;
    else if (!HAS_CONTROL.test(char)) out += char;
    else {
      const code = char.codePointAt(0) as number;
      out += code < 0x80 ? `\\x${code.toString(16).padStart(2, '0')}` : code <= 0xffff ? `\\u${code.toString(16).padStart(4, '0')}` : `\\U${code.toString(16).padStart(8, '0')}`;
    }
  }
  return `$'${out}'`;
}

const RAW = Symbol('agent-audit.raw-stream');

/** The stream under a guarded one (the progress bar draws with `\r` and an erase-line escape). */
export function rawStream(stream: CliIO['stderr']): CliIO['stderr'] {
  return (stream as unknown as Record<symbol, CliIO['stderr'] | undefined>)[RAW] ?? stream;
}

function guardStream(stream: CliIO['stderr']): CliIO['stderr'] {
  if ((stream as unknown as Record<symbol, unknown>)[RAW]) return stream;
  return new Proxy(stream, {
    get(target, key) {
      if (key === RAW) return target;
      if (key === 'write') {
        return (chunk: unknown, ...rest: unknown[]) => (target.write as (...a: unknown[]) => boolean)(typeof chunk === 'string' ? terminalText(chunk) : chunk, ...rest);
      }
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * The streams every command writes to, made terminal-safe in one place: stderr (messages,
 * warnings, errors: always human-readable) and stdout when it is a terminal go through
 * terminalText, so no text from a ledger, a status file or an error can send an escape sequence
 * (erase the line, retitle the window, hide text) or reorder text with bidi overrides. Piped
 * stdout (JSON, CSV, a report file) is left byte for byte; its human-readable lines are escaped
 * where they are built (`safe`, escapeControls).
 */
export function guardIO(io: CliIO): CliIO {
  const stderr = guardStream(io.stderr);
  const stdout = io.stdout.isTTY ? guardStream(io.stdout) : io.stdout;
  if (stderr === io.stderr && stdout === io.stdout) return io;
  return { ...io, stdout, stderr };
}
