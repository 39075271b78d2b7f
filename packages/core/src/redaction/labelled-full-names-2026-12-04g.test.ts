import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../index.js';

// L1 of the seventh probe of 2026-12-04 (test/redaction/probe-2026-12-04g.cases.md), the part N1
// left: after a label or a self-introduction that names a person's name, a given name and a surname
// that the lists both hold as ambiguous given names and English words (`Name: Carol King`, `Patient:
// Joy Field`, `my name is Ivy Ford`) were stored raw (names.ts decide, STRONG_NAME_CUE_BEFORE).
const persons = (text: string) => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));

describe('L1: two ambiguous words after a name label or a self-introduction', () => {
  it('the probe row', () => {
    expect(persons('Name: Carol King')).toEqual(['Carol King']);
    expect(persons('my name is Ivy Ford')).toEqual(['Ivy Ford']);
    expect(persons('Patient: Joy Field')).toEqual(['Joy Field']);
  });
  it('held back: other labels and surnames', () => {
    expect(persons('Name: Carol Moon')).toEqual(['Carol Moon']);
    expect(persons('Patient: Joy Brook')).toEqual(['Joy Brook']);
    expect(persons("Customer name: Hope Rivers")).toEqual(['Hope Rivers']);
    expect(persons('Hi, I am Faith Bishop')).toEqual(['Faith Bishop']);
  });
  it('no label, another label, or a greeting alone decides nothing new', () => {
    expect(persons('Label: Carol King')).toEqual([]);
    expect(persons('Dear Grace Mark')).toEqual([]);
    expect(persons('the carol king song')).toEqual([]);
  });
});
