// What the pipeline does to a redacted event before sealing (issue 13, from surviving mutants):
// the redactor's classification is merged into the event's own (sorted unions, the higher
// sensitivity, the longer retention, no `compliance` block out of nothing), and an event whose
// redaction failed keeps no string and no key its content could hide PII in (docs/FORMAT.md,
// `redaction.failed`). Exact outputs: these bytes are hashed into the chain.
import { describe, expect, it } from 'vitest';
import type { Sensitivity, UnsealedEvent } from '../spec/event.js';
import { failedRedaction, maskEvent, mergeClassification } from './classify.js';

const M = '[REDACTION_FAILED]';
const base = { v: 1, id: 'e1', type: 'tool.call', stream: 's', seq: 0 } as unknown as UnsealedEvent;
const ev = (extra: Record<string, unknown>): UnsealedEvent => ({ ...base, ...extra }) as unknown as UnsealedEvent;

describe('mergeClassification', () => {
  it('data.classes is the sorted union of both (each class once)', () => {
    const out = mergeClassification(ev({ data: { classes: ['pii.email', 'a.b'], sensitivity: 'internal' } }), { classes: ['pii.email', 'card.pan'] }, undefined);
    expect(out).toStrictEqual({ ...base, data: { classes: ['a.b', 'card.pan', 'pii.email'], sensitivity: 'internal' } });
  });

  it('keeps the event\'s classes when the redactor found none, and takes the redactor\'s when the event had none', () => {
    expect(mergeClassification(ev({ data: { classes: ['z', 'y'], sensitivity: 'public' } }), undefined, undefined)).toStrictEqual({ ...base, data: { classes: ['y', 'z'], sensitivity: 'public' } });
    expect(mergeClassification(base, { classes: ['x'] }, undefined)).toStrictEqual({ ...base, data: { classes: ['x'], sensitivity: 'internal' } });
  });

  it.each<[Sensitivity | undefined, Sensitivity | undefined, Sensitivity]>([
    [undefined, undefined, 'internal'],
    [undefined, 'public', 'internal'],
    ['public', undefined, 'public'],
    ['public', 'internal', 'internal'],
    ['internal', 'confidential', 'confidential'],
    ['confidential', 'internal', 'confidential'],
    ['confidential', 'restricted', 'restricted'],
    ['restricted', 'public', 'restricted'],
    ['restricted', 'restricted', 'restricted'],
  ])('sensitivity: event %s, redactor %s -> %s (public < internal < confidential < restricted, default internal; never lowered)', (own, found, expected) => {
    const event = own ? ev({ data: { classes: [], sensitivity: own } }) : base;
    expect(mergeClassification(event, found ? { sensitivity: found } : {}, undefined).data).toStrictEqual({ classes: [], sensitivity: expected });
  });

  it('compliance.regimes is the sorted union and retentionDays the longer of the two, either way round', () => {
    expect(mergeClassification(ev({ compliance: { regimes: ['gdpr'], retentionDays: 30 } }), undefined, { regimes: ['hipaa', 'gdpr'], retentionDays: 365 }).compliance).toStrictEqual({ regimes: ['gdpr', 'hipaa'], retentionDays: 365 });
    expect(mergeClassification(ev({ compliance: { regimes: ['sox'], retentionDays: 400 } }), undefined, { regimes: ['gdpr'], retentionDays: 10 }).compliance).toStrictEqual({ regimes: ['gdpr', 'sox'], retentionDays: 400 });
  });

  it('adds no compliance block when neither side has one, and no retentionDays when neither has it', () => {
    const out = mergeClassification(base, { classes: [] }, undefined);
    expect(Object.keys(out)).toStrictEqual([...Object.keys(base), 'data']);
    expect(mergeClassification(base, undefined, {}).compliance).toBeUndefined();
    expect(mergeClassification(base, undefined, { regimes: ['gdpr'] }).compliance).toStrictEqual({ regimes: ['gdpr'] });
    expect(mergeClassification(ev({ compliance: { regimes: ['pci'] } }), undefined, undefined).compliance).toStrictEqual({ regimes: ['pci'] });
  });

  it('a retention of 0 days alone is kept (0 is a retention, not its absence)', () => {
    expect(mergeClassification(base, undefined, { retentionDays: 0 }).compliance).toStrictEqual({ regimes: [], retentionDays: 0 });
    expect(mergeClassification(ev({ compliance: { regimes: [], retentionDays: 0 } }), undefined, undefined).compliance).toStrictEqual({ regimes: [], retentionDays: 0 });
  });

  it('leaves the event it was given unchanged', () => {
    const event = ev({ data: { classes: ['b'], sensitivity: 'public' }, compliance: { regimes: ['x'] } });
    const before = structuredClone(event);
    mergeClassification(event, { classes: ['a'], sensitivity: 'restricted' }, { regimes: ['w'], retentionDays: 5 });
    expect(event).toStrictEqual(before);
  });
});

describe('maskEvent (an event whose redaction failed)', () => {
  it('replaces every string of content, attrs, tool arguments and result, model parameters and tool-call arguments, and renames their keys k0, k1, …; numbers, booleans and null stay', () => {
    const event = ev({
      session: 'sess-bob',
      content: { input: 'bob@example.com', output: { b: [1, 'x', null, true, { c: 'y' }], a: 2.5 } },
      attrs: { user: 'bob', n: 0, f: false },
      tool: { name: 'search', callId: 'c1', arguments: { q: 'bob' }, result: ['r'] },
      error: { type: 'E', message: 'bob not found', code: 5 },
      decision: { action: 'deny', reason: 'bob is blocked', policy: 'p1' },
      resource: { type: 'file', id: '/home/bob', operation: 'read' },
      model: { provider: 'p', id: 'm', parameters: { temperature: 0.5, system: 'about bob' }, toolCalls: [{ id: 't1', name: 'f', arguments: { a: 'bob' } }, { name: 'g' }] },
    });
    const before = structuredClone(event);
    expect(maskEvent(event)).toStrictEqual({
      ...base,
      session: M,
      content: { k0: M, k1: { k0: [1, M, null, true, { k0: M }], k1: 2.5 } },
      attrs: { k0: M, k1: 0, k2: false },
      tool: { name: 'search', callId: 'c1', arguments: { k0: M }, result: [M] },
      error: { type: 'E', message: M, code: 5 },
      decision: { action: 'deny', reason: M, policy: 'p1' },
      resource: { type: 'file', id: M, operation: 'read' },
      model: { provider: 'p', id: 'm', parameters: { k0: 0.5, k1: M }, toolCalls: [{ id: 't1', name: 'f', arguments: { k0: M } }, { name: 'g' }] },
    });
    expect(event).toStrictEqual(before);
  });

  it('adds no member the event did not have (an event without those blocks comes back as it was)', () => {
    expect(maskEvent(base)).toStrictEqual(base);
    const bare = ev({ tool: { name: 't' }, decision: { action: 'allow' }, model: { id: 'm' } });
    expect(maskEvent(bare)).toStrictEqual(bare);
  });

  it('masks a top-level string or array of tool arguments and result, and a null result stays null', () => {
    expect(maskEvent(ev({ tool: { name: 't', arguments: 'bob', result: null } })).tool).toStrictEqual({ name: 't', arguments: M, result: null });
    expect(maskEvent(ev({ tool: { name: 't', result: ['a', ['b', 3]] } })).tool).toStrictEqual({ name: 't', result: [M, [M, 3]] });
  });
});

describe('failedRedaction', () => {
  it('is the masked event, restricted, with class redaction.failed added to its own', () => {
    const out = failedRedaction(ev({ content: { input: 'bob' }, data: { classes: ['pii.email'], sensitivity: 'public' } }));
    expect(out).toStrictEqual({ ...base, content: { k0: M }, data: { classes: ['pii.email', 'redaction.failed'], sensitivity: 'restricted' } });
  });

  it('keeps the event\'s compliance block and adds none', () => {
    expect(failedRedaction(ev({ compliance: { regimes: ['gdpr'], retentionDays: 7 } })).compliance).toStrictEqual({ regimes: ['gdpr'], retentionDays: 7 });
    expect(Object.keys(failedRedaction(base))).toStrictEqual([...Object.keys(base), 'data']);
  });
});
