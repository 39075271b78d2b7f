import { describe, expect, it, vi } from 'vitest';
import { createAuditor } from './auditor.js';
import { memoryLedger, fixedClock } from '../test.js';
import { verifyEvents } from '../ledger/verify.js';
import { computeEventHash } from './seal.js';
import type { Redactor } from '../spec/redactor.js';
import { GENESIS_HASH, START_TYPES } from '../spec/event.js';

const agent = { id: 'test-agent', name: 'Test', version: '1.0.0' };

async function verified(ledger: ReturnType<typeof memoryLedger>, stream = agent.id) {
  const items = ledger.events(stream).map((event, i) => ({ event, line: ledger.lines(stream)[i] }));
  return verifyEvents(items);
}

describe('createAuditor', () => {
  it('numbers events synchronously and chains them once flushed', async () => {
    const ledger = memoryLedger();
    const auditor = createAuditor({ agent, sink: ledger, clock: fixedClock(Date.UTC(2026, 0, 1), 1) });
    const a = auditor.record({ type: 'run.start' });
    const b = auditor.record({ type: 'tool.call', tool: { name: 'lookup', arguments: { id: 7 } } });
    expect(a.seq).toBe(0);
    expect(b.seq).toBe(1);
    expect(a.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(ledger.events()).toHaveLength(0); // nothing written on the caller's path
    await auditor.flush();
    const events = ledger.events();
    expect(events.map((e) => e.type)).toEqual(['run.start', 'tool.call']);
    expect(events[0]?.prev).toBe(GENESIS_HASH);
    expect(events[1]?.prev).toBe(events[0]?.hash);
    expect(events[0]?.ts).toBe('2026-01-01T00:00:00.000Z');
    for (const e of events) expect(computeEventHash(e)).toBe(e.hash);
    expect((await verified(ledger)).ok).toBe(true);
    expect(events[1]?.tool).toEqual({ name: 'lookup', arguments: { id: 7 } });
    // A start recorded without an outcome is pending, never guessed as success (FORMAT §2.2).
    expect(events[1]).toMatchObject({ v: 1, stream: 'test-agent', agent, source: 'app', outcome: 'pending' });
  });

  it('defaults the outcome of every start type to pending and of other types to success', async () => {
    const ledger = memoryLedger();
    const auditor = createAuditor({ agent, sink: ledger });
    for (const type of START_TYPES) auditor.record({ type });
    for (const type of ['tool.result', 'run.end', 'message.user', 'x.start']) auditor.record({ type });
    auditor.record({ type: 'tool.call', outcome: 'denied' });
    await auditor.flush();
    const outcomes = ledger.events().map((e) => `${e.type}:${e.outcome}`);
    expect(outcomes).toEqual([
      'run.start:pending', 'chain.start:pending', 'step.start:pending', 'model.request:pending', 'tool.call:pending',
      'retrieval.query:pending', 'sampling.request:pending', 'elicitation.request:pending', 'approval.request:pending',
      'tool.result:success', 'run.end:success', 'message.user:success', 'x.start:success', 'tool.call:denied',
    ]);
    await auditor.close();
  });

  it('records the input as it was at the call', async () => {
    const ledger = memoryLedger();
    const auditor = createAuditor({ agent, sink: ledger });
    const args = { account: 'A-1', amount: 100, nested: { list: [1, 2] } };
    auditor.record({ type: 'tool.call', tool: { name: 'transfer', arguments: args } });
    args.amount = 1_000_000;
    args.nested.list.push(3);
    await auditor.flush();
    expect(ledger.events()[0]?.tool?.arguments).toEqual({ account: 'A-1', amount: 100, nested: { list: [1, 2] } });
  });

  it('never throws into the caller, whatever it is given', async () => {
    const onError = vi.fn();
    const ledger = memoryLedger();
    const auditor = createAuditor({ agent, sink: ledger, onError });
    const hostile = new Proxy({}, { ownKeys() { throw new Error('trap'); }, get() { throw new Error('trap'); } });
    const inputs: unknown[] = [undefined, null, 42, 'text', { type: 'Not A Type' }, { type: 'tool.call', outcome: 'maybe' }, { type: 'tool.call', tool: hostile }, { type: 'x.y', attrs: hostile }, hostile];
    // record() catches everything, so "did not throw" proves nothing: each input must have taken
    // the next seq and be stored there (an error event for unreadable input).
    const receipts = inputs.map((input) => auditor.record(input as never));
    expect(receipts.map((r) => r.seq)).toEqual(inputs.map((_, i) => i));
    await auditor.flush();
    const events = ledger.events();
    expect(events).toHaveLength(inputs.length);
    expect(events.map((e) => [e.seq, e.id])).toEqual(receipts.map((r) => [r.seq, r.id]));
    expect(events.filter((e) => e.type === 'error').length).toBeGreaterThanOrEqual(5);
    expect(onError).toHaveBeenCalled();
    expect((await verified(ledger)).ok).toBe(true);
  });

  it('keeps unknown input fields under attrs instead of losing them', async () => {
    const ledger = memoryLedger();
    const auditor = createAuditor({ agent, sink: ledger, onError: () => {} });
    auditor.record({ type: 'decision.made', decision: { action: 'approve' }, ticket: 'T-9' } as never);
    await auditor.flush();
    expect(ledger.events()[0]?.attrs).toEqual({ ticket: 'T-9' });
  });

  it('propagates context: session, actor, and child spans', async () => {
    const ledger = memoryLedger();
    const auditor = createAuditor({ agent, sink: ledger });
    await auditor.run({ session: 's-1', actor: { id: 'u-1', type: 'user' } }, async () => {
      const outer = auditor.currentContext();
      auditor.record({ type: 'run.start' });
      await auditor.run({}, async () => {
        auditor.record({ type: 'tool.call', tool: { name: 't' } });
        const inner = auditor.currentContext();
        expect(inner?.trace.traceId).toBe(outer?.trace.traceId);
        expect(inner?.trace.parentSpanId).toBe(outer?.trace.spanId);
      });
    });
    await auditor.flush();
    const [start, call] = ledger.events();
    expect(start?.session).toBe('s-1');
    expect(call?.actor).toEqual({ id: 'u-1', type: 'user' });
    expect(call?.trace.traceId).toBe(start?.trace.traceId);
    expect(call?.trace.parentSpanId).toBe(start?.trace.spanId);
  });

  it('takes an explicit span and parents it to the current one', async () => {
    const ledger = memoryLedger();
    const auditor = createAuditor({ agent, sink: ledger });
    auditor.run({ trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) } }, () => {
      auditor.record({ type: 'tool.call', tool: { name: 't' }, trace: { spanId: 'c'.repeat(16) } });
    });
    await auditor.flush();
    expect(ledger.events()[0]?.trace).toEqual({ traceId: 'a'.repeat(32), spanId: 'c'.repeat(16), parentSpanId: 'b'.repeat(16) });
  });

  it('counts overflow as a gap, tells onError, and records ledger.gap when the ledger recovers', async () => {
    const onError = vi.fn();
    const ledger = memoryLedger();
    ledger.failWith(new Error('disk full'));
    const auditor = createAuditor({ agent, sink: ledger, onError, maxQueueEvents: 10, maxBatchEvents: 5 });
    const receipts = Array.from({ length: 40 }, (_, i) => auditor.record({ type: 'tool.call', tool: { name: `t${i}` } }));
    const dropped = receipts.filter((r) => r.seq < 0).length;
    expect(dropped).toBeGreaterThan(0);
    expect(onError.mock.calls.some(([e]) => (e as { code?: string }).code === 'queue_overflow')).toBe(true);
    // The ledger is failing for real (an append was tried and reported) before it recovers.
    await vi.waitFor(() => expect(onError.mock.calls.some(([e]) => /ledger append failed/.test((e as Error).message))).toBe(true), { timeout: 30_000 });
    ledger.failWith(undefined);
    await auditor.flush();
    await auditor.close();
    const events = ledger.events();
    const gap = events.find((e) => e.type === 'ledger.gap');
    expect(gap?.attrs?.dropped).toBe(dropped);
    expect(events.filter((e) => e.type === 'tool.call')).toHaveLength(40 - dropped);
    expect(auditor.stats().dropped).toBe(dropped);
    expect((await verified(ledger)).ok).toBe(true);
  });

  it('recordDurable resolves after durability and rejects while the ledger fails', async () => {
    const ledger = memoryLedger();
    const auditor = createAuditor({ agent, sink: ledger, onError: () => {} });
    const ok = await auditor.recordDurable({ type: 'run.start' });
    expect(ledger.events().map((e) => e.id)).toContain(ok.id);
    ledger.failWith(new Error('EIO'));
    await expect(auditor.recordDurable({ type: 'run.end' })).rejects.toMatchObject({ code: 'record_failed' });
    ledger.failWith(undefined);
    await auditor.flush();
    expect(ledger.events().map((e) => e.type)).toEqual(['run.start', 'run.end']);
  });

  it('masks content when the redactor throws or hangs, and records an error event', async () => {
    const onError = vi.fn();
    const ledger = memoryLedger();
    let mode: 'throw' | 'hang' | 'ok' = 'throw';
    const redactor: Redactor = {
      redact(event) {
        if (event.source === 'agent-audit') return { event };
        if (mode === 'throw') throw new Error('detector crashed');
        if (mode === 'hang') return new Promise(() => {});
        return { event };
      },
    };
    const auditor = createAuditor({ agent, sink: ledger, redactor, onError, redactionTimeoutMs: 50 });
    auditor.record({ type: 'message.user', content: { input: 'my SSN is 123-45-6789' }, session: 'jane@example.com' });
    await auditor.flush();
    mode = 'hang';
    auditor.record({ type: 'tool.call', tool: { name: 'x', arguments: { email: 'jane@example.com' } } });
    await auditor.flush();
    await auditor.close();
    const text = JSON.stringify(ledger.events());
    expect(text).not.toContain('123-45-6789');
    expect(text).not.toContain('jane@example.com');
    expect(text).toContain('[REDACTION_FAILED]');
    expect(ledger.events().filter((e) => e.type === 'error' && e.attrs?.reason === 'redaction_failed')).toHaveLength(2);
    expect(onError.mock.calls.filter(([e]) => (e as { code?: string }).code === 'redaction_failed')).toHaveLength(2);
    expect((await verified(ledger)).ok).toBe(true);
  });

  it('reports records after close instead of losing them silently', async () => {
    const onError = vi.fn();
    const auditor = createAuditor({ agent, sink: memoryLedger(), onError });
    await auditor.close();
    expect(auditor.record({ type: 'run.end' }).seq).toBe(-1);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'record_failed' }));
  });

  it('rejects bad options clearly', () => {
    expect(() => createAuditor({ agent: {} as never, sink: memoryLedger() })).toThrow(/agent must be/);
    expect(() => createAuditor({ agent, sink: memoryLedger(), stream: '../etc' })).toThrow(/stream name/);
  });

  it('applies the default key-name redaction before hashing', async () => {
    const ledger = memoryLedger();
    const auditor = createAuditor({ agent, sink: ledger });
    auditor.record({ type: 'tool.call', tool: { name: 'login', arguments: { user: 'bob', password: 'hunter2', headers: { Authorization: 'Bearer abc.def' } } } });
    await auditor.flush();
    const line = ledger.lines(agent.id)[0] ?? '';
    expect(line).not.toContain('hunter2');
    expect(line).not.toContain('abc.def');
    expect(ledger.events()[0]?.data?.classes).toContain('secret');
  });
});
