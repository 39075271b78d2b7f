import { createHash, type Hash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CompactRange, emptyRoot } from '../crypto/merkle.js';
import { formatCheckpoint, openNote, parseCheckpoint, signNote, verifierKeyFromSigner } from '../crypto/note.js';
import { sha256 } from '../crypto/hash.js';
import { GENESIS_HASH } from '../spec/event.js';
import { AuditError, KeyError, LedgerError, LedgerFormatError } from '../spec/errors.js';
import { sealedLineLength, sealedPrev, sealedSeq, type LedgerNotice, type LedgerSink, type SealedRecord, type StreamHead } from '../spec/sink.js';
import { checkKeyDirPlacement, defaultKeyDir, isInside, protectedAncestor, realPathOf } from '../internal/key-dir.js';
import { readSmallFile } from '../internal/small-file.js';
import { HEAD_FILE, parseHead, readHeadNote, writeHead, type HeadStream, type HeadWitness, type LedgerHead } from './head.js';
import { createSignerKey, readSignerKey, signerKeyFile } from './keys.js';
import {
  CHECKPOINTS_FILE, LOCK_FILE, RECOVERED_DIR, STREAMS_DIR, VERIFIER_KEY_FILE, fsyncDir, initLedgerDir, listSegments,
  readVerifierKeys, segmentName, streamDir, type LedgerInfo,
  LEDGER_FILE,
} from './layout.js';
import { hashOfLine, parseLine } from './lines.js';
import { acquireLock } from './lock.js';
import { prunedBase } from '../retention/pruned.js';

/** Options of `fileLedger()`. */
export interface FileLedgerOptions {
  /** Ledger folder. Created if missing. */
  dir: string;
  /** Default stream for auditors that name none. */
  stream?: string;
  /** Signer key (`PRIVATE+KEY+name+keyid+base64`). Without it, one is generated and kept in `keyDir`. */
  signingKey?: string;
  /** Where a generated signer key is kept (never inside `dir`). Default: see docs/FORMAT.md, "Keys". */
  keyDir?: string;
  /** Segment size at which a new segment file starts. */
  maxSegmentBytes?: number;
  /** A checkpoint is signed after this many events... */
  checkpointEvery?: number;
  /** ...or this long after the first event it does not cover yet. */
  checkpointIntervalMs?: number;
  /** fdatasync after each batch (group commit). Turning it off gives up crash durability. */
  fsync?: boolean;
  /**
   * Go on with this writer's key although the ledger is signed by another one (e.g. its key
   * folder was lost). Without it such a writer refuses to start. The change is recorded as a
   * `ledger.key_rotate` event (signed by the new key's checkpoints) and reported by verify.
   */
  rotateKey?: boolean;
  /**
   * Also append every signed head to this witness, a place the writer can append to but not
   * rewrite: `directoryWitness(dir)` (another volume) or `postgresWitness(url)` from
   * `@agent-audit/postgres`. `agent-audit verify --witness` checks the ledger against it.
   */
  witness?: HeadWitness;
  /**
   * Sign a first head for a ledger written before heads existed (no `HEAD` file). Used by
   * `agent-audit migrate` after the ledger verified; without it such a writer refuses to start.
   */
  migrate?: boolean;
}

/** A checkpoint as stored in `checkpoints.jsonl`. */
export interface StoredCheckpoint {
  size: number;
  root: string;
  ts: string;
  note: string;
  frontier?: { size: number; hashes: string[] };
  /**
   * The first seqs of the segment files that start among the events this checkpoint adds
   * (from the previous record's size to this one's), as the folder holds them when it is signed:
   * verify requires exactly these segment starts there (docs/FORMAT.md §1). Absent in older records.
   */
  segments?: number[];
}

interface StreamState {
  name: string;
  dir: string;
  release: () => void;
  fd: number;
  segmentFirstSeq: number;
  segmentSize: number;
  /** A failed write left this writer's own bytes past `segmentSize` (its truncate failed too): the retry writes over them. */
  ownBytesPastEnd: boolean;
  nextSeq: number;
  prev: string;
  range: CompactRange;
  checkpointFd: number;
  /** Bytes of checkpoints.jsonl and their running SHA-256 (the head commits to both). */
  checkpointBytes: number;
  checkpointHash: Hash;
  lastCheckpointSize: number;
  lastCheckpointRoot: string;
  firstUncheckpointedAt: number | undefined;
  notices: LedgerNotice[];
  work: Promise<unknown>;
  timer: NodeJS.Timeout | undefined;
  closed: boolean;
}

/** The file ledger's sink, with what verification and tools need to find its keys. */
export interface FileLedger extends LedgerSink {
  readonly dir: string;
  /** Verifier key of the checkpoints this ledger signs. Pin it where verification runs. */
  readonly verifierKey: string;
}

/**
 * The embedded default ledger: append-only segment files of canonical JSON lines per stream,
 * group-commit fdatasync, one writer per stream (lock), resume and torn-tail repair after a
 * crash, and Ed25519-signed checkpoints of the stream's Merkle tree.
 *
 * @example
 * ```ts
 * const auditor = createAuditor({ agent: { id: 'claims-bot' }, sink: fileLedger({ dir: './audit' }) });
 * ```
 */
export function fileLedger(options: FileLedgerOptions): FileLedger {
  if (options === null || typeof options !== 'object' || typeof options.dir !== 'string' || options.dir === '') {
    throw new AuditError({ code: 'invalid_options', message: 'fileLedger needs `dir`: the ledger folder, a non-empty string (e.g. fileLedger({ dir: "./audit" }))' });
  }
  const dir = path.resolve(options.dir);
  const maxSegmentBytes = options.maxSegmentBytes ?? 64 * 1024 * 1024;
  const checkpointEvery = options.checkpointEvery ?? 10_000;
  const checkpointIntervalMs = options.checkpointIntervalMs ?? 10_000;
  const doSync = options.fsync ?? true;
  const streams = new Map<string, StreamState>();
  let info: LedgerInfo | undefined;
  let signer: { signerKey: string; verifierKey: string } | undefined;
  let pendingRotation: LedgerNotice | undefined;

  if (options.witness?.folder !== undefined) checkWitnessFolder(options.witness.folder, dir);

  function setup(): { info: LedgerInfo; signer: { signerKey: string; verifierKey: string } } {
    if (info && signer) return { info, signer };
    let ledgerInfo: LedgerInfo;
    // A key folder inside the ledger (or another ledger or vault) is refused before the folder
    // is created: a refused writer leaves no LEDGER marker without a HEAD behind.
    if (!options.signingKey) checkKeyDirPlacement(path.resolve(options.keyDir ?? defaultKeyDir()), [{ dir, kind: 'ledger' }]);
    try {
      ledgerInfo = initLedgerDir(dir);
    } catch (error) {
      if (AuditError.isInstance(error)) throw error;
      throw new LedgerError({ code: 'ledger_open', message: `cannot open the ledger folder ${dir}: ${(error as Error)?.message ?? String(error)}`, cause: error });
    }
    const headNote = readHeadNote(dir);
    const published = readVerifierKeys(dir);
    const signedBy = headNote !== undefined ? describeSigners(headNote, published) : published.join(', ');
    const established = headNote !== undefined || published.length > 0;
    // Checked before any key is loaded or created: a refused writer leaves nothing behind.
    if (headNote === undefined && !options.migrate && fs.readdirSync(path.join(dir, STREAMS_DIR)).some((name) => !name.startsWith('.'))) {
      throw new LedgerError({
        code: 'ledger_migrate',
        message: ledgerInfo.signedHead
          ? `${dir} has streams but no signed ${HEAD_FILE}, and its ${LEDGER_FILE} marker says it was created with signed heads: ${HEAD_FILE} was deleted. Run \`agent-audit verify ${dir} --key <verifier key>\` and restore the ledger from a copy`
          : `${dir} has streams but no signed ${HEAD_FILE}: it was written before signed heads, or ${HEAD_FILE} was deleted. Run \`agent-audit verify ${dir} --key <verifier key>\`; if it verifies, \`agent-audit migrate ${dir} --key <verifier key>\` signs its first head`,
      });
    }
    let loaded: { signerKey: string; verifierKey: string };
    if (options.signingKey) {
      loaded = { signerKey: options.signingKey, verifierKey: verifierKeyFromSigner(options.signingKey) };
    } else {
      const file = signerKeyFile({ ledgerDir: dir, ledgerId: ledgerInfo.id, ...(options.keyDir ? { keyDir: options.keyDir } : {}) });
      const existing = readSignerKey(file);
      if (!existing && established && !options.rotateKey) {
        // Nothing is created: a lost key folder must not turn silently into a new key.
        throw new KeyError({
          message: `no signing key for ledger ${dir} at ${file}, but the ledger is already signed by ${signedBy}. If the key folder was lost (another AGENT_AUDIT_HOME, a container restart), restore the key file there or pass keyDir; to continue with a new key, pass rotateKey: true (the rotation is recorded and reported by verify)`,
        });
      }
      loaded = existing ?? createSignerKey(file, ledgerInfo.id);
    }
    const holds = headNote !== undefined ? openNote(headNote, [loaded.verifierKey]).verified : published.length === 0 || published.includes(loaded.verifierKey);
    if (!holds) {
      if (!options.rotateKey) {
        throw new KeyError({
          message: `ledger ${dir} is signed by ${signedBy || 'an unknown key'}, a key this writer does not hold (it holds ${loaded.verifierKey}). Use the ledger's key, or pass rotateKey: true to continue with this one (the rotation is recorded and reported by verify)`,
        });
      }
      pendingRotation = { type: 'ledger.key_rotate', outcome: 'success', attrs: { from: signedBy, to: loaded.verifierKey, reason: 'the writer was started with rotateKey' } };
    }
    info = ledgerInfo;
    signer = loaded;
    if (headNote === undefined || !published.includes(loaded.verifierKey) || pendingRotation) {
      const note = writeHead(dir, ledgerInfo.id, loaded.signerKey, (current) => current?.streams ?? [], () => publishVerifierKey(loaded.verifierKey));
      witnessLater(note);
    }
    return { info, signer };
  }

  // Witness appends run after the head is written, in order; a failure is reported by the next
  // write (and to onError through it), never lost.
  let witnessWork: Promise<void> = Promise.resolve();
  let witnessFailure: unknown;
  function witnessLater(note: string): void {
    const witness = options.witness;
    if (!witness || !info) return;
    const ledgerId = info.id;
    witnessWork = witnessWork.then(async () => {
      try {
        await witness.append(ledgerId, note, dir);
      } catch (error) {
        witnessFailure ??= error;
      }
    });
  }
  async function witnessDone(): Promise<void> {
    await witnessWork;
    if (witnessFailure !== undefined) {
      const cause = witnessFailure;
      witnessFailure = undefined;
      throw new LedgerError({ code: 'ledger_witness', message: `could not append the signed head to the witness ${options.witness?.name}: ${(cause as Error).message ?? String(cause)}`, cause });
    }
  }

  /** Signs a new head with this stream's entry as it is now (under the head lock). */
  function publishHead(state: StreamState, closed: boolean): void {
    const { info: ledgerInfo, signer: s } = setup();
    const entry: HeadStream = {
      name: state.name,
      size: state.lastCheckpointSize,
      root: state.lastCheckpointRoot,
      closed,
      checkpointBytes: state.checkpointBytes,
      checkpointSha256: state.checkpointHash.copy().digest('hex'),
    };
    const note = writeHead(dir, ledgerInfo.id, s.signerKey, (current) => [...(current?.streams ?? []).filter((x) => x.name !== state.name), entry]);
    witnessLater(note);
  }

  // The ledger keeps the public verifier keys it has used, one a line, so `verify` works out of
  // the box; pinning a key out of band is what makes a rewritten ledger detectable.
  function publishVerifierKey(key: string): void {
    if (!readVerifierKeys(dir).includes(key)) fs.appendFileSync(path.join(dir, VERIFIER_KEY_FILE), key + '\n', { mode: 0o644 });
  }

  function openStream(name: string): StreamState {
    setup();
    const sdir = streamDir(dir, name);
    // Never through a symbolic link: a linked stream folder would make this writer append to (and
    // sign over) another ledger's or another stream's files.
    realDirectory(path.join(dir, STREAMS_DIR), 'streams folder');
    realDirectory(sdir, `stream folder of ${name}`);
    fs.mkdirSync(sdir, { recursive: true });
    realDirectory(sdir, `stream folder of ${name}`);
    const release = acquireLock(path.join(sdir, LOCK_FILE));
    try {
      return recoverStream(name, sdir, release);
    } catch (error) {
      release();
      throw error;
    }
  }

  /** Refuses a path that exists as anything but a real directory (lstat: a symbolic link is refused). */
  function realDirectory(folder: string, what: string): void {
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(folder);
    } catch {
      return;
    }
    if (stat.isSymbolicLink() || !stat.isDirectory()) {
      throw new LedgerError({
        code: 'ledger_open',
        message: `cannot open the ${what}: ${folder} is ${stat.isSymbolicLink() ? 'a symbolic link' : 'not a directory'}; a stream folder must be a real directory inside the ledger ${dir}. Run \`agent-audit verify ${dir}\``,
      });
    }
  }

  function recoverStream(name: string, sdir: string, release: () => void): StreamState {
    const notices: LedgerNotice[] = [];
    const { segments, foreign } = listSegments(sdir);
    if (foreign.length > 0) {
      throw new LedgerFormatError({ file: foreign[0] as string, message: `unexpected file in ledger stream folder: ${foreign[0]} (remove it or move it out of the ledger)` });
    }
    for (const file of [...segments.map((s) => s.file), path.join(sdir, CHECKPOINTS_FILE)]) {
      let stat: fs.Stats | undefined;
      try {
        stat = fs.lstatSync(file);
      } catch {
        stat = undefined;
      }
      if (stat && (stat.isSymbolicLink() || !stat.isFile())) {
        throw new LedgerError({ code: 'ledger_open', message: `cannot open stream ${name}: ${file} is ${stat.isSymbolicLink() ? 'a symbolic link' : 'not a regular file'}; run \`agent-audit verify ${dir}\`` });
      }
    }
    const checkpointFile = path.join(sdir, CHECKPOINTS_FILE);
    const checkpoints = readCheckpointFile(checkpointFile, { repair: true });
    const last = checkpoints[checkpoints.length - 1];
    let checkpointBytes: Buffer;
    try {
      checkpointBytes = fs.readFileSync(checkpointFile);
    } catch {
      checkpointBytes = Buffer.alloc(0);
    }
    // Never resume (and so re-sign) a stream whose signed past is gone: the head commits to it.
    const signed = headEntry(name);
    if (signed) {
      const prefix = checkpointBytes.subarray(0, signed.checkpointBytes);
      if (prefix.length < signed.checkpointBytes || createHash('sha256').update(prefix).digest('hex') !== signed.checkpointSha256) {
        throw new LedgerError({
          code: 'ledger_corrupt',
          message: `cannot resume stream ${name}: its ${CHECKPOINTS_FILE} no longer holds the ${signed.checkpointBytes} bytes the signed head commits to (deleted, emptied, cut or edited); run \`agent-audit verify ${dir}\``,
        });
      }
    }

    // Torn-tail repair: only the end of the last segment can be a partial write.
    const tail = segments[segments.length - 1];
    // Never a line a signed checkpoint or the signed head covers: those were written whole and
    // fsynced before they were signed, so a cut there is an edit, not a torn write.
    if (tail) repairTail(tail.file, tail.firstSeq, sdir, notices, { covered: Math.max(last?.size ?? 0, signed?.size ?? 0), name });

    // Rebuild the head from the last checkpoint's frontier plus the events after it.
    let range = new CompactRange();
    let startSeq = 0;
    if (last?.frontier) {
      try {
        const restored = CompactRange.fromJSON(last.frontier);
        // Trust the saved frontier only if it reproduces the checkpoint's root.
        if (restored.size === last.size && Buffer.from(restored.root()).toString('hex') === last.root) {
          range = restored;
          startSeq = range.size;
        }
      } catch {
        range = new CompactRange();
      }
    }
    // A stream retention pruned starts at its last ledger.pruned record (verify checks its signature).
    const pruned = segments[0] && segments[0].firstSeq > 0 ? prunedBase(sdir) : undefined;
    if (pruned && range.size < pruned.size) {
      range = pruned.frontier;
      startSeq = pruned.size;
    }
    let nextSeq = 0;
    let prev = pruned?.last ?? GENESIS_HASH;
    const from = Math.max(0, segments.findLastIndex((s) => s.firstSeq <= startSeq - 1));
    let first = true;
    for (let i = from; i < segments.length; i++) {
      const segment = segments[i] as { file: string; firstSeq: number };
      if ((first && from === 0 && segment.firstSeq !== (pruned?.size ?? 0)) || (!first && segment.firstSeq !== nextSeq)) {
        throw new LedgerError({ code: 'ledger_corrupt', message: `cannot resume: segment ${segment.file} starts at seq ${segment.firstSeq}, expected ${first ? (pruned?.size ?? 0) : nextSeq}; run \`agent-audit verify ${dir}\`` });
      }
      const text = fs.readFileSync(segment.file, 'utf8');
      let seq = segment.firstSeq;
      let position = 0;
      while (position < text.length) {
        const end = text.indexOf('\n', position);
        const line = text.slice(position, end);
        position = end + 1;
        const event = parseLine(line);
        const ok = event !== undefined && event.seq === seq && typeof event.hash === 'string' && hashOfLine(line, event.hash) === event.hash && (!first || seq === 0 ? event.prev === prev : true);
        if (!ok) {
          throw new LedgerError({ code: 'ledger_corrupt', message: `cannot resume: the event at seq ${seq} in ${segment.file} fails its hash, seq or chain check; run \`agent-audit verify ${dir}\`` });
        }
        first = false;
        if (seq >= startSeq) range.append(Buffer.from(event.hash, 'hex'));
        prev = event.hash;
        seq++;
      }
      nextSeq = seq;
    }
    if (signed?.closed && nextSeq > signed.size) {
      throw new LedgerError({
        code: 'ledger_corrupt',
        message: `cannot resume stream ${name}: the signed head closed it at ${signed.size} events but it holds ${nextSeq}; events were added after it was closed. Run \`agent-audit verify ${dir}\``,
      });
    }
    if (!signed && !options.migrate && nextSeq > 0 && readHeadNote(dir) !== undefined) checkUnlistedStream(name, checkpoints, nextSeq);
    if (signed && nextSeq < signed.size) {
      throw new LedgerError({ code: 'ledger_truncated', message: `cannot resume stream ${name}: it holds ${nextSeq} events but the signed head covers ${signed.size}; events were removed. Run \`agent-audit verify ${dir}\`` });
    }
    if (last && nextSeq < last.size) {
      throw new LedgerError({
        code: 'ledger_truncated',
        message: `cannot resume stream ${name}: it holds ${nextSeq} events but checkpoint ${last.size} was signed; events were removed. Run \`agent-audit verify ${dir}\``,
      });
    }

    // Continue in the last segment, or start one.
    let fd: number;
    let segmentFirstSeq: number;
    let segmentSize: number;
    if (tail && fs.statSync(tail.file).size < maxSegmentBytes) {
      fd = fs.openSync(tail.file, 'r+');
      segmentFirstSeq = tail.firstSeq;
      segmentSize = fs.fstatSync(fd).size;
      if (segmentSize === 0 && tail.firstSeq !== nextSeq) {
        fs.closeSync(fd);
        fs.unlinkSync(tail.file);
        ({ fd, segmentFirstSeq, segmentSize } = createSegment(sdir, nextSeq));
      }
    } else {
      ({ fd, segmentFirstSeq, segmentSize } = createSegment(sdir, nextSeq));
    }
    const checkpointFd = fs.openSync(path.join(sdir, CHECKPOINTS_FILE), 'a', 0o644);
    if (pendingRotation) {
      notices.push(pendingRotation);
      pendingRotation = undefined;
    }
    const state: StreamState = {
      name, dir: sdir, release, fd, segmentFirstSeq, segmentSize, ownBytesPastEnd: false, nextSeq, prev, range, checkpointFd,
      checkpointBytes: checkpointBytes.length,
      checkpointHash: createHash('sha256').update(checkpointBytes),
      lastCheckpointSize: last?.size ?? 0,
      lastCheckpointRoot: last?.root ?? Buffer.from(emptyRoot()).toString('hex'),
      firstUncheckpointedAt: range.size > (last?.size ?? 0) ? Date.now() : undefined,
      notices, work: Promise.resolve(), timer: undefined, closed: false,
    };
    state.timer = setInterval(() => {
      if (state.firstUncheckpointedAt !== undefined && Date.now() - state.firstUncheckpointedAt >= checkpointIntervalMs) {
        state.work = state.work.then(() => writeCheckpoint(state)).catch(() => undefined);
      }
    }, Math.max(50, Math.min(checkpointIntervalMs, 1000)));
    state.timer.unref();
    try {
      publishHead(state, false);
    } catch (error) {
      clearInterval(state.timer);
      fs.closeSync(fd);
      fs.closeSync(checkpointFd);
      throw error;
    }
    return state;
  }

  /**
   * A stream with events that the signed head does not list. A writer lists a stream in the head
   * (size 0) as it opens it, before its first event, so such a stream is only resumed when it
   * holds checkpoints, every one signed by this ledger's own key for this stream, the newest
   * covering all its events but those a crash left after it; otherwise (no checkpoint at all, or
   * one that does not verify) it was not written by this ledger's writer and is refused.
   */
  function checkUnlistedStream(name: string, checkpoints: readonly StoredCheckpoint[], events: number): void {
    const { info: ledgerInfo, signer: s } = setup();
    const origin = `agent-audit/${ledgerInfo.id}/${name}`;
    const refuse = (why: string): never => {
      throw new LedgerError({
        code: 'ledger_corrupt',
        message: `cannot resume stream ${name}: it holds ${events} events but the signed head does not list it, and ${why}; it was not written by this ledger's writer. Run \`agent-audit verify ${dir}\``,
      });
    };
    if (checkpoints.length === 0) refuse('it has no signed checkpoint');
    for (const cp of checkpoints) {
      const opened = openNote(cp.note, [s.verifierKey]);
      let ok = opened.verified;
      if (ok) {
        try {
          const body = parseCheckpoint(opened.text);
          ok = body.origin === origin && body.size === cp.size && Buffer.from(body.root).toString('hex') === cp.root;
        } catch {
          ok = false;
        }
      }
      if (!ok) refuse(`its checkpoint at size ${cp.size} is not signed by this ledger's key for this stream`);
    }
  }

  function headEntry(stream: string): HeadStream | undefined {
    const note = readHeadNote(dir);
    if (note === undefined) return undefined;
    let head: LedgerHead;
    try {
      head = parseHead(note.slice(0, note.lastIndexOf('\n\n') + 1));
    } catch (error) {
      throw new LedgerError({ code: 'ledger_corrupt', message: `${path.join(dir, HEAD_FILE)} is malformed (${(error as Error).message}); run \`agent-audit verify ${dir}\`` });
    }
    return head.streams.find((s) => s.name === stream);
  }

  function createSegment(sdir: string, firstSeq: number): { fd: number; segmentFirstSeq: number; segmentSize: number } {
    const file = path.join(sdir, segmentName(firstSeq));
    const fd = fs.openSync(file, 'wx+', 0o644);
    fsyncDir(sdir);
    return { fd, segmentFirstSeq: firstSeq, segmentSize: 0 };
  }

  function repairTail(file: string, firstSeq: number, sdir: string, notices: LedgerNotice[], signedPast: { covered: number; name: string }): void {
    const buffer = fs.readFileSync(file);
    let keep = buffer.lastIndexOf(0x0a) + 1;
    // Trailing lines that do not hold a complete, self-consistent event are torn writes too
    // (a file system may leave zeros or a prefix after a crash).
    // Only a last line without its newline, or lines that are not complete JSON, are torn: a
    // complete JSON line whose hash does not match is an edit, and is never moved away.
    while (keep > 0) {
      const start = buffer.lastIndexOf(0x0a, keep - 2) + 1;
      const line = buffer.toString('utf8', start, keep - 1);
      let complete = true;
      try {
        JSON.parse(line);
      } catch {
        complete = false;
      }
      if (!complete) {
        keep = start;
        continue;
      }
      const event = parseLine(line);
      if (event && typeof event.hash === 'string' && hashOfLine(line, event.hash) === event.hash) break;
      throw new LedgerError({
        code: 'ledger_corrupt',
        message: `cannot resume: the last complete line of ${file} is JSON that fails its hash check: an edit, not a torn write; run \`agent-audit verify ${dir}\``,
      });
    }
    if (keep === buffer.length) return;
    // Refused before anything is changed: the cut would remove signed events.
    let kept = 0;
    for (let at = buffer.indexOf(0x0a); at >= 0 && at < keep; at = buffer.indexOf(0x0a, at + 1)) kept++;
    if (firstSeq + kept < signedPast.covered) {
      throw new LedgerError({
        code: 'ledger_corrupt',
        message: `cannot resume stream ${signedPast.name}: the end of ${file} is not whole (a line without its final newline, or bytes that are not an event) at seq ${firstSeq + kept}, but a signed checkpoint covers ${signedPast.covered} events: signed events were cut or edited, not torn by a crash; nothing was changed. Run \`agent-audit verify ${dir}\``,
      });
    }
    const removed = buffer.subarray(keep);
    const quarantineDir = path.join(sdir, RECOVERED_DIR);
    fs.mkdirSync(quarantineDir, { recursive: true });
    const quarantine = path.join(quarantineDir, `${path.basename(file, '.jsonl')}-${Date.now()}.torn`);
    fs.writeFileSync(quarantine, removed);
    const fd = fs.openSync(file, 'r+');
    try {
      fs.ftruncateSync(fd, keep);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    notices.push({
      type: 'ledger.recover',
      outcome: 'success',
      attrs: {
        reason: 'torn tail after an unclean shutdown',
        segment: path.basename(file),
        keptBytes: keep,
        removedBytes: removed.length,
        removedSha256: sha256(removed).toString('hex'),
        quarantinedTo: path.relative(dir, quarantine),
      },
    });
  }

  async function writeCheckpoint(state: StreamState): Promise<void> {
    if (state.range.size === state.lastCheckpointSize || state.closed) return;
    const { info: ledgerInfo, signer: s } = setup();
    const root = state.range.root();
    const size = state.range.size;
    const ts = new Date().toISOString();
    const body = formatCheckpoint({ origin: `agent-audit/${ledgerInfo.id}/${state.name}`, size, root, extensions: [`timestamp ${ts}`] });
    const checkpoint: StoredCheckpoint = {
      size,
      root: Buffer.from(root).toString('hex'),
      ts,
      note: signNote(body, s.signerKey),
      frontier: state.range.toJSON(),
      segments: listSegments(state.dir).segments.map((segment) => segment.firstSeq).filter((first) => first >= state.lastCheckpointSize && first < size),
    };
    const line = Buffer.from(JSON.stringify(checkpoint) + '\n');
    await writeAll(state.checkpointFd, line, null);
    if (doSync) await fsyncAsync(state.checkpointFd);
    state.checkpointBytes += line.length;
    state.checkpointHash.update(line);
    state.lastCheckpointSize = size;
    state.lastCheckpointRoot = checkpoint.root;
    state.firstUncheckpointedAt = undefined;
    publishHead(state, false);
    await witnessDone();
  }

  async function writePart(state: StreamState, part: readonly SealedRecord[]): Promise<void> {
    const before = state.segmentSize;
    if (!state.ownBytesPastEnd) checkSegmentEnd(state, before);
    let written = 0;
    try {
      // One write for an ordinary batch; a part of megabytes (a huge event) is encoded and written
      // a slice at a time, so the host's event loop runs between the slices.
      for (const buffer of partBuffers(part)) {
        await writeAll(state.fd, buffer, before + written);
        written += buffer.length;
      }
      if (doSync) await fdatasyncAsync(state.fd);
    } catch (error) {
      // Leave the segment as it was, so a retry appends the same records at the same place.
      try {
        fs.ftruncateSync(state.fd, before);
      } catch {
        // The bytes past `before` are this writer's own: the retry writes over them, and the next open repairs the tail.
        state.ownBytesPastEnd = true;
      }
      throw new LedgerError({ code: 'ledger_write', message: `write to ${segmentName(state.segmentFirstSeq)} failed: ${(error as Error).message}`, cause: error });
    }
    state.ownBytesPastEnd = false;
    state.segmentSize = before + written;
    for (const record of part) state.range.append(record.leaf);
    const last = part[part.length - 1] as SealedRecord;
    state.nextSeq = sealedSeq(last) + 1;
    // The leaf hash is the event's hash (docs/FORMAT.md §3): no need to parse the line for it.
    state.prev = Buffer.from(last.leaf.buffer, last.leaf.byteOffset, last.leaf.byteLength).toString('hex');
  }

  /**
   * Refuses to write when the segment is not the length this writer left it: another process
   * appended to it or cut it. Writing at the writer's own offset would overwrite what the other
   * process wrote, and with it the evidence that it did; so nothing is written, the bytes stay for
   * `agent-audit verify` and `watch` (which report them), and every later append to the stream
   * fails the same way until the writer is reopened (which refuses a segment that fails its checks).
   *
   * @throws LedgerError with code `ledger_collision`, naming the segment, both lengths and what happened.
   */
  function checkSegmentEnd(state: StreamState, expected: number): void {
    const file = path.join(state.dir, segmentName(state.segmentFirstSeq));
    const open = fs.fstatSync(state.fd);
    let named: fs.Stats | undefined;
    try {
      named = fs.statSync(file);
    } catch {
      named = undefined;
    }
    // The file at the segment's path is no longer the one this writer holds open (renamed over,
    // as editors and `sed -i` do, or deleted with its folder): writing on would put acknowledged
    // events into a file no reader sees.
    if (named === undefined || named.ino !== open.ino || named.dev !== open.dev) {
      throw new LedgerError({
        code: 'ledger_collision',
        message: `stream ${state.name}: ${file} ${named === undefined ? 'was deleted' : 'was replaced by another file'} while this writer had it open: another process changed the ledger. Nothing more is written to it; run \`agent-audit verify ${dir}\``,
      });
    }
    const actual = open.size;
    if (actual === expected) return;
    const what = actual > expected ? `another process appended ${actual - expected} byte(s) to it` : `another process cut ${expected - actual} byte(s) from it`;
    throw new LedgerError({
      code: 'ledger_collision',
      message: `stream ${state.name}: ${file} is ${actual} bytes long but this writer left it at ${expected}: ${what}. Nothing was written over it; run \`agent-audit verify ${dir}\``,
    });
  }

  async function appendRecords(state: StreamState, batch: readonly SealedRecord[]): Promise<void> {
    if (state.closed) throw new LedgerError({ message: `stream ${state.name} is closed` });
    // A retried batch may be partly written already (a later part failed): skip what is durable.
    const records = batch[0] && sealedSeq(batch[0]) < state.nextSeq ? batch.filter((r) => sealedSeq(r) >= state.nextSeq) : batch;
    const first = records[0];
    if (!first) return;
    if (sealedSeq(first) !== state.nextSeq || sealedPrev(first) !== state.prev) {
      throw new LedgerError({ message: `append out of order: got seq ${sealedSeq(first)}, expected ${state.nextSeq}` });
    }
    // Most batches fit the segment whole: UTF-8 takes at most 3 bytes per UTF-16 unit, so an
    // upper bound from string lengths avoids measuring every line's byte length.
    let bound = state.segmentSize;
    for (let i = 0; i < records.length; i++) bound += sealedLineLength(records[i] as SealedRecord) * 3 + 1;
    if (bound <= maxSegmentBytes) {
      await writePart(state, records);
      await afterAppend(state);
      return;
    }
    // Split the batch where a segment fills up; each part is one write and one fdatasync.
    let start = 0;
    let partBytes = 0;
    for (let i = 0; i < records.length; i++) {
      const record = records[i] as SealedRecord;
      const bytes = sealedLineBytes(record) + 1;
      if (state.segmentSize + partBytes > 0 && state.segmentSize + partBytes + bytes > maxSegmentBytes) {
        if (i > start) await writePart(state, records.slice(start, i));
        start = i;
        partBytes = 0;
        if (state.segmentSize > 0) {
          if (doSync) await fsyncAsync(state.fd);
          fs.closeSync(state.fd);
          ({ fd: state.fd, segmentFirstSeq: state.segmentFirstSeq, segmentSize: state.segmentSize } = createSegment(state.dir, sealedSeq(record)));
        }
      }
      partBytes += bytes;
    }
    if (start < records.length) await writePart(state, start === 0 ? records : records.slice(start));
    await afterAppend(state);
  }

  async function afterAppend(state: StreamState): Promise<void> {
    state.firstUncheckpointedAt ??= Date.now();
    if (state.range.size - state.lastCheckpointSize >= checkpointEvery || Date.now() - state.firstUncheckpointedAt >= checkpointIntervalMs) {
      await writeCheckpoint(state);
    }
  }

  function serialize<T>(state: StreamState, task: () => Promise<T>): Promise<T> {
    const run = state.work.then(task, task);
    state.work = run.catch(() => undefined);
    return run;
  }

  const ledger: FileLedger = {
    dir,
    get verifierKey(): string {
      return setup().signer.verifierKey;
    },
    ...(options.stream ? { defaultStream: options.stream } : {}),
    open(stream: string): StreamHead {
      if (streams.has(stream)) throw new LedgerError({ code: 'ledger_locked', message: `stream ${stream} is already open in this process` });
      const state = openStream(stream);
      streams.set(stream, state);
      return { nextSeq: state.nextSeq, prev: state.prev };
    },
    append(stream: string, records: readonly SealedRecord[]): Promise<void> {
      const state = streams.get(stream);
      if (!state) return Promise.reject(new LedgerError({ message: `stream ${stream} is not open` }));
      return serialize(state, () => appendRecords(state, records));
    },
    checkpoint(stream: string): Promise<void> {
      const state = streams.get(stream);
      if (!state) return Promise.reject(new LedgerError({ message: `stream ${stream} is not open` }));
      return serialize(state, () => writeCheckpoint(state));
    },
    async close(stream: string): Promise<void> {
      const state = streams.get(stream);
      if (!state) return;
      try {
        await serialize(state, async () => {
          await writeCheckpoint(state);
          state.closed = true;
          if (state.timer) clearInterval(state.timer);
          if (doSync) await fsyncAsync(state.fd);
          // The head says "closed" only once every event is covered by the final checkpoint.
          if (state.range.size === state.lastCheckpointSize) publishHead(state, true);
          fs.closeSync(state.fd);
          fs.closeSync(state.checkpointFd);
          state.release();
          await witnessDone();
        });
      } finally {
        streams.delete(stream);
      }
    },
    takeNotices(stream: string): LedgerNotice[] {
      const state = streams.get(stream);
      if (!state) return [];
      const out = state.notices;
      state.notices = [];
      return out;
    },
  };
  return ledger;
}

/**
 * Reads a stream's checkpoints file. A last line without its newline is a torn write: the
 * writer repairs it at open (`repair: true`); a verifier treats it as a finding.
 */
export function readCheckpointFile(file: string, options: { repair?: boolean } = {}): StoredCheckpoint[] {
  let text: string;
  try {
    // Bounded and never blocking (a FIFO, a device or a link to one is refused, not read): 256 MiB
    // is about half a million checkpoints.
    text = readSmallFile(file, 256 * 1024 * 1024);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new LedgerFormatError({ file, message: `cannot read ${file}: ${(error as Error).message.replace(`${file}: `, '')}` });
  }
  const complete = text.lastIndexOf('\n') + 1;
  if (complete < text.length) {
    if (!options.repair) throw new LedgerFormatError({ file, message: `${file} ends in a torn checkpoint record (a crash while signing, or an edit)` });
    fs.truncateSync(file, Buffer.byteLength(text.slice(0, complete)));
    text = text.slice(0, complete);
  }
  const out: StoredCheckpoint[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === '' && i === lines.length - 1) continue;
    try {
      const value = JSON.parse(line) as StoredCheckpoint;
      if (typeof value.size !== 'number' || typeof value.note !== 'string' || typeof value.root !== 'string') throw new Error('fields');
      out.push(value);
    } catch {
      throw new LedgerFormatError({ file, message: `${file} line ${i + 1} is not a checkpoint record` });
    }
  }
  return out;
}

/**
 * A witness folder the writer may use: one that exists (a witness volume that is not mounted must
 * not turn into a folder on the local disk), and, through any symlink, neither inside this ledger
 * nor inside any other ledger or vault (verify refuses such a witness, and the other ledger would
 * no longer verify). Throws LedgerError `ledger_witness`.
 */
function checkWitnessFolder(folder: string, ledgerDir: string): void {
  const real = realPathOf(folder);
  const shown = `${folder}${real !== path.resolve(folder) ? ` (really ${real})` : ''}`;
  const within = isInside(real, realPathOf(ledgerDir)) ? { dir: ledgerDir, kind: 'ledger' } : protectedAncestor(real);
  if (within) throw new LedgerError({ code: 'ledger_witness', message: `witness folder ${shown} is inside the ${within.kind === 'ledger' && within.dir === ledgerDir ? 'ledger' : `${within.kind} folder`} ${within.dir}; a witness must be a place the ledger's writer cannot rewrite` });
  let stat: fs.Stats;
  try {
    stat = fs.statSync(real);
  } catch {
    throw new LedgerError({ code: 'ledger_witness', message: `witness folder ${shown} does not exist: mount the witness volume or create the folder first (the writer never creates it, so an unmounted volume is not mistaken for a local folder)` });
  }
  if (!stat.isDirectory()) throw new LedgerError({ code: 'ledger_witness', message: `witness folder ${shown} is not a folder` });
}

/** Characters of lines encoded into one write: an ordinary batch is one buffer, one write. */
const WRITE_BATCH_CHARS = 1024 * 1024;
/** Characters of one slice of a line longer than WRITE_BATCH_CHARS. */
const WRITE_SLICE_CHARS = 256 * 1024;

/**
 * The UTF-8 bytes of a part's lines, each followed by its newline: short lines together in
 * buffers of up to WRITE_BATCH_CHARS characters, a longer line in slices of WRITE_SLICE_CHARS,
 * never splitting a surrogate pair, so the bytes are exactly those of the whole text. A line given
 * as pieces (see `SealedRecord.pieces`) is encoded piece after piece and never joined, short
 * (gathered with the others) or long (each piece in its slices): joining a megabyte rope flattens
 * it in one step of milliseconds, and even a short line joined is a copy the write does not need
 * (the sealing pool gives every line as its `{"hash":…,` and the canonical text after it).
 */
export function* partBuffers(part: readonly SealedRecord[]): Generator<Buffer> {
  // Short lines gathered, then encoded one by one into one buffer: joining them with `+=` made a
  // rope that Buffer.from flattened and encoded in a second pass, about ten times the time
  // (1.3 ms against 0.1 ms for 256 lines of 660 characters, measured here).
  let lines: Array<string | readonly string[]> = [];
  let chars = 0;
  for (const record of part) {
    const pieces = record.pieces;
    const length = pieces === undefined ? record.line.length : sealedLineLength(record);
    if (length < WRITE_BATCH_CHARS) {
      if (chars > 0 && chars + length + 1 > WRITE_BATCH_CHARS) {
        yield linesBuffer(lines, chars);
        lines = [];
        chars = 0;
      }
      lines.push(pieces ?? record.line);
      chars += length + 1;
      continue;
    }
    if (chars > 0) yield linesBuffer(lines, chars);
    for (const piece of pieces ?? [record.line]) yield* sliceBuffers(piece);
    // The long line's newline starts the next buffer (an empty line's newline).
    lines = [''];
    chars = 1;
  }
  if (chars > 0) yield linesBuffer(lines, chars);
}

/**
 * The UTF-8 bytes of `lines` (each a string or pieces whose concatenation is the line), each
 * followed by a newline. `chars` is their length in UTF-16 code units with the newlines: each
 * unit takes at most 3 bytes (a pair, 2 units, takes 4).
 */
function linesBuffer(lines: ReadonlyArray<string | readonly string[]>, chars: number): Buffer {
  const buffer = Buffer.allocUnsafe(chars * 3);
  let at = 0;
  for (const line of lines) {
    if (typeof line === 'string') at += buffer.write(line, at, 'utf8');
    else for (const piece of line) at += buffer.write(piece, at, 'utf8');
    buffer[at++] = 0x0a;
  }
  return buffer.subarray(0, at);
}

/** The UTF-8 bytes of `text` in slices of WRITE_SLICE_CHARS, never splitting a surrogate pair. */
function* sliceBuffers(text: string): Generator<Buffer> {
  for (let at = 0; at < text.length; ) {
    let end = Math.min(at + WRITE_SLICE_CHARS, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    yield Buffer.from(text.slice(at, end), 'utf8');
    at = end;
  }
}

/** A record's line length in UTF-8 bytes, from its pieces when it has them (no join). */
function sealedLineBytes(record: SealedRecord): number {
  if (record.pieces === undefined) return Buffer.byteLength(record.line);
  let n = 0;
  for (const piece of record.pieces) n += Buffer.byteLength(piece);
  return n;
}

function writeAll(fd: number, buffer: Buffer, position: number | null): Promise<void> {
  return new Promise((resolve, reject) => {
    let offset = 0;
    const next = (): void => {
      fs.write(fd, buffer, offset, buffer.length - offset, position === null ? null : position + offset, (error, written) => {
        if (error) return reject(error);
        offset += written;
        if (offset < buffer.length) next();
        else resolve();
      });
    };
    next();
  });
}

function fdatasyncAsync(fd: number): Promise<void> {
  return new Promise((resolve, reject) => fs.fdatasync(fd, (error) => (error ? reject(error) : resolve())));
}

function fsyncAsync(fd: number): Promise<void> {
  return new Promise((resolve, reject) => fs.fsync(fd, (error) => (error ? reject(error) : resolve())));
}

/** Who signed a head: the published keys whose signature lines it carries, else `name+keyid`. */
function describeSigners(note: string, published: readonly string[]): string {
  const opened = openNote(note, published);
  const verified = opened.signatures.filter((s) => s.verified);
  const names = (verified.length > 0 ? verified : opened.signatures).map((sig) => published.find((k) => k.startsWith(`${sig.name}+${sig.keyId}+`)) ?? `${sig.name}+${sig.keyId}`);
  return names.join(', ') || 'a key it does not name';
}
