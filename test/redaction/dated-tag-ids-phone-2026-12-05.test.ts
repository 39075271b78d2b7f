// Item 4 of the misc brief of 2026-12-05 (issue 11; row O7 of probe-2026-12-05a.cases.md): a
// year, a dash and a serial after a tag's or a licence's word was read as a PHONE (`tag
// 2026-44817`, `Owner reports tag 2026-44817 lost.`) or a DRIVER_LICENSE (`licence 2026-44817`,
// `fishing licence 2026-44817`). libphonenumber-js takes `2026-44817` as a valid national number
// of 59 countries, so the word decides: after `tag` it is a tag's number (kept, as after `case`,
// `ticket`, `permit`), after a bare `licence` a licence's record number (LICENSE_NUMBER, as after
// `licence no.`); with a phone word (`Call 2026-44817`) still a phone.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../packages/core/src/redaction/detectors.js';

const kinds = (text: string): string[] => detectSensitive(text).filter((d) => d.type !== 'PERSON').map((d) => `${d.type}:${text.slice(d.start, d.end)}`);

describe('a dated serial after a tag\'s word is no phone', () => {
  it.each([
    'tag 2026-44817',
    'Owner reports tag 2026-44817 lost.',
    'luggage tag 2026-44817',
    'Tags: 2026-44817',
    'asset tag no 2019-00417 retired',
  ])('%s', (text) => {
    expect(kinds(text).filter((k) => k.startsWith('PHONE'))).toEqual([]);
  });
  it('nor after a case, a ticket, a permit (kept)', () => {
    for (const text of ['case 2026-44817', 'Case No. 2026-44817 filed', 'ticket 2026-44817', 'building permit 2026-44817', 'permit no. 2026-44817']) expect(kinds(text), text).toEqual([]);
  });
});

describe('a dated serial after a bare licence word is a licence\'s number, no driver\'s', () => {
  it.each(['licence 2026-44817', 'fishing licence 2026-44817', 'Hunting license: 2025-00123'])('%s', (text) => {
    const value = /\d{4}-\d{5}/.exec(text)?.[0];
    expect(kinds(text)).toEqual([`LICENSE_NUMBER:${value}`]);
  });
  it('a driver\'s licence number of a state\'s shape stays one', () => {
    expect(kinds('license D1234567 expired')).toEqual(['DRIVER_LICENSE:D1234567']);
    expect(kinds('Drivers Lic. S530-4129-8765')).toEqual(['DRIVER_LICENSE:S530-4129-8765']);
  });
  it('a pet\'s stays PET_ID', () => {
    expect(kinds('county dog license 2026-44817')).toEqual(['PET_ID:2026-44817']);
    expect(kinds('rabies tag 2026-44817')).toEqual(['PET_ID:2026-44817']);
  });
});

describe('a phone with a dash stays masked', () => {
  it.each([
    ['Call 2026-44817', '2026-44817'],
    ['Phone tag 2026-44817', '2026-44817'],
    ['tag: 0176 1234567', '0176 1234567'],
    ['Call 555-44817', '555-44817'],
  ])('%s', (text, phone) => {
    expect(kinds(text)).toEqual([`PHONE:${phone}`]);
  });
  it('a hostile run of the cue finishes', () => {
    expect(kinds('tag 2026-44817 '.repeat(15_000)).filter((k) => k.startsWith('PHONE')).length).toBe(0);
  });
});
