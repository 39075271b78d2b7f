import { describe, expect, it } from 'vitest';
import { TextViewWriter } from './text-view.js';

// Issue 13: what text-view.ts promises, written for its first Stryker run (docs/TESTING.md): each
// unit written with the original offsets it stands for, `changed` counting the rewritten units
// before each index (one entry more than the units), `rewritten` as the count so far, and the arrays
// cut to the units written.
describe('TextViewWriter', () => {
  it('the view of what was written, its offsets and its counts of rewritten units', () => {
    const writer = new TextViewWriter(8);
    expect(writer.rewritten).toBe(0);
    writer.emit('a', 0, 1, false);
    expect(writer.rewritten).toBe(0);
    writer.emit('@', 1, 4, true);
    expect(writer.rewritten).toBe(1);
    writer.emit('b', 4, 5, false);
    writer.emit(' ', 5, 11, true);
    expect(writer.rewritten).toBe(2);
    const view = writer.finish();
    expect(view.text).toBe('a@b ');
    expect([...view.starts]).toEqual([0, 1, 4, 5]);
    expect([...view.ends]).toEqual([1, 4, 5, 11]);
    expect([...view.changed]).toEqual([0, 0, 1, 1, 2]);
    expect(view.starts).toBeInstanceOf(Int32Array);
    expect(view.ends).toBeInstanceOf(Int32Array);
    expect(view.changed).toBeInstanceOf(Int32Array);
  });
  it('nothing written: an empty view with one count', () => {
    const view = new TextViewWriter(4).finish();
    expect(view).toEqual({ text: '', starts: new Int32Array(0), ends: new Int32Array(0), changed: new Int32Array(1) });
  });
  it('filled to its capacity; every unit rewritten', () => {
    const writer = new TextViewWriter(3);
    for (let i = 0; i < 3; i++) writer.emit(String(i), 2 * i, 2 * i + 2, true);
    expect(writer.rewritten).toBe(3);
    const view = writer.finish();
    expect(view.text).toBe('012');
    expect([...view.starts]).toEqual([0, 2, 4]);
    expect([...view.ends]).toEqual([2, 4, 6]);
    expect([...view.changed]).toEqual([0, 1, 2, 3]);
  });
  it('the first unit rewritten, the last not', () => {
    const writer = new TextViewWriter(5);
    writer.emit('x', 3, 9, true);
    writer.emit('y', 9, 10, false);
    expect(writer.rewritten).toBe(1);
    const view = writer.finish();
    expect(view).toEqual({ text: 'xy', starts: Int32Array.from([3, 9]), ends: Int32Array.from([9, 10]), changed: Int32Array.from([0, 1, 1]) });
  });
});
