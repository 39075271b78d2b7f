// One 512 KiB tool result of short IPv6-like tokens (shared case 08): recorded without a crash or
// a hang, every token masked, the ledger valid. How long it blocks the host's event loop is
// measured in benchmarks/redaction.bench.mjs, not here (no timing targets in tests).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor, detectSensitive, fileLedger, readEvents, verifyLedger } from '@agent-audit/core';

const work = mkdtempSync(join(tmpdir(), 'aa-hostile-event-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const hostileStrings = (): string[] =>
  Array.from({ length: 16 }, (_, k) => Array.from({ length: 6000 }, (_, i) => `${i.toString(16)}::${k.toString(16)}`).join(' ').slice(0, 32000));

describe('a 512 KiB event full of findings', () => {
  it('is recorded up to twice its budget after redaction, every address masked, and the ledger verifies', async () => {
    const dir = join(work, 'ledger');
    const errors: Error[] = [];
    const auditor = createAuditor({ agent: { id: 'hostile' }, sink: fileLedger({ dir, keyDir: join(work, 'keys'), fsync: false }), redactor: createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(5)]) }), onError: (e) => errors.push(e) });
    const strings = hostileStrings();
    auditor.record({ type: 'tool.result', tool: { name: 'scan', result: strings } });
    auditor.record({ type: 'run.end' });
    await auditor.close();
    expect(errors).toEqual([]);
    const events = [];
    for await (const event of readEvents(dir, { stream: 'hostile' })) events.push(event);
    expect(events.map((e) => e.type)).toEqual(['tool.result', 'run.end']);
    // Pseudonyms make it about 3 MB: kept up to twice the event's budget after redaction (the
    // rest of the list ends with one marker), so the host never hashes and writes 3 MB for it.
    const all = events[0]?.tool?.result as string[];
    expect(all.length).toBeGreaterThan(4);
    expect(all.length).toBeLessThan(16);
    expect(all.at(-1)).toBe('[truncated: event size limit]');
    expect(all.at(-2)).toMatch(/…\[truncated after redaction: \d+ of \d+ chars\]$/);
    expect(events[0]?.attrs?.truncated).toBe(true);
    expect(JSON.stringify(all).length).toBeLessThan(2 * 512 * 1024 + 4096);
    const stored = all.slice(0, -1);
    for (const [k, text] of stored.entries()) {
      // What a detector finds in the original is gone from the stored string.
      const found = detectSensitive(strings[k] as string, { builtins: ['ip'] });
      expect(found.length).toBeGreaterThan(4000);
      for (const finding of found.slice(0, 200)) expect(text.includes(` ${(strings[k] as string).slice(finding.start, finding.end)} `)).toBe(false);
      expect(text).toMatch(/^\[IP:psn_/);
    }
    expect(events[0]?.data?.classes).toContain('pii.ip_address');
    expect((await verifyLedger(dir)).ok).toBe(true);
  });
});
