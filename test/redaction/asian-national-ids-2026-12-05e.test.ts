// L9, L11 and L12 (ids) of the thirteenth probe of 2026-12-05 (test/redaction/probe-2026-12-05f.cases.md):
// Indonesia's NIK after `NIK :`, `NIK saya`, `No. KTP` and under `nik`, Vietnam's CCCD after `CCCD:`,
// `Số CCCD`, `Căn cước công dân số:`, the card's title over `Số / No.:` and under `cccd`, and the Thai
// citizen id under `citizenId` were stored raw. Each is read after its label or under its key and
// only with its structure (national-ids.ts nikValid, cccdValid, thaiIdValid): province, birth date or
// year, check digit where the scheme has one; not any run of 16, 12 or 13 digits.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '../../packages/core/src/index.js';
import { detectSensitive } from '../../packages/core/src/redaction/detectors.js';
import { cccdValid, detectNationalIds, nikValid, thaiIdValid } from '../../packages/core/src/redaction/national-ids.js';
import type { Detection } from '../../packages/core/src/redaction/types.js';
import { timeRatio } from './linear-time.js';
import { storedResults } from './masked-text.js';

const { stored } = storedResults(createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]), sessionMemory: false }), 'c');
const ids = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'NATIONAL_ID').map((d) => text.slice(d.start, d.end));

describe('an Indonesian NIK, a Vietnamese CCCD, a Thai citizen id after their labels (L9, L11, L12)', () => {
  it.each([
    ['PROVINSI DKI JAKARTA\nNIK : 3174054708870003\nNama : SITI NURHALIZA RAHMAWATI', '3174054708870003'],
    ['NIK saya 5171044503950002, mohon dicek', '5171044503950002'],
    ['No. KTP 6471021210880006 atas nama pemohon', '6471021210880006'],
    ['Nomor Induk Kependudukan: 5171044503950002', '5171044503950002'],
    ['CĂN CƯỚC CÔNG DÂN\nSố / No.: 048201000123\nHọ và tên / Full name: …', '048201000123'],
    ['CCCD: 036095001234', '036095001234'],
    ['Số CCCD 048201000123, cấp ngày 02/01/2022', '048201000123'],
    ['Căn cước công dân số: 036095001234', '036095001234'],
    ['citizen id 1102003456781 on file', '1102003456781'],
  ])('%s', (text, value) => {
    expect(ids(text)).toEqual([value]);
    expect(stored(text)).not.toContain(value);
  });

  it('reads them under their keys', () => {
    const out = stored({ nik: '5171044503950002', cccd: '036095001234', citizenId: '5701100234564', kurir: 'JNE REG' });
    for (const value of ['5171044503950002', '036095001234', '5701100234564']) expect(out).not.toContain(value);
    expect(out).toContain('JNE REG');
  });

  it('keeps numbers without the structure after the labels, and the same digits without a label', () => {
    // A province that does not exist, a day 32, a serial 0000; a CCCD province 003, a century digit 7, a birth year to come; a Thai check digit off.
    for (const text of ['NIK: 9974054708870003', 'NIK: 3174053208870003', 'NIK: 3174054708870000', 'CCCD: 003187012345', 'CCCD: 001787012345', 'CCCD: 001399012345', 'citizen id 1102003456782']) {
      expect(ids(text), text).toEqual([]);
    }
    for (const text of ['Mã đơn hàng 048201000123', 'Order 5171044503950002 shipped', 'Nik said 5171044503950002 items']) expect(ids(text), text).toEqual([]);
    expect(nikValid('3578016012010002')).toBe(true);
    expect(cccdValid('079092004567', 2026)).toBe(true);
    expect(cccdValid('079327004567', 2026)).toBe(false);
    expect(thaiIdValid('3100400567818')).toBe(true);
  });
});

describe('the labels of these ids in linear time', () => {
  it('reads text full of labels and near-ids in time proportional to its length', () => {
    const run = (text: string) => detectNationalIds(text, [] as Detection[], 99, () => false);
    const unit = 'CĂN CƯỚC CÔNG DÂN căn cước NIK saya 9974054708870003 No. KTP e-KTP 12 CCCD 003187012345 Số CMND ';
    const make = (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    expect(timeRatio(run, make)).toBeLessThanOrEqual(3);
  });
});
