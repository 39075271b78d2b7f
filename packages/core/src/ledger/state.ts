import fs from 'node:fs';
import path from 'node:path';
import { LedgerError } from '../spec/errors.js';
import { isInside, realPathOf } from '../internal/key-dir.js';
import type { LedgerHead } from './head.js';
import { readSmallFile } from './read.js';

/** What `verify --state FILE` remembers of a ledger (docs/FORMAT.md §10). */
export interface VerifyState {
  format: 'agent-audit-verify-state';
  version: 1;
  /** The ledger's id (from its LEDGER marker). */
  ledger: string;
  /** When the remembered head was verified (RFC 3339). */
  verifiedAt: string;
  /** The newest verified signed head, as it was. */
  head: string;
  /** Per stream, the signed size, root (hex) and closed flag from the newest verified head. */
  streams: Record<string, { size: number; root: string; closed: boolean }>;
}

const HEX64 = /^[0-9a-f]{64}$/;

/**
 * Reads a state file. Undefined when it does not exist yet (the first run creates it). Throws
 * LedgerError (a usage error) when it is inside the ledger, unreadable, malformed, or belongs to
 * another ledger.
 */
export function readVerifyState(file: string, ledgerDir: string, ledgerId: string): VerifyState | undefined {
  if (isInside(realPathOf(file), realPathOf(ledgerDir))) {
    throw new LedgerError({ code: 'verify_state', message: `state file ${file} is inside the ledger ${ledgerDir}; it must live where the ledger's writer cannot change it` });
  }
  let text: string;
  try {
    const bytes = readSmallFile(file, 64 * 1024 * 1024);
    if (bytes === undefined) return undefined;
    text = bytes.toString('utf8');
  } catch (error) {
    throw new LedgerError({ code: 'verify_state', message: `cannot read state file ${file}: ${(error as Error).message}` });
  }
  let state: VerifyState;
  try {
    state = JSON.parse(text) as VerifyState;
    if (state.format !== 'agent-audit-verify-state' || state.version !== 1 || typeof state.ledger !== 'string' || typeof state.streams !== 'object' || state.streams === null) throw new Error('fields');
    for (const entry of Object.values(state.streams)) {
      if (!Number.isSafeInteger(entry.size) || entry.size < 0 || !HEX64.test(entry.root) || typeof entry.closed !== 'boolean') throw new Error('stream');
    }
  } catch {
    throw new LedgerError({ code: 'verify_state', message: `state file ${file} is not an agent-audit verify state file` });
  }
  if (state.ledger !== ledgerId) {
    throw new LedgerError({ code: 'verify_state', message: `state file ${file} remembers ledger ${state.ledger}, not this one (${ledgerId}); use one state file per ledger` });
  }
  return state;
}

/**
 * Remembers a verified head (atomic replace). Streams the head does not list keep their old
 * entry, and a remembered size never goes down: an entry is only replaced by a larger (or equal)
 * one.
 */
export function writeVerifyState(file: string, ledgerId: string, note: string, head: LedgerHead, previous: VerifyState | undefined): void {
  const streams: VerifyState['streams'] = { ...(previous?.streams ?? {}) };
  for (const s of head.streams) {
    const before = streams[s.name];
    if (before && before.size > s.size) continue;
    streams[s.name] = { size: s.size, root: s.root, closed: s.closed };
  }
  const state: VerifyState = { format: 'agent-audit-verify-state', version: 1, ledger: ledgerId, verifiedAt: new Date().toISOString(), head: note, streams };
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(state, null, 2) + '\n', { mode: 0o644 });
  fs.renameSync(temp, file);
}
