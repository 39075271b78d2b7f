import { describe, expect, it } from 'vitest';
import { sealEvent } from '../auditor/seal.js';
import { GENESIS_HASH, type UnsealedEvent } from '../spec/event.js';
import { hashOfLineBytes, parseLine } from './lines.js';
import { scanVerifiedLine } from './scan.js';

const base = {
  v: 1, id: '01JD0000000000000000000000', ts: '2026-11-30T12:00:00.000Z', stream: 'claims-bot', seq: 0, type: 'tool.call', outcome: 'success',
  source: 'test', agent: { id: 'claims-bot' }, trace: { traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7' },
} as unknown as UnsealedEvent;

function sealed(extra: Record<string, unknown> = {}, prev = GENESIS_HASH) {
  return sealEvent({ ...base, ...extra } as UnsealedEvent, prev);
}

describe('scanVerifiedLine: the top-level fast path of verify', () => {
  it('reads the top-level members of a genuine line, with its leaf hash, past nested decoys', () => {
    // Nested "prev", "seq", "hash", "stream" and braces inside strings come before the top-level ones.
    const { event, line } = sealed({ attrs: { hash: 'x', prev: 'y', seq: 7, stream: 'other', text: 'a "}{][" \\" quote', deep: [{ seq: 1 }, [[]]] } });
    const scanned = scanVerifiedLine(Buffer.from(line), 'claims-bot', 0, GENESIS_HASH);
    expect(scanned).toMatchObject({ id: event.id, type: 'tool.call', hash: event.hash, seq: 0 });
    expect(scanned!.leaf.toString('hex')).toBe(event.hash);
    expect(hashOfLineBytes(Buffer.from(line), event.hash)).toBe(event.hash);
  });

  it('returns undefined (the full check decides) whenever a check would fail or it is unsure', () => {
    const { line, event } = sealed();
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
