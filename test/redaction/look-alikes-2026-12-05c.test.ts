import { describe, expect, it } from 'vitest';
import { createRedactor, detectSensitive } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';

// O1, O2, O3 and O6 of the tenth probe of 2026-12-05 (test/redaction/probe-2026-12-05c.cases.md,
// issue 11): over-redactions. O1 the minutes of a time of day before `, Gate B12` read as a house
// number; O2 customs tariff (HS/HTS) codes read as phones; O3 religious and cultural festivals
// read as persons; O6 laboratory apparatus named after a person (`Petri dish`, `Buchner funnel`).
// Each row's inputs, held-back spellings of the same kind, and look-alikes (real persons, phones
// and addresses in the same shapes) that must stay masked.
const found = (text: string, type: string) => detectSensitive(text).filter((d) => d.type === type).map((d) => text.slice(d.start, d.end));
const persons = (text: string) => found(text, 'PERSON');
const addresses = (text: string) => found(text, 'ADDRESS');
const phones = (text: string) => found(text, 'PHONE');

const key = new Uint8Array(32).fill(9);
const stored = (input: string): unknown =>
  (createRedactor({ pseudonymKey: key }).redact({ v: 1, type: 'message.user', session: 's1', content: { input } } as never, {} as never) as { event: { content: { input: unknown } } }).event.content.input;

describe('O1: the minutes of a time of day are no house number', () => {
  it('the probe rows', () => {
    expect(addresses('Boarding at 10:30, Gate B12; arrival 14:45, Gate 7; departs 08:15, gate C41')).toEqual([]);
    expect(addresses('Flight QR707 DOH-JFK departs 08:15, gate C41, aircraft A7-BEB, seat 32K')).toEqual([]);
    expect(stored('Boarding at 10:30, Gate B12; arrival 14:45, Gate 7; departs 08:15, gate C41')).toBe('Boarding at 10:30, Gate B12; arrival 14:45, Gate 7; departs 08:15, gate C41');
  });
  it('held back: other times, gates and a verse', () => {
    expect(addresses('Boarding 10:30 Gate B12')).toEqual([]);
    expect(addresses('Arrives 23:59, Gate 42A')).toEqual([]);
    expect(addresses('John 3:16, Gate B12')).toEqual([]);
    expect(addresses('ratio 3:12 Gate B4')).toEqual([]);
  });
  it('kept before: other times and platforms', () => {
    expect(addresses('Train leaves 09:05, platform 9, coach 12')).toEqual([]);
    expect(addresses('NOTAM A1234/26 RWY 09L/27R CLSD 2612050900-2612051700')).toEqual([]);
    expect(addresses('Boarding 10.30, Gate B12')).toEqual([]);
  });
  it('addresses after a time stay masked, without the time', () => {
    expect(addresses('Meeting 14:00, 12 Baker Street, London')).toEqual(['12 Baker Street, London']);
    expect(addresses('Meet 10:30, Gate Street 4')).toEqual(['Gate Street 4']);
    expect(addresses('at 10:30:45, Kongens gate 12')).toEqual(['Kongens gate 12']);
    expect(addresses('I live at 12 Baker Street')).toEqual(['12 Baker Street']);
  });
});

describe('O2: customs tariff codes are no phones', () => {
  it('the probe rows', () => {
    expect(phones('HS 8517.12.0000 smartphones; HS 6109.10.0010 T-shirts; tariff 8471.30.0100')).toEqual([]);
    expect(phones('HS code 8471.30.0100, Incoterms DAP, container MSCU1234565, seal 884201')).toEqual([]);
  });
  it('held back: other labels and spellings', () => {
    expect(phones('HTS 8471.30.0100')).toEqual([]);
    expect(phones('HTSUS 6109.10.0012')).toEqual([]);
    expect(phones('Tariff code: 8517.12.00.00')).toEqual([]);
    expect(phones('commodity code 8471 30 00 00')).toEqual([]);
    expect(phones('Schedule B 8471.30.0100')).toEqual([]);
    expect(phones('{"hsCode":"8517.12.0000"}')).toEqual([]);
    expect(phones('{"hs_code": "6109.10.0010"}')).toEqual([]);
    expect(phones('HSN 8517 1200 00')).toEqual([]);
    expect(phones('TARIC 8517.12.00.00')).toEqual([]);
    // The shape alone: a four-digit heading without a trunk 0, a pair and a four or two pairs, dotted.
    expect(phones('Line 3: 8517.12.0000 smartphones 200 pcs')).toEqual([]);
    expect(phones('Line 4: 8471.30.01.00 laptops')).toEqual([]);
  });
  it('phones in the same shapes stay masked', () => {
    expect(phones('call 8517.12.0000 now')).toEqual(['8517.12.0000']);
    expect(phones('Phone: 0612.34.5678')).toEqual(['0612.34.5678']);
    expect(phones('Call 555.123.4567')).toEqual(['555.123.4567']);
    expect(phones('Tel. 06.12.34.56.78')).toEqual(['06.12.34.56.78']);
    expect(phones('Mobile: 0612 34 56 78')).toEqual(['0612 34 56 78']);
    expect(phones('CN +86 138 0013 8000')).toEqual(['+86 138 0013 8000']);
    expect(phones('my number 020 7946 0958')).toEqual(['020 7946 0958']);
  });
});

describe('O3: religious and cultural festivals are no persons', () => {
  it('the probe rows', () => {
    expect(persons('The store closes early on Rosh Hashanah and Yom Kippur')).toEqual([]);
    expect(persons('Holidays: Diwali, Holi, Nowruz, Vesak, Onam, Pongal, Hanukkah, Yom Kippur, Ramadan, Eid al-Adha, Rosh Hashanah')).toEqual([]);
    expect(persons('Happy Diwali to all our customers!')).toEqual([]);
    expect(persons('Office closed for Diwali, Eid al-Fitr, Chuseok, Songkran, Timkat and Rosh Hashanah')).toEqual([]);
    expect(stored('Happy Diwali to all our customers!')).toBe('Happy Diwali to all our customers!');
  });
  it('held back: other festivals and greetings', () => {
    expect(persons('Ramadan begins on Monday')).toEqual([]);
    expect(persons('Happy Hanukkah and Merry Christmas!')).toEqual([]);
    expect(persons('Eid Mubarak to everyone')).toEqual([]);
    expect(persons('Chag Purim sameach')).toEqual([]);
    expect(persons('Navratri, Durga Puja and Ganesh Chaturthi')).toEqual([]);
    expect(persons('Office closed for Eid ul-Fitr and Raksha Bandhan')).toEqual([]);
    expect(persons('Happy Lunar New Year')).toEqual([]);
    expect(persons('Shana Tova for Rosh Hashana')).toEqual([]);
    expect(persons('Happy Deepavali')).toEqual([]);
    expect(persons('Happy Vaisakhi and Guru Nanak Jayanti')).toEqual([]);
    expect(persons('Simchat Torah and Shavuot, Tisha B’Av')).toEqual([]);
    expect(persons('Hari Raya Aidilfitri')).toEqual([]);
    expect(persons('Closed: Purim, Sukkot, Shavuot')).toEqual([]);
    expect(persons('Eid ul-Adha on 6 June')).toEqual([]);
    expect(persons('Office closed during Ramadan')).toEqual([]);
    expect(persons('Closed for Eid')).toEqual([]);
  });
  it('persons whose names are festival words stay masked', () => {
    expect(persons('Tariq Ramadan wrote')).toEqual(['Tariq Ramadan']);
    expect(persons('Ramadan called me back')).toEqual(['Ramadan']);
    expect(persons('Dear Ramadan,')).toEqual(['Ramadan']);
    expect(persons('Ramadan will join the meeting')).toEqual(['Ramadan']);
    expect(persons('Eid signed the lease')).toEqual(['Eid']);
    expect(persons('Mr. Eid will attend')).toEqual(['Eid']);
    expect(persons('Ganesh Kumar joined')).toEqual(['Ganesh Kumar']);
    expect(persons('Ganesh called')).toEqual(['Ganesh']);
    expect(persons('Shana Miller signed')).toEqual(['Shana Miller']);
    expect(persons('Tisha Brown')).toEqual(['Tisha Brown']);
    expect(persons('Tisha called')).toEqual(['Tisha']);
    expect(persons('Contact: Durga Rao')).toEqual(['Durga Rao']);
    expect(persons('Ramadan, Tariq')).toEqual(['Ramadan, Tariq']);
    expect(persons('Eid, Sarah')).toEqual(['Eid, Sarah']);
    expect(persons('Hosni Mubarak')).toEqual(['Hosni Mubarak']);
  });
});

describe('O6: laboratory apparatus named after a person', () => {
  it('the probe rows', () => {
    expect(persons('Equipment: Petri dish, Erlenmeyer flask, Buchner funnel, Bunsen burner, Pasteur pipette')).toEqual([]);
    expect(persons('Grades: Jordan almonds, Victoria sponge, Earl Grey tea, Florence flask, Petri dish, Bunsen burner')).toEqual([]);
  });
  it('held back: other apparatus', () => {
    expect(persons('Büchner funnel, Hirsch funnel, Meker burner, Liebig condenser, Kjeldahl flask, Soxhlet extractor, Ostwald viscometer, Mohr pipette, Gooch crucible, Abbe refractometer, Dewar flask, Schlenk flask')).toEqual([]);
    expect(persons('Use two Petri dishes and a Mohr burette.')).toEqual([]);
  });
  it('persons before such nouns stay masked', () => {
    expect(persons('Anna Petri signed the form')).toEqual(['Anna Petri']);
    expect(persons("Anna's flask is empty")).toEqual(['Anna']);
    expect(persons("Anna's apparatus")).toEqual(['Anna']);
    expect(persons('Maria Petri dish')).toEqual(['Maria Petri']);
    expect(persons('Dr. Petri dish')).toEqual(['Petri']);
  });
});

describe('linear time of the new rules', () => {
  // 2x the input at most ~3.5x the time (test/redaction/linear-time.ts: best of five, up to five attempts).
  const ratio = (unit: string): number => timeRatio((text) => detectSensitive(text), (n) => unit.repeat(Math.ceil(n / unit.length)), 50_000, 100_000, 1);
  it('100 KB of times before gates, tariff codes, festivals and apparatus scale linearly', () => {
    expect(ratio('10:30, Gate B12; ')).toBeLessThan(3.5);
    expect(ratio('HS 8517.12.0000 ')).toBeLessThan(3.5);
    expect(ratio('Eid al-Adha, Diwali, Rosh Hashanah, ')).toBeLessThan(3.5);
    expect(ratio('Petri dish, Buchner funnel, ')).toBeLessThan(3.5);
  });
});
