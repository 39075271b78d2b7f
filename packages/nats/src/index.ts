export { natsSink, type NatsCheckpointInput, type NatsSink, type NatsSinkOptions } from './sink.js';
export { createCollector, type Collector, type CollectorOptions, type CollectorStatus } from './collector.js';
export { NatsError, subjectToken, type NatsTarget, type StreamConfigOptions } from './internal/common.js';
