// RedactorInternals.redactForSeal: the core's sealing merges the classification into the event
// itself (classify.ts mergeClassification), so the default redactor leaves it off the event it
// returns there; redact() keeps it on (the public result).
import { describe, expect, it } from 'vitest';
import { createKeyring } from './keys.js';
import { createRedactor } from './redactor.js';
import { internalsOf } from './internals.js';
import { mergeClassification } from '../auditor/classify.js';
import type { RedactionResult } from '../spec/redactor.js';
import type { UnsealedEvent } from '../spec/event.js';

const event = (): UnsealedEvent =>
  ({ v: 1, id: '01JTESTSEAL0000000000000000', ts: '2026-12-04T12:00:00.000Z', stream: 's', seq: 0, type: 'tool.call', agent: { id: 'a' }, session: 'v1', tool: { name: 'lookup', arguments: { email: 'qxaro@example.org', note: 'call +44 20 7946 0958' } } }) as unknown as UnsealedEvent;

describe('redactForSeal', () => {
  it('gives redact()’s result without the classification on the event, and merging makes the same event', () => {
    const key = createKeyring([new Uint8Array(32).fill(4)]);
    const sealing = createRedactor({ pseudonymKey: key });
    const plain = createRedactor({ pseudonymKey: key });
    const forSeal = internalsOf(sealing)?.redactForSeal?.(event(), { capture: {} }) as RedactionResult;
    const public_ = plain.redact(event(), { capture: {} }) as RedactionResult;
    expect('data' in forSeal.event).toBe(false);
    expect('compliance' in forSeal.event).toBe(false);
    expect(public_.event.data).toEqual(public_.data);
    expect(public_.event.compliance).toEqual(public_.compliance);
    expect(forSeal.data).toEqual(public_.data);
    expect(forSeal.compliance).toEqual(public_.compliance);
    expect(forSeal.data?.classes).toEqual(expect.arrayContaining(['pii.email', 'pii.phone']));
    const { data: _d, compliance: _c, ...rest } = public_.event;
    expect(forSeal.event).toEqual(rest);
    expect(mergeClassification(forSeal.event, forSeal.data, forSeal.compliance)).toEqual(mergeClassification(public_.event, public_.data, public_.compliance));
    // redact() after it attaches again (the flag is reset).
    expect((sealing.redact(event(), { capture: {} }) as RedactionResult).event.data).toEqual(forSeal.data);
  });

  it('a redactor with custom detectors gives redact()’s promise, classification on the event', async () => {
    const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(4)]), detectors: [{ name: 'x', detect: () => [] }] });
    const result = await internalsOf(redactor)?.redactForSeal?.(event(), { capture: {} });
    expect(result?.event.data).toEqual(result?.data);
  });

  it('a redactForSeal that throws leaves redact() attaching', () => {
    const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(4)]) });
    const bad = { ...event(), tool: { name: 'x', arguments: Object.defineProperty({}, 'x', { enumerable: true, get: () => { throw new Error('boom'); } }) } } as unknown as UnsealedEvent;
    expect(() => internalsOf(redactor)?.redactForSeal?.(bad, { capture: {} })).toThrow(/JSON values/);
    expect((redactor.redact(event(), { capture: {} }) as RedactionResult).event.data).toBeDefined();
  });
});

describe('mergeClassification', () => {
  it('adds data always and compliance only with regimes or a retention, keeping the event’s own', () => {
    const base = event();
    expect(mergeClassification(base, { classes: ['pii.email'], sensitivity: 'confidential' }, {})).toEqual({ ...base, data: { classes: ['pii.email'], sensitivity: 'confidential' } });
    expect('compliance' in mergeClassification(base, undefined, undefined)).toBe(false);
    expect(mergeClassification(base, undefined, { regimes: ['gdpr'] }).compliance).toEqual({ regimes: ['gdpr'] });
    expect(mergeClassification({ ...base, compliance: { regimes: ['soc2'], retentionDays: 30 } } as UnsealedEvent, undefined, { regimes: ['gdpr'], retentionDays: 10 }).compliance).toEqual({ regimes: ['gdpr', 'soc2'], retentionDays: 30 });
    expect(mergeClassification(base, undefined, { retentionDays: 0 }).compliance).toEqual({ regimes: [], retentionDays: 0 });
  });
});
