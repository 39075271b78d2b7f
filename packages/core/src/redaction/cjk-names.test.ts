import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';
import { detectHanNamesInSentences, detectJapaneseNames, detectKoreanNames } from './names.js';
import type { Detection } from './types.js';

// Person names in Chinese, Korean and Japanese free text (issue 11): names inside unbroken
// sentences, found next to a cue word or an honorific, and ordinary words left alone.
const persons = (text: string) => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));

describe('Chinese names inside unbroken sentences', () => {
  it('finds a name after a cue word', () => {
    expect(persons('患者李华今天来复诊')).toEqual(['李华']);
    expect(persons('我叫张伟，住在上海')).toEqual(['张伟']);
    expect(persons('病人赵小红在三楼')).toEqual(['赵小红']);
    expect(persons('收件人刘德华的地址已更新')).toEqual(['刘德华']);
    expect(persons('我的名字叫做欧阳娜娜')).toEqual(['欧阳娜娜']);
    expect(persons('客户孙丽说明天付款')).toEqual(['孙丽']);
    expect(persons('姓名：方明，男，45岁')).toEqual(['方明']);
    expect(persons('他的名字叫李雷，她叫韩梅梅')).toEqual(['李雷', '韩梅梅']);
  });

  it('finds a name before an honorific', () => {
    expect(persons('请联系王小明先生')).toEqual(['王小明']);
    expect(persons('请联系陈先生')).toEqual(['陈']);
    expect(persons('今天陈女士来过电话')).toEqual(['陈']);
    expect(persons('明天王先生会来')).toEqual(['王']);
    expect(persons('我们找李医生看病')).toEqual(['李']);
    expect(persons('他是张老师的学生')).toEqual(['张']);
    expect(persons('这是司马光先生写的')).toEqual(['司马光']);
  });

  it('leaves ordinary words that start with a family name alone', () => {
    for (const text of [
      '我最近在玩王者荣耀，很高兴',
      '李子和桃子都熟了',
      '他张开嘴巴说周末去马上回来',
      '黄色的花在金融街上',
      '王国维护了和平',
      '历史老师和语文老师都来了',
      '音乐老师和韩国同学',
      '这位先生和那位女士',
      '联系方式见下文',
      '患者于今日入院，患者高热三天，患者黄疸，患者陈述头痛',
      '客户满意度很高',
      '我是中国人',
      '叫车服务和叫外卖',
      '我们的班主任很好，数学老师也好',
    ]) {
      expect(persons(text), text).toEqual([]);
    }
  });

  it('stays linear: 512 KiB of Han characters with cue words repeated', () => {
    const unit = '患者李华今天来复诊请联系王小明先生';
    const text = unit.repeat(Math.ceil((512 * 1024) / unit.length));
    const out: Detection[] = [];
    detectHanNamesInSentences(text, out);
    const names = new Set(out.map((d) => text.slice(d.start, d.end)));
    expect(names).toEqual(new Set(['李华', '王小明']));
    expect(out.length).toBeGreaterThanOrEqual(2 * Math.floor(text.length / unit.length));
    const plain = '的'.repeat(512 * 1024);
    const none: Detection[] = [];
    detectHanNamesInSentences(plain, none);
    detectJapaneseNames(plain, none);
    expect(none).toEqual([]);
  });
});

describe('Korean names', () => {
  it('finds a name before an honorific or title, without the particle', () => {
    expect(persons('환자 김민준 님이 방문했습니다')).toEqual(['김민준']);
    expect(persons('김민준님이 오셨어요')).toEqual(['김민준']);
    expect(persons('김민준님')).toEqual(['김민준']);
    expect(persons('담당자 최지훈 씨')).toEqual(['최지훈']);
    expect(persons('박서연 고객님께서 문의하셨습니다')).toEqual(['박서연']);
    expect(persons('이수진 과장에게 전달해 주세요')).toEqual(['이수진']);
    expect(persons('남궁민수님께 연락')).toEqual(['남궁민수']);
  });

  it('finds a name after a cue word', () => {
    expect(persons('이름: 박서연')).toEqual(['박서연']);
    expect(persons('제 이름은 김민준입니다')).toEqual(['김민준']);
    expect(persons('환자 정하은의 검사 결과')).toEqual(['정하은']);
    expect(persons('Patient 김민준 arrived')).toEqual(['김민준']);
  });

  it('leaves ordinary words and titles alone', () => {
    for (const text of [
      '이사회에서 정부 정책을 논의했습니다',
      '김치와 박물관',
      '이사님과 선생님께서 고객님을 만났습니다',
      '정신과 환자와 고혈압 환자',
      '고객 정보가 변경되었습니다',
      '환자 안전을 위해 환자 정보를 확인',
      '하나님 감사합니다',
    ]) {
      expect(persons(text), text).toEqual([]);
    }
  });

  it('stays linear: 512 KiB of Hangul with cue words repeated', () => {
    const unit = '환자 김민준 님이 방문했습니다 이름: 박서연 ';
    const text = unit.repeat(Math.ceil((512 * 1024) / unit.length));
    const out: Detection[] = [];
    detectKoreanNames(text, out);
    expect(new Set(out.map((d) => text.slice(d.start, d.end)))).toEqual(new Set(['김민준', '박서연']));
    expect(out.length).toBe(2 * Math.ceil((512 * 1024) / unit.length));
    const run: Detection[] = [];
    detectKoreanNames('김'.repeat(512 * 1024), run);
    expect(run).toEqual([]);
  });
});

describe('Japanese names', () => {
  it('finds a name before an honorific', () => {
    expect(persons('患者の田中太郎さんが来院しました')).toEqual(['田中太郎']);
    expect(persons('佐藤花子様')).toEqual(['佐藤花子']);
    expect(persons('山田さんに連絡')).toEqual(['山田']);
    expect(persons('田中ゆき さんが来ました')).toEqual(['田中ゆき']);
    expect(persons('担当の佐々木先生')).toEqual(['佐々木']);
    expect(persons('鈴木 一郎様宛て')).toEqual(['鈴木 一郎']);
    expect(persons('高橋エリカちゃん')).toEqual(['高橋エリカ']);
    expect(persons('田中部長に確認してください')).toEqual(['田中']);
  });

  it('finds a name after a cue word', () => {
    expect(persons('氏名：鈴木一郎')).toEqual(['鈴木一郎']);
    expect(persons('名前は渡辺です')).toEqual(['渡辺']);
    expect(persons('患者の中村来院')).toEqual(['中村']);
  });

  it('leaves family names read as ordinary words alone', () => {
    for (const text of ['山本番組を見ました', '高橋梁の工事', '金曜日の会議', '安全性の確認', '中野区の上野駅', 'お客様と皆様とお父さん', '様々な仕様', '患者の原因と状態', '氏名を記入', '本部長と営業部長']) {
      expect(persons(text), text).toEqual([]);
    }
  });

  it('stays linear: 512 KiB of kanji and kana with honorifics repeated', () => {
    const unit = '患者の田中太郎さんと佐藤花子様';
    const text = unit.repeat(Math.ceil((512 * 1024) / unit.length));
    const out: Detection[] = [];
    detectJapaneseNames(text, out);
    expect(new Set(out.map((d) => text.slice(d.start, d.end)))).toEqual(new Set(['田中太郎', '佐藤花子']));
  });
});
