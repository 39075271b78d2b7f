// The signed `ledger.pruned` record (docs/FORMAT.md §11, docs/RETENTION.md): what a stream looked
// like at the point where retention removed its oldest segments, and the evidence that every
// checkpoint signed before that point is consistent with what remains.
import fs from 'node:fs';
import path from 'node:path';
import { CompactRange, hashChildren } from '../crypto/merkle.js';
import { openNote, signNote } from '../crypto/note.js';
import { GENESIS_HASH } from '../spec/event.js';

import { PRUNED_FILE } from '../ledger/layout.js';

/** File of a stream's pruned records, one JSON line `{"note": "<signed note>"}` each, oldest first. */
export { PRUNED_FILE };
/** Largest `pruned.jsonl` read (a record is a few KiB per checkpoint it spans). */
export const PRUNED_FILE_CAP = 256 * 1024 * 1024;
const HEX64 = /^[0-9a-f]{64}$/;

/** A node of a Merkle tree: the root of the perfect subtree of 2^level leaves starting at `begin`. */
export interface RangeNode {
  level: number;
  begin: number;
  hash: Uint8Array;
}

/**
 * A run of leaves [begin, end) as the roots of its maximal aligned perfect subtrees, built by
 * appending leaf hashes. Pushed after a compact range of `begin` leaves, its nodes merge into the
 * compact range of `end` leaves: that is the consistency evidence between the two sizes.
 */
export class IntervalRange {
  readonly nodes: RangeNode[] = [];
  constructor(public end: number) {}
  append(leaf: Uint8Array): void {
    pushNode(this.nodes, { level: 0, begin: this.end, hash: leaf });
    this.end++;
  }
}

/** Pushes a node onto a stack of nodes, merging siblings (the left one at an even index of its level). */
export function pushNode(stack: RangeNode[], node: RangeNode): void {
  let current = node;
  for (;;) {
    const top = stack[stack.length - 1];
    if (!top || top.level !== current.level || (top.begin / 2 ** top.level) % 2 !== 0 || top.begin + 2 ** top.level !== current.begin) break;
    stack.pop();
    current = { level: top.level + 1, begin: top.begin, hash: hashChildren(top.hash, current.hash) };
  }
  stack.push(current);
}

/** The nodes of a compact range (the tree of its `size` first leaves), largest first, with their positions. */
export function compactNodes(range: CompactRange): RangeNode[] {
  const { size, hashes } = range.toJSON();
  const nodes: RangeNode[] = [];
  let begin = 0;
  let i = 0;
  for (let level = 52; level >= 0; level--) {
    if (Math.floor(size / 2 ** level) % 2 === 1) {
      nodes.push({ level, begin, hash: Buffer.from(hashes[i++] as string, 'hex') });
      begin += 2 ** level;
    }
  }
  return nodes;
}

/** Root of a stack of nodes covering [0, n) (emptyRoot() for none): the RFC 6962 root of n leaves. */
export function stackRoot(stack: readonly RangeNode[]): string {
  const range = CompactRange.fromJSON({ size: stack.reduce((n, x) => n + 2 ** x.level, 0), hashes: stack.map((x) => Buffer.from(x.hash).toString('hex')) });
  return Buffer.from(range.root()).toString('hex');
}

/** One step of the consistency evidence: the nodes that take the tree from the previous size to `size`. */
export interface PruneStep {
  size: number;
  nodes: Array<{ level: number; hash: string }>;
}

/** The content of a `ledger.pruned` record. */
export interface PrunedRecord {
  ledger: string;
  stream: string;
  /** Events removed before this one (the previous record's size, 0 for the first). */
  from: number;
  /** Tree size at the prune point: seqs below it are gone from the ledger. */
  size: number;
  /** RFC 6962 root at `size` (hex). */
  root: string;
  /** `hash` of seq size-1: the `prev` of the first remaining event. */
  last: string;
  /** Compact range at `size` (hex, largest subtree first). */
  frontier: string[];
  timestamp: string;
  /** SHA-256 and file name of the archive that holds the removed segments. */
  archive: { sha256: string; name: string };
  /** From `from` to each checkpoint size in (from, size] and to `size`, in order. */
  steps: PruneStep[];
}

/** The text a pruned record's signed note carries. */
export function formatPrunedRecord(r: PrunedRecord): string {
  const lines = [
    `agent-audit/${r.ledger}/${r.stream}`,
    'ledger.pruned 1',
    `from ${r.from}`,
    `size ${r.size}`,
    `root ${r.root}`,
    `last ${r.last}`,
    `frontier ${r.frontier.join(',') || '-'}`,
    `timestamp ${r.timestamp}`,
    `archive ${r.archive.sha256} ${r.archive.name}`,
    ...r.steps.map((s) => `step ${s.size} ${s.nodes.map((n) => `${n.level}:${n.hash}`).join(',') || '-'}`),
  ];
  return lines.join('\n') + '\n';
}

/** Parses a pruned record's text; throws an Error naming what is malformed. */
export function parsePrunedRecord(text: string): PrunedRecord {
  const lines = text.split('\n');
  if (lines.pop() !== '') throw new Error('does not end with a line feed');
  const origin = /^agent-audit\/([^/\s]+)\/(\S+)$/.exec(lines[0] ?? '');
  if (!origin) throw new Error('origin line malformed');
  if (lines[1] !== 'ledger.pruned 1') throw new Error('not a ledger.pruned 1 record');
  const field = (i: number, name: string): string => {
    const line = lines[i] ?? '';
    if (!line.startsWith(`${name} `)) throw new Error(`line ${i + 1} should be "${name} …"`);
    return line.slice(name.length + 1);
  };
  const int = (value: string, name: string): number => {
    if (!/^(0|[1-9]\d{0,15})$/.test(value) || !Number.isSafeInteger(Number(value))) throw new Error(`${name} is not a whole number`);
    return Number(value);
  };
  const hex = (value: string, name: string): string => {
    if (!HEX64.test(value)) throw new Error(`${name} is not 64 hex digits`);
    return value;
  };
  const frontierText = field(6, 'frontier');
  const archive = field(8, 'archive').split(' ');
  const steps: PruneStep[] = lines.slice(9).map((line, i) => {
    const m = /^step (\S+) (\S+)$/.exec(line);
    if (!m) throw new Error(`step ${i + 1} malformed`);
    const nodes = m[2] === '-' ? [] : (m[2] as string).split(',').map((n) => {
      const [level, h] = n.split(':');
      const l = int(level ?? '', 'node level');
      if (l > 52) throw new Error('node level too high');
      return { level: l, hash: hex(h ?? '', 'node hash') };
    });
    return { size: int(m[1] as string, 'step size'), nodes };
  });
  return {
    ledger: origin[1] as string,
    stream: origin[2] as string,
    from: int(field(2, 'from'), 'from'),
    size: int(field(3, 'size'), 'size'),
    root: hex(field(4, 'root'), 'root'),
    last: hex(field(5, 'last'), 'last'),
    frontier: frontierText === '-' ? [] : frontierText.split(',').map((h) => hex(h, 'frontier hash')),
    timestamp: field(7, 'timestamp'),
    archive: { sha256: hex(archive[0] ?? '', 'archive digest'), name: archive.slice(1).join(' ') },
    steps,
  };
}

/** Signs a record with the ledger's signer key: the line to append to `pruned.jsonl`. */
export function signPrunedRecord(record: PrunedRecord, signerKey: string): string {
  return JSON.stringify({ note: signNote(formatPrunedRecord(record), signerKey) });
}

/** The records of a stream folder, unverified (for a writer resuming a pruned stream), oldest first. */
export function readPrunedNotes(streamFolder: string): string[] {
  const file = path.join(streamFolder, PRUNED_FILE);
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  // A FIFO, device, folder or symbolic link in its place is a finding, never read (it could block or never end).
  if (!stat.isFile()) throw new Error(`${PRUNED_FILE} is not a regular file`);
  if (stat.size > PRUNED_FILE_CAP) throw new Error(`${PRUNED_FILE} is ${stat.size} bytes, more than the ${PRUNED_FILE_CAP} a valid one can hold`);
  const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  let text: string;
  try {
    text = fs.readFileSync(fd, 'utf8');
  } finally {
    fs.closeSync(fd);
  }
  // Named as findings name files: streams/<stream>/pruned.jsonl, line K (never the parser's own message).
  const where = `streams/${path.basename(streamFolder)}/${PRUNED_FILE}`;
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((line, i) => {
    let parsed: { note?: unknown };
    try {
      parsed = JSON.parse(line) as { note?: unknown };
    } catch {
      throw new Error(`line ${i + 1} of ${where} is not JSON`);
    }
    if (typeof parsed?.note !== 'string') throw new Error(`line ${i + 1} of ${where} is not {"note": …}`);
    return parsed.note;
  });
}

/**
 * Where a writer resumes a pruned stream: the last record's size, last hash and frontier, read
 * without checking signatures (verify checks them). Undefined for a stream never pruned.
 */
export function prunedBase(streamFolder: string): { size: number; last: string; frontier: CompactRange } | undefined {
  const notes = readPrunedNotes(streamFolder);
  const note = notes[notes.length - 1];
  if (note === undefined) return undefined;
  const record = parsePrunedRecord(note.slice(0, note.lastIndexOf('\n\n') + 1));
  return { size: record.size, last: record.last, frontier: CompactRange.fromJSON({ size: record.size, hashes: record.frontier }) };
}

/**
 * Replays consistency steps from a compact range: after each step the tree must be the one of
 * `step.size` leaves; returns the root at each step's size, or a reason. The last step must end
 * at `end`, and the stack then must equal `frontier`.
 */
export function replaySteps(start: RangeNode[], steps: readonly PruneStep[], end: number): { roots: Map<number, string>; stack: RangeNode[] } | { error: string } {
  const stack = start.map((n) => ({ ...n }));
  let size = stack.reduce((n, x) => n + 2 ** x.level, 0);
  const roots = new Map<number, string>();
  for (const step of steps) {
    if (step.size <= size) return { error: `step to size ${step.size} does not grow the tree (at ${size})` };
    for (const node of step.nodes) {
      if (size % 2 ** node.level !== 0) return { error: `a node of level ${node.level} cannot start at ${size}` };
      pushNode(stack, { level: node.level, begin: size, hash: Buffer.from(node.hash, 'hex') });
      size += 2 ** node.level;
    }
    if (size !== step.size) return { error: `the nodes of the step to size ${step.size} cover up to ${size}` };
    roots.set(size, stackRoot(stack));
  }
  if (size !== end) return { error: `the steps end at ${size}, not at ${end}` };
  return { roots, stack };
}

/** The verified pruned state of a stream: where its remaining events start. */
export interface PrunedState {
  /** 0 when the stream was never pruned. */
  size: number;
  last: string;
  frontier: CompactRange;
  /** Signed roots the records prove consistent, by tree size (checkpoint sizes and prune points). */
  roots: Map<number, string>;
  records: PrunedRecord[];
}

/**
 * Reads and checks a stream's `pruned.jsonl`: every record is signed by a trusted key, names this
 * ledger and stream, starts where the one before ended, and its steps take the tree from there
 * through each checkpoint it names to its size, root and frontier. Returns the state after the
 * last record, or a reason (a finding).
 */
export function loadPrunedState(streamFolder: string, ledgerId: string, stream: string, keys: readonly string[]): PrunedState | { error: string } {
  let notes: string[];
  try {
    notes = readPrunedNotes(streamFolder);
  } catch (error) {
    return { error: (error as Error).message };
  }
  let frontier = new CompactRange();
  let last = GENESIS_HASH;
  const roots = new Map<number, string>();
  const records: PrunedRecord[] = [];
  for (const [i, note] of notes.entries()) {
    const where = `${PRUNED_FILE} record ${i + 1}`;
    if (keys.length === 0) return { error: `${where}: no verifier key to check its signature` };
    const opened = openNote(note, keys);
    if (!opened.verified) return { error: `${where}: signature invalid (${opened.reason ?? 'unknown'})` };
    let record: PrunedRecord;
    try {
      record = parsePrunedRecord(opened.text);
    } catch (error) {
      return { error: `${where}: signed body malformed (${(error as Error).message})` };
    }
    if (record.ledger !== ledgerId || record.stream !== stream) return { error: `${where}: signed for agent-audit/${record.ledger}/${record.stream}, not this stream` };
    if (record.from !== frontier.size) return { error: `${where}: starts at ${record.from}, but the record before it ends at ${frontier.size} (a record is missing)` };
    const replayed = replaySteps(compactNodes(frontier), record.steps, record.size);
    if ('error' in replayed) return { error: `${where}: ${replayed.error}` };
    const end = CompactRange.fromJSON({ size: record.size, hashes: record.frontier });
    if (Buffer.from(end.root()).toString('hex') !== record.root) return { error: `${where}: its frontier does not give its root` };
    if (replayed.stack.map((n) => Buffer.from(n.hash).toString('hex')).join(',') !== record.frontier.join(',')) {
      return { error: `${where}: its steps do not lead to its frontier (the tree before the prune point is not the one signed)` };
    }
    for (const [size, root] of replayed.roots) roots.set(size, root);
    frontier = end;
    last = record.last;
    records.push(record);
  }
  return { size: frontier.size, last, frontier, roots, records };
}

/**
 * RFC 9162 §2.1.3 inclusion proof of leaf `index` in the tree of `treeSize` leaves of a pruned
 * stream: the leaves below the prune point are gone, and the nodes the path needs there are the
 * prune record's frontier (every left sibling of a path to a leaf at or after the prune point is
 * one of those perfect subtrees). `leaves` are the leaf hashes from the prune point on. Throws
 * RangeError for an index before the prune point or outside the tree.
 */
export function inclusionProofAfterPrune(base: { size: number; frontier: CompactRange }, leaves: readonly Uint8Array[], index: number, treeSize: number): Uint8Array[] {
  const pruned = base.size;
  if (index < pruned || index >= treeSize || treeSize > pruned + leaves.length) throw new RangeError(`inclusion proof: leaf ${index} of ${treeSize} is not in the remaining part (${pruned}..${pruned + leaves.length - 1})`);
  const known = new Map(compactNodes(base.frontier).map((n) => [`${n.begin}/${n.level}`, n.hash]));
  const mth = (a: number, b: number): Uint8Array => {
    if (a >= pruned && b - a === 1) return leaves[a - pruned] as Uint8Array;
    const size = b - a;
    const level = Math.log2(size);
    const node = Number.isInteger(level) ? known.get(`${a}/${level}`) : undefined;
    if (node) return node;
    if (size === 1) throw new RangeError(`inclusion proof: leaf ${a} was pruned and is not in the frontier`);
    let k = 1;
    while (k * 2 < size) k *= 2;
    return hashChildren(mth(a, a + k), mth(a + k, b));
  };
  const path = (m: number, a: number, b: number): Uint8Array[] => {
    if (b - a === 1) return [];
    let k = 1;
    while (k * 2 < b - a) k *= 2;
    return m - a < k ? [...path(m, a, a + k), mth(a + k, b)] : [...path(m, a + k, b), mth(a, a + k)];
  };
  return path(index, 0, treeSize);
}
