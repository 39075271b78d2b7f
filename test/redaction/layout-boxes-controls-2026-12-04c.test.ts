// End to end through createAuditor and a file ledger (the third README-only probe of 2026-12-04,
// H8, H7, H15): the digits of a number are all there but interleaved with layout, in the boxes of a
// form, between control characters or Unicode line separators, or with OCR letters for digits in a
// date of birth. No piece of the value reaches the disk; the token is the one of the value written
// plainly; look-alikes stay as written.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor, fileLedger, readEvents } from '@agent-audit/core';
import { blankMachineValues, storedJsonl } from './stored.js';

const work = mkdtempSync(join(tmpdir(), 'aa-layout-boxes-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let runs = 0;

/** Records each text as a tool result's `output` (one event each); the stored outputs and the ledger's text. */
async function record(texts: readonly string[], redactionWorker: false | { startAfterEvents: number }): Promise<{ outputs: string[]; stored: string }> {
  const dir = join(work, `run-${runs++}`);
  const auditor = createAuditor({
    agent: { id: 'layout' },
    sink: fileLedger({ dir, keyDir: join(work, 'keys'), fsync: false }),
    redactor: createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(9)]), sessionMemory: false }),
    redactionWorker,
  });
  for (const text of texts) auditor.record({ type: 'tool.result', content: { output: text } });
  await auditor.close();
  const outputs: string[] = [];
  for await (const event of readEvents(dir, { stream: 'layout' })) outputs.push(String((event.content as Record<string, unknown>).output));
  // Hashes, trace ids and a checkpoint's frontier (32 hex digits or more) are the pipeline's own.
  return { outputs, stored: blankMachineValues(storedJsonl(dir)).replace(/[0-9a-f]{32,}/g, '') };
}

const MODES = [
  ['on the host thread', false],
  ['in the sealing pool', { startAfterEvents: 0 }],
] as const;

/** The first token of `type` in `text`. */
const token = (text: string | undefined, type: string): string => new RegExp(`\\[${type}:[^\\]]+\\]`).exec(text ?? '')?.[0] ?? `no ${type} token in ${text}`;

describe.each(MODES)('numbers interleaved with layout are masked (%s)', (_label, mode) => {
  it('H8: digits in the boxes of a form; the token is the plain value’s', async () => {
    const { outputs, stored } = await record(
      [
        'Social Security Number |5|3|6|2|2|8|5|1|4|',
        'Date of Birth [0][3][1][2][1][9][8][4]',
        'Card [4][1][1][1] [1][1][1][1] [1][1][1][1] [1][1][1][1]',
        'SSN │4│1│2│-│6│7│-│3│3│9│0│',
        'SSN (5)(3)(6)(2)(2)(8)(5)(1)(4)',
        'Social Security Number 536228514, Card 4111 1111 1111 1111, SSN 412-67-3390',
      ],
      mode,
    );
    const plain = outputs[5];
    expect(outputs[0]).toBe(`Social Security Number |${token(plain, 'SSN')}`);
    expect(outputs[1]).toMatch(/^Date of Birth \[\[DOB:[^\]]+\]$/);
    expect(outputs[2]).toBe(`Card [${token(plain, 'CARD')}`);
    expect(outputs[3]).toBe(`SSN │${/\[SSN:[^\]]+\]$/.exec(plain ?? '')?.[0]}`);
    expect(outputs[4]).toBe(`SSN (${token(plain, 'SSN')}`);
    for (const piece of ['8|5|1|4', '[8][4]', '[1][1][1][1]', '3│3│9│0', '(8)(5)(1)(4)']) expect(stored).not.toContain(piece);
  });

  it('H7: control characters and line separators between the groups, a TSV row', async () => {
    const { outputs, stored } = await record(
      [
        'SSN\t536\t22\t8514',
        'area\tgroup\tserial\n536\t22\t8514',
        '536\u000022\u00008514',
        '4111\u00001111\u00001111\u00001111',
        'qxaro.vlintuk\u0000@example.org',
        '412\u202867\u20283390',
        '415\u0085555\u00850132',
        '536\u000b22\u000b8514',
        'SSN 536-22-8514, card 4111111111111111, mail qxaro.vlintuk@example.org, SSN 412-67-3390, call 415 555 0132',
      ],
      mode,
    );
    const plain = outputs[8];
    const ssn = token(plain, 'SSN');
    expect(outputs[0]).toBe(`SSN\t${ssn}`);
    // A table's row: the value's mask is cut at the cells it spans, one per cell with the same
    // token, so the row keeps its columns (redactor.ts, masks across cell boundaries, 2026-12-05).
    expect(outputs[1]).toBe(`area\tgroup\tserial\n${ssn}\t${ssn}\t${ssn}`);
    expect(outputs[2]).toBe(ssn);
    expect(outputs[3]).toBe(token(plain, 'CARD'));
    expect(outputs[4]).toBe(token(plain, 'EMAIL'));
    expect(outputs[5]).toBe(/\[SSN:[^\]]+\](?=, call)/.exec(plain ?? '')?.[0]);
    expect(outputs[6]).toBe(token(plain, 'PHONE'));
    expect(outputs[7]).toBe(ssn);
    // JSON writes the controls as escapes (\u0000, \t, \u2028 stays as itself or \u2028).
    for (const piece of ['8514', '3390', '0132', 'vlintuk\\u0000@', '1111\\u00001111']) expect(stored).not.toContain(piece);
  });

  it('H15: OCR letters for digits in a date of birth; the token is the plain date’s', async () => {
    const { outputs, stored } = await record(['DOB: O3/I2/1984', 'Date of birth: 1984-O3-l2', 'dob=l2.O3.I984', 'DOB: 03/12/1984, Date of birth: 1984-03-12, dob=12.03.1984'], mode);
    const plain = outputs[3] ?? '';
    const dates = plain.match(/\[DOB:[^\]]+\]/g) ?? [];
    expect(dates).toHaveLength(3);
    expect(outputs[0]).toBe(`DOB: ${dates[0]}`);
    expect(outputs[1]).toBe(`Date of birth: ${dates[1]}`);
    expect(outputs[2]).toBe(`dob=${dates[2]}`);
    for (const piece of ['O3/I2', '1984-O3', 'l2.O3']) expect(stored).not.toContain(piece);
  });
});

describe('look-alikes stay as written', () => {
  it('tables with single-digit cells, citations, sections, tab-separated amounts, OCR-like codes', async () => {
    const texts = [
      '| Qty | 5 |',
      '| Item | Qty |\n|---|---|\n| pens | 5 |\n| pads | 3 |',
      'as shown in [1][2]',
      'Section [3][1] applies',
      'see [1][2][3][4] and [5]',
      '§ 164.514(b)(2)(i)(A)',
      'total\t1200\t34\t5678',
      'Qty\tPrice\tTotal\n3\t19.99\t59.97\n12\t4.50\t54.00',
      'line one\u2028line two',
      'O2 saturation 98%',
      'room I10, wing B',
      'l0gin failed',
      'DOB unknown',
      'DOB: Ol/Ol/OlOl',
    ];
    const { outputs } = await record(texts, false);
    expect(outputs).toEqual(texts);
  });
});
