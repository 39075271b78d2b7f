// Regional routing: EU data stays in EU stores (GDPR Chapter V), US data in US stores, and one
// query reads both folders in place. See docs/REGIONS.md.
//
//   node examples/regions.mjs        (needs the built packages: npx -y pnpm@10.34.9 build)
//
// AGENT_AUDIT_REGIONS_DIR moves the example's folder (default .agent-audit/regions).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  byRegion, combineSources, createAuditor, createShipper, fileLedger, ledgerSource, queryLedger, verifyLedger,
} from '@agent-audit/core';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const work = process.env.AGENT_AUDIT_REGIONS_DIR ? path.resolve(process.env.AGENT_AUDIT_REGIONS_DIR) : path.join(repo, '.agent-audit', 'regions');
const folders = { eu: path.join(work, 'eu'), us: path.join(work, 'us') };
for (const dir of Object.values(folders)) fs.rmSync(dir, { recursive: true, force: true });
const onError = (error) => console.error(`audit error: ${error.message}`);

// 1. One ledger per region. In production these are the EU and US volumes (/data/eu, /data/us).
const ledgers = { eu: fileLedger({ dir: folders.eu }), us: fileLedger({ dir: folders.us }) };
const regional = byRegion(ledgers);

// 2. Each agent names its region; the routing picks its ledger. Stream names (agent ids) differ
//    per region, so the folders can later be read together.
const euAgent = createAuditor({ agent: { id: 'claims-eu', region: 'eu' }, sink: regional, onError });
const usAgent = createAuditor({ agent: { id: 'claims-us', region: 'us' }, sink: regional, onError });
euAgent.record({ type: 'message.user', actor: { id: 'u-berlin-7', type: 'user' }, session: 'eu-1', content: { input: 'Mein Schaden: Kontakt anna.schmidt@example.de' } });
euAgent.record({ type: 'tool.call', session: 'eu-1', tool: { name: 'lookup_claim', arguments: { claim: 'EU-4411' } } });
euAgent.record({ type: 'decision.made', session: 'eu-1', decision: { action: 'approve', reason: 'within policy' } });
usAgent.record({ type: 'message.user', actor: { id: 'u-ohio-3', type: 'user' }, session: 'us-1', content: { input: 'Status of claim US-993?' } });
usAgent.record({ type: 'tool.call', session: 'us-1', tool: { name: 'lookup_claim', arguments: { claim: 'US-993' } } });
await Promise.all([euAgent.close(), usAgent.close()]);

// 3. A region without a ledger is refused when the auditor is made: no silent fallback to another region.
try {
  createAuditor({ agent: { id: 'claims-apac', region: 'apac' }, sink: regional });
} catch (error) {
  console.log(`refused: ${error.message}`);
}

// 4. Shipping: each folder to its own region's target; a target of another region is never chosen.
const received = { eu: [], us: [] };
const targets = byRegion({
  eu: { name: 'siem-eu', write: async (events) => void received.eu.push(...events) },
  us: { name: 'siem-us', write: async (events) => void received.us.push(...events) },
});
for (const region of ['eu', 'us']) {
  const shipper = createShipper({ dir: folders[region], sink: targets, region, onError, cursorDir: path.join(work, `.ship-${region}`) });
  await shipper.runOnce();
  await shipper.stop();
}
console.log(`shipped: siem-eu got ${received.eu.length} events (regions ${[...new Set(received.eu.map((e) => e.agent.region))]}), siem-us got ${received.us.length} (regions ${[...new Set(received.us.map((e) => e.agent.region))]})`);

// 5. Each folder holds only its region's events and verifies on its own with its pinned key.
for (const region of ['eu', 'us']) {
  const regions = new Set();
  for await (const event of queryLedger(folders[region], {})) regions.add(event.agent.region);
  const result = await verifyLedger(folders[region], { verifierKey: ledgers[region].verifierKey });
  console.log(`${region} folder: regions ${[...regions].join(',')}; verify ${result.ok ? 'OK' : 'FAILED'} (${result.events} events)`);
}

// 6. One query across both regions reads each folder where it is: nothing is copied or moved.
const both = combineSources([ledgerSource(folders.eu), ledgerSource(folders.us)]);
for await (const event of both.events({})) {
  console.log(`  ${event.ts}  ${(event.agent.region ?? '-').padEnd(3)} ${`${event.stream}#${event.seq}`.padEnd(12)} ${event.type}`);
}

// 7. The same with the CLI, when it is built: a REGION column, and a per-region count in the report.
const cli = path.join(repo, 'packages', 'cli', 'dist', 'bin.js');
if (fs.existsSync(cli)) {
  for (const args of [['query', folders.eu, folders.us], ['report', 'activity', folders.eu, folders.us, '--key', ledgers.eu.verifierKey, '--key', ledgers.us.verifierKey, '--no-record']]) {
    console.log(`\n$ agent-audit ${args.map((a) => (a.startsWith(work) ? path.relative(process.cwd(), a) : a)).join(' ')}`);
    const run = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
    // Of the report, only its region table here (the rest: docs/REPORTS.md).
    const text = args[0] === 'report' ? run.stdout.slice(run.stdout.indexOf('## Events by region'), run.stdout.indexOf('## Per agent')) : run.stdout;
    process.stdout.write(text);
    if (run.status !== 0) process.stderr.write(run.stderr);
  }
}
