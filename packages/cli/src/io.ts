import { parseArgs, type ParseArgsConfig } from 'node:util';
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
 * C1 controls (U+0080–U+009F), line and paragraph separators and bidirectional overrides are
 * shown visibly (`\n`, `\r`, `\t`, `\x1b`, `\u202e`), so an event can neither send escape
 * sequences to the terminal nor forge a row. Idempotent (the result holds no control characters).
 */
export function escapeControls(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
