// verifyLedger() and the folder stream verifier (verifyStreamFolder, lockState) from the mutants
// that survived the ledger and forgery suites (issue 13, docs/TESTING.md). In-process, so a mutant
// reaches them (the CLI suites run the built dist). Each test pins the reason, seq and file
// reported, the key source and the warnings, for one thing wrong.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditor } from '../auditor/auditor.js';
import { canonicalize } from '../crypto/jcs.js';
import { generateSignerKey, openNote, signNote } from '../crypto/note.js';
import { computeEventHash } from '../auditor/seal.js';
import type { AuditEvent } from '../spec/event.js';
import { fileLedger, type FileLedgerOptions } from './file-ledger.js';
import { formatHead, parseHead } from './head.js';
import { directoryWitness, readDirectoryWitness } from './witness.js';
import { verifyLedger, type VerifyResult } from './verify.js';

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-verify-folder-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));
const keyDir = path.join(base, 'keys');
const signer = generateSignerKey('verify-folder.mutants/audit');
const other = generateSignerKey('verify-folder.mutants/other');
const KEY = signer.verifierKey;
const NAME = (k: string) => k.split('+').slice(0, 2).join('+');

let n = 0;
const fresh = (tag = 't'): string => path.join(base, `${tag}-${n++}`);
function copy(from: string): string {
  const d = fresh('copy');
  fs.cpSync(from, d, { recursive: true });
  return d;
}
const sdir = (d: string, stream: string) => path.join(d, 'streams', stream);
const segments = (d: string, stream: string) => fs.readdirSync(sdir(d, stream)).filter((f) => /^\d{20}\.jsonl$/.test(f)).sort().map((f) => path.join(sdir(d, stream), f));
const idOf = (d: string) => (JSON.parse(fs.readFileSync(path.join(d, 'LEDGER'), 'utf8')) as { id: string }).id;
const eventsOf = (d: string, stream: string): AuditEvent[] => segments(d, stream).flatMap((f) => fs.readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as AuditEvent));

/** `count` events in `stream`, each flushed alone (one batch each, so `checkpointEvery` counts events), then closed. */
async function write(d: string, stream: string, count: number, extra: Partial<FileLedgerOptions> = {}): Promise<void> {
  const auditor = createAuditor({ agent: { id: 'bot' }, sink: fileLedger({ dir: d, stream, keyDir, signingKey: signer.signerKey, ...extra }), onError: () => {} });
  for (let i = 0; i < count; i++) {
    auditor.record({ type: 'decision.made', decision: { action: stream, reason: `#${i}` } });
    await auditor.flush();
  }
  await auditor.close();
}

/** An open writer (no checkpoint until close) with `count` events durable. */
async function openWriter(d: string, stream: string, count: number, extra: Partial<FileLedgerOptions> = {}) {
  const auditor = createAuditor({ agent: { id: 'bot' }, sink: fileLedger({ dir: d, stream, keyDir, signingKey: signer.signerKey, checkpointIntervalMs: 3_600_000, ...extra }), onError: () => {} });
  for (let i = 0; i < count; i++) auditor.record({ type: 'tool.call', tool: { name: 'lookup', arguments: { i } } });
  await auditor.flush();
  return auditor;
}

/** The stream's events after `edit`, re-chained and written back into the segments the writer started (no key needed). */
function rechain(d: string, stream: string, edit: (events: AuditEvent[]) => AuditEvent[]): void {
  const events = edit(eventsOf(d, stream));
  const starts = segments(d, stream).map((f) => Number(path.basename(f, '.jsonl')));
  for (const f of segments(d, stream)) fs.unlinkSync(f);
  let prev = '0'.repeat(64);
  const out = events.map((e, seq) => {
    const next = { ...e, seq, prev } as Partial<AuditEvent>;
    delete next.hash;
    (next as AuditEvent).hash = computeEventHash(next as AuditEvent);
    prev = (next as AuditEvent).hash;
    return canonicalize(next);
  });
  starts.forEach((start, i) => {
    const end = i + 1 < starts.length ? (starts[i + 1] as number) : out.length;
    if (start < out.length) fs.writeFileSync(path.join(sdir(d, stream), `${String(start).padStart(20, '0')}.jsonl`), out.slice(start, end).map((l) => l + '\n').join(''));
  });
}

/** The HEAD's signed text, changed by `edit` and signed again with `key`. */
function resignHead(d: string, edit: (text: string) => string, key = signer.signerKey): void {
  const opened = openNote(fs.readFileSync(path.join(d, 'HEAD'), 'utf8'), [KEY]);
  fs.writeFileSync(path.join(d, 'HEAD'), signNote(edit(opened.text), key));
}

const failed = (result: VerifyResult) => result.firstFailure;

// `main`: stream app (12 events, checkpoints at 4, 8, 12, closed, segments of at most 1,500 bytes)
// and stream vault (3 events, closed).
let main: string;
let appEvents: AuditEvent[];
beforeAll(async () => {
  main = fresh('main');
  await write(main, 'app', 12, { checkpointEvery: 4, maxSegmentBytes: 1_500 });
  await write(main, 'vault', 3);
  appEvents = eventsOf(main, 'app');
  expect(segments(main, 'app').length).toBeGreaterThan(2);
});

describe('verifyLedger: what it reports for a sound ledger', () => {
  it('the figures, the reports per stream in name order, the ledger id, no warning', async () => {
    const result = await verifyLedger(main, { verifierKey: KEY });
    expect(result).toStrictEqual({
      ok: true, streams: 2, events: 15, checkpoints: 4, ledger: idOf(main), keySource: 'pinned', warnings: [], rotations: [],
      reports: [{ stream: 'app', events: 12, checkpoints: 3, checkpointedSize: 12 }, { stream: 'vault', events: 3, checkpoints: 1, checkpointedSize: 3 }],
    });
  });

  it('a pinned key given as a one-item list, or as a string, is the same; an empty list falls back to the ledger\'s key', async () => {
    expect((await verifyLedger(main, { verifierKey: [KEY] })).keySource).toBe('pinned');
    const own = await verifyLedger(main, { verifierKey: [] });
    expect(own).toMatchObject({ ok: true, keySource: 'ledger' });
    expect(own.warnings).toEqual(["checkpoints checked with the ledger's own verifier.key; someone able to rewrite the ledger could replace it too. Pin the key with --key for real assurance."]);
    expect((await verifyLedger(main, { verifierKey: '' })).keySource).toBe('ledger');
    expect((await verifyLedger(main)).keySource).toBe('ledger');
  });

  it('a malformed pinned key is a usage error (KeyError) that says the form expected', async () => {
    await expect(verifyLedger(main, { verifierKey: [KEY, 'garbage'] })).rejects.toThrow(/^the verifier key "garbage" is malformed \(.+\); expected name\+<8 hex digits of key ID>\+<base64 of 0x01 and the 32-byte Ed25519 public key>, as printed by `agent-audit keygen` or fileLedger\(\)\.verifierKey$/);
    const long = 'x'.repeat(100);
    // A long run of base64 could be a secret seed given by mistake: only its length is shown.
    await expect(verifyLedger(main, { verifierKey: long })).rejects.toThrow('the verifier key "<100 characters, not shown: they could be part of a secret key>" is malformed');
    await expect(verifyLedger(main, { verifierKey: 'short+key' })).rejects.toThrow('the verifier key "short+key" is malformed');
  });

  it('the ledger\'s own verifier.key: malformed lines in it are skipped; none left is "no verifier key"', async () => {
    const d = copy(main);
    const file = path.join(d, 'verifier.key');
    fs.writeFileSync(file, `garbage\n${fs.readFileSync(file, 'utf8')}`);
    const result = await verifyLedger(d);
    expect(result.keySource).toBe('ledger');
    // The valid key still opened the head: the finding is the changed file, not a missing key.
    expect(failed(result)).toStrictEqual({ stream: '', seq: 0, file: 'verifier.key', reason: 'verifier.key was changed or deleted after the head was signed (its SHA-256 differs from the signed one)' });
    fs.writeFileSync(file, 'garbage\n');
    const none = await verifyLedger(d);
    expect(none).toMatchObject({ ok: false, keySource: 'none', warnings: ['no verifier key: verifier.key is missing and none was given; signatures cannot be checked.'] });
    expect(failed(none)).toStrictEqual({ stream: '', seq: 0, file: 'HEAD', reason: 'HEAD: no verifier key to check its signature' });
  });
});

describe('verifyLedger: the files read whole, and the marker', () => {
  for (const name of ['LEDGER', 'HEAD', 'verifier.key']) {
    it(`${name} replaced by a folder is a finding naming it, before anything else is read`, async () => {
      const d = copy(main);
      fs.rmSync(path.join(d, name));
      fs.mkdirSync(path.join(d, name));
      const expected = { ok: false, streams: 0, events: 0, checkpoints: 0, firstFailure: { stream: '', seq: 0, reason: `${name} is a directory, not a regular file`, file: name }, reports: [], warnings: [], rotations: [] };
      expect(await verifyLedger(d, { verifierKey: KEY })).toStrictEqual({ ...expected, keySource: 'pinned' });
      expect(await verifyLedger(d, { verifierKey: [] })).toStrictEqual({ ...expected, keySource: 'none' });
      expect(await verifyLedger(d)).toStrictEqual({ ...expected, keySource: 'none' });
    });
  }

  it('a folder that holds no ledger is a usage error', async () => {
    const d = fresh('empty');
    fs.mkdirSync(d);
    await expect(verifyLedger(d, { verifierKey: KEY })).rejects.toThrow(`${d} is not an agent-audit ledger: LEDGER is missing`);
  });

  it('a marker that is not JSON, in a folder with a HEAD, is a finding', async () => {
    const d = copy(main);
    fs.writeFileSync(path.join(d, 'LEDGER'), 'garbage');
    expect(failed(await verifyLedger(d, { verifierKey: KEY }))).toStrictEqual({ stream: '', seq: 0, file: 'LEDGER', reason: `LEDGER marker: ${path.join(d, 'LEDGER')} is corrupt: not JSON` });
    // With only a streams folder left it still looks like a ledger.
    fs.rmSync(path.join(d, 'HEAD'));
    expect(failed(await verifyLedger(d, { verifierKey: KEY }))?.reason).toBe(`LEDGER marker: ${path.join(d, 'LEDGER')} is corrupt: not JSON`);
  });

  it('a marker changed after the head was signed, and a verifier.key with a key added', async () => {
    let d = copy(main);
    const marker = path.join(d, 'LEDGER');
    fs.writeFileSync(marker, fs.readFileSync(marker, 'utf8').replace('"created":"', '"created":"1'));
    expect(failed(await verifyLedger(d, { verifierKey: KEY }))).toStrictEqual({ stream: '', seq: 0, file: 'LEDGER', reason: 'LEDGER marker was changed after the head was signed (its SHA-256 differs from the signed one)' });
    d = copy(main);
    fs.appendFileSync(path.join(d, 'verifier.key'), `${other.verifierKey}\n`);
    expect(failed(await verifyLedger(d, { verifierKey: KEY }))).toStrictEqual({ stream: '', seq: 0, file: 'verifier.key', reason: 'verifier.key was changed or deleted after the head was signed (its SHA-256 differs from the signed one)' });
  });

  it('a file the writer does not create at the root is named; a left HEAD.<pid>.tmp is harmless only when it is a head signed for this ledger', async () => {
    let d = copy(main);
    fs.writeFileSync(path.join(d, 'notes.txt'), 'x');
    expect(failed(await verifyLedger(d, { verifierKey: KEY }))).toStrictEqual({ stream: '', seq: 0, file: 'notes.txt', reason: 'unexpected file notes.txt in the ledger folder: not a name the writer creates (docs/FORMAT.md §1)' });
    d = copy(main);
    fs.copyFileSync(path.join(d, 'HEAD'), path.join(d, 'HEAD.4242.tmp'));
    expect((await verifyLedger(d, { verifierKey: KEY })).ok).toBe(true);
    // Signed for another ledger, or by another key: a finding.
    const text = openNote(fs.readFileSync(path.join(d, 'HEAD'), 'utf8'), [KEY]).text;
    fs.writeFileSync(path.join(d, 'HEAD.4242.tmp'), signNote(text.replace(`agent-audit/${idOf(d)}`, 'agent-audit/someone-else'), signer.signerKey));
    expect(failed(await verifyLedger(d, { verifierKey: KEY }))).toMatchObject({ stream: '', seq: 0, file: 'HEAD.4242.tmp' });
    fs.writeFileSync(path.join(d, 'HEAD.4242.tmp'), signNote(text, other.signerKey));
    expect(failed(await verifyLedger(d, { verifierKey: KEY }))).toMatchObject({ stream: '', seq: 0, file: 'HEAD.4242.tmp' });
    // Not a head at all, signed by the ledger's key.
    fs.writeFileSync(path.join(d, 'HEAD.4242.tmp'), signNote('not a head\n', signer.signerKey));
    expect(failed(await verifyLedger(d, { verifierKey: KEY }))).toMatchObject({ stream: '', seq: 0, file: 'HEAD.4242.tmp' });
  });

  it('a symbolic link in place of a stream folder names its stream', async () => {
    const d = copy(main);
    fs.renameSync(sdir(d, 'vault'), path.join(d, 'moved'));
    fs.symlinkSync(path.join(d, 'moved'), sdir(d, 'vault'));
    fs.renameSync(path.join(d, 'moved'), path.join(base, `moved-${n++}`));
    const result = await verifyLedger(d, { verifierKey: KEY });
    expect(failed(result)).toStrictEqual({ stream: 'vault', seq: 0, file: 'streams/vault', reason: 'stream folder streams/vault is a symbolic link, not a folder (it must be a real folder inside the ledger)' });
  });
});

describe('verifyLedger: the signed head', () => {
  it('missing: a finding; accepted with allowMissingHead, with a warning, and the streams come from the folder', async () => {
    const d = copy(main);
    fs.rmSync(path.join(d, 'HEAD'));
    const reason = 'HEAD is missing: the signed ledger head was deleted (the LEDGER marker says this ledger was created with signed heads)';
    expect(failed(await verifyLedger(d, { verifierKey: KEY }))).toStrictEqual({ stream: '', seq: 0, file: 'HEAD', reason });
    const allowed = await verifyLedger(d, { verifierKey: KEY, allowMissingHead: true });
    expect(allowed).toMatchObject({ ok: true, streams: 2, events: 15 });
    expect(allowed.warnings).toEqual([`${reason}; deleted streams and checkpoint files cannot be detected without it`]);
    // A marker written before signed heads: the reason says migrate may apply.
    const marker = path.join(d, 'LEDGER');
    const info = JSON.parse(fs.readFileSync(marker, 'utf8')) as Record<string, unknown>;
    delete info.signedHead;
    fs.writeFileSync(marker, JSON.stringify(info));
    expect(failed(await verifyLedger(d, { verifierKey: KEY }))?.reason).toBe(`HEAD is missing: the signed ledger head was deleted, or the ledger was written before signed heads (only then, run \`agent-audit migrate ${d} --key <verifier key>\`)`);
  });

  it('signed by a key that is not pinned: the reason openNote gives, and which key signed it when the ledger lists it', async () => {
    let d = copy(main);
    const result = await verifyLedger(d, { verifierKey: other.verifierKey });
    expect(failed(result)).toMatchObject({ stream: '', seq: 0, file: 'HEAD' });
    expect(failed(result)?.reason).toMatch(/^HEAD: signature invalid \((?!unknown\))[^)]+\); it is signed by /);
    expect(failed(result)?.reason.endsWith(`; it is signed by ${KEY}, a key the ledger's verifier.key lists but that is not pinned: the ledger was replaced or re-signed by someone else, or the pinned key is not this ledger's`)).toBe(true);
    // The ledger's verifier.key does not list the signer: no hint.
    fs.writeFileSync(path.join(d, 'verifier.key'), `${other.verifierKey}\n`);
    const bare = failed(await verifyLedger(d, { verifierKey: other.verifierKey }))?.reason ?? '';
    expect(bare).toMatch(/^HEAD: signature invalid \([^)]+\)$/);
    // Pinned is the signer itself, but the head was re-signed by another key the ledger lists.
    d = copy(main);
    fs.appendFileSync(path.join(d, 'verifier.key'), `${other.verifierKey}\n`);
    resignHead(d, (t) => t, other.signerKey);
    expect(failed(await verifyLedger(d, { verifierKey: KEY }))?.reason).toMatch(new RegExp(`^HEAD: signature invalid \\([^)]+\\); the head is signed by a rotated key: ${other.verifierKey.replace(/[+/]/g, '\\$&')}, which the ledger's verifier\\.key lists after the pinned `));
    // The pinned key listed after the signer: not a rotation.
    fs.writeFileSync(path.join(d, 'verifier.key'), `${other.verifierKey}\n${KEY}\n`);
    expect(failed(await verifyLedger(d, { verifierKey: KEY }))?.reason).toMatch(/; it is signed by .+, a key the ledger's verifier\.key lists but that is not pinned: the ledger was replaced or re-signed by someone else, or the pinned key is not this ledger's$/);
  });

  it('after a key rotation with only the old key pinned: the hint names the new key and what to pin', async () => {
    const d = fresh('rotated');
    await write(d, 'app', 3);
    const next = generateSignerKey('verify-folder.mutants/next');
    const auditor = createAuditor({ agent: { id: 'bot' }, sink: fileLedger({ dir: d, stream: 'app', keyDir: path.join(base, 'keys-next'), signingKey: next.signerKey, rotateKey: true }), onError: () => {} });
    auditor.record({ type: 'tool.call', tool: { name: 'lookup' } });
    await auditor.close();
    expect(failed(await verifyLedger(d, { verifierKey: KEY }))?.reason).toMatch(new RegExp(`^HEAD: signature invalid \\([^)]+\\); the head is signed by a rotated key: ${next.verifierKey.replace(/[+/]/g, '\\$&')}, which the ledger's verifier\\.key lists after the pinned ${KEY.replace(/[+/]/g, '\\$&')} \\(a writer started with rotateKey records a ledger\\.key_rotate event\\)\\. If that rotation was yours, pin the new key too \\(--key <old> --key ${next.verifierKey.replace(/[+/]/g, '\\$&')}\\); if not, the ledger was re-signed by someone else$`));
    // Both pinned: valid, and the rotation is reported with its seq, id and time.
    const result = await verifyLedger(d, { verifierKey: [KEY, next.verifierKey] });
    expect(result.ok).toBe(true);
    const rotate = eventsOf(d, 'app').find((e) => e.type === 'ledger.key_rotate') as AuditEvent;
    expect(result.rotations).toEqual([{ stream: 'app', seq: rotate.seq, id: rotate.id, from: (rotate.attrs as { from: string }).from, to: (rotate.attrs as { to: string }).to, ts: rotate.ts }]);
    expect(result.warnings).toEqual([`stream app, seq ${rotate.seq}: the signing key was rotated from ${(rotate.attrs as { from: string }).from} to ${(rotate.attrs as { to: string }).to} at ${rotate.ts}`]);
    // Pinned: the new key, and an unrelated one listed before it: no "rotated" hint (the pinned one is not listed before the signer).
    expect(failed(await verifyLedger(d, { verifierKey: [other.verifierKey] }))?.reason).toContain(`; it is signed by ${next.verifierKey}, a key the ledger's verifier.key lists but that is not pinned`);
  });

  it('a second signature line, of the same key or of an untrusted one, is named with each signer', async () => {
    const d = copy(main);
    const head = fs.readFileSync(path.join(d, 'HEAD'), 'utf8');
    const sig = head.trimEnd().split('\n').at(-1) as string;
    fs.writeFileSync(path.join(d, 'HEAD'), `${head}${sig}\n`);
    const id = NAME(KEY);
    expect(failed(await verifyLedger(d, { verifierKey: KEY }))).toStrictEqual({ stream: '', seq: 0, file: 'HEAD', reason: `HEAD carries 2 signature lines (${id}, ${id}); a writer signs the head with exactly one` });
    const text = openNote(head, [KEY]).text;
    const stranger = signNote(text, other.signerKey).trimEnd().split('\n').at(-1) as string;
    fs.writeFileSync(path.join(d, 'HEAD'), `${head}${stranger}\n`);
    expect(failed(await verifyLedger(d, { verifierKey: KEY }))?.reason).toBe(`HEAD carries 2 signature lines (${id}, ${NAME(other.verifierKey)} (not a trusted key)); a writer signs the head with exactly one`);
  });

  it('a signed body that is not a head, and a head signed for another ledger', async () => {
    let d = copy(main);
    resignHead(d, () => 'not a head\n');
    expect(failed(await verifyLedger(d, { verifierKey: KEY }))).toStrictEqual({ stream: '', seq: 0, file: 'HEAD', reason: 'HEAD: signed body malformed (head origin is not agent-audit/<ledger id>)' });
    d = copy(main);
    resignHead(d, (t) => t.replace(`agent-audit/${idOf(d)}`, 'agent-audit/another'));
    expect(failed(await verifyLedger(d, { verifierKey: KEY }))).toStrictEqual({ stream: '', seq: 0, file: 'HEAD', reason: `HEAD: signed for agent-audit/another, not for this ledger (agent-audit/${idOf(d)}); the marker or the head was replaced` });
  });
});

describe('verifyLedger: streams and the selection', () => {
  it('an unknown --stream is a usage error naming the streams; a known one verifies alone', async () => {
    await expect(verifyLedger(main, { verifierKey: KEY, streams: ['nope', 'app'] })).rejects.toThrow(`no stream "nope" in ledger ${main} (not in the signed head); its streams: app, vault`);
    const d = copy(main);
    fs.rmSync(path.join(d, 'HEAD'));
    await expect(verifyLedger(d, { verifierKey: KEY, streams: ['nope'], allowMissingHead: true })).rejects.toThrow(`no stream "nope" in ledger ${d} (not in the folder); its streams: app, vault`);
    const one = await verifyLedger(main, { verifierKey: KEY, streams: ['vault'] });
    expect(one).toMatchObject({ ok: true, streams: 1, events: 3, checkpoints: 1 });
    expect(one.reports.map((r) => r.stream)).toEqual(['vault']);
  });

  it('a stream folder the head lists is missing: named with what the head says', async () => {
    const d = copy(main);
    fs.rmSync(sdir(d, 'vault'), { recursive: true });
    const result = await verifyLedger(d, { verifierKey: KEY });
    expect(result.reports[1]).toStrictEqual({ stream: 'vault', events: 0, checkpoints: 0, checkpointedSize: 0, failure: { stream: 'vault', seq: 0, file: 'streams/vault', reason: 'stream folder is missing: the signed head lists it with 3 events (closed)' } });
    expect(result).toMatchObject({ ok: false, streams: 2, events: 12 });
  });

  it('an empty stream folder the head does not list is ignored with a warning; one with files in it is a finding', async () => {
    const d = copy(main);
    fs.mkdirSync(sdir(d, 'ghost'));
    fs.writeFileSync(path.join(sdir(d, 'ghost'), 'writer.lock'), '');
    const result = await verifyLedger(d, { verifierKey: KEY });
    expect(result.ok).toBe(true);
    expect(result.reports.find((r) => r.stream === 'ghost')).toStrictEqual({ stream: 'ghost', events: 0, checkpoints: 0, checkpointedSize: 0 });
    expect(result.warnings).toEqual(['stream ghost: its folder is empty and not in the signed head (a writer stopped before it opened the stream); ignored']);
    fs.cpSync(segments(d, 'vault')[0] as string, path.join(sdir(d, 'ghost'), '00000000000000000000.jsonl'));
    expect(failed(await verifyLedger(d, { verifierKey: KEY }))).toStrictEqual({ stream: 'ghost', seq: 0, file: 'streams/ghost', reason: 'stream is not listed in the signed head (added behind the writer\'s back; a writer signs the head when it opens a stream)' });
  });

  it('onEvent gets every event of each stream in seq order, awaited; onStreamEnd each report once; the result is the same', async () => {
    const seen: Record<string, number[]> = {};
    const ended: string[] = [];
    let inFlight = 0;
    let most = 0;
    // The first event holds until the other stream has started (bounded): streams verified
    // concurrently are then both in flight, whatever the machine's speed; verified one after the
    // other, the wait runs out once and `most` stays 1.
    let release!: () => void;
    const bothStarted = new Promise<void>((resolve) => (release = resolve));
    let waited = false;
    const result = await verifyLedger(main, {
      verifierKey: KEY,
      onEvent: async (event) => {
        inFlight++;
        most = Math.max(most, inFlight);
        (seen[event.stream] ??= []).push(event.seq);
        if (Object.keys(seen).length === 2) release();
        if (!waited) {
          waited = true;
          await Promise.race([bothStarted, new Promise((resolve) => setTimeout(resolve, 5_000))]);
        }
        await new Promise((resolve) => setImmediate(resolve));
        inFlight--;
      },
      onStreamEnd: (report) => {
        ended.push(`${report.stream}:${report.events}`);
      },
    });
    expect(result.ok).toBe(true);
    expect(result.reports.map((r) => r.stream)).toEqual(['app', 'vault']);
    expect(seen).toEqual({ app: [...Array(12).keys()], vault: [0, 1, 2] });
    expect(ended.sort()).toEqual(['app:12', 'vault:3']);
    // Two streams at once, one event each at a time.
    expect(most).toBe(2);
    const endOnly: string[] = [];
    expect((await verifyLedger(main, { verifierKey: KEY, onStreamEnd: (r) => { endOnly.push(r.stream); } })).events).toBe(15);
    expect(endOnly.sort()).toEqual(['app', 'vault']);
  });

  it('onProgress is told every 10,000 events, with the stream', async () => {
    // A copy of an open stream, re-chained to 10,001 events (cheap: no writer, no signature).
    const d = fresh('progress');
    const auditor = await openWriter(d, 'big', 1);
    const c = copy(d);
    await auditor.close();
    rechain(c, 'big', (events) => [...events, ...Array.from({ length: 10_001 - events.length }, (_, i) => ({ ...(events.at(-1) as AuditEvent), id: `extra-${i}` }))]);
    for (const onEvent of [undefined, () => {}]) {
      const calls: Array<[number, string]> = [];
      const result = await verifyLedger(c, { verifierKey: KEY, onProgress: (count, stream) => calls.push([count, stream]), ...(onEvent ? { onEvent } : {}) });
      expect(result.events).toBe(10_001);
      expect(calls).toEqual([[10_000, 'big']]);
    }
  });
});

describe('verifyLedger: --state', () => {
  it('written only by a full, valid verify of a signed ledger; a partial one, a failing one or one without a head leaves it alone', async () => {
    const d = copy(main);
    const state = path.join(fresh('state'), 'verify.state');
    fs.mkdirSync(path.dirname(state));
    const partial = await verifyLedger(d, { verifierKey: KEY, state, streams: ['app'] });
    expect(partial.ok).toBe(true);
    expect(partial.warnings).toEqual([`--state ${state} was checked, not updated: only the selected stream(s) were verified`]);
    expect(fs.existsSync(state)).toBe(false);
    const full = await verifyLedger(d, { verifierKey: KEY, state });
    expect(full).toMatchObject({ ok: true, warnings: [] });
    const saved = JSON.parse(fs.readFileSync(state, 'utf8')) as { ledger: string; streams: Record<string, { size: number }> };
    expect(saved.ledger).toBe(idOf(d));
    expect(Object.fromEntries(Object.entries(saved.streams).map(([k, v]) => [k, v.size]))).toEqual({ app: 12, vault: 3 });
    // Without a head (accepted): not updated, and says why.
    const noHead = copy(d);
    fs.rmSync(path.join(noHead, 'HEAD'));
    const other = path.join(path.dirname(state), 'other.state');
    const result = await verifyLedger(noHead, { verifierKey: KEY, state: other, allowMissingHead: true });
    expect(result.ok).toBe(true);
    expect(result.warnings.at(-1)).toBe(`--state ${other} was not updated: the ledger has no signed head to remember`);
    expect(fs.existsSync(other)).toBe(false);
    // A failing verify does not write it either.
    const bad = copy(d);
    fs.rmSync(path.join(bad, 'HEAD'));
    expect((await verifyLedger(bad, { verifierKey: KEY, state: other })).ok).toBe(false);
    expect(fs.existsSync(other)).toBe(false);
  });

  it('an older copy is rolled back, a fork is inconsistent, a swapped ledger is replaced, a deleted one is deleted', async () => {
    const d = fresh('remembered');
    await write(d, 'app', 4);
    const old = copy(d);
    await write(d, 'app', 4);
    const state = path.join(fresh('state'), 'verify.state');
    fs.mkdirSync(path.dirname(state));
    expect((await verifyLedger(d, { verifierKey: KEY, state })).ok).toBe(true);
    const saved = JSON.parse(fs.readFileSync(state, 'utf8')) as { verifiedAt: string; streams: Record<string, { size: number }> };
    const size = saved.streams.app?.size as number;
    const oldSize = eventsOf(old, 'app').length;
    const source = `--state ${state} (verified ${saved.verifiedAt})`;
    // The copy is checked where the state remembers the ledger: move it into place.
    const moved = fresh('moved');
    fs.renameSync(d, moved);
    fs.cpSync(old, d, { recursive: true });
    const last = path.relative(d, segments(d, 'app').at(-1) as string);
    expect(failed(await verifyLedger(d, { verifierKey: KEY, state }))).toStrictEqual({ stream: 'app', seq: oldSize, file: last, reason: `rolled back: ${source} saw ${size} events, the stream holds ${oldSize}, in ${last} (an older copy of the ledger, or events removed)` });
    // A fork: the same key wrote other events after the copy.
    await write(d, 'app', 4, { signingKey: signer.signerKey });
    const forked = await verifyLedger(d, { verifierKey: KEY, state });
    expect(failed(forked)).toMatchObject({ stream: 'app', seq: size - 1, reason: `inconsistent with ${source}: the Merkle root at size ${size} differs from the one seen then (the ledger was rewritten or forked)` });
    // Another ledger at this path.
    fs.rmSync(d, { recursive: true });
    await write(d, 'app', 2);
    expect(failed(await verifyLedger(d, { verifierKey: KEY, state }))).toStrictEqual({ stream: '', seq: 0, file: 'LEDGER', reason: `the ledger was replaced: --state ${state} remembers ledger ${idOf(moved)} at this path (verified ${saved.verifiedAt}), this folder holds ledger ${idOf(d)}` });
    // Nothing left at this path: deleted, not a usage error.
    fs.rmSync(d, { recursive: true });
    const deleted = await verifyLedger(d, { verifierKey: KEY, state });
    expect(deleted).toMatchObject({ ok: false, streams: 0, events: 0, keySource: 'pinned', reports: [] });
    expect(failed(deleted)).toStrictEqual({ stream: '', seq: 0, file: 'LEDGER', reason: `ledger deleted: ${d} holds no ledger (ledger folder ${d} does not exist), but --state ${state} remembers ledger ${idOf(moved)} at this path, verified ${saved.verifiedAt}` });
  });
});

describe('verifyLedger: a witness', () => {
  it('inside the ledger (also through a symbolic link) is a usage error', async () => {
    const d = copy(main);
    const inside = path.join(d, 'w');
    await expect(verifyLedger(d, { verifierKey: KEY, witness: { name: 'w', heads: [], folder: inside } })).rejects.toThrow(`witness folder ${inside} is inside the ledger folder ${d}; a witness must be a place the ledger's writer cannot rewrite`);
    const link = path.join(fresh('link'));
    fs.symlinkSync(d, link);
    await expect(verifyLedger(d, { verifierKey: KEY, witness: { name: 'w', heads: [], folder: link } })).rejects.toThrow(`witness folder ${link} (really ${d}) is inside the ledger folder ${d}; a witness`);
  });

  it('its heads anchor each stream: a rollback names the head and its time; a fork is inconsistent with it', async () => {
    const d = fresh('witnessed');
    const w = fresh('w');
    fs.mkdirSync(w, { recursive: true });
    await write(d, 'app', 4, { witness: directoryWitness(w) });
    const old = copy(d);
    await write(d, 'app', 4, { witness: directoryWitness(w) });
    const heads = readDirectoryWitness(w, idOf(d)).map((e) => e.head);
    const witness = { name: 'w1', heads };
    expect(await verifyLedger(d, { verifierKey: KEY, witness })).toMatchObject({ ok: true, warnings: [] });
    // The first head that saw the largest size is the one named (a stable sort; the heads in order).
    const parsed = heads.map((h) => parseHead(openNote(h, [KEY]).text));
    const size = Math.max(...parsed.map((h) => h.streams[0]?.size ?? 0));
    const at = parsed.findIndex((h) => h.streams[0]?.size === size);
    const lastHead = parsed[at] as (typeof parsed)[number];
    expect(at).toBeLessThan(heads.length - 1);
    const oldSize = eventsOf(old, 'app').length;
    const last = path.relative(old, segments(old, 'app').at(-1) as string);
    expect(failed(await verifyLedger(old, { verifierKey: KEY, witness }))).toStrictEqual({ stream: 'app', seq: oldSize, file: last, reason: `rolled back: witness w1 (head ${at + 1}, signed ${lastHead.timestamp}) saw ${size} events, the stream holds ${oldSize}, in ${last} (an older copy of the ledger, or events removed)` });
    await write(old, 'app', 4);
    expect(failed(await verifyLedger(old, { verifierKey: KEY, witness }))?.reason).toBe(`inconsistent with witness w1 (head ${at + 1}, signed ${lastHead.timestamp}): the Merkle root at size ${size} differs from the one seen then (the ledger was rewritten or forked)`);
  });

  it('an error, no heads, a head not signed by the key, not a head, or of another ledger: each a finding naming the witness and the head', async () => {
    const id = idOf(main);
    const head = fs.readFileSync(path.join(main, 'HEAD'), 'utf8');
    const text = openNote(head, [KEY]).text;
    const check = async (witness: { name: string; heads: string[]; error?: string }) => failed(await verifyLedger(main, { verifierKey: KEY, witness }));
    expect(await check({ name: 'w', heads: [head], error: 'cannot read it' })).toStrictEqual({ stream: '', seq: 0, file: 'w', reason: 'witness w: cannot read it' });
    expect(await check({ name: 'w', heads: [] })).toStrictEqual({ stream: '', seq: 0, file: 'w', reason: `witness w holds no head of ledger ${id} (the writer does not append to it, or its entries were removed)` });
    expect((await check({ name: 'w', heads: [head, signNote(text, other.signerKey)] }))?.reason).toMatch(/^witness w head 2: signature invalid \((?!unknown\))[^)]+\)$/);
    expect(await check({ name: 'w', heads: [signNote('garbage\n', signer.signerKey)] })).toStrictEqual({ stream: '', seq: 0, file: 'w', reason: 'witness w head 1: head origin is not agent-audit/<ledger id>' });
    expect((await check({ name: 'w', heads: [signNote(text.replace(`agent-audit/${id}`, 'agent-audit/elsewhere'), signer.signerKey)] }))?.reason).toBe('witness w head 1: signed for agent-audit/elsewhere');
    // Without any key (none pinned, the ledger's own verifier.key gone, no HEAD) its heads cannot be opened.
    const d = copy(main);
    fs.rmSync(path.join(d, 'HEAD'));
    fs.rmSync(path.join(d, 'verifier.key'));
    expect(failed(await verifyLedger(d, { allowMissingHead: true, witness: { name: 'w', heads: [head] } }))?.reason).toBe('witness w head 1: signature invalid (no verifier key)');
  });

  it('a head signing a root for 0 events that is not the empty tree\'s; the empty tree\'s is fine', async () => {
    const text = openNote(fs.readFileSync(path.join(main, 'HEAD'), 'utf8'), [KEY]).text;
    const parsed = parseHead(text);
    const empty = (await import('../crypto/merkle.js')).CompactRange;
    const emptyRoot = Buffer.from(new empty().root()).toString('hex');
    const at0 = (root: string) => signNote(formatHead({ ...parsed, streams: parsed.streams.map((s) => (s.name === 'app' ? { ...s, size: 0, root } : s)) }), signer.signerKey);
    const bad = await verifyLedger(main, { verifierKey: KEY, witness: { name: 'w', heads: [at0('ab'.repeat(32))] } });
    expect(failed(bad)).toStrictEqual({ stream: 'app', seq: 0, file: 'streams/app/checkpoints.jsonl', reason: `witness w (head 1, signed ${parsed.timestamp}) signs a root for 0 events that is not the empty tree's` });
    expect((await verifyLedger(main, { verifierKey: KEY, witness: { name: 'w', heads: [at0(emptyRoot)] } })).ok).toBe(true);
  });

  it('a stream only a witness knows, whose folder is gone: named with the largest size it saw', async () => {
    const d = copy(main);
    const text = openNote(fs.readFileSync(path.join(d, 'HEAD'), 'utf8'), [KEY]).text;
    const parsed = parseHead(text);
    const vault = parsed.streams.find((s) => s.name === 'vault') as (typeof parsed.streams)[number];
    const sized = (size: number) => signNote(formatHead({ ...parsed, streams: [{ ...vault, size }] }), signer.signerKey);
    fs.rmSync(path.join(d, 'HEAD'));
    fs.rmSync(sdir(d, 'vault'), { recursive: true });
    const result = await verifyLedger(d, { verifierKey: KEY, allowMissingHead: true, witness: { name: 'w', heads: [sized(2), sized(3), sized(1)] } });
    expect(result.reports.find((r) => r.stream === 'vault')).toStrictEqual({ stream: 'vault', events: 0, checkpoints: 0, checkpointedSize: 0, failure: { stream: 'vault', seq: 0, file: 'streams/vault', reason: `stream folder is missing: witness w (head 1, signed ${parsed.timestamp}) has it with 3 events` } });
  });

  it('a folder witness remembers the ledger at its path: replaced and deleted ledgers are findings', async () => {
    const d = fresh('at-path');
    const w = fresh('w');
    fs.mkdirSync(w, { recursive: true });
    await write(d, 'app', 2, { witness: directoryWitness(w) });
    const first = idOf(d);
    const count = readDirectoryWitness(w, first).length;
    fs.rmSync(d, { recursive: true });
    expect(failed(await verifyLedger(d, { verifierKey: KEY, witness: { name: 'w', heads: [], folder: w } }))).toStrictEqual({ stream: '', seq: 0, file: 'LEDGER', reason: `ledger deleted: ${d} holds no ledger (ledger folder ${d} does not exist), but witness w holds ${count} head(s) of ledger ${first} written at this path` });
    await write(d, 'app', 2);
    expect(failed(await verifyLedger(d, { verifierKey: KEY, witness: { name: 'w', heads: readDirectoryWitness(w, idOf(d)).map((e) => e.head), folder: w } }))).toStrictEqual({ stream: '', seq: 0, file: 'LEDGER', reason: `the ledger was replaced: witness w holds no head of ledger ${idOf(d)}, but ${count} head(s) of ledger ${first} written at this path` });
    // A witness folder that holds nothing at all for this path: a usage error when the ledger is gone.
    fs.rmSync(d, { recursive: true });
    await expect(verifyLedger(d, { verifierKey: KEY, witness: { name: 'w', heads: [], folder: fresh('empty-w') } })).rejects.toThrow(`ledger folder ${d} does not exist`);
  });
});

/** A writer on `stream` that checkpoints every 2 events, `count` events flushed one at a time, left open; `tail` events past the last checkpoint. */
async function openStream(d: string, stream: string, count: number) {
  const auditor = createAuditor({ agent: { id: 'bot' }, sink: fileLedger({ dir: d, stream, keyDir, signingKey: signer.signerKey, checkpointEvery: 2, checkpointIntervalMs: 3_600_000 }), onError: () => {} });
  for (let i = 0; i < count; i++) {
    auditor.record({ type: 'tool.call', tool: { name: 'lookup', arguments: { i } } });
    await auditor.flush();
  }
  return auditor;
}
const checkpointSizes = (d: string, stream: string) => fs.readFileSync(path.join(sdir(d, stream), 'checkpoints.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { size: number }).size);
const lockFile = (d: string, stream: string) => path.join(sdir(d, stream), 'writer.lock');
const setLock = (d: string, value: object) => fs.writeFileSync(lockFile(d, 'app'), JSON.stringify({ since: new Date().toISOString(), ...value }));

describe('an unsigned tail after the last signed checkpoint, and the writer.lock', () => {
  // `live`: a ledger whose writer is open in this process; `copy`: its files, taken while open.
  let live: string;
  let snapshot: string;
  let events: number;
  let signed: number;
  let writer: Awaited<ReturnType<typeof openStream>>;
  beforeAll(async () => {
    live = fresh('live');
    writer = await openStream(live, 'app', 5);
    snapshot = copy(live);
    events = eventsOf(live, 'app').length;
    signed = Math.max(...checkpointSizes(live, 'app'));
    expect(events).toBeGreaterThan(signed);
  });
  afterAll(async () => writer.close());
  const tail = () => events - signed;
  const finding = (detail: string, lock: boolean) => ({
    stream: 'app', seq: signed, file: lock ? 'streams/app/writer.lock' : 'streams/app/checkpoints.jsonl',
    reason: `${tail()} events after the last signed checkpoint (size ${signed}) and ${detail}${lock ? ' (streams/app/writer.lock)' : ''}: appended behind the writer's back, or left by a writer that crashed (reopen the stream with its writer to sign them, then verify again)`,
  });

  it('while its writer runs here and holds the stream open: a warning, once, and the covered size', async () => {
    const result = await verifyLedger(live, { verifierKey: KEY });
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([`stream app: the last ${tail()} events are not covered by a signed checkpoint yet (its writer, pid ${process.pid}, is running and holds the stream open); truncation of those cannot be detected until it signs`]);
    expect(result.reports).toStrictEqual([{ stream: 'app', events, checkpoints: checkpointSizes(live, 'app').length, checkpointedSize: signed }]);
  });

  it('a lock naming a running process that does not hold the stream (this one, for a copy)', async () => {
    const d = copy(snapshot);
    expect(failed(await verifyLedger(d, { verifierKey: KEY }))).toStrictEqual(finding(`its lock names pid ${process.pid}, which is running but does not hold this stream open for writing (not its writer: a forged or stale lock)`, true));
    setLock(d, { pid: process.pid, host: os.hostname() });
    // This process holding the copy's files open for reading only is not its writer either.
    const fds = [...segments(d, 'app'), path.join(sdir(d, 'app'), 'checkpoints.jsonl')].map((f) => fs.openSync(f, 'r'));
    try {
      expect(failed(await verifyLedger(d, { verifierKey: KEY }))?.reason).toContain('which is running but does not hold this stream open for writing');
    } finally {
      for (const fd of fds) fs.closeSync(fd);
    }
    // Open for writing (as its writer holds them): live, a warning.
    const writable = fs.openSync(segments(d, 'app').at(-1) as string, 'r+');
    try {
      const result = await verifyLedger(d, { verifierKey: KEY });
      expect(result.ok).toBe(true);
      expect(result.warnings).toEqual([`stream app: the last ${tail()} events are not covered by a signed checkpoint yet (its writer, pid ${process.pid}, is running and holds the stream open); truncation of those cannot be detected until it signs`]);
    } finally {
      fs.closeSync(writable);
    }
  });

  it('no lock, an empty one, one of a process that is gone', async () => {
    const d = copy(snapshot);
    fs.rmSync(lockFile(d, 'app'));
    expect(failed(await verifyLedger(d, { verifierKey: KEY }))).toStrictEqual(finding('no writer holds it', false));
    fs.writeFileSync(lockFile(d, 'app'), '');
    expect(failed(await verifyLedger(d, { verifierKey: KEY }))).toStrictEqual(finding('its lock file is torn', true));
    const gone = Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
    setLock(d, { pid: gone, host: os.hostname() });
    expect(failed(await verifyLedger(d, { verifierKey: KEY }))).toStrictEqual(finding(`its writer (pid ${gone}) is no longer running`, true));
  });

  it('a lock of another host cannot be confirmed: a finding, or with acceptUnsignedTail a warning that says so', async () => {
    const d = copy(snapshot);
    setLock(d, { pid: process.pid, host: 'elsewhere.example' });
    const detail = `its lock names pid ${process.pid} on another host (elsewhere.example), whose writer cannot be confirmed from here`;
    expect(failed(await verifyLedger(d, { verifierKey: KEY }))).toStrictEqual({
      stream: 'app', seq: signed, file: 'streams/app/writer.lock',
      reason: `${tail()} events after the last signed checkpoint (size ${signed}) are unsigned and ${detail}; a lock file proves nothing: verify on the writer's host, wait for its next checkpoint, leave this stream out with --stream, or accept such tails as a warning with --accept-unsigned-tail`,
    });
    const accepted = await verifyLedger(d, { verifierKey: KEY, acceptUnsignedTail: true });
    expect(accepted.ok).toBe(true);
    expect(accepted.warnings).toEqual([`stream app: the last ${tail()} events are unsigned and unverifiable: ${detail}; accepted by --accept-unsigned-tail, they are trusted to that writer until it signs them`]);
    // acceptUnsignedTail does not excuse a lock of this host.
    setLock(d, { pid: process.pid, host: os.hostname() });
    expect((await verifyLedger(d, { verifierKey: KEY, acceptUnsignedTail: true })).ok).toBe(false);
  });

  it('a tail without a head entry for the stream (no HEAD, accepted) is only the summary\'s warning', async () => {
    const d = copy(snapshot);
    fs.rmSync(path.join(d, 'HEAD'));
    const result = await verifyLedger(d, { verifierKey: KEY, allowMissingHead: true });
    expect(result.ok).toBe(true);
    expect(result.warnings.at(-1)).toBe(`stream app: the last ${tail()} events are not covered by a signed checkpoint yet (a writer still running, or one that crashed); truncation of those cannot be detected`);
  });

  it('without the head over the checkpoints file (accepted): a saved frontier that does not match the tree', async () => {
    const d = copy(snapshot);
    fs.rmSync(path.join(d, 'HEAD'));
    const file = path.join(sdir(d, 'app'), 'checkpoints.jsonl');
    const records = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { size: number; frontier?: { size: number; hashes: string[] } });
    const k = records.findIndex((r) => r.frontier !== undefined && r.frontier.hashes.length > 0);
    expect(k).toBeGreaterThanOrEqual(0);
    const record = records[k] as (typeof records)[number];
    (record.frontier as { hashes: string[] }).hashes[0] = 'ab'.repeat(32);
    fs.writeFileSync(file, records.map((r) => JSON.stringify(r) + '\n').join(''));
    expect(failed(await verifyLedger(d, { verifierKey: KEY, allowMissingHead: true }))).toStrictEqual({ stream: 'app', seq: record.size - 1, file: 'streams/app/checkpoints.jsonl', reason: `checkpoint at size ${record.size}: its saved frontier does not match the tree` });
  });

  it('a checkpoint record that cannot be read, and a stream cut below its last checkpoint', async () => {
    let d = copy(snapshot);
    fs.rmSync(path.join(d, 'HEAD'));
    fs.appendFileSync(path.join(sdir(d, 'app'), 'checkpoints.jsonl'), 'not json\n');
    const unreadable = failed(await verifyLedger(d, { verifierKey: KEY, allowMissingHead: true }));
    expect(unreadable).toMatchObject({ stream: 'app', seq: 0, file: 'streams/app/checkpoints.jsonl' });
    expect(unreadable?.reason).toBe(`${path.join(sdir(d, 'app'), 'checkpoints.jsonl')} line ${checkpointSizes(snapshot, 'app').length + 1} is not a checkpoint record`);
    // No head: the last checkpoint names the truncation.
    d = copy(snapshot);
    fs.rmSync(path.join(d, 'HEAD'));
    rechain(d, 'app', (list) => list.slice(0, signed - 1));
    const last = path.relative(d, segments(d, 'app').at(-1) as string);
    expect(failed(await verifyLedger(d, { verifierKey: KEY, allowMissingHead: true }))).toStrictEqual({ stream: 'app', seq: signed - 1, file: last, reason: `truncated: a signed checkpoint covers ${signed} events but the stream ends after ${signed - 1}, in ${last}` });
  });
});

describe('verifyStreamFolder: the checkpoints file against the head, and the events', () => {
  const cps = (d: string) => path.join(sdir(d, 'app'), 'checkpoints.jsonl');
  const at = (d: string, reason: string, seq = 0) => ({ stream: 'app', seq, file: 'streams/app/checkpoints.jsonl', reason });

  it('missing, emptied, cut short, changed, or grown after the stream was closed', async () => {
    const bytes = fs.readFileSync(cps(main));
    let d = copy(main);
    fs.rmSync(cps(d));
    expect(failed(await verifyLedger(d, { verifierKey: KEY }))).toStrictEqual(at(d, `checkpoints.jsonl is missing, but the signed head commits to ${bytes.length} bytes of it (checkpoints deleted)`));
    fs.writeFileSync(cps(d), '');
    expect(failed(await verifyLedger(d, { verifierKey: KEY }))).toStrictEqual(at(d, `checkpoints.jsonl is empty, but the signed head commits to ${bytes.length} bytes of it (checkpoints deleted)`));
    fs.writeFileSync(cps(d), bytes.subarray(0, bytes.length - 1));
    expect(failed(await verifyLedger(d, { verifierKey: KEY }))).toStrictEqual(at(d, `checkpoints.jsonl is shorter (${bytes.length - 1} bytes) than the ${bytes.length} bytes the signed head commits to (checkpoints removed)`));
    const changed = Buffer.from(bytes);
    changed[10] = changed[10] === 0x41 ? 0x42 : 0x41;
    fs.writeFileSync(cps(d), changed);
    expect(failed(await verifyLedger(d, { verifierKey: KEY }))).toStrictEqual(at(d, `checkpoints.jsonl was changed: its first ${bytes.length} bytes differ from what the signed head commits to`));
    d = copy(main);
    const lines = bytes.toString('utf8').split('\n').filter(Boolean);
    fs.appendFileSync(cps(d), `${lines.at(-1)}\n`);
    expect(failed(await verifyLedger(d, { verifierKey: KEY }))).toStrictEqual(at(d, 'checkpoints.jsonl has records after the stream was closed at 12 events', 12));
  });

  it('a checkpoints file of the wrong kind is named by the layout check', async () => {
    const d = copy(main);
    fs.rmSync(cps(d));
    fs.mkdirSync(cps(d));
    expect(failed(await verifyLedger(d, { verifierKey: KEY }))).toStrictEqual(at(d, 'streams/app/checkpoints.jsonl is a directory, not a regular file'));
  });

  it('an event appended past the end of a closed stream', async () => {
    const d = copy(main);
    rechain(d, 'vault', (list) => [...list, { ...(list.at(-1) as AuditEvent), id: 'appended' }]);
    const last = path.relative(d, segments(d, 'vault').at(-1) as string);
    expect(failed(await verifyLedger(d, { verifierKey: KEY }))).toStrictEqual({ stream: 'vault', seq: 3, id: 'appended', file: last, reason: 'event past the final size of a closed stream: the signed head closed it at 3 events' });
  });

  it('a line duplicated inside the signed range (fast path, then the exact pass): the seq seen again, with its id', async () => {
    const d = copy(main);
    const seg = segments(d, 'app')[1] as string;
    const lines = fs.readFileSync(seg, 'utf8').split('\n').filter(Boolean);
    fs.writeFileSync(seg, [lines[0], ...lines].map((l) => l + '\n').join(''));
    const first = JSON.parse(lines[0] as string) as AuditEvent;
    expect(failed(await verifyLedger(d, { verifierKey: KEY }))).toStrictEqual({ stream: 'app', seq: first.seq, id: first.id, file: path.relative(d, seg), reason: `duplicate, forked or reordered event: seq ${first.seq} appears again where seq ${first.seq + 1} belongs` });
  });

  it('a line that is not JSON, and one nested too deep, named at their position', async () => {
    let d = copy(main);
    let seg = segments(d, 'app')[1] as string;
    const k = (JSON.parse(fs.readFileSync(seg, 'utf8').split('\n')[0] as string) as AuditEvent).seq;
    const replaceFirst = (line: string) => {
      const lines = fs.readFileSync(seg, 'utf8').split('\n').filter(Boolean);
      lines[0] = line;
      fs.writeFileSync(seg, lines.map((l) => l + '\n').join(''));
    };
    replaceFirst('{"not":"an event"');
    expect(failed(await verifyLedger(d, { verifierKey: KEY }))).toStrictEqual({ stream: 'app', seq: k, file: path.relative(d, seg), reason: 'line is not a JSON event (damaged or inserted bytes)' });
    d = copy(main);
    seg = segments(d, 'app')[1] as string;
    replaceFirst('['.repeat(100_000) + ']'.repeat(100_000));
    const deep = failed(await verifyLedger(d, { verifierKey: KEY }));
    expect(deep).toMatchObject({ stream: 'app', seq: k, file: path.relative(d, seg) });
    expect(deep?.reason).toMatch(new RegExp(`, in ${path.relative(d, seg).replace(/\./g, '\\.')}$`));
  });

  it('a segment whose name starts at another seq than the events before it end', async () => {
    const d = copy(main);
    const [s0, s1] = segments(d, 'app') as [string, string];
    const first = Number(path.basename(s1, '.jsonl'));
    fs.renameSync(s1, path.join(sdir(d, 'app'), `${String(first + 1).padStart(20, '0')}.jsonl`));
    const result = failed(await verifyLedger(d, { verifierKey: KEY }));
    expect(result).toMatchObject({ stream: 'app', seq: first });
    expect(path.basename(s0)).toBe('00000000000000000000.jsonl');
    expect(result?.reason).toBe(`segment ${String(first + 1).padStart(20, '0')}.jsonl starts at seq ${first + 1}, expected ${first}`);
  });

  it('the last line of a segment without its final newline', async () => {
    const d = copy(main);
    const seg = segments(d, 'app').at(-1) as string;
    const text = fs.readFileSync(seg, 'utf8');
    fs.writeFileSync(seg, text.slice(0, -1));
    const rel = path.relative(d, seg);
    expect(failed(await verifyLedger(d, { verifierKey: KEY }))).toStrictEqual({ stream: 'app', seq: 11, file: rel, reason: `the last line of ${rel} does not end with LF (its final newline was cut: every line of a segment ends with one, docs/FORMAT.md §1)` });
  });

  it('the last events removed under the signed head: truncated, named by the segment the stream ends in', async () => {
    const d = copy(main);
    rechain(d, 'app', (list) => list.slice(0, 10));
    const last = path.relative(d, segments(d, 'app').at(-1) as string);
    expect(failed(await verifyLedger(d, { verifierKey: KEY }))).toStrictEqual({ stream: 'app', seq: 10, file: last, reason: `truncated: the signed head covers 12 events but the stream ends after 10, in ${last}` });
    // Every segment gone: named by the stream folder.
    for (const f of segments(d, 'app')) fs.rmSync(f);
    expect(failed(await verifyLedger(d, { verifierKey: KEY }))).toStrictEqual({ stream: 'app', seq: 0, file: 'streams/app', reason: 'truncated: the signed head covers 12 events but the stream ends after 0, in streams/app' });
  });

  it('a re-chained rewrite: the first signed root after it; the rotations of the first pass are not reported twice', async () => {
    const d = copy(main);
    rechain(d, 'app', (list) => list.map((e) => (e.seq === 5 ? { ...e, decision: { action: 'forged' } } as AuditEvent : e)));
    const sizes = checkpointSizes(d, 'app');
    const at = sizes.find((s) => s > 5) as number;
    expect(failed(await verifyLedger(d, { verifierKey: KEY }))).toMatchObject({ stream: 'app', seq: at - 1, reason: `Merkle root at size ${at} differs from the signed checkpoint: events up to here were rewritten` });
  });
});

describe('verifyStreamFolder: anchors between the signed checkpoints, on the fast path', () => {
  it('a witness root at a size no checkpoint has is checked in size order, without parsing the lines', async () => {
    const text = openNote(fs.readFileSync(path.join(main, 'HEAD'), 'utf8'), [KEY]).text;
    const parsed = parseHead(text);
    const at2 = (root: string) => signNote(formatHead({ ...parsed, streams: parsed.streams.map((s) => (s.name === 'app' ? { ...s, size: 2, root } : s)) }), signer.signerKey);
    // Its size (2) comes after the checkpoints' (4, 8, 12) in the list of sizes to stop at.
    const result = await verifyLedger(main, { verifierKey: KEY, witness: { name: 'w', heads: [at2('ab'.repeat(32))] } });
    expect(failed(result)).toStrictEqual({ stream: 'app', seq: 1, id: appEvents[1]?.id, file: path.relative(main, segments(main, 'app')[0] as string), reason: `inconsistent with witness w (head 1, signed ${parsed.timestamp}): the Merkle root at size 2 differs from the one seen then (the ledger was rewritten or forked)` });
  });
});
