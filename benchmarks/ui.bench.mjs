// `agent-audit ui` on a large ledger: the first page of the traces list, and a trace of 1,000
// events, timed in Debian's chromium (playwright-core) and at the JSON API.
//
//   node benchmarks/ui.bench.mjs [--events=100000] [--rounds=5]
//
// Needs the built CLI (pnpm --filter @agent-audit/cli build) and /usr/bin/chromium. Writes a
// ledger of `events` ~1 KB tool events (10 per trace, redacted as usual) plus one trace of
// 1,000 events, serves it, and reports medians: API time for the first page and the trace, and
// browser time from navigation until the rows / the timeline are on screen.
// Targets (issue 16): first page < 2 s, the 1,000-event trace < 1 s.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { arg, fmtInt, loadDist, makeToolEvent, repoRoot, summarize, writeResult } from './lib/common.mjs';

const total = arg('events', 100_000);
const rounds = arg('rounds', 5);
const CHROMIUM = '/usr/bin/chromium';
const bin = path.join(repoRoot, 'packages', 'cli', 'dist', 'bin.js');
if (!fs.existsSync(path.join(repoRoot, 'packages', 'cli', 'dist', 'ui', 'app.js'))) throw new Error('build the CLI first: pnpm --filter @agent-audit/cli build');
const core = await loadDist('core');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-ui-bench-'));
const ledger = path.join(dir, 'ledger');
const started = performance.now();
const auditor = core.createAuditor({ agent: { id: 'bench-agent' }, sink: core.fileLedger({ dir: ledger }), onError: (e) => console.error(`audit error: ${e.message}`) });
let bigTrace;
// The run's session and actor apply (makeToolEvent sets its own).
const event = (i) => {
  const { session: _session, actor: _actor, ...rest } = makeToolEvent(i);
  return rest;
};
await auditor.run({ session: 'big-trace', actor: { id: 'user-big', type: 'user' } }, async () => {
  for (let i = 0; i < 1000; i++) {
    auditor.record(event(i));
    if (i % 500 === 499) await auditor.flush();
  }
});
for (let i = 1000; i < total; i += 10) {
  await auditor.run({ session: `s-${i}`, actor: { id: `user-${i % 500}`, type: 'user' } }, async () => {
    for (let j = i; j < Math.min(total, i + 10); j++) auditor.record(event(j));
  });
  if (i % 2000 === 0) await auditor.flush();
}
await auditor.close();
const writeSeconds = (performance.now() - started) / 1000;
for await (const e of core.queryLedger(ledger, { session: 'big-trace' })) { bigTrace = e.trace.traceId; break; }
console.log(`wrote ${fmtInt(total)} events in ${writeSeconds.toFixed(1)} s`);

const child = spawn(process.execPath, [bin, 'ui', ledger], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise((resolve, reject) => {
  readline.createInterface({ input: child.stdout }).once('line', (line) => resolve(line.trim()));
  child.once('exit', (code) => reject(new Error(`agent-audit ui exited ${code}`)));
});
const base = new URL(url);
const token = base.searchParams.get('token');
const timeApi = async (p) => {
  const t = performance.now();
  const response = await fetch(`${base.origin}${p}`, { headers: { authorization: `Bearer ${token}` } });
  const body = await response.json();
  if (!response.ok) throw new Error(JSON.stringify(body));
  return { ms: performance.now() - t, body };
};

const api = { firstPage: [], trace: [] };
const browser = { firstPage: [], trace: [] };
let pw;
try {
  pw = createRequire(path.join(repoRoot, 'package.json'))('playwright-core');
} catch {
  pw = undefined;
}
const haveBrowser = pw && fs.existsSync(CHROMIUM);
const chrome = haveBrowser ? await pw.chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-background-networking'] }) : undefined;
try {
  for (let r = 0; r < rounds; r++) {
    const first = await timeApi('/api/traces');
    api.firstPage.push(first.ms);
    const trace = await timeApi(`/api/trace?trace=${bigTrace}`);
    if (trace.body.total !== 1000) throw new Error(`the big trace holds ${trace.body.total} events`);
    api.trace.push(trace.ms);
    if (chrome) {
      const page = await chrome.newPage();
      let t = performance.now();
      await page.goto(url);
      await page.locator('[data-testid="traces"] tbody tr').first().waitFor({ timeout: 120_000 });
      browser.firstPage.push(performance.now() - t);
      t = performance.now();
      await page.goto(`${base.origin}/#/trace/${bigTrace}`);
      await page.locator('[data-testid="timeline"] li.event').first().waitFor({ timeout: 120_000 });
      browser.trace.push(performance.now() - t);
      await page.close();
    }
  }
} finally {
  await chrome?.close();
  child.kill('SIGTERM');
  fs.rmSync(dir, { recursive: true, force: true });
}
const result = {
  events: total,
  rounds,
  writeSeconds: Number(writeSeconds.toFixed(1)),
  apiMs: { firstPage: summarize(api.firstPage, 1), trace1000: summarize(api.trace, 1) },
  browserMs: chrome ? { firstPage: summarize(browser.firstPage, 1), trace1000: summarize(browser.trace, 1) } : 'skipped: /usr/bin/chromium or playwright-core missing',
  targets: { firstPageMs: 2000, trace1000Ms: 1000 },
};
console.log(JSON.stringify(result, null, 2));
console.log(`results: ${writeResult('ui', result)}`);
