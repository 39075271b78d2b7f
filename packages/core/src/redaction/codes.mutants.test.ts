// In-process tests of the detections added on 2026-12-03 (a7142db, ff5c143) written from the
// survivors of a Stryker run (docs/TESTING.md, the codes row): one-time codes (secrets.ts
// `codeLike`, the code before its label), backup and recovery codes (`backupCode`), wallet seed
// phrases, the KVNR check digit and the count after a bare account number (health-ids.ts
// `kvnrValid`, `countAfter`). Direct calls, no redactor: a mutant is killed in milliseconds.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';
import { detectHealthIds, kvnrValid } from './health-ids.js';
import { detectOtherSecrets } from './secrets.js';
import type { Detection } from './types.js';

/** What detectOtherSecrets finds, as `TYPE:text`. */
const other = (text: string): string[] => {
  const out: Detection[] = [];
  detectOtherSecrets(text, out, (v) => v === 'PLACEHOLDER');
  return out.map((d) => `${d.type}:${text.slice(d.start, d.end)}`);
};
const health = (text: string): string[] => {
  const out: Detection[] = [];
  detectHealthIds(text, out, [...text].filter((c) => c >= '0' && c <= '9').length, () => false);
  return out.map((d) => `${d.type}:${text.slice(d.start, d.end)}`);
};

describe('one-time codes: the shape after a code label (codeLike)', () => {
  const code = (value: string) => other(`verification code: ${value}`);
  it('masks 4-12 digits, 2-4 digit groups of 2-6, 1-3 capitals and a dash before 4-10 digits, 4-10 capitals and digits with two digits', () => {
    for (const value of ['481516', '481-516', '12-34-56', '48-15-16-23', 'G-481516', 'GG-481516', 'ABC-4815', 'AB12CD', 'AB12', '12AB', 'A1B2C3D4E5']) {
      expect(code(value), value).toEqual([`PASSWORD:${value}`]);
    }
  });
  it('keeps other lengths and shapes: 13 digits, 5 groups, 11 digits after a prefix, 4 capitals before the dash, one digit, small letters', () => {
    for (const value of ['1234567890123', '12-34-56-78-90', '12-34-5', 'v12-34', 'G-12345678901', 'ABCD-481516', 'A1B2C3D4E5F6', 'AB1CDE', 'abcd12EF', 'ab1234']) {
      expect(code(value), value).toEqual([]);
    }
  });
  it('the code before its label: not a year; código with an accent', () => {
    expect(other('2024 is your verification code')).toEqual([]);
    expect(other('4815 is your verification code')).toEqual(['PASSWORD:4815']);
    expect(other('481516 é o seu código')).toEqual(['PASSWORD:481516']);
  });
});

describe('backup codes (backupCode)', () => {
  it('a code has 6 or more letters and digits, dashes and the middle blank aside', () => {
    expect(other('Backup codes: 7f2k9x')).toEqual(['PASSWORD:7f2k9x']);
    expect(other('Backup codes: 7f2k9')).toEqual([]);
    expect(other('Backup codes: 12-34')).toEqual([]);
    expect(other('Backup codes: 12 left')).toEqual([]);
    expect(other('Backup codes: 123-456')).toEqual(['PASSWORD:123-456']);
  });
  it('códigos with an accent', () => {
    expect(other('códigos de respaldo: 7f2k-9x3m')).toEqual(['PASSWORD:7f2k-9x3m']);
  });
});

describe('seed phrases: the labels and the end of the phrase', () => {
  const phrase = 'abandon ability able about above absent absorb abstract absurd abuse access accident';
  it('masks the phrase after every label, `wallet words`, `recovery words`, `backup words`, `BIP39` included', () => {
    for (const label of ['wallet words', 'recovery words', 'backup words', 'secret words', 'seed words', 'BIP39', 'BIP 39', 'BIP-39', 'bip 39 words', 'BIP-39 mnemonic']) {
      expect(other(`${label}: ${phrase}`), label).toEqual([`SEED_PHRASE:${phrase}`]);
    }
  });
  it('a linking verb after the label, plural and other languages too: are, were, ist, sono, est', () => {
    for (const label of ['My recovery words are', 'the seed words were', 'Meine Wiederherstellungsphrase ist', 'le mie seed words sono', 'Le seed est']) {
      expect(other(`${label} ${phrase}`), label).toEqual([`SEED_PHRASE:${phrase}`]);
    }
    expect(other('the recovery words are written on paper and kept in a safe place by the owner')).toEqual([]);
  });
  it('ends at the text\'s end, punctuation, a line of its own, or the first word off the BIP-39 list', () => {
    expect(other(`seed phrase: ${phrase}. Keep it safe`)).toEqual([`SEED_PHRASE:${phrase}`]);
    expect(other(`seed phrase: ${phrase} (12 words)`)).toEqual([`SEED_PHRASE:${phrase}`]);
    expect(other(`seed phrase: ${phrase},\t(12 words)`)).toEqual([`SEED_PHRASE:${phrase}`]);
    // More words after the phrase (a probe of 2026-12-03: stored raw): the word list ends it.
    for (const after of [' Thanks', '\tThanks', ', Thanks', ',Thanks', ' 2x', ' and then some more words']) expect(other(`seed phrase: ${phrase}${after}`), JSON.stringify(after)).toEqual([`SEED_PHRASE:${phrase}`]);
    // Capitalized words too; a 13th list word is not part of a 12-word phrase.
    const capitalized = phrase.replace(/\b[a-z]/g, (c) => c.toUpperCase());
    expect(other(`Seed phrase: ${capitalized} Thanks`)).toEqual([`SEED_PHRASE:${capitalized}`]);
    expect(other(`seed phrase: ${phrase} about`)).toEqual([`SEED_PHRASE:${phrase}`]);
    // Off-list words with more words after them stay prose: no phrase of a BIP-39 length ends there.
    expect(other('seed phrase: twelve words written down plainly then stored away somewhere quite safe and dry')).toEqual([]);
  });
});

describe('KVNR (kvnrValid, GKV-Spitzenverband, Richtlinien nach § 290 SGB V, Anlage 1)', () => {
  /** The check digit from the rule: the letter's place as two digits, then the eight digits; weights 1, 2; digit sums; mod 10. */
  const check = (letter: string, eight: string): string => {
    const digits = String(letter.charCodeAt(0) - 64).padStart(2, '0') + eight;
    let sum = 0;
    [...digits].forEach((d, i) => {
      const product = Number(d) * (i % 2 === 0 ? 1 : 2);
      sum += Math.floor(product / 10) + (product % 10);
    });
    return String(sum % 10);
  };
  it('accepts exactly the check digit of the rule, for every letter', () => {
    const eights = ['12345678', '99999999', '90909090', '09090909', '45454545', '00000000'];
    for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
      for (const eight of eights) {
        const right = check(letter, eight);
        for (const digit of '0123456789') expect(kvnrValid(`${letter}${eight}${digit}`), `${letter}${eight}${digit}`).toBe(digit === right);
      }
    }
    expect(kvnrValid('A123456780')).toBe(true);
  });
  it('refuses other shapes, even with the digit the rule would give', () => {
    // AA000000000: its last ten characters are a KVNR's shape, and the rule run on all eleven gives its last digit.
    for (const value of ['AA000000000', 'A1234567800', 'a123456780', 'AA123456780', '1A23456780', 'A12345678']) expect(kvnrValid(value), value).toBe(false);
  });
  it('a count after a labelled KVNR is no count: only a bare account number is judged so', () => {
    expect(health('KVNR: A123456780 entries')).toEqual(['HEALTH_PLAN_ID:A123456780']);
  });
});

describe('the count after a bare account number (countAfter)', () => {
  it('a plural word of 3+ small letters after the number is what it counts; not a word in ss, nor a word not in s', () => {
    expect(health('Account: 1234567 tickets closed')).toEqual([]);
    expect(health('Account: 1234567 closed')).toEqual(['ACCOUNT_NUMBER:1234567']);
    expect(health('Account 12345678 access')).toEqual(['ACCOUNT_NUMBER:12345678']);
    expect(health('Account 12345678 belongs to Bob')).toEqual(['ACCOUNT_NUMBER:12345678']);
  });
});

describe('a placeholder at the end of a sentence (found from the survivor at secrets.ts 439)', () => {
  const passwords = (text: string) => detectSensitive(text).filter((d) => d.type === 'PASSWORD').map((d) => text.slice(d.start, d.end));
  it('is no password: trimming the full stop took its closer (`<password`, `[redacted`)', () => {
    for (const text of ['the password is <password>.', 'the password is [redacted].', 'your token is <your-token>!', 'the password is <password>?!', 'the password is <password>']) expect(passwords(text), text).toEqual([]);
  });
  it('a password or a spaced code before the full stop is still masked', () => {
    expect(passwords('the password is Hunter2!.')).toEqual(['Hunter2!']);
    expect(passwords('Your code is: 4 8 1 5 1 6.')).toEqual(['4 8 1 5 1 6']);
    expect(passwords('your PIN is 4821.')).toEqual(['4821']);
    // Only the punctuation at the end goes: `x.xxx` without its dot would read as a placeholder.
    expect(passwords('the password is x.xxx')).toEqual(['x.xxx']);
  });
});

describe('a count after a code label is a number alone (8658f15, measured again on 2026-12-03)', () => {
  it('a code with letters before or after its digits stays a code before a plural word', () => {
    const found = (text: string) => detectSensitive(text).map((d) => text.slice(d.start, d.end));
    expect(found('Your code is 3000 lines')).toEqual([]);
    expect(found('Your code is AB3000 lines').join(' ')).toContain('AB3000');
    expect(found('Your code is 3000AB lines').join(' ')).toContain('3000AB');
  });
});
