// Where a detected value ends: a match must stop at a real boundary, not in the middle of a
// longer token (a TLD runs into digits or '_' only in something that is not an email; a '-' after
// the TLD ends the address, as in `dave@example.com-thanks`).
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

  it('does not cut an email out of a longer token whose TLD runs on into a word character', () => {
    expect(found('a@b.com5')).toEqual([]);
    expect(found('bob@example.com_x')).toEqual([]);
    expect(found('bob@example.comx')).toEqual(['bob@example.comx']);
  });

  it('ends an email at a hyphen after the TLD (a domain label that went on would be part of the domain)', () => {
    // Issue 11: `dave@example.com-thanks` reached the ledger raw.
    expect(found('dave@example.com-thanks')).toEqual(['dave@example.com']);
    expect(found('bob@example.com-')).toEqual(['bob@example.com']);
    expect(found('bob@mail.example-corp.com')).toEqual(['bob@mail.example-corp.com']);
  });
});
