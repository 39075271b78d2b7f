// Issue 11, the twelfth probe (2026-12-05e), the open part of row L12 (test/redaction/probe-2026-12-05e.cases.md):
// RFC 5322 header lines folded inside a name or an address (`To: Leonora Cas\r\n tellanos <…>`,
// `<leonora.castel\r\n lanos@posteo.net>`), and quoted-printable soft line breaks (`=\r\n`) in a text
// part read without its `Content-Transfer-Encoding` header: the part before the fold stayed raw.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../packages/core/src/index.js';
import { timeRatio } from './linear-time.js';
import { kept, leaks, masked } from './masked-text.js';

describe('L12 (open part): folded address headers', () => {
  it('a name or an address cut by a fold', () => {
    const text = 'Date: Thu, 10 Dec 2026 09:14:02 +0000\r\nFrom: Priyamvada Raghu\r\n nathan <pr@yahoo.com>\r\nTo: "Castellanos, Leonora" <leonora.castel\r\n lanos@posteo.net>\r\nCc: Ines Aber\r\n nathy <ines@outlook.com>\r\nSubject: Hearing\r\n';
    expect(leaks(text, ['Raghu', 'nathan', 'leonora.castel', 'lanos@posteo.net', 'Aber', 'nathy'])).toEqual([]);
    expect(kept(text, ['Date: Thu, 10 Dec 2026 09:14:02 +0000', 'Subject: Hearing'])).toEqual([]);
  });
  it('more of the kind: an address alone, a quoted reply, LF only', () => {
    expect(leaks('To: ora.castellanos@pos\r\n teo.net', ['ora.castellanos', 'pos'])).toEqual([]);
    expect(leaks('> From: Ezequiel Montal\n bán <ez@proton.me>', ['Montal', 'bán'])).toEqual([]);
    expect(leaks('reply-to: thaddeus.okon\n kwo@proton.me', ['thaddeus.okon'])).toEqual([]);
  });
  it('still as before: folds between words and list entries, other headers, indented prose', () => {
    const list = 'Cc: Ines Abernathy <ines.abernathy@outlook.com>,\r\n Callum Fairweather\r\n <callum.fairweather@gmail.com>';
    expect(leaks(list, ['Abernathy', 'Fairweather', 'ines.abernathy@outlook.com', 'callum.fairweather@gmail.com'])).toEqual([]);
    expect(masked(list)).toContain(',\r\n [PERSON]');
    const subject = 'Subject: Notes on the\r\n quarterly plan\r\nTo: ops@harcourt.example';
    expect(kept(subject, ['Notes on the\r\n quarterly plan'])).toEqual([]);
    expect(kept('Agenda:\n to do list\n item two', ['Agenda:\n to do list\n item two'])).toEqual([]);
  });
});

describe('L12 (open part): quoted-printable soft line breaks without the header', () => {
  it('values cut by a soft break in a body read alone', () => {
    const body = 'Dear Priyamvada Raghu=\r\nnathan, call 206-555-01=\r\n66 or mail priyamvada.raghu=\r\nnathan@yahoo.com. Caf=C3=A9 soon.';
    expect(leaks(body, ['Raghu', 'nathan', '206-555-01', 'priyamvada.raghu'])).toEqual([]);
    expect(kept(body, ['Dear ', ', call ', 'Caf=C3=A9 soon.'])).toEqual([]);
    const long = 'Hello team, the quarterly review with our partners is scheduled for Ja=\r\nnuary; please contact Thaddeus Okon=\r\nkwo at thaddeus.okon=\r\nkwo@proton.me.';
    expect(leaks(long, ['Okon', 'thaddeus.okon'])).toEqual([]);
  });
  it('kept: code and text with `=` at a line end that is no quoted-printable', () => {
    for (const text of ['x = a ==\nb; width=20 and height =\n 30', 'total=\nsum(a, b)', 'const greeting =\n  "Hello";']) {
      expect(masked(text)).toBe(text);
    }
  });
  it('linear: many folds and soft breaks', () => {
    const headers = (n: number) => `To: ${'leonora.castel\r\n lanos@posteo.net,\r\n '.repeat(Math.ceil(n / 40))}`.slice(0, n);
    expect(timeRatio(detectSensitive, headers)).toBeLessThanOrEqual(3);
    const qp = (n: number) => 'Caf=C3=A9 Raghu=\r\nnathan =\r\n'.repeat(Math.ceil(n / 30)).slice(0, n);
    expect(timeRatio(detectSensitive, qp)).toBeLessThanOrEqual(3);
  });
});
