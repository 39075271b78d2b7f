// The open parts of L4 and L5 of the twelfth README-only probe (2026-12-05e, issue 11):
// L4 a place of birth in small letters or of more than four words between the birth cue and the
//    date (`born in lagos on …`, `born in a small village near Kraków on …`, `né à la maternité de
//    Port-Royal le …`), and birthday wishes of other languages before a date in parentheses
//    (`Feliz cumpleaños!! (…)`, `Joyeux anniversaire !! 🎂 (…)`, whose `Feliz` read as a name);
// L5 a transcript's bare `Q` / `A` (neither dot nor colon), and an answer that runs over two lines.
// Made-up inputs of each kind, and neighbouring text and look-alikes that stay.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor, detectSensitive } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';
import { kept, leaks } from './masked-text.js';

const dobs = (text: string) => detectSensitive(text).filter((d) => d.type === 'DOB').map((d) => text.slice(d.start, d.end));

describe('L4 open part: a place of birth in any case and of more words', () => {
  it.each([
    ['a city in small letters', 'Client was born in lagos on 06/21/1992 and moved to atlanta.', '06/21/1992'],
    ['a village near a city', 'She was born in a small village near Kraków on 03/12/1984.', '03/12/1984'],
    ['a hospital in a part of a city', 'He was born at the Royal Free Hospital in north London on 1979-11-02.', '1979-11-02'],
    ['French, a maternity ward', 'Monsieur Paul Marchetti, né à la maternité de Port-Royal le 14 mars 1987, demeurant à Paris.', '14 mars 1987'],
    ['Spanish, in small letters', 'nacido en la ciudad de sevilla el 12/08/1981, con domicilio en Madrid', '12/08/1981'],
    ['German, a village near a city', 'geboren in einem kleinen Dorf bei Köln am 14.03.1987', '14.03.1987'],
    ['Italian, a province', 'nato a san giovanni in persiceto, provincia di bologna, il 05/12/1974', '05/12/1974'],
    ['a comma and a country', 'born in porto alegre, brazil, on March 3, 1990', 'March 3, 1990'],
  ])('%s', (_name, text, value) => {
    expect(leaks(text, [value])).toEqual([]);
  });

  it('keeps dates the place does not lead to', () => {
    // Another clause after the place: the date is when she moved, married, or arrived.
    expect(dobs('She was born in a small village and moved to the city on 06/21/2010.')).toEqual([]);
    expect(dobs('born in lagos, relocated to atlanta on 06/21/2010')).toEqual([]);
    expect(dobs('né à Lyon, installé à Paris le 14 mars 2010')).toEqual([]);
    expect(dobs('geboren in Köln, wohnhaft in Bonn seit dem 01.04.2015')).toEqual([]);
    expect(dobs('nato a Bologna e residente a Roma dal 05/12/2004')).toEqual([]);
    // A sentence's end or a line break after the place.
    expect(dobs('He was born in a small town. On 03/12/2024 he filed the claim.')).toEqual([]);
    expect(dobs('born in a small town\nvisit on 03/12/2024')).toEqual([]);
    // More words than a place has.
    expect(dobs('born in the north of the country where the river meets the sea on 03/12/1984')).toEqual([]);
  });

  it('linear on hostile runs of places', () => {
    expect(timeRatio((text) => detectSensitive(text), (n) => 'born in a b c d e f g h 1 '.repeat(Math.ceil(n / 26)))).toBeLessThan(3);
    expect(timeRatio((text) => detectSensitive(text), (n) => 'born in la la la la la la la la la la '.repeat(Math.ceil(n / 38)))).toBeLessThan(3);
  });
});

describe('L4 open part: birthday wishes of other languages before a date in parentheses', () => {
  it.each([
    ['Spanish', 'Feliz cumpleaños!! 🎉 (14/03/1987)', '14/03/1987', ['Feliz cumpleaños!!']],
    ['Spanish, a name and no emoji', 'Feliz cumpleaños Lucía! (03/04/1990)', '03/04/1990', []],
    ['French', 'Joyeux anniversaire !! 🎂 (14/03/1987)', '14/03/1987', ['Joyeux anniversaire']],
    ['Italian, a name', 'Buon compleanno Marco! 🎉 (14/03/1987)', '14/03/1987', ['Buon compleanno']],
    ['Portuguese', 'Feliz aniversário!! 🎂 (14/03/1987)', '14/03/1987', ['Feliz aniversário!!']],
    ['Dutch', 'Gefeliciteerd met je verjaardag! 🎉 (14-03-1987)', '14-03-1987', ['Gefeliciteerd met je verjaardag!']],
    ['Polish', 'Wszystkiego najlepszego z okazji urodzin! 🎂 (14.03.1987)', '14.03.1987', ['Wszystkiego najlepszego z okazji urodzin!']],
    ['Turkish', 'İyi ki doğdun!! 🎉 (14.03.1987)', '14.03.1987', ['İyi ki doğdun!!']],
    ['English, bday', '12/2/26, 9:14 PM - Tobiah Wrenfield: happy bday!! 🥳 (03/14/1987)', '03/14/1987', ['12/2/26, 9:14 PM', 'happy bday!!']],
  ])('%s', (_name, text, value, stay) => {
    expect(leaks(text, [value])).toEqual([]);
    expect(kept(text, stay)).toEqual([]);
  });

  it('keeps the dates of other wishes and of no wish', () => {
    expect(dobs('Parabéns pela formatura!! 🎓 (14/03/2026)')).toEqual([]);
    expect(dobs('Joyeux anniversaire de mariage !! 💍 (14/03/1987)')).toEqual([]);
    expect(dobs('Feliz cumpleaños!! Nos vemos el sábado (14/03/2026 a las 20h)')).toEqual([]);
    expect(dobs('Season finale!! 🎉 (03/14/2026)')).toEqual([]);
    // A person named Feliz stays a person.
    expect(detectSensitive('José Feliz firmó el contrato.').some((d) => d.type === 'PERSON')).toBe(true);
  });

  it('linear on hostile runs of wishes', () => {
    expect(timeRatio((text) => detectSensitive(text), (n) => 'Feliz cumpleaños!! 🎉 ( 1 '.repeat(Math.ceil(n / 26)))).toBeLessThan(3);
  });
});

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(5)]), sessionMemory: false });
/** A tool result as the redactor stores it, as JSON text. */
function stored(result: string): string {
  const out = redactor.redact({ v: 1, id: 'x', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.result', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', result } } as never, { capture: {} });
  return JSON.stringify((out as { event: { tool: { result: unknown } } }).event.tool.result);
}

describe('L5 open part: bare Q / A lines and answers over two lines', () => {
  it.each([
    ['bare Q and A', 'Q  Date of birth?\nA  03/14/1987', ['03/14/1987']],
    ['bare Q and A with line numbers', '12   Q   And your date of birth?\n13   A   June 21, 1992.\n14   Q   Thank you.', ['June 21, 1992']],
    ['bare Q and A, one blank', 'Q What is your date of birth?\nA 1/30/65', ['1/30/65']],
    ['bare Q and A, a name', 'Q Please state your full name for the record.\nA Leonora Castellanos', ['Castellanos']],
    ['a date over two lines', 'Q. What is your date of birth?\nA. March 14,\n1987.', ['March 14', '1987']],
    ['a date over two numbered lines', '14   Q.  What is your date of birth?\n15   A.  March 14,\n16       1987.', ['March 14', '1987']],
    ['a name over two lines', 'Q. Please state your full name for the record.\nA. Leonora Maria\nCastellanos.', ['Leonora', 'Castellanos']],
  ])('%s', (_name, text, values) => {
    const out = stored(text);
    for (const value of values) expect(out).not.toContain(value);
  });

  it('keeps lines that are no question and answer', () => {
    // Prose lines that start with the article `A`: no `Q` line asks.
    expect(stored('A quick question: when is the deadline?\nA better plan is 03/14/2027')).toContain('03/14/2027');
    // A complete answer line: the next line is no part of it.
    const two = stored('Q. Date of birth?\nA. 03/14/1987.\nThe witness was sworn on 11/30/2026.');
    expect(two).not.toContain('03/14/1987');
    expect(two).toContain('11/30/2026');
    // An answer with no date over its two lines.
    expect(stored('Q. Date of birth?\nA. I do not recall\nthe exact date, sorry.')).toContain('I do not recall');
    // Line numbers of a numbered transcript stay.
    expect(stored('14   Q.  What is your date of birth?\n15   A.  March 14,\n16       1987.')).toContain('16 ');
  });

  it('linear on hostile runs of bare Q and A lines', () => {
    expect(timeRatio((text) => stored(text), (n) => 'Q Date of birth?\nA March\n'.repeat(Math.ceil(n / 24)), 20_000, 40_000)).toBeLessThan(3);
  });
});
