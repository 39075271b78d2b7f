// Labels and values inside markup (the second README-only probe of 2026-12-04, G4, G5, G13;
// test/redaction/probe-2026-12-04b.cases.md): Markdown or HTML emphasis around a label, HTML form
// inputs whose name, id or autocomplete names the field of their value, and a label cell beside
// its value cell were stored raw. Each is checked through createAuditor and a file ledger: the
// value is stored as the token plain text would give it (`DOB: 1984-03-12`), never raw, and
// look-alikes stay. The probe's inputs and others of the same kinds held back.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor, fileLedger, readEvents } from '@agent-audit/core';
import { blankMachineValues, storedJsonl } from './stored.js';

const work = mkdtempSync(join(tmpdir(), 'aa-markup-labels-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let runs = 0;

/** Each text recorded as a model's output on a fresh ledger: what was stored for each, and the ledger's lines. */
async function record(texts: readonly string[]): Promise<{ outputs: string[]; stored: string }> {
  const dir = join(work, `run-${runs++}`);
  const auditor = createAuditor({
    agent: { id: 'markup' },
    sink: fileLedger({ dir, keyDir: join(work, 'keys'), fsync: false }),
    redactor: createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) }),
  });
  for (const text of texts) auditor.record({ type: 'model.response', content: { output: text } });
  await auditor.close();
  const outputs: string[] = [];
  for await (const event of readEvents(dir, { stream: 'markup' })) outputs.push(String((event.content as Record<string, unknown>).output));
  return { outputs, stored: blankMachineValues(storedJsonl(dir)).replace(/[0-9a-f]{32,}/g, '') };
}

/** [markup, the value, the same label and value as plain text]: the markup's value must be stored as the plain text's token. */
const LEAKS: Array<[string, string, string]> = [
  // G4: emphasis or code around a label or a value (the probe's, then held back).
  ['**DOB:** 1984-03-12', '1984-03-12', 'DOB: 1984-03-12'],
  ['**MRN:** 00482913', '00482913', 'MRN: 00482913'],
  ['- **Last name**: Vlintuk', 'Vlintuk', 'Last name: Vlintuk'],
  ['__DOB__: 1979-11-02', '1979-11-02', 'DOB: 1979-11-02'],
  ['<strong>DOB:</strong> 1971-05-06', '1971-05-06', 'DOB: 1971-05-06'],
  ['DOB: `1966-07-08`', '1966-07-08', 'DOB: 1966-07-08'],
  ['**Date of birth:** 02/29/1976', '02/29/1976', 'Date of birth: 02/29/1976'],
  ['> **Medical record number:** 00917344', '00917344', 'Medical record number: 00917344'],
  ['<em>Surname:</em> Quellbrandt', 'Quellbrandt', 'Surname: Quellbrandt'],
  ['<b>First name</b>: Wenlix', 'Wenlix', 'First name: Wenlix'],
  ['*DOB*: `1983-10-21`', '1983-10-21', 'DOB: 1983-10-21'],
  // G5: form inputs, any attribute order, the WHATWG autofill names.
  ['<input type="date" name="dob" value="1984-03-12">', '1984-03-12', 'dob: 1984-03-12'],
  ['<input name="last_name" value="Vlintuk">', 'Vlintuk', 'last_name: Vlintuk'],
  ['<input value="Dorvane" name="lastName">', 'Dorvane', 'lastName: Dorvane'],
  ['<input class="f" value="Qxarsk" autocomplete="billing family-name" name="f3" />', 'Qxarsk', 'family-name: Qxarsk'],
  ["<input autocomplete='bday' value='1971-05-06'>", '1971-05-06', 'bday: 1971-05-06'],
  ['<input id=mrn value=00917344>', '00917344', 'mrn: 00917344'],
  ['<select name="family_name"><option>----</option><option selected value="Qxarsk">Qxarsk</option></select>', 'Qxarsk', 'family_name: Qxarsk'],
  // G13: a label cell beside its value cell.
  ['<dt>DOB</dt><dd>03/12/1984</dd>', '03/12/1984', 'DOB: 03/12/1984'],
  ['<dt>Date of birth</dt><dd>12 March 1984</dd>', '12 March 1984', 'Date of birth: 12 March 1984'],
  ['<table><tr><th>Date of birth</th><td>06/05/1971</td></tr></table>', '06/05/1971', 'Date of birth: 06/05/1971'],
  ['<label for="ln">Last name</label>\n<span id="ln">Qxarsk</span>', 'Qxarsk', 'Last name: Qxarsk'],
  ['<dl><dt>Status</dt><dd>Active</dd><dt>MRN</dt><dd>00917344</dd></dl>', '00917344', 'MRN: 00917344'],
];

describe('G4, G5, G13: a label or a value in markup is masked as in plain text, end to end', () => {
  it.each(LEAKS)('%j', async (markup, value, plain) => {
    const { outputs, stored } = await record([plain, markup]);
    const token = /\[[A-Z_]+:psn_[a-z0-9]+_[a-z2-7]+\]/.exec(outputs[0] as string)?.[0];
    expect(token, plain).toBeDefined();
    expect(outputs[1]).toBe(markup.split(value).join(token as string));
    expect(stored).not.toContain(value);
  });
});

describe('look-alikes in markup stay', () => {
  it('ids, versions, statuses, code and fields that name no personal data', async () => {
    const texts = [
      '**Order:** 00482913',
      '**Version:** `1.2.3`',
      '<input name="order_id" value="00482913">',
      '<input type="submit" name="last_name" value="Save">',
      '<dt>Status</dt><dd>Active</dd>',
      '<th>SKU</th><td>12345678</td>',
      '<td>Name</td><td>billing-sync</td>',
      'Run `npm i left-pad@1.3.0` then `make __init__`',
      'def f(*args, **kwargs): return 2**32',
      'Use `Array<string>` or <code>Map&lt;K, V&gt;</code>',
    ];
    const { outputs } = await record(texts);
    expect(outputs).toEqual(texts);
  });

  it('a password holding `**` is masked whole, as written', async () => {
    const { outputs, stored } = await record(['password: hunter**2x', '<input type="password" name="password" value="**Zq9!vault**">']);
    expect(outputs[0]).toMatch(/^password: \[PASSWORD:psn_[^\]]+\]$/);
    expect(outputs[1]).toMatch(/^<input type="password" name="password" value="\[PASSWORD:psn_[^\]]+\]">$/);
    expect(stored).not.toContain('hunter');
    expect(stored).not.toContain('Zq9!vault');
  });
});

describe('the kind, not the examples', () => {
  it('any emphasis around any label, the colon inside or outside, the value bare or in backticks (property)', () => {
    const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) });
    const output = (text: string): string => {
      const out = redactor.redact({ v: 1, id: 'e', seq: 0, ts: '2026-12-04T00:00:00Z', stream: 's', type: 'model.response', agent: { id: 'a' }, source: 's', outcome: 'success', content: { output: text } } as never, { capture: {} } as never) as { event: { content: { output: string } } };
      return out.event.content.output;
    };
    const wraps: Array<[string, string]> = [['**', '**'], ['__', '__'], ['*', '*'], ['_', '_'], ['<b>', '</b>'], ['<strong>', '</strong>'], ['<em>', '</em>'], ['<i>', '</i>'], ['<u>', '</u>']];
    fc.assert(
      fc.property(
        fc.constantFrom<[string, string]>(['DOB', '1984-03-12'], ['Date of birth', '03/12/1984'], ['MRN', '00482913'], ['Last name', 'Vlintuk'], ['Surname', 'Quellbrandt'], ['First name', 'Wenlix']),
        fc.constantFrom(...wraps),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom('', '- ', '* ', '> ', '1. '),
        ([label, value], [open, close], colonInside, ticks) => {
          const text = `${colonInside ? `${open}${label}:${close}` : `${open}${label}${close}:`} ${ticks ? `\`${value}\`` : value}`;
          const line = text;
          const stored = output(`Summary\n${line}`);
          expect(stored, line).not.toContain(value);
          expect(stored, line).toContain(`${open}${label}`);
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([
    ['in the sealing pool', { startAfterEvents: 0 }],
    ['in a pool that starts after the first event', { startAfterEvents: 1 }],
  ] as const)('the same in the sealing pool (%s)', async (_label, redactionWorker) => {
    const dir = join(work, `run-${runs++}`);
    const auditor = createAuditor({
      agent: { id: 'markup' },
      sink: fileLedger({ dir, keyDir: join(work, 'keys'), fsync: false }),
      redactor: createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) }),
      redactionWorker,
    });
    const texts = ['**DOB:** 1984-03-12', '<input value="Dorvane" name="lastName">', '<dt>Date of birth</dt><dd>12 March 1984</dd>'];
    for (const text of texts) auditor.record({ type: 'model.response', content: { output: text } });
    await auditor.close();
    const outputs: string[] = [];
    for await (const event of readEvents(dir, { stream: 'markup' })) outputs.push(String((event.content as Record<string, unknown>).output));
    expect(outputs[0]).toMatch(/^\*\*DOB:\*\* \[DOB:psn_[^\]]+\]$/);
    expect(outputs[1]).toMatch(/^<input value="\[PERSON:psn_[^\]]+\]" name="lastName">$/);
    expect(outputs[2]).toMatch(/^<dt>Date of birth<\/dt><dd>\[DOB:psn_[^\]]+\]<\/dd>$/);
    const stored = blankMachineValues(storedJsonl(dir));
    for (const value of ['1984-03-12', 'Dorvane', '12 March 1984']) expect(stored).not.toContain(value);
  });
});
