import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';
import { encodedTextView, type EncodedWork } from './encoded-text.js';

// The third README-only probe of 2026-12-04, H22 (test/redaction/probe-2026-12-04c.cases.md): text
// written as hex was stored as written (`debug payload hex: 3533362d32322d38353134`, the SSN's
// bytes; `body=517861726f20566c696e74756b2c2053534e…`). The kind: bytes of text written as hex
// digits, as debug logs, hexdumps and wire traces write them: one run of pairs (`3533…`, `0x3533…`,
// upper or lower case) or pairs set apart by a blank or a colon (`35 33 36 2d …`, `35:33:36:…`).
// A value found in the decoded text masks the whole run, as base64 runs are masked (encoded-text.ts).
const found = (text: string): string[] => detectSensitive(text).map((d) => `${d.type}:${text.slice(d.start, d.end)}`);
const hex = (s: string): string => Buffer.from(s).toString('hex');

describe('text written as hex', () => {
  it("the probe's inputs: an SSN's bytes, and a body with a name and an SSN", () => {
    expect(found('debug payload hex: 3533362d32322d38353134')).toEqual(['SSN:3533362d32322d38353134']);
    const body = hex('Qxaro Vlintuk, SSN 536-22-8514');
    expect(found(`body=${body}`)).toEqual([`SSN:${body}`]);
  });

  it.each([
    ['an email, upper case', (s: string) => hex(s).toUpperCase(), 'mail wenlix.dorvane@example.org', 'EMAIL'],
    ['a card after 0x', (s: string) => `0x${hex(s)}`, 'card 4111 1111 1111 1111', 'CARD'],
    ['JSON with a phone', hex, JSON.stringify({ phone: '+44 20 7946 0958' }), 'PHONE'],
    ['a password in a form body', hex, 'user=qv&password=Hunter2!Vq9', 'URL_SECRET'],
  ])('%s (held back)', (_, encode, plain, type) => {
    const run = encode(plain);
    const spans = detectSensitive(`trace ${run} end`);
    expect(spans.map((d) => d.type)).toEqual([type]);
    expect(spans.map((d) => `trace ${run} end`.slice(d.start, d.end))).toEqual([run]);
  });

  it('pairs set apart by a blank or a colon (hexdump, wire traces)', () => {
    const spaced = hex('SSN 412-67-3390').replace(/(..)(?!$)/g, '$1 ');
    expect(found(`bytes: ${spaced}`)).toEqual([`SSN:${spaced}`]);
    const colons = hex('call 415-555-0132').replace(/(..)(?!$)/g, '$1:');
    expect(found(`data ${colons}`)).toEqual([`PHONE:${colons}`]);
  });

  it('hex of no value stays as written: hashes, ids, colours, text without personal data, MAC addresses', () => {
    for (const text of [
      'sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
      'commit 4b825dc642cb6eb9a060e54bf8d69288fbee4904',
      'trace 4bf92f3577b34da6a3ce929d0e0e4736 span 00f067aa0ba902b7',
      'uuid 550e8400e29b41d4a716446655440000',
      `payload ${hex('status ok, 3 items shipped')}`,
      'palette ffffff 000000 ff0000',
      'key fingerprint 43:51:43:a1:b5:fc:8b:b7:0a:3a:a9:b1:0f:66:73:a8',
    ]) {
      expect(found(text).filter((s) => !s.startsWith('MAC') && !s.startsWith('SECRET')), text).toEqual([]);
    }
  });

  it('the view: a hex run decodes once, in linear work, and a run that is not text is no view', () => {
    const run = hex('SSN 536-22-8514');
    expect(encodedTextView(`x ${run} y`)?.text).toBe('x SSN 536-22-8514 y');
    expect(encodedTextView('x 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 y')).toBeUndefined();
    for (const size of [1_000, 4_000]) {
      const work: EncodedWork = { steps: 0 };
      encodedTextView(`${hex('a b ').repeat(size)} ${'3a 4b '.repeat(size)}`, work);
      expect(work.steps, String(size)).toBeLessThanOrEqual(60 * size);
    }
  });
});
