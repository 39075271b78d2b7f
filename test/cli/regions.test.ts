import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byRegion, combineSources, createAuditor, fileLedger, generateSignerKey, ledgerSource } from '@agent-audit/core';
import { listTraces } from '../../packages/cli/src/ui/server.js';
import { indexRow, type IndexRow } from '../../packages/cli/src/ui/event-index.js';

// Regional routing (issue 18 item 4) on the command layer: eu and us agents routed to their own
// folders; query, report, watch and the ui's trace list over both show each event's region; each
// folder verifies on its own.
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(repo, 'packages', 'cli', 'dist', 'bin.js');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-cli-regions-'));
const eu = path.join(root, 'eu');
const us = path.join(root, 'us');
const env = { ...process.env, AGENT_AUDIT_HOME: path.join(root, 'home') };
const keys = { eu: generateSignerKey('regions/eu'), us: generateSignerKey('regions/us') };
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function cli(...args: string[]) {
  if (!fs.existsSync(bin)) throw new Error(`${bin} is missing: run \`pnpm build\` first (pnpm test does)`);
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(async () => {
  const ledgers = byRegion({ eu: fileLedger({ dir: eu, signingKey: keys.eu.signerKey }), us: fileLedger({ dir: us, signingKey: keys.us.signerKey }) });
  const euBot = createAuditor({ agent: { id: 'eu-bot', region: 'eu' }, sink: ledgers, redactionWorker: false });
  const usBot = createAuditor({ agent: { id: 'us-bot', region: 'us' }, sink: ledgers, redactionWorker: false });
  for (let i = 0; i < 3; i++) {
    euBot.record({ type: 'tool.call', session: 'eu-s', tool: { name: 'eu_tool', arguments: { i } } });
    usBot.record({ type: 'tool.call', session: 'us-s', tool: { name: 'us_tool', arguments: { i } } });
  }
  usBot.record({ type: 'tool.call', session: 'us-s', tool: { name: 'us_tool', arguments: { i: 3 } } });
  await Promise.all([euBot.close(), usBot.close()]);
});

describe('regions across the CLI', { timeout: 300_000 }, () => {
  it('each regional folder holds only its region and verifies with its pinned key', () => {
    for (const [dir, key, region] of [[eu, keys.eu.verifierKey, 'eu'], [us, keys.us.verifierKey, 'us']] as const) {
      const run = cli('verify', dir, '--key', key);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const events = cli('query', dir, '--json').stdout.trim().split('\n').map((l) => JSON.parse(l) as { agent: { region?: string } });
      expect(new Set(events.map((e) => e.agent.region))).toEqual(new Set([region]));
    }
  });

  it('query over both folders: a REGION column, a region csv column, agent.region in json', () => {
    const table = cli('query', eu, us).stdout.trim().split('\n');
    expect(table[0]).toMatch(/^TIME\s+SESSION\s+REGION\s+CHAIN#SEQ/);
    expect(table.filter((l) => /\seu-s\s+eu\s+eu-bot#\d/.test(l))).toHaveLength(3);
    expect(table.filter((l) => /\sus-s\s+us\s+us-bot#\d/.test(l))).toHaveLength(4);
    const csv = cli('query', eu, us, '--format', 'csv').stdout.trim().split('\n');
    expect(csv[0]!.split(',').at(-1)).toBe('region');
    expect(csv.slice(1).map((l) => l.split(',').at(-1)).sort()).toEqual(['eu', 'eu', 'eu', 'us', 'us', 'us', 'us']);
    const json = cli('query', eu, us, '--json').stdout.trim().split('\n').map((l) => JSON.parse(l) as { stream: string; agent: { region?: string } });
    expect(json.map((e) => `${e.stream}:${e.agent.region}`).sort()).toEqual([...Array(3).fill('eu-bot:eu'), ...Array(4).fill('us-bot:us')]);
  });

  it('query --region selects one region across both folders; an unknown region matches nothing', () => {
    const only = (region: string) => cli('query', eu, us, '--region', region, '--json').stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { stream: string });
    expect(only('eu').map((e) => e.stream)).toEqual(['eu-bot', 'eu-bot', 'eu-bot']);
    expect(only('us')).toHaveLength(4);
    expect(only('apac')).toEqual([]);
  });

  it('report activity over both folders has a region breakdown and verifies each folder in place', () => {
    const common = ['report', 'activity', eu, us, '--key', keys.eu.verifierKey, '--key', keys.us.verifierKey, '--no-record'];
    const json = cli(...common, '--format', 'json');
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as { regions: Record<string, number>; verification: { ok: boolean } };
    expect(report.regions).toEqual({ eu: 3, us: 4 });
    expect(report.verification.ok).toBe(true);
    const md = cli(...common).stdout;
    expect(md).toContain('Events by region');
    // reading did not move or copy anything: each folder still holds only its own stream
    expect(fs.readdirSync(path.join(eu, 'streams'))).toEqual(['eu-bot']);
    expect(fs.readdirSync(path.join(us, 'streams'))).toEqual(['us-bot']);
  });

  it('watch over both folders names the region of each alert', () => {
    const rules = path.join(root, 'rules.yaml');
    fs.writeFileSync(rules, 'rules:\n  - id: tool-burst\n    kind: rate\n    match: { type: tool.call }\n    by: agent\n    count: 3\n    window: 1h\n');
    const run = cli('watch', eu, us, '--once', '--no-record', '--rules', rules);
    expect(run.code).toBe(0);
    const alerts = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { rule: string; agent?: string; region?: string });
    expect(alerts.map((a) => `${a.agent}:${a.region}`).sort()).toEqual(['eu-bot:eu', 'us-bot:us']);
  });

  it('examples/regions.mjs runs: refuses an unrouted region, ships and verifies per region, queries both', () => {
    const work = path.join(root, 'example');
    const run = spawnSync(process.execPath, [path.join(repo, 'examples', 'regions.mjs')], { encoding: 'utf8', env: { ...env, AGENT_AUDIT_REGIONS_DIR: work }, timeout: 240_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('refused: createAuditor(): sink: region "apac" has no target (routed regions: eu, us)');
    expect(run.stdout).toContain('shipped: siem-eu got 3 events (regions eu), siem-us got 2 (regions us)');
    expect(run.stdout).toMatch(/eu folder: regions eu; verify OK \(3 events\)\nus folder: regions us; verify OK \(2 events\)/);
    expect(run.stdout).toMatch(/^TIME\s+SESSION\s+REGION/m);
    expect(run.stdout).toMatch(/\| eu \| 3 \|\n\| us \| 2 \|/);
    expect(fs.readdirSync(path.join(work, 'eu', 'streams'))).toEqual(['claims-eu']);
    expect(fs.readdirSync(path.join(work, 'us', 'streams'))).toEqual(['claims-us']);
  });

  it('the ui trace list gives each trace its regions', async () => {
    const source = combineSources([ledgerSource(eu, { verifyInWorker: false }), ledgerSource(us, { verifyInWorker: false })]);
    const { rows } = await listTraces(source, {}, 1);
    expect(rows).toHaveLength(7);
    for (const row of rows) expect(row.regions).toEqual([row.agents[0] === 'eu-bot' ? 'eu' : 'us']);
    // the region filter, answered from the source and from the in-memory index alike
    const index: IndexRow[] = [];
    for await (const event of source.events({})) index.push(indexRow(event)!);
    for (const from of [undefined, index]) {
      const eu = await listTraces(source, { region: 'eu' }, 1, from);
      expect(eu.rows).toHaveLength(3);
      expect(eu.rows.every((r) => r.agents.join() === 'eu-bot' && r.regions.join() === 'eu')).toBe(true);
      expect((await listTraces(source, { region: 'apac' }, 1, from)).rows).toEqual([]);
    }
  });
});
