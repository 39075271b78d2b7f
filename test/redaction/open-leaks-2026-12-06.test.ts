// Open parts of leak rows of the probes of 2026-12-05f … -05j that are no person names (issue 11), fixed as kinds:
//   - a Ghana Card number written with blanks or dots (`GHA 718204356 3`; 05j L4 open);
//   - a meter's or a Zigbee network's keys of other lengths and names (a 16-hex LLS key, 48/64-hex suite-2 keys,
//     Zigbee `link key`/`network key`; 05j L6 open);
//   - bank account words of Czech, Slovak, Lithuanian, Latvian, Estonian and Finnish (`číslo účtu`, `č. ú.`,
//     `banko sąskaita`, `konta numurs`, `kontonumber`, `tilinumero`; 05g L13 open);
//   - the old nine-digit Vietnamese CMND after its label (05f L11 open);
//   - the Latvian personas kods after its label (05g L5 open);
//   - a password after a qualifier of five or six words (Spanish, Polish; 05i L7 open) and after the Vietnamese
//     setting verb `đổi mật khẩu … thành` or a qualifier and a colon (`Mật khẩu mới:`; 05j L7 open);
//   - a write key named in prose with words between (`Segment writeKey for ios-prod is …`; 05h L4 open);
//   - a compact phone of seven or eight digits right after a phone word (`Phone: 51234567`, `helistage mulle …`; 05g L16 open);
//   - an Eircode with no blank on the city line (`…, Dundalk A91C2P8`; 05h L3 open);
//   - a US or Canadian city line after a romanized Japanese street (`2-14-7 Jingumae, Springfield IL 62704`; 05i L1 open);
//   - an isikukood, a fødselsnummer or a CNP in a table of persons' `id` column (05j L4 open).
// Each block: the row's inputs (tuned on), held-back inputs of the same kind written before the fix and not tuned
// on, and look-alikes that must stay unchanged (order numbers, versions, dates, prices, timestamps, UUIDs, hashes).
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor, detectSensitive } from '@agent-audit/core';
import { masked, storedResults } from './masked-text.js';

const { leaksIn, keptIn } = storedResults(() => createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(6)]), sessionMemory: false }), 'c');

/** Each case: the text and the values that must not stay readable in it. */
const expectMasked = (cases: Array<[string, string[]]>) =>
  it.each(cases)('%j', (text, values) => {
    const out = masked(text);
    for (const value of values) expect([out, out.includes(value)]).toEqual([out, false]);
  });
/** Each text: no detection at all (its words, numbers and codes stay readable). */
const expectUnchanged = (texts: string[]) =>
  it.each(texts)('%j stays', (text) => {
    expect(masked(text)).toBe(text);
  });

describe('a Ghana Card number with blanks or dots (05j L4, open part)', () => {
  expectMasked([
    ['Ghana Card: GHA 004512877 9', ['004512877']],
    ['Identity verified: Ghana Card GHA 718204356 3, DOB 1990-01-01', ['718204356']],
    ['My Ghana Card is GHA 771203456 1 ok', ['771203456']],
    ['Ghana Card GHA.718204356.3', ['718204356']],
    ['GHA718204356 3', ['718204356']],
  ]);
  describe('held back', () => {
    expectMasked([
      ['NIA PIN: GHA 330912774 5, issued 2021.', ['330912774']],
      ['card no GHA-120334871 2 (expires 2031-05-01)', ['120334871']],
      ['Ghanacard GHA 009812345 7; phone on file', ['009812345']],
    ]);
  });
  expectUnchanged(['Flight GHA 123 departs at 09:40', 'Invoice GHA-2026-0001 for GHS 1,250.00', 'GHA 1 234 567 is the order count', 'Report GHA v2.3.1 built 2026-12-06T07:00:00Z']);
});

describe('meter and Zigbee keys of other lengths and names (05j L6, open part)', () => {
  const LLS = '3132333435363738';
  const K48 = '000102030405060708090A0B0C0D0E0F1011121314151617';
  const ZLK = '5A6967426565416C6C69616E63653039';
  expectMasked([
    [`Zigbee link key: ${ZLK}`, [ZLK]],
    [`LLS key: ${LLS}`, [LLS]],
    [`DLMS authentication key: ${K48}`, [K48]],
    ['The network key is 01030507090B0D0F00020406080A0C0D', ['01030507090B0D0F00020406080A0C0D']],
  ]);
  describe('held back', () => {
    const K64 = '8F3A2C1D9E7B6A5F4C3D2E1F0A9B8C7D6E5F4A3B2C1D0E9F8A7B6C5D4E3F2A1B';
    expectMasked([
      ['The Zigbee network key for the hub is 0F1E2D3C4B5A69788796A5B4C3D2E1F0', ['0F1E2D3C4B5A69788796A5B4C3D2E1F0']],
      [`EK=${K64}`, [K64]],
      [`master key: ${K64.toLowerCase()}`, [K64.toLowerCase()]],
      ['trust center link key = 814286865F1E9A2B3C4D5E6F70819203', ['814286865F1E9A2B3C4D5E6F70819203']],
      ['lls key for meter 0412 is 0A1B2C3D4E5F6071', ['0A1B2C3D4E5F6071']],
    ]);
  });
  it.each([
    'commit 3f2a9c1b4d5e6f708192a3b4c5d6e7f8091a2b3c merged',
    'sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
    'request id 0123456789abcdef, link key rotation done',
    'The link key was rotated yesterday; network key length is 128 bits.',
    'UUID 123e4567-e89b-12d3-a456-426614174000 at 2026-12-06T07:00:00Z',
    'meter key version 2.3.1, order 10023344556677',
  ])('%j stays', (text) => {
    expect(detectSensitive(text).filter((d) => d.class === 'secret')).toEqual([]);
  });
});

describe('bank account words of Czech, Slovak, Lithuanian, Latvian, Estonian, Finnish (05g L13, open part)', () => {
  expectMasked([
    ['Číslo účtu: 19-2000145399/0800', ['2000145399']],
    ['číslo účtu 2000145399/0800, variabilní symbol 2026', ['2000145399']],
    ['č. ú. 123456789/0100', ['123456789']],
    ['Banko sąskaita 12345678901', ['12345678901']],
    ['konta numurs 1234567890123', ['1234567890123']],
    ['kontonumber 221012345678', ['221012345678']],
    ['Tilinumero 12345678901234', ['12345678901234']],
  ]);
  describe('held back', () => {
    expectMasked([
      ['Bankovní účet: 123456789/0300', ['123456789']],
      ['Číslo bankového účtu: 2912345678/1100', ['2912345678']],
      ['č.ú. 43-1234567890/0100', ['1234567890']],
      ['Banko sąskaitos nr. 7300010123456789', ['7300010123456789']],
      ['Arveldusarve: 10220034567890', ['10220034567890']],
      ['Pankkitili 80001234567890', ['80001234567890']],
    ]);
  });
  expectUnchanged([
    'Účtenka č. 12345, celkem 1 250 Kč',
    'Sąskaita faktūra Nr. 2026-118 apmokėta',
    'Tilinumero puuttuu lomakkeelta.',
    'Objednávka 100234 odeslána 06.12.2026',
  ]);
});

describe('the old nine-digit CMND after its label (05f L11, open part)', () => {
  expectMasked([
    ['CMND: 123456789', ['123456789']],
    ['Số CMND 012345678, cấp ngày 01/01/2010', ['012345678']],
  ]);
  describe('held back', () => {
    expectMasked([
      ['Chứng minh nhân dân số: 025123456', ['025123456']],
      ['CMND số 186543210 cấp tại Nghệ An', ['186543210']],
    ]);
    it('a cmnd member (kept passing: masked by its key)', () => {
      expect(leaksIn({ cmnd: '031234567' }, ['031234567'])).toEqual([]);
    });
  });
  expectUnchanged(['CMND cấp ngày 12/05/2015 tại Hà Nội', 'Mã đơn hàng 123456789 đã giao', 'CMND hết hạn năm 2031']);
});

describe('the Latvian personas kods after its label (05g L5, open part)', () => {
  expectMasked([
    ['Personas kods: 12038912346', ['12038912346']],
    ['personas kods 120389-12346', ['120389-12346', '12346']],
    ['personas kods 32123456789', ['32123456789']],
  ]);
  describe('held back', () => {
    expectMasked([
      ['mans personas kods ir 310178-11232', ['310178-11232', '11232']],
      ['Pers. kods 221185-09871, dzīvo Rīgā', ['221185-09871', '09871']],
      ['Klienta personas kodu 14086905510 pārbaudījām', ['14086905510']],
    ]);
  });
  expectUnchanged(['Personas kods nav norādīts.', 'Produkta kods 12345678901 noliktavā']);
});

describe('passwords after a long qualifier or a setting verb (05i L7, 05j L7, open parts)', () => {
  expectMasked([
    ['La contraseña del portal web de los empleados nuevos es Nube!Azul55.', ['Nube!Azul55']],
    ['Hasło do nowego portalu płacowego firmy to Zima#2027Mroz.', ['Zima#2027Mroz']],
    ['Tôi đã đổi mật khẩu thành Hanoi#2026x hôm qua', ['Hanoi#2026x']],
    ['Mật khẩu mới: Hanoi#2026x', ['Hanoi#2026x']],
  ]);
  describe('held back', () => {
    expectMasked([
      ['La contraseña del sistema de nóminas de la empresa es Sol#Playa77', ['Sol#Playa77']],
      ['Hasło do konta w nowym systemie kadrowym to Lato@2028Wiatr', ['Lato@2028Wiatr']],
      ['Em vừa đổi mật khẩu wifi thành Matkhau@123 rồi', ['Matkhau@123']],
      ['mật khẩu wifi mới: Saigon#77', ['Saigon#77']],
    ]);
  });
  it.each([
    'La contraseña del portal web de los empleados debe tener 12 caracteres.',
    'Hasło do nowego portalu płacowego firmy to tajemnica.',
    'Đổi mật khẩu thành công!',
    'Mật khẩu mới: chưa đặt',
    'Cập nhật mật khẩu thành phố Hà Nội',
  ])('%j stays', (text) => {
    expect(detectSensitive(text).filter((d) => d.class === 'secret')).toEqual([]);
  });
});

describe('a write key named in prose with words between (05h L4, open part)', () => {
  expectMasked([
    ['Segment writeKey for ios-prod is Hn4Xq8RtLm2Vb7Nc9Pk3Wd6Zf1Gs5Jy0', ['Hn4Xq8RtLm2Vb7Nc9Pk3Wd6Zf1Gs5Jy0']],
    ['The Segment write key for the web source is Hn4Xq8RtLm2Vb7Nc9Pk3Wd6Zf1Gs5Jy0', ['Hn4Xq8RtLm2Vb7Nc9Pk3Wd6Zf1Gs5Jy0']],
  ]);
  describe('held back', () => {
    expectMasked([
      ['RudderStack write key for staging: 2Xk9PqLmN7rT4vW8yZ1bC3dF5gH6', ['2Xk9PqLmN7rT4vW8yZ1bC3dF5gH6']],
      ['our Segment write key is p7Rk2LmQx9Vt4Bn8Wc3Zy6Hd1Fs5Ja0E', ['p7Rk2LmQx9Vt4Bn8Wc3Zy6Hd1Fs5Ja0E']],
      ['the writeKey of the android app = Zq81LwPx0dT7vYb3NcRf9GhK2mJs5UaE', ['Zq81LwPx0dT7vYb3NcRf9GhK2mJs5UaE']],
    ]);
  });
  it.each([
    'The Segment write key for ios-prod is stored in 1Password.',
    'write key rotation is scheduled for 2026-12-10',
    'writeKey for ios-prod is created_at_2024_01_15_backup',
  ])('%j stays', (text) => {
    expect(detectSensitive(text).filter((d) => d.class === 'secret')).toEqual([]);
  });
});

describe('through the redactor: JSON members and tool results', () => {
  it('masks the kinds as tool results', () => {
    expect(leaksIn({ note: 'Ghana Card: GHA 004512877 9' }, ['004512877'])).toEqual([]);
    expect(leaksIn({ kyc: 'číslo účtu 2000145399/0800' }, ['2000145399'])).toEqual([]);
    expect(leaksIn({ zigbee: 'link key: 5A6967426565416C6C69616E63653039' }, ['5A6967426565416C6C69616E63653039'])).toEqual([]);
  });
  it('keeps look-alike records', () => {
    const record = { order: 'GHA-2026-0001', version: '2.3.1', at: '2026-12-06T07:00:00Z', id: '123e4567-e89b-12d3-a456-426614174000', price: 'GHS 1,250.00' };
    expect(keptIn(record, Object.values(record))).toEqual([]);
  });
});

describe('a compact phone of seven or eight digits right after a phone word (05g L16, open part)', () => {
  expectMasked([
    ['Phone: 51234567', ['51234567']],
    ['helistage mulle 51234567', ['51234567']],
    ['tālrunis 29123456', ['29123456']],
  ]);
  describe('held back', () => {
    expectMasked([
      ['Telefon: 22123456', ['22123456']],
      ['Mob.: 81234567', ['81234567']],
      ['cell # 6171234', ['6171234']],
      ['text me on 91234567 tonight', ['91234567']],
    ]);
  });
  expectUnchanged(['Order: 51234567', 'Phone model 12345678 shipped', 'iPhone 15 sold 12345678 units', 'phone count: 1234567 devices', 'Ticket 51234567 about the phone', 'Build 20261206 of the mobile app']);
});

describe('an Eircode with no blank on the city line (05h L3, open part)', () => {
  expectMasked([['I live at 9 Bóthar Bhaile Átha Cliath, Dundalk A91C2P8', ['A91C2P8']]]);
  describe('held back', () => {
    expectMasked([
      ['Ship to 14 Church Street, Ennis V95N4X2', ['V95N4X2']],
      ['3 Main Street\nKillarney V93F2K1', ['V93F2K1']],
      ['Delivered to 8 Quay Street, Westport F28Y6W2 on Monday', ['F28Y6W2']],
    ]);
  });
  expectUnchanged(['Build A91C2P8 at 2026-12-06T07:00:00Z', 'Flight EI712 to Cork at 09:40']);
});

describe('a US or Canadian city line after a romanized Japanese street (05i L1, open part)', () => {
  expectMasked([
    ["f Employee's address and ZIP code 2-14-7 Jingumae, Springfield IL 62704", ['Jingumae', 'IL 62704']],
    ['Home address: 5-1-20 Hiroo, Toronto ON M5V 2T6', ['Hiroo', 'M5V 2T6']],
  ]);
  describe('held back', () => {
    expectMasked([
      ['Address: 4-2-8 Shibakoen, Portland, OR 97205-1234', ['Shibakoen', '97205']],
      ['Mail to 1-5-3 Ebisu, Brooklyn NY 11201 please', ['Ebisu', '11201']],
      ['Inspected 3-8-12 Nakameguro, Austin TX 78701 on 11/30', ['Nakameguro', '78701']],
    ]);
  });
  expectUnchanged(['Score 2-1 Arsenal, then IL 62704', 'Match 2-1 Chelsea, London']);
});

describe("other countries' national numbers in a table of persons' id column (05j L4, open part)", () => {
  it.each([
    ['an isikukood', 'member,relationship,dob,id\nKadri Mets,head,1994-03-13,49403136526', ['49403136526']],
    ['a fødselsnummer', 'member,relationship,dob,id\nOla Nordmann,head,1983-07-15,15078345265', ['15078345265']],
    ['a CNP', 'member,relationship,dob,id\nAna Pop,head,1990-12-10,2901210400126', ['2901210400126']],
  ])('%s', (_name, csv, values) => {
    expect(leaksIn(csv, values)).toEqual([]);
  });
  describe('held back', () => {
    it.each([
      ['an asmens kodas', 'member,relationship,dob,id\nJonas Jonaitis,head,1990-02-15,39002154561', ['39002154561']],
      ['a fødselsnummer, second row', 'id;full_name;date_of_birth\n1;Kari Nordmann;1979-05-23\n23057928115;Per Hansen;1979-05-23', ['23057928115']],
      ['a CNP beside a role', 'member;relationship;id\nAndrei Popescu;husband;1850709123455', ['1850709123455']],
    ])('%s', (_name, csv, values) => {
      expect(leaksIn(csv, values)).toEqual([]);
    });
  });
  it.each([
    ['a table of things', 'id,sku,qty\n49403136526,AB-100,3', ['49403136526']],
    ['an id that fails its check', 'member,relationship,dob,id\nKadri Mets,head,1994-03-13,49403136527', ['49403136527']],
  ])('kept: %s', (_name, csv, values) => {
    expect(keptIn(csv, values)).toEqual([]);
  });
});
