// detectObfuscatedEmails asks a gate of CANDIDATE's starts before its loop (2026-12-07, issue 19):
// a text of prose with no bracket, no `@` and no ` at ` is not searched by CANDIDATE at all, and
// the texts that hold an anchor are read as before. In process, direct calls.
import { describe, expect, it, vi } from 'vitest';
import { detectObfuscatedEmails } from './obfuscated-emails.js';
import type { Detection } from './types.js';

const found = (text: string): string[] => {
  const out: Detection[] = [];
  detectObfuscatedEmails(text, out);
  return out.map((d) => `${text.slice(d.start, d.end)} ${d.normalized ?? ''}`);
};

describe('the gate before the anchors of obfuscated addresses', () => {
  it('a text of prose without an anchor runs no search of CANDIDATE', () => {
    const prose = 'the claim was reviewed and the customer asked about the refund status of the order shipped last week';
    found(prose); // the gate reads its source at its first question
    const spy = vi.spyOn(RegExp.prototype, 'exec');
    try {
      expect(found(`${prose} again`)).toEqual([]);
      expect(spy.mock.calls.length).toBe(0);
    } finally {
      spy.mockRestore();
    }
  });

  it('each kind of anchor is still read: ` at `, a bracket, an `@` between blanks, a tab', () => {
    expect(found('write to dave at example dot com today')).toEqual(['dave at example dot com dave@example.com']);
    expect(found('mail dave [at] example [dot] com please')).toEqual(['dave [at] example [dot] com dave@example.com']);
    expect(found('mail dave (AT) example (DOT) com please')).toEqual(['dave (AT) example (DOT) com dave@example.com']);
    expect(found('mail dave @ example . com please')).toEqual(['dave @ example . com dave@example.com']);
    expect(found('mail dave\tat\texample dot com please')).toEqual(['dave\tat\texample dot com dave@example.com']);
  });
});
