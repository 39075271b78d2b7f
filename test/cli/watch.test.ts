import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, createShipper, fileLedger, type AuditEvent } from '@agent-audit/core';
import { migrate, postgresSink } from '@agent-audit/postgres';
import { dropSchema, hasPostgres, schemaUrl, uniqueSchema } from '../delivery/services.js';
import { waitForExit, waitUntil } from '../wait.js';

// Drives the built `agent-audit` binary: watch --once and live, alerts to stdout and a webhook,
// alert.raised recorded and chained, de-dup across runs, pause and resume.
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
    expect(recorded.map((e) => e.type)).toEqual(['alert.raised']);
    expect(recorded[0]?.attrs).toMatchObject({ alert: { rule: 'denials', eventIds: denials } });
    expect(recorded[0]?.decision?.policy).toBe('denials');
    expect(cli('verify', dir).code).toBe(0);
    // A second pass over the same ledger finds the alert already recorded.
    const again = cli('watch', dir, '--once');
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('');
    expect(stream(dir, 'alerts')).toHaveLength(1);
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
    expect(stream(dir, 'alerts').map((e) => e.type)).toEqual(['alert.raised', 'agent.resume']);
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
      expect(stream(recordTo, 'alerts').map((e) => e.type)).toEqual(['alert.raised']);
    } finally {
      await dropSchema(schema);
    }
  });
});
