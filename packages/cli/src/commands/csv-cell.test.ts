import { expect, it } from 'vitest';
import { csvCell } from './query.js';

// OWASP "CSV Injection": ledger content is untrusted, and a cell a spreadsheet would evaluate stays text.
it('a cell starting like a formula gets a leading quote; numbers, plain text and RFC 4180 quoting are unchanged', () => {
  expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  expect(csvCell('=cmd|/c calc!A0')).toBe("'=cmd|/c calc!A0");
  for (const lead of ['+', '-', '@']) expect(csvCell(`${lead}SUM(A1)`)).toBe(`'${lead}SUM(A1)`);
  expect(csvCell('\tx')).toBe('\\tx'); // a control character is escaped first, so it no longer leads
  expect(csvCell('-12')).toBe('-12');
  expect(csvCell('3.5')).toBe('3.5');
  expect(csvCell('lookup')).toBe('lookup');
  expect(csvCell('a,b')).toBe('"a,b"');
  expect(csvCell('line\nbreak')).toBe('line\\nbreak');
});
