export { natsSink, type NatsCheckpointInput, type NatsSink, type NatsSinkOptions } from './sink.js';
export { natsTail, type NatsTail, type NatsTailOptions } from './tail.js';
export { createCollector, type Collector, type CollectorOptions, type CollectorStatus } from './collector.js';
export { NatsError, subjectToken, type NatsTarget, type StreamConfigOptions } from './internal/common.js';
