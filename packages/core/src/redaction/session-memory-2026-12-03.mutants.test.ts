// Session memory's slot arrays (the typed-array rewrite of 40aa36b; issue 13, from the surviving
// mutants of session-memory.ts measured on 2026-12-03 evening): buckets emptied and filled again,
// a value forgotten from the middle of its bucket, slots reused, the non-ASCII first letters'
// counts, against a plain model (a list, least recent first). In process, a seeded sequence: fast.
import { describe, expect, it } from 'vitest';
import { SessionValues } from './session-memory.js';

const as = (normalized: string) => ({ type: 'PERSON', class: 'pii.person', normalized });
// Values sharing their first three letters (one bucket), and values starting with a letter other
// than ASCII that folds to none (counted in the first-letter counts, not the pair bits).
const POOL = ['abcdef', 'abcxyz', 'abcqrs', 'ghijkl', 'ghimno', 'иван петров', 'иванна орлова', 'ивар сидоров', 'łukasz nowak', 'łucja kowal', 'łuk bartosz'];
const TEXT = POOL.map((v) => v.toUpperCase()).join(' ; ');

/** A tiny seeded generator (a linear congruential one): the same sequence every run. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('the slot arrays against a model (2026-12-03 evening)', () => {
  it('remembers, refreshes and forgets as a least-recently-used list, and finds exactly what it holds', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const random = seeded(seed);
      const max = 1 + Math.floor(random() * 4);
      const values = new SessionValues(max);
      const model: string[] = [];
      for (let step = 0; step < 40; step++) {
        const value = POOL[Math.floor(random() * POOL.length)] as string;
        const known = model.indexOf(value);
        if (known !== -1) model.splice(known, 1);
        else if (model.length >= max) model.shift();
        model.push(value);
        const context = `seed ${seed} step ${step} ${value}`;
        expect(values.remember(value, as(value)), context).toBe(known === -1);
        expect(values.size, context).toBe(model.length);
        expect(values.entries().map(([lower]) => lower), context).toEqual(model);
        const found = values.find(TEXT).map((hit) => TEXT.slice(hit.start, hit.end).toLowerCase());
        expect(found, context).toEqual(POOL.filter((v) => model.includes(v)));
      }
    }
  });

  it('a bucket emptied by forgetting is filled again, and its slot taken by a value of another bucket', () => {
    const values = new SessionValues(1);
    values.remember('abcdef', as('abcdef'));
    values.remember('ghijkl', as('ghijkl'));
    values.remember('abcxyz', as('abcxyz'));
    expect(values.find('ABCDEF GHIJKL ABCXYZ').map((hit) => hit.normalized)).toEqual(['abcxyz']);
    values.remember('ghimno', as('ghimno'));
    expect(values.find('ABCDEF GHIJKL ABCXYZ GHIMNO').map((hit) => hit.normalized)).toEqual(['ghimno']);
  });
  it('a value forgotten from the middle of its bucket leaves the values after it there', () => {
    const values = new SessionValues(3);
    for (const value of ['abcdef', 'abcxyz', 'abcqrs', 'abcdef']) values.remember(value, as(value));
    // The least recent is abcxyz, second in its bucket (abcdef was first, seen again since).
    values.remember('ghijkl', as('ghijkl'));
    expect(values.entries().map(([lower]) => lower)).toEqual(['abcqrs', 'abcdef', 'ghijkl']);
    expect(values.find('ABCDEF ABCXYZ ABCQRS GHIJKL').map((hit) => hit.normalized)).toEqual(['abcdef', 'abcqrs', 'ghijkl']);
    // Its slot, taken again, belongs to the new value's bucket only.
    values.remember('abcmno', as('abcmno'));
    expect(values.find('ABCDEF ABCXYZ ABCQRS GHIJKL ABCMNO').map((hit) => hit.normalized)).toEqual(['abcdef', 'ghijkl', 'abcmno']);
  });
  it('a character below A is compared as written, not as the letter 32 codes above it', () => {
    // matchEnd folds A-Z by adding 32: `;` (59) is not `[` (91), nor U+0010 the digit 0 (48). Past
    // the 16 characters of the print, where only matchEnd compares.
    const values = new SessionValues(8);
    for (const value of ['abcdefghijklmnop[qr', 'qrstuvwxyzabcdef^gh', 'ponmlkjihgfedcba0x']) values.remember(value, as(value));
    expect(values.find('ABCDEFGHIJKLMNOP[QR, qrstuvwxyzabcdef^gh, PONMLKJIHGFEDCBA0X').map((hit) => hit.normalized)).toEqual(['abcdefghijklmnop[qr', 'qrstuvwxyzabcdef^gh', 'ponmlkjihgfedcba0x']);
    expect(values.find('abcdefghijklmnop;qr, qrstuvwxyzabcdef>gh, ponmlkjihgfedcba\u0010x')).toEqual([]);
  });
});
