// What key-vocabulary.ts promises (issue 13, for its Stryker run; K1 of the fifth probe of
// 2026-12-04): vocabularyFold's folding, character by character, and vocabularyKind's reading of a
// member name: the 64-character bound, the whole word, a word as the name's start or end (which
// languages, from which length), the quick no for ASCII names. In process, key-vocabulary.ts alone.
import { describe, expect, it } from 'vitest';
import { vocabularyFold, vocabularyKind } from './key-vocabulary.js';

describe('vocabularyFold', () => {
  it('takes out spaces, `_`, `.`, `-`, apostrophes, joiners and the tatweel, every one of them', () => {
    for (const name of ['a b', 'a\tb', 'a\nb', 'a_b', 'a.b', 'a-b', "a'b", 'a’b', 'aʼb', 'a\u200cb', 'a\u200db', 'a\u0640b']) {
      expect(vocabularyFold(name), JSON.stringify(name)).toBe('ab');
    }
    expect(vocabularyFold('a_b-c.d e')).toBe('abcde');
    expect(vocabularyFold('__a__')).toBe('a');
  });

  it('keeps other marks and letters as they are', () => {
    for (const name of ['a/b', 'a:b', 'a,b', 'a+b', 'a"b', 'a`b']) expect(vocabularyFold(name), name).toBe(name);
    expect(vocabularyFold('sb')).toBe('sb');
  });

  it('lower case after NFKC (full-width letters are letters)', () => {
    expect(vocabularyFold('ＴＥＬ')).toBe('tel');
    expect(vocabularyFold('SoyAdI')).toBe('soyadi');
    expect(vocabularyFold('ФАМИЛИЯ')).toBe('фамилия');
  });

  it('Turkish dotless and dotted i, Vietnamese đ, Polish ł, Greek final sigma', () => {
    expect(vocabularyFold('ı')).toBe('i');
    expect(vocabularyFold('İ')).toBe('i');
    expect(vocabularyFold('đ')).toBe('d');
    expect(vocabularyFold('Đ')).toBe('d');
    expect(vocabularyFold('ł')).toBe('l');
    expect(vocabularyFold('ς')).toBe('σ');
    expect(vocabularyFold('soyadı')).toBe('soyadi');
    expect(vocabularyFold('ıı')).toBe('ii');
    expect(vocabularyFold('đđłł')).toBe('ddll');
    expect(vocabularyFold('ςς')).toBe('σσ');
  });

  it('Arabic short vowels off, each end of their range and the superscript alef; the hamza seats as alef', () => {
    expect(vocabularyFold('\u064b')).toBe('');
    expect(vocabularyFold('\u065f')).toBe('');
    expect(vocabularyFold('\u0670')).toBe('');
    expect(vocabularyFold('فَ')).toBe('ف');
    expect(vocabularyFold('فَفُ')).toBe('فف');
    // The letters beside the range stay.
    expect(vocabularyFold('\u064a')).toBe('\u064a');
    expect(vocabularyFold('\u0660')).toBe('\u0660');
    expect(vocabularyFold('أ')).toBe('ا');
    expect(vocabularyFold('إ')).toBe('ا');
    expect(vocabularyFold('آ')).toBe('ا');
    expect(vocabularyFold('أإآ')).toBe('ااا');
    expect(vocabularyFold('الأول')).toBe(vocabularyFold('الاول'));
  });

  it('Latin and Greek accents off, recomposed', () => {
    expect(vocabularyFold('é')).toBe('e');
    expect(vocabularyFold('ü')).toBe('u');
    expect(vocabularyFold('ώ')).toBe('ω');
    expect(vocabularyFold('ệ')).toBe('e');
    expect(vocabularyFold('Họ Tên')).toBe('hoten');
    expect(vocabularyFold('ἕ')).toBe('ε');
  });

  it('no other script loses its marks: Cyrillic й, Devanagari nukta and vowel signs stay', () => {
    expect(vocabularyFold('й')).toBe('й');
    expect(vocabularyFold('ёж')).toBe('ёж');
    expect(vocabularyFold('फ़')).toBe('फ़');
    expect(vocabularyFold('नाम')).toBe('नाम');
  });

  it('a name with Latin or Greek letters among others: those lose their accents, the others keep theirs (one NFD pass)', () => {
    expect(vocabularyFold('éй')).toBe('eи');
  });

  it('an ASCII name is only lower-cased and stripped', () => {
    expect(vocabularyFold('Date_Of-Birth')).toBe('dateofbirth');
    expect(vocabularyFold('')).toBe('');
  });
});

describe('vocabularyKind: the whole name', () => {
  it('reads each kind, in several languages and spellings', () => {
    expect(vocabularyKind('фамилия')).toBe('person');
    expect(vocabularyKind('Фамилия')).toBe('person');
    expect(vocabularyKind('имя')).toBe('generic');
    expect(vocabularyKind('дата_рождения')).toBe('dob');
    expect(vocabularyKind('датаРождения')).toBe('dob');
    expect(vocabularyKind('телефон')).toBe('phone');
    expect(vocabularyKind('тел')).toBe('phone');
    expect(vocabularyKind('др')).toBe('dob');
    expect(vocabularyKind('الاسم')).toBe('generic');
    expect(vocabularyKind('الاسم_الأول')).toBe('person');
    expect(vocabularyKind('الاسم_الاول')).toBe('person');
    expect(vocabularyKind('تاريخ_الميلاد')).toBe('dob');
    expect(vocabularyKind('επώνυμο')).toBe('person');
    expect(vocabularyKind('Επώνυμο')).toBe('person');
    expect(vocabularyKind('όνομα')).toBe('generic');
    expect(vocabularyKind('नाम')).toBe('generic');
    expect(vocabularyKind('जन्म_तिथि')).toBe('dob');
    expect(vocabularyKind('फोन')).toBe('phone');
    expect(vocabularyKind('手机')).toBe('phone');
    expect(vocabularyKind('전화번호')).toBe('phone');
  });

  it('Latin words, with or without their marks', () => {
    expect(vocabularyKind('soyadı')).toBe('person');
    expect(vocabularyKind('soyadi')).toBe('person');
    expect(vocabularyKind('soyad')).toBe('person');
    expect(vocabularyKind('ad')).toBe('generic');
    expect(vocabularyKind('isim')).toBe('generic');
    expect(vocabularyKind('doğum_tarihi')).toBe('dob');
    expect(vocabularyKind('dogum_tarihi')).toBe('dob');
    expect(vocabularyKind('ngày_sinh')).toBe('dob');
    expect(vocabularyKind('ngay_sinh')).toBe('dob');
    expect(vocabularyKind('họ_tên')).toBe('person');
    expect(vocabularyKind('hoten')).toBe('person');
    expect(vocabularyKind('so_dien_thoai')).toBe('phone');
    expect(vocabularyKind('sđt')).toBe('phone');
    expect(vocabularyKind('nama')).toBe('generic');
    expect(vocabularyKind('nama_lengkap')).toBe('person');
    expect(vocabularyKind('no_hp')).toBe('phone');
  });

  it('English and Western names are none of them (the quick no, and the words not listed)', () => {
    for (const name of ['phone', 'tel', 'name', 'lastName', 'order_id', 'dr', 'dob', 'A', 'x', 'Σ', 'ab', 'zz', 'ó']) {
      expect(vocabularyKind(name), name).toBeUndefined();
    }
  });

  it('a name of separators only, the empty name and names over 64 characters name nothing', () => {
    expect(vocabularyKind('')).toBeUndefined();
    expect(vocabularyKind('___')).toBeUndefined();
    expect(vocabularyKind('- .')).toBeUndefined();
    expect(vocabularyKind('\u064b')).toBeUndefined();
    expect(vocabularyKind('x'.repeat(57) + 'фамилия')).toBe('person');
    expect(vocabularyKind('x'.repeat(58) + 'фамилия')).toBeUndefined();
    expect(vocabularyKind('_'.repeat(57) + 'фамилия')).toBe('person');
    expect(vocabularyKind('_'.repeat(58) + 'фамилия')).toBeUndefined();
  });

  it('undefined, not null, for a name that names nothing, asked once and again (the cache)', () => {
    for (let i = 0; i < 3; i++) {
      expect(vocabularyKind('продукт_категория_название')).toBeUndefined();
      expect(vocabularyKind('order_id')).toBeUndefined();
      expect(vocabularyKind('телефон')).toBe('phone');
    }
  });

  it('more names than the cache holds: each still read right', () => {
    for (let i = 0; i < 4200; i++) expect(vocabularyKind(`поле_${i}`)).toBeUndefined();
    expect(vocabularyKind('фамилия')).toBe('person');
    expect(vocabularyKind('поле_1')).toBeUndefined();
  });
});

describe('vocabularyKind: a word as the start or the end of a name', () => {
  it('Russian, Arabic, Greek, Vietnamese, Indonesian: whose after the word, or before it', () => {
    expect(vocabularyKind('фамилия_клиента')).toBe('person');
    expect(vocabularyKind('клиента_фамилия')).toBe('person');
    expect(vocabularyKind('дата_рождения_клиента')).toBe('dob');
    expect(vocabularyKind('мобильный_телефон_клиента')).toBe('phone');
    expect(vocabularyKind('клиента_телефон')).toBe('phone');
    expect(vocabularyKind('ngay_sinh_khach_hang')).toBe('dob');
    expect(vocabularyKind('ngaysinhxyzq')).toBe('dob');
    expect(vocabularyKind('nama_lengkap_x')).toBe('person');
    expect(vocabularyKind('xhoten')).toBe('person');
  });

  it('words of several parts, at either end', () => {
    expect(vocabularyKind('ngay_thang_nam_sinh_khach')).toBe('dob');
    expect(vocabularyKind('khach_ngay_thang_nam_sinh')).toBe('dob');
    expect(vocabularyKind('رقم_الهاتف_المحمول')).toBe('phone');
  });

  it('a generic word is never a start or an end', () => {
    for (const name of ['имя_клиента', 'клиента_имя', 'الاسم_التجاري', 'όνομα_προϊόντος', 'adxx', 'isimler', 'namaproduk', 'produknama']) {
      expect(vocabularyKind(name), name).not.toBe('generic');
    }
    expect(vocabularyKind('имя_клиента')).toBeUndefined();
    expect(vocabularyKind('namaproduk')).toBeUndefined();
  });

  it('words under five characters are whole names only (non-endingOnly languages)', () => {
    expect(vocabularyKind('тел_клиента')).toBeUndefined();
    expect(vocabularyKind('клиента_тел')).toBeUndefined();
    expect(vocabularyKind('фио_клиента')).toBeUndefined();
    expect(vocabularyKind('xsdt')).toBeUndefined();
    expect(vocabularyKind('піб_x')).toBeUndefined();
  });

  it('an ASCII word of five or six letters is an end, not a start; of seven or more, both', () => {
    expect(vocabularyKind('hotend')).toBeUndefined();
    expect(vocabularyKind('hoten_khach')).toBeUndefined();
    expect(vocabularyKind('khach_hoten')).toBe('person');
    expect(vocabularyKind('ngaysinh_xyzq')).toBe('dob');
    expect(vocabularyKind('xyzq_ngaysinh')).toBe('dob');
    expect(vocabularyKind('telepon_rumah')).toBe('phone');
  });

  it('a non-ASCII word of five characters is a start and an end', () => {
    expect(vocabularyKind('телефон_x')).toBe('phone');
    expect(vocabularyKind('x_телефон')).toBe('phone');
    expect(vocabularyKind('τηλέφωνο_οικίας')).toBe('phone');
  });

  it('Turkish, Hindi, Thai and the CJK languages: the end only, from two characters', () => {
    expect(vocabularyKind('musteri_dogum_tarihi')).toBe('dob');
    expect(vocabularyKind('dogum_tarihi_musteri')).toBeUndefined();
    expect(vocabularyKind('xqsoyadi')).toBe('person');
    expect(vocabularyKind('soyadxyzq')).toBeUndefined();
    expect(vocabularyKind('客户手机号')).toBe('phone');
    expect(vocabularyKind('客户手机')).toBe('phone');
    expect(vocabularyKind('手机号x')).toBeUndefined();
    expect(vocabularyKind('手机_备注')).toBeUndefined();
    expect(vocabularyKind('ग्राहक_फोन')).toBe('phone');
    expect(vocabularyKind('फोन_ग्राहक')).toBeUndefined();
    expect(vocabularyKind('ลูกค้า_วันเกิด')).toBe('dob');
    expect(vocabularyKind('วันเกิด_ลูกค้า')).toBeUndefined();
    expect(vocabularyKind('고객전화')).toBe('phone');
    expect(vocabularyKind('전화고객')).toBeUndefined();
  });

  it('a name equal to a word is read as the word (whole), longer names through the ends', () => {
    expect(vocabularyKind('soyadi')).toBe('person');
    expect(vocabularyKind('xsoyadi')).toBe('person');
    expect(vocabularyKind('isim_soyisim')).toBe('person');
  });

  it('no word in the middle of a name', () => {
    expect(vocabularyKind('x_фамилия_x')).toBeUndefined();
    expect(vocabularyKind('x_телефон_x')).toBeUndefined();
    expect(vocabularyKind('xx_soyadi_xx')).toBeUndefined();
  });

  it('the quick no keeps an ASCII name whose start alone or end alone is a word\'s', () => {
    // `ng…` starts a word, `zq` ends none: read through its start.
    expect(vocabularyKind('ngaysinhxyzq')).toBe('dob');
    // `xq` starts none, `di` ends a word: read through its end.
    expect(vocabularyKind('xqsoyadi')).toBe('person');
    expect(vocabularyKind('qqnomortelepon')).toBe('phone');
  });

  it('long non-ASCII names that hold no word at either end', () => {
    for (const name of ['продукт_категория_название', 'αριθμός_παραγγελίας', 'رقم_الطلب_الداخلي', '订单编号备注', 'ürün_kategorisi', 'mã_đơn_hàng_nội_bộ']) {
      expect(vocabularyKind(name), name).toBeUndefined();
    }
  });
});
