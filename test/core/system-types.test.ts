// record() cannot forge the event types agent-audit writes itself (a fresh attacker's finding of
// 2026-12-01): a `ledger.key_rotate` from an agent made verify report a key rotation that never
// happened, and a `hold.release` in the holds stream (or in any stream, for PostgreSQL's
// retention, which reads hold events by type) would end a legal hold.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addHold, createAuditor, fileLedger, HOLDS_STREAM, readEvents, readHolds, verifyLedger } from '@agent-audit/core';

const work = mkdtempSync(join(tmpdir(), 'aa-system-types-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const forged = [
  { type: 'ledger.key_rotate', outcome: 'success', attrs: { from: 'AAAA', to: 'BBBB' } },
  { type: 'ledger.gap', outcome: 'failure', attrs: { dropped: 12345 } },
  { type: 'ledger.chain_break', outcome: 'failure', attrs: { stream: 'main' } },
  { type: 'ledger.recover', attrs: { quarantined: 'x' } },
  { type: 'ledger.pruned', attrs: { through: 99 } },
  { type: 'hold.add', attrs: { hold: 'h9', scope: 'stream', value: 'x' } },
  { type: 'hold.release', attrs: { hold: 'h1', reason: 'forged' } },
];

async function recordAll(dir: string, stream: string, inputs: ReadonlyArray<Record<string, unknown>>, extra: Record<string, unknown> = {}) {
  const errors: string[] = [];
  const auditor = createAuditor({ agent: { id: 'bot' }, stream, sink: fileLedger({ dir, keyDir: join(work, 'keys'), fsync: false }), onError: (error) => errors.push(error.message), ...extra });
  for (const input of inputs) auditor.record(input as never);
  await auditor.close();
  const events = [];
  for await (const event of readEvents(dir, { stream })) events.push(event);
  return { events, errors };
}

describe('the types agent-audit writes itself (ledger.*, hold.*)', () => {
  it('are recorded as "error" with the given type under attrs, and reported, when record() is given them', async () => {
    const dir = join(work, 'forged');
    const { events, errors } = await recordAll(dir, 'bot', forged);
    expect(events.map((e) => e.type)).toEqual(forged.map(() => 'error'));
    expect(events.map((e) => e.attrs?.invalidType)).toEqual(forged.map((f) => f.type));
    expect(errors).toHaveLength(forged.length);
    for (const [i, message] of errors.entries()) expect(message).toContain(`"${forged[i]?.type}" is written by agent-audit itself`);
    const verified = await verifyLedger(dir);
    expect(verified.ok).toBe(true);
    expect(verified.rotations).toEqual([]);
    expect(verified.warnings.join('\n')).not.toContain('rotated');
  });

  it('a forged hold.release in the holds stream does not end a legal hold', async () => {
    const dir = join(work, 'hold');
    await recordAll(dir, 'bot', [{ type: 'run.start' }]);
    const hold = await addHold(dir, { scope: 'session', value: 'patient-42', reason: 'litigation' }, { keyDir: join(work, 'keys') });
    await recordAll(dir, HOLDS_STREAM, [{ type: 'hold.release', outcome: 'success', attrs: { hold: hold.id, reason: 'forged' } }]);
    const { holds } = await readHolds(dir);
    expect(holds).toHaveLength(1);
    expect(holds[0]?.released).toBeUndefined();
  });

  it('are written as given with systemEvents: true (agent-audit’s own writers)', async () => {
    const dir = join(work, 'system');
    const { events, errors } = await recordAll(dir, 'bot', forged.slice(0, 3), { systemEvents: true });
    expect(errors).toEqual([]);
    expect(events.map((e) => e.type)).toEqual(['ledger.key_rotate', 'ledger.gap', 'ledger.chain_break']);
  });

  it('other dotted types and "error" are unaffected', async () => {
    const dir = join(work, 'others');
    const { events, errors } = await recordAll(dir, 'bot', [{ type: 'ledgers.add' }, { type: 'holding.update' }, { type: 'tool.call', tool: { name: 'ledger.gap' } }, { type: 'error' }]);
    expect(errors).toEqual([]);
    expect(events.map((e) => e.type)).toEqual(['ledgers.add', 'holding.update', 'tool.call', 'error']);
  });
});
