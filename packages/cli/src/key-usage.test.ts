import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { generateSignerKey } from '@agent-audit/core';
import { main } from './main.js';

// A malformed or secret key given where a verifier key belongs is a usage error (exit 2), never
// "INVALID" (exit 1, which means tampering), and no part of a signer key's seed is printed.
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-key-usage-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
// The seed is everything after PRIVATE+KEY+name+keyid+: its base64 may itself hold '+' and '/'
// (a test that took the text after the last '+' got a 2-character "seed" in about one run in ten).
function seedOf(signerKey: string): string {
  return signerKey.split('+').slice(4).join('+');
}
/** A generated key whose seed holds exactly `plusCount` '+' characters: each shape is tested, every run. */
function signerWhoseSeed(plusCount: number): { signerKey: string; verifierKey: string } {
  for (;;) {
    const key = generateSignerKey('key-usage.test');
    if (seedOf(key.signerKey).split('+').length - 1 === plusCount) return key;
  }
}
const signer = signerWhoseSeed(0);
const seed = seedOf(signer.signerKey);
const proof = path.join(root, 'proof.json');
fs.writeFileSync(proof, '{}');
const bundle = path.join(root, 'bundle.json');
fs.writeFileSync(bundle, '{}');
const ledger = path.join(root, 'ledger');

async function run(...argv: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const sink = new PassThrough();
  sink.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const code = await main(argv, { stdin: new PassThrough(), stdout: sink, stderr: sink, env: {} });
  return { code, out };
}

function expectNoPieceOf(secret: string, out: string): void {
  expect(out).not.toContain(secret);
  for (let at = 0; at + 12 <= secret.length; at += 1) expect(out).not.toContain(secret.slice(at, at + 12));
  for (const piece of secret.split(/[+/=]/).filter((p) => p.length >= 8)) expect(out).not.toContain(piece);
}

describe('keys given by mistake (issue 12, fresh tester findings 6 and 7)', () => {
  it.each([
    ['verify-proof, a malformed key', ['verify-proof', proof, '--key', 'garbage'], /verifier key "garbage" is malformed/],
    ['verify-proof, a signer key', ['verify-proof', proof, '--key', signer.signerKey], /is a signer key \(PRIVATE\+KEY\+…\), not a verifier key: it is secret and was not printed/],
    ['verify-bundle, a malformed key', ['verify-bundle', bundle, '--key', 'garbage'], /verifier key "garbage" is malformed/],
    ['verify-bundle, a signer key', ['verify-bundle', bundle, '--key', signer.signerKey], /is a signer key/],
    ['verify-bundle, a signer key as --bundle-key', ['verify-bundle', bundle, '--key', signer.verifierKey, '--bundle-key', signer.signerKey], /is a signer key/],
    ['verify, a signer key without its PRIVATE+KEY+ prefix', ['verify', ledger, '--key', signer.signerKey.replace(/^PRIVATE\+KEY\+/, '')], /the verifier key "key-usage\.test\+[0-9a-f]{8}\+…" is malformed \(verifier key "key-usage\.test": key ID [0-9a-f]{8} does not match the public key\); expected/],
    ['verify, the seed alone', ['verify', ledger, '--key', seed], /the verifier key "<\d+ characters, not shown: they could be part of a secret key>" is malformed/],
    ['verify, a name and the seed', ['verify', ledger, '--key', `t+${seed}`], /not shown: they could be part of a secret key/],
    ['verify, a key ID and the seed', ['verify', ledger, '--key', `27791e3c+${seed}`], /not shown: they could be part of a secret key/],
    ['verify-proof, the seed alone', ['verify-proof', proof, '--key', seed], /not shown: they could be part of a secret key/],
    // 2026-12-07: collect pins the agents' verifier keys (checkpoints no pinned key signed are refused).
    ['collect, a signer key', ['collect', '--from', 'nats://127.0.0.1:1', '--to', 'postgres://127.0.0.1:1/x', '--key', signer.signerKey], /agent-audit collect: .*is a signer key \(PRIVATE\+KEY\+…\), not a verifier key: it is secret and was not printed/],
    ['collect, the seed alone', ['collect', '--from', 'nats://127.0.0.1:1', '--to', 'postgres://127.0.0.1:1/x', '--key', seed], /agent-audit collect: .*not shown: they could be part of a secret key/],
  ])('%s: exit 2, the seed never printed', async (_label, argv, message) => {
    const { code, out } = await run(...argv);
    expect(code).toBe(2);
    expect(out).toMatch(message);
    expectNoPieceOf(seed, out);
  });

  // With two '+' in it, a seed given alone parses as name+keyid+base64, and its first piece is the "name".
  for (const plusCount of [1, 2]) {
    const plusSigner = signerWhoseSeed(plusCount);
    const plusSeed = seedOf(plusSigner.signerKey);
    it.each([
      ['verify, the seed alone', ['verify', ledger, '--key', plusSeed]],
      ['verify, a name and the seed', ['verify', ledger, '--key', `t+${plusSeed}`]],
      ['verify, a key ID and the seed', ['verify', ledger, '--key', `27791e3c+${plusSeed}`]],
      ['verify, the signer key without its prefix', ['verify', ledger, '--key', plusSigner.signerKey.replace(/^PRIVATE\+KEY\+/, '')]],
      ['verify-proof, the seed alone', ['verify-proof', proof, '--key', plusSeed]],
      ['verify-bundle, the seed alone', ['verify-bundle', bundle, '--key', plusSeed]],
    ])(`a seed whose base64 holds ${plusCount} "+", %s: exit 2, no piece of it printed`, async (_label, argv) => {
      const { code, out } = await run(...argv);
      expect(code).toBe(2);
      expect(out).toMatch(/is malformed/);
      expectNoPieceOf(plusSeed, out);
    });
  }

  it('keygen --out onto a dangling symbolic link says it is a link, and writes nothing through it', async () => {
    const link = path.join(root, 'dangling.key');
    const target = path.join(root, 'elsewhere', 'signer.key');
    fs.symlinkSync(target, link);
    const { code, out } = await run('keygen', '--name', 'x', '--out', link);
    expect(code).not.toBe(0);
    expect(out).toContain(`cannot write ${link}: it is a symbolic link (a key is never written through one); remove it or choose another path`);
    expect(fs.existsSync(target)).toBe(false);
  });
});

