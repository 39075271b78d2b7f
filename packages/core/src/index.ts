// Public API of @agent-audit/core. Explicit named exports only.
export { createAuditor } from './auditor/auditor.js';
export type { Auditor, AuditorOptions, AuditorStats, RecordReceipt } from './auditor/auditor.js';
export type { AuditContext, RunContext } from './auditor/context.js';
export { newTraceId, newSpanId, parseTraceparent, formatTraceparent } from './auditor/ids.js';
export { computeEventHash, sealEvent } from './auditor/seal.js';

export {
  EVENT_VERSION, EVENT_TYPES, START_TYPES, GENESIS_HASH, auditEventSchema, eventTimeProblem, eventTypeSchema, traceSchema, actorSchema, agentSchema,
  outcomeSchema, modelBlockSchema, toolBlockSchema, resourceBlockSchema, decisionBlockSchema, errorBlockSchema,
  contentBlockSchema, dataBlockSchema, complianceBlockSchema, sensitivitySchema,
} from './spec/event.js';
export type {
  AuditEvent, UnsealedEvent, RecordInput, KnownEventType, Trace, Actor, ActorType, AgentInfo, Outcome, Usage, ModelBlock,
  ToolBlock, ResourceBlock, DecisionBlock, ErrorBlock, ContentBlock, DataBlock, ComplianceBlock, Sensitivity, JsonValue,
} from './spec/event.js';
export type { LedgerSink, EventSink, SealedRecord, StreamHead, LedgerNotice } from './spec/sink.js';
export type { Redactor, RedactionResult, RedactOptions, CaptureMode, CapturePolicy } from './spec/redactor.js';
export { AuditError, LedgerError, LedgerFormatError, QueueOverflowError, RedactionError, RecordError, KeyError } from './spec/errors.js';
export { editDistance, rejectUnknownOptions, type UnknownOptionsCheck } from './internal/options.js';

export { canonicalize } from './crypto/jcs.js';
export { leafHash } from './crypto/hash.js';
export {
  hashChildren, emptyRoot, merkleRoot, CompactRange, inclusionProof, verifyInclusion, consistencyProof, verifyConsistency,
  rootFromInclusionProof,
} from './crypto/merkle.js';
export type { CompactRangeJSON } from './crypto/merkle.js';
export {
  generateSignerKey, verifierKeyFromSigner, parseVerifierKey, parseSignerKey, signNote, openNote, formatCheckpoint, parseCheckpoint,
} from './crypto/note.js';
export type { VerifierKey, SignerKeyInfo, NoteSignature, OpenedNote, Checkpoint } from './crypto/note.js';

export { fileLedger, readCheckpointFile } from './ledger/file-ledger.js';
export type { FileLedger, FileLedgerOptions, StoredCheckpoint } from './ledger/file-ledger.js';
export { defaultKeyDir, checkKeyFolder } from './ledger/keys.js';
export { listStreams, listStreamsLeavingOut, readEvents, readCheckpoints } from './ledger/read.js';
export type { LeftOut } from './ledger/read.js';
export { lineShapeProblem, MAX_LINE_NESTING } from './ledger/nesting.js';
export { readLedgerInfo } from './ledger/layout.js';
export type { LedgerInfo } from './ledger/layout.js';
export type { ReadEventsOptions } from './ledger/read.js';
export { verifyLedger, verifyEvents, createChainVerifier, checkVerifierKeys, checkpointOriginProblem } from './ledger/verify.js';
export type { VerifyResult, VerifyFailure, VerifyOptions, VerifyEventsOptions, StreamReport, ChainVerifier, ChainCheck, KeyRotation } from './ledger/verify.js';
export { HEAD_FILE, formatHead, parseHead } from './ledger/head.js';
export type { LedgerHead, HeadStream, HeadWitness } from './ledger/head.js';
export { directoryWitness, readDirectoryWitness } from './ledger/witness.js';
export type { WitnessEntry } from './ledger/witness.js';
export type { VerifyState } from './ledger/state.js';
export { queryLedger, matchesFilter, compileFilter } from './ledger/query.js';
export type { QueryLedgerOptions } from './ledger/query.js';
export type { EventFilter } from './ledger/query.js';
export { proveEvent, verifyInclusionBundle } from './ledger/prove.js';
export type { InclusionBundle, BundleCheck } from './ledger/prove.js';
export {
  DEFAULT_RETENTION_POLICY, retentionOf, mergeRetentionPolicy, loadRetentionPolicy, planRetention, applyRetention, verifyArchive, readArchiveKey,
  isArchiveFile, readHolds, collectHolds, holdCovers, holdMatchesAny, addHold, releaseHolds, HOLDS_STREAM, RETENTION_STREAM, HOLD_SCOPES, PRUNED_FILE, loadPrunedState, parsePrunedRecord,
} from './retention/index.js';
export type {
  RetentionRule, RetentionPolicy, RetentionDecision, RetentionPlan, StreamPlan, PlannedSegment, RetentionOptions, ApplyRetentionOptions,
  RetentionApplyResult, PrunedStream, ArchiveManifest, ArchiveVerifyResult, VerifyArchiveOptions, LegalHold, HoldScope, HoldWriteOptions, PrunedRecord, PrunedState,
} from './retention/index.js';

export { createRedactor, BUILTIN_DETECTORS, detectSensitive, DEFAULT_SECRET_KEYS, DEFAULT_IDENTITY_KEYS } from './redaction/index.js';
export type { RedactorOptions, VaultWriter, Detection, Detector, DetectorContext, BuiltinDetectorName } from './redaction/index.js';
export { pseudonym, pseudonymsUnderAllKeys, contentDigest, PSEUDONYM_PATTERN, REDACTION_FAILED_MARKER } from './redaction/index.js';
export { Keyring, createKeyring, loadKeyring, rotateKeyring, keyId } from './redaction/index.js';
export type { KeyName, KeyStoreOptions } from './redaction/index.js';
export { classify, DEFAULT_CLASSIFICATION_POLICY, DEFAULT_RESOURCE_RULES, maxSensitivity } from './redaction/index.js';
export type { ClassificationPolicy, ClassRule, RegimeRule, ResourceRule, Classification } from './redaction/index.js';

export { createVault, fileVaultStore, memoryVaultStore, VaultError } from './vault/index.js';
export type {
  Vault, VaultOptions, VaultAuditor, VaultAction, GrantOptions, RevealOptions, EraseOptions, Revealed, SubjectInfo, VaultStore,
  VaultRecord, SubjectEntry, WrappedKey,
} from './vault/index.js';

export { byRegion, isRegionRouting, routeRegion, RegionRoutingError, REGION_PATTERN, type RegionRouting } from './regions/regions.js';
export { CircuitOpenError, ShipError, SinkError, httpSink, idempotencyKey, createShipper, SHIP_STATUS_FILE, readShipStatus } from './ship/index.js';
export { backoffDelay, circuitBreaker, instrumented, retrying } from './ship/index.js';
export type {
  HttpSinkOptions, Shipper, ShipperOptions, ShipperStatus, StreamShipStatus, ShipStatusReport, ShipSink, ShippedCheckpoint, SinkStats,
  CircuitBreakerOptions, RetryingOptions,
} from './ship/index.js';

export {
  ledgerSource, combineSources, parseTimeSpec, activityReport, pciFields, subjectReport, decisionReport, timelineKind, aiActReport,
  AI_ACT_MIN_RETENTION_DAYS, coverageReport, renderReport, reportDocument, renderMarkdown, renderHtml, escapeHtml, escapeMarkdown, showBidiControls, showControls, showControlsInJson, CONTROL_CHARACTERS, reportGeneratedInput,
  exportBundle, verifyBundle, BUNDLE_FORMAT,
} from './report/index.js';
export type {
  ReportSource, SourceInfo, ReportKind, ReportOptions, ReportEnvelope, ReportCoverage, ReportVerification, StreamCoverage, SignedHead, Listing,
  ActivityReport, AgentActivity, ActionRow, FieldCompleteness, SubjectReport, SubjectReportOptions, SubjectEvent, DecisionReport,
  DecisionReportOptions, TimelineNode, TimelineKind, AiActReport, CoverageReport, CoverageReportOptions, CoverageCell, EventProof, CheckpointRef,
  AnyReport, ReportFormat, ReportDocument, DocumentBlock, TreeItem, ReportRecord, EvidenceBundle, BundleEvent, BundleManifest, BundleSelection,
  BundleVerification, ExportBundleOptions,
} from './report/index.js';

export {
  createMonitor, compileMatch, MAX_ALERT_EVENT_IDS, parseRules, validateRules, parseDuration, ruleSchema, ruleSetSchema, ruleMatchSchema, RulesError,
  DEFAULT_RULES, alertRecord, pauseStore, defaultPauseDir, refuseIfPaused, ledgerTail,
} from './monitor/index.js';
export { readSmallFile, readSmallFileBytes } from './internal/small-file.js';
export { displayUrl, scrubUrls } from './internal/display-url.js';
export { callHostHandler } from './internal/host-handler.js';
export type { Alert, HealthSignal, Monitor, MonitorOptions, MonitorStats, Rule, RuleInput, RuleKind, RuleMatch, PauseStore, PauseRecord, PauseCheck, LedgerTail, LedgerTailOptions, MalformedLine } from './monitor/index.js';
