// L1, L2, L3, L4 and O4 of the tenth probe of 2026-12-05 (test/redaction/probe-2026-12-05c.cases.md):
// names and numbers in scripts other than Latin.
//  L1: a Japanese name after an English cue (`Name:`, `Patient`, `Dear`, `email`, `for`) and a
//      name's kana reading with a blank, stored raw (names.ts detectJapaneseCuedNames).
//  L2: names in Japanese, Korean, Arabic, Hebrew, Thai, Bengali and Ethiopic script as a record's
//      key and in a CSV's `name` column, stored raw (script-names.ts isWholeScriptName).
//  L3: names in scripts with no name support (Bengali, Ethiopic, Tamil, Telugu, Gurmukhi, Gujarati,
//      Sinhala, Myanmar, Khmer, Georgian) after a label, and Persian/Urdu after `نام:` (script-names.ts).
//  L4: a number after a word of another script: a phone after an Arabic calling verb, a Greek
//      ΑΜΚΑ after its label in Greek capitals (detectors.ts, national-ids.ts).
//  O4: companies in Cyrillic, Greek and Han script read as persons (script-firms.ts).
// Each kind holds the probe's inputs and held-back inputs of the same kind, and look-alikes that
// must stay readable.
import { describe, expect, it } from 'vitest';
import { createRedactor, detectSensitive } from '../../packages/core/src/index.js';
import type { JsonValue, UnsealedEvent } from '../../packages/core/src/index.js';
import { timeRatio } from './linear-time.js';

const persons = (text: string) => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));
const typed = (text: string) => detectSensitive(text).map((d) => [d.type, text.slice(d.start, d.end)]);

/** The value as stored, pseudonyms blanked. */
async function stored(value: JsonValue): Promise<string> {
  const out = await createRedactor().redact({ type: 'tool.result', tool: { name: 'probe', result: value } } as UnsealedEvent, { capture: {} } as never);
  return JSON.stringify(out.event.tool?.result).replace(/\[([A-Z_]+):psn_\w+\]/g, '[$1]');
}

describe('L1: a Japanese name after an English cue', () => {
  it.each([
    // The probe's inputs.
    ['Name: 佐藤花子\nRoom: 402', ['佐藤花子']],
    ['Name: 高橋健一\nStatus: active', ['高橋健一']],
    ['Name: 中村さくら', ['中村さくら']],
    ['Patient 山本健太 was discharged', ['山本健太']],
    ['Dear 小林美穂,\nyour order shipped.', ['小林美穂']],
    ['Please email 渡辺直美 the report', ['渡辺直美']],
    ['Contact 佐藤花子 at extension 221', ['佐藤花子']],
    ['Please update the address for 高橋健一 today.', ['高橋健一']],
    ['担当：たなか みさき（田中美咲）', ['たなか みさき', '田中美咲']],
    // Held back: other cues and verbs, a blank inside, a reading after a name.
    ['Mr 松本潤 will attend the meeting', ['松本潤']],
    ['Hi 斎藤裕子, thanks for your patience', ['斎藤裕子']],
    ['Signed: 木村拓也', ['木村拓也']],
    ['Please ask 吉田 優子 to call back', ['吉田 優子']],
    ['Thank 清水健 for the help', ['清水健']],
    ['Client: 加藤ゆかり', ['加藤ゆかり']],
    ['CC 井上真央 on the email', ['井上真央']],
    ['Hi ヤマダ タロウ, welcome', ['ヤマダ タロウ']],
    ['氏名：山田太郎（やまだ たろう）', ['山田太郎', 'やまだ たろう']],
    // The same kind in Korean, Arabic and Hebrew: a verb addressed to a person or `for`.
    ['Please email 박서연 the lab results', ['박서연']],
    ['Please update the address for 이서준 today.', ['이서준']],
    ['Please update the address for خالد العتيبي today.', ['خالد العتيبي']],
    ['Remind אברהם גולדברג about the visit', ['אברהם גולדברג']],
  ])('%s', (text, names) => {
    expect(persons(text)).toEqual(names);
  });

  it.each([
    'Translate this to 日本語 please',
    'Open the file for 東京 office',
    'Price for 中村区 delivery',
    'Hi チーム, thanks',
    'Dear 各位,',
    'Customer: 田中商店 (order 5512)',
    'Please email 営業部 the report',
    'Dr 王小明明',
    'Search for 김치찌개 recipes',
    'Thanks for 한국어 lessons',
    'Please email 고객센터 today',
    'Search for الطقس اليوم',
    'Ask for हिंदी अनुवाद',
    'Ask for ภาษา ไทย',
  ])('keeps %s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('L2: a name in a script with no capitals as a record key or in a `name` column', () => {
  it.each([
    // The probe's inputs.
    [{ 田中美咲: { visits: 2 }, 김하늘: { visits: 1 }, 'Amara Okafor': { visits: 4 } }, ['田中美咲', '김하늘', 'Amara']],
    [{ 高橋健一: { visits: 3 } }, ['高橋健一']],
    [{ 이서준: { visits: 3 } }, ['이서준']],
    [{ 정하은: { visits: 3 } }, ['정하은']],
    [{ 'خالد العتيبي': { visits: 3 } }, ['خالد']],
    [{ 'אברהם גולדברג': { visits: 3 } }, ['אברהם']],
    [{ 'ประยุทธ์ สุขใจ': { visits: 3 } }, ['ประยุทธ์']],
    [{ 'রহিম উদ্দিন': { visits: 3 } }, ['রহিম']],
    [{ 'ሰላም ታደሰ': { visits: 3 } }, ['ሰላም']],
    ['id,name,city\n1,田中美咲,Osaka\n2,김하늘,Seoul\n3,Иван Петров,Moscow', ['田中美咲', '김하늘', 'Иван']],
    ['id,name,city\n7,정하은,Springfield', ['정하은']],
    ['id,name,city\n7,高橋健一,Springfield', ['高橋健一']],
    ['id,name,city\n7,রহিম উদ্দিন,Springfield', ['রহিম']],
    ['id,name,city\n7,ሰላም ታደሰ,Springfield', ['ሰላም']],
    ['id,name,city\n7,خالد العتيبي,Springfield', ['خالد']],
    ['id,name,city\n7,אברהם גולדברג,Springfield', ['אברהם']],
    ['id,name,city\n7,ประยุทธ์ สุขใจ,Springfield', ['ประยุทธ์']],
    // Held back: a list of records, a blank in a Japanese name, other scripts and given names.
    [{ 박지민: [{ visit: '2026-12-01' }] }, ['박지민']],
    [{ '鈴木 一郎': { visits: 1 } }, ['鈴木']],
    [{ 'سارة القحطاني': { visits: 1 } }, ['سارة']],
    [{ 'רחל לוי': { visits: 1 } }, ['רחל']],
    [{ 'רחל אלמוג': { visits: 1 } }, ['רחל']],
    [{ 'ਗੁਰਪ੍ਰੀਤ ਕੌਰ': { visits: 1 } }, ['ਗੁਰਪ੍ਰੀਤ']],
    [{ 'கார்த்திக் ராஜா': { visits: 1 } }, ['கார்த்திக்']],
    ['Name\tTeam\n최서윤\tQA\n渡辺直美\tOps', ['최서윤', '渡辺直美']],
    ['id;name;city\n3;ნინო ბერიძე;Tbilisi', ['ნინო']],
  ] as Array<[JsonValue, string[]]>)('%j', async (value, raws) => {
    const text = await stored(value);
    for (const raw of raws) expect(text, raw).not.toContain(raw);
    expect(text).toContain('[PERSON]');
  });

  it.each([
    // Keys that are words, labels or places, and scalar values under two-word labels.
    [{ 설정: { theme: 'dark' }, 이메일: { enabled: true }, 최대값: { value: 3 } }, ['설정', '이메일', '최대값']],
    [{ 'ملاحظات المريض': { count: 2 } }, ['ملاحظات المريض']],
    [{ 'פרטי המטופל': { count: 2 } }, ['פרטי המטופל']],
    [{ 東京都: { stores: 4 }, 田中商店: { stores: 1 } }, ['東京都', '田中商店']],
    [{ 'মোবাইল নম্বর': 'unknown' }, ['মোবাইল নম্বর']],
    ['id,name,price\n1,সাবান,20\n2,설탕,5', ['সাবান', '설탕']],
  ] as Array<[JsonValue, string[]]>)('keeps %j', async (value, kept) => {
    const text = await stored(value);
    for (const word of kept) expect(text, word).toContain(word);
  });
});

describe('L3: names in scripts with no name lists after a label or an English cue', () => {
  it.each([
    // The probe's inputs.
    ['Name: রহিম উদ্দিন\nAge: 44', ['রহিম উদ্দিন']],
    ['নাম: ফাতেমা বেগম, মোবাইল 01712-345678', ['ফাতেমা বেগম']],
    ['Patient ሰላም ታደሰ was admitted', ['ሰላም ታደሰ']],
    ['ሙሉ ስም: ዮሐንስ ገብረሥላሴ', ['ዮሐንስ ገብረሥላሴ']],
    ['ስም: አበበ ቢቂላ, phone +251 91 123 4567', ['አበበ ቢቂላ']],
    ['Name: முருகன் சுப்பிரமணியம்', ['முருகன் சுப்பிரமணியம்']],
    ['పేరు: వెంకట రమణ', ['వెంకట రమణ']],
    ['Name: ਹਰਪ੍ਰੀਤ ਸਿੰਘ', ['ਹਰਪ੍ਰੀਤ ਸਿੰਘ']],
    ['નામ: કિરણ પટેલ', ['કિરણ પટેલ']],
    ['Name: සුනිල් පෙරේරා', ['සුනිල් පෙරේරා']],
    ['Name: ဦးအောင်မြင့်', ['ဦးအောင်မြင့်']],
    ['Name: សុខ ដារ៉ា', ['សុខ ដារ៉ា']],
    ['Name: გიორგი ბერიძე', ['გიორგი ბერიძე']],
    ['نام: علی رضایی، کد ملی 0012345678', ['علی رضایی']],
    ['نام: محمد عمران خان، شناختی کارڈ 35202-1234567-1', ['محمد عمران خان']],
    // Held back: the label after a word (`রোগীর নাম:`), Ethiopic's own colon, other scripts.
    ['রোগীর নাম: সুমাইয়া আক্তার', ['সুমাইয়া আক্তার']],
    ['ስም፡ ዳዊት ተስፋዬ', ['ዳዊት ተስፋዬ']],
    ['Name: ಶ್ರೀನಿವಾಸ ರಾವ್', ['ಶ್ರೀನಿವಾಸ ರಾವ್']],
    ['പേര്: അനിൽ കുമാർ', ['അനിൽ കുമാർ']],
    ['ନାମ: ସୁବ୍ରତ ଦାସ', ['ସୁବ୍ରତ ଦାସ']],
    ['Dear ዳዊት ተስፋዬ, your results are ready', ['ዳዊት ተስፋዬ']],
    ['გვარი: ბერიძე', ['ბერიძე']],
    ['Please email রাকিব হাসান the invoice', ['রাকিব হাসান']],
    ['نام: زهرا احمدی - شماره پرونده ۱۲۳', ['زهرا احمدی']],
    ['نام: عائشہ بی بی', ['عائشہ بی بی']],
  ])('%s', (text, names) => {
    expect(persons(text)).toEqual(names);
  });

  it.each([
    'বাংলা ভাষা শিখুন',
    'Translate to বাংলা',
    'the word নাম means name',
    'ስም አልተሰጠም',
    'Name of the file: রিপোর্ট',
    'Please email বাংলা',
    'Ask for বাংলা অনুবাদ',
  ])('keeps %s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('L4: a number after a word of another script', () => {
  it.each([
    // The probe's inputs.
    ['العميل اتصل من 0501234567', [['PHONE', '0501234567']]],
    ['العميل أحمد يوسف منصور اتصل من 0501234567', [['PERSON', 'أحمد يوسف منصور'], ['PHONE', '0501234567']]],
    ['Ασθενής: Γεώργιος Παπαδόπουλος, ΑΜΚΑ 12037112345', [['PERSON', 'Γεώργιος Παπαδόπουλος'], ['NATIONAL_ID', '12037112345']]],
    // Held back: other calling verbs, other Greek and Cyrillic labels.
    ['اتصلت بالعميل على 0551234567', [['PHONE', '0551234567']]],
    ['Клиент позвонил с 89161234567', [['PHONE', '89161234567']]],
    ['ΑΜΚΑ: 01028512345', [['NATIONAL_ID', '01028512345']]],
    ['ΑΦΜ 094247531', [['NATIONAL_ID', '094247531']]],
    ['ИНН 7707083893', [['NATIONAL_ID', '7707083893']]],
    ['ИНН: 770123456703', [['NATIONAL_ID', '770123456703']]],
    ['СНИЛС 112-233-445 95', [['NATIONAL_ID', '112-233-445 95']]],
    ['ЕГН 7523169263', [['NATIONAL_ID', '7523169263']]],
  ])('%s', (text, found) => {
    expect(typed(text)).toEqual(found);
  });

  it.each([
    'Order 0501234567 shipped',
    'ΑΜΚΑ 99999999999',
    'ИНН 1234567890',
    'ИННОВАЦИЯ 7707083893',
    'ΑΦΜ 123456789',
  ])('keeps %s', (text) => {
    expect(typed(text)).toEqual([]);
  });
});

describe('O4: companies in Cyrillic, Greek and Han script', () => {
  it.each([
    // The probe's inputs.
    'Перевод через Сбербанк Онлайн выполнен',
    '株式会社トヨタ自動車, 삼성전자 주식회사, Сбербанк России, …',
    'Συνεργάτες: Εθνική Τράπεζα, Κωτσόβολος',
    '取引先：三菱商事、ソニー、任天堂',
    'Партнёры: Сбербанк, Газпром, Роснефть, Яндекс, Аэрофлот',
    'Диагноз: Гипертония. Назначено: Эналаприл',
    // Held back: other banks and firms, a list of suppliers.
    'Оплата через Тинькофф Банк прошла',
    'Счёт открыт в Альфа Банке',
    'Συνεργάτες: Πειραιώς Τράπεζα',
    'Ασφαλιστική Εταιρεία Ιντεραμέρικαν',
    '仕入先：高島屋、任天堂',
    '供应商：王老吉、李宁',
  ])('no person in %s', (text) => {
    expect(persons(text)).toEqual([]);
  });

  it.each([
    ['Клиент Иван Петров', ['Иван Петров']],
    ['Ασθενής: Γεώργιος Παπαδόπουλος', ['Γεώργιος Παπαδόπουλος']],
    ['Клиент Сергей Банков', ['Сергей Банков']],
    ['客户：张伟', ['张伟']],
    ['供应商联系人：王芳', ['王芳']],
  ])('still a person: %s', (text, names) => {
    // Each name inside a PERSON span (the spans' own edges are other rows' business).
    const spans = persons(text);
    for (const name of names) expect(spans.some((span) => span.includes(name)), name).toBe(true);
  });
});

describe('the new rules stay linear', () => {
  it.each([
    ['labels', 'নাম: ক '],
    ['English cues', 'Name: ক খ Dear 佐藤 '],
    ['verb cues', 'for 佐藤花子 email ক খ '],
    ['readings', '山田太郎（やまだ（'],
    ['firm lists', '取引先：任天堂、'],
    ['firm words', 'Сбербанк Онлайн '],
  ])('%s', (_name, unit) => {
    // 2x the input at most ~3x the time (test/redaction/linear-time.ts: best of five, up to five attempts).
    expect(timeRatio((text) => detectSensitive(text), (n) => unit.repeat(Math.ceil(n / unit.length)), 50_000, 100_000, 17)).toBeLessThan(3);
  });
});
