// End to end through createAuditor and a file ledger (the second README-only probe of 2026-12-04,
// G6, G9, G15, G16): identifiers whose surroundings the detectors did not read, ids glued into
// file names by `_` or `-`, a number broken by a line wrap after its separator, group separators
// outside the old class (U+2043, U+2027, `、`, `_`), letter-spaced text. No piece of the value
// reaches the disk; the token is the one of the value as written plainly; look-alikes stay.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor, fileLedger, readEvents } from '@agent-audit/core';
import { blankMachineValues, storedJsonl } from './stored.js';

const work = mkdtempSync(join(tmpdir(), 'aa-layout-ids-'));
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

describe.each(MODES)('layout-hidden identifiers are masked (%s)', (_label, mode) => {
  it('G6: ids in file names; the token is the plain value’s', async () => {
    const { outputs, stored } = await record(
      [
        'Attached intake-536-22-8514.pdf and ssn_412673390.pdf',
        'saved card_4111111111111111_receipt.txt',
        'voicemail_+14155550132_20261204.wav',
        'scan_523-45-6780_final.pdf',
        'SSN 536-22-8514, card 4111 1111 1111 1111, SSN 412673390, call +1 415 555 0132',
      ],
      mode,
    );
    const plain = outputs[4] as string;
    const tokens = plain.match(/\[(?:SSN|CARD|PHONE):[^\]]+\]/g) ?? [];
    expect(tokens).toHaveLength(4);
    const [ssn, card, ssn2, phone] = tokens as [string, string, string, string];
    expect(outputs[0]).toBe(`Attached intake-${ssn}.pdf and ssn_${ssn2}.pdf`);
    expect(outputs[1]).toBe(`saved card_${card}_receipt.txt`);
    expect(outputs[2]).toBe(`voicemail_${phone}_20261204.wav`);
    expect(outputs[3]).toMatch(/^scan_\[SSN:[^\]]+\]_final\.pdf$/);
    for (const piece of ['8514', '412673390', '4111111111111111', '4155550132', '6780']) expect(stored).not.toContain(piece);
  });

  it('G9 and G15: a number wrapped after its separator, and separators of other scripts', async () => {
    const { outputs, stored } = await record(
      ['Social Security Number: 536-22-\n8514', 'Phone: (415) 555-\n0132', 'SSN 536⁃22⁃8514', 'on file: 536‧22‧8514', 'SSN：412、67、3390', 'ssn 523_45_6789', 'SSN 536-22-8514'],
      mode,
    );
    const ssn = /\[SSN:[^\]]+\]/.exec(outputs[6] as string)?.[0] as string;
    expect(ssn).toBeDefined();
    expect(outputs[0]).toBe(`Social Security Number: ${ssn}`);
    expect(outputs[1]).toMatch(/^Phone: \[PHONE:[^\]]+\]$/);
    expect(outputs[2]).toBe(`SSN ${ssn}`);
    expect(outputs[3]).toBe(`on file: ${ssn}`);
    expect(outputs[4]).toMatch(/^SSN：\[SSN:[^\]]+\]$/);
    expect(outputs[5]).toMatch(/^ssn \[SSN:[^\]]+\]$/);
    for (const piece of ['8514', '0132', '3390', '6789']) expect(stored).not.toContain(piece);
  });

  it('G16: letter-spaced text', async () => {
    const { outputs, stored } = await record(['S S N :  5 3 6 - 2 2 - 8 5 1 4', 'N A M E : Q X A R O   V L I N T U K', 'SSN 536-22-8514'], mode);
    const ssn = /\[SSN:[^\]]+\]/.exec(outputs[2] as string)?.[0] as string;
    expect(outputs[0]).toBe(`S S N :  ${ssn}`);
    expect(outputs[1]).toMatch(/^N A M E : \[PERSON:[^\]]+\]$/);
    for (const piece of ['8 5 1 4', 'Q X A R O', 'V L I N T U K']) expect(stored).not.toContain(piece);
  });
});

describe('look-alikes stay as written', () => {
  it('build stamps, camera names, invoices, versions, uuids, shas, numeric literals, spaced prose', async () => {
    const texts = [
      'build_20261204_1523.log',
      'IMG_20261204_153012.jpg',
      'invoice-2026-000123.pdf',
      'v1.2.3-4111',
      '550e8400-e29b-41d4-a716-446655440000',
      'commit 3f2a9c1d8e7b6a5f4c3d2e1f0a9b8c7d',
      'let n = 1_000_000_000;',
      'SKU-536-22-1234',
      'page 12 -\n13 of the report',
      'x = a + b + c',
      'H E L L O  W O R L D',
    ];
    const { outputs } = await record(texts, false);
    expect(outputs).toEqual(texts);
  });
});
