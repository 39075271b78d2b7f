// The monitor's two promises (issue 17), measured:
//  1. rule evaluation: the default rule set over a generated normal workload (three agents,
//     business hours, chained streams), events per second, wall and per CPU second
//     (target >= 50,000/s wall);
//  2. live latency: `agent-audit watch <folder> --alert webhook:…` running; an event is recorded,
//     `flush()` resolves (it is durable), and the clock runs until the webhook receives its alert
//     (target p99 < 1 s).
//
//   node benchmarks/monitor.bench.mjs [--days=20] [--runs=5] [--alerts=100]
//
// Part of the suite (`pnpm bench`, benchmarks/run.mjs step `monitor`). Needs the built packages
// (pnpm build). Writes benchmarks/results/monitor.json.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { arg, fmtInt, loadDist, repoRoot, summarize, writeResult } from './lib/common.mjs';

export async function runMonitor({ days = arg('days', 20), runs = arg('runs', 5), alerts = arg('alerts', 100), interval = arg('interval', 200), quiet = false } = {}) {
  const log = (text) => quiet || console.log(text);
  const core = await loadDist('core');
  const testing = await loadDist('core', 'test.js');

  // 1. Throughput.
  const events = testing.normalWorkload({ days });
  const rates = [];
  const cpu = [];
  for (let run = 0; run < runs; run++) {
    let raised = 0;
    const monitor = core.createMonitor({ rules: core.DEFAULT_RULES, onAlert: () => void raised++ });
    const usage = process.cpuUsage();
    const start = performance.now();
    for (const event of events) monitor.push(event);
    const ms = performance.now() - start;
    const used = process.cpuUsage(usage);
    rates.push(events.length / (ms / 1000));
    cpu.push(events.length / ((used.user + used.system) / 1e6));
    if (raised !== 0) throw new Error(`the default rules raised ${raised} alert(s) on the normal workload`);
  }
  const throughput = { events: events.length, days, runs, rules: core.DEFAULT_RULES.length, eventsPerSecond: summarize(rates, 0), eventsPerCpuSecond: summarize(cpu, 0) };
  log(`rule evaluation: ${fmtInt(events.length)} events x ${core.DEFAULT_RULES.length} rules, median ${fmtInt(throughput.eventsPerSecond.median)} events/s wall (${fmtInt(throughput.eventsPerCpuSecond.median)}/s CPU), min ${fmtInt(throughput.eventsPerSecond.min)}`);

  // 2. Live latency: flush() -> webhook.
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-monitor-bench-'));
  const dir = path.join(root, 'ledger');
  const keyDir = path.join(root, 'keys');
  const rulesFile = path.join(root, 'rules.json');
  fs.writeFileSync(rulesFile, JSON.stringify({ rules: [{ id: 'every-trigger', kind: 'rate', match: { type: 'bench.trigger' }, by: 'session', count: 1, window: '1s', cooldown: '1ms' }] }));
  const auditor = core.createAuditor({ agent: { id: 'bench-bot' }, stream: 'bench', sink: core.fileLedger({ dir, keyDir }) });
  auditor.record({ type: 'run.start' });
  await auditor.flush();
  const waiting = new Map();
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const at = performance.now();
      res.writeHead(204).end();
      const alert = JSON.parse(body);
      waiting.get(alert.key.value)?.(at);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/alerts`;
  const child = spawn(process.execPath, [path.join(repoRoot, 'packages/cli/dist/bin.js'), 'watch', dir, '--rules', rulesFile, '--no-record', '--interval', String(interval), '--alert', `webhook:${url}`], {
    env: { ...process.env, AGENT_AUDIT_HOME: root },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const latencies = [];
  try {
    // A first trigger tells us the watcher is up (not measured).
    for (let i = -1; i < alerts; i++) {
      const session = `trigger-${i}`;
      const received = new Promise((resolve) => waiting.set(session, resolve));
      auditor.record({ type: 'bench.trigger', session });
      await auditor.flush();
      const durable = performance.now();
      const at = await received;
      if (i >= 0) latencies.push(at - durable);
      // Spread the triggers over the polling cycle.
      await new Promise((resolve) => setTimeout(resolve, 37 + (i % 7) * 23));
    }
  } finally {
    child.kill('SIGTERM');
    await auditor.close();
    server.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
  const latency = summarize(latencies, 1);
  log(`live latency flush() -> webhook over ${latencies.length} alerts: median ${latency.median} ms, p99 ${latency.p99} ms, max ${latency.max} ms (watch --interval ${interval} ms)`);
  const load = os.loadavg().map((x) => Number(x.toFixed(1)));
  log(`load average ${load.join(' ')}`);
  return {
    throughput,
    latencyMs: latency,
    latencyAlerts: latencies.length,
    watchIntervalMs: interval,
    targets: { eventsPerSecond: 50_000, latencyP99Ms: 1000 },
    met: { throughput: throughput.eventsPerSecond.median >= 50_000, latency: latency.p99 < 1000 },
    loadAverageAfter: load,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = writeResult('monitor', await runMonitor());
  console.log(`wrote ${path.relative(repoRoot, file)}`);
}
