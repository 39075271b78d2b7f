// L6 of the ninth probe of 2026-12-05 (test/redaction/probe-2026-12-05b.cases.md): employee, staff
// and badge numbers were stored raw in prose (HR disciplinary notes, access logs) and under
// `employeeId`/`employee_number`, while the names beside them were masked. Now they are
// IDENTIFIER (`pii`; commercial-ids.ts).
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '../../packages/core/src/index.js';
import { detectSensitive } from '../../packages/core/src/redaction/detectors.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(9)]), sessionMemory: false });
function stored(args: Record<string, unknown>): string {
  const result = redactor.redact({ v: 1, id: 'x', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.call', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', arguments: args } } as never, { capture: {} });
  if (typeof (result as { then?: unknown }).then === 'function') throw new Error('expected a synchronous redactor');
  return JSON.stringify((result as { event: { tool: { arguments: unknown } } }).event.tool.arguments);
}
const raw = (out: string, code: string): boolean => new RegExp(`(?<![0-9A-Za-z])${code}(?![0-9A-Za-z])`).test(out);
const found = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'IDENTIFIER').map((d) => text.slice(d.start, d.end));

describe('an employee number after its label', () => {
  it.each([
    // The probe's inputs.
    ['Written warning issued to Employee #E-104477 (Kofi Mensah-Bonsu) for lateness', 'E-104477'],
    ['employee number 104477 was terminated for cause', '104477'],
    ['Employee ID: 104477', '104477'],
    ['EmpID 104477 — final written warning', '104477'],
    ['Staff no. 88123 (Mahlet Tesfaye) on leave', '88123'],
    ['Badge 004512 swiped by Priyanka Venkataraman at 02:14', '004512'],
    ['Badge #004512 (Priyanka Venkataraman)', '004512'],
    // Held back: other spellings.
    ['emp no. 104477 on probation', '104477'],
    ['staff_id=88123 door 4', '88123'],
    ['personnel number: P-88123', 'P-88123'],
    ['Personalnummer 104477 (Lohnabrechnung)', '104477'],
    ['badge id 0045-12 revoked', '0045-12'],
  ])('%s', (text, value) => {
    expect(found(text)).toEqual([value]);
  });
});

describe('under members', () => {
  it('employeeId, employee_number, badgeNumber, staffId', () => {
    const out = stored({ employeeId: 'E-104477', reason: 'misconduct', employee_number: '104477', badgeNumber: '004512', staffId: '88123' });
    for (const code of ['E-104477', '104477', '004512', '88123']) expect(raw(out, code), code).toBe(false);
    expect(out).toContain('misconduct');
  });
});

describe('look-alikes stay', () => {
  it.each([
    'employee 1200 hours logged this year',
    'Employee of the month 2026',
    'badge 2 of 3 printed',
    'employee survey 2026-12-05',
    'staff meeting at 1400',
    'Employee handbook v2.4.1',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('hostile input', () => {
  it('200 KB of labels completes', () => {
    const text = 'Employee # badge '.repeat(12000) + '1'.repeat(2000);
    expect(text.length).toBeGreaterThan(200_000);
    expect(Array.isArray(found(text))).toBe(true);
  });
});
