// K14 of the fifth README-only probe of 2026-12-04 (probe-2026-12-04e.cases.md): given names in
// sign-offs after a dash or an abbreviation were stored raw (`Cheers - Zephra`, `thanks! —
// Zephra`, `Thx, Wenlix D.`, and `cheers\nzephra` in lower case): a sign-off counted only on the
// line before the name, or with a comma, and a lower-case signer only when the lists hold the
// name. Other names and spellings of the kind, a property over them, and look-alikes that stay.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';

const persons = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));

describe('K14: the row', () => {
  it.each([
    ['Cheers - Zephra', ['Zephra']],
    ['thanks! \u2014 Zephra', ['Zephra']],
    ['Thx, Wenlix D.', ['Wenlix D']],
    ['cheers\nzephra', ['zephra']],
  ] as const)('%j', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});

describe('K14: other spellings of the kind', () => {
  it.each([
    ['Great, fixed it. Thanks - Ildren', ['Ildren']],
    ['ty, Torvek', ['Torvek']],
    ['rgds \u2014 Isvane Queraldo', ['Isvane Queraldo']],
    ['Kind regards \u2013 Brellin', ['Brellin']],
    ['Danke! - Kestravin', ['Kestravin']],
    ['The report is attached.\nBest -- Oskardy', ['Oskardy']],
    ['Cheers - Ulmoth from billing', ['Ulmoth']],
    ['ok that works\nthanks,\nbrellin', ['brellin']],
    ['see you monday\n\ncheers\ntorvek almstrad\n', ['torvek almstrad']],
  ] as const)('%j', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  it('a made-up signer after any sign-off and separator (property)', () => {
    const names = fc.constantFrom('Zephra', 'Wenlix', 'Ildren', 'Torvek', 'Isvane Queraldo');
    const signOffs = fc.constantFrom('Cheers', 'cheers', 'Thanks', 'thanks', 'Thx', 'ty', 'Best', 'Regards', 'Kind regards', 'rgds', 'Many thanks', 'Merci');
    const separators = fc.constantFrom(' - ', ' -- ', ' \u2014 ', ' \u2013 ', '! - ', '! \u2014 ', ', - ', '. ', ' ~ ');
    fc.assert(
      fc.property(names, signOffs, separators, fc.constantFrom('', '.', '\n'), (name, signOff, separator, tail) => {
        expect(persons(`${signOff}${separator}${name}${tail}`)).toEqual([name]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('K14: look-alikes stay', () => {
  it.each([
    'Thanks - Approved',
    'Best - Practices guide',
    'Thanks \u2014 see the docs',
    'thanks\nsee you',
    'cheers\nlmk',
    'thanks\nxoxo',
    'Thanks, Everyone',
    'Thanks - Support',
    'cheers\nzephra\nP.S. the invoice is attached',
    'Best - in - class results',
    'thanks\nok',
  ])('%j', (text) => {
    expect(persons(text)).toEqual([]);
  });
});
