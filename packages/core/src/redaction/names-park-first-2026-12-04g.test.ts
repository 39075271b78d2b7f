// A Korean name written surname first with `Park` (PLACE_WORD_SURNAMES) right after a name's label
// or a self-introduction (found by the mutation run of names.ts's sixth and seventh probe lines,
// 2026-12-04): `Patient: Park Jiwoo` and `Name: Park Min-jun` were stored raw, and `Patient: Park
// Jiwoo DOB 1980` kept `Park`, because the label's colon read as a sentence's end and a place's
// word opening a sentence (`Close John Smith's ticket`) was skipped as a verb. decide() already
// reads `Park` first after a person's cue as the surname (`Park Jiwoo called`).
import { describe, expect, it } from 'vitest';
import { detectPersons } from './names.js';
import type { Detection } from './types.js';

const persons = (text: string): Array<[string, number, number]> => {
  const out: Detection[] = [];
  detectPersons(text, out);
  return out.map((d) => [text.slice(d.start, d.end), d.start, d.end]);
};

describe('Park first after a name label or a self-introduction', () => {
  it('is the surname of the name after it', () => {
    expect(persons('Patient: Park Jiwoo')).toEqual([['Park Jiwoo', 9, 19]]);
    expect(persons('Name: Park Min-jun')).toEqual([['Park Min-jun', 6, 18]]);
    expect(persons('Patient: Park Jiwoo DOB 1980')).toEqual([['Park Jiwoo', 9, 19]]);
    expect(persons('my name is Park Jiwoo')).toEqual([['Park Jiwoo', 11, 21]]);
  });

  it('a place and a sentence opened by a place word stay as they were', () => {
    expect(persons('Name: Park Avenue')).toEqual([]);
    expect(persons('Location: Hyde Park')).toEqual([]);
    expect(persons("Park Maria's car")).toEqual([]);
    expect(persons("Close John Smith's ticket")).toEqual([['John Smith', 6, 16]]);
  });
});
