import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CompactRange } from '../crypto/merkle.js';
import { openNote, parseCheckpoint, parseVerifierKey } from '../crypto/note.js';
import { computeEventHash } from '../auditor/seal.js';
import { eventTimeProblem, GENESIS_HASH, type AuditEvent } from '../spec/event.js';
import { KeyError, LedgerError } from '../spec/errors.js';
import type { StoredCheckpoint } from './file-ledger.js';
import { HEAD_FILE, fileSha256, parseHead, readHeadNote, sha256Hex, type HeadStream, type LedgerHead } from './head.js';
import { CHECKPOINTS_FILE, LEDGER_FILE, LOCK_FILE, PRUNED_FILE, STREAMS_DIR, VERIFIER_KEY_FILE, listSegments, readLedgerInfo, readVerifierKeys, streamDir } from './layout.js';
import { loadVerifyState, readVerifyState, stateRemembersPath, writeVerifyState } from './state.js';
import { witnessedAt } from './witness.js';
import { isInside, protectedAncestor, realPathOf } from '../internal/key-dir.js';
import { hashOfLine, hashOfLineBytes, parseLine } from './lines.js';
import { leafOfHashFirstLine, scanVerifiedLine } from './scan.js';
import { checkRootLayout, checkSegmentBoundaries, checkStreamLayout } from './layout-check.js';
import { lineShapeProblem } from './nesting.js';
import { prunedStart } from '../retention/verify-pruned.js';
import { fileKind, listStreams, readCheckpoints, readFileLineChunks, readSmallFile } from './read.js';

/** The first thing verification found wrong. `seq` is the position in the stream where it was found. */
export interface VerifyFailure {
  stream: string;
  seq: number;
  id?: string;
  reason: string;
  file?: string;
}

/** Per-stream figures. */
export interface StreamReport {
  stream: string;
  events: number;
  checkpoints: number;
  /** Size of the last valid signed checkpoint; events after it are not covered by a signature yet. */
  checkpointedSize: number;
  failure?: VerifyFailure;
  /**
   * `ledger.gap` events in the stream: its writer dropped events (a full queue) and recorded how
   * many. The record is intact (the chain holds), but incomplete: verify warns.
   */
  gaps?: { events: number; dropped: number; seqs: number[] };
}

/** What `verifyLedger()` and `verifyEvents()` return. */
export interface VerifyResult {
  ok: boolean;
  streams: number;
  events: number;
  checkpoints: number;
  firstFailure?: VerifyFailure;
  reports: StreamReport[];
  /** Where the verifier keys came from: `pinned` (given by the caller) or `ledger` (the ledger's own copy). */
  keySource: 'pinned' | 'ledger' | 'none';
  warnings: string[];
  /** Signing key rotations recorded in the ledger (`ledger.key_rotate` events), in stream order. */
  rotations: KeyRotation[];
  /** The ledger's id (from its LEDGER marker), when it could be read. */
  ledger?: string;
}

export type ChainCheck = { ok: true } | { ok: false; reason: string };

/** Incremental verifier of one stream's chain (seq run, prev links, hashes, Merkle root). */
export interface ChainVerifier {
  /** Checks the next event; pass the stored line when there is one (exact bytes are checked). */
  push(event: AuditEvent, line?: string): ChainCheck;
  state(): { size: number; lastHash: string; root: string };
}

/**
 * Creates an incremental chain verifier for one stream, e.g. for a collector that checks each
 * event as it arrives. `start` resumes from a known state.
 *
 * @example
 * ```ts
 * const verifier = createChainVerifier('claims-bot');
 * for await (const event of incoming) {
 *   const check = verifier.push(event);
 *   if (!check.ok) recordBreak(check.reason);
 * }
 * ```
 */
export function createChainVerifier(stream: string, start?: { size: number; lastHash: string; frontier?: { size: number; hashes: string[] } }): ChainVerifier {
  let size = start?.size ?? 0;
  let lastHash = start?.lastHash ?? GENESIS_HASH;
  let range = start?.frontier ? CompactRange.fromJSON(start.frontier) : start && start.size > 0 ? undefined : new CompactRange();
  return {
    push(event: AuditEvent, line?: string): ChainCheck {
      const reason = checkEvent(event, line, stream, size, lastHash);
      if (reason) return { ok: false, reason };
      range?.append(Buffer.from(event.hash, 'hex'));
      lastHash = event.hash;
      size++;
      return { ok: true };
    },
    state() {
      return { size, lastHash, root: range ? Buffer.from(range.root()).toString('hex') : '' };
    },
  };
}

const HEX64 = /^[0-9a-f]{64}$/;


/**
 * Why a line's seq is not the one its place in the stream calls for (a deleted, duplicated or
 * reordered line), in verify's words; undefined when it is. `prove` uses the same words.
 */
export function sequenceProblem(seq: unknown, expectedSeq: number): string | undefined {
  if (seq === expectedSeq) return undefined;
  if (typeof seq !== 'number') return 'seq missing';
  if (seq > expectedSeq) return `missing event: expected seq ${expectedSeq}, found seq ${seq}`;
  return `duplicate, forked or reordered event: seq ${seq} appears again where seq ${expectedSeq} belongs`;
}

function checkEvent(event: AuditEvent, line: string | Buffer | undefined, stream: string, expectedSeq: number, expectedPrev: string): string | undefined {
  if (typeof event !== 'object' || event === null) return 'not an event object';
  // The line's own integrity first: a changed line is named where it stands.
  if (typeof event.hash !== 'string' || !HEX64.test(event.hash)) return 'hash missing or malformed';
  const computed = line === undefined ? computeEventHash(event) : typeof line === 'string' ? hashOfLine(line, event.hash) : hashOfLineBytes(line, event.hash);
  if (computed !== event.hash) return 'hash mismatch: the event was changed after it was written';
  if (event.v !== 1) return `unsupported event version ${JSON.stringify(event.v)}`;
  if (event.stream !== stream) return `event belongs to stream ${JSON.stringify(event.stream)}, found in ${stream}`;
  const seqProblem = sequenceProblem(event.seq, expectedSeq);
  if (seqProblem) return seqProblem;
  if (event.prev !== expectedPrev) return `chain broken: prev does not match the hash of seq ${expectedSeq - 1}`;
  // A time no clock shows (30 February, 24:00, a leap second): digit arithmetic, no Date parse.
  return eventTimeProblem(event.ts);
}

/** Options of `verifyLedger()`. */
export interface VerifyOptions {
  /**
   * Pinned verifier key(s). Without them the ledger's own `verifier.key` is used (and a warning
   * given). A malformed key throws KeyError (a usage error, not a finding about the ledger).
   */
  verifierKey?: string | readonly string[];
  /** Only these streams. */
  streams?: readonly string[];
  /** Called every 10,000 events with the running count (for progress displays). */
  onProgress?: (events: number, stream: string) => void;
  /**
   * Receives each event of a stream folder once its own checks passed (the hash of its stored
   * line, stream, seq, prev), in seq order, parsed once: a report aggregates from the pass that
   * verifies (report/source.ts). A returned promise is awaited (back-pressure). With this or
   * `onStreamEnd`, the selected streams are verified concurrently, so a caller can merge them.
   */
  onEvent?: (event: AuditEvent) => void | Promise<void>;
  /** Called once per selected stream when its pass is over (whatever it found), with its report. */
  onStreamEnd?: (report: StreamReport) => void | Promise<void>;
  /**
   * A state file outside the ledger (`agent-audit verify --state FILE`): the newest verified
   * head is remembered there, and a ledger older than it or inconsistent with it is invalid.
   * Written (atomically) only when the ledger verifies. See docs/FORMAT.md §10.
   */
  state?: string;
  /** Signed heads a witness holds for this ledger, oldest first (`readDirectoryWitness()`, `readPostgresWitness()`). */
  witness?: {
    name: string;
    heads: readonly string[];
    /** The witness could not be read (a finding). */
    error?: string;
    /** What reading it found that is not a finding (an entry cut short by a crash): reported as warnings. */
    notes?: readonly string[];
    /**
     * The witness folder, for a folder witness: refused (a usage error) inside a ledger or vault
     * folder, and searched for heads recorded at this ledger's path when the ledger is missing or
     * another one (`directoryWitness()` records the ledger folder's real path with each head).
     */
    folder?: string;
  };
  /**
   * Unsigned events after a stream's last signed checkpoint are INVALID unless their writer is
   * confirmed live on this host (writer.lock names a running process that holds the stream's
   * files open). With this, a tail whose writer cannot be confirmed from here (another host, no
   * /proc, another user's process) is a warning instead (`verify --accept-unsigned-tail`).
   */
  acceptUnsignedTail?: boolean;
  /** Accept a ledger without `HEAD` (written before signed heads), with a warning. For `agent-audit migrate`. */
  allowMissingHead?: boolean;
}

/** A `ledger.key_rotate` event: the writer went on with another signing key. */
export interface KeyRotation {
  stream: string;
  seq: number;
  id?: string;
  from: string;
  to: string;
  ts?: string;
}

/** One stream's figures as the signed head commits to them. */
interface Anchor {
  size: number;
  root: string;
  closed: boolean;
  source: string;
  kind: 'head' | 'state' | 'witness';
}

const EXPECTED_KEY_FORM = 'name+<8 hex digits of key ID>+<base64 of 0x01 and the 32-byte Ed25519 public key>, as printed by `agent-audit keygen` or fileLedger().verifierKey';

/**
 * What a message may show of a key given as a verifier key: its name and key ID when it has the
 * form `name+<8 hex>+…` (never the base64 after them), else the text only when it holds no run
 * of base64 that could be part of a secret seed (12 characters or more), else only its length.
 */
function keyLabel(key: string): string {
  const text = key.trim();
  const parts = text.split('+');
  if (parts.length > 2 && /^[0-9a-fA-F]{8}$/.test(parts[1] as string) && !/[A-Za-z0-9/=]{12,}/.test(parts[0] as string)) return `${parts[0]}+${parts[1]}+…`;
  if (!/[A-Za-z0-9+/=]{12,}/.test(text)) return text.length > 80 ? `${text.slice(0, 80)}…` : text;
  return `<${text.length} characters, not shown: they could be part of a secret key>`;
}

/** Checks pinned keys; a malformed one is a usage error (KeyError), not a finding about the ledger. */
export function checkVerifierKeys(keys: readonly string[]): void {
  for (const key of keys) {
    // A signer key is secret: name none of it (a usage error is printed, often into a CI log).
    if (/^PRIVATE\+KEY\+/i.test(key.trim())) {
      throw new KeyError({ message: `the verifier key given is a signer key (PRIVATE+KEY+…), not a verifier key: it is secret and was not printed; pin the public verifier key instead (the last line of <ledger>/verifier.key), and replace the signer key if it was exposed; expected ${EXPECTED_KEY_FORM}` });
    }
    try {
      parseVerifierKey(key);
    } catch (error) {
      // Named by its name and key ID only: a signer key with its PRIVATE+KEY+ prefix cut off has its seed where a verifier key has its public key.
      // Nor the key ID its bytes give: for a seed given by mistake that is a hash of the secret.
      const label = keyLabel(key);
      let why = (error as Error).message.replace(/ \(expected [0-9a-fA-F]{8}\)/, '');
      // When the label hides the key, the reason must not name its "name" either: for a seed whose
      // base64 holds a '+', that name is the seed's first piece.
      if (label.startsWith('<')) why = why.replace(/^verifier key "[^]*?": /, 'verifier key: ');
      throw new KeyError({ message: `the verifier key ${JSON.stringify(label)} is malformed (${why}); expected ${EXPECTED_KEY_FORM}` });
    }
  }
}

/** Size caps of the files read whole (docs/FORMAT.md §7). */
export const SMALL_FILE_CAP = { marker: 64 * 1024, head: 16 * 1024 * 1024, key: 1024 * 1024, lock: 4096 } as const;

function ledgerFailure(reason: string, file: string): VerifyFailure {
  return { stream: '', seq: 0, reason, file };
}

/**
 * Who holds a stream's writer.lock, and whether that can be confirmed. A lock file proves
 * nothing (anyone with folder access can write one, §9): an unsigned tail of a stream the signed
 * head lists is only a warning while its writer is confirmed live, i.e. the lock names this host
 * and a running process that holds one of this stream's files open for writing (/proc/<pid>/fd,
 * compared by device and inode, and the access mode in /proc/<pid>/fdinfo; the writer keeps its
 * segment and checkpoints file open for writing while the stream is).
 * `unconfirmable`: the lock names another host, or this host cannot show the process's open files.
 */
function lockState(sdir: string): { live: boolean; unconfirmable?: boolean; detail: string } {
  let text: string;
  try {
    const bytes = readSmallFile(path.join(sdir, LOCK_FILE), 4096);
    if (bytes === undefined) return { live: false, detail: 'no writer holds it' };
    text = bytes.toString('utf8');
  } catch {
    return { live: false, detail: 'its lock file is not a lock' };
  }
  let holder: { pid?: unknown; host?: unknown };
  try {
    holder = JSON.parse(text) as { pid?: unknown; host?: unknown };
  } catch {
    return { live: false, detail: 'its lock file is torn' };
  }
  if (typeof holder.pid !== 'number' || !Number.isSafeInteger(holder.pid) || holder.pid <= 0) return { live: false, detail: 'its lock file is not a lock' };
  const pid = holder.pid;
  if (holder.host !== undefined && holder.host !== os.hostname()) {
    return { live: false, unconfirmable: true, detail: `its lock names pid ${pid} on another host (${String(holder.host)}), whose writer cannot be confirmed from here` };
  }
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return { live: false, detail: `its writer (pid ${pid}) is no longer running` };
  }
  // Running: does it hold this stream open? Its open files, by device and inode.
  const ours = new Set<string>();
  try {
    for (const name of fs.readdirSync(sdir)) {
      const stat = fs.lstatSync(path.join(sdir, name));
      if (stat.isFile()) ours.add(`${stat.dev}:${stat.ino}`);
    }
  } catch {
    // the stream folder's files were checked above; none means nothing to hold
  }
  let fds: string[];
  try {
    fds = fs.readdirSync(`/proc/${pid}/fd`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { live: false, unconfirmable: true, detail: `its lock names running pid ${pid}, but whether that process is the stream's writer cannot be confirmed (${code === 'ENOENT' ? (fs.existsSync('/proc/self') ? `/proc/${pid}/fd is not visible here: hidepid, or another PID namespace` : 'no /proc on this system') : `/proc/${pid}/fd: ${code ?? (error as Error).message}, another user's process`})` };
  }
  for (const fd of fds) {
    try {
      const stat = fs.statSync(`/proc/${pid}/fd/${fd}`);
      // Open for writing, as the writer holds its segment (r+) and checkpoints.jsonl (a): a
      // process that only reads them (tail -f, a follower, a backup) is not the stream's writer.
      if (ours.has(`${stat.dev}:${stat.ino}`) && openForWriting(`/proc/${pid}/fdinfo/${fd}`)) return { live: true, detail: `its writer, pid ${pid}, is running and holds the stream open` };
    } catch {
      // closed meanwhile, or not a file
    }
  }
  return { live: false, detail: `its lock names pid ${pid}, which is running but does not hold this stream open for writing (not its writer: a forged or stale lock)` };
}

/** Whether /proc/<pid>/fdinfo/<fd> says the descriptor was opened O_WRONLY or O_RDWR (its `flags:` are octal); unreadable: no. */
function openForWriting(fdinfo: string): boolean {
  const flags = /^flags:\s*([0-7]+)$/m.exec(fs.readFileSync(fdinfo, 'utf8'))?.[1];
  return flags !== undefined && (parseInt(flags, 8) & 3) !== 0;
}

/**
 * Verifies a ledger folder against its signed head: every stream the head lists exists, every
 * checkpoints file still holds the bytes the head commits to, each leaf hash, chain link, seq,
 * segment, the roots at every signed checkpoint and at the head, closed streams end where they
 * were closed, and, given `state` or `witness`, that the ledger is not older than or inconsistent
 * with what was seen before. Streams the files; the ledger is never loaded whole.
 *
 * Throws (a usage error, exit 2 in the CLI) for a folder that does not exist or is not a ledger
 * (unless the state file or witness folder remembers a ledger at this path: then `ok: false`,
 * "ledger deleted"), a malformed pinned key, a witness folder inside a ledger or vault, or an
 * unreadable state file, one in a missing folder, or one of another ledger at another path.
 * Anything wrong inside the
 * ledger is a finding: `ok: false` with `firstFailure` naming the stream, file and reason.
 *
 * @example
 * ```ts
 * const result = await verifyLedger('./audit', { verifierKey: process.env.AUDIT_VERIFIER_KEY, state: '/var/lib/audit/verify.state' });
 * if (!result.ok) console.error(result.firstFailure);
 * ```
 */
export async function verifyLedger(dir: string, options: VerifyOptions = {}): Promise<VerifyResult> {
  const warnings: string[] = [];
  if (options.witness?.folder !== undefined) {
    // A witness the ledger's writer can rewrite proves nothing (the writer refuses it there too).
    const real = realPathOf(options.witness.folder);
    const within = isInside(real, realPathOf(dir)) ? { dir, kind: 'ledger' } : protectedAncestor(real);
    if (within) {
      throw new LedgerError({ code: 'verify_witness', message: `witness folder ${options.witness.folder}${real !== path.resolve(options.witness.folder) ? ` (really ${real})` : ''} is inside the ${within.kind} folder ${within.dir}; a witness must be a place the ledger's writer cannot rewrite` });
    }
  }
  // Files read whole are checked first: a FIFO, device, directory or symbolic link in their place
  // (which would hang or exhaust the reader) or an oversized one is a finding naming the file.
  for (const [name, cap] of [[LEDGER_FILE, SMALL_FILE_CAP.marker], [HEAD_FILE, SMALL_FILE_CAP.head], [VERIFIER_KEY_FILE, SMALL_FILE_CAP.key]] as const) {
    try {
      readSmallFile(path.join(dir, name), cap);
    } catch (error) {
      const keySource = options.verifierKey && options.verifierKey.length > 0 ? 'pinned' : 'none';
      return { ok: false, streams: 0, events: 0, checkpoints: 0, firstFailure: relativeFailure(dir, ledgerFailure((error as Error).message, path.join(dir, name))), reports: [], keySource, warnings, rotations: [] };
    }
  }
  let keys: string[];
  let keySource: VerifyResult['keySource'];
  if (options.verifierKey && (typeof options.verifierKey === 'string' ? options.verifierKey : options.verifierKey.length > 0)) {
    keys = typeof options.verifierKey === 'string' ? [options.verifierKey] : [...options.verifierKey];
    checkVerifierKeys(keys);
    keySource = 'pinned';
  } else {
    keys = readVerifierKeys(dir).filter((key) => {
      try {
        parseVerifierKey(key);
        return true;
      } catch {
        return false;
      }
    });
    keySource = keys.length > 0 ? 'ledger' : 'none';
    warnings.push(
      keys.length > 0
        ? `checkpoints checked with the ledger's own ${VERIFIER_KEY_FILE}; someone able to rewrite the ledger could replace it too. Pin the key with --key for real assurance.`
        : `no verifier key: ${VERIFIER_KEY_FILE} is missing and none was given; signatures cannot be checked.`,
    );
  }
  const fail = (failure: VerifyFailure): VerifyResult => ({ ok: false, streams: 0, events: 0, checkpoints: 0, firstFailure: relativeFailure(dir, failure), reports: [], keySource, warnings, rotations: [] });

  // The marker: a folder that is not a ledger at all is a usage error; a ledger whose marker
  // was edited or deleted is a finding.
  let info;
  try {
    info = readLedgerInfo(dir);
  } catch (error) {
    const looksLikeLedger = fs.existsSync(path.join(dir, HEAD_FILE)) || fs.existsSync(path.join(dir, STREAMS_DIR));
    if (!looksLikeLedger) {
      // No ledger here: a usage error, unless a state file or witness remembers one at this path (deleted).
      const remembered = options.state !== undefined ? loadVerifyState(options.state, dir) : undefined;
      if (remembered && stateRemembersPath(remembered, dir)) {
        return fail(ledgerFailure(`ledger deleted: ${dir} holds no ledger (${(error as Error).message}), but --state ${options.state} remembers ledger ${remembered.ledger} ${remembered.path !== undefined ? 'at this path' : '(its path not recorded)'}, verified ${remembered.verifiedAt}`, path.join(dir, LEDGER_FILE)));
      }
      const witnessed = options.witness?.folder !== undefined ? witnessedAt(options.witness.folder, dir) : [];
      if (witnessed.length > 0) {
        return fail(ledgerFailure(`ledger deleted: ${dir} holds no ledger (${(error as Error).message}), but witness ${options.witness?.name} holds ${witnessed.map((w) => `${w.heads} head(s) of ledger ${w.ledger}`).join(', ')} written at this path`, path.join(dir, LEDGER_FILE)));
      }
      throw error;
    }
    return fail(ledgerFailure(`${LEDGER_FILE} marker: ${(error as Error).message}`, path.join(dir, LEDGER_FILE)));
  }
  // Only the names a writer creates, each of its kind (docs/FORMAT.md §1): checked with lstat before anything is read.
  const ledgerId = info.id;
  const layout = checkRootLayout(dir, (bytes) => {
    const opened = keys.length > 0 ? openNote(bytes.toString('utf8'), keys) : undefined;
    try {
      return opened?.verified === true && parseHead(opened.text).origin === `agent-audit/${ledgerId}`;
    } catch {
      return false;
    }
  });
  if (layout) return fail({ stream: layout.stream ?? '', seq: 0, reason: layout.reason, file: path.join(dir, layout.file) });
  let remembered;
  try {
    remembered = options.state !== undefined ? readVerifyState(options.state, dir, info.id) : undefined;
  } catch (error) {
    // Another ledger id remembered at this very path: the ledger was swapped (a finding, not a usage error).
    if ((error as LedgerError).code === 'verify_state_replaced') return fail(ledgerFailure((error as Error).message, path.join(dir, LEDGER_FILE)));
    throw error;
  }
  // The remembered head was verified when it was written: it must still be this ledger's, signed
  // by a key given, or the state file was edited (a usage error, as a malformed state file is).
  if (remembered && keys.length > 0) {
    let good = false;
    try {
      const opened = openNote(remembered.head, keys);
      good = opened.verified && parseHead(opened.text).origin === `agent-audit/${info.id}`;
    } catch {
      good = false;
    }
    if (!good) throw new LedgerError({ code: 'verify_state', message: `state file ${options.state}: the head it remembers is not a head of ledger ${info.id} signed by a key given (the state file was edited, or after a key rotation the older key is not pinned: pin it too)` });
  }

  // The signed head says what must exist.
  const headFile = path.join(dir, HEAD_FILE);
  const headNote = readHeadNote(dir);
  let head: LedgerHead | undefined;
  if (headNote === undefined) {
    const reason = info.signedHead
      ? `${HEAD_FILE} is missing: the signed ledger head was deleted (the ${LEDGER_FILE} marker says this ledger was created with signed heads)`
      : `${HEAD_FILE} is missing: the signed ledger head was deleted, or the ledger was written before signed heads (only then, run \`agent-audit migrate ${dir} --key <verifier key>\`)`;
    if (!options.allowMissingHead) return fail(ledgerFailure(reason, headFile));
    warnings.push(`${reason}; deleted streams and checkpoint files cannot be detected without it`);
  } else {
    if (keys.length === 0) return fail(ledgerFailure(`${HEAD_FILE}: no verifier key to check its signature`, headFile));
    const opened = openNote(headNote, keys);
    if (!opened.verified) return fail(ledgerFailure(`${HEAD_FILE}: signature invalid (${opened.reason ?? 'unknown'})${rotatedHint(headNote, keys, readVerifierKeys(dir))}`, headFile));
    // A writer signs the head with one key: another signature line (an unknown key, or a copy of
    // the valid line) is something added to the file.
    if (opened.signatures.length !== 1) {
      const names = opened.signatures.map((sig) => `${sig.name}+${sig.keyId}${sig.verified ? '' : ' (not a trusted key)'}`).join(', ');
      return fail(ledgerFailure(`${HEAD_FILE} carries ${opened.signatures.length} signature lines (${names}); a writer signs the head with exactly one`, headFile));
    }
    try {
      head = parseHead(opened.text);
    } catch (error) {
      return fail(ledgerFailure(`${HEAD_FILE}: signed body malformed (${(error as Error).message})`, headFile));
    }
    if (head.origin !== `agent-audit/${info.id}`) return fail(ledgerFailure(`${HEAD_FILE}: signed for ${head.origin}, not for this ledger (agent-audit/${info.id}); the marker or the head was replaced`, headFile));
    if (fileSha256(path.join(dir, LEDGER_FILE)) !== head.marker) return fail(ledgerFailure(`${LEDGER_FILE} marker was changed after the head was signed (its SHA-256 differs from the signed one)`, path.join(dir, LEDGER_FILE)));
    if (fileSha256(path.join(dir, VERIFIER_KEY_FILE)) !== head.keys) return fail(ledgerFailure(`${VERIFIER_KEY_FILE} was changed or deleted after the head was signed (its SHA-256 differs from the signed one)`, path.join(dir, VERIFIER_KEY_FILE)));
  }

  // What was seen before: the state file and the witness.
  const anchors = new Map<string, Anchor[]>();
  const addAnchor = (stream: string, anchor: Anchor) => {
    const list = anchors.get(stream) ?? [];
    list.push(anchor);
    anchors.set(stream, list);
  };
  // Set when HEAD is older than a head already seen (remembered or witnessed): a finding when every stream verifies.
  let headRolledBack: string | undefined;
  if (remembered) {
    // The remembered head was verified when it was remembered; only its timestamp is read here.
    const rememberedAt = /\ntimestamp (\S+)\n/.exec(remembered.head)?.[1];
    if (head && rememberedAt !== undefined && head.timestamp < rememberedAt) {
      headRolledBack = `${HEAD_FILE} rolled back: it was signed ${head.timestamp}, and --state ${options.state} remembers a head signed later (${rememberedAt}, verified ${remembered.verifiedAt})`;
    }
    for (const [stream, entry] of Object.entries(remembered.streams)) {
      addAnchor(stream, { ...entry, kind: 'state', source: `--state ${options.state} (verified ${remembered.verifiedAt})` });
    }
  }
  if (options.witness) {
    const witnessName = options.witness.name;
    for (const note of options.witness.notes ?? []) warnings.push(note);
    if (options.witness.error !== undefined) return fail(ledgerFailure(`witness ${witnessName}: ${options.witness.error}`, witnessName));
    if (options.witness.heads.length === 0) {
      const others = options.witness.folder !== undefined ? witnessedAt(options.witness.folder, dir).filter((w) => w.ledger !== info.id) : [];
      if (others.length > 0) return fail(ledgerFailure(`the ledger was replaced: witness ${witnessName} holds no head of ledger ${info.id}, but ${others.map((w) => `${w.heads} head(s) of ledger ${w.ledger}`).join(', ')} written at this path`, path.join(dir, LEDGER_FILE)));
      return fail(ledgerFailure(`witness ${witnessName} holds no head of ledger ${info.id} (the writer does not append to it, or its entries were removed)`, witnessName));
    }
    const witnessTimes: string[] = [];
    for (const [i, note] of options.witness.heads.entries()) {
      const opened = keys.length > 0 ? openNote(note, keys) : { verified: false, reason: 'no verifier key', text: '' };
      let witnessed: LedgerHead;
      try {
        if (!opened.verified) throw new Error(`signature invalid (${opened.reason ?? 'unknown'})${unpinnedSignerHint(note, keys, readVerifierKeys(dir))}`);
        witnessed = parseHead(opened.text);
        if (witnessed.origin !== `agent-audit/${info.id}`) throw new Error(`signed for ${witnessed.origin}`);
      } catch (error) {
        return fail(ledgerFailure(`witness ${witnessName} head ${i + 1}: ${(error as Error).message}`, witnessName));
      }
      witnessTimes.push(witnessed.timestamp);
      for (const entry of witnessed.streams) {
        addAnchor(entry.name, { size: entry.size, root: entry.root, closed: entry.closed, kind: 'witness', source: `witness ${witnessName} (head ${i + 1}, signed ${witnessed.timestamp})` });
      }
    }
    // HEAD put back to one of its earlier versions, even where no stream lost events (a closed
    // stream shown open again): HEAD is a head the witness holds, or older than every head it
    // holds (from before the witness), and the witness holds heads signed later. By the heads' own
    // timestamps, not the witness's order: writers of several streams in several processes may
    // append to it out of order, while HEAD itself, rewritten under the head lock, is the newest.
    const times = [...witnessTimes].sort();
    if (head && headNote !== undefined && times.length > 0 && (options.witness.heads.includes(headNote) || head.timestamp < (times[0] as string))) {
      const newer = times.filter((t) => t > (head as LedgerHead).timestamp);
      // Checked after the streams: a stream that lost events is named with its own finding first.
      if (newer.length > 0) headRolledBack ??= `${HEAD_FILE} rolled back: it was signed ${head.timestamp}, and witness ${witnessName} holds ${newer.length} head(s) of this ledger signed later (the newest ${newer.at(-1)})`;
    }
  }

  let folderStreams: string[];
  try {
    folderStreams = await listStreams(dir);
  } catch (error) {
    // e.g. a file dropped into streams/: a change to the ledger, not a usage error
    return fail(ledgerFailure((error as Error).message, (error as { file?: string }).file ?? path.join(dir, STREAMS_DIR)));
  }
  const names = new Set([...folderStreams, ...(head?.streams.map((s) => s.name) ?? []), ...anchors.keys()]);
  // A --stream the head (or folder, state, witness) does not know is a usage error, not an empty OK.
  const unknown = options.streams?.filter((s) => !names.has(s)) ?? [];
  if (unknown.length > 0) {
    throw new LedgerError({ code: 'verify_stream', message: `no stream ${unknown.map((s) => JSON.stringify(s)).join(', ')} in ledger ${dir} (${head ? 'not in the signed head' : 'not in the folder'}); its streams: ${[...names].sort().join(', ') || 'none'}` });
  }
  const selected = [...names].sort().filter((s) => !options.streams || options.streams.includes(s));
  const reports: StreamReport[] = [];
  const rotations: KeyRotation[] = [];
  const explained = new Set<string>();
  const verifyStream = async (stream: string): Promise<StreamReport> => {
    const entry = head?.streams.find((s) => s.name === stream);
    const streamAnchors = [...(anchors.get(stream) ?? [])];
    if (entry) streamAnchors.push({ size: entry.size, root: entry.root, closed: entry.closed, kind: 'head', source: 'the signed head' });
    const sdir = streamDir(dir, stream);
    if (!folderStreams.includes(stream)) {
      const by = entry ? `the signed head lists it with ${entry.size} events (${entry.closed ? 'closed' : 'open'})` : `${(streamAnchors[0] as Anchor).source} has it with ${Math.max(...streamAnchors.map((a) => a.size))} events`;
      return { stream, events: 0, checkpoints: 0, checkpointedSize: 0, failure: { stream, seq: 0, reason: `stream folder is missing: ${by}`, file: sdir } };
    }
    if (head && !entry && isEmptyNewStream(sdir)) {
      // A writer killed between creating the folder and signing the head (§9): nothing to verify
      // and nothing lost (the head lists every stream that ever had an event).
      warnings.push(`stream ${stream}: its folder is empty and not in the signed head (a writer stopped before it opened the stream); ignored`);
      return { stream, events: 0, checkpoints: 0, checkpointedSize: 0 };
    }
    if (head && !entry) {
      // A writer signs the head when it opens a stream (§9), so an unlisted stream was added
      // behind its back, whatever writer.lock says: a lock proves nothing.
      return { stream, events: 0, checkpoints: 0, checkpointedSize: 0, failure: { stream, seq: 0, reason: 'stream is not listed in the signed head (added behind the writer\'s back; a writer signs the head when it opens a stream)', file: sdir } };
    }
    return verifyStreamFolder(dir, info.id, stream, keys, { entry, anchors: streamAnchors, rotations, warnings, explained, ...(options.acceptUnsignedTail ? { acceptUnsignedTail: true } : {}), ...(options.onProgress ? { onProgress: options.onProgress } : {}), ...(options.onEvent ? { onEvent: options.onEvent } : {}) });
  };
  if (options.onEvent || options.onStreamEnd) {
    // Concurrently, each stream telling its end, so the caller's merge of them never waits on a stream that is over.
    const { onStreamEnd } = options;
    reports.push(...(await Promise.all(selected.map(async (stream) => {
      const report = await verifyStream(stream);
      await onStreamEnd?.(report);
      return report;
    }))));
  } else {
    for (const stream of selected) reports.push(await verifyStream(stream));
  }
  for (const report of reports) if (report.failure) report.failure = relativeFailure(dir, report.failure);
  if (headRolledBack !== undefined && !reports.some((r) => r.failure)) return fail(ledgerFailure(headRolledBack, headFile));
  const result = { ...summarize(reports, keySource, warnings, rotations, explained), ledger: info.id };
  if (result.ok && options.state !== undefined && head && headNote !== undefined && options.streams) {
    // A partial verify checks against the state but never replaces the remembered head with one
    // whose other streams were not verified.
    warnings.push(`--state ${options.state} was checked, not updated: only the selected stream(s) were verified`);
  } else if (result.ok && options.state !== undefined && head && headNote !== undefined) {
    writeVerifyState(options.state, info.id, headNote, head, remembered, dir);
  } else if (options.state !== undefined && result.ok && !head) {
    warnings.push(`--state ${options.state} was not updated: the ledger has no signed head to remember`);
  }
  return result;
}

/**
 * When the head is signed by a key the ledger's own verifier.key lists after a pinned one, the
 * signing key was rotated (`rotateKey`, a `ledger.key_rotate` event): says so, and what to pin.
 */
function rotatedHint(note: string, pinned: readonly string[], published: readonly string[]): string {
  const signer = listedSigner(note, published);
  if (signer === undefined || pinned.includes(signer)) return '';
  const old = pinned.find((key) => published.includes(key) && published.indexOf(key) < published.indexOf(signer));
  if (old === undefined) return `; it is signed by ${signer}, a key the ledger's ${VERIFIER_KEY_FILE} lists but that is not pinned: the ledger was replaced or re-signed by someone else, or the pinned key is not this ledger's`;
  return `; the head is signed by a rotated key: ${signer}, which the ledger's ${VERIFIER_KEY_FILE} lists after the pinned ${old} (a writer started with rotateKey records a ledger.key_rotate event). If that rotation was yours, pin the new key too (--key <old> --key ${signer}); if not, the ledger was re-signed by someone else`;
}

/**
 * For a checkpoint no pinned key signed: names the key the ledger's verifier.key lists that did,
 * if one did (after a rotation, pinning only the new key leaves the checkpoints signed before it
 * unverifiable), with what to do. Empty otherwise.
 */
function unpinnedSignerHint(note: string, pinned: readonly string[], published: readonly string[]): string {
  const signer = listedSigner(note, published.filter((key) => !pinned.includes(key)));
  if (signer === undefined) return '';
  return `; it is signed by ${signer}, which the ledger's ${VERIFIER_KEY_FILE} lists but is not pinned (a key used before a rotation, when the ledger has ledger.key_rotate events): if that key was yours, pin it too (--key ${signer} --key <the newer key>); if not, the ledger was signed by someone else`;
}

/** The first of `keys` (verifier keys, e.g. those verifier.key lists) that signed `note`, if any. */
function listedSigner(note: string, keys: readonly string[]): string | undefined {
  return keys.find((key) => {
    try {
      return openNote(note, [key]).verified;
    } catch {
      return false;
    }
  });
}

/** True for an empty file or one whose last byte is LF. */
function endsWithNewline(file: string): boolean {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  try {
    const size = fs.fstatSync(fd).size;
    if (size === 0) return true;
    const last = Buffer.alloc(1);
    return fs.readSync(fd, last, 0, 1, size - 1) === 1 && last[0] === 0x0a;
  } finally {
    fs.closeSync(fd);
  }
}

/** A ledger file as findings name it: relative to the ledger folder (streams/<name>/…). */
function relativeTo(dir: string, file: string): string {
  const rel = path.relative(path.resolve(dir), path.resolve(file));
  if (rel.startsWith('..') || path.isAbsolute(rel)) return file;
  return rel === '' ? '.' : rel.split(path.sep).join('/');
}

/**
 * A finding whose file is inside the ledger names it relative to the ledger folder
 * (`streams/main/checkpoints.jsonl`); a file outside it (a witness, a state file) as it was given.
 */
function relativeFailure(dir: string, failure: VerifyFailure): VerifyFailure {
  return failure.file === undefined ? failure : { ...failure, file: relativeTo(dir, failure.file) };
}

/** A stream folder with nothing in it but, at most, a writer.lock. */
function isEmptyNewStream(sdir: string): boolean {
  try {
    return fs.readdirSync(sdir).every((name) => name === LOCK_FILE);
  } catch {
    return false;
  }
}

function summarize(reports: StreamReport[], keySource: VerifyResult['keySource'], warnings: string[], rotations: KeyRotation[] = [], explained: ReadonlySet<string> = new Set()): VerifyResult {
  const firstFailure = reports.find((r) => r.failure)?.failure;
  for (const r of reports) {
    if (!r.failure && r.events > r.checkpointedSize && !explained.has(r.stream)) {
      warnings.push(`stream ${r.stream}: the last ${r.events - r.checkpointedSize} events are not covered by a signed checkpoint yet (a writer still running, or one that crashed); truncation of those cannot be detected`);
    }
  }
  for (const r of reports) {
    if (!r.failure && r.gaps) {
      const seqs = `${r.gaps.seqs.join(', ')}${r.gaps.events > r.gaps.seqs.length ? ', ...' : ''}`;
      warnings.push(`stream ${r.stream}: ${r.gaps.events} ledger.gap event(s) (seq ${seqs}) record ${r.gaps.dropped} event(s) its writer dropped (a full queue): the chain is intact, the record of that activity is not complete`);
    }
  }
  for (const rotation of rotations) {
    warnings.push(`stream ${rotation.stream}, seq ${rotation.seq}: the signing key was rotated from ${rotation.from} to ${rotation.to}${rotation.ts ? ` at ${rotation.ts}` : ''}`);
  }
  return {
    ok: firstFailure === undefined,
    streams: reports.length,
    events: reports.reduce((n, r) => n + r.events, 0),
    checkpoints: reports.reduce((n, r) => n + r.checkpoints, 0),
    ...(firstFailure ? { firstFailure } : {}),
    reports,
    keySource,
    warnings,
    rotations,
  };
}

/** Origin line of agent-audit's signed checkpoints: `agent-audit/<ledger id>/<stream>` (the ledger id holds no `/`). */
const CHECKPOINT_ORIGIN = /^agent-audit\/[^/]+\/(.+)$/;

/**
 * Why a signed checkpoint's origin line (`agent-audit/<ledger id>/<stream>`, what a file ledger
 * signs) is not one of `stream`'s: it names another stream, or is not an agent-audit origin.
 * Undefined when it names `stream` (of any ledger). The check a store can make without the
 * ledger id; a folder compares the whole origin.
 *
 * @example
 * ```ts
 * checkpointOriginProblem('agent-audit/01J…/claims-bot', 'claims-bot'); // undefined
 * checkpointOriginProblem('agent-audit/01J…/other-bot', 'claims-bot');  // 'origin "agent-audit/01J…/other-bot" is not an origin of stream claims-bot (agent-audit/<ledger id>/claims-bot)'
 * ```
 */
export function checkpointOriginProblem(origin: string, stream: string): string | undefined {
  const named = CHECKPOINT_ORIGIN.exec(origin);
  if (named !== null && named[1] === stream) return undefined;
  return `origin ${JSON.stringify(origin)} is not an origin of stream ${stream} (agent-audit/<ledger id>/${stream})`;
}

/**
 * Checks checkpoint records: signature, body, that the signed size and root match the record, and
 * that sizes strictly increase; the origin is `origin` when given, else one naming `stream`.
 */
function checkCheckpoints(stream: string, origin: string | undefined, checkpoints: readonly StoredCheckpoint[], keys: readonly string[], published: readonly string[] = []): { bySize: Map<number, string>; failure?: VerifyFailure } {
  const bySize = new Map<number, string>();
  let lastSize = -1;
  for (let i = 0; i < checkpoints.length; i++) {
    const cp = checkpoints[i] as StoredCheckpoint;
    const fail = (reason: string): { bySize: Map<number, string>; failure: VerifyFailure } => ({
      bySize,
      failure: { stream, seq: Math.max(0, (typeof cp.size === 'number' ? cp.size : 1) - 1), reason: `checkpoint ${i + 1} (size ${cp.size}): ${reason}`, file: CHECKPOINTS_FILE },
    });
    if (keys.length === 0) return fail('no verifier key to check its signature');
    const opened = openNote(cp.note, keys);
    if (!opened.verified) return fail(`signature invalid: ${opened.reason ?? 'unknown'}${unpinnedSignerHint(cp.note, keys, published)}`);
    let body;
    try {
      body = parseCheckpoint(opened.text);
    } catch (error) {
      return fail(`signed body malformed: ${(error as Error).message}`);
    }
    if (origin !== undefined && body.origin !== origin) return fail(`origin ${JSON.stringify(body.origin)} is not this stream's (${origin})`);
    // Without the ledger id (a store, not a folder) the origin must still name this stream: a
    // genuine checkpoint of another stream, signed with the same key, is not this stream's.
    const wrongStream = origin === undefined ? checkpointOriginProblem(body.origin, stream) : undefined;
    if (wrongStream) return fail(wrongStream);
    const root = Buffer.from(body.root).toString('hex');
    if (body.size !== cp.size || root !== cp.root) return fail('record does not match its signed body');
    const signedTime = body.extensions.find((e) => e.startsWith('timestamp '))?.slice('timestamp '.length);
    if (signedTime !== undefined && signedTime !== cp.ts) return fail('record time does not match its signed body');
    if (body.size < lastSize) return fail(`size went down from ${lastSize}`);
    if (body.size === lastSize) return fail(`size ${lastSize} repeats the checkpoint before it (a duplicated checkpoint line)`);
    lastSize = body.size;
    bySize.set(body.size, root);
  }
  return { bySize };
}

interface StreamContext {
  entry: HeadStream | undefined;
  anchors: readonly Anchor[];
  rotations: KeyRotation[];
  warnings: string[];
  /** Streams whose uncovered tail was already explained by a warning. */
  explained: Set<string>;
  onProgress?: (n: number, s: string) => void;
  onEvent?: (event: AuditEvent) => void | Promise<void>;
  /** Parse and fully check every line (no scanner fast path): the second pass after a finding. */
  exact?: boolean;
  /** A tail whose writer cannot be confirmed live from here is a warning, not a finding. */
  acceptUnsignedTail?: boolean;
}

const GAP_TYPE = Buffer.from('"type":"ledger.gap"');
const MAX_GAP_SEQS = 10;

async function verifyStreamFolder(dir: string, ledgerId: string, stream: string, keys: readonly string[], context: StreamContext): Promise<StreamReport> {
  const { entry, anchors, onProgress, onEvent } = context;
  // What this pass adds to the shared lists, undone if the stream is verified again exactly.
  const rotationsBefore = context.rotations.length;
  const warningsBefore = context.warnings.length;
  const sdir = streamDir(dir, stream);
  const checkpointFile = path.join(sdir, CHECKPOINTS_FILE);
  const report: StreamReport = { stream, events: 0, checkpoints: 0, checkpointedSize: 0 };
  const layout = checkStreamLayout(dir, stream);
  if (layout) {
    report.failure = { stream, seq: 0, reason: layout.reason, file: path.join(dir, layout.file) };
    return report;
  }
  const { segments, foreign } = listSegments(sdir);
  if (foreign.length > 0) {
    report.failure = { stream, seq: 0, reason: `unexpected file in the stream folder: ${path.basename(foreign[0] as string)}`, file: foreign[0] as string };
    return report;
  }
  // The checkpoints file may only grow past the bytes the signed head commits to.
  let checkpointBytes: Buffer;
  try {
    const stat = fs.lstatSync(checkpointFile);
    if (!stat.isFile()) {
      report.failure = { stream, seq: 0, file: checkpointFile, reason: `${CHECKPOINTS_FILE} is ${fileKind(stat)}, not a regular file` };
      return report;
    }
    checkpointBytes = fs.readFileSync(checkpointFile);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    checkpointBytes = Buffer.alloc(0);
  }
  if (entry) {
    if (checkpointBytes.length < entry.checkpointBytes) {
      report.failure = {
        stream, seq: 0, file: checkpointFile,
        reason: checkpointBytes.length === 0
          ? `${CHECKPOINTS_FILE} is ${fs.existsSync(checkpointFile) ? 'empty' : 'missing'}, but the signed head commits to ${entry.checkpointBytes} bytes of it (checkpoints deleted)`
          : `${CHECKPOINTS_FILE} is shorter (${checkpointBytes.length} bytes) than the ${entry.checkpointBytes} bytes the signed head commits to (checkpoints removed)`,
      };
      return report;
    }
    if (sha256Hex(checkpointBytes.subarray(0, entry.checkpointBytes)) !== entry.checkpointSha256) {
      report.failure = { stream, seq: 0, file: checkpointFile, reason: `${CHECKPOINTS_FILE} was changed: its first ${entry.checkpointBytes} bytes differ from what the signed head commits to` };
      return report;
    }
    if (entry.closed && checkpointBytes.length > entry.checkpointBytes) {
      report.failure = { stream, seq: entry.size, file: checkpointFile, reason: `${CHECKPOINTS_FILE} has records after the stream was closed at ${entry.size} events` };
      return report;
    }
  }
  let checkpoints: StoredCheckpoint[];
  try {
    checkpoints = await readCheckpoints(dir, stream);
  } catch (error) {
    report.failure = { stream, seq: 0, reason: (error as Error).message, file: checkpointFile };
    return report;
  }
  report.checkpoints = checkpoints.length;
  // A split or joined segment is weighed against the event pass's findings at the end: the
  // problem that comes first in the stream is the one reported.
  const split = checkSegmentBoundaries(dir, segments, checkpoints);
  const splitFailure: VerifyFailure | undefined = split ? { stream, seq: split.seq, reason: split.reason, file: split.file } : undefined;
  const { bySize, failure: checkpointFailure } = checkCheckpoints(stream, `agent-audit/${ledgerId}/${stream}`, checkpoints, keys, readVerifierKeys(dir));
  if (checkpointFailure) checkpointFailure.file = checkpointFile;
  const frontiers = new Map<number, string>();
  for (const cp of checkpoints) if (cp.frontier) frontiers.set(cp.size, JSON.stringify(cp.frontier));
  const signedSizes = [...bySize.keys()];
  const lastSigned = Math.max(0, ...signedSizes, entry?.size ?? 0);
  const anchorsBySize = new Map<number, Anchor[]>();
  for (const anchor of anchors) anchorsBySize.set(anchor.size, [...(anchorsBySize.get(anchor.size) ?? []), anchor]);
  if (anchorsBySize.has(0)) {
    const emptyHex = Buffer.from(new CompactRange().root()).toString('hex');
    for (const anchor of anchorsBySize.get(0) as Anchor[]) {
      if (anchor.root !== emptyHex) {
        report.failure = { stream, seq: 0, reason: `${anchor.source} signs a root for 0 events that is not the empty tree's`, file: checkpointFile };
        return report;
      }
    }
  }

  // A stream retention pruned continues from its last signed ledger.pruned record (retention/verify-pruned.ts).
  const start = prunedStart(sdir, ledgerId, stream, keys, segments, bySize, anchors, context.warnings);
  if ('failure' in start) {
    report.failure = start.failure;
    return report;
  }
  for (const [size, root] of start.extraRoots) anchorsBySize.set(size, [...(anchorsBySize.get(size) ?? []), { size, root, closed: false, kind: 'state', source: `the ledger.pruned record in ${PRUNED_FILE}` }]);
  const range = start.range;
  let expectedSeq = start.size;
  let prev = start.last;
  let eventFailure: VerifyFailure | undefined;
  // The scanner's fast path: not when the caller wants every event parsed (onEvent), not on the exact second pass.
  const fast = !onEvent && !context.exact;
  let usedFast = false;
  // ledger.gap events (what a writer dropped), found on every path: a line holding the type's
  // bytes is parsed to confirm (the bytes may be another member's value), others cost one search.
  const noteGap = (bytes: Buffer, seq: number): void => {
    if (bytes.indexOf(GAP_TYPE) === -1) return;
    const event = parseLine(bytes.toString('utf8'));
    if (event?.type !== 'ledger.gap') return;
    const dropped = Number((event.attrs as { dropped?: unknown } | undefined)?.dropped);
    const gaps = (report.gaps ??= { events: 0, dropped: 0, seqs: [] });
    gaps.events++;
    if (Number.isSafeInteger(dropped) && dropped > 0) gaps.dropped += dropped;
    if (gaps.seqs.length < MAX_GAP_SEQS) gaps.seqs.push(seq);
  };
  /** The signed roots, other anchors and saved frontier at the size just reached. */
  const checkAnchors = (id: string | undefined, file: string): VerifyFailure | undefined => {
    const signedRoot = bySize.get(expectedSeq);
    const atSize = anchorsBySize.get(expectedSeq);
    if (signedRoot !== undefined || atSize !== undefined) {
      const root = Buffer.from(range.root()).toString('hex');
      if (signedRoot !== undefined && root !== signedRoot) {
        return { stream, seq: expectedSeq - 1, id, reason: `Merkle root at size ${expectedSeq} differs from the signed checkpoint: events up to here were rewritten`, file } as VerifyFailure;
      }
      const differing = atSize?.find((a) => a.root !== root);
      if (differing) {
        return {
          stream, seq: expectedSeq - 1, id, file,
          reason: differing.kind === 'head'
            ? `Merkle root at size ${expectedSeq} differs from the one the signed head commits to: events up to here were rewritten`
            : `inconsistent with ${differing.source}: the Merkle root at size ${expectedSeq} differs from the one seen then (the ledger was rewritten or forked)`,
        } as VerifyFailure;
      }
    }
    const frontier = frontiers.get(expectedSeq);
    if (frontier !== undefined && frontier !== JSON.stringify(range.toJSON())) {
      return { stream, seq: expectedSeq - 1, reason: `checkpoint at size ${expectedSeq}: its saved frontier does not match the tree`, file: checkpointFile };
    }
    return undefined;
  };
  /** The leaf of the last line of the current layout (range.append copies it). */
  const leaf = Buffer.alloc(32);
  /** The previous line was one: `prev` is `leaf` in hex, made only when a line after it needs it. */
  let prevInLeaf = false;
  /** A line a fast path took: the same bookkeeping as the full path, below. */
  const takeFast = (leaf: Buffer, file: string): VerifyFailure | undefined => {
    usedFast = true;
    if (entry?.closed && expectedSeq >= entry.size) {
      return { stream, seq: expectedSeq, reason: `event past the final size of a closed stream: the signed head closed it at ${entry.size} events`, file };
    }
    range.append(leaf);
    expectedSeq++;
    while (stops[nextStop] !== undefined && (stops[nextStop] as number) < expectedSeq) nextStop++;
    if (stops[nextStop] === expectedSeq) {
      const failure = checkAnchors(undefined, file);
      if (failure) return failure;
    }
    if (onProgress && expectedSeq % 10_000 === 0) onProgress(expectedSeq, stream);
    return undefined;
  };
  /** The sizes with a root, anchor or frontier to check, in order (one comparison per fast line). */
  const stops = [...new Set([...bySize.keys(), ...anchorsBySize.keys(), ...frontiers.keys()])].sort((a, b) => a - b);
  let nextStop = 0;
  outer: for (const segment of segments.slice(start.skip)) {
    if (segment.firstSeq !== expectedSeq) {
      eventFailure = { stream, seq: expectedSeq, reason: `segment ${path.basename(segment.file)} starts at seq ${segment.firstSeq}, expected ${expectedSeq}`, file: segment.file };
      break;
    }
    const lines = readFileLineChunks(segment.file);
    for (;;) {
      let next: IteratorResult<Buffer[]>;
      try {
        next = await lines.next();
      } catch (error) {
        eventFailure = { stream, seq: expectedSeq, reason: (error as Error).message, file: segment.file };
        break outer;
      }
      if (next.done) break;
      for (const bytes of next.value) {
      noteGap(bytes, expectedSeq);
      // Fast paths inside the signed range (no JSON parse). A line of the current layout is
      // hashed as it stands, without reading it (leafOfHashFirstLine: the signed roots prove it
      // is the signer's line, docs/FORMAT.md §7); `prev` is its hash in hex, made when a later
      // line needs it. Other lines get a top-level scan that returns only when every check
      // of checkEvent() passes. Anything else takes the full path below. Whatever goes wrong
      // once a fast line was taken sends the stream to the exact pass (after the loop), so the
      // reason, seq and id reported are the full check's.
      if (fast && expectedSeq < lastSigned && leafOfHashFirstLine(bytes, leaf)) {
        const failure = takeFast(leaf, segment.file);
        prevInLeaf = true;
        if (failure) {
          eventFailure = failure;
          break outer;
        }
        continue;
      }
      if (prevInLeaf) {
        prev = leaf.toString('hex');
        prevInLeaf = false;
      }
      const scanned = fast && expectedSeq < lastSigned ? scanVerifiedLine(bytes, stream, expectedSeq, prev) : undefined;
      if (scanned) {
        const failure = takeFast(scanned.leaf, segment.file);
        prev = scanned.hash;
        if (failure) {
          eventFailure = failure;
          break outer;
        }
        continue;
      }
      // Checked in one pass before JSON.parse, which takes gigabytes on millions of nested brackets.
      const shape = lineShapeProblem(bytes);
      if (shape) {
        eventFailure = { stream, seq: expectedSeq, reason: `${shape}, in ${relativeTo(dir, segment.file)}`, file: segment.file };
        break outer;
      }
      const event = parseLine(bytes.toString('utf8'));
      if (!event) {
        eventFailure = { stream, seq: expectedSeq, reason: 'line is not a JSON event (damaged or inserted bytes)', file: segment.file };
        break outer;
      }
      const reason = checkEvent(event, bytes, stream, expectedSeq, prev);
      if (reason) {
        // A seq seen again (duplicate or fork) is named by that seq; anything else by the position.
        const seq = reason.startsWith('duplicate') ? (event.seq as number) : expectedSeq;
        eventFailure = { stream, seq, ...(typeof event.id === 'string' ? { id: event.id } : {}), reason, file: segment.file };
        break outer;
      }
      if (entry?.closed && expectedSeq >= entry.size) {
        eventFailure = { stream, seq: expectedSeq, id: event.id, reason: `event past the final size of a closed stream: the signed head closed it at ${entry.size} events`, file: segment.file };
        break outer;
      }
      if (onEvent) {
        const waiting = onEvent(event);
        if (waiting) await waiting;
      }
      if (event.type === 'ledger.key_rotate') {
        const attrs = (event.attrs ?? {}) as Record<string, unknown>;
        context.rotations.push({ stream, seq: expectedSeq, id: event.id, from: String(attrs.from ?? 'unknown'), to: String(attrs.to ?? 'unknown'), ts: event.ts });
      }
      range.append(Buffer.from(event.hash, 'hex'));
      prev = event.hash;
      expectedSeq++;
      const failure = checkAnchors(event.id, segment.file);
      if (failure) {
        eventFailure = failure;
        break outer;
      }
      if (onProgress && expectedSeq % 10_000 === 0) onProgress(expectedSeq, stream);
      }
    }
    // Every line ends with LF (§1): a segment cut by its last byte still parses, so look at it.
    if (!endsWithNewline(segment.file)) {
      eventFailure = { stream, seq: Math.max(expectedSeq - 1, segment.firstSeq), reason: `the last line of ${relativeTo(dir, segment.file)} does not end with LF (its final newline was cut: every line of a segment ends with one, docs/FORMAT.md §1)`, file: segment.file };
      break;
    }
  }
  report.events = expectedSeq;
  report.checkpointedSize = Math.min(lastSigned, expectedSeq);
  if (!eventFailure) {
    // Fewer events than something signed or seen: the newest claim names the reason.
    const longest = [...anchors].sort((a, b) => b.size - a.size)[0];
    const lastCheckpoint = Math.max(0, ...signedSizes);
    // Named by the file the stream ends in (its last segment), or its folder when none is left.
    const endFile = segments[segments.length - 1]?.file ?? sdir;
    const endsIn = `the stream ends after ${expectedSeq}, in ${relativeTo(dir, endFile)}`;
    if (longest && longest.size > expectedSeq && longest.size >= lastCheckpoint) {
      eventFailure = {
        stream, seq: expectedSeq, file: endFile,
        reason: longest.kind === 'head'
          ? `truncated: the signed head covers ${longest.size} events but ${endsIn}`
          : `rolled back: ${longest.source} saw ${longest.size} events, the stream holds ${expectedSeq}, in ${relativeTo(dir, endFile)} (an older copy of the ledger, or events removed)`,
      };
    } else if (lastCheckpoint > expectedSeq) {
      eventFailure = { stream, seq: expectedSeq, file: endFile, reason: `truncated: a signed checkpoint covers ${lastCheckpoint} events but ${endsIn}` };
    }
  }
  if (!eventFailure && expectedSeq > lastSigned && entry) {
    const lock = lockState(sdir);
    const unsigned = expectedSeq - lastSigned;
    if (lock.live) {
      context.warnings.push(`stream ${stream}: the last ${unsigned} events are not covered by a signed checkpoint yet (${lock.detail}); truncation of those cannot be detected until it signs`);
      context.explained.add(stream);
    } else if (lock.unconfirmable && context.acceptUnsignedTail) {
      context.warnings.push(`stream ${stream}: the last ${unsigned} events are unsigned and unverifiable: ${lock.detail}; accepted by --accept-unsigned-tail, they are trusted to that writer until it signs them`);
      context.explained.add(stream);
    } else if (lock.unconfirmable) {
      eventFailure = {
        stream, seq: lastSigned, file: path.join(sdir, LOCK_FILE),
        reason: `${unsigned} events after the last signed checkpoint (size ${lastSigned}) are unsigned and ${lock.detail}; a lock file proves nothing: verify on the writer's host, wait for its next checkpoint, leave this stream out with --stream, or accept such tails as a warning with --accept-unsigned-tail`,
      };
    } else {
      // A lock that is there but proves no live writer is named; with none, the checkpoints file.
      const lockFile = path.join(sdir, LOCK_FILE);
      const locked = fs.existsSync(lockFile);
      eventFailure = {
        stream, seq: lastSigned, file: locked ? lockFile : checkpointFile,
        reason: `${unsigned} events after the last signed checkpoint (size ${lastSigned}) and ${lock.detail}${locked ? ` (${relativeTo(dir, lockFile)})` : ''}: appended behind the writer's back, or left by a writer that crashed (reopen the stream with its writer to sign them, then verify again)`,
      };
    }
  }
  if ((eventFailure || checkpointFailure || splitFailure) && usedFast) {
    // Something is wrong and lines were taken by a fast path: verify this stream again
    // exactly (every line parsed and fully checked), so the finding is the one, with the
    // reason, position and id, that the full check names first. (A fast line is proven only
    // by the signed root after it: a stream that fails or ends before that root is reached
    // may hold lines the full check rejects earlier.)
    context.rotations.length = rotationsBefore;
    context.warnings.length = warningsBefore;
    context.explained.delete(stream);
    return verifyStreamFolder(dir, ledgerId, stream, keys, { ...context, exact: true });
  }
  // Report whichever problem comes first in the stream (on a tie: the event's, then the
  // checkpoints', then the segment layout's).
  let first: VerifyFailure | undefined;
  for (const candidate of [eventFailure, checkpointFailure, splitFailure]) {
    if (candidate && (!first || candidate.seq < first.seq)) first = candidate;
  }
  report.failure = first;
  if (!report.failure) delete report.failure;
  return report;
}

/** Options of `verifyEvents()`. */
export interface VerifyEventsOptions {
  checkpoints?: Record<string, readonly StoredCheckpoint[]>;
  verifierKeys?: readonly string[];
  /**
   * Checkpoint origin per stream (`agent-audit/<ledgerId>/<stream>`), compared whole when given.
   * A stream without one: the origin must still name it (`agent-audit/<any ledger id>/<stream>`),
   * so a checkpoint of another stream is refused by its origin, not only by its root.
   */
  origins?: Record<string, string>;
}

/**
 * Verifies events from any store (e.g. PostgreSQL) the way `verifyLedger()` verifies a folder.
 * Events must arrive ordered by stream, then seq. Each item may carry its stored line.
 *
 * @example
 * ```ts
 * const result = await verifyEvents(rowsFromDatabase(), { checkpoints, verifierKeys: [key] });
 * ```
 */
export async function verifyEvents(source: AsyncIterable<AuditEvent | { event: AuditEvent; line?: string }> | Iterable<AuditEvent | { event: AuditEvent; line?: string }>, options: VerifyEventsOptions = {}): Promise<VerifyResult> {
  const reports = new Map<string, StreamReport>();
  const states = new Map<string, { verifier: ChainVerifier; range: CompactRange; bySize: Map<number, string>; failed: boolean; lastSigned: number }>();
  const keys = options.verifierKeys ?? [];
  for await (const item of source as AsyncIterable<AuditEvent | { event: AuditEvent; line?: string }>) {
    const event = 'event' in item && typeof (item as { event: unknown }).event === 'object' ? (item as { event: AuditEvent }).event : (item as AuditEvent);
    const line = 'event' in item ? (item as { line?: string }).line : undefined;
    const stream = String(event.stream);
    let state = states.get(stream);
    let report = reports.get(stream);
    if (!state || !report) {
      const cps = options.checkpoints?.[stream] ?? [];
      report = { stream, events: 0, checkpoints: cps.length, checkpointedSize: 0 };
      const { bySize, failure } = checkCheckpoints(stream, options.origins?.[stream], cps, keys);
      if (failure) report.failure = failure;
      const sizes = [...bySize.keys()];
      state = { verifier: createChainVerifier(stream), range: new CompactRange(), bySize, failed: false, lastSigned: sizes.length ? Math.max(...sizes) : 0 };
      states.set(stream, state);
      reports.set(stream, report);
    }
    if (state.failed) continue;
    const check = state.verifier.push(event, line);
    if (!check.ok) {
      state.failed = true;
      const failure = { stream, seq: report.events, ...(typeof event.id === 'string' ? { id: event.id } : {}), reason: check.reason };
      if (!report.failure || report.failure.seq > failure.seq) report.failure = failure;
      continue;
    }
    report.events++;
    state.range.append(Buffer.from(event.hash, 'hex'));
    const signed = state.bySize.get(report.events);
    if (signed !== undefined && Buffer.from(state.range.root()).toString('hex') !== signed) {
      state.failed = true;
      report.failure = { stream, seq: report.events - 1, id: event.id, reason: `Merkle root at size ${report.events} differs from the signed checkpoint` };
    }
  }
  for (const [stream, state] of states) {
    const report = reports.get(stream) as StreamReport;
    report.checkpointedSize = Math.min(state.lastSigned, report.events);
    if (!report.failure && state.lastSigned > report.events) {
      report.failure = { stream, seq: report.events, reason: `truncated: a signed checkpoint covers ${state.lastSigned} events but the stream ends after ${report.events}` };
    }
  }
  for (const [stream, cps] of Object.entries(options.checkpoints ?? {})) {
    if (!reports.has(stream) && cps.length > 0) {
      reports.set(stream, { stream, events: 0, checkpoints: cps.length, checkpointedSize: 0, failure: { stream, seq: 0, reason: `truncated: checkpoints exist but the stream has no events` } });
    }
  }
  return summarize([...reports.values()], keys.length > 0 ? 'pinned' : 'none', keys.length > 0 ? [] : ['no verifier keys given; checkpoint signatures were not checked']);
}

