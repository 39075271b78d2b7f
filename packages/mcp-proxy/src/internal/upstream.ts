import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { UpstreamConfig } from '../config.js';
import { ChildProcessTransport, type LineProblem } from './line-transport.js';

// The same short list the MCP SDK's stdio client passes on: enough to run, no secrets.
const INHERITED = process.platform === 'win32'
  ? ['APPDATA', 'HOMEDRIVE', 'HOMEPATH', 'LOCALAPPDATA', 'PATH', 'PROCESSOR_ARCHITECTURE', 'SYSTEMDRIVE', 'SYSTEMROOT', 'TEMP', 'USERNAME', 'USERPROFILE', 'PROGRAMFILES']
  : ['HOME', 'LOGNAME', 'PATH', 'SHELL', 'TERM', 'USER', 'TMPDIR', 'LANG'];

/**
 * The proxy's own settings and credentials (`AGENT_AUDIT_MCP_TOKEN`, `AGENT_AUDIT_VAULT_CAPABILITY`,
 * ...): never handed to a server, even with `inheritEnv`, since a server's tool could return
 * them to any client. A server that needs one gets it through `env`.
 */
export const PROXY_OWN_VARIABLE = /^AGENT_AUDIT_/i;

export function upstreamEnvironment(config: { env?: Record<string, string>; inheritEnv?: boolean }, from: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const env: Record<string, string> = {};
  if (config.inheritEnv) {
    for (const [key, value] of Object.entries(from)) if (value !== undefined && !PROXY_OWN_VARIABLE.test(key)) env[key] = value;
  } else {
    for (const key of INHERITED) {
      const value = from[key];
      if (value !== undefined && !value.startsWith('()')) env[key] = value;
    }
  }
  return { ...env, ...config.env };
}

export type UpstreamKind = 'stdio' | 'http' | 'custom';

export function upstreamKind(config: UpstreamConfig): UpstreamKind {
  if ('transport' in config) return 'custom';
  if ('url' in config) return 'http';
  return 'stdio';
}

export function createUpstreamTransport(
  config: UpstreamConfig,
  options: { maxMessageBytes: number; onProblem: (problem: LineProblem) => void },
): Transport {
  if ('transport' in config) return config.transport();
  if ('url' in config) {
    return new StreamableHTTPClientTransport(new URL(config.url), { requestInit: { headers: { ...config.headers } } });
  }
  return new ChildProcessTransport({
    command: config.command,
    args: config.args ?? [],
    env: upstreamEnvironment(config),
    cwd: config.cwd,
    stderr: config.stderr ?? 'inherit',
    maxMessageBytes: options.maxMessageBytes,
    onProblem: options.onProblem,
  });
}
