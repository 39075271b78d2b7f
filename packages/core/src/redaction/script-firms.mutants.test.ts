import { describe, expect, it } from 'vitest';
import { dropScriptFirms } from './script-firms.js';
import type { Detection } from './types.js';

// Issue 13: script-firms.ts under Stryker (docs/TESTING.md). dropScriptFirms called directly on
// detections made by hand: each a word of the text (its first occurrence, or the one after `from`),
// the words that stay returned in order.
const span = (text: string, word: string, type = 'PERSON', from = 0): Detection => {
  const start = text.indexOf(word, from);
  if (start === -1) throw new Error(`${word} not in ${text}`);
  return { start, end: start + word.length, type, class: type === 'PERSON' ? 'pii.person' : 'pii' };
};
/** The words of `persons` that stay after dropScriptFirms (all read from index 0). */
const kept = (text: string, persons: string[]): string[] => {
  const out = persons.map((word) => span(text, word));
  dropScriptFirms(text, out, 0);
  return out.map((d) => text.slice(d.start, d.end));
};

describe('Cyrillic and Greek: a company word in the name or right after it', () => {
  it.each([
    // A word of the span ends in a company's word; the span has several words.
    ['Перевод через Сбербанк Онлайн выполнен', 'Сбербанк Онлайн', false],
    ['Перевод через Сбербанк выполнен', 'Сбербанк', false],
    ['Иван Петров выполнен', 'Иван Петров', true],
    // The word after the span (one blank, a tab, a no-break space; dots and combining marks in it).
    ['Сбербанк Онлайн', 'Сбербанк', false],
    ['Ромашка\tХолдинг', 'Ромашка', false],
    ['Ромашка\u00a0Телеком', 'Ромашка', false],
    ['Ромашка  Телеком', 'Ромашка', false],
    ['Κωτσόβολος Α.Ε. Αθήνα', 'Κωτσόβολος', false],
    ['Εθνική Τρα\u0301πεζα', 'Εθνική', false],
    // No blank before the next word, no word after the blank, a word not of the list.
    ['Ромашка,Телеком', 'Ромашка', true],
    ['Иван Петров, Сбербанк', 'Иван Петров', true],
    ['Ромашка ,Телеком', 'Ромашка', true],
    ['Иван Петров пришёл', 'Иван', true],
    // The next word is read on 32 characters.
    [`Ромашка ${'ж'.repeat(24)}банк`, 'Ромашка', true],
    [`Ромашка ${'ж'.repeat(20)}банк`, 'Ромашка', false],
    // Accents and case folded: Τράπεζα, ΤΡΑΠΕΖΑ; Greek legal forms; Russian legal forms by a dash.
    ['Εθνική Τράπεζα', 'Εθνική Τράπεζα', false],
    ['ΕΘΝΙΚΗ ΤΡΑΠΕΖΑ', 'ΕΘΝΙΚΗ ΤΡΑΠΕΖΑ', false],
    ['ООО Ромашка', 'ООО Ромашка', false],
    ['ООО-Ромашка', 'ООО-Ромашка', false],
    ['ООО–Ромашка', 'ООО–Ромашка', false],
    ['Ромашка ипотека', 'Ромашка', true],
    ['Ромашка ИП', 'Ромашка', false],
    // A company word inside a word, not at its end.
    ['Банкир Петров', 'Банкир Петров', true],
  ])('%s [%s]: kept %s', (text, person, stays) => {
    expect(kept(text, [person])).toEqual(stays ? [person] : []);
  });
});

describe('Han and kana', () => {
  it.each([
    // A company's word at the end of the span, or in the four characters after it.
    ['三菱商事', '三菱商事', false],
    ['三菱商事、ソニー', '三菱', false],
    ['三菱商事と取引', '三菱', true],
    ['阿里巴巴集团', '阿里巴巴', false],
    ['张伟今天去了银行', '张伟', true],
    // Not past a list's comma, a semicolon or a blank.
    ['任天堂、公司', '任天堂', true],
    ['任天堂 公司', '任天堂', true],
    ['任天堂;银行', '任天堂', true],
    ['任天堂\n\n银行', '任天堂', true],
  ])('%s [%s]: kept %s', (text, person, stays) => {
    expect(kept(text, [person])).toEqual(stays ? [person] : []);
  });
  it('in a list after a label that names companies, to the list end', () => {
    const text = '取引先：三菱、ソニー、任天堂；客户：华为、腾讯';
    expect(kept(text, ['三菱', 'ソニー', '任天堂', '华为', '腾讯'])).toEqual(['华为', '腾讯']);
  });
  it('several lists: each found by the search, and what lies between them stays', () => {
    const text = '张伟说 供应商: 华为；王芳说 品牌：腾讯\n李娜说 厂商：小米。刘洋 企业：百度';
    expect(kept(text, ['张伟', '华为', '王芳', '腾讯', '李娜', '小米', '刘洋', '百度'])).toEqual(['张伟', '王芳', '李娜', '刘洋']);
  });
  it('a span reaching past the list end stays; one ending at it goes', () => {
    const text = '品牌：小米腾讯；张伟';
    const out = [span(text, '小米腾讯；张'), span(text, '小米腾讯'), span(text, '讯'), span(text, '品牌：小米')];
    dropScriptFirms(text, out, 0);
    expect(out.map((d) => text.slice(d.start, d.end))).toEqual(['小米腾讯；张']);
  });
  it('a list label with a full-width colon, blanks before it, or no colon', () => {
    expect(kept('メーカー\u3000：ソニー', ['ソニー'])).toEqual([]);
    expect(kept('メーカー ソニー', ['ソニー'])).toEqual(['ソニー']);
  });
});

describe('what is not read', () => {
  it('detections before `from` and of other types stay, in order', () => {
    const text = 'Сбербанк Онлайн; 三菱商事; Ромашка Банк';
    const out = [span(text, 'Сбербанк Онлайн'), span(text, '三菱商事', 'ORGANIZATION'), span(text, 'Ромашка'), span(text, 'Сбербанк Онлайн', 'ADDRESS')];
    dropScriptFirms(text, out, 1);
    expect(out.map((d) => [text.slice(d.start, d.end), d.type])).toEqual([
      ['Сбербанк Онлайн', 'PERSON'],
      ['三菱商事', 'ORGANIZATION'],
      ['Сбербанк Онлайн', 'ADDRESS'],
    ]);
  });
  it('a Latin-script person, with company words around it', () => {
    expect(kept('Grace Hill Bank, 三菱商事', ['Grace Hill'])).toEqual(['Grace Hill']);
    expect(kept('Grace Hill Банк', ['Grace Hill'])).toEqual(['Grace Hill']);
    expect(kept('取引先：Grace Hill、ソニー', ['Grace Hill', 'ソニー'])).toEqual(['Grace Hill']);
  });
});
