import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createAuditor, fileLedger, ledgerSource } from '@agent-audit/core';
import { EventIndex, readLinesAt } from './event-index.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-ui-index-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

async function ledger(name: string, events: number): Promise<{ dir: string; segment: string }> {
  const dir = path.join(root, name);
  const auditor = createAuditor({ agent: { id: 'idx-bot' }, sink: fileLedger({ dir }) });
  for (let i = 0; i < events; i++) await auditor.run({ session: `s-${i % 3}` }, async () => auditor.record({ type: 'tool.call', tool: { name: `t-${i}` } }));
  await auditor.close();
  const sdir = path.join(dir, 'streams', 'idx-bot');
  const segment = fs.readdirSync(sdir).find((f) => /^\d{20}\.jsonl$/.test(f)) as string;
  return { dir, segment: path.join(sdir, segment) };
}

describe('EventIndex', () => {
  it('indexes a folder, then takes in only what is appended, a line at a time once it is complete', async () => {
    const { dir, segment } = await ledger('follow', 5);
    const index = new EventIndex(ledgerSource(dir), [dir]);
    await index.ready;
    expect(index.status()).toMatchObject({ events: 5, skipped: 0, building: false });
    const [line] = fs.readFileSync(segment, 'utf8').split('\n');
    const copy = JSON.parse(line as string) as { seq: number; trace: { traceId: string } };
    // A line still being written is left alone; once its newline lands it is taken in.
    const half = JSON.stringify({ ...copy, seq: 5 });
    fs.appendFileSync(segment, half.slice(0, 20));
    await index.poll();
    expect(index.rows).toHaveLength(5);
    fs.appendFileSync(segment, `${half.slice(20)}\n`);
    const version = index.version;
    await index.poll();
    expect(index.rows).toHaveLength(6);
    expect(index.version).toBeGreaterThan(version);
    // A complete line that is not an event is skipped and counted, never thrown.
    fs.appendFileSync(segment, 'not json\n');
    await index.poll();
    expect(index.status()).toMatchObject({ events: 6, skipped: 1 });
    // Where each event is: reading the rows' places gives the events back.
    const rows = index.byTrace.get(copy.trace.traceId) ?? [];
    const events = await readLinesAt(rows.map((r) => r.at as NonNullable<typeof r.at>));
    expect(events.map((e) => e.seq)).toEqual(rows.map((r) => r.seq));
    expect(events.every((e) => e.trace.traceId === copy.trace.traceId)).toBe(true);
  });

  it('says why a poll failed, keeps what it had, and recovers on the next poll', async () => {
    const { dir } = await ledger('error', 3);
    const other = path.join(root, 'error-other');
    fs.mkdirSync(path.join(other, 'streams'), { recursive: true });
    const index = new EventIndex(ledgerSource(dir), [dir, other]);
    await index.ready;
    // The second folder grows a stream of the same name: its events could not be told apart.
    fs.mkdirSync(path.join(other, 'streams', 'idx-bot'));
    await expect(index.poll()).rejects.toThrow(/exists in both/);
    expect(index.status()).toMatchObject({ events: 3, error: expect.stringMatching(/exists in both/) });
    fs.rmdirSync(path.join(other, 'streams', 'idx-bot'));
    await index.poll();
    expect(index.status().error).toBeUndefined();
    expect(index.rows).toHaveLength(3);
  });

  it('leaves out a "segment" that is a directory or a FIFO (it would fail or block the read), names it, and reads on (re-check D)', async () => {
    const { dir, segment } = await ledger('not-regular', 3);
    const index = new EventIndex(ledgerSource(dir), [dir]);
    await index.ready;
    const folder = path.join(path.dirname(segment), '99999999999999999998.jsonl');
    const fifo = path.join(path.dirname(segment), '99999999999999999999.jsonl');
    fs.mkdirSync(folder);
    execFileSync('mkfifo', [fifo]);
    await index.poll();
    expect(index.status()).toMatchObject({ events: 3, skipped: 2, leftOut: [`${folder}: a directory`, `${fifo}: a FIFO`] });
    expect(index.status().error).toBeUndefined();
    fs.appendFileSync(segment, (fs.readFileSync(segment, 'utf8').split('\n')[0] as string).replace('"seq":0', '"seq":3') + '\n');
    await index.poll();
    expect(index.status()).toMatchObject({ skipped: 2 });
  });

  it('streams past a line longer than its limit without holding it, counts it as skipped, and carries on (tester finding 3)', async () => {
    const { dir, segment } = await ledger('long', 2);
    const limit = 64 * 1024;
    const index = new EventIndex(ledgerSource(dir), [dir], 5_000, limit);
    await index.ready;
    const copy = JSON.parse(fs.readFileSync(segment, 'utf8').split('\n')[0] as string) as Record<string, unknown>;
    // A well-formed event, but 3 MiB long (over the limit), arriving in two writes across polls.
    const long = JSON.stringify({ ...copy, seq: 2, attrs: { pad: 'x'.repeat(3 * 1024 * 1024) } });
    const concat = vi.spyOn(Buffer, 'concat');
    try {
      fs.appendFileSync(segment, long.slice(0, 2 * 1024 * 1024));
      await index.poll();
      expect(index.status()).toMatchObject({ events: 2, skipped: 0 });
      fs.appendFileSync(segment, `${long.slice(2 * 1024 * 1024)}\n${JSON.stringify({ ...copy, seq: 3 })}\n`);
      await index.poll();
      expect(index.status()).toMatchObject({ events: 3, skipped: 1 });
      expect(index.rows.map((r) => r.seq)).toEqual([0, 1, 3]);
      // Never more than the limit of one line held (the old code grew one buffer to the whole line).
      const biggest = Math.max(0, ...concat.mock.results.map((r) => (r.value as Buffer).length));
      expect(biggest).toBeLessThanOrEqual(limit);
    } finally {
      concat.mockRestore();
    }
    // The row after it points at its own line.
    const [event] = await readLinesAt([(index.rows[2] as { at: NonNullable<(typeof index.rows)[number]['at']> }).at]);
    expect(event?.seq).toBe(3);
  });

  it('lists a stream name that shows up in a second folder once, and says so (tester finding 4)', async () => {
    const a = await ledger('dup-a', 2);
    const b = await ledger('dup-b', 3);
    const index = new EventIndex(ledgerSource(a.dir), [a.dir, b.dir]);
    await expect(index.ready).rejects.toThrow(/stream "idx-bot" exists in both .*dup-a and .*dup-b/);
    expect(index.status()).toMatchObject({ events: 2, error: expect.stringMatching(/exists in both/) });
    await expect(index.poll()).rejects.toThrow(/exists in both/);
    expect(index.rows).toHaveLength(2);
  });

  it('starts over when a segment shrinks', async () => {
    const { dir, segment } = await ledger('shrink', 4);
    const index = new EventIndex(ledgerSource(dir), [dir]);
    await index.ready;
    expect(index.rows).toHaveLength(4);
    const lines = fs.readFileSync(segment, 'utf8').split('\n').filter(Boolean);
    fs.writeFileSync(segment, `${lines.slice(0, 2).join('\n')}\n`);
    await index.poll();
    expect(index.rows.map((r) => r.seq)).toEqual([0, 1]);
  });

  it('skips a symbolic link in the ledger (a segment file or a stream folder), counted once, as verify refuses it (probe F17)', async () => {
    const { dir } = await ledger('links', 2);
    // Events of agent x in a file outside the ledger, linked in as a later segment and as a stream.
    const outside = await ledger('links-outside', 3);
    const sdir = path.join(dir, 'streams', 'idx-bot');
    fs.symlinkSync(outside.segment, path.join(sdir, `${'2'.padStart(20, '0')}.jsonl`));
    fs.symlinkSync(path.dirname(outside.segment), path.join(dir, 'streams', 'x'));
    const index = new EventIndex(ledgerSource(dir), [dir]);
    await index.ready;
    expect(index.rows.map((r) => `${r.stream}#${r.seq}`)).toEqual(['idx-bot#0', 'idx-bot#1']);
    expect(index.status()).toMatchObject({ events: 2, skipped: 2 });
    // Polls again: still left out, not counted twice.
    await index.poll();
    await index.poll();
    expect(index.status()).toMatchObject({ events: 2, skipped: 2 });
    // A real segment file beside them is still read.
    fs.copyFileSync(outside.segment, path.join(sdir, `${'3'.padStart(20, '0')}.jsonl`));
    await index.poll();
    expect(index.rows.map((r) => r.seq)).toEqual([0, 1, 2]);
  });
});
