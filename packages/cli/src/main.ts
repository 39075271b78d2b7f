import { createRequire } from 'node:module';
import { EXIT_OK, EXIT_USAGE, type CliIO } from './io.js';
import { migrateCommand, verifyCommand } from './commands/verify.js';
import { queryCommand } from './commands/query.js';
import { tailCommand } from './commands/tail.js';
import { keygenCommand, proveCommand, verifyProofCommand } from './commands/prove.js';

type Command = (argv: string[], io: CliIO) => Promise<number>;

// Commands with heavy or optional dependencies load on first use, so `verify` never pays
// for (or breaks on) the MCP SDK or a database driver.
const lazy =
  <K extends string>(load: () => Promise<Record<K, unknown>>, name: K): Command =>
  async (argv, io) =>
    ((await load())[name] as Command)(argv, io);

const COMMANDS: Record<string, { run: Command; summary: string }> = {
  verify: { run: verifyCommand, summary: 'verify a ledger folder or PostgreSQL store; names the first bad event' },
  migrate: { run: migrateCommand, summary: 'sign the first head of a ledger written before signed heads (after it verifies)' },
  query: { run: queryCommand, summary: 'select events by type, session, trace, actor, tool, resource, time...' },
  tail: { run: tailCommand, summary: 'show the latest events; --follow to keep watching' },
  prove: { run: proveCommand, summary: 'inclusion proof of one event against the signed checkpoint' },
  'verify-proof': { run: verifyProofCommand, summary: 'check an inclusion proof offline' },
  keygen: { run: keygenCommand, summary: 'generate an Ed25519 checkpoint signing key pair' },
  vault: { run: lazy(() => import('./commands/vault.js'), 'vaultCommand'), summary: 'reveal (with a capability), erase or list vaulted originals' },
  status: { run: lazy(() => import('./commands/status.js'), 'statusCommand'), summary: 'shipping status: lag, retries, last error per sink' },
  collect: { run: lazy(() => import('./commands/collect.js'), 'collectCommand'), summary: 'consume NATS JetStream into PostgreSQL, verifying each chain' },
  'mcp-proxy': { run: lazy(() => import('./commands/mcp-proxy.js'), 'mcpProxyCommand'), summary: 'audit every call between MCP clients and a tool server' },
  report: { run: lazy(() => import('./commands/report.js'), 'reportCommand'), summary: 'compliance reports: activity, subject, decision, ai-act, coverage, all (md|html|json)' },
  export: { run: lazy(() => import('./commands/report.js'), 'exportCommand'), summary: 'evidence bundle: events, inclusion proofs, checkpoints, keys, manifest in one file' },
  'verify-bundle': { run: lazy(() => import('./commands/report.js'), 'verifyBundleCommand'), summary: 'check an evidence bundle offline (exit 0 valid, 1 changed, 2 usage)' },
  watch: { run: lazy(() => import('./commands/watch.js'), 'watchCommand'), summary: 'monitor rules over ledgers live (or --once); alerts recorded as alert.raised, to stdout, webhooks, commands' },
  ui: { run: lazy(() => import('./commands/ui.js'), 'uiCommand'), summary: 'read-only web view: traces, timelines, verification, proofs, charts, reports, alerts (token-guarded, 127.0.0.1)' },
  resume: { run: lazy(() => import('./commands/watch.js'), 'resumeCommand'), summary: 'lift the pause of an agent paused by a monitor rule' },
};

function version(): string {
  try {
    return (createRequire(import.meta.url)('../package.json') as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/**
 * Runs the `agent-audit` command line with the given arguments; resolves to the exit code.
 *
 * @example
 * ```ts
 * process.exitCode = await main(['verify', './audit'], { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env });
 * ```
 */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const width = Math.max(...Object.keys(COMMANDS).map((k) => k.length));
    io.stdout.write(`agent-audit ${version()}: verifiable audit trails for AI agents\n\nusage: agent-audit <command> [options]\n\n`);
    for (const [key, command] of Object.entries(COMMANDS)) io.stdout.write(`  ${key.padEnd(width)}  ${command.summary}\n`);
    io.stdout.write('\nexit codes: 0 ok, 1 invalid (verify), 2 usage or I/O error\n');
    return name ? EXIT_OK : EXIT_USAGE;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(version() + '\n');
    return EXIT_OK;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`agent-audit: unknown command ${JSON.stringify(name)}; see agent-audit --help\n`);
    return EXIT_USAGE;
  }
  return command.run(rest, io);
}
