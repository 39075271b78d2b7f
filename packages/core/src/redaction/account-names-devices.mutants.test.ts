import { describe, expect, it } from 'vitest';
import { detectAccountNames } from './account-names.js';
import type { Detection } from './types.js';

// Issue 13: account-names.ts's devices named after their owner (OWNER_DEVICE, OWNER_DEVICE_SPACED,
// deviceOwner, deviceOwnerStem, DEVICE_MAKERS, DEVICE_ROOMS and the prefilter's device words; L3
// of the twelfth probe, 2026-12-05e) under Stryker (docs/TESTING.md). detectAccountNames called
// directly, no redactor: every detection as [text, start, end, type], in the order found.
// `Qxaro`, `Zephra` are invented (name words of a record, no listed names); `Leonora`, `Ann`,
// `Anna` are listed; `Hope`, `Grace`, `Hyacinth` are given names the lists keep as common words.
const found = (text: string): Array<[string, number, number, string]> => {
  const out: Detection[] = [];
  detectAccountNames(text, out);
  return out.map((d) => [text.slice(d.start, d.end), d.start, d.end, d.type]);
};
const person = (text: string, value: string, from = 0): [string, number, number, string] => {
  const at = text.indexOf(value, from);
  return [value, at, at + value.length, 'PERSON'];
};
const one = (text: string, value: string): void => {
  expect(found(text)).toEqual([person(text, value)]);
};
const none = (text: string): void => {
  expect(found(text)).toEqual([]);
};

describe('OWNER_DEVICE: <owner>-<model>', () => {
  it.each(['iPhone', 'iPad', 'iPod', 'iMac', 'Mac', 'MacBook', 'MBP', 'MBA', 'Galaxy', 'Pixel', 'Android', 'Surface', 'Chromebook', 'Kindle', 'ThinkPad', 'XPS', 'Apple-Watch', 'Watch', 'AirPods', 'HomePod', 'Phone', 'Laptop', 'PC', 'Tablet'])(
    'each model word, alone in the text (the prefilter lets it through): Qxaros-%s',
    (model) => {
      one(`Qxaros-${model}`, 'Qxaros');
      one(`host ${'x'.repeat(3)} Qxaros-${model}`, 'Qxaros');
    },
  );

  it('the owner only, at its offset, the model kept', () => {
    const text = 'DHCPACK on 10.0.4.37 to 3c:22:fb:91:0e:47 (Leonoras-iPhone) via eth0';
    one(text, 'Leonoras');
    one('hostname: Thaddeuss-MacBook-Pro', 'Thaddeuss');
    one('_companion-link._tcp.local: Desmonds-MacBook-Air.local', 'Desmonds');
    one('Priyamvadas-MBP.local', 'Priyamvadas');
    one('Wilhelminas-Galaxy-S24', 'Wilhelminas');
    one('Qxaros-iPhone15', 'Qxaros');
    one('Qxaros-iPhone_2', 'Qxaros');
    one('Qxaros-iPhone.', 'Qxaros');
  });

  it('two devices, in order', () => {
    const text = 'Qxaros-iPad and Zephras-Pixel';
    expect(found(text)).toEqual([person(text, 'Qxaros'), person(text, 'Zephras')]);
  });

  it('any case (the pattern is case-insensitive)', () => {
    one('LEONORAS-IPHONE', 'LEONORAS');
    one('leonoras-iphone', 'leonoras');
    one('qxaros-mbp', 'qxaros');
  });

  it('a letter, digit, `_`, `.` or `-` before the owner: no owner there', () => {
    for (const before of ['9', '_', '.', '-']) none(`${before}Qxaros-iPhone`);
    // A letter: the owner would start there (`aQxaros`); before a 25-letter owner, too long with it.
    const longest = `Q${'x'.repeat(24)}`;
    for (const before of ['a', 'Z', 'é']) none(`${before}${longest}-iPhone`);
    one(`${longest}-iPhone`, longest);
    one(' Qxaros-iPhone', 'Qxaros');
    one('(Qxaros-iPhone)', 'Qxaros');
    one("'Qxaros-iPhone'", 'Qxaros');
  });

  it('a letter right after the model: no model', () => {
    none('Qxaros-iPhones');
    none('Qxaros-iPadOS');
    none('Qxaros-Macintosh');
    none('Qxaros-Pixelated');
    none('Qxaros-PCB');
    none('Qxaros-MBX');
  });

  it('the owner: three letters to 25, a letter first, then lower-case letters or marks', () => {
    one('Qxa-iPhone', 'Qxa');
    none('Qx-iPhone');
    one(`Q${'x'.repeat(24)}-iPhone`, `Q${'x'.repeat(24)}`);
    none(`Q${'x'.repeat(25)}-iPhone`);
    one('Zoe\u0308s-iPhone', 'Zoe\u0308s');
    none('Qx9aros-iPhone');
    none('Qxa ros-iPhone');
    none('Qxaros_iPhone');
    none('Qxaros iPhone');
    none('Qxaros--iPhone');
  });

  it('no maker, shared device, role or service word as the owner', () => {
    for (const text of ['Samsung-Galaxy', 'Xiaomi-Phone', 'Sony-Phone', 'Moto-Phone', 'Acer-Laptop', 'Asus-Laptop', 'Google-Pixel', 'Apple-Watch'])
      none(text);
    for (const text of ['Boardroom-iPad', 'Loaner-iPad', 'Conf-Mac', 'Office-iPad', 'Sales-iPad', 'Kiosk-iPad']) none(text);
    for (const text of ['Svc-Mac', 'Backup-Mac', 'Jenkins-Mac', 'Users-MacBook-Pro', 'Guests-iPhone']) none(text);
    // In any case: the sets hold lower case.
    none('SAMSUNG-GALAXY');
    none('BOARDROOM-IPAD');
    none('SVC-MAC');
  });

  it('as written (no possessive s): a name word of a record only', () => {
    one('Qxaro-iPhone', 'Qxaro');
    one('Leonora-iPhone', 'Leonora');
    none('Kitchen-iPad');
    none('Grace-iPhone');
    none('Hope-iPhone');
  });

  it('with its possessive s: the stem a listed name, a name word of a record or a given name the lists keep', () => {
    one('Anns-iPhone', 'Anns');
    one('Qxaros-iPhone', 'Qxaros');
    one('Graces-iPhone', 'Graces');
    one('Hyacinths-iPad', 'Hyacinths');
    one('Hopes-iPhone', 'Hopes');
    one('Roses-MacBook-Air', 'Roses');
    // A stem that is no name word at all (not in any set: only the name checks refuse it).
    for (const text of ['Photos-iPad', 'Games-iPad', 'Windows-Laptop', 'Tools-Mac', "Photo's iPad", "Game's iPhone"]) none(text);
    // A stem of two letters (`Al`, listed) is too short.
    none('Als-iPhone');
    // A maker's, a role's, a service's or a room's stem.
    for (const text of ['Motos-Phone', 'Xiaomis-Phone', 'Loaners-iPad', 'Boardrooms-iPad', 'Svcs-Mac', 'Backups-Mac', 'Patios-iPad', 'Cabins-iPad', 'Attics-iPad', 'Grandmas-iPad', 'Halls-iPad', 'Fields-iPad', 'Arts-iPad', 'Kids-iPad'])
      none(text);
  });
});

describe('OWNER_DEVICE_SPACED: <Owner>\'s <Model>, <Owner>s <Model>', () => {
  it.each(['iPhone', 'iPad', 'iPod', 'iMac', 'MacBook', 'Mac', 'AirPods', 'Apple Watch', 'Galaxy', 'Pixel'])(
    "each model word: Qxaro's %s (and Zephra’s, Leonoras)",
    (model) => {
      one(`Qxaro's ${model}`, 'Qxaro');
      one(`Zephra’s ${model}`, 'Zephra');
      one(`Leonoras ${model}`, 'Leonoras');
    },
  );

  it('the owner without its possessive, the `s` with it when bare, at its offset', () => {
    one("AirDrop: Qxaro's MacBook Pro is nearby", 'Qxaro');
    one("New sign-in from Hope's iPhone", 'Hope');
    one('DHCPACK on 10.0.4.37 (Leonoras iPhone) via eth0', 'Leonoras');
    one('Bluetooth: connected to Annas iPad', 'Annas');
    one('Hopes iPhone', 'Hopes');
    const text = "Qxaro's iPad and Zephra’s Pixel";
    expect(found(text)).toEqual([person(text, 'Qxaro'), person(text, 'Zephra')]);
  });

  it('a bare s: the stem must be a listed name or a given name the lists keep', () => {
    none('Qxaros iPhone');
    none('Canvas iPad');
    none('Texas iPhone');
    none('Atlas Pixel');
    // With an apostrophe, a name word of a record is enough.
    one("Qxaro's iPhone", 'Qxaro');
  });

  it('the stem: a capital, then one to 24 lower-case letters or marks; three letters at least', () => {
    none("Al's iPhone");
    one("Ann's iPhone", 'Ann');
    one("Zoe\u0308's iPhone", 'Zoe\u0308');
    one(`Q${'x'.repeat(24)}'s iPhone`, `Q${'x'.repeat(24)}`);
    none(`Q${'x'.repeat(25)}'s iPhone`);
    none("qxaro's iPhone");
    none("QXARO's iPhone");
    none("Q's iPhone");
  });

  it('the model as its maker writes it, one blank, no letter after it', () => {
    none("Qxaro's iphone");
    none("Qxaro's IPHONE");
    none("Qxaro's  iPhone");
    none("Qxaro's\tiPhone");
    none("Qxaro's iPhones");
    none("Qxaro's Toshiba Laptop");
    one("Qxaro's iPhone15", 'Qxaro');
    one("Qxaro's iPhone.", 'Qxaro');
  });

  it("a letter, digit, `_`, `.`, `'`, `’` or `-` before the owner: no owner there", () => {
    for (const before of ['9', '_', '.', "'", '’', '-']) none(`${before}Qxaro's iPhone`);
    // A letter before: the capital would not start the stem; before a 25-letter stem, too long with it.
    none("aQxaro's iPhone");
    none(`a${'Q'}${'x'.repeat(24)}'s iPhone`);
    none(`é${'Q'}${'x'.repeat(24)}'s iPhone`);
    one(" Qxaro's iPhone", 'Qxaro');
    one("(Qxaro's iPhone)", 'Qxaro');
  });

  it('no maker, role, service or room word as the owner', () => {
    for (const text of ["Samsung's Galaxy", "Moto's Pixel", "Loaner's iPad", "Svc's Mac", "Patio's iPad", "Kitchen's iPad", 'Kitchens iPad', 'Halls iPad'])
      none(text);
  });
});

// Each member of DEVICE_MAKERS and DEVICE_ROOMS (copied from account-names.ts): as written, with the
// possessive `s` glued and with an apostrophe, the word before a model names no owner.
const MAKERS = ['apple', 'samsung', 'google', 'huawei', 'xiaomi', 'oneplus', 'motorola', 'moto', 'nokia', 'sony', 'lenovo', 'dell', 'asus', 'acer', 'microsoft', 'amazon', 'oppo', 'vivo', 'realme', 'honor', 'redmi', 'poco', 'nothing', 'fairphone', 'verizon', 'tmobile', 'sprint', 'vodafone', 'android', 'iphone', 'ipad', 'galaxy', 'pixel', 'mac', 'macbook', 'surface', 'kindle', 'echo', 'fire', 'nest'];
const ROOMS = ['hall', 'field', 'art', 'bar', 'den', 'deck', 'patio', 'pool', 'garden', 'kitchen', 'bed', 'bedroom', 'master', 'living', 'dining', 'basement', 'attic', 'garage', 'gym', 'shop', 'store', 'cafe', 'car', 'van', 'truck', 'boat', 'cabin', 'lake', 'beach', 'farm', 'barn', 'church', 'chapel', 'court', 'park', 'porch', 'work', 'school', 'class', 'team', 'band', 'choir', 'stage', 'front', 'back', 'side', 'north', 'south', 'east', 'west', 'upstairs', 'downstairs', 'guest', 'kid', 'baby', 'nanny', 'mom', 'dad', 'mum', 'papa', 'mama', 'grandma', 'grandpa', 'nana'];
const capital = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

describe('DEVICE_MAKERS and DEVICE_ROOMS, member by member', () => {
  it.each(MAKERS)('a maker or a model: %s', (word) => {
    for (const text of [`${capital(word)}-Phone`, `${capital(word)}s-Phone`, `${capital(word)}'s iPhone`, `${capital(word)}s iPhone`]) none(text);
  });

  it.each(ROOMS)('a room or a shared device: %s', (word) => {
    for (const text of [`${capital(word)}s-iPad`, `${capital(word)}'s iPad`, `${capital(word)}s iPad`]) none(text);
  });
});
