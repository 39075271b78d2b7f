import { describe, expect, it } from 'vitest';
import { CAR_MAKES, carModelOf, MODEL_YEAR_BEFORE, vehicleRun, type RunWord } from './vehicles.js';

// Issue 13: vehicles.ts under Stryker (docs/TESTING.md). `vehicleRun` and `carModelOf` called directly,
// no redactor: the run's words as names.ts gives them (lower case, listed or not as a name), the text
// before the run and the 16 characters after it. `xyzzy` and `qorvane` are no listed names.
const run = (...words: Array<string | [string, boolean]>): RunWord[] =>
  words.map((word) => (typeof word === 'string' ? { lower: word, listed: false } : { lower: word[0], listed: word[1] }));

describe('carModelOf', () => {
  it('holds a model after its own make only', () => {
    expect(carModelOf('honda', 'civic')).toBe(true);
    expect(carModelOf('mini', 'cooper')).toBe(true);
    expect(carModelOf('mercedes', 'cooper')).toBe(false);
    expect(carModelOf('honda', 'leaf')).toBe(false);
    // a make with no listed models, and a word that is no make
    expect(carModelOf('audi', 'civic')).toBe(false);
    expect(carModelOf('xyzzy', 'civic')).toBe(false);
  });
});

describe('vehicleRun', () => {
  it('is no vehicle with no words, four words or a first word that is no make', () => {
    expect(vehicleRun([], '2019 ', ' F-150')).toBe(false);
    expect(vehicleRun(run('honda', 'civic', 'type', 'xyzzy'), '2019 ', '')).toBe(false);
    expect(vehicleRun(run('honda', 'civic', 'type'), '', '')).toBe(true);
    expect(vehicleRun(run('xyzzy', 'civic'), '2019 ', ', reg AB12 CDE')).toBe(false);
    expect(vehicleRun(run('xyzzy'), '', ' F-150')).toBe(false);
  });

  it('reads a make and its listed model, unless a third word is a listed name', () => {
    expect(vehicleRun(run('honda', 'civic'), '', ' is blue')).toBe(true);
    expect(vehicleRun(run(['ford', true], ['focus', false]), 'my ', '')).toBe(true);
    expect(vehicleRun(run('honda', 'civic', ['james', true]), '', ' said')).toBe(false);
    expect(vehicleRun(run('honda', 'civic', ['james', true]), '2019 ', ' said')).toBe(false);
    // a listed name after the make that is no model of it: a person
    expect(vehicleRun(run('mercedes', ['cooper', true]), '', ' will call')).toBe(false);
    expect(vehicleRun(run('mercedes', ['cooper', true]), '2019 ', ', reg AB12 CDE')).toBe(false);
  });

  it('reads the make alone before a model\'s code', () => {
    expect(vehicleRun(run('ford'), 'a ', ' F-150 pickup')).toBe(true);
    expect(vehicleRun(run('toyota'), '', ' RAV4')).toBe(true);
    expect(vehicleRun(run('ford'), '', ' Harrison said')).toBe(false);
    expect(vehicleRun(run('ford'), '', '')).toBe(false);
  });

  it('reads the make alone before a capitalized word with a model year right before it or a VIN after it', () => {
    expect(vehicleRun(run('subaru'), 'a 2021 ', ' Xyzzy in red')).toBe(true);
    expect(vehicleRun(run('subaru'), '2021 ', '\tXyzzy in red')).toBe(true);
    expect(vehicleRun(run('subaru'), '', ' Xyzzy in red')).toBe(false);
    expect(vehicleRun(run('ford'), '', ' VIN: 1FTFW1E5')).toBe(true);
    expect(vehicleRun(run('ford'), '', ' VIN 1FTFW1E5')).toBe(true);
    // the next word in lower case, one letter, or no blank before it: no model
    expect(vehicleRun(run('subaru'), '2021 ', ' xyzzy in red')).toBe(false);
    expect(vehicleRun(run('subaru'), '2021 ', ' xyzzy Red car')).toBe(false);
    expect(vehicleRun(run('subaru'), '2021 ', ' X')).toBe(false);
    expect(vehicleRun(run('subaru'), '2021 ', ' X.')).toBe(false);
    expect(vehicleRun(run('subaru'), '2021 ', '-Xyzzy')).toBe(false);
    expect(vehicleRun(run('subaru'), '2021 ', ' 9Xyzzy')).toBe(false);
    expect(vehicleRun(run('subaru'), '2021 ', ' Qor-9')).toBe(true);
  });

  it('reads the make and unlisted words with a model year right before the run', () => {
    expect(vehicleRun(run('subaru', 'xyzzy'), '2021 ', '')).toBe(true);
    expect(vehicleRun(run('subaru', 'xyzzy'), 'Bought a 2021 ', ' last year')).toBe(true);
    expect(vehicleRun(run('subaru', 'xyzzy'), '', ' last year')).toBe(false);
    expect(vehicleRun(run('subaru', 'xyzzy'), 'In 2021, ', '')).toBe(false);
    expect(vehicleRun(run('subaru', 'xyzzy'), 'ref 12021 ', '')).toBe(false);
    // the make itself listed as a name does not matter; a listed word after it does
    expect(vehicleRun(run(['lincoln', true], 'xyzzy'), '2021 ', '')).toBe(true);
    expect(vehicleRun(run('subaru', 'xyzzy', ['james', true]), '2021 ', '')).toBe(false);
    expect(vehicleRun(run('subaru', ['james', true], 'xyzzy'), '2021 ', '')).toBe(false);
  });

  it('reads the make and unlisted words with a registration, a plate, a VIN or a mileage after the run', () => {
    for (const after of [', reg LK68 XYZ', ' (reg LK68 XYZ)', ' reg: KX19 ABC', '; plate 7ABC123', ' VIN 1HGCM826', ', 42,000 miles', ' 32k mi', ' 120,000 km', ', mileage 4']) {
      expect([after, vehicleRun(run('nissan', 'xyzzy'), '', after)]).toEqual([after, true]);
    }
    for (const after of [', reg. nurse', ', registered', ' 42,000 milestones', ', plate', ' said']) {
      expect([after, vehicleRun(run('nissan', 'xyzzy'), '', after)]).toEqual([after, false]);
    }
  });

  it('reads a year only in the last eight characters before the run', () => {
    expect(vehicleRun(run('subaru', 'xyzzy'), 'a long sentence before 2021 ', '')).toBe(true);
    expect(vehicleRun(run('subaru', 'xyzzy'), '2021 and then ', '')).toBe(false);
  });
});

describe('the lists and the year pattern', () => {
  it('holds the makes that are names, and takes a model year of 1950 to 2039 with one blank', () => {
    for (const make of ['honda', 'nissan', 'ford', 'mercedes', 'lincoln', 'škoda', 'citroën', 'vw']) expect([make, CAR_MAKES.has(make)]).toEqual([make, true]);
    expect(CAR_MAKES.has('')).toBe(false);
    for (const year of ['1950 ', '1999 ', '2039 ', 'my 2019\t']) expect([year, MODEL_YEAR_BEFORE.test(year)]).toEqual([year, true]);
    for (const year of ['1949 ', '2040 ', '2019', '2019  ', '1.2019 ', 'x2019 ']) expect([year, MODEL_YEAR_BEFORE.test(year)]).toEqual([year, false]);
  });
});
