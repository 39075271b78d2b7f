// Retention over a large ledger: `retention plan` and `retention apply` (archive, verify the
// archive, sign ledger.pruned, remove), then verify of what remains and of the archive alone.
//
//   pnpm build && node benchmarks/retention.bench.mjs [--events=1000000] [--encrypt=1] [--segment-mb=8]
//
// Writes one stream of `events` sealed tool events (~670 B lines) straight through the
// file ledger's sink (no redaction: this measures retention, not recording), one every ~63 s
// over two years from 2023-01-01, checkpoint every 10,000 events, 8 MiB segments. `now` is
// 2025-01-01, so the first year (about half the events) is past its 12-month period. Each phase
// runs in its own process, so its peak RSS (getrusage maxrss) and CPU time are its own.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { arg, fmt, fmtInt, loadDist, machineInfo, writeResult } from './lib/common.mjs';

const NOW = '2025-01-01T00:00:00.000Z';
const START = Date.UTC(2023, 0, 1);
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function ulidLike(n) {
  let s = '';
  for (let i = 0; i < 16; i++) {
    s = CROCKFORD[n % 32] + s;
    n = Math.floor(n / 32);
  }
  return '01J' + '0'.repeat(7) + s;
}

async function writeLedger(dir, keyDir, count, segmentMiB) {
  const { fileLedger, sealEvent, GENESIS_HASH } = await loadCore();
  const ledger = fileLedger({ dir, keyDir, fsync: false, maxSegmentBytes: segmentMiB * 1024 * 1024, checkpointEvery: 10_000, checkpointIntervalMs: 3_600_000 });
  const stream = 'bench-agent';
  ledger.open(stream);
  let prev = GENESIS_HASH;
  const step = (2 * 365 * 86_400_000) / count;
  for (let base = 0; base < count; base += 10_000) {
    const batch = [];
    for (let seq = base; seq < Math.min(count, base + 10_000); seq++) {
      const record = sealEvent({
        v: 1, id: ulidLike(seq), ts: new Date(START + Math.floor(seq * step)).toISOString(), stream, seq, type: 'tool.call',
        trace: { traceId: crypto.createHash('md5').update(String(seq >> 4)).digest('hex'), spanId: (seq % 65536).toString(16).padStart(16, '0') },
        session: `session-${seq >> 6}`, agent: { id: 'bench-agent' }, actor: { id: `user-${seq % 97}`, type: 'user' }, source: 'app', outcome: 'success',
        tool: { name: 'lookup_claim', arguments: { claim: `C-${seq % 5000}`, page: seq % 7 } },
        data: { classes: [], sensitivity: 'internal' }, compliance: { regimes: ['eu-ai-act', 'soc2'], retentionDays: 365 },
      }, prev);
      prev = record.event.hash;
      batch.push(record);
    }
    await ledger.append(stream, batch);
  }
  await ledger.close(stream);
  return ledger.verifierKey;
}

/** Runs one phase in a child process; returns its JSON plus wall, CPU and peak RSS. */
function phase(name, params) {
  const t0 = performance.now();
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), `--phase=${name}`, `--params=${JSON.stringify(params)}`], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wallMs = performance.now() - t0;
  if (child.status !== 0) throw new Error(`${name} failed (${child.status}): ${child.stderr}`);
  const out = JSON.parse(child.stdout.trim().split('\n').pop());
  return { ...out, wallMs: Math.round(wallMs) };
}

/** The built core; another build replacing dist/ meanwhile is waited for (up to 2 minutes). */
async function loadCore() {
  for (let tries = 0; ; tries++) {
    try {
      return await loadDist('core');
    } catch (error) {
      if (tries >= 120) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

async function runPhase(name, params) {
  const core = await loadCore();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let detail;
  if (name === 'plan') {
    const plan = await core.planRetention(params.dir, { now: new Date(NOW) });
    const s = plan.streams.find((x) => x.stream === 'bench-agent');
    detail = { events: plan.events, bytes: plan.bytes, segments: s.segments.length, to: s.to, kept: s.kept?.reason };
  } else if (name === 'apply') {
    const result = await core.applyRetention(params.dir, { now: new Date(NOW), archiveDir: params.archive, keyDir: params.keyDir, recordEvents: true, ...(params.encrypt ? { encryptionKey: Buffer.alloc(32, 3) } : {}) });
    if (result.skipped.length > 0) throw new Error(JSON.stringify(result.skipped));
    const p = result.pruned[0];
    detail = { events: p.events, bytes: p.bytes, archiveBytes: fs.statSync(p.archive).size, archive: p.archive };
  } else if (name === 'verify-ledger') {
    const r = await core.verifyLedger(params.dir, { verifierKey: params.key });
    if (!r.ok) throw new Error(JSON.stringify(r.firstFailure));
    detail = { events: r.events, ok: r.ok };
  } else if (name === 'verify-archive') {
    const r = await core.verifyArchive(params.archive, { verifierKey: params.key, ...(params.encrypt ? { encryptionKey: Buffer.alloc(32, 3) } : {}) });
    if (!r.ok) throw new Error(JSON.stringify(r.failure));
    detail = { events: r.events, ok: r.ok };
  }
  const cpu = process.cpuUsage(cpu0);
  return { phase: name, ms: Math.round(performance.now() - t0), cpuMs: Math.round((cpu.user + cpu.system) / 1000), peakRssMiB: Number((process.resourceUsage().maxRSS / 1024).toFixed(1)), ...detail };
}

export async function runRetention({ events: count = arg('events', 1_000_000), encrypt = arg('encrypt', 1) === 1, segmentMiB = arg('segment-mb', 8), quiet = false } = {}) {
  const log = quiet ? () => {} : (...a) => console.log(...a);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'agent-audit-retention-bench-'));
  try {
    const dir = path.join(root, 'ledger');
    const keyDir = path.join(root, 'keys');
    const archive = path.join(root, 'archive');
    const loadBefore = os.loadavg().map((x) => Number(x.toFixed(2)));
    const t0 = performance.now();
    const key = await writeLedger(dir, keyDir, count, segmentMiB);
    const segmentBytes = fs.readdirSync(path.join(dir, 'streams', 'bench-agent')).filter((n) => /^\d{20}\.jsonl$/.test(n)).reduce((n, f) => n + fs.statSync(path.join(dir, 'streams', 'bench-agent', f)).size, 0);
    log(`retention: wrote ${fmtInt(count)} events (${fmt(segmentBytes / 2 ** 20)} MiB) in ${fmt((performance.now() - t0) / 1000)} s; load ${loadBefore.join(' ')}`);
    const plan = phase('plan', { dir });
    log(`plan           ${fmt(plan.ms / 1000, 2)} s wall, ${fmt(plan.cpuMs / 1000, 2)} s CPU, peak RSS ${plan.peakRssMiB} MiB: ${fmtInt(plan.events)} events in ${plan.segments} segments to remove`);
    if (plan.events === 0) throw new Error(`the plan removes nothing: ${plan.kept}`);
    const apply = phase('apply', { dir, archive, keyDir, encrypt });
    log(`apply          ${fmt(apply.ms / 1000, 2)} s wall, ${fmt(apply.cpuMs / 1000, 2)} s CPU, peak RSS ${apply.peakRssMiB} MiB: ${fmtInt(apply.events)} events archived${encrypt ? ' (AES-256-GCM)' : ''}, verified, removed`);
    const rest = phase('verify-ledger', { dir, key });
    log(`verify ledger  ${fmt(rest.ms / 1000, 2)} s wall, ${fmt(rest.cpuMs / 1000, 2)} s CPU, peak RSS ${rest.peakRssMiB} MiB (remaining part)`);
    const alone = phase('verify-archive', { archive: apply.archive, key, encrypt });
    log(`verify archive ${fmt(alone.ms / 1000, 2)} s wall, ${fmt(alone.cpuMs / 1000, 2)} s CPU, peak RSS ${alone.peakRssMiB} MiB`);
    const { archive: _archive, ...applied } = apply;
    return { events: count, segmentBytes, segmentMiB, now: NOW, encrypted: encrypt, loadBefore, loadAfter: os.loadavg().map((x) => Number(x.toFixed(2))), plan, apply: applied, verifyRemaining: rest, verifyArchive: alone };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

const phaseArg = arg('phase', '');
if (phaseArg) {
  process.stdout.write(JSON.stringify(await runPhase(phaseArg, JSON.parse(arg('params', '{}')))) + '\n');
} else if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const result = await runRetention();
  writeResult('retention', { machineBefore: machineInfo(), ...result });
}
