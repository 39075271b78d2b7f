import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexOfWithin, lastIndexOfWithin, lineEndUntil, lineStartFrom, lineStartWithin } from './lines.js';

// Each bounded scan against the unbounded expression it replaced, on texts of `a`, `\n` and `\t`
// and every position and bound (issue 11: the rules read a window around a match; the answers must
// be those of the unbounded scans inside it).
const text = fc.string({ unit: fc.constantFrom('a', '\n', '\t'), maxLength: 40 });
const position = fc.integer({ min: -3, max: 45 });

describe('internal/lines.ts', () => {
  it('indexOfWithin is indexOf that stops at `to`', () => {
    fc.assert(fc.property(text, position, position, (t, from, to) => {
      const found = t.indexOf('\t', Math.max(0, from));
      expect(indexOfWithin(t, 9, from, to)).toBe(found !== -1 && found < to ? found : -1);
    }));
  });
  it('lastIndexOfWithin is lastIndexOf that stops at `from`', () => {
    fc.assert(fc.property(text, position, position, (t, from, to) => {
      const found = to <= 0 ? -1 : t.lastIndexOf('\n', to - 1);
      expect(lastIndexOfWithin(t, 10, from, to)).toBe(found >= Math.max(0, from) ? found : -1);
    }));
  });
  it('lineStartFrom is Math.max(lastIndexOf + 1, floor)', () => {
    fc.assert(fc.property(text, fc.integer({ min: 1, max: 45 }), position, (t, at, floor) => {
      expect(lineStartFrom(t, at, floor)).toBe(Math.max(t.lastIndexOf('\n', at - 1) + 1, floor, 0));
    }));
  });
  it('lineEndUntil is Math.min(indexOf or the length, ceiling)', () => {
    fc.assert(fc.property(text, fc.integer({ min: 0, max: 45 }), position, (t, from, ceiling) => {
      const end = t.indexOf('\n', from);
      expect(lineEndUntil(t, from, ceiling)).toBe(Math.min(end === -1 ? t.length : end, ceiling));
    }));
  });
  it('lineStartWithin is the line start when at most `max` back, else -1', () => {
    fc.assert(fc.property(text, fc.integer({ min: 1, max: 45 }), fc.integer({ min: 0, max: 20 }), (t, at, max) => {
      const start = t.lastIndexOf('\n', at - 1) + 1;
      expect(lineStartWithin(t, at, max)).toBe(at - start > max ? -1 : start);
    }));
  });
});
