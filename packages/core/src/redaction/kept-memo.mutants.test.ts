// names.ts keptMemo (2026-12-06, perftext session, issue 19): the lists' answer for a lower-case
// word's hash (lowerKeep) from a direct-mapped table of its last answers. It must answer as the
// function it wraps for every hash, two hashes of one entry (the same low 12 bits) included, and
// ask the function once per hash while the entry holds it.
import { describe, expect, it } from 'vitest';
import { detectPersons, keptMemo, preloadNameLists } from './names.js';
import type { Detection } from './types.js';

describe('keptMemo', () => {
  it('answers as the wrapped function, for hashes that share an entry too, and asks it once per hash an entry holds', () => {
    const asked: number[] = [];
    const kept = (hash: number) => {
      asked.push(hash);
      return hash % 3 === 0;
    };
    const memo = keptMemo(kept);
    // 0 and 3 * 4096 share entry 0 (both kept); 1 and 4097 entry 1 (neither); 2, 4098 and 3 * 4096 + 2 entry 2 (one kept).
    const hashes = [0, 3 * 4096, 1, 4097, 2, 4098, 3 * 4096 + 2, 0x3fffffff, 0x3fffffff - 4096, 4095, 8191];
    for (const hash of [...hashes, ...hashes]) expect([hash, memo(hash)]).toEqual([hash, hash % 3 === 0]);
    asked.length = 0;
    expect([memo(5), memo(5), memo(5)]).toEqual([false, false, false]);
    expect(asked).toEqual([5]);
    // Another hash of its entry replaces it; the first is asked again.
    expect([memo(5 + 4096 * 2), memo(5)]).toEqual([(5 + 4096 * 2) % 3 === 0, false]);
    expect(asked).toEqual([5, 5 + 4096 * 2, 5]);
  });

  it('leaves the person rules their answers on lower-case names asked twice (a listed first name before a surname, then prose)', () => {
    preloadNameLists();
    const found = (text: string) => {
      const out: Detection[] = [];
      detectPersons(text, out);
      return out.map((d) => text.slice(d.start, d.end));
    };
    for (let round = 0; round < 2; round++) {
      expect(found('the claim was reviewed and the customer asked about the refund')).toEqual([]);
      expect(found('please ask maria garcia about the refund')).toEqual(['maria garcia']);
      expect(found('i spoke to john smith today')).toEqual(['john smith']);
    }
  });
});
