// Issue 13: the survivors of the Stryker runs of 2026-12-08 on 2026-12-07f's names-left code that
// names-2026-12-08.mutants.test.ts left (docs/TESTING.md, its row): a brand that is a common word before its
// country, a possessive country, the hospital heads and compound ends beside the academic ones in institutionSide.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';
import { detectPersons } from './names.js';
import type { Detection } from './types.js';

const found = (text: string): string[] => {
  const out: Detection[] = [];
  detectPersons(text, out);
  return out.map((d) => text.slice(d.start, d.end));
};
const persons = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));

describe('brandCountryRun and givenBeforeCountry, the survivors', () => {
  it('a brand that is a common word before the country it serves stays; a possessive country ends no name', () => {
    for (const text of ['Orange Schweiz', 'Sunrise Schweiz', 'Simple Deutschland', 'Network Deutschland', 'Provider Deutschland', "Maria Portugal's", 'Maria Portugal’s']) {
      expect([text, found(text)]).toEqual([text, []]);
    }
  });
});

describe('institutionSide, the survivors', () => {
  it("a hospital's head, a compound of one from nine letters, a university's compound from six", () => {
    for (const side of ['Leiden Ziekenhuis', 'Leiden Hospital', 'Abcklinik Nijmegen', 'Abcspital Nijmegen', 'Abczentrum Nijmegen', 'Abcumc Nijmegen', 'Xuniversiteit Nijmegen']) {
      expect([side, persons(`Anna van Dijk, ${side}`)]).toEqual([side, ['Anna van Dijk']]);
    }
    for (const side of ['Abklinik Nijmegen', 'Abumc Nijmegen']) expect([side, persons(`Anna van Dijk, ${side}`)]).toEqual([side, ['Anna van Dijk', side]]);
  });
});
