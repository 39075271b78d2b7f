// Issue 11's open person-name leaks of 2026-12-05 (packages/core/src/redaction/opens-2026-12-05.test.ts
// holds the detector's tests): the same inputs as JSON values through the real pipeline
// (createAuditor + a file ledger, read back), and the raw ledger bytes searched for the names.
import { afterAll, describe, expect, it } from 'vitest';
import type { JsonValue } from '@agent-audit/core';
import { kinds, removeLedgers, stored } from './pipeline-2026-12-04f.js';

afterAll(removeLedgers);

describe('issue 11 open leaks through a file ledger', () => {
  it.each([
    ['Name of insured: Brannoch\nFeltsby\nPolicy: HO-4471920', ['Brannoch', 'Feltsby']],
    ['Patient Name: Dorric\nHalversham    MRN: 884211', ['Dorric', 'Halversham']],
    [{ form: 'Claimant: Quentara\nBellwick' }, ['Quentara', 'Bellwick']],
    [{ cite: 'Bellwick v. Halversham, 512 F.3d 101 (7th Cir. 2008)' }, ['Bellwick', 'Halversham']],
    [{ note: 'Patient: Joy Field, DOB 1980-02-03' }, ['Joy Field']],
    [{ answer: 'maiden name\tis Thistlecrake' }, ['Thistlecrake']],
    [{ transcript: 'hi this is dorric halversham' }, ['dorric', 'halversham']],
    ['Caller: yeah this is brennist ollenby', ['brennist', 'ollenby']],
  ] as Array<[JsonValue, string[]]>)('%j', async (input, names) => {
    const { values, raw } = await stored([input]);
    for (const name of names) expect(raw).not.toMatch(new RegExp(`(?<![0-9A-Za-z])${name}(?![0-9A-Za-z])`));
    expect(kinds(values[0] as JsonValue)).toContain('[PERSON]');
  });
  it('boundaries stay as written', async () => {
    const { raw } = await stored([{ form: 'Name: Dorric\nPolicy: X' }, { cite: 'Acme Corp. v. Globex Inc., 512 F.3d 101' }, { chat: 'hi this is electric blue' }]);
    for (const kept of ['Policy: X', 'Acme Corp. v. Globex Inc.', 'electric blue']) expect(raw).toContain(kept);
  });
});
