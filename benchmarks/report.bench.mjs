// Every report over a generated ledger of 1M events (default), each in its own process so its
// peak RSS is its own. The reports stream the events: memory must stay bounded whatever the
// ledger's size. Budget: each report under 60 s on this machine.
//
//   node benchmarks/report.bench.mjs [--events=1000000] [--streams=4] [--keep=DIR] [--only=activity,subject,...] [--compare]
//
// Wall time depends on the machine's load; CPU seconds (process.resourceUsage, every thread) much
// less: both are printed, with the load average before each run. A report reads the ledger once:
// verification and the report's aggregation share one pass (ledgerSource().verifiedEvents).
// `--compare` also runs activity the older way (verification in a worker thread beside a second
// read of every line), side by side in the same run.
//
// Needs the built packages (pnpm build). Writes benchmarks/results/report.json.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { arg, fmtInt, loadDist, writeResult } from './lib/common.mjs';

const BUDGET_MS = 60_000;
const TYPES = ['message.user', 'model.request', 'model.response', 'tool.call', 'tool.result', 'retrieval.query', 'decision.made', 'approval.grant', 'approval.deny', 'error', 'data.access', 'message.agent'];

/** A deterministic ledger: `streams` agents, sessions of 20 events, a subject mentioned in 1 event of 500. */
async function generate(dir, count, streams, secret) {
  const core = await loadDist('core');
  const keyring = core.createKeyring([secret]);
  const subjectToken = core.pseudonym(keyring, 'EMAIL', 'subject@example.com');
  const otherToken = core.pseudonym(keyring, 'EMAIL', 'other@example.com');
  const ledger = core.fileLedger({ dir, keyDir: path.join(dir, '..', 'keys'), fsync: false });
  const start = Date.UTC(2026, 5, 1);
  const perStream = Math.ceil(count / streams);
  let written = 0;
  for (let s = 0; s < streams; s++) {
    const stream = `agent-${s}`;
    let { nextSeq: seq, prev } = ledger.open(stream);
    let batch = [];
    for (let i = 0; i < perStream && written < count; i++, written++) {
      const type = TYPES[(i * 7 + s) % TYPES.length];
      const session = `${stream}-s${Math.floor(i / 20)}`;
      const traceId = crypto.createHash('md5').update(session).digest('hex');
      const event = {
        v: 1,
        id: `01J${String(s).padStart(3, '0')}${String(i).padStart(20, '0')}`,
        ts: new Date(start + i * 30_000 + s * 7).toISOString(),
        stream, seq, type,
        trace: { traceId, spanId: crypto.createHash('md5').update(`${session}/${i % 20}`).digest('hex').slice(0, 16) },
        session,
        agent: { id: stream },
        actor: { id: `user-${i % 997}`, type: 'user' },
        source: 'bench',
        outcome: type === 'error' ? 'failure' : type === 'approval.deny' ? 'denied' : 'success',
        ...(type.startsWith('tool.') ? { tool: { name: `tool-${i % 13}`, callId: `c-${Math.floor(i / 2)}`, server: `mcp-${i % 3}`, arguments: { query: `lookup ${i}` } } } : {}),
        ...(type === 'data.access' || type === 'retrieval.query' ? { resource: { type: 'record', id: String(i % 5000) } } : {}),
        ...(type.startsWith('model.') ? { model: { provider: 'acme', id: 'm-1', usage: { inputTokens: 120, outputTokens: 40 } } } : {}),
        ...(type === 'decision.made' ? { decision: { action: 'approve', reason: 'within policy', policy: 'p-3' } } : {}),
        ...(type === 'error' ? { error: { type: 'Timeout', message: 'upstream timed out' } } : {}),
        ...(type === 'message.user' ? { content: { input: `please help ${i % 500 === 0 ? subjectToken : otherToken} with order ${i}` } } : {}),
        data: { classes: i % 500 === 0 ? ['pii.email'] : [], sensitivity: 'internal' },
        compliance: { regimes: ['eu-ai-act', 'soc2'], retentionDays: 365 },
      };
      const record = core.sealEvent(event, prev);
      prev = record.event.hash;
      seq++;
      batch.push(record);
      if (batch.length === 5000) {
        await ledger.append(stream, batch);
        batch = [];
      }
    }
    if (batch.length > 0) await ledger.append(stream, batch);
    await ledger.close(stream);
  }
  return { verifierKey: ledger.verifierKey, decisionSession: `agent-1-s${Math.floor(perStream / 40)}` };
}

const CHILD = `
import { createKeyring, ledgerSource, activityReport, aiActReport, coverageReport, subjectReport, decisionReport, exportBundle, verifyBundle, renderReport } from ${JSON.stringify(path.resolve('packages/core/dist/index.js'))};
const [kind, dir, key, secret, session, mode] = process.argv.slice(1);
// mode "two-pass": without verifiedEvents, so the report reads the events and verifies them separately.
const source = mode === 'two-pass' ? { ...ledgerSource(dir), verifiedEvents: undefined } : ledgerSource(dir);
const options = { verifierKeys: [key] };
const t0 = performance.now();
let report;
let figure;
if (kind === 'activity') { report = await activityReport(source, options); figure = report.totals.events; }
if (kind === 'ai-act') { report = await aiActReport(source, options); figure = report.periodsOfUse.total; }
if (kind === 'coverage') { report = await coverageReport(source, options); figure = report.callsWithoutResults.total; }
if (kind === 'subject') { report = await subjectReport(source, { ...options, value: 'subject@example.com', keyring: createKeyring([Buffer.from(secret, 'hex')]) }); figure = report.events.total; }
if (kind === 'decision') { report = await decisionReport(source, { ...options, session }); figure = report.summary.proven; }
if (kind === 'export') { const { text } = await exportBundle(source, { ...options, session }); const check = verifyBundle(text, [key]); if (!check.ok) throw new Error(check.reason); figure = check.events; }
let bytes = 0;
if (report) { if (!report.verification.ok) throw new Error('not verified: ' + JSON.stringify(report.verification.firstFailure)); for (const f of ['json', 'md', 'html']) bytes += renderReport(report, f).length; }
const ms = performance.now() - t0;
const usage = process.resourceUsage();
process.stdout.write(JSON.stringify({ ms, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6, maxRssMiB: usage.maxRSS / 1024, figure, renderedChars: bytes }));
`;

async function main() {
  const count = arg('events', 1_000_000);
  const streams = arg('streams', 4);
  const keep = arg('keep', '');
  const root = keep ? path.resolve(String(keep)) : fs.mkdtempSync(path.join(os.tmpdir(), 'agent-audit-report-bench-'));
  const dir = path.join(root, 'ledger');
  const secret = crypto.createHash('sha256').update('report-bench').digest();
  try {
    let meta;
    const metaFile = path.join(root, 'meta.json');
    if (fs.existsSync(metaFile)) meta = JSON.parse(fs.readFileSync(metaFile, 'utf8'));
    else {
      const t0 = performance.now();
      meta = await generate(dir, count, streams, secret);
      fs.writeFileSync(metaFile, JSON.stringify(meta));
      console.log(`generated ${fmtInt(count)} events in ${streams} streams in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
    let ledgerBytes = 0;
    for (const s of fs.readdirSync(path.join(dir, 'streams'))) for (const f of fs.readdirSync(path.join(dir, 'streams', s))) ledgerBytes += fs.statSync(path.join(dir, 'streams', s, f)).size;
    console.log(`ledger: ${(ledgerBytes / 1024 / 1024).toFixed(0)} MiB on disk, node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}`);
    const loadBefore = os.loadavg()[0];
    const results = {};
    const only = String(arg('only', '')).split(',').filter(Boolean);
    const runs = ['activity', 'subject', 'decision', 'ai-act', 'coverage', 'export'].filter((k) => only.length === 0 || only.includes(k)).map((kind) => ({ kind, mode: 'one-pass' }));
    if (process.argv.includes('--compare')) runs.push({ kind: 'activity', mode: 'two-pass' });
    for (const { kind, mode } of runs) {
      const name = mode === 'one-pass' ? kind : `${kind} (${mode})`;
      const load = Number(os.loadavg()[0].toFixed(1));
      const spawnReport = () => spawnSync(process.execPath, ['--input-type=module', '-e', CHILD, kind, dir, meta.verifierKey, secret.toString('hex'), meta.decisionSession, mode], { encoding: 'utf8', maxBuffer: 1 << 20 });
      let run = spawnReport();
      // On a shared machine another build may be rewriting dist/ at that moment: one retry.
      if (run.status !== 0 && /ENOENT|Cannot find module|is missing/.test(run.stderr)) {
        console.log(`${kind}: dist/ was being rebuilt (${run.stderr.split('\n').find((l) => /ENOENT|Cannot find|missing/.test(l))?.trim()}); retrying in 30 s`);
        await new Promise((resolve) => setTimeout(resolve, 30_000));
        run = spawnReport();
      }
      if (run.status !== 0) throw new Error(`${kind} failed: ${run.stderr}`);
      const r = JSON.parse(run.stdout);
      results[name] = { seconds: Number((r.ms / 1000).toFixed(2)), cpuSeconds: Number(r.cpuSeconds.toFixed(2)), peakRssMiB: Math.round(r.maxRssMiB), figure: r.figure, loadBefore: load, withinBudget: r.ms < BUDGET_MS };
      console.log(`${name.padEnd(9)} ${(r.ms / 1000).toFixed(1).padStart(6)} s wall, ${r.cpuSeconds.toFixed(1).padStart(6)} s CPU (all threads)   peak RSS ${String(Math.round(r.maxRssMiB)).padStart(5)} MiB   load ${load}   (${kind === 'activity' ? 'events' : kind === 'subject' ? 'subject events' : kind === 'decision' ? 'events proven' : kind === 'export' ? 'events in the verified bundle' : kind === 'ai-act' ? 'periods of use' : 'calls without results'}: ${fmtInt(r.figure)})`);
    }
    const out = { events: count, streams, loadAverage: { before: Number(loadBefore.toFixed(1)), after: Number(os.loadavg()[0].toFixed(1)) }, ledgerMiB: Math.round(ledgerBytes / 1024 / 1024), budgetSeconds: BUDGET_MS / 1000, node: process.version, cores: os.cpus().length, results };
    const one = results.activity;
    const two = results['activity (two-pass)'];
    if (one && two) {
      out.onePassVsTwoPass = { cpuRatio: Number((one.cpuSeconds / two.cpuSeconds).toFixed(2)), wallRatio: Number((one.seconds / two.seconds).toFixed(2)) };
      console.log(`activity, one pass / two passes: CPU ${out.onePassVsTwoPass.cpuRatio}, wall ${out.onePassVsTwoPass.wallRatio} (same run, same ledger)`);
    }
    writeResult('report', out);
    const slow = Object.entries(results).filter(([name, r]) => !r.withinBudget && !name.includes('two-pass'));
    console.log(slow.length === 0 ? `every report under ${BUDGET_MS / 1000} s` : `OVER BUDGET: ${slow.map(([k]) => k).join(', ')}`);
    if (slow.length > 0) process.exitCode = 1;
  } finally {
    if (!keep) fs.rmSync(root, { recursive: true, force: true });
  }
}

await main();
