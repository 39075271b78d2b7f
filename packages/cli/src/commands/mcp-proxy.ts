import { basename } from 'node:path';
import { AuditError, createAuditor, fileLedger, pauseStore } from '@agent-audit/core';
import type { Auditor } from '@agent-audit/core';
import { createMcpProxy, loadMcpProxyConfig, isLoopback } from '@agent-audit/mcp-proxy';
import type { McpProxyConfigFile, UpstreamConfig, McpHttpOptions } from '@agent-audit/mcp-proxy';

const USAGE = `Usage: agent-audit mcp-proxy [options] <command> [args...]
       agent-audit mcp-proxy [options] --config <file>

The first argument that is not an option is the server's command: everything after it goes
to the server unchanged (as with npx, env or sudo). A "--" before the command is accepted too.

Puts an audit proxy in front of MCP servers. Every tool call, resource read, prompt,
sampling and elicitation request becomes a redacted, hash-chained event in the ledger.

Options:
  --ledger <dir>       ledger folder (or AGENT_AUDIT_LEDGER, or "ledger" in the config)
  --config <file>      config file: { "mcpServers": { name: { command, args, env } | { url, headers } }, "policy": {...} }
  --url <url>          one upstream over Streamable HTTP instead of a command
  --http <port>        serve clients over Streamable HTTP on this port (default: stdio)
  --host <host>        HTTP bind address (default 127.0.0.1; any other needs --token)
  --token <[subject:]token>  accepted bearer token (repeatable; also AGENT_AUDIT_MCP_TOKEN)
  --agent <id>         agent id of the events (default mcp-proxy)
  --stream <name>      ledger stream (default mcp-proxy.<server>)
  --fail-closed        forward a tool call only after its event is durable
  --pause-dir <dir>    refuse every tool call (policy.deny) while the agent is paused there
                       (agent-audit watch, rules with action: pause; agent-audit resume lifts it)
  --timeout <ms>       per-request upstream timeout (default 300000)
  --max-message-bytes <n>  message size limit (default 4194304)
  -h, --help           this text

In stdio mode stdout carries the MCP protocol; diagnostics go to stderr.
Example (Claude Desktop / Cursor / MCP Inspector mcpServers entry):
  "command": "agent-audit", "args": ["mcp-proxy", "--ledger", "/var/audit", "npx", "-y", "@modelcontextprotocol/server-everything"]
`;

interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
}

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
  help: boolean;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Parsed {
  const out: Parsed = { tokens: [], failClosed: false, command: [], help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      out.command = argv.slice(i + 1);
      break;
    }
    // The first non-option is the server's command; its own options are not ours.
    if (!arg.startsWith('-')) {
      out.command = argv.slice(i);
      break;
    }
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = argv[++i];
      if (next === undefined || next === '--') throw new UsageError(`${flag} needs a value`);
      return next;
    };
    const integer = (text: string, min: number, max: number): number => {
      const n = Number(text);
      if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${flag} must be an integer from ${min} to ${max}`);
      return n;
    };
    switch (flag) {
      case '--ledger': out.ledger = value(); break;
      case '--config': out.config = value(); break;
      case '--url': out.url = value(); break;
      case '--http': out.http = integer(value(), 0, 65535); break;
      case '--host': out.host = value(); break;
      case '--token': out.tokens.push(value()); break;
      case '--agent': out.agent = value(); break;
      case '--stream': out.stream = value(); break;
      case '--fail-closed': out.failClosed = true; break;
      case '--pause-dir': out.pauseDir = value(); break;
      case '--timeout': out.timeout = integer(value(), 1, 86_400_000); break;
      case '--max-message-bytes': out.maxMessageBytes = integer(value(), 1024, 1 << 30); break;
      case '-h': case '--help': out.help = true; break;
      default: throw new UsageError(`unknown option ${arg} (the server's command and its options go after the proxy's options: mcp-proxy [options] <command> [args...])`);
    }
  }
  return out;
}

function tokenList(values: string[]): Array<{ token: string; subject: string }> {
  return values.map((value, index) => {
    const colon = value.indexOf(':');
    return colon > 0 ? { subject: value.slice(0, colon), token: value.slice(colon + 1) } : { subject: `token-${index + 1}`, token: value };
  });
}

const LAUNCHERS = new Set(['node', 'npx', 'bunx', 'bun', 'deno', 'uvx', 'uv', 'python', 'python3', 'pipx', 'docker', 'podman', 'pnpm', 'yarn', 'npm', 'cmd', 'sh', 'bash']);
const GENERIC = new Set(['index', 'main', 'server', 'cli', 'dist', 'build', 'lib', 'src', 'bin', 'run', 'stdio']);

/** A readable upstream name: `npx -y @scope/server-x` -> `server-x`, `node .../server-x/dist/index.js` -> `server-x`. */
function upstreamName(command: string, args: string[]): string {
  const clean = (text: string): string => text.replace(/[^A-Za-z0-9_.-]/g, '-').replace(/^[^A-Za-z0-9]+/, '').replace(/__+/g, '_').slice(0, 64);
  const base = basename(command).replace(/\.(exe|cmd|bat)$/i, '');
  if (!LAUNCHERS.has(base)) return clean(base) || 'server';
  for (const arg of args) {
    if (arg.startsWith('-')) continue;
    const parts = arg.replace(/@[^/@]*$/, '').split(/[\\/]/).map((p) => p.replace(/\.(m?js|cjs|ts|py)$/, '')).filter((p) => p !== '' && !GENERIC.has(p) && !p.startsWith('@'));
    const name = parts.length > 0 ? clean(parts[parts.length - 1] as string) : '';
    if (name) return name;
  }
  return clean(base) || 'server';
}

function streamName(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9._-]/g, '-').replace(/^[^A-Za-z0-9]+/, '').slice(0, 100);
  return `mcp-proxy.${cleaned || 'server'}`;
}

/**
 * `agent-audit mcp-proxy`: runs the MCP audit proxy until the client disconnects (stdio) or
 * the process is told to stop (HTTP). Returns the exit code.
 *
 * @example
 * ```ts
 * const code = await mcpProxyCommand(['--ledger', './audit', 'node', 'server.js'], { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env });
 * ```
 */
export async function mcpProxyCommand(argv: string[], io: Io): Promise<number> {
  const say = (line: string): void => {
    io.stderr.write(`agent-audit mcp-proxy: ${line}\n`);
  };
  let parsed: Parsed;
  try {
    parsed = parseArgs(argv);
  } catch (error) {
    say((error as Error).message);
    io.stderr.write(USAGE);
    return 2;
  }
  if (parsed.help) {
    // Help is asked for by a person at a terminal, never by an MCP client.
    io.stderr.write(USAGE);
    return 0;
  }

  let config: McpProxyConfigFile | undefined;
  try {
    if (parsed.config) config = await loadMcpProxyConfig(parsed.config);
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
    say('no upstream: give <command> [args...] (after the options, "--" optional), --url or --config');
    io.stderr.write(USAGE);
    return 2;
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
    // Messages only: never event content, tokens or environment.
    say(AuditError.isInstance(error) ? `${error.code}: ${error.message}` : error.message);
  };
  let auditor: Auditor;
  const ledger = fileLedger({ dir: ledgerDir });
  try {
    try {
      auditor = createAuditor({ agent: { id: agentId }, sink: ledger, stream: wanted, onError });
    } catch (error) {
      // Several proxies (one per client window) share a ledger: one writer per stream.
      if (parsed.stream || !AuditError.isInstance(error) || error.code !== 'ledger_locked') throw error;
      auditor = createAuditor({ agent: { id: agentId }, sink: ledger, stream: `${wanted}.${process.pid}`, onError });
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
  const onSignal = (): void => stop(0);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
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
      // The client closed stdin: the session answers what is in flight, then closes.
      void session.closed$.then(() => stop(0));
    }
  } catch (error) {
    say((error as Error).message);
    stop(2);
  }
  const code = await stopped;
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  await proxy.close().catch((error: unknown) => say(`close: ${(error as Error).message}`));
  await auditor.close().catch((error: unknown) => say(`could not close the ledger: ${(error as Error).message}`));
  return code !== 0 ? code : failures > 0 && parsed.failClosed ? 1 : 0;
}
