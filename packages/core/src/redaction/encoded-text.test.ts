import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';
import { encodedTextView, type EncodedWork } from './encoded-text.js';

// Second probe of 2026-12-04, G14 (test/redaction/probe-2026-12-04b.cases.md): text in base64 or
// quoted-printable was stored as written. A value found in the decoded text masks its whole run.
const found = (text: string): string[] => detectSensitive(text).map((d) => `${d.type}:${text.slice(d.start, d.end)}`);
const b64 = (s: string): string => Buffer.from(s).toString('base64');
const b64url = (s: string): string => Buffer.from(s).toString('base64url');

describe('RFC 2047 encoded-words', () => {
  it('a B word holding a name before an address, and one holding an SSN (held out)', () => {
    expect(found('From: =?UTF-8?B?UXhhcm8gVmxpbnR1aw==?= <qv@example.org>')).toEqual(['PERSON:=?UTF-8?B?UXhhcm8gVmxpbnR1aw==?=', 'EMAIL:qv@example.org']);
    const word = `=?utf-8?b?${b64('SSN 412-67-3390 attached')}?=`;
    expect(found(`Subject: ${word}`)).toEqual([`SSN:${word}`]);
  });

  it('Q words (`_` a space, `=XX` a byte, latin1), and adjacent words joined over their blanks', () => {
    expect(found('Subject: =?UTF-8?Q?My_SSN_is_536=2D22=2D8514?=')).toEqual(['SSN:=?UTF-8?Q?My_SSN_is_536=2D22=2D8514?=']);
    const two = `=?UTF-8?B?${b64('card 4111 1111 ')}?= =?UTF-8?B?${b64('1111 1111')}?=`;
    expect(found(`Subject: ${two}`)).toEqual([`CARD:${two}`]);
    expect(found('To: =?ISO-8859-1?Q?Dr_Tevita_Havili?= <th@example.org>').map((s) => s.split(':')[0])).toEqual(['PERSON', 'EMAIL']);
  });

  it('a word of no value stays as written (a subject line, a product name)', () => {
    for (const text of ['Subject: =?UTF-8?B?' + b64('Your order has shipped') + '?=', 'Subject: =?UTF-8?Q?Caf=C3=A9_menu_for_Friday?=', '=?UTF-8?X?bogus?=']) expect(found(text), text).toEqual([]);
  });
});

describe('MIME bodies', () => {
  it('a base64 part (76-character lines) holding an SSN and a card is masked whole', () => {
    const body = b64('Hi, my SSN is 536-22-8514 and my card is 4111 1111 1111 1111. Thanks').replace(/(.{76})/g, '$1\r\n');
    const text = `Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${body}\r\n--b1--`;
    const spans = detectSensitive(text);
    expect(spans.map((d) => text.slice(d.start, d.end))).toEqual([body]);
    expect(['SSN', 'CARD']).toContain(spans[0]?.type);
  });

  it('a value split over a line of a base64 body (lines cut inside the SSN) is found', () => {
    const encoded = b64('phone on file: 415-555-0132 (mobile)');
    const text = `Content-Transfer-Encoding: base64\n\n${encoded.slice(0, 20)}\n${encoded.slice(20)}`;
    expect(found(text)).toEqual([`PHONE:${encoded.slice(0, 20)}\n${encoded.slice(20)}`]);
  });

  it('a quoted-printable part: escapes and soft line breaks are read, each value masked where it is written', () => {
    const text = 'Content-Transfer-Encoding: quoted-printable\n\nMy SSN is 536-22-=\n8514 and card 4111=201111=201111=201111.';
    expect(found(text)).toEqual(['SSN:536-22-=\n8514', 'CARD:4111=201111=201111=201111']);
  });

  it('`=XX` outside a quoted-printable part is not read as an escape', () => {
    expect(found('x=3D4 and y=20')).toEqual([]);
  });
});

describe('base64 and base64url runs of JSON or text', () => {
  it('`payload=eyJ…` (a JWT body alone) holding an SSN, and base64 prose holding a phone', () => {
    const payload = b64url(JSON.stringify({ ssn: '536228514', name: 'Qxaro Vlintuk' }));
    expect(found(`payload=${payload}`)).toEqual([`SSN:${payload}`]);
    const note = b64('call me at 415-555-0132');
    expect(found(`note ${note}`)).toEqual([`PHONE:${note}`]);
    const mail = b64url('{"email":"amara.okafor@example.org"}');
    expect(found(`{"state":"${mail}"}`)).toEqual([`EMAIL:${mail}`]);
  });

  it('the masked run takes the decoded value\'s pseudonym (the same SSN plain and in base64 join)', () => {
    const [plain] = detectSensitive('SSN 536-22-8514');
    const [encoded] = detectSensitive(`x ${b64('SSN 536-22-8514')}`);
    expect(encoded?.normalized).toBe(plain?.normalized ?? '536-22-8514');
  });

  it('look-alikes stay: base64 of values of no person, ids, hashes, camelCase words, keys, a JWT as a whole', () => {
    for (const text of [
      `id=${b64url('{"order":"A-1234","qty":3}')}`,
      `cursor ${b64('page=2&size=50')}`,
      'sha=dGhpcyBpcyBub3QgcmVhbGx5IGEgc2VjcmV0',
      'ULID 01HXYZABCDEFGHJKMNPQRSTVWX and getUserAccountSettingsPage',
      'digest sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=',
      'etag W/"a1B2c3D4e5F6g7H8i9J0"',
      '/api/v1/users/ProfileSettings/Page',
    ]) {
      expect(found(text), text).toEqual([]);
    }
    const jwt = `eyJhbGciOiJIUzI1NiJ9.${b64url('{"sub":"536-22-8514"}')}.c2lnbmF0dXJlc2lnbmF0dXJlc2ln`;
    expect(found(`Bearer ${jwt}`).some((s) => s.endsWith(jwt))).toBe(true);
  });

  it('bounds: under 16 characters, one letter case, bytes that are no text, and text decoded once', () => {
    expect(encodedTextView(`x ${b64('SSN 1')}`)).toBeUndefined();
    expect(encodedTextView(`x ${Buffer.from([0, 1, 2, 3, 250, 251, 252, 253, 9, 9, 9, 9, 9, 9]).toString('base64')}`)).toBeUndefined();
    expect(encodedTextView('ABCDEFGHIJKLMNOPQRSTUVWX')).toBeUndefined();
    // base64 of base64 of an SSN: the inner run is not decoded again.
    expect(found(`x ${b64(b64('SSN 536-22-8514 on file'))}`)).toEqual([]);
  });
});

describe('linear work', () => {
  it('a hostile 512 KiB string: twice the input, at most 2.2x the steps', () => {
    const units = ['QUFBQUFBQUFBQUFBQUFBQUFB\n', '=?UTF-8?B?QUFB?= ', '=?a?B?' + 'A'.repeat(30), 'Aa'.repeat(9) + '=\n', '=0A=\n', 'aGVsbG8gd29ybGQh'];
    for (const unit of units) {
      const steps = (n: number) => {
        const work: EncodedWork = { steps: 0 };
        encodedTextView(`Content-Transfer-Encoding: quoted-printable\n${unit.repeat(Math.ceil(n / unit.length)).slice(0, n)}`, work);
        return work.steps;
      };
      const small = steps(256 * 1024);
      const large = steps(512 * 1024);
      expect(large / small, unit).toBeLessThan(2.2);
      expect(large, unit).toBeLessThan(4 * 512 * 1024);
    }
  });
});
