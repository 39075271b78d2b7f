import { describe, expect, it } from 'vitest';
import { createRedactor } from '@agent-audit/core';
import { textTables } from '../../packages/core/src/redaction/tables.js';

// The fourth README-only probe of 2026-12-04, J20 (test/redaction/probe-2026-12-04d.cases.md): a
// CSV row whose quoted field holds a line break (RFC 4180 2.6) ended the table there, and its
// name and date of birth were stored raw (`name,notes,dob\n"Vlintuk, Qxaro","called twice\nleft
// VM",1984-03-12`); the same rows without the line break were masked.
const redactor = createRedactor({ pseudonymKey: new Uint8Array(32).fill(7) });
function stored(result: string): string {
  const out = redactor.redact({ v: 1, id: 'e', seq: 0, ts: '2026-12-04T00:00:00Z', stream: 's', type: 'tool.result', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', result } } as never, { capture: {} } as never) as { event: { tool: { result: string } } };
  return out.event.tool.result;
}

describe('J20: a quoted field with a line break keeps its row in the table', () => {
  it.each([
    ['name,notes,dob\n"Vlintuk, Qxaro","called twice\nleft VM",1984-03-12', ['Vlintuk', 'Qxaro', '1984-03-12']],
    ['last_name,comment,ssn\nMollquist,"line one\nline two",412673390', ['Mollquist', '412673390']],
    ['surname;remarks;birth_date\nDorvane;"first visit\r\nsecond visit\r\nthird";02.11.1979\nKestrav;none;12.03.1984', ['Dorvane', '02.11.1979', 'Kestrav', '12.03.1984']],
  ])('%s', (text, values) => {
    const out = stored(text);
    for (const value of values) expect(out, value).not.toContain(value);
    // The header and the free-text notes stay as written.
    expect(out.startsWith(text.split('\n')[0] as string)).toBe(true);
  });

  it('an unclosed quote ends the table after a few lines, linearly (the test timeout is the bound)', () => {
    const text = `name,notes\n${'"open,x\n'.repeat(20_000)}`;
    const work = { steps: 0 };
    textTables(text, work);
    expect(work.steps).toBeLessThanOrEqual(20 * text.length);
    expect(textTables('name,notes,dob\n"a","b\nc",1\nd,e,2')[0]?.rows.length).toBe(2);
  });
});
