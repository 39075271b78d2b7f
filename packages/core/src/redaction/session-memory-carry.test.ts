// The ends of strings a session keeps for its next event (SessionValues.carry, G7 of the second
// probe of 2026-12-04), and the redactor's use of them: bounded, forgotten when the path's next
// string does not go on, handed to another thread with the values, never read across sessions.
import { describe, expect, it } from 'vitest';
import { createKeyring } from './keys.js';
import { createRedactor } from './redactor.js';
import { MAX_CARRIED_PATHS, MAX_CARRIED_TAIL, SessionMemory, SessionValues } from './session-memory.js';
import type { UnsealedEvent } from '../spec/event.js';

describe('SessionValues.carry', () => {
  it('keeps one end per path, at most MAX_CARRIED_TAIL characters of it, and forgets it on undefined', () => {
    const values = new SessionValues(16);
    expect(values.carrying).toBe(false);
    values.carry('content.output', 'x'.repeat(MAX_CARRIED_TAIL + 10) + 'END');
    expect(values.carrying).toBe(true);
    expect(values.carryOf('content.output')).toBe('x'.repeat(MAX_CARRIED_TAIL - 3) + 'END');
    values.carry('content.output', 'is 536-22-');
    expect(values.carryOf('content.output')).toBe('is 536-22-');
    expect(values.carries()).toEqual([['content.output', 'is 536-22-']]);
    values.carry('content.output', undefined);
    expect(values.carrying).toBe(false);
    expect(values.carryOf('content.output')).toBeUndefined();
  });

  it('holds at most MAX_CARRIED_PATHS paths, the least recently set forgotten first', () => {
    const values = new SessionValues(16);
    for (let i = 0; i <= MAX_CARRIED_PATHS; i++) values.carry(`p${i}`, `tail ${i}`);
    expect(values.carryOf('p0')).toBeUndefined();
    expect(values.carryOf('p1')).toBe('tail 1');
    values.carry('p1', 'again');
    values.carry('q', 'new');
    expect(values.carryOf('p1')).toBe('again');
    expect(values.carryOf('p2')).toBeUndefined();
    expect(values.carries()).toHaveLength(MAX_CARRIED_PATHS);
  });

  it('a session with an end kept and no value joins the memory, and its end goes with a snapshot', () => {
    const memory = new SessionMemory({ maxSessions: 2 });
    memory.valuesOf('s1', undefined)?.carry('content.output', 'is 536-22-');
    expect(memory.size).toBe(1);
    expect(memory.valuesOf('s1', undefined)?.carryOf('content.output')).toBe('is 536-22-');
    const snapshot = memory.snapshot('s1', undefined);
    expect(snapshot).toEqual([{ key: 's\u0000s1', values: [], carried: [['content.output', 'is 536-22-']] }]);
    const other = new SessionMemory();
    other.load(snapshot);
    expect(other.size).toBe(1);
    expect(other.valuesOf('s1', undefined)?.carryOf('content.output')).toBe('is 536-22-');
    // A snapshot with no end and no value adds no session.
    other.load([{ key: 's\u0000s2', values: [] }]);
    expect(other.size).toBe(1);
  });
});

describe('the redactor reads a kept end before the next string at its path', () => {
  const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(5)]) });
  let n = 0;
  const event = (session: string | undefined, content: Record<string, string>): UnsealedEvent =>
    ({ v: 1, id: `01JTESTCARRY${String(n++).padStart(14, '0')}`, ts: '2026-12-04T12:00:00.000Z', stream: 's', seq: 0, type: 'model.response', agent: { id: 'a' }, ...(session === undefined ? {} : { session }), content }) as unknown as UnsealedEvent;
  const output = async (session: string | undefined, content: Record<string, string>): Promise<Record<string, string>> => (await redactor.redact(event(session, content))).event.content as Record<string, string>;

  it('masks the rest of a value begun in the session’s last string at the same path, as the whole value', async () => {
    await output('r1', { output: 'Your card is 5500 0000' });
    const second = await output('r1', { output: '0000 0004 on file' });
    const whole = await output('r9', { output: 'card 5500000000000004' });
    expect(second.output).toBe(`${/\[CARD:[^\]]+\]/.exec(whole.output as string)?.[0]} on file`);
  });

  it('does not join strings at other paths, a string that was masked at its end, or a name-less chunk without a blank', async () => {
    await output('r2', { output: 'Your SSN is 536-22-', input: 'hello' });
    expect((await output('r2', { input: '8514 is a room', output: 'ok' })).input).toBe('8514 is a room');
    await output('r3', { output: 'SSN 536-22-8514' });
    expect((await output('r3', { output: '0132 more' })).output).toBe('0132 more');
    await output('r4', { output: '536-22-' });
    expect((await output('r4', { output: '8514' })).output).toBe('8514');
  });

  it('a string that does not go on forgets the end: the chunk after it is read alone', async () => {
    await output('r5', { output: 'The SSN we have is 536-22-' });
    expect((await output('r5', { output: 'thanks' })).output).toBe('thanks');
    expect((await output('r5', { output: '8514 later' })).output).toBe('8514 later');
  });

  it('a hostile string after a kept end costs a bounded window: only its first characters are read with the end', async () => {
    await output('r6', { output: 'Your SSN is 536-22-' });
    const long = `8514 ${'1111 '.repeat(100_000)}`;
    const out = (await output('r6', { output: long })).output as string;
    expect(out.startsWith('[SSN:')).toBe(true);
    expect(out.length).toBeGreaterThan(400_000);
  });
});
