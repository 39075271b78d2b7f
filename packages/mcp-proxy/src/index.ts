export { createMcpProxy, isLoopback, PROXY_VERSION } from './proxy.js';
export type { McpProxy, McpProxyOptions, McpProxySession, McpHttpOptions, McpHttpServer } from './proxy.js';
export { parseMcpProxyConfig, loadMcpProxyConfig } from './config.js';
export type { McpProxyConfigFile, UpstreamConfig, StdioUpstreamConfig, HttpUpstreamConfig, TransportUpstreamConfig } from './config.js';
export { evaluateToolPolicy, validateToolPolicy, globToRegExp } from './policy.js';
export type { ToolPolicy, ArgumentRule, PolicyDecision } from './policy.js';
export { McpProxyError } from './errors.js';
export { ProxyErrorCode } from './internal/session.js';
