// Public API of @agent-audit/otel. Explicit named exports only.
export { otlpSink, genAiAttributes } from './otlp-sink.js';
export type { OtlpSinkOptions } from './otlp-sink.js';
