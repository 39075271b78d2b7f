// Issue 19 (and the record-path floor of issue 11): the pipeline's targets, and the before/after
// section of docs/benchmarks.md. "Before" is twice over: the host-thread pipeline measured in the
// same run (`redactionWorker: false`, the pipeline as it was), and the previous published run
// (benchmarks/results/*.json as they were when this run started).
import fs from 'node:fs';
import path from 'node:path';
import { fmt, fmtInt, repoRoot } from './common.mjs';

const table = (head, rows) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

/** The figures of the previous run, read before this run overwrites benchmarks/results/. */
export function readPrevious() {
  const read = (name) => {
    try {
      return JSON.parse(fs.readFileSync(path.join(repoRoot, 'benchmarks', 'results', `${name}.json`), 'utf8'));
    } catch {
      return undefined;
    }
  };
  const record = read('record-path');
  const durability = read('durability');
  const memory = read('memory');
  const rss = (name) => memory?.contenders?.[name]?.maxRssMiB;
  return {
    record: record?.ratios ? { date: record.date, costVsPino: record.ratios.costVsPino, cpuVsPino: record.ratios.cpuVsPino, loopP99Ms: record.hostDelay?.['agent-audit']?.p99Ms } : undefined,
    durability: durability?.burst ? { date: durability.date, eventsPerSecond: durability.burst.durableEventsPerSecond.median } : undefined,
    memory: rss('agent-audit') && rss('pino') ? { date: memory.date, events: memory.events, rssVsPino: Number((rss('agent-audit') / rss('pino')).toFixed(2)) } : undefined,
  };
}

/** Issue 19's targets (and issue 11's floor) as measured in this run. */
export function pipelineTargets(results) {
  const targets = [];
  const rec = results.record;
  if (rec?.ratios) {
    const r = rec.ratios.costVsPino;
    const before = rec.hostThreadRatios?.costVsPino;
    targets.push({ id: 'record-vs-pino-19', target: 'record path <= 2.5x pino per event end to end, full default pipeline (issue 19)', measured: `${r}x (CPU ${rec.ratios.cpuVsPino}x); host-thread pipeline in the same run: ${before ?? '-'}x`, ratio: Number((r / 2.5).toFixed(3)), met: r <= 2.5 });
    targets.push({ id: 'record-floor-11', target: 'record path not worse than 7.7x pino (issue 11 floor)', measured: `${r}x`, ratio: Number((r / 7.7).toFixed(3)), met: r <= 7.7 });
  }
  const delay = rec?.hostDelay?.['agent-audit'];
  if (delay) {
    const idle = rec.hostDelay['idle (no events)'];
    targets.push({ id: 'loop-delay-19', target: `host event-loop delay p99 <= 10 ms while ${fmtInt(rec.delayEvents ?? delay.events)} events are recorded (issue 19)`, measured: `${fmt(delay.p99Ms, 2)} ms p99 (host-thread pipeline ${fmt(rec.hostDelay['agent-audit (host thread)']?.p99Ms, 2)} ms, pino ${fmt(rec.hostDelay.pino?.p99Ms, 2)} ms, no events ${fmt(idle?.p99Ms, 2)} ms)`, ratio: Number((delay.p99Ms / 10).toFixed(3)), met: delay.p99Ms <= 10 });
  }
  const dur = results.durability;
  if (dur?.burst) {
    const eps = dur.burst.durableEventsPerSecond.median;
    targets.push({ id: 'durable-30k-19', target: '>= 30,000 durable events/s in one process (issue 19)', measured: `${fmtInt(eps)} durable events/s (burst record() + flush()); host-thread pipeline ${fmtInt(dur.burstHostThread?.durableEventsPerSecond?.median)}`, ratio: Number((eps / 30000).toFixed(3)), met: eps >= 30000 });
  }
  const mem = results.memory?.contenders;
  if (mem?.['agent-audit']?.maxRssMiB && mem?.pino?.maxRssMiB) {
    const ratio = Number((mem['agent-audit'].maxRssMiB / mem.pino.maxRssMiB).toFixed(2));
    targets.push({ id: 'rss-19', target: `peak RSS over ${fmtInt(results.memory.events)} events <= 1.2x pino's (issue 19: over 1M)`, measured: `${ratio}x (${fmt(mem['agent-audit'].maxRssMiB)} vs ${fmt(mem.pino.maxRssMiB)} MiB)`, ratio: Number((ratio / 1.2).toFixed(3)), met: ratio <= 1.2 });
  }
  return targets;
}

/** The before/after section. */
export function renderPipeline({ summary, results }) {
  const out = [];
  const rec = results.record;
  const dur = results.durability;
  const mem = results.memory?.contenders;
  const prev = summary.previous ?? {};
  out.push('## Issue 19: the pipeline before and after the sealing pool');
  out.push('');
  out.push('Since issue 19, every event is redacted, classified and put in RFC 8785 form in a pool of worker threads (2 by default; the events of one session always in the same thread, in order); the host\'s thread snapshots at `record()`, chains and hashes (SHA-256) and writes the lines (group-commit fdatasync). "Before, this run" is the same auditor with `redactionWorker: false` (the pipeline as it was: all of it on the host\'s thread), measured interleaved with the worker pipeline on the same events; "before, previous run" is the last published run (its date in brackets).');
  out.push('');
  const rows = [];
  if (rec?.ratios) {
    rows.push(['Record path: µs per event end to end / pino', prev.record ? `${prev.record.costVsPino}x (${prev.record.date?.slice(0, 10)})` : '-', `${rec.hostThreadRatios?.costVsPino ?? '-'}x`, `**${rec.ratios.costVsPino}x**`, '<= 2.5x (issue 11 floor: <= 7.7x)']);
    rows.push(['Record path: CPU per event / pino', prev.record ? `${prev.record.cpuVsPino}x` : '-', `${rec.hostThreadRatios?.cpuVsPino ?? '-'}x`, `${rec.ratios.cpuVsPino}x`, '-']);
  }
  if (rec?.hostDelay?.['agent-audit']) {
    rows.push([`Host event-loop delay p99 while ${fmtInt(rec.delayEvents ?? rec.hostDelay['agent-audit'].events)} events are recorded`, prev.record?.loopP99Ms !== undefined ? `${fmt(prev.record.loopP99Ms, 2)} ms` : 'not measured', `${fmt(rec.hostDelay['agent-audit (host thread)']?.p99Ms, 2)} ms`, `**${fmt(rec.hostDelay['agent-audit'].p99Ms, 2)} ms**`, '<= 10 ms']);
  }
  if (dur?.burst) {
    rows.push(['Durable events/s, one process (burst, then flush)', prev.durability ? `${fmtInt(prev.durability.eventsPerSecond)} (${prev.durability.date?.slice(0, 10)})` : '-', fmtInt(dur.burstHostThread?.durableEventsPerSecond?.median), `**${fmtInt(dur.burst.durableEventsPerSecond.median)}**`, '>= 30,000']);
  }
  if (mem?.['agent-audit']?.maxRssMiB && mem?.pino?.maxRssMiB) {
    const host = mem['agent-audit-host']?.maxRssMiB;
    rows.push([`Peak RSS / pino over ${fmtInt(results.memory.events)} events`, prev.memory ? `${prev.memory.rssVsPino}x (${fmtInt(prev.memory.events)} events, ${prev.memory.date?.slice(0, 10)})` : '-', host ? `${fmt(host / mem.pino.maxRssMiB, 2)}x` : '-', `**${fmt(mem['agent-audit'].maxRssMiB / mem.pino.maxRssMiB, 2)}x**`, '<= 1.2x over 1M events']);
  }
  out.push(table(['Measure', 'Before, previous run', 'Before, this run (host thread)', 'After, this run (sealing pool)', 'Target'], rows));
  out.push('');
  if (rec?.hostDelay) {
    out.push(`Event-loop delay (\`monitorEventLoopDelay\`, 1 ms resolution) while events are recorded in bursts of 100 per macrotask until \`flush()\` resolves (pino: until written); "idle" runs the same macrotasks for as long with nothing recorded, i.e. the machine's own noise:`);
    out.push('');
    out.push(table(['Recording', 'p50 ms', 'p99 ms', 'max ms', 'Wall s', 'Process CPU s'], Object.entries(rec.hostDelay).map(([name, d]) => [name, fmt(d.p50Ms, 2), fmt(d.p99Ms, 2), fmt(d.maxMs, 1), fmt(d.seconds, 2), fmt(d.cpuSeconds, 2)])));
    out.push('');
    if (rec.sealedInWorker !== undefined) out.push(`Of the worker pipeline's ${fmtInt(rec.ledgerEvents)} events in this run, ${fmtInt(rec.sealedInWorker)} were sealed in the worker (the rest on the host's thread while the worker started).`);
    out.push('');
  }
  return out.join('\n');
}

/** The profile, one table pair per thread. */
export function renderProfileThreads(p) {
  const out = [];
  for (const t of p.threads) {
    out.push(`### ${t.thread}: ${fmtInt(t.busyMs)} ms in the functions below and others (${fmtInt(t.totalMs)} ms sampled, idle included)`);
    out.push('');
    out.push(table(['Function (self time)', 'Self ms', 'Share'], t.self.map((r) => [`\`${r.fn.slice(0, 160)}\``, fmtInt(r.ms), `${fmt(r.percent)}%`])));
    out.push('');
    out.push(table(['Function (inclusive time)', 'Inclusive ms', 'Share'], t.inclusive.map((r) => [`\`${r.fn.slice(0, 160)}\``, fmtInt(r.ms), `${fmt(r.percent)}%`])));
    out.push('');
  }
  return out.join('\n');
}
