// Real forgeries against the folder verifier and verifyEvents(): every forged event carries a
// valid hash of its own, and each test pins the reason and the position reported.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditor, createChainVerifier, fileLedger, generateSignerKey, readCheckpoints, readEvents, sealEvent, verifyEvents, verifyLedger, type AuditEvent, type StoredCheckpoint, type UnsealedEvent } from '@agent-audit/core';
import { deleteAt, forkAt, rechainFrom, recomputeFrontiers, reorderResealed, resealOne, swapAt, type Chain } from './forge.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-forgery-'));
const original = path.join(root, 'original');
const key = generateSignerKey('forgery.test/audit');
const STREAM = 'forge-bot';
const EVENTS = 40;
let chain: Chain;
let checkpoints: StoredCheckpoint[];
let segmentName: string;
let copies = 0;
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

beforeAll(async () => {
  const auditor = createAuditor({ agent: { id: STREAM }, sink: fileLedger({ dir: original, keyDir: path.join(root, 'keys'), signingKey: key.signerKey, checkpointEvery: 10 }) });
  for (let i = 0; i < EVENTS; i++) {
    auditor.record({ type: 'tool.call', session: 's-1', tool: { name: 'lookup_claim', arguments: { claim: `C-${i}` } } });
    if (i % 10 === 9) await auditor.flush(); // a signed checkpoint at 10, 20, 30 and 40
  }
  await auditor.close();
  const events: AuditEvent[] = [];
  for await (const event of readEvents(original, { stream: STREAM })) events.push(event);
  const sdir = path.join(original, 'streams', STREAM);
  const segments = fs.readdirSync(sdir).filter((f) => f.endsWith('.jsonl') && f !== 'checkpoints.jsonl');
  expect(segments).toHaveLength(1);
  segmentName = segments[0] as string;
  const lines = fs.readFileSync(path.join(sdir, segmentName), 'utf8').split('\n').slice(0, -1);
  chain = { events, lines };
  checkpoints = await readCheckpoints(original, STREAM);
  expect(events).toHaveLength(EVENTS);
  expect(checkpoints.map((c) => c.size)).toEqual([10, 20, 30, 40]);
  expect((await verifyLedger(original, { verifierKey: key.verifierKey })).ok).toBe(true);
});

/** A copy of the ledger whose segment (and optionally checkpoints file) holds the forged chain. */
function forgedLedger(forged: Chain, cps?: StoredCheckpoint[]): string {
  const dir = path.join(root, `copy-${copies++}`);
  fs.cpSync(original, dir, { recursive: true });
  const sdir = path.join(dir, 'streams', STREAM);
  fs.writeFileSync(path.join(sdir, segmentName), forged.lines.map((l) => l + '\n').join(''));
  if (cps) fs.writeFileSync(path.join(sdir, 'checkpoints.jsonl'), cps.map((c) => JSON.stringify(c) + '\n').join(''));
  return dir;
}

const lineItems = (forged: Chain) => forged.events.map((event, i) => ({ event, line: forged.lines[i] as string }));

describe('forgeries against verifyLedger (folder)', () => {
  it('one event re-sealed with a valid hash: the next event\'s prev link breaks', async () => {
    const result = await verifyLedger(forgedLedger(resealOne(chain, 14)), { verifierKey: key.verifierKey });
    expect(result.ok).toBe(false);
    expect(result.firstFailure).toMatchObject({ seq: 15, reason: 'chain broken: prev does not match the hash of seq 14' });
  });

  it('a run re-chained consistently under valid signed checkpoints: the root differs from the signed one', async () => {
    // The signed head commits to the checkpoints file's bytes, so the forger leaves it alone.
    const result = await verifyLedger(forgedLedger(rechainFrom(chain, 14)), { verifierKey: key.verifierKey });
    expect(result.ok).toBe(false);
    expect(result.firstFailure?.seq).toBe(19);
    expect(result.firstFailure?.reason).toMatch(/^Merkle root at size 20 differs from the signed checkpoint/);
  });

  it('a re-chained run whose stored frontiers were recomputed is caught by the signed head over the checkpoints file', async () => {
    const forged = rechainFrom(chain, 14);
    const result = await verifyLedger(forgedLedger(forged, recomputeFrontiers(checkpoints, forged.events)), { verifierKey: key.verifierKey });
    expect(result.ok).toBe(false);
    expect(result.firstFailure?.reason).toMatch(/^checkpoints\.jsonl was changed: its first \d+ bytes differ from what the signed head commits to/);
  });

  it('a fork (two different events at one seq) is named by that seq', async () => {
    const result = await verifyLedger(forgedLedger(forkAt(chain, 14)), { verifierKey: key.verifierKey });
    expect(result.firstFailure).toMatchObject({ seq: 14, reason: 'duplicate, forked or reordered event: seq 14 appears again where seq 15 belongs' });
  });

  it('a deleted event is reported as missing, at its seq', async () => {
    const result = await verifyLedger(forgedLedger(deleteAt(chain, 14)), { verifierKey: key.verifierKey });
    expect(result.firstFailure).toMatchObject({ seq: 14, reason: 'missing event: expected seq 14, found seq 15' });
  });

  it('two events swapped in place are not sorted back', async () => {
    const result = await verifyLedger(forgedLedger(swapAt(chain, 14)), { verifierKey: key.verifierKey });
    expect(result.firstFailure).toMatchObject({ seq: 14, reason: 'missing event: expected seq 14, found seq 15' });
  });

  it('two events renumbered and re-sealed in the forger\'s order break the link after them', async () => {
    const result = await verifyLedger(forgedLedger(reorderResealed(chain, 14)), { verifierKey: key.verifierKey });
    expect(result.firstFailure).toMatchObject({ seq: 16, reason: 'chain broken: prev does not match the hash of seq 15' });
  });
});

describe('forgeries against verifyEvents (PostgreSQL, shipped events, collectors)', () => {
  const options = () => ({ checkpoints: { [STREAM]: checkpoints }, verifierKeys: [key.verifierKey] });

  it('accepts the untouched chain, with and without stored lines', async () => {
    expect(await verifyEvents(lineItems(chain), options())).toMatchObject({ ok: true, events: EVENTS });
    expect(await verifyEvents(chain.events, options())).toMatchObject({ ok: true, events: EVENTS });
  });

  it('one event re-sealed with a valid hash: the chain link names the next event (no checkpoint needed)', async () => {
    const forged = resealOne(chain, 14);
    for (const result of [await verifyEvents(lineItems(forged)), await verifyEvents(forged.events, options())]) {
      expect(result.ok).toBe(false);
      expect(result.firstFailure).toMatchObject({ seq: 15, id: chain.events[15]?.id, reason: 'chain broken: prev does not match the hash of seq 14' });
    }
  });

  it('a run re-chained consistently: the root differs from the valid signed checkpoint', async () => {
    const forged = rechainFrom(chain, 14);
    const result = await verifyEvents(lineItems(forged), { ...options(), checkpoints: { [STREAM]: recomputeFrontiers(checkpoints, forged.events) } });
    expect(result.ok).toBe(false);
    expect(result.firstFailure).toMatchObject({ seq: 19, reason: 'Merkle root at size 20 differs from the signed checkpoint' });
  });

  it('a fork is reported where the second event at that seq stands', async () => {
    const result = await verifyEvents(lineItems(forkAt(chain, 14)), options());
    expect(result.firstFailure).toMatchObject({ seq: 15, reason: 'duplicate, forked or reordered event: seq 14 appears again where seq 15 belongs' });
  });

  it('a deleted event is reported as missing', async () => {
    const result = await verifyEvents(lineItems(deleteAt(chain, 14)), options());
    expect(result.firstFailure).toMatchObject({ seq: 14, reason: 'missing event: expected seq 14, found seq 15' });
  });

  it('events in the wrong order are verified in the order given, never sorted back', async () => {
    const swapped = await verifyEvents(lineItems(swapAt(chain, 14)), options());
    expect(swapped.firstFailure).toMatchObject({ seq: 14, reason: 'missing event: expected seq 14, found seq 15' });
    const resealed = await verifyEvents(lineItems(reorderResealed(chain, 14)), options());
    expect(resealed.firstFailure).toMatchObject({ seq: 16, reason: 'chain broken: prev does not match the hash of seq 15' });
  });

  it('a truncated stream under a signed checkpoint is reported as truncated', async () => {
    const result = await verifyEvents(lineItems({ events: chain.events.slice(0, 35), lines: chain.lines.slice(0, 35) }), options());
    expect(result.firstFailure).toMatchObject({ seq: 35, reason: 'truncated: a signed checkpoint covers 40 events but the stream ends after 35' });
  });
});

describe('malformed events, each named by its own reason', () => {
  const first = () => chain.events[0] as AuditEvent;
  const resealed = (change: Record<string, unknown>): AuditEvent => {
    const { hash: _h, prev: _p, ...rest } = first();
    return sealEvent({ ...rest, ...change } as unknown as UnsealedEvent, first().prev).event;
  };
  const reasonOf = async (event: unknown, line?: string) => (await verifyEvents([line === undefined ? (event as AuditEvent) : { event: event as AuditEvent, line }])).firstFailure?.reason;

  it('a hash that is missing or not 64 lower-case hex digits', async () => {
    expect(await reasonOf({ ...first(), hash: undefined })).toBe('hash missing or malformed');
    expect(await reasonOf({ ...first(), hash: first().hash.toUpperCase() })).toBe('hash missing or malformed');
    expect(await reasonOf({ ...first(), hash: `${first().hash}0` })).toBe('hash missing or malformed');
  });

  it('a stored line whose bytes differ from the canonical form, even when it parses to the same event', async () => {
    expect(await reasonOf(first(), chain.lines[0] as string)).toBeUndefined();
    expect(await reasonOf(first(), (chain.lines[0] as string).replace('{"', '{ "'))).toBe('hash mismatch: the event was changed after it was written');
    expect(await reasonOf(first(), Buffer.from(chain.lines[0] as string).toString())).toBeUndefined();
  });

  it('another event version, a missing seq, and an event of another stream', async () => {
    expect(await reasonOf(resealed({ v: 2 }))).toBe('unsupported event version 2');
    expect(await reasonOf(resealed({ seq: undefined }))).toBe('seq missing');
    expect(createChainVerifier('other-stream').push(first())).toEqual({ ok: false, reason: `event belongs to stream "${STREAM}", found in other-stream` });
    expect(createChainVerifier(STREAM).push(null as unknown as AuditEvent)).toEqual({ ok: false, reason: 'not an event object' });
    expect(createChainVerifier(STREAM).push('an event' as unknown as AuditEvent)).toEqual({ ok: false, reason: 'not an event object' });
    // A hash that only looks right once turned into a string is still malformed.
    expect(createChainVerifier(STREAM).push({ ...first(), hash: [first().hash] } as unknown as AuditEvent)).toEqual({ ok: false, reason: 'hash missing or malformed' });
  });
});
