// A text as detectSensitive() would leave it, for tests that ask which values stay readable:
// each detection replaced by `[TYPE]` (overlaps: the first one wins).
import { detectSensitive } from '@agent-audit/core';

/** The text with each detection replaced by `[TYPE]`. */
export const masked = (text: string): string => {
  let out = '';
  let at = 0;
  for (const d of detectSensitive(text)) {
    if (d.start < at) continue;
    out += `${text.slice(at, d.start)}[${d.type}]`;
    at = d.end;
  }
  return out + text.slice(at);
};
/** The values still readable in the masked text (a leak each). */
export const leaks = (text: string, values: readonly string[]): string[] => values.filter((v) => masked(text).includes(v));
/** The values no longer readable in the masked text (each one masked though it should stay). */
export const kept = (text: string, values: readonly string[]): string[] => values.filter((v) => !masked(text).includes(v));
