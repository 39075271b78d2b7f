// Firms and institutions whose names read as persons (the third README-only probe of 2026-12-04):
// O3, wealth managers and banks named like persons (`held at Charles Stanley` was a person), and
// O4, health systems and German public bodies and insurers (`Kaiser Permanente`, `Brigham and
// Women's`, `an die Stadtwerke München`, `mit der Techniker Krankenkasse` were persons). The
// inputs are other members of each kind than the probe's examples, and persons of the same shape.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';
import { firmPartAt } from './names.js';

const persons = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));

describe('banks, brokers and wealth managers named like persons are firms', () => {
  it.each([
    'my ISA is held at Charles Stanley',
    'custodian: Dean Witter',
    'we moved the account to Piper Sandler last year',
    'Janney Montgomery Scott sent the statement',
    'Brown Brothers Harriman is the custodian',
    'a fund run by T. Rowe Price',
    'wire from J.P. Morgan',
    'JP Morgan Chase declined it',
    'brokerage: Robert W. Baird',
    'Hargreaves Lansdown and Brewin Dolphin',
  ])('%s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('health systems and German institutions are no persons', () => {
  it.each([
    'referred to Kaiser Permanente',
    "admitted at Brigham and Women's",
    "Brigham and Women's Hospital",
    'Mass General Brigham billing',
    'seen at Cedars Sinai',
    'Lenox Hill ER',
    'transfer to Hackensack Meridian',
    'Yale New Haven discharge summary',
    'bei der Barmer Ersatzkasse versichert',
    'Brief an die Kaufmännische Krankenkasse',
    'Bescheid vom Finanzamt Köln',
    'das Landratsamt Ebersberg schreibt',
    'Abschlag an die Stadtwerke Düsseldorf',
    'Bürgeramt Mitte',
  ])('%s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});

describe('persons of the same shape stay persons', () => {
  it.each([
    ['Dr. Morgan Stanley', 'Morgan Stanley'],
    ['Mr. Dean Witter', 'Dean Witter'],
    ['Charles Stanley called about his account', 'Charles Stanley'],
    ['Edward Jones said she would send the form', 'Edward Jones'],
    ['Dr. Brigham', 'Brigham'],
    ['Frau Müller von der Krankenkasse', 'Müller'],
    ['Maria Kaiser', 'Maria Kaiser'],
  ])('%s', (text, name) => {
    expect(persons(text)).toEqual([expect.stringContaining(name)]);
  });

  it('a firm that says something stays the firm (no personal pronoun after the verb)', () => {
    expect(persons('Raymond James said in a note that rates will fall')).toEqual([]);
  });
});

describe('firmPartAt: a word inside a listed firm written around it', () => {
  it.each([
    ['custodian Morgan Stanley', 'Stanley'],
    ['Charles Schwab and co', 'Charles'],
    ['via J.P. Morgan', 'Morgan'],
    ['at Mass General Brigham', 'Brigham'],
    ['Morgan-Stanley fees', 'Morgan'],
    ["Brigham and Women's", 'Brigham'],
  ])('%s: %s', (text, word) => {
    const start = text.indexOf(word);
    expect(firmPartAt(text, start, start + word.length)).toBe(true);
  });

  it.each([
    ['Stanley Okafor called', 'Stanley'],
    ['Charles, call me', 'Charles'],
    ['Morgan said so', 'Morgan'],
    ['Charles Stanley', 'Charles Stanley'],
  ])('%s: %s is no firm part', (text, word) => {
    const start = text.indexOf(word);
    expect(firmPartAt(text, start, start + word.length)).toBe(false);
  });
});
