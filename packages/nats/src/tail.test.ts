import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalize, createAuditor, MAX_LINE_NESTING, type AuditEvent } from '@agent-audit/core';
import { memoryLedger } from '@agent-audit/core/test';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { hasNats, NATS_URL, uniqueSchema } from '../../../test/delivery/services.js';
import { natsSink, natsTail, subjectToken } from './index.js';

const enabled = await hasNats();
const run = uniqueSchema('aa_tail');
const target = { servers: NATS_URL, stream: `AATAIL_${run}`.toUpperCase(), subjectPrefix: `aatail.${run}` };
let nc: NatsConnection;

async function makeEvents(count: number, agent: string): Promise<AuditEvent[]> {
  const ledger = memoryLedger();
  const auditor = createAuditor({ agent: { id: agent }, stream: agent, sink: ledger });
  for (let i = 0; i < count; i++) auditor.record({ type: 'tool.call', tool: { name: 'lookup', arguments: { i } } });
  await auditor.close();
  return ledger.events(agent);
}

/** Polls until `count` events came out (the tail receives in the background). */
async function pollUntil(tail: ReturnType<typeof natsTail>, count: number, stream: string, timeoutMs = 20_000): Promise<AuditEvent[]> {
  const out: AuditEvent[] = [];
  const deadline = Date.now() + timeoutMs;
  while (out.length < count) {
    if (Date.now() > deadline) throw new Error(`timed out with ${out.length} of ${count} events`);
    out.push(...tail.poll().filter((e) => e.stream === stream));
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return out;
}

describe.skipIf(!enabled)('natsTail', () => {
  beforeAll(async () => {
    nc = await connect({ servers: NATS_URL });
  });
  afterAll(async () => {
    await (await jetstreamManager(nc)).streams.delete(target.stream).catch(() => undefined);
    await nc?.close();
  });

  it('hands on each audit stream in seq order: a seq published late is waited for, repeats and non-events are dropped, caughtUp once read', async () => {
    const events = await makeEvents(4, 'tail-bot');
    const sink = natsSink({ ...target, createStream: { replicas: 1 } });
    await sink.write(events.slice(0, 1));
    const js = jetstream(nc);
    const subject = `${target.subjectPrefix}.${subjectToken('tail-bot')}`;
    // seq 2 before seq 1 (a retried part of a batch), seq 0 again under a new message id, and a non-event.
    await js.publish(subject, canonicalize(events[2]), { msgID: 'late-2' });
    await js.publish(subject, canonicalize(events[0]), { msgID: 'repeat-0' });
    await js.publish(subject, '{"not":"an event"}', { msgID: 'junk' });
    // An event nested 5,000 deep (deeper than the schema check can recurse): skipped and reported, not the end of the tail.
    await js.publish(subject, JSON.stringify({ ...events[1], attrs: { x: 0 } }).replace('{"x":0}', `{"x":${'['.repeat(5000)}${']'.repeat(5000)}}`), { msgID: 'deep' });
    await js.publish(subject, canonicalize(events[1]), { msgID: 'late-1' });
    const errors: Error[] = [];
    const tail = natsTail({ ...target, onError: (error) => errors.push(error) });
    await tail.start();
    try {
      const first = await pollUntil(tail, 3, 'tail-bot');
      expect(first.map((e) => e.seq)).toEqual([0, 1, 2]);
      expect(tail.caughtUp).toBe(true);
      await sink.write(events.slice(3));
      const next = await pollUntil(tail, 1, 'tail-bot');
      expect(next.map((e) => e.seq)).toEqual([3]);
      expect(errors.map((e) => e.message).join('\n')).toMatch(/not an agent-audit event/);
      const deep = errors.filter((e) => e.message.endsWith(`: payload nested deeper than ${MAX_LINE_NESTING} levels: deeper than any event the writer writes (docs/FORMAT.md §8); skipped`));
      expect(deep.map((e) => [e.name, (e as { code?: string }).code, (e as { retryable?: boolean }).retryable])).toEqual([['NatsError', 'nats_malformed', false]]);
    } finally {
      await tail.close();
      await sink.close();
    }
  });

  it('after a gap that never fills, the held events are handed on once reorderMs has passed (the monitor then sees the gap)', async () => {
    const events = await makeEvents(3, 'gap-bot');
    const sink = natsSink({ ...target, createStream: { replicas: 1 } });
    await sink.write([events[0] as AuditEvent, events[2] as AuditEvent]);
    const tail = natsTail({ ...target, reorderMs: 100 });
    await tail.start();
    try {
      const out = await pollUntil(tail, 2, 'gap-bot');
      expect(out.map((e) => e.seq)).toEqual([0, 2]);
    } finally {
      await tail.close();
      await sink.close();
    }
  });
});
