// Legal holds (docs/RETENTION.md "Legal hold"): recorded as events in the ledger's `holds` stream,
// read back from there. Retention never removes an event a hold covers.
import { randomBytes } from 'node:crypto';
import { requireOptions } from '../internal/options.js';
import fs from 'node:fs';
import os from 'node:os';
import { createAuditor } from '../auditor/auditor.js';
import { fileLedger } from '../ledger/file-ledger.js';
import { listStreams, readEvents } from '../ledger/read.js';
import { AuditError, type LedgerError } from '../spec/errors.js';
import path from 'node:path';
import { readLedgerInfo, streamDir } from '../ledger/layout.js';
import { acquireLockWaiting } from '../ledger/lock.js';
import { verifyLedger } from '../ledger/verify.js';
import type { AuditEvent } from '../spec/event.js';

/** The stream of a ledger that records `hold.add` and `hold.release` events; retention never prunes it. */
export const HOLDS_STREAM = 'holds';
/** The stream of a ledger that records `ledger.pruned` events. */
export const RETENTION_STREAM = 'retention';

/**
 * Lock file in the ledger folder taken by `addHold`/`releaseHolds` while they record, and by
 * `applyRetention` while it re-checks the holds, signs the prune record and removes segments: a
 * hold lands either before that re-check or after the removal (docs/RETENTION.md).
 */
export const HOLDS_LOCK_FILE = 'HOLDS.lock';

/**
 * Checks the ledger's signed head (signature, marker, keys) and the `holds` stream against it
 * (every event, checkpoint, and the size and checkpoint bytes the head commits to): a deleted,
 * truncated or edited holds stream is found without any key. Returns the reason it does not
 * verify, or undefined. `keys`: pinned verifier keys (default: the ledger's own).
 */
export async function checkHoldsStream(dir: string, keys?: readonly string[]): Promise<string | undefined> {
  const options = keys && keys.length > 0 ? { verifierKey: keys } : {};
  let result;
  try {
    result = await verifyLedger(dir, { ...options, streams: [HOLDS_STREAM] });
  } catch (error) {
    // Neither the head nor the folder knows a holds stream: no hold was ever placed; check the head alone.
    if ((error as LedgerError).code !== 'verify_stream') throw error;
    result = await verifyLedger(dir, { ...options, streams: [] });
  }
  if (result.ok) return undefined;
  const f = result.firstFailure;
  return `${f?.stream ? `stream ${f.stream}` : 'ledger'}${f?.seq ? `, seq ${f.seq}` : ''}: ${f?.reason ?? 'does not verify'}${f?.file ? ` (${path.basename(f.file)})` : ''}`;
}

/** What a hold covers: every event of a session, an actor, a trace, or a whole stream. */
export type HoldScope = 'session' | 'actor' | 'trace' | 'stream';
export const HOLD_SCOPES: readonly HoldScope[] = ['session', 'actor', 'trace', 'stream'];

/** A hold as recorded by its `hold.add` event. */
export interface LegalHold {
  id: string;
  scope: HoldScope;
  value: string;
  reason: string;
  placedAt: string;
  /** The `hold.add` event. */
  eventId: string;
  /** Who placed it: the `actor.id` of its `hold.add` event. */
  placedBy?: string;
  released?: { at: string; reason: string; eventId: string; by?: string };
}

/** True when `hold` covers `event` (`session`, `actor.id`, `trace.traceId` or `stream` equals its value). */
export function holdCovers(hold: Pick<LegalHold, 'scope' | 'value'>, event: Partial<Pick<AuditEvent, 'session' | 'actor' | 'trace' | 'stream'>>): boolean {
  switch (hold.scope) {
    case 'session':
      return event.session === hold.value;
    case 'actor':
      return event.actor?.id === hold.value;
    case 'trace':
      return event.trace?.traceId === hold.value;
    case 'stream':
      return event.stream === hold.value;
    default:
      return false;
  }
}

/**
 * Every hold recorded in a ledger folder, oldest first, released ones with `released` set. A
 * `hold.add` that cannot be read as a hold (missing id, scope or value) is listed in `unreadable`
 * (its event id): what it covers cannot be known, so retention removes nothing while one exists.
 *
 * @example
 * ```ts
 * const { holds } = await readHolds('./audit');
 * holds.filter((h) => !h.released);
 * ```
 */
export async function readHolds(dir: string): Promise<{ holds: LegalHold[]; unreadable: string[] }> {
  if (!fs.existsSync(streamDir(dir, HOLDS_STREAM))) return { holds: [], unreadable: [] };
  return collectHolds(readEvents(dir, { stream: HOLDS_STREAM }));
}

/**
 * Holds from `hold.add` / `hold.release` events in time order (any other event is ignored), from
 * any store: a ledger's `holds` stream, or PostgreSQL rows of type `hold.%`.
 *
 * @example
 * ```ts
 * const { holds } = await collectHolds(eventsFromDatabase);
 * ```
 */
export async function collectHolds(events: AsyncIterable<AuditEvent> | Iterable<AuditEvent>): Promise<{ holds: LegalHold[]; unreadable: string[] }> {
  const holds: LegalHold[] = [];
  const unreadable: string[] = [];
  const byId = new Map<string, LegalHold>();
  for await (const event of events as AsyncIterable<AuditEvent>) {
    const attrs = (event.attrs ?? {}) as Record<string, unknown>;
    const id = typeof attrs.hold === 'string' ? attrs.hold : undefined;
    if (event.type === 'hold.add') {
      const scope = attrs.scope as HoldScope;
      if (!id || !HOLD_SCOPES.includes(scope) || typeof attrs.value !== 'string') {
        unreadable.push(String(event.id));
        continue;
      }
      const hold: LegalHold = { id, scope, value: attrs.value, reason: typeof attrs.reason === 'string' ? attrs.reason : '', placedAt: event.ts, eventId: event.id, ...(event.actor?.id ? { placedBy: event.actor.id } : {}) };
      byId.set(id, hold);
      holds.push(hold);
    } else if (event.type === 'hold.release' && id) {
      const hold = byId.get(id);
      if (hold && !hold.released) hold.released = { at: event.ts, reason: typeof attrs.reason === 'string' ? attrs.reason : '', eventId: event.id, ...(event.actor?.id ? { by: event.actor.id } : {}) };
    }
  }
  return { holds, unreadable };
}

/** Options of {@link addHold} and {@link releaseHolds}: where the ledger's signer key is. */
export interface HoldWriteOptions {
  signingKey?: string;
  keyDir?: string;
  /** Clock of the recorded event (tests). */
  clock?: () => number;
  /** Who places or releases the hold, recorded as the event's `actor.id` (default: the OS user name). */
  by?: string;
}

function osUser(): string {
  try {
    return os.userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}

async function recordHoldEvents(dir: string, inputs: ReadonlyArray<Record<string, unknown>>, options: HoldWriteOptions): Promise<void> {
  const release = await acquireLockWaiting(path.join(dir, HOLDS_LOCK_FILE));
  try {
    await recordHoldEventsLocked(dir, inputs, options);
  } finally {
    release();
  }
}

async function recordHoldEventsLocked(dir: string, inputs: ReadonlyArray<Record<string, unknown>>, options: HoldWriteOptions): Promise<void> {
  const errors: Error[] = [];
  const auditor = createAuditor({
    agent: { id: 'agent-audit-hold', name: 'agent-audit hold' },
    stream: HOLDS_STREAM,
    source: 'agent-audit',
    systemEvents: true,
    sink: fileLedger({ dir, ...(options.signingKey ? { signingKey: options.signingKey } : {}), ...(options.keyDir ? { keyDir: options.keyDir } : {}) }),
    onError: (error) => errors.push(error),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const actor = { id: options.by && options.by !== '' ? options.by : osUser(), type: 'user' };
  for (const input of inputs) auditor.record({ actor, ...input } as unknown as Parameters<typeof auditor.record>[0]);
  await auditor.close();
  if (errors.length > 0) throw new AuditError({ code: 'hold_record', message: `recording the hold failed: ${errors[0]?.message}` });
}

function checkSelector(scope: unknown, value: unknown, reason: unknown): void {
  if (!HOLD_SCOPES.includes(scope as HoldScope)) throw new AuditError({ code: 'invalid_options', message: `hold scope must be one of ${HOLD_SCOPES.join(', ')}` });
  if (typeof value !== 'string' || value === '') throw new AuditError({ code: 'invalid_options', message: `hold ${String(scope)}: the value must be a non-empty string` });
  // W3C Trace Context: a trace id is 32 lowercase hex digits, not all zero.
  if (scope === 'trace' && (!/^[0-9a-f]{32}$/.test(value) || /^0+$/.test(value))) throw new AuditError({ code: 'invalid_options', message: `hold trace: ${JSON.stringify(value)} is not a trace id (32 lowercase hex digits, W3C Trace Context)` });
  if (typeof reason !== 'string' || reason.trim() === '') throw new AuditError({ code: 'invalid_options', message: 'a hold needs a reason (e.g. the matter or case number)' });
}

/**
 * Places a legal hold: records a `hold.add` event in the ledger's `holds` stream (signed like any
 * event) and returns it as read back. The value is matched against what the ledger stores
 * (`session`, `actor.id`, `trace.traceId`, `stream`); redaction runs on the recorded event, so a
 * value redaction would change is refused (pass it as the ledger stores it, e.g. the pseudonym).
 *
 * @example
 * ```ts
 * await addHold('./audit', { scope: 'session', value: 'claim-5521', reason: 'litigation hold, matter 2026-114' });
 * ```
 */
export async function addHold(dir: string, hold: { scope: HoldScope; value: string; reason: string }, options: HoldWriteOptions = {}): Promise<LegalHold> {
  requireOptions('addHold', hold, 'a hold { scope, value, reason }');
  checkSelector(hold.scope, hold.value, hold.reason);
  readLedgerInfo(dir); // an existing ledger only: a hold never creates one
  const id = `hold-${randomBytes(6).toString('hex')}`;
  await recordHoldEvents(dir, [{ type: 'hold.add', outcome: 'success', resource: { type: 'legal-hold', id, operation: 'add' }, attrs: { hold: id, scope: hold.scope, value: hold.value, reason: hold.reason } }], options);
  const placed = (await readHolds(dir)).holds.find((h) => h.id === id);
  if (!placed) throw new AuditError({ code: 'hold_record', message: `hold ${id} was recorded but cannot be read back as a hold` });
  if (placed.value !== hold.value) {
    await recordHoldEvents(dir, [{ type: 'hold.release', outcome: 'success', resource: { type: 'legal-hold', id, operation: 'release' }, attrs: { hold: id, reason: 'placed with a value redaction changed; released at once' } }], options);
    throw new AuditError({ code: 'hold_redacted', message: `the ${hold.scope} value was changed by redaction when recorded (stored as ${JSON.stringify(placed.value)}); place the hold with the value as the ledger stores it (agent-audit query shows it)` });
  }
  return placed;
}

/**
 * True when some event of the ledger (outside the holds stream) is covered by `hold`, or, for a
 * stream hold, the stream exists. Reads every stream until the first match (used to warn about a
 * hold that names nothing yet; a hold on a value not seen yet is still valid).
 */
export async function holdMatchesAny(dir: string, hold: Pick<LegalHold, 'scope' | 'value'>): Promise<boolean> {
  const streams = (await listStreams(dir)).filter((s) => s !== HOLDS_STREAM);
  if (hold.scope === 'stream') return streams.includes(hold.value);
  for (const stream of streams) {
    for await (const event of readEvents(dir, { stream })) if (holdCovers(hold, event)) return true;
  }
  return false;
}

/** Releases every active hold with this scope and value; records one `hold.release` each. Returns them. */
export async function releaseHolds(dir: string, hold: { scope: HoldScope; value: string; reason: string }, options: HoldWriteOptions = {}): Promise<LegalHold[]> {
  requireOptions('releaseHolds', hold, 'a hold { scope, value, reason }');
  checkSelector(hold.scope, hold.value, hold.reason);
  readLedgerInfo(dir);
  const active = (await readHolds(dir)).holds.filter((h) => !h.released && h.scope === hold.scope && h.value === hold.value);
  if (active.length === 0) return [];
  await recordHoldEvents(dir, active.map((h) => ({ type: 'hold.release', outcome: 'success', resource: { type: 'legal-hold', id: h.id, operation: 'release' }, attrs: { hold: h.id, reason: hold.reason } })), options);
  const after = (await readHolds(dir)).holds;
  return after.filter((h) => active.some((a) => a.id === h.id));
}
