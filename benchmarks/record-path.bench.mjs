// Record path: agent-audit's default pipeline against pino and the OpenTelemetry logs SDK.
//
//   pnpm build && node benchmarks/record-path.bench.mjs [--rounds=7] [--events=20000] [--delayEvents=100000]
//
// The same ~1 KB tool events (arguments + a result holding a name, email, phone, IBAN) go
// to three contenders, interleaved: every round runs each contender once on the same events,
// in a rotated order, so machine noise hits them alike. Each round (and the loop phase) records
// them with new texts (common.mjs replayed): the redactor caches texts that recur, and the
// same events recorded again would measure that cache, not the pipeline.
//   - agent-audit: createAuditor + fileLedger (redaction by the default redactor, JCS + SHA-256
//     chain, Merkle tree, group-commit fdatasync), measured until flush() resolves (durable);
//     redaction and classification run in the sealing pool's worker threads (issue 19);
//   - agent-audit (host thread): the same with `redactionWorker: false`, i.e. the pipeline as it
//     was before issue 19, all of it on the host's thread: the "before" of the same run;
//   - pino:        pino.destination({ sync: false }) to a file, until the stream has written
//                  everything (pino does no redaction here, no chain, no fsync);
//   - otel-logs:   LoggerProvider + BatchLogRecordProcessor + a JSON-lines file exporter, until
//                  forceFlush() resolves (no redaction, no chain, no fsync).
// Per round and contender: caller-side time of each record()/info()/emit() call (every call
// timed), end-to-end events/s (first call to done) and process CPU time per event.
// Reports medians over rounds (and p99 of all caller samples), ratios from this same run.
//
// Then the host's view (issue 19): the event-loop delay (`monitorEventLoopDelay`, 1 ms
// resolution) while `delayEvents` events are recorded, in bursts of 100 per macrotask (an agent
// recording fast, not one synchronous loop, which would block the loop by itself), until done.
// The same bursts with nothing recorded give the machine's own delay, for comparison.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { arg, fmt, fmtInt, makeEvents, median, quantile, replayed, rotate, summarize, writeResult } from './lib/common.mjs';
import { agentAuditContender, otelContender, pinoContender } from './lib/contenders.mjs';

/**
 * Event-loop delay while `total` events are recorded by `c` in bursts of `burst` per macrotask,
 * until done; without `c`, the same macrotasks with nothing recorded for `idleMs`.
 */
async function loopDelayWhileRecording(c, events, total, { burst = 100, idleMs = 0, firstCycle = 0 } = {}) {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  const cpu0 = process.cpuUsage();
  histogram.enable();
  // The histogram sees a block only from its first timer turn on: let it start first.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const t0 = performance.now();
  for (let done = 0; c ? done < total : performance.now() - t0 < idleMs; done += burst) {
    // Past the end of `events`, the same events with new texts (replayed): no text recurs.
    if (c) for (let i = 0; i < burst; i++) c.record(replayed(events[(done + i) % events.length], firstCycle + Math.floor((done + i) / events.length)));
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (c) await c.done();
  histogram.disable();
  const cpu = process.cpuUsage(cpu0);
  const ms = (ns) => Number((ns / 1e6).toFixed(2));
  return { events: c ? total : 0, seconds: Number(((performance.now() - t0) / 1000).toFixed(2)), cpuSeconds: Number(((cpu.user + cpu.system) / 1e6).toFixed(2)), p50Ms: ms(histogram.percentile(50)), p99Ms: ms(histogram.percentile(99)), maxMs: ms(histogram.max) };
}

export async function runRecordPath({ rounds = arg('rounds', 7), events: perRound = arg('events', 20000), delayEvents = arg('delayEvents', 100000), quiet = false } = {}) {
  const log = quiet ? () => {} : (...a) => console.log(...a);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'agent-audit-record-bench-'));
  try {
    const events = makeEvents(perRound);
    const bytes = events.reduce((n, e) => n + JSON.stringify(e).length, 0) / events.length;
    const contenders = [await agentAuditContender(path.join(root, 'aa')), await agentAuditContender(path.join(root, 'aa-host'), { redactionWorker: false }), await pinoContender(root), await otelContender(root)];
    const samples = new Map(contenders.map((c) => [c.name, { callerNs: [], eventsPerSecond: [], cpuUsPerEvent: [], callerMedianUs: [] }]));
    const warmup = 2;
    for (let round = 0; round < warmup + rounds; round++) {
      // Each round's events are new texts (replayed), the same for every contender of the round.
      const roundEvents = round === 0 ? events : events.map((event) => replayed(event, round));
      for (const c of rotate(contenders, round)) {
        // Let the previous contender's background work finish before this one starts.
        await new Promise((resolve) => setTimeout(resolve, 20));
        const times = new Float64Array(events.length);
        const cpu0 = process.cpuUsage();
        const t0 = performance.now();
        for (let i = 0; i < events.length; i++) {
          const s = process.hrtime.bigint();
          c.record(roundEvents[i]);
          times[i] = Number(process.hrtime.bigint() - s);
        }
        await c.done();
        const elapsed = performance.now() - t0;
        const cpu = process.cpuUsage(cpu0);
        if (round < warmup) continue;
        const s = samples.get(c.name);
        for (const t of times) s.callerNs.push(t);
        s.callerMedianUs.push(median(times) / 1000);
        s.eventsPerSecond.push(events.length / (elapsed / 1000));
        s.cpuUsPerEvent.push((cpu.user + cpu.system) / events.length);
      }
    }
    const result = {};
    for (const c of contenders) {
      const s = samples.get(c.name);
      result[c.name] = {
        callerUs: { median: Number((quantile(s.callerNs, 0.5) / 1000).toFixed(3)), p99: Number((quantile(s.callerNs, 0.99) / 1000).toFixed(3)) },
        eventsPerSecond: summarize(s.eventsPerSecond, 0),
        cpuUsPerEvent: summarize(s.cpuUsPerEvent, 2),
        costUsPerEvent: Number((1e6 / median(s.eventsPerSecond)).toFixed(2)),
        errors: c.errors.length,
        ...(c.dropped ? { dropped: c.dropped() } : {}),
      };
    }
    // The host's event loop while many events are recorded: idle bursts, then each pipeline and pino.
    const hostDelay = {};
    if (delayEvents > 0) {
      const [aaWorker, aaHost, pinoC] = contenders;
      for (const [name, c] of [['agent-audit', aaWorker], ['agent-audit (host thread)', aaHost], ['pino', pinoC], ['idle (no events)', undefined]]) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        // The idle run lasts as long as agent-audit's did: the machine's own delay over that time.
        hostDelay[name] = await loopDelayWhileRecording(c, events, delayEvents, { idleMs: (hostDelay['agent-audit']?.seconds ?? 1) * 1000, firstCycle: warmup + rounds });
      }
    }
    const aa = contenders[0];
    const { verifyLedger } = await import('./lib/common.mjs').then((m) => m.loadDist('core'));
    const sealedInWorker = aa.auditor.stats().sealedInWorker;
    const durableTotal = aa.auditor.stats().durable;
    await aa.close();
    const verified = await verifyLedger(aa.ledgerDir);
    for (const c of contenders.slice(1)) await c.close();
    const p = result.pino;
    const o = result['otel-logs'];
    const ratiosOf = (a) => ({
      callerMedianVsPino: Number((a.callerUs.median / p.callerUs.median).toFixed(2)),
      callerP99VsPino: Number((a.callerUs.p99 / p.callerUs.p99).toFixed(2)),
      costVsPino: Number((a.costUsPerEvent / p.costUsPerEvent).toFixed(2)),
      cpuVsPino: Number((a.cpuUsPerEvent.median / p.cpuUsPerEvent.median).toFixed(2)),
      costVsOtel: Number((a.costUsPerEvent / o.costUsPerEvent).toFixed(2)),
      callerMedianVsOtel: Number((a.callerUs.median / o.callerUs.median).toFixed(2)),
    });
    const ratios = ratiosOf(result['agent-audit']);
    const hostThreadRatios = ratiosOf(result['agent-audit (host thread)']);
    log(`record path: ${rounds} rounds (+${warmup} warm-up) x ${fmtInt(perRound)} events of ~${Math.round(bytes)} B input, ${contenders.length} contenders interleaved, node ${process.version}, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    log('contender                   caller µs median   p99     events/s (median)   µs/event end-to-end   CPU µs/event');
    for (const c of contenders) {
      const r = result[c.name];
      log(`${c.name.padEnd(27)} ${fmt(r.callerUs.median, 2).padStart(10)} ${fmt(r.callerUs.p99, 1).padStart(8)}   ${fmtInt(r.eventsPerSecond.median).padStart(12)}        ${fmt(r.costUsPerEvent, 2).padStart(8)}            ${fmt(r.cpuUsPerEvent.median, 2).padStart(8)}`);
    }
    log(`ratios agent-audit/pino: caller median ${ratios.callerMedianVsPino}x, caller p99 ${ratios.callerP99VsPino}x, end-to-end per event ${ratios.costVsPino}x, CPU per event ${ratios.cpuVsPino}x; vs otel end-to-end ${ratios.costVsOtel}x`);
    log(`before (host thread)/pino: end-to-end per event ${hostThreadRatios.costVsPino}x, CPU per event ${hostThreadRatios.cpuVsPino}x`);
    log(`agent-audit ledger: ${verified.ok ? 'verifies' : 'FAILS'} (${fmtInt(verified.events)} events, ${fmtInt(sealedInWorker)} of ${fmtInt(durableTotal)} sealed in the worker); errors: agent-audit ${result['agent-audit'].errors}, otel dropped ${o.dropped ?? 0}`);
    for (const [name, d] of Object.entries(hostDelay)) log(`event-loop delay while ${fmtInt(delayEvents)} events are recorded (bursts of 100): ${name.padEnd(26)} p50 ${fmt(d.p50Ms, 2)} ms  p99 ${fmt(d.p99Ms, 2)} ms  max ${fmt(d.maxMs, 1)} ms  (${d.seconds} s wall, ${d.cpuSeconds} s CPU)`);
    const out = { rounds, warmup, eventsPerRound: perRound, freshTexts: true, delayEvents, meanInputBytes: Math.round(bytes), loadAverage: os.loadavg(), contenders: result, ratios, hostThreadRatios, hostDelay, sealedInWorker, ledgerVerified: verified.ok, ledgerEvents: verified.events };
    return out;
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = await runRecordPath();
  console.log(`results: ${writeResult('record-path', out)}`);
}
