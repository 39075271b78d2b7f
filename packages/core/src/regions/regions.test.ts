import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAuditor } from '../auditor/auditor.js';
import { fileLedger } from '../ledger/file-ledger.js';
import { compileFilter, queryLedger } from '../ledger/query.js';
import { verifyLedger } from '../ledger/verify.js';
import { combineSources, ledgerSource } from '../report/source.js';
import { activityReport } from '../report/activity.js';
import { renderReport } from '../report/documents.js';
import { createShipper } from '../ship/shipper.js';
import { ShipError } from '../ship/errors.js';
import type { ShipSink } from '../ship/types.js';
import type { AuditEvent } from '../spec/event.js';
import { byRegion, isRegionRouting, RegionRoutingError, routeRegion } from './regions.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});
async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}
async function all(dir: string): Promise<AuditEvent[]> {
  const out: AuditEvent[] = [];
  for await (const event of queryLedger(dir, {})) out.push(event);
  return out;
}
function memorySink(name: string): ShipSink & { received: AuditEvent[] } {
  const received: AuditEvent[] = [];
  return { name, received, async write(events) { received.push(...events); } };
}
const fail = (error: Error): never => {
  throw error;
};

/** Two regional folders, each with its own key folder, and the auditors' verifier keys. */
async function twoRegions() {
  const eu = { dir: await tempDir('region-eu-'), keyDir: await tempDir('region-eu-keys-') };
  const us = { dir: await tempDir('region-us-'), keyDir: await tempDir('region-us-keys-') };
  const ledgers = { eu: fileLedger(eu), us: fileLedger(us) };
  const routing = byRegion(ledgers);
  const euBot = createAuditor({ agent: { id: 'eu-claims', region: 'eu' }, sink: routing, onError: fail, redactionWorker: false });
  const usBot = createAuditor({ agent: { id: 'us-claims', region: 'us' }, sink: routing, onError: fail, redactionWorker: false });
  for (let i = 0; i < 5; i++) {
    euBot.record({ type: 'tool.call', tool: { name: 'lookup', arguments: { i } }, session: 'eu-s' });
    usBot.record({ type: 'tool.call', tool: { name: 'lookup', arguments: { i } }, session: 'us-s' });
  }
  euBot.record({ type: 'message.user', content: { input: 'Kontakt: maria@example.de' }, session: 'eu-s' });
  await Promise.all([euBot.close(), usBot.close()]);
  return { eu: { ...eu, key: ledgers.eu.verifierKey }, us: { ...us, key: ledgers.us.verifierKey } };
}

describe('byRegion', () => {
  it('keeps one target per region id and refuses empty maps, bad ids and missing targets', () => {
    const routing = byRegion({ us: 1, eu: 2 });
    expect(isRegionRouting(routing)).toBe(true);
    expect(isRegionRouting({ eu: 1 })).toBe(false);
    expect(routing.regions).toEqual(['eu', 'us']);
    expect(routeRegion(routing, 'eu', 'x')).toBe(2);
    expect(() => byRegion({})).toThrow(/no regions given/);
    expect(() => byRegion({ EU: 1 })).toThrow(/not a region id/);
    expect(() => byRegion({ eu: undefined })).toThrow(/region "eu" has no target/);
    expect(() => routeRegion(routing, 'apac', 'createAuditor(): sink')).toThrow(RegionRoutingError);
    expect(() => routeRegion(routing, 'apac', 'createAuditor(): sink')).toThrow('createAuditor(): sink: region "apac" has no target (routed regions: eu, us)');
    expect(() => routeRegion(routing, undefined, 'createAuditor(): sink')).toThrow(/no region was given \(set agent.region\)/);
  });
});

describe('regional routing of ledgers', () => {
  it('writes an eu agent only to the eu ledger and a us agent only to the us ledger; each folder verifies with its pinned key', async () => {
    const { eu, us } = await twoRegions();
    const euEvents = await all(eu.dir);
    const usEvents = await all(us.dir);
    expect(euEvents).toHaveLength(6);
    expect(usEvents).toHaveLength(5);
    expect(new Set(euEvents.map((e) => e.agent.region))).toEqual(new Set(['eu']));
    expect(new Set(euEvents.map((e) => e.agent.id))).toEqual(new Set(['eu-claims']));
    expect(new Set(usEvents.map((e) => e.agent.region))).toEqual(new Set(['us']));
    expect(new Set(usEvents.map((e) => e.stream))).toEqual(new Set(['us-claims']));
    // redaction still ran before hashing in the routed ledger
    expect(JSON.stringify(euEvents)).not.toContain('maria@example.de');
    for (const { dir, key } of [eu, us]) {
      const result = await verifyLedger(dir, { verifierKey: key });
      expect(result.firstFailure).toBeUndefined();
      expect(result.ok).toBe(true);
    }
  });

  it('a region without a ledger, or no region at all, is an error at construction and nothing is written', async () => {
    const dir = await tempDir('region-only-eu-');
    const routing = byRegion({ eu: fileLedger({ dir, keyDir: await tempDir('region-keys-') }) });
    expect(() => createAuditor({ agent: { id: 'us-bot', region: 'us' }, sink: routing })).toThrow(/createAuditor\(\): sink: region "us" has no target \(routed regions: eu\)/);
    expect(() => createAuditor({ agent: { id: 'no-region' }, sink: routing })).toThrow(/no region was given/);
    expect(() => createAuditor({ agent: { id: 'bad', region: 'EU West' }, sink: routing })).toThrow(/region\?/);
    // no stream was opened in the eu folder for the refused agents
    expect((await readdir(dir)).filter((name) => name === 'streams' || name === 'LEDGER')).toEqual([]);
  });

  it('events without a region hash and verify as before (no region member is added)', async () => {
    const dir = await tempDir('region-none-');
    const ledger = fileLedger({ dir, keyDir: await tempDir('region-none-keys-') });
    const auditor = createAuditor({ agent: { id: 'plain' }, sink: ledger, onError: fail, redactionWorker: false });
    auditor.record({ type: 'decision.made', decision: { action: 'approve' } });
    await auditor.close();
    const [event] = await all(dir);
    expect(event!.agent).toEqual({ id: 'plain' });
    expect((await verifyLedger(dir, { verifierKey: ledger.verifierKey })).ok).toBe(true);
  });

  it('several regional folders read as one, each in place, with each event keeping its region', async () => {
    const { eu, us } = await twoRegions();
    const source = combineSources([ledgerSource(eu.dir, { verifyInWorker: false }), ledgerSource(us.dir, { verifyInWorker: false })]);
    const labels = (await source.describe()).map((s) => s.label);
    expect(labels).toEqual([eu.dir, us.dir]);
    const seen: AuditEvent[] = [];
    for await (const event of source.events()) seen.push(event);
    expect(seen).toHaveLength(11);
    const byAgent = new Map(seen.map((e) => [e.agent.id, e.agent.region]));
    expect(byAgent).toEqual(new Map([['eu-claims', 'eu'], ['us-claims', 'us']]));
    const result = await source.verify({ verifierKeys: [eu.key, us.key] });
    expect(result.ok).toBe(true);
    const euOnly: AuditEvent[] = [];
    for await (const event of source.events({ region: 'eu' })) euOnly.push(event);
    expect(euOnly.map((e) => e.stream)).toEqual(Array(6).fill('eu-claims'));
    expect(compileFilter({ region: 'eu' })({ ...euOnly[0]!, agent: { id: 'x' } })).toBe(false);
  });

  it('the activity report over both folders counts events per region and renders an "Events by region" table', async () => {
    const { eu, us } = await twoRegions();
    const source = combineSources([ledgerSource(eu.dir, { verifyInWorker: false }), ledgerSource(us.dir, { verifyInWorker: false })]);
    const report = await activityReport(source, { verifierKeys: [eu.key, us.key] });
    expect(report.verification.ok).toBe(true);
    expect(report.regions).toEqual({ eu: 6, us: 5 });
    const md = renderReport(report, 'md');
    expect(md).toContain('Events by region');
    expect(md).toMatch(/\|\s*eu\s*\|\s*6\s*\|/);
    expect(md).toMatch(/\|\s*us\s*\|\s*5\s*\|/);
  });

  it('a report without regions has no region table', async () => {
    const dir = await tempDir('region-plain-');
    const ledger = fileLedger({ dir, keyDir: await tempDir('region-plain-keys-') });
    const auditor = createAuditor({ agent: { id: 'plain' }, sink: ledger, onError: fail, redactionWorker: false });
    auditor.record({ type: 'decision.made', decision: { action: 'approve' } });
    await auditor.close();
    const report = await activityReport(ledgerSource(dir, { verifyInWorker: false }), { verifierKeys: [ledger.verifierKey] });
    expect(report.regions).toEqual({});
    expect(renderReport(report, 'md')).not.toContain('Events by region');
  });
});

describe('regional routing of shippers', () => {
  it('ships the eu folder only to the eu target and the us folder only to the us target', async () => {
    const { eu, us } = await twoRegions();
    const targets = { eu: memorySink('siem-eu'), us: memorySink('siem-us') };
    const routing = byRegion(targets);
    for (const [region, folder] of [['eu', eu], ['us', us]] as const) {
      const shipper = createShipper({ dir: folder.dir, sink: routing, region, onError: fail, retry: false, breaker: false });
      await shipper.runOnce();
      await shipper.stop();
    }
    expect(targets.eu.received).toHaveLength(6);
    expect(targets.us.received).toHaveLength(5);
    expect(targets.eu.received.every((e) => e.agent.region === 'eu')).toBe(true);
    expect(targets.us.received.every((e) => e.agent.region === 'us')).toBe(true);
  });

  it('a region without a shipper target is an error at construction', async () => {
    const { eu } = await twoRegions();
    const routing = byRegion({ us: memorySink('siem-us') });
    expect(() => createShipper({ dir: eu.dir, sink: routing, region: 'eu' })).toThrow(/createShipper\(\): sink: region "eu" has no target \(routed regions: us\)/);
    expect(() => createShipper({ dir: eu.dir, sink: routing })).toThrow(/no region was given/);
  });

  it('never ships another region\'s event: the stream stops at it with region_mismatch', async () => {
    const dir = await tempDir('region-mixed-');
    const ledger = fileLedger({ dir, keyDir: await tempDir('region-mixed-keys-') });
    // One stream written by an eu agent, then (misconfigured) by a us agent under the same stream name.
    const first = createAuditor({ agent: { id: 'bot', region: 'eu' }, sink: ledger, onError: fail, redactionWorker: false });
    first.record({ type: 'decision.made', decision: { action: 'a' } });
    first.record({ type: 'decision.made', decision: { action: 'b' } });
    await first.close();
    const second = createAuditor({ agent: { id: 'bot', region: 'us' }, sink: ledger, onError: fail, redactionWorker: false });
    second.record({ type: 'decision.made', decision: { action: 'c' } });
    await second.close();
    const target = memorySink('siem-eu');
    const errors: Error[] = [];
    const shipper = createShipper({ dir, sink: target, region: 'eu', onError: (e) => errors.push(e), retry: false, breaker: false });
    await shipper.runOnce();
    await shipper.stop();
    expect(target.received.map((e) => e.seq)).toEqual([0, 1]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(ShipError);
    expect((errors[0] as ShipError).code).toBe('region_mismatch');
    expect(shipper.status().streams[0]!.halted).toMatch(/event of region "us" in a folder shipped for region "eu"/);
  });
});
