import { describe, expect, it } from 'vitest';
import { createRedactor } from '../index.js';

// O1 of the sixth probe of 2026-12-04 (test/redaction/probe-2026-12-04f.cases.md): English `via`
// before a capitalized word and a number was read as Italian's street word (`Via Roma 12`), so
// `shipped via UPS 1Z999AA10123456784` lost its carrier and most of its tracking number to an
// `[ADDRESS]`. A lower-case `via` is a street word only after a locative or a verb of living, or
// at the start of a line or after punctuation (addresses.ts isStreetWordAt).
const redactor = createRedactor({ pseudonymKey: new Uint8Array(32).fill(3) });
function stored(note: string): string {
  const out = redactor.redact({ v: 1, id: 'e', seq: 0, ts: '2026-12-04T00:00:00Z', stream: 's', type: 'tool.result', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', result: { note } } } as never, { capture: {} } as never) as { event: { tool: { result: { note: string } } } };
  return out.event.tool.result.note;
}

describe('O1: English `via` is no Italian street word', () => {
  it('the probe row: carriers, payment services, channels, tools and routes after `via` stay as written', () => {
    for (const text of [
      'Your order shipped via UPS 1Z999AA10123456784',
      'We can send it via FedEx 7489 2345 6789 tomorrow',
      'Paid via PayPal 12 times this year',
      'Shipped via USPS Priority 2 day',
      'Connect via VPN 443 only',
      'Refund issued via Zelle 3 days ago',
      'Reach us via Chat 24/7',
      'Sent via Outlook 365 yesterday',
      'Flight via Dallas 1234 to Tokyo',
      'The update was pushed via Jenkins 2 hours ago',
      'shipped via UPS 1Z999AA10123456784 on 12/01',
    ]) expect(stored(text), text).toBe(text);
  });

  it('held back: other verbs and nouns before `via`, other names after it', () => {
    for (const text of [
      'Delivered via DHL Express 3 days late',
      'Booked via Expedia 2 weeks ago',
      'Escalated via Teams 15 minutes ago',
      'We reached the customer via WhatsApp 2 times',
      'Traffic is routed via Cloudflare 104 edge nodes',
      'Travelled via Frankfurt 2 hours layover',
      'sync runs via Airflow 2 every night',
    ]) expect(stored(text), text).toBe(text);
  });

  it('Italian addresses still read: `via` after a locative, at the start, after punctuation, and capitalized', () => {
    for (const [text, street] of [
      ['Abito in via Roma 12, Milano', 'via Roma 12'],
      ['spedito in via Garibaldi 5', 'via Garibaldi 5'],
      ['Indirizzo: via Garibaldi 5', 'via Garibaldi 5'],
      ['Milano, via Roma 12', 'via Roma 12'],
      ['via Roma 12, 20121 Milano', 'via Roma 12'],
      ['residente a via Dante 7', 'via Dante 7'],
      ['Please ship to via Roma 12, Milano', 'via Roma 12'],
      ['Abito in Via Quillone 8, Milano', 'Via Quillone 8'],
      ['The office moved to Via Tornabuoni 3', 'Via Tornabuoni 3'],
    ] as const) {
      const out = stored(text);
      expect(out, text).not.toContain(street);
      expect(out, text).toMatch(/\[ADDRESS:psn_[a-z0-9_]+\]/);
    }
  });
});
