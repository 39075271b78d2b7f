// The auditor's `clock` wrapper (issue 13, from the mutants of auditor.ts `clock`: MAX_EVENT_TIME,
// the fall-back to Date.now(), the one `invalid_clock` report; the bug itself is in
// spec/event-time.test.ts). Each event's stored ts is compared with the time the clock gave, or
// with the system time around the record when the clock's value is no time an event can hold.
import { describe, expect, it } from 'vitest';
import { createAuditor } from './auditor.js';
import { memoryLedger } from '../test.js';
import { AuditError } from '../spec/errors.js';
import { eventTimeProblem } from '../spec/event.js';
import type { Redactor } from '../spec/redactor.js';

const keep: Redactor = { redact: (event) => ({ event }) };
/** 9999-12-31T23:59:59.999Z in ms. */
const LAST = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** Records one event per value the clock gives in turn; the stored ts of each, the errors, and the system time around the records. */
async function record(values: unknown[], clock: (() => number) | undefined = undefined) {
  const ledger = memoryLedger();
  const errors: Error[] = [];
  let call = 0;
  const given = clock ?? ((): number => values[Math.min(call++, values.length - 1)] as number);
  const auditor = createAuditor({ agent: { id: 'clock-bot' }, sink: ledger, redactor: keep, onError: (e) => errors.push(e), ...(clock === null ? {} : { clock: given }) });
  const before = Date.now();
  for (let i = 0; i < values.length; i++) auditor.record({ type: 'tool.call', tool: { name: `t${i}` } });
  const after = Date.now();
  await auditor.close();
  const events = [...ledger.events()];
  expect(events.map((e) => e.tool?.name)).toEqual(values.map((_, i) => `t${i}`));
  for (const event of events) expect(eventTimeProblem(event.ts)).toBeUndefined();
  const now = (ts: string): boolean => Date.parse(ts) >= before && Date.parse(ts) <= after;
  return { ts: events.map((e) => e.ts), errors, messages: errors.map((e) => e.message), now };
}

/** The report's text for a value shown as `shown`. */
const reported = (shown: string) => `createAuditor: clock() returned ${shown}, not a time in milliseconds since 1970 (a number from 0 to 253402300799999, 9999-12-31T23:59:59.999Z); the system time (Date.now()) was used for the event, and will be for any later one the clock gets wrong (reported once)`;

describe('the clock option: a time an event can hold is used as given', () => {
  it('0 and 9999-12-31T23:59:59.999Z are the bounds, both kept; a fraction is cut to the millisecond below', async () => {
    const { ts, errors } = await record([0, LAST, 1000.9, 1999.999, LAST - 0.5]);
    expect(ts).toEqual(['1970-01-01T00:00:00.000Z', '9999-12-31T23:59:59.999Z', '1970-01-01T00:00:01.000Z', '1970-01-01T00:00:01.999Z', '9999-12-31T23:59:59.998Z']);
    expect(errors).toEqual([]);
  });

  it('no clock: the system time, and nothing reported', async () => {
    const { ts, errors, now } = await record([undefined, undefined], null as never);
    expect(ts.every(now)).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('the clock option: any other value is replaced by the system time, reported once', () => {
  it.each([
    ['one past the last instant', LAST + 1, String(LAST + 1)],
    ['half a millisecond past it', LAST + 0.5, String(LAST + 0.5)],
    ['-1', -1, '-1'],
    ['half a millisecond before 1970', -0.5, '-0.5'],
    ['NaN', Number.NaN, 'NaN'],
    ['a string of digits', '1000', 'a string'],
    ['null', null, 'a null'],
    ['undefined', undefined, 'a undefined'],
    ['a bigint', 1000n, 'a bigint'],
  ])('%s', async (_name, value, shown) => {
    const { ts, errors, messages, now } = await record([value]);
    expect(now(ts[0] as string)).toBe(true);
    expect(messages).toEqual([reported(shown)]);
    expect(errors[0]).toBeInstanceOf(AuditError);
    expect(errors[0]).toMatchObject({ code: 'invalid_clock' });
  });

  it('a clock that throws: its error named (200 characters of its message at most), or its type', async () => {
    const long = 'x'.repeat(300);
    for (const [thrown, shown] of [
      [new TypeError('the clock broke'), 'nothing (it threw TypeError: the clock broke)'],
      [new RangeError(long), `nothing (it threw RangeError: ${'x'.repeat(200)})`],
      ['a string', 'nothing (it threw string)'],
      [{ code: 1 }, 'nothing (it threw object)'],
    ] as const) {
      const { ts, messages, now } = await record([0], () => {
        throw thrown;
      });
      expect(now(ts[0] as string)).toBe(true);
      expect(messages).toEqual([reported(shown)]);
    }
  });

  it('reported once however many values are wrong; a right value after a wrong one is used', async () => {
    const { ts, messages, now } = await record([Number.NaN, 5000, -1, 'x', 6000]);
    expect(now(ts[0] as string)).toBe(true);
    expect(ts[1]).toBe('1970-01-01T00:00:05.000Z');
    expect(now(ts[2] as string)).toBe(true);
    expect(now(ts[3] as string)).toBe(true);
    expect(ts[4]).toBe('1970-01-01T00:00:06.000Z');
    expect(messages).toEqual([reported('NaN')]);
  });
});
