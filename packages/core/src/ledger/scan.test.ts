import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { computeEventHash, sealEvent, sealLine } from '../auditor/seal.js';
import { canonicalize } from '../crypto/jcs.js';
import { generateSignerKey } from '../crypto/note.js';
import { GENESIS_HASH, type AuditEvent, type UnsealedEvent } from '../spec/event.js';
import { fileLedger } from './file-ledger.js';
import { hashOfLine, hashOfLineBytes, parseLine } from './lines.js';
import { HASH_FIRST_LENGTH, leafOfHashFirstLine, scanVerifiedLine } from './scan.js';
import { verifyLedger } from './verify.js';

const base = {
  v: 1, id: '01JD0000000000000000000000', ts: '2026-11-30T12:00:00.000Z', stream: 'claims-bot', seq: 0, type: 'tool.call', outcome: 'success',
  source: 'test', agent: { id: 'claims-bot' }, trace: { traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7' },
} as unknown as UnsealedEvent;

function sealed(extra: Record<string, unknown> = {}, prev = GENESIS_HASH) {
  return sealEvent({ ...base, ...extra } as UnsealedEvent, prev);
}

/** The line a writer before the hash member moved to the front stored: the JCS of the whole event. */
const oldLayout = (event: AuditEvent): string => canonicalize(event);

describe('the stored line (docs/FORMAT.md §3)', () => {
  it('is `{"hash":"<hash>",` followed by the canonical bytes after their `{`; both layouts hash alike', () => {
    const { event, line } = sealed({ attrs: { hash: 'x', id: 'nested', note: 'é "q" \\ ✓' } });
    const canonical = canonicalize({ ...event, hash: undefined });
    expect(line.startsWith(`{"hash":"${event.hash}",`)).toBe(true);
    expect(`{${line.slice(HASH_FIRST_LENGTH)}`).toBe(canonical);
    expect(computeEventHash(event)).toBe(event.hash);
    expect(sealLine({ ...base, attrs: event.attrs } as UnsealedEvent, GENESIS_HASH).line).toBe(line);
    expect(JSON.parse(line)).toEqual(event);
    const old = oldLayout(event);
    expect(old.indexOf(`"hash":"${event.hash}","id":`)).toBeGreaterThan(1);
    for (const text of [line, old]) {
      expect(hashOfLine(text, event.hash)).toBe(event.hash);
      expect(hashOfLineBytes(Buffer.from(text), event.hash)).toBe(event.hash);
    }
  });
});

describe('leafOfHashFirstLine: the fast path for lines of the current layout', () => {
  const leaf = Buffer.alloc(32);

  it('gives the leaf of a genuine line, whatever its nested values hold, and leaves the line as it was', () => {
    const { event, line } = sealed({ attrs: { hash: 'x', type: 'ledger.key_rotate', text: 'a "}{][" \\" quote', v: 2 }, content: { input: '"type":"ledger.key_rotate","v":1}' } });
    const bytes = Buffer.from(line);
    expect(leafOfHashFirstLine(bytes, leaf)).toBe(true);
    expect(leaf.toString('hex')).toBe(event.hash);
    expect(bytes.toString()).toBe(line);
  });

  it('declines (and leaves `leaf` alone) anything it does not prove as it stands', () => {
    const { event, line } = sealed({ tool: { name: 'lookup', arguments: { n: 1 } } });
    const before = Buffer.from('ab'.repeat(32), 'hex');
    const declined = (text: string | Buffer): void => {
      before.copy(leaf);
      const bytes = Buffer.from(text);
      const copy = Buffer.from(bytes);
      expect(leafOfHashFirstLine(bytes, leaf), String(text).slice(0, 120)).toBe(false);
      expect(leaf.equals(before)).toBe(true);
      expect(bytes.equals(copy)).toBe(true);
    };
    declined(oldLayout(event)); // the older layout: the scanner or the full path
    declined(line.replace('"lookup"', '"lookuq"')); // a changed byte after the member
    declined(line.replace(event.hash, event.hash.toUpperCase())); // the same hash, not lowercase
    declined(line.replace(event.hash.slice(0, 2), 'zz')); // not hex
    declined(line.slice(0, -1)); // torn
    declined(`${line.slice(0, -1)},"w":1}`); // not the writer's ending
    declined(line.replace('{"hash":', '{ "hash":'));
    for (const type of ['ledger.key_rotate', 'ledger.pruned', 'ledger.recover']) {
      declined(sealed({ type, attrs: { from: 'a', to: 'b' } }).line); // the ledger's own: the full check
    }
    declined(sealed({ type: `tool.${'x'.repeat(130)}` }).line); // a type longer than the window looked at
  });

  it('agrees with the full check on every line of a chain', () => {
    let prev = GENESIS_HASH;
    for (let seq = 0; seq < 50; seq++) {
      const { event, line } = sealed({ seq, tool: { name: 'lookup', arguments: { n: seq, s: 'é "x" \\ {' } } }, prev);
      expect(leafOfHashFirstLine(Buffer.from(line), leaf)).toBe(true);
      expect(leaf.toString('hex')).toBe(event.hash);
      expect(hashOfLineBytes(Buffer.from(line), event.hash)).toBe(event.hash);
      prev = event.hash;
    }
  });
});

describe('verifyLedger over both layouts', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-scan-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  const key = generateSignerKey('scan.test/audit');

  async function write(name: string, count: number): Promise<{ dir: string; segment: string; lines: string[] }> {
    const dir = path.join(root, name);
    const ledger = fileLedger({ dir, keyDir: path.join(root, 'keys'), signingKey: key.signerKey, fsync: false, checkpointEvery: 10 });
    let head = ledger.open('claims-bot');
    for (let seq = 0; seq < count; seq++) {
      const type = seq === 7 ? 'ledger.key_rotate' : 'tool.call';
      const record = sealEvent({ ...base, seq, type, id: `01JD00000000000000000000${String(seq).padStart(2, '0')}`, attrs: { n: seq, ...(seq === 7 ? { from: 'k1', to: 'k2' } : {}) } } as UnsealedEvent, head.prev);
      await ledger.append('claims-bot', [record]);
      head = { nextSeq: seq + 1, prev: record.event.hash };
    }
    await ledger.close('claims-bot');
    const segment = path.join(dir, 'streams', 'claims-bot', '00000000000000000000.jsonl');
    return { dir, segment, lines: fs.readFileSync(segment, 'utf8').split('\n').slice(0, -1) };
  }

  it('accepts lines of the older layout, alone or mixed with current ones, and reports rotations from both', async () => {
    const { dir, segment, lines } = await write('mixed', 30);
    expect(lines.every((l) => l.startsWith('{"hash":"'))).toBe(true);
    const current = await verifyLedger(dir, { verifierKey: key.verifierKey });
    expect(current).toMatchObject({ ok: true, events: 30 });
    expect(current.rotations.map((r) => r.seq)).toEqual([7]);
    // Every other line, then every line, rewritten as an older writer stored it: same leaves, same roots.
    for (const pick of [(i: number) => i % 2 === 0, () => true]) {
      fs.writeFileSync(segment, lines.map((l, i) => (pick(i) ? oldLayout(JSON.parse(l) as AuditEvent) : l) + '\n').join(''));
      const result = await verifyLedger(dir, { verifierKey: key.verifierKey });
      expect(result).toMatchObject({ ok: true, events: 30 });
      expect(result.rotations.map((r) => r.seq)).toEqual([7]);
    }
  });

  it('finds a changed line inside the signed range and names it as the full check does', async () => {
    const { dir, segment, lines } = await write('changed', 30);
    const cases: Array<[number, (line: string) => string, RegExp]> = [
      [12, (l) => l.replace('"n":12', '"n":13'), /hash mismatch/],
      [3, (l) => l.replace(/"hash":"([0-9a-f]{64})"/, (_m, h: string) => `"hash":"${h.toUpperCase()}"`), /hash missing or malformed/],
      [25, (l) => `${l.slice(0, -1)} }`, /hash mismatch/],
    ];
    for (const [seq, change, reason] of cases) {
      fs.writeFileSync(segment, lines.map((l, i) => (i === seq ? change(l) : l) + '\n').join(''));
      const result = await verifyLedger(dir, { verifierKey: key.verifierKey });
      expect(result.ok).toBe(false);
      expect(result.firstFailure).toMatchObject({ stream: 'claims-bot', seq, reason: expect.stringMatching(reason) });
    }
    // Two lines swapped, each re-sealed with a valid hash in its new place: only the signed root can tell.
    const a = JSON.parse(lines[4] as string) as AuditEvent;
    const b = JSON.parse(lines[5] as string) as AuditEvent;
    const first = sealEvent({ ...b, seq: 4, hash: undefined, prev: undefined } as unknown as UnsealedEvent, a.prev);
    const second = sealEvent({ ...a, seq: 5, hash: undefined, prev: undefined } as unknown as UnsealedEvent, first.event.hash);
    const rest = lines.slice(6);
    const next = JSON.parse(rest[0] as string) as AuditEvent;
    const relinked = sealEvent({ ...next, hash: undefined, prev: undefined } as unknown as UnsealedEvent, second.event.hash);
    fs.writeFileSync(segment, [...lines.slice(0, 4), first.line, second.line, relinked.line, ...rest.slice(1)].map((l) => l + '\n').join(''));
    const swapped = await verifyLedger(dir, { verifierKey: key.verifierKey });
    expect(swapped.ok).toBe(false);
    expect(swapped.firstFailure).toMatchObject({ stream: 'claims-bot', reason: expect.stringMatching(/chain broken|Merkle root/) });
  });
});

describe('scanVerifiedLine: the top-level scan (lines of the older layout, the ledger\'s own events)', () => {
  it('reads the top-level members of a genuine line, with its leaf hash, past nested decoys', () => {
    // Nested "prev", "seq", "hash", "stream" and braces inside strings come before the top-level ones.
    const { event, line } = sealed({ attrs: { hash: 'x', prev: 'y', seq: 7, stream: 'other', text: 'a "}{][" \\" quote', deep: [{ seq: 1 }, [[]]] } });
    for (const text of [oldLayout(event), line]) {
      const scanned = scanVerifiedLine(Buffer.from(text), 'claims-bot', 0, GENESIS_HASH);
      expect(scanned).toMatchObject({ id: event.id, type: 'tool.call', hash: event.hash, seq: 0 });
      expect(scanned!.leaf.toString('hex')).toBe(event.hash);
      expect(hashOfLineBytes(Buffer.from(text), event.hash)).toBe(event.hash);
    }
  });

  it('returns undefined (the full check decides) whenever a check would fail or it is unsure', () => {
    const { event } = sealed();
    const line = oldLayout(event);
    const bytes = Buffer.from(line);
    expect(scanVerifiedLine(bytes, 'claims-bot', 1, GENESIS_HASH)).toBeUndefined(); // seq
    expect(scanVerifiedLine(bytes, 'other-bot', 0, GENESIS_HASH)).toBeUndefined(); // stream
    expect(scanVerifiedLine(bytes, 'claims-bot', 0, 'f'.repeat(64))).toBeUndefined(); // prev
    expect(scanVerifiedLine(Buffer.from(line.replace('"tool.call"', '"tool.cal1"')), 'claims-bot', 0, GENESIS_HASH)).toBeUndefined(); // hash
    expect(scanVerifiedLine(Buffer.from(line.replace('"v":1}', '"v":2}')), 'claims-bot', 0, GENESIS_HASH)).toBeUndefined();
    expect(scanVerifiedLine(Buffer.from(line.slice(0, -1)), 'claims-bot', 0, GENESIS_HASH)).toBeUndefined(); // torn
    expect(scanVerifiedLine(Buffer.from(`${line.slice(0, -1)},"seq":5}`), 'claims-bot', 0, GENESIS_HASH)).toBeUndefined(); // repeated member
    expect(scanVerifiedLine(Buffer.from(line.replace('"seq":0', '"se\\u0071":0')), 'claims-bot', 0, GENESIS_HASH)).toBeUndefined(); // escaped key
    const rotate = sealed({ type: 'ledger.key_rotate', attrs: { from: 'a', to: 'b' } });
    expect(scanVerifiedLine(Buffer.from(rotate.line), 'claims-bot', 0, GENESIS_HASH)).toBeUndefined();
    // A nested decoy with the expected values does not stand in for a wrong top-level member.
    const wrongTop = sealed({ seq: 3, attrs: { seq: 0 } });
    expect(scanVerifiedLine(Buffer.from(wrongTop.line), 'claims-bot', 0, GENESIS_HASH)).toBeUndefined();
    expect(parseLine(line)?.hash).toBe(event.hash);
  });

  it('agrees with the full check on every line of a chain', () => {
    let prev = GENESIS_HASH;
    for (let seq = 0; seq < 50; seq++) {
      const { event, line } = sealed({ seq, tool: { name: 'lookup', arguments: { n: seq, s: 'é "x" \\ {' } } }, prev);
      const scanned = scanVerifiedLine(Buffer.from(line), 'claims-bot', seq, prev);
      expect(scanned?.hash).toBe(event.hash);
      prev = event.hash;
    }
  });
});
