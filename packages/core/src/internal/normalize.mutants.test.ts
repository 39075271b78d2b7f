// Fast, in-process checks of what normalize.ts does to an event after redaction (cutLongStrings,
// boundStoredChars, afterRedaction and the header cut), written against the mutants a Stryker run
// left alive (issue 13, docs/TESTING.md "internal/normalize.ts 401-650").
import { describe, expect, it } from 'vitest';
import { afterRedaction, boundStoredChars, cutLongStrings, HEADER_CHARS, MAX_DEPTH_LIMIT } from './normalize.js';

const event = (payload: Record<string, unknown>) => ({ v: 1, id: 'e1', type: 'tool.result', trace: { traceId: 'a'.repeat(32) }, ...payload });
const marker = (cut: number, of: number, recorded?: number) =>
  `…[truncated after redaction: ${cut} of ${of} chars${recorded === undefined ? '' : `; the recorded value had ${recorded}`}]`;

describe('cutLongStrings', () => {
  it('cuts a string longer than the limit and leaves one of exactly the limit', () => {
    expect(cutLongStrings('a'.repeat(11), 10)).toBe(`${'a'.repeat(10)}${marker(1, 11)}`);
    expect(cutLongStrings('a'.repeat(10), 10)).toBe('a'.repeat(10));
    expect(cutLongStrings(42, 10)).toBe(42);
    expect(cutLongStrings(null, 10)).toBe(null);
  });

  it('cuts strings in arrays and objects, copies only what changes and leaves the input alone', () => {
    const long = 'b'.repeat(30);
    const inner = { keep: 'short' };
    const input = { list: ['short', long, inner], child: { text: long }, same: inner };
    const out = cutLongStrings(input, 20) as any;
    expect(out).not.toBe(input);
    expect(out.list).toEqual(['short', `${'b'.repeat(20)}${marker(10, 30)}`, { keep: 'short' }]);
    expect(out.list[2]).toBe(inner);
    expect(out.child.text).toBe(`${'b'.repeat(20)}${marker(10, 30)}`);
    expect(out.same).toBe(inner);
    expect(input.list[1]).toBe(long);
    expect(input.child.text).toBe(long);
    const untouched = { list: ['a', 'b'], child: { c: 'd' } };
    expect(cutLongStrings(untouched, 20)).toBe(untouched);
    const list = ['a', ['b']];
    expect(cutLongStrings(list, 20)).toBe(list);
  });

  it('cuts a long member name, keeping its value and the other members', () => {
    const key = 'k'.repeat(25);
    const out = cutLongStrings({ a: 1, [key]: 'v', z: 2 }, 20) as Record<string, unknown>;
    const cutKey = `${'k'.repeat(20)}${marker(5, 25)}`;
    expect(out).toEqual({ a: 1, [cutKey]: 'v', z: 2 });
    expect(Object.keys(out)).not.toContain(key);
    // The name is cut on its own length: a member with a short name and a short value stays.
    const exact = { ['k'.repeat(20)]: 'v' };
    expect(cutLongStrings(exact, 20)).toBe(exact);
  });

  it('keeps a __proto__ member as data when a sibling is cut', () => {
    const input = JSON.parse(`{"__proto__": {"x": "${'p'.repeat(30)}"}, "b": "${'b'.repeat(30)}"}`);
    const out = cutLongStrings(input, 20) as any;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toEqual(['__proto__', 'b']);
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value.x).toBe(`${'p'.repeat(20)}${marker(10, 30)}`);
  });

  it('stops at the depth the snapshot allows (MAX_DEPTH_LIMIT + 8)', () => {
    const long = 'd'.repeat(30);
    const nest = (depth: number): unknown => {
      let value: unknown = long;
      for (let i = 0; i < depth; i++) value = [value];
      return value;
    };
    const leaf = (value: unknown): unknown => (Array.isArray(value) ? leaf(value[0]) : value);
    expect(leaf(cutLongStrings(nest(MAX_DEPTH_LIMIT + 9), 20))).toBe(`${'d'.repeat(20)}${marker(10, 30)}`);
    expect(leaf(cutLongStrings(nest(MAX_DEPTH_LIMIT + 10), 20))).toBe(long);
  });

  it('never ends inside a pseudonym token: the token, or its "[" alone, goes after the marker', () => {
    const token = '[EMAIL:psn_abcdef_abcdefghijklmnopqrstuvwx]';
    const text = `ab ${token} cd`;
    for (let at = 4; at < 3 + token.length; at++) expect(cutLongStrings(text, at)).toBe(`ab ${marker(text.length - 3, text.length)}`);
    // A "[" not followed by a token's name stays.
    expect(cutLongStrings('ab [lower case', 5)).toBe(`ab [l${marker(9, 14)}`);
    expect(cutLongStrings('ab [', 3 + 0)).toBe(`ab ${marker(1, 4)}`);
    // Only the last 48 characters before the cut are searched: a "[" further back is no open token.
    const far = `[A${'x'.repeat(60)}`;
    expect(cutLongStrings(far, 55)).toBe(`${far.slice(0, 55)}${marker(7, 62)}`);
    // The token's part after the type: lower-case letters, digits and "_" only.
    expect(cutLongStrings('[EMAIL:psn_ab-cd more', 15)).toBe(`[EMAIL:psn_ab-c${marker(6, 21)}`);
    expect(cutLongStrings('x[EMAIL:psn_abc_de more', 18)).toBe(`x${marker(22, 23)}`);
  });

  it('names the recorded length of a value the snapshot had already cut', () => {
    const snapshot = `${'s'.repeat(50)}…[truncated 950 of 1000 chars]`;
    expect(cutLongStrings(snapshot, 20)).toBe(`${'s'.repeat(20)}${marker(snapshot.length - 20, snapshot.length, 1000)}`);
    // The snapshot's marker only counts at the very end.
    const inside = `${'s'.repeat(10)}…[truncated 950 of 1000 chars]${'t'.repeat(20)}`;
    expect(cutLongStrings(inside, 20)).toBe(`${inside.slice(0, 20)}${marker(inside.length - 20, inside.length)}`);
  });

  it('leaves a string already cut after redaction as it is, on its kept length', () => {
    const once = cutLongStrings('q'.repeat(500), 100) as string;
    expect(cutLongStrings(once, 100)).toBe(once);
    expect(cutLongStrings(once, 99)).not.toBe(once);
    // Not a marker: a string ending in "]" that is not one, and one whose marker is not at the end.
    const bracket = `${'r'.repeat(60)}]`;
    expect(cutLongStrings(bracket, 60)).toBe(`${'r'.repeat(60)}${marker(1, 61)}`);
    const short = `ab${marker(1, 3)}`;
    expect(short.length).toBeGreaterThanOrEqual(40);
    expect(cutLongStrings(short, 2)).toBe(short);
    // Shorter than 40 characters: the length itself, whatever its end.
    expect(cutLongStrings('0123456789]', 10)).toBe(`0123456789${marker(1, 11)}`);
  });
});

describe('boundStoredChars', () => {
  it('cuts each tool call’s arguments in order and copies the list, not the input', () => {
    const calls = [
      { name: 'a', arguments: 'A'.repeat(10) },
      { name: 'b' },
      { name: 'c', arguments: 'C'.repeat(10) },
    ];
    const input = event({ model: { name: 'm', toolCalls: calls } });
    const out = boundStoredChars(input, 15) as any;
    expect(out.model.toolCalls).toEqual([
      { name: 'a', arguments: 'A'.repeat(10) },
      { name: 'b' },
      { name: 'c', arguments: `CCCCC${marker(5, 10)}` },
    ]);
    expect(out.model.toolCalls).not.toBe(calls);
    expect(calls[2]?.arguments).toBe('C'.repeat(10));
    expect(out.model.name).toBe('m');
    expect(out.attrs).toEqual({ truncated: true });
    // Two calls cut: both in the one copy of the list.
    const both = boundStoredChars(event({ model: { toolCalls: [{ arguments: 'A'.repeat(10) }, { arguments: 'B'.repeat(10) }] } }), 5) as any;
    expect(both.model.toolCalls).toEqual([{ arguments: `AAAAA${marker(5, 10)}` }, { arguments: marker(10, 10) }]);
  });

  it('cuts tool arguments before the result, and copies the block once', () => {
    const input = event({ tool: { name: 't', arguments: { x: 'A'.repeat(10) }, result: 'R'.repeat(10) } });
    const out = boundStoredChars(input, 6) as any;
    expect(out.tool).toEqual({ name: 't', arguments: { x: `AAAAA${marker(5, 10)}` }, result: marker(10, 10) });
    expect((input.tool as any).arguments.x).toBe('A'.repeat(10));
  });

  it('keeps the truncated flag of attrs, set by the snapshot, without counting it', () => {
    const input = event({ tool: { name: 't', result: 'R'.repeat(10) }, attrs: { truncated: true, note: 'n' } });
    // 10 + "note" + "n" = 15: within 15, the flag costs nothing.
    expect(boundStoredChars(input, 15)).toBe(input);
    const cut = boundStoredChars(input, 12) as any;
    expect(cut.attrs).toEqual({ truncated: true, '[truncated]': 'event size limit' });
    expect(cut.tool.result).toBe('R'.repeat(10));
    // A truncated member that is not the flag is payload like any other.
    const other = event({ tool: { name: 't', result: 'R'.repeat(10) }, attrs: { truncated: 'yes' } });
    expect((boundStoredChars(other, 12) as any).attrs).toEqual({ '[truncated]': 'event size limit', truncated: true });
    // The flag inside the payload, not in attrs: counted and cut as data.
    const nested = boundStoredChars(event({ tool: { name: 't', result: { truncated: true, b: 'c' } } }), 9) as any;
    expect(nested.tool.result).toEqual({ truncated: true, '[truncated]': 'event size limit' });
  });

  it('ends an object at a member name longer than what is left, and at one exactly as long it goes on', () => {
    const out = boundStoredChars(event({ tool: { name: 't', result: { abc: 'x', defg: 'yy' } } }), 8) as any;
    // abc + x = 4: 4 left, defg (4) fits, its value is cut.
    expect(out.tool.result).toEqual({ abc: 'x', defg: marker(2, 2) });
    const shorter = boundStoredChars(event({ tool: { name: 't', result: { abc: 'x', defgh: 'yy' } } }), 8) as any;
    expect(shorter.tool.result).toEqual({ abc: 'x', '[truncated]': 'event size limit' });
  });

  it('keeps what was cut before the end of an array or object, and the kept members of a copy', () => {
    const out = boundStoredChars(event({ tool: { name: 't', result: ['aaaaaa', 'bbbbbb', 'cccccc'] } }), 9) as any;
    expect(out.tool.result).toEqual(['aaaaaa', `bbb${marker(3, 6)}`, '[truncated: event size limit]']);
    const object = boundStoredChars(event({ tool: { name: 't', result: { a: { x: 'xxxxxx' }, b: 'bbbb', c: 'c' } } }), 5) as any;
    expect(object.tool.result).toEqual({ a: { x: `xxx${marker(3, 6)}` }, '[truncated]': 'event size limit' });
  });

  it('counts strings only: numbers, booleans and null cost nothing', () => {
    const input = event({ tool: { name: 't', result: [1, true, null, 'abcd'] } });
    expect(boundStoredChars(input, 4)).toBe(input);
  });

  it('stops at the depth the snapshot allows', () => {
    let deep: unknown = 'z'.repeat(30);
    for (let i = 0; i < MAX_DEPTH_LIMIT + 9; i++) deep = [deep];
    // Strings are cut at any depth; arrays and objects deeper than MAX_DEPTH_LIMIT + 8 are left as they are.
    const reached = boundStoredChars(event({ tool: { name: 't', result: deep } }), 10) as any;
    expect(JSON.stringify(reached.tool.result)).toContain(marker(20, 30));
    const input = event({ tool: { name: 't', result: [deep] } });
    expect(boundStoredChars(input, 10)).toBe(input);
  });
});

describe('afterRedaction and the header fields', () => {
  it('cuts session, actor.id and actor.name longer than HEADER_CHARS, each on its own', () => {
    const long = 'h'.repeat(HEADER_CHARS + 10);
    const cut = `${'h'.repeat(HEADER_CHARS)}${marker(10, HEADER_CHARS + 10)}`;
    const input = event({ session: long, actor: { id: 'me', type: 'user', name: long } });
    const out = afterRedaction(input, { cutHeaders: true }) as any;
    expect(out.session).toBe(cut);
    expect(out.actor).toEqual({ id: 'me', type: 'user', name: cut });
    expect(input.session).toBe(long);
    const byId = afterRedaction(event({ actor: { id: long, type: 'user' } }), { cutHeaders: true }) as any;
    expect(byId.actor).toEqual({ id: cut, type: 'user' });
    expect('name' in byId.actor).toBe(false);
    const bySession = afterRedaction(event({ session: long, actor: { id: 'me', type: 'user' } }), { cutHeaders: true }) as any;
    expect(bySession.session).toBe(cut);
    expect(bySession.actor).toEqual({ id: 'me', type: 'user' });
    const noActor = afterRedaction(event({ session: long }), { cutHeaders: true }) as any;
    expect(noActor.session).toBe(cut);
    expect('actor' in noActor).toBe(false);
  });

  it('returns the event itself when no header field is longer, or cutHeaders is not set', () => {
    const exact = event({ session: 'h'.repeat(HEADER_CHARS), actor: { id: 'h'.repeat(HEADER_CHARS), name: 7 } });
    expect(afterRedaction(exact, { cutHeaders: true })).toBe(exact);
    const long = event({ session: 'h'.repeat(HEADER_CHARS + 1) });
    expect(afterRedaction(long, {})).toBe(long);
    expect(afterRedaction(long, { cutHeaders: false })).toBe(long);
  });

  it('applies the string cut, then the bound, each only when asked for', () => {
    const input = event({ session: 's'.repeat(20), tool: { name: 't', result: ['r'.repeat(30), 'q'.repeat(30)] } });
    const out = afterRedaction(input, { cutAfterRedaction: 20, maxStoredChars: 25 }) as any;
    const first = `${'r'.repeat(20)}${marker(10, 30)}`;
    const second = `${'q'.repeat(20)}${marker(10, 30)}`;
    // The first keeps 20 of the 25; the second, already cut, is cut again at 5 of what it kept.
    expect(out.tool.result).toEqual([first, `qqqqq${marker(second.length - 5, second.length)}`]);
    expect(out.session).toBe(input.session);
    expect(out.attrs).toEqual({ truncated: true });
    const withHeaders = afterRedaction(event({ session: 's'.repeat(HEADER_CHARS + 1), tool: { name: 't', result: 'r'.repeat(30) } }), { maxStoredChars: 25, cutHeaders: true }) as any;
    expect(withHeaders.session).toBe(`${'s'.repeat(HEADER_CHARS)}${marker(1, HEADER_CHARS + 1)}`);
    expect(withHeaders.tool.result).toBe(`${'r'.repeat(25)}${marker(5, 30)}`);
    const cutOnly = afterRedaction(input, { cutAfterRedaction: 20 }) as any;
    expect(cutOnly.tool.result[1]).toBe(`${'q'.repeat(20)}${marker(10, 30)}`);
    expect(cutOnly.attrs).toBeUndefined();
    const boundOnly = afterRedaction(input, { maxStoredChars: 35 }) as any;
    expect(boundOnly.tool.result).toEqual(['r'.repeat(30), `qqqqq${marker(25, 30)}`]);
  });
});

describe('after the first run (survivors of 2026-12-03)', () => {
  it('a __proto__ member kept before the cut of its object stays an own, writable data member', () => {
    const result = JSON.parse('{"__proto__": {"a": "x"}, "b": "cccc", "c": "dddd"}');
    // __proto__ + a + x = 11, b + cccc = 16: nothing left for c.
    const out = boundStoredChars(event({ tool: { name: 't', result } }), 16) as any;
    expect(Object.keys(out.tool.result)).toEqual(['__proto__', 'b', '[truncated]']);
    expect(Object.getPrototypeOf(out.tool.result)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(out.tool.result, '__proto__')).toEqual({ value: { a: 'x' }, enumerable: true, writable: true, configurable: true });
  });

  it('members whose value is undefined are walked past, not read as objects', () => {
    const input = { a: undefined, b: 'x'.repeat(30) };
    expect(cutLongStrings(input, 20)).toEqual({ a: undefined, b: `${'x'.repeat(20)}${marker(10, 30)}` });
    const out = boundStoredChars(event({ tool: { name: 't', result: { a: undefined, b: 'xxxx' } } }), 3) as any;
    expect(out.tool.result).toEqual({ a: undefined, b: `x${marker(3, 4)}` });
  });

  it('the depth bound holds for objects too', () => {
    const nest = (depth: number): unknown => {
      let value: unknown = 'd'.repeat(30);
      for (let i = 0; i < depth; i++) value = { k: value };
      return value;
    };
    expect(JSON.stringify(cutLongStrings(nest(MAX_DEPTH_LIMIT + 9), 20))).toContain(marker(10, 30));
    expect(cutLongStrings(nest(MAX_DEPTH_LIMIT + 10), 20)).toEqual(nest(MAX_DEPTH_LIMIT + 10));
    // The names k of the levels walked cost MAX_DEPTH_LIMIT + 9; the string below them is not reached.
    const input = event({ tool: { name: 't', result: nest(MAX_DEPTH_LIMIT + 10) } });
    expect(boundStoredChars(input, MAX_DEPTH_LIMIT + 9 + 5)).toBe(input);
  });

  it('keeps the order of members whose value is cut', () => {
    expect(Object.keys(cutLongStrings({ a: 'a'.repeat(30), z: 1 }, 20) as object)).toEqual(['a', 'z']);
  });

  it('spends the bound on the parameters, then content input and output, then attrs', () => {
    const input = event({ model: { name: 'm', parameters: { p: 'PPPP' } }, content: { input: 'IIII', output: 'OOOO' }, attrs: { z: 'ZZZZ' } });
    const out = boundStoredChars(input, 7) as any;
    expect(out.model.parameters).toEqual({ p: 'PPPP' });
    expect(out.content).toEqual({ input: `II${marker(2, 4)}`, output: marker(4, 4) });
    expect(out.attrs).toEqual({ '[truncated]': 'event size limit', truncated: true });
  });

  it('leaves an array of the input as it was when it cuts its copy', () => {
    const list = ['aaaaaa', 'bbbbbb', 'cccccc'];
    boundStoredChars(event({ tool: { name: 't', result: list } }), 9);
    expect(list).toEqual(['aaaaaa', 'bbbbbb', 'cccccc']);
  });

  it('counts the name of any other true member of attrs, and ends an object at an empty name once nothing is left', () => {
    expect((boundStoredChars(event({ attrs: { abcdefgh: true } }), 3) as any).attrs).toEqual({ '[truncated]': 'event size limit', truncated: true });
    const out = boundStoredChars(event({ tool: { name: 't', result: { a: 'xxxx', '': 'y' } } }), 5) as any;
    expect(out.tool.result).toEqual({ a: 'xxxx', '[truncated]': 'event size limit' });
  });
});
