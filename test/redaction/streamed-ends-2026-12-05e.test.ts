// Values streamed over `model.response` chunks where no chunk end holds a digit or `@` (the twelfth
// README-only probe of 2026-12-05e, L13): an address cut after its street's first word (`… resides
// at 2210 Peachtree` + ` Ridge Drive.`), and a phone whose head a chunk's end already reads as a
// shorter phone (`tel 0532 123` + ` 45 67`). The part that finishes the value is masked as the
// whole value; what is no value cut short stays.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor, fileLedger, readEvents, type AuditEvent } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';

const work = mkdtempSync(join(tmpdir(), 'aa-streamed-ends-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let runs = 0;

async function outputsOf(chunks: readonly string[], redactionWorker: false | { startAfterEvents: number } = false): Promise<string[]> {
  const dir = join(work, `run-${runs++}`);
  const auditor = createAuditor({
    agent: { id: 'ends' },
    sink: fileLedger({ dir, keyDir: join(work, 'keys'), fsync: false }),
    redactor: createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(9)]) }),
    redactionWorker,
  });
  for (const text of chunks) auditor.record({ type: 'model.response', session: 's', content: { output: text } });
  await auditor.close();
  const events: AuditEvent[] = [];
  for await (const event of readEvents(dir, { stream: 'ends' })) events.push(event);
  return events.map((event) => String((event.content as Record<string, unknown>).output));
}

describe('an address cut after its street’s first word (L13)', () => {
  it.each([
    [['The client resides at 2210 Peachtree', ' Ridge Drive. She moved in 2019.'], ['Ridge Drive'], ['She moved in 2019.']],
    [['Ship it to 4417 Birchwood', ' Lane, Evanston today.'], ['Lane'], ['today.']],
    [['The office is at 77 North Sheridan', ' Road. Call first.'], ['Road'], ['Call first.']],
  ])('%j', async (chunks, gone, stays) => {
    const outputs = await outputsOf(chunks);
    const last = outputs[outputs.length - 1] as string;
    for (const piece of gone) expect(last).not.toContain(piece.trim());
    for (const piece of stays) expect(last).toContain(piece);
    expect(last).toMatch(/\[ADDRESS:[^\]]+\]/);
  });

  it('in the sealing pool too', async () => {
    const outputs = await outputsOf(['Send it to 915 Alder', ' Crest Avenue, Seattle.'], { startAfterEvents: 0 });
    expect(outputs[1]).not.toContain('Crest Avenue');
  });
});

describe('a phone whose head a chunk’s end reads as a shorter phone (L13)', () => {
  it('the tail is masked as the whole number', async () => {
    const outputs = await outputsOf(['Elif, tel 0532 123', ' 45 67, call after six.']);
    expect(outputs[1]).not.toContain('45 67');
    expect(outputs[1]).toMatch(/^ ?\[PHONE:[^\]]+\], call after six\.$/);
  });
  it('a made-up UK mobile cut after its second group', async () => {
    const outputs = await outputsOf(['Ring me on 07911 123', ' 456 tomorrow.']);
    expect(outputs[1]).not.toContain('456');
  });
});

describe('what is no value cut short stays', () => {
  it.each([
    [['We shipped 3 Large', ' Boxes today.']],
    [['Chapter 12 Introduction', ' to Algebra begins now.']],
    [['Call 0532 123 45 67', ' 2026 was a good year.']],
    [['See page 12 Summary', ' of Findings for details.']],
  ])('%j', async (chunks) => {
    const outputs = await outputsOf(chunks);
    expect(outputs[1]).toBe(chunks[1]);
  });
});

describe('linear time', () => {
  it('a long end of capitalized words and numbers costs one bounded look back', () => {
    const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(3)]) });
    let seq = 0;
    const ratio = timeRatio(
      (text) => redactor.redact({ v: 1, id: 'x', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: seq++, type: 'model.response', session: 'lt', agent: { id: 'a' }, source: 's', outcome: 'success', content: { output: text } } as never, { capture: {} }),
      (n) => '12 Ab '.repeat(Math.ceil(n / 6)) + '12 Peach Ridge 0532 123',
    );
    expect(ratio).toBeLessThan(3);
  });
});
