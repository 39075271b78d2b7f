import { describe, expect, it } from 'vitest';
import { createRedactor } from '../index.js';

// The fourth README-only probe of 2026-12-04, Q2 (test/redaction/probe-2026-12-04d.cases.md): a
// plain `key` member was read as a secret: Kafka `{topic:'orders',key:'order-000123'}` stored
// `key:[SECRET]`, so records no longer joined by key. The kind: words and numbers joined by `-`,
// `_` or `:` name a record, not a credential. A key-like secret under `key` stays masked.
const redactor = createRedactor({ pseudonymKey: new Uint8Array(32).fill(7) });
const stored = (result: unknown): unknown => (redactor.redact({ v: 1, id: 'e', seq: 0, ts: '2026-12-04T00:00:00Z', stream: 's', type: 'tool.result', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', result } } as never, { capture: {} } as never) as { event: { tool: { result: unknown } } }).event.tool.result;

describe('a record key is no secret', () => {
  it.each(['order-000123', 'payment-884213', 'invoice-2026-0042', 'user-profile-v2', 'tenant_42:cart_88421', 'ORD-2291-A7'])('%s', (key) => {
    expect(stored({ topic: 'orders', key, partition: 1 })).toEqual({ topic: 'orders', key, partition: 1 });
  });

  it('a credential under key stays masked', () => {
    for (const key of ['sk_live_4eC39HqLyjWDarjtT1zdp7dc', 'AKIAIOSFODNN7EXAMPLE9', 'd8e8fca2dc0f896fd7cb4cb0031ba249', 'x9Kq2mZ7pL4wR8vB']) {
      expect(JSON.stringify(stored({ key })), key).not.toContain(key);
    }
  });
});
