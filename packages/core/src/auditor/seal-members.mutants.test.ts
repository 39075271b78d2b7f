// Sealing from members computed in the worker (issue 13, from surviving mutants): the same line,
// hash and leaf as `sealEvent()` (docs/FORMAT.md §3: RFC 8785 bytes, RFC 6962 leaf), the members
// handed over used as they are, and the SHA-256 fed in 128 KiB chunks with a pause between two
// chunks and none after the last, never splitting a UTF-16 surrogate pair across two chunks.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { UnsealedEvent } from '../spec/event.js';
import { eventMembers, sealFromMembers } from './seal-members.js';

const PREV = 'ab'.repeat(32);
const input = {
  v: 1, type: 'tool.call', seq: 3, stream: 's', id: '01ARZ3NDEKTSV4RRFFQ69G5FAV',
  attrs: { b: 1, a: 'é' }, session: undefined, hash: 'ff'.repeat(32), prev: 'cd'.repeat(32),
} as unknown as UnsealedEvent;
// Computed outside this code (Python hashlib), as in seal.mutants.test.ts.
const TEXT = `{"attrs":{"a":"é","b":1},"id":"01ARZ3NDEKTSV4RRFFQ69G5FAV","prev":"${PREV}","seq":3,"stream":"s","type":"tool.call","v":1}`;
const HASH = '8f69c328e53ca49ed7c6556c91d5aff492a99db7f780ad4168e6b395ab07de50';
const LINE = `{"hash":"${HASH}",${TEXT.slice(1)}`;
const CHUNK = 128 * 1024;

/** The RFC 6962 leaf of the whole text at once, encoded to UTF-8 in one piece. */
const leafOf = (text: string): string => createHash('sha256').update(Buffer.of(0)).update(Buffer.from(text, 'utf8')).digest('hex');

describe('eventMembers', () => {
  it('gives "key":<RFC 8785 JSON> per top-level member, in the event\'s order, without hash, prev, skipped and undefined members', () => {
    expect(eventMembers(input, new Set(['seq']))).toStrictEqual([
      ['v', '"v":1'],
      ['type', '"type":"tool.call"'],
      ['stream', '"stream":"s"'],
      ['id', '"id":"01ARZ3NDEKTSV4RRFFQ69G5FAV"'],
      ['attrs', '"attrs":{"a":"é","b":1}'],
    ]);
    expect(eventMembers({} as UnsealedEvent, new Set())).toStrictEqual([]);
  });
});

describe('sealFromMembers', () => {
  it('seals as sealEvent does: the same line, hash and leaf, and the event with the new prev and hash', async () => {
    for (const members of [new Map(eventMembers(input, new Set())), new Map<string, string>()]) {
      const sealed = await sealFromMembers(input, members, PREV, () => undefined);
      expect(sealed.line).toBe(LINE);
      expect(Buffer.from(sealed.leaf).toString('hex')).toBe(HASH);
      expect(sealed.event).toStrictEqual({
        v: 1, type: 'tool.call', seq: 3, stream: 's', id: '01ARZ3NDEKTSV4RRFFQ69G5FAV',
        attrs: { b: 1, a: 'é' }, session: undefined, hash: HASH, prev: PREV,
      });
    }
  });

  it('uses a member handed over as it is (the worker computed it from the redacted event), not the event\'s own value', async () => {
    const members = new Map([['attrs', '"attrs":{"a":"[EMAIL]"}']]);
    const sealed = await sealFromMembers(input, members, PREV, () => undefined);
    const text = `{"attrs":{"a":"[EMAIL]"},"id":"01ARZ3NDEKTSV4RRFFQ69G5FAV","prev":"${PREV}","seq":3,"stream":"s","type":"tool.call","v":1}`;
    expect(sealed.line).toBe(`{"hash":"${leafOf(text)}",${text.slice(1)}`);
  });

  /** Seals `{"content":"<s>","prev":…}`, counting the pauses; checks the result against the one-piece hash. */
  async function chunked(s: string): Promise<{ pauses: number; length: number }> {
    const text = `{"content":${JSON.stringify(s)},"prev":"${PREV}"}`;
    let pauses = 0;
    const sealed = await sealFromMembers({ content: s } as unknown as UnsealedEvent, new Map(), PREV, () => {
      pauses++;
      return undefined;
    });
    expect(Buffer.from(sealed.leaf).toString('hex')).toBe(leafOf(text));
    expect(sealed.line).toBe(`{"hash":"${leafOf(text)}",${text.slice(1)}`);
    return { pauses, length: text.length };
  }
  // `{"content":"` is 12 characters and `","prev":"<64>"}` 76: a text of exactly 2 chunks has
  // 2 * CHUNK - 88 characters of content; index CHUNK - 1 of the text is index CHUNK - 13 of it.
  const FILL = 2 * CHUNK - 88;
  const withPairAt = (index: number, pair: string): string => 'a'.repeat(index - 12) + pair + 'b'.repeat(FILL - (index - 12) - 2);

  it('pauses between two chunks of 128 KiB characters and not after the last: a text of exactly two chunks pauses once', async () => {
    expect(await chunked('a'.repeat(FILL))).toStrictEqual({ pauses: 1, length: 2 * CHUNK });
    expect(await chunked('a'.repeat(FILL + 1))).toStrictEqual({ pauses: 2, length: 2 * CHUNK + 1 });
    expect(await chunked('a'.repeat(10))).toStrictEqual({ pauses: 0, length: 98 });
  });

  it.each([
    ['U+10000 (high surrogate 0xD800, the lowest)', '\uD800\uDC00'],
    ['U+10FFFF (high surrogate 0xDBFF, the highest)', '\uDBFF\uDFFF'],
    ['U+1F600', '\uD83D\uDE00'],
  ])('never splits a surrogate pair whose high half ends a chunk: %s (the chunk ends one earlier, so the rest takes one more pause)', async (_label, pair) => {
    expect(await chunked(withPairAt(CHUNK - 1, pair))).toStrictEqual({ pauses: 2, length: 2 * CHUNK });
  });

  it('a pair whose low half ends a chunk is whole in that chunk: the chunk is not shortened', async () => {
    expect(await chunked(withPairAt(CHUNK - 2, '\uD83D\uDE00'))).toStrictEqual({ pauses: 1, length: 2 * CHUNK });
  });

  it('waits for the pause it is given before hashing on', async () => {
    let release: () => void = () => undefined;
    let done = false;
    const sealing = sealFromMembers({ content: 'a'.repeat(FILL) } as unknown as UnsealedEvent, new Map(), PREV, () => new Promise<void>((resolve) => {
      release = resolve;
    })).then((sealed) => {
      done = true;
      return sealed;
    });
    // Let every queued microtask run: the seal must still be waiting for the pause.
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(done).toBe(false);
    release();
    const sealed = await sealing;
    expect(done).toBe(true);
    expect(Buffer.from(sealed.leaf).toString('hex')).toBe(leafOf(`{"content":"${'a'.repeat(FILL)}","prev":"${PREV}"}`));
  });
});
