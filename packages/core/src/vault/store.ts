/** A subject key wrapped (AES-256-GCM) under a vault master key. */
export interface WrappedKey {
  /** Id of the master key that wrapped it. */
  masterKeyId: string;
  iv: string;
  ciphertext: string;
  tag: string;
}

/** A data subject as the store keeps it. After erasure `key` is gone and `erasedAt` is set. */
export interface SubjectEntry {
  subject: string;
  createdAt: string;
  key?: WrappedKey;
  erasedAt?: string;
}

/** One encrypted original. Readable only while the key of every one of its subjects exists. */
export interface VaultRecord {
  id: string;
  /** What it is the original of: a pseudonym token or `evt:<event id>/<field path>`. */
  ref: string;
  /** `EMAIL`, `PHONE`, ..., or `FIELD` for a whole field. */
  type: string;
  subjects: string[];
  createdAt: string;
  iv: string;
  ciphertext: string;
  tag: string;
}

/**
 * Where a vault keeps wrapped subject keys and encrypted records. The file store is the
 * default; implement this to keep them in a database or a KMS-backed service.
 */
export interface VaultStore {
  getSubject(subject: string): Promise<SubjectEntry | undefined>;
  /** Creates the subject unless it exists; returns what is stored (first writer wins). */
  createSubject(entry: SubjectEntry): Promise<SubjectEntry>;
  /** Replaces the subject (used to re-wrap keys after master key rotation). */
  updateSubject(entry: SubjectEntry): Promise<void>;
  /** Destroys the subject's key, keeping a tombstone with `erasedAt`. False when unknown. */
  eraseSubject(subject: string, erasedAt: string): Promise<boolean>;
  /** Stores a record; a record with the same id is kept as it is (records are immutable). */
  putRecord(record: VaultRecord): Promise<void>;
  getRecords(ref: string): Promise<VaultRecord[]>;
  listSubjects(): Promise<SubjectEntry[]>;
  listRecords(): Promise<VaultRecord[]>;
}

/**
 * A vault store in memory, for tests.
 *
 * @example
 * ```ts
 * const vault = createVault({ store: memoryVaultStore(), masterKey: randomBytes(32), auditor });
 * ```
 */
export function memoryVaultStore(): VaultStore {
  const subjects = new Map<string, SubjectEntry>();
  const records = new Map<string, Map<string, VaultRecord>>();
  const copy = <T>(value: T): T => structuredClone(value);
  return {
    async getSubject(subject) {
      const entry = subjects.get(subject);
      return entry === undefined ? undefined : copy(entry);
    },
    async createSubject(entry) {
      const existing = subjects.get(entry.subject);
      if (existing !== undefined) return copy(existing);
      subjects.set(entry.subject, copy(entry));
      return copy(entry);
    },
    async updateSubject(entry) {
      subjects.set(entry.subject, copy(entry));
    },
    async eraseSubject(subject, erasedAt) {
      const entry = subjects.get(subject);
      if (entry === undefined) return false;
      subjects.set(subject, { subject, createdAt: entry.createdAt, erasedAt });
      return true;
    },
    async putRecord(record) {
      const forRef = records.get(record.ref) ?? new Map<string, VaultRecord>();
      if (!forRef.has(record.id)) forRef.set(record.id, copy(record));
      records.set(record.ref, forRef);
    },
    async getRecords(ref) {
      return [...(records.get(ref)?.values() ?? [])].map(copy);
    },
    async listSubjects() {
      return [...subjects.values()].map(copy);
    },
    async listRecords() {
      return [...records.values()].flatMap((forRef) => [...forRef.values()]).map(copy);
    },
  };
}
