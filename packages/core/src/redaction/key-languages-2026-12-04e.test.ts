// K1 of the fifth README-only probe of 2026-12-04 (test/redaction/probe-2026-12-04e.cases.md):
// personal member names in Cyrillic, Arabic, Greek and Devanagari, in Turkish and Vietnamese
// without their marks, and Chinese mobile-phone keys were stored raw (`{фамилия:'Влинтук'}`,
// `{تاريخ_الميلاد:'1984-03-12'}`, `{soyadi:'Vlintuk'}`, `{ngay_sinh:'12/03/1984'}`,
// `{手机号:'13812345678'}`). The fix is one vocabulary per language (key-vocabulary.ts); the inputs
// here are the probe's, other words and spellings of the same languages, and look-alikes that stay.
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonValue, UnsealedEvent } from '../spec/event.js';
import { createRedactor } from './redactor.js';
import { createKeyring } from './keys.js';
import { columnKind, isDobKeyName, isPersonKeyName, numberKeyKind } from './key-names.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([randomBytes(32)]), sessionMemory: false });

async function redacted(args: JsonValue): Promise<string> {
  const event: UnsealedEvent = {
    v: 1, id: '01JABCDEFGHJKMNPQRSTVWXYZ0', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.call',
    trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) }, agent: { id: 'bot' }, source: 'test', outcome: 'success',
    tool: { name: 'crm.update', arguments: args },
  };
  return JSON.stringify((await redactor.redact(event, { capture: {} } as never)).event.tool?.arguments);
}

describe('K1: the probe\'s inputs', () => {
  it.each<[Record<string, string>, string[]]>([
    [{ фамилия: 'Влинтук', имя: 'Ксаро' }, ['Влинтук', 'Ксаро']],
    [{ дата_рождения: '12.03.1984' }, ['12.03.1984']],
    [{ датаРождения: '1984-03-12' }, ['1984-03-12']],
    [{ الاسم: 'قزارو فلينتوك', تاريخ_الميلاد: '1984-03-12', رقم_الهاتف: '0501234567' }, ['قزارو', 'فلينتوك', '1984-03-12', '0501234567']],
    [{ soyadi: 'Vlintuk', dogum_tarihi: '12.03.1984' }, ['Vlintuk', '12.03.1984']],
    [{ soyadı: 'Vlintuk', doğum_tarihi: '12.03.1984' }, ['Vlintuk', '12.03.1984']],
    [{ ngay_sinh: '12/03/1984', so_dien_thoai: '0912345678' }, ['12/03/1984', '0912345678']],
    [{ επώνυμο: 'Βλίντουκ', ημερομηνία_γέννησης: '12/03/1984' }, ['Βλίντουκ', '12/03/1984']],
    [{ नाम: 'क्सारो व्लिंटुक', जन्म_तिथि: '12/03/1984' }, ['क्सारो', 'व्लिंटुक', '12/03/1984']],
    [{ 手机: '13812345678' }, ['13812345678']],
    [{ 手机号: '13812345678', 联系电话: '13912345678' }, ['13812345678', '13912345678']],
  ])('%j', async (args, raw) => {
    const out = await redacted(args);
    for (const value of raw) expect(out).not.toContain(value);
  });
});

describe('K1: other words and spellings of the same languages', () => {
  it.each<[Record<string, string>, string[]]>([
    // Russian, Ukrainian, Bulgarian: patronymic, full name, whose date after the words, mobile
    [{ Отчество: 'Петрович', ФАМИЛИЯ: 'Дорванов' }, ['Петрович', 'Дорванов']],
    [{ дата_рождения_клиента: '1979-11-02', мобильный_телефон: '+79161234567' }, ['1979-11-02', '9161234567']],
    [{ прізвище: 'Влінтук', "ім'я": 'Ксаро', дата_народження: '12.03.1984' }, ['Влінтук', 'Ксаро', '12.03.1984']],
    [{ презиме: 'Петров', дата_на_раждане: '12.03.1984' }, ['Петров', '12.03.1984']],
    // Arabic without the hamza seat and with a customer's date; Persian; Hebrew
    [{ الاسم_الاول: 'قزارو', اسم_العائلة: 'فلينتوك', رقم_الجوال: '0551234567' }, ['قزارو', 'فلينتوك', '0551234567']],
    [{ 'نام خانوادگی': 'فلینتوک', تاریخ_تولد: '1363/12/21' }, ['فلینتوک', '1363/12/21']],
    [{ שם_משפחה: 'ולינטוק', תאריך_לידה: '12/03/1984' }, ['ולינטוק', '12/03/1984']],
    // Greek in capitals (no accents) and the mobile
    [{ ΕΠΩΝΥΜΟ: 'ΒΛΙΝΤΟΥΚ', ΚΙΝΗΤΟ: '6912345678' }, ['ΒΛΙΝΤΟΥΚ', '6912345678']],
    // Hindi: surname, date, mobile number; the nukta written precomposed or not
    [{ उपनाम: 'व्लिंटुक', 'जन्म तिथि': '12/03/1984', मोबाइल_नंबर: '9812345678', '\u095E\u094B\u0928': '9812345679' }, ['व्लिंटुक', '12/03/1984', '9812345678', '9812345679']],
    // Turkish in camelCase and capitals, whose before the words
    [{ musteriSoyadi: 'Vlintuk', DOGUM_TARIHI: '1984-03-12', cepTelefonu: '05321234567' }, ['Vlintuk', '1984-03-12', '05321234567']],
    [{ ad_soyad: 'Qxaro Vlintuk', adi: 'Qxaro', soyadi: 'Vlintuk' }, ['Qxaro', 'Vlintuk']],
    // Vietnamese with its marks and without, `sđt`
    [{ 'Họ và tên': 'Vlintuk Qxaro', 'Ngày sinh': '12/03/1984', sđt: '0912345678' }, ['Vlintuk', 'Qxaro', '12/03/1984', '0912345678']],
    [{ ngaySinhKhachHang: '12/03/1984', soDienThoai: '0912345679' }, ['12/03/1984', '0912345679']],
    // Indonesian
    [{ nama_lengkap: 'Qxaro Vlintuk', tanggal_lahir: '1984-03-12', nomor_telepon: '081234567890' }, ['Qxaro', 'Vlintuk', '1984-03-12', '081234567890']],
    // Chinese (simplified, traditional), Japanese and Korean phones, whose before the word
    [{ 客户手机号: '13812345670', 手機號碼: '0912345678', 携帯番号: '09012345678', 휴대폰번호: '01012345678' }, ['13812345670', '0912345678', '09012345678', '01012345678']],
    // Thai
    [{ นามสกุล: 'วลินตุก', วันเกิด: '12/03/1984', เบอร์โทร: '0812345678' }, ['วลินตุก', '12/03/1984', '0812345678']],
  ])('%j', async (args, raw) => {
    const out = await redacted(args);
    for (const value of raw) expect(out).not.toContain(value);
  });

  it('a generic word for a name (имя, الاسم, नाम, isim, tên) is a person\'s beside a date of birth or a surname', async () => {
    for (const [generic, dob] of [['имя', 'дата_рождения'], ['الاسم', 'تاريخ_الميلاد'], ['όνομα', 'ημερομηνία_γέννησης'], ['नाम', 'जन्मतिथि'], ['isim', 'dogum_tarihi'], ['tên', 'ngày_sinh']] as const) {
      // In lower case, as chat users type: no text rule reads it, only the member's name.
      const out = await redacted({ [generic]: 'wenlix dorvane', [dob]: '1979-11-02' });
      expect(out, generic).not.toContain('dorvane');
    }
  });

  it('spellings of a personal key vary by separator and case (property)', async () => {
    // Multi-word keys of the vocabularies, written with `_`, `-`, a space, none, in camelCase or in capitals.
    const phrases: Array<[string[], 'person' | 'dob' | 'phone']> = [
      [['дата', 'рождения'], 'dob'], [['номер', 'телефона'], 'phone'], [['полное', 'имя'], 'person'],
      [['doğum', 'tarihi'], 'dob'], [['dogum', 'tarihi'], 'dob'], [['cep', 'telefonu'], 'phone'], [['ad', 'soyad'], 'person'],
      [['ngay', 'sinh'], 'dob'], [['so', 'dien', 'thoai'], 'phone'], [['ho', 'va', 'ten'], 'person'],
      [['ημερομηνία', 'γέννησης'], 'dob'], [['تاريخ', 'الميلاد'], 'dob'], [['رقم', 'الهاتف'], 'phone'], [['जन्म', 'तिथि'], 'dob'],
      [['tanggal', 'lahir'], 'dob'], [['nama', 'lengkap'], 'person'],
    ];
    const cap = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
    const spell = (words: string[], style: number): string =>
      style === 0 ? words.join('_') : style === 1 ? words.join('-') : style === 2 ? words.join(' ') : style === 3 ? words.join('')
        : style === 4 ? (words[0] as string) + words.slice(1).map(cap).join('') : words.join('_').toUpperCase();
    fc.assert(
      fc.property(fc.constantFrom(...phrases), fc.integer({ min: 0, max: 5 }), ([words, kind], style) => {
        const key = spell(words, style);
        const found = kind === 'person' ? isPersonKeyName(key) : kind === 'dob' ? isDobKeyName(key) : numberKeyKind(key) === 'PHONE';
        expect(found, key).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('a CSV header in those languages names its columns', () => {
    expect(['Фамилия', 'Имя', 'Дата рождения', 'Телефон', 'Soyadı', 'Doğum Tarihi', 'Ngày sinh', 'Số điện thoại', 'Επώνυμο', 'जन्म तिथि', '手机号'].map(columnKind))
      .toEqual(['person', 'none', 'dob', 'PHONE', 'person', 'dob', 'dob', 'PHONE', 'person', 'dob', 'PHONE']);
  });
});

describe('K1: look-alikes that stay', () => {
  it.each<[Record<string, JsonValue>, string[]]>([
    // A thing's name under a word for a name with nothing personal beside it (as `name` alone)
    [{ имя: 'Отчёт за квартал' }, ['Отчёт за квартал']],
    [{ isim: 'Kalem', fiyat: 12 }, ['Kalem']],
    [{ имя_файла: 'отчет.pdf', nombre_archivo: 'informe.pdf' }, ['отчет.pdf', 'informe.pdf']],
    // A phone's model, type or count is no phone number
    [{ 手机型号: 'Mate 60', тип_телефона: 'мобильный', телефон_подтвержден: true }, ['Mate 60', 'мобильный', 'true']],
    // English and ASCII keys that start or end like a Latin vocabulary word
    [{ hotend: 'E3D V6', soyad_field: 'label' }, ['E3D V6', 'label']],
    // Identifiers of things
    [{ order_id: 'A-1042', tracking: '1Z999AA10123456784', ad_id: '123456789' }, ['A-1042', '1Z999AA10123456784', '123456789']],
  ])('%j', async (args, kept) => {
    const out = await redacted(args);
    for (const value of kept) expect(out).toContain(value);
  });
});
