import { describe, expect, it } from 'vitest';
import { createRedactor } from '../index.js';

// L9 of the seventh probe of 2026-12-04 (test/redaction/probe-2026-12-04g.cases.md): call detail
// records write the subscribers' numbers as bare international digits (no `+`), in headerless CDR
// lines and after `A-number`/`B-number`; they were stored raw (the B-number only after `called`).
// detectors.ts: a CDR party's word before the number, or a delimited record with a call's
// duration or service type, reads 10-15 digits with their calling code (messagingPhone).
const redactor = createRedactor({ pseudonymKey: new Uint8Array(32).fill(5) });
function stored(result: unknown): unknown {
  const out = redactor.redact({ v: 1, id: 'e', seq: 0, ts: '2026-12-04T00:00:00Z', stream: 's', type: 'tool.result', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', result } } as never, { capture: {} } as never) as { event: { tool: { result: unknown } } };
  return out.event.tool.result;
}
const text = (value: string): string => stored(value) as string;

describe('L9: subscriber numbers in call detail records', () => {
  it('after a CDR party\'s word', () => {
    for (const [note, values] of [
      ['A-number 14155550134 called B-number 14155550199 for 62s', ['14155550134', '14155550199']],
      // held back
      ['calling party 447700900123, called party 447700900456', ['447700900123', '447700900456']],
      ['MSISDN 491701234567 roamed onto the network', ['491701234567']],
      ['B-party: 33612345678 busy', ['33612345678']],
      ['originating number 14155550134 (CLI withheld)', ['14155550134']],
    ] as const) {
      const out = text(note);
      for (const value of values) expect(out, note).not.toContain(value);
    }
  });

  it('headerless CDR lines: a call\'s duration or service type in the record', () => {
    for (const [note, values] of [
      ['CDR: 2026-11-02T10:11:22Z,447700900123,447700900456,62s,VOICE', ['447700900123', '447700900456']],
      // held back
      ['2026-11-02 10:11:22|14155550134|14155550199|SMS|1', ['14155550134', '14155550199']],
      ['2026-11-02T10:11:22Z;491701234567;33612345678;VOICE;00:01:02', ['491701234567', '33612345678']],
      ['20261102101122,447700900123,447700900456,MOC,120', ['447700900123', '447700900456']],
    ] as const) {
      const out = text(note);
      for (const value of values) expect(out, note).not.toContain(value);
    }
  });

  it('look-alikes stay: order ids, byte counts and timestamps in delimited lines, a number that is no phone', () => {
    for (const note of [
      '2026-11-02T10:11:22Z,1234567890123,ORDER,62s,OK',
      'A-number of 12 samples',
      'bytes,14155550134,62s',
      'report,20261102101122,shipped,VOICE',
    ]) expect(stored({ note }), note).toEqual({ note });
  });
});
