// Mutation tests for rich-text-runs.ts (issue 13; docs/TESTING.md, the rich-text-runs.ts row of
// 2026-12-05): runTextOf and labelPhrases called directly, each editor's run shape and each end
// of a label (struct-runs-2026-12-05d.test.ts asks only what the redactor stores).
import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../spec/event.js';
import { labelPhrases, MAX_RUN_VALUE, RUN_NAME, runTextOf } from './rich-text-runs.js';

describe('runTextOf: the text of a run and where it is kept', () => {
  it('no run: null, a string, a number, a list, an object of another kind, undefined', () => {
    for (const item of [null, 'text', 12, true, [{ text: 'a' }], { type: 'paragraph', content: [] }, undefined] as (JsonValue | undefined)[]) {
      expect(runTextOf(item)).toBeUndefined();
    }
  });
  it('ADF, Slack and Lexical `{type:"text", text}`, with other members', () => {
    expect(runTextOf({ type: 'text', text: 'DOB ', marks: [{ type: 'strong' }] })).toEqual({ text: 'DOB ', paths: [['text']] });
    expect(runTextOf({ type: 'text', text: 'x', role: 'user' })).toEqual({ text: 'x', paths: [['text']] });
  });
  it('Slate leaves `{text}` with no type and no role; a chat message `{role, text}` or another type is none', () => {
    expect(runTextOf({ text: 'Patient: ', bold: true })).toEqual({ text: 'Patient: ', paths: [['text']] });
    expect(runTextOf({ role: 'user', text: 'Patient: ' })).toBeUndefined();
    expect(runTextOf({ type: 'mention', text: '@ana' })).toBeUndefined();
    expect(runTextOf({ type: 'text', text: 5 })).toBeUndefined();
  });
  it('Quill `{insert}`; an embed `{insert: {image}}` is none', () => {
    expect(runTextOf({ insert: 'Member ID: ', attributes: { bold: true } })).toEqual({ text: 'Member ID: ', paths: [['insert']] });
    expect(runTextOf({ insert: { image: 'x.png' } })).toBeUndefined();
  });
  it('Google Docs `{textRun:{content}}`; a textRun that is null, a list or without content is none', () => {
    expect(runTextOf({ startIndex: 1, textRun: { content: 'Date of birth: ', textStyle: {} } })).toEqual({ text: 'Date of birth: ', paths: [['textRun', 'content']] });
    expect(runTextOf({ textRun: null })).toBeUndefined();
    expect(runTextOf({ textRun: [{ content: 'x' }] as unknown as JsonValue })).toBeUndefined();
    expect(runTextOf({ textRun: { content: 3 } })).toBeUndefined();
    expect(runTextOf({ textRun: 'x' })).toBeUndefined();
  });
  it('Notion `{plain_text, text:{content}}`: both paths when they hold the same text, plain_text alone otherwise', () => {
    expect(runTextOf({ type: 'text', plain_text: 'SSN ', text: { content: 'SSN ', link: null } })).toEqual({ text: 'SSN ', paths: [['plain_text'], ['text', 'content']] });
    expect(runTextOf({ plain_text: 'SSN ', text: { content: 'other' } })).toEqual({ text: 'SSN ', paths: [['plain_text']] });
    expect(runTextOf({ plain_text: 'SSN ', text: null })).toEqual({ text: 'SSN ', paths: [['plain_text']] });
    expect(runTextOf({ plain_text: 'SSN ' })).toEqual({ text: 'SSN ', paths: [['plain_text']] });
    expect(runTextOf({ plain_text: 'SSN ', text: [{ content: 'SSN ' }] as unknown as JsonValue })).toEqual({ text: 'SSN ', paths: [['plain_text']] });
  });
});

describe('labelPhrases: the label a run ends with', () => {
  it('each end a label may have: a blank, a tab, `:`, `#`, `-`, `–`, `=`, `：`', () => {
    expect(labelPhrases('DOB ')).toEqual(['DOB']);
    expect(labelPhrases('DOB\t')).toEqual(['DOB']);
    expect(labelPhrases('DOB:')).toEqual(['DOB']);
    expect(labelPhrases('Member #')).toEqual(['Member']);
    expect(labelPhrases('DOB -')).toEqual(['DOB']);
    expect(labelPhrases('DOB –')).toEqual(['DOB']);
    expect(labelPhrases('DOB=')).toEqual(['DOB']);
    expect(labelPhrases('氏名：')).toEqual(['氏名']);
  });
  it('a run that ends in a letter, a digit or other punctuation names nothing', () => {
    expect(labelPhrases('Verified DOB')).toBeUndefined();
    expect(labelPhrases('room 12')).toBeUndefined();
    expect(labelPhrases('Name.')).toBeUndefined();
    expect(labelPhrases('Name)')).toBeUndefined();
  });
  it('three characters are enough; two are not', () => {
    expect(labelPhrases('ID ')).toEqual(['ID']);
    expect(labelPhrases('D ')).toBeUndefined();
    expect(labelPhrases('')).toBeUndefined();
  });
  it('up to three words, longest first, split at blanks and tabs', () => {
    expect(labelPhrases('Verified identity with DOB ')).toEqual(['identity with DOB', 'with DOB', 'DOB']);
    expect(labelPhrases('Patient name: ')).toEqual(['Patient name', 'name']);
    expect(labelPhrases('Patient\tname: ')).toEqual(['Patient name', 'name']);
    expect(labelPhrases('Date of birth: ')).toEqual(['Date of birth', 'of birth', 'birth']);
  });
  it('a run that ends in punctuation or blanks with no word before them names nothing', () => {
    expect(labelPhrases(' : ')).toBeUndefined();
    expect(labelPhrases('12 : ')).toBeUndefined();
  });
  it('a long run: only its last 48 characters are read', () => {
    const head = 'x'.repeat(60);
    expect(labelPhrases(`${head} Name: `)).toEqual([`${'x'.repeat(41)} Name`, 'Name']);
    expect(labelPhrases(`${'a '.repeat(40)}Patient name: `)).toEqual(['a Patient name', 'Patient name', 'name']);
    // Under 48 characters: read whole (from its start, not from a place counted back from the end).
    expect(labelPhrases('abcdefghijklmnopqrstuvw Name: ')).toEqual(['abcdefghijklmnopqrstuvw Name', 'Name']);
    // 48 characters exactly: read whole.
    const exact = `${'y'.repeat(41)} Name: `;
    expect(exact.length).toBe(48);
    expect(labelPhrases(exact)).toEqual([`${'y'.repeat(41)} Name`, 'Name']);
  });
});

describe('the value run', () => {
  it('at most 64 characters; a name of one to four words of letters', () => {
    expect(MAX_RUN_VALUE).toBe(64);
    expect(RUN_NAME.test('hyacinth oduya')).toBe(true);
    expect(RUN_NAME.test("Ana María O'Neil-Ruiz")).toBe(true);
    expect(RUN_NAME.test('a b c d e')).toBe(false);
    expect(RUN_NAME.test('ZGP552108773')).toBe(false);
  });
});
