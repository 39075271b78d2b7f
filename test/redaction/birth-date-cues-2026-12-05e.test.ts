// Dates of birth the twelfth README-only probe (2026-12-05e, issue 11) found stored raw:
// L4 a birth cue followed by other words before its date: a place (`born in Lagos on …`, `né à
//    Villeurbanne le …`, `nato a Bologna il …`, `nacido en … el …`, `geboren in … am …`), a
//    source (`DOB per DMV …`), a birthday wish and its date in parentheses after `!!` and an emoji;
// L5 the answer line of a deposition transcript written `Q.` / `A.` (with dots, optionally after
//    the transcript's line numbers) after a question asking for a date of birth.
// The row's inputs, other spellings of each kind made up here, and neighbouring text that stays.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor, detectSensitive } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';
import { kept, leaks } from './masked-text.js';

const dobs = (text: string) => detectSensitive(text).filter((d) => d.type === 'DOB').map((d) => text.slice(d.start, d.end));

describe('L4: a birth cue, then a place or a source, then the date', () => {
  it('the probe rows', () => {
    const served = `Served the summons on Leonora Castellanos at 4417 Birchwood Lane, Evanston IL 60201 on 11/30/2026 at 6:42 PM; she is a white female approx. 5'6", DOB per DMV 03/14/1987.`;
    expect(leaks(served, ['03/14/1987'])).toEqual([]);
    expect(kept(served, ['11/30/2026', '6:42 PM', 'white female'])).toEqual([]);
    expect(leaks('DOB per DMV 01/30/1965', ['01/30/1965'])).toEqual([]);
    expect(leaks('A COMPARU : Monsieur Étienne Paul Marchetti, né à Villeurbanne le 14 mars 1987, demeurant 12 rue des Glycines, 69003 Lyon.', ['14 mars 1987'])).toEqual([]);
    expect(leaks("Il sottoscritto Gianluca Ferraresi, nato a Bologna il 05/12/1974, residente in Via dell'Indipendenza 56", ['05/12/1974'])).toEqual([]);
    expect(leaks('12/2/26, 9:14 PM - Tobiah Wrenfield: Happy birthday!! 🎉 (03/14/1987)', ['03/14/1987'])).toEqual([]);
    expect(kept('12/2/26, 9:14 PM - Tobiah Wrenfield: Happy birthday!! 🎉 (03/14/1987)', ['12/2/26, 9:14 PM', 'Happy birthday!!'])).toEqual([]);
  });

  it.each([
    ['English, a city', 'The applicant was born in Accra on 04/02/1988 and came to Leeds in 2009.', '04/02/1988'],
    ['English, a city and country', 'She was born in Porto Alegre, Brazil on March 3, 1990.', 'March 3, 1990'],
    ['English, a month after the place', 'Born in Lagos, March 3, 1990, to a family of traders.', 'March 3, 1990'],
    ['English, a hospital with an abbreviation', "He was born at St. Jude's Hospital on 1979-11-02.", '1979-11-02'],
    ['French, a two-word town', 'Madame Odile Ferrand, née à Saint Étienne le 3 avril 1990, demeurant à Lyon.', '3 avril 1990'],
    ['Italian, a two-word town', 'La sottoscritta Chiara Beltrami, nata a Reggio Emilia il 12/11/1983, dichiara.', '12/11/1983'],
    ['Spanish', 'Doña Pilar Montes, nacida en Valladolid el 7 de mayo de 1985, con domicilio en Burgos.', '7 de mayo de 1985'],
    ['German', 'Herr Jonas Brück, geboren in Münster am 02.09.1979, wohnhaft in Bonn.', '02.09.1979'],
    ['Dutch', 'Mevrouw Sanne Kok, geboren te Utrecht op 12-03-1984.', '12-03-1984'],
    ['Polish', 'Pan Tomasz Zieliński, urodzony w Krakowie dnia 12.03.1984.', '12.03.1984'],
    ['Portuguese', 'Ana Sofia Reis, nascida em Braga a 3 de abril de 1990.', '3 de abril de 1990'],
    ['a source of the date', 'Subject: white male, DOB per booking sheet 7/4/1970, no tattoos.', '7/4/1970'],
    ['a source of the date, a possessive', 'date of birth per his mother 05/12/1979', '05/12/1979'],
    ['a birthday wish, a name before the bang', 'Happy birthday Sam! 🥳 (1990-07-04)', '1990-07-04'],
    ['a German birthday wish', 'Alles Gute zum Geburtstag!! 🎂🎈 (14.03.1987)', '14.03.1987'],
  ])('%s', (_name, text, value) => {
    expect(leaks(text, [value])).toEqual([]);
  });

  it('keeps dates a birth cue does not reach', () => {
    // A sentence ends after the place: the next date is another one.
    expect(dobs('She was born in Chicago. On 03/12/2024 she filed the claim.')).toEqual([]);
    // A verb after the place: the date is when she moved.
    expect(dobs('Born in Lagos and moved to Atlanta on 06/21/2010.')).toEqual([]);
    // A birthday wish without a date in parentheses right after it.
    expect(dobs('Happy birthday!! 🎉 See you at the party on 12/20/2026.')).toEqual([]);
    // A source that ends its clause: the next date is another one.
    expect(dobs('DOB per DMV records; renewal due 03/14/2027.')).toEqual([]);
  });

  it('linear on hostile runs of cues and places', () => {
    expect(timeRatio((text) => detectSensitive(text), (n) => 'born in Lagos Lagos Lagos, '.repeat(Math.ceil(n / 27)))).toBeLessThan(3);
    expect(timeRatio((text) => detectSensitive(text), (n) => 'DOB per DMV per DMV '.repeat(Math.ceil(n / 20)))).toBeLessThan(3);
    expect(timeRatio((text) => detectSensitive(text), (n) => 'birthday!! 🎉 '.repeat(Math.ceil(n / 14)))).toBeLessThan(3);
  });
});

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(5)]), sessionMemory: false });
/** A tool result as the redactor stores it, as JSON text. */
function stored(result: string): string {
  const out = redactor.redact({ v: 1, id: 'x', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.result', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', result } } as never, { capture: {} });
  return JSON.stringify((out as { event: { tool: { result: unknown } } }).event.tool.result);
}

describe('L5: the answer line of a deposition transcript (`Q.` / `A.`)', () => {
  it('the probe rows', () => {
    const deposition = 'Q. Please state your full name for the record.\nA. Leonora Castellanos.\nQ. And your current address?\nA. 4417 Birchwood Lane, Evanston.\nQ. Date of birth?\nA. 03/14/1987.';
    const out = stored(deposition);
    expect(out).not.toContain('03/14/1987');
    expect(out).not.toContain('Castellanos');
    expect(out).toContain('Q. Please state your full name for the record.');
    expect(stored('Q. Date of birth?\nA. 06/21/1992.')).not.toContain('06/21/1992');
    expect(stored('Q. Date of birth?\nA. 01/30/1965.')).not.toContain('01/30/1965');
  });

  it.each([
    ['a date in words', 'Q. Could you state your date of birth, please?\nA. July 4, 1970.', 'July 4, 1970'],
    ['a two-digit year', 'Q. And what is your birth date?\nA. 3/9/79.\nQ. Where do you live?', '3/9/79'],
    ['line numbers of the transcript', '12   Q.  Your date of birth?\n13   A.  11/02/1979.\n14   Q.  Thank you.', '11/02/1979'],
    ['`A.` with a tab', 'Q.\tDate of birth?\nA.\t1984-12-03', '1984-12-03'],
  ])('%s', (_name, text, value) => {
    expect(stored(text)).not.toContain(value);
  });

  it('keeps answers that hold no value the question asks for', () => {
    expect(stored('Q. Did you sign the lease?\nA. Yes.\nQ. On what date?\nA. 11/30/2026.')).toContain('11/30/2026');
    expect(stored('Q. Date of birth?\nA. I do not recall.')).toContain('I do not recall');
    expect(stored('Q. What year did you move to Evanston?\nA. 2019.')).toContain('2019');
  });

  it('linear on a hostile run of Q. lines', () => {
    expect(timeRatio((text) => stored(text), (n) => 'Q. Date of birth?\nA. '.repeat(Math.ceil(n / 21)), 20_000, 40_000)).toBeLessThan(3);
  });
});
