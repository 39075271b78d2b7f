import os from 'node:os';
import path from 'node:path';

/**
 * Where agent-audit keeps keys it generates (ledger signing keys, the pseudonym key, the vault
 * master key): `$AGENT_AUDIT_HOME/keys`, else `$XDG_CONFIG_HOME/agent-audit/keys`, else
 * `~/.config/agent-audit/keys`. Never inside a ledger.
 */
export function defaultKeyDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.AGENT_AUDIT_HOME) return path.join(env.AGENT_AUDIT_HOME, 'keys');
  const config = env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config');
  return path.join(config, 'agent-audit', 'keys');
}
