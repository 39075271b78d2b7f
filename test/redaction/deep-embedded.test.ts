// A string that holds JSON nested deeper than the redactor walks (a fresh attacker's round 3:
// 262,144 nested brackets, 87,381 nested objects as text) made JSON.stringify overflow the stack,
// so the whole event (its session included) was stored masked as `redaction.failed`: a hostile
// tool result could erase its own audit record. Such a string is text, scanned as text.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor, fileLedger, readEvents, verifyLedger } from '@agent-audit/core';

const work = mkdtempSync(join(tmpdir(), 'aa-deep-embedded-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const key = () => createKeyring([new Uint8Array(32).fill(5)]);
const base = { v: 1, id: '01JABCDEFGHJKMNPQRSTVWXYZ0', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.result', agent: { id: 'a' }, source: 's', outcome: 'success', session: 'sess-1' } as const;

describe('JSON in a string nested deeper than the walk', () => {
  it('is redacted as text: no failure, the session and the rest of the event kept, personal data beside it masked', () => {
    const redactor = createRedactor({ pseudonymKey: key() });
    const cases = {
      arrays: '['.repeat(131072) + ']'.repeat(131072),
      objects: '{"a":'.repeat(87381) + '1' + '}'.repeat(87381),
      // Just past the walk's 64 levels, with a secret and an email at the bottom.
      justPast: '{"a":'.repeat(70) + '{"password":"hunter2-Xq9z","mail":"amara.okafor@clinic-example.org"}' + '}'.repeat(70),
    };
    for (const [name, nested] of Object.entries(cases)) {
      const result = redactor.redact({ ...base, tool: { name: 'x', result: { nested, note: 'call amara.okafor@clinic-example.org' } } } as never);
      expect(result.errors ?? [], name).toEqual([]);
      const text = JSON.stringify(result.event);
      expect(text, name).not.toContain('amara.okafor@');
      expect(text, name).not.toContain('hunter2-Xq9z');
      expect(result.event.session, name).toBe('sess-1');
    }
  });

  it('within the walk (64 levels) it is still parsed as a document and its members decided by name', () => {
    const redactor = createRedactor({ pseudonymKey: key() });
    const nested = '{"a":'.repeat(40) + '{"password":"hunter2-Xq9z","patient_name":"Lena Vogt"}' + '}'.repeat(40);
    const text = JSON.stringify(redactor.redact({ ...base, tool: { name: 'x', result: nested } } as never).event);
    expect(text).not.toContain('hunter2-Xq9z');
    expect(text).not.toContain('Lena Vogt');
  });

  it('through createAuditor and fileLedger: stored with its session, not masked as failed, no error reported', async () => {
    const dir = join(work, 'ledger');
    const errors: Error[] = [];
    const auditor = createAuditor({ agent: { id: 'deep' }, sink: fileLedger({ dir, keyDir: join(work, 'keys'), fsync: false }), redactor: createRedactor({ pseudonymKey: key() }), onError: (e) => errors.push(e) });
    auditor.run({ session: 'sess-deep' }, () => {
      auditor.record({ type: 'tool.result', tool: { name: 'x', result: '['.repeat(131072) + ']'.repeat(131072) } });
      auditor.record({ type: 'tool.result', tool: { name: 'y', result: { note: 'mail amara.okafor@clinic-example.org', nested: '{"a":'.repeat(43690) + '1' + '}'.repeat(43690) } } });
    });
    await auditor.close();
    expect(errors).toEqual([]);
    expect((await verifyLedger(dir)).ok).toBe(true);
    const events = [];
    for await (const e of readEvents(dir, { stream: 'deep' })) events.push(e);
    expect(events.map((e) => [e.type, e.session, e.data?.classes?.includes('redaction.failed') ?? false])).toEqual([
      ['tool.result', 'sess-deep', false],
      ['tool.result', 'sess-deep', false],
    ]);
    expect(JSON.stringify(events)).not.toContain('amara.okafor@');
  });
});
