import { readSmallFile } from '@agent-audit/core';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { McpProxyError } from './errors.js';
import { refuseUnknownKeys } from './internal/keys.js';
import { validateToolPolicy, type ToolPolicy } from './policy.js';

/** Largest config file read, in bytes (4 MiB, as the CLI's `--config`). */
const MAX_CONFIG_BYTES = 4 * 1024 * 1024;

/** An upstream MCP server started as a child process and spoken to over stdio. */
export interface StdioUpstreamConfig {
  command: string;
  args?: string[];
  /** Extra variables for the server. Merged over the inherited environment (see `inheritEnv`). */
  env?: Record<string, string>;
  cwd?: string;
  /**
   * `true` passes the proxy's environment to the server (what the command-line form
   * `agent-audit mcp-proxy cmd` does, since the client set that environment for the server),
   * except the proxy's own `AGENT_AUDIT_*` variables (its bearer token and other credentials).
   * Default `false`: only HOME, PATH, USER, SHELL, TERM, LOGNAME, TMPDIR, LANG and the like,
   * as the MCP SDK's stdio client does.
   */
  inheritEnv?: boolean;
  /** Where the server's stderr goes. Default `inherit` (the proxy's stderr). */
  stderr?: 'inherit' | 'ignore' | 'pipe';
}

/** An upstream MCP server reached over Streamable HTTP. */
export interface HttpUpstreamConfig {
  url: string;
  /** Sent on every request, e.g. `{ Authorization: 'Bearer ...' }`. Never recorded. */
  headers?: Record<string, string>;
  type?: 'http' | 'streamable-http' | 'streamableHttp';
}

/** An upstream given as a ready transport (tests, in-process servers). */
export interface TransportUpstreamConfig {
  /** Called once per downstream session: every client gets its own upstream connection. */
  transport: () => Transport;
}

export type UpstreamConfig = StdioUpstreamConfig | HttpUpstreamConfig | TransportUpstreamConfig;

/** The config file: the familiar `mcpServers` shape plus the proxy's own keys. */
export interface McpProxyConfigFile {
  mcpServers: Record<string, StdioUpstreamConfig | HttpUpstreamConfig>;
  policy?: ToolPolicy;
  /** Downstream HTTP settings; command-line flags win. */
  http?: { port?: number; host?: string; tokens?: Array<{ token: string; subject: string }>; allowedHosts?: string[]; allowedOrigins?: string[] };
  ledger?: string;
  maxMessageBytes?: number;
  requestTimeoutMs?: number;
}

/** The keys each object of the config takes; any other is refused ("did you mean"). */
const FILE_KEYS = ['mcpServers', 'policy', 'http', 'ledger', 'maxMessageBytes', 'requestTimeoutMs'] as const satisfies ReadonlyArray<keyof McpProxyConfigFile>;
const HTTP_KEYS = ['port', 'host', 'tokens', 'allowedHosts', 'allowedOrigins'] as const;
const TOKEN_KEYS = ['token', 'subject'] as const;
/** A stdio, an HTTP and a transport upstream: a key of another kind is refused with a word on why. */
export const STDIO_UPSTREAM_KEYS = ['command', 'args', 'env', 'cwd', 'inheritEnv', 'stderr'] as const satisfies ReadonlyArray<keyof StdioUpstreamConfig>;
export const HTTP_UPSTREAM_KEYS = ['url', 'headers', 'type'] as const satisfies ReadonlyArray<keyof HttpUpstreamConfig>;
export const TRANSPORT_UPSTREAM_KEYS = ['transport'] as const satisfies ReadonlyArray<keyof TransportUpstreamConfig>;

/**
 * Refuses a key the upstream's kind does not take (`comand`, `url` beside `command`): the kind is
 * chosen by `transport`, else `url`, else `command`. Throws a plain `Error` naming the path.
 */
export function refuseUnknownUpstreamKeys(path: string, server: object): void {
  const kind = 'transport' in server ? TRANSPORT_UPSTREAM_KEYS : 'url' in server ? HTTP_UPSTREAM_KEYS : STDIO_UPSTREAM_KEYS;
  const other = (keys: readonly string[], what: string): Record<string, string> =>
    Object.fromEntries(keys.filter((k) => !(kind as readonly string[]).includes(k)).map((k) => [k, `a key of ${what} upstreams; an upstream is one of stdio (command), Streamable HTTP (url) or transport`]));
  refuseUnknownKeys(path, server, kind, { ...other(STDIO_UPSTREAM_KEYS, 'stdio'), ...other(HTTP_UPSTREAM_KEYS, 'Streamable HTTP'), ...other(TRANSPORT_UPSTREAM_KEYS, 'transport') });
}

const SERVER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/** Server names become tool-name prefixes (`<server>__<tool>`), so they must be simple. */
export function validateServerName(name: string): void {
  if (!SERVER_NAME.test(name) || name.includes('__')) {
    throw new McpProxyError({
      code: 'invalid_config',
      message: `upstream name "${name}" must be 1-64 characters of letters, digits, "_", "-", "." and must not contain "__"`,
    });
  }
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string');
}

/**
 * Validates a parsed config object. Throws `McpProxyError` (`invalid_config`) naming the bad key.
 * A key that the file, a server, `policy`, a rule, `http` or a token does not know is refused with
 * "did you mean" (``config: unknown key `policy.denny` (did you mean `deny`?)``).
 *
 * @example
 * ```ts
 * const config = parseMcpProxyConfig({ mcpServers: { everything: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-everything'] } } });
 * ```
 */
export function parseMcpProxyConfig(value: unknown): McpProxyConfigFile {
  const fail = (message: string): never => {
    throw new McpProxyError({ code: 'invalid_config', message });
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('config must be a JSON object');
  const config = value as Record<string, unknown>;
  const refuse = (run: () => void): void => {
    try {
      run();
    } catch (error) {
      throw new McpProxyError({ code: 'invalid_config', message: `config: ${(error as Error).message}`, cause: error });
    }
  };
  // Every object of the file refuses keys it does not know: a misspelt key is never ignored.
  refuse(() => refuseUnknownKeys('', config, FILE_KEYS));
  const servers = config.mcpServers;
  if (typeof servers !== 'object' || servers === null || Array.isArray(servers)) fail('config.mcpServers must be an object');
  const entries = Object.entries(servers as Record<string, unknown>);
  if (entries.length === 0) fail('config.mcpServers is empty');
  for (const [name, entry] of entries) {
    validateServerName(name);
    if (typeof entry !== 'object' || entry === null) fail(`mcpServers.${name} must be an object`);
    const server = entry as Record<string, unknown>;
    refuse(() => refuseUnknownUpstreamKeys(`mcpServers.${name}`, server));
    if (typeof server.url === 'string') {
      try {
        const url = new URL(server.url);
        if (url.protocol !== 'http:' && url.protocol !== 'https:') fail(`mcpServers.${name}.url must be http(s)`);
      } catch (error) {
        if (McpProxyError.isInstance(error)) throw error;
        fail(`mcpServers.${name}.url is not a URL`);
      }
      if (server.headers !== undefined && !isStringRecord(server.headers)) fail(`mcpServers.${name}.headers must map strings to strings`);
    } else if (typeof server.command === 'string' && server.command !== '') {
      if (server.args !== undefined && (!Array.isArray(server.args) || server.args.some((a) => typeof a !== 'string'))) {
        fail(`mcpServers.${name}.args must be an array of strings`);
      }
      if (server.env !== undefined && !isStringRecord(server.env)) fail(`mcpServers.${name}.env must map strings to strings`);
      if (server.cwd !== undefined && typeof server.cwd !== 'string') fail(`mcpServers.${name}.cwd must be a string`);
    } else {
      fail(`mcpServers.${name} needs "command" (stdio) or "url" (Streamable HTTP)`);
    }
  }
  if (config.policy !== undefined) {
    try {
      validateToolPolicy(config.policy as ToolPolicy);
    } catch (error) {
      fail(`config.policy: ${(error as Error).message}`);
    }
  }
  if (config.http !== undefined) {
    const http = config.http;
    if (typeof http !== 'object' || http === null || Array.isArray(http)) fail('config.http must be an object');
    refuse(() => refuseUnknownKeys('http', http as object, HTTP_KEYS));
    const tokens = (http as { tokens?: unknown }).tokens;
    if (tokens !== undefined) {
      if (!Array.isArray(tokens)) fail('config.http.tokens must be an array of { token, subject }');
      for (const [index, token] of (tokens as unknown[]).entries()) {
        if (typeof token !== 'object' || token === null || Array.isArray(token)) fail(`config.http.tokens[${index}] must be { token, subject }`);
        refuse(() => refuseUnknownKeys(`http.tokens[${index}]`, token as object, TOKEN_KEYS));
      }
    }
  }
  for (const key of ['maxMessageBytes', 'requestTimeoutMs'] as const) {
    const n = config[key];
    if (n !== undefined && (typeof n !== 'number' || !Number.isInteger(n) || n <= 0)) fail(`config.${key} must be a positive integer`);
  }
  return config as unknown as McpProxyConfigFile;
}

/**
 * Reads and validates a config file (see `parseMcpProxyConfig`). Only a regular file of at most
 * 4 MiB is read: a FIFO, a device such as `/dev/zero`, a socket or a folder is refused without
 * being read, so the call cannot hang or exhaust memory.
 *
 * @throws McpProxyError `invalid_config` when the file cannot be read (missing, not a regular
 *   file, too large), is not JSON, or does not validate
 *
 * @example
 * ```ts
 * const config = await loadMcpProxyConfig('./mcp-proxy.json');
 * createMcpProxy({ auditor, upstreams: config.mcpServers, policy: config.policy });
 * ```
 */
export async function loadMcpProxyConfig(file: string): Promise<McpProxyConfigFile> {
  let text: string;
  try {
    // Bounded and never blocking (a FIFO, `/dev/zero` or a folder is refused, not read): the
    // library reads as the CLI does (probe of the read side, 2026-12-06, F4).
    text = readSmallFile(file, MAX_CONFIG_BYTES);
  } catch (error) {
    throw new McpProxyError({ code: 'invalid_config', message: `cannot read config file ${file}: ${(error as Error).message}`, cause: error });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new McpProxyError({ code: 'invalid_config', message: `config file ${file} is not valid JSON: ${(error as Error).message}`, cause: error });
  }
  return parseMcpProxyConfig(parsed);
}
