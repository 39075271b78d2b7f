export { auditMiddleware } from './audit-middleware.js';
export type { AuditMiddlewareOptions } from './audit-middleware.js';
export { auditTelemetry } from './audit-telemetry.js';
export type { AuditRunInfo, AuditTelemetryIntegration, AuditTelemetryOptions } from './audit-telemetry.js';
