import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { canonicalize, createAuditor, createShipper, fileLedger, type AuditEvent } from '@agent-audit/core';
import { memoryLedger } from '@agent-audit/core/test';
import { migrate, postgresSink } from '@agent-audit/postgres';
import { natsSink, subjectToken } from '@agent-audit/nats';
import { dropSchema, hasNats, hasPostgres, NATS_URL, schemaUrl, uniqueSchema } from '../delivery/services.js';
import { waitForExit, waitUntil } from '../wait.js';

// Drives the built `agent-audit` binary: watch --once and live, alerts to stdout and a webhook,
// alert.raised recorded and chained, de-dup across runs, pause and resume.
// The NATS client is a dependency of @agent-audit/nats, not of the workspace root.
const fromNats = createRequire(new URL('../../packages/nats/package.json', import.meta.url));
const { connect } = (await import(pathToFileURL(fromNats.resolve('@nats-io/transport-node')).href)) as typeof import('@nats-io/transport-node');
const { AckPolicy, DeliverPolicy, jetstream, jetstreamManager } = (await import(pathToFileURL(fromNats.resolve('@nats-io/jetstream')).href)) as typeof import('@nats-io/jetstream');
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(repo, 'packages', 'cli', 'dist', 'bin.js');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-cli-watch-'));
// No pinned key from the environment (an empty AGENT_AUDIT_VERIFIER_KEY is a usage error, issue 12).
const env = { ...process.env };
delete env.AGENT_AUDIT_VERIFIER_KEY;
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function cli(...args: string[]) {
  if (!fs.existsSync(bin)) throw new Error(`${bin} is missing: run \`pnpm build\` first (pnpm test does)`);
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function stream(dir: string, name: string): AuditEvent[] {
  const file = path.join(dir, 'streams', name, '00000000000000000000.jsonl');
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as AuditEvent) : [];
}

async function ledgerWithDenials(name: string, denials: number): Promise<string> {
  const dir = path.join(root, name);
  const auditor = createAuditor({ agent: { id: 'pay-bot' }, stream: 'pay-bot', sink: fileLedger({ dir }) });
  auditor.record({ type: 'tool.call', tool: { name: 'get_balance' } });
  for (let i = 0; i < denials; i++) auditor.record({ type: 'policy.deny', outcome: 'denied', tool: { name: 'transfer_funds' }, decision: { action: 'deny', policy: 'limits' } });
  await auditor.close();
  return dir;
}

describe('agent-audit watch and resume --help', () => {
  const flags = {
    watch: ['--rules', '--alert', '--once', '--record-to', '--no-record', '--pause-dir', '--interval', '--retries', '--exec-timeout', '--verify-every', '--nats-stream', '--nats-subject-prefix', '--help'],
    resume: ['--pause-dir', '--ledger', '--by', '--help'],
  };
  for (const [name, expected] of Object.entries(flags)) {
    it(`${name} --help lists every flag it takes, and exits 0`, async () => {
      // The flags the command really registers on the commander layer, against the list above.
      const { createProgram } = await import('../../packages/cli/src/layer.js');
      const { registerWatchCommands } = await import('../../packages/cli/src/commands/watch.js');
      const io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: {} };
      const program = createProgram(io);
      registerWatchCommands(program, io, { code: 0 });
      const command = program.commands.find((c) => c.name() === name);
      expect([...(command?.options.map((o) => o.long) ?? []), '--help'].sort()).toEqual([...expected].sort());
      const run = cli(name, '--help');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`Usage: agent-audit ${name}`);
      for (const flag of expected) expect(run.stdout).toMatch(new RegExp(`(^|[ ,])${flag}\\b`, 'm'));
      expect(run.stdout).toContain('Exit codes:');
    });
  }
});

describe('agent-audit watch --once', () => {
  it('prints one JSON line per alert, records it as a chained alert.raised, and does not raise it twice', async () => {
    const dir = await ledgerWithDenials('once', 3);
    const run = cli('watch', dir, '--once');
    expect(run.stderr).toContain('alert(s)');
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { rule: string; eventIds: string[] });
    expect(lines.map((l) => l.rule)).toEqual(['denials']);
    const denials = stream(dir, 'pay-bot').filter((e) => e.type === 'policy.deny').map((e) => e.id);
    expect(lines[0]?.eventIds).toEqual(denials);
    const recorded = stream(dir, 'alerts');
    expect(recorded.map((e) => e.type)).toEqual(['alert.raised', 'alert.delivered']);
    expect(recorded[0]?.attrs).toMatchObject({ alert: { rule: 'denials', eventIds: denials } });
    expect(recorded[0]?.decision?.policy).toBe('denials');
    expect(cli('verify', dir).code).toBe(0);
    // A second pass over the same ledger finds the alert already recorded.
    const again = cli('watch', dir, '--once');
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('');
    expect(stream(dir, 'alerts')).toHaveLength(2);
  });

  it('ordinary traffic of two denials raises nothing', async () => {
    const dir = await ledgerWithDenials('quiet', 2);
    const run = cli('watch', dir, '--once', '--no-record');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
  });

  it('a rules file with a mistake exits 2 naming the line', async () => {
    const dir = await ledgerWithDenials('badrules', 1);
    const rules = path.join(root, 'bad.yaml');
    fs.writeFileSync(rules, 'rules:\n  - id: burst\n    kind: rate\n    count: 10\n    window: soon\n');
    const run = cli('watch', dir, '--once', '--rules', rules);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${rules}:5:`);
    expect(run.stderr).toContain('rules.0.window');
  });

  it('a ledger changed after it was written raises ledger-health (verification failure), naming the stream', async () => {
    const dir = await ledgerWithDenials('tampered', 1);
    const file = path.join(dir, 'streams', 'pay-bot', '00000000000000000000.jsonl');
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain('get_balance');
    fs.writeFileSync(file, text.replace('get_balance', 'get_balanXe'));
    const run = cli('watch', dir, '--once', '--no-record');
    expect(run.code).toBe(0);
    const alerts = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { rule: string; check?: string; summary: string });
    expect(alerts.map((a) => [a.rule, a.check])).toEqual([['ledger-health', 'verify_failure']]);
    expect(alerts[0]?.summary).toMatch(/stream pay-bot, seq 0 \(event [0-9A-Z]+\): hash mismatch/);
  });

  it('runs a command per alert and pauses the agent of a rule with action: pause; resume lifts it', async () => {
    const dir = await ledgerWithDenials('pause', 2);
    const rules = path.join(root, 'pause.json');
    fs.writeFileSync(rules, JSON.stringify({ rules: [{ id: 'deny-twice', kind: 'denials', count: 2, window: '1m', action: 'pause', severity: 'critical' }] }));
    const pauseDir = path.join(root, 'paused');
    const got = path.join(root, 'exec-got.json');
    const run = cli('watch', dir, '--once', '--rules', rules, '--pause-dir', pauseDir, '--alert', `exec:cat > ${got}`);
    expect(run.code).toBe(0);
    expect(JSON.parse(fs.readFileSync(got, 'utf8'))).toMatchObject({ rule: 'deny-twice', action: 'pause', agent: 'pay-bot' });
    expect(JSON.parse(fs.readFileSync(path.join(pauseDir, 'pay-bot.json'), 'utf8'))).toMatchObject({ agent: 'pay-bot', rule: 'deny-twice' });
    const resumed = cli('resume', 'pay-bot', '--pause-dir', pauseDir, '--ledger', dir, '--by', 'ops-1');
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toContain('resumed pay-bot');
    expect(fs.existsSync(path.join(pauseDir, 'pay-bot.json'))).toBe(false);
    expect(stream(dir, 'alerts').map((e) => e.type)).toEqual(['alert.raised', 'alert.delivered', 'agent.resume']);
  });
});

describe('agent-audit watch (live)', () => {
  it('delivers an alert for events written while it runs to a webhook, retrying a failed delivery, never printing the URL', async () => {
    const dir = await ledgerWithDenials('live', 0);
    const received: Array<{ rule: string; eventIds: string[] }> = [];
    let requests = 0;
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        requests++;
        // The first delivery fails: the watcher must try again.
        if (requests === 1) {
          res.writeHead(503).end();
          return;
        }
        received.push(JSON.parse(body) as { rule: string; eventIds: string[] });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    const url = `http://127.0.0.1:${port}/hook?token=sekret-token-123`;
    const child = spawn(process.execPath, [bin, 'watch', dir, '--alert', `webhook:${url}`, '--no-record'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    try {
      const auditor = createAuditor({ agent: { id: 'pay-bot' }, stream: 'pay-bot-live', sink: fileLedger({ dir }) });
      for (let i = 0; i < 3; i++) auditor.record({ type: 'policy.deny', outcome: 'denied', tool: { name: 'transfer_funds' } });
      await auditor.flush();
      const written = stream(dir, 'pay-bot-live').map((e) => e.id);
      await waitUntil(() => received.length > 0, 'the webhook to receive the alert');
      expect(received[0]).toMatchObject({ rule: 'denials', eventIds: written });
      expect(requests).toBe(2);
      await auditor.close();
    } finally {
      child.kill('SIGTERM');
      await waitForExit(child.pid as number);
      server.close();
    }
    expect(stderr).not.toContain('sekret');
    expect(stderr).toContain('1 alert(s)');
  });
});

describe('the default rules on the demo ledger', () => {
  // The demo itself writes the ledger, in a folder of this test (the built packages are used, as by `pnpm demo`).
  const demoHome = fs.mkdtempSync(path.join(os.tmpdir(), 'agent-audit-watch-demo-'));
  const demo = path.join(demoHome, 'demo-ledger');
  afterAll(() => fs.rmSync(demoHome, { recursive: true, force: true }));
  it('raise nothing', () => {
    const run0 = spawnSync(process.execPath, [path.join(repo, 'examples', 'demo.mjs')], { env: { ...process.env, AGENT_AUDIT_DEMO_DIR: demoHome }, encoding: 'utf8', timeout: 240_000 });
    expect(run0.status, run0.stderr).toBe(0);
    const run = cli('watch', demo, '--once', '--no-record');
    expect(run.code).toBe(0);
    const rules = run.stdout.trim() === '' ? [] : run.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { rule: string }).rule);
    // The demo touches restricted data: run outside Mon-Fri 07:00-20:00 UTC, the after-hours rule is right to fire, and only it.
    const times = fs.readdirSync(path.join(demo, 'streams')).flatMap((s) => stream(demo, s).map((e) => new Date(e.ts)));
    const afterHours = times.some((t) => t.getUTCDay() === 0 || t.getUTCDay() === 6 || t.getUTCHours() < 7 || t.getUTCHours() >= 20);
    expect(rules.filter((r) => !(afterHours && r === 'restricted-after-hours'))).toEqual([]);
  }, 300_000);
});

const postgres = await hasPostgres();
describe.skipIf(!postgres)('agent-audit watch on PostgreSQL', () => {
  it('--once over a store the shipper filled raises the same alert as the folder, recorded in --record-to', async () => {
    const dir = await ledgerWithDenials('pg', 3);
    const schema = uniqueSchema('aa_watch');
    const url = schemaUrl(schema);
    try {
      await migrate(url);
      const shipper = createShipper({ dir, sink: postgresSink({ url }) });
      await shipper.drain();
      await shipper.stop();
      const recordTo = path.join(root, 'pg-alerts');
      const run = cli('watch', url, '--once', '--record-to', recordTo);
      expect(run.stderr).not.toContain('password');
      expect(run.code).toBe(0);
      const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { rule: string; eventIds: string[] });
      expect(lines.map((l) => l.rule)).toEqual(['denials']);
      expect(lines[0]?.eventIds).toEqual(stream(dir, 'pay-bot').filter((e) => e.type === 'policy.deny').map((e) => e.id));
      expect(stream(recordTo, 'alerts').map((e) => e.type)).toEqual(['alert.raised', 'alert.delivered']);
    } finally {
      await dropSchema(schema);
    }
  });
});

/** Three chained denials of one agent, as a ledger would hold them (and the shipper publish them). */
async function denialEvents(agent: string, count = 3): Promise<AuditEvent[]> {
  const ledger = memoryLedger();
  const auditor = createAuditor({ agent: { id: agent }, stream: agent, sink: ledger });
  auditor.record({ type: 'tool.call', tool: { name: 'get_balance' } });
  for (let i = 0; i < count; i++) auditor.record({ type: 'policy.deny', outcome: 'denied', tool: { name: 'transfer_funds' }, decision: { action: 'deny', policy: 'limits' } });
  await auditor.close();
  return ledger.events(agent);
}

const nats = await hasNats();
describe.skipIf(!nats)('agent-audit watch on the NATS stream', () => {
  const target = () => {
    const id = uniqueSchema('aa_watch');
    return { servers: NATS_URL, stream: `AAWATCH_${id}`.toUpperCase(), subjectPrefix: `aawatch.${id}` };
  };
  const flags = (t: { stream: string; subjectPrefix: string }) => ['--nats-stream', t.stream, '--nats-subject-prefix', t.subjectPrefix];
  const dropStream = async (name: string) => {
    const nc = await connect({ servers: NATS_URL });
    try {
      await (await jetstreamManager(nc)).streams.delete(name).catch(() => undefined);
    } finally {
      await nc.close();
    }
  };

  it('--once reads what natsSink published (a repeat dropped) and raises the alert, recorded in --record-to; the durable consumer is not moved', async () => {
    const t = target();
    const events = await denialEvents('nats-pay-bot');
    const sink = natsSink({ ...t, createStream: { replicas: 1 } });
    const nc = await connect({ servers: NATS_URL });
    try {
      await sink.write(events);
      // The same event again under another message id (a shipper retry after the duplicate window): the watcher must not see a fork.
      const repeat = events[1] as AuditEvent;
      await jetstream(nc).publish(`${t.subjectPrefix}.${subjectToken(repeat.stream)}`, canonicalize(repeat), { msgID: 'retried-after-the-window' });
      const jsm = await jetstreamManager(nc);
      expect((await jsm.streams.info(t.stream)).state.messages).toBe(events.length + 1);
      await jsm.consumers.add(t.stream, { durable_name: 'agent-audit-collector', ack_policy: AckPolicy.Explicit, deliver_policy: DeliverPolicy.All });
      const recordTo = path.join(root, 'nats-alerts');
      const run = cli('watch', `nats://127.0.0.1:4222`, ...flags(t), '--once', '--record-to', recordTo);
      expect(run.stderr).toContain('4 event(s) evaluated');
      expect(run.code).toBe(0);
      const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { rule: string; agent: string; eventIds: string[] });
      expect(lines.map((l) => l.rule)).toEqual(['denials']);
      expect(lines[0]?.agent).toBe('nats-pay-bot');
      expect(lines[0]?.eventIds).toEqual(events.filter((e) => e.type === 'policy.deny').map((e) => e.id));
      expect(stream(recordTo, 'alerts').map((e) => e.type)).toEqual(['alert.raised', 'alert.delivered']);
      const durable = await jsm.consumers.info(t.stream, 'agent-audit-collector');
      expect(durable.delivered.stream_seq).toBe(0);
      expect(durable.num_pending).toBe(events.length + 1);
    } finally {
      await sink.close();
      await nc.close();
      await dropStream(t.stream);
    }
  });

  it('live: an alert for events published while it runs reaches stdout', async () => {
    const t = target();
    const sink = natsSink({ ...t, createStream: { replicas: 1 } });
    // The stream exists before the watcher starts (the watcher does not create it).
    await sink.write((await denialEvents('warm-up', 0)).slice(0, 1));
    const child = spawn(process.execPath, [bin, 'watch', NATS_URL, ...flags(t), '--no-record', '--interval', '50'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    try {
      const events = await denialEvents('nats-live-bot');
      await sink.write(events);
      await waitUntil(() => stdout.includes('\n'), 'the alert on stdout');
      const alert = JSON.parse(stdout.trim().split('\n')[0] as string) as { rule: string; agent: string; eventIds: string[] };
      expect(alert).toMatchObject({ rule: 'denials', agent: 'nats-live-bot', eventIds: events.filter((e) => e.type === 'policy.deny').map((e) => e.id) });
    } finally {
      child.kill('SIGTERM');
      await waitForExit(child.pid as number);
      await sink.close();
      await dropStream(t.stream);
    }
    expect(stderr).toContain('1 alert(s)');
  });

  it('a stream that does not exist is an error, exit 2', () => {
    const t = target();
    const run = cli('watch', NATS_URL, ...flags(t), '--once', '--no-record');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(t.stream);
  });
});
