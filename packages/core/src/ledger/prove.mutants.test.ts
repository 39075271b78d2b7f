// prove.ts, from surviving mutants (issue 13): which checkpoint a proof is built against, the
// errors of proveEvent, and every reason verifyInclusionBundle gives, with its key source.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sealEvent } from '../auditor/seal.js';
import { generateSignerKey, openNote, signNote } from '../crypto/note.js';
import type { UnsealedEvent } from '../spec/event.js';
import { fileLedger } from './file-ledger.js';
import { VERIFIER_KEY_FILE } from './layout.js';
import { proveEvent, verifyInclusionBundle, type InclusionBundle } from './prove.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-prove-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const key = generateSignerKey('prove.test/audit');
const other = generateSignerKey('prove.test/other');
let n = 0;

/** A ledger with `counts[stream]` events per stream (ids `<stream>-<seq>`, or `ids(seq)`), checkpoint every 10. */
async function write(counts: Record<string, number>, options: { close?: boolean; ids?: (stream: string, seq: number) => string } = {}): Promise<string> {
  const dir = path.join(root, `l${n++}`);
  const ledger = fileLedger({ dir, keyDir: path.join(root, 'keys'), signingKey: key.signerKey, fsync: false, checkpointEvery: 10, checkpointIntervalMs: 3_600_000 });
  for (const [stream, count] of Object.entries(counts)) {
    let head = ledger.open(stream);
    for (let seq = 0; seq < count; seq++) {
      const id = options.ids ? options.ids(stream, seq) : `${stream}-${seq}`;
      const record = sealEvent({ v: 1, id, ts: '2026-11-30T12:00:00.000Z', stream, seq, type: 'tool.call', source: 'test', agent: { id: 'bot' }, attrs: { seq } } as unknown as UnsealedEvent, head.prev);
      await ledger.append(stream, [record]);
      head = { nextSeq: seq + 1, prev: record.event.hash };
    }
    if (options.close !== false) await ledger.close(stream);
  }
  return dir;
}

async function failure(run: () => Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await run();
  } catch (error) {
    const e = error as Error & { code?: string };
    return { code: e.code, message: e.message };
  }
  throw new Error('did not throw');
}

describe('proveEvent', () => {
  it('proves an event of any stream against the latest checkpoint, with the published key', async () => {
    const dir = await write({ a: 25, b: 12 });
    const bundle = await proveEvent(dir, 'b-3');
    expect(bundle).toMatchObject({ format: 'agent-audit-inclusion-proof', version: 1, stream: 'b', leafIndex: 3, treeSize: 12, verifierKey: key.verifierKey });
    expect(JSON.parse(bundle.line)).toMatchObject({ id: 'b-3', seq: 3 });
    expect(bundle.checkpoint.size).toBe(12);
    expect(Object.keys(bundle.checkpoint).sort()).toEqual(['note', 'root', 'size']);
    expect(openNote(bundle.checkpoint.note, key.verifierKey).text).toContain(`\n12\n${Buffer.from(bundle.checkpoint.root, 'hex').toString('base64')}\n`);
    expect(bundle.proof.every((h) => /^[0-9a-f]{64}$/.test(h))).toBe(true);
    expect(verifyInclusionBundle(bundle, { verifierKey: key.verifierKey })).toMatchObject({ ok: true, keySource: 'pinned' });
    const a = await proveEvent(dir, 'a-24', { stream: 'a' });
    expect(a).toMatchObject({ stream: 'a', leafIndex: 24, treeSize: 25 });
    expect(verifyInclusionBundle(a)).toMatchObject({ ok: true, keySource: 'bundle' });
    const first = await proveEvent(dir, 'a-0');
    expect(first).toMatchObject({ leafIndex: 0, treeSize: 25 });
    expect(first.proof).toHaveLength(5);
    expect(verifyInclusionBundle(first).ok).toBe(true);
    // Only the stream named is searched.
    expect(await failure(() => proveEvent(dir, 'b-3', { stream: 'a' }))).toEqual({ code: 'not_found', message: `no event with id b-3 in ${dir}` });
  });

  it('proves the first event with an id, when ids repeat', async () => {
    const dir = await write({ a: 12 }, { ids: (_s, seq) => (seq === 2 || seq === 7 ? 'dup' : `a-${seq}`) });
    expect(await proveEvent(dir, 'dup')).toMatchObject({ leafIndex: 2, treeSize: 12 });
  });

  it('takes the latest checkpoint that covers the event and no more lines than the stream holds', async () => {
    const dir = await write({ a: 25 });
    const segment = path.join(dir, 'streams', 'a', '00000000000000000000.jsonl');
    const lines = fs.readFileSync(segment, 'utf8').split('\n').slice(0, -1);
    fs.writeFileSync(segment, lines.slice(0, 22).map((l) => `${l}\n`).join(''));
    const bundle = await proveEvent(dir, 'a-3');
    expect(bundle).toMatchObject({ leafIndex: 3, treeSize: 20 });
    expect(verifyInclusionBundle(bundle).ok).toBe(true);
    // a-21 was signed (the checkpoint of 25), but the stream's tail was cut: the ledger does not verify there (re-check F).
    expect(await failure(() => proveEvent(dir, 'a-21'))).toEqual({
      code: 'ledger_corrupt', message: `event a-21: stream a does not verify at seq 22: truncated: a signed checkpoint covers 25 events but the stream ends after 22; no proof can be made (run \`agent-audit verify ${dir}\`)`,
    });
  });

  it('refuses an event after the last checkpoint, and one at its size', async () => {
    const dir = await write({ a: 13 }, { close: false });
    expect((await proveEvent(dir, 'a-9')).treeSize).toBe(10);
    expect(await failure(() => proveEvent(dir, 'a-10'))).toEqual({
      code: 'not_checkpointed', message: 'event a-10 (seq 10) is not covered by a signed checkpoint yet; close the writer or wait for the next checkpoint',
    });
  });

  it('leaves the key out when the ledger published none, and refuses a folder that is not a ledger', async () => {
    const dir = await write({ a: 10 });
    fs.rmSync(path.join(dir, VERIFIER_KEY_FILE));
    const bundle = await proveEvent(dir, 'a-1');
    expect('verifierKey' in bundle).toBe(false);
    expect(verifyInclusionBundle(bundle)).toEqual({ ok: false, reason: 'no verifier key given or included', keySource: 'bundle' });
    expect(verifyInclusionBundle(bundle, { verifierKey: key.verifierKey }).ok).toBe(true);
    expect(await failure(() => proveEvent(dir, 'nope'))).toEqual({ code: 'not_found', message: `no event with id nope in ${dir}` });
    const empty = path.join(root, 'empty');
    fs.mkdirSync(empty);
    fs.writeFileSync(path.join(empty, 'x'), 'x');
    expect((await failure(() => proveEvent(empty, 'a-1', { stream: 'a' }))).message).toMatch(/not an agent-audit ledger/);
  });
});

describe('verifyInclusionBundle', () => {
  let bundle: InclusionBundle;
  const check = (change: Partial<InclusionBundle> | Record<string, unknown>, options?: { verifierKey?: string }) =>
    verifyInclusionBundle({ ...bundle, ...change } as InclusionBundle, options);

  it('accepts the genuine bundle, returning the event, with the key it used', async () => {
    const dir = await write({ a: 13 });
    bundle = await proveEvent(dir, 'a-5');
    const event = JSON.parse(bundle.line) as Record<string, unknown>;
    expect(verifyInclusionBundle(bundle)).toEqual({ ok: true, event, keySource: 'bundle' });
    expect(verifyInclusionBundle(bundle, { verifierKey: key.verifierKey })).toEqual({ ok: true, event, keySource: 'pinned' });
    expect(verifyInclusionBundle(bundle, {})).toEqual({ ok: true, event, keySource: 'bundle' });
  });

  it('names what is wrong with anything else', () => {
    const fail = (reason: string, keySource: 'bundle' | 'pinned' = 'bundle') => ({ ok: false, reason, keySource });
    expect(verifyInclusionBundle(null as unknown as InclusionBundle)).toEqual(fail('not an agent-audit inclusion proof'));
    expect(verifyInclusionBundle(null as unknown as InclusionBundle, { verifierKey: key.verifierKey })).toEqual(fail('not an agent-audit inclusion proof', 'pinned'));
    expect(check({ format: 'agent-audit-proof' })).toEqual(fail('not an agent-audit inclusion proof'));
    expect(check({ version: 2 })).toEqual(fail('not an agent-audit inclusion proof'));
    expect(check({ line: 12 })).toEqual(fail('the proof does not hold a stored event line'));
    expect(check({ line: 'not json' })).toEqual(fail('the proof does not hold a stored event line'));
    expect(check({ line: bundle.line.replace(/"hash":"[0-9a-f]{64}"/, '"hash":5') })).toEqual(fail('the proof does not hold a stored event line'));
    expect(check({ line: bundle.line.replace('"seq":5', '"seq":6') })).toEqual(fail('the event line does not match its hash'));
    expect(check({ verifierKey: undefined })).toEqual(fail('no verifier key given or included'));
    const wrongKey = check({}, { verifierKey: other.verifierKey });
    expect(wrongKey).toEqual(fail(`checkpoint signature: ${openNote(bundle.checkpoint.note, other.verifierKey).reason}`, 'pinned'));
    expect(wrongKey.reason).toBe('checkpoint signature: no signature by a given verifier key');
    expect(check({ verifierKey: other.verifierKey }).reason).toBe('checkpoint signature: no signature by a given verifier key');
    // The pinned key wins over the bundle's.
    expect(check({ verifierKey: other.verifierKey }, { verifierKey: key.verifierKey })).toMatchObject({ ok: true, keySource: 'pinned' });
    expect(check({ checkpoint: { ...bundle.checkpoint, note: 'x' } }).reason).toBe('checkpoint signature: malformed note: no empty line before the signatures');
    expect(check({ checkpoint: undefined }).reason).toBe('checkpoint signature: malformed note: not a string');
    const notACheckpoint = signNote('hello\n', key.signerKey);
    expect(check({ checkpoint: { ...bundle.checkpoint, note: notACheckpoint } }).reason).toMatch(/^checkpoint body: \S/);
    expect(check({ treeSize: bundle.treeSize - 1 })).toEqual(fail('tree size differs from the signed checkpoint'));
    for (const proof of [undefined, 'ab', [[bundle.proof[0]]], [...bundle.proof.slice(1), 5], [(bundle.proof[0] as string).toUpperCase()], [`${bundle.proof[0]}0`], [(bundle.proof[0] as string).slice(1)]]) {
      expect(check({ proof }), JSON.stringify(proof)).toEqual(fail('malformed proof'));
    }
    expect(check({ proof: [...bundle.proof].reverse() })).toEqual(fail('the inclusion path does not lead to the signed root'));
    expect(check({ leafIndex: 4 })).toEqual(fail('the inclusion path does not lead to the signed root'));
    expect(check({ proof: bundle.proof.map((h, i) => (i === 0 ? `${h.slice(0, -1)}${h.endsWith('0') ? '1' : '0'}` : h)) })).toEqual(fail('the inclusion path does not lead to the signed root'));
  });
});
