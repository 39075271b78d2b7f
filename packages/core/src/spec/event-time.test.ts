// An event's `ts` is a real RFC 3339 UTC instant (RFC 3339 §5.6 grammar, §5.7 restrictions:
// days per month with leap years, hour 00-23, minute 00-59; a leap second `:60` is refused because
// a JavaScript Date cannot hold it, ECMA-262 §21.4.1.1). Fleet probe of 2026-12-07, "Open":
// the schema's pattern let 30 February and 24:00 through; PostgreSQL refused some and moved others
// a day on. The schema, the verifiers (verifyEvents, the path of PostgreSQL) and an auditor whose
// `clock` returns an impossible value are checked here.
import { describe, expect, it } from 'vitest';
import { auditEventSchema, eventTimeProblem } from './event.js';
import { createAuditor } from '../auditor/auditor.js';
import { sealEvent } from '../auditor/seal.js';
import { verifyEvents } from '../ledger/verify.js';
import { memoryLedger } from '../test.js';
import type { AuditEvent, UnsealedEvent } from './event.js';

const GENESIS = '0'.repeat(64);

/** Two genuine events of one stream, then the second re-sealed with `ts` (a valid hash and chain). */
async function chainWithTime(ts: string): Promise<AuditEvent[]> {
  const ledger = memoryLedger();
  const auditor = createAuditor({ agent: { id: 'ts-bot' }, stream: 'ts-bot', sink: ledger });
  auditor.record({ type: 'tool.call', tool: { name: 'a' } });
  auditor.record({ type: 'tool.call', tool: { name: 'b' } });
  await auditor.close();
  const [first, second] = [...ledger.events()] as [AuditEvent, AuditEvent];
  const { hash: _h, prev: _p, ...unsealed } = second;
  return [first, sealEvent({ ...unsealed, ts } as UnsealedEvent, first.hash).event];
}

// Held back from the brief's list: other months of 30 days, other non-leap Februaries, century rules.
const impossible = [
  '2026-02-30T10:00:00.000Z', '2026-04-31T10:00:00.000Z', '2025-02-29T10:00:00.000Z',
  '2026-06-15T24:00:00.000Z', '2026-06-15T23:59:60.000Z',
  '2026-09-31T00:00:00.000Z', '2026-11-31T12:00:00.000Z', '1900-02-29T00:00:00.000Z', '2100-02-29T00:00:00.000Z',
  '2026-13-01T00:00:00.000Z', '2026-00-10T00:00:00.000Z', '2026-01-00T00:00:00.000Z', '2026-01-32T00:00:00.000Z',
  '2026-01-01T12:60:00.000Z', '2026-01-01T25:00:00.000Z', '2016-12-31T23:59:60.000Z',
];
const real = ['2024-02-29T10:00:00.000Z', '2000-02-29T00:00:00.000Z', '2026-01-31T23:59:59.999Z', '2026-04-30T00:00:00.000Z', '0000-01-01T00:00:00.000Z', '9999-12-31T23:59:59.999Z'];

describe('event ts: a real RFC 3339 UTC instant', () => {
  it.each(impossible)('the schema refuses %s with a reason naming ts', (ts) => {
    const result = auditEventSchema.shape.ts.safeParse(ts);
    expect(result.success).toBe(false);
    expect(eventTimeProblem(ts)).toMatch(/^ts /);
  });

  it.each(real)('the schema takes %s', (ts) => {
    expect(auditEventSchema.shape.ts.safeParse(ts).success).toBe(true);
    expect(eventTimeProblem(ts)).toBeUndefined();
  });

  it('names what is wrong: the day of the month, the hour, a leap second', () => {
    expect(eventTimeProblem('2025-02-29T10:00:00.000Z')).toBe('ts 2025-02-29T10:00:00.000Z is not a real instant: February 2025 has 28 days (RFC 3339 §5.7)');
    expect(eventTimeProblem('2026-06-15T24:00:00.000Z')).toBe('ts 2026-06-15T24:00:00.000Z is not a real instant: hour 24 is not 00-23 (RFC 3339 §5.7)');
    expect(eventTimeProblem('2026-06-15T23:59:60.000Z')).toMatch(/leap second :60 is refused/);
    expect(eventTimeProblem('2026-06-15 10:00:00Z')).toBe('ts must be RFC 3339 UTC with milliseconds (YYYY-MM-DDTHH:MM:SS.sssZ)');
    expect(eventTimeProblem(42)).toBe('ts must be RFC 3339 UTC with milliseconds (YYYY-MM-DDTHH:MM:SS.sssZ)');
  });

  it('names each field in full: month, day 00, the 30-day months, minute, second (the Stryker run of 2026-12-07)', () => {
    const wrong = (ts: string, what: string) => `ts ${ts} is not a real instant: ${what} (RFC 3339 §5.7)`;
    expect(eventTimeProblem('2026-13-01T00:00:00.000Z')).toBe(wrong('2026-13-01T00:00:00.000Z', 'month 13 is not 01-12'));
    expect(eventTimeProblem('2026-00-10T00:00:00.000Z')).toBe(wrong('2026-00-10T00:00:00.000Z', 'month 00 is not 01-12'));
    expect(eventTimeProblem('2026-05-00T00:00:00.000Z')).toBe(wrong('2026-05-00T00:00:00.000Z', 'day 00 is not a day'));
    for (const month of ['04', '06', '09', '11']) {
      expect(eventTimeProblem(`2026-${month}-31T00:00:00.000Z`), month).toMatch(/ has 30 days \(RFC 3339 §5\.7\)$/);
      expect(eventTimeProblem(`2026-${month}-30T00:00:00.000Z`), month).toBeUndefined();
    }
    expect(eventTimeProblem('2026-06-15T10:60:00.000Z')).toBe(wrong('2026-06-15T10:60:00.000Z', 'minute 60 is not 00-59'));
    expect(eventTimeProblem('2026-06-15T10:00:61.000Z')).toBe(wrong('2026-06-15T10:00:61.000Z', 'second 61 is not 00-59'));
    expect(eventTimeProblem('2026-06-15T10:00:99.000Z')).toBe(wrong('2026-06-15T10:00:99.000Z', 'second 99 is not 00-59'));
    // Not a string, though its text is an instant: refused for its type, never read as one.
    expect(eventTimeProblem(['2026-06-15T10:00:00.000Z'])).toBe('ts must be RFC 3339 UTC with milliseconds (YYYY-MM-DDTHH:MM:SS.sssZ)');
    expect(eventTimeProblem({ toString: () => '2026-06-15T10:00:00.000Z' })).toBe('ts must be RFC 3339 UTC with milliseconds (YYYY-MM-DDTHH:MM:SS.sssZ)');
  });

  it.each(['2026-02-30T10:00:00.000Z', '2026-04-31T10:00:00.000Z', '2026-06-15T24:00:00.000Z', '2026-06-15T23:59:60.000Z', '2023-02-29T08:00:00.000Z'])('verifyEvents reports an event sealed with %s, naming its ts', async (ts) => {
    const events = await chainWithTime(ts);
    const result = await verifyEvents(events);
    expect(result.ok).toBe(false);
    expect(result.firstFailure).toMatchObject({ stream: 'ts-bot', seq: 1, id: events[1]!.id });
    expect(result.firstFailure!.reason).toMatch(new RegExp(`^ts ${ts.replace(/[.]/g, '\\.')} is not a real instant`));
  });

  it('verifyEvents still takes a leap day', async () => {
    const result = await verifyEvents(await chainWithTime('2024-02-29T10:00:00.000Z'));
    expect(result).toMatchObject({ ok: true, events: 2 });
  });
});

describe('an auditor whose clock returns an impossible time', () => {
  it.each([
    ['NaN', Number.NaN],
    ['a string', 'noon' as unknown as number],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a time before 1970', -86_400_000],
    ['the year 10000', Date.UTC(10000, 0, 1)],
    ['past the ULID range', 1e15],
  ])('%s: records the event at the system time, reports it, never throws, close() resolves', async (_name, value) => {
    const ledger = memoryLedger();
    const errors: Error[] = [];
    const auditor = createAuditor({ agent: { id: 'clock-bot' }, sink: ledger, clock: () => value, onError: (e) => errors.push(e) });
    const before = Date.now();
    expect(() => auditor.record({ type: 'tool.call', tool: { name: 'x' } })).not.toThrow();
    await auditor.close();
    const events = [...ledger.events()];
    expect(events.map((e) => e.type)).toEqual(['tool.call']);
    const ts = Date.parse(events[0]!.ts);
    expect(ts).toBeGreaterThanOrEqual(before);
    expect(ts).toBeLessThanOrEqual(Date.now());
    expect(eventTimeProblem(events[0]!.ts)).toBeUndefined();
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/^createAuditor: clock\(\) returned .* not a time in milliseconds since 1970 .*; the system time \(Date\.now\(\)\) was used/)]);
    expect(await verifyEvents(events)).toMatchObject({ ok: true, events: 1 });
  });
});
