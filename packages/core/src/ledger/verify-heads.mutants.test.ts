// verifyLedger()'s checks of the heads seen before (issue 13, from the mutants of verify.ts that
// no test reached after d65b0a9: the lines 4b7ce45 brought): a malformed pinned key named without
// its secret part, the head a --state file remembers, a witness's notes, HEAD put back to an
// earlier version, and a checkpoint or witness head signed by a listed key that is not pinned.
// In process, so a mutant reaches them (the CLI suites run the built dist).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditor } from '../auditor/auditor.js';
import { generateSignerKey, openNote, signNote } from '../crypto/note.js';
import { fileLedger, type FileLedgerOptions } from './file-ledger.js';
import { checkVerifierKeys, verifyLedger, type VerifyResult } from './verify.js';

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-verify-heads-'));
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));
const keyDir = path.join(base, 'keys');
const signer = generateSignerKey('verify-heads/audit');
const other = generateSignerKey('verify-heads/other');
const KEY = signer.verifierKey;

let n = 0;
const fresh = (tag = 't'): string => path.join(base, `${tag}-${n++}`);
function copy(from: string): string {
  const d = fresh('copy');
  fs.cpSync(from, d, { recursive: true });
  return d;
}
const idOf = (d: string) => (JSON.parse(fs.readFileSync(path.join(d, 'LEDGER'), 'utf8')) as { id: string }).id;
const headOf = (d: string) => fs.readFileSync(path.join(d, 'HEAD'), 'utf8');
const textOf = (note: string) => openNote(note, [KEY]).text;
const timeOf = (note: string) => (/\ntimestamp (\S+)\n/.exec(textOf(note)) as RegExpExecArray)[1] as string;
/** The head `note` signed again at `time` (by `key`), nothing else changed. */
const at = (note: string, time: string, key = signer.signerKey) => signNote(textOf(note).replace(/\ntimestamp \S+\n/, `\ntimestamp ${time}\n`), key);
const failed = (result: VerifyResult) => result.firstFailure;

async function write(d: string, stream: string, count: number, extra: Partial<FileLedgerOptions> = {}): Promise<void> {
  const auditor = createAuditor({ agent: { id: 'bot' }, sink: fileLedger({ dir: d, stream, keyDir, signingKey: signer.signerKey, ...extra }), onError: () => {} });
  for (let i = 0; i < count; i++) {
    auditor.record({ type: 'decision.made', decision: { action: stream, reason: `#${i}` } });
    await auditor.flush();
  }
  await auditor.close();
}

/** The KeyError message checkVerifierKeys throws for `key`. */
function keyMessage(key: string): string {
  try {
    checkVerifierKeys([key]);
    return 'accepted';
  } catch (error) {
    return (error as Error).message;
  }
}
const EXPECTED = '; expected name+<8 hex digits of key ID>+<base64 of 0x01 and the 32-byte Ed25519 public key>, as printed by `agent-audit keygen` or fileLedger().verifierKey';

// `main`: stream app, 3 events, checkpoints at 1, 2, 3, closed.
let main: string;
beforeAll(async () => {
  main = fresh('main');
  await write(main, 'app', 3, { checkpointEvery: 1 });
});

describe('a malformed pinned key: what the message shows of it', () => {
  it('the name and key ID of the form name+<8 hex>+…, never the base64 after them', () => {
    expect(keyMessage('audit+0123abcd+AAAA')).toBe(`the verifier key "audit+0123abcd+…" is malformed (verifier key "audit": unsupported signature type (only Ed25519, 0x01))${EXPECTED}`);
  });

  it('a key ID of 9 hex digits or 7 is not that form: the whole text, hidden as it holds a long run of base64', () => {
    expect(keyMessage('audit+00123abcd+AAAA')).toBe(`the verifier key "<20 characters, not shown: they could be part of a secret key>" is malformed (verifier key: key ID must be 8 hex digits)${EXPECTED}`);
    expect(keyMessage('audit+123abcd+AAAAAAAA')).toBe(`the verifier key "<22 characters, not shown: they could be part of a secret key>" is malformed (verifier key: key ID must be 8 hex digits)${EXPECTED}`);
  });

  it('a name holding 12 base64 characters (a seed\'s first piece) is hidden, in the label and in the reason', () => {
    const message = keyMessage('abcdefghijklmnop+0123abcd+AAAA');
    expect(message).toBe(`the verifier key "<30 characters, not shown: they could be part of a secret key>" is malformed (verifier key: unsupported signature type (only Ed25519, 0x01))${EXPECTED}`);
    expect(message).not.toContain('abcdefghijkl');
  });

  it('a name with shorter runs is shown', () => {
    expect(keyMessage('abc-defghijk/lm+0123abcd+AAAA')).toContain('the verifier key "abc-defghijk/lm+0123abcd+…" is malformed (verifier key "abc-defghijk/lm": unsupported');
  });

  it('a key ID that does not match: the key ID the bytes give is not named (it is a hash of a seed given by mistake)', () => {
    // The base64 may hold '+' itself: everything after the second '+'.
    const [name, id, ...rest] = KEY.split('+') as [string, string, ...string[]];
    const b64 = rest.join('+');
    const wrong = id === '00000000' ? '00000001' : '00000000';
    const message = keyMessage(`${name}+${wrong}+${b64}`);
    expect(message).toBe(`the verifier key "${name}+${wrong}+…" is malformed (verifier key "${name}": key ID ${wrong} does not match the public key)${EXPECTED}`);
    expect(message).not.toContain(id);
  });

  it('text with no long run of base64: shown, cut at 80 characters', () => {
    const text = 'ab '.repeat(40).trim();
    expect(keyMessage(`  ${text}  `)).toBe(`the verifier key "${text.slice(0, 80)}…" is malformed (verifier key must have the form name+keyid+base64key)${EXPECTED}`);
    const eighty = `${'ab '.repeat(26)}ab`;
    expect(eighty).toHaveLength(80);
    expect(keyMessage(eighty)).toBe(`the verifier key "${eighty}" is malformed (verifier key must have the form name+keyid+base64key)${EXPECTED}`);
    // Two parts, the second 8 hex digits: not the name+<8 hex>+… form either.
    expect(keyMessage('ab+0123abcd')).toBe(`the verifier key "ab+0123abcd" is malformed (verifier key must have the form name+keyid+base64key)${EXPECTED}`);
    expect(keyMessage('ab+cd')).toBe(`the verifier key "ab+cd" is malformed (verifier key must have the form name+keyid+base64key)${EXPECTED}`);
    expect(keyMessage('a'.repeat(80).replace(/a{10}/g, 'aaaaaaaaa '))).toContain(`the verifier key "${'a'.repeat(80).replace(/a{10}/g, 'aaaaaaaaa ').trim()}" is malformed`);
  });
});

describe('the head a --state file remembers', () => {
  let d: string;
  let state: string;
  beforeAll(async () => {
    d = copy(main);
    state = path.join(fresh('state'), 'verify.state');
    fs.mkdirSync(path.dirname(state));
    expect((await verifyLedger(d, { verifierKey: KEY, state })).ok).toBe(true);
  });
  const withHead = (head: string) => {
    const file = path.join(fresh('state'), 'verify.state');
    fs.mkdirSync(path.dirname(file));
    const saved = JSON.parse(fs.readFileSync(state, 'utf8')) as Record<string, unknown>;
    fs.writeFileSync(file, JSON.stringify({ ...saved, head }));
    return file;
  };
  const refused = async (file: string) => {
    try {
      await verifyLedger(d, { verifierKey: KEY, state: file });
      return 'verified';
    } catch (error) {
      return `${(error as { code?: string }).code}: ${(error as Error).message}`;
    }
  };
  const reason = (file: string) => `verify_state: state file ${file}: the head it remembers is not a head of ledger ${idOf(d)} signed by a key given (the state file was edited, or after a key rotation the older key is not pinned: pin it too)`;

  it('a head of this ledger signed by a key given is accepted, and the file rewritten', async () => {
    const file = withHead(headOf(d));
    expect(await verifyLedger(d, { verifierKey: KEY, state: file })).toMatchObject({ ok: true, warnings: [] });
    expect(fs.readFileSync(file, 'utf8')).toContain('"path"');
  });

  it('signed by another key, not a head, or a head of another ledger: a usage error (the state file was edited)', async () => {
    let file = withHead(at(headOf(d), timeOf(headOf(d)), other.signerKey));
    expect(await refused(file)).toBe(reason(file));
    file = withHead(signNote('garbage\n', signer.signerKey));
    expect(await refused(file)).toBe(reason(file));
    file = withHead(signNote(textOf(headOf(d)).replace(`agent-audit/${idOf(d)}`, 'agent-audit/elsewhere'), signer.signerKey));
    expect(await refused(file)).toBe(reason(file));
  });

  it('without any key (none pinned, the ledger\'s own verifier.key gone) the remembered head is not checked: the finding is the missing key', async () => {
    const noKey = copy(d);
    fs.rmSync(path.join(noKey, 'verifier.key'));
    const result = await verifyLedger(noKey, { state: withHead(headOf(d)) });
    expect(result).toMatchObject({ ok: false, keySource: 'none' });
    expect(failed(result)).toStrictEqual({ stream: '', seq: 0, file: 'HEAD', reason: 'HEAD: no verifier key to check its signature' });
  });

  it('a remembered head signed later than HEAD: HEAD rolled back, a finding once every stream verifies', async () => {
    const later = '2999-01-01T00:00:00.000Z';
    const file = withHead(at(headOf(d), later));
    const verifiedAt = (JSON.parse(fs.readFileSync(file, 'utf8')) as { verifiedAt: string }).verifiedAt;
    const result = await verifyLedger(d, { verifierKey: KEY, state: file });
    expect(result.ok).toBe(false);
    expect(failed(result)).toStrictEqual({ stream: '', seq: 0, file: 'HEAD', reason: `HEAD rolled back: it was signed ${timeOf(headOf(d))}, and --state ${file} remembers a head signed later (${later}, verified ${verifiedAt})` });
    // Not replaced by the older head either.
    expect((JSON.parse(fs.readFileSync(file, 'utf8')) as { head: string }).head).toBe(at(headOf(d), later));
    // Signed earlier, or at the same time: nothing to report.
    expect((await verifyLedger(d, { verifierKey: KEY, state: withHead(at(headOf(d), '2000-01-01T00:00:00.000Z')) })).ok).toBe(true);
    expect((await verifyLedger(d, { verifierKey: KEY, state: withHead(headOf(d)) })).ok).toBe(true);
  });

  it('a stream finding is reported first; the state\'s rollback wins over the witness\'s', async () => {
    const later = '2999-01-01T00:00:00.000Z';
    const file = withHead(at(headOf(d), later));
    const broken = copy(d);
    const segment = path.join(broken, 'streams', 'app', fs.readdirSync(path.join(broken, 'streams', 'app')).find((f) => f.endsWith('.jsonl') && f !== 'checkpoints.jsonl') as string);
    fs.writeFileSync(segment, fs.readFileSync(segment, 'utf8').replace('#1', '#X'));
    const result = await verifyLedger(broken, { verifierKey: KEY, state: file });
    expect(failed(result)).toMatchObject({ stream: 'app' });
    expect(failed(result)?.reason).not.toMatch(/rolled back/);
    // Both a remembered and a witnessed later head: the state's is named.
    const both = await verifyLedger(d, { verifierKey: KEY, state: file, witness: { name: 'w', heads: [headOf(d), at(headOf(d), '2998-01-01T00:00:00.000Z')] } });
    expect(failed(both)?.reason).toMatch(new RegExp(`^HEAD rolled back: it was signed \\S+, and --state ${file.replace(/[.]/g, '\\.')} remembers`));
  });
});

describe('a witness: notes, and HEAD put back to an earlier version', () => {
  it('its notes (entries cut short) are warnings', async () => {
    const result = await verifyLedger(main, { verifierKey: KEY, witness: { name: 'w', heads: [headOf(main)], notes: ['witness file x line 2 holds an entry cut short', 'another'] } });
    expect(result).toMatchObject({ ok: true, warnings: ['witness file x line 2 holds an entry cut short', 'another'] });
    expect((await verifyLedger(main, { verifierKey: KEY, witness: { name: 'w', heads: [headOf(main)] } })).warnings).toEqual([]);
  });

  it('HEAD is a head the witness holds, and it holds heads signed later: rolled back, naming how many and the newest by time', async () => {
    const head = headOf(main);
    const t = timeOf(head);
    const heads = [at(head, '2999-01-01T00:00:00.000Z'), head, at(head, '2998-01-01T00:00:00.000Z'), at(head, '2000-01-01T00:00:00.000Z')];
    const result = await verifyLedger(main, { verifierKey: KEY, witness: { name: 'w', heads } });
    expect(failed(result)).toStrictEqual({ stream: '', seq: 0, file: 'HEAD', reason: `HEAD rolled back: it was signed ${t}, and witness w holds 2 head(s) of this ledger signed later (the newest 2999-01-01T00:00:00.000Z)` });
    // The same heads in another order: the same finding.
    expect(failed(await verifyLedger(main, { verifierKey: KEY, witness: { name: 'w', heads: [...heads].reverse() } }))?.reason).toBe(failed(result)?.reason);
    // HEAD is the newest the witness holds: sound.
    expect((await verifyLedger(main, { verifierKey: KEY, witness: { name: 'w', heads: [at(head, '2000-01-01T00:00:00.000Z'), head] } })).ok).toBe(true);
    expect((await verifyLedger(main, { verifierKey: KEY, witness: { name: 'w', heads: [head] } })).ok).toBe(true);
  });

  it('HEAD older than every head the witness holds (from before the witness): rolled back; newer than one it does not hold: sound', async () => {
    const head = headOf(main);
    const d = copy(main);
    fs.writeFileSync(path.join(d, 'HEAD'), at(head, '2000-01-01T00:00:00.000Z'));
    const result = await verifyLedger(d, { verifierKey: KEY, witness: { name: 'w', heads: [at(head, '2998-01-01T00:00:00.000Z'), head] } });
    expect(failed(result)).toStrictEqual({ stream: '', seq: 0, file: 'HEAD', reason: `HEAD rolled back: it was signed 2000-01-01T00:00:00.000Z, and witness w holds 2 head(s) of this ledger signed later (the newest 2998-01-01T00:00:00.000Z)` });
    // HEAD signed at the same time as the oldest head the witness holds, but not one of them: no rollback claimed.
    const sameTime = signNote(textOf(head).replace(/\nkeys [0-9a-f]{64}\n/, `\nkeys ${'0'.repeat(64)}\n`), signer.signerKey);
    expect(sameTime).not.toBe(head);
    expect(timeOf(sameTime)).toBe(timeOf(head));
    expect((await verifyLedger(main, { verifierKey: KEY, witness: { name: 'w', heads: [sameTime, at(head, '2998-01-01T00:00:00.000Z')] } })).ok).toBe(true);
    // A head the witness does not hold, signed after the oldest it holds: no rollback claimed.
    fs.writeFileSync(path.join(d, 'HEAD'), at(head, '2500-01-01T00:00:00.000Z'));
    expect((await verifyLedger(d, { verifierKey: KEY, witness: { name: 'w', heads: [at(head, '2998-01-01T00:00:00.000Z'), head] } })).ok).toBe(true);
  });
});

describe('signed by a key the ledger lists but that is not pinned (a key before a rotation)', () => {
  let d: string;
  const next = generateSignerKey('verify-heads/next');
  beforeAll(async () => {
    d = fresh('rotated');
    await write(d, 'app', 2, { checkpointEvery: 1 });
    const auditor = createAuditor({ agent: { id: 'bot' }, sink: fileLedger({ dir: d, stream: 'app', keyDir: path.join(base, 'keys-next'), signingKey: next.signerKey, rotateKey: true }), onError: () => {} });
    auditor.record({ type: 'tool.call', tool: { name: 'lookup' } });
    await auditor.close();
  });
  const hint = (key: string) => `; it is signed by ${key}, which the ledger's verifier.key lists but is not pinned (a key used before a rotation, when the ledger has ledger.key_rotate events): if that key was yours, pin it too (--key ${key} --key <the newer key>); if not, the ledger was signed by someone else`;

  it('a checkpoint signed before the rotation, with only the new key pinned: the old key named, and what to pin', async () => {
    const result = await verifyLedger(d, { verifierKey: next.verifierKey });
    expect(failed(result)).toMatchObject({ stream: 'app', file: 'streams/app/checkpoints.jsonl' });
    expect(failed(result)?.reason).toMatch(/signature invalid: (?!unknown)/);
    expect(failed(result)?.reason.endsWith(hint(KEY))).toBe(true);
    expect((await verifyLedger(d, { verifierKey: [KEY, next.verifierKey] })).ok).toBe(true);
  });

  it('a witness head signed by the old key: the same hint; by a key the ledger does not list: none', async () => {
    const old = signNote(textOf(headOf(main)).replace(`agent-audit/${idOf(main)}`, `agent-audit/${idOf(d)}`), signer.signerKey);
    const reason = failed(await verifyLedger(d, { verifierKey: [next.verifierKey], witness: { name: 'w', heads: [old] } }))?.reason ?? '';
    expect(reason).toMatch(/^witness w head 1: signature invalid \((?!unknown\))[^)]+\); it is signed by /);
    expect(reason.endsWith(hint(KEY))).toBe(true);
    const stranger = signNote(textOf(old), other.signerKey);
    expect(failed(await verifyLedger(d, { verifierKey: [KEY, next.verifierKey], witness: { name: 'w', heads: [stranger] } }))?.reason).toMatch(/^witness w head 1: signature invalid \([^)]+\)$/);
  });
});

describe('without HEAD (allowMissingHead), and the rollback findings of several heads or streams', () => {
  it('HEAD deleted, allowed: a remembered head or a witness is no rollback to check (no head to compare), and nothing throws', async () => {
    const d = copy(main);
    const state = path.join(fresh('state'), 'verify.state');
    fs.mkdirSync(path.dirname(state));
    expect((await verifyLedger(d, { verifierKey: KEY, state })).ok).toBe(true);
    const head = headOf(d);
    fs.rmSync(path.join(d, 'HEAD'));
    const withState = await verifyLedger(d, { verifierKey: KEY, state, allowMissingHead: true });
    expect(withState.warnings.join('\n')).toMatch(/^HEAD is missing/);
    expect(failed(withState)?.reason ?? '').not.toMatch(/rolled back/);
    const withWitness = await verifyLedger(d, { verifierKey: KEY, allowMissingHead: true, witness: { name: 'w', heads: [head, at(head, '2999-01-01T00:00:00.000Z')] } });
    expect(withWitness.warnings.join('\n')).toMatch(/^HEAD is missing/);
    expect(failed(withWitness)?.reason ?? '').not.toMatch(/rolled back/);
  });

  it('HEAD deleted, allowed, no key at all, and a remembered head without a timestamp line: its time is not read (no TypeError)', async () => {
    const d = copy(main);
    const state = path.join(fresh('state'), 'verify.state');
    fs.mkdirSync(path.dirname(state));
    expect((await verifyLedger(d, { verifierKey: KEY, state })).ok).toBe(true);
    const saved = JSON.parse(fs.readFileSync(state, 'utf8')) as Record<string, unknown>;
    fs.writeFileSync(state, JSON.stringify({ ...saved, head: signNote('garbage\n', signer.signerKey) }));
    fs.rmSync(path.join(d, 'HEAD'));
    fs.rmSync(path.join(d, 'verifier.key'));
    const result = await verifyLedger(d, { state, allowMissingHead: true });
    expect(result.keySource).toBe('none');
    expect(failed(result)?.reason ?? '').not.toMatch(/rolled back/);
  });

  it('three heads the witness holds signed later: the newest by time is named, wherever it stands', async () => {
    const head = headOf(main);
    const heads = [head, at(head, '2997-01-01T00:00:00.000Z'), at(head, '2998-01-01T00:00:00.000Z'), at(head, '2999-01-01T00:00:00.000Z')];
    for (const order of [heads, [...heads].reverse()]) {
      const result = await verifyLedger(main, { verifierKey: KEY, witness: { name: 'w', heads: order } });
      expect(failed(result)?.reason).toBe(`HEAD rolled back: it was signed ${timeOf(head)}, and witness w holds 3 head(s) of this ledger signed later (the newest 2999-01-01T00:00:00.000Z)`);
    }
  });

  it('two streams, one of them broken, and a rollback: the broken stream is the finding, not the rollback', async () => {
    const d = fresh('two');
    await write(d, 'app', 3, { checkpointEvery: 1 });
    await write(d, 'web', 2, { checkpointEvery: 1 });
    const later = at(headOf(d), '2999-01-01T00:00:00.000Z');
    const witness = { name: 'w', heads: [headOf(d), later] };
    expect(failed(await verifyLedger(d, { verifierKey: KEY, witness }))?.reason).toMatch(/^HEAD rolled back/);
    const segment = path.join(d, 'streams', 'app', fs.readdirSync(path.join(d, 'streams', 'app')).find((f) => f.endsWith('.jsonl') && f !== 'checkpoints.jsonl') as string);
    fs.writeFileSync(segment, fs.readFileSync(segment, 'utf8').replace('#1', '#X'));
    const result = await verifyLedger(d, { verifierKey: KEY, witness });
    expect(result.reports.map((s) => [s.stream, s.failure === undefined])).toEqual([['app', false], ['web', true]]);
    expect(failed(result)).toMatchObject({ stream: 'app' });
    expect(failed(result)?.reason).not.toMatch(/rolled back/);
  });
});
