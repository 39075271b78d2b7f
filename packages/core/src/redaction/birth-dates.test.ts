// Issue 11, still open from the third attacker's report: a date of birth under an unrelated key
// or in prose (`{"note":"DOB 1984-03-12"}` was caught; `date of birth is 12/03/1984`, `DOB was …`,
// `she was born on the 12th of March 1984`, `nacido el 12 de marzo de 1984`, `nata il …`,
// `geboren op …`, `geb. am …`, `birthdate (YYYY-MM-DD): …`, `12-Mar-1984` were stored raw).
// The kind: a birth cue (a label or a participle, in English, German, French, Spanish, Italian,
// Portuguese, Dutch, Nordic and Polish), the words that link it to the date, and the date in any
// everyday format and month name of those languages. A date without a birth cue stays: it is
// event data.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';

const births = (text: string) => detectSensitive(text).filter((d) => d.type === 'DOB').map((d) => text.slice(d.start, d.end));

const cue = fc.constantFrom(
  'DOB', 'D.O.B.', 'dob', 'date of birth', 'Date of Birth', 'birth date', 'birthdate', 'Birthday', 'born', 'was born', 'patient_dob', 'dateOfBirth',
  'geb.', 'geboren', 'Geburtsdatum', 'Geburtstag', 'né', 'née', 'date de naissance', 'nacido', 'nacida', 'fecha de nacimiento', 'nato', 'nata',
  'data di nascita', 'nascido', 'data de nascimento', 'geboortedatum', 'fødselsdato', 'född', 'født', 'data urodzenia', 'urodzony',
);
const link = fc.constantFrom('', ':', ': ', ' -', ' =', ' is', ' was', ' on', ' on the', ' am', ' le', ' el', ' il', ' em', ' op', ' den', ' (YYYY-MM-DD):', ' (dd.mm.yyyy)', '":"', "='");
const MONTH_NAMES = ['March', 'Mar', 'mars', 'März', 'marzo', 'março', 'January', 'janvier', 'Januar', 'enero', 'gennaio', 'janeiro', 'July', 'juillet', 'Juli', 'julio', 'luglio', 'julho', 'December', 'décembre', 'Dezember', 'diciembre', 'dicembre', 'dezembro', 'Sept', 'septiembre', 'settembre', 'Oktober', 'ottobre', 'outubro'];
const date = fc.record({ day: fc.integer({ min: 1, max: 28 }), month: fc.integer({ min: 1, max: 12 }), year: fc.integer({ min: 1920, max: 2020 }), name: fc.constantFrom(...MONTH_NAMES), form: fc.nat(9) }).map(({ day, month, year, name, form }) => {
  const dd = String(day).padStart(2, '0');
  const mm = String(month).padStart(2, '0');
  return [
    `${year}-${mm}-${dd}`, `${dd}/${mm}/${year}`, `${dd}.${mm}.${year}`, `${month}/${day}/${String(year).slice(2)}`, `${day} ${name} ${year}`,
    `${day}. ${name} ${year}`, `${name} ${day}, ${year}`, `${day}-${name}-${year}`, `${day} de ${name} de ${year}`, `${day}th of ${name} ${year}`,
  ][form] as string;
});

describe('dates of birth after a birth cue', () => {
  it('property: any cue, linking words and date format: the date is masked as DOB, whole', () => {
    fc.assert(
      fc.property(cue, link, date, fc.constantFrom('', 'Patient ', 'Note: the patient ', '{"note":"'), fc.constantFrom('', '.', ' in Berlin', ', next visit in May', '"}'), (c, l, d, before, after) => {
        const text = `${before}${c}${l} ${d}${after}`;
        expect(births(text), text).toEqual([d]);
      }),
      { numRuns: 100 },
    );
  });

  // The property above failed 1 run in 12: `né 1920-01-01` has two letters, and the detector
  // skipped texts of fewer than three. Every cue before every link without letters and every
  // date without letters, nothing around them: the fewest letters a date of birth comes with.
  it('a two-letter cue with links and dates of no letters: `né 1920-01-01`', () => {
    expect(births('né 1920-01-01')).toEqual(['1920-01-01']);
    const cues = ['DOB', 'dob', 'born', 'geb.', 'né', 'née', 'nato', 'född', 'født', 'urodzony'];
    const links = ['', ':', ': ', ' -', ' =', ' (dd.mm.yyyy)', '":"', "='"];
    for (const cue of cues) for (const link of links) for (const date of ['1920-01-01', '04/12/1983', '4.12.83', '1/2/84']) {
      expect(births(`${cue}${link} ${date}`), `${cue}${link} ${date}`).toEqual([date]);
    }
  });

  it.each([
    ['date of birth is 12/03/1984', '12/03/1984'],
    ['DOB was 1984-03-12', '1984-03-12'],
    ['she was born on the 12th of March 1984', '12th of March 1984'],
    ['nacido el 12 de marzo de 1984', '12 de marzo de 1984'],
    ['nata il 12 marzo 1984', '12 marzo 1984'],
    ['geb. am 12.03.1984', '12.03.1984'],
    ['née le 1er mars 1984', '1er mars 1984'],
    ['geboren op 12-03-1984', '12-03-1984'],
    ['birthdate (YYYY-MM-DD): 1984-03-12', '1984-03-12'],
    ['DOB - 12-Mar-1984', '12-Mar-1984'],
    ['log: {"patient_dob":"1984-03-12"}', '1984-03-12'],
  ])('%s', (text, value) => {
    expect(births(text)).toEqual([value]);
  });

  const eventCue = fc.constantFrom('the meeting is on', 'delivered on', 'Invoice date:', 'due', 'Termin am', 'le rendez-vous est le', 'la cita es el', 'consegna il', 'signed', 'born-again', 'unborn', 'reborn on', 'stubborn on', 'nato-summit on', 'Nations on');
  it('property: the same dates after other words are event data and stay', () => {
    fc.assert(
      fc.property(eventCue, date, (c, d) => {
        expect(births(`${c} ${d}`), `${c} ${d}`).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('finishes on 100 000-character runs of each cue', () => {
    for (const unit of ['born on the ', 'DOB (', 'date of birth is is ', 'né le 1', 'geb. am 12. ']) {
      const text = unit.repeat(Math.ceil(100_000 / unit.length));
      expect(Array.isArray(detectSensitive(text)), unit).toBe(true);
    }
  });
});
