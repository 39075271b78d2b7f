export { AuditCallbackHandler, ACTOR_METADATA_KEYS, METADATA_KEYS, SESSION_METADATA_KEYS } from './handler.js';
export type { AuditCallbackHandlerOptions, PauseGate } from './handler.js';
export { defaultKeepChain } from './chains.js';
export type { ChainRunInfo, ChainKind } from './chains.js';
