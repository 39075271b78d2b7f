import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../index.js';

// Leaks the probes of 2026-12-04 left open (issue 11, person names), one kind per block: a name
// continued on the next line after its label (L11 of test/redaction/probe-2026-12-04g.cases.md),
// parties named in a case citation (L2, the part left open), a strong label's two-word name before
// more fields, whitespace other than one space inside a name's cue, and lower-case
// self-introductions of unlisted words with English-looking endings.
const persons = (text: string) => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));

describe('a strong label\'s two-word name before punctuation and more fields', () => {
  it('the probe input', () => {
    expect(persons('Patient: Joy Field, DOB 1980-02-03')).toEqual(['Joy Field']);
  });
  it('held back: other surnames that are street words, other fields after them', () => {
    expect(persons('Name: Hope Brook; MRN 12345')).toEqual(['Hope Brook']);
    expect(persons('Customer name: Faith Lodge, tel 555-0134')).toEqual(['Faith Lodge']);
    expect(persons('Patient: Ivy Parks, DOB 01/02/1980')).toEqual(['Ivy Parks']);
  });
  it('a street after no name label stays a street', () => {
    expect(persons('Delivered to Joy Field, 12 Elm St')).not.toContain('Joy Field 12');
    expect(persons('Address: Brook Field 12, Leeds')).toEqual([]);
  });
});

describe('whitespace other than one space inside a name cue', () => {
  it('the probe input', () => {
    expect(persons('maiden name\tis Thistlecrake')).toEqual(['Thistlecrake']);
  });
  it('held back: blanks and tabs elsewhere in the cue', () => {
    expect(persons('maiden name  is Thistlecrake')).toEqual(['Thistlecrake']);
    expect(persons('mother\'s maiden\tname is Mollquist')).toEqual(['Mollquist']);
    expect(persons('my name  is Thistlecrake')).toEqual(['Thistlecrake']);
    expect(persons('my  last name was Brannoch')).toEqual(['Brannoch']);
  });
  it('a thing\'s name stays', () => {
    expect(persons('the file name\tis Config')).toEqual([]);
    expect(persons('the  file  name is Config')).toEqual([]);
  });
});
