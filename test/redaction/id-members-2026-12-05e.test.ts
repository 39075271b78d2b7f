// Issue 11, the twelfth probe (2026-12-05e), row O8's open part (test/redaction/probe-2026-12-05e.cases.md):
// message ids under JSON/YAML members (`internetMessageId`, `messageId`, `message_id`, `In-Reply-To`)
// with no header label before them were still read as emails.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor, detectSensitive } from '../../packages/core/src/index.js';
import { timeRatio } from './linear-time.js';
import { kept, leaks, storedResults } from './masked-text.js';

const { stored } = storedResults(createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(9)]), sessionMemory: false }));

describe('O8 (open part): message ids under JSON and YAML members are no emails', () => {
  it('as members of a tool result object (the redactor reads the member name)', () => {
    const result = { id: 'AAMkAD', internetMessageId: '<CAF8x1q=Zr0p@mail.gmail.com>', messageId: '20261202091402.4417@mail.harcourt.example', inReplyTo: '<x1y2=Q@mail.gmail.com>', references: ['<a1b2c3@mx.quillon.example>'], from: { emailAddress: { address: 'orla.penhaligon@posteo.net' } }, replyTo: 'marisol.quintanilla@yahoo.com', message_id: 'write to hyacinth.oduya@proton.me' };
    const text = stored(result);
    for (const id of ['CAF8x1q=Zr0p@mail.gmail.com', '20261202091402.4417@mail.harcourt.example', 'x1y2=Q@mail.gmail.com', 'a1b2c3@mx.quillon.example']) expect([id, text.includes(id)]).toEqual([id, true]);
    for (const address of ['orla.penhaligon@posteo.net', 'marisol.quintanilla@yahoo.com', 'hyacinth.oduya@proton.me']) expect([address, text.includes(address)]).toEqual([address, false]);
  });
  it('the row: Graph and mail-API members', () => {
    const graph = '{"id":"AAMkAD","internetMessageId":"<CAF8x1q=Zr0p@mail.gmail.com>","from":{"emailAddress":{"name":"Orla Penhaligon","address":"orla.penhaligon@posteo.net"}}}';
    expect(kept(graph, ['CAF8x1q=Zr0p@mail.gmail.com'])).toEqual([]);
    expect(leaks(graph, ['orla.penhaligon@posteo.net'])).toEqual([]);
    expect(kept('{"messageId":"20261202091402.4417@mail.harcourt.example"}', ['20261202091402.4417@mail.harcourt.example'])).toEqual([]);
    expect(kept('{"message_id": "<abc.123@mx.quillon.example>", "to": "hyacinth.oduya@proton.me"}', ['abc.123@mx.quillon.example'])).toEqual([]);
    expect(kept('{"In-Reply-To":"<x1y2=Q@mail.gmail.com>"}', ['x1y2=Q@mail.gmail.com'])).toEqual([]);
  });
  it('more of the kind: other casings, YAML, nested (escaped) JSON, a list of references', () => {
    expect(kept('message-id: 7f3c9a1e.5b2d@smtp.quillon.example', ['7f3c9a1e.5b2d@smtp.quillon.example'])).toEqual([]);
    expect(kept("{'MessageID': '<0101019a-77@email.amazonses.com>'}", ['0101019a-77@email.amazonses.com'])).toEqual([]);
    expect(kept('{"body":"{\\"internetMessageId\\":\\"<a1b2c3@mx.quillon.example>\\"}"}', ['a1b2c3@mx.quillon.example'])).toEqual([]);
    expect(kept('{"inReplyTo": "<CAKx9pQ7@mail.gmail.com>", "references": ["<a1@x.example>"]}', ['CAKx9pQ7@mail.gmail.com'])).toEqual([]);
    expect(kept('{"contentId":"<image001.png@01DB4C2A.5F3E1B20>"}', ['image001.png@01DB4C2A.5F3E1B20'])).toEqual([]);
  });
  it('still masked: addresses under other members and bare after a `references` key', () => {
    const text = '{"messageId":"<m1@mx.quillon.example>","replyTo":"marisol.quintanilla@yahoo.com","sender":"<hyacinth.oduya@proton.me>"}';
    expect(leaks(text, ['marisol.quintanilla@yahoo.com', 'hyacinth.oduya@proton.me'])).toEqual([]);
    expect(leaks('references: marisol.quintanilla@yahoo.com', ['marisol.quintanilla@yahoo.com'])).toEqual([]);
    expect(leaks('{"messageIdOwner":"marisol.quintanilla@yahoo.com"}', ['marisol.quintanilla@yahoo.com'])).toEqual([]);
    expect(leaks('{"message": "write to marisol.quintanilla@yahoo.com"}', ['marisol.quintanilla@yahoo.com'])).toEqual([]);
  });
  it('linear: many id members', () => {
    const make = (n: number) => '{"messageId":"<CAKx9pQ7@mail.gmail.com>",'.repeat(Math.ceil(n / 41)).slice(0, n);
    expect(timeRatio(detectSensitive, make)).toBeLessThanOrEqual(3);
  });
});
