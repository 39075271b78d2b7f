// L6 of the thirteenth probe of 2026-12-05 (test/redaction/probe-2026-12-05f.cases.md): a Chinese address
// whose road has a numbered section (`人民南路四段12号`, `忠孝东路四段100号`) was stored raw after `住址：`,
// `收货地址：`, under `收件地址` and in English text, while `春熙路18号` was masked. Now the section (段, in
// Han numerals or digits), Taiwan's lane and alley (巷, 弄), the traditional 號 and 之 are read
// between the road and its number (addresses-intl.ts CN_ROAD).
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '../../packages/core/src/index.js';
import { masked, storedResults } from './masked-text.js';
import { detectSensitive } from '../../packages/core/src/redaction/detectors.js';
import { timeRatio } from './linear-time.js';

const { stored } = storedResults(createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]), sessionMemory: false }), 'c');

describe('a Chinese road with a numbered section (L6)', () => {
  it.each([
    ['住址：重庆市渝中区中山三路二段45号', '中山三路二段45号', '住址：'],
    ['收货地址：台北市中山區南京東路三段219號5樓', '南京東路三段219號', '收货地址：'],
    ['地址：台北市信義區忠孝東路五段100巷5弄3號4樓之2', '忠孝東路五段100巷5弄3號', '地址：'],
    ['Ship to 成都市锦江区东大街2段88号 please', '东大街2段88号', 'Ship to '],
  ])('%s', (text, street, kept) => {
    expect(masked(text)).not.toContain(street);
    expect(masked(text)).not.toMatch(/段\d/);
    expect(masked(text)).toContain(kept);
  });

  it('reads it under an address key the lists do not know', () => {
    const out = stored({ 收件地址: '四川省绵阳市涪城区临园路东段57号', 快递公司: '顺丰速运' });
    expect(out).not.toContain('临园路东段57号');
    expect(out).not.toContain('57号');
    expect(out).toContain('顺丰速运');
  });

  it('keeps sections that are no road', () => {
    for (const text of ['第三段12号文件已归档', '请阅读第二段第3号条款', '路段12号施工']) expect(detectSensitive(text).filter((d) => d.type === 'ADDRESS'), text).toEqual([]);
  });

  it('reads a flood of road words in linear time', () => {
    const unit = '路四段12 街2段 巷 弄 忠孝東路五段100巷5弄 ';
    const make = (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    expect(timeRatio(detectSensitive, make)).toBeLessThanOrEqual(3);
  });
});
