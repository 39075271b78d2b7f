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

// Round 2 of the attacker (2026-12-02): the library's own source, an invalid trace, free text in
// class names, and raw values in onError messages.
describe('what a caller cannot claim or slip through the envelope', () => {
  it('source "agent-audit" is the library’s own: recorded as the auditor’s source, and reported', async () => {
    const { events, errors } = await recordAll(join(work, 'source'), 'bot', [{ type: 'tool.call', source: 'agent-audit', tool: { name: 't' } }, { type: 'tool.call', source: 'billing', tool: { name: 't' } }]);
    expect(events.map((e) => e.source)).toEqual(['app', 'billing']);
    expect(errors).toEqual(['source "agent-audit" is agent-audit\'s own (AuditorOptions.systemEvents); recorded as "app"'].map((m) => expect.stringContaining(m)));
  });

  it('an invalid trace is replaced and reported', async () => {
    const { events, errors } = await recordAll(join(work, 'trace'), 'bot', [{ type: 'tool.call', trace: { traceId: 'XYZ', spanId: '0123456789abcdef' } }, { type: 'tool.call', trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) } }]);
    expect(events[0]?.trace.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(events[0]?.trace.spanId).toBe('0123456789abcdef');
    expect(events[1]?.trace).toMatchObject({ traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('invalid trace (W3C Trace Context');
  });

  it('class and regime names are labels: free text is left out and reported', async () => {
    const { events, errors } = await recordAll(join(work, 'labels'), 'bot', [{ type: 'tool.call', data: { classes: ['pii.email', 'Amara Okafor, DOB 1970-03-02'] }, compliance: { regimes: ['hipaa', 'jane@example.com'] } }]);
    expect(events[0]?.data?.classes).toContain('pii.email');
    expect(JSON.stringify(events[0])).not.toContain('Amara Okafor');
    expect(JSON.stringify(events[0])).not.toContain('jane@example.com');
    expect(events[0]?.compliance?.regimes).toContain('hipaa');
    expect(errors.join('\n')).toContain('data.classes: 1 value(s) that are not names');
    expect(errors.join('\n')).toContain('compliance.regimes: 1 value(s) that are not names');
  });

  it('onError names an invalid type’s kind, never its value (hosts log onError)', async () => {
    const { events, errors } = await recordAll(join(work, 'message'), 'bot', [{ type: 'jane.doe@example.com' }, { type: 'hunter2 Pass9!' }]);
    expect(errors.join('\n')).not.toContain('jane.doe');
    expect(errors.join('\n')).not.toContain('hunter2');
    expect(errors[0]).toContain('invalid event type (a string of 20 characters, kept under attrs.invalidType)');
    expect(JSON.stringify(events)).not.toContain('jane.doe@example.com');
  });
});
