// Retention, archival and legal hold (docs/RETENTION.md).
export { DEFAULT_RETENTION_POLICY, REGULATORY_MINIMUMS, retentionOf, retentionBelowMinimums, mergeRetentionPolicy, loadRetentionPolicy, addPeriod } from './policy.js';
export type { RetentionRule, RetentionPolicy, RetentionDecision } from './policy.js';
export { planRetention, applyRetention, leftoverSegments, RETENTION_LOCK_FILE } from './apply.js';
export type { RetentionPlan, StreamPlan, PlannedSegment, RetentionOptions, ApplyRetentionOptions, RetentionApplyResult, PrunedStream } from './apply.js';
export { verifyArchive, readArchiveKey, isArchiveFile, archiveKeyId } from './archive.js';
export type { ArchiveManifest, ArchiveVerifyResult, VerifyArchiveOptions } from './archive.js';
export { readHolds, collectHolds, holdCovers, holdMatchesAny, addHold, releaseHolds, checkHoldsStream, HOLDS_STREAM, RETENTION_STREAM, HOLD_SCOPES, HOLDS_LOCK_FILE } from './holds.js';
export type { LegalHold, HoldScope, HoldWriteOptions } from './holds.js';
export { PRUNED_FILE, loadPrunedState, parsePrunedRecord, formatPrunedRecord } from './pruned.js';
export type { PrunedRecord, PrunedState, PruneStep } from './pruned.js';
