// End-to-end delivery throughput: agent -> file ledger -> shipper -> NATS JetStream -> collector
// (chain verified incrementally) -> PostgreSQL.
//
//   pnpm build && node benchmarks/delivery.bench.mjs [events] [batchSize]
//   node benchmarks/delivery.bench.mjs --fleet [--collectors=2] [--agents=200] [--events=60000] [--batch=1000]
//
// --fleet: the fleet path of the design's seeds (many agents, each shipping its own stream):
// `agents` streams of sealed, chained events (made before the clock starts: recording happens on
// each agent's own machine and is measured by the record-path benchmark) are published to
// JetStream through natsSink() as their shippers would (slices of 50 per agent, all agents at
// once), while `collectors` collector processes share one durable consumer and store into
// PostgreSQL. The clock runs from the first publish until every event is committed. Publisher,
// NATS server, collectors and PostgreSQL all share this machine's cores. Checks afterwards: every
// row once, every stream's chain_state at its last seq with no break. Needs Node >= 22 (nats).
//
// Needs PostgreSQL on 127.0.0.1:5432 (database test, user postgres) and NATS with JetStream on
// 127.0.0.1:4222 (scripts/services.sh starts both). Uses a fresh schema and JetStream stream and
// removes them afterwards. The agent records as fast as it can (flushing every 5,000 events);
// the clock runs from the first record() until the last event is committed in PostgreSQL.
// The collector runs in a worker thread (in production it is its own process, usually on
// another machine); agent and shipper share the main thread, as in an agent host.
// Imports the built packages (packages/*/dist); `node --import tsx` with the sources works too.
import { mkdtemp, rm } from 'node:fs/promises';
import { connect as tcpConnect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const positional = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const flag = (name, fallback) => {
  const found = process.argv.find((a) => a.startsWith(`--${name}=`));
  return found ? Number(found.slice(name.length + 3)) : fallback;
};
const FLEET = process.argv.includes('--fleet');
const TOTAL = FLEET ? flag('events', 60_000) : Number(positional[0] ?? 50_000);
const BATCH = FLEET ? flag('batch', 1000) : Number(positional[1] ?? 1000);
const PG = process.env.AGENT_AUDIT_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const NATS = process.env.AGENT_AUDIT_TEST_NATS_URL ?? 'nats://127.0.0.1:4222';

const dist = (pkg) => import(pathToFileURL(path.join(root, `packages/${pkg}/dist/index.js`)).href);
const core = await dist('core');
const { natsSink } = await dist('nats');
const { migrate } = await dist('postgres');
if (typeof core.createShipper !== 'function') {
  console.error('delivery.bench: packages/core/dist does not export createShipper (rebuild core: pnpm build)');
  process.exit(2);
}
const requireFromNats = createRequire(path.join(root, 'packages/nats/package.json'));
const { connect } = await import(pathToFileURL(requireFromNats.resolve('@nats-io/transport-node')).href);
const { jetstreamManager } = await import(pathToFileURL(requireFromNats.resolve('@nats-io/jetstream')).href);
const pg = (await import(pathToFileURL(createRequire(path.join(root, 'packages/postgres/package.json')).resolve('pg')).href)).default;

const open = (port) => new Promise((resolve) => {
  const socket = tcpConnect({ port, host: '127.0.0.1' });
  socket.setTimeout(1000, () => { socket.destroy(); resolve(false); });
  socket.once('connect', () => { socket.destroy(); resolve(true); });
  socket.once('error', () => resolve(false));
});
if (!(await open(5432)) || !(await open(4222))) {
  console.error('delivery.bench: needs PostgreSQL on 127.0.0.1:5432 and NATS on 127.0.0.1:4222 (run scripts/services.sh)');
  process.exit(2);
}

const run = `aa_bench_${process.pid}_${Date.now().toString(36)}`;
const url = `${PG}${PG.includes('?') ? '&' : '?'}schema=${run}`;
const nats = { servers: NATS, stream: run.toUpperCase(), subjectPrefix: `aabench.${run}` };
const dir = await mkdtemp(path.join(tmpdir(), 'delivery-bench-'));
const keyDir = await mkdtemp(path.join(tmpdir(), 'delivery-bench-keys-'));

/** The fleet run (see the header); returns the figures it prints. */
async function fleet() {
  const { spawn } = await import('node:child_process');
  const os = await import('node:os');
  const COLLECTORS = flag('collectors', 2);
  const AGENTS = flag('agents', 200);
  const perAgent = Math.ceil(TOTAL / AGENTS);
  const total = perAgent * AGENTS;
  const { memoryLedger } = await import(pathToFileURL(path.join(root, 'packages/core/dist/test.js')).href);
  const agents = [];
  for (let a = 0; a < AGENTS; a++) {
    const ledger = memoryLedger();
    const auditor = core.createAuditor({ agent: { id: `fleet-agent-${a}` }, sink: ledger });
    for (let i = 0; i < perAgent; i++) {
      auditor.record({ type: i % 2 ? 'tool.result' : 'tool.call', session: `conv-${a}-${i % 5}`, actor: { id: `user-${a % 50}`, type: 'user' }, tool: { name: 'lookup', arguments: { claim: `c-${a}-${i}`, amount: i * 3 } } });
    }
    await auditor.close();
    agents.push(ledger.events(`fleet-agent-${a}`));
  }
  // CPU seconds of other processes from /proc (Linux): utime + stime in clock ticks (100/s).
  const { readFileSync, readdirSync } = await import('node:fs');
  const procCpu = (pid) => {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
      return 0;
    }
  };
  const natsPids = () => readdirSync('/proc').filter((d) => /^\d+$/.test(d)).filter((d) => {
    try { return readFileSync(`/proc/${d}/comm`, 'utf8').trim() === 'nats-server'; } catch { return false; }
  });
  const natsCpu = () => natsPids().reduce((n, pid) => n + procCpu(pid), 0);
  const lineBytes = Math.round(agents[0].reduce((n, e) => n + core.canonicalize(e).length, 0) / perAgent);
  await migrate(url);
  const nc = await connect({ servers: NATS });
  await (await jetstreamManager(nc)).streams.add({ name: nats.stream, subjects: [`${nats.subjectPrefix}.>`] });
  await nc.close();
  const children = [];
  for (let c = 0; c < COLLECTORS; c++) {
    // FLEET_PROFILE_DIR=<dir>: each collector writes a V8 CPU profile there.
    const profile = process.env.FLEET_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.FLEET_PROFILE_DIR}`] : [];
    const child = spawn(process.execPath, [...profile, path.join(here, 'lib/fleet-collector.mjs'), JSON.stringify({ nats: { ...nats, servers: NATS, createStream: false }, postgres: `${url}&application_name=aa-fleet-bench`, durable: 'fleet', instance: `c${c}`, batchSize: BATCH })], { stdio: ['ignore', 'pipe', 'inherit'] });
    const state = { child, status: { stored: 0 }, final: undefined };
    let buffered = '';
    state.started = new Promise((resolve, reject) => {
      child.stdout.on('data', (chunk) => {
        buffered += chunk;
        let at;
        while ((at = buffered.indexOf('\n')) >= 0) {
          const line = buffered.slice(0, at);
          buffered = buffered.slice(at + 1);
          if (line === 'started') resolve();
          else if (line.startsWith('status ')) state.status = JSON.parse(line.slice(7));
          else if (line.startsWith('stopped ')) state.final = JSON.parse(line.slice(8));
        }
      });
      child.once('exit', (code) => reject(new Error(`collector c${c} exited (${code}) before it started`)));
    });
    state.exited = new Promise((resolve) => child.once('exit', resolve));
    children.push(state);
  }
  await Promise.all(children.map((c) => c.started));
  const loadBefore = os.loadavg();
  const cpu0 = process.cpuUsage();
  const nats0 = natsCpu();
  const sink = natsSink(nats);
  const t0 = performance.now();
  for (let at = 0; at < perAgent; at += 50) await Promise.all(agents.map((events) => sink.write(events.slice(at, at + 50))));
  const tPublished = performance.now();
  const stored = () => children.reduce((n, c) => n + c.status.stored, 0);
  while (stored() < total) {
    if (performance.now() - tPublished > 300_000) throw new Error(`fleet stuck at ${stored()} of ${total}`);
    await new Promise((r) => setTimeout(r, 5));
  }
  const tStored = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const natsSeconds = natsCpu() - nats0;
  const loadAfter = os.loadavg();
  // The collectors' PostgreSQL backends (application_name aa-fleet-bench): their CPU since they connected.
  const pgClient = new pg.Client({ connectionString: PG });
  await pgClient.connect();
  const backendPids = (await pgClient.query(`SELECT pid FROM pg_stat_activity WHERE application_name = 'aa-fleet-bench'`)).rows.map((r) => r.pid);
  await pgClient.end();
  const postgresSeconds = backendPids.reduce((n, pid) => n + procCpu(pid), 0);
  await sink.close();
  for (const c of children) c.child.kill('SIGTERM');
  await Promise.all(children.map((c) => c.exited));
  const client = new pg.Client({ connectionString: PG });
  await client.connect();
  const rows = (await client.query(`SELECT count(*)::int AS n, count(DISTINCT id)::int AS ids FROM "${run}".events WHERE stream LIKE 'fleet-agent-%'`)).rows[0];
  const chains = (await client.query(`SELECT count(*)::int AS n, count(*) FILTER (WHERE next_seq = $1 AND breaks = 0)::int AS whole FROM "${run}".chain_state`, [perAgent])).rows[0];
  await client.end();
  const finals = children.map((c) => c.final ?? c.status);
  const rate = Math.round(total / ((tStored - t0) / 1000));
  const out = {
    bench: 'delivery-fleet', node: process.version, cpus: os.cpus().length, events: total, agents: AGENTS, collectors: COLLECTORS, batch: BATCH, meanLineBytes: lineBytes,
    endToEndEventsPerSecond: rate, publishedSeconds: +((tPublished - t0) / 1000).toFixed(2), storedSeconds: +((tStored - t0) / 1000).toFixed(2),
    cpuSeconds: { publisher: +((cpu.user + cpu.system) / 1e6).toFixed(2), collectors: finals.map((f) => +((f.cpuMs ?? 0) / 1000).toFixed(2)), natsServer: +natsSeconds.toFixed(2), postgresBackends: +postgresSeconds.toFixed(2) },
    perCollector: finals.map((f) => ({ received: f.received, stored: f.stored, duplicates: f.duplicates, chainBreaks: f.chainBreaks })),
    rows: rows.n, distinctIds: rows.ids, chainsWhole: `${chains.whole}/${chains.n}`,
    loadAverage: { before: loadBefore.map((x) => +x.toFixed(2)), after: loadAfter.map((x) => +x.toFixed(2)) },
  };
  console.log(`delivery fleet benchmark: ${total.toLocaleString('en-US')} events (~${lineBytes} B lines) from ${AGENTS} agents, ${COLLECTORS} collector processes on one durable, batch ${BATCH}, node ${process.version}, ${out.cpus} CPUs, load ${out.loadAverage.before.join(' ')} -> ${out.loadAverage.after.join(' ')}`);
  console.log(`  published to NATS (acked) by   ${out.publishedSeconds} s`);
  console.log(`  committed in PostgreSQL by     ${out.storedSeconds} s`);
  console.log(`  END TO END agents -> NATS -> ${COLLECTORS} collectors -> PostgreSQL: ${rate.toLocaleString('en-US')} events/s`);
  const cpuTotal = out.cpuSeconds.publisher + out.cpuSeconds.collectors.reduce((a, b) => a + b, 0) + natsSeconds + postgresSeconds;
  out.cpuMicrosecondsPerEvent = Math.round((cpuTotal / total) * 1e6);
  out.capacityEventsPerSecondOnAllCores = Math.round((out.cpus * total) / cpuTotal);
  console.log(`  CPU: publisher ${out.cpuSeconds.publisher} s, collectors ${out.cpuSeconds.collectors.join(' + ')} s (with start-up), nats-server ${out.cpuSeconds.natsServer} s (all its clients), PostgreSQL backends of the collectors ${out.cpuSeconds.postgresBackends} s`);
  console.log(`  = ${out.cpuMicrosecondsPerEvent} µs CPU per event in all; ${out.cpus} cores fully ours would carry ${out.capacityEventsPerSecondOnAllCores.toLocaleString('en-US')} events/s`);
  console.log(`  collectors: ${out.perCollector.map((p, i) => `c${i} stored ${p.stored} (duplicates ${p.duplicates}, breaks ${p.chainBreaks})`).join('; ')}; rows ${rows.n}, distinct ids ${rows.ids}, chains whole ${out.chainsWhole}`);
  console.log(JSON.stringify(out));
  if (rows.n !== total || rows.ids !== total || chains.whole !== AGENTS || chains.n !== AGENTS) process.exitCode = 1;
  return out;
}

try {
  if (FLEET) {
    await fleet();
  } else {
  await migrate(url);
  // Create the stream before the collector's worker binds to it.
  await natsSink({ ...nats, createStream: { replicas: 1 } }).close();
  const worker = new Worker(`
    const { parentPort, workerData } = require('node:worker_threads');
    (async () => {
      const { createCollector } = await import(workerData.natsDist);
      const collector = createCollector({ nats: workerData.nats, postgres: workerData.url, durable: 'bench', batchSize: workerData.batch });
      await collector.start();
      parentPort.postMessage({ started: true });
      const timer = setInterval(() => parentPort.postMessage({ status: collector.status() }), 5);
      parentPort.on('message', async (m) => {
        if (m === 'stop') { clearInterval(timer); await collector.stop(); parentPort.postMessage({ status: collector.status(), stopped: true }); }
      });
    })().catch((e) => parentPort.postMessage({ error: e.message }));
  `, { eval: true, workerData: { natsDist: pathToFileURL(path.join(root, 'packages/nats/dist/index.js')).href, nats, url, batch: BATCH } });
  let collectorStatus = { stored: 0 };
  let stopped;
  const stoppedPromise = new Promise((resolve) => (stopped = resolve));
  await new Promise((resolve, reject) => {
    worker.on('message', (m) => {
      if (m.error) reject(new Error(m.error));
      if (m.started) resolve();
      if (m.status) collectorStatus = m.status;
      if (m.stopped) stopped();
    });
    worker.on('error', reject);
  });
  const collector = { status: () => collectorStatus, stop: async () => { worker.postMessage('stop'); await stoppedPromise; await worker.terminate(); } };
  const ledger = core.fileLedger({ dir, keyDir });
  const auditor = core.createAuditor({ agent: { id: 'bench-agent' }, sink: ledger });
  const shipper = core.createShipper({ dir, sink: natsSink(nats), batchSize: BATCH, pollIntervalMs: 10 });

  const t0 = performance.now();
  shipper.start();
  for (let i = 0; i < TOTAL; i++) {
    auditor.record({ type: i % 2 ? 'tool.result' : 'tool.call', session: `conv-${i % 100}`, actor: { id: `user-${i % 10}`, type: 'user' }, tool: { name: 'lookup', arguments: { claim: `c-${i}`, amount: i * 3 } } });
    if (i % 5000 === 4999) await auditor.flush();
  }
  await auditor.close();
  const tRecorded = performance.now();
  await shipper.drain();
  const tPublished = performance.now();
  while (collector.status().stored < TOTAL) {
    if (performance.now() - tPublished > 300_000) throw new Error(`collector stuck at ${collector.status().stored}`);
    await new Promise((r) => setTimeout(r, 5));
  }
  const tStored = performance.now();
  await shipper.stop();
  await collector.stop();

  const client = new pg.Client({ connectionString: PG });
  await client.connect();
  const rows = (await client.query(`SELECT count(*)::int AS n FROM "${run}".events WHERE stream = 'bench-agent'`)).rows[0].n;
  await client.end();
  const status = collector.status();
  const s = (ms) => (ms / 1000).toFixed(2);
  const rate = (n, ms) => Math.round(n / (ms / 1000)).toLocaleString('en-US');
  console.log(`delivery benchmark: ${TOTAL.toLocaleString('en-US')} events, batch ${BATCH}, node ${process.version}, ${(await import('node:os')).cpus().length} CPUs`);
  console.log(`  agent recorded + fsync'd to ledger   ${s(tRecorded - t0)} s  (${rate(TOTAL, tRecorded - t0)} events/s)`);
  console.log(`  shipped to NATS (acked) by           ${s(tPublished - t0)} s`);
  console.log(`  committed in PostgreSQL by           ${s(tStored - t0)} s`);
  console.log(`  END TO END agent -> NATS -> collector -> PostgreSQL: ${rate(TOTAL, tStored - t0)} events/s`);
  console.log(`  collector: received ${status.received}, stored ${status.stored}, duplicates ${status.duplicates}, chain breaks ${status.chainBreaks}; rows in PostgreSQL ${rows}`);
  console.log(JSON.stringify({ bench: 'delivery', events: TOTAL, batch: BATCH, endToEndEventsPerSecond: Math.round(TOTAL / ((tStored - t0) / 1000)), recordSeconds: +s(tRecorded - t0), publishedSeconds: +s(tPublished - t0), storedSeconds: +s(tStored - t0), rows }));
  if (rows !== TOTAL || status.chainBreaks !== 0) process.exitCode = 1;
  }
} finally {
  const nc = await connect({ servers: NATS });
  await (await jetstreamManager(nc)).streams.delete(nats.stream).catch(() => undefined);
  await nc.close();
  const client = new pg.Client({ connectionString: PG });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${run}" CASCADE`);
  for (const suffix of ['writer', 'reader', 'retention']) {
    const role = `${run}_${suffix}`;
    if ((await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])).rowCount) {
      await client.query(`DROP OWNED BY "${role}"`);
      await client.query(`DROP ROLE "${role}"`);
    }
  }
  await client.end();
  await rm(dir, { recursive: true, force: true });
  await rm(keyDir, { recursive: true, force: true });
}
