import fs from 'node:fs';
import path from 'node:path';
import { LedgerError } from '../spec/errors.js';
import { isInside, protectedAncestor, realPathOf } from '../internal/key-dir.js';
import type { LedgerHead } from './head.js';
import { readSmallFile } from './read.js';

/** What `verify --state FILE` remembers of a ledger (docs/FORMAT.md §10). */
export interface VerifyState {
  format: 'agent-audit-verify-state';
  version: 1;
  /** The ledger's id (from its LEDGER marker). */
  ledger: string;
  /**
   * The real path (symlinks resolved) of the ledger folder it was verified at. Absent in state
   * files written before it was recorded: such a file is taken to belong to the folder it is
   * given with.
   */
  path?: string;
  /** When the remembered head was verified (RFC 3339). */
  verifiedAt: string;
  /** The newest verified signed head, as it was. */
  head: string;
  /** Per stream, the signed size, root (hex) and closed flag from the newest verified head. */
  streams: Record<string, { size: number; root: string; closed: boolean }>;
}

const HEX64 = /^[0-9a-f]{64}$/;
/** A C2SP signed note: its text, a blank line, then at least one signature line. */
const SIGNED_NOTE = /\n\n\u2014 \S+ [A-Za-z0-9+/=]+\n/;

/**
 * Reads and checks a state file without comparing ledger ids. Undefined when it does not exist
 * yet (then its folder must exist: it is never created). Throws LedgerError (a usage error) when
 * it is inside the ledger, its folder is missing, or it is unreadable or malformed.
 */
export function loadVerifyState(file: string, ledgerDir: string): VerifyState | undefined {
  const real = realPathOf(file);
  if (isInside(real, realPathOf(ledgerDir))) {
    throw new LedgerError({ code: 'verify_state', message: `state file ${file} is inside the ledger ${ledgerDir}; it must live where the ledger's writer cannot change it` });
  }
  // Nor inside another ledger or a vault: writing it there would change that folder (which then no longer verifies).
  const within = protectedAncestor(path.dirname(real));
  if (within) {
    throw new LedgerError({ code: 'verify_state', message: `state file ${file} is inside the ${within.kind} folder ${within.dir}; keep it outside every ledger and vault (writing it there would change that ${within.kind})` });
  }
  let text: string;
  try {
    const bytes = readSmallFile(file, 64 * 1024 * 1024);
    if (bytes === undefined) {
      const folder = path.dirname(path.resolve(file));
      let isFolder = false;
      try {
        isFolder = fs.statSync(folder).isDirectory();
      } catch {
        // missing
      }
      if (!isFolder) throw new LedgerError({ code: 'verify_state', message: `the folder of state file ${file} (${folder}) does not exist; create it (outside the ledger), or fix the path` });
      return undefined;
    }
    text = bytes.toString('utf8');
  } catch (error) {
    if (error instanceof LedgerError && error.code === 'verify_state') throw error;
    throw new LedgerError({ code: 'verify_state', message: `cannot read state file ${file}: ${(error as Error).message}` });
  }
  let state: VerifyState;
  try {
    state = JSON.parse(text) as VerifyState;
    if (state.format !== 'agent-audit-verify-state' || state.version !== 1 || typeof state.ledger !== 'string' || typeof state.streams !== 'object' || state.streams === null) throw new Error('fields');
    if (state.path !== undefined && (typeof state.path !== 'string' || !path.isAbsolute(state.path))) throw new Error('path');
    // The remembered head is a signed note (text, blank line, signature lines "— <name> <base64>").
    if (typeof state.head !== 'string' || !SIGNED_NOTE.test(state.head) || typeof state.verifiedAt !== 'string') throw new Error('head');
    for (const entry of Object.values(state.streams)) {
      if (!Number.isSafeInteger(entry.size) || entry.size < 0 || !HEX64.test(entry.root) || typeof entry.closed !== 'boolean') throw new Error('stream');
    }
  } catch {
    throw new LedgerError({ code: 'verify_state', message: `state file ${file} is not an agent-audit verify state file` });
  }
  return state;
}

/** Whether a state file was written for the ledger folder at `ledgerDir` (true for one that does not record its path). */
export function stateRemembersPath(state: VerifyState, ledgerDir: string): boolean {
  return state.path === undefined || state.path === realPathOf(ledgerDir);
}

/**
 * Reads a state file. Undefined when it does not exist yet (the first run creates it). Throws
 * LedgerError (a usage error, code `verify_state`) when it is inside the ledger, its folder is
 * missing, it is unreadable or malformed, or it remembers another ledger at another path. When
 * it remembers another ledger id at this same path (or does not record its path), the ledger
 * was replaced: LedgerError with code `verify_state_replaced`, a finding (verifyLedger reports it).
 */
export function readVerifyState(file: string, ledgerDir: string, ledgerId: string): VerifyState | undefined {
  const state = loadVerifyState(file, ledgerDir);
  if (state === undefined || state.ledger === ledgerId) return state;
  if (!stateRemembersPath(state, ledgerDir)) {
    throw new LedgerError({ code: 'verify_state', message: `state file ${file} remembers ledger ${state.ledger} at ${state.path}, not this one (${ledgerId} at ${realPathOf(ledgerDir)}); use one state file per ledger` });
  }
  throw new LedgerError({
    code: 'verify_state_replaced',
    message: `the ledger was replaced: --state ${file} remembers ledger ${state.ledger} ${state.path !== undefined ? 'at this path' : '(its path not recorded)'} (verified ${state.verifiedAt}), this folder holds ledger ${ledgerId}`,
  });
}

/**
 * Remembers a verified head (atomic replace). Streams the head does not list keep their old
 * entry, and a remembered size never goes down: an entry is only replaced by a larger (or equal)
 * one.
 */
export function writeVerifyState(file: string, ledgerId: string, note: string, head: LedgerHead, previous: VerifyState | undefined, ledgerDir?: string): void {
  const streams: VerifyState['streams'] = { ...(previous?.streams ?? {}) };
  for (const s of head.streams) {
    const before = streams[s.name];
    if (before && before.size > s.size) continue;
    streams[s.name] = { size: s.size, root: s.root, closed: s.closed };
  }
  const state: VerifyState = { format: 'agent-audit-verify-state', version: 1, ledger: ledgerId, ...(ledgerDir !== undefined ? { path: realPathOf(ledgerDir) } : {}), verifiedAt: new Date().toISOString(), head: note, streams };
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(state, null, 2) + '\n', { mode: 0o644 });
  fs.renameSync(temp, file);
}
