export { AuditCallbackHandler, METADATA_KEYS } from './handler.js';
export type { AuditCallbackHandlerOptions } from './handler.js';
export { defaultKeepChain } from './chains.js';
export type { ChainRunInfo, ChainKind } from './chains.js';
