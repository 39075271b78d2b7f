// verifyEvents() (the path of PostgreSQL, shipped events and collectors), its checkpoint checks
// and createChainVerifier(), from the mutants that survived the forgery suites (issue 13,
// docs/TESTING.md). Chains are sealed in memory and checkpoints signed here, so each test pins
// the reason and the seq reported for exactly one thing wrong.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAuditor } from '../auditor/auditor.js';
import { sealEvent } from '../auditor/seal.js';
import { CompactRange } from '../crypto/merkle.js';
import { formatCheckpoint, generateSignerKey, signNote } from '../crypto/note.js';
import { GENESIS_HASH, type AuditEvent, type UnsealedEvent } from '../spec/event.js';
import type { StoredCheckpoint } from './file-ledger.js';
import { fileLedger } from './file-ledger.js';
import { createChainVerifier, verifyEvents, verifyLedger } from './verify.js';

const key = generateSignerKey('verify.mutants/audit');
const otherKey = generateSignerKey('verify.mutants/audit');
const TS = '2026-01-02T03:04:05.678Z';

/** `count` events of `stream`, sealed in a chain from `prev`, seq from `from`. */
function chainOf(stream: string, count: number, options: { from?: number; prev?: string; tag?: string } = {}): AuditEvent[] {
  const events: AuditEvent[] = [];
  let prev = options.prev ?? GENESIS_HASH;
  for (let i = 0; i < count; i++) {
    const seq = (options.from ?? 0) + i;
    const unsealed = { v: 1, id: `${stream}-${options.tag ?? 'e'}-${seq}`, ts: TS, stream, seq, type: 'tool.call', source: 'sdk', agent: { id: stream }, tool: { name: 'lookup', arguments: { seq, tag: options.tag ?? '' } } } as unknown as UnsealedEvent;
    const { event } = sealEvent(unsealed, prev);
    events.push(event);
    prev = event.hash;
  }
  return events;
}

function rootOf(events: readonly AuditEvent[]): Uint8Array {
  const range = new CompactRange();
  for (const event of events) range.append(Buffer.from(event.hash, 'hex'));
  return range.root();
}

/** A signed checkpoint over the first `size` events, as the file ledger writes one. */
function checkpointOf(stream: string, events: readonly AuditEvent[], size: number, options: { origin?: string; signer?: string; ts?: string; extensions?: string[] } = {}): StoredCheckpoint {
  const root = rootOf(events.slice(0, size));
  const ts = options.ts ?? TS;
  const body = formatCheckpoint({ origin: options.origin ?? `agent-audit/L1/${stream}`, size, root, extensions: options.extensions ?? [`timestamp ${ts}`] });
  return { size, root: Buffer.from(root).toString('hex'), ts, note: signNote(body, options.signer ?? key.signerKey) };
}

const S = 'bot';
const events = chainOf(S, 30);
const keys = [key.verifierKey];
const verify = (list: Iterable<AuditEvent>, cps: StoredCheckpoint[], more: { origins?: Record<string, string>; verifierKeys?: string[] } = {}) =>
  verifyEvents(list, { checkpoints: { [S]: cps }, verifierKeys: more.verifierKeys ?? keys, ...(more.origins ? { origins: more.origins } : {}) });

describe('verifyEvents: signed checkpoints', () => {
  it('accepts a genuine chain under its checkpoints, with the covered size and no warning', async () => {
    const result = await verify(events, [checkpointOf(S, events, 10), checkpointOf(S, events, 20), checkpointOf(S, events, 30)], { origins: { [S]: `agent-audit/L1/${S}` } });
    expect(result).toMatchObject({ ok: true, streams: 1, events: 30, checkpoints: 3, keySource: 'pinned', warnings: [], rotations: [] });
    // Strict: no `failure` key at all, not even an undefined one.
    expect(result.reports).toStrictEqual([{ stream: S, events: 30, checkpoints: 3, checkpointedSize: 30 }]);
    expect('firstFailure' in result).toBe(false);
  });

  it('events past the last checkpoint: covered size is the checkpoint, and a warning names the uncovered tail', async () => {
    const result = await verify(events, [checkpointOf(S, events, 10), checkpointOf(S, events, 20)]);
    expect(result.ok).toBe(true);
    expect(result.reports[0]).toEqual({ stream: S, events: 30, checkpoints: 2, checkpointedSize: 20 });
    expect(result.warnings).toEqual([`stream ${S}: the last 10 events are not covered by a signed checkpoint yet (a writer still running, or one that crashed); truncation of those cannot be detected`]);
  });

  it('without keys: every checkpoint is unverifiable, the first one is the finding, and keySource says so', async () => {
    const result = await verify(events, [checkpointOf(S, events, 10)], { verifierKeys: [] });
    expect(result.ok).toBe(false);
    expect(result.firstFailure).toEqual({ stream: S, seq: 9, reason: 'checkpoint 1 (size 10): no verifier key to check its signature', file: 'checkpoints.jsonl' });
    expect(result.keySource).toBe('none');
    expect(result.warnings).toEqual(['no verifier keys given; checkpoint signatures were not checked']);
    // Events are still counted.
    expect(result.events).toBe(30);
  });

  it('without keys and without checkpoints the chain alone is checked', async () => {
    const result = await verifyEvents(events);
    expect(result).toMatchObject({ ok: true, events: 30, checkpoints: 0, keySource: 'none' });
    expect(result.reports[0]?.checkpointedSize).toBe(0);
  });

  it('a checkpoint signed by another key', async () => {
    const result = await verify(events, [checkpointOf(S, events, 10), checkpointOf(S, events, 20, { signer: otherKey.signerKey })]);
    expect(result.firstFailure?.seq).toBe(19);
    expect(result.firstFailure?.reason).toMatch(/^checkpoint 2 \(size 20\): signature invalid: /);
    // The reason openNote gave, not a placeholder.
    expect(result.firstFailure?.reason).not.toMatch(/: unknown$/);
    expect(result.firstFailure?.reason.length).toBeGreaterThan('checkpoint 2 (size 20): signature invalid: '.length);
  });

  it('a validly signed note that is not a checkpoint', async () => {
    const bad = { ...checkpointOf(S, events, 10), note: signNote('not a checkpoint\n', key.signerKey) };
    const result = await verify(events, [bad]);
    expect(result.firstFailure?.seq).toBe(9);
    expect(result.firstFailure?.reason).toMatch(/^checkpoint 1 \(size 10\): signed body malformed: /);
  });

  it('a checkpoint of another stream or ledger (origin)', async () => {
    const cp = checkpointOf(S, events, 10, { origin: 'agent-audit/L2/bot' });
    const result = await verify(events, [cp], { origins: { [S]: `agent-audit/L1/${S}` } });
    expect(result.firstFailure).toEqual({ stream: S, seq: 9, file: 'checkpoints.jsonl', reason: `checkpoint 1 (size 10): origin "agent-audit/L2/bot" is not this stream's (agent-audit/L1/${S})` });
    // Without an expected origin, any ledger's origin naming this stream is taken.
    expect((await verify(events, [cp])).ok).toBe(true);
  });

  it('without an expected origin, the signed origin must still name this stream (fleet probe 2026-12-07)', async () => {
    // Issue 13 (Stryker on CHECKPOINT_ORIGIN): the origin's start and end are anchored (`.` stops at U+2028).
    for (const origin of ['agent-audit/L1/other', 'agent-audit/L1/x/bot', 'agent-audit/L1/bot ', 'Agent-audit/L1/bot', 'agent-audit/L1/', 'agent-audit/L1/bo', 'x-agent-audit/L1/bot', 'agent-audit/L1/bot\u2028x']) {
      const result = await verify(events, [checkpointOf(S, events, 10, { origin })]);
      expect(result.firstFailure, origin).toEqual({ stream: S, seq: 9, file: 'checkpoints.jsonl', reason: `checkpoint 1 (size 10): origin ${JSON.stringify(origin)} is not an origin of stream bot (agent-audit/<ledger id>/bot)` });
    }
    // A store may hold a stream whose name has a slash (the event schema takes any name): the ledger id is the first segment.
    const slashed = chainOf('a/bot', 10);
    const cp = checkpointOf('a/bot', slashed, 10, { origin: 'agent-audit/L1/a/bot' });
    expect((await verifyEvents(slashed, { checkpoints: { 'a/bot': [cp] }, verifierKeys: keys })).ok).toBe(true);
  });

  it('an expected origin given is compared whole, and only it (a ledger id with a slash: not the store form\'s first segment)', async () => {
    const origin = `agent-audit/team/L1/${S}`;
    const cp = checkpointOf(S, events, 10, { origin });
    expect((await verify(events, [cp], { origins: { [S]: origin } })).firstFailure).toBeUndefined();
    // Without it, the store form reads the ledger id as `team` and the stream as `L1/bot`.
    expect((await verify(events, [cp])).firstFailure).toMatchObject({ seq: 9, reason: `checkpoint 1 (size 10): origin ${JSON.stringify(origin)} is not an origin of stream ${S} (agent-audit/<ledger id>/${S})` });
  });

  it('a record whose size, root or time differs from its signed body', async () => {
    const cp = checkpointOf(S, events, 10);
    const bySize = await verify(events, [{ ...cp, size: 11 }]);
    expect(bySize.firstFailure).toMatchObject({ seq: 10, reason: 'checkpoint 1 (size 11): record does not match its signed body' });
    const byRoot = await verify(events, [{ ...cp, root: checkpointOf(S, events, 11).root }]);
    expect(byRoot.firstFailure).toMatchObject({ seq: 9, reason: 'checkpoint 1 (size 10): record does not match its signed body' });
    const byTime = await verify(events, [{ ...cp, ts: '2026-01-02T03:04:05.679Z' }]);
    expect(byTime.firstFailure).toMatchObject({ seq: 9, reason: 'checkpoint 1 (size 10): record time does not match its signed body' });
    // A size that is not a number is named at seq 0.
    const notNumber = await verify(events, [{ ...cp, size: '10' as unknown as number }]);
    expect(notNumber.firstFailure).toMatchObject({ seq: 0, reason: 'checkpoint 1 (size 10): record does not match its signed body' });
  });

  it('the signed time is the timestamp extension, wherever it stands among the extensions', async () => {
    const cp = checkpointOf(S, events, 10, { extensions: ['witness none', `timestamp ${TS}`] });
    expect((await verify(events, [cp])).ok).toBe(true);
    expect((await verify(events, [{ ...cp, ts: '2026-01-02T03:04:05.679Z' }])).firstFailure?.reason).toBe('checkpoint 1 (size 10): record time does not match its signed body');
  });

  it('a body without a timestamp extension is accepted whatever the record time says', async () => {
    const cp = checkpointOf(S, events, 10, { extensions: [] });
    expect((await verify(events, [{ ...cp, ts: 'whenever' }])).ok).toBe(true);
  });

  it('sizes that go down or repeat', async () => {
    const down = await verify(events, [checkpointOf(S, events, 20), checkpointOf(S, events, 10)]);
    expect(down.firstFailure).toMatchObject({ seq: 9, reason: 'checkpoint 2 (size 10): size went down from 20' });
    const repeat = await verify(events, [checkpointOf(S, events, 10), checkpointOf(S, events, 10)]);
    expect(repeat.firstFailure).toMatchObject({ seq: 9, reason: 'checkpoint 2 (size 10): size 10 repeats the checkpoint before it (a duplicated checkpoint line)' });
  });

  it('a signed root that the events do not give: named at the checkpoint, later events not counted', async () => {
    const other = chainOf(S, 30, { tag: 'forged' });
    const result = await verify(events, [checkpointOf(S, other, 10)]);
    expect(result.firstFailure).toEqual({ stream: S, seq: 9, id: events[9]?.id, reason: 'Merkle root at size 10 differs from the signed checkpoint' });
    expect(result.events).toBe(10);
    expect(result.reports[0]?.checkpointedSize).toBe(10);
  });

  it('truncation under the largest checkpoint, whatever order they were given in', async () => {
    const result = await verify(events.slice(0, 25), [checkpointOf(S, events, 10), checkpointOf(S, events, 20), checkpointOf(S, events, 30)]);
    expect(result.firstFailure).toEqual({ stream: S, seq: 25, reason: 'truncated: a signed checkpoint covers 30 events but the stream ends after 25' });
    expect(result.reports[0]).toMatchObject({ events: 25, checkpointedSize: 25 });
  });

  it('checkpoints of a stream with no events at all', async () => {
    const result = await verifyEvents([], { checkpoints: { [S]: [checkpointOf(S, events, 10)], empty: [] }, verifierKeys: keys });
    expect(result.reports).toEqual([{ stream: S, events: 0, checkpoints: 1, checkpointedSize: 0, failure: { stream: S, seq: 0, reason: 'truncated: checkpoints exist but the stream has no events' } }]);
    expect(result).toMatchObject({ ok: false, streams: 1, events: 0, checkpoints: 1 });
  });
});

describe('verifyEvents: which finding is reported', () => {
  it('an event failure before a bad checkpoint wins; one at or after it does not', async () => {
    const badAt20 = [checkpointOf(S, events, 10), { ...checkpointOf(S, events, 20), ts: 'changed' }];
    const early = await verify([...events.slice(0, 5), ...events.slice(6)], badAt20);
    expect(early.firstFailure).toMatchObject({ seq: 5, reason: 'missing event: expected seq 5, found seq 6' });
    const late = await verify([...events.slice(0, 25), ...events.slice(26)], badAt20);
    expect(late.firstFailure).toMatchObject({ seq: 19, reason: 'checkpoint 2 (size 20): record time does not match its signed body' });
    // The same seq: the checkpoint finding, made first, stays.
    const same = await verify([...events.slice(0, 19), ...events.slice(20)], badAt20);
    expect(same.firstFailure).toMatchObject({ seq: 19, reason: 'checkpoint 2 (size 20): record time does not match its signed body' });
  });

  it('after the first break, later events of the stream are neither counted nor reported', async () => {
    const forged = [...events];
    forged[12] = chainOf(S, 1, { from: 12, prev: events[11]?.hash, tag: 'forged' })[0] as AuditEvent;
    const result = await verify(forged, []);
    expect(result.firstFailure).toEqual({ stream: S, seq: 13, id: events[13]?.id, reason: 'chain broken: prev does not match the hash of seq 12' });
    expect(result.events).toBe(13);
  });

  it('a fork: the second event at a seq is the finding, and the events after it, which chain again, are not counted', async () => {
    const fork = chainOf(S, 1, { from: 14, prev: events[13]?.hash, tag: 'fork' })[0] as AuditEvent;
    const result = await verify([...events.slice(0, 15), fork, ...events.slice(15)], []);
    expect(result.firstFailure).toEqual({ stream: S, seq: 15, id: fork.id, reason: 'duplicate, forked or reordered event: seq 14 appears again where seq 15 belongs' });
    expect(result.events).toBe(15);
  });

  it('a bare event is taken as the event even when it carries a member named `event`', async () => {
    const [first] = chainOf(S, 1);
    const { hash: _h, prev: _p, ...rest } = first as AuditEvent;
    const odd = sealEvent({ ...rest, event: 'not an item' } as unknown as UnsealedEvent, GENESIS_HASH).event;
    expect(await verifyEvents([odd])).toMatchObject({ ok: true, events: 1 });
  });

  it('a failing event without a string id is reported without one', async () => {
    const [first] = chainOf(S, 1);
    const { hash: _h, prev: _p, ...rest } = first as AuditEvent;
    const noId = sealEvent({ ...rest, id: 7 } as unknown as UnsealedEvent, GENESIS_HASH).event;
    const result = await verifyEvents([{ ...noId, seq: 1 } as AuditEvent]);
    expect(result.firstFailure).toEqual({ stream: S, seq: 0, reason: 'hash mismatch: the event was changed after it was written' });
  });

  it('streams are verified apart, interleaved or not; the figures add up and the first failing stream is named', async () => {
    const a = chainOf('a', 4);
    const b = chainOf('b', 3);
    const interleaved = [a[0], b[0], a[1], b[1], a[2], b[2], a[3]] as AuditEvent[];
    const result = await verifyEvents(interleaved, { checkpoints: { a: [checkpointOf('a', a, 2)], b: [checkpointOf('b', b, 3)] }, verifierKeys: keys });
    expect(result).toMatchObject({ ok: true, streams: 2, events: 7, checkpoints: 2 });
    expect(result.reports.map((r) => [r.stream, r.events, r.checkpointedSize])).toEqual([['a', 4, 2], ['b', 3, 3]]);
    expect(result.warnings).toEqual(['stream a: the last 2 events are not covered by a signed checkpoint yet (a writer still running, or one that crashed); truncation of those cannot be detected']);
    const broken = await verifyEvents([a[0], b[0], b[2], a[1]] as AuditEvent[]);
    expect(broken.firstFailure).toMatchObject({ stream: 'b', seq: 1, reason: 'missing event: expected seq 1, found seq 2' });
    expect(broken.reports.map((r) => r.events)).toEqual([2, 1]);
  });

  it('items that carry their stored line are checked over the line; bare events over their fields', async () => {
    const { line } = sealEvent(((e) => { const { hash: _h, prev: _p, ...rest } = e; return rest as UnsealedEvent; })(events[0] as AuditEvent), GENESIS_HASH);
    expect((await verifyEvents([{ event: events[0] as AuditEvent, line }])).ok).toBe(true);
    const spaced = await verifyEvents([{ event: events[0] as AuditEvent, line: line.replace('{"', '{ "') }]);
    expect(spaced.firstFailure?.reason).toBe('hash mismatch: the event was changed after it was written');
    // An item without a line is checked over its fields.
    expect((await verifyEvents([{ event: events[0] as AuditEvent }])).ok).toBe(true);
    expect((await verifyEvents((async function* () { yield* events.slice(0, 3); })())).events).toBe(3);
  });
});

describe('createChainVerifier', () => {
  it('from the start: state follows each event, and the root is the Merkle root of the hashes', () => {
    const verifier = createChainVerifier(S);
    expect(verifier.state()).toEqual({ size: 0, lastHash: GENESIS_HASH, root: Buffer.from(new CompactRange().root()).toString('hex') });
    for (const event of events.slice(0, 5)) expect(verifier.push(event)).toEqual({ ok: true });
    expect(verifier.state()).toEqual({ size: 5, lastHash: events[4]?.hash, root: Buffer.from(rootOf(events.slice(0, 5))).toString('hex') });
    // A refused event leaves the state as it was.
    expect(verifier.push(events[6] as AuditEvent)).toEqual({ ok: false, reason: 'missing event: expected seq 5, found seq 6' });
    expect(verifier.state().size).toBe(5);
  });

  it('resumes from a size and hash; with a frontier it keeps the root, without one it has none', () => {
    const range = new CompactRange();
    for (const event of events.slice(0, 10)) range.append(Buffer.from(event.hash, 'hex'));
    const withFrontier = createChainVerifier(S, { size: 10, lastHash: events[9]!.hash, frontier: range.toJSON() });
    const without = createChainVerifier(S, { size: 10, lastHash: events[9]!.hash });
    for (const verifier of [withFrontier, without]) {
      expect(verifier.push(events[10] as AuditEvent)).toEqual({ ok: true });
      expect(verifier.push(events[12] as AuditEvent)).toEqual({ ok: false, reason: 'missing event: expected seq 11, found seq 12' });
    }
    expect(withFrontier.state()).toEqual({ size: 11, lastHash: events[10]?.hash, root: Buffer.from(rootOf(events.slice(0, 11))).toString('hex') });
    expect(without.state()).toEqual({ size: 11, lastHash: events[10]?.hash, root: '' });
    // A wrong resume hash is a broken link at the first event.
    expect(createChainVerifier(S, { size: 10, lastHash: events[8]!.hash }).push(events[10] as AuditEvent)).toEqual({ ok: false, reason: 'chain broken: prev does not match the hash of seq 9' });
    // Resuming at size 0 is the start.
    expect(createChainVerifier(S, { size: 0, lastHash: GENESIS_HASH }).state().root).toBe(Buffer.from(new CompactRange().root()).toString('hex'));
  });
});

describe('verifyLedger: the per-stream report of a folder', () => {
  it('names its stream and gives its figures', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-verify-mut-'));
    try {
      const dir = path.join(root, 'ledger');
      const ledger = fileLedger({ dir, keyDir: path.join(root, 'keys'), signingKey: key.signerKey, checkpointEvery: 1000 });
      const auditor = createAuditor({ agent: { id: 'folder-bot' }, sink: ledger });
      for (let i = 0; i < 3; i++) auditor.record({ type: 'tool.call', tool: { name: 'lookup', arguments: { i } } });
      await auditor.close();
      const result = await verifyLedger(dir, { verifierKey: key.verifierKey });
      expect(result.ok).toBe(true);
      expect(result.reports).toEqual([{ stream: 'folder-bot', events: 3, checkpoints: 1, checkpointedSize: 3 }]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
