// Issue 11: a fresh attacker stored street addresses of Japan, China, Korea, Russia, India and
// Brazil, and coordinates of a person's home, in the ledger in clear. Through
// createAuditor().record() with the default redactor and a file ledger; the stored `.jsonl` files
// are searched for the raw values.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAuditor, fileLedger } from '@agent-audit/core';
import { storedJsonl, unescapedLines } from './stored.js';

describe('addresses of other countries and coordinates are not stored (end to end)', () => {
  it('masks them in text and in tool arguments, with the default redactor', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aa-intl-addresses-'));
    const auditor = createAuditor({ agent: { id: 'courier-bot' }, sink: fileLedger({ dir }) });
    auditor.record({ type: 'message.user', content: { input: '配送先：大阪府大阪市北区梅田3丁目1番1号。寄到杭州市西湖区文三路398号3单元502室' } });
    auditor.record({ type: 'message.user', content: { input: '주소: 성남시 분당구 판교역로 235 101동 1203호; доставка: г. Москва, ул. Тверская, д. 7, кв. 15' } });
    auditor.record({ type: 'tool.call', tool: { name: 'courier.book', arguments: { pickup: 'H.No. 12-3-456, Banjara Hills, Hyderabad 500034', dropoff: 'Rua das Flores, 123, apto 45, Centro, São Paulo - SP, 01234-567', note: 'customer home at 40.712776, -74.005974' } } });
    await auditor.close();
    const all = unescapedLines(storedJsonl(dir));
    expect(all.length).toBeGreaterThan(0);
    for (const raw of ['梅田3丁目1番1号', '文三路398号', '판교역로 235', '1203호', 'Тверская', 'д. 7', '12-3-456', 'Banjara Hills', 'Rua das Flores', '01234-567', '40.712776', '-74.005974']) {
      expect(all.includes(raw), raw).toBe(false);
    }
    expect(all).toContain('[ADDRESS:psn_');
    expect(all).toContain('[GEO:psn_');
  });
});
