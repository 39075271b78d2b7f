// Issue 11, the twelfth probe (2026-12-05e), row O1 (test/redaction/probe-2026-12-05e.cases.md): statute
// and reporter citations, course catalogue lines and mobile network codes read as street addresses (a
// number, capitalized words, a number: the postal-code-first form `20789 Allika 46`, or Brazil's `R.` for
// `Rua`), and a state's abbreviation in a statute's name read as a person (`Cal. Civ. Code`).
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../packages/core/src/index.js';
import { timeRatio } from './linear-time.js';
import { kept, leaks, masked } from './masked-text.js';

const unchanged = (text: string) => expect(masked(text)).toBe(text);

describe('O1: citations, course lines and network codes are no addresses', () => {
  it('the probe rows', () => {
    unchanged('See Fed. R. Civ. P. 12(b)(6); the motion was denied.');
    expect(kept('Bell Atlantic Corp. v. Twombly, 550 U.S. 544 (2007)', ['550 U.S. 544 (2007)'])).toEqual([]);
    unchanged('Illinois Probate Act 755 ILCS 5/9-3 governs the claim.');
    unchanged('CHEM 101 General Chemistry 3.0 B+; HIST 140 Western Civilization 3.0 A');
    unchanged('MCC 310 MNC 260 (T-Mobile US)');
  });
  it('more of the kind: reporters, statutes, catalogues, network codes', () => {
    unchanged('The opinion is reported at 556 U.S. 662 and the earlier one at 304 U.S. 64.');
    unchanged('See 410 Ill. App. 3d 1 and 28 F.4th 1139 for the rule.');
    unchanged('Under Cal. Civ. Code 1798.100 and Tex. Fam. Code 6.101 the rule differs.');
    unchanged('Transcript: MATH 221 Linear Algebra 4.0 A-; BIOL 110 Cell Biology 3.5 B');
    unchanged('Serving cell: MCC 234 MNC 15, LAC 4417');
    unchanged('Per Fed. R. Evid. 803 the record is admissible.');
  });
  it('still masked: real addresses of these shapes, and persons beside citations', () => {
    expect(leaks('Entrega na R. Augusta, 1500, São Paulo', ['Augusta, 1500'])).toEqual([]);
    expect(leaks('Aadress: 20789 Allika 46, Tallinn', ['Allika 46'])).toEqual([]);
    expect(leaks('Postiosoite 28245 Puruntie 82', ['Puruntie 82'])).toEqual([]);
    expect(leaks('Cal Okonkwo called about 12 Orchard Lane.', ['Cal Okonkwo', 'Orchard Lane'])).toEqual([]);
    expect(leaks('I spoke with Cal. Dr. Roe joined later.', ['Cal'])).toEqual([]);
  });
  it('linear: repeated citations and course lines', () => {
    const make = (n: number) => 'See 410 Ill. App. 3d 1, Cal. Civ. Code 1798.100; CHEM 101 General Chemistry 3.0 B+; MCC 310 MNC 260. '.repeat(Math.ceil(n / 104)).slice(0, n);
    expect(timeRatio(detectSensitive, make)).toBeLessThanOrEqual(3);
  });
});
