// `leafHashInSlices` given pieces (issue 13, from the changes of 82178fc, not measured before):
// the exact chunks the SHA-256 is fed and where it pauses. A chunk spans pieces until it holds
// 128 Ki characters, never ends inside a surrogate pair (a pair that is all the room left is taken
// whole), pauses only between two chunks, and the leaf is that of the joined text. The chunks are
// seen through a recording `createHash` (node:crypto mocked, the real hash underneath).
import { describe, expect, it, vi } from 'vitest';

const fed: Array<number | string> = [];
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>();
  return {
    ...actual,
    createHash: (algorithm: string) => {
      const hash = actual.createHash(algorithm);
      const update = hash.update.bind(hash) as (data: string | Uint8Array, encoding?: 'utf8') => unknown;
      return Object.assign(hash, {
        update(data: string | Uint8Array, encoding?: 'utf8') {
          // A string chunk is logged by its length in characters, the 0x00 prefix as 'bytes:1'.
          fed.push(typeof data === 'string' ? data.length : `bytes:${data.length}`);
          update(data, encoding);
          return hash;
        },
      });
    },
  };
});

const { createHash } = await import('node:crypto');
const { leafHashInSlices } = await import('./seal-members.js');

const CHUNK = 128 * 1024;
const PAIR = '\ud83d\ude00';

/** The chunks fed (characters) with 'pause' between them, and whether the leaf is the joined text's. */
async function chunks(text: string | string[]): Promise<Array<number | string>> {
  fed.length = 0;
  const leaf = await leafHashInSlices(text, async () => {
    fed.push('pause');
  });
  const log = fed.slice();
  const joined = typeof text === 'string' ? text : text.join('');
  const expected = createHash('sha256').update(Buffer.of(0)).update(Buffer.from(joined, 'utf8')).digest();
  expect(leaf.equals(expected)).toBe(true);
  expect(log[0]).toBe('bytes:1');
  return log.slice(1);
}

describe('leafHashInSlices: the chunks fed to SHA-256', () => {
  it('a text given as one string: chunks of 128 Ki characters, a pause between two', async () => {
    expect(await chunks('x'.repeat(CHUNK + 1))).toEqual([CHUNK, 'pause', 1]);
    expect(await chunks('x'.repeat(CHUNK))).toEqual([CHUNK]);
    expect(await chunks('')).toEqual([]);
  });

  it('a chunk spans pieces until it is full: no pause between pieces that fit together', async () => {
    expect(await chunks(['ab', 'c'.repeat(CHUNK), 'd'])).toEqual([2, CHUNK - 2, 'pause', 2, 1]);
    expect(await chunks(['{', '', '"prev":"x"', '}'])).toEqual([1, 10, 1]);
  });

  it('a piece that fills the chunk exactly: the pause comes before the next piece, and none after the last or for an empty one', async () => {
    expect(await chunks(['x'.repeat(CHUNK), 'y'])).toEqual([CHUNK, 'pause', 1]);
    expect(await chunks(['x'.repeat(CHUNK), ''])).toEqual([CHUNK]);
    expect(await chunks(['x'.repeat(CHUNK - 2) + PAIR])).toEqual([CHUNK]);
    // A high surrogate that ends the piece (never in a canonical event) is no reason to cut it short.
    expect(await chunks(['ab\ud800', 'c'])).toEqual([3, 1]);
  });

  it('a chunk ends before a pair whose high half would end it; a pair that is all the room left is taken whole', async () => {
    // U+1F600, and the lowest and highest high surrogates (0xD800, 0xDBFF).
    for (const pair of [PAIR, '\ud800\udc00', '\udbff\udfff']) expect(await chunks([`${'x'.repeat(CHUNK - 1)}${pair}z`])).toEqual([CHUNK - 1, 'pause', 3]);
    expect(await chunks(['x'.repeat(CHUNK - 1), `${PAIR}zzzzz`])).toEqual([CHUNK - 1, 2, 'pause', 5]);
    // Taken whole and the piece ends there: no pause inside, one before the next piece.
    expect(await chunks(['x'.repeat(CHUNK - 1), PAIR, 'z'])).toEqual([CHUNK - 1, 2, 'pause', 1]);
  });
});
