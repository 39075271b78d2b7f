// Record path: agent-audit's default pipeline against pino and the OpenTelemetry logs SDK.
//
//   pnpm build && node benchmarks/record-path.bench.mjs [--rounds=7] [--events=20000]
//
// The same ~1 KB tool events (arguments + a result holding a name, email, phone, IBAN) go
// to three contenders, interleaved: every round runs each contender once on the same
// `events` objects, in a rotated order, so machine noise hits them alike.
//   - agent-audit: createAuditor + fileLedger (redaction by the default redactor, JCS + SHA-256
//     chain, Merkle tree, group-commit fdatasync), measured until flush() resolves (durable);
//   - pino:        pino.destination({ sync: false }) to a file, until the stream has written
//                  everything (pino does no redaction here, no chain, no fsync);
//   - otel-logs:   LoggerProvider + BatchLogRecordProcessor + a JSON-lines file exporter, until
//                  forceFlush() resolves (no redaction, no chain, no fsync).
// Per round and contender: caller-side time of each record()/info()/emit() call (every call
// timed), end-to-end events/s (first call to done) and process CPU time per event.
// Reports medians over rounds (and p99 of all caller samples), ratios from this same run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { arg, fmt, fmtInt, makeEvents, median, quantile, rotate, summarize, writeResult } from './lib/common.mjs';
import { agentAuditContender, otelContender, pinoContender } from './lib/contenders.mjs';

export async function runRecordPath({ rounds = arg('rounds', 7), events: perRound = arg('events', 20000), quiet = false } = {}) {
  const log = quiet ? () => {} : (...a) => console.log(...a);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'agent-audit-record-bench-'));
  try {
    const events = makeEvents(perRound);
    const bytes = events.reduce((n, e) => n + JSON.stringify(e).length, 0) / events.length;
    const contenders = [await agentAuditContender(path.join(root, 'aa')), await pinoContender(root), await otelContender(root)];
    const samples = new Map(contenders.map((c) => [c.name, { callerNs: [], eventsPerSecond: [], cpuUsPerEvent: [], callerMedianUs: [] }]));
    const warmup = 2;
    for (let round = 0; round < warmup + rounds; round++) {
      for (const c of rotate(contenders, round)) {
        // Let the previous contender's background work finish before this one starts.
        await new Promise((resolve) => setTimeout(resolve, 20));
        const times = new Float64Array(events.length);
        const cpu0 = process.cpuUsage();
        const t0 = performance.now();
        for (let i = 0; i < events.length; i++) {
          const s = process.hrtime.bigint();
          c.record(events[i]);
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
    const aa = contenders[0];
    const { verifyLedger } = await import('./lib/common.mjs').then((m) => m.loadDist('core'));
    await aa.close();
    const verified = await verifyLedger(aa.ledgerDir);
    for (const c of contenders.slice(1)) await c.close();
    const a = result['agent-audit'];
    const p = result.pino;
    const o = result['otel-logs'];
    const ratios = {
      callerMedianVsPino: Number((a.callerUs.median / p.callerUs.median).toFixed(2)),
      callerP99VsPino: Number((a.callerUs.p99 / p.callerUs.p99).toFixed(2)),
      costVsPino: Number((a.costUsPerEvent / p.costUsPerEvent).toFixed(2)),
      cpuVsPino: Number((a.cpuUsPerEvent.median / p.cpuUsPerEvent.median).toFixed(2)),
      costVsOtel: Number((a.costUsPerEvent / o.costUsPerEvent).toFixed(2)),
      callerMedianVsOtel: Number((a.callerUs.median / o.callerUs.median).toFixed(2)),
    };
    log(`record path: ${rounds} rounds (+${warmup} warm-up) x ${fmtInt(perRound)} events of ~${Math.round(bytes)} B input, 3 contenders interleaved, node ${process.version}`);
    log('contender     caller µs median   p99     events/s (median)   µs/event end-to-end   CPU µs/event');
    for (const c of contenders) {
      const r = result[c.name];
      log(`${c.name.padEnd(13)} ${fmt(r.callerUs.median, 2).padStart(10)} ${fmt(r.callerUs.p99, 1).padStart(8)}   ${fmtInt(r.eventsPerSecond.median).padStart(12)}        ${fmt(r.costUsPerEvent, 2).padStart(8)}            ${fmt(r.cpuUsPerEvent.median, 2).padStart(8)}`);
    }
    log(`ratios agent-audit/pino: caller median ${ratios.callerMedianVsPino}x, caller p99 ${ratios.callerP99VsPino}x, end-to-end per event ${ratios.costVsPino}x, CPU per event ${ratios.cpuVsPino}x; vs otel end-to-end ${ratios.costVsOtel}x`);
    log(`agent-audit ledger: ${verified.ok ? 'verifies' : 'FAILS'} (${fmtInt(verified.events)} events); errors: agent-audit ${a.errors}, otel dropped ${o.dropped ?? 0}`);
    const out = { rounds, warmup, eventsPerRound: perRound, meanInputBytes: Math.round(bytes), contenders: result, ratios, ledgerVerified: verified.ok, ledgerEvents: verified.events };
    return out;
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = await runRecordPath();
  console.log(`results: ${writeResult('record-path', out)}`);
}
