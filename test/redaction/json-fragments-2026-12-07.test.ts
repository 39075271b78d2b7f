// A JSON object inside a log line (F12 of the README-only leak probe of 2026-12-07, issue 11):
// `msg='{"customer":"Zwiebelhofer, Leberecht","phone":"…"}'` and `payload="{\"patient\":\"Zwiebelhofer,
// Leberecht\",…}"` kept the name in `Surname, Given` order while the phone and the date of birth beside
// it were masked; the same object as a whole string was masked. A role's key in text (`Patient: stable
// overnight`) names prose as often, so in text it gives a phone only; a key and a value both quoted,
// as a JSON member is written, are that member and read as it would be.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '@agent-audit/core';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) });
const stored = (text: string): string =>
  (redactor.redact({ v: 1, id: 'x', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.result', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', result: text } } as never, { capture: {} }) as { event: { tool: { result: string } } }).event.tool.result;

describe('F12: a role member of a JSON object inside text', () => {
  it.each([
    [`INFO msg='{"customer":"Zwiebelhofer, Leberecht","phone":"+49 30 12345678"}'`, ['Zwiebelhofer', 'Leberecht']],
    [`WARN payload="{\\"patient\\":\\"Zwiebelhofer, Leberecht\\",\\"dob\\":\\"1949-02-17\\"}"`, ['Zwiebelhofer', 'Leberecht', '1949-02-17']],
    [`event={"client": "VAN DER BERG, Anneke", "status": "open"} took 12ms`, ['VAN DER BERG', 'Anneke']],
    [`2026-12-07T10:00:00Z ERROR {"patient" : "Brzozowska, Halina", "ward": "4B"}`, ['Brzozowska', 'Halina']],
    [`{"customer":"Zwiebelhofer, Leberecht"} x`, ['Zwiebelhofer', 'Leberecht']],
  ])('%s', (text, raws) => {
    const out = stored(text);
    for (const raw of raws) expect([out, out.includes(raw)]).toEqual([out, false]);
  });
  it('a role word as a label of prose stays', () => {
    for (const text of ['Patient: stable overnight, "customer": "satisfied"', `{"customer":"ACME-42","status":"Closed, Resolved"} ok`, 'note: "patient": "none"']) {
      const out = stored(text);
      expect([text, out]).toEqual([text, text]);
    }
  });
});
