export { auditMiddleware } from './audit-middleware.js';
export type { AuditMiddlewareOptions } from './audit-middleware.js';
export { auditTelemetry } from './audit-telemetry.js';
export type { AuditRunInfo, AuditTelemetryIntegration, AuditTelemetryOptions } from './audit-telemetry.js';
export { pauseTools } from './pause-tools.js';
export type { PauseGate, PauseToolsOptions } from './pause-tools.js';
