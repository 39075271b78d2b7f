import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  addHold, applyRetention, createAuditor, fileLedger, generateSignerKey, loadPrunedState, mergeRetentionPolicy, planRetention,
  proveEvent, readHolds, releaseHolds, retentionOf, verifyArchive, verifyInclusionBundle, verifyLedger, DEFAULT_RETENTION_POLICY,
} from '@agent-audit/core';
import { fixedClock } from '@agent-audit/core/test';

// A fixed clock throughout: events written one day apart from 2020-01-01, retention run "now"
// at fixed dates. Periods come from each event's classification (baseline soc2 12 months).
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-retention-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const DAY = 86_400_000;
const START = Date.UTC(2020, 0, 1);

let n = 0;
async function makeLedger(events: number, options: { hipaaAt?: number } = {}): Promise<{ dir: string; key: ReturnType<typeof generateSignerKey>; sdir: string }> {
  const dir = path.join(root, `ledger-${++n}`);
  const key = generateSignerKey(`retention.test/${n}`);
  const auditor = createAuditor({
    agent: { id: 'bot' },
    stream: 'bot',
    clock: fixedClock(START, DAY),
    sink: fileLedger({ dir, signingKey: key.signerKey, maxSegmentBytes: 4_000, checkpointEvery: 7 }),
  });
  for (let i = 0; i < events; i++) {
    auditor.record({
      type: 'tool.call',
      session: `s-${Math.floor(i / 10)}`,
      actor: { id: `user-${i % 3}`, type: 'user' },
      tool: { name: 'lookup', arguments: { i } },
      ...(i === options.hipaaAt ? { compliance: { regimes: ['hipaa'] } } : {}),
    });
    if (i % 5 === 4) await auditor.flush();
  }
  await auditor.close();
  return { dir, key, sdir: path.join(dir, 'streams', 'bot') };
}

function segmentsOf(sdir: string): string[] {
  return fs.readdirSync(sdir).filter((f) => /^\d{20}\.jsonl$/.test(f)).sort();
}

function keyFile(name: string): string {
  const file = path.join(root, `${name}.key`);
  fs.writeFileSync(file, Buffer.alloc(32, 7).toString('base64') + '\n', { mode: 0o600 });
  return file;
}

describe('retention policy table', () => {
  it('takes the longest period of the rules an event matches, the default otherwise, never less than compliance.retentionDays', () => {
    const ts = '2020-01-31T00:00:00.000Z';
    expect(new Date(retentionOf({ ts, compliance: { regimes: ['hipaa', 'soc2'] } }).expiresAt).toISOString()).toBe('2026-01-31T00:00:00.000Z');
    expect(new Date(retentionOf({ ts, compliance: { regimes: ['eu-ai-act'] } }).expiresAt).toISOString()).toBe('2020-07-31T00:00:00.000Z');
    expect(new Date(retentionOf({ ts, compliance: { regimes: ['financial-records'] } }).expiresAt).toISOString()).toBe('2027-01-31T00:00:00.000Z');
    expect(new Date(retentionOf({ ts }).expiresAt).toISOString()).toBe('2021-01-31T00:00:00.000Z');
    expect(new Date(retentionOf({ ts, compliance: { regimes: ['eu-ai-act'], retentionDays: 400 } }).expiresAt).toISOString()).toBe('2021-03-07T00:00:00.000Z');
    // The recorded retentionDays floor counts calendar years like the table: PHI (2190 days,
    // 6 years) written 2020-01-01 stays until 2026-01-01 even under a policy that undercuts HIPAA.
    const undercut = mergeRetentionPolicy({ replace: true, default: { months: 1, basis: 'one' }, rules: [] });
    expect(new Date(retentionOf({ ts: '2020-01-01T00:00:00.000Z', data: { classes: ['phi'] }, compliance: { regimes: ['hipaa'], retentionDays: 2190 } } as never, undercut).expiresAt).toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(new Date(retentionOf({ ts: '2020-07-01T00:00:00.000Z', compliance: { regimes: ['eu-ai-act'], retentionDays: 183 } }, undercut).expiresAt).toISOString()).toBe('2021-01-01T00:00:00.000Z');
    // Calendar months: 31 January plus one month is the end of February.
    const policy = mergeRetentionPolicy({ rules: [{ dataClass: 'phi', months: 1, basis: 'test' }], default: { months: 24, basis: 'two years' } });
    expect(new Date(retentionOf({ ts, data: { classes: ['phi.record'], sensitivity: 'restricted' } }, policy).expiresAt).toISOString()).toBe('2020-02-29T00:00:00.000Z');
    expect(retentionOf({ ts }, policy).basis).toBe('two years');
    expect(retentionOf({ ts: 'not a time' }).expiresAt).toBe(Number.POSITIVE_INFINITY);
    expect(() => mergeRetentionPolicy({ rules: [{ regime: 'soc2', months: -1, basis: 'x' }] })).toThrow(/months/);
    expect(DEFAULT_RETENTION_POLICY.rules.find((r) => r.regime === 'hipaa')?.basis).toMatch(/164\.316\(b\)\(2\)/);
  });
});

describe('retention plan and apply on a file ledger', () => {
  it('archives expired closed segments, verifies the archive, prunes with a signed record; both verify with the pinned key', async () => {
    const { dir, key, sdir } = await makeLedger(120, { hipaaAt: 70 });
    const before = segmentsOf(sdir);
    expect(before.length).toBeGreaterThan(6);
    const now = new Date(Date.UTC(2021, 5, 1)); // events of 2020-01-01 .. 2020-04-29 are past 12 months
    const plan = await planRetention(dir, { now });
    const bot = plan.streams.find((s) => s.stream === 'bot');
    expect(bot?.to).toBeGreaterThan(0);
    expect(bot?.to).toBeLessThanOrEqual(70);
    expect(bot?.kept?.reason).toMatch(/kept until 2026|HIPAA|hipaa/i);
    expect(segmentsOf(sdir)).toEqual(before); // plan changes nothing

    const archiveDir = path.join(root, `archive-${n}`);
    const encryptionKey = Buffer.alloc(32, 7);
    const result = await applyRetention(dir, { now, archiveDir, encryptionKey, signingKey: key.signerKey });
    expect(result.skipped).toEqual([]);
    const pruned = result.pruned.find((p) => p.stream === 'bot');
    expect(pruned?.to).toBe(bot?.to);
    expect(Number(segmentsOf(sdir)[0]?.slice(0, 20))).toBe(bot?.to);

    const archive = await verifyArchive(pruned!.archive, { verifierKey: key.verifierKey, encryptionKey });
    expect(archive.failure).toBeUndefined();
    expect(archive.ok).toBe(true);
    expect(archive.events).toBe(bot?.to);
    expect(archive.encrypted).toBe(true);

    const verified = await verifyLedger(dir, { verifierKey: key.verifierKey });
    expect(verified.firstFailure).toBeUndefined();
    expect(verified.ok).toBe(true);
    expect(verified.warnings.join('\n')).toMatch(/were pruned by retention/);
    // The retention stream records the act.
    const events: string[] = [];
    for (const line of fs.readFileSync(path.join(dir, 'streams', 'retention', segmentsOf(path.join(dir, 'streams', 'retention'))[0]!), 'utf8').split('\n').filter(Boolean)) events.push(JSON.parse(line).type);
    expect(events).toContain('ledger.pruned');

    // Inclusion proofs of remaining events still lead to the signed checkpoints (the pruned part is the frontier).
    const remainingLines = segmentsOf(sdir).flatMap((f) => fs.readFileSync(path.join(sdir, f), 'utf8').split('\n').filter(Boolean));
    for (const line of [remainingLines[0]!, remainingLines[7]!, remainingLines.at(-1)!]) {
      const event = JSON.parse(line) as { id: string; seq: number };
      const bundle = await proveEvent(dir, event.id, { stream: 'bot' });
      expect(bundle.leafIndex).toBe(event.seq);
      expect(verifyInclusionBundle(bundle, { verifierKey: key.verifierKey })).toMatchObject({ ok: true });
    }

    // The writer resumes the pruned stream, and a second prune continues from the first record.
    const auditor = createAuditor({ agent: { id: 'bot' }, stream: 'bot', clock: fixedClock(Date.UTC(2021, 0, 1), DAY), sink: fileLedger({ dir, signingKey: key.signerKey, maxSegmentBytes: 4_000, checkpointEvery: 7 }) });
    for (let i = 0; i < 30; i++) auditor.record({ type: 'tool.call', tool: { name: 'later', arguments: { i } } });
    await auditor.close();
    expect((await verifyLedger(dir, { verifierKey: key.verifierKey })).ok).toBe(true);
    const later = await applyRetention(dir, { now: new Date(Date.UTC(2032, 0, 1)), archiveDir, signingKey: key.signerKey, recordEvents: false });
    const second = later.pruned.find((p) => p.stream === 'bot');
    expect(second?.from).toBe(pruned?.to);
    expect((await verifyArchive(second!.archive, { verifierKey: key.verifierKey })).ok).toBe(true);
    const state = loadPrunedState(sdir, JSON.parse(fs.readFileSync(path.join(dir, 'LEDGER'), 'utf8')).id, 'bot', [key.verifierKey]);
    expect('error' in state ? state.error : state.records.length).toBe(2);
    expect((await verifyLedger(dir, { verifierKey: key.verifierKey })).ok).toBe(true);

    // The archives are lost: what remains still verifies.
    fs.rmSync(archiveDir, { recursive: true });
    const afterLoss = await verifyLedger(dir, { verifierKey: key.verifierKey });
    expect(afterLoss.firstFailure).toBeUndefined();
    expect(afterLoss.ok).toBe(true);
  });

  it('prunes under a live writer, which goes on appending; the ledger verifies after it closes', async () => {
    const dir = path.join(root, `live-${++n}`);
    const key = generateSignerKey('retention.test/live');
    const auditor = createAuditor({ agent: { id: 'bot' }, stream: 'bot', clock: fixedClock(START, DAY), sink: fileLedger({ dir, signingKey: key.signerKey, maxSegmentBytes: 4_000, checkpointEvery: 7 }) });
    for (let i = 0; i < 80; i++) {
      auditor.record({ type: 'tool.call', tool: { name: 'lookup', arguments: { i } } });
      if (i % 5 === 4) await auditor.flush();
    }
    const { pruned } = await applyRetention(dir, { now: new Date(Date.UTC(2023, 0, 1)), archiveDir: path.join(root, `arch-live-${n}`), signingKey: key.signerKey });
    expect(pruned.find((p) => p.stream === 'bot')?.to).toBeGreaterThan(0);
    for (let i = 80; i < 120; i++) auditor.record({ type: 'tool.call', tool: { name: 'lookup', arguments: { i } } });
    await auditor.close();
    const result = await verifyLedger(dir, { verifierKey: key.verifierKey });
    expect(result.firstFailure).toBeUndefined();
    expect(result.reports.find((r) => r.stream === 'bot')?.events).toBe(120);
  });

  it('detects a changed archive (plain and encrypted) and a wrong key', async () => {
    const { dir, key } = await makeLedger(60);
    const now = new Date(Date.UTC(2022, 0, 1));
    const plainDir = path.join(root, `plain-${n}`);
    const { pruned } = await applyRetention(dir, { now, archiveDir: plainDir, signingKey: key.signerKey });
    const file = pruned[0]!.archive;
    expect((await verifyArchive(file, { verifierKey: key.verifierKey })).ok).toBe(true);
    const bytes = fs.readFileSync(file);
    // A changed byte inside an event, in the manifest, or the seal: each is a finding.
    for (const at of [bytes.indexOf('"tool.call"') + 3, bytes.indexOf('"segments"') + 2, bytes.length - 20]) {
      const changed = Buffer.from(bytes);
      changed[at] = changed[at]! ^ 0x01;
      fs.writeFileSync(file, changed);
      const result = await verifyArchive(file, { verifierKey: key.verifierKey });
      expect(result.ok, `byte ${at}`).toBe(false);
    }
    fs.writeFileSync(file, bytes);
    expect((await verifyArchive(file, { verifierKey: generateSignerKey('other').verifierKey })).ok).toBe(false);

    const { dir: dir2, key: key2 } = await makeLedger(60);
    const encDir = path.join(root, `enc-${n}`);
    const encryptionKey = Buffer.alloc(32, 9);
    const enc = await applyRetention(dir2, { now, archiveDir: encDir, signingKey: key2.signerKey, encryptionKey });
    const encFile = enc.pruned[0]!.archive;
    expect(fs.readFileSync(encFile).includes('tool.call')).toBe(false); // encrypted at rest
    expect((await verifyArchive(encFile, { verifierKey: key2.verifierKey, encryptionKey })).ok).toBe(true);
    const encBytes = fs.readFileSync(encFile);
    const changed = Buffer.from(encBytes);
    changed[Math.floor(encBytes.length / 2)] ^= 0x01;
    fs.writeFileSync(encFile, changed);
    expect((await verifyArchive(encFile, { verifierKey: key2.verifierKey, encryptionKey })).ok).toBe(false);
    fs.writeFileSync(encFile, encBytes);
    expect((await verifyArchive(encFile, { verifierKey: key2.verifierKey, encryptionKey: Buffer.alloc(32, 1) })).ok).toBe(false);
  });

  it('detects a deleted segment that no ledger.pruned record covers, before and after a prune', async () => {
    const { dir, key, sdir } = await makeLedger(60);
    const [first] = segmentsOf(sdir);
    fs.rmSync(path.join(sdir, first!));
    const result = await verifyLedger(dir, { verifierKey: key.verifierKey });
    expect(result.ok).toBe(false);
    expect(result.firstFailure?.reason).toMatch(/segment 0+\d+\.jsonl starts at seq \d+, expected 0/);

    // After a real prune, deleting the next segment as well is found too.
    const { dir: dir2, key: key2, sdir: sdir2 } = await makeLedger(60);
    await applyRetention(dir2, { now: new Date(Date.UTC(2020, 1, 15) + 365 * DAY), archiveDir: path.join(root, `arch-${n}`), signingKey: key2.signerKey });
    const [next] = segmentsOf(sdir2);
    expect(Number(next!.slice(0, 20))).toBeGreaterThan(0);
    fs.rmSync(path.join(sdir2, next!));
    const r2 = await verifyLedger(dir2, { verifierKey: key2.verifierKey });
    expect(r2.ok).toBe(false);
    expect(r2.firstFailure?.reason).toMatch(/the last ledger\.pruned record ends at \d+, so seqs \d+\.\.\d+ were deleted/);
  });

  it('a state file remembered before the prune still checks the pruned ledger', async () => {
    const { dir, key } = await makeLedger(30);
    const state = path.join(root, `state-${n}.json`);
    expect((await verifyLedger(dir, { verifierKey: key.verifierKey, state })).ok).toBe(true); // remembers size 30
    const auditor = createAuditor({ agent: { id: 'bot' }, stream: 'bot', clock: fixedClock(START + 30 * DAY, DAY), sink: fileLedger({ dir, signingKey: key.signerKey, maxSegmentBytes: 4_000, checkpointEvery: 7 }) });
    for (let i = 0; i < 60; i++) auditor.record({ type: 'tool.call', tool: { name: 'lookup', arguments: { i } } });
    await auditor.close();
    const { pruned } = await applyRetention(dir, { now: new Date(Date.UTC(2022, 0, 1)), archiveDir: path.join(root, `arch-${n}`), signingKey: key.signerKey, recordEvents: false });
    expect(pruned.find((p) => p.stream === 'bot')!.to).toBeGreaterThan(30); // the remembered size is in the pruned part
    // A remembered root at that size that differs (a forked past) is found through the records.
    const forged = path.join(root, `state-forged-${n}.json`);
    const remembered = JSON.parse(fs.readFileSync(state, 'utf8'));
    remembered.streams.bot.root = 'ab'.repeat(32);
    fs.writeFileSync(forged, JSON.stringify(remembered));
    const fork = await verifyLedger(dir, { verifierKey: key.verifierKey, state: forged });
    expect(fork.ok).toBe(false);
    expect(fork.firstFailure?.reason).toMatch(/inconsistent with --state .* ledger\.pruned records prove/);
    const result = await verifyLedger(dir, { verifierKey: key.verifierKey, state });
    expect(result.firstFailure).toBeUndefined();
    expect(result.ok).toBe(true);
  });

  it('a FIFO in place of pruned.jsonl is a finding, never read', async () => {
    const { dir, key, sdir } = await makeLedger(30);
    const fifo = spawnSync('mkfifo', [path.join(sdir, 'pruned.jsonl')]);
    expect(fifo.status).toBe(0);
    const result = await verifyLedger(dir, { verifierKey: key.verifierKey });
    expect(result.ok).toBe(false);
    expect(result.firstFailure?.reason).toMatch(/streams\/[a-z-]+\/pruned\.jsonl is a FIFO, not a regular file/);
  });

  it('a changed ledger.pruned record is invalid', async () => {
    const { dir, key, sdir } = await makeLedger(60);
    await applyRetention(dir, { now: new Date(Date.UTC(2022, 0, 1)), archiveDir: path.join(root, `arch-${n}`), signingKey: key.signerKey });
    const file = path.join(sdir, 'pruned.jsonl');
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.replace(/size (\d+)/, (_m, d: string) => `size ${Number(d) + 1}`));
    const result = await verifyLedger(dir, { verifierKey: key.verifierKey });
    expect(result.ok).toBe(false);
    expect(result.firstFailure?.reason).toMatch(/pruned\.jsonl record 1: signature invalid/);
  });
});

describe('legal hold', () => {
  it('keeps every held event, and the whole segment holding one; release lets retention go on', async () => {
    const { dir, key, sdir } = await makeLedger(80);
    const now = new Date(Date.UTC(2023, 0, 1)); // every event is past its period
    const free = await planRetention(dir, { now });
    expect(free.streams.find((s) => s.stream === 'bot')?.to).toBeGreaterThan(40);

    const hold = await addHold(dir, { scope: 'session', value: 's-2', reason: 'matter 2026-114' }, { signingKey: key.signerKey });
    await addHold(dir, { scope: 'actor', value: 'nobody', reason: 'test' }, { signingKey: key.signerKey });
    expect((await readHolds(dir)).holds.map((h) => h.value)).toEqual(['s-2', 'nobody']);
    const { pruned } = await applyRetention(dir, { now, archiveDir: path.join(root, `arch-${n}`), signingKey: key.signerKey });
    const bot = pruned.find((p) => p.stream === 'bot');
    expect(bot?.to).toBeGreaterThan(0);
    expect(bot?.to).toBeLessThanOrEqual(20);
    // seq 20..29 are session s-2: all still in the ledger, with their segment whole.
    const remaining = segmentsOf(sdir).flatMap((f) => fs.readFileSync(path.join(sdir, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { seq: number; session: string }));
    const held = remaining.filter((e) => e.session === 's-2').map((e) => e.seq);
    expect(held).toEqual([20, 21, 22, 23, 24, 25, 26, 27, 28, 29]);
    const firstRemaining = Number(segmentsOf(sdir)[0]!.slice(0, 20));
    expect(firstRemaining).toBeLessThanOrEqual(20);
    expect(pruned.find((p) => p.stream === 'holds')).toBeUndefined();
    expect((await verifyLedger(dir, { verifierKey: key.verifierKey })).ok).toBe(true);

    const released = await releaseHolds(dir, { scope: 'session', value: 's-2', reason: 'matter closed' }, { signingKey: key.signerKey });
    expect(released.map((h) => h.id)).toEqual([hold.id]);
    expect(released[0]?.released?.reason).toBe('matter closed');
    const after = await applyRetention(dir, { now, archiveDir: path.join(root, `arch-${n}`), signingKey: key.signerKey });
    expect(after.pruned.find((p) => p.stream === 'bot')!.to).toBeGreaterThan(30);
    expect((await verifyLedger(dir, { verifierKey: key.verifierKey })).ok).toBe(true);
  });

  it('a hold on a whole stream keeps it whole', async () => {
    const { dir, key } = await makeLedger(40);
    await addHold(dir, { scope: 'stream', value: 'bot', reason: 'regulator inquiry' }, { signingKey: key.signerKey });
    const plan = await planRetention(dir, { now: new Date(Date.UTC(2030, 0, 1)) });
    const bot = plan.streams.find((s) => s.stream === 'bot');
    expect(bot?.segments).toEqual([]);
    expect(bot?.kept?.reason).toMatch(/under hold/);
    await expect(addHold(dir, { scope: 'session', value: 'x', reason: ' ' }, { signingKey: key.signerKey })).rejects.toThrow(/reason/);
  });
});
