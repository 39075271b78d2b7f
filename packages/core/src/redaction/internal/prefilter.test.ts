import { describe, expect, it } from 'vitest';
import { gatedTest, gateReads } from './prefilter.js';
import { otherPrefilter } from '../secrets.js';
import { credentialFilesPrefilter } from '../credential-files.js';
import { digitWordCue } from '../phone-words.js';
import { medicalTerms } from '../detectors.js';

/** A small deterministic generator (tests must not depend on Math.random's seed). */
function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** The alternatives of a regex source at its top level, as text: fodder for near-miss inputs. */
function words(source: string): string[] {
  return source
    .split('|')
    .map((word) => word.replace(/\\[bsdw]|[()?:[\]{}\\*+^$]/g, ''))
    .filter((word) => word.length > 0);
}

/** Strings around the regex's words: whole, cut, case-flipped, joined, with letters outside ASCII beside them. */
function inputs(source: string, count: number, seed: number): string[] {
  const random = rng(seed);
  const pool = words(source);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const extras = ['the ', 'claim ', ' ', '-', '_', '.', ':', '1', 'é', 'ſ', '\u212a', 'К', '密', '😀', '\n', 'x', 'Q', '~'];
  const out: string[] = ['', 'a', 'ab', 'abc'];
  for (let i = 0; i < count; i++) {
    let text = '';
    const parts = 1 + Math.floor(random() * 5);
    for (let p = 0; p < parts; p++) {
      let word = pick(pool);
      const r = random();
      if (r < 0.3) word = word.slice(0, Math.max(1, Math.floor(random() * word.length)));
      else if (r < 0.5) word = word.slice(Math.floor(random() * word.length));
      if (random() < 0.3) word = [...word].map((c) => (random() < 0.5 ? c.toUpperCase() : c.toLowerCase())).join('');
      if (random() < 0.2) word = word.replace(/[sk]/i, (c) => (c.toLowerCase() === 's' ? 'ſ' : '\u212a'));
      text += (random() < 0.5 ? pick(extras) : '') + word;
    }
    out.push(text);
  }
  return out;
}

function expectSame(regex: RegExp, texts: readonly string[]): void {
  const gated = gatedTest(regex);
  const plain = new RegExp(regex.source, regex.flags.replace(/[gy]/g, ''));
  const differing = texts.filter((text) => gated(text) !== plain.test(text));
  expect(differing).toEqual([]);
}

describe('gatedTest', () => {
  it('answers as the regex does on the prefilters it gates, and on near misses of their words', () => {
    expectSame(otherPrefilter, inputs(otherPrefilter.source, 6000, 1));
    expectSame(credentialFilesPrefilter, inputs(credentialFilesPrefilter.source, 3000, 2));
    expectSame(digitWordCue, inputs(digitWordCue.source, 3000, 3));
    expectSame(medicalTerms, inputs(medicalTerms.source, 3000, 4));
  });

  it('reads the prefilters it gates (else it would be the regex itself, and no faster)', () => {
    for (const regex of [otherPrefilter, credentialFilesPrefilter, digitWordCue, medicalTerms]) expect(gateReads(regex)).toBe(true);
    expect(gateReads(/(a)\1/)).toBe(false);
  });

  it('answers as the regex does for the syntax prefilters use', () => {
    const cases: Array<[RegExp, string[]]> = [
      [/hv[sb]\.|gl[a-z]{2,6}-|api.?key|basic\s|\d:A|-u\s|:\/\/|tan\b/i, ['hvs.x', 'HVB.', 'hvc.', 'glpat-', 'glp-', 'glabcdefg-', 'apikey', 'api_key', 'API-KEY', 'api\u00e9key', 'basic\tx', 'basic\u00a0x', 'basicx', '1:A', '1:a', 'a:A', '-u x', '-u\u2003', 'http://', 'tan', 'tank', ' tan.', 'Tan']],
      [/(?:wallet|recovery|backup)[ _-]?words|bip.?39|(?:security|verification) value/i, ['wallet words', 'walletwords', 'RECOVERY-WORDS', 'backup_words', 'bip39', 'bip-39', 'bip 3', 'security value', 'verification  value']],
      [/(?<![A-Za-z])(?:nhs(?:[ _\-]?number|[ _\-]?no\.?)?|mrn)(?![A-Za-z])/i, ['nhs', 'NHS number', 'anhs', 'nhsx', 'mrn', ' MRN:', 'nhs_no.']],
      [/\bQ~|sk-|x{2,}/, ['Q~', 'q~', 'sk-', 'SK-', 'xx', 'x', 'axxb']],
      [/[^a-z]q|\W{2}/, ['aq', 'q', ' q', '..', 'a.', '\u00e9q']],
      [/sk-|\u212aey/iu, ['ſk-', 's\u212a-', 'S\u212a-', 'sk-', 'key', 'KEY', '\u212aey', 'ſ']],
      [/\u00e9t\u00e9|c[óo]digo|код|κωδικός/i, ['été', 'ÉTÉ', 'codigo', 'CÓDIGO', 'КОД', 'Код', 'ΚΩΔΙΚΌΣ', 'ete']],
      [/a|bc/, ['a', 'b', 'bc', 'cb', 'xyz']],
    ];
    for (const [regex, texts] of cases) expectSame(regex, [...texts, ...inputs(regex.source, 500, texts.length)]);
  });

  it('gives the regex itself for what it cannot read (a backreference, a match of no characters)', () => {
    expectSame(/(a)\1|bb/, ['aa', 'ab', 'bb', 'b']);
    expectSame(/x*|y/, ['', 'q', 'y']);
    expectSame(/(?<n>ab)\k<n>/, ['abab', 'ab']);
  });
});
