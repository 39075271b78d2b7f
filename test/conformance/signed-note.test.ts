// Runs every vector of ../shared/conformance/signed-note.json (C2SP signed-note spec and Go
// sumdb/note tests) against the core's note code.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { required } from '../required.js';
import { openNote, parseSignerKey, parseVerifierKey, signNote, verifierKeyFromSigner } from '../../packages/core/src/crypto/note.js';

const file = fileURLToPath(new URL('../../../shared/conformance/signed-note.json', import.meta.url));

interface NoteVector { source: string; verifierKey: string; signerKey?: string; note: string; valid: boolean }

describe.skipIf(!required(existsSync(file), file, 'the ../shared conformance vectors beside this checkout'))('C2SP signed-note conformance vectors', () => {
  const { vectors } = JSON.parse(existsSync(file) ? readFileSync(file, 'utf8') : '{"vectors":[]}') as { vectors: NoteVector[] };

  it('every vector opens as verified exactly when it is valid', () => {
    let passed = 0;
    for (const v of vectors) {
      const opened = openNote(v.note, v.verifierKey);
      expect({ source: v.source, verified: opened.verified }).toEqual({ source: v.source, verified: v.valid });
      const { name, keyId } = parseVerifierKey(v.verifierKey);
      expect(opened.signatures).toEqual([{ name, keyId, verified: v.valid }]);
      expect(v.note.startsWith(opened.text)).toBe(true);
      if (!v.valid) expect(opened.reason).toMatch(/does not verify/);
      passed++;
    }
    console.log(`signed-note vectors: ${passed}/${vectors.length} passed`);
    expect(passed).toBe(vectors.length);
    expect(vectors.length).toBeGreaterThanOrEqual(3);
  });

  it('signer keys reproduce the vector verifier key and the exact signature (Ed25519 is deterministic)', () => {
    let reproduced = 0;
    for (const v of vectors.filter((x) => x.signerKey !== undefined && x.valid)) {
      const signerKey = v.signerKey as string;
      expect(verifierKeyFromSigner(signerKey)).toBe(v.verifierKey);
      expect(parseSignerKey(signerKey).verifierKey).toBe(v.verifierKey);
      const text = openNote(v.note, v.verifierKey).text;
      expect(signNote(text, signerKey)).toBe(v.note);
      reproduced++;
    }
    console.log(`signed-note vectors: ${reproduced} signature(s) reproduced byte for byte by signNote`);
    expect(reproduced).toBeGreaterThanOrEqual(1);
  });
});
