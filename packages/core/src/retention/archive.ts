// Retention archives (docs/RETENTION.md "Archive format"): the removed segments of one stream, the
// checkpoints that cover them, the consistency nodes to the covering checkpoint, a manifest and a
// seal signed with the ledger's key; optionally encrypted with AES-256-GCM.
import { createCipheriv, createDecipheriv, createHash, randomBytes, type Hash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CompactRange } from '../crypto/merkle.js';
import { openNote, parseCheckpoint, signNote } from '../crypto/note.js';
import { AuditError } from '../spec/errors.js';
import type { StoredCheckpoint } from '../ledger/file-ledger.js';
import { parseLine } from '../ledger/lines.js';
import { createChainVerifier } from '../ledger/verify.js';
import { checkKeyFilePrivate, isInside, realPathOf } from '../internal/key-dir.js';
import { readSmallFile } from '../internal/small-file.js';
import { compactNodes, parsePrunedRecord, replaySteps, type PruneStep } from './pruned.js';

export const ARCHIVE_MAGIC = 'agent-audit-archive 1';
export const ENCRYPTED_MAGIC = 'agent-audit-archive-encrypted 1';
const TAG_BYTES = 16;

/** What an archive says it holds (its first section). */
export interface ArchiveManifest {
  format: 'agent-audit-archive';
  version: 1;
  ledger: string;
  stream: string;
  /** First seq in the archive; equals the size of the `start` record (0: the stream's start). */
  from: number;
  /** Seq after the last event in the archive: the prune point. */
  to: number;
  created: string;
  segments: Array<{ name: string; firstSeq: number; events: number; bytes: number; sha256: string }>;
  /** The signed checkpoint the archived events are proven against (size >= `to`). */
  covering: { size: number; root: string };
  firstTs?: string;
  lastTs?: string;
  /** The verifier keys of the ledger when archived (used only when none is pinned). */
  verifierKeys: string[];
}

/** Input of {@link writeArchive}. */
export interface ArchiveInput {
  manifest: ArchiveManifest;
  /** The previous `ledger.pruned` note of the stream (when `from` > 0). */
  startNote?: string;
  /** Raw lines of `checkpoints.jsonl` up to the covering checkpoint. */
  checkpointLines: string[];
  /** Consistency nodes from `to` to the covering checkpoint (empty when they are equal). */
  coveringStep?: PruneStep;
  segmentFiles: string[];
  signerKey: string;
  /** 32-byte AES-256-GCM key: encrypt the archive. */
  encryptionKey?: Buffer;
}

/**
 * Reads an archive encryption key: a file holding 32 bytes as 64 hex digits or base64, private to
 * its owner (mode 0600), and not inside `avoid` (the ledger, the archive folder). Throws KeyError-like
 * AuditError `archive_key` naming the problem.
 */
export function readArchiveKey(file: string, avoid: readonly string[] = []): Buffer {
  const real = realPathOf(path.resolve(file));
  for (const dir of avoid) {
    if (isInside(real, realPathOf(path.resolve(dir)))) throw new AuditError({ code: 'archive_key', message: `the archive key ${file} is inside ${dir}; keep it apart from what it protects` });
  }
  let text: string;
  try {
    checkKeyFilePrivate(file);
    text = readSmallFile(file, 4096).trim();
  } catch (error) {
    if (AuditError.isInstance(error)) throw error;
    throw new AuditError({ code: 'archive_key', message: `cannot read the archive key ${file}: ${(error as Error).message}` });
  }
  const key = /^[0-9a-fA-F]{64}$/.test(text) ? Buffer.from(text, 'hex') : /^[A-Za-z0-9+/]{43}=$/.test(text) ? Buffer.from(text, 'base64') : undefined;
  if (!key || key.length !== 32) throw new AuditError({ code: 'archive_key', message: `the archive key ${file} is not 32 bytes as 64 hex digits or base64 (e.g. \`openssl rand -base64 32 > ${file}; chmod 600 ${file}\`)` });
  return key;
}

/** Key id printed in an encrypted archive's header: the first 8 bytes of SHA-256(key), hex. */
export function archiveKeyId(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

/** A writer of the archive's plain bytes (hashes them, encrypts them when asked). */
class Out {
  readonly plain: Hash = createHash('sha256');
  readonly stored: Hash = createHash('sha256');
  bytes = 0;
  private readonly cipher;
  constructor(private readonly fd: number, key: Buffer | undefined) {
    if (key) {
      const iv = randomBytes(12);
      const header = Buffer.from(`${ENCRYPTED_MAGIC}\n${JSON.stringify({ alg: 'AES-256-GCM', iv: iv.toString('base64'), key: archiveKeyId(key) })}\n`);
      this.cipher = createCipheriv('aes-256-gcm', key, iv);
      this.cipher.setAAD(header);
      this.raw(header);
    }
  }
  private raw(bytes: Buffer): void {
    if (bytes.length === 0) return;
    this.stored.update(bytes);
    let offset = 0;
    while (offset < bytes.length) offset += fs.writeSync(this.fd, bytes, offset);
  }
  write(bytes: Buffer | string): void {
    const b = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
    this.plain.update(b);
    this.bytes += b.length;
    this.raw(this.cipher ? this.cipher.update(b) : b);
  }
  finish(): void {
    if (this.cipher) {
      this.raw(this.cipher.final());
      this.raw(this.cipher.getAuthTag());
    }
  }
}

function section(out: Out, kind: string, name: string, body: Buffer | string): void {
  const b = typeof body === 'string' ? Buffer.from(body) : body;
  out.write(`${kind} ${name} ${b.length}\n`);
  out.write(b);
  out.write('\n');
}

/**
 * Writes an archive to `file` (through a temporary file, fsynced, then renamed) and returns the
 * SHA-256 of the stored bytes. Segment bytes are streamed; their SHA-256 and line count must
 * equal the manifest's, or it throws (the segment changed since it was planned).
 */
export async function writeArchive(file: string, input: ArchiveInput): Promise<{ sha256: string; bytes: number }> {
  const temp = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(temp, 'wx', 0o600);
  try {
    const out = new Out(fd, input.encryptionKey);
    out.write(`${ARCHIVE_MAGIC}\n`);
    section(out, 'manifest', '-', JSON.stringify(input.manifest));
    section(out, 'start', '-', input.startNote ?? '');
    section(out, 'checkpoints', '-', input.checkpointLines.map((l) => l + '\n').join(''));
    section(out, 'steps', '-', JSON.stringify(input.coveringStep ? [input.coveringStep] : []));
    for (const [i, segmentFile] of input.segmentFiles.entries()) {
      const expected = input.manifest.segments[i];
      if (!expected) throw new AuditError({ code: 'archive_write', message: `no manifest entry for ${segmentFile}` });
      const size = fs.statSync(segmentFile).size;
      if (size !== expected.bytes) throw new AuditError({ code: 'archive_write', message: `${segmentFile} changed since it was planned (${size} bytes, planned ${expected.bytes})` });
      out.write(`segment ${expected.name} ${size}\n`);
      const hash = createHash('sha256');
      for await (const chunk of fs.createReadStream(segmentFile, { highWaterMark: 1 << 20 })) {
        hash.update(chunk as Buffer);
        out.write(chunk as Buffer);
      }
      out.write('\n');
      if (hash.digest('hex') !== expected.sha256) throw new AuditError({ code: 'archive_write', message: `${segmentFile} changed since it was planned (its SHA-256 differs)` });
    }
    const digest = out.plain.copy().digest('hex');
    const { ledger, stream, from, to } = input.manifest;
    section(out, 'seal', '-', signNote(`agent-audit-archive/${ledger}/${stream}\nseqs ${from} ${to}\nsha256 ${digest}\n`, input.signerKey));
    out.finish();
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fs.renameSync(temp, file);
    const dirFd = fs.openSync(path.dirname(file), 'r');
    try {
      fs.fsyncSync(dirFd);
    } catch {
      // not supported on every file system
    } finally {
      fs.closeSync(dirFd);
    }
    return { sha256: out.stored.digest('hex'), bytes: fs.statSync(file).size };
  } catch (error) {
    try {
      fs.closeSync(fd);
    } catch {
      // already closed
    }
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

/** Pulls bytes from an async iterator of buffers: lines and exact runs. */
class ByteReader {
  private buf: Buffer = Buffer.alloc(0);
  private done = false;
  constructor(private readonly it: AsyncIterator<Buffer>) {}
  private async more(): Promise<boolean> {
    if (this.done) return false;
    const next = await this.it.next();
    if (next.done) {
      this.done = true;
      return false;
    }
    this.buf = this.buf.length > 0 ? Buffer.concat([this.buf, next.value]) : next.value;
    return true;
  }
  async line(max = 4096): Promise<string | undefined> {
    for (;;) {
      const i = this.buf.indexOf(0x0a);
      if (i >= 0) {
        const text = this.buf.subarray(0, i).toString('utf8');
        this.buf = this.buf.subarray(i + 1);
        return text;
      }
      if (this.buf.length > max) throw new Error('a header line is too long');
      if (!(await this.more())) return undefined;
    }
  }
  async *take(n: number): AsyncGenerator<Buffer> {
    let left = n;
    while (left > 0) {
      if (this.buf.length === 0 && !(await this.more())) throw new Error('the archive ends in the middle of a section');
      const part = this.buf.subarray(0, Math.min(left, this.buf.length));
      this.buf = this.buf.subarray(part.length);
      left -= part.length;
      yield part;
    }
  }
  async all(n: number, cap: number): Promise<Buffer> {
    if (n > cap) throw new Error(`a section of ${n} bytes is larger than its ${cap}-byte cap`);
    const parts: Buffer[] = [];
    for await (const part of this.take(n)) parts.push(part);
    return Buffer.concat(parts);
  }
  async atEnd(): Promise<boolean> {
    return this.buf.length === 0 && !(await this.more());
  }
}

/** Result of {@link verifyArchive}. */
export interface ArchiveVerifyResult {
  ok: boolean;
  /** What is wrong; `seq` where it was found when it is about an event. */
  failure?: { reason: string; seq?: number };
  manifest?: ArchiveManifest;
  events: number;
  checkpoints: number;
  encrypted: boolean;
  keySource: 'pinned' | 'archive' | 'none';
  warnings: string[];
}

/** Options of {@link verifyArchive}. */
export interface VerifyArchiveOptions {
  /** Pinned verifier key(s); without them the manifest's keys are used (with a warning). */
  verifierKey?: string | readonly string[];
  /** The AES-256-GCM key of an encrypted archive. */
  encryptionKey?: Buffer;
}

const SECTION_CAP = 256 * 1024 * 1024;

/** True when the file starts like an archive (plain or encrypted). */
export function isArchiveFile(file: string): boolean {
  let fd: number | undefined;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return false;
    fd = fs.openSync(file, 'r');
    const head = Buffer.alloc(ENCRYPTED_MAGIC.length);
    fs.readSync(fd, head, 0, head.length, 0);
    const text = head.toString('utf8');
    return text.startsWith(ARCHIVE_MAGIC + '\n') || text === ENCRYPTED_MAGIC;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

async function* plainChunks(file: string, start = 0, end?: number): AsyncGenerator<Buffer> {
  if (end !== undefined && end < start) return;
  for await (const chunk of fs.createReadStream(file, { start, ...(end !== undefined ? { end } : {}), highWaterMark: 1 << 20 })) yield chunk as Buffer;
}

/**
 * Verifies an archive on its own: decrypts it (the GCM tag authenticates every byte), checks the
 * seal signed by the ledger's key over all its bytes, every checkpoint's signature, every event's
 * hash, seq and chain link from the start record on, the Merkle root at each checkpoint inside it,
 * the consistency nodes up to the covering checkpoint, and each segment against the manifest.
 * Streams the file. Throws AuditError `archive_key` only for a missing or wrong-format key
 * argument; anything wrong with the file is a finding (`ok: false`).
 *
 * @example
 * ```ts
 * const result = await verifyArchive('archive/01J…-claims-bot-0-8192.archive', { verifierKey: pinned });
 * if (!result.ok) console.error(result.failure);
 * ```
 */
export async function verifyArchive(file: string, options: VerifyArchiveOptions = {}): Promise<ArchiveVerifyResult> {
  const warnings: string[] = [];
  const result: ArchiveVerifyResult = { ok: false, events: 0, checkpoints: 0, encrypted: false, keySource: 'none', warnings };
  const fail = (reason: string, seq?: number): ArchiveVerifyResult => ({ ...result, ok: false, failure: { reason, ...(seq !== undefined ? { seq } : {}) } });
  let size: number;
  try {
    const stat = fs.lstatSync(file);
    if (!stat.isFile()) return fail('not a regular file');
    size = stat.size;
  } catch (error) {
    throw new AuditError({ code: 'archive_read', message: `cannot read archive ${file}: ${(error as Error).message}` });
  }
  // Encrypted: header, ciphertext, 16-byte tag; the header is authenticated as AAD.
  let chunks: AsyncGenerator<Buffer>;
  let decipherFinal: (() => void) | undefined;
  let tagCheck: (() => Promise<boolean>) | undefined;
  const probe = new ByteReader(plainChunks(file, 0, Math.min(size, 8192) - 1));
  const first = await probe.line().catch(() => undefined);
  if (first === ENCRYPTED_MAGIC) {
    result.encrypted = true;
    const headerLine = await probe.line().catch(() => undefined);
    if (headerLine === undefined) return fail('encrypted archive header is torn');
    let header: { alg?: unknown; iv?: unknown; key?: unknown };
    try {
      header = JSON.parse(headerLine) as typeof header;
    } catch {
      return fail('encrypted archive header is not JSON');
    }
    if (header.alg !== 'AES-256-GCM' || typeof header.iv !== 'string') return fail('encrypted archive header: unknown algorithm');
    if (!options.encryptionKey) throw new AuditError({ code: 'archive_key', message: `${file} is encrypted (key id ${String(header.key)}); give its key (--encrypt-key FILE)` });
    if (header.key !== archiveKeyId(options.encryptionKey)) warnings.push(`the archive names key id ${String(header.key)}, the key given has ${archiveKeyId(options.encryptionKey)}`);
    const headerBytes = Buffer.byteLength(`${ENCRYPTED_MAGIC}\n${headerLine}\n`);
    if (size < headerBytes + TAG_BYTES) return fail('encrypted archive is cut short');
    const tag = Buffer.alloc(TAG_BYTES);
    const fd = fs.openSync(file, 'r');
    try {
      fs.readSync(fd, tag, 0, TAG_BYTES, size - TAG_BYTES);
    } finally {
      fs.closeSync(fd);
    }
    const decipher = createDecipheriv('aes-256-gcm', options.encryptionKey, Buffer.from(header.iv, 'base64'));
    decipher.setAAD(Buffer.from(`${ENCRYPTED_MAGIC}\n${headerLine}\n`));
    decipher.setAuthTag(tag);
    chunks = (async function* () {
      for await (const chunk of plainChunks(file, headerBytes, size - TAG_BYTES - 1)) yield decipher.update(chunk);
    })();
    decipherFinal = () => {
      decipher.final();
    };
    const key = options.encryptionKey;
    const iv = Buffer.from(header.iv, 'base64');
    const aad = Buffer.from(`${ENCRYPTED_MAGIC}\n${headerLine}\n`);
    // Anything found in the decrypted bytes is first checked against the GCM tag: with a wrong key
    // or a changed byte, the reason is the failed decryption, not what the garbage looked like.
    tagCheck = async () => {
      const check = createDecipheriv('aes-256-gcm', key, iv);
      check.setAAD(aad);
      check.setAuthTag(tag);
      for await (const chunk of plainChunks(file, headerBytes, size - TAG_BYTES - 1)) check.update(chunk);
      try {
        check.final();
        return true;
      } catch {
        return false;
      }
    };
  } else if (first === ARCHIVE_MAGIC) {
    chunks = plainChunks(file);
  } else {
    return fail(`not an agent-audit archive: its first line is neither "${ARCHIVE_MAGIC}" nor "${ENCRYPTED_MAGIC}" (changed, or not an archive)`);
  }
  let checked: ArchiveVerifyResult;
  try {
    checked = await readArchive(chunks, decipherFinal, options, result, fail);
  } catch (error) {
    checked = fail((error as Error).message);
  }
  if (!checked.ok && tagCheck && !(await tagCheck())) {
    return fail(`decryption failed: the AES-256-GCM authentication tag does not match (a wrong --encrypt-key${result.warnings.some((w) => w.includes('key id')) ? ': the archive names another key id' : ''}, or the archive was changed)`);
  }
  return checked;
}

async function readArchive(
  chunks: AsyncGenerator<Buffer>,
  decipherFinal: (() => void) | undefined,
  options: VerifyArchiveOptions,
  result: ArchiveVerifyResult,
  fail: (reason: string, seq?: number) => ArchiveVerifyResult,
): Promise<ArchiveVerifyResult> {
  const plain = createHash('sha256');
  const reader = new ByteReader((async function* () {
    for await (const chunk of chunks) {
      yield chunk;
    }
  })());
  const headerOf = async (kind: string): Promise<{ name: string; length: number }> => {
    const line = await reader.line();
    if (line === undefined) throw new Error(`the archive ends before its ${kind} section`);
    plain.update(line + '\n');
    const m = /^(\S+) (\S+) (\d{1,15})$/.exec(line);
    if (!m || m[1] !== kind) throw new Error(`expected a ${kind} section, found ${JSON.stringify(line.slice(0, 60))}`);
    return { name: m[2] as string, length: Number(m[3]) };
  };
  const small = async (kind: string, cap: number): Promise<Buffer> => {
    const { length } = await headerOf(kind);
    const body = await reader.all(length, cap);
    plain.update(body);
    const lf = await reader.all(1, 1);
    plain.update(lf);
    if (lf[0] !== 0x0a) throw new Error(`the ${kind} section does not end where its length says`);
    return body;
  };
  const magic = await reader.line();
  if (magic !== ARCHIVE_MAGIC) return fail('not an agent-audit archive (its content does not start with the archive line)');
  plain.update(magic + '\n');

  let manifest: ArchiveManifest;
  try {
    manifest = JSON.parse((await small('manifest', 16 * 1024 * 1024)).toString('utf8')) as ArchiveManifest;
  } catch (error) {
    return fail(`manifest: ${(error as Error).message}`);
  }
  if (manifest?.format !== 'agent-audit-archive' || manifest.version !== 1 || !Array.isArray(manifest.segments) || !Number.isSafeInteger(manifest.from) || !Number.isSafeInteger(manifest.to)) return fail('manifest is not an agent-audit-archive 1 manifest');
  result.manifest = manifest;
  let keys: string[];
  if (options.verifierKey && options.verifierKey.length > 0) {
    keys = typeof options.verifierKey === 'string' ? [options.verifierKey] : [...options.verifierKey];
    result.keySource = 'pinned';
  } else {
    keys = Array.isArray(manifest.verifierKeys) ? manifest.verifierKeys.filter((k) => typeof k === 'string') : [];
    result.keySource = keys.length > 0 ? 'archive' : 'none';
    result.warnings.push("checked with the verifier keys the archive's own manifest names; someone able to rewrite the archive could replace them too. Pin the key with --key for real assurance.");
  }
  if (keys.length === 0) return fail('no verifier key to check signatures');
  const origin = `agent-audit/${manifest.ledger}/${manifest.stream}`;

  // Where the archived events start: the stream's beginning, or the previous prune record.
  const startNote = (await small('start', 16 * 1024 * 1024)).toString('utf8');
  let start: { size: number; lastHash: string; frontier?: { size: number; hashes: string[] } } | undefined;
  if (manifest.from > 0) {
    const opened = openNote(startNote, keys);
    if (!opened.verified) return fail(`start record: signature invalid (${opened.reason ?? 'unknown'})`);
    const record = parsePrunedRecord(opened.text);
    if (record.ledger !== manifest.ledger || record.stream !== manifest.stream || record.size !== manifest.from) return fail('start record does not belong to this archive (ledger, stream or size differ)');
    const frontier = CompactRange.fromJSON({ size: record.size, hashes: record.frontier });
    if (Buffer.from(frontier.root()).toString('hex') !== record.root) return fail('start record: its frontier does not give its root');
    start = { size: record.size, lastHash: record.last, frontier: frontier.toJSON() };
  } else if (startNote !== '') {
    return fail('start record present for an archive that starts at seq 0');
  }

  // Signed checkpoints up to the covering one.
  const bySize = new Map<number, string>();
  let lastSize = 0;
  for (const line of (await small('checkpoints', SECTION_CAP)).toString('utf8').split('\n').filter(Boolean)) {
    const cp = JSON.parse(line) as StoredCheckpoint;
    const opened = openNote(String(cp.note), keys);
    if (!opened.verified) return fail(`checkpoint (size ${cp.size}): signature invalid (${opened.reason ?? 'unknown'})`);
    const body = parseCheckpoint(opened.text);
    const root = Buffer.from(body.root).toString('hex');
    if (body.origin !== origin) return fail(`checkpoint (size ${cp.size}): origin ${body.origin} is not ${origin}`);
    if (body.size !== cp.size || root !== cp.root) return fail(`checkpoint (size ${cp.size}): record does not match its signed body`);
    if (body.size <= lastSize) return fail(`checkpoint (size ${cp.size}): sizes do not increase`);
    lastSize = body.size;
    bySize.set(body.size, root);
    result.checkpoints++;
  }
  const covering = bySize.get(manifest.covering?.size);
  if (covering === undefined || manifest.covering.size < manifest.to || covering !== manifest.covering.root) return fail(`the covering checkpoint (size ${manifest.covering?.size}) is not among the signed checkpoints, or does not cover seq ${manifest.to - 1}`);
  let steps: PruneStep[];
  try {
    steps = JSON.parse((await small('steps', 16 * 1024 * 1024)).toString('utf8')) as PruneStep[];
  } catch (error) {
    return fail(`steps: ${(error as Error).message}`);
  }

  // Events, segment by segment.
  // The chain verifier checks hashes, seqs and links; the tree is kept here (from the start frontier).
  const verifier = createChainVerifier(manifest.stream, start ? { size: start.size, lastHash: start.lastHash } : undefined);
  const range = start?.frontier ? CompactRange.fromJSON(start.frontier) : new CompactRange();
  let seq = manifest.from;
  for (const expected of manifest.segments) {
    const { name, length } = await headerOf('segment');
    if (name !== expected.name || length !== expected.bytes) return fail(`segment ${name}: not the one the manifest lists next (${expected.name}, ${expected.bytes} bytes)`, seq);
    if (expected.firstSeq !== seq) return fail(`segment ${name} starts at seq ${expected.firstSeq}, expected ${seq}`, seq);
    const hash = createHash('sha256');
    let carry = '';
    let events = 0;
    const onLine = (line: string): ArchiveVerifyResult | undefined => {
      const event = parseLine(line);
      if (!event) return fail(`segment ${name}: a line is not a JSON event (damaged or inserted bytes)`, seq);
      const check = verifier.push(event, line);
      if (!check.ok) return fail(`segment ${name}: ${check.reason}`, seq);
      range.append(Buffer.from(event.hash, 'hex'));
      seq++;
      events++;
      const signed = bySize.get(seq);
      if (signed !== undefined && Buffer.from(range.root()).toString('hex') !== signed) return fail(`Merkle root at size ${seq} differs from the signed checkpoint: archived events were rewritten`, seq - 1);
      return undefined;
    };
    for await (const part of reader.take(length)) {
      hash.update(part);
      plain.update(part);
      const text = carry + part.toString('utf8');
      const lines = text.split('\n');
      carry = lines.pop() as string;
      for (const line of lines) {
        const bad = onLine(line);
        if (bad) return bad;
      }
    }
    if (carry !== '') return fail(`segment ${name}: its last line has no line feed`, seq);
    const lf = await reader.all(1, 1);
    plain.update(lf);
    if (lf[0] !== 0x0a) return fail(`segment ${name} does not end where its length says`, seq);
    if (hash.digest('hex') !== expected.sha256 || events !== expected.events) return fail(`segment ${name}: its bytes differ from the manifest's SHA-256 or event count`, seq);
    result.events += events;
  }
  if (seq !== manifest.to) return fail(`the archive holds seqs ${manifest.from}..${seq - 1}, the manifest says up to ${manifest.to - 1}`, seq);
  // The covering checkpoint: equal to the end, or reached through the consistency nodes.
  const atEnd = range;
  if (manifest.covering.size === manifest.to) {
    if (Buffer.from(atEnd.root()).toString('hex') !== covering) return fail(`Merkle root at size ${manifest.to} differs from the covering checkpoint`, manifest.to - 1);
  } else {
    const replayed = replaySteps(compactNodes(atEnd), steps, manifest.covering.size);
    if ('error' in replayed) return fail(`consistency with the covering checkpoint: ${replayed.error}`);
    if (replayed.roots.get(manifest.covering.size) !== covering) return fail(`the archived events are not consistent with the covering checkpoint at size ${manifest.covering.size}`);
  }
  // The seal: signed by the ledger's key over every byte before it.
  const digest = plain.copy().digest('hex');
  const sealNote = (await small('seal', 1024 * 1024)).toString('utf8');
  const opened = openNote(sealNote, keys);
  if (!opened.verified) return fail(`seal: signature invalid (${opened.reason ?? 'unknown'})`);
  if (opened.text !== `agent-audit-archive/${manifest.ledger}/${manifest.stream}\nseqs ${manifest.from} ${manifest.to}\nsha256 ${digest}\n`) return fail('seal: the archive\'s bytes differ from the ones sealed (changed after it was written)');
  if (!(await reader.atEnd())) return fail('bytes after the seal');
  if (decipherFinal) {
    try {
      decipherFinal();
    } catch {
      return fail('decryption failed: the archive was changed, or the key is not the one it was encrypted with (AES-256-GCM tag mismatch)');
    }
  }
  result.ok = true;
  delete result.failure;
  return result;
}
