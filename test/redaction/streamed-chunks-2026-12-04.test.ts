// Values split across the streamed chunks of one session, one event per chunk (the second
// README-only probe of 2026-12-04, G7: `…card on file is 4111 1111` then ` 1111 1111, expiring
// 12/27.`, `The SSN we have is 536-22-` then `8514.`): no chunk holds enough for a detector. The
// part that finishes the value is masked as the whole value, in every place the pipeline redacts
// (the host's thread, the sealing pool, and a pool that starts between two chunks).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor, fileLedger, readEvents, type AuditEvent } from '@agent-audit/core';
import { blankMachineValues, storedJsonl } from './stored.js';

const work = mkdtempSync(join(tmpdir(), 'aa-streamed-chunks-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Chunk = { session?: string; path?: 'output' | 'input'; text: string };
let runs = 0;

async function record(chunks: readonly Chunk[], redactionWorker: false | { startAfterEvents: number } | undefined): Promise<{ outputs: string[]; stored: string; events: AuditEvent[] }> {
  const dir = join(work, `run-${runs++}`);
  const auditor = createAuditor({
    agent: { id: 'chunks' },
    sink: fileLedger({ dir, keyDir: join(work, 'keys'), fsync: false }),
    redactor: createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) }),
    ...(redactionWorker === undefined ? {} : { redactionWorker }),
  });
  for (const chunk of chunks) {
    const content = chunk.path === 'input' ? { input: chunk.text } : { output: chunk.text };
    auditor.record({ type: 'model.response', ...(chunk.session === undefined ? {} : { session: chunk.session }), content });
  }
  await auditor.close();
  const events: AuditEvent[] = [];
  for await (const event of readEvents(dir, { stream: 'chunks' })) events.push(event);
  const outputs = events.map((event) => String((event.content as Record<string, unknown>).output ?? (event.content as Record<string, unknown>).input));
  // Hashes, trace ids and a checkpoint's frontier (32 hex digits or more) are the pipeline's own.
  return { outputs, stored: blankMachineValues(storedJsonl(dir)).replace(/[0-9a-f]{32,}/g, ''), events };
}

const MODES = [
  ['on the host thread', false],
  ['in the sealing pool', { startAfterEvents: 0 }],
  ['in a pool that starts between the chunks', { startAfterEvents: 1 }],
] as const;

describe.each(MODES)('a value split across two streamed chunks of one session (%s)', (_label, mode) => {
  it('a card: the second half is masked as the whole card, with the whole card’s pseudonym', async () => {
    const { outputs } = await record(
      [
        { session: 's1', text: 'Thanks, the card on file is 4111 1111' },
        { session: 's1', text: ' 1111 1111, expiring 12/27.' },
        { session: 's1', text: 'Confirming card 4111111111111111 again.' },
      ],
      mode,
    );
    const whole = /\[CARD:[^\]]+\]/.exec(outputs[2] as string)?.[0];
    expect(whole).toBeDefined();
    expect(outputs[1]).toBe(` ${whole}, expiring 12/27.`);
  });

  it('an SSN cut after its group, a phone after its exchange, an email inside its domain, an IBAN between groups', async () => {
    const { outputs, stored } = await record(
      [
        { session: 'a', text: 'The SSN we have is 536-22-' },
        { session: 'a', text: '8514. Anything else?' },
        { session: 'b', text: 'Call her back on (415) 555-' },
        { session: 'b', text: '0132 after lunch' },
        { session: 'c', text: 'Write to qxaro.vlintuk@exam' },
        { session: 'c', text: 'ple.org today' },
        { session: 'd', text: 'Refund to DE89 3704 0044' },
        { session: 'd', text: ' 0532 0130 00 by Friday' },
      ],
      mode,
    );
    expect(outputs[1]).toMatch(/^\[SSN:[^\]]+\]\. Anything else\?$/);
    expect(outputs[3]).toMatch(/^\[PHONE:[^\]]+\] after lunch$/);
    expect(outputs[5]).toMatch(/^\[EMAIL:[^\]]+\] today$/);
    expect(outputs[7]).toMatch(/^ \[IBAN:[^\]]+\] by Friday$/);
    for (const piece of ['8514', '0132', 'ple.org', '0532 0130']) expect(stored).not.toContain(piece);
  });

  it('keeps sessions apart, and a chunk of another field or session does not finish the value', async () => {
    const { outputs } = await record(
      [
        { session: 'x', text: 'The SSN we have is 536-22-' },
        { session: 'y', text: '8514 rows were loaded' },
        { session: 'x', path: 'input', text: '8514 is the room' },
        { text: '8514 without a session' },
      ],
      mode,
    );
    expect(outputs.slice(1)).toEqual(['8514 rows were loaded', '8514 is the room', '8514 without a session']);
  });
});

describe('what is not a value cut short stays', () => {
  it('identifiers at one path in consecutive events, prose ending in a number, versions and totals', async () => {
    const chunks: Chunk[] = [
      { session: 'k', text: '4471-220-19' },
      { session: 'k', text: '4471-220-20' },
      { session: 'k', text: 'Order total: 42' },
      { session: 'k', text: '15 items shipped' },
      { session: 'k', text: 'Upgraded to v1.2.' },
      { session: 'k', text: '3 today' },
      { session: 'k', text: 'Room 4111' },
      { session: 'k', text: 'is free' },
    ];
    const { outputs } = await record(chunks, false);
    expect(outputs).toEqual(chunks.map((chunk) => chunk.text));
  });

  it('a value masked whole in one chunk is not masked again in the next', async () => {
    const { outputs } = await record(
      [
        { session: 'm', text: 'Card 4111 1111 1111 1111' },
        { session: 'm', text: ' 2026 was the year' },
      ],
      false,
    );
    expect(outputs[0]).toMatch(/^Card \[CARD:[^\]]+\]$/);
    expect(outputs[1]).toBe(' 2026 was the year');
  });
});
