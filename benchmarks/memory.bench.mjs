// Peak memory over one million events.
//
//   pnpm build && node benchmarks/memory.bench.mjs [--events=1000000] [--heapMb=256] [--contenders=agent-audit,agent-audit-host,pino]
//
// Each contender runs in its own child process started with --max-old-space-size=<heapMb>,
// recording `events` ~1 KB tool events (a pool of 10,000 distinct events, cycled) in chunks
// of 10,000 and waiting for each chunk to be done (agent-audit: flush(), i.e. fdatasync'd;
// pino: written) before the next, as a producer that respects backpressure does. The child
// reports process.resourceUsage().maxRSS (peak resident set, the sealing pool's threads
// included: it shares the process), heap used at the end and the time taken. A child that runs
// out of heap fails the benchmark. `agent-audit-host` is the pipeline before issue 19 (no worker).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { arg, fmt, fmtInt, makeEvents, replayed, writeResult } from './lib/common.mjs';
import { agentAuditContender, pinoContender } from './lib/contenders.mjs';

const self = fileURLToPath(import.meta.url);

async function child(name, total) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `agent-audit-memory-bench-${name}-`));
  try {
    const c = name.startsWith('agent-audit') ? await agentAuditContender(path.join(root, 'aa'), name === 'agent-audit-host' ? { redactionWorker: false } : {}) : await pinoContender(root);
    const pool = makeEvents(10000);
    const chunk = 10000;
    const rssStart = process.memoryUsage().rss;
    const t0 = performance.now();
    for (let done = 0; done < total; done += chunk) {
      const n = Math.min(chunk, total - done);
      // Every chunk after the first: the same events with new texts (replayed), so no text recurs.
      const cycle = done / chunk;
      for (let i = 0; i < n; i++) c.record(replayed(pool[i], cycle));
      await c.done();
    }
    const seconds = (performance.now() - t0) / 1000;
    const stats = c.auditor?.stats();
    await c.close();
    const usage = process.resourceUsage();
    const report = {
      contender: name,
      events: total,
      durable: stats ? stats.durable : undefined,
      dropped: stats ? stats.dropped : undefined,
      errors: c.errors.length,
      seconds: Number(seconds.toFixed(1)),
      eventsPerSecond: Math.round(total / seconds),
      maxRssMiB: Number((usage.maxRSS / 1024).toFixed(1)),
      rssAtStartMiB: Number((rssStart / 2 ** 20).toFixed(1)),
      heapUsedAtEndMiB: Number((process.memoryUsage().heapUsed / 2 ** 20).toFixed(1)),
    };
    process.stdout.write(`RESULT ${JSON.stringify(report)}\n`);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

function runChild(name, events, heapMb) {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [`--max-old-space-size=${heapMb}`, self, `--child=${name}`, `--events=${events}`], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    proc.stdout.on('data', (d) => (out += d));
    proc.stderr.on('data', (d) => (err = (err + d).slice(-20000)));
    proc.on('error', reject);
    proc.on('close', (code, signal) => {
      const line = out.split('\n').find((l) => l.startsWith('RESULT '));
      if (code !== 0 || !line) return reject(new Error(`${name} child exited with ${code ?? signal}${/heap out of memory/.test(err) ? ' (JavaScript heap out of memory)' : ''}: ${out.slice(-200)}`));
      resolve(JSON.parse(line.slice('RESULT '.length)));
    });
  });
}

export async function runMemory({ events = arg('events', 1_000_000), heapMb = arg('heapMb', 256), contenders = arg('contenders', 'agent-audit,agent-audit-host,pino').split(','), quiet = false } = {}) {
  const log = quiet ? () => {} : (...a) => console.log(...a);
  const results = {};
  for (const name of contenders) {
    try {
      results[name] = await runChild(name, events, heapMb);
    } catch (error) {
      // A contender that dies (e.g. out of heap) is a result too; the others still count.
      results[name] = { contender: name, failed: String(error.message).slice(0, 300) };
    }
  }
  log(`memory: ${fmtInt(events)} events per contender, each in a child process with --max-old-space-size=${heapMb}, node ${process.version}`);
  log('contender     peak RSS MiB   heap at end MiB   seconds   events/s   durable   dropped');
  for (const r of Object.values(results)) {
    if (r.failed) {
      log(`${r.contender.padEnd(13)} FAILED: ${r.failed}`);
      continue;
    }
    log(`${r.contender.padEnd(13)} ${fmt(r.maxRssMiB).padStart(10)}   ${fmt(r.heapUsedAtEndMiB).padStart(12)}   ${fmt(r.seconds).padStart(8)}   ${fmtInt(r.eventsPerSecond).padStart(8)}   ${String(r.durable ?? '-').padStart(7)}   ${String(r.dropped ?? '-').padStart(5)}`);
  }
  return { events, heapMb, contenders: results };
}

const childName = arg('child', '');
if (childName) {
  await child(childName, arg('events', 1_000_000));
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const out = await runMemory();
  console.log(`results: ${writeResult('memory', out)}`);
}
