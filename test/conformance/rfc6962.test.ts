// Runs every RFC 6962 proof vector from ../shared/conformance/rfc6962 (transparency-dev/merkle
// testdata) against the core's Merkle code: verify(...) must equal !wantErr for every file,
// and for the happy paths our generators must reproduce the vector's proof exactly.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { required } from '../required.js';
import { consistencyProof, inclusionProof, merkleRoot, verifyConsistency, verifyInclusion } from '../../packages/core/src/crypto/merkle.js';

const root = fileURLToPath(new URL('../../../shared/conformance/rfc6962/', import.meta.url));

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : name.endsWith('.json') ? [path] : [];
    });
}

// Vector hashes are standard base64; Buffer's decoder is fine here because the vectors
// are trusted fixtures (some deliberately decode to fewer than 32 bytes).
const b64 = (s: string) => new Uint8Array(Buffer.from(s, 'base64'));
const proofOf = (p: string[] | null) => (p ?? []).map(b64);
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

const leafData = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'];
const leaves = leafData.map((d) => new Uint8Array(createHash('sha256').update(Uint8Array.of(0)).update(Buffer.from(d, 'hex')).digest()));

interface InclusionVector { leafIdx: number; treeSize: number; root: string; leafHash: string; proof: string[] | null; desc: string; wantErr: boolean }
interface ConsistencyVector { size1: number; size2: number; root1: string; root2: string; proof: string[] | null; desc: string; wantErr: boolean }

describe.skipIf(!required(existsSync(root), root, 'the ../shared conformance vectors beside this checkout'))('RFC 6962 conformance vectors', () => {
  it('the 8 README leaves give the documented root', () => {
    expect(hex(merkleRoot(leaves))).toBe('5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328');
  });

  it('inclusion: every vector verifies exactly when wantErr is false; happy paths are reproduced', () => {
    const files = walk(join(root, 'inclusion'));
    let passed = 0;
    let reproduced = 0;
    for (const file of files) {
      const v = JSON.parse(readFileSync(file, 'utf8')) as InclusionVector;
      const name = relative(root, file);
      const ok = verifyInclusion(b64(v.leafHash), v.leafIdx, v.treeSize, proofOf(v.proof), b64(v.root));
      expect({ name, ok }).toEqual({ name, ok: !v.wantErr });
      passed++;
      if (!v.wantErr && v.treeSize <= leaves.length && hex(b64(v.leafHash)) === hex(leaves[v.leafIdx] as Uint8Array)) {
        expect(inclusionProof(leaves, v.leafIdx, v.treeSize).map(hex), name).toEqual(proofOf(v.proof).map(hex));
        expect(hex(merkleRoot(leaves.slice(0, v.treeSize))), name).toBe(hex(b64(v.root)));
        reproduced++;
      }
    }
    console.log(`rfc6962 inclusion vectors: ${passed}/${files.length} passed, ${reproduced} happy-path proofs reproduced by inclusionProof`);
    expect(passed).toBe(files.length);
    expect(files.length).toBeGreaterThan(50);
    expect(reproduced).toBe(5);
  });

  it('consistency: every vector verifies exactly when wantErr is false; happy paths are reproduced', () => {
    const files = walk(join(root, 'consistency'));
    let passed = 0;
    let reproduced = 0;
    for (const file of files) {
      const v = JSON.parse(readFileSync(file, 'utf8')) as ConsistencyVector;
      const name = relative(root, file);
      const ok = verifyConsistency(v.size1, v.size2, proofOf(v.proof), b64(v.root1), b64(v.root2));
      expect({ name, ok }).toEqual({ name, ok: !v.wantErr });
      passed++;
      if (!v.wantErr && v.size2 <= leaves.length && hex(merkleRoot(leaves.slice(0, v.size2))) === hex(b64(v.root2))) {
        expect(consistencyProof(leaves, v.size1, v.size2).map(hex), name).toEqual(proofOf(v.proof).map(hex));
        expect(hex(merkleRoot(leaves.slice(0, v.size1))), name).toBe(hex(b64(v.root1)));
        reproduced++;
      }
    }
    console.log(`rfc6962 consistency vectors: ${passed}/${files.length} passed, ${reproduced} happy-path proofs reproduced by consistencyProof`);
    expect(passed).toBe(files.length);
    expect(files.length).toBeGreaterThan(50);
    expect(reproduced).toBe(5);
  });
});
