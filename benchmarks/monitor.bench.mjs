// The monitor's two promises (issue 17), measured:
//  1. rule evaluation: the default rule set over a generated normal workload (three agents,
//     business hours, chained streams), events per second, wall and per CPU second
//     (target >= 50,000/s wall);
//  2. live latency: `agent-audit watch <folder> --alert webhook:…` running; an event is recorded,
//     `flush()` resolves (it is durable), and the clock runs until the webhook receives its alert
//     (target p99 < 1 s);
//  3. the same over NATS, when a JetStream server answers on --nats (default nats://127.0.0.1:4222):
//     `agent-audit watch nats://… --alert webhook:…`, an event published by `natsSink` (its
//     `write()` resolves once JetStream has stored it), the clock runs until the webhook.
//
//   node benchmarks/monitor.bench.mjs [--days=20] [--runs=5] [--alerts=100] [--nats=nats://127.0.0.1:4222]
//
// Part of the suite (`pnpm bench`, benchmarks/run.mjs step `monitor`). Needs the built packages
// (pnpm build). Writes benchmarks/results/monitor.json.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import net from 'node:net';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { arg, fmtInt, loadDist, repoRoot, summarize, writeResult } from './lib/common.mjs';

/** Sends `alerts` triggers through `record` (resolves once the event is stored) and times each until `waiting` sees its alert. */
async function timeAlerts(alerts, waiting, record, prefix = '') {
  const latencies = [];
  // A first trigger tells us the watcher is up (not measured).
  for (let i = -1; i < alerts; i++) {
    const session = `${prefix}trigger-${i}`;
    const received = new Promise((resolve) => waiting.set(session, resolve));
    await record(session);
    const stored = performance.now();
    const at = await received;
    if (i >= 0) latencies.push(at - stored);
    // Spread the triggers over the polling cycle.
    await new Promise((resolve) => setTimeout(resolve, 37 + (i % 7) * 23));
  }
  return latencies;
}

function reachable(url) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 4222) });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export async function runMonitor({ days = arg('days', 20), runs = arg('runs', 5), alerts = arg('alerts', 100), interval = arg('interval', 200), nats = arg('nats', 'nats://127.0.0.1:4222'), quiet = false } = {}) {
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
  let latencies;
  try {
    latencies = await timeAlerts(alerts, waiting, async (session) => {
      auditor.record({ type: 'bench.trigger', session });
      await auditor.flush();
    });
  } finally {
    child.kill('SIGTERM');
    await auditor.close();
  }
  const latency = summarize(latencies, 1);
  log(`live latency flush() -> webhook over ${latencies.length} alerts: median ${latency.median} ms, p99 ${latency.p99} ms, max ${latency.max} ms (watch --interval ${interval} ms)`);

  // 3. Over NATS JetStream (skipped, and said so, when no server answers).
  let natsLatency;
  if (await reachable(nats)) {
    const natsPackage = await loadDist('nats');
    const stream = `AABENCH_MONITOR_${process.pid}`;
    const subjectPrefix = `aabench.monitor.${process.pid}`;
    const sink = natsPackage.natsSink({ servers: nats, stream, subjectPrefix, createStream: { replicas: 1 } });
    // The JetStream stream must exist before the watcher starts: a checkpoint message creates it (the watcher skips those).
    await sink.writeCheckpoints([{ stream: 'bench-nats', size: 1, root: '0'.repeat(64), ts: new Date().toISOString(), note: 'bench' }]);
    const watcher = spawn(process.execPath, [path.join(repoRoot, 'packages/cli/dist/bin.js'), 'watch', nats, '--nats-stream', stream, '--nats-subject-prefix', subjectPrefix, '--rules', rulesFile, '--no-record', '--interval', String(interval), '--alert', `webhook:${url}`], {
      env: { ...process.env, AGENT_AUDIT_HOME: root },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const memory = (await loadDist('core', 'test.js')).memoryLedger();
    const natsAuditor = core.createAuditor({ agent: { id: 'bench-bot' }, stream: 'bench-nats', sink: memory });
    let shipped = 0;
    try {
      const natsLatencies = await timeAlerts(alerts, waiting, async (session) => {
        natsAuditor.record({ type: 'bench.trigger', session });
        await natsAuditor.flush();
        const events = memory.events('bench-nats');
        await sink.write(events.slice(shipped));
        shipped = events.length;
      }, 'nats-');
      natsLatency = summarize(natsLatencies, 1);
      log(`live latency over NATS, natsSink write() acknowledged -> webhook over ${natsLatencies.length} alerts: median ${natsLatency.median} ms, p99 ${natsLatency.p99} ms, max ${natsLatency.max} ms`);
    } finally {
      watcher.kill('SIGTERM');
      await natsAuditor.close();
      await sink.close();
      const fromNats = createRequire(path.join(repoRoot, 'packages', 'nats', 'package.json'));
      const { connect } = await import(pathToFileURL(fromNats.resolve('@nats-io/transport-node')).href);
      const { jetstreamManager } = await import(pathToFileURL(fromNats.resolve('@nats-io/jetstream')).href);
      const nc = await connect({ servers: nats });
      await (await jetstreamManager(nc)).streams.delete(stream).catch(() => undefined);
      await nc.close();
    }
  } else {
    log(`live latency over NATS: skipped, no server answers on ${nats}`);
  }
  server.close();
  fs.rmSync(root, { recursive: true, force: true });
  const load = os.loadavg().map((x) => Number(x.toFixed(1)));
  log(`load average ${load.join(' ')}`);
  return {
    throughput,
    latencyMs: latency,
    latencyAlerts: latencies.length,
    ...(natsLatency ? { natsLatencyMs: natsLatency } : { natsLatencySkipped: `no NATS server on ${nats}` }),
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
