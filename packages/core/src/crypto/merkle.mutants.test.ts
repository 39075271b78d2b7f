// Merkle-tree promises the checkpoints rest on (RFC 6962 / RFC 9162; issue 13, from surviving
// mutants): no root is ever derived for an index outside the tree, whatever the proof length;
// restored state is refused unless it is exactly what toJSON() writes; sizes stop at 2^53 - 1.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CompactRange, consistencyProof, emptyRoot, hashChildren, inclusionProof, merkleRoot, rootFromInclusionProof, verifyInclusion } from './merkle.js';

const leafHash = (i: number) => new Uint8Array(createHash('sha256').update(Uint8Array.of(0)).update(`leaf ${i}`).digest());
const leaves = Array.from({ length: 8 }, (_, i) => leafHash(i));
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

function thrown(run: () => unknown): string {
  try {
    run();
    return 'returned';
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
}

describe('inclusion proofs for an index outside the tree', () => {
  it('give no root and never verify, whatever the number of proof nodes', () => {
    const root = merkleRoot(leaves);
    const cases: Array<[number, number]> = [[8, 8], [9, 8], [-1, 8], [1.5, 8], [3, 2 ** 53], [3, -8], [3, 8.5]];
    for (const [index, size] of cases) {
      for (let length = 0; length <= 64; length++) {
        const proof = Array.from({ length }, (_, i) => leaves[i % 8] as Uint8Array);
        expect({ index, size, length, root: rootFromInclusionProof(leaves[3] as Uint8Array, index, size, proof) }).toEqual({ index, size, length, root: undefined });
        expect(verifyInclusion(leaves[3] as Uint8Array, index, size, proof, root)).toBe(false);
      }
    }
    // The same leaf at an index inside the tree does give the root.
    expect(hex(rootFromInclusionProof(leaves[3] as Uint8Array, 3, 8, inclusionProof(leaves, 3)) as Uint8Array)).toBe(hex(root));
  });
});

describe('hashChildren', () => {
  it('is SHA-256(0x01 || left || right) for children of any length, not only 32-byte hashes', () => {
    const node = (l: Uint8Array, r: Uint8Array) => hex(createHash('sha256').update(Uint8Array.of(1)).update(l).update(r).digest());
    const a = leaves[0] as Uint8Array;
    const b = leaves[1] as Uint8Array;
    for (const [l, r] of [[a, b], [a.subarray(0, 12), b], [a, Buffer.concat([b, a]).subarray(0, 40)], [a.subarray(0, 5), b.subarray(0, 5)], [new Uint8Array(0), new Uint8Array(0)]] as Array<[Uint8Array, Uint8Array]>) {
      expect(hex(hashChildren(l, r))).toBe(node(l, r));
    }
    // The result is a fresh array: a later node does not change an earlier one.
    const first = hashChildren(a, b);
    const copy = hex(first);
    hashChildren(b, a);
    expect(hex(first)).toBe(copy);
  });
});

describe('inclusion proofs that are malformed for an index inside the tree', () => {
  it('give no root: a short leaf, a short node, a node missing or added', () => {
    const proof = inclusionProof(leaves, 3);
    const leaf = leaves[3] as Uint8Array;
    const cases: Array<[string, Uint8Array, Uint8Array[]]> = [
      ['short leaf', leaf.subarray(1), proof],
      ['long leaf', Buffer.concat([leaf, Uint8Array.of(0)]), proof],
      ['short node', leaf, [proof[0]!.subarray(1), ...proof.slice(1)]],
      ['missing node', leaf, proof.slice(1)],
      ['added node', leaf, [...proof, leaf]],
    ];
    for (const [name, l, p] of cases) expect({ name, root: rootFromInclusionProof(l, 3, 8, p) }).toEqual({ name, root: undefined });
  });
});

describe('proof construction refuses bad sizes with the documented error', () => {
  it('names the problem', () => {
    expect(thrown(() => merkleRoot('leaves' as unknown as Uint8Array[]))).toBe('TypeError: merkleRoot: leafHashes must be an array of 32-byte hashes');
    expect(thrown(() => inclusionProof(null as unknown as Uint8Array[], 0, 0))).toBe('TypeError: inclusionProof: leafHashes must be an array of 32-byte hashes');
    expect(thrown(() => consistencyProof(leaves, 3, 2))).toBe('RangeError: consistencyProof: size1 3 is not in [1, 2] (proofs from the empty tree are not defined)');
    expect(thrown(() => consistencyProof(leaves, 0, 2))).toBe('RangeError: consistencyProof: size1 0 is not in [1, 2] (proofs from the empty tree are not defined)');
    expect(consistencyProof(leaves, 1, 1)).toEqual([]);
    expect(thrown(() => consistencyProof(leaves, 1, 9))).toBe('RangeError: consistencyProof: tree size 9 is not an integer in [0, 8]');
    expect(thrown(() => inclusionProof(leaves, 0, -1))).toBe('RangeError: inclusionProof: tree size -1 is not an integer in [0, 8]');
    expect(thrown(() => inclusionProof(leaves, 0, 1.5))).toBe('RangeError: inclusionProof: tree size 1.5 is not an integer in [0, 8]');
  });
});

describe('CompactRange state', () => {
  it('restores size 0 as the empty tree', () => {
    const range = CompactRange.fromJSON({ size: 0, hashes: [] });
    expect(range.size).toBe(0);
    expect(hex(range.root())).toBe(hex(emptyRoot()));
    range.append(leaves[0] as Uint8Array);
    expect(hex(range.root())).toBe(hex(leaves[0] as Uint8Array));
  });

  it.each<[string, unknown, string]>([
    ['a number', 5, 'CompactRange.fromJSON: expected an object { size, hashes }'],
    ['a string', '{"size":0,"hashes":[]}', 'CompactRange.fromJSON: expected an object { size, hashes }'],
    ['null', null, 'CompactRange.fromJSON: expected an object { size, hashes }'],
    ['a negative size', { size: -1, hashes: [] }, 'CompactRange.fromJSON: size must be a non-negative safe integer'],
    ['a hash with a prefix', { size: 1, hashes: [`0${'ab'.repeat(32)}`] }, 'CompactRange.fromJSON: hashes[0] is not 64 lowercase hex characters'],
    ['a hash with a suffix', { size: 1, hashes: [`${'ab'.repeat(32)}0`] }, 'CompactRange.fromJSON: hashes[0] is not 64 lowercase hex characters'],
    ['a hash that is an array of its hex', { size: 3, hashes: ['ab'.repeat(32), ['ab'.repeat(32)]] }, 'CompactRange.fromJSON: hashes[1] is not 64 lowercase hex characters'],
  ])('refuses %s, naming the problem', (_label, json, message) => {
    expect(thrown(() => CompactRange.fromJSON(json))).toBe(`TypeError: ${message}`);
  });

  it('stops at 2^53 - 1 leaves with a RangeError, and keeps its state', () => {
    const max = 2 ** 53 - 1; // 53 one bits: 53 frontier hashes
    const hashes = Array.from({ length: 53 }, (_, i) => hex(leaves[i % 8] as Uint8Array));
    const range = CompactRange.fromJSON({ size: max, hashes });
    expect(thrown(() => range.append(leaves[0] as Uint8Array))).toBe('RangeError: CompactRange.append: tree size would exceed 2^53 - 1');
    expect(range.toJSON()).toEqual({ size: max, hashes });
    // One below the limit still appends (and merges all 52 frontier subtrees into one).
    const below = CompactRange.fromJSON({ size: max - 1, hashes: hashes.slice(0, 52) });
    below.append(leaves[0] as Uint8Array);
    expect(below.size).toBe(max);
    expect(below.toJSON().hashes).toHaveLength(53);
    expect(hex(below.root())).toBe(hex(hashes.slice(0, 52).reduceRight<Uint8Array>((node, h) => hashChildren(Buffer.from(h, 'hex'), node), leaves[0] as Uint8Array)));
  });
});
