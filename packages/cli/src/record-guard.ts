// The CLI records (report.generated, alerts, holds, vault events) only into a ledger that verifies:
// recording into a forged ledger would sign a checkpoint and a head over the forgery, "proving" it.
import fs from 'node:fs';
import path from 'node:path';
import { HEAD_FILE, verifyLedger } from '@agent-audit/core';
import { describeError } from './io.js';

/** True when `dir` holds no ledger yet (no marker, no head, no stream): recording creates it. */
function isFreshLedger(dir: string): boolean {
  const absent = (name: string): boolean => !fs.existsSync(path.join(dir, name));
  if (!fs.existsSync(dir)) return true;
  if (!absent('LEDGER') || !absent(HEAD_FILE)) return false;
  try {
    return fs.readdirSync(path.join(dir, 'streams')).every((name) => name.startsWith('.'));
  } catch {
    return absent('streams');
  }
}

/**
 * Why the CLI must not record into the ledger folder `dir`, or undefined when it may: the folder
 * holds no ledger yet, or `verifyLedger(dir)` passes under `keys` (the pinned verifier keys; the
 * ledger's own published key when none are given). `known` is a verification of the same folder
 * under the same keys that the caller already ran (a report over that one folder), reused.
 * Returns the stderr line to print (`not recorded: <dir> does not verify: <reason>`).
 */
export async function recordingRefusal(dir: string, keys: readonly string[] | undefined, known?: { ok: boolean; firstFailure?: { reason: string } }): Promise<string | undefined> {
  if (known === undefined && isFreshLedger(dir)) return undefined;
  let result: { ok: boolean; firstFailure?: { reason: string } | undefined };
  try {
    result = known ?? (await verifyLedger(dir, keys && keys.length > 0 ? { verifierKey: keys } : {}));
  } catch (error) {
    result = { ok: false, firstFailure: { reason: describeError(error) } };
  }
  if (result.ok) return undefined;
  return `not recorded: ${dir} does not verify: ${result.firstFailure?.reason ?? 'see agent-audit verify'}`;
}
