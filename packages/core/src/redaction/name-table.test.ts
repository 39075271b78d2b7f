// The name lists' binary table (name-table.ts, written by scripts/name-table.mjs at build time;
// issue 19) answers exactly what the lists say: the committed table against the committed text
// lists (the form people read and diff), word by word, and look-alikes of every word that are in no
// list. A wrong kind bit, a lost word or a word found that is not there would change what the
// person detector reads.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openNameTable, WORD_KIND } from './name-table.js';

const here = dirname(fileURLToPath(import.meta.url));
const data = join(here, '..', '..', 'assets', 'data');
const encoder = async (): Promise<{ encodeNameTable: (lists: Record<string, string[]>) => Uint8Array }> => (await import(join(here, '..', '..', 'scripts', 'name-table.mjs') as string)) as { encodeNameTable: (lists: Record<string, string[]>) => Uint8Array };

/** The text lists: NAME<TAB>entries, each entry <shared prefix length as 'a'+n><rest>, joined by '|'. */
function textLists(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const line of readFileSync(join(data, 'person-names.txt'), 'utf8').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab <= 0 || line.startsWith('#')) continue;
    const words = new Set<string>();
    let previous = '';
    for (const part of line.slice(tab + 1).split('|')) {
      const entry = previous.slice(0, part.charCodeAt(0) - 97) + part.slice(1);
      words.add(entry);
      previous = entry;
    }
    out.set(line.slice(0, tab), words);
  }
  return out;
}

/** names.ts wordHash of a whole word. */
function lowerKeepHash(word: string): number {
  let hash = 0x811c9dc5;
  for (let k = 0; k < word.length; k++) hash = Math.imul(hash ^ (word.charCodeAt(k) | 32), 16777619);
  return hash & 0x3fffffff;
}

describe('the name table', () => {
  const lists = textLists();
  const sections: Array<[string, number]> = [
    ['FIRST_NAMES', WORD_KIND.first],
    ['SURNAMES', WORD_KIND.last],
    ['AMBIGUOUS_FIRST_NAMES', WORD_KIND.ambiguousFirst],
    ['AMBIGUOUS_SURNAMES', WORD_KIND.ambiguousLast],
    ['FREQUENT_WORDS', WORD_KIND.frequent],
  ];
  const table = openNameTable(readFileSync(join(data, 'person-names.bin')));
  const all = new Set<string>();
  for (const [name] of sections) for (const word of lists.get(name) ?? []) all.add(word);

  it('gives every word of the text lists its lists, and no other', () => {
    expect(all.size).toBeGreaterThan(60_000);
    const wrong: string[] = [];
    for (const word of all) {
      const expected = sections.reduce((kind, [name, bit]) => kind | (lists.get(name)?.has(word) ? bit : 0), 0);
      if (table.kindOf(word) !== expected) wrong.push(word);
    }
    expect(wrong).toEqual([]);
  });

  it('finds no look-alike of a listed word that is in no list (a letter more or less, another case, a letter past Latin-1)', () => {
    const found: string[] = [];
    for (const word of all) {
      for (const other of [`${word}x`, word.slice(1), word.slice(0, -1), word.toUpperCase(), `q${word}`, `${word}ł`, `${word}\u0000`]) {
        if (!all.has(other) && table.kindOf(other) !== 0) found.push(other);
      }
    }
    expect(found).toEqual([]);
    expect(table.kindOf('')).toBe(0);
    expect(table.kindOf('a'.repeat(300))).toBe(0);
  });

  it('keeps the lower-case hashes of the listed first names, surnames and ambiguous first names, and no others', () => {
    const kept = new Set<number>();
    for (const name of ['FIRST_NAMES', 'SURNAMES', 'AMBIGUOUS_FIRST_NAMES']) for (const word of lists.get(name) ?? []) if (/^[a-z]+$/.test(word)) kept.add(lowerKeepHash(word));
    expect([...kept].filter((hash) => !table.keeps(hash))).toEqual([]);
    // Hashes spread over the 30 bits, and those of the ambiguous surnames and frequent words (not kept).
    const others: number[] = [];
    for (let i = 0; i < 200_000; i++) others.push(Math.imul(i, 2654435761) >>> 2);
    for (const name of ['AMBIGUOUS_SURNAMES', 'FREQUENT_WORDS']) for (const word of lists.get(name) ?? []) others.push(lowerKeepHash(word));
    expect(others.filter((hash) => table.keeps(hash) !== kept.has(hash))).toEqual([]);
  });

  it('reads back what the build writes, words past Latin-1 and a word in two lists too', async () => {
    const { encodeNameTable } = await encoder();
    const fresh = openNameTable(encodeNameTable({ first: ['łukasz', 'zoë', 'amara'], last: ['okafor', 'amara'], frequent: ['the'] }));
    expect(['łukasz', 'zoë', 'amara', 'okafor', 'the', 'łukas', 'ukasz', 'zoe'].map((word) => fresh.kindOf(word))).toEqual([1, 1, 3, 2, 16, 0, 0, 0]);
    // An unaligned copy of the bytes (a Buffer from Node's pool may start anywhere) reads the same.
    const bytes = encodeNameTable({ first: ['amara'] });
    const unaligned = new Uint8Array(bytes.length + 1).subarray(1);
    unaligned.set(bytes);
    expect(openNameTable(unaligned).kindOf('amara')).toBe(1);
  });
});
