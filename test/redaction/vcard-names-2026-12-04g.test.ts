// L7 of the seventh README-only probe of 2026-12-04 (probe-2026-12-04g.cases.md): a vCard's
// structured name `N:` (RFC 6350 §6.2.2: family;given;additional;prefix;suffix) was stored raw when
// no `FN:` line repeated the name (TEL and BDAY beside it masked). The row's inputs and other
// spellings of the kind through the real pipeline; look-alikes beside them stay as written.
import { afterAll, describe, expect, it } from 'vitest';
import type { JsonValue } from '@agent-audit/core';
import { kinds, redacted, removeLedgers, stored } from './pipeline-2026-12-04f.js';

afterAll(removeLedgers);

describe('L7: the row', () => {
  it.each([
    ['BEGIN:VCARD\nN:Halversham;Dorric;;Mr;\nEND:VCARD', 'BEGIN:VCARD\nN:[PERSON];[PERSON];;Mr;\nEND:VCARD'],
    ['BEGIN:VCARD\nVERSION:3.0\nN:Bellwick;Quentara;;;\nTEL:+14155550134\nEND:VCARD', 'BEGIN:VCARD\nVERSION:3.0\nN:[PERSON];[PERSON];;;\nTEL:[PHONE]\nEND:VCARD'],
    ['BEGIN:VCARD\nVERSION:4.0\nN:Thistlecrake;Orvenna\nTEL;VALUE=uri:tel:+1-217-555-0143\nBDAY:19850714\nEND:VCARD', 'BEGIN:VCARD\nVERSION:4.0\nN:[PERSON];[PERSON]\nTEL;VALUE=uri:tel:[PHONE]\nBDAY:[DOB]\nEND:VCARD'],
  ])('%j', async (input, expected) => {
    const { values, raw } = await stored([input]);
    expect(kinds(values[0] as JsonValue)).toBe(expected);
    for (const name of ['Halversham', 'Dorric', 'Bellwick', 'Quentara', 'Thistlecrake', 'Orvenna']) expect(raw).not.toContain(name);
  });
  it('the row\u2019s masked inputs stay masked: FN, and N beside an FN of the same name', () => {
    expect(kinds(redacted('BEGIN:VCARD\nFN:Quentara Bellwick\nEND:VCARD'))).toBe('BEGIN:VCARD\nFN:[PERSON]\nEND:VCARD');
    expect(kinds(redacted('BEGIN:VCARD\nN:Bellwick;Quentara;;;\nFN:Quentara Bellwick\nEND:VCARD'))).toBe('BEGIN:VCARD\nN:[PERSON];[PERSON];;;\nFN:[PERSON]\nEND:VCARD');
  });
});

describe('L7: other spellings of the kind (held back)', () => {
  it.each([
    ['BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8:Vlintuk;Qxaro;;;\r\nEND:VCARD', 'N;CHARSET=UTF-8:[PERSON];[PERSON];;;'],
    ['BEGIN:VCARD\nVERSION:3.0\nitem1.N:Castellane;Merrow;Ysolde;Dr.;PhD\nEND:VCARD', 'item1.N:[PERSON];[PERSON];[PERSON];Dr.;PhD'],
    ['begin:vcard\nn:Feltsby;Brannoch\nend:vcard', 'n:[PERSON];[PERSON]'],
    ['BEGIN:VCARD\nN:Amberwick-Lowe;Pelisse,Anne;;;\nEMAIL:pelisse@example.org\nEND:VCARD', 'N:[PERSON];[PERSON],[PERSON];;;'],
    ['BEGIN:VCARD\nN;LANGUAGE=de:Brannoch;Feltsby;;Herr;\nEND:VCARD', 'N;LANGUAGE=de:[PERSON];[PERSON];;'],
    ['Exported contact (text/vcard):\nBEGIN:VCARD\nN:Okonkwo-Vale;Idris\nEND:VCARD', 'N:[PERSON];[PERSON]'],
  ])('%j', async (input, expected) => {
    const { values } = await stored([input]);
    expect(kinds(values[0] as JsonValue)).toContain(expected);
  });
});

describe('L7: look-alikes stay as written', () => {
  it.each([
    'BEGIN:VCARD\nN:;;;;\nORG:Acme Corp\nEND:VCARD',
    'BEGIN:VCARD\nVERSION:4.0\nNOTE:call back Monday\nEND:VCARD',
    'N: the sample size of the vcard export test was 40',
    'Step N: repeat until done',
  ])('%j', (input) => {
    expect(redacted(input)).toBe(input);
  });
});
