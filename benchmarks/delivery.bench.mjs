// End-to-end delivery throughput: agent -> file ledger -> shipper -> NATS JetStream -> collector
// (chain verified incrementally) -> PostgreSQL.
//
//   pnpm build && node benchmarks/delivery.bench.mjs [events] [batchSize]
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
const TOTAL = Number(process.argv[2] ?? 50_000);
const BATCH = Number(process.argv[3] ?? 1000);
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

try {
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
