import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalize, createAuditor, fileLedger, generateSignerKey } from '../index.js';
import { exportBundle, verifyBundle, type EvidenceBundle } from './bundle.js';
import { ledgerSource } from './source.js';

let dir: string;
let verifierKey: string;
let text: string;
const { signerKey: signer, verifierKey: signerVerifier } = generateSignerKey('bundle-test');

/** Rewrites a bundle as an attacker who also recomputes the digest would. */
function reseal(bundle: EvidenceBundle): string {
  const { digest: _digest, signature: _signature, ...body } = bundle;
  void _digest;
  void _signature;
  const digest = createHash('sha256').update(canonicalize(body)).digest('hex');
  return `${canonicalize({ ...body, digest, ...(bundle.signature ? { signature: bundle.signature } : {}) })}\n`;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-bundle-'));
  for (const agent of ['a-bot', 'b-bot']) {
    const auditor = createAuditor({ agent: { id: agent }, sink: fileLedger({ dir, checkpointEvery: 3 }) });
    for (let i = 0; i < 12; i++) {
      auditor.record({ type: i % 2 ? 'tool.result' : 'tool.call', session: i < 2 ? 'case-1' : 'case-2', tool: { name: 'lookup', arguments: { i } } });
    }
    await auditor.close();
  }
  verifierKey = (fs.readFileSync(path.join(dir, 'verifier.key'), 'utf8').trim().split('\n').pop() as string);
  ({ text } = await exportBundle(ledgerSource(dir), { session: 'case-1', verifierKeys: [verifierKey] }));
}, 60_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('evidence bundles', () => {
  it('export then verify with the pinned key', () => {
    const result = verifyBundle(Buffer.from(text), [verifierKey]);
    expect(result).toMatchObject({ ok: true, events: 4, checkpoints: 2, signed: false });
    const bundle = JSON.parse(text) as EvidenceBundle;
    expect(bundle.manifest.streams.map((s) => [s.stream, s.events, s.firstSeq, s.lastSeq])).toEqual([['a-bot', 2, 0, 1], ['b-bot', 2, 0, 1]]);
  });

  it('rejects a changed byte at every position of the bundle', () => {
    const bytes = Buffer.from(text);
    let rejected = 0;
    for (let i = 0; i < bytes.length; i++) {
      const copy = Buffer.from(bytes);
      copy[i] = (copy[i] as number) ^ 0x01;
      if (!verifyBundle(copy, [verifierKey]).ok) rejected++;
      else throw new Error(`a change at byte ${i} was accepted`);
    }
    expect(rejected).toBe(bytes.length);
    expect(bytes.length).toBeGreaterThan(4000);
    // Appended or removed bytes too.
    expect(verifyBundle(Buffer.concat([bytes, Buffer.from(' ')]), [verifierKey]).ok).toBe(false);
    expect(verifyBundle(bytes.subarray(0, bytes.length - 1), [verifierKey]).ok).toBe(false);
  }, 300_000);

  it('names the section when the digest is recomputed after a change', () => {
    const bundle = JSON.parse(text) as EvidenceBundle;
    const changedLine = structuredClone(bundle);
    (changedLine.events[2] as { line: string }).line = (changedLine.events[2] as { line: string }).line.replace('"lookup"', '"lookuq"');
    expect(verifyBundle(reseal(changedLine), [verifierKey]).reason).toMatch(/^events\[2\]: the event line does not match its hash/);
    const changedPath = structuredClone(bundle);
    const proofPath = (changedPath.events[0] as { path: string[] }).path;
    proofPath[0] = '0'.repeat(64);
    expect(verifyBundle(reseal(changedPath), [verifierKey]).reason).toMatch(/^events\[0\]: the inclusion proof/);
    const changedCheckpoint = structuredClone(bundle);
    (changedCheckpoint.checkpoints[0] as { note: string }).note = (changedCheckpoint.checkpoints[0] as { note: string }).note.replace(/\n\d+\n/, '\n99\n');
    expect(verifyBundle(reseal(changedCheckpoint), [verifierKey]).reason).toMatch(/^checkpoints\[0\]: signature/);
    const dropped = structuredClone(bundle);
    dropped.events.splice(1, 1);
    expect(verifyBundle(reseal(dropped), [verifierKey]).reason).toMatch(/^manifest: says 4 events/);
    const wrongSelection = structuredClone(bundle);
    wrongSelection.manifest.selection = { session: 'case-2' };
    expect(verifyBundle(reseal(wrongSelection), [verifierKey]).reason).toMatch(/not in the selected session/);
  });

  it('a signed bundle also authenticates its manifest', async () => {
    const { text: signed } = await exportBundle(ledgerSource(dir), { session: 'case-1', verifierKeys: [verifierKey], signerKey: signer });
    expect(verifyBundle(signed, [verifierKey, signerVerifier])).toMatchObject({ ok: true, signed: true });
    const bundle = JSON.parse(signed) as EvidenceBundle;
    bundle.manifest.created = '2020-01-01T00:00:00.000Z';
    expect(verifyBundle(reseal(bundle), [verifierKey, signerVerifier]).reason).toMatch(/^signature/);
    // Without a signature the same metadata change is caught only by the digest (documented).
    const unsigned = JSON.parse(text) as EvidenceBundle;
    unsigned.manifest.created = '2020-01-01T00:00:00.000Z';
    expect(verifyBundle(reseal(unsigned), [verifierKey]).ok).toBe(true);
  });

  it('rejects another key, and refuses to export what it cannot prove', async () => {
    const other = generateSignerKey('other').verifierKey;
    expect(verifyBundle(text, [other]).reason).toMatch(/^checkpoints\[0\]: signature/);
    expect(() => verifyBundle(text, [])).toThrow(/pinned verifier key/);
    await expect(exportBundle(ledgerSource(dir), {})).rejects.toThrow(/--session, --trace, or --from/);
    await expect(exportBundle(ledgerSource(dir), { session: 'none' })).rejects.toThrow(/no events/);
    await expect(exportBundle(ledgerSource(dir), { session: 'case-1', verifierKeys: [other] })).rejects.toThrow(/does not verify/);
  });
});
