// A value that spans the 32 KiB cut of a long string, or a JSON body longer than 32 KiB, is
// redacted whole before the string is cut (fresh attacker findings of 2026-12-01: the cut at
// record() used to store the start of a token, an email, a card number, an IBAN, an SSN, a
// phone number or a JWT, and a JSON body past 32 KiB lost its key-name rules).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor, fileLedger, readEvents, verifyLedger } from '@agent-audit/core';
import { safeCut } from '../../packages/core/src/internal/normalize.js';

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

describe('safeCut: where a string is cut when its event budget runs out inside it', () => {
  it.each([
    ['inside a word', 'alpha beta gamma', 13, 11],
    ['at a space', 'alpha beta gamma', 10, 10],
    ['inside a token', 'key ghp_abcdef123456 tail', 12, 4],
    ['inside a card in groups', 'pay 4111 1111 1111 1111 now', 16, 4],
    ['inside an IBAN in groups', 'iban DE89 3704 0044 0532 0130 00', 20, 5],
    ['inside a phone number', 'call +44 20 7946 0958 today', 14, 5],
    ['inside an email', 'mail wiremu.tapsell@health.example now', 18, 5],
    ['one run from the start', 'xxxxxxxxxxxxxxxxxxxx', 10, 0],
    ['past the end', 'short', 99, 5],
  ])('%s', (_label, text, at, expected) => {
    expect(safeCut(text, at)).toBe(expected);
  });

  it('never between the two halves of a surrogate pair', () => {
    expect(safeCut('ab \uD83D\uDE00\uD83D\uDE00 cd', 5)).toBe(3);
  });
});
