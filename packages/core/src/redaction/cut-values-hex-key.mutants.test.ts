// Mutation tests for cut-values.ts hexKeyStart (issue 13; docs/TESTING.md, the row of cut-values.ts
// 206-217 of 2026-12-06): a meter's or a SIM's hex key begun at a streamed chunk's end after its
// name (L6 of the seventeenth probe, 2026-12-05j). Each test was written from a mutant that survived
// the first Stryker run (reports/stryker-hex-key-start-2026-12-06.json) and fails with it applied.
import { describe, expect, it } from 'vitest';
import { cutValueAtEnd } from './cut-values.js';
import { BUILTIN_DETECTORS } from './detectors.js';

const ALL: ReadonlySet<string> = new Set(BUILTIN_DETECTORS);
const cut = (text: string, enabled: ReadonlySet<string> = ALL): string | undefined => {
  const found = cutValueAtEnd(text, enabled);
  return found === undefined ? undefined : `${found.type} ${found.class} ${found.start}-${found.end} ${found.normalized}`;
};
const NAMED = 'The DLMS authentication key is ';

describe('a hex key begun after its name at a chunk end', () => {
  it('is the secrets detector’s: with it switched off, nothing is begun (`enabled.has(secrets)`)', () => {
    expect(cut(`${NAMED}D0D1D2D3D4D5D6D7`)).toBe('SECRET secret 31-47 D0D1D2D3D4D5D6D7');
    expect(cut(`${NAMED}D0D1D2D3D4D5D6D7`, new Set([...ALL].filter((name) => name !== 'secrets')))).toBeUndefined();
  });

  it('is read up to the chunk’s end before its blanks, not to the text’s last character (the run is found in the text up to `end`)', () => {
    expect(cut(`${NAMED}D0D1D2D3D4D5D6D7 `)).toBe('SECRET secret 31-47 D0D1D2D3D4D5D6D7');
    expect(cut(`${NAMED}D0D1D2D3D4D5D6D7  `)).toBe('SECRET secret 31-47 D0D1D2D3D4D5D6D7');
  });

  it('in a chunk shorter than 32 characters, the whole run counts (the window starts at the text’s start, not before it)', () => {
    // With the window's start taken as a negative index, only the last 13 characters were read: the filler
    // then made 35 hex digits, which no key rule reads.
    expect(cut('AK=D0D1D2D3D4D5D6D7')).toBe('SECRET secret 3-19 D0D1D2D3D4D5D6D7');
    expect(cut('AK=d0d1d2d3d4d5d6d7')).toBe('SECRET secret 3-19 d0d1d2d3d4d5d6d7');
  });

  it('needs digits and hex letters both, in one case (a word of A-F letters, a number, a mixed-case run are no key begun)', () => {
    expect(cut(`${NAMED}DEADBEEFCAFEBABE`)).toBeUndefined();
    expect(cut(`${NAMED}1234567812345678`)).toBeUndefined();
    expect(cut(`${NAMED}D0d1D2d3D4d5D6d7`)).toBeUndefined();
    // (Read on with a filler of either case, a mixed-case run after an assignment's key was begun as a password.)
    expect(cut('authKey=D0d1D2d3D4d5D6d7')).toBeUndefined();
    // The same runs with both kinds of character, in one case, are begun.
    expect(cut(`${NAMED}DEADBEEF12345678`)).toBe('SECRET secret 31-47 DEADBEEF12345678');
    expect(cut(`${NAMED}deadbeef12345678`)).toBe('SECRET secret 31-47 deadbeef12345678');
  });
});
