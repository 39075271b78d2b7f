import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '@agent-audit/core';
import { mergeByTime, traceTree } from './query-sources.js';

function event(stream: string, seq: number, ts: string, spanId: string, parentSpanId?: string, type = 'tool.call'): AuditEvent {
  return { stream, seq, ts, type, trace: { traceId: 'a'.repeat(32), spanId, ...(parentSpanId ? { parentSpanId } : {}) } } as unknown as AuditEvent;
}

async function* from(events: AuditEvent[]): AsyncGenerator<AuditEvent> {
  for (const e of events) yield e;
}

describe('query over several ledgers', () => {
  it('merges time-ordered sources into one time order (ties by stream, then seq)', async () => {
    const a = [event('agent', 0, '2026-01-01T00:00:01.000Z', 's1'), event('agent', 1, '2026-01-01T00:00:03.000Z', 's1')];
    const b = [event('proxy', 0, '2026-01-01T00:00:02.000Z', 's2'), event('proxy', 1, '2026-01-01T00:00:03.000Z', 's2'), event('proxy', 2, '2026-01-01T00:00:04.000Z', 's2')];
    const out: string[] = [];
    for await (const e of mergeByTime([from(a), from([]), from(b)])) out.push(`${e.stream}#${e.seq}`);
    expect(out).toEqual(['agent#0', 'proxy#0', 'agent#1', 'proxy#1', 'proxy#2']);
  });

  it('prints a trace as a span tree: a span, then its children, whichever ledger holds them', () => {
    const events = [
      event('agent', 0, '2026-01-01T00:00:00.000Z', 'root', 'outside', 'chain.start'),
      event('agent', 1, '2026-01-01T00:00:01.000Z', 'tool', 'root', 'tool.call'),
      event('proxy', 0, '2026-01-01T00:00:02.000Z', 'px', 'tool', 'tool.call'),
      event('proxy', 1, '2026-01-01T00:00:03.000Z', 'px', 'tool', 'tool.result'),
      event('agent', 2, '2026-01-01T00:00:04.000Z', 'tool', 'root', 'tool.result'),
      event('agent', 3, '2026-01-01T00:00:05.000Z', 'root', 'outside', 'chain.end'),
      event('agent', 4, '2026-01-01T00:00:01.500Z', 'late', 'root', 'model.request'),
    ];
    expect(traceTree(events).map(({ event: e, depth }) => `${depth}:${e.stream}#${e.seq}`)).toEqual([
      '0:agent#0', '0:agent#3', '1:agent#1', '1:agent#2', '2:proxy#0', '2:proxy#1', '1:agent#4',
    ]);
  });

  it('still shows spans whose parents form a cycle (a damaged ledger)', () => {
    const rows = traceTree([event('x', 0, '2026-01-01T00:00:00.000Z', 'a', 'b'), event('x', 1, '2026-01-01T00:00:01.000Z', 'b', 'a')]);
    expect(rows).toHaveLength(2);
  });
});
