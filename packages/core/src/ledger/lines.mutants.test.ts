// What the line checks promise (issue 13, from surviving mutants): a stored line is accepted as
// an event only when its own bytes, without the `hash` member, hash to that member; the string
// and the bytes forms agree; anything that is not a JSON object is not an event.
import { describe, expect, it } from 'vitest';
import { sealEvent } from '../auditor/seal.js';
import { leafHash } from '../crypto/hash.js';
import { GENESIS_HASH, type UnsealedEvent } from '../spec/event.js';
import { hashOfLine, hashOfLineBytes, parseLine } from './lines.js';

const event = {
  v: 1, id: 'evt-1', seq: 0, ts: '2026-01-01T00:00:00.000Z', stream: 's', type: 'tool.call',
  // Non-ASCII after the hash member: the bytes form must hash UTF-8, not a re-encoding.
  tool: { name: 'ümlaut ✓ \u{1F600}', arguments: { a: 1 } },
} as unknown as UnsealedEvent;
const sealed = sealEvent(event, GENESIS_HASH);
const { line } = sealed;
const { hash } = sealed.event;

describe('hashOfLine / hashOfLineBytes', () => {
  it('give the leaf hash of the line without its hash member, which the writer stored as `hash`', () => {
    const without = line.replace(`"hash":"${hash}",`, '');
    expect(without).not.toBe(line);
    expect(hashOfLine(line, hash)).toBe(hash);
    expect(hashOfLine(line, hash)).toBe(leafHash(without).toString('hex'));
    expect(hashOfLineBytes(Buffer.from(line, 'utf8'), hash)).toBe(hash);
  });

  it('agree for lines of any length (64 KiB, 200 KiB, 1 MiB, then short again)', () => {
    for (const size of [70_000, 200_000, 1_100_000, 10]) {
      const long = sealEvent({ ...event, tool: { name: 't', arguments: { blob: 'x\u00e9'.repeat(size / 2) } } } as unknown as UnsealedEvent, GENESIS_HASH);
      expect(hashOfLineBytes(Buffer.from(long.line, 'utf8'), long.event.hash)).toBe(long.event.hash);
      expect(hashOfLine(long.line, long.event.hash)).toBe(long.event.hash);
    }
  });

  it('give another hash when any byte before or after the member changed', () => {
    const at = line.indexOf(`"hash":"`);
    const before = line.replace('"evt-1"', '"evt-2"');
    const after = line.replace('"tool.call"', '"tool.cal1"');
    expect(before.indexOf(`"hash":"`)).toBe(at);
    expect(after.indexOf('tool.cal1')).toBeGreaterThan(at);
    for (const changed of [before, after]) {
      expect(hashOfLine(changed, hash)).toMatch(/^[0-9a-f]{64}$/);
      expect(hashOfLine(changed, hash)).not.toBe(hash);
      expect(hashOfLineBytes(Buffer.from(changed, 'utf8'), hash)).not.toBe(hash);
      expect(hashOfLineBytes(Buffer.from(changed, 'utf8'), hash)).toBe(hashOfLine(changed, hash));
    }
  });

  it('give undefined when the claimed hash is not the line\'s member (another hash, or no trailing comma)', () => {
    const other = 'ab'.repeat(32);
    expect(hashOfLine(line, other)).toBeUndefined();
    expect(hashOfLineBytes(Buffer.from(line), other)).toBeUndefined();
    const last = `{"a":1,"hash":"${hash}"}`; // the member is not where the format puts it
    expect(hashOfLine(last, hash)).toBeUndefined();
    expect(hashOfLineBytes(Buffer.from(last), hash)).toBeUndefined();
  });
});

describe('parseLine', () => {
  it('returns the object a line holds', () => {
    expect(parseLine(line)).toEqual(sealed.event);
  });

  it.each(['', 'not json', '{"a":', '[1,2]', 'null', '42', '"text"', 'true'])('returns undefined for %j', (text) => {
    expect(parseLine(text)).toBeUndefined();
  });
});
