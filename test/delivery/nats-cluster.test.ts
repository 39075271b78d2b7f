// A three-node NATS cluster on loopback ports with one node (the stream leader) killed mid-run:
// stream replicas 3, publishes await acks and are retried; nothing is lost or duplicated, and
// the collector stores every event in PostgreSQL with the chain verified.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, expect, it } from 'vitest';
import { createAuditor, type AuditEvent } from '@agent-audit/core';
import { memoryLedger } from '@agent-audit/core/test';
import { migrate, verifyPostgres } from '@agent-audit/postgres';
import { createCollector, natsSink } from '@agent-audit/nats';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { retrying } from '../../packages/core/src/ship/index.js';
import { dropSchema, hasPostgres, portOpen, POSTGRES_URL, schemaUrl, uniqueSchema } from './services.js';

// The NATS client is a dependency of @agent-audit/nats, not of the workspace root: load it from there.
const fromNats = createRequire(new URL('../../packages/nats/package.json', import.meta.url));
const { connect } = (await import(pathToFileURL(fromNats.resolve('@nats-io/transport-node')).href)) as typeof import('@nats-io/transport-node');
const { jetstreamManager } = (await import(pathToFileURL(fromNats.resolve('@nats-io/jetstream')).href)) as typeof import('@nats-io/jetstream');

const NODES = [0, 1, 2].map((i) => ({ name: `aa-n${i + 1}`, port: 14222 + i, cluster: 16222 + i }));
const SERVERS = NODES.map((n) => `nats://127.0.0.1:${n.port}`);
const TOTAL = 20_000;
const BATCH = 200;
const enabled = await hasPostgres();
const processes = new Map<string, ChildProcess>();
const schema = uniqueSchema('aa_cluster');
let storeDir = '';

afterAll(async () => {
  for (const child of processes.values()) child.kill('SIGKILL');
  if (storeDir) await rm(storeDir, { recursive: true, force: true });
  if (enabled) await dropSchema(schema);
});

async function startCluster(): Promise<void> {
  storeDir = await mkdtemp(join(tmpdir(), 'nats-cluster-'));
  for (const node of NODES) {
    if (await portOpen(node.port)) throw new Error(`port ${node.port} is in use; another cluster test running?`);
    const routes = NODES.filter((n) => n !== node).map((n) => `nats://127.0.0.1:${n.cluster}`).join(',');
    const child = spawn('/usr/sbin/nats-server', ['-a', '127.0.0.1', '-p', String(node.port), '-n', node.name, '-js', '-sd', join(storeDir, node.name), '--cluster_name', 'aa-test', '--cluster', `nats://127.0.0.1:${node.cluster}`, '--routes', routes], { stdio: 'ignore' });
    processes.set(node.name, child);
  }
  // Ready when a replicated stream can be created (the JetStream meta leader is elected).
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const nc = await connect({ servers: SERVERS, timeout: 2000 });
      try {
        const jsm = await jetstreamManager(nc, { timeout: 3000 });
        await jsm.streams.add({ name: 'PROBE', subjects: ['probe.>'], num_replicas: 3 });
        await jsm.streams.delete('PROBE');
        return;
      } finally {
        await nc.close();
      }
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`cluster not ready: ${(error as Error).message}`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

async function makeEvents(): Promise<AuditEvent[]> {
  const ledger = memoryLedger();
  const auditor = createAuditor({ agent: { id: 'cluster-bot' }, sink: ledger });
  for (let i = 0; i < TOTAL; i++) {
    auditor.record({ type: 'tool.call', session: `s-${i % 20}`, tool: { name: 'lookup', arguments: { i } } });
    if (i % 5000 === 4999) await auditor.flush();
  }
  await auditor.close();
  return ledger.events('cluster-bot');
}

it.skipIf(!enabled)('loses nothing when the stream leader of a three-node cluster is killed mid-run', async () => {
  await startCluster();
  const url = schemaUrl(schema);
  await migrate(url);
  const nats = { servers: SERVERS, stream: 'AUDIT_CLUSTER', subjectPrefix: 'aacluster' };
  const base = natsSink({ ...nats, createStream: { replicas: 3 }, ackTimeoutMs: 2000 });
  let retries = 0;
  const sink = retrying(base, { maxAttempts: 60, initialDelayMs: 100, maxDelayMs: 1000, onRetry: () => retries++ });
  const events = await makeEvents();
  await sink.write(events.slice(0, BATCH)); // creates the R3 stream
  const collector = createCollector({ nats: { ...nats, createStream: false }, postgres: url, durable: 'cluster', batchSize: 500 });
  await collector.start();

  const nc = await connect({ servers: SERVERS });
  const jsm = await jetstreamManager(nc);
  let killed = '';
  for (let at = BATCH; at < TOTAL; at += BATCH) {
    if (at === TOTAL / 4) {
      killed = (await jsm.streams.info('AUDIT_CLUSTER')).cluster?.leader ?? 'aa-n2';
      processes.get(killed)!.kill('SIGKILL');
      processes.delete(killed);
    }
    await sink.write(events.slice(at, at + BATCH));
  }
  await collector.idle({ quietMs: 2000, timeoutMs: 120_000 });
  await collector.stop();
  await base.close();
  // The stream's state, asked again while a request times out (a leader election may still run).
  const info = await (async () => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await jsm.streams.info('AUDIT_CLUSTER');
      } catch (error) {
        if (attempt >= 30) throw error;
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  })();
  await nc.close();

  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  const rows = await admin.query(`SELECT count(*)::int AS n, count(DISTINCT id)::int AS d FROM "${schema}".events WHERE stream = 'cluster-bot'`);
  await admin.end();
  const result = await verifyPostgres(url, { streams: ['cluster-bot'] });
  const status = collector.status();
  console.log(
    `[nats-cluster] killed ${killed} (stream leader) after ${TOTAL / 4} of ${TOTAL} events; publish retries ${retries}; ` +
      `JetStream messages ${info.state.messages} (replicas ${info.config.num_replicas}, new leader ${info.cluster?.leader}); ` +
      `collector received ${status.received}, stored ${status.stored}, duplicates ${status.duplicates}, chain breaks ${status.chainBreaks}; ` +
      `PostgreSQL rows ${rows.rows[0].n} (distinct ${rows.rows[0].d}); verify ok=${result.ok}`,
  );
  expect(info.state.messages).toBe(TOTAL);
  expect(rows.rows[0]).toEqual({ n: TOTAL, d: TOTAL });
  expect(status.chainBreaks).toBe(0);
  expect(result).toMatchObject({ ok: true, events: TOTAL });
}, 240_000);
