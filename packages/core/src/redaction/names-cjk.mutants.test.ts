// What the Han detectors of names.ts promise (issue 13, from the Stryker run on names.ts 917-1035:
// `isHan`, `detectHanNames`, `pushHan`, `hanGivenLength`), to the code unit and with the whole
// detection. In process, names.ts alone; each test is a few milliseconds.
import { describe, expect, it } from 'vitest';
import { detectHanNames, detectHanNamesInSentences, preloadNameLists } from './names.js';
import type { Detection } from './types.js';

type Detector = (text: string, out: Detection[]) => void;
const spans = (detect: Detector, text: string) => {
  const out: Detection[] = [];
  detect(text, out);
  return out.map((d) => `${d.start}-${d.end}:${text.slice(d.start, d.end)}`);
};
const han = (text: string) => spans(detectHanNames, text);
const sentences = (text: string) => spans(detectHanNamesInSentences, text);

preloadNameLists();

describe('Han names standing apart (issue 13)', () => {
  it('a detection is a PERSON of class pii.person whose normal form is the name', () => {
    const out: Detection[] = [];
    detectHanNames('Patient 王小明 arrived', out);
    expect(out).toEqual([{ start: 8, end: 11, type: 'PERSON', class: 'pii.person', normalized: '王小明' }]);
    const inside: Detection[] = [];
    detectHanNamesInSentences('患者李华今天来', inside);
    expect(inside).toEqual([{ start: 2, end: 4, type: 'PERSON', class: 'pii.person', normalized: '李华' }]);
  });

  it('after a number, a family name that is also a measure word is the measure word (6位数字 was masked: a probe of 2026-12-03)', () => {
    for (const text of ['验证码：6位数字', '共3张照片', '请输入６位数字', '三位数字', '两名学生']) expect(han(text), text).toEqual([]);
    // Not after a number, or a family name that is no measure word.
    expect(han('Patient 张小明')).toEqual(['8-11:张小明']);
    expect(han('6 王小明')).toEqual(['2-5:王小明']);
    expect(han('6王小明')).toEqual(['1-4:王小明']);
  });

  it('the Han blocks end where Unicode ends them: a character just outside is no part of the run', () => {
    // 一 (U+4E00), U+9FFF, 㐀 (U+3400) and U+4DBF are Han: the run is four characters, no name.
    for (const text of ['一王小明', '王小明\u9fff', '\u3400王小明', '王小明\u4dbf']) expect(han(text), text).toEqual([]);
    // Just outside the blocks (U+4DC0, a hexagram; U+A000, Yi) the run is the three-character name.
    expect(han('\u4dc0王小明')).toEqual(['1-4:王小明']);
    expect(han('王小明\ua000')).toEqual(['0-3:王小明']);
    expect(han('\u33ff王小明')).toEqual(['1-4:王小明']);
  });

  it('one character is no name even after a cue; an honorific alone is no name; four characters without a compound family name are none', () => {
    expect(han('Dr 王')).toEqual([]);
    expect(han('师傅')).toEqual([]);
    expect(han('Dr 王小明明')).toEqual([]);
  });

  it('three characters are a name without a cue unless kana touch them on either side', () => {
    expect(han('abc 王小明 def')).toEqual(['4-7:王小明']);
    expect(han('の王小明')).toEqual([]);
    expect(han('王小明の')).toEqual([]);
  });

  it('before an honorific the normal form is the name without it', () => {
    const out: Detection[] = [];
    detectHanNames('陈小明先生', out);
    expect(out[0]).toEqual({ start: 0, end: 3, type: 'PERSON', class: 'pii.person', normalized: '陈小明' });
  });

  it('the Japanese detector runs after it: a kanji family and given name before 様', () => {
    expect(han('田中太郎様')).toEqual(['0-4:田中太郎']);
  });
});

describe('Han names inside sentences: the given name (issue 13)', () => {
  it('at most two given characters after a cue', () => {
    expect(sentences('姓名王小明明')).toEqual(['2-5:王小明']);
  });
});

describe('Han names inside sentences: cues and honorifics (issue 13, from the run on names.ts 1036-1090)', () => {
  it('a label cue stays a label after two separators (any family name may follow it)', () => {
    expect(sentences('姓名： 于小明')).toEqual(['4-7:于小明']);
  });

  it('before an honorific: at most two given characters, the name within its own run, a common word left alone', () => {
    expect(sentences('高王小明先生')).toEqual(['1-4:王小明']);
    expect(sentences('王，李先生')).toEqual(['2-3:李']);
    // A family name and the character after it that make a common word (黄疸, jaundice) are no name.
    expect(sentences('你黄疸先生')).toEqual([]);
    // 孙女 (granddaughter) and 曾经 (once) are common words, but 孙女士 is Ms Sun and 曾经理 Manager Zeng.
    expect(sentences('孙女士')).toEqual(['0-1:孙']);
    expect(sentences('曾经理')).toEqual(['0-1:曾']);
  });

  it('a one-character name before a title noun: after punctuation it stands apart; a cue of two characters right before it counts', () => {
    expect(sentences('你好，王老师')).toEqual(['3-4:王']);
    expect(sentences('客户王老师')).toEqual(['2-3:王']);
  });
});

describe('Han names inside sentences: a cue right after a name (issue 13, a leak found from the survivors at 1062)', () => {
  it('a cue word that starts inside the given name just taken is still read, and the name after it found', () => {
    // The given name takes up to two characters, here the first one of the next cue (家属, 联系人,
    // 客户): the scan went on after them and the second name was left in clear.
    expect(sentences('患者张伟家属李华')).toEqual(['2-5:张伟家', '6-8:李华']);
    expect(sentences('收件人张伟联系人李华')).toEqual(['3-6:张伟联', '8-10:李华']);
    expect(sentences('联系人王明客户李华')).toEqual(['3-6:王明客', '7-9:李华']);
    expect(sentences('收件人：张伟，联系人：李华')).toEqual(['4-6:张伟', '11-13:李华']);
  });
});
