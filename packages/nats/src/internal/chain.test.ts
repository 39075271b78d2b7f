// The collector's chain verifier without NATS or PostgreSQL (issue 13, docs/TESTING.md): each
// test pins the breaks recorded (stream, seq, reason) and the chain state left behind, against
// an in-memory stand-in for the two reads of the store's transaction.
import { describe, expect, it } from 'vitest';
import { canonicalize, formatCheckpoint, generateSignerKey, MAX_LINE_NESTING, parseCheckpoint, sealEvent, signNote, type AuditEvent, type UnsealedEvent } from '@agent-audit/core';
import type { ChainStateRow, StoredLine } from '@agent-audit/postgres';
import { checkpointSignatureProblem, hashOfLine, keysSorted, lineAndHash, parseMessage, payloadNestingProblem, streamChainVerifier, type ChainReads, type Checked } from './chain.js';
import { CHECKPOINT_TOKEN } from './common.js';

const GENESIS = '0'.repeat(64);
const S = 'claims-bot';

function sealed(seq: number, prev: string, tag = 'e', stream = S): { event: AuditEvent; line: string } {
  const id = `01J${stream.slice(0, 1).toUpperCase()}${tag.slice(0, 1).toUpperCase()}${String(seq).padStart(21, '0')}`;
  const unsealed = { v: 1, id, ts: '2026-01-02T03:04:05.678Z', stream, seq, type: 'tool.call', trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) }, outcome: 'success', source: 'sdk', agent: { id: stream }, tool: { name: 'lookup', arguments: { seq, tag } } } as unknown as UnsealedEvent;
  return sealEvent(unsealed, prev);
}

function chainOf(count: number, stream = S): Array<{ event: AuditEvent; line: string }> {
  const out: Array<{ event: AuditEvent; line: string }> = [];
  let prev = GENESIS;
  for (let seq = 0; seq < count; seq++) {
    const one = sealed(seq, prev, 'e', stream);
    out.push(one);
    prev = one.event.hash;
  }
  return out;
}

const ok = (e: { event: AuditEvent }): Checked => ({ event: e.event, hashOk: true });
const fresh = (stream = S): ChainStateRow => ({ stream, nextSeq: 0, lastHash: GENESIS, breaks: 0, maxSeen: -1 });

/** The store: stored rows (several per seq for a fork), and the queries the verifier made. */
function store(rows: Array<{ event: AuditEvent; line: string }>) {
  const queries: Array<{ stream: string; fromSeq: number }[]> = [];
  const tx: ChainReads = {
    async storedHashes(stream, seqs) {
      const map = new Map<number, string[]>();
      for (const { event } of rows) if (event.stream === stream && seqs.includes(event.seq)) map.set(event.seq, [...(map.get(event.seq) ?? []), event.hash]);
      return map;
    },
    async linesFrom(from, limit) {
      queries.push(from.map((f) => ({ ...f })));
      const out = new Map<string, StoredLine[]>();
      for (const { stream, fromSeq } of from) {
        const list = rows.filter((r) => r.event.stream === stream && r.event.seq >= fromSeq).sort((a, b) => a.event.seq - b.event.seq || (a.event.id < b.event.id ? -1 : 1)).slice(0, limit);
        if (list.length > 0) out.set(stream, list.map(({ event, line }) => ({ seq: event.seq, id: event.id, hash: event.hash, prev: event.prev, line })));
      }
      return out;
    },
  };
  return { tx, queries };
}

function verifier() {
  const breaks: Array<{ stream: string; seq: number; id: string; reason: string }> = [];
  return { breaks, v: streamChainVerifier(async (attrs) => void breaks.push(attrs)) };
}

describe('hashOfLine, keysSorted, lineAndHash', () => {
  const [{ event, line }] = chainOf(1) as [{ event: AuditEvent; line: string }];
  // What natsSink publishes: the event's RFC 8785 JSON, `hash` in its sorted place.
  const payload = canonicalize(event);

  it('hashOfLine: the hash over the line without its top-level hash member; undefined when there is none', () => {
    expect(hashOfLine(line, event.hash)).toBe(event.hash);
    expect(hashOfLine(payload, event.hash)).toBe(event.hash);
    expect(hashOfLine(line.replace('"lookup"', '"delete"'), event.hash)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashOfLine(line.replace('"lookup"', '"delete"'), event.hash)).not.toBe(event.hash);
    expect(hashOfLine(line, 'f'.repeat(64))).toBeUndefined();
    expect(hashOfLine(line, undefined)).toBeUndefined();
    expect(hashOfLine(line, 42)).toBeUndefined();
  });

  it('keysSorted: every object at every depth, arrays included', () => {
    expect(keysSorted({ a: 1, b: { c: [1, { d: 1, e: 2 }], f: null } })).toBe(true);
    expect(keysSorted({ b: 1, a: 1 })).toBe(false);
    expect(keysSorted({ a: { y: 1, x: 1 } })).toBe(false);
    expect(keysSorted({ a: [{ y: 1, x: 1 }] })).toBe(false);
    expect(keysSorted([{ a: 1 }, [{ y: 1, x: 1 }]])).toBe(false);
    expect(keysSorted([1, 'two', null])).toBe(true);
    // UTF-16 code unit order, as RFC 8785: "B" (0x42) before "a" (0x61).
    expect(keysSorted({ B: 1, a: 1 })).toBe(true);
    expect(keysSorted({ a: 1, B: 1 })).toBe(false);
  });

  it('lineAndHash: a canonical payload is kept byte for byte and its hash checked over those bytes', () => {
    expect(lineAndHash(payload, JSON.parse(payload) as AuditEvent)).toEqual({ line: payload, hashOk: true });
    const changed = payload.replace('"lookup"', '"delete"');
    expect(lineAndHash(changed, JSON.parse(changed) as AuditEvent)).toEqual({ line: changed, hashOk: false });
  });

  it('lineAndHash: a non-canonical payload (whitespace, key order) is stored canonicalized and judged by its fields', () => {
    const spaced = JSON.stringify(JSON.parse(payload), null, 1);
    expect(lineAndHash(spaced, JSON.parse(spaced) as AuditEvent)).toEqual({ line: payload, hashOk: true });
    // The stored line of the file ledger (hash first) is not canonical either.
    expect(lineAndHash(line, JSON.parse(line) as AuditEvent)).toEqual({ line: payload, hashOk: true });
    const { v, ...rest } = JSON.parse(payload) as Record<string, unknown>;
    const reordered = JSON.stringify({ ...rest, v });
    const parsed = JSON.parse(reordered) as AuditEvent;
    expect(JSON.stringify(parsed)).toBe(reordered);
    expect(lineAndHash(reordered, parsed)).toEqual({ line: canonicalize(parsed), hashOk: true });
    expect(canonicalize(parsed)).toBe(payload);
    const forged = { ...parsed, tool: { name: 'delete' } } as AuditEvent;
    expect(lineAndHash(JSON.stringify(forged, null, 1), forged).hashOk).toBe(false);
  });
});

describe('parseMessage', () => {
  const prefix = 'audit.events';
  const enc = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
  const cp = { stream: S, size: 10, root: 'a'.repeat(64), ts: '2026-01-02T03:04:05.678Z', note: 'signed note\n' };
  const asCheckpoint = (value: unknown) => parseMessage({ subject: `${prefix}.${CHECKPOINT_TOKEN}`, data: enc(value) }, prefix);

  it('a checkpoint message: exactly its five fields, each checked', () => {
    expect(asCheckpoint({ ...cp, extra: 1 })).toEqual({ checkpoint: cp });
    expect(asCheckpoint({ ...cp, size: 1 })).toEqual({ checkpoint: { ...cp, size: 1 } });
    const problem = { problem: 'checkpoint message is not {stream, size, root, ts, note}' };
    for (const bad of [{ stream: 7 }, { size: 0 }, { size: -1 }, { size: 1.5 }, { size: '10' }, { size: undefined }, { root: 'A'.repeat(64) }, { root: 'a'.repeat(63) }, { root: 5 }, { root: ['a'.repeat(64)] }, { ts: 5 }, { note: undefined }]) {
      expect(asCheckpoint({ ...cp, ...bad }), JSON.stringify(bad)).toEqual(problem);
    }
    expect(asCheckpoint('{not json')).toEqual({ problem: 'checkpoint message is not JSON' });
    expect(asCheckpoint('null')).toEqual({ problem: 'checkpoint message is not JSON' });
  });

  it('a checkpoint is only taken from the checkpoint subject of this prefix', () => {
    expect(parseMessage({ subject: `other.${CHECKPOINT_TOKEN}`, data: enc(cp) }, prefix).checkpoint).toBeUndefined();
  });

  it('an event message: not JSON, not an object, not an event, or an event with its line and hash check', () => {
    const at = (data: string, subject = `${prefix}.${S}`) => parseMessage({ subject, data: enc(data) }, prefix);
    expect(at('{"v":')).toEqual({ problem: 'payload is not JSON' });
    for (const text of ['null', '[1]', '5', '"text"']) expect(at(text)).toEqual({ problem: 'payload is not a JSON object' });
    expect(at('{"v":1}').problem).toMatch(/^payload is not a valid agent-audit event \([a-z]+: .+\)$/);
    const [{ event, line }] = chainOf(1) as [{ event: AuditEvent; line: string }];
    const payload = canonicalize(event);
    expect(at(payload)).toEqual({ event, line: payload, hashOk: true });
    const changed = payload.replace('"lookup"', '"delete"');
    expect(at(changed)).toEqual({ event: JSON.parse(changed), line: changed, hashOk: false });
    // Only from its own stream's subject (the NATS permissions per subject decide who writes a stream).
    expect(at(payload, `${prefix}.other-bot`)).toEqual({ problem: `subject ${prefix}.other-bot is not the subject of the event's stream ${S}` });
    const dotted = chainOf(1, 'claims.bot')[0]!.event;
    expect(at(canonicalize(dotted), `${prefix}.claims~2ebot`)).toMatchObject({ hashOk: true });
    expect(at(canonicalize(dotted), `${prefix}.claims.bot`).problem).toMatch(/^subject .* is not the subject of the event's stream claims\.bot$/);
    expect(at(JSON.stringify({ ...event, trace: 'x' })).problem).toMatch(/^payload is not a valid agent-audit event \(trace: /);
    // A nested field is named by its path.
    expect(at(JSON.stringify({ ...event, trace: { traceId: 'x', spanId: 'b'.repeat(16) } })).problem).toMatch(/^payload is not a valid agent-audit event \(trace\.traceId: /);
  });

  it('a payload nested deeper than any event the writer writes is refused for its depth, before it is parsed or checked', () => {
    const at = (data: string, subject = `${prefix}.${S}`) => parseMessage({ subject, data: enc(data) }, prefix);
    const [{ event }] = chainOf(1) as [{ event: AuditEvent }];
    // attrs: {x: <depth levels of arrays>}: the event object, attrs and x's object add 2 levels.
    const nested = (depth: number) => JSON.stringify({ ...event, attrs: { x: 0 } }).replace('{"x":0}', `{"x":${'['.repeat(depth)}${']'.repeat(depth)}}`);
    const refused = `payload nested deeper than ${MAX_LINE_NESTING} levels: deeper than any event the writer writes (docs/FORMAT.md §8)`;
    // 5,000 levels: a RangeError of the schema check on a main thread before, checked and stored in a worker thread.
    for (const depth of [5000, 100_000, MAX_LINE_NESTING - 1]) expect(at(nested(depth)), String(depth)).toEqual({ problem: refused });
    // At the limit: read on (here: a valid event whose hash no longer matches).
    expect(at(nested(MAX_LINE_NESTING - 2))).toMatchObject({ hashOk: false });
    // JSON whitespace before the object does not hide it; a checkpoint message is read the same way.
    expect(at(` \n\t\r${nested(5000)}`)).toEqual({ problem: refused });
    expect(parseMessage({ subject: `${prefix}.${CHECKPOINT_TOKEN}`, data: enc(`{"stream":${'['.repeat(200)}${']'.repeat(200)}}`) }, prefix)).toEqual({ problem: refused });
    // Brackets inside strings are no nesting.
    expect(payloadNestingProblem(enc(JSON.stringify({ ...event, attrs: { x: '['.repeat(5000) } })))).toBeUndefined();
    // A payload that is no object is left to the parse.
    expect(payloadNestingProblem(enc('['.repeat(5000)))).toBeUndefined();
    expect(at('['.repeat(5000) + ']'.repeat(5000))).toEqual({ problem: 'payload is not a JSON object' });
  });
});

describe('streamChainVerifier', () => {
  const events = chainOf(12);

  it('an unbroken batch, in any delivery order: no break, the state at its end', async () => {
    const { breaks, v } = verifier();
    const chain = fresh();
    const items = [5, 0, 3, 1, 2, 4].map((i) => ok(events[i]!));
    await v.verifyStream(store([]).tx, S, items, new Set(items.map((i) => i.event.id)), chain);
    expect(breaks).toEqual([]);
    expect(chain).toEqual({ stream: S, nextSeq: 6, lastHash: events[5]!.event.hash, breaks: 0, maxSeen: 5 });
  });

  it('a changed event: one hash break at its seq, and verification goes on from it', async () => {
    const { breaks, v } = verifier();
    const chain = fresh();
    const items = events.slice(0, 6).map((e, i) => ({ event: e.event, hashOk: i !== 3 }));
    await v.verifyStream(store([]).tx, S, items, new Set(), chain);
    expect(breaks).toEqual([{ stream: S, seq: 3, id: events[3]!.event.id, reason: 'hash mismatch: the event was changed after it was written' }]);
    expect(chain).toMatchObject({ nextSeq: 6, breaks: 1, lastHash: events[5]!.event.hash });
  });

  it('an event re-sealed with a valid hash: the link of the next one breaks, once', async () => {
    const { breaks, v } = verifier();
    const chain = fresh();
    const forged = sealed(3, events[2]!.event.hash, 'forged');
    const items = [events[0], events[1], events[2], forged, events[4], events[5]].map((e) => ok(e!));
    await v.verifyStream(store([]).tx, S, items, new Set(), chain);
    expect(breaks).toEqual([{ stream: S, seq: 4, id: events[4]!.event.id, reason: 'chain broken: prev does not match the hash of seq 3' }]);
    expect(chain).toMatchObject({ nextSeq: 6, breaks: 1 });
  });

  it('a wrong first link from the stored state is a break at the first event', async () => {
    const { breaks, v } = verifier();
    const chain = { ...fresh(), nextSeq: 3, lastHash: events[1]!.event.hash, maxSeen: 2 };
    await v.verifyStream(store([]).tx, S, [ok(events[3]!)], new Set(), chain);
    expect(breaks).toEqual([{ stream: S, seq: 3, id: events[3]!.event.id, reason: 'chain broken: prev does not match the hash of seq 2' }]);
  });

  it('a gap holds the stream at the missing seq; the events after it are seen, not verified', async () => {
    const { breaks, v } = verifier();
    const chain = fresh();
    await v.verifyStream(store([]).tx, S, [0, 1, 2, 4, 5].map((i) => ok(events[i]!)), new Set(), chain);
    expect(breaks).toEqual([]);
    expect(chain).toEqual({ stream: S, nextSeq: 3, lastHash: events[2]!.event.hash, breaks: 0, maxSeen: 5 });
  });

  it('the same event twice in a batch is a redelivery; a different one at the seq just verified is a fork', async () => {
    const { breaks, v } = verifier();
    const chain = fresh();
    const fork = sealed(2, events[1]!.event.hash, 'fork');
    await v.verifyStream(store([]).tx, S, [events[0], events[1], events[1], events[2], fork, events[3]].map((e) => ok(e!)), new Set(), chain);
    expect(breaks).toEqual([{ stream: S, seq: 2, id: fork.event.id, reason: 'fork: a different event with seq 2 was already verified' }]);
    expect(chain).toMatchObject({ nextSeq: 4, breaks: 1, lastHash: events[3]!.event.hash });
  });

  it('events at seqs already verified: a redelivery is fine; one newly stored, or one whose stored twin differs, is a fork', async () => {
    const verified = () => ({ ...fresh(), nextSeq: 6, lastHash: events[5]!.event.hash, maxSeen: 5 });
    const rows = events.slice(0, 6);
    // Redelivered: stored already, same hash, not inserted by this batch.
    {
      const { breaks, v } = verifier();
      const chain = verified();
      await v.verifyStream(store(rows).tx, S, [ok(events[2]!), ok(events[6]!)], new Set([events[6]!.event.id]), chain);
      expect(breaks).toEqual([]);
      expect(chain).toMatchObject({ nextSeq: 7, breaks: 0 });
    }
    // A second event at seq 2 that this batch stored (a new id): a fork, named by its seq.
    {
      const { breaks, v } = verifier();
      const chain = verified();
      const fork = sealed(2, events[1]!.event.hash, 'fork');
      await v.verifyStream(store([...rows, fork]).tx, S, [ok(fork)], new Set([fork.event.id]), chain);
      expect(breaks).toEqual([{ stream: S, seq: 2, id: fork.event.id, reason: 'fork: a different event with seq 2 was already verified' }]);
      expect(chain).toMatchObject({ nextSeq: 6, breaks: 1, maxSeen: 5 });
    }
    // A fork at the seq verified last (nextSeq - 1) is reported once, not again by the chain walk.
    {
      const { breaks, v } = verifier();
      const chain = verified();
      const fork = sealed(5, events[4]!.event.hash, 'fork');
      await v.verifyStream(store([...rows, fork]).tx, S, [ok(fork), ok(events[6]!)], new Set([fork.event.id, events[6]!.event.id]), chain);
      expect(breaks).toEqual([{ stream: S, seq: 5, id: fork.event.id, reason: 'fork: a different event with seq 5 was already verified' }]);
      expect(chain).toMatchObject({ nextSeq: 7, breaks: 1, lastHash: events[6]!.event.hash });
    }
    // An earlier seq with no stored row and not inserted now: nothing to compare, no fork.
    {
      const { breaks, v } = verifier();
      const chain = verified();
      await v.verifyStream(store([]).tx, S, [ok(events[2]!)], new Set(), chain);
      expect(breaks).toEqual([]);
    }
    // Not inserted now (its id was stored before) but another hash is stored at that seq.
    {
      const { breaks, v } = verifier();
      const chain = verified();
      const fork = sealed(2, events[1]!.event.hash, 'fork');
      await v.verifyStream(store([...rows, fork]).tx, S, [ok(events[2]!)], new Set(), chain);
      expect(breaks).toEqual([{ stream: S, seq: 2, id: events[2]!.event.id, reason: 'fork: a different event with seq 2 was already verified' }]);
    }
  });

  it('catchUp: events stored after a gap are verified from the store once it fills, over its lines', async () => {
    const { breaks, v } = verifier();
    const chain = fresh();
    const { tx, queries } = store(events);
    await v.verifyStream(tx, S, [0, 1, 2, 4, 5, 6].map((i) => ok(events[i]!)), new Set(), chain);
    expect(chain.nextSeq).toBe(3);
    await v.catchUp(tx, [chain]);
    expect(queries).toEqual([[{ stream: S, fromSeq: 3 }]]);
    // Everything stored is verified, up to the last stored seq (11), past maxSeen (6).
    expect(chain).toMatchObject({ nextSeq: 12, lastHash: events[11]!.event.hash, breaks: 0 });
    expect(breaks).toEqual([]);
  });

  it('catchUp: still a gap in the store, nothing moves and it stops', async () => {
    const { breaks, v } = verifier();
    const chain = { ...fresh(), nextSeq: 3, lastHash: events[2]!.event.hash, maxSeen: 6 };
    const { tx, queries } = store(events.filter((e) => e.event.seq !== 3));
    await v.catchUp(tx, [chain]);
    expect(queries).toEqual([[{ stream: S, fromSeq: 3 }]]);
    expect(chain).toMatchObject({ nextSeq: 3, maxSeen: 6 });
    expect(breaks).toEqual([]);
    // A stream with nothing after it is not asked about.
    const done = { ...fresh(), nextSeq: 7, maxSeen: 6 };
    const none = store(events);
    await v.catchUp(none.tx, [done]);
    expect(none.queries).toEqual([]);
  });

  it('catchUp: the next event already stored (seen up to exactly nextSeq), and a stream with no stored rows at all', async () => {
    const { breaks, v } = verifier();
    const chain = { ...fresh(), nextSeq: 3, lastHash: events[2]!.event.hash, maxSeen: 3 };
    await v.catchUp(store(events.slice(0, 4)).tx, [chain]);
    expect(chain).toMatchObject({ nextSeq: 4, lastHash: events[3]!.event.hash });
    const empty = { ...fresh(), nextSeq: 3, lastHash: events[2]!.event.hash, maxSeen: 5 };
    const { tx, queries } = store([]);
    await v.catchUp(tx, [empty]);
    expect(queries).toHaveLength(1);
    expect(empty).toMatchObject({ nextSeq: 3, maxSeen: 5 });
    expect(breaks).toEqual([]);
  });

  it('catchUp: a round that ends exactly at maxSeen asks once more', async () => {
    const long = chainOf(1001, 'edge');
    const { v } = verifier();
    const chain = { ...fresh('edge'), maxSeen: 1000 };
    const { tx, queries } = store(long);
    await v.catchUp(tx, [chain]);
    expect(queries.map((q) => q[0]?.fromSeq)).toEqual([0, 1000]);
    expect(chain.nextSeq).toBe(1001);
  });

  it('catchUp: a stored line that was changed is a hash break (the line is the evidence, not the columns)', async () => {
    const { breaks, v } = verifier();
    const chain = { ...fresh(), nextSeq: 3, lastHash: events[2]!.event.hash, maxSeen: 5 };
    const rows = events.slice(0, 6).map((e) => (e.event.seq === 4 ? { event: e.event, line: e.line.replace('"lookup"', '"delete"') } : e));
    await v.catchUp(store(rows).tx, [chain]);
    expect(breaks).toEqual([{ stream: S, seq: 4, id: events[4]!.event.id, reason: 'hash mismatch: the event was changed after it was written' }]);
    expect(chain).toMatchObject({ nextSeq: 6, breaks: 1 });
  });

  it('catchUp: lines past the next gap are not parsed (a line there that is not JSON does not stop the batch)', async () => {
    const { breaks, v } = verifier();
    const chain = { ...fresh(), nextSeq: 3, lastHash: events[2]!.event.hash, maxSeen: 8 };
    // Stored: 3, 4, then a gap at 5, then 6..8 with 7's line unreadable.
    const rows = events.slice(0, 9).filter((e) => e.event.seq !== 5).map((e) => (e.event.seq === 7 ? { event: e.event, line: 'not json' } : e));
    await v.catchUp(store(rows).tx, [chain]);
    expect(chain).toMatchObject({ nextSeq: 5, lastHash: events[4]!.event.hash, breaks: 0, maxSeen: 8 });
    expect(breaks).toEqual([]);
    // The stream's first stored line is past a gap: nothing of it is parsed either.
    const waiting = { ...fresh(), nextSeq: 5, lastHash: events[4]!.event.hash, maxSeen: 8 };
    await v.catchUp(store(rows.filter((e) => e.event.seq > 5)).tx, [waiting]);
    expect(waiting).toMatchObject({ nextSeq: 5, breaks: 0 });
  });

  it('catchUp: a stored line this batch parsed is taken with its check; any other line is parsed and hashed', async () => {
    const { breaks, v } = verifier();
    const chain = { ...fresh(), nextSeq: 3, lastHash: events[2]!.event.hash, maxSeen: 5 };
    // The batch's own result for seq 4 (as the collector passes it) is what counts for that line...
    const known = new Map([[events[4]!.event.id, { event: events[4]!.event, hashOk: false, line: events[4]!.line }]]);
    await v.catchUp(store(events.slice(0, 6)).tx, [chain], known);
    expect(breaks).toEqual([{ stream: S, seq: 4, id: events[4]!.event.id, reason: 'hash mismatch: the event was changed after it was written' }]);
    // ...and only for that very line: a stored line that differs is parsed and judged on its own.
    const again = verifier();
    const other = { ...fresh(), nextSeq: 3, lastHash: events[2]!.event.hash, maxSeen: 5 };
    const changed = events.slice(0, 6).map((e) => (e.event.seq === 4 ? { event: e.event, line: e.line.replace('"lookup"', '"delete"') } : e));
    const mine = new Map([[events[4]!.event.id, { event: events[4]!.event, hashOk: true, line: events[4]!.line }]]);
    await again.v.catchUp(store(changed).tx, [other], mine);
    expect(again.breaks).toEqual([{ stream: S, seq: 4, id: events[4]!.event.id, reason: 'hash mismatch: the event was changed after it was written' }]);
    expect(other).toMatchObject({ nextSeq: 6, breaks: 1 });
  });

  it('catchUp: rounds of 1000 lines until the stream is through, several streams per query', async () => {
    const long = chainOf(2500, 'long');
    const short = chainOf(4, 'short');
    const { breaks, v } = verifier();
    const a = { ...fresh('long'), maxSeen: 2499 };
    const b = { ...fresh('short'), maxSeen: 3 };
    const { tx, queries } = store([...long, ...short]);
    await v.catchUp(tx, [a, b]);
    expect(queries).toEqual([
      [{ stream: 'long', fromSeq: 0 }, { stream: 'short', fromSeq: 0 }],
      [{ stream: 'long', fromSeq: 1000 }],
      [{ stream: 'long', fromSeq: 2000 }],
    ]);
    expect(a).toMatchObject({ nextSeq: 2500, lastHash: long[2499]!.event.hash, breaks: 0 });
    expect(b).toMatchObject({ nextSeq: 4, lastHash: short[3]!.event.hash, breaks: 0 });
    expect(breaks).toEqual([]);
  });
});

// What the collector asks of a checkpoint under pinned keys before it may take its (stream, size)
// slot (createCollector's verifierKeys): each refusal with its whole reason, each accepted form.
describe('checkpointSignatureProblem', () => {
  const key = generateSignerKey('chain.test/audit');
  const other = generateSignerKey('chain.test/audit');
  const root = 'ab'.repeat(32);
  const ts = '2026-01-02T03:04:05.678Z';
  const noteOf = (options: { origin?: string; size?: number; root?: string; extensions?: string[]; signer?: string } = {}) =>
    signNote(formatCheckpoint({ origin: options.origin ?? `agent-audit/L1/${S}`, size: options.size ?? 10, root: Buffer.from(options.root ?? root, 'hex'), extensions: options.extensions ?? [`timestamp ${ts}`] }), options.signer ?? key.signerKey);
  const row = (note: string, more: Partial<{ stream: string; size: number; root: string; ts: string }> = {}) => ({ stream: S, size: 10, root, ts, note, ...more });
  const problem = (note: string, more: Partial<{ stream: string; size: number; root: string; ts: string }> = {}) => checkpointSignatureProblem(row(note, more), [key.verifierKey]);

  it('a checkpoint signed by a pinned key for this stream, its size, root and ts the signed ones: no problem', () => {
    expect(problem(noteOf())).toBeUndefined();
    // Another pinned key beside it, and another extension before the timestamp.
    expect(checkpointSignatureProblem(row(noteOf({ extensions: ['witness w1', `timestamp ${ts}`] })), [other.verifierKey, key.verifierKey])).toBeUndefined();
    // No timestamp extension: the row's ts is not compared.
    expect(problem(noteOf({ extensions: [] }), { ts: '2020-01-01T00:00:00.000Z' })).toBeUndefined();
    expect(problem(noteOf({ extensions: ['witness w1'] }))).toBeUndefined();
  });

  it('unsigned, or signed by a key not pinned: the reason openNote gives', () => {
    expect(problem('forged')).toBe('its note is not signed by a pinned verifier key (malformed note: no empty line before the signatures)');
    expect(problem(noteOf({ signer: other.signerKey }))).toBe('its note is not signed by a pinned verifier key (no signature by a given verifier key)');
  });

  it('a signed body that is not a checkpoint', () => {
    const reason = (() => {
      try {
        parseCheckpoint('not a checkpoint\n');
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(reason).not.toBe('');
    expect(problem(signNote('not a checkpoint\n', key.signerKey))).toBe(`its signed body is not a checkpoint (${reason})`);
  });

  it('an origin that does not name the row\'s stream', () => {
    expect(problem(noteOf({ origin: 'agent-audit/L1/other-bot' }))).toBe(`its signed origin "agent-audit/L1/other-bot" is not an origin of stream ${S} (agent-audit/<ledger id>/${S})`);
  });

  it('a size, root or ts that is not the signed one', () => {
    expect(problem(noteOf(), { size: 11 })).toBe('its size or root is not what its signed note says');
    expect(problem(noteOf(), { root: 'cd'.repeat(32) })).toBe('its size or root is not what its signed note says');
    expect(problem(noteOf(), { ts: '2026-01-02T03:04:05.679Z' })).toBe('its ts is not the time its signed note says');
    // The timestamp extension is found among others.
    expect(problem(noteOf({ extensions: ['witness w1', 'timestamp 2020-01-01T00:00:00.000Z'] }))).toBe('its ts is not the time its signed note says');
  });
});
