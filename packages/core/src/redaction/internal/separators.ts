/**
 * The one separator mechanism of the number detectors (cards, IBANs, SSNs, national ids): groups
 * of a number are joined by one to MAX_SEPARATOR characters of one class, or by none.
 *
 * The class: space, no-break space, dot, slash, plus (a form-encoded space), and, Unicode-complete
 * (the second probe of 2026-12-04, G15: `536⁃22⁃8514`, `536‧22‧8514`, `412、67、3390` stored raw):
 * - every dash: Unicode general category Pd (Dash_Punctuation) in the BMP, `-` and U+058A,
 *   U+05BE, U+1400, U+1806, U+2010–U+2015, U+2E17, U+2E1A, U+2E3A, U+2E3B, U+2E40, U+2E5D,
 *   U+301C, U+3030, U+30A0, U+FE31, U+FE32, U+FE58, U+FE63, U+FF0D (separators.mutants.test.ts
 *   checks the list against `\p{Pd}`), the minus sign U+2212 and the hyphen bullet U+2043;
 * - bullets and middle dots: `•` U+2022, `·` U+00B7, U+2027 HYPHENATION POINT, U+30FB KATAKANA
 *   MIDDLE DOT and its half-width U+FF65;
 * - the ideographic comma and full stop U+3001, U+3002 and their half-width forms U+FF64, U+FF61.
 * (`4111 1111`, `4111--1111`, `4111 - 1111`, `4111+1111`, `4111•1111`; a probe of 2026-12-03.)
 * Not `_`, which joins the parts of an identifier (`12345_x`, `amara_okafor`): an underscore next
 * to a digit is read as a blank in the layout view (`layout-view.ts`), where a number found must
 * validate on its own.
 */
const WIDE_SEPARATORS: ReadonlySet<number> = new Set([
  // Pd (BMP, without `-`)
  0x058a, 0x05be, 0x1400, 0x1806, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2e17, 0x2e1a, 0x2e3a, 0x2e3b, 0x2e40, 0x2e5d, 0x301c, 0x3030, 0x30a0, 0xfe31, 0xfe32, 0xfe58, 0xfe63, 0xff0d,
  // minus sign, hyphen bullet
  0x2212, 0x2043,
  // bullets and middle dots
  0x2022, 0x00b7, 0x2027, 0x30fb, 0xff65,
  // ideographic comma and full stop, and their half-width forms
  0x3001, 0x3002, 0xff64, 0xff61,
  // no-break space
  0x00a0,
]);

export const isSeparator = (code: number): boolean => (code < 0x80 ? code === 32 || code === 45 || code === 46 || code === 47 || code === 43 : WIDE_SEPARATORS.has(code));
/** Longest separator between two groups, in characters (`4111 - 1111`). */
export const MAX_SEPARATOR = 3;
