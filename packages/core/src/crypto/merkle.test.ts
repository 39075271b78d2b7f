import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  CompactRange,
  consistencyProof,
  emptyRoot,
  hashChildren,
  inclusionProof,
  merkleRoot,
  rootFromInclusionProof,
  verifyConsistency,
  verifyInclusion,
} from './merkle.js';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const leafHash = (data: Uint8Array) => new Uint8Array(createHash('sha256').update(Uint8Array.of(0)).update(data).digest());

// Deterministic PRNG (mulberry32) so failures are reproducible.
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeLeaves(n: number): Uint8Array[] {
  return Array.from({ length: n }, (_, i) => leafHash(new TextEncoder().encode(`leaf ${i}`)));
}

function flipEachByte(proof: Uint8Array[], check: (mutated: Uint8Array[]) => boolean, pick?: () => number): number {
  let flips = 0;
  for (let p = 0; p < proof.length; p++) {
    const node = proof[p] as Uint8Array;
    const positions = pick ? [Math.floor(pick() * node.length)] : node.keys();
    for (const b of positions) {
      const mutated = proof.map((x) => new Uint8Array(x));
      (mutated[p] as Uint8Array)[b] = (node[b] as number) ^ 0x01;
      expect(check(mutated)).toBe(false);
      flips++;
    }
  }
  return flips;
}

describe('merkle basics', () => {
  it('emptyRoot is SHA-256 of the empty string', () => {
    expect(hex(emptyRoot())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hex(merkleRoot([]))).toBe(hex(emptyRoot()));
    expect(hex(new CompactRange().root())).toBe(hex(emptyRoot()));
  });

  it('hashChildren is SHA-256(0x01 || left || right) and the root of one leaf is the leaf', () => {
    const [a, b] = makeLeaves(2) as [Uint8Array, Uint8Array];
    const expected = createHash('sha256').update(Uint8Array.of(1)).update(a).update(b).digest('hex');
    expect(hex(hashChildren(a, b))).toBe(expected);
    expect(hex(merkleRoot([a, b]))).toBe(expected);
    expect(hex(merkleRoot([a]))).toBe(hex(a));
  });

  it('splits an uneven tree at the largest power of two (RFC 6962 shape, size 5 and 7)', () => {
    const l = makeLeaves(7);
    const h = (x: number, y: number) => hashChildren(l[x] as Uint8Array, l[y] as Uint8Array);
    const four = hashChildren(h(0, 1), h(2, 3));
    expect(hex(merkleRoot(l.slice(0, 5)))).toBe(hex(hashChildren(four, l[4] as Uint8Array)));
    expect(hex(merkleRoot(l))).toBe(hex(hashChildren(four, hashChildren(h(4, 5), l[6] as Uint8Array))));
  });

  it('rejects leaves that are not 32 bytes and bad indexes with clear errors', () => {
    expect(() => merkleRoot([new Uint8Array(31)])).toThrow(/leaf hash 0 is not a 32-byte/);
    const l = makeLeaves(4);
    expect(() => inclusionProof(l, 4)).toThrow(/index 4 is not in \[0, 4\)/);
    expect(() => inclusionProof(l, -1)).toThrow(RangeError);
    expect(() => inclusionProof(l, 0, 5)).toThrow(/tree size 5/);
    expect(() => consistencyProof(l, 0, 4)).toThrow(/empty tree/);
    expect(() => consistencyProof(l, 3, 2)).toThrow(RangeError);
    expect(consistencyProof(l, 4, 4)).toEqual([]);
  });
});

describe('CompactRange', () => {
  it('root() equals merkleRoot at every size up to 300 and survives a JSON round trip', () => {
    const leaves = makeLeaves(300);
    const range = new CompactRange();
    for (let n = 1; n <= leaves.length; n++) {
      range.append(leaves[n - 1] as Uint8Array);
      expect(range.size).toBe(n);
      expect(hex(range.root())).toBe(hex(merkleRoot(leaves.slice(0, n))));
      const json = JSON.parse(JSON.stringify(range)) as unknown;
      const restored = CompactRange.fromJSON(json);
      expect(restored.size).toBe(n);
      expect(hex(restored.root())).toBe(hex(range.root()));
    }
  });

  it('clone() is independent of the original', () => {
    const leaves = makeLeaves(6);
    const range = new CompactRange();
    for (const leaf of leaves.slice(0, 5)) range.append(leaf);
    const copy = range.clone();
    copy.append(leaves[5] as Uint8Array);
    expect(range.size).toBe(5);
    expect(hex(range.root())).toBe(hex(merkleRoot(leaves.slice(0, 5))));
    expect(hex(copy.root())).toBe(hex(merkleRoot(leaves)));
  });

  it('fromJSON rejects malformed state with a clear error', () => {
    const good = { size: 3, hashes: ['00'.repeat(32), '11'.repeat(32)] };
    expect(() => CompactRange.fromJSON(good)).not.toThrow();
    expect(() => CompactRange.fromJSON(null)).toThrow(/expected an object/);
    expect(() => CompactRange.fromJSON({ size: -1, hashes: [] })).toThrow(/non-negative safe integer/);
    expect(() => CompactRange.fromJSON({ size: 1.5, hashes: [] })).toThrow(/non-negative safe integer/);
    expect(() => CompactRange.fromJSON({ size: 2 ** 53, hashes: [] })).toThrow(/non-negative safe integer/);
    expect(() => CompactRange.fromJSON({ size: 3, hashes: ['00'.repeat(32)] })).toThrow(/has 2 frontier hashes, got 1/);
    expect(() => CompactRange.fromJSON({ size: 1, hashes: ['zz'.repeat(32)] })).toThrow(/hashes\[0\]/);
    expect(() => CompactRange.fromJSON({ size: 1, hashes: ['AA'.repeat(32)] })).toThrow(/lowercase hex/);
    expect(() => CompactRange.fromJSON({ size: 1, hashes: 'x' })).toThrow(/must be an array/);
    expect(() => new CompactRange().append(new Uint8Array(33))).toThrow(/32-byte/);
  });

  it('keeps working past 2^32 leaves (restored state, no 32-bit truncation)', () => {
    // A perfect tree of 2^40 identical leaves has root h40 where h(i+1) = H(h(i), h(i)).
    const leaf = makeLeaves(1)[0] as Uint8Array;
    const levels = [leaf];
    for (let i = 0; i < 41; i++) levels.push(hashChildren(levels[i] as Uint8Array, levels[i] as Uint8Array));
    const range = CompactRange.fromJSON({ size: 2 ** 40, hashes: [hex(levels[40] as Uint8Array)] });
    expect(hex(range.root())).toBe(hex(levels[40] as Uint8Array));
    range.append(leaf);
    expect(range.toJSON().hashes).toHaveLength(2);
    expect(hex(range.root())).toBe(hex(hashChildren(levels[40] as Uint8Array, leaf)));
  });
});

describe('proofs (property test over random tree sizes up to 300)', () => {
  const random = prng(6962);
  const sizes = [1, 2, 3, 4, 5, 6, 7, 8, 9, 15, 16, 17, 31, 32, 33, 64, 65, 100, 255, 256, 257, 300];
  for (let i = 0; i < 4; i++) sizes.push(2 + Math.floor(random() * 299));
  const leaves = makeLeaves(301);

  it('every inclusion proof verifies, and flipping any proof byte breaks it', () => {
    let proofs = 0;
    let flips = 0;
    for (const n of sizes) {
      const tree = leaves.slice(0, n);
      const root = merkleRoot(tree);
      for (let i = 0; i < n; i++) {
        const proof = inclusionProof(leaves, i, n);
        const leaf = tree[i] as Uint8Array;
        expect(verifyInclusion(leaf, i, n, proof, root)).toBe(true);
        expect(hex(rootFromInclusionProof(leaf, i, n, proof) as Uint8Array)).toBe(hex(root));
        proofs++;
        // Every byte for small trees; one random byte per node for the larger ones.
        flips += flipEachByte(proof, (m) => verifyInclusion(leaf, i, n, m, root), n <= 17 ? undefined : random);
        // A proof is bound to its position and to its tree's root. (Not always to the size
        // alone: the path of leaf 0 in a tree of 3 has the same shape as in a tree of 4.)
        if (n > 1) expect(verifyInclusion(leaf, (i + 1) % n, n, proof, root)).toBe(false);
        expect(verifyInclusion(leaf, i, n + 1, proof, merkleRoot(leaves.slice(0, n + 1)))).toBe(false);
      }
    }
    console.log(`merkle property test: ${proofs} inclusion proofs verified, ${flips} byte flips rejected`);
    expect(proofs).toBeGreaterThan(1000);
  });

  it('every consistency proof verifies, and flipping any proof byte breaks it', () => {
    let proofs = 0;
    let flips = 0;
    for (const n of sizes) {
      const root2 = merkleRoot(leaves.slice(0, n));
      for (let m = 1; m <= n; m++) {
        const root1 = merkleRoot(leaves.slice(0, m));
        const proof = consistencyProof(leaves, m, n);
        expect(verifyConsistency(m, n, proof, root1, root2)).toBe(true);
        proofs++;
        flips += flipEachByte(proof, (x) => verifyConsistency(m, n, x, root1, root2), n <= 17 ? undefined : random);
        if (m < n) {
          // Wrong old root, swapped roots, and a shifted size must all fail.
          expect(verifyConsistency(m, n, proof, root2, root2)).toBe(false);
          expect(verifyConsistency(m, n, proof, root2, root1)).toBe(false);
          if (m > 1) expect(verifyConsistency(m - 1, n, proof, root1, root2)).toBe(false);
        }
      }
    }
    console.log(`merkle property test: ${proofs} consistency proofs verified, ${flips} byte flips rejected`);
    expect(proofs).toBeGreaterThan(1000);
  });
});

describe('verification never throws on malformed input', () => {
  const leaves = makeLeaves(8);
  const root = merkleRoot(leaves);
  const proof = inclusionProof(leaves, 3);
  const leaf = leaves[3] as Uint8Array;

  it('verifyInclusion returns false', () => {
    expect(verifyInclusion(leaf, 3, 8, proof, root)).toBe(true);
    const bad: Array<[string, () => boolean]> = [
      ['negative index', () => verifyInclusion(leaf, -1, 8, proof, root)],
      ['index = size', () => verifyInclusion(leaf, 8, 8, proof, root)],
      ['fractional index', () => verifyInclusion(leaf, 2.5, 8, proof, root)],
      ['NaN size', () => verifyInclusion(leaf, 3, Number.NaN, proof, root)],
      ['size above 2^53', () => verifyInclusion(leaf, 3, 2 ** 60, proof, root)],
      ['short leaf', () => verifyInclusion(leaf.subarray(1), 3, 8, proof, root)],
      ['short root', () => verifyInclusion(leaf, 3, 8, proof, root.subarray(1))],
      ['short proof node', () => verifyInclusion(leaf, 3, 8, [proof[0]!.subarray(1), ...proof.slice(1)], root)],
      ['missing node', () => verifyInclusion(leaf, 3, 8, proof.slice(1), root)],
      ['extra node', () => verifyInclusion(leaf, 3, 8, [...proof, root], root)],
      ['null proof', () => verifyInclusion(leaf, 3, 8, null as unknown as Uint8Array[], root)],
      ['strings', () => verifyInclusion('x' as unknown as Uint8Array, 3, 8, ['y'] as unknown as Uint8Array[], root)],
      ['undefined root', () => verifyInclusion(leaf, 3, 8, proof, undefined as unknown as Uint8Array)],
    ];
    for (const [name, run] of bad) expect({ name, result: run() }).toEqual({ name, result: false });
    expect(rootFromInclusionProof(leaf, 9, 8, proof)).toBeUndefined();
  });

  it('verifyConsistency returns false, including for size1 = 0', () => {
    const root5 = merkleRoot(leaves.slice(0, 5));
    const cproof = consistencyProof(leaves, 5, 8);
    expect(verifyConsistency(5, 8, cproof, root5, root)).toBe(true);
    const bad: Array<[string, () => boolean]> = [
      ['size1 = 0', () => verifyConsistency(0, 8, [], emptyRoot(), root)],
      ['both zero', () => verifyConsistency(0, 0, [], emptyRoot(), emptyRoot())],
      ['size1 > size2', () => verifyConsistency(8, 5, cproof, root, root5)],
      ['negative', () => verifyConsistency(-5, 8, cproof, root5, root)],
      ['fraction', () => verifyConsistency(5.5, 8, cproof, root5, root)],
      ['empty proof', () => verifyConsistency(5, 8, [], root5, root)],
      ['short node', () => verifyConsistency(5, 8, [cproof[0]!.subarray(2), ...cproof.slice(1)], root5, root)],
      ['non-array proof', () => verifyConsistency(5, 8, {} as unknown as Uint8Array[], root5, root)],
      ['null roots', () => verifyConsistency(5, 8, cproof, null as unknown as Uint8Array, root)],
      ['equal sizes with proof', () => verifyConsistency(8, 8, cproof, root, root)],
    ];
    for (const [name, run] of bad) expect({ name, result: run() }).toEqual({ name, result: false });
    expect(verifyConsistency(8, 8, [], root, root)).toBe(true);
  });
});

describe('sizes beyond 2^32 (safe integers up to 2^53)', () => {
  // Trees of identical leaves have closed-form roots: a perfect subtree of 2^k leaves is levels[k].
  const leaf = makeLeaves(1)[0] as Uint8Array;
  const levels = [leaf];
  for (let i = 0; i < 53; i++) levels.push(hashChildren(levels[i] as Uint8Array, levels[i] as Uint8Array));
  const lv = (k: number) => levels[k] as Uint8Array;
  const five = hashChildren(lv(2), leaf); // root of 5 identical leaves

  it('verifies inclusion in a tree of 2^40 + 5 leaves', () => {
    const size = 2 ** 40 + 5;
    const root = hashChildren(lv(40), five);
    // Last leaf of the left perfect subtree: 40 inner siblings, then the right subtree.
    const proofLeft = [...levels.slice(0, 40), five];
    expect(verifyInclusion(leaf, 2 ** 40 - 1, size, proofLeft, root)).toBe(true);
    expect(verifyInclusion(leaf, 2 ** 40 - 1, size, proofLeft.slice(1), root)).toBe(false);
    // Last leaf overall: only border nodes (root of the first four of the right part, then the left half).
    expect(verifyInclusion(leaf, size - 1, size, [lv(2), lv(40)], root)).toBe(true);
    expect(verifyInclusion(leaf, size - 1, size, [lv(40), lv(2)], root)).toBe(false);
  });

  it('verifies consistency from 2^40 to 2^40 + 5 and handles 2^53 - 1 leaves', () => {
    expect(verifyConsistency(2 ** 40, 2 ** 40 + 5, [five], lv(40), hashChildren(lv(40), five))).toBe(true);
    expect(verifyConsistency(2 ** 40, 2 ** 40 + 5, [five], lv(40), hashChildren(five, lv(40)))).toBe(false);
    expect(verifyConsistency(2 ** 40, 2 ** 41 + 5, [five], lv(40), hashChildren(lv(40), five))).toBe(false);
    expect(verifyConsistency(2 ** 53 - 2, 2 ** 53 - 1, [lv(1)], lv(1), lv(1))).toBe(false);
    // Last leaf of a tree of 2^53 - 1 leaves: 52 border nodes h1..h52, no inner ones.
    let root = leaf;
    for (let k = 1; k <= 52; k++) root = hashChildren(lv(k), root);
    expect(verifyInclusion(leaf, 2 ** 53 - 2, 2 ** 53 - 1, levels.slice(1, 53), root)).toBe(true);
    expect(verifyInclusion(leaf, 2 ** 53 - 2, 2 ** 53 - 1, levels.slice(0, 52), root)).toBe(false);
    expect(verifyInclusion(leaf, 2 ** 53 - 2, 2 ** 53 - 1, levels.slice(1, 52), root)).toBe(false);
  });
});
