export { migrate, type MigrateResult } from './migrate.js';
export { PostgresError, type PostgresTarget } from './internal/connection.js';
export { createPostgresStore, type ChainStateRow, type CheckpointRow, type PostgresStore, type PostgresStoreOptions, type StoreTransaction, type StoredLine } from './store.js';
export { postgresSink, type PostgresCheckpointInput, type PostgresSink, type PostgresSinkOptions } from './sink.js';
export { queryPostgres, verifyPostgres, type PostgresReadOptions, type VerifyPostgresOptions } from './query.js';
export { applyRetention, planPostgresRetention, type RetentionResult, type PostgresRetentionOptions, type PostgresRetentionPlan, type PartitionPlan } from './retention.js';
export { postgresReportSource, type PostgresReportSource } from './report-source.js';
export { provePostgresEvent } from './prove.js';
export { createPostgresWitness, postgresWitness, readPostgresWitness } from './witness.js';
