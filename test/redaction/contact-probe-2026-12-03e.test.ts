// Rows 100, 101 and 103 of the sixth fresh probe of 2026-12-03 (probe-2026-12-03e.cases.md):
//  100. phone numbers in messaging links and beside messaging words, written with the calling
//       code and no `+` (`wa.me/447700900123`, `reply to 447700900123 on whatsapp`), Telegram,
//       Signal and Viber links, `tel:`/`sms:` URIs;
//  101. a phone remembered in one spelling, recurring in another (`07700900123`, `447700900123`,
//       `0044 7700 900123` after `+44 7700 900123`): masked from session memory, same pseudonym;
//  103. an id written reversed inside a right-to-left override (`\u202E4158-22-635 NSS\u202C`,
//       shown as `SSN 536-22-8514`), and digits under combining marks (Zalgo).
// Each test failed before its fix; look-alikes stay.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor, detectSensitive, fileLedger, readEvents, type AuditEvent } from '@agent-audit/core';
import type { UnsealedEvent } from '../../packages/core/src/spec/event.js';
import { storedJsonl, blankMachineValues } from './stored.js';

const work = mkdtempSync(join(tmpdir(), 'aa-contact-probe-e-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A stored line without its pseudonyms and long hex runs (a short number could match inside them by chance). */
const withoutTokens = (line: string): string => blankMachineValues(line).replace(/\[[A-Z_]+:psn_\w+\]/g, '[T]').replace(/[0-9a-f]{32,}/gi, '[H]');
const phoneOf = (text: string, value: string) => {
  const start = text.indexOf(value);
  if (start === -1) throw new Error(`${value} not in ${text}`);
  return detectSensitive(text).find((d) => d.type === 'PHONE' && d.start <= start && d.end >= start + value.length);
};
const key = createKeyring([new Uint8Array(32).fill(11)]);

describe('row 100: phones in messaging links and beside messaging words', () => {
  it.each([
    ['wa.me/447700900123', '447700900123'],
    ['https://wa.me/447700900123?text=Hi%20there', '447700900123'],
    ['chat with us: https://wa.me/14155550134', '14155550134'],
    ['https://api.whatsapp.com/send?phone=447700900123&text=hi', '447700900123'],
    ['whatsapp://send?phone=447700900123', '447700900123'],
    ['reply to 447700900123 on whatsapp', '447700900123'],
    ['ping 447700900123 via Signal', '447700900123'],
    ['6281234567890 (WhatsApp)', '6281234567890'],
    ['WhatsApp 6281234567890', '6281234567890'],
    ['t.me/+447700900123', '+447700900123'],
    ['https://telegram.me/+447700900123', '+447700900123'],
    ['https://signal.me/#p/+447700900123', '+447700900123'],
    ['viber://chat?number=447700900123', '447700900123'],
    ['viber://chat?number=%2B447700900123', '447700900123'],
    ['<a href="tel:+447700900123">call</a>', '+447700900123'],
    ['sms:07700900123?body=hi', '07700900123'],
    ['smsto:447700900123', '447700900123'],
    ['callto:447700900123', '447700900123'],
  ])('%s', (text, value) => {
    expect(phoneOf(text, value), text).toBeDefined();
  });

  it('reads a link number with its calling code as E.164: the pseudonym of +44 7700 900123', () => {
    expect(phoneOf('wa.me/447700900123', '447700900123')?.normalized).toBe('+447700900123');
    expect(phoneOf('reply to 447700900123 on whatsapp', '447700900123')?.normalized).toBe('+447700900123');
    expect(phoneOf('t.me/+447700900123', '+447700900123')?.normalized).toBe('+447700900123');
    expect(phoneOf('call +44 7700 900123', '+44 7700 900123')?.normalized).toBe('+447700900123');
  });

  it('any valid international number in a wa.me link', () => {
    const numbers = fc.constantFrom('447700900123', '4915112345678', '33612345678', '14155550134', '61412345678', '918123456789', '5511987654321', '6281234567890', '2348031234567');
    fc.assert(
      fc.property(numbers, fc.constantFrom('wa.me/', 'https://wa.me/', 'https://api.whatsapp.com/send?phone=', 'viber://chat?number=', 'tel:', 'sms:'), fc.constantFrom('', '?text=hello', ' thanks'), (number, prefix, tail) => {
        const text = `${prefix}${number}${tail}`;
        // Masked whole (`4915112345678` passes the Luhn check too and may be read as a card).
        const start = text.indexOf(number);
        expect(detectSensitive(text).some((d) => d.start <= start && d.end >= start + number.length), text).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it.each([
    'https://example.com/items/447700900123',
    'order 447700900123 shipped',
    't.me/joinchat/AAAAAEk3',
    'https://t.me/s/channel/12345678',
    'version 2026.12.3 on whatsapp',
    'https://wa.me/message/ABCDEF123',
    'whatsapp group 123 members',
  ])('leaves %s', (text) => {
    expect(detectSensitive(text).filter((d) => d.type === 'PHONE')).toEqual([]);
  });

  it('none reaches the stored .jsonl (createAuditor + fileLedger)', async () => {
    const dir = join(work, 'links');
    const auditor = createAuditor({ agent: { id: 'support' }, sink: fileLedger({ dir, keyDir: join(work, 'links-keys'), fsync: false }), redactor: createRedactor({ pseudonymKey: key }) });
    auditor.run({ session: 's-links' }, () => {
      auditor.record({ type: 'model.response', content: { output: 'Message the customer: https://wa.me/447700900456?text=Your%20order. Or reply to 4915112345678 on whatsapp, t.me/+33612345678, signal.me/#p/+61412345678, viber://chat?number=5511987654321' } });
    });
    await auditor.close();
    const lines = withoutTokens(storedJsonl(dir));
    for (const value of ['447700900456', '4915112345678', '33612345678', '61412345678', '5511987654321', '7700900456']) expect(lines, value).not.toContain(value);
    expect(lines).toContain('https://wa.me/');
  });
});

describe('row 101: a remembered phone recurring in another spelling', () => {
  async function redactAll(texts: readonly string[]): Promise<string[]> {
    const redactor = createRedactor({ pseudonymKey: key, builtins: ['email'] });
    const out: string[] = [];
    // The phone comes under a phone key (masked by its key), then recurs in text no detector reads (phone off).
    const remembered = await redactor.redact({ type: 'tool.call', session: 's-101', tool: { name: 'crm', arguments: { phone: texts[0] } } } as unknown as UnsealedEvent, { capture: {} } as never);
    out.push(JSON.stringify(remembered.event.tool?.arguments));
    for (const text of texts.slice(1)) {
      const result = await redactor.redact({ type: 'model.response', session: 's-101', content: { output: text } } as unknown as UnsealedEvent, { capture: {} } as never);
      out.push(String(result.event.content?.output));
    }
    return out;
  }

  it.each([
    ['+44 7700 900123', 'call 07700900123 now'],
    ['+44 7700 900123', 'reply to 447700900123 today'],
    ['+44 7700 900123', 'dial 0044 7700 900123 please'],
    ['+44 7700 900123', 'mobile 07700 900 123'],
    ['+44 7700 900123', 'ref 7700900123 done'],
    ['07911 123456', 'or +44 7911 123456 abroad'],
    ['07911123456', 'or 447911123456 abroad'],
    ['07700900123', 'the form wants 7700 900123'],
    ['0044 7700 900123', 'on the app 447700900123'],
    ['447700900123', 'call 07700900123'],
    ['(415) 555-0134', 'txt +1 415 555 0134 or 14155550134'],
  ])('%s, later %s', async (first, later) => {
    const [remembered, recurring] = await redactAll([first, later]);
    const token = /\[PHONE:psn_\w+\]/.exec(remembered as string)?.[0];
    expect(token, remembered).toBeDefined();
    expect(recurring, later).toContain(token as string);
    expect(withoutTokens(recurring as string), later).not.toMatch(/\d{4}/);
  });

  it('keeps unrelated numbers, and other sessions', async () => {
    const redactor = createRedactor({ pseudonymKey: key, builtins: ['email'] });
    await redactor.redact({ type: 'tool.call', session: 'a', tool: { name: 'crm', arguments: { phone: '+44 7700 900123' } } } as unknown as UnsealedEvent, { capture: {} } as never);
    const same = await redactor.redact({ type: 'model.response', session: 'a', content: { output: 'order 7700900124, count 900123' } } as unknown as UnsealedEvent, { capture: {} } as never);
    expect(same.event.content?.output).toBe('order 7700900124, count 900123');
    const other = await redactor.redact({ type: 'model.response', session: 'b', content: { output: 'ref 7700900123' } } as unknown as UnsealedEvent, { capture: {} } as never);
    expect(other.event.content?.output).toBe('ref 7700900123');
  });

  it('end to end: no spelling of the number is stored, all with one pseudonym', async () => {
    const dir = join(work, 'spellings');
    const auditor = createAuditor({ agent: { id: 'crm' }, sink: fileLedger({ dir, keyDir: join(work, 'spellings-keys'), fsync: false }), redactor: createRedactor({ pseudonymKey: key }) });
    auditor.run({ session: 's-spell' }, () => {
      auditor.record({ type: 'message.user', content: { input: 'call me on +44 7700 900123' } });
      auditor.record({ type: 'model.response', content: { output: 'Saved 07700900123 for you. Abroad dial 0044 7700 900123, on the app 447700900123, and the form wants 7700900123 only.' } });
    });
    await auditor.close();
    const events: AuditEvent[] = [];
    for await (const event of readEvents(dir, { stream: 'crm' })) events.push(event);
    const token = /\[PHONE:psn_\w+\]/.exec(String(events[0]?.content?.input))?.[0] as string;
    expect(token).toBeDefined();
    const output = String(events[1]?.content?.output);
    expect(output.split(token).length - 1, output).toBeGreaterThanOrEqual(4);
    const lines = withoutTokens(storedJsonl(dir));
    expect(lines).not.toMatch(/7700 ?900 ?123/);
  });
});

describe('row 103: ids written reversed under a right-to-left override, or under combining marks', () => {
  it.each([
    ['\u202E4158-22-635 NSS\u202C', 'SSN'],
    ['note: \u202E4158-22-635 NSS\u202C, thanks', 'SSN'],
    ['\u202E4158-22-635 NSS', 'SSN'],
    ['first line\n\u202E4158-22-635 NSS\nlast line', 'SSN'],
    ['\u202E1111 1111 1111 1114 :drac\u202C', 'CARD'],
    ['\u202E321009007744+ llac\u202C', 'PHONE'],
    ['\u202Emoc.liamg@alivah.ativet\u202C', 'EMAIL'],
  ])('%j', (text, type) => {
    const found = detectSensitive(text).filter((d) => d.type === type);
    expect(found.length, text).toBeGreaterThan(0);
    const digits = text.replace(/[^\d]/g, '');
    const masked = found.map((d) => text.slice(d.start, d.end)).join('');
    if (digits.length > 0) expect(masked.replace(/[^\d]/g, '')).toContain(digits);
  });

  it('the reversed SSN has the pseudonym of the SSN written forwards', () => {
    expect(detectSensitive('\u202E4158-22-635 NSS\u202C').find((d) => d.type === 'SSN')?.normalized).toBe(detectSensitive('SSN 536-22-8514').find((d) => d.type === 'SSN')?.normalized);
  });

  it('session memory reads a run under the override as it is shown: a value remembered from a field recurs reversed (no detector reads it)', async () => {
    // Only the email detector on: the name and the id are known from their keys alone.
    const redactor = createRedactor({ pseudonymKey: key, builtins: ['email'] });
    const first = await redactor.redact({ type: 'tool.call', session: 's-103', tool: { name: 'ehr', arguments: { patient_name: 'Tevita Havili', member_id: 'XK-4471-2209' } } } as unknown as UnsealedEvent, { capture: {} } as never);
    const args = JSON.stringify(first.event.tool?.arguments);
    const tokens = [...args.matchAll(/\[[A-Z_]+:psn_\w+\]/g)].map((m) => m[0]);
    expect(tokens.length, args).toBe(2);
    for (const [text, raw] of [
      ['seen: \u202Eilivah ativet\u202C today', 'ilivah ativet'],
      ['\u202EilivaH ativeT', 'ilivaH ativeT'],
      ['member \u202E9022-1744-KX\u202C ok', '9022-1744-KX'],
    ] as const) {
      const later = await redactor.redact({ type: 'model.response', session: 's-103', content: { output: text } } as unknown as UnsealedEvent, { capture: {} } as never);
      const output = String(later.event.content?.output);
      expect(output, text).not.toContain(raw);
      expect(tokens.some((token) => output.includes(token)), output).toBe(true);
    }
  });

  it('text read forwards after the run stays as it is', () => {
    expect(detectSensitive('\u202Eolleh\u202C version 1.2.3')).toEqual([]);
    expect(detectSensitive('\u202Eolleh\u202C 536-22-8514').map((d) => d.type)).toEqual(['SSN']);
  });

  it.each([
    ['SSN 5\u03383\u03386\u0338-2\u03382\u0338-8\u03385\u03381\u03384\u0338', 'SSN'],
    ['S\u0338S\u0338N\u0338 5\u03383\u03386\u0338-\u03382\u03382\u0338-\u03388\u03385\u03381\u03384\u0338', 'SSN'],
    ['SSN: 5\u0334\u0321\u031b3\u0337\u0322\u035d6\u0335\u0328\u0360-\u03362\u0338\u0327\u031b2\u0337-\u03358\u03385\u03371\u03364\u0334', 'SSN'],
    ['card 4\u20dd1\u20dd1\u20dd1\u20dd 1111 1111 1111', 'CARD'],
    ['call +4\u03384\u0338 7700 900123', 'PHONE'],
  ])('digits under combining marks: %j', (text, type) => {
    const found = detectSensitive(text).filter((d) => d.type === type);
    expect(found.length, text).toBeGreaterThan(0);
    expect(found.map((d) => text.slice(d.start, d.end)).join('').replace(/\D/g, '')).toBe(text.replace(/\D/g, '').replace(/^(?=.)/, ''));
  });

  it('accents over letters stay read as letters', () => {
    // A decomposed accent is no overlay: the view keeps it, and the name is read with it.
    expect(detectSensitive('Jose\u0301 Mu\u0308ller paid').map((d) => [d.type, d.normalized])).toEqual(detectSensitive('José Müller paid').map((d) => [d.type, d.normalized]));
  });

  it('end to end: neither is stored', async () => {
    const dir = join(work, 'bidi');
    const auditor = createAuditor({ agent: { id: 'hr' }, sink: fileLedger({ dir, keyDir: join(work, 'bidi-keys'), fsync: false }), redactor: createRedactor({ pseudonymKey: key }) });
    auditor.run({ session: 's-bidi' }, () => {
      auditor.record({ type: 'message.user', content: { input: 'my id: \u202E4158-22-635 NSS\u202C' } });
      auditor.record({ type: 'tool.result', tool: { name: 'hr.lookup', result: { note: 'SSN 5\u03383\u03386\u0338-2\u03382\u0338-8\u03385\u03381\u03384\u0338' } } });
    });
    await auditor.close();
    const lines = withoutTokens(storedJsonl(dir)).replace(/\\u0338|\u0338/g, '');
    expect(lines).not.toContain('4158-22-635');
    expect(lines).not.toContain('536-22-8514');
  });
});
