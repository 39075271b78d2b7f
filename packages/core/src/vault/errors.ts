import { AuditError } from '../spec/errors.js';

/**
 * A vault operation was refused or failed. `code` says why: `vault_capability` (missing, forged,
 * expired or out-of-scope capability), `vault_not_found`, `vault_erased` (the subject's key was
 * destroyed), `vault_subject_erased` (no new originals for an erased subject), `vault_unaudited`
 * (the audit event could not be recorded, so nothing was revealed), `vault_error`.
 */
export class VaultError extends AuditError {
  constructor(options: { message: string; code?: string; cause?: unknown }) {
    super({ code: options.code ?? 'vault_error', message: options.message, cause: options.cause });
    this.name = 'VaultError';
  }
}
