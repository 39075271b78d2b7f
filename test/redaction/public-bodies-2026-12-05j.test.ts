// Public bodies, utilities and universities of Vietnam, Finland, Turkey and Hungary read as persons
// (the seventeenth README-only probe of 2026-12-05j, O2; 05e O6 and 05i O3 fixed other countries):
// `Bộ Y tế`, `Tampereen Sähkölaitos`, `Aile ve Sosyal Hizmetler Bakanlığı`, `Gyermekjóléti Szolgálat`
// were masked. Vietnamese leads (`Bộ`, `Sở`, `Cục`, `Viện`), Finnish and Hungarian head nouns after the
// name (whole words and the ends of compounds: `Energia`, `-laitos`, `-toimisto`, `Szolgálat`, `Központ`,
// `-kincstár`, `-hivatal`) and a word joined by `ve`/`és`/`ja`/`và` to a body's name (place-heads.ts,
// names.ts joinedToBody); persons beside the bodies stay masked.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '../../packages/core/src/index.js';
import { kept, leaks, masked, storedResults } from './masked-text.js';
import { timeRatio } from './linear-time.js';

const { stored } = storedResults(createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]), sessionMemory: false }), 'c');

describe('public bodies of Vietnam, Finland, Turkey and Hungary (O2 of 2026-12-05j)', () => {
  it.each([
    ['Vietnamese agencies: Bộ Y tế, EVN HCMC, Sở Lao động – Thương binh và Xã hội.', ['Bộ Y tế', 'Sở Lao động']],
    ['Agencies: Bộ Công Thương, Sở Y tế Hà Nội, Cục Thuế, Viện Pasteur.', ['Bộ Công Thương', 'Sở Y tế', 'Viện Pasteur']],
    ['Finnish: Tampereen Sähkölaitos, Helsingin Energia, Kelan toimisto.', ['Tampereen Sähkölaitos', 'Helsingin Energia']],
    ['Ohjattu: Oulun Energia, Espoon Sosiaalitoimisto, Turun Vesilaitos, Pirkanmaan Hyvinvointialue.', ['Oulun Energia', 'Espoon Sosiaalitoimisto', 'Turun Vesilaitos', 'Pirkanmaan Hyvinvointialue']],
    ['Turkish: Aile ve Sosyal Hizmetler Bakanlığı, Sosyal Güvenlik Kurumu.', ['Aile ve Sosyal Hizmetler Bakanlığı', 'Sosyal Güvenlik Kurumu']],
    ['Başvuru: Gençlik ve Spor Bakanlığı, Çevre ve Şehircilik Bakanlığı.', ['Gençlik ve Spor Bakanlığı', 'Çevre ve Şehircilik Bakanlığı']],
    ['Hungarian: MAVIR, Gyermekjóléti Szolgálat, NEAK.', ['Gyermekjóléti Szolgálat']],
    ['Hungarian: Magyar Államkincstár, Családsegítő Központ, Semmelweis Egyetem.', ['Magyar Államkincstár', 'Családsegítő Központ', 'Semmelweis Egyetem']],
    ['Ügy: Fővárosi Törvényszék, Szegedi Járási Hivatal, Fővárosi Vízművek.', ['Fővárosi Törvényszék', 'Szegedi Járási Hivatal', 'Fővárosi Vízművek']],
  ])('%s', (text, bodies) => {
    expect([masked(text), kept(text, bodies)]).toEqual([masked(text), []]);
  });

  it('a body under an organisation key', () => {
    expect(stored({ org: 'Gyermekjóléti Szolgálat', city: 'Debrecen' })).toContain('Gyermekjóléti Szolgálat');
    expect(stored({ org: 'Családsegítő Központ', city: 'Szeged' })).toContain('Családsegítő Központ');
  });

  it('persons beside the bodies stay masked', () => {
    expect(leaks('Bộ trưởng Đào Hồng Lan đã ký; liên hệ Sở Y tế, ông Trương Quốc Bảo.', ['Hồng Lan', 'Quốc Bảo'])).toEqual([]);
    expect(leaks('Asiakas Aino Häkkinen soitti Tampereen Sähkölaitokselle; Helsingin Energia, yhteyshenkilö Mikko Virtanen.', ['Aino', 'Häkkinen', 'Virtanen'])).toEqual([]);
    expect(leaks('Davacı Gülşen Karaosmanoğlu ve Aile ve Sosyal Hizmetler Bakanlığı; Dr. Ayşe ve Sağlık Bakanlığı.', ['Gülşen', 'Karaosmanoğlu', 'Ayşe'])).toEqual([]);
    expect(leaks('Caseworker Zeynep ve Gençlik ve Spor Bakanlığı; Mehmet Demir ve Sağlık Bakanlığı.', ['Zeynep', 'Mehmet Demir'])).toEqual([]);
    expect(leaks('Ügyintéző: Kovács Péter, Gyermekjóléti Szolgálat; Szabó Anna és Családsegítő Központ.', ['Kovács', 'Péter', 'Szabó Anna'])).toEqual([]);
    expect(leaks('Patient Ibrahim Kamara met Dr. Anna Keskus.', ['Kamara'])).toEqual([]);
  });

  it('look-alikes stay as they were', () => {
    expect(masked('Order BO-2291 for Helsingin Energia, drug Keytruda (pembrolizumab), NCT04512345.')).toBe('Order BO-2291 for Helsingin Energia, drug Keytruda (pembrolizumab), NCT04512345.');
    expect(masked('Visit Schloss Neuschwanstein and the Galata Kulesi.')).toBe('Visit Schloss Neuschwanstein and the Galata Kulesi.');
  });

  it('reads a long run of capitalized words and joiners in linear time', () => {
    expect(timeRatio((text) => masked(text), (n) => 'Aile ve Sosyal ve Spor ve '.repeat(Math.ceil(n / 26)))).toBeLessThan(3);
    expect(timeRatio((text) => masked(text), (n) => 'Tampereen Sähkölaitos ja Helsingin Energia, '.repeat(Math.ceil(n / 44)))).toBeLessThan(3);
  });
});
