// L5 of the seventh README-only probe of 2026-12-04 (probe-2026-12-04g.cases.md): NCPDP
// Telecommunication Standard pharmacy claim segments (field ids CA the patient's first name, CB
// the last name, C4 the date of birth) were stored raw, only the street (CM) masked by the address
// rules. The fields are read by their ids (ncpdp.ts), whichever separator a log shows for 0x1C.
// The row's inputs and other spellings of the kind through the real pipeline; look-alikes beside
// them stay as written.
import { afterAll, describe, expect, it } from 'vitest';
import type { JsonValue } from '@agent-audit/core';
import { kinds, redacted, removeLedgers, stored } from './pipeline-2026-12-04f.js';

afterAll(removeLedgers);

describe('L5: the row', () => {
  it.each([
    ['AM01~C4 19840312~C5 1~CA QXARO~CB VLINTUK~CM 12 ELMWOOD ST~', 'AM01~C4 [DOB]~C5 1~CA [PERSON]~CB [PERSON]~CM [ADDRESS]~'],
    ['CA QXARO~CB VLINTUK~C4 19840312', 'CA [PERSON]~CB [PERSON]~C4 [DOB]'],
  ])('%s', async (input, expected) => {
    const { values, raw } = await stored([input]);
    expect(kinds(values[0] as JsonValue)).toBe(expected);
    for (const value of ['QXARO', 'VLINTUK', '19840312', 'ELMWOOD']) expect(raw).not.toContain(value);
  });
});

describe('L5: other spellings of the kind (held back)', () => {
  it.each([
    ['B1 claim: AM01\u001cC419790211\u001cC52\u001cCADORRIC\u001cCBHALVERSHAM\u001cCN RENO\u001cCONV\u001cCP89501\u001cCQ7755550142\u001eAM04\u001cC2XJH123456789\u001cCCDORRIC\u001cCDHALVERSHAM', 'B1 claim: AM01\u001cC4[DOB]\u001cC52\u001cCA[PERSON]\u001cCB[PERSON]\u001cCN [ADDRESS]\u001cCONV\u001cCP[ADDRESS]\u001cCQ[PHONE]\u001eAM04\u001cC2[HEALTH_PLAN_ID]\u001cCC[PERSON]\u001cCD[PERSON]'],
    ['req: AM01<FS>C419850714<FS>CAORVENNA<FS>CBTHISTLECRAKE<FS>CM44 OAK AVE', 'req: AM01<FS>C4[DOB]<FS>CA[PERSON]<FS>CB[PERSON]<FS>CM[ADDRESS]'],
    ['AM01\\x1cC419880109\\x1cCAMERROW\\x1cCBCASTELLANE', 'AM01\\x1cC4[DOB]\\x1cCA[PERSON]\\x1cCB[PERSON]'],
    ['AM01|C4=19770930|CA=BRANNOCH|CB=FELTSBY|CQ=2175550143', 'AM01|C4=[DOB]|CA=[PERSON]|CB=[PERSON]|CQ=[PHONE]'],
    ['AM01\nCAPELISSE\nCBAMBERWICK\nC419690402', 'AM01\nCA[PERSON]\nCB[PERSON]\nC4[DOB]'],
    ['AM04~C2 XJH123456789~CC IDRIS~CD OKONKWO-VALE', 'AM04~C2 [HEALTH_PLAN_ID]~CC [PERSON]~CD [PERSON]'],
  ])('%s', async (input, expected) => {
    const { values } = await stored([input]);
    expect(kinds(values[0] as JsonValue)).toBe(expected);
  });
});

describe('L5: look-alikes stay as written', () => {
  it.each([
    '| CA | CB | C4 |\n| --- | --- | --- |',
    'Ship to CA~CB lines by 2026',
    'CACHE hit ratio 99% | CB rate 12',
    'The CA office in CB county, C4 section',
    'CA~NV~OR regions',
    'C4 19840312 build id',
  ])('%j', (input) => {
    expect(redacted(input)).toBe(input);
  });
});
