// The one-pass read of a ledger folder (ledgerSource().verifiedEvents): the same events, in the
// same order, as queryLedger(), and the same verification as verifyLedger(), from one read;
// a ledger that does not verify still yields every event.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditor, fileLedger, generateSignerKey, queryLedger, verifyLedger, type AuditEvent, type EventFilter } from '../index.js';
import { combineSources, ledgerSource } from './source.js';
import { activityReport } from './activity.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-report-scan-'));
const dir = path.join(root, 'ledger');
const other = path.join(root, 'other');
const key = generateSignerKey('scan.test/audit');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

async function write(target: string, agents: string[], count: number, start: number): Promise<void> {
  for (const [a, agentId] of agents.entries()) {
    let now = start + a * 7;
    const auditor = createAuditor({ agent: { id: agentId }, sink: fileLedger({ dir: target, signingKey: key.signerKey, checkpointEvery: 50 }), clock: () => now });
    for (let i = 0; i < count; i++) {
      // Interleaved clocks across agents, so the merge has work to do.
      now += 1000 + ((i * 37 + a * 11) % 5) * 400;
      auditor.record({ type: i % 3 === 0 ? 'tool.call' : 'message.user', session: `s-${Math.floor(i / 10)}`, ...(i % 3 === 0 ? { tool: { name: `t${i % 4}` } } : { content: { input: `m${i}` } }) });
    }
    await auditor.close();
  }
}

async function collect(events: AsyncIterable<AuditEvent>): Promise<string[]> {
  const out: string[] = [];
  for await (const event of events) out.push(`${event.stream}#${event.seq}@${event.ts}`);
  return out;
}

const stripWarnings = (r: { warnings: string[] }) => ({ ...r, warnings: [...r.warnings].sort() });

beforeAll(async () => {
  // More events per stream than a lane holds (256), so the readers wait on the merge.
  await write(dir, ['a', 'b', 'c'], 2600, Date.UTC(2026, 0, 1));
  await write(other, ['d'], 300, Date.UTC(2026, 0, 1, 0, 30));
});

describe('ledgerSource().verifiedEvents: one read for the events and the verification', { timeout: 120_000 }, () => {
  it('yields what queryLedger yields, in the same order, and verifies as verifyLedger does', async () => {
    for (const filter of [{}, { session: 's-7' }, { type: 'tool.call' }, { since: '2026-01-01T00:20:00.000Z', until: '2026-01-01T01:00:00.000Z' }] as EventFilter[]) {
      const scan = ledgerSource(dir).verifiedEvents!(filter, { verifierKeys: [key.verifierKey] });
      const got = await collect(scan.events);
      expect(got).toEqual(await collect(queryLedger(dir, filter)));
      expect(stripWarnings(await scan.verification)).toEqual(stripWarnings(await verifyLedger(dir, { verifierKey: key.verifierKey })));
    }
    const unpinned = ledgerSource(dir).verifiedEvents!({}, {});
    expect(await collect(unpinned.events)).toHaveLength(7800);
    const verified = await unpinned.verification;
    expect([verified.ok, verified.events, verified.keySource]).toEqual([true, 7800, 'ledger']);
  });

  it('reports progress: from 0 to the total the signed head lists, never going back', async () => {
    const calls: Array<[number, number | undefined]> = [];
    const scan = ledgerSource(dir).verifiedEvents!({ session: 's-3' }, { onProgress: (done, total) => calls.push([done, total]) });
    expect(await collect(scan.events)).toHaveLength(30);
    expect(calls[0]).toEqual([0, 7800]);
    expect(calls.at(-1)).toEqual([7800, 7800]);
    for (let i = 1; i < calls.length; i++) expect(calls[i]![0]).toBeGreaterThanOrEqual(calls[i - 1]![0]);
    const report = await activityReport(combineSources([ledgerSource(dir), ledgerSource(other)]), { onProgress: (done, total) => calls.push([done, total]) });
    expect(report.totals.events).toBe(8100);
    expect(calls.at(-1)).toEqual([8100, 8100]);
  });

  it('a changed line: every event is still yielded, and verification names the line', async () => {
    const copy = path.join(root, 'changed');
    fs.cpSync(dir, copy, { recursive: true });
    const segment = path.join(copy, 'streams', 'b', fs.readdirSync(path.join(copy, 'streams', 'b')).find((f) => f.endsWith('.jsonl')) as string);
    const lines = fs.readFileSync(segment, 'utf8').split('\n');
    const changed = (lines[1501] as string).replace('"m1501"', '"M1501"');
    expect(changed).not.toBe(lines[1501]);
    lines[1501] = changed;
    fs.writeFileSync(segment, lines.join('\n'));
    const scan = ledgerSource(copy).verifiedEvents!({}, { verifierKeys: [key.verifierKey] });
    expect(await collect(scan.events)).toEqual(await collect(queryLedger(copy)));
    const result = await scan.verification;
    expect(result.ok).toBe(false);
    expect(result.firstFailure).toMatchObject({ stream: 'b', seq: 1501 });
    expect(result.firstFailure?.reason).toContain('hash mismatch');
  });

  it('a ledger-level failure (signed head deleted): every event is still yielded, not verified', async () => {
    const copy = path.join(root, 'headless');
    fs.cpSync(dir, copy, { recursive: true });
    fs.rmSync(path.join(copy, 'HEAD'));
    const scan = ledgerSource(copy).verifiedEvents!({}, { verifierKeys: [key.verifierKey] });
    expect(await collect(scan.events)).toHaveLength(7800);
    const result = await scan.verification;
    expect(result.ok).toBe(false);
    expect(result.firstFailure?.reason).toContain('HEAD is missing');
    const report = await activityReport(ledgerSource(copy), { verifierKeys: [key.verifierKey] });
    expect([report.totals.events, report.verification.ok]).toEqual([7800, false]);
  });

  it('a reader that stops early ends the pass (no hang) and verification rejects', async () => {
    const scan = ledgerSource(dir).verifiedEvents!({}, {});
    let n = 0;
    for await (const event of scan.events) {
      expect(event.seq).toBeGreaterThanOrEqual(0);
      if (++n === 10) break;
    }
    await expect(scan.verification).rejects.toThrow(/stopped reading/);
  });

  it('a malformed pinned key is an error from the events, as from verifyLedger', async () => {
    const scan = ledgerSource(dir).verifiedEvents!({}, { verifierKeys: ['not-a-key'] });
    scan.verification.catch(() => undefined);
    await expect(collect(scan.events)).rejects.toThrow();
    await expect(verifyLedger(dir, { verifierKey: 'not-a-key' })).rejects.toThrow();
  });

  it('several folders: merged as combineSources().events() merges them, verification combined', async () => {
    const source = combineSources([ledgerSource(dir), ledgerSource(other)]);
    const scan = source.verifiedEvents!({ type: 'tool.call' }, { verifierKeys: [key.verifierKey] });
    expect(await collect(scan.events)).toEqual(await collect(source.events({ type: 'tool.call' })));
    const result = await scan.verification;
    expect([result.ok, result.events, result.streams]).toEqual([true, 8100, 4]);
  });
});
