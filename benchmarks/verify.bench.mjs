// Verify throughput against raw SHA-256 of the same bytes.
//
//   pnpm build && node benchmarks/verify.bench.mjs [--rounds=5] [--events=50000]
//   node benchmarks/verify.bench.mjs --before=/tmp/verify-before [--rounds=3] [--line-mb=192]
//     (before/after in one run against an older checkout's built core: see runVerifyBeforeAfter)
//
// Writes one ledger of `events` ~1 KB tool events through the default pipeline, then runs,
// interleaved each round:
//   - verifyLedger(dir): every leaf hash, chain link, seq, Merkle root at each signed
//     checkpoint, checkpoint signatures (what `agent-audit verify` does);
//   - raw SHA-256: the same segment files streamed the same way (1 MiB reads, split into
//     lines) and createHash('sha256') over each line: reading plus hashing, nothing else. This
//     is the physical floor of any verifier that must hash every event.
// The ratio verify/raw is events/s of verifyLedger divided by events/s of the raw pass.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { arg, fmt, fmtInt, loadDist, makeEvents, median, repoRoot, summarize, writeResult } from './lib/common.mjs';
import { agentAuditContender } from './lib/contenders.mjs';

// The floor of any verifier that must hash every event: the same files, 1 MiB reads, lines
// found with Buffer.indexOf and createHash('sha256') over each line's bytes (no decoding, no
// copies). An earlier version decoded to strings first, which made the floor itself slower and
// the ratio look better than it is.
async function rawSha256(dir, oneShot = false) {
  const digest = oneShot ? (bytes) => crypto.hash('sha256', bytes, 'hex') : (bytes) => crypto.createHash('sha256').update(bytes).digest('hex');
  const streams = path.join(dir, 'streams');
  let lines = 0;
  let bytes = 0;
  for (const stream of fs.readdirSync(streams)) {
    for (const name of fs.readdirSync(path.join(streams, stream)).filter((n) => /^\d{20}\.jsonl$/.test(n)).sort()) {
      const input = fs.createReadStream(path.join(streams, stream, name), { highWaterMark: 1024 * 1024 });
      let carry;
      for await (const chunk of input) {
        let start = 0;
        if (carry) {
          const end = chunk.indexOf(0x0a);
          const line = Buffer.concat([carry, chunk.subarray(0, end)]);
          digest(line);
          bytes += line.length + 1;
          lines++;
          start = end + 1;
        }
        for (let end = chunk.indexOf(0x0a, start); end >= 0; end = chunk.indexOf(0x0a, start)) {
          digest(chunk.subarray(start, end));
          bytes += end - start + 1;
          lines++;
          start = end + 1;
        }
        carry = start < chunk.length ? chunk.subarray(start) : undefined;
      }
    }
  }
  return { lines, bytes };
}

/** One SHA-256 over each whole segment file: the raw throughput of the hash itself, for reference. */
async function wholeFileSha256(dir) {
  const streams = path.join(dir, 'streams');
  let bytes = 0;
  for (const stream of fs.readdirSync(streams)) {
    for (const name of fs.readdirSync(path.join(streams, stream)).filter((n) => /^\d{20}\.jsonl$/.test(n)).sort()) {
      const hash = crypto.createHash('sha256');
      for await (const chunk of fs.createReadStream(path.join(streams, stream, name), { highWaterMark: 1024 * 1024 })) {
        hash.update(chunk);
        bytes += chunk.length;
      }
      hash.digest();
    }
  }
  return bytes;
}

export async function runVerify({ rounds = arg('rounds', 5), events: count = arg('events', 50000), quiet = false } = {}) {
  const log = quiet ? () => {} : (...a) => console.log(...a);
  const { verifyLedger } = await loadDist('core');
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'agent-audit-verify-bench-'));
  try {
    const c = await agentAuditContender(root, { fsync: false });
    const events = makeEvents(10000);
    for (let i = 0; i < count; i++) {
      c.record(events[i % events.length]);
      if (i % 10000 === 9999) await c.done();
    }
    await c.close();
    const dir = c.ledgerDir;
    const segmentBytes = fs.readdirSync(path.join(dir, 'streams', 'bench-agent')).filter((n) => n.endsWith('.jsonl') && n !== 'checkpoints.jsonl').reduce((n, f) => n + fs.statSync(path.join(dir, 'streams', 'bench-agent', f)).size, 0);
    const verifyRate = [];
    const rawRate = [];
    const rawOneShotRate = [];
    const wholeFileRate = [];
    let lastVerify;
    for (let round = 0; round < rounds + 1; round++) {
      const order = round % 2 === 0 ? ['verify', 'raw', 'oneshot', 'file'] : ['file', 'oneshot', 'raw', 'verify'];
      for (const which of order) {
        const t0 = performance.now();
        if (which === 'file') {
          const fileBytes = await wholeFileSha256(dir);
          if (round > 0) wholeFileRate.push(fileBytes / segmentBytes * count / ((performance.now() - t0) / 1000));
          continue;
        }
        if (which === 'verify') {
          lastVerify = await verifyLedger(dir);
          if (!lastVerify.ok) throw new Error(`verify failed: ${JSON.stringify(lastVerify.firstFailure)}`);
        } else {
          const { lines } = await rawSha256(dir, which === 'oneshot');
          if (lines !== count + 0 && lines < count) throw new Error(`raw pass saw ${lines} lines`);
        }
        const rate = lastVerify?.events && which === 'verify' ? lastVerify.events / ((performance.now() - t0) / 1000) : count / ((performance.now() - t0) / 1000);
        if (round > 0) (which === 'verify' ? verifyRate : which === 'raw' ? rawRate : rawOneShotRate).push(rate);
      }
    }
    const ratio = median(verifyRate) / median(rawRate);
    const out = {
      rounds,
      events: lastVerify.events,
      checkpoints: lastVerify.checkpoints,
      meanLineBytes: Math.round(segmentBytes / lastVerify.events),
      verifyEventsPerSecond: summarize(verifyRate, 0),
      rawSha256LinesPerSecond: summarize(rawRate, 0),
      ratio: Number(ratio.toFixed(3)),
      // The same floor with the one-shot crypto.hash() (verify hashes that way): no Hash object per line.
      rawOneShotLinesPerSecond: summarize(rawOneShotRate, 0),
      ratioToOneShot: Number((median(verifyRate) / median(rawOneShotRate)).toFixed(3)),
      loadAverage: os.loadavg().map((x) => Number(x.toFixed(2))),
      wholeFileSha256EventsPerSecond: summarize(wholeFileRate, 0),
      ratioToWholeFile: Number((median(verifyRate) / median(wholeFileRate)).toFixed(3)),
    };
    log(`verify: ${fmtInt(out.events)} events (~${out.meanLineBytes} B lines, ${out.checkpoints} checkpoints), ${rounds} rounds interleaved, node ${process.version}`);
    log(`verifyLedger   ${fmtInt(median(verifyRate)).padStart(10)} events/s`);
    log(`raw SHA-256    ${fmtInt(median(rawRate)).padStart(10)} lines/s (read + split bytes + createHash per line)`);
    log(`raw one-shot   ${fmtInt(median(rawOneShotRate)).padStart(10)} lines/s (the same with crypto.hash per line)`);
    log(`whole-file     ${fmtInt(median(wholeFileRate)).padStart(10)} events/s worth of bytes (one SHA-256 over each segment file)`);
    log(`ratio verify/raw per line: ${fmt(ratio, 3)}; verify/raw one-shot: ${fmt(out.ratioToOneShot, 3)}; verify/whole-file: ${fmt(median(verifyRate) / median(wholeFileRate), 3)}; load ${out.loadAverage.join(' ')}`);
    return out;
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

/**
 * Before/after in one run: the same two ledgers verified by the built core of an older checkout
 * (`--before=<worktree>`, e.g. `git worktree add /tmp/verify-before <commit>` and build core
 * there) and by this checkout's, interleaved:
 *   - the usual ledger: `events` ~1 KB tool events through the default pipeline;
 *   - one line of `lineMb` MB (a single event whose attrs hold that many bytes), written with
 *     the file ledger's sink API (the auditor's limits would cut it).
 * Both are verified with the pinned verifier key. Wall time per pass; median of `rounds`.
 */
function gitHead(dir) {
  const r = spawnSync('git', ['-C', dir, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

export async function runVerifyBeforeAfter({ before, rounds = arg('rounds', 3), events: count = arg('events', 50000), lineMb = arg('line-mb', 192), quiet = false } = {}) {
  const log = quiet ? () => {} : (...a) => console.log(...a);
  const after = await loadDist('core');
  const beforeFile = path.join(path.resolve(before), 'packages', 'core', 'dist', 'index.js');
  if (!fs.existsSync(beforeFile)) throw new Error(`${beforeFile} is missing: build core in the --before checkout first`);
  const old = await import(pathToFileURL(beforeFile).href);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'agent-audit-verify-ba-'));
  try {
    const c = await agentAuditContender(root, { fsync: false });
    const sample = makeEvents(10000);
    for (let i = 0; i < count; i++) {
      c.record(sample[i % sample.length]);
      if (i % 10000 === 9999) await c.done();
    }
    await c.close();
    const usualKey = fs.readFileSync(path.join(c.ledgerDir, 'verifier.key'), 'utf8').trim().split('\n')[0];

    const longDir = path.join(root, 'long');
    const ledger = after.fileLedger({ dir: longDir, keyDir: path.join(root, 'long-keys'), fsync: false });
    const head = ledger.open('long');
    const blob = 'x'.repeat(lineMb * 1024 * 1024);
    const record = after.sealEvent({
      v: 1, id: '01JD0000000000000000000000', ts: new Date().toISOString(), stream: 'long', seq: head.nextSeq, type: 'tool.result',
      trace: { traceId: '1'.repeat(32), spanId: '1'.repeat(16) }, agent: { id: 'bench' }, source: 'bench', outcome: 'success', attrs: { blob },
    }, head.prev);
    await ledger.append('long', [record]);
    await ledger.close('long');
    const longKey = ledger.verifierKey;
    const lineBytes = Buffer.byteLength(record.line) + 1;

    // Wall time, and this process's CPU time (user + system), which a loaded machine disturbs less.
    const cpu = { usualBefore: [], usualAfter: [], longBefore: [], longAfter: [] };
    let current = '';
    const time = async (verify, dir, key) => {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const result = await verify(dir, { verifierKey: key });
      const ms = performance.now() - t0;
      const c = process.cpuUsage(c0);
      cpu[current].push((c.user + c.system) / 1000);
      if (!result.ok) throw new Error(`verify failed: ${JSON.stringify(result.firstFailure)}`);
      return ms;
    };
    const runs = { usualBefore: [], usualAfter: [], longBefore: [], longAfter: [] };
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? ['Before', 'After'] : ['After', 'Before'];
      for (const which of order) {
        const verify = which === 'Before' ? old.verifyLedger : after.verifyLedger;
        current = `usual${which}`;
        runs[current].push(await time(verify, c.ledgerDir, usualKey));
      }
    }
    // The long line once per side in most runs: the old verifier takes tens of seconds on it.
    const longRounds = Math.max(1, Math.min(rounds, arg('long-rounds', 1)));
    for (let round = 0; round < longRounds; round++) {
      for (const which of round % 2 === 0 ? ['Before', 'After'] : ['After', 'Before']) {
        const verify = which === 'Before' ? old.verifyLedger : after.verifyLedger;
        current = `long${which}`;
        runs[current].push(await time(verify, longDir, longKey));
      }
    }
    const load = os.loadavg().map((x) => x.toFixed(2)).join(' ');
    const out = {
      before: path.resolve(before),
      // The older checkout's commit, so the figures say what "before" was.
      beforeCommit: gitHead(path.resolve(before)),
      afterCommit: gitHead(repoRoot),
      rounds,
      longRounds,
      events: count,
      lineBytes,
      usual: { beforeMs: summarize(runs.usualBefore, 0), afterMs: summarize(runs.usualAfter, 0), beforeCpuMs: summarize(cpu.usualBefore, 0), afterCpuMs: summarize(cpu.usualAfter, 0), beforeEventsPerSecond: Math.round(count / (median(runs.usualBefore) / 1000)), afterEventsPerSecond: Math.round(count / (median(runs.usualAfter) / 1000)) },
      longLine: { beforeMs: summarize(runs.longBefore, 0), afterMs: summarize(runs.longAfter, 0), beforeCpuMs: summarize(cpu.longBefore, 0), afterCpuMs: summarize(cpu.longAfter, 0), beforeMBPerSecond: Number((lineBytes / 1e6 / (median(runs.longBefore) / 1000)).toFixed(1)), afterMBPerSecond: Number((lineBytes / 1e6 / (median(runs.longAfter) / 1000)).toFixed(1)) },
      loadAverage: load,
    };
    log(`verify before/after, node ${process.version}, load average ${load} (1/5/15 min), ${os.cpus().length} CPUs`);
    log(`usual ledger, ${fmtInt(count)} events: before ${fmtInt(median(runs.usualBefore))} ms (${fmtInt(out.usual.beforeEventsPerSecond)} events/s), after ${fmtInt(median(runs.usualAfter))} ms (${fmtInt(out.usual.afterEventsPerSecond)} events/s); median of ${rounds}; CPU time before ${fmtInt(median(cpu.usualBefore))} ms, after ${fmtInt(median(cpu.usualAfter))} ms`);
    log(`one ${fmt(lineBytes / 1e6, 1)} MB line: before ${fmtInt(median(runs.longBefore))} ms, after ${fmtInt(median(runs.longAfter))} ms; CPU time before ${fmtInt(median(cpu.longBefore))} ms, after ${fmtInt(median(cpu.longAfter))} ms; ${longRounds} round(s)`);
    return out;
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (arg('before', '') !== '') {
    const out = await runVerifyBeforeAfter({ before: arg('before', '') });
    console.log(`results: ${writeResult('verify-before-after', out)}`);
  } else {
    const out = await runVerify();
    console.log(`results: ${writeResult('verify', out)}`);
  }
}
