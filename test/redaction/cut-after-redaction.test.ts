// A value that spans the 32 KiB cut of a long string, or a JSON body longer than 32 KiB, is
// redacted whole before the string is cut (fresh attacker findings of 2026-12-01: the cut at
// record() used to store the start of a token, an email, a card number, an IBAN, an SSN, a
// phone number or a JWT, and a JSON body past 32 KiB lost its key-name rules).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor, fileLedger, readEvents, verifyLedger } from '@agent-audit/core';
import { memoryLedger } from '@agent-audit/core/test';

const work = mkdtempSync(join(tmpdir(), 'aa-cut-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const LIMIT = 32 * 1024;
// Each value starts a few characters before the cut, so the cut falls inside it.
const values: Array<[string, string, string]> = [
  ['a GitHub token', 'ghp_Q7d9Kx2LmN4pR8sT1vW3yZ5aB6cD8eF0gH2j', 'Q7d9Kx2L'],
  ['an email', 'wiremu.tapsell@health.example.org', 'wiremu.tapsell'],
  ['a card number in groups', '4111 1111 1111 1111', '4111 1111'],
  ['an IBAN in groups', 'DE89 3704 0044 0532 0130 00', 'DE89 3704'],
  ['an SSN', '536-22-8514', '536-22'],
  ['a phone number', '+44 20 7946 0958', '+44 20 79'],
  ['a JWT', 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c', 'eyJzdWIiOiIx'],
];

function ledgerText(dir: string): string {
  const streams = join(dir, 'streams');
  return readdirSync(streams).flatMap((stream) => readdirSync(join(streams, stream)).map((file) => readFileSync(join(streams, stream, file), 'utf8'))).join('\n');
}

describe.each([
  ['on the host thread', false],
  ['in the sealing pool', undefined],
] as const)('long strings are redacted whole, then cut (%s)', (_label, redactionWorker) => {
  it.each(values)('%s that spans the cut is masked, no piece of it stored', async (_kind, value, piece) => {
    const dir = join(work, `${_label}-${_kind}`.replace(/\W+/g, '-'));
    const auditor = createAuditor({ agent: { id: 'cut' }, sink: fileLedger({ dir, keyDir: join(work, 'keys'), fsync: false }), redactor: createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(9)]) }), ...(redactionWorker === false ? { redactionWorker: false } : {}) });
    for (const offset of [3, 7, 11]) {
      const text = `${'lorem ipsum '.repeat(Math.ceil(LIMIT / 12)).slice(0, LIMIT - offset)} ${value} and more text after it ${'dolor '.repeat(800)}`;
      auditor.record({ type: 'tool.result', tool: { name: 'read_document', result: { text } } });
    }
    await auditor.close();
    const stored = ledgerText(dir);
    expect(stored).not.toContain(piece);
    const events = [];
    for await (const event of readEvents(dir, { stream: 'cut' })) events.push(event);
    expect(events).toHaveLength(3);
    for (const event of events) {
      const text = (event.tool?.result as { text: string }).text;
      // Cut to 32 KiB after redaction, with a marker; the event says it was cut.
      expect(text.length).toBeLessThan(LIMIT + 80);
      expect(text).toMatch(/…\[truncated after redaction: \d+ of \d+ chars\]$/);
      expect(event.attrs?.truncated).toBe(true);
    }
    expect((await verifyLedger(dir)).ok).toBe(true);
  });

  it('a JSON body longer than 32 KiB keeps its key-name rules (cvv, pin, otp, dob, mrn, patient_name)', async () => {
    const dir = join(work, `${_label}-json`.replace(/\W+/g, '-'));
    const auditor = createAuditor({ agent: { id: 'cut' }, sink: fileLedger({ dir, keyDir: join(work, 'keys'), fsync: false }), ...(redactionWorker === false ? { redactionWorker: false } : {}) });
    const rows = Array.from({ length: 800 }, (_, i) => ({ id: i, note: 'routine follow-up, nothing to add here at all' }));
    const body = JSON.stringify({ rows, card: { cvv: '913', pin: '4821' }, otp: '552019', dob: '1983-04-12', mrn: '00123456', patient_name: 'Hemi Walker' });
    expect(body.length).toBeGreaterThan(LIMIT);
    auditor.record({ type: 'tool.result', tool: { name: 'fetch', result: { body } } });
    await auditor.close();
    const stored = ledgerText(dir);
    for (const raw of ['"913"', '"4821"', '552019', '1983-04-12', '00123456', 'Hemi Walker']) expect(stored).not.toContain(raw);
  });
});

// A fresh attacker's finding (2026-12-01, evening): where an event's budget ended inside a string,
// the string was cut before redaction, back to the last space, dash or dot, so `+1 415-555-`,
// `(415) 555-`, `1970-03-`, `1600 Pennsylvania` were stored in clear. The string that crosses the
// budget's end is now redacted whole and cut after redaction, like any long string.
const crossing: Array<[string, string, string[]]> = [
  ['a phone number with dashes', 'call +1 415-555-2671 now', ['415-555', '555-26']],
  ['a phone number with brackets', 'call (415) 555-2671 now', ['(415) 555', '555-26']],
  ['a phone number with dots', 'call 415.555.2671 now', ['415.555']],
  ['a date of birth', 'DOB 1970-03-14 ok', ['1970-03']],
  ['a street address', 'I live at 1600 Pennsylvania Avenue NW, Washington, DC 20500 today', ['1600 Pennsylvania']],
  ['a London address', 'ship to 221B Baker Street, London NW1 6XE today', ['221B Baker']],
  ['a card number with dashes', 'pay 4111-1111-1111-1111 now', ['4111-1111']],
];

describe('a string that crosses the end of the event budget', () => {
  it.each(crossing)('%s is never stored in part, wherever the budget ends', async (_kind, value, pieces) => {
    const sink = memoryLedger();
    const auditor = createAuditor({ agent: { id: 'budget' }, sink, onError: () => {}, redactionWorker: false, limits: { maxEventChars: 4000 } });
    // The filler's length moves the budget's end across every character of the value.
    for (let filler = 3850; filler <= 4000; filler++) auditor.record({ type: 'tool.result', tool: { name: 'n', result: { a: 'x'.repeat(filler), b: value } } });
    await auditor.close();
    const stored = JSON.stringify(sink.events('budget'));
    for (const piece of pieces) expect(stored).not.toContain(piece);
    // Where the budget reaches it, it is stored masked whole; where the filler spent the budget,
    // the object ends with its marker instead.
    const results = sink.events('budget').map((e) => e.tool?.result as { b?: string; '[truncated]'?: string });
    expect(results).toHaveLength(151);
    expect(results.every((r) => (typeof r.b === 'string' && r.b.length > 0) || r['[truncated]'] === 'event size limit')).toBe(true);
    expect(results.filter((r) => typeof r.b === 'string').length).toBeGreaterThan(100);
  });

  it('is stored whole, so an array of long strings with no break stops at one marker (no cut per string)', async () => {
    const sink = memoryLedger();
    const auditor = createAuditor({ agent: { id: 'budget' }, sink, onError: () => {} });
    const strings = JSON.parse(JSON.stringify(Array.from({ length: 1000 }, (_, i) => `${'ab'.repeat(16 * 1024 - 1)}${i}`))) as string[];
    auditor.record({ type: 'tool.result', tool: { name: 'n', result: strings } });
    await auditor.close();
    const event = sink.events('budget')[0];
    const result = event?.tool?.result as string[];
    // 16 strings of 32 KiB fill 512 KiB; the one that crosses is kept, then one marker.
    expect(result.at(-1)).toBe('[truncated: event size limit]');
    expect(result.filter((item) => item.startsWith('…[truncated')).length).toBe(0);
    expect(result.length).toBeLessThanOrEqual(18);
    expect(event?.attrs?.truncated).toBe(true);
    // At most one string of maxStringLength over the 512 KiB budget.
    expect(JSON.stringify(result).length).toBeLessThan(512 * 1024 + 33 * 1024);
  });
});

// A fresh attacker's finding of 2026-12-01: session, actor.id and actor.name over 1,024
// characters were cut before redaction, so `amara.okafor@clinic-examp` was stored raw.
describe.each([
  ['on the host thread', false],
  ['in the sealing pool', undefined],
] as const)('header fields the redactor reads are redacted whole, then cut to 1,024 (%s)', (_label, redactionWorker) => {
  it('stores no piece of a value that spans the cut of session, actor.id or actor.name', async () => {
    const sink = memoryLedger();
    const errors: string[] = [];
    const auditor = createAuditor({ agent: { id: 'hdr' }, sink, redactor: createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(4)]) }), onError: (e) => errors.push(e.message), ...(redactionWorker === false ? { redactionWorker: false } : {}) });
    const email = 'amara.okafor@clinic-example.org';
    for (let offset = 1; offset < email.length; offset += 3) {
      const field = `${'x'.repeat(1024 - offset)} ${email} tail`;
      auditor.record({ type: 'message.user', session: field, actor: { id: field, name: field, type: 'user' }, content: { input: 'hello' } });
    }
    await auditor.close();
    const events = sink.events('hdr');
    expect(events.length).toBe(Math.ceil((email.length - 1) / 3));
    const stored = JSON.stringify(events);
    for (const piece of ['amara.okafor', 'amara.ok', 'clinic-example', 'okafor@']) expect(stored).not.toContain(piece);
    for (const event of events) {
      for (const value of [event.session, event.actor?.id, event.actor?.name] as string[]) {
        expect(value.length).toBeLessThan(1024 + 80);
        expect(value).toMatch(/…\[truncated after redaction: \d+ of \d+ chars\]$/);
      }
    }
    // A short session is stored as given.
    const short = memoryLedger();
    const plain = createAuditor({ agent: { id: 'hdr' }, sink: short, session: 'sess-1', ...(redactionWorker === false ? { redactionWorker: false } : {}) });
    plain.record({ type: 'message.user', actor: { id: 'u-42', name: 'Desk', type: 'user' } });
    await plain.close();
    expect(short.events('hdr')[0]).toMatchObject({ session: 'sess-1', actor: { id: 'u-42', name: 'Desk' } });
  });
});
