import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createAuditor } from './auditor.js';
import { RedactionOffload } from './offload.js';
import { sealEvent } from './seal.js';
import { eventMembers, sealFromMembers } from './seal-members.js';
import { createKeyring } from '../redaction/keys.js';
import { createRedactor } from '../redaction/redactor.js';
import { internalsOf } from '../redaction/internals.js';
import { verifyEvents } from '../ledger/verify.js';
import { memoryLedger } from '../test.js';
import type { AuditEvent, UnsealedEvent } from '../spec/event.js';

const key = () => createKeyring([new Uint8Array(32).fill(9)]);
const agent = { id: 'offload' };

/** Records the same inputs with and without the worker; returns the stored events of each. */
async function both(inputs: Array<Record<string, unknown>>) {
  const out: AuditEvent[][] = [];
  for (const redactionWorker of [false, { minEventChars: 0 }] as const) {
    const ledger = memoryLedger();
    const errors: Error[] = [];
    const auditor = createAuditor({ agent, sink: ledger, redactor: createRedactor({ pseudonymKey: key() }), redactionWorker, onError: (e) => errors.push(e) });
    auditor.run({ session: 'visit-9' }, () => {
      for (const input of inputs) auditor.record(input as never);
    });
    await auditor.close();
    expect(errors).toEqual([]);
    const events = ledger.events();
    expect((await verifyEvents(events.map((event, i) => ({ event, line: ledger.lines(agent.id)[i] as string })))).ok).toBe(true);
    out.push(events);
  }
  return out as [AuditEvent[], AuditEvent[]];
}

const content = (event: AuditEvent) => ({ tool: event.tool, content: event.content, attrs: event.attrs, data: event.data, compliance: event.compliance });

describe('redaction in a worker thread', () => {
  it('stores what the host thread would store, and the chain verifies', async () => {
    const inputs = [
      { type: 'tool.call', tool: { name: 'lookup', arguments: { patient_name: 'Zephyrine Quillfeather', email: 'zq@example.org' } } },
      { type: 'tool.result', tool: { name: 'lookup', result: { rows: Array.from({ length: 200 }, (_, i) => ({ id: i, note: `call +44 20 7946 0${String(100 + i).slice(-3)} or mail p${i}@example.com`, ip: `10.0.${i % 250}.7` })) } } },
      { type: 'model.response', content: { output: 'Zephyrine Quillfeather (zq@example.org) has 200 rows; card 4111 1111 1111 1111' } },
    ];
    const [host, worker] = await both(inputs);
    expect(worker.map(content)).toEqual(host.map(content));
    // The stored content only: a hash or id may hold any digits (`…07946…` did once).
    expect(JSON.stringify(worker.map(content))).not.toMatch(/Quillfeather|zq@example\.org|7946|4111 1111/);
  });

  it('shares the session memory with the host thread both ways', async () => {
    const big = 'x'.repeat(5000);
    const ledger = memoryLedger();
    const auditor = createAuditor({ agent, sink: ledger, redactor: createRedactor({ pseudonymKey: key(), builtins: ['email', 'phone', 'card', 'iban', 'ssn', 'ip', 'secrets', 'health'] }), redactionWorker: { minEventChars: 4096 } });
    auditor.run({ session: 's' }, () => {
      auditor.record({ type: 'tool.call', tool: { name: 'a', arguments: { lastName: 'Quillfeather' } } }); // small: host thread
      auditor.record({ type: 'tool.result', tool: { name: 'a', result: { pad: big, note: 'Mx Quillfeather, mail zq@example.org' } } }); // large: worker
      auditor.record({ type: 'model.response', content: { output: 'zq@example.org and Quillfeather again' } }); // small: host thread
    });
    await auditor.close();
    const stored = JSON.stringify(ledger.events());
    expect(stored).not.toContain('Quillfeather');
    expect(stored).not.toContain('zq@example.org');
  });

  it('masks an event the worker does not redact in time, and says so', async () => {
    const ledger = memoryLedger();
    const errors: Error[] = [];
    const auditor = createAuditor({ agent, sink: ledger, redactor: createRedactor({ pseudonymKey: key() }), redactionWorker: { minEventChars: 0, timeoutMs: 1 }, onError: (e) => errors.push(e) });
    auditor.record({ type: 'message.user', content: { input: 'mail zq@example.org' } });
    await auditor.close();
    const [event] = ledger.events();
    expect(JSON.stringify(event?.content)).toContain('[REDACTION_FAILED]');
    expect(event?.data?.classes).toContain('redaction.failed');
    expect(errors.map((e) => e.message).join('\n')).toMatch(/redaction failed for event/);
    expect(JSON.stringify(ledger.events())).not.toContain('zq@example.org');
  });

  it('hands every waiting event back when the worker dies, and stops restarting it after three crashes', async () => {
    const internals = internalsOf(createRedactor({ pseudonymKey: key() }));
    if (internals === undefined) throw new Error('createRedactor() has no internals');
    const crashing = { url: pathToFileURL(new URL('./fixtures/crashing-worker.mjs', import.meta.url).pathname), typescript: false };
    const offload = new RedactionOffload(internals, crashing, 0, 10_000);
    const event = { v: 1, id: 'e', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'message.user', trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) }, agent, source: 't', outcome: 'success', content: { input: 'hi' } } as unknown as UnsealedEvent;
    for (let crash = 1; crash <= 3; crash++) {
      expect(offload.wants(10)).toBe(true);
      await expect(offload.redact(event, {})).rejects.toThrow(/exited with code 7/);
    }
    expect(offload.wants(10)).toBe(false);
    await offload.close();
  });
});

describe('sealFromMembers', () => {
  const json = fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<unknown>;
  it('seals exactly as sealEvent does, whichever members were computed elsewhere', async () => {
    await fc.assert(
      fc.asyncProperty(json, json, fc.string(), fc.subarray(['tool', 'content', 'attrs', 'data', 'type']), async (result, attrs, text, precomputed) => {
        const event = {
          v: 1, id: '01J', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 3, type: 'tool.result', trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) },
          agent, source: 'app', outcome: 'success', tool: { name: 'x', result }, content: { output: `${text}\uD83D\uDE00`.repeat(3) }, attrs: { value: attrs }, data: { classes: [], sensitivity: 'internal' },
        } as unknown as UnsealedEvent;
        const members = new Map(eventMembers(event, new Set()).filter(([k]) => precomputed.includes(k)));
        const expected = sealEvent(event, 'f'.repeat(64));
        const actual = await sealFromMembers(event, members, 'f'.repeat(64), () => undefined);
        expect(actual.line).toBe(expected.line);
        expect(actual.leaf.equals(expected.leaf)).toBe(true);
        expect(actual.event).toEqual(expected.event);
      }),
      { numRuns: 150 },
    );
  });

  it('hashes a multi-megabyte line in slices with surrogate pairs at every chunk edge', async () => {
    const event = { v: 1, id: 'x', type: 'tool.result', content: { output: '\uD83D\uDE00'.repeat(300_000) } } as unknown as UnsealedEvent;
    let pauses = 0;
    const actual = await sealFromMembers(event, new Map(eventMembers(event, new Set())), '0'.repeat(64), () => {
      pauses++;
      return undefined;
    });
    expect(pauses).toBeGreaterThan(3);
    expect(actual.line).toBe(sealEvent(event, '0'.repeat(64)).line);
    expect(actual.leaf.equals(sealEvent(event, '0'.repeat(64)).leaf)).toBe(true);
  });
});
