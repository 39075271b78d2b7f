// Markdown tables whose first cell names a thing (a detector, a probe's row, a file) list each thing
// once. Parallel edits of one row, merged by keeping both sides, left the REDACTION.md detector table
// with `secrets`, `health` and the civic ids' rows two or three times and probe rows twice (found and
// joined on 2026-12-06): a reader then sees two answers, one stale. This test fails on such a row.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const files = [
  ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => join('docs', f)),
  ...['test/redaction', 'test/cli'].flatMap((dir) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.cases.md')).map((f) => join(dir, f))),
];

/** The first cells of a file's table rows that occur more than once within one table. */
function repeatedRows(text: string): string[] {
  const repeated: string[] = [];
  let seen = new Set<string>();
  for (const line of text.split('\n')) {
    if (!line.startsWith('|')) {
      seen = new Set();
      continue;
    }
    const first = line.split('|')[1]?.trim() ?? '';
    // Separator rows, empty first cells and short rows (layout tables of one word) are not things.
    if (first === '' || /^:?-+:?$/.test(first) || line.length < 120) continue;
    if (seen.has(first)) repeated.push(first);
    seen.add(first);
  }
  return repeated;
}

describe('documentation tables list each row once', () => {
  it('finds a repeated row (the check itself)', () => {
    const row = (id: string) => `| ${id} | ${'x'.repeat(130)} |`;
    expect(repeatedRows([row('`secrets`'), row('`health`'), row('`secrets`')].join('\n'))).toEqual(['`secrets`']);
    expect(repeatedRows([row('L1'), '', row('L1')].join('\n'))).toEqual([]);
  });
  it.each(files)('%s', (file) => {
    expect(repeatedRows(readFileSync(join(root, file), 'utf8'))).toEqual([]);
  });
});
