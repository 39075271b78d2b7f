// A national id glued to `_` in a file name (F13 of the README-only leak probe of 2026-12-07, issue 11):
// `Descargas/DNI_73918246H.jpg` kept a valid DNI (its check letter right) because the unlabelled id
// patterns read `_` as a letter of an identifier, so the id was inside a word. In a file name or a field
// `_` separates parts as `-` and `.` do; the ids whose check is strong (a check letter or digits) are read
// beside it. Weaker shapes (a PAN, a bare 13-digit run) still need a boundary other than `_`.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '@agent-audit/core';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) });
const stored = (text: string): string =>
  (redactor.redact({ v: 1, id: 'x', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.result', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', result: text } } as never, { capture: {} }) as { event: { tool: { result: string } } }).event.tool.result;

describe('F13: a national id with a strong check glued to `_`', () => {
  it.each([
    ['uploaded C:/Users/x/Descargas/DNI_73918246H.jpg', '73918246H'],
    ['scan_48291735S_front.png saved', '48291735S'],
    ['NIE_X1234567L.pdf', 'X1234567L'],
    ['payroll/nino_AB123456C_2026.csv', 'AB123456C'],
    ['docs/cf_RSSMRA85T10A562S.pdf', 'RSSMRA85T10A562S'],
    ['id_11010519491231002X.png', '11010519491231002X'],
  ])('%s', (text, raw) => {
    const out = stored(text);
    expect([out, out.includes(raw)]).toEqual([out, false]);
    // The rest of the file name stays readable.
    expect(out).toMatch(/\.(?:jpg|png|pdf|csv)/);
  });
  it('look-alikes: a wrong check letter, an identifier of letters and digits, a PAN-like code after `_`', () => {
    for (const text of ['DNI_73918246A.jpg', 'build_12345678Q_x86.tar', 'call_ABCPD1234E', 'img_1234567890123.jpg', 'order_48291735T.pdf']) {
      expect([text, stored(text)]).toEqual([text, text]);
    }
  });
});
