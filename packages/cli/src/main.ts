import { createRequire } from 'node:module';
import { EXIT_OK, EXIT_USAGE, describeError, guardIO, type CliIO } from './io.js';
import { createProgram, runProgram, type Register } from './layer.js';

// Where each command is registered on the commander layer. A module loads only when one of its
// commands runs (all of them for the command list of --help), so `verify` never pays for (or
// breaks on) the MCP SDK or a database driver. Names, descriptions, options and help texts live
// with each command.
const MODULES: ReadonlyArray<{ commands: readonly string[]; load: () => Promise<Register> }> = [
  { commands: ['verify', 'migrate'], load: async () => (await import('./commands/verify.js')).registerVerify },
  { commands: ['query'], load: async () => (await import('./commands/query.js')).registerQuery },
  { commands: ['tail'], load: async () => (await import('./commands/tail.js')).registerTail },
  { commands: ['prove', 'verify-proof', 'keygen'], load: async () => (await import('./commands/prove.js')).registerProof },
  { commands: ['vault'], load: async () => (await import('./commands/vault.js')).registerVault },
  { commands: ['status'], load: async () => (await import('./commands/status.js')).registerStatus },
  { commands: ['collect'], load: async () => (await import('./commands/collect.js')).registerCollect },
  { commands: ['mcp-proxy'], load: async () => (await import('./commands/mcp-proxy.js')).registerMcpProxy },
  { commands: ['report', 'export', 'verify-bundle'], load: async () => (await import('./commands/report.js')).registerReportCommands },
  { commands: ['watch', 'resume'], load: async () => (await import('./commands/watch.js')).registerWatchCommands },
  { commands: ['ui'], load: async () => (await import('./commands/ui.js')).registerUiCommand },
  { commands: ['retention'], load: async () => (await import('./commands/retention.js')).registerRetention },
  { commands: ['hold'], load: async () => (await import('./commands/hold.js')).registerHold },
];

function version(): string {
  try {
    return (createRequire(import.meta.url)('../package.json') as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/**
 * Runs the `agent-audit` command line with the given arguments; resolves to the exit code
 * (0 ok, 1 invalid, 2 usage or I/O error; each command's --help lists its own).
 *
 * @example
 * ```ts
 * process.exitCode = await main(['verify', './audit'], { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env });
 * ```
 */
export async function main(argv: string[], given: CliIO): Promise<number> {
  // Every command writes through the terminal-safe streams (io.ts guardIO).
  const io = guardIO(given);
  const [name, ...rest] = argv;
  // `agent-audit help <command>` is that command's --help.
  const wanted = name === 'help' ? rest[0] : name;
  const module = MODULES.find((m) => wanted !== undefined && m.commands.includes(wanted));
  const program = createProgram(io)
    .description(`agent-audit ${version()}: verifiable audit trails for AI agents`)
    .usage('<command> [options]')
    .version(version(), '-v, --version', 'print the version')
    .addHelpText('after', '\n<command> --help (or help <command>) lists the options of one command.\nExit codes: 0 ok, 1 invalid (verification failed), 2 usage or I/O error.');
  const state = { code: EXIT_OK };
  // An unknown command or a bare --help: register every command, so the list (or "did you mean") is whole.
  for (const m of module ? [module] : MODULES) (await m.load())(program, io, state);
  try {
    return await runProgram(program, argv, io, state);
  } catch (error) {
    io.stderr.write(`agent-audit${name ? ` ${name}` : ''}: ${describeError(error)}\n`);
    return EXIT_USAGE;
  }
}
