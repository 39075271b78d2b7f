// Issue 11, the third README-only probe of 2026-12-04, H11: a date of birth after a birth cue in
// other languages was stored raw: `nací el 12 de marzo de 1984`, `Fecha de nacimiento: doce de
// marzo de 1984`, `Geboortedatum: 12 maart 1984`, `Ik ben op 12-03-1984 geboren`, `Nasci em
// 12/03/1984`, `sinh ngày 12/03/1984`, `Doğum tarihim 12.03.1984`, `मेरी जन्मतिथि 12/03/1984`.
// The kinds: the cue as a verb in the first or third person (nací, nació, nasci, nacque, urodziłem
// się, родился), labels of more languages (Turkish, Vietnamese, Hindi, Indonesian, Czech, Hungarian,
// Romanian, Greek, Russian, Arabic, Hebrew), month names of more languages (Dutch, Nordic, Turkish,
// Polish, Czech, Russian, Romanian, Indonesian), a day written as a word (Spanish, Portuguese,
// Italian, French, German), and a cue after the date, as verb-final languages put it (Dutch and
// German `… geboren`, Turkish `… doğdum`, Japanese `…生まれ`, Hindi `… को जन्म`).
// The inputs here other than the probe's are held back: other persons, months, spellings.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';

const births = (text: string) => detectSensitive(text).filter((d) => d.type === 'DOB').map((d) => text.slice(d.start, d.end));

describe('dates of birth after a cue in other languages (probe 2026-12-04c, H11)', () => {
  it.each([
    // The probe's inputs.
    ['nací el 12 de marzo de 1984', '12 de marzo de 1984'],
    ['Fecha de nacimiento: doce de marzo de 1984', 'doce de marzo de 1984'],
    ['Geboortedatum: 12 maart 1984', '12 maart 1984'],
    ['Ik ben op 12-03-1984 geboren', '12-03-1984'],
    ['Nasci em 12/03/1984', '12/03/1984'],
    ['sinh ngày 12/03/1984', '12/03/1984'],
    ['Doğum tarihim 12.03.1984', '12.03.1984'],
    ['मेरी जन्मतिथि 12/03/1984', '12/03/1984'],
    // Verbs of being born, first and third person.
    ['Mi madre nació el 3 de agosto de 1952 en Lima', '3 de agosto de 1952'],
    ['Ela nasceu em 7 de setembro de 1961', '7 de setembro de 1961'],
    ['Nacqui il 21/06/1975 a Bari', '21/06/1975'],
    ['Urodziłem się 5 maja 1980', '5 maja 1980'],
    ['Urodziła się 14.02.1990 w Krakowie', '14.02.1990'],
    ['Он родился 12 марта 1984 года', '12 марта 1984'],
    ['Она родилась 01.09.1979', '01.09.1979'],
    ['Narodil se 3. května 1970', '3. května 1970'],
    ['Született: 1968.04.23', '1968.04.23'],
    ['Născut la 9 iulie 1981', '9 iulie 1981'],
    // Labels of more languages.
    ['Ngày sinh: 02/11/1979', '02/11/1979'],
    ['Doğum tarihi: 2 Kasım 1979', '2 Kasım 1979'],
    ['Tanggal lahir 17 Agustus 1985', '17 Agustus 1985'],
    ['Tarikh lahir: 17/08/1985', '17/08/1985'],
    ['Datum narození: 23.4.1968', '23.4.1968'],
    ['Születési dátum: 1968-04-23', '1968-04-23'],
    ['Data nașterii: 09.07.1981', '09.07.1981'],
    ['Ημερομηνία γέννησης: 30/01/1977', '30/01/1977'],
    ['تاريخ الميلاد: 1984-03-12', '1984-03-12'],
    ['תאריך לידה: 12/03/1984', '12/03/1984'],
    ['जन्म तिथि: 05-06-1990', '05-06-1990'],
    // Month names of more languages after the cues that were already read.
    ['geboren op 3 mei 1950', '3 mei 1950'],
    ['född 14 augusti 1966', '14 augusti 1966'],
    ['født 2. oktober 1959', '2. oktober 1959'],
    ['data urodzenia: 11 listopada 1988', '11 listopada 1988'],
    ['Дата рождения: 5 декабря 1971', '5 декабря 1971'],
    // A day as a word.
    ['nacida el primero de enero de 1970', 'primero de enero de 1970'],
    ['nascido em vinte e dois de abril de 1983', 'vinte e dois de abril de 1983'],
    ['née le vingt-trois juin 1988', 'vingt-trois juin 1988'],
    ['nata il ventitré maggio 1972', 'ventitré maggio 1972'],
    ['geboren am zwölften Juli 1966', 'zwölften Juli 1966'],
    // The cue after the date (verb-final).
    ['Ich bin am 04.12.1983 in Graz geboren', '04.12.1983'],
    ['Sie wurde am 4. Dezember 1983 geboren.', '4. Dezember 1983'],
    ['Hij is op 7 juni 1962 geboren', '7 juni 1962'],
    ['12 Mart 1984\'te doğdum', '12 Mart 1984'],
    ['1984年3月12日生まれ', '1984年3月12日'],
    ['मैं 12/03/1984 को जन्मा था', '12/03/1984'],
    ['1984년 3월 12일 출생', '1984년 3월 12일'],
  ])('%s', (text, value) => {
    expect(births(text)).toEqual([value]);
  });

  // The same dates after other words, and the new cue words beside event dates, stay: a date is
  // event data unless a birth cue ties it to a person.
  it.each([
    'la reunión es el 12 de marzo de 1984',
    'Vergadering op 12 maart 1984',
    'Teslim tarihi 12.03.1984',
    'ngày giao hàng 12/03/1984',
    'Ich bin am 04.12.1983 in Graz angekommen',
    'Termin am 04.12.1983; geboren wurde die Idee später',
    'Er ist am 04.12.1983 gestartet. Geboren in Graz.',
    'doce de marzo',
    'Rechnung vom 12.03.1984, Kunde geboren',
    'lahir batin 2024-01-01',
    'Sent 12 Mart 1984, delivered',
  ])('%s: no date of birth', (text) => {
    expect(births(text)).toEqual([]);
  });

  it('finishes on 100 000-character runs of the new cues', () => {
    for (const unit of ['12.03.1984 ', 'nací el ', 'doce de ', '1984 geboren ', 'sinh ngày ', '12 maart ']) {
      const text = unit.repeat(Math.ceil(100_000 / unit.length));
      expect(Array.isArray(detectSensitive(text)), unit).toBe(true);
    }
  });
});
