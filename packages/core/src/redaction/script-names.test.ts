// Person names in Arabic, Hebrew, Devanagari and Thai script (script-names.ts): each rule, the
// words that end a name, and the prose around such words that must stay (issue 11: a fresh
// attacker's names in these scripts reached the ledger).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectSensitive, resolveOverlaps } from './detectors.js';
import { detectScriptNames } from './script-names.js';
import type { Detection } from './types.js';

// The cases call the detector directly (fast enough for mutation testing); the last block checks
// that detectSensitive runs it, and that other detectors leave these names to it.
const persons = (text: string) => {
  const out: Detection[] = [];
  detectScriptNames(text, out);
  return resolveOverlaps(out).map((d) => text.slice(d.start, d.end));
};

describe('names in Arabic script', () => {
  it.each([
    ['اسم المريض: محمد أحمد', 'محمد أحمد'],
    ['الاسم: ليلى حسن', 'ليلى حسن'],
    ['اسمي خالد العمري', 'خالد العمري'],
    ['المريضة فاطمة الزهراء تعاني من صداع', 'فاطمة الزهراء'],
    ['السيد يوسف منصور في المكتب', 'يوسف منصور'],
    ['الدكتورة رنا سعيد', 'رنا سعيد'],
    ['عزيزي وليد،', 'وليد'],
    ['محمد بن عبد الله في المستشفى', 'محمد بن عبد الله'],
    ['حضر محمد أحمد اليوم', 'محمد أحمد'],
    ['Patient محمد أحمد arrived', 'محمد أحمد'],
    ['السيد/ يوسف منصور', 'يوسف منصور'],
    ['الاستاذة ليلى حداد', 'ليلى حداد'],
    ['مرحبا يوسف', 'يوسف'],
    ['أنا يوسف منصور من عمان', 'يوسف منصور'],
  ])('%s', (text, name) => {
    expect(persons(text)).toEqual([name]);
  });

  it.each([
    'السيد الرئيس وصل',
    'المريض يعاني من ألم في الصدر',
    'العميل في الانتظار منذ الصباح',
    'الاسم الكامل مطلوب',
    'ليلة هادئة في المدينة',
    'محمد',
    'أنا سعيد جدا',
    'مرحبا بكم في المستشفى',
    'أنا سعيد',
  ])('leaves %s', (text) => {
    expect(persons(text)).toEqual([]);
  });

  it('reads a title or noun with a preposition or conjunction written against it (بالسيد, للسيد, والسيدة, فالمريض: a probe of 2026-12-03 found the name raw), and a nisba family name after two name words (العتيبي)', () => {
    expect(persons('بالسيد يوسف منصور')).toEqual(['يوسف منصور']);
    expect(persons('للسيد يوسف منصور في المكتب')).toEqual(['يوسف منصور']);
    expect(persons('اتصلت والسيدة ليلى حداد')).toEqual(['ليلى حداد']);
    expect(persons('كالدكتور رامي')).toEqual(['رامي']);
    expect(persons('فالمريض أحمد يعاني')).toEqual(['أحمد']);
    expect(persons('للمريضة ليلى')).toEqual(['ليلى']);
    expect(persons('محمد بن سلمان العتيبي')).toEqual(['محمد بن سلمان العتيبي']);
    expect(persons('محمد أحمد القحطاني وصل')).toEqual(['محمد أحمد القحطاني']);
    // Not a title after the prefix, a title before a word with the article, one name word before a nisba adjective.
    for (const text of ['بالسيد الرئيس', 'كالسيد', 'بالسيارة يوسف', 'نور الطبيعي', 'مرحبا بالعربي', 'بسيد يوسف']) expect(persons(text), text).toEqual([]);
  });

  it('ends a name before a function word or verb, and a particle never ends it', () => {
    expect(persons('السيد أحمد في الغرفة')).toEqual(['أحمد']);
    expect(persons('السيد أحمد يعاني')).toEqual(['أحمد']);
    expect(persons('السيد سلمان بن')).toEqual(['سلمان']);
  });
});

describe('names in Hebrew script', () => {
  it.each([
    ['שמי דוד כהן', 'דוד כהן'],
    ['שם: יעל ברק', 'יעל ברק'],
    ['שם מלא: נועה פרידמן', 'נועה פרידמן'],
    ['המטופלת שרה לוי הגיעה', 'שרה לוי'],
    ['ד"ר משה פרץ', 'משה פרץ'],
    ['ד״ר משה פרץ', 'משה פרץ'],
    ["גב' רחל אזולאי", 'רחל אזולאי'],
    ['קוראים לי אורית', 'אורית'],
    ['דוד כהן התקשר', 'דוד כהן'],
    ['Dear שרה,', 'שרה'],
    ['שמי דוד-כהן', 'דוד-כהן'],
    ['שמי דוד־כהן', 'דוד־כהן'],
  ])('%s', (text, name) => {
    expect(persons(text)).toEqual([name]);
  });

  it.each(['הוא גר שם כבר שנים', 'המטופל סובל מכאבים', 'שם הקובץ ארוך', 'דוד שמש על הגג'])('leaves %s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('names in Devanagari script', () => {
  it.each([
    ['मेरा नाम राहुल शर्मा है', 'राहुल शर्मा'],
    ['रोगी: सुनीता देवी', 'सुनीता देवी'],
    ['नाम - अनिल कुमार', 'अनिल कुमार'],
    ['पिता का नाम रमेश गुप्ता है', 'रमेश गुप्ता'],
    ['श्रीमती कमला जोशी को बुखार है', 'कमला जोशी'],
    ['डॉ. आनंद मिश्रा', 'आनंद मिश्रा'],
    ['मरीज़ प्रिया को दवा दी गई', 'प्रिया'],
    ['शर्मा जी से बात करें', 'शर्मा'],
    ['राहुल शर्मा जी आए', 'राहुल शर्मा'],
    ['आज राहुल शर्मा आए', 'राहुल शर्मा'],
  ])('%s', (text, name) => {
    expect(persons(text)).toEqual([name]);
  });

  it.each(['रोगी को बुखार है', 'नाम दर्ज करें', 'आपका नाम क्या है', 'आशा है कि आप ठीक हैं', 'हाँ जी', 'रोगी तेज़ बुखार से पीड़ित है'])('leaves %s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('names in Thai script', () => {
  it.each([
    ['นายสมชาย ใจดี', 'สมชาย ใจดี'],
    ['นาย สมชาย ใจดี มาถึงแล้ว', 'สมชาย ใจดี'],
    ['นางสาวเอกชัย ทองดี มา', 'เอกชัย ทองดี'],
    ['ผู้ป่วย: สมศรี มีสุข', 'สมศรี มีสุข'],
    ['ชื่อ สมหญิง รักดี', 'สมหญิง รักดี'],
    ['ชื่อ-นามสกุล: วิชัย ศรีสุข', 'วิชัย ศรีสุข'],
    ['นายแพทย์ประเสริฐ วงศ์ใหญ่', 'ประเสริฐ วงศ์ใหญ่'],
    ['คุณหมอสุดา แสงทอง', 'สุดา แสงทอง'],
    ['คุณมานี มีนา', 'มานี มีนา'],
    ['Patient สมชาย ใจดี', 'สมชาย ใจดี'],
    ['ผมชื่อสมชาย ใจดี', 'สมชาย ใจดี'],
    ['ดิฉันชื่อสมหญิง รักดี ค่ะ', 'สมหญิง รักดี'],
    ['ผู้ป่วยชื่อสมชาย ใจดี', 'สมชาย ใจดี'],
  ])('%s', (text, name) => {
    expect(persons(text)).toEqual([name]);
  });

  it.each(['ชื่อเสียงดี', 'คุณสบายดีไหม', 'นายจ้างของฉัน', 'คุณภาพดีมาก', 'นางพยาบาลมาแล้ว', 'ผู้ป่วย มีอาการไข้', 'นายกรัฐมนตรีแถลงข่าว'])('leaves %s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('long runs of letters (a fresh attacker: 33 letters in a row hung the redactor)', () => {
  it.each([
    'ب'.repeat(33),
    'محمد'.repeat(9),
    'א'.repeat(33),
    'क'.repeat(33),
    'ก'.repeat(33),
    'مرحبـــــــــــــــــــــــــــــــــــــــــــــا بكم',
    'مرحبابكمفيموقعناالإلكترونيالجديدجدا',
    'मेरानामराहुलशर्माहैऔरमैंदिल्लीमेंरहताहूँ',
    'hello שלוםםםםםםםםםםםםםםםםםםםםםםםםםםםםםםםם!',
    'مرحبا ببببببببببببببببببببببببببببببببب شكرا',
  ])('%s ends and holds no name', (text) => {
    expect(persons(text)).toEqual([]);
  });

  it('ends on any text of these scripts, and every span lies inside it (property)', () => {
    const letters = ['ب', 'م', 'ح', 'د', 'ا', 'ل', 'א', 'ד', 'ו', 'क', 'र', 'ा', 'ก', 'ข', 'า', ' ', ' ', ':', '.', 'محمد ', 'أحمد ', 'דוד ', 'כהן ', 'राहुल ', 'शर्मा ', ' जी', 'นาย', 'คุณ', 'ชื่อ ', 'اسمي ', 'שמי ', 'Patient '];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...letters), { maxLength: 120 }), (parts) => {
        const text = parts.join('');
        const out: Detection[] = [];
        detectScriptNames(text, out);
        for (const d of out) expect(d.start >= 0 && d.start < d.end && d.end <= text.length).toBe(true);
      }),
      { seed: 11, numRuns: 2000 },
    );
  });
});

describe('detectScriptNames', () => {
  it('finds nothing, and appends nothing, in text of other scripts', () => {
    const out: Detection[] = [];
    detectScriptNames('Patient John Smith, Пациент Иван Петров, 患者 李华', out);
    expect(out).toEqual([]);
  });

  it('gives the span in UTF-16 code units and the NFC name with single spaces', () => {
    const out: Detection[] = [];
    const text = 'x: الاسم: ليلى\u00a0حسن.';
    detectScriptNames(text, out);
    expect(out).toEqual([{ start: 10, end: 18, type: 'PERSON', class: 'pii.person', normalized: 'ليلى حسن' }]);
  });

  // Property: a listed given and family name after any label, followed by a function word, is
  // found exactly (never running on into the word after it).
  it('finds a name after any label, exactly, whatever follows it (property)', () => {
    const cases = {
      arabic: { labels: ['الاسم: ', 'اسمي ', 'اسم المريض: ', 'السيد ', 'الدكتور '], given: ['محمد', 'أحمد', 'فاطمة', 'ليلى', 'يوسف'], family: ['حسن', 'علي', 'سالم'], after: [' في', ' يعاني', '.', '،', ' 45'] },
      hebrew: { labels: ['שמי ', 'שם: ', 'ד"ר ', "גב' ", 'המטופל '], given: ['דוד', 'שרה', 'משה', 'יעל'], family: ['כהן', 'לוי', 'פרץ'], after: [' הוא', ' של', '.', ',', ' 45'] },
      devanagari: { labels: ['मेरा नाम ', 'नाम: ', 'श्री ', 'रोगी '], given: ['राहुल', 'सुनीता', 'अनिल', 'प्रिया'], family: ['शर्मा', 'देवी', 'कुमार'], after: [' है', ' को', ' ने', '।', ','] },
    } as const;
    fc.assert(
      fc.property(fc.constantFrom(...(Object.keys(cases) as Array<keyof typeof cases>)), fc.nat(), fc.nat(), fc.nat(), fc.nat(), fc.boolean(), (script, a, b, c, d, two) => {
        const set = cases[script];
        const name = two ? `${set.given[a % set.given.length]} ${set.family[b % set.family.length]}` : (set.given[a % set.given.length] as string);
        const text = `${set.labels[c % set.labels.length]}${name}${set.after[d % set.after.length]}`;
        expect(persons(text)).toEqual([name]);
      }),
      { seed: 11, numRuns: 400 },
    );
  });
});

describe('through detectSensitive', () => {
  it.each([
    ['اسم المريض: محمد أحمد', 'محمد أحمد'],
    ['שמי דוד כהן', 'דוד כהן'],
    ['मेरा नाम राहुल शर्मा है', 'राहुल शर्मा'],
    ['นายสมชาย ใจดี', 'สมชาย ใจดี'],
  ])('%s', (text, name) => {
    expect(detectSensitive(text).map((d) => [d.type, text.slice(d.start, d.end)])).toEqual([['PERSON', name]]);
  });

  it('is not run on text with fewer than two characters from U+0400 on', () => {
    expect(detectSensitive('Dear ש, hi').filter((d) => d.type === 'PERSON')).toEqual([]);
  });
});
