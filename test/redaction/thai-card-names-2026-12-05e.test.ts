// L12 (names) of the thirteenth probe of 2026-12-05 (test/redaction/probe-2026-12-05f.cases.md): a Thai
// name with no title after the identity card's label ชื่อตัวและชื่อสกุล ("given name and family name")
// was stored raw: the label runs on past ชื่อ with no blank, so the `ชื่อ` label rule never saw it.
// Now the card's labels (ชื่อตัวและชื่อสกุล, ชื่อและนามสกุล, ชื่อตัว, ชื่อสกุล) are name labels
// (script-names.ts THAI_LABEL, THAI_NAME_LABELS).
import { describe, expect, it } from 'vitest';
import { masked } from './masked-text.js';

describe('a Thai name after the identity card label (L12)', () => {
  it.each([
    ['เลขประจำตัวประชาชน 1 1020 03456 78 1\nชื่อตัวและชื่อสกุล ประเสริฐ วงศ์ใหญ่\nที่อยู่ …', 'ประเสริฐ วงศ์ใหญ่', 'ชื่อตัวและชื่อสกุล '],
    ['ชื่อและนามสกุล: วิไลวรรณ ทองดี', 'วิไลวรรณ ทองดี', 'ชื่อและนามสกุล: '],
    ['ชื่อตัว สุดารัตน์\nชื่อสกุล พึ่งบุญ', 'สุดารัตน์', 'ชื่อสกุล '],
    ['ชื่อตัวและชื่อสกุล นายอนุชา แสงทอง', 'อนุชา แสงทอง', 'ชื่อตัวและชื่อสกุล นาย'],
  ])('%s', (text, name, kept) => {
    expect(masked(text)).not.toContain(name);
    expect(masked(text)).toContain(kept);
  });

  it('keeps the label alone and words that start with it', () => {
    for (const text of ['ชื่อตัวและชื่อสกุล', 'กรุณากรอกชื่อตัวและชื่อสกุลให้ครบ', 'ชื่อสกุล: (ว่าง)']) expect(masked(text), text).toBe(text);
  });
});
