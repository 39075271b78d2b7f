export { createVault } from './vault.js';
export type { Vault, VaultOptions, VaultAuditor, VaultAction, GrantOptions, RevealOptions, EraseOptions, Revealed, SubjectInfo } from './vault.js';
export { fileVaultStore } from './file-store.js';
export { memoryVaultStore } from './store.js';
export type { VaultStore, VaultRecord, SubjectEntry, WrappedKey } from './store.js';
export { VaultError } from './errors.js';
