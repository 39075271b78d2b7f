// Where a detected value ends: a match must stop at a real boundary, not in the middle of a
// longer token (a TLD runs into letters, digits, '_' or '-' only in something that is not an email).
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '@agent-audit/core';

const found = (text: string) => detectSensitive(text).filter((d) => d.type === 'EMAIL').map((d) => text.slice(d.start, d.end));

describe('email detector boundaries', () => {
  it('ends an email at punctuation, space, the end of the text or a non-ASCII letter', () => {
    expect(found('mail bob@example.com.')).toEqual(['bob@example.com']);
    expect(found('x bob@example.com, y')).toEqual(['bob@example.com']);
    expect(found('<bob@example.com>')).toEqual(['bob@example.com']);
    expect(found('bob@example.com')).toEqual(['bob@example.com']);
  });

  it('does not cut an email out of a longer token whose TLD runs on into a word character or a hyphen', () => {
    expect(found('a@b.com5')).toEqual([]);
    expect(found('bob@example.com_x')).toEqual([]);
    expect(found('bob@example.co-uk')).toEqual([]);
    expect(found('bob@example.com-')).toEqual([]);
  });
});
