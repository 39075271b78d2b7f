// A person's name inside a file name or an object key, its words joined by `_`, `-` or `.`
// (payslips, passport scans, referral letters, KYC uploads, mail attachments): L20 of
// probe-2026-12-06 (issue 11). `Payslip_Thandiwe_Ndlovu_Nov2026.pdf`, `Ndlovu_Thandiwe_ID.jpg`,
// `leota.tavita.drivers-licence.png` were stored raw in directory listings, S3 keys and `filename`
// members: the joiners glue the words into one identifier, which the name rules leave alone.
import type { Detection } from './types.js';
import { isListedPersonName, isRecordNameWord } from './names.js';

/** A file's extension of a document, an image, a mail or an archive, at a word's end. */
const FILE_EXTENSION = /\.(?:pdf|jpe?g|png|gif|heic|heif|tiff?|bmp|webp|docx?|odt|rtf|txt|xlsx?|ods|csv|pptx?|eml|msg|zip)(?![\p{L}\p{N}])/giu;
const mayHoldFileName = (text: string): boolean => text.includes('.') && FILE_EXTENSION.test(text);

/** How far before its extension a file's name is read (characters): bounds the work per extension. */
const STEM_WINDOW = 120;

/**
 * Words of documents that name a person (a person's own papers, KYC, HR, health, bank): a file
 * name holding one of them is a person's document, and two to four name words beside them are its
 * owner. Never name words themselves (`KYC_Selin_…`, `MRI_Report_…`, `…_CV.pdf`).
 */
const PERSONAL_DOCUMENT_WORDS = new Set(`payslip payslips paystub paystubs salary passport passports scan scanned id ids identity bank statement
statements referral letter reference references contract contracts signed mri ct xray x-ray report reports drivers driver driving licence
license utility bill bills kyc cv resume photo selfie proof poa invoice p60 p45 w2 w-2 tax return lease agreement medical record records lab
results consent form application birth certificate visa permit card nda offer payroll discharge summary prescription rx insurance claim
policy ssn dob nin bvn aadhaar pan ein itin`.split(/\s+/));

/** A part of a file's stem: its offsets in the text and its letters. */
interface Part {
  start: number;
  end: number;
  word: string;
}

/**
 * A name's word of the file: letters only, combining marks after them allowed (macOS writes file
 * names decomposed, NFD: `José` as `Jose` + U+0301), read in its composed form (NFC) as a record's
 * name word (a listed name, or an unknown word that is no English one).
 */
function nameWord(word: string): boolean {
  if (word.length < 3 || !/^\p{L}[\p{L}\p{M}]*$/u.test(word)) return false;
  const composed = word.normalize('NFC');
  if (composed.length < 3 || PERSONAL_DOCUMENT_WORDS.has(composed.toLowerCase())) return false;
  return isRecordNameWord(composed.charAt(0).toUpperCase() + composed.slice(1).toLowerCase());
}

/**
 * Finds persons' names in the file names of `text`: for each document extension (FILE_EXTENSION),
 * its stem (letters, digits, `_`, `-`, `.`, at most STEM_WINDOW characters back) split at `_`, `-`
 * and `.`; two to four name words in a row (nameWord: `Ana_Lucia_Ferreira_Santos`, two given names and two surnames) are a person's name when the stem holds a
 * personal document's word (PERSONAL_DOCUMENT_WORDS: `Payslip_…`, `…_ID.jpg`, `…-bank-statement`) or
 * one of them is a listed given name or surname. A lone name word stays, and so do stems of
 * English words (`Quarterly_Report_Q3_2026`, `Monthly_Bank_Statement_Template`), places and
 * eponyms (`London_Office_Lease`, `Parkinson_Disease_…`) and unknown words with no document's word
 * and no listed name (`Acme_Globex_merger_terms`).
 *
 * @param text any string (a directory listing, a path, an S3 key, a `filename` member's value)
 * @param out detections are appended here: `{ type: 'PERSON', class: 'pii.person' }`, spans in UTF-16
 *   code units from the first name word to the last, the joiners between them included; `normalized`
 *   the words in lower case joined by single spaces, as the same name written with blanks (session memory
 *   then masks `Thandiwe Ndlovu` where it recurs)
 */
export function detectFileNamePersons(text: string, out: Detection[]): void {
  if (!mayHoldFileName(text)) return;
  FILE_EXTENSION.lastIndex = 0;
  for (const match of text.matchAll(FILE_EXTENSION)) {
    const dot = match.index as number;
    let start = dot;
    while (start > 0 && dot - start < STEM_WINDOW && /[\p{L}\p{M}\p{N}_.-]/u.test(text.charAt(start - 1))) start--;
    if (start === dot) continue;
    const parts: Part[] = [];
    for (const piece of text.slice(start, dot).matchAll(/[^_.-]+/gu)) {
      const at = start + (piece.index as number);
      parts.push({ start: at, end: at + piece[0].length, word: piece[0] });
    }
    const personal = parts.some((part) => PERSONAL_DOCUMENT_WORDS.has(part.word.toLowerCase()));
    // One name word before the stem, a blank between (`Hildegard Brunnhuber_03071948.pdf`): the stem's first word's given name.
    const before = parts.length > 0 && (parts[0] as Part).start === start ? SPACED_WORD_BEFORE.exec(text.slice(Math.max(0, start - 32), start)) : null;
    if (before !== null && nameWord(before[1] as string) && /^\p{Lu}/u.test(before[1] as string)) parts.unshift({ start: start - before[0].length, end: start - 1, word: before[1] as string });
    let k = 0;
    while (k < parts.length) {
      if (!nameWord((parts[k] as Part).word)) {
        k++;
        continue;
      }
      let end = k + 1;
      while (end < parts.length && nameWord((parts[end] as Part).word) && (parts[end] as Part).start === (parts[end - 1] as Part).end + 1) end++;
      const run = parts.slice(k, end);
      if (run.length >= 2 && run.length <= 4 && (personal || run.some((part) => isListedPersonName(part.word.normalize('NFC'))))) {
        const normalized = run.map((part) => part.word.normalize('NFC').toLowerCase()).join(' ');
        out.push({ start: (run[0] as Part).start, end: (run[run.length - 1] as Part).end, type: 'PERSON', class: 'pii.person', normalized });
      }
      k = end;
    }
  }
}

/** A blank and one word of letters right before a file's stem (`Hildegard Brunnhuber_03071948.pdf`: `Hildegard`). */
const SPACED_WORD_BEFORE = /(?<![\p{L}\p{M}\p{N}_.-])(\p{L}[\p{L}\p{M}]{2,30}) $/u;

/**
 * A date of birth right after a person's name in a file's name (F13 of the README-only leak probe of
 * 2026-12-07: `Brunnhuber_Hildegard_03071948.pdf`, `…/[PERSON]_03071948.pdf` kept the date): for each PERSON
 * found by any rule from `from` on, `_` or `-` at its end, then eight digits that are a valid date as
 * `DDMMYYYY`, `MMDDYYYY` or `YYYYMMDD`, or `YYYY-MM-DD`, then the rest of a file's name (no letter or digit
 * glued, at most 80 characters of a name to a document's extension). Only a year of birth is read (1900 to ten
 * years before now): a document's date beside a name (`Payslip_…_20261101.pdf`) is the document's. Bounded:
 * one sticky match of at most 92 characters at each name's end.
 */
const COMPACT_DATE_AFTER = /[_-](\d{8}|\d{4}-\d{2}-\d{2})(?![\p{L}\p{N}])(?=[\p{L}\p{M}\p{N}_.-]{0,80}?\.(?:pdf|jpe?g|png|gif|heic|heif|tiff?|bmp|webp|docx?|odt|rtf|txt|xlsx?|ods|csv|pptx?|eml|msg|zip|dcm|xml|json|hl7)(?![\p{L}\p{N}]))/iuy;
export function detectFileNameBirthDates(text: string, out: Detection[], from: number): void {
  const count = out.length;
  for (let i = from; i < count; i++) {
    const person = out[i] as Detection;
    if (person.type !== 'PERSON') continue;
    const code = text.charCodeAt(person.end);
    if (code !== 95 && code !== 45) continue;
    COMPACT_DATE_AFTER.lastIndex = person.end;
    const match = COMPACT_DATE_AFTER.exec(text);
    if (match === null || !birthDate(match[1] as string)) continue;
    const start = person.end + 1;
    out.push({ start, end: start + (match[1] as string).length, type: 'DOB', class: 'pii.date_of_birth', normalized: match[1] as string });
  }
}

/** Whether `19480703`, `03071948`, `07031948` or `1948-07-03` is a valid date of a year of birth (1900 to ten years before now). */
function birthDate(value: string): boolean {
  const date = value.replace(/-/g, '');
  const latest = new Date().getUTCFullYear() - 10;
  const valid = (year: number, month: number, day: number) => year >= 1900 && year <= latest && month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
  const n = (a: number, b: number) => Number(date.slice(a, b));
  return valid(n(0, 4), n(4, 6), n(6, 8)) || (!value.includes('-') && (valid(n(4, 8), n(2, 4), n(0, 2)) || valid(n(4, 8), n(0, 2), n(2, 4))));
}
