import type { Detection } from './types.js';
import { isWholeCjkName, pushPerson } from './names.js';

// Person names in Arabic, Hebrew, Devanagari and Thai script.
//
// These scripts have no capital letters, so the capitalized-run rules of names.ts cannot see a
// name in them, and no word list tells a name from a word (ليلى is a name and "night", आशा a name
// and "hope", שם "name" and "there"). A name is taken where the text says a name comes:
//  - after a label: Arabic الاسم / اسمي / اسمه / اسم المريض / يدعى, Hebrew שם: / שמי / שמו /
//    שם מלא / קוראים לי, Hindi नाम: / मेरा नाम / (X का) नाम, Thai ชื่อ / ชื่อ-นามสกุล / นามสกุล,
//    each followed by a colon, a dash or a space (Hebrew שם and the Hindi नाम standing alone
//    only before a colon or dash: שם is also "there");
//  - after a title or salutation: Arabic السيد السيدة الآنسة الدكتور د. الأستاذ الشيخ الحاج
//    المهندس عزيزي, Hebrew מר גב' גברת ד"ר פרופ' עו"ד הרב לכבוד, Hindi श्री श्रीमती सुश्री
//    कुमारी डॉ. प्रिय आदरणीय, Thai นาย นาง นางสาว น.ส. ด.ช. ด.ญ. ดร. นพ. พญ. and คุณ, attached
//    to the name as Thai writes them (นายสมชาย ใจดี);
//  - after a noun for a person (Arabic المريض العميل الموظف, Hebrew המטופל החולה הלקוח, Hindi
//    रोगी मरीज़ ग्राहक, Thai ผู้ป่วย คนไข้ ลูกค้า) when the next word is a listed given name, or in Thai
//    after a colon;
//  - after an English cue (`Patient`, `Name:`, `Mr`, `Dr`, `Dear`, ...), as for Han and Hangul;
//  - before the Hindi honorific जी (शर्मा जी);
//  - with no cue, a listed given name followed by a listed given or family name (محمد أحمد,
//    דוד כהן, राहुल शर्मा): the lists below hold the most frequent names only.
// The name is one to four words of the same script, single-spaced, ending before a function word
// or verb (Arabic في من هو يعاني عمره, Hebrew הוא של בן סובל, Hindi है को का ने से में, Thai
// particles and verbs), a digit, punctuation or another script. An Arabic name after a title does
// not start with the article ال (السيد الرئيس is a title, not a name); the particles بن بنت ابن
// أبو عبد آل continue it (محمد بن عبد الله).
// Missed: names with no cue outside the lists, Thai names after คุณ with no surname in running
// text, a Thai title written against a bare ชื่อ label (ชื่อนายสมชาย; after ผมชื่อ it is read), Hebrew names after the prefixes ל ב מ (לדוד), Urdu and Persian letters outside the
// Arabic block's common names.
// Cost: one regular-expression pass per script present, and a bounded walk after each cue.

const SCRIPTS = /[\u0590-\u06ff\u0750-\u077f\u0900-\u097f\u0e00-\u0e7f]/;

type Script = 'arabic' | 'hebrew' | 'devanagari' | 'thai';

/** Letters and combining marks of each script (digits and punctuation left out); ZWNJ/ZWJ join. */
function scriptOf(code: number): Script | undefined {
  if ((code >= 0x0620 && code <= 0x065f) || code === 0x0670 || (code >= 0x0671 && code <= 0x06d3) || code === 0x06d5 || (code >= 0x06d6 && code <= 0x06ed) || (code >= 0x06ee && code <= 0x06ef) || (code >= 0x06fa && code <= 0x06fc) || (code >= 0x0750 && code <= 0x077f)) return 'arabic';
  if ((code >= 0x05d0 && code <= 0x05ea) || (code >= 0x05ef && code <= 0x05f2) || (code >= 0x0591 && code <= 0x05bd) || code === 0x05bf || code === 0x05c1 || code === 0x05c2 || code === 0x05c4 || code === 0x05c5 || code === 0x05c7) return 'hebrew';
  if ((code >= 0x0900 && code <= 0x0963) || (code >= 0x0971 && code <= 0x097f)) return 'devanagari';
  if ((code >= 0x0e01 && code <= 0x0e3a) || (code >= 0x0e40 && code <= 0x0e4e)) return 'thai';
  return undefined;
}

const JOINER = (code: number) => code === 0x200c || code === 0x200d;

/**
 * The longest word read as part of a name, in UTF-16 code units. A longer run of letters (Thai
 * writes a sentence with no space) is no name word: the bound keeps the walk after each cue short,
 * so a flood of cues costs linear time.
 */
const MAX_WORD = 32;

/** The end of the word of `script` starting at `at`: at itself when none starts there or when it is longer than MAX_WORD. */
function wordEnd(text: string, at: number, script: Script): number {
  let i = at;
  const limit = Math.min(text.length, at + MAX_WORD + 1);
  while (i < limit) {
    const code = text.charCodeAt(i);
    if (scriptOf(code) === script || (i > at && JOINER(code))) i++;
    // A hyphen or Hebrew maqaf between letters joins a double name (דוד-כהן, דוד־כהן).
    else if (i > at && (code === 0x2d || code === 0x05be) && scriptOf(text.charCodeAt(i + 1)) === script) i++;
    else break;
  }
  return i - at > MAX_WORD ? at : i;
}

const words = (list: string) => new Set(list.split(' '));

const STOP: Record<Script, Set<string>> = {
  arabic: words('اتصل اتصلت اتصلوا يتصل تتصل جدا جداً في من إلى الى على عن مع هو هي هم كان كانت قد لا لم لن ما إن ان أن الذي التي و أو او ثم يعاني تعاني عمره عمرها سنة عاما عامًا يبلغ تبلغ وصل وصلت حضر حضرت تم لديه لديها بعد قبل منذ هذا هذه ذلك تلك يوم اليوم أمس غدا الساعة رقم هاتف تاريخ عنوان العمر الجنس ذكر أنثى كل بعض غير كما لكن حتى أي نعم شكرا مرحبا يرجى الرجاء'),
  hebrew: words('הוא היא הם הן לי לו לה לך לנו להם של עם את אל על כי אבל גם לא היה הייתה היו סובל סובלת הגיע הגיעה נמצא נמצאת בן בת יש אין זה זו זאת אשר או אם כל רק עוד כבר מאוד היום אתמול מחר שנים שנה גיל טלפון כתובת תאריך תודה שלום כן'),
  devanagari: words('है हैं था थी थे हो को का की के ने से में पर और या जी भी तो ही नहीं न एक यह वह ये वे इस उस इसे उसे आज कल साल वर्ष उम्र आयु फोन फ़ोन पता तारीख हूँ हूं रहा रही रहे गया गई गए कर करें करना करता करती करते लिए द्वारा तथा एवं लेकिन जो जिस जब तक क्या कौन कहाँ कैसे क्यों कब आप मैं हम तुम वो हाँ हां नमस्ते धन्यवाद अच्छा ठीक दर्ज लिखें मित्र दोस्त साथियों साथी सदस्य महोदय महोदया ग्राहक कन्या लड़की लड़का बच्चा बच्ची बच्चे महिला पुरुष व्यक्ति'),
  thai: words('ครับ ค่ะ คะ นะ ไหม หรือ และ กับ ที่ เป็น มา ไป อายุ ปี โทร จะ ได้ ไม่ มี ให้ ของ ใน จาก เมื่อ แล้ว ด้วย เลย'),
};

/** Particles inside an Arabic name: ibn, bint, abu, abd, al (the family). */
const ARABIC_PARTICLES = words('بن بنت ابن أبو ابو أبي عبد آل');

// Frequent given names of each script, and family names for the pair rule, written by hand (no
// npm data package lists names in these scripts): Arabic names common across the Arab countries,
// Hebrew names common in Israel, Hindi names common in North India. A listed name alone is never
// enough: it takes a cue or a second listed name.
const GIVEN: Record<Exclude<Script, 'thai'>, Set<string>> = {
  arabic: words('محمد أحمد احمد محمود مصطفى علي حسن حسين عمر عثمان خالد يوسف إبراهيم ابراهيم عبدالله سعيد سعد سالم سليمان صالح طارق عادل عماد كريم ماجد مازن مراد ناصر نبيل هاني هشام وليد وائل ياسر يحيى زياد رامي سامي سمير فادي فيصل فهد قاسم جمال حمزة بلال أنس أيمن إسماعيل رشيد فاطمة عائشة خديجة مريم زينب سارة نور ليلى هدى منى سلمى رنا ريم دينا هند أمل آمنة أسماء رقية نادية سعاد سميرة لينا جميلة حنان إيمان ياسمين رحاب نوال شيماء ملك جنى روان هبة'),
  hebrew: words('דוד משה יוסף אברהם יצחק יעקב שמואל דניאל מיכאל אורי יונתן נועם איתי עומר אלון רון גיל עידו אריאל חיים מאיר אליהו יהודה בנימין רפאל אבי שי טל עמית רועי אסף ניר אייל יוסי שרה רחל לאה רבקה מרים אסתר חנה רות נועה מיכל תמר יעל שירה מאיה אביגיל הדס ענבל שני רונית אורית דנה נוי ליאת קרן הילה סיגל אפרת'),
  devanagari: words('राहुल राम श्याम अमित सुमित रोहित मोहित अजय विजय संजय राजेश सुरेश रमेश महेश दिनेश मुकेश राकेश अनिल सुनील विनोद प्रकाश अशोक मनोज सचिन विकास आकाश अर्जुन करण रवि गौरव नितिन पंकज दीपक आनंद अभिषेक आदित्य प्रिया पूजा नेहा अंजलि सुनीता अनीता गीता सीता रीता कविता सविता ममता रेखा सीमा आशा उषा किरण लक्ष्मी सरिता मीना रानी दिव्या श्वेता स्वाति निशा राधा ज्योति शालिनी कमला शांति'),
};
const FAMILY: Record<Exclude<Script, 'thai'>, Set<string>> = {
  arabic: GIVEN.arabic,
  hebrew: words('כהן לוי מזרחי פרץ ביטון דהן אברהם פרידמן אגבאריה מלכה אזולאי כץ יוסף דוד עמר אוחיון חדד גבאי אדלר גולן שפירא רוזנברג לוין קליין פישר וייס שלום אשכנזי ברק נחום חזן'),
  devanagari: words('शर्मा वर्मा गुप्ता सिंह कुमार कुमारी देवी यादव पटेल जैन मिश्रा पांडे पाण्डेय तिवारी चौधरी खान अग्रवाल श्रीवास्तव दुबे शुक्ला राव रेड्डी नायर मेहता शाह जोशी कपूर मल्होत्रा बंसल सक्सेना त्रिपाठी भट्ट'),
};

/** label: a name follows; form: a form field's label, a name follows its colon or dash only; title; noun: a listed given name follows. */
type CueKind = 'label' | 'form' | 'title' | 'noun';

interface CueSet {
  pattern: RegExp;
  kinds: Map<string, CueKind>;
}

function cueSet(lists: Record<CueKind, string[]>, before: string, after: string): CueSet {
  const kinds = new Map<string, CueKind>();
  for (const kind of ['label', 'form', 'title', 'noun'] as const) for (const cue of lists[kind]) kinds.set(cue, kind);
  const alternatives = [...kinds.keys()].sort((a, b) => b.length - a.length).map((cue) => cue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['׳’]").replace(/"/g, '["״”]'));
  return { pattern: new RegExp(`${before}(${alternatives.join('|')})${after}`, 'gu'), kinds };
}

const LETTERS_OF: Record<Script, string> = {
  arabic: '\\u0620-\\u065f\\u0670-\\u06d3\\u06d5-\\u06ef\\u06fa-\\u06fc\\u0750-\\u077f',
  hebrew: '\\u0591-\\u05c7\\u05d0-\\u05f2',
  devanagari: '\\u0900-\\u0963\\u0971-\\u097f',
  thai: '\\u0e01-\\u0e3a\\u0e40-\\u0e4e',
};

/**
 * A cue word standing alone (no letter of its script before it), then a separator. `prefix`: a
 * pattern of letters written against the cue that still leave it standing alone (Arabic و ف ب ك
 * before the article: بالسيد "with Mr.", والسيد "and Mr."; a probe of 2026-12-03 found the name
 * after بالسيد stored raw).
 */
function spaced(script: Script, lists: Record<CueKind, string[]>, prefix = ''): CueSet {
  const letters = LETTERS_OF[script];
  return cueSet(lists, `(?<![${letters}])${prefix}`, `(?![${letters}])([ \\t\\u00a0]*[:：\\-–/.][ \\t\\u00a0]*|[ \\t\\u00a0]+)`);
}

/** Arabic cues with the article ال also written after the preposition ل, which drops its alif: للسيد "to Mr.". */
function withLi(cues: string[]): string[] {
  return [...cues, ...cues.filter((cue) => cue.startsWith('ال')).map((cue) => `لل${cue.slice(2)}`)];
}

const CUES: Record<Exclude<Script, 'thai'>, CueSet> = {
  arabic: spaced('arabic', {
    label: ['اسمي', 'اسمه', 'اسمها', 'يدعى', 'تدعى', 'أدعى'],
    form: ['الاسم', 'الاسم الكامل', 'اسم المريض', 'اسم المريضة', 'اسم العميل', 'اسم الموظف'],
    title: withLi(['السيد', 'السيدة', 'الآنسة', 'الانسة', 'الدكتور', 'الدكتورة', 'د.', 'الأستاذ', 'الأستاذة', 'الاستاذ', 'الاستاذة', 'الشيخ', 'الحاج', 'الحاجة', 'المهندس', 'المهندسة', 'المحامي', 'المحامية', 'عزيزي', 'عزيزتي']),
    // Greetings before a listed given name only: مرحبا بكم is "welcome (to you all)".
    noun: withLi(['مرحبا', 'مرحباً', 'أهلا', 'أهلاً', 'أنا', 'انا', 'المريض', 'المريضة', 'العميل', 'العميلة', 'الموظف', 'الموظفة', 'الطفل', 'الطفلة', 'المراجع', 'المراجعة']),
  }, '(?:[وف]?[بك](?=ال)|[وف](?=ال|لل))?'),
  hebrew: spaced('hebrew', {
    label: ['שמי', 'שמו', 'שמה', 'קוראים לי', 'קוראים לו', 'קוראים לה'],
    form: ['שם מלא', 'שם המטופל', 'שם המטופלת', 'שם החולה', 'שם הלקוח', 'שם פרטי', 'שם משפחה'],
    title: ["מר", 'מרת', "גב'", 'גברת', 'ד"ר', "דר'", "פרופ'", 'פרופסור', 'עו"ד', 'הרב', 'לכבוד'],
    noun: ['המטופל', 'המטופלת', 'החולה', 'הלקוח', 'הלקוחה', 'העובד', 'העובדת', 'הילד', 'הילדה'],
  }),
  devanagari: spaced('devanagari', {
    label: ['मेरा नाम', 'मेरी नाम', 'उसका नाम', 'उसकी नाम', 'उनका नाम', 'आपका नाम', 'पूरा नाम', 'का नाम', 'की नाम'],
    form: [],
    title: ['श्री', 'श्रीमती', 'सुश्री', 'कुमारी', 'डॉ.', 'डॉ', 'डॉक्टर', 'प्रिय', 'आदरणीय'],
    noun: ['रोगी', 'मरीज\u093c', 'मरी\u095b', 'मरीज', 'ग्राहक', 'कर्मचारी'],
  }),
};

/** "I am": a name after it needs two words (أنا يوسف منصور). */
const SELF_CUES = new Set(['أنا', 'انا']);

/** Labels that read as a name only before a colon or dash: Hebrew שם ("there"), Hindi नाम. */
const COLON_LABELS: Partial<Record<Script, RegExp>> = {
  hebrew: /(?<![\u0591-\u05c7\u05d0-\u05f2])שם[ \t\u00a0]*[:：\-–][ \t\u00a0]*/gu,
  devanagari: /(?<![\u0900-\u0963\u0971-\u097f])नाम[ \t\u00a0]*[:：\-–][ \t\u00a0]*/gu,
  // Persian and Urdu نام "name" (Arabic writes اسم): a form's label, before a colon or dash only
  // (the tenth probe of 2026-12-05, L3: `نام: علی رضایی` was stored raw).
  arabic: /(?<![\u0620-\u065f\u0670-\u06d3\u06d5-\u06ef\u06fa-\u06fc\u0750-\u077f])نام[ \t\u00a0]*[:：\-–][ \t\u00a0]*/gu,
};

// Thai: titles written against the name (นายสมชาย ใจดี), labels and nouns before it.
const THAI_TITLES = ['นางสาว', 'เด็กชาย', 'เด็กหญิง', 'น.ส.', 'ด.ช.', 'ด.ญ.', 'นาย', 'นาง', 'ดร.', 'นพ.', 'พญ.', 'ทพ.', 'ทญ.', 'ภก.', 'ภญ.', 'ศ.', 'รศ.', 'ผศ.', 'คุณ'];
const THAI_TITLE_ALTERNATIVES = THAI_TITLES.map((t) => t.replace(/\./g, '\\.')).join('|');
/** Thai letters a word can start with: consonants and the leading vowels เ แ โ ใ ไ. */
const THAI_START = '\\u0e01-\\u0e2e\\u0e40-\\u0e44';
const THAI_TITLE = new RegExp(`(?<![\\u0e01-\\u0e3a\\u0e40-\\u0e4e])(${THAI_TITLE_ALTERNATIVES})[ \\u00a0]?(?=[${THAI_START}])`, 'gu');
const THAI_TITLED = new RegExp(`^(?:${THAI_TITLE_ALTERNATIVES})`);
/**
 * Words that start with a title's letters and are no title before a name: นายจ้าง "employer",
 * นายกรัฐมนตรี "prime minister", นางพยาบาล "nurse", นางแบบ "model", คุณภาพ "quality", คุณค่า "value".
 */
const THAI_NOT_NAME: Record<string, RegExp> = {
  'นาย': /^(?:จ้าง|กรัฐมนตรี|กเทศมนตรี|ก(?:[ \u00a0]|$)|หน้า|ทุน|อำเภอ|ทหาร|สถานี|ด่าน|ประกัน)/,
  'นาง': /^(?:พยาบาล|แบบ|ฟ้า|งาม|เอก|ร้าย|สนม|กำนัล)/,
  'คุณ': /^(?:ภาพ|ค่า|สมบัติ|ธรรม|ประโยชน์|ลักษณะ|วุฒิ|ความ)/,
};
/** Words after a title that are part of it (นายแพทย์, คุณหมอ, คุณแม่): the name comes after them. */
const THAI_TITLE_WORDS = /^(?:แพทย์|ตำรวจ|พล|พัน|ร้อย|สิบ|ครู|หมอ|แม่|พ่อ|ป้า|ลุง|ยาย|ตา|น้า|อา|หญิง)/;
const THAI_LABEL = new RegExp(`(?<![\\u0e01-\\u0e3a\\u0e40-\\u0e4e])(ชื่อตัวและชื่อสกุล|ชื่อและนามสกุล|ชื่อและชื่อสกุล|ชื่อ-นามสกุล|ชื่อ-สกุล|ชื่อผู้ป่วย|ชื่อตัว|ชื่อสกุล|ชื่อ|นามสกุล|ผู้ป่วย|คนไข้|ลูกค้า|ผู้รับ|ผู้ส่ง)([ \\t\\u00a0]*[:：\\-–][ \\t\\u00a0]*|[ \\t\\u00a0]+)(?=[${THAI_START}])`, 'gu');
/** "My name is" and "the patient named" written against the name (ผมชื่อสมชาย, ผู้ป่วยชื่อ สมชาย). */
const THAI_MY_NAME = new RegExp(`(?:ผม|ดิฉัน|ฉัน|หนู|เรา|ผู้ป่วย|คนไข้|ลูกค้า)ชื่อ[ \\u00a0]?(?=[${THAI_START}])`, 'gu');
// The identity card's label ชื่อตัวและชื่อสกุล ("given name and family name"), ชื่อและนามสกุล, ชื่อตัว, ชื่อสกุล (L12 of the
// thirteenth probe of 2026-12-05f: `ชื่อตัวและชื่อสกุล สมชาย ใจดี` was stored raw: the label runs on past ชื่อ with no blank).
const THAI_NAME_LABELS = new Set(['ชื่อ', 'ชื่อ-นามสกุล', 'ชื่อ-สกุล', 'ชื่อผู้ป่วย', 'นามสกุล', 'ชื่อตัวและชื่อสกุล', 'ชื่อและนามสกุล', 'ชื่อและชื่อสกุล', 'ชื่อตัว', 'ชื่อสกุล']);
/** A word after คุณ with no surname that starts with a verb is a sentence to "you" (คุณไปไหนมา), not a name. */
const THAI_VERB_START = /^(?:ไป|มา|จะ|ได้|เป็น|ต้อง|ชอบ|กิน|อยู่|ทำ|ควร|ช่วย|บอก|รู้|คิด|เห็น|ว่า|ก็|ไม่|มี|อยาก|เคย|กำลัง|ยัง|สบาย)/;
/** A given name and a surname: two Thai words joined by one space, then the text's end, a blank or punctuation. */
const THAI_GIVEN_SURNAME = /^([\u0e01-\u0e2e\u0e40-\u0e44][\u0e01-\u0e3a\u0e40-\u0e4e]{1,19}) ([\u0e01-\u0e2e\u0e40-\u0e44][\u0e01-\u0e3a\u0e40-\u0e4e]{1,24})(?=$|[\s.,;:!?)\]"'])/u;
/** Words of a clinical or service note after ผู้ป่วย/ลูกค้า that start no name: symptom, feeling, asking, coming and going. */
const THAI_NOT_NAME_START = /^(?:อาการ|ปวด|เจ็บ|รู้สึก|ขอ|แพ้|นอน|เข้า|ออก|รับ|ส่ง|กลับ|ยืนยัน|แจ้ง|สอบถาม|ทาน|ไข้|หาย|ดีขึ้น|แย่ลง|ใหม่|เก่า|ราย|ทุก|หลาย|คน|ท่าน|ที่|ซึ่ง|ทั้ง)/;
/** Thai words end a name only where a space or punctuation does; these end a clause, not a name. */
const THAI_PARTICLE_END = /(?:ไหม|ครับ|ค่ะ|คะ|นะ|หรือ|เลย|แล้ว|ด้วย)$/;

const ENGLISH_CUE = /\b(?:patient|name|mr|mrs|ms|miss|dr|dear|hi|hello|contact|customer|client|signed|from)\.?[ \t\u00a0]*:?[ \t\u00a0]*(?=[\u05d0-\u05ea\u0620-\u064a\u0671-\u06d3\u0904-\u0939\u0e01-\u0e2e\u0e40-\u0e44])/giu;

const MAX_WORDS: Record<Script, number> = { arabic: 4, hebrew: 3, devanagari: 3, thai: 2 };

/**
 * The name that starts at `at`: words of `script` joined by one space, up to the script's most,
 * ending before a stop word. Returns its end, or -1 when its first word cannot start a name.
 */
function nameFrom(text: string, at: number, script: Script, kind: CueKind | 'english'): number {
  const stop = STOP[script];
  let end = -1;
  let count = 0;
  let i = at;
  while (count < MAX_WORDS[script]) {
    const wordStop = wordEnd(text, i, script);
    if (wordStop === i) break;
    const word = text.slice(i, wordStop);
    if (stop.has(word)) break;
    if (end === -1 && i === at) {
      if (script === 'arabic' && kind !== 'label' && kind !== 'form' && word.startsWith('ال')) return -1;
      if (kind === 'noun' && script !== 'thai' && !GIVEN[script].has(word)) return -1;
    }
    // A particle (بن, عبد) never ends a name and does not count: محمد بن is cut before بن.
    if (!(script === 'arabic' && ARABIC_PARTICLES.has(word))) {
      count++;
      end = wordStop;
    }
    // The next word: after exactly one space (or no-break space) and in the same script.
    const gap = text.charCodeAt(wordStop);
    if ((gap !== 32 && gap !== 0xa0) || scriptOf(text.charCodeAt(wordStop + 1)) !== script) break;
    i = wordStop + 1;
  }
  return end;
}

/**
 * Finds person names in Arabic, Hebrew, Devanagari and Thai script (see above).
 *
 * @param text any string
 * @param out detections are appended: `{ type: 'PERSON', class: 'pii.person' }`, spans in UTF-16
 *   code units, `normalized` the NFC name with single spaces
 */
export function detectScriptNames(text: string, out: Detection[]): void {
  if (OTHER_GATE.test(text)) otherScriptNames(text, out);
  if (!SCRIPTS.test(text)) return;
  const present = new Set<Script>();
  for (let i = 0; i < text.length; i++) {
    const script = scriptOf(text.charCodeAt(i));
    if (script !== undefined) present.add(script);
    if (present.size === 4) break;
  }
  const found = (start: number, end: number) => {
    if (end > start) pushPerson(text, out, start, end);
  };
  for (const script of present) {
    if (script === 'thai') {
      thaiNames(text, found);
      continue;
    }
    const cues = CUES[script];
    for (const match of text.matchAll(cues.pattern)) {
      const start = (match.index as number) + match[0].length;
      if (scriptOf(text.charCodeAt(start)) !== script) continue;
      const kind = cues.kinds.get(match[1] as string) ?? 'label';
      if (kind === 'form' && !/[:：\-–]/.test(match[2] as string)) continue;
      const end = nameFrom(text, start, script, kind);
      // "I am" before one word is more often an adjective (أنا سعيد "I am happy") than a name.
      if (SELF_CUES.has(match[1] as string) && !text.slice(start, end).includes(' ')) continue;
      found(start, end);
    }
    const colon = COLON_LABELS[script];
    if (colon !== undefined) {
      for (const match of text.matchAll(colon)) {
        const start = (match.index as number) + match[0].length;
        if (scriptOf(text.charCodeAt(start)) === script) found(start, nameFrom(text, start, script, 'label'));
      }
    }
    if (script === 'devanagari') beforeJi(text, found);
    listedPairs(text, script, found);
  }
  for (const match of text.matchAll(ENGLISH_CUE)) {
    const start = (match.index as number) + match[0].length;
    const script = scriptOf(text.charCodeAt(start));
    if (script === undefined) continue;
    if (script === 'thai') {
      const end = thaiNameFrom(text, start);
      if (end > start) found(start, end);
    } else found(start, nameFrom(text, start, script, 'english'));
  }
  // After an English verb addressed to a person or `for` (`Please email …`, `the address for …`;
  // the tenth probe of 2026-12-05, L1): a name of two words or more only.
  for (const match of text.matchAll(ENGLISH_VERB_CUE)) {
    const start = (match.index as number) + match[0].length;
    const script = scriptOf(text.charCodeAt(start));
    if (script === undefined) continue;
    const end = script === 'thai' ? thaiNameFrom(text, start) : nameFrom(text, start, script, 'english');
    // The words must make a name by isWholeScriptName (a listed given name first): `for हिंदी
    // अनुवाद` ("Hindi translation") stays. Not Thai: `for ภาษา ไทย` ("Thai language") has a name's shape.
    if (end > start && isWholeScriptName(text.slice(start, end))) found(start, end);
  }
}
const ENGLISH_VERB_CUE = /\b(?:for|with|email|e-mail|call|ask|tell|remind|thank|text|message|notify|pay|invite|cc)[ \t\u00a0]+(?=[\u05d0-\u05ea\u0620-\u064a\u0671-\u06d3\u0904-\u0939])/giu;

/** Hindi: one or two words before the honorific जी (शर्मा जी, राहुल शर्मा जी). */
function beforeJi(text: string, found: (start: number, end: number) => void): void {
  for (const match of text.matchAll(JI)) {
    const end = match.index as number;
    const last = wordStart(text, end);
    if (STOP.devanagari.has(text.slice(last, end))) continue;
    let start = last;
    // A listed given or family name before it belongs to the name too.
    if (last >= 2 && text.charCodeAt(last - 1) === 32) {
      const first = wordStart(text, last - 1);
      const word = text.slice(first, last - 1);
      if (first < last - 1 && (GIVEN.devanagari.has(word) || FAMILY.devanagari.has(word))) start = first;
    }
    found(start, end);
  }
}
const JI = /(?<=[\u0900-\u0963\u0971-\u097f]) जी(?![\u0900-\u0963\u0971-\u097f])/gu;

/** The start of the Devanagari word that ends at `end`. */
function wordStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && scriptOf(text.charCodeAt(start - 1)) === 'devanagari') start--;
  return start;
}

/** With no cue: a listed given name followed by a listed given or family name (and a third such name). */
function listedPairs(text: string, script: Exclude<Script, 'thai'>, found: (start: number, end: number) => void): void {
  const given = GIVEN[script];
  const family = FAMILY[script];
  let i = 0;
  while (i < text.length) {
    if (scriptOf(text.charCodeAt(i)) !== script || (i > 0 && scriptOf(text.charCodeAt(i - 1)) === script)) {
      i++;
      continue;
    }
    const firstEnd = wordEnd(text, i, script);
    if (firstEnd === i) {
      // A run longer than MAX_WORD is no name word: step past all of it (wordEnd gives back i).
      while (i < text.length && scriptOf(text.charCodeAt(i)) === script) i++;
      continue;
    }
    if (!given.has(text.slice(i, firstEnd)) || text.charCodeAt(firstEnd) !== 32) {
      i = firstEnd;
      continue;
    }
    let end = firstEnd;
    let next = firstEnd + 1;
    let particle = false;
    for (let count = 0; count < 3; count++) {
      const nextEnd = wordEnd(text, next, script);
      const word = text.slice(next, nextEnd);
      // After an Arabic particle (محمد بن سلمان, عبد الله) any word that is not a function word.
      const listed = family.has(word) || given.has(word) || (script === 'arabic' && (particle ? !STOP.arabic.has(word) : word.startsWith('ال') && given.has(word.slice(2))));
      const isParticle = script === 'arabic' && ARABIC_PARTICLES.has(word);
      // A family name of the nisba form (ال…ي: العتيبي, القحطاني) after two name words (محمد بن سلمان العتيبي; a probe of 2026-12-03 found it raw).
      const nisba = script === 'arabic' && end > firstEnd && !particle && nextEnd - next >= 5 && word.startsWith('ال') && word.endsWith('ي') && !STOP.arabic.has(word);
      if (nextEnd === next || !(listed || isParticle || nisba)) break;
      if (!isParticle) end = nextEnd;
      particle = isParticle;
      if (text.charCodeAt(nextEnd) !== 32) break;
      next = nextEnd + 1;
    }
    if (end > firstEnd) found(i, end);
    i = end;
  }
}

/** The Thai name at `at`: a title's letters and title words skipped, then the given name and one surname. */
function thaiNameFrom(text: string, at: number): number {
  const firstEnd = wordEnd(text, at, 'thai');
  if (firstEnd === at) return -1;
  const first = text.slice(at, firstEnd);
  if (STOP.thai.has(first) || THAI_PARTICLE_END.test(first)) return -1;
  let end = firstEnd;
  if ((text.charCodeAt(firstEnd) === 32 || text.charCodeAt(firstEnd) === 0xa0) && scriptOf(text.charCodeAt(firstEnd + 1)) === 'thai') {
    const surnameEnd = wordEnd(text, firstEnd + 1, 'thai');
    const surname = text.slice(firstEnd + 1, surnameEnd);
    if (!STOP.thai.has(surname) && !THAI_PARTICLE_END.test(surname) && !/^(?:นาย|นาง|นางสาว|คุณ)/.test(surname)) end = surnameEnd;
  }
  return end;
}

/** The name after a Thai title (`at` is right after the title and its optional space). */
function afterTitle(text: string, at: number, title: string, found: (start: number, end: number) => void): void {
  let start = at;
  const rest = text.slice(start, start + 16);
  if (THAI_NOT_NAME[title]?.test(rest)) return;
  const titleWord = THAI_TITLE_WORDS.exec(rest);
  if (titleWord !== null) {
    start += titleWord[0].length;
    if (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 0xa0) start++;
  }
  const end = thaiNameFrom(text, start);
  if (end <= start) return;
  // คุณ is also "you", and a kinship or trade word after a title is often followed by a verb
  // (คุณแม่ไปตลาด): with no surname, the name is ten letters at most and starts with no verb.
  const noSurname = end === wordEnd(text, start, 'thai');
  if ((title === 'คุณ' || titleWord !== null) && noSurname && (end - start > 10 || THAI_VERB_START.test(text.slice(start, end)))) return;
  found(start, end);
}

function thaiNames(text: string, found: (start: number, end: number) => void): void {
  for (const match of text.matchAll(THAI_TITLE)) afterTitle(text, (match.index as number) + match[0].length, match[1] as string, found);
  for (const match of text.matchAll(THAI_MY_NAME)) {
    const start = (match.index as number) + match[0].length;
    const titled = THAI_TITLED.exec(text.slice(start, start + 8));
    if (titled === null) found(start, thaiNameFrom(text, start));
    // A title written against ชื่อ (ผมชื่อนายสมชาย): the title rule cannot see it (a letter before it).
    else if (scriptOf(text.charCodeAt(start - 1)) === 'thai') {
      const after = start + titled[0].length;
      afterTitle(text, text.charCodeAt(after) === 32 || text.charCodeAt(after) === 0xa0 ? after + 1 : after, titled[0], found);
    }
  }
  for (const match of text.matchAll(THAI_LABEL)) {
    const start = (match.index as number) + match[0].length;
    // A noun (ผู้ป่วย "patient") before a verb is a sentence: only after a colon or dash; a title
    // after the label is the title rule's.
    if (!THAI_NAME_LABELS.has(match[1] as string) && !/[:：\-–]/.test(match[2] as string)) {
      // ...unless a given name and a surname follow, two words and nothing more of the clause
      // (ผู้ป่วย สมชาย ใจดี: a probe of 2026-12-03 found it raw), neither a verb, a symptom or a particle.
      const pair = THAI_GIVEN_SURNAME.exec(text.slice(start, start + 50));
      if (pair === null) continue;
      const [given, family] = [pair[1] as string, pair[2] as string];
      if ([given, family].some((word) => THAI_VERB_START.test(word) || THAI_NOT_NAME_START.test(word) || STOP.thai.has(word) || THAI_PARTICLE_END.test(word))) continue;
      found(start, start + pair[0].length);
      continue;
    }
    if (THAI_TITLED.test(text.slice(start, start + 8))) continue;
    found(start, thaiNameFrom(text, start));
  }
}

// ------------------------------------------------------------------ scripts with no name lists
// Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Sinhala, Lao, Tibetan,
// Myanmar, Georgian, Ethiopic and Khmer (the tenth probe of 2026-12-05, L3: `Name: রহিম উদ্দিন`,
// `ስም: አበበ ቢቂላ`, `Name: გიორგი ბერიძე` were stored raw). No word list here: a name is a run of one
// to three words of ONE script (Unicode Script property, letters and marks, ZWJ/ZWNJ inside a
// word), single-spaced, ending at a digit, punctuation, a line end or another script, taken
//  - after the script's own word for "name" before a colon or dash (নাম: ফাতেমা বেগম, ሙሉ ስም፡,
//    பெயர்: , పేరు: , ਨਾਮ: , નામ: , නම: , အမည်: , ឈ្មោះ: , სახელი: , გვარი: ; Ethiopic's own
//    colons ፡ ፦ too): the label is the last word before the colon, so `রোগীর নাম:` and
//    `ሙሉ ስም:` are read as well;
//  - after an English cue (`Name:`, `Patient`, `Mr`, `Dear`, `Contact`, `Customer`, ...);
//  - after an English verb addressed to a person (`email`, `call`, `ask`, `tell`, `remind`,
//    `thank`), when two or more words of the script follow (one word there may be a language's or
//    a place's name; not after `for`: `for বাংলা অনুবাদ` is "for a Bengali translation").
// Missed: a name with no cue (alone, in running text of its own language, in a sign-off), a
// label other than the word for "name", a name of more than three words (the rest stays).
/** The Unicode blocks of these scripts: [first, last, script]. */
const OTHER_BLOCKS: ReadonlyArray<readonly [number, number, string]> = [
  [0x0980, 0x09ff, 'Bengali'], [0x0a00, 0x0a7f, 'Gurmukhi'], [0x0a80, 0x0aff, 'Gujarati'], [0x0b00, 0x0b7f, 'Oriya'], [0x0b80, 0x0bff, 'Tamil'],
  [0x0c00, 0x0c7f, 'Telugu'], [0x0c80, 0x0cff, 'Kannada'], [0x0d00, 0x0d7f, 'Malayalam'], [0x0d80, 0x0dff, 'Sinhala'], [0x0e80, 0x0eff, 'Lao'],
  [0x0f00, 0x0fff, 'Tibetan'], [0x1000, 0x109f, 'Myanmar'], [0x10a0, 0x10ff, 'Georgian'], [0x1200, 0x139f, 'Ethiopic'], [0x1780, 0x17ff, 'Khmer'],
  [0x1c90, 0x1cbf, 'Georgian'], [0x2d80, 0x2ddf, 'Ethiopic'],
];
const OTHER_GATE = /[\u0980-\u0dff\u0e80-\u0fff\u1000-\u10ff\u1200-\u139f\u1780-\u17ff\u1c90-\u1cbf\u2d80-\u2ddf]/;
/** A letter or a mark (a vowel sign, a virama): the blocks' digits and punctuation are none. */
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

/** The script of the letter at `at` among the scripts above, or undefined. */
function otherScriptAt(text: string, at: number): string | undefined {
  const code = text.charCodeAt(at);
  if (code < 0x0980 || code > 0x2ddf) return undefined;
  for (const [first, last, script] of OTHER_BLOCKS) {
    if (code >= first && code <= last) return LETTER_OR_MARK.test(text[at] as string) ? script : undefined;
  }
  return undefined;
}

/** The name of one to three single-spaced words of one script from `at` (its end), or -1. */
function otherNameFrom(text: string, at: number, minWords: number): number {
  const script = otherScriptAt(text, at);
  if (script === undefined) return -1;
  let end = -1;
  let words = 0;
  let i = at;
  while (words < 3) {
    const start = i;
    while (i < text.length && i - start <= MAX_WORD && (otherScriptAt(text, i) === script || (i > start && JOINER(text.charCodeAt(i))))) i++;
    if (i === start || i - start > MAX_WORD) break;
    words++;
    end = i;
    const gap = text.charCodeAt(i);
    if ((gap !== 32 && gap !== 0xa0) || otherScriptAt(text, i + 1) !== script) break;
    i++;
  }
  return words >= minWords ? end : -1;
}

/** The words for "name" (and "surname") of these scripts, read before a colon or dash. */
const OTHER_LABEL = /(?<![\p{L}\p{M}])(?:নাম|ਨਾਮ|ਨਾਂ|નામ|ନାମ|பெயர்|పేరు|ಹೆಸರು|പേര്|නම|ຊື່|အမည်|სახელი|გვარი|ስም|ሥም|ឈ្មោះ)[ \t\u00a0]*[:：፡፦\-–][ \t\u00a0]*/gu;
const OTHER_ENGLISH_CUE = /\b(?:patient|name|full name|mr|mrs|ms|miss|dr|dear|hi|hello|contact|customer|client|signed|from)\.?[ \t\u00a0]*:?[ \t\u00a0]*(?=[\u0980-\u0dff\u0e80-\u0fff\u1000-\u10ff\u1200-\u139f\u1780-\u17ff\u1c90-\u1cbf\u2d80-\u2ddf])/giu;
const OTHER_VERB_CUE = /\b(?:email|e-mail|call|ask|tell|remind|thank|text|message|notify|pay|invite|cc)[ \t\u00a0]+(?=[\u0980-\u0dff\u0e80-\u0fff\u1000-\u10ff\u1200-\u139f\u1780-\u17ff\u1c90-\u1cbf\u2d80-\u2ddf])/giu;

function otherScriptNames(text: string, out: Detection[]): void {
  const take = (start: number, minWords: number) => {
    const end = otherNameFrom(text, start, minWords);
    if (end > start) pushPerson(text, out, start, end);
  };
  for (const match of text.matchAll(OTHER_LABEL)) take((match.index as number) + match[0].length, 1);
  for (const match of text.matchAll(OTHER_ENGLISH_CUE)) take((match.index as number) + match[0].length, 1);
  for (const match of text.matchAll(OTHER_VERB_CUE)) take((match.index as number) + match[0].length, 2);
}

// ---------------------------------------------------------------- a whole value that is a name
/**
 * Whether a whole string standing where a person's name stands by structure (a key whose value is
 * a record, a cell of a table's `name` column) is a name in a script with no capitals (the tenth
 * probe of 2026-12-05, L2: `{"김하늘":{…}}`, `{"ሰላም ታደሰ":{…}}`, `id,name,city\n7,정하은,…` were
 * stored raw, while `{"Amara Okafor":{…}}` and `Иван Петров` there were masked by their capitals):
 *  - Korean and Japanese: names.ts isWholeCjkName (a family name and listed given syllables);
 *  - Arabic, Hebrew, Devanagari: two to four words of the script (particles such as بن, عبد
 *    between), none a function word, the first a listed given name (خالد العتيبي, אברהם גולדברג,
 *    अमित पटेल; a label such as معلومات المريض "patient information" stays);
 *  - Thai: a given name and a surname, neither a particle, verb or symptom word (ประยุทธ์ สุขใจ);
 *  - the scripts with no lists (Bengali, Ethiopic, Tamil, ... above): two or three words of one
 *    script (রহিম উদ্দিন, ሰላም ታደሰ). One word of these scripts is never enough.
 * Missed: a one-word name in these scripts, an Arabic, Hebrew or Hindi name whose first word is not
 * listed. Over-masked: a two-word label of a script with no list as a record's key (রোগীর তথ্য).
 */
export function isWholeScriptName(value: string): boolean {
  if (value.length < 2 || value.length > 64) return false;
  if (isWholeCjkName(value)) return true;
  if (value.indexOf(' ') < 0) return false;
  const script = scriptOf(value.charCodeAt(0));
  if (script === 'thai') {
    const pair = THAI_GIVEN_SURNAME.exec(value);
    if (pair === null || pair[0].length !== value.length) return false;
    return ![pair[1] as string, pair[2] as string].some((word) => THAI_VERB_START.test(word) || THAI_NOT_NAME_START.test(word) || STOP.thai.has(word) || THAI_PARTICLE_END.test(word));
  }
  if (script !== undefined) {
    const first = value.slice(0, value.indexOf(' '));
    const listed = GIVEN[script].has(first) || (script === 'arabic' && ARABIC_PARTICLES.has(first));
    return listed && nameFrom(value, 0, script, 'label') === value.length;
  }
  return otherNameFrom(value, 0, 2) === value.length;
}
