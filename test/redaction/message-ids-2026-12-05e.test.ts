// Issue 11, the twelfth probe (2026-12-05e), row O8 (test/redaction/probe-2026-12-05e.cases.md): message
// and event ids written `local@host` were read as emails: RFC 5322 `Message-ID` (and `In-Reply-To`,
// `References`, RFC 2392 `Content-ID`), iCalendar `UID` (RFC 5545 §3.8.4.7).
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../packages/core/src/index.js';
import { timeRatio } from './linear-time.js';
import { kept, leaks, masked } from './masked-text.js';

describe('O8: message and event ids are no emails', () => {
  it('the probe rows', () => {
    expect(kept('Message-ID: <CAF8x1q=Zr0p@mail.gmail.com>', ['CAF8x1q=Zr0p@mail.gmail.com'])).toEqual([]);
    expect(kept('BEGIN:VEVENT\nUID:4417-20261210@harcourt.example\nDTSTART:20261210T090000Z', ['4417-20261210@harcourt.example'])).toEqual([]);
  });
  it('more of the kind: threading headers, Content-ID, other casings, a whole header block', () => {
    const headers = [
      'Return-Path: <noreply@harcourt.example>',
      'From: Orla Penhaligon <orla.penhaligon@posteo.net>',
      'To: hyacinth.oduya@proton.me',
      'Message-Id: <7f3c9a1e.5b2d@smtp.quillon.example>',
      'In-Reply-To: <CAKx9=pQ7v+Lm2@mail.gmail.com>',
      'References: <a1b2c3@mx.quillon.example> <CAKx9=pQ7v+Lm2@mail.gmail.com>',
      'Content-ID: <image001.png@01DB4C2A.5F3E1B20>',
      'X-Original-Message-ID: <0101019a-77@email.amazonses.com>',
    ].join('\n');
    expect(kept(headers, ['7f3c9a1e.5b2d@smtp.quillon.example', 'CAKx9=pQ7v+Lm2@mail.gmail.com', 'a1b2c3@mx.quillon.example', 'image001.png@01DB4C2A.5F3E1B20', '0101019a-77@email.amazonses.com'])).toEqual([]);
    expect(leaks(headers, ['orla.penhaligon@posteo.net', 'hyacinth.oduya@proton.me', 'noreply@harcourt.example'])).toEqual([]);
    expect(kept('UID:88120-20261210@calendar.quillon.example\r\nSUMMARY:Review', ['88120-20261210@calendar.quillon.example'])).toEqual([]);
  });
  it('still masked: addresses beside the ids, on other lines, and after other labels', () => {
    expect(leaks('ORGANIZER;CN=Ops:mailto:marisol.quintanilla@yahoo.com\nUID:1@x.example', ['marisol.quintanilla@yahoo.com'])).toEqual([]);
    expect(leaks('Reply-To: marisol.quintanilla@yahoo.com', ['marisol.quintanilla@yahoo.com'])).toEqual([]);
    // LDIF's lower-case `uid:` names a person's account.
    expect(leaks('dn: uid=mq,ou=people,dc=example,dc=com\nuid: marisol.quintanilla@yahoo.com', ['marisol.quintanilla@yahoo.com'])).toEqual([]);
    expect(leaks('References: Dr. Orla Penhaligon, orla.penhaligon@posteo.net', ['orla.penhaligon@posteo.net'])).toEqual([]);
    expect(leaks('References: <a1@x.example>, cc marisol.quintanilla@yahoo.com', ['marisol.quintanilla@yahoo.com'])).toEqual([]);
    expect(leaks('Our message id is below; write to marisol.quintanilla@yahoo.com', ['marisol.quintanilla@yahoo.com'])).toEqual([]);
    expect(masked('Message-ID: <a@b.example>\nFrom: hyacinth.oduya@proton.me')).toContain('From: [EMAIL]');
  });
  it('linear: many ids on one long References line', () => {
    const make = (n: number) => `References: ${'<CAKx9pQ7@mail.gmail.com> '.repeat(Math.ceil(n / 26))}`.slice(0, n);
    expect(timeRatio(detectSensitive, make)).toBeLessThanOrEqual(3);
  });
});
