// Wallet seed phrases without a label (BIP-39): a probe of 2026-12-03 found them stored raw unless
// a label came first, and after a label only in lower case with nothing after the words.
import { entropyToMnemonic, validateMnemonic } from '@scure/bip39';
import { wordlist } from '@scure/bip39/wordlists/english.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRedactor } from './redactor.js';
import { detectSensitive } from './detectors.js';
import { detectSeedPhrases, isBip39Word, labelledSeedPhrase } from './seed-phrases.js';
import type { Detection } from './types.js';

// Test vectors of BIP-39's reference implementation (trezor/python-mnemonic, vectors.json).
const VECTORS = [
  'legal winner thank year wave sausage worth useful legal winner thank yellow',
  'letter advice cage absurd amount doctor acoustic avoid letter advice cage above',
  'zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong',
  `${'abandon '.repeat(17)}agent`,
  `${'abandon '.repeat(23)}art`,
  'legal winner thank year wave sausage worth useful legal winner thank year wave sausage worth useful legal winner thank year wave sausage worth title',
];

const seeds = (text: string): string[] => {
  const out: Detection[] = [];
  detectSeedPhrases(text, out);
  return out.map((d) => text.slice(d.start, d.end));
};
const stored = (value: unknown): string => {
  const redactor = createRedactor();
  const out = redactor.redact({ type: 'tool.result', tool: { name: 'wallet.export', result: value } }) as { event?: { tool: { result: unknown } }; tool?: { result: unknown } };
  return JSON.stringify((out.event ?? out).tool?.result);
};
const capitalized = (phrase: string) => phrase.replace(/\b[a-z]/g, (c) => c.toUpperCase());

describe('BIP-39 seed phrases with no label', () => {
  it('the reference vectors are valid mnemonics (the premise of the tests below)', () => {
    for (const phrase of VECTORS) expect(validateMnemonic(phrase, wordlist), phrase).toBe(true);
  });

  it('masks a 12, 18 or 24-word mnemonic alone, in prose, in any case, with a list word or two after it', () => {
    for (const phrase of VECTORS) {
      for (const [text, expected] of [
        [phrase, phrase],
        [`I wrote it down: ${phrase}. Is that safe?`, phrase],
        [`restore with ${capitalized(phrase)} please`, capitalized(phrase)],
        [`${phrase} thank you`, phrase],
        [phrase.toUpperCase(), phrase.toUpperCase()],
      ] as const) {
        expect(seeds(text), text).toEqual([expected]);
        expect(detectSensitive(text).some((d) => d.type === 'SEED_PHRASE' && text.slice(d.start, d.end) === expected), text).toBe(true);
      }
    }
  });

  it('without a label, lists stay: numbered, one word a line, comma-separated, and 12-word windows inside longer runs (a fresh probe of 2026-12-03: grocery and tag lists were masked)', () => {
    const words = (VECTORS[0] as string).split(' ');
    for (const text of [words.map((w, i) => `${i + 1}. ${w}`).join('\n'), words.join('\n'), words.join(', '), `we stock apple banana ${words.join(' ')} more milk bread`]) {
      expect(seeds(text), text).toEqual([]);
    }
    expect(seeds('Shopping list: chicken, egg, garlic, onion, potato, tomato, rice, sugar, salt, pepper, honey, milk')).toEqual([]);
    // Twelve list words joined by single blanks whose checksum holds (1 in 16 such runs) look like a
    // phrase and are masked: that is the price of finding one with no label (docs/REDACTION.md).
    expect(seeds('bread lion report cherry access bird horse mango rice juice close start')).toHaveLength(1);
  });

  it('masks a phrase written as one token, its words joined by the same -, _ or . (a probe of 2026-12-03: stored raw), and only whole tokens', () => {
    for (const phrase of VECTORS) {
      for (const joiner of ['-', '_', '.']) {
        const token = phrase.split(' ').join(joiner);
        for (const text of [token, `wallet file ${token}.txt`, `slug=${token}&x=1`, `"${capitalized(token)}"`, `key: ${token.toUpperCase()}.`]) {
          const found = seeds(text);
          expect(found, text).toHaveLength(1);
          expect((found[0] as string).toLowerCase(), text).toBe(token.toLowerCase());
        }
        // One pseudonym with the blank-joined phrase: the same secret.
        const redactor = createRedactor();
        const pseudonym = (value: string) => /SEED_PHRASE:(psn_[a-z0-9_]+)/.exec(JSON.stringify(redactor.redact({ type: 'tool.result', tool: { name: 'x', result: value } })))?.[1];
        expect(pseudonym(token)).toBeDefined();
        expect(pseudonym(token)).toBe(pseudonym(phrase));
      }
    }
    const words = (VECTORS[0] as string).split(' ');
    // Mixed joiners, part of a longer token, a failing checksum, a word off the list: left alone.
    for (const text of [
      `${words.slice(0, 6).join('-')}_${words.slice(6).join('-')}`,
      `x-${words.join('-')}`,
      `${words.join('-')}-yellow`,
      `${words.join('_')}_v2`,
      words.slice(0, 11).concat('year').join('-'),
      words.slice(0, 11).concat('zzz').join('.'),
      'this-is-a-very-long-css-class-name-made-of-many-words-that-goes-on',
      'com.example.service.internal.billing.account.order.item.price.total.value.view',
    ]) expect(seeds(text), text).toEqual([]);
  });

  it('is stored masked in an event, the same phrase in any case under one pseudonym', () => {
    const phrase = VECTORS[1] as string;
    const lower = stored({ backup: `phrase ${phrase}` });
    expect(lower).not.toContain('advice');
    expect(lower).toMatch(/\[SEED_PHRASE:psn_/);
    const redactor = createRedactor();
    const a = JSON.stringify(redactor.redact({ type: 'tool.result', tool: { name: 'x', result: phrase } }));
    const b = JSON.stringify(redactor.redact({ type: 'tool.result', tool: { name: 'x', result: phrase.toUpperCase() } }));
    const pseudonym = (s: string) => /SEED_PHRASE:(psn_[a-z0-9_]+)/.exec(s)?.[1];
    expect(pseudonym(a)).toBeDefined();
    expect(pseudonym(a)).toBe(pseudonym(b));
  });

  it('leaves runs of list words whose checksum fails, and shorter or longer runs', () => {
    // 12 list words, last one changed: the checksum no longer holds.
    expect(seeds('legal winner thank year wave sausage worth useful legal winner thank year')).toEqual([]);
    // Ordinary prose made of list words (every word is on the list).
    const prose = 'please review this account order about above they what when there more other into just also only like over first good';
    expect(prose.split(' ').every(isBip39Word)).toBe(true);
    expect(seeds(prose)).toEqual([]);
    // 11 words; a phrase glued to letters or digits.
    expect(seeds((VECTORS[0] as string).split(' ').slice(0, 11).join(' '))).toEqual([]);
    expect(seeds(`x${VECTORS[0]}`)).toEqual([]);
    expect(seeds(`${VECTORS[0]}7`)).toEqual([]);
  });

  it('property: the mnemonic of any 128 to 256-bit entropy is found between two sentences, and only it', () => {
    fc.assert(
      fc.property(fc.constantFrom(16, 20, 24, 28, 32).chain((n) => fc.uint8Array({ minLength: n, maxLength: n })), (entropy) => {
        const phrase = entropyToMnemonic(entropy, wordlist);
        const text = `Here is the backup, as you asked.\n${phrase}\nDo not share it.`;
        expect(seeds(text)).toEqual([phrase]);
      }),
      { seed: 20261203, numRuns: 300 },
    );
  });

  it('property: random runs of list words rarely pass (the checksum), and never when the last word is wrong for every checksum', () => {
    let passed = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...wordlist), { minLength: 12, maxLength: 12 }), (words) => {
        const found = seeds(words.join(' '));
        if (found.length > 0) passed++;
        expect(found.length > 0).toBe(validateMnemonic(words.join(' '), wordlist));
      }),
      { seed: 7, numRuns: 800 },
    );
    // 1 in 16 pass by chance: well under a quarter of 800.
    expect(passed).toBeLessThan(200);
  });
});

describe('a seed phrase after its label (labelledSeedPhrase)', () => {
  const phrase = VECTORS[0] as string;
  it('takes the longest BIP-39 length of list words, any case, and stops at the first word off the list', () => {
    const text = `seed phrase: ${capitalized(phrase)} thanks a lot`;
    const at = text.indexOf(':') + 2;
    expect(labelledSeedPhrase(text, at)).toEqual([at, at + phrase.length]);
    // A typo in the checksum word is as secret: the label is enough.
    const typo = phrase.replace(/yellow$/, 'year');
    expect(labelledSeedPhrase(`mnemonic: ${typo}`, 10)).toEqual([10, 10 + typo.length]);
    // Fewer than 12 list words, or a word off the list among them.
    expect(labelledSeedPhrase(`seed: ${phrase.split(' ').slice(0, 11).join(' ')} thanks`, 6)).toBeUndefined();
    expect(labelledSeedPhrase(`seed: ${phrase.replace('wave', 'wavy')}`, 6)).toBeUndefined();
    // Punctuation other than commas between the words ends the phrase.
    expect(labelledSeedPhrase(`seed: legal winner thank. year wave sausage worth useful legal winner thank yellow`, 6)).toBeUndefined();
  });
});
