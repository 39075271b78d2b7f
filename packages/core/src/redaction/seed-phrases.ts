// Wallet seed phrases: BIP-39 mnemonics (Bitcoin Improvement Proposal 39, "Mnemonic code for
// generating deterministic keys"). A mnemonic is 12, 15, 18, 21 or 24 words of a 2,048-word list;
// its last word carries a checksum: the first ENT/32 bits of SHA-256 of the entropy. Whoever has
// the words has the wallet, so they are a secret wherever they appear.
//
// The word list and the checksum come from `@scure/bip39` (audited, no dependencies but
// `@noble/hashes`); this file only finds the words in text.
import { validateMnemonic } from '@scure/bip39';
import { wordlist as english } from '@scure/bip39/wordlists/english.js';
import type { Detection } from './types.js';

const WORDS: ReadonlySet<string> = new Set(english);
/** The list's words as 32-bit string hashes (h = h * 31 + code), for the gate (mayHoldWordRun). */
const WORD_HASHES: ReadonlySet<number> = new Set(
  english.map((word) => {
    let hash = 0;
    for (let i = 0; i < word.length; i++) hash = (Math.imul(hash, 31) + word.charCodeAt(i)) | 0;
    return hash;
  }),
);
/**
 * A bit per value of a hash's low 16 bits, set for the hashes of WORD_HASHES (8 KiB): a word whose
 * bit is clear is on no list, answered by one read; the set is asked only when the bit is set
 * (about 3% of the bits are). Most words of prose are off the list, and the set's lookup was
 * five sixths of the gate's time on the benchmark's prose (2026-12-06).
 */
const WORD_HASH_BITS = new Int32Array(1 << 11);
for (const hash of WORD_HASHES) WORD_HASH_BITS[(hash & 0xffff) >>> 5] = (WORD_HASH_BITS[(hash & 0xffff) >>> 5] as number) | (1 << (hash & 31));
/** Whether `hash` is the hash of a word of the list (the bit first, then the set). */
const listedHash = (hash: number): boolean => ((WORD_HASH_BITS[(hash & 0xffff) >>> 5] as number) & (1 << (hash & 31))) !== 0 && WORD_HASHES.has(hash);

/** The lengths BIP-39 allows, longest first (words). */
export const BIP39_LENGTHS: readonly number[] = [24, 21, 18, 15, 12];

/** True when `word` (any case) is on BIP-39's English list. */
export function isBip39Word(word: string): boolean {
  return WORDS.has(word.toLowerCase());
}

/**
 * A candidate region: 12 or more words of 3 to 8 Latin letters (the English list's lengths) with
 * only blanks, commas, line breaks or list numbers (`1.`, `2)`) between them. Anything else
 * (a full stop, a word of 1-2 or 9+ letters, a digit inside a word) ends it, so ordinary prose
 * rarely gets this far.
 */
const REGION = /(?<![\p{L}\p{N}_'’-])(?:(?:\d{1,2}[.)][ \t]*)?[A-Za-z]{3,8}[ \t,;\r\n]{1,6}){11,}(?:\d{1,2}[.)][ \t]*)?[A-Za-z]{3,8}(?![\p{L}\p{N}_'’-])/gu;
const WORD = /[A-Za-z]+/g;
/**
 * One token of 12 to 24 words of 3 to 8 Latin letters (25 with `.`: a file extension after them), all joined by the same `-`, `_` or `.`
 * (`legal-winner-thank-…`, a phrase pasted into a file name, a slug or a config key: a probe of
 * 2026-12-03 found it stored raw).
 */
const JOINED = /(?<![\p{L}\p{N}_.-])[A-Za-z]{3,8}([-_.])[A-Za-z]{3,8}(?:\1[A-Za-z]{3,8}){10,23}(?![\p{L}\p{N}_-])(?!\1[\p{L}\p{N}])/gu;

interface Word {
  start: number;
  end: number;
  word: string;
}

/** Words of `text` from `from` to `to` (exclusive), with their offsets. */
function wordsIn(text: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m !== null && m.index < to; m = WORD.exec(text)) words.push({ start: m.index, end: m.index + m[0].length, word: m[0].toLowerCase() });
  return words;
}

/**
 * A cheap gate before REGION (one pass over the character codes, no regex, no strings): 12 words
 * of the list in a row (by their hashes), with only blanks, commas, semicolons, line breaks,
 * digits, `.` and `)` between them (list numbers), or `-` and `_` (words joined into one token). Any other word or character starts the count
 * again; most prose has a word off the list every few words (`the`, `a`, `to`), so REGION rarely runs.
 */
function mayHoldWordRun(text: string): boolean {
  let words = 0;
  let letters = 0;
  let hash = 0;
  for (let i = 0, n = text.length; i <= n; i++) {
    const code = i < n ? text.charCodeAt(i) : 32;
    const lower = code | 0x20;
    if (code < 128 && lower >= 97 && lower <= 122) {
      letters++;
      hash = (Math.imul(hash, 31) + lower) | 0;
      continue;
    }
    if (letters > 0) {
      // A word off the list ends the run (`the`, `was`: most prose); a hash shared with a list
      // word only lets a text on to REGION, which checks the words themselves.
      if (letters >= 3 && letters <= 8 && listedHash(hash)) {
        if (++words >= 12) return true;
      } else words = 0;
      letters = 0;
      hash = 0;
    }
    if (!(code === 32 || code === 10 || code === 13 || code === 9 || code === 44 || code === 59 || code === 46 || code === 41 || code === 45 || code === 95 || (code >= 48 && code <= 57))) words = 0;
  }
  return false;
}

/** The words of `run` are joined by single blanks in `text`. */
function singleBlanks(text: string, run: readonly Word[]): boolean {
  for (let i = 1; i < run.length; i++) if ((run[i] as Word).start !== (run[i - 1] as Word).end + 1 || text.charCodeAt((run[i - 1] as Word).end) !== 32) return false;
  return true;
}


/**
 * Seed phrases with no label: 12, 15, 18, 21 or 24 consecutive words of BIP-39's English list
 * (any case: `Abandon Ability …` too) whose checksum holds, masked as `SEED_PHRASE`: words joined
 * by single blanks, or one token of words joined by the same `-`, `_` or `.`. Requiring the
 * checksum keeps ordinary runs of list words out (a random run of 12 list words passes 1 time in
 * 16, of 24 words 1 in 256), and so does the region rule above. A phrase with a typo, or a phrase
 * in another language's list, is found only after its label (`secrets.ts`). O(n) in the text;
 * the checksum (one SHA-256 of at most 33 bytes) runs only on runs of 12 or more list words.
 * @param text the string to scan.
 * @param out detections are pushed here (class `secret`).
 */
export function detectSeedPhrases(text: string, out: Detection[]): void {
  if (text.length < 47 || !mayHoldWordRun(text)) return;
  REGION.lastIndex = 0;
  for (let region = REGION.exec(text); region !== null; region = REGION.exec(text)) {
    const words = wordsIn(text, region.index, region.index + region[0].length);
    let from = 0;
    while (from < words.length) {
      // The next maximal run of list words.
      while (from < words.length && !WORDS.has((words[from] as Word).word)) from++;
      let to = from;
      while (to < words.length && WORDS.has((words[to] as Word).word)) to++;
      const run = words.slice(from, to);
      // Without a label the phrase starts or ends the run of list words (at most two list words
      // beside it: `please`, `thanks`), written as wallets show it, words joined by single blanks,
      // and its checksum holds. A fresh probe of 2026-12-03 found lists of groceries or tags,
      // comma-separated or numbered, and 12-word windows inside longer runs masked (1 in 16 pass
      // the checksum by chance); those are left alone now.
      if (run.length >= 12 && run.length <= 26) {
        found: for (const length of BIP39_LENGTHS) {
          if (length > run.length) continue;
          for (const at of run.length === length ? [0] : [0, run.length - length]) {
            const window = run.slice(at, at + length);
            if (!singleBlanks(text, window)) continue;
            const normalized = window.map((w) => w.word).join(' ');
            if (!validateMnemonic(normalized, english)) continue;
            // The same phrase in any case or spacing gets the same pseudonym.
            out.push({ start: (window[0] as Word).start, end: (window[length - 1] as Word).end, type: 'SEED_PHRASE', class: 'secret', normalized });
            break found;
          }
        }
      }
      from = to;
    }
  }
  // Words joined into one token by `-`, `_` or `.`: the whole token is the phrase (every word on
  // the list, a BIP-39 length, the checksum holding), never a part of it.
  JOINED.lastIndex = 0;
  for (let token = JOINED.exec(text); token !== null; token = JOINED.exec(text)) {
    let words = token[0].toLowerCase().split(token[1] as string);
    let end = token.index + token[0].length;
    // With `.` the last word may be a file's extension (`legal.winner.….yellow.txt`).
    if (token[1] === '.' && !BIP39_LENGTHS.includes(words.length)) {
      end -= (words[words.length - 1] as string).length + 1;
      words = words.slice(0, -1);
    }
    if (!BIP39_LENGTHS.includes(words.length) || !words.every((word) => WORDS.has(word))) continue;
    const normalized = words.join(' ');
    if (!validateMnemonic(normalized, english)) continue;
    out.push({ start: token.index, end, type: 'SEED_PHRASE', class: 'secret', normalized });
  }
}

/**
 * The seed phrase right after a label at `from` (`seed phrase: Abandon ability … about thanks`):
 * the longest run of list words of a BIP-39 length that starts there, any case, with what follows
 * left alone. With a label the checksum is not required (a phrase with its checksum word mistyped is
 * as secret), but every word must be on the list. Returns the phrase's [start, end), or undefined.
 */
export function labelledSeedPhrase(text: string, from: number): [number, number] | undefined {
  const words = wordsIn(text, from, Math.min(text.length, from + 24 * 10));
  if (words.length < 12 || (words[0] as Word).start - from > 12) return undefined;
  let run = 0;
  for (; run < words.length && run < 24; run++) {
    const word = words[run] as Word;
    if (!WORDS.has(word.word)) break;
    // Only blanks, commas, line breaks and list numbers between the words.
    if (run > 0 && !/^[ \t,;\r\n]*(?:\d{1,2}[.)][ \t]*)?$/.test(text.slice((words[run - 1] as Word).end, word.start))) break;
  }
  const length = BIP39_LENGTHS.find((n) => n <= run);
  if (length === undefined) return undefined;
  return [(words[0] as Word).start, (words[length - 1] as Word).end];
}

/**
 * A list of 12, 15, 18, 21 or 24 strings, each one word of BIP-39's English list (any case,
 * blanks around it), whose checksum holds (`["legal","winner",…,"yellow"]`, a wallet export as a
 * JSON array; a probe of 2026-12-03 found it stored raw): the phrase in its normal form (lower
 * case, one blank between words), else undefined.
 */
export function mnemonicOfList(items: readonly unknown[]): string | undefined {
  if (!BIP39_LENGTHS.includes(items.length)) return undefined;
  const words: string[] = [];
  for (const item of items) {
    if (typeof item !== 'string' || item.length > 12) return undefined;
    const word = item.trim().toLowerCase();
    if (!WORDS.has(word)) return undefined;
    words.push(word);
  }
  const phrase = words.join(' ');
  return validateMnemonic(phrase, english) ? phrase : undefined;
}
