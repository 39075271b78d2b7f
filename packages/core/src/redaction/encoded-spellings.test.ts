import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';
import { encodedTextView, type EncodedWork } from './encoded-text.js';

// The fourth README-only probe of 2026-12-04 (test/redaction/probe-2026-12-04d.cases.md):
// J24, base64url as one segment of a URL's path (`/v1/lookup/eyJzc24iOi…?x=1`) was stored raw: the
// run read from the host's last label through the segment and decoded to nothing. J26, bytes
// written as hex with a `0x` per byte (`0x35 0x33 …`, `[0x34,0x31,…]`) or as UTF-16
// (`0035003300360032…`) were stored raw. The inputs here are other values and spellings of the kinds.
const found = (text: string): string[] => detectSensitive(text).map((d) => `${d.type}:${text.slice(d.start, d.end)}`);
const b64url = (s: string): string => Buffer.from(s).toString('base64url');
const hexBytes = (s: string): string[] => [...Buffer.from(s)].map((b) => b.toString(16).padStart(2, '0'));

describe('base64url in a URL path segment (J24)', () => {
  it.each([
    ['a middle segment', (run: string) => `POST https://svc.example.net/api/v2/patients/${run}/notes`, '{"email":"wenlix.dorvane@example.org"}', 'EMAIL'],
    ['the last segment, a fragment after', (run: string) => `https://r.example/t/${run}#top`, '{"card":"5500 0000 0000 0004"}', 'CARD'],
    ['a relative path', (run: string) => `/share/${run}`, 'SSN 412-67-3390 for Qxaro', 'SSN'],
    ['after a host with a port', (run: string) => `http://10.0.0.1:8080/x/${run}?a=b`, '{"phone":"+44 20 7946 0958"}', 'PHONE'],
  ])('%s (held back)', (_, wrap, plain, type) => {
    const run = b64url(plain);
    const text = wrap(run);
    const spans = detectSensitive(text).filter((d) => d.type !== 'IP' && d.type !== 'URL_SECRET');
    expect(spans.map((d) => `${d.type}:${text.slice(d.start, d.end)}`)).toEqual([`${type}:${run}`]);
  });

  it.each([
    'https://api.example.com/repos/someOrganisation/someRepositoryName/commits',
    'GET /api/getUserProfileSettings/IntroductionToTypescript',
    'https://cdn.example.com/assets/AbCdEfGhIjKlMnOpQrStUv/logo.png',
    `https://x.example/r/${b64url('{"status":"ok","count":12}')}`,
    'https://github.com/anthropics/ClaudeCodeDocumentation/blob/main/README.md',
  ])('a path of no value stays: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('hex with a 0x per byte (J26)', () => {
  it.each([
    ['blank apart', (s: string) => hexBytes(s).map((b) => `0x${b}`).join(' '), 'SSN 412-67-3390', 'SSN'],
    ['a JS array', (s: string) => `[${hexBytes(s).map((b) => `0x${b}`).join(',')}]`, 'wenlix.dorvane@example.org', 'EMAIL'],
    ['a C array, comma and blank, upper case', (s: string) => `{${hexBytes(s).map((b) => `0X${b.toUpperCase()}`).join(', ')}}`, 'card 5500 0000 0000 0004', 'CARD'],
    ['tab apart', (s: string) => hexBytes(s).map((b) => `0x${b}`).join('\t'), 'call 415-555-0132', 'PHONE'],
  ])('%s (held back)', (_, encode, plain, type) => {
    const run = encode(plain);
    const text = `payload ${run} end`;
    const spans = detectSensitive(text);
    expect(spans.map((d) => d.type)).toEqual([type]);
    expect(spans.map((d) => text.slice(d.start, d.end).replace(/^[[{]|[\]}]$/g, ''))).toEqual([run.replace(/^[[{]|[\]}]$/g, '')]);
  });

  it.each([
    'regs 0x00 0x01 0x02 0x03 0x04 0x05 0x06 0x07 0x08',
    'flags [0x1f,0x8b,0x08,0x00,0xff,0xfe,0x10,0x20]',
    `bytes ${hexBytes('hello world, all fine').map((b) => `0x${b}`).join(' ')}`,
    'mask 0x35 0x33 0x36 0x2d 0x32',
  ])('bytes of no value stay: %s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('hex of UTF-16 text (J26)', () => {
  const utf16be = (s: string): string => Buffer.from(s, 'utf16le').swap16().toString('hex');
  const utf16le = (s: string): string => Buffer.from(s, 'utf16le').toString('hex');
  it.each([
    ['big-endian', utf16be, 'SSN 536-22-8514', 'SSN'],
    ['little-endian', utf16le, 'mail qxaro.vlintuk@example.com', 'EMAIL'],
    ['big-endian, upper case', (s: string) => utf16be(s).toUpperCase(), '4111 1111 1111 1111', 'CARD'],
  ])('%s (held back)', (_, encode, plain, type) => {
    const run = encode(plain);
    expect(found(`utf16 ${run}`)).toEqual([`${type}:${run}`]);
  });

  it.each(['00ff00fe00fd00fc00fb00fa', `${'00'.repeat(12)}`, '0001000200030004000500060007', utf16le('status ok, 12 rows')])('no value, or no text: %s stays', (run) => {
    expect(found(`utf16 ${run}`)).toEqual([]);
  });
});

describe('linear work', () => {
  it('hostile path segments and 0x bytes: twice the input, at most 2.2x the steps', () => {
    const inputs = [(n: number) => `/${'a/Ab'.repeat(n / 5)}`, (n: number) => '0x35 0x3 '.repeat(n / 9), (n: number) => `/${'aB'.repeat(n / 40)}/`.repeat(20)];
    for (const make of inputs) {
      const steps = (n: number): number => {
        const work: EncodedWork = { steps: 0 };
        encodedTextView(make(n), work);
        return work.steps;
      };
      const small = steps(64 * 1024);
      const large = steps(128 * 1024);
      expect(large).toBeLessThanOrEqual(small * 2.2 + 64);
    }
  });
});
