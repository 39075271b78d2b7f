// Shipping from the ledger to remote sinks. Re-exported by the core's src/index.ts.
export { CircuitOpenError, ShipError, SinkError } from './errors.js';
export { httpSink, idempotencyKey, type HttpSinkOptions } from './http-sink.js';
export { createShipper, SHIP_STATUS_FILE, type Shipper, type ShipperOptions, type ShipperStatus, type StreamShipStatus } from './shipper.js';
export { readShipStatus, type ShipStatusReport } from './status.js';
export type { ShipSink, ShippedCheckpoint, SinkStats } from './types.js';
export { backoffDelay, circuitBreaker, instrumented, retrying, type CircuitBreakerOptions, type RetryingOptions } from './wrappers.js';
