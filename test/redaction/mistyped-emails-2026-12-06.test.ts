// L16 of the README-only probe of 2026-12-06 (test/redaction/probe-2026-12-06.cases.md; issue 11): email
// addresses as customers mistype them (a comma for a dot, the dot dropped, no top-level domain, a blank
// before `.com`) were stored with the mailbox in clear. At a consumer mailbox provider they are addresses;
// the address as meant is the normalized form, so the corrected spelling gets the same pseudonym.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor, detectSensitive } from '@agent-audit/core';

const emails = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'EMAIL').map((d) => `${text.slice(d.start, d.end)}=${d.normalized}`);

describe('mistyped at a mailbox provider', () => {
  it.each([
    // The row's examples and its held-back inputs.
    ['email thandiwe.ndlovu@gmail,com', 'thandiwe.ndlovu@gmail,com=thandiwe.ndlovu@gmail.com'],
    ['send to thandiwe.ndlovu@gmail', 'thandiwe.ndlovu@gmail=thandiwe.ndlovu@gmail'],
    ['my email is keoni.kahananui@yahoo,co,uk', 'keoni.kahananui@yahoo,co,uk=keoni.kahananui@yahoo.co.uk'],
    ['email: m.gebremedhin@hotmail', 'm.gebremedhin@hotmail=m.gebremedhin@hotmail'],
    ['reply to tavita.leota@gmailcom pls', 'tavita.leota@gmailcom=tavita.leota@gmail.com'],
    ['its jurgita.p@outlook .com', 'jurgita.p@outlook .com=jurgita.p@outlook.com'],
    // More of the kind.
    ['send to thandiwe.ndlovu@gmail. Thanks', 'thandiwe.ndlovu@gmail=thandiwe.ndlovu@gmail'],
    ['contact: Jane.Doe@Yahoo, thanks', 'Jane.Doe@Yahoo=jane.doe@yahoo'],
    ['mail me at a_b+c@icloud,com', 'a_b+c@icloud,com=a_b+c@icloud.com'],
    ['gmx: k.muller@gmx,de', 'k.muller@gmx,de=k.muller@gmx.de'],
    // The dot of `.co.uk` dropped; the local part from its first letter or digit.
    ['mail: ade.o@hotmailcouk', 'ade.o@hotmailcouk=ade.o@hotmail.co.uk'],
    ['..jane.d@gmail,com', 'jane.d@gmail,com=jane.d@gmail.com'],
  ])('%j', (text, expected) => {
    expect(emails(text)).toEqual([expected]);
  });
  it('the mistyped and the correct spelling have one pseudonym', () => {
    const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(2)]) });
    const result = redactor.redact({ v: 1, id: '01JMISTYPED000000000000000', ts: '2026-12-06T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.call', agent: { id: 'a' }, tool: { name: 't', arguments: { a: 'email thandiwe.ndlovu@gmail,com', b: 'thandiwe.ndlovu@gmail.com' } } } as never, { capture: {} }) as { event: { tool: { arguments: { a: string; b: string } } } };
    const { a, b } = result.event.tool.arguments;
    expect(a).not.toContain('thandiwe');
    expect(a).toBe(`email ${b}`);
  });
});

describe('look-alikes stay', () => {
  it.each([
    'ssh root@mail and git@web',
    'mention @gmail team',
    'npm i @hotmail/x',
    'a@gmailcomments',
    '@gmail',
    'the yahoo,com bubble',
    // Only what stands at an `@`: a provider's name elsewhere in a text that holds one is no address.
    'ping @team about the yahoo,com bubble',
    // A local part longer than 64 characters (RFC 5321 4.5.3.1.1) is no mailbox.
    `${'a'.repeat(70)}@gmail,com`,
  ])('%j', (text) => {
    expect(emails(text)).toEqual([]);
  });
  it('a local part of 64 characters is one, of 65 none (RFC 5321 4.5.3.1.1), from the text\'s start as inside it', () => {
    expect(emails(`${'a'.repeat(64)}@gmail,com`)).toHaveLength(1);
    expect(emails(`mail ${'a'.repeat(64)}@gmail,com`)).toHaveLength(1);
    expect(emails(`${'a'.repeat(65)}@gmail,com`)).toEqual([]);
    expect(emails(`mail ${'a'.repeat(65)}@gmail,com`)).toEqual([]);
  });
  it('each span is an email\'s class', () => {
    for (const d of detectSensitive('email thandiwe.ndlovu@gmail,com')) expect(d.class).toBe('pii.email');
  });
});
