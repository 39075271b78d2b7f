// The benchmark suite: `pnpm bench` (builds first) or `node benchmarks/run.mjs` on a build.
//
//   node benchmarks/run.mjs [--only=record,durability,verify,adapters,memory,monitor,retention,delivery] [--quick] [--reuse [--reuse-dir=DIR]]
//
// Runs each comparison (contenders interleaved in one run on the same events), writes
// machine-readable results to benchmarks/results/*.json, checks the targets of issues 8 and 17,
// profiles the pipeline when a pipeline target is missed, and regenerates docs/benchmarks.md.
// --quick shrinks every benchmark (for a smoke run; its numbers are not the published ones).
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { arg, fmt, fmtInt, machineInfo, repoRoot, writeResult } from './lib/common.mjs';
import { aiSdkAdapter, langchainAdapter, mcpProxyAdapter } from './lib/adapters.mjs';
import { profilePipeline } from './lib/profile.mjs';
import { pipelineTargets, readPrevious } from './lib/pipeline-report.mjs';
import { renderMarkdown } from './lib/report.mjs';
import { runDeliveryFleet } from './lib/delivery-fleet.mjs';
import { runDurability } from './durability.bench.mjs';
import { runMemory } from './memory.bench.mjs';
import { runMonitor } from './monitor.bench.mjs';
import { runRecordPath } from './record-path.bench.mjs';
import { runRetention } from './retention.bench.mjs';
import { runVerify } from './verify.bench.mjs';

const quick = process.argv.includes('--quick');
// --render: runs nothing; renders docs/benchmarks.md again from benchmarks/results/ (the last
// run's files and its summary.json), e.g. after the hand-written analysis changed.
const renderOnly = process.argv.includes('--render');
const lastSummary = renderOnly ? JSON.parse(fs.readFileSync(path.join(repoRoot, 'benchmarks', 'results', 'summary.json'), 'utf8')) : undefined;
const STEPS = ['record', 'durability', 'verify', 'adapters', 'memory', 'monitor', 'retention', 'delivery'];
const only = renderOnly ? new Set() : new Set(arg('only', STEPS.join(',')).split(','));
const started = performance.now();
const machineBefore = machineInfo();
const results = {};
const timings = {};
// The previous run's pipeline figures, before this run overwrites benchmarks/results/ ("before").
// A step that is not run keeps the "before" of the run that measured it (its results are reused).
const summaryFile = path.join(repoRoot, 'benchmarks', 'results', 'summary.json');
const earlierPrevious = renderOnly ? lastSummary.previous : fs.existsSync(summaryFile) ? JSON.parse(fs.readFileSync(summaryFile, 'utf8')).previous : undefined;
const previous = renderOnly
  ? lastSummary.previous
  : Object.fromEntries(Object.entries(readPrevious()).map(([step, figures]) => [step, only.has(step) ? figures : earlierPrevious?.[step]]));

async function step(name, fn) {
  if (!only.has(name)) return;
  const t0 = performance.now();
  console.log(`\n== ${name} ==`);
  try {
    results[name] = await fn();
  } catch (error) {
    console.error(`${name} failed: ${error.stack ?? error}`);
    results[name] = { failed: String(error.message ?? error) };
    process.exitCode = 1;
  }
  timings[name] = Math.round((performance.now() - started - (t0 - started)) / 1000);
  writeResult(name === 'record' ? 'record-path' : name, results[name]);
}

// --reuse: steps left out by --only are read from benchmarks/results/ (an earlier run), so the
// document can be regenerated after re-running part of the suite; it names those sections.
// --reuse-dir reads them from another folder (e.g. the committed results, `git show HEAD:…`).
const reuseDir = path.resolve(arg('reuse-dir', path.join(repoRoot, 'benchmarks', 'results')));
const reused = [];
if (process.argv.includes('--reuse') || renderOnly) {
  for (const [step, file] of [['record', 'record-path'], ['durability', 'durability'], ['verify', 'verify'], ['adapters', 'adapters'], ['memory', 'memory'], ['monitor', 'monitor'], ['retention', 'retention'], ['delivery', 'delivery']]) {
    if (only.has(step)) continue;
    const full = path.join(reuseDir, `${file}.json`);
    if (!fs.existsSync(full)) continue;
    results[step] = JSON.parse(fs.readFileSync(full, 'utf8'));
    reused.push({ step, date: results[step].date });
  }
}

// Verify before/after (issue 12: linear in line length) is its own run against an older
// checkout (`node benchmarks/verify.bench.mjs --before=DIR --line-mb=192`); its last result is shown.
{
  const full = path.join(repoRoot, 'benchmarks', 'results', 'verify-before-after.json');
  if (fs.existsSync(full)) results.verifyBeforeAfter = JSON.parse(fs.readFileSync(full, 'utf8'));
}
// A conversation's redaction before and after the cache of recurring texts (issue 19) is its own
// run against an older build (`node benchmarks/conversation.bench.mjs` with AGENT_AUDIT_CORE_BEFORE); its last result is shown.
{
  const full = path.join(repoRoot, 'benchmarks', 'results', 'conversation-before-after.json');
  if (fs.existsSync(full)) results.conversationBeforeAfter = JSON.parse(fs.readFileSync(full, 'utf8'));
}

await step('record', () => runRecordPath(quick ? { rounds: 3, events: 5000, delayEvents: 10000 } : {}));
await step('durability', () => runDurability(quick ? { rounds: 2, sequential: 50, events: 5000 } : {}));
await step('verify', () => runVerify(quick ? { rounds: 2, events: 10000 } : {}));
await step('adapters', async () => {
  const out = {
    langchain: await langchainAdapter(quick ? 15 : arg('langchainRounds', 60)),
    aiSdk: await aiSdkAdapter(quick ? 30 : arg('aiSdkIterations', 150)),
    mcpProxy: await mcpProxyAdapter(quick ? 100 : arg('mcpRounds', 500), quick ? 200 : 1000),
  };
  for (const [name, r] of Object.entries(out)) console.log(`-- ${name} (${r.command}) exit ${r.exitCode}\n${r.raw}`);
  return out;
});
// --memoryEvents shortens the memory step alone (its default is issue 19's 1M events).
await step('memory', () => runMemory(quick ? { events: 50000 } : { events: arg('memoryEvents', 1_000_000) }));
await step('monitor', () => runMonitor(quick ? { days: 2, runs: 2, alerts: 10 } : {}));
// Retention plan/apply over a 1M-event ledger (issue 18): time, CPU time and peak RSS per phase.
await step('retention', () => runRetention(quick ? { events: 50000, segmentMiB: 1 } : {}));
// Fleet delivery (issue 19): agents -> NATS -> collectors on one durable -> PostgreSQL; needs both services.
await step('delivery', () => runDeliveryFleet(quick ? { events: 10000, agents: 50 } : {}));

// Targets of issue 8 §2, as measured ratios.
const targets = [];
const rec = results.record;
if (rec?.ratios) {
  targets.push({
    id: 'cost-vs-pino',
    target: 'per-event cost <= 2x pino (with redaction, chaining, fsync group commit)',
    measured: `${rec.ratios.costVsPino}x end-to-end wall time per event (${fmt(rec.contenders['agent-audit'].costUsPerEvent, 1)} vs ${fmt(rec.contenders.pino.costUsPerEvent, 1)} µs); caller side ${rec.ratios.callerMedianVsPino}x median, ${rec.ratios.callerP99VsPino}x p99; CPU ${rec.ratios.cpuVsPino}x`,
    ratio: rec.ratios.costVsPino,
    met: rec.ratios.costVsPino <= 2,
    callerSideMet: rec.ratios.callerMedianVsPino <= 2,
  });
}
const dur = results.durability;
if (dur?.burst) {
  const eps = dur.burst.durableEventsPerSecond.median;
  targets.push({ id: 'durable-throughput', target: '>= 100,000 durable events/s on one core, ~1 KB events', measured: `${fmtInt(eps)} durable events/s (burst record() + flush(), one JS thread)`, ratio: Number((eps / 100000).toFixed(3)), met: eps >= 100000 });
}
const ver = results.verify;
if (ver?.ratio !== undefined) {
  targets.push({ id: 'verify-vs-sha256', target: 'verify >= 0.7x raw SHA-256 throughput', measured: `${ver.ratio}x (${fmtInt(ver.verifyEventsPerSecond.median)} vs ${fmtInt(ver.rawSha256LinesPerSecond.median)} per s)`, ratio: ver.ratio, met: ver.ratio >= 0.7 });
}
const ad = results.adapters;
if (ad?.mcpProxy?.variants?.proxy) {
  const added = ad.mcpProxy.variants.proxy.addedP99Us;
  targets.push({ id: 'mcp-proxy-p99', target: 'MCP proxy adds <= 1 ms p99 per call (loopback stdio)', measured: `+${fmtInt(added)} µs p99 (+${fmtInt(ad.mcpProxy.variants.proxy.addedMedianUs)} µs median)`, ratio: Number((added / 1000).toFixed(3)), met: added <= 1000 });
}
if (ad?.langchain?.variants?.handler) {
  const pct = ad.langchain.variants.handler.addedPercent;
  targets.push({ id: 'langchain-added', target: 'LangChain handler adds <= 5% to a scripted-model agent loop', measured: `${pct >= 0 ? '+' : ''}${pct}% median (${ad.langchain.variants.handler.addedMs} ms per invocation)`, ratio: Number((pct / 5).toFixed(3)), met: pct <= 5 });
}
if (ad?.aiSdk?.cases) {
  for (const [name, c] of Object.entries(ad.aiSdk.cases)) {
    targets.push({ id: `ai-sdk-${name.split(' ')[0]}`, target: `AI SDK middleware + integration adds <= 5% (${name})`, measured: `${c.addedPercent >= 0 ? '+' : ''}${c.addedPercent}% median (${c.addedMs} ms per call)`, ratio: Number((c.addedPercent / 5).toFixed(3)), met: c.addedPercent <= 5 });
  }
}

// Targets of issue 17 (the monitor): rule evaluation and live alert latency.
const mon = results.monitor;
if (mon?.throughput) {
  const eps = mon.throughput.eventsPerSecond.median;
  targets.push({ id: 'monitor-rules', target: 'monitor rule evaluation >= 50,000 events/s (8 default rules)', measured: `${fmtInt(eps)} events/s wall median over ${mon.throughput.runs} runs of ${fmtInt(mon.throughput.events)} events (min ${fmtInt(mon.throughput.eventsPerSecond.min)}); ${fmtInt(mon.throughput.eventsPerCpuSecond.median)} per CPU second`, ratio: Number((eps / 50000).toFixed(3)), met: eps >= 50000 });
}
if (mon?.latencyMs) {
  const p99 = mon.latencyMs.p99;
  targets.push({ id: 'monitor-latency', target: 'monitor live latency, flush() to webhook, p99 < 1 s', measured: `p99 ${fmt(p99, 1)} ms, median ${fmt(mon.latencyMs.median, 1)} ms over ${mon.latencyMs.n} alerts (watch --interval ${mon.watchIntervalMs ?? 200} ms)`, ratio: Number((p99 / 1000).toFixed(3)), met: p99 < 1000 });
}

const fleet = results.delivery;
if (fleet?.endToEndEventsPerSecond !== undefined) {
  const eps = fleet.endToEndEventsPerSecond;
  targets.push({ id: 'fleet-19', target: 'fleet: >= 15,000 events/s end to end, agents -> NATS -> collectors on one durable -> PostgreSQL', measured: `${fmtInt(eps)} events/s wall with ${fleet.collectors} collectors (${fmtInt(fleet.events)} events, ${fleet.agents} agents, load ${fleet.loadAverage.before[0]}); ${fleet.cpuMicrosecondsPerEvent} µs CPU per event in all processes, ${fmtInt(fleet.capacityEventsPerSecondOnAllCores)} events/s if the ${fleet.cpus} cores were ours`, ratio: Number((eps / 15000).toFixed(3)), met: eps >= 15000 });
}

// Issue 19's pipeline targets (and issue 11's record-path floor).
targets.push(...pipelineTargets(results));

let profile;
const pipelineTargetIds = ['cost-vs-pino', 'durable-throughput', 'record-vs-pino-19', 'loop-delay-19', 'durable-30k-19', 'rss-19'];
if (!quick && (only.has('record') || only.has('durability')) && targets.some((t) => pipelineTargetIds.includes(t.id) && !t.met)) {
  console.log('\n== profile (a pipeline target was missed) ==');
  profile = await profilePipeline(arg('profileEvents', 20000));
  for (const t of profile.threads ?? [{ thread: 'main', self: profile.self }]) {
    console.log(`-- ${t.thread}`);
    for (const row of t.self.slice(0, 12)) console.log(`${String(row.ms).padStart(7)} ms ${fmt(row.percent).padStart(5)}%  ${row.fn.slice(0, 140)}`);
  }
}

if (!profile && reused.length > 0) {
  const previous = path.join(repoRoot, 'benchmarks', 'results', 'summary.json');
  if (fs.existsSync(previous)) profile = JSON.parse(fs.readFileSync(previous, 'utf8')).profile;
}

const totalSeconds = Math.round((performance.now() - started) / 1000);
const summary = renderOnly
  ? { ...lastSummary, targets, previous, profile: lastSummary.profile }
  : {
      command: `node benchmarks/run.mjs ${process.argv.slice(2).join(' ')}`.trim(),
      quick,
      machine: machineBefore,
      loadAverageAfter: machineInfo().loadAverage,
      seconds: totalSeconds,
      stepSeconds: timings,
      targets,
      reused,
      previous,
      profile,
    };
writeResult('summary', summary);
console.log('\n== targets ==');
for (const t of targets) console.log(`${t.met ? 'MET   ' : 'MISSED'} ${t.target}: ${t.measured}`);
if (renderOnly || (!quick && STEPS.every((s) => only.has(s) || reused.some((r) => r.step === s)))) {
  const doc = path.join(repoRoot, 'docs', 'benchmarks.md');
  fs.writeFileSync(doc, renderMarkdown({ summary, results }));
  console.log(`\nwrote ${path.relative(repoRoot, doc)} (${totalSeconds} s)`);
} else {
  console.log(`\n(docs/benchmarks.md is only regenerated by a full run without --quick/--only; ${totalSeconds} s)`);
}
