/**
 * The one separator mechanism of the number detectors (cards, IBANs, SSNs, national ids): groups
 * of a number are joined by one to MAX_SEPARATOR characters from space, no-break space, dash, dot
 * and slash (`4111 1111`, `4111--1111`, `4111 - 1111`), or by none.
 */
export const isSeparator = (code: number): boolean => code === 32 || code === 45 || code === 46 || code === 47 || code === 0xa0;
/** Longest separator between two groups, in characters (`4111 - 1111`). */
export const MAX_SEPARATOR = 3;
