/** Character classes of the ASCII-only scanners (national ids, health ids, obfuscated emails). */

/** An ASCII letter or digit (UTF-16 code unit). */
export const isAsciiAlnum = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** How many ASCII digits `value` holds. */
export function countDigits(value: string): number {
  let count = 0;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code >= 48 && code <= 57) count++;
  }
  return count;
}

/** How many times the UTF-16 code unit `code` stands in `value`. */
export function countCharacter(value: string, code: number): number {
  const character = String.fromCharCode(code);
  let count = 0;
  for (let index = value.indexOf(character); index !== -1; index = value.indexOf(character, index + 1)) count++;
  return count;
}

/** How many ASCII capitals (`A`-`Z`) `value` holds: the fewest a case-sensitive `[A-Z]` pattern's match needs bounds it. */
export function countCapitals(value: string): number {
  let count = 0;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code >= 65 && code <= 90) count++;
  }
  return count;
}

/**
 * Whether `text` holds `min` or more consecutive code units that `table` marks (a `Uint8Array` of
 * 128 flags over ASCII; any code of 128 or more ends a run). `min` >= 1.
 *
 * Reads about one character in `min` where runs are short, as prose's are: it looks at the last
 * character of each window of `min`; one outside the table rules out every window through it, and
 * one inside is extended both ways to its run's ends. Linear at worst (each character is read at
 * most twice). The same answer as `new RegExp(`[…]{${min}}`).test(text)`, which tries every position.
 */
export function hasRunOf(text: string, table: Uint8Array, min: number): boolean {
  const n = text.length;
  const marked = (index: number) => {
    const code = text.charCodeAt(index);
    return code < 128 && table[code] === 1;
  };
  // No run reaches back before `floor` (the character before it is outside the table, or it is 0).
  let floor = 0;
  let probe = min - 1;
  while (probe < n) {
    if (!marked(probe)) {
      floor = probe + 1;
      probe = floor + min - 1;
      continue;
    }
    let start = probe;
    while (start > floor && marked(start - 1)) start--;
    let end = probe + 1;
    while (end < n && end - start < min && marked(end)) end++;
    if (end - start >= min) return true;
    floor = end + 1;
    probe = floor + min - 1;
  }
  return false;
}

/**
 * `text.includes(needle)`, searched by the needle's character at `anchor` (0 <= anchor <
 * needle.length): each place that character is at is a candidate, `anchor` characters into it.
 * For a needle whose first character is common in prose (` key`, `ecovery`, ` on `) and another
 * rare (`k`, `v`, `n`): `includes` stops at every blank or `e` of the text, where this stops at
 * the rare one (`String.prototype.indexOf` of one character; 2026-12-06, issue 19). The same
 * answer: every occurrence of the needle holds its anchor character `anchor` characters in, at or
 * after `anchor` in the text, and each such place is checked with `startsWith`.
 */
export function includesBy(text: string, needle: string, anchor: number): boolean {
  const character = needle[anchor] as string;
  for (let at = text.indexOf(character, anchor); at !== -1; at = text.indexOf(character, at + 1)) {
    if (text.startsWith(needle, at - anchor)) return true;
  }
  return false;
}
