import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, fileLedger, type AuditEvent } from '@agent-audit/core';
import { waitForExit, waitUntil } from '../wait.js';

// What a tester found in `agent-audit watch` (issue 17): a forged alert in the monitor's stream,
// a malformed line, exec: without a timeout, an undelivered alert lost, webhook errors, and
// verify_failure alerts that named no event. Drives the built binary.
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(repo, 'packages', 'cli', 'dist', 'bin.js');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-cli-watch-trust-'));
const env = { ...process.env };
delete env.AGENT_AUDIT_VERIFIER_KEY;
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function cli(...args: string[]) {
  if (!fs.existsSync(bin)) throw new Error(`${bin} is missing: run \`pnpm build\` first (pnpm test does)`);
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env, timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function stream(dir: string, name: string): AuditEvent[] {
  const file = path.join(dir, 'streams', name, '00000000000000000000.jsonl');
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as AuditEvent) : [];
}

type Printed = { rule: string; check?: string; summary: string; eventIds: string[]; window: { from: string; to: string }; measured?: Record<string, number> };
const alertsOf = (stdout: string): Printed[] => stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Printed);

async function ledgerWithDenials(name: string, denials: number, streamName = 'pay-bot'): Promise<string> {
  const dir = path.join(root, name);
  const auditor = createAuditor({ agent: { id: 'pay-bot' }, stream: streamName, sink: fileLedger({ dir }) });
  auditor.record({ type: 'tool.call', tool: { name: 'get_balance' } });
  for (let i = 0; i < denials; i++) auditor.record({ type: 'policy.deny', outcome: 'denied', tool: { name: 'transfer_funds' }, decision: { action: 'deny', policy: 'limits' } });
  await auditor.close();
  return dir;
}

describe('watch: the monitor trusts only its own records', () => {
  it('an agent that writes a fake alert.raised into the "alerts" stream does not suppress the alert, and the collision is itself an alert', async () => {
    const dir = path.join(root, 'forged');
    const agent = createAuditor({ agent: { id: 'a2' }, stream: 'alerts', sink: fileLedger({ dir, stream: 'alerts' }) });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push(agent.record({ type: 'policy.deny', outcome: 'denied', actor: { id: 'u', type: 'user' }, tool: { name: 't' }, decision: { action: 'deny', policy: 'p' } }).id);
    const fake = { rule: 'denials', kind: 'denials', eventIds: [ids[2]], key: { by: 'agent', value: 'a2' }, window: { from: '2026-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' }, summary: 'fake', severity: 'info', count: 3 };
    agent.record({ type: 'alert.raised', decision: { action: 'alert', policy: 'denials' }, attrs: { alert: fake } });
    await agent.close();

    const run = cli('watch', dir, '--once');
    expect(run.code).toBe(0);
    const alerts = alertsOf(run.stdout);
    expect(alerts.map((a) => [a.rule, a.check]).sort()).toEqual([['denials', undefined], ['ledger-health', 'record_collision']]);
    expect(alerts.find((a) => a.rule === 'denials')?.eventIds).toEqual(ids);
    const collision = alerts.find((a) => a.check === 'record_collision');
    expect(collision?.summary).toContain('holds 4 event(s) it did not write (agent "a2")');
    expect(collision?.eventIds).toContain(ids[0]);
  });

  it('a forged record that claims to be the monitor but breaks the chain is not trusted either', async () => {
    const dir = await ledgerWithDenials('forged-chain', 3);
    expect(cli('watch', dir, '--once').code).toBe(0);
    const file = path.join(dir, 'streams', 'alerts', '00000000000000000000.jsonl');
    // A copy of the monitor's own record, with another event's id: chained to nothing.
    const [first] = stream(dir, 'alerts');
    fs.appendFileSync(file, JSON.stringify({ ...first, seq: 99, attrs: { alert: { rule: 'denials', eventIds: ['x'] } } }) + '\n');
    const again = cli('watch', dir, '--once');
    expect(alertsOf(again.stdout).map((a) => a.rule)).toContain('denials');
  });
});

/**
 * Starts a live watch on a ledger with no alerts, appends `line` to the monitor's own record stream
 * once the watch has opened it, and resolves with stdout once a record_collision is on it.
 */
async function liveCollision(name: string, line: (dir: string) => string): Promise<string> {
  const dir = await ledgerWithDenials(name, 0);
  const child = spawn(process.execPath, [bin, 'watch', dir, '--interval', '50'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  try {
    // The recorder opens the monitor's stream at start (nothing is recorded: no rule fires on this
    // ledger). Its segment, not only its folder: appending before the writer has created the
    // segment would create it first, and the writer's open would then race the test.
    const segment = path.join(dir, 'streams', 'alerts', '00000000000000000000.jsonl');
    await waitUntil(() => fs.existsSync(segment), 'the watch to open its record stream');
    fs.appendFileSync(segment, line(dir) + '\n');
    await waitUntil(() => stdout.includes('record_collision'), 'the record_collision alert').catch((error: Error) => {
      throw new Error(`${error.message}; stderr: ${stderr}; stdout: ${stdout}`);
    });
    return stdout;
  } finally {
    child.kill('SIGTERM');
    await waitForExit(child.pid as number);
  }
}

describe('watch: another writer in the record stream during a live watch', () => {
  it('is flagged as record_collision when its event appears', async () => {
    // A line of agent a3 in the monitor's stream, as another writer would put it there.
    const stdout = await liveCollision('collide-live', (dir) => JSON.stringify({ ...stream(dir, 'pay-bot')[0], agent: { id: 'a3' }, stream: 'alerts', seq: 0 }));
    expect(stdout).toContain('agent \\"a3\\"');
  });

  it('is flagged as record_collision too when the line is no event (not only as a malformed line)', async () => {
    const stdout = await liveCollision('collide-junk', () => '{"foreign":true}');
    expect(stdout).toContain('holds a line it did not write');
  });
});

describe('watch: a malformed line is an alert, never the end of the watch', () => {
  it('--once raises verify_failure naming stream, segment and byte offset, and evaluates the lines after it', async () => {
    const dir = await ledgerWithDenials('junk-once', 0);
    const file = path.join(dir, 'streams', 'pay-bot', '00000000000000000000.jsonl');
    const offset = fs.statSync(file).size;
    const [line] = fs.readFileSync(file, 'utf8').trim().split('\n');
    const base = JSON.parse(line as string) as AuditEvent;
    const after = [1, 2, 3].map((seq) => JSON.stringify({ ...base, id: `deny-${seq}`, seq, type: 'policy.deny', outcome: 'denied' })).join('\n');
    fs.appendFileSync(file, 'not json at all\n' + after + '\n');
    const run = cli('watch', dir, '--once', '--no-record');
    expect(run.stderr).not.toContain('is not a JSON event\n');
    expect(run.code).toBe(0);
    const alerts = alertsOf(run.stdout);
    const malformed = alerts.find((a) => a.check === 'verify_failure' && a.summary.includes('not a JSON event'));
    expect(malformed?.summary).toContain(`stream pay-bot: segment 00000000000000000000.jsonl at byte ${offset}`);
    expect(alerts.find((a) => a.rule === 'denials')?.eventIds).toEqual(['deny-1', 'deny-2', 'deny-3']);
  });

  it('a live watch raises it and keeps alerting on what is written after it', async () => {
    const dir = await ledgerWithDenials('junk-live', 0);
    const child = spawn(process.execPath, [bin, 'watch', dir, '--no-record', '--interval', '50'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    try {
      const file = path.join(dir, 'streams', 'pay-bot', '00000000000000000000.jsonl');
      const [line] = fs.readFileSync(file, 'utf8').trim().split('\n');
      fs.appendFileSync(file, '{"broken\n');
      // From the tail (the line read live) or from the verification at start, whichever sees it first.
      await waitUntil(() => stdout.includes('"check":"verify_failure"'), 'the malformed-line alert');
      const base = JSON.parse(line as string) as AuditEvent;
      fs.appendFileSync(file, [1, 2, 3].map((seq) => JSON.stringify({ ...base, id: `live-${seq}`, seq, type: 'policy.deny', outcome: 'denied' })).join('\n') + '\n');
      await waitUntil(() => stdout.includes('"rule":"denials"'), 'the denials alert after the malformed line');
      expect(child.exitCode).toBeNull();
    } finally {
      child.kill('SIGTERM');
      await waitForExit(child.pid as number);
    }
  });
});

describe('watch: delivery', () => {
  it('an exec: target that never ends is killed after --exec-timeout and counted as a failed delivery', async () => {
    const dir = await ledgerWithDenials('exec-timeout', 3);
    const started = Date.now();
    const run = cli('watch', dir, '--once', '--alert', 'exec:sleep 1000', '--exec-timeout', '1', '--retries', '2');
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('exec #1: timed out after 1 s (process group killed) after 2 attempt(s)');
  });

  it('an alert whose delivery failed is delivered by the next run, then never again; the summary says which', async () => {
    const dir = await ledgerWithDenials('redeliver', 3);
    const failed = cli('watch', dir, '--once', '--alert', 'exec:exit 3', '--retries', '1');
    expect(failed.code).toBe(2);
    expect(failed.stderr).toContain('1 alert(s): 0 delivered, 1 not delivered');
    const next = cli('watch', dir, '--once');
    expect(next.code).toBe(0);
    expect(alertsOf(next.stdout).map((a) => a.rule)).toEqual(['denials']);
    expect(next.stderr).toContain('1 alert(s): 1 delivered, 0 not delivered');
    const last = cli('watch', dir, '--once');
    // On failure, what the runs said and what the record stream holds (a flake at load 14 on
    // 2026-12-08 printed the alert a third time; these say why next time).
    const told = () => `runs 1-3 stderr:\n${failed.stderr}\n${next.stderr}\n${last.stderr}\nalerts stream:\n${stream(dir, 'alerts').map((e) => JSON.stringify(e).slice(0, 600)).join('\n')}`;
    expect(last.stdout, told()).toBe('');
    expect(last.stderr).toContain('1 delivered by an earlier run');
    expect(stream(dir, 'alerts').map((e) => e.type)).toEqual(['alert.raised', 'alert.delivery_failed', 'alert.delivered']);
    expect(cli('verify', dir).code).toBe(0);
  });

  it('webhooks: credentials in the URL are refused at start and never printed; errors say what happened', async () => {
    const dir = await ledgerWithDenials('webhook-errors', 3);
    const creds = cli('watch', dir, '--once', '--no-record', '--alert', 'webhook:http://alice:s3cretpw@127.0.0.1:9/hook');
    expect(creds.code).toBe(2);
    expect(creds.stderr).toContain('carries credentials');
    expect(creds.stderr).not.toContain('s3cretpw');
    expect(creds.stderr).not.toContain('alice');

    // A port nothing listens on: taken, then released.
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const closed = (probe.address() as { port: number }).port;
    await new Promise((resolve) => probe.close(resolve));
    const refused = cli('watch', dir, '--once', '--no-record', '--retries', '1', '--alert', `webhook:http://127.0.0.1:${closed}/hook?token=tok-123`);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`webhook #1: ECONNREFUSED 127.0.0.1:${closed} after 1 attempt(s)`);
    expect(refused.stderr).not.toContain('tok-123');
    // Probe 2026-12-06 F10: port 9 (MONITORING.md's example) is one fetch refuses to connect to
    // ("bad port", a cause without a code): the message said only `TypeError reaching 127.0.0.1:9`.
    const blocked = cli('watch', dir, '--once', '--no-record', '--retries', '1', '--alert', 'webhook:http://127.0.0.1:9/hook?token=tok-9');
    expect(blocked.code).toBe(2);
    expect(blocked.stderr).toContain('webhook #1: bad port 127.0.0.1:9 (fetch never connects to the ports the Fetch standard blocks: use another port) after 1 attempt(s)');
    expect(blocked.stderr).not.toContain('TypeError');
    expect(blocked.stderr).not.toContain('tok-9');

    let requests = 0;
    const server = http.createServer((req, res) => {
      requests++;
      req.resume();
      req.on('end', () => res.writeHead(404).end());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    const run = spawn(process.execPath, [bin, 'watch', dir, '--once', '--no-record', '--retries', '3', '--alert', `webhook:http://127.0.0.1:${port}/hook`], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    run.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => run.once('exit', resolve));
    server.close();
    expect(code).toBe(2);
    expect(stderr).toContain('webhook #1: HTTP 404 (not retried)\n');
    expect(requests).toBe(1);
  });
});

describe('watch: verify_failure names the event', () => {
  it('carries the id and seq verification names, and the window is the event time', async () => {
    const dir = await ledgerWithDenials('tampered-ids', 1);
    const file = path.join(dir, 'streams', 'pay-bot', '00000000000000000000.jsonl');
    const [first] = stream(dir, 'pay-bot');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('get_balance', 'get_balanXe'));
    const run = cli('watch', dir, '--once', '--no-record');
    const [alert] = alertsOf(run.stdout);
    expect(alert).toMatchObject({ rule: 'ledger-health', check: 'verify_failure', eventIds: [first?.id], window: { from: first?.ts, to: first?.ts }, measured: { seq: 0 } });
  });
});

describe('watch: rules files', () => {
  it('a file that is not a rules file is never quoted; rules: [] warns', async () => {
    const dir = await ledgerWithDenials('rules-files', 0);
    const shadow = path.join(root, 'shadow');
    fs.writeFileSync(shadow, 'root:*:20228:0:99999:7:::\nsvc:$6$hash-of-a-secret:20228:0:99999:7:::\n');
    const run = cli('watch', dir, '--once', '--no-record', '--rules', shadow);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${shadow}:1:1: not a rules file`);
    expect(run.stderr).not.toContain('root');
    expect(run.stderr).not.toContain('hash-of-a-secret');
    const empty = path.join(root, 'empty.yaml');
    fs.writeFileSync(empty, 'rules: []\n');
    const none = cli('watch', dir, '--once', '--no-record', '--rules', empty);
    expect(none.code).toBe(0);
    expect(none.stderr).toContain('enable no rule: nothing will ever alert');
  });
});
