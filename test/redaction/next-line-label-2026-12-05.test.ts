import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, detectSensitive, fileLedger } from '@agent-audit/core';
import { storedJsonl } from './stored.js';

// L11's reading of a name continued on the next line (names.ts nextLineSurname, 2026-12-05) took
// the next field's label for the surname in MySQL's vertical output (`FirstName: Qxaro\nLast Name:
// Vlintuk`: `Last` masked), and the stored text came out garbled (`[PERSON:[PERSON:…]`, the
// `Last Name:` label lost). Found by text-tables.test.ts's property (seed 2015171495).
const work = mkdtempSync(join(tmpdir(), 'aa-next-line-label-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const VERTICAL = '*************************** 1. row ***************************\n order_id: 1001\nFirstName: Qxaro\nLast Name: Vlintuk\n1 row in set (0.00 sec)';

describe('a name label on the next line is no surname', () => {
  it('detectSensitive', () => {
    const persons = detectSensitive(VERTICAL).filter((d) => d.type === 'PERSON').map((d) => VERTICAL.slice(d.start, d.end));
    expect(persons).toEqual(['Qxaro', 'Vlintuk']);
    const other = 'Name: Dorric\nGiven names: Qxaro';
    expect(detectSensitive(other).filter((d) => d.type === 'PERSON').map((d) => other.slice(d.start, d.end))).toEqual(['Dorric', 'Qxaro']);
  });
  it('what is stored keeps both labels', async () => {
    const dir = join(work, 'ledger');
    const auditor = createAuditor({ agent: { id: 'a' }, sink: fileLedger({ dir }), redactionWorker: false });
    auditor.record({ type: 'tool.result', tool: { name: 'mysql', result: VERTICAL } });
    await auditor.close();
    const stored = storedJsonl(dir);
    expect(stored).toMatch(/FirstName: \[PERSON:psn_\w+\]\\nLast Name: \[PERSON:psn_\w+\]\\n1 row/);
    expect(stored).not.toContain('Vlintuk');
    expect(stored).not.toContain('Qxaro');
  });
});
