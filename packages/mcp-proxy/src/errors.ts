import { AuditError } from '@agent-audit/core';

/**
 * A configuration or runtime failure of the MCP audit proxy (bad config, unsafe bind,
 * upstream that cannot be started). Reported to the auditor's `onError` or thrown from
 * `createMcpProxy()` / `listen()` when the proxy cannot run safely.
 *
 * @example
 * ```ts
 * try { await proxy.listen({ host: '0.0.0.0' }) } catch (e) { if (McpProxyError.isInstance(e)) console.error(e.code) }
 * ```
 */
export class McpProxyError extends AuditError {
  constructor({ message, cause, code = 'mcp_proxy_error' }: { message: string; cause?: unknown; code?: string }) {
    super({ message, cause, code });
    this.name = 'McpProxyError';
  }
}
