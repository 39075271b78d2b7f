import { basename } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { AuditError, createAuditor, fileLedger, pauseStore } from '@agent-audit/core';
import type { Auditor } from '@agent-audit/core';
import { createMcpProxy, parseMcpProxyConfig, isLoopback } from '@agent-audit/mcp-proxy';
import type { McpProxyConfigFile, UpstreamConfig, McpHttpOptions } from '@agent-audit/mcp-proxy';
import { EXIT_USAGE, describeError, safe, type CliIO } from '../io.js';
import { collect, onStopSignal, passThrough, readInputText, runRegistered, wire } from '../layer.js';
import { upstreamName } from './upstream-name.js';

export { upstreamName };

const SYNOPSIS = 'mcp-proxy [options] <command> [args...]';

const HELP_AFTER = `
In stdio mode stdout carries the MCP protocol; help and diagnostics go to stderr.
Example (Claude Desktop / Cursor / MCP Inspector mcpServers entry):
  "command": "agent-audit", "args": ["mcp-proxy", "--ledger", "/var/audit", "npx", "-y", "@modelcontextprotocol/server-everything"]
Durability: by default a call is answered first and recorded after; its events are durable at the
next group commit (ms; seconds on a saturated machine), and a proxy killed before that (the MCP
SDK sends SIGKILL 4 s after closing stdin) loses them. A stdin close or SIGTERM closes the ledger
first, before waiting for the servers to stop. --fail-closed forwards a tools/call only once its
tool.call is durable and its answer only once its tool.result is: nothing answered is lost.
Exit codes: 0 the client disconnected (stdio) or SIGINT/SIGTERM, 1 the ledger could not be opened,
every upstream exited, or (--fail-closed) an event could not be written; 2 usage or configuration error.`;

/** The proxy's options as commander parses them; `command` is the server's command line, untouched. */
interface Parsed {
  ledger?: string;
  config?: string;
  url?: string;
  http?: number;
  host?: string;
  tokens: string[];
  agent?: string;
  stream?: string;
  failClosed: boolean;
  pauseDir?: string;
  timeout?: number;
  maxMessageBytes?: number;
  command: string[];
}

const integer = (min: number, max: number) => (text: string): number => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`must be an integer from ${min} to ${max}`);
  return n;
};

function tokenList(values: string[]): Array<{ token: string; subject: string }> {
  return values.map((value, index) => {
    const colon = value.indexOf(':');
    return colon > 0 ? { subject: value.slice(0, colon), token: value.slice(colon + 1) } : { subject: `token-${index + 1}`, token: value };
  });
}

function streamName(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9._-]/g, '-').replace(/^[^A-Za-z0-9]+/, '').slice(0, 100);
  return `mcp-proxy.${cleaned || 'server'}`;
}

/**
 * Registers `agent-audit mcp-proxy` on a program made by createProgram (whose positional options
 * let the server's own flags pass through untouched). Help and usage errors go to stderr: in stdio
 * mode stdout is the MCP channel. The exit code is left in `state.code`.
 */
export function registerMcpProxy(program: Command, io: CliIO, state: { code: number }): void {
  const say = (line: string): void => {
    io.stderr.write(`agent-audit mcp-proxy: ${line}\n`);
  };
  const command = passThrough(wire(program.command('mcp-proxy'), io));
  command
    .summary('audit every call between MCP clients and a tool server')
    .description(`Puts an audit proxy in front of MCP servers. Every tool call, resource read, prompt, sampling and elicitation request becomes a redacted, hash-chained event in the ledger.

The first argument that is not an option is the server's command: everything after it goes to the server unchanged (as with npx, env or sudo). A "--" before the command is accepted too.`)
    .usage('[options] <command> [args...]\n       agent-audit mcp-proxy [options] --config <file>')
    .argument('[command...]', "the server's command and its arguments, passed through untouched")
    .option('--ledger <dir>', 'ledger folder (or AGENT_AUDIT_LEDGER, or "ledger" in the config)')
    .option('--config <file>', 'config file: { "mcpServers": { name: { command, args, env } | { url, headers } }, "policy": {...} }')
    .option('--url <url>', 'one upstream over Streamable HTTP instead of a command')
    .option('--http <port>', 'serve clients over Streamable HTTP on this port (default: stdio)', integer(0, 65535))
    .option('--host <host>', 'HTTP bind address (default 127.0.0.1; any other needs --token)')
    .option('--token <[subject:]token>', 'accepted bearer token (repeatable; also AGENT_AUDIT_MCP_TOKEN)', collect)
    .option('--agent <id>', 'agent id of the events (default mcp-proxy)')
    .option('--stream <name>', 'ledger stream (default mcp-proxy.<server>)')
    .option('--fail-closed', 'forward a tool call only after its tool.call event is durable, and its answer only after its tool.result is')
    .option('--pause-dir <dir>', 'refuse every tool call (policy.deny) while the agent is paused there (agent-audit watch, rules with action: pause; agent-audit resume lifts it)')
    .option('--timeout <ms>', 'per-request upstream timeout in milliseconds (default 300000)', integer(1, 86_400_000))
    .option('--max-message-bytes <n>', 'message size limit in bytes (default 4194304)', integer(1024, 1 << 30))
    .addHelpText('after', HELP_AFTER)
    // Help is asked for by a person at a terminal, never by an MCP client: all of it to stderr.
    .configureOutput({
      writeOut: (text) => void io.stderr.write(text),
      writeErr: (text) => void io.stderr.write(text),
      outputError: (text, write) =>
        write(text.replace(/unknown option '([^']*)'/, `unknown option $1 (the server's command and its options go after the proxy's options: ${SYNOPSIS}; a "--" before the command is accepted too)`)),
    })
    .action(async (serverCommand: string[], flags: Omit<Parsed, 'command' | 'tokens' | 'failClosed'> & { token?: string[]; failClosed?: boolean }) => {
      const { token, failClosed, ...rest } = flags;
      state.code = await runMcpProxy({ ...rest, tokens: token ?? [], failClosed: failClosed === true, command: serverCommand }, io, say);
    });
}

/**
 * `agent-audit mcp-proxy`: runs the MCP audit proxy until the client disconnects (stdio) or
 * the process is told to stop (HTTP). Resolves to the exit code.
 *
 * @example
 * ```ts
 * const code = await mcpProxyCommand(['--ledger', './audit', 'node', 'server.js'], { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env });
 * ```
 */
export const mcpProxyCommand = (argv: string[], io: CliIO): Promise<number> => runRegistered(registerMcpProxy, 'mcp-proxy', argv, io);

/** The --config file, read with the CLI's bounded reader (a FIFO or /dev/zero is refused at once), then validated. */
function loadConfig(file: string): McpProxyConfigFile {
  const text = readInputText(file, 'config file', 'config');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(safe`config file ${file} is not valid JSON: ${describeError(error)}`);
  }
  return parseMcpProxyConfig(parsed);
}

async function runMcpProxy(parsed: Parsed, io: CliIO, say: (line: string) => void): Promise<number> {
  let config: McpProxyConfigFile | undefined;
  try {
    if (parsed.config) config = loadConfig(parsed.config);
  } catch (error) {
    say((error as Error).message);
    return 2;
  }
  const upstreams: Record<string, UpstreamConfig> = {};
  if (parsed.command.length > 0) {
    const [command, ...args] = parsed.command as [string, ...string[]];
    // The client set this process's environment for the server it launches: pass it all on.
    upstreams[upstreamName(command, args)] = { command, args, inheritEnv: true };
  }
  if (parsed.url) upstreams[new URL(parsed.url).hostname.replace(/[^A-Za-z0-9_.-]/g, '-') || 'http'] = { url: parsed.url };
  if (config) {
    for (const [name, server] of Object.entries(config.mcpServers)) {
      if (upstreams[name]) {
        say(`upstream name "${name}" given twice`);
        return 2;
      }
      upstreams[name] = server;
    }
  }
  if (Object.keys(upstreams).length === 0) {
    say(`no upstream: give <command> [args...] (after the options, "--" optional), --url or --config (usage: agent-audit ${SYNOPSIS}; see --help)`);
    return EXIT_USAGE;
  }
  const ledgerDir = parsed.ledger ?? io.env.AGENT_AUDIT_LEDGER ?? config?.ledger;
  if (!ledgerDir) {
    say('no ledger folder: pass --ledger <dir> or set AGENT_AUDIT_LEDGER');
    return 2;
  }
  const tokens = [...tokenList(parsed.tokens), ...(config?.http?.tokens ?? [])];
  if (io.env.AGENT_AUDIT_MCP_TOKEN) tokens.push(...tokenList([io.env.AGENT_AUDIT_MCP_TOKEN]));
  const httpPort = parsed.http ?? config?.http?.port;
  const host = parsed.host ?? config?.http?.host ?? '127.0.0.1';
  if (httpPort === undefined && parsed.host) {
    say('--host only applies with --http');
    return 2;
  }
  if (httpPort !== undefined && !isLoopback(host) && tokens.length === 0) {
    say(`refusing to bind ${host} without authentication: add --token <subject:token> (or bind 127.0.0.1)`);
    return 2;
  }

  const names = Object.keys(upstreams);
  const agentId = parsed.agent ?? 'mcp-proxy';
  const wanted = parsed.stream ?? streamName(names.length === 1 ? (names[0] as string) : names.join('+'));
  let failures = 0;
  const onError = (error: Error): void => {
    failures++;
    // Messages only: never event content, tokens or environment. The library's own "mcp-proxy: "
    // prefix is dropped: say() already names the command.
    const message = error.message.replace(/^mcp-proxy: /, '');
    say(AuditError.isInstance(error) ? `${error.code}: ${message}` : message);
  };
  let auditor: Auditor;
  const ledger = fileLedger({ dir: ledgerDir });
  // Over stdio the proxy serves one client, so every event is of one session, and the sealing pool
  // sends all of a session's events to one thread (its memory lives there): a second thread would
  // only load a redactor (about half a second of CPU beside the client and the server) and then sit
  // idle. Over HTTP, sessions run in parallel on the default pool. Both start their threads with
  // the first event, not after the core's default 256 sealed on the host's thread: an event sealed
  // there is redacted between a request and its answer, in the call's path (docs/adapters/mcp-proxy.md).
  // At the end, the pool gets 1 s to answer what it holds, then the host's thread seals it: an MCP
  // client kills the proxy 4 s after closing its stdin (SIGTERM at 2 s), and a pool still loading
  // its redactor, or starved at nice 10 on a machine busy on every core, answered later than that,
  // losing every event it held (closeWaitMs).
  const redactionWorker = httpPort === undefined ? { redactionWorker: { threads: 1, startAfterEvents: 0, closeWaitMs: 1000 } } : { redactionWorker: { startAfterEvents: 0, closeWaitMs: 1000 } };
  try {
    try {
      auditor = createAuditor({ agent: { id: agentId }, sink: ledger, stream: wanted, onError, ...redactionWorker });
    } catch (error) {
      // Several proxies (one per client window) share a ledger: one writer per stream.
      if (parsed.stream || !AuditError.isInstance(error) || error.code !== 'ledger_locked') throw error;
      auditor = createAuditor({ agent: { id: agentId }, sink: ledger, stream: `${wanted}.${process.pid}`, onError, ...redactionWorker });
    }
  } catch (error) {
    say(`cannot open the ledger in ${ledgerDir}: ${(error as Error).message}`);
    return 1;
  }

  let proxy: ReturnType<typeof createMcpProxy>;
  try {
    proxy = createMcpProxy({
      auditor,
      upstreams,
      ...(config?.policy || parsed.pauseDir ? { policy: { ...config?.policy, ...(parsed.pauseDir ? { pause: { agent: agentId, check: pauseStore({ dir: parsed.pauseDir }).check } } : {}) } } : {}),
      failClosed: parsed.failClosed,
      // A policy entry that matches no listed tool (a typo in a deny list) is said on stderr, once.
      onWarning: (message: string) => say(`warning: ${message}`),
      ...(parsed.timeout ?? config?.requestTimeoutMs ? { requestTimeoutMs: parsed.timeout ?? config?.requestTimeoutMs } : {}),
      ...(parsed.maxMessageBytes ?? config?.maxMessageBytes ? { maxMessageBytes: parsed.maxMessageBytes ?? config?.maxMessageBytes } : {}),
    });
  } catch (error) {
    say((error as Error).message);
    await auditor.close().catch(() => {});
    return 2;
  }

  let stop: (code: number) => void = () => {};
  const stopped = new Promise<number>((resolve) => {
    stop = resolve;
  });
  // Handled until the ledger is closed: a second SIGTERM (timeout(1) signals the process group too) must not cut the close short.
  const release = onStopSignal('mcp-proxy', io, () => {
    // Said before the work it announces: a client's SIGKILL (the MCP SDK sends one 4 s after
    // closing stdin) may end the process before anything else is written.
    const { recorded, durable, dropped } = auditor.stats();
    const waiting = recorded - durable - dropped;
    if (waiting > 0) say(`stopping: writing ${waiting} event${waiting === 1 ? '' : 's'} not yet durable to the ledger; killing the proxy before it exits loses them`);
    stop(0);
  });
  let stdio: { ended$: Promise<void> } | undefined;
  try {
    if (httpPort !== undefined) {
      const httpOptions: McpHttpOptions = {
        port: httpPort,
        host,
        ...(tokens.length > 0 ? { tokens } : {}),
        ...(config?.http?.allowedHosts ? { allowedHosts: config.http.allowedHosts } : {}),
        ...(config?.http?.allowedOrigins ? { allowedOrigins: config.http.allowedOrigins } : {}),
      };
      const server = await proxy.listen(httpOptions);
      say(`listening on ${server.url} (upstreams: ${names.join(', ')}; stream ${auditor.stream})`);
    } else {
      const session = await proxy.serveStdio({ stdin: io.stdin as NodeJS.ReadStream, stdout: io.stdout as NodeJS.WriteStream });
      session.onAllUpstreamsGone = () => {
        say('every upstream server has exited; stopping');
        stop(1);
      };
      if (!session.hasLiveUpstream) {
        say('no upstream server could be started');
        stop(1);
      }
      stdio = session;
      // The client closed stdin: the session answers what is in flight and records its end; the
      // ledger is closed then, while the upstreams are still being stopped.
      void session.ended$.then(() => stop(0));
    }
  } catch (error) {
    say((error as Error).message);
    stop(2);
  }
  const code = await stopped;
  const closeLedger = (): Promise<void> => auditor.close().catch((error: unknown) => say(`could not close the ledger: ${(error as Error).message}`));
  // Durable first: once every session has recorded its end, the ledger is closed (flushed,
  // signed, unlocked; the sealing pool waited for 1 s at most) in parallel with stopping the
  // upstreams, which may take seconds; the client (stdio) or a supervisor (HTTP: systemd, docker
  // stop) may kill this process by then. Over HTTP the ledger was closed only after every
  // upstream had stopped.
  const closing = proxy.close({ onEnded: closeLedger }).catch((error: unknown) => say(`close: ${(error as Error).message}`));
  await (stdio ? Promise.race([stdio.ended$, closing]) : closing);
  await closeLedger();
  await closing;
  release();
  return code !== 0 ? code : failures > 0 && parsed.failClosed ? 1 : 0;
}
