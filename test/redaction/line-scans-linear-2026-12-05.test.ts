import { describe, expect, it } from 'vitest';
import { createRedactor, detectSensitive } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';

// Issue 11: "No event blocks the host's event loop ... even under hostile input". Rules that run
// once per match, per detection or per position and scan to their line's start or end with an
// unbounded `lastIndexOf('\n', …)` / `indexOf('\n', …)` (or a search for `\t`, `.`, `form-data`)
// read back to the text's start or on to its end on one long line: O(n) a call, O(n²) a text.
// Each test builds a hostile text that reaches one such scan; the ratios in brackets are the
// time of twice the input over the input's, measured on main before the fix (074ea4c) and after
// (this file's timeRatio on main at 2ada4ff, load 8-11; after: CPU time, best of 3, load 4-8, 2026-12-05). The scans whose quadratic
// part is too small for a time ratio at these sizes (a `memchr`-fast search for `\t` in COPY rows,
// the sheet cells' line ends, capped at 4,096 references) are held by the work-count sweep,
// line-scans-sweep.test.ts.
const repeat = (unit: string, n: number, prefix = '', suffix = '') => prefix + unit.repeat(Math.ceil(n / unit.length)) + suffix;
const detect = (text: string) => detectSensitive(text);

// The redactor keeps what it made of a text that recurs (RecurringTexts): each run reads a fresh text.
const redactor = createRedactor({ pseudonymKey: new Uint8Array(32).fill(9) });
let calls = 0;
const redact = (text: string) => {
  calls++;
  return redactor.redact({ v: 1, type: 'tool.result', session: 's1', tool: { name: 't', callId: `c${calls}`, result: { text: `${calls} ${text}` } } } as never, {} as never);
};

describe('line scans once per match stay within their window (linear on one long line)', () => {
  it('names.ts surnameBeforeLabelledGiven: its overlap check, once per `ROLE SURNAME, Given` line', () => {
    // [3.13 before at 200/400 KB, 2.17 after] `out.some(...)` over every detection for each line whose
    // role label and surname matched: O(n) a line. Now a binary search over the detections by start
    // and a window of SURNAME_LINE_WINDOW (names.ts overlapsBefore).
    expect(timeRatio(detect, (n) => repeat('Mother: LINDQVIST, Agnes\n', n), 200_000, 400_000)).toBeLessThan(2.6);
  });
  it('names.ts surnameBeforeLabelledGiven and pushRunPerson: names in capitals after commas', () => {
    // [3.24 before, 2.06 after] a scan back to the line's start for every PERSON after `, `, and
    // one on to the text's end for a tab in every run.
    expect(timeRatio(detect, (n) => repeat('IVAN, ', n))).toBeLessThan(3);
  });
  it('detectors.ts cdrParty: numbers between delimiters', () => {
    // [3.41, 1.99] the record's line read to both ends for every number.
    expect(timeRatio(detect, (n) => repeat('4155550132,', n))).toBeLessThan(3);
  });
  it('detectors.ts assignedExpression: secrets assigned a member access', () => {
    // [2.77 at 50/100 KB, 3.34 at 100/200 KB; 1.64 after at 50/100 KB] the line before the name, for a declaration.
    expect(timeRatio(detect, (n) => repeat('password = foo.bar ', n), 100_000, 200_000)).toBeLessThan(3);
  });
  it('secrets.ts continuedCommand: cookies of curl commands on one line', () => {
    // [3.08, 2.04] the command's line back to the text's start for every `-b`.
    expect(timeRatio(detect, (n) => repeat("curl -b 'session=abc123' ", n))).toBeLessThan(3);
  });
  it('secrets.ts placeholder defaults: `${NAME:default}` after a password label', () => {
    // [2.76 at 50/100 KB, 3.32 at 100/200 KB; 1.99 after at 50/100 KB] the member's line back to the text's start.
    expect(timeRatio(detect, (n) => repeat('password: ${DB_PASS:Tq5Xm8Lvq2} ', n), 100_000, 200_000)).toBeLessThan(3);
  });
  it('layout-view.ts fileName: tokens with dashes and digits, no dot', () => {
    // [2.90 at 50/100 KB, 3.30 at 100/200 KB; 1.97 after at 50/100 KB] a file name's dot searched back to the text's start.
    expect(timeRatio(detect, (n) => repeat('Escrow 2026-4471-LK ', n), 100_000, 200_000)).toBeLessThan(3);
  });
  it('pg-details.ts detectKeyDetails: constraint keys on many lines with no message', () => {
    // [2.93 at 50/100 KB, 3.44 at 100/200 KB; 1.94 after at 50/100 KB] the message's words searched on to the text's end for every key.
    expect(timeRatio(detect, (n) => repeat('Key (email)=(a@b.co)\n', n), 100_000, 200_000)).toBeLessThan(3);
  });
  it('redactor.ts onDelimitedLine: persons on one long line before a line break', () => {
    // [3.35, 1.92] both ends of the line read for every person.
    expect(timeRatio(redact, (n) => repeat('Maria Lopez, ', n, '', '\nend'))).toBeLessThan(3);
  });
  it('text-pairs.ts textPairs: `name` pairs with no form-data', () => {
    // [3.72, 1.47] `lastIndexOf('form-data', at)` back to the text's start for every `name` pair.
    expect(timeRatio(redact, (n) => repeat('"name":"db", ', n))).toBeLessThan(3);
  });
});
