import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { VaultError } from './errors.js';
import type { SubjectEntry, VaultRecord, VaultStore } from './store.js';

const digest = (text: string) => createHash('sha256').update(text).digest('hex');

async function readJson<T>(path: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new VaultError({ message: `vault file ${path} cannot be read`, cause: error });
  }
}

async function writeExclusive(path: string, body: string): Promise<boolean> {
  try {
    const handle = await open(path, 'wx', 0o600);
    try {
      await handle.writeFile(body);
      await handle.sync();
    } finally {
      await handle.close();
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

async function replace(path: string, body: string): Promise<void> {
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temporary, body, { mode: 0o600 });
  const handle = await open(temporary, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, path);
}

/**
 * The default vault store: one folder (mode 0700), one file per subject and per record (mode
 * 0600), file names are SHA-256 digests so no name or pseudonym appears in a path.
 *
 * ```
 * <dir>/subjects/<sha256(subject)>.json        wrapped subject key, or a tombstone after erase
 * <dir>/records/<sha256(ref)>/<record id>.json  AES-256-GCM ciphertext of one original
 * ```
 *
 * @example
 * ```ts
 * const vault = createVault({ store: fileVaultStore('/var/lib/agent-audit/vault'), auditor });
 * ```
 */
export function fileVaultStore(dir: string): VaultStore {
  const subjectsDir = join(dir, 'subjects');
  const recordsDir = join(dir, 'records');
  let ready: Promise<void> | undefined;
  const ensure = () =>
    (ready ??= (async () => {
      await mkdir(dir, { recursive: true, mode: 0o700 });
      await mkdir(subjectsDir, { recursive: true, mode: 0o700 });
      await mkdir(recordsDir, { recursive: true, mode: 0o700 });
    })());
  const subjectPath = (subject: string) => join(subjectsDir, `${digest(subject)}.json`);

  return {
    async getSubject(subject) {
      await ensure();
      return readJson<SubjectEntry>(subjectPath(subject));
    },
    async createSubject(entry) {
      await ensure();
      const path = subjectPath(entry.subject);
      if (await writeExclusive(path, `${JSON.stringify(entry)}\n`)) return entry;
      const existing = await readJson<SubjectEntry>(path);
      if (existing === undefined) throw new VaultError({ message: `vault subject file ${path} vanished while being created` });
      return existing;
    },
    async updateSubject(entry) {
      await ensure();
      await replace(subjectPath(entry.subject), `${JSON.stringify(entry)}\n`);
    },
    async eraseSubject(subject, erasedAt) {
      await ensure();
      const path = subjectPath(subject);
      const existing = await readJson<SubjectEntry>(path);
      if (existing === undefined) return false;
      // Overwrite the key in place before replacing the file, so the old blocks do not keep it
      // (best effort: copy-on-write file systems and SSDs may still hold old copies; master key
      // rotation is what makes such copies useless, see docs/REDACTION.md).
      const handle = await open(path, 'r+');
      try {
        const { size } = await handle.stat();
        await handle.write(randomBytes(size), 0, size, 0);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await replace(path, `${JSON.stringify({ subject, createdAt: existing.createdAt, erasedAt } satisfies SubjectEntry)}\n`);
      return true;
    },
    async putRecord(record) {
      await ensure();
      const folder = join(recordsDir, digest(record.ref));
      await mkdir(folder, { recursive: true, mode: 0o700 });
      await writeExclusive(join(folder, `${record.id}.json`), `${JSON.stringify(record)}\n`);
    },
    async getRecords(ref) {
      await ensure();
      const folder = join(recordsDir, digest(ref));
      let names: string[];
      try {
        names = await readdir(folder);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
      const records: VaultRecord[] = [];
      for (const name of names.filter((file) => file.endsWith('.json')).sort()) {
        const record = await readJson<VaultRecord>(join(folder, name));
        if (record !== undefined) records.push(record);
      }
      return records;
    },
    async listSubjects() {
      await ensure();
      const names = (await readdir(subjectsDir)).filter((file) => file.endsWith('.json')).sort();
      const entries: SubjectEntry[] = [];
      for (const name of names) {
        const entry = await readJson<SubjectEntry>(join(subjectsDir, name));
        if (entry !== undefined) entries.push(entry);
      }
      return entries;
    },
    async listRecords() {
      await ensure();
      const records: VaultRecord[] = [];
      for (const folder of (await readdir(recordsDir)).sort()) {
        for (const name of (await readdir(join(recordsDir, folder))).filter((file) => file.endsWith('.json')).sort()) {
          const record = await readJson<VaultRecord>(join(recordsDir, folder, name));
          if (record !== undefined) records.push(record);
        }
      }
      return records;
    },
  };
}
