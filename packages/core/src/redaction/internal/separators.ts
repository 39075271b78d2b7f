/**
 * The one separator mechanism of the number detectors (cards, IBANs, SSNs, national ids): groups
 * of a number are joined by one to MAX_SEPARATOR characters from space, no-break space, dash, dot,
 * slash, plus (a form-encoded space) and the bullets `•` and `·` (`4111 1111`, `4111--1111`,
 * `4111 - 1111`, `4111+1111`, `4111•1111`; the last three were stored raw, a probe of 2026-12-03),
 * or by none. Not `_`, which joins the parts of an identifier (`12345_x`, `amara_okafor`).
 */
export const isSeparator = (code: number): boolean => code === 32 || code === 45 || code === 46 || code === 47 || code === 0xa0 || code === 43 || code === 0x2022 || code === 0xb7;
/** Longest separator between two groups, in characters (`4111 - 1111`). */
export const MAX_SEPARATOR = 3;
