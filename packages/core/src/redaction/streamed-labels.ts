// A value's label at the end of one streamed chunk and the value at the start of the next (L3 of
// the README-only probe of 2026-12-06b; issue 11): token streams cut between a label and its value
// as often as inside a value (`Your new password is ` + `Kiwi!Banana-2026 — …`, `…,"cvv":"` +
// `737","exp":…`, `MRN ` + `00482913 was admitted`). The label's chunk holds no part of the value,
// and the next chunk's value has no label before it, so neither chunk alone is read as the whole
// text is. These readers find such a label at a string's end (the redactor keeps the end and reads
// the next chunk's start with it in front: redactor.ts noteEnd, continuedSpans) and the value that
// follows a JSON member's name. Each reads a bounded window (LABEL_WINDOW characters), so the work
// per chunk is constant and a stream costs linear time.

/** Characters of a string's end read for a label (three words of a label and their separators fit). */
const LABEL_WINDOW = 64;
/**
 * Characters of a string's end read for a JSON or Python member's quoted name, its `:` and an opening
 * quote: a name of up to 128 characters (the longest the key rules decide for, redactor.ts keyDecision)
 * and up to four blanks around the `:`. Names longer than the kept end of a chunk (48 characters) were
 * left unread and their values stored raw (`{"primary_cardholder_billing_card_verification_cvv":"` +
 * `737",…`; issue 11, open part of L3 of the probe of 2026-12-06b).
 */
export const MEMBER_NAME_WINDOW = 136;
/** Characters of a JSON member's value read after its name (a secret or an id is shorter). */
const MAX_MEMBER_VALUE = 128;
/** Words between a label and its value in prose: `password is`, `PIN was`. */
const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were']);

/**
 * A label at the very end of `text`: one to three words that `decides` takes as a member name
 * (the redactor's key rules: a secret's, an identifier's, a date of birth's, a number's name),
 * then a copula (`is`, `was`) or `:`, `=`, `：`, or nothing, then blanks and an opening quote,
 * each optional. A JSON or Python member's quoted name then `:` and an opening quote, or none
 * (`"cvv":"`, `'api_key': '`, `"card_number":`) is a label too. Returns the label (a member's
 * name or the words), whether it was a quoted member's name, and the value's opening quote that
 * ends the string (0: none), or undefined (no label, or one `decides` refuses). Reads at most
 * LABEL_WINDOW characters back from the end (MEMBER_NAME_WINDOW for a member's quoted name); the names tried are the words as written, joined by
 * one blank (`date of birth`, `API key`, `DB_PASSWORD`), the longest first.
 */
export function labelAtEnd(text: string, decides: (name: string) => boolean): { name: string; member: boolean; open: number } | undefined {
  const floor = Math.max(0, text.length - LABEL_WINDOW);
  const nameFloor = Math.max(0, text.length - MEMBER_NAME_WINDOW);
  let at = text.length;
  const blanksBack = (): void => {
    while (at > floor && isBlank(text.charCodeAt(at - 1))) at--;
  };
  blanksBack();
  // An opening quote of the value (`"cvv":"`, `password: '`).
  const open = at > floor && isQuote(text.charCodeAt(at - 1)) ? text.charCodeAt(at - 1) : 0;
  if (open !== 0) {
    at--;
    blanksBack();
  }
  const separated = at > floor && isLabelSeparator(text.charCodeAt(at - 1));
  if (separated) {
    at--;
    blanksBack();
    // A member's quoted name: `"cvv"`, `'api_key'`.
    const quote = at > floor ? text.charCodeAt(at - 1) : 0;
    if (isQuote(quote)) {
      const end = at - 1;
      let start = end;
      while (start > nameFloor && text.charCodeAt(start - 1) !== quote && text.charCodeAt(start - 1) !== 10 && text.charCodeAt(start - 1) !== 92) start--;
      if (start === nameFloor || text.charCodeAt(start - 1) !== quote || start === end) return undefined;
      const name = text.slice(start, end);
      return decides(name) ? { name, member: true, open } : undefined;
    }
  }
  // Up to three words of a label, a copula after them when no `:` or `=` was.
  const words: string[] = [];
  while (words.length < 4 && at > floor) {
    const end = at;
    while (at > floor && isWordCode(text.charCodeAt(at - 1))) at--;
    if (at === end) break;
    const word = text.slice(at, end);
    // A label's words hold a letter (`536-22-` is a value cut short, read by the number rules).
    if (!/\p{L}/u.test(word)) break;
    if (words.length === 0 && !separated && COPULAS.has(word.toLowerCase())) {
      // The copula is no word of the label.
    } else words.unshift(word);
    if (at === floor || !isBlank(text.charCodeAt(at - 1))) break;
    at--;
    if (words.length === 3) break;
  }
  for (let k = Math.min(3, words.length); k >= 1; k--) {
    const name = words.slice(words.length - k).join(' ');
    if (decides(name)) return { name, member: false, open };
  }
  return undefined;
}

/**
 * The value at the start of `text` that follows a JSON or Python member's name cut at the last
 * chunk's end (`737` of `737","exp":…` after `"cvv":"`). `open`: the value's opening quote that
 * ended the last chunk (0: none). The value runs to its closing quote (no escape, no line break in
 * it; a string that ends before it ends the value's part in it); with no opening quote, after blanks, a quoted value or an unquoted number or word up to `,`,
 * `}`, `]`, `;` or a blank. Its start and end in `text`, or undefined (empty, longer than
 * MAX_MEMBER_VALUE, or no closing quote within it).
 */
export function memberValueAtStart(text: string, open: number): { start: number; end: number } | undefined {
  let start = 0;
  if (open === 0) while (start < text.length && isBlank(text.charCodeAt(start))) start++;
  const quote = open !== 0 ? open : text.charCodeAt(start);
  if (open === 0 && isQuote(quote)) start++;
  const limit = Math.min(text.length, start + MAX_MEMBER_VALUE + 1);
  let end = start;
  if (isQuote(quote)) {
    while (end < limit && text.charCodeAt(end) !== quote && text.charCodeAt(end) !== 92 && text.charCodeAt(end) !== 10) end++;
    // The string ends inside the value (a value cut again): the value's part up to the end. (The
    // loop's limit is at most the string's end, so the end is asked first: a test of `end < limit`
    // here never held, and a value cut again was stored raw.)
    if (end === text.length) return end > start && end - start <= MAX_MEMBER_VALUE ? { start, end } : undefined;
    if (end === limit || text.charCodeAt(end) !== quote) return undefined;
  } else {
    while (end < limit && !isBlank(text.charCodeAt(end)) && !VALUE_END.has(text.charCodeAt(end))) end++;
    if (end === limit && end < text.length) return undefined;
  }
  return end > start && end - start <= MAX_MEMBER_VALUE ? { start, end } : undefined;
}

/** `,` `}` `]` `;` `"` `'`: where an unquoted member value ends. */
const VALUE_END: ReadonlySet<number> = new Set([44, 125, 93, 59, 34, 39]);
const isBlank = (code: number): boolean => code === 32 || code === 9 || code === 0xa0;
const isQuote = (code: number): boolean => code === 34 || code === 39;
/** `:`, `=`, the full-width colon. */
const isLabelSeparator = (code: number): boolean => code === 58 || code === 61 || code === 0xff1a;
/** A label word's character: a letter or digit of any script, `_`, `-`, `.` (`DB_PASSWORD`, `one-time`, `no.`). */
function isWordCode(code: number): boolean {
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 45 || code === 46) return true;
  return code > 127 && /[\p{L}\p{M}\p{N}]/u.test(String.fromCharCode(code));
}
