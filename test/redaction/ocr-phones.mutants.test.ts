// Issue 13: detectors.ts detectOcrPhones and ocrPhoneNumber (L17 of the probe of 2026-12-06: a phone number typed
// with `O` for 0 or `l`/`I` for 1 after a phone's cue), written from the Stryker run of 2026-12-06 (docs/TESTING.md,
// the row of `unknown-users.ts` and `detectOcrPhones`), whose only tests went through the redactor
// (probe-2026-12-06.test.ts: whether a number was masked, not where it ends nor how it is read). Through
// detectSensitive with the phone rule alone, exact spans and normalized values: the cue's windows with text after the
// number, the separators, the groups and the longest valid end, what is glued after it, the letters' count, the
// national lengths and prefixes, and the kept verdicts.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../packages/core/src/redaction/detectors.js';

/** The phones of `text` as `[written, normalized]`. */
const phones = (text: string): Array<[string, string | undefined]> =>
  detectSensitive(text, { builtins: ['phone'] }).map((d) => {
    expect(d.type).toBe('PHONE');
    expect(d.class).toBe('pii.phone');
    return [text.slice(d.start, d.end), d.normalized];
  });

describe('detectOcrPhones: the cue', () => {
  it('a phone word or a calling verb right before, with text after the number', () => {
    expect(phones('call me on O77OO 9OO417 and more text here to go past the end of it')).toEqual([['O77OO 9OO417', '07700900417']]);
    expect(phones('tel O2O 7946 O9I8 is the office line, call after nine please')).toEqual([['O2O 7946 O9I8', '02079460918']]);
  });

  it('`my number is` and the like, with text after the number', () => {
    expect(phones('my number is O79ll 123456 and more text here to go past the end')).toEqual([['O79ll 123456', '07911123456']]);
    expect(phones('her mobile no. O77OO 9OO417 if you need her tonight or tomorrow')).toEqual([['O77OO 9OO417', '07700900417']]);
  });

  it('no cue right before: stays', () => {
    expect(phones('order O77OO 9OO417')).toEqual([]);
    expect(phones('tel: see below. O77OO 9OO417')).toEqual([]);
  });
});

describe('detectOcrPhones: the run and its groups', () => {
  it('blanks, dots and dashes between groups; a lone blank only', () => {
    expect(phones('tel O77OO-9OO-417')).toEqual([['O77OO-9OO-417', '07700900417']]);
    expect(phones('tel O77OO.9OO.417')).toEqual([['O77OO.9OO.417', '07700900417']]);
    expect(phones('tel O77OO 9OO 41 7')).toEqual([['O77OO 9OO 41 7', '07700900417']]);
    expect(phones('tel O77OO  9OO417')).toEqual([]);
  });

  it('the longest valid end, a group at a time', () => {
    expect(phones('tel 4l5 555 Ol32 12345')).toEqual([['4l5 555 Ol32', '4155550132']]);
    expect(phones('tel 4l5 555 Ol32 1')).toEqual([['4l5 555 Ol32', '4155550132']]);
    expect(phones('tel 4l5-555-Ol32-1')).toEqual([['4l5-555-Ol32', '4155550132']]);
    expect(phones('tel O1234 5678 9O12')).toEqual([['O1234 5678', '012345678']]);
    expect(phones('tel O77OO 9OO417 5')).toEqual([['O77OO 9OO417 5', '077009004175']]);
  });

  it('a group with no digit as written ends the run', () => {
    expect(phones('tel 4l5 555 Ol32 O')).toEqual([['4l5 555 Ol32', '4155550132']]);
    expect(phones('call me on O77OO 9OO417 OOO')).toEqual([['O77OO 9OO417', '07700900417']]);
    expect(phones('tel OOO 1OO lol')).toEqual([]);
  });

  it('the character right after the number decides, not another', () => {
    // 12 characters before the number stands an `o` (the mutant `at - end` read it).
    expect(phones('Ring the office: tel O77OO 9OO417')).toEqual([['O77OO 9OO417', '07700900417']]);
  });

  it('a dot ends a group; a lone letter after the number is no group of it; one group alone', () => {
    expect(phones('tel 4l5.555.Ol32.1')).toEqual([['4l5.555.Ol32', '4155550132']]);
    expect(phones('tel O77OO 9OO417 O ok')).toEqual([['O77OO 9OO417', '07700900417']]);
    expect(phones('tel O77OO9OO417')).toEqual([['O77OO9OO417', '07700900417']]);
  });

  it('nothing glued after the number', () => {
    expect(phones('tel O77OO 9OO417x')).toEqual([]);
    expect(phones('tel +1 4l5 555 Ol32l')).toEqual([]);
    expect(phones('ph O77OO 9OO417;')).toEqual([['O77OO 9OO417', '07700900417']]);
  });

  it('a letter for a digit, no more letters than digits', () => {
    // 5 letters and 5 digits; 6 letters and 5 digits; 7 letters and 4 digits.
    expect(phones('tel 4l5 5O5 lOl2')).toEqual([['4l5 5O5 lOl2', '4155051012']]);
    expect(phones('tel O77OO 9OO4l7')).toEqual([]);
    expect(phones('tel O2O 7OO8 OOO1')).toEqual([]);
    expect(phones('tel O2O 7O08 0OO1')).toEqual([['O2O 7O08 0OO1', '02070080001']]);
  });
});

describe('detectOcrPhones: the gate and the shape', () => {
  it('only under the phone switch', () => {
    expect(detectSensitive('call me on O77OO 9OO417', { builtins: ['email', 'person'] })).toEqual([]);
    expect(phones('call me on O77OO 9OO417')).toEqual([['O77OO 9OO417', '07700900417']]);
  });

  it('a text of three letters, the cue\'s two and one such letter, is read', () => {
    expect(phones('ph O7700 900417')).toEqual([['O7700 900417', '07700900417']]);
  });

  it('a run with no phone\'s shape after the cue stays', () => {
    expect(phones('tel O.O.O.O.O, ok')).toEqual([]);
    expect(phones('mob + OO77OO')).toEqual([]);
  });
});

describe('ocrPhoneNumber: how the folded number is read', () => {
  it('international after +, with its calling code', () => {
    expect(phones('mob +44 77OO 9OO 417')).toEqual([['+44 77OO 9OO 417', '+447700900417']]);
    expect(phones('tel +1 4l5 555 Ol32')).toEqual([['+1 4l5 555 Ol32', '+14155550132']]);
  });

  it('a trunk 0 and 9 to 12 digits, not 00', () => {
    expect(phones('tel O12 3456 7')).toEqual([]);
    expect(phones('tel O123 456 78')).toEqual([['O123 456 78', '012345678']]);
    expect(phones('tel O123 4567 8901')).toEqual([['O123 4567 8901', '012345678901']]);
    expect(phones('tel OO44 77OO 9OO417')).toEqual([]);
    expect(phones('tel O1OO 9OO 417')).toEqual([['O1OO 9OO 417', '0100900417']]);
  });

  it('ten digits valid in the NANP, not nine, eleven or one digit repeated', () => {
    expect(phones('call me at 4l5 555 Ol32')).toEqual([['4l5 555 Ol32', '4155550132']]);
    expect(phones('tel 4l5 555 Ol3')).toEqual([]);
    expect(phones('tel 4l5 555 Ol321')).toEqual([]);
    expect(phones('tel 1l1 1l1 1l11')).toEqual([]);
    expect(phones('tel 1l5 555 Ol32')).toEqual([]);
    expect(phones('tel +1 1l1 1l1 1l11')).toEqual([]);
  });

  it('eleven digits with the NANP\'s leading 1 and no +, as detectPhones reads them', () => {
    expect(phones('call me at 1 4l5 555 Ol32')).toEqual([['1 4l5 555 Ol32', '14155550132']]);
    expect(phones('call me at 1-4l5-555-Ol32 today')).toEqual([['1-4l5-555-Ol32', '14155550132']]);
    expect(phones('call me at 1 415 555 0132')).toEqual([['1 415 555 0132', '14155550132']]);
    // Not valid after the 1, nor another first digit.
    expect(phones('tel 1 1l5 555 Ol32')).toEqual([]);
    expect(phones('tel 2 4l5 555 Ol32')).toEqual([]);
  });

  it('00 is no trunk prefix, though a country reads it', () => {
    expect(phones('tel OO12 3456 78')).toEqual([]);
  });

  it('a verdict kept is the same verdict: a valid number twice masked twice, an invalid one twice kept twice', () => {
    expect(phones('tel O2O 7946 O9I8, tel O2O 7946 O9I8')).toEqual([['O2O 7946 O9I8', '02079460918'], ['O2O 7946 O9I8', '02079460918']]);
    expect(phones('tel 1l5 555 Ol32 or tel 1l5 555 Ol32')).toEqual([]);
    expect(phones('tel 1l5 555 Ol32')).toEqual([]);
    expect(phones('tel 4l5 5O5 lOl2')).toEqual([['4l5 5O5 lOl2', '4155051012']]);
  });

  it('past the text\'s parse budget (256) a number of the shape is masked unchecked, never let through', () => {
    // 300 distinct numbers of area code 115, none valid: the first 256 are parsed and kept, the other 44 masked.
    const text = Array.from({ length: 300 }, (_, k) => `tel 1l5 ${200 + k} Ol32`).join('; ');
    const found = phones(text);
    expect(found.length).toBe(44);
    expect(found[0]).toEqual(['1l5 456 Ol32', '1154560132']);
  });

  it('a number asked again is answered from the kept verdicts, not parsed again: no budget spent', () => {
    // The same invalid number 300 times, and two of them in turn: one or two parses, none masked.
    expect(phones(Array.from({ length: 300 }, () => 'tel 1l6 555 Ol32').join('; '))).toEqual([]);
    expect(phones(Array.from({ length: 300 }, (_, k) => (k % 2 === 0 ? 'tel 1l7 555 Ol32' : 'tel 1l8 555 Ol32')).join('; '))).toEqual([]);
  });
});
