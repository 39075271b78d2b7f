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
