// The delivery commands: `agent-audit status <dir>` and `agent-audit collect`, and the lead's
// `verify`/`query` on a PostgreSQL URL filled by the collector, compared with the folder.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, createShipper, fileLedger, SinkError, type AuditEvent, type ShipSink } from '@agent-audit/core';
import { natsSink } from '@agent-audit/nats';
import { statusCommand } from '../../packages/cli/src/commands/status.js';
import { collectCommand } from '../../packages/cli/src/commands/collect.js';
import { verifyCommand } from '../../packages/cli/src/commands/verify.js';
import { queryCommand } from '../../packages/cli/src/commands/query.js';
import { dropSchema, hasNats, hasPostgres, NATS_URL, schemaUrl, uniqueSchema } from './services.js';

const dirs: string[] = [];
const schemas: string[] = [];
const jetStreams: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  for (const s of schemas) await dropSchema(s);
  if (jetStreams.length > 0) {
    // The NATS client is a dependency of @agent-audit/nats, not of the workspace root.
    const fromNats = createRequire(new URL('../../packages/nats/package.json', import.meta.url));
    const { connect } = (await import(pathToFileURL(fromNats.resolve('@nats-io/transport-node')).href)) as typeof import('@nats-io/transport-node');
    const { jetstreamManager } = (await import(pathToFileURL(fromNats.resolve('@nats-io/jetstream')).href)) as typeof import('@nats-io/jetstream');
    const nc = await connect({ servers: NATS_URL });
    const jsm = await jetstreamManager(nc);
    for (const name of jetStreams) await jsm.streams.delete(name).catch(() => undefined);
    await nc.close();
  }
});

function io() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += c));
  stderr.on('data', (c) => (err += c));
  return { io: { stdout, stderr, stdin: new PassThrough(), env: {} }, out: () => out, err: () => err };
}

async function ledgerWith(count: number, agent: string) {
  const dir = await mkdtemp(join(tmpdir(), 'cli-delivery-'));
  const keyDir = await mkdtemp(join(tmpdir(), 'cli-delivery-keys-'));
  dirs.push(dir, keyDir);
  const ledger = fileLedger({ dir, keyDir });
  const auditor = createAuditor({ agent: { id: agent }, sink: ledger });
  for (let i = 0; i < count; i++) auditor.record({ type: i % 3 ? 'tool.call' : 'message.user', session: `conv-${i % 4}`, tool: { name: 'lookup', arguments: { i } } });
  await auditor.close();
  return { dir, verifierKey: ledger.verifierKey };
}

describe('agent-audit status', () => {
  it('shows per-sink lag, retries, breaker and last error; --max-lag sets the exit code', async () => {
    const { dir } = await ledgerWith(1000, 'status-bot');
    let calls = 0;
    let stopped: () => void = () => undefined;
    const stoppedAfterOpen = new Promise<void>((resolve) => (stopped = resolve));
    const sink: ShipSink = {
      name: 'siem',
      async write(events: readonly AuditEvent[]) {
        if (++calls > 4) {
          // The operator stops the shipper as the second failure in a row opens the breaker:
          // stop() is asked before this write fails, so the shipper makes no further attempt
          // (which the open breaker would refuse, making "circuit open" the last error). This
          // replaces polling status() for 'open' and racing the shipper's next attempt, which
          // comes after a backoff of as little as 50 ms.
          if (calls === 6) void shipper.stop().then(stopped);
          throw new SinkError({ sink: 'siem', message: 'HTTP 503 from SIEM' });
        }
        void events;
      },
    };
    const shipper = createShipper({ dir, sink, batchSize: 100, retry: false, breaker: { failureThreshold: 2, openMs: 60_000 } });
    shipper.start();
    await stoppedAfterOpen;
    expect(calls).toBe(6);

    const text = io();
    expect(await statusCommand([dir], text.io)).toBe(0);
    expect(text.out()).toMatch(/^sink siem: lag 600 event\(s\), breaker open, retries \d+, last shipped \d+s ago, shipper stopped/m);
    expect(text.out()).toMatch(/last error .*: HTTP 503 from SIEM/);
    expect(text.out()).toContain('  status-bot: shipped 400 of 1000, lag 600');

    const json = io();
    expect(await statusCommand([dir, '--json', '--max-lag', '100'], json.io)).toBe(1);
    const parsed = JSON.parse(json.out());
    expect(parsed.sinks[0]).toMatchObject({ sink: 'siem', lag: 600, streams: [{ stream: 'status-bot', shipped: 400, head: 1000, lag: 600 }], reported: { breaker: 'open' } });
    expect(await statusCommand([dir, '--max-lag', '600'], io().io)).toBe(0);
    const usage = io();
    expect(await statusCommand([], usage.io)).toBe(2);
    expect(usage.err()).toMatch(/usage: agent-audit status/);
    const missing = io();
    expect(await statusCommand([join(dir, 'nope')], missing.io)).toBe(2);
    expect(missing.err()).toMatch(/agent-audit status: /);
  });
});

const services = (await hasPostgres()) && (await hasNats());

describe.skipIf(!services)('agent-audit collect, then verify and query on the PostgreSQL URL', () => {
  it('collects everything once and reads back exactly as the folder does', async () => {
    const { dir, verifierKey } = await ledgerWith(700, 'cli-bot');
    const schema = uniqueSchema('aa_cli');
    schemas.push(schema);
    const url = schemaUrl(schema);
    const stream = schema.toUpperCase();
    jetStreams.push(stream);
    const prefix = `aacli.${schema}`;
    const shipper = createShipper({ dir, sink: natsSink({ servers: NATS_URL, stream, subjectPrefix: prefix }), batchSize: 128 });
    await shipper.drain();
    await shipper.stop();

    const collected = io();
    const code = await collectCommand(['--from', NATS_URL, '--to', url, '--stream', stream, '--subject-prefix', prefix, '--durable', 'cli', '--until-idle', '--json'], collected.io);
    expect(code).toBe(0);
    const final = JSON.parse(collected.out());
    expect(final).toMatchObject({ stored: 700, duplicates: 0, chainBreaks: 0 });
    expect(final.checkpoints).toBeGreaterThan(0);
    expect(final.received).toBe(700 + final.checkpoints);

    const folder = io();
    const database = io();
    expect(await verifyCommand([dir, '--key', verifierKey, '--stream', 'cli-bot'], folder.io)).toBe(0);
    expect(await verifyCommand([url, '--key', verifierKey, '--stream', 'cli-bot'], database.io)).toBe(0);
    // The signed checkpoints travelled through NATS too, and their signatures check against the pinned key.
    expect(database.out()).toMatch(/^OK: 700 events in 1 stream\(s\), [1-9]\d* signed checkpoint\(s\) verified \(key: pinned\)/);
    const wrongKey = io();
    const otherKey = (await ledgerWith(1, 'other-bot')).verifierKey;
    expect(await verifyCommand([url, '--key', otherKey, '--stream', 'cli-bot'], wrongKey.io)).toBe(1);

    const fromFolder = io();
    const fromDatabase = io();
    expect(await queryCommand([dir, '--session', 'conv-2', '--type', 'tool.*', '--json'], fromFolder.io)).toBe(0);
    expect(await queryCommand([url, '--session', 'conv-2', '--type', 'tool.*', '--json'], fromDatabase.io)).toBe(0);
    expect(fromDatabase.out().length).toBeGreaterThan(1000);
    expect(fromDatabase.out()).toBe(fromFolder.out());

    const bad = io();
    expect(await collectCommand(['--from', 'http://x', '--to', url], bad.io)).toBe(2);
    expect(bad.err()).toMatch(/--from nats:\/\/\.\.\. and --to postgres:\/\/\.\.\. are required/);
  });
});
