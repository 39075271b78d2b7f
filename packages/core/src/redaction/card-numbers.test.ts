import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRedactor } from './redactor.js';
import { createKeyring } from './keys.js';
import { luhnValid } from './internal/checks.js';

// Issue 11: a card number stored as a JSON number is a card under any key (13-19 digits,
// Luhn-valid, an issuer's prefix); other numbers (ids, timestamps, amounts) stay numbers.

const redactor = createRedactor({ pseudonymKey: createKeyring([randomBytes(32)]), sessionMemory: false });
async function redact(input: unknown): Promise<unknown> {
  const event = {
    v: 1, id: '01JABCDEFGHJKMNPQRSTVWXYZ0', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'model.call',
    trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) }, agent: { id: 'bot' }, source: 'test', outcome: 'success',
    content: { input },
  };
  const result = await redactor.redact(event as never, { capture: {} } as never);
  return result.event.content?.input;
}

function withLuhn(body: string): string {
  for (let d = 0; d < 10; d++) if (luhnValid(`${body}${d}`)) return `${body}${d}`;
  throw new Error('unreachable');
}

describe('card numbers as JSON numbers', () => {
  it('masks the attack input', async () => {
    const out = JSON.stringify(await redact({ cards: [{ brand: 'visa', number: 4716302955718835 }] }));
    expect(out).not.toContain('4716302955718835');
    expect(out).toMatch(/\[CARD:psn_/);
  });

  it('property: Luhn-valid Visa/Mastercard numbers under any key are masked; timestamps and ids stay', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('4', '51', '55', '2221'), fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 15, maxLength: 15 }), fc.constantFrom('n', 'value', 'x', 'id'), async (prefix, rest, key) => {
        const card = withLuhn((prefix + rest).slice(0, 15));
        if (!Number.isSafeInteger(Number(card))) return;
        const out = JSON.stringify(await redact({ [key]: Number(card) }));
        expect(out).not.toContain(card);
      }),
      { numRuns: 100 },
    );
    expect(await redact({ ts: 1767225600000, total: 12.5, id: 123456789 })).toEqual({ ts: 1767225600000, total: 12.5, id: 123456789 });
  });

  // Held back: spellings written after the fix and run untuned (not adjusted to pass).
  it('held-back spellings', async () => {
    for (const input of [[4111111111111111], { amex: 378282246310005 }, { deep: { a: { b: 5555555555554444 } } }, { v: 6011111111111117 }]) {
      const text = JSON.stringify(input);
      expect(JSON.stringify(await redact(input)), text).not.toMatch(/\d{15}/);
    }
  });
});
