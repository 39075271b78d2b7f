// L18 of the ninth probe of 2026-12-05 (test/redaction/probe-2026-12-05b.cases.md): a form's fill
// leader between a label and its value (a run of dots, `…`, underscores: printed forms, OCR,
// typewriter-style reports) hid the label from its detector, so `Date of birth .......... 03/14/1951`,
// `Surname ........ Taufa`, `Name_____Siosaia Taufa_____` were stored raw while `Date of birth:
// 03/14/1951` was masked. Now the layout view (layout-view.ts formLeaders) reads a leader after a
// label as `: `, once for every labelled detector: a date of birth, a name, a phone, an email, an
// address, an id.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '../../packages/core/src/index.js';
import { detectSensitive } from '../../packages/core/src/redaction/detectors.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(18)]), sessionMemory: false });
function stored(args: Record<string, unknown>): string {
  const result = redactor.redact({ v: 1, id: 'x', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.call', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', arguments: args } } as never, { capture: {} });
  if (typeof (result as { then?: unknown }).then === 'function') throw new Error('expected a synchronous redactor');
  return JSON.stringify((result as { event: { tool: { arguments: unknown } } }).event.tool.arguments);
}
const found = (text: string): string[] => detectSensitive(text).map((d) => `${d.type}:${text.slice(d.start, d.end)}`);

describe('a value after a label and a fill leader', () => {
  it.each([
    // The probe's inputs.
    ['Date of birth .......... 03/14/1951', ['DOB:03/14/1951']],
    ['Date of Birth…………03/14/1951', ['DOB:03/14/1951']],
    ['Surname ........ Taufa\nFirst name ..... Siosaia', ['PERSON:Taufa', 'PERSON:Siosaia']],
    ['NAME..................MOLLQUIST, ORVENNA\nDOB...................1984-03-12', ['PERSON:MOLLQUIST, ORVENNA', 'DOB:1984-03-12']],
    ['SURNAME.........TAUFA\nGIVEN NAMES.....SIOSAIA', ['PERSON:TAUFA', 'PERSON:SIOSAIA']],
    ['Name_____Siosaia Taufa_____ DOB_____03/14/1951', ['PERSON:Siosaia Taufa', 'DOB:03/14/1951']],
    ['Name_____Orvenna Mollquist_____', ['PERSON:Orvenna Mollquist']],
    ['Patient name: ____Siosaia Taufa____', ['PERSON:Siosaia Taufa']],
    // Held back: other detectors, other leaders and spacings.
    ['Phone .......... (415) 555-0132', ['PHONE:(415) 555-0132']],
    ['Email ......... kalani@example.org', ['EMAIL:kalani@example.org']],
    ['Address .......... 42 Rimu Street, Wellington', ['ADDRESS:42 Rimu Street, Wellington']],
    ['Surname . . . . . . Taufa', ['PERSON:Taufa']],
    ["Mother's maiden name........Fifita", ['PERSON:Fifita']],
    ['Geburtsdatum ....... 14.03.1951', ['DOB:14.03.1951']],
    ['MRN.........00412345', ['MRN:00412345']],
    ['Patient name:____Siosaia Taufa', ['PERSON:Siosaia Taufa']],
    ['Date of birth ‥‥‥ 03/14/1951', ['DOB:03/14/1951']],
    ['Last name ⋯⋯ Havili', ['PERSON:Havili']],
    ['Date of birth ·········· 03/14/1951', ['DOB:03/14/1951']],
  ])('%s', (text, values) => {
    expect(found(text)).toEqual(values);
  });

  it('is stored masked in a form as text and under a member', () => {
    const out = stored({ ocr: 'NAME..................MOLLQUIST, ORVENNA\nDOB...................1984-03-12', form: 'Name_____Siosaia Taufa_____ DOB_____03/14/1951' });
    for (const value of ['MOLLQUIST', 'ORVENNA', '1984-03-12', 'Siosaia', 'Taufa', '03/14/1951']) expect(out, value).not.toContain(value);
    // The labels and the leaders' characters outside the values stay.
    expect(out).toContain('NAME..................');
    expect(out).toContain('DOB_____');
  });
});

describe('look-alikes stay', () => {
  it.each([
    'Wait... what did Dr said',
    'def __init__(self): pass',
    'Chapter 1 ........ 12',
    'Loading........ done',
    'Total ........ $45.00',
    'Version .......... 2.4.1',
    'Status ...... Approved',
    'Tip: use my_var___x in code',
    'Hmm… Monday works',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('hostile input', () => {
  it('200 KB of leaders completes', () => {
    const text = 'Name '.concat('. '.repeat(40000), 'x', '_'.repeat(40000), ' Surname', '……'.repeat(20000), 'Taufa', 'a.'.repeat(20000));
    expect(text.length).toBeGreaterThan(200_000);
    expect(Array.isArray(found(text))).toBe(true);
    const many = 'Surname .... Taufa\n'.repeat(10000);
    expect(found(many).length).toBeGreaterThan(0);
  });
});
