// National numbers in a table's generic `id` column beside a person's columns (the seventeenth
// README-only probe, 2026-12-05j, L4; issue 11): a household CSV `member,relationship,dob,id` stored
// the Turkish T.C. Kimlik No, the Vietnamese CCCD and the Hungarian TAJ raw (the name and the date
// were masked). In a table with a person's column (a name, a role, a date of birth) a cell of an
// `id`/`id_no`/`identifier` column that passes one of these ids' checks (TCKN's two check digits,
// CCCD's province, century and year, TAJ's check digit) is masked as a NATIONAL_ID; row numbers,
// order ids and tables of things stay.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '@agent-audit/core';
import { storedResults } from './masked-text.js';

const { leaksIn, keptIn, stored } = storedResults(() => createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(5)]), sessionMemory: false }), 'c');

describe('a national number in a table of persons\' id column', () => {
  it.each([
    ['a TCKN', 'member,relationship,dob,id\nGülşen Karaosmanoğlu,head,1979-04-23,38461927550\nDefne Karaosmanoğlu,daughter,2017-09-02,62601815964', ['38461927550', '62601815964']],
    ['a CCCD', 'member,relationship,dob,id\nTrương Quốc Bảo,head,1986-11-02,079086004217', ['079086004217']],
    ['a TAJ in groups', 'member,relationship,dob,id\nTőkés-Hajdú Szabolcs,head,1968-12-30,038 274 194', ['038 274 194']],
    ['an identifier column first', 'identifier;full_name;date_of_birth\n996 030 825;Szabó Gergely;1961-07-30', ['996 030 825']],
    ['beside a role column', 'member;relationship;id\nTrần Thị Lan;wife;079186004218', ['079186004218']],
  ])('%s', (_name, csv, values) => {
    expect(leaksIn(csv, values)).toEqual([]);
    expect(stored(csv)).toContain('[NATIONAL_ID');
  });
  it.each([
    ['a table of things', 'id,sku,qty,price\n38461927550,AB-100,3,9.99\n62601815964,AB-200,1,4.50', ['38461927550', '62601815964']],
    ['an order table', 'order_id,product,qty\n079086004217,Solar lamp,2', ['079086004217']],
    ['a row number', 'id,name,dob\n17,Ayşe Korkmaz,1981-02-11', ['17,']],
    ['an id that fails its check', 'member,relationship,dob,id\nAyşe Korkmaz,head,1981-02-11,38461927551', ['38461927551']],
  ])('kept: %s', (_name, csv, values) => {
    expect(keptIn(csv, values)).toEqual([]);
  });
});
