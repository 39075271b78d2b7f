// L12 of the sixth README-only probe of 2026-12-04 (probe-2026-12-04f.cases.md): an email address
// whose local part is quoted (RFC 5322 §3.4.1: `"qxaro.vlintuk"@gmail.com`, `"qxaro vlintuk"@…`)
// was stored raw, and one with an IP-literal domain (`qxvlintuk@[192.0.2.14]`) kept its local part
// raw (only the IP masked). The row's inputs and other spellings of the kind through the pipeline,
// and look-alikes (a quote, an `@` and a word that are no address) that stay as they are.
import { describe, expect, it } from 'vitest';
import { detectBuiltin } from '../../packages/core/src/redaction/detectors.js';
import { storedInput, storedInputs } from './probe-2026-12-04f-helpers.js';

/** The addresses found, those inside another one left out (the spelled-out reader may find a part too; the pipeline keeps the outer one). */
const emails = (text: string): string[] => {
  const found = detectBuiltin(text, new Set(['email'])).filter((d) => d.type === 'EMAIL');
  return found.filter((d) => !found.some((o) => o !== d && o.start <= d.start && o.end >= d.end)).map((d) => text.slice(d.start, d.end));
};

describe('the row (L12): quoted local parts and IP-literal domains', () => {
  it.each([
    ['Please reply to "qxaro.vlintuk"@gmail.com about the claim', '"qxaro.vlintuk"@gmail.com', 'Please reply to [EMAIL] about the claim'],
    ['"qxaro vlintuk"@example.org', '"qxaro vlintuk"@example.org', '[EMAIL]'],
    ['"q.v+claims"@proton.me', '"q.v+claims"@proton.me', '[EMAIL]'],
    ['send it to qxvlintuk@[192.0.2.14]', 'qxvlintuk', 'send it to [EMAIL]'],
    ['"Qxaro Vlintuk"@corp.example.com', 'Vlintuk', '[EMAIL]'],
  ])('%j is masked as one address', async (input, secret, expected) => {
    const { value, raw } = await storedInput(input);
    expect(value).toBe(expected);
    expect(raw).not.toContain(secret);
  });

  it('the JSON form', async () => {
    const { value, raw } = await storedInput({ to: '"qxaro.vlintuk"@gmail.com' });
    expect(value).toEqual({ to: '[EMAIL]' });
    expect(raw).not.toContain('qxaro.vlintuk');
  });
});

describe('other spellings of the kind (held back from the row)', () => {
  it.each([
    ['write to "wenlix.dorvane"@outlook.com today', ['"wenlix.dorvane"@outlook.com']],
    ['"dorvane, wenlix"@mail.example.co.uk', ['"dorvane, wenlix"@mail.example.co.uk']],
    ['"w\\"d"@example.net', ['"w\\"d"@example.net']],
    ['From: <"qx vl"@example.com>', ['"qx vl"@example.com']],
    ['ops@[203.0.113.7] and "a b"@[198.51.100.2]', ['ops@[203.0.113.7]', '"a b"@[198.51.100.2]']],
    ['admin@[IPv6:2001:db8::1] is the relay', ['admin@[IPv6:2001:db8::1]']],
    ['two: "x y"@a.example.org, z@b.example.org', ['"x y"@a.example.org', 'z@b.example.org']],
  ])('%j', (text, expected) => {
    expect(emails(text)).toEqual(expected);
  });

  it('through the pipeline', async () => {
    const { values, raw } = await storedInputs(['cc "wenlix.dorvane"@outlook.com please', { replyTo: 'mollquist@[192.0.2.99]' }]);
    expect(values).toEqual(['cc [EMAIL] please', { replyTo: '[EMAIL]' }]);
    expect(raw).not.toMatch(/wenlix\.dorvane|mollquist/);
  });
});

describe('look-alikes stay as they are', () => {
  it.each([
    'He said "hello" @ noon',
    'the "quick" @brown fox',
    'a quote "" @example.com',
    '"line one\nline two"@example.com',
    'ping @[here] now',
    'x@[999.1]',
    'tag "v2"@latest',
    'mention @channel and "ops"',
    // a quote that closes a string before is no opening quote (the K6 filter of 2026-12-04e)
    'emails[type eq "work"].value co "@example.com"',
    'name eq "Vlintuk" or email co "@example.com"',
  ])('%j: no address', (text) => {
    expect(emails(text)).toEqual([]);
  });

  it('through the pipeline', async () => {
    const inputs = ['He said "hello" @ noon', 'ping @[here] now', 'install "pkg"@latest'];
    const { values } = await storedInputs(inputs);
    expect(values).toEqual(inputs);
  });
});
