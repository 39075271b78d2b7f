// Durability: time from record() to fdatasync'd, and durable events per second.
//
//   pnpm build && node benchmarks/durability.bench.mjs [--rounds=5] [--sequential=300] [--inFlight=64] [--events=20000]
//
// agent-audit's default pipeline (default redactor, chain, file ledger with group commit).
// Three measurements, interleaved round by round so noise hits them alike:
//   - sequential: one recordDurable() at a time (an idle agent's latency: one group commit
//     per event);
//   - concurrent: `inFlight` producers each awaiting recordDurable() in a loop (a busy
//     fail-closed host: many events share each fdatasync);
//   - burst: `events` record() calls, then flush(): durable events/s when the caller does not
//     wait (the fail-open default), i.e. the pipeline's throughput in one process;
//   - burst (host thread): the same with `redactionWorker: false`, the pipeline as it was before
//     issue 19 (everything on the host's thread), as "before" in the same run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { arg, fmt, fmtInt, makeEvents, median, replayed, summarize, writeResult } from './lib/common.mjs';
import { agentAuditContender } from './lib/contenders.mjs';

export async function runDurability({ rounds = arg('rounds', 5), sequential = arg('sequential', 300), inFlight = arg('inFlight', 64), events: burst = arg('events', 20000), quiet = false } = {}) {
  const log = quiet ? () => {} : (...a) => console.log(...a);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'agent-audit-durability-bench-'));
  try {
    const base = makeEvents(Math.max(burst, sequential, inFlight * 50));
    // Each phase run records the events with new texts (replayed, made before the phase starts):
    // the redactor caches texts that recur, and no phase should measure that cache.
    let events = base;
    const c = await agentAuditContender(root);
    const hostThread = await agentAuditContender(path.join(root, 'host-thread'), { redactionWorker: false });
    const { auditor } = c;
    const seqLatency = [];
    const concLatency = [];
    const concRate = [];
    const burstRate = [];
    const burstHostRate = [];
    const warmup = 1;
    const phases = {
      async sequential(keep) {
        for (let i = 0; i < sequential; i++) {
          const t0 = performance.now();
          await auditor.recordDurable(events[i]);
          if (keep) seqLatency.push(performance.now() - t0);
        }
      },
      async concurrent(keep) {
        const perProducer = 50;
        const t0 = performance.now();
        await Promise.all(Array.from({ length: inFlight }, async (_, p) => {
          for (let k = 0; k < perProducer; k++) {
            const s = performance.now();
            await auditor.recordDurable(events[p * perProducer + k]);
            if (keep) concLatency.push(performance.now() - s);
          }
        }));
        if (keep) concRate.push((inFlight * perProducer) / ((performance.now() - t0) / 1000));
      },
      async burst(keep) {
        const t0 = performance.now();
        for (let i = 0; i < burst; i++) auditor.record(events[i]);
        await auditor.flush();
        if (keep) burstRate.push(burst / ((performance.now() - t0) / 1000));
      },
      async burstHostThread(keep) {
        const t0 = performance.now();
        for (let i = 0; i < burst; i++) hostThread.auditor.record(events[i]);
        await hostThread.auditor.flush();
        if (keep) burstHostRate.push(burst / ((performance.now() - t0) / 1000));
      },
    };
    const order = Object.keys(phases);
    for (let round = 0; round < warmup + rounds; round++) {
      for (let k = 0; k < order.length; k++) {
        const cycle = round * order.length + k;
        events = base.map((event) => replayed(event, cycle));
        await phases[order[(round + k) % order.length]](round >= warmup);
      }
    }
    await c.close();
    await hostThread.close();
    const { verifyLedger } = await import('./lib/common.mjs').then((m) => m.loadDist('core'));
    const verified = await verifyLedger(c.ledgerDir);
    const out = {
      rounds,
      sequential: { latencyMs: summarize(seqLatency) },
      concurrent: { inFlight, latencyMs: summarize(concLatency), durableEventsPerSecond: summarize(concRate, 0) },
      burst: { events: burst, durableEventsPerSecond: summarize(burstRate, 0) },
      burstHostThread: { events: burst, durableEventsPerSecond: summarize(burstHostRate, 0) },
      loadAverage: os.loadavg(),
      errors: c.errors.length + hostThread.errors.length,
      ledgerVerified: verified.ok,
      ledgerEvents: verified.events,
    };
    log(`durability (record -> fdatasync'd), ${rounds} rounds interleaved, node ${process.version}`);
    log(`sequential recordDurable:        median ${fmt(out.sequential.latencyMs.median, 3)} ms  p99 ${fmt(out.sequential.latencyMs.p99, 3)} ms  (${seqLatency.length} events)`);
    log(`${inFlight} in flight recordDurable:      median ${fmt(out.concurrent.latencyMs.median, 3)} ms  p99 ${fmt(out.concurrent.latencyMs.p99, 3)} ms  ${fmtInt(median(concRate))} durable events/s`);
    log(`burst record() + flush():        ${fmtInt(median(burstRate))} durable events/s (median of ${rounds} rounds of ${fmtInt(burst)})`);
    log(`the same, host thread (before):  ${fmtInt(median(burstHostRate))} durable events/s`);
    log(`ledger ${verified.ok ? 'verifies' : 'FAILS'} (${fmtInt(verified.events)} events); errors: ${c.errors.length}`);
    return out;
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = await runDurability();
  console.log(`results: ${writeResult('durability', out)}`);
}
