import { createHash } from 'node:crypto';

/**
 * The `session` the proxy records for a downstream MCP session id (`Mcp-Session-Id`): `mcp-` and the
 * first 32 hexadecimal digits (128 bits) of the id's SHA-256. The id is a credential (without
 * bearer tokens it is all a local process needs to drive a live session), so the ledger never holds
 * it; the pseudonym is the same in every event of the session, so they still join, and whoever holds
 * the id (a client's log) finds its events by it. The proxy makes its ids with `randomUUID()` (122
 * random bits): the digest cannot be turned back into the id.
 *
 * @example
 * ```ts
 * mcpSessionPseudonym('9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d') // 'mcp-' + 32 hex digits
 * // agent-audit query ./audit --session "mcp-$(printf %s "$MCP_SESSION_ID" | sha256sum | cut -c1-32)"
 * ```
 */
export function mcpSessionPseudonym(sessionId: string): string {
  return `mcp-${createHash('sha256').update(sessionId, 'utf8').digest('hex').slice(0, 32)}`;
}
