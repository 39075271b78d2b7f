import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import type { RecordInput } from '../spec/event.js';
import { createKeyring, Keyring, loadKeyring } from '../redaction/keys.js';
import type { VaultWriter } from '../redaction/redactor.js';
import { VaultError } from './errors.js';
import { fileVaultStore } from './file-store.js';
import path from 'node:path';
import { checkKeyDirPlacement, defaultKeyDir, protectedAncestor, realPathOf } from '../internal/key-dir.js';
import type { SubjectEntry, VaultRecord, VaultStore, WrappedKey } from './store.js';

/** What the vault needs of an auditor: a durable record. `createAuditor()` returns one. */
export interface VaultAuditor {
  recordDurable(input: RecordInput): Promise<unknown>;
}

export interface VaultOptions {
  /** Folder of the default file store. Keep it apart from ledger folders. */
  dir?: string;
  /** A store other than the file store (then `dir` is ignored). */
  store?: VaultStore;
  /** Master key: a keyring or key bytes/string. Default: the managed `vault-master` key under `keysDir`. */
  masterKey?: Keyring | Uint8Array | string;
  /** Folder of managed keys (default `$AGENT_AUDIT_HOME/keys` or `~/.config/agent-audit/keys`). */
  keysDir?: string;
  /** Records `vault.reveal` and `vault.erase`. Required for `reveal()` and `erase()`. */
  auditor?: VaultAuditor;
  /** Clock, for tests. */
  now?: () => Date;
}

export type VaultAction = 'reveal' | 'erase';

export interface GrantOptions {
  /** Who may use it; must equal `requester` when it is used. */
  requester: string;
  /** Actions allowed (default `['reveal']`). */
  actions?: readonly VaultAction[];
  /** Lifetime in milliseconds (default 15 minutes). */
  ttlMs?: number;
  /** Limit to these refs or subjects (exact, or prefix ending with `*`). Default: any. */
  scope?: readonly string[];
}

export interface RevealOptions {
  /** Why: recorded in the audit event (GDPR Art. 30 / HIPAA accounting of disclosures). */
  reason: string;
  requester: string;
  /** A capability from `grant()` for this requester with the `reveal` action. */
  capability: string;
}

export interface EraseOptions {
  reason: string;
  requester: string;
  /** A capability from `grant()` for this requester with the `erase` action. */
  capability: string;
}

export interface Revealed {
  ref: string;
  type: string;
  subjects: string[];
  plaintext: string;
}

export interface SubjectInfo {
  subject: string;
  createdAt: string;
  erasedAt?: string;
  /** Records that name this subject. */
  records: number;
}

/**
 * An encrypted, erasable store of originals. Every record is encrypted (AES-256-GCM) under a key
 * derived from the keys of all its subjects; each subject key is random and wrapped by the
 * master key. Erasing a subject destroys its key, so every record naming it becomes unreadable
 * (crypto-shredding) while the ledger, which only ever held pseudonyms, still verifies.
 */
export interface Vault extends VaultWriter {
  /** Issues a capability (a signed, expiring token) for `requester`. Whoever holds the master key can. */
  grant(options: GrantOptions): string;
  /** Returns the original behind `ref` after recording a `vault.reveal` event durably. */
  reveal(ref: string, options: RevealOptions): Promise<Revealed>;
  /** Destroys the subject's key and records `vault.erase`. Returns how many records became unreadable. */
  erase(subject: string, options: EraseOptions): Promise<{ subject: string; records: number }>;
  /** Subjects with record counts; erased ones with `erasedAt`. No plaintext. */
  list(): Promise<SubjectInfo[]>;
  /** Re-wraps every live subject key under the active master key (after rotating it). */
  rewrap(): Promise<number>;
}

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const unb64 = (text: string) => Buffer.from(text, 'base64');
const subjectAad = (subject: string) => Buffer.from(`agent-audit/vault/v1/subject\0${subject}`);
const recordAad = (record: Pick<VaultRecord, 'id' | 'ref' | 'subjects' | 'type'>) =>
  Buffer.from(`agent-audit/vault/v1/record\0${record.id}\0${record.ref}\0${record.type}\0${record.subjects.join('\0')}`);

function seal(key: Uint8Array, plaintext: Uint8Array, aad: Buffer): { iv: string; ciphertext: string; tag: string } {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aad);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { iv: b64(iv), ciphertext: b64(ciphertext), tag: b64(cipher.getAuthTag()) };
}

function open(key: Uint8Array, sealed: { iv: string; ciphertext: string; tag: string }, aad: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, unb64(sealed.iv));
  decipher.setAAD(aad);
  decipher.setAuthTag(unb64(sealed.tag));
  return Buffer.concat([decipher.update(unb64(sealed.ciphertext)), decipher.final()]);
}

function matchesScope(scope: readonly string[] | undefined, values: readonly string[]): boolean {
  if (scope === undefined || scope.length === 0) return true;
  return values.some((value) => scope.some((pattern) => (pattern.endsWith('*') ? value.startsWith(pattern.slice(0, -1)) : value === pattern)));
}

/**
 * Opens a vault (file store under `dir` by default).
 *
 * @example
 * ```ts
 * const vault = createVault({ dir: '/var/lib/agent-audit/vault', auditor });
 * const redactor = createRedactor({ vault });            // capture: 'full' stores originals here
 * const capability = vault.grant({ requester: 'dpo@bank.example', ttlMs: 600_000 });
 * const { plaintext } = await vault.reveal('[EMAIL:psn_k3f9xa_...]', { reason: 'fraud case 7', requester: 'dpo@bank.example', capability });
 * await vault.erase('[EMAIL:psn_k3f9xa_...]', { reason: 'GDPR Art. 17 request 42', requester: 'dpo@bank.example', capability: vault.grant({ requester: 'dpo@bank.example', actions: ['erase'] }) });
 * ```
 */
export function createVault(options: VaultOptions = {}): Vault {
  if (options.dir !== undefined && options.store === undefined) {
    // Never inside a ledger (nor another vault): its files would change a folder that must verify.
    const real = realPathOf(options.dir);
    const itself = protectedAncestor(real);
    if (itself && itself.dir === real && itself.kind === 'ledger') throw new VaultError({ message: `vault folder ${options.dir} is a ledger folder; keep a vault outside every ledger` });
    const within = protectedAncestor(path.dirname(real));
    if (within) throw new VaultError({ message: `vault folder ${options.dir} is inside the ${within.kind} folder ${within.dir}; keep a vault outside every ledger and other vault` });
  }
  const store = options.store ?? (options.dir !== undefined ? fileVaultStore(options.dir) : undefined);
  if (store === undefined) throw new VaultError({ message: 'createVault needs `dir` or `store`' });
  const now = options.now ?? (() => new Date());
  // The managed master key never lives inside the vault it protects (checked through symlinks).
  if (options.masterKey === undefined) checkKeyDirPlacement(options.keysDir ?? defaultKeyDir(), options.dir !== undefined ? [{ dir: options.dir, kind: 'vault' }] : []);
  let keyring: Keyring | undefined =
    options.masterKey instanceof Keyring ? options.masterKey : options.masterKey !== undefined ? createKeyring([options.masterKey]) : undefined;
  const master = (): Keyring => {
    keyring ??= loadKeyring('vault-master', options.keysDir === undefined ? {} : { dir: options.keysDir });
    return keyring;
  };
  const capabilityKey = (keyId: string): Buffer => {
    const key = master().key(keyId);
    if (key === undefined) throw new VaultError({ code: 'vault_capability', message: 'capability signed by an unknown master key' });
    return Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'agent-audit/vault/v1/capability', 32));
  };
  // One in-flight creation per subject, so concurrent stores share one key.
  const creating = new Map<string, Promise<Buffer>>();

  function unwrap(entry: SubjectEntry): Buffer | undefined {
    if (entry.key === undefined) return undefined;
    const key = master().key(entry.key.masterKeyId);
    if (key === undefined) throw new VaultError({ message: `subject key wrapped by master key ${entry.key.masterKeyId}, which is not in the keyring` });
    return open(key, entry.key, subjectAad(entry.subject));
  }

  function wrap(subject: string, subjectKey: Uint8Array): WrappedKey {
    const ring = master();
    return { masterKeyId: ring.activeId, ...seal(ring.key() as Buffer, subjectKey, subjectAad(subject)) };
  }

  async function subjectKeyForWrite(subject: string): Promise<Buffer> {
    const pending = creating.get(subject);
    if (pending) return pending;
    const promise = (async () => {
      const existing = await store!.getSubject(subject);
      if (existing?.erasedAt !== undefined) {
        throw new VaultError({ code: 'vault_subject_erased', message: 'subject was erased; its originals are no longer stored' });
      }
      if (existing !== undefined) return unwrap(existing) as Buffer;
      const fresh = randomBytes(32);
      const stored = await store!.createSubject({ subject, createdAt: now().toISOString(), key: wrap(subject, fresh) });
      const key = unwrap(stored);
      if (key === undefined) throw new VaultError({ code: 'vault_subject_erased', message: 'subject was erased; its originals are no longer stored' });
      return key;
    })();
    creating.set(subject, promise);
    try {
      return await promise;
    } finally {
      creating.delete(subject);
    }
  }

  const recordKey = (keys: Buffer[], recordId: string) =>
    Buffer.from(hkdfSync('sha256', Buffer.concat(keys), Buffer.from(recordId), 'agent-audit/vault/v1/record', 32));

  function verifyCapability(capability: string, requester: string, action: VaultAction, targets: readonly string[]): void {
    const parts = typeof capability === 'string' ? capability.split('.') : [];
    if (parts.length !== 4 || parts[0] !== 'vcap1') throw new VaultError({ code: 'vault_capability', message: 'no valid capability given (create one with vault.grant() or `agent-audit vault grant`)' });
    const [, keyId, payloadText, macText] = parts as [string, string, string, string];
    const expected = createHmac('sha256', capabilityKey(keyId)).update(`vcap1.${keyId}.${payloadText}`).digest();
    const given = Buffer.from(macText, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new VaultError({ code: 'vault_capability', message: 'capability signature does not verify' });
    let payload: { requester?: string; actions?: VaultAction[]; exp?: number; scope?: string[] };
    try {
      payload = JSON.parse(Buffer.from(payloadText, 'base64url').toString('utf8')) as typeof payload;
    } catch (cause) {
      throw new VaultError({ code: 'vault_capability', message: 'capability payload is not JSON', cause });
    }
    if (payload.requester !== requester) throw new VaultError({ code: 'vault_capability', message: 'capability was granted to another requester' });
    if (typeof payload.exp !== 'number' || payload.exp < now().getTime()) throw new VaultError({ code: 'vault_capability', message: 'capability expired' });
    if (!Array.isArray(payload.actions) || !payload.actions.includes(action)) throw new VaultError({ code: 'vault_capability', message: `capability does not allow ${action}` });
    if (!matchesScope(payload.scope, targets)) throw new VaultError({ code: 'vault_capability', message: `capability scope does not cover ${targets[0] ?? ''}` });
  }

  function requireText(value: unknown, name: string): void {
    if (typeof value !== 'string' || value.trim().length === 0) throw new VaultError({ message: `${name} is required` });
  }

  async function audit(input: RecordInput): Promise<void> {
    if (options.auditor === undefined) throw new VaultError({ code: 'vault_unaudited', message: 'this vault has no auditor; reveal and erase must be recorded (createVault({ auditor }))' });
    try {
      await options.auditor.recordDurable(input);
    } catch (cause) {
      throw new VaultError({ code: 'vault_unaudited', message: 'the audit event could not be recorded, so the operation was not allowed to complete', cause });
    }
  }

  async function auditDenied(type: 'vault.reveal' | 'vault.erase', target: string, requester: unknown, reason: unknown, error: VaultError): Promise<void> {
    if (options.auditor === undefined) return;
    try {
      await options.auditor.recordDurable({
        type,
        outcome: 'denied',
        source: 'vault',
        actor: { id: typeof requester === 'string' && requester.length > 0 ? requester : 'unknown', type: 'admin' },
        resource: { type: type === 'vault.reveal' ? 'vault.record' : 'vault.subject', id: target, operation: type === 'vault.reveal' ? 'reveal' : 'erase' },
        decision: { action: 'deny', reason: error.message },
        attrs: { requestReason: typeof reason === 'string' ? reason : '' },
      });
    } catch {
      // The refusal stands whether or not it could be recorded; the caller gets the refusal.
    }
  }

  return {
    async store(entry) {
      const subjects = [...new Set(entry.subjects)].sort();
      if (subjects.length === 0) throw new VaultError({ message: 'a vault record needs at least one subject' });
      const keys = await Promise.all(subjects.map((subject) => subjectKeyForWrite(subject)));
      const id = createHash('sha256').update(`${entry.ref}\0${subjects.join('\0')}`).digest('hex').slice(0, 32);
      const header = { id, ref: entry.ref, type: entry.type, subjects };
      const sealed = seal(recordKey(keys, id), Buffer.from(entry.plaintext, 'utf8'), recordAad(header));
      await store.putRecord({ ...header, createdAt: now().toISOString(), ...sealed });
    },

    grant(grantOptions) {
      requireText(grantOptions.requester, 'requester');
      const ring = master();
      const payload = {
        requester: grantOptions.requester,
        actions: [...(grantOptions.actions ?? ['reveal'])],
        exp: now().getTime() + (grantOptions.ttlMs ?? 15 * 60_000),
        ...(grantOptions.scope === undefined ? {} : { scope: [...grantOptions.scope] }),
        nonce: randomBytes(8).toString('hex'),
      };
      const payloadText = Buffer.from(JSON.stringify(payload)).toString('base64url');
      const mac = createHmac('sha256', capabilityKey(ring.activeId)).update(`vcap1.${ring.activeId}.${payloadText}`).digest('base64url');
      return `vcap1.${ring.activeId}.${payloadText}.${mac}`;
    },

    async reveal(ref, revealOptions) {
      const { reason, requester, capability } = revealOptions ?? ({} as RevealOptions);
      try {
        requireText(ref, 'ref');
        requireText(reason, 'reason');
        requireText(requester, 'requester');
        verifyCapability(capability, requester, 'reveal', [ref]);
      } catch (error) {
        if (error instanceof VaultError) await auditDenied('vault.reveal', String(ref), requester, reason, error);
        throw error;
      }
      const records = await store.getRecords(ref);
      let failure: VaultError | undefined;
      let revealed: Revealed | undefined;
      if (records.length === 0) failure = new VaultError({ code: 'vault_not_found', message: 'no original is stored for this ref' });
      for (const record of records) {
        try {
          const keys: Buffer[] = [];
          let erased = false;
          for (const subject of record.subjects) {
            const entry = await store.getSubject(subject);
            const key = entry === undefined ? undefined : unwrap(entry);
            if (key === undefined) {
              erased = true;
              break;
            }
            keys.push(key);
          }
          if (erased) {
            failure ??= new VaultError({ code: 'vault_erased', message: 'the original was erased (a subject key was destroyed)' });
            continue;
          }
          const plaintext = open(recordKey(keys, record.id), record, recordAad(record)).toString('utf8');
          revealed = { ref: record.ref, type: record.type, subjects: record.subjects, plaintext };
          break;
        } catch (cause) {
          failure = new VaultError({ code: 'vault_error', message: 'a vault record failed to decrypt (tampered or wrong master key)', cause });
        }
      }
      const base: RecordInput = {
        type: 'vault.reveal',
        source: 'vault',
        actor: { id: requester, type: 'admin' },
        resource: { type: 'vault.record', id: ref, operation: 'reveal' },
        decision: { action: 'reveal', reason },
      };
      if (revealed === undefined) {
        const error = failure ?? new VaultError({ code: 'vault_not_found', message: 'no original is stored for this ref' });
        await audit({ ...base, outcome: 'failure', error: { type: 'VaultError', message: error.message, code: error.code } }).catch(() => undefined);
        throw error;
      }
      // Recorded before the plaintext is handed out: no record, no reveal.
      await audit({ ...base, outcome: 'success', attrs: { recordType: revealed.type, subjects: revealed.subjects } });
      return revealed;
    },

    async erase(subject, eraseOptions) {
      const { reason, requester, capability } = eraseOptions ?? ({} as EraseOptions);
      try {
        requireText(subject, 'subject');
        requireText(reason, 'reason');
        requireText(requester, 'requester');
        verifyCapability(capability, requester, 'erase', [subject]);
      } catch (error) {
        if (error instanceof VaultError) await auditDenied('vault.erase', String(subject), requester, reason, error);
        throw error;
      }
      const records = (await store.listRecords()).filter((record) => record.subjects.includes(subject)).length;
      const erased = await store.eraseSubject(subject, now().toISOString());
      if (!erased) {
        const error = new VaultError({ code: 'vault_not_found', message: 'no such subject in the vault' });
        await auditDenied('vault.erase', subject, requester, reason, error);
        throw error;
      }
      await audit({
        type: 'vault.erase',
        outcome: 'success',
        source: 'vault',
        actor: { id: requester, type: 'admin' },
        resource: { type: 'vault.subject', id: subject, operation: 'erase' },
        decision: { action: 'erase', reason },
        attrs: { recordsShredded: records },
      }).catch((cause: unknown) => {
        throw new VaultError({ code: 'vault_unaudited', message: 'the subject was erased, but the vault.erase event could not be recorded', cause });
      });
      return { subject, records };
    },

    async list() {
      const [subjects, records] = await Promise.all([store.listSubjects(), store.listRecords()]);
      const counts = new Map<string, number>();
      for (const record of records) for (const subject of record.subjects) counts.set(subject, (counts.get(subject) ?? 0) + 1);
      return subjects
        .map((entry) => ({ subject: entry.subject, createdAt: entry.createdAt, ...(entry.erasedAt === undefined ? {} : { erasedAt: entry.erasedAt }), records: counts.get(entry.subject) ?? 0 }))
        .sort((a, b) => a.subject.localeCompare(b.subject));
    },

    async rewrap() {
      let count = 0;
      const ring = master();
      for (const entry of await store.listSubjects()) {
        if (entry.key === undefined || entry.key.masterKeyId === ring.activeId) continue;
        const key = unwrap(entry) as Buffer;
        await store.updateSubject({ ...entry, key: wrap(entry.subject, key) });
        count++;
      }
      return count;
    },
  };
}
