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

  // The same five checks on every text of up to 5 of those characters and every position and bound
  // around it: the edges (a match exactly at `to`, a line starting exactly `max + 1` back at the
  // text's start) are a few inputs in thousands, which the random draws above can miss.
  it('every short text, position and bound: the same answers as the unbounded scans', () => {
    const texts = [''];
    for (let k = 0; k < texts.length; k++) for (const c of ['a', '\n', '\t']) if ((texts[k] as string).length < 5) texts.push(texts[k] + c);
    expect(texts.length).toBe(364);
    const wrong: string[] = [];
    const check = (what: string, got: number, want: number) => {
      if (got !== want) wrong.push(`${what}: ${got}, not ${want}`);
    };
    for (const t of texts) {
      for (let a = -2; a <= 7; a++) {
        for (let b = -2; b <= 7; b++) {
          const tab = t.indexOf('\t', Math.max(0, a));
          check(`indexOfWithin(${JSON.stringify(t)}, tab, ${a}, ${b})`, indexOfWithin(t, 9, a, b), tab !== -1 && tab < b ? tab : -1);
          const newline = b <= 0 ? -1 : t.lastIndexOf('\n', b - 1);
          check(`lastIndexOfWithin(${JSON.stringify(t)}, newline, ${a}, ${b})`, lastIndexOfWithin(t, 10, a, b), newline >= Math.max(0, a) ? newline : -1);
          if (a >= 1) check(`lineStartFrom(${JSON.stringify(t)}, ${a}, ${b})`, lineStartFrom(t, a, b), Math.max(t.lastIndexOf('\n', a - 1) + 1, b, 0));
          if (a >= 0) {
            const end = t.indexOf('\n', a);
            check(`lineEndUntil(${JSON.stringify(t)}, ${a}, ${b})`, lineEndUntil(t, a, b), Math.min(end === -1 ? t.length : end, b));
          }
          if (a >= 1 && b >= 0) {
            const start = t.lastIndexOf('\n', a - 1) + 1;
            check(`lineStartWithin(${JSON.stringify(t)}, ${a}, ${b})`, lineStartWithin(t, a, b), a - start > b ? -1 : start);
          }
        }
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});
