// `agent-audit ui` on a large ledger: start-up (index built), the first page of the traces list,
// a trace of 1,000 events, and how soon a new event shows; timed at the JSON API and in Debian's
// chromium (playwright-core).
//
//   node benchmarks/ui.bench.mjs [--events=100000] [--rounds=5]
//
// Needs the built CLI (pnpm --filter @agent-audit/cli build) and /usr/bin/chromium. Writes a
// ledger of `events` ~1 KB tool events (10 per trace, redacted as usual) with one trace of 1,000
// events spread over the whole ledger (one event in every ~100, so its lines are as far apart as
// they get), serves it, and reports medians: API time for the first page (each round a query the
// server has not cached) and the trace, browser time from navigation until the rows / the
// timeline are on screen, and the server's CPU time beside the wall time.
// Targets (issue 16): first page < 2 s, the 1,000-event trace < 1 s; new events within a few seconds.
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

// --ledger=DIR keeps the written ledger there and reuses it on the next run (same --events).
const kept = arg('ledger', '');
const dir = kept ? path.resolve(kept) : fs.mkdtempSync(path.join(os.tmpdir(), 'aa-ui-bench-'));
const ledger = path.join(dir, 'ledger');
if (kept) fs.mkdirSync(dir, { recursive: true });
const reuse = kept && fs.existsSync(path.join(dir, 'big-trace.json'));
const started = performance.now();
const auditor = core.createAuditor({ agent: { id: 'bench-agent' }, sink: core.fileLedger({ dir: ledger }), onError: (e) => console.error(`audit error: ${e.message}`) });
// The run's session and actor apply (makeToolEvent sets its own).
const event = (i) => {
  const { session: _session, actor: _actor, ...rest } = makeToolEvent(i);
  return rest;
};
const BIG = 1000;
const bigTrace = reuse ? JSON.parse(fs.readFileSync(path.join(dir, 'big-trace.json'), 'utf8')).trace : core.newTraceId();
const bigSpan = core.newSpanId();
const every = Math.max(1, Math.floor((total - BIG) / BIG));
let big = reuse ? BIG : 0;
for (let i = 0; !reuse && i < total - BIG; i += 10) {
  await auditor.run({ session: `s-${i}`, actor: { id: `user-${i % 500}`, type: 'user' } }, async () => {
    for (let j = i; j < Math.min(total - BIG, i + 10); j++) auditor.record(event(j));
  });
  while (big < BIG && big * every <= i) {
    await auditor.run({ trace: { traceId: bigTrace, spanId: bigSpan }, session: 'big-trace', actor: { id: 'user-big', type: 'user' } }, async () => auditor.record(event(total + big)));
    big++;
  }
  if (i % 2000 === 0) await auditor.flush();
}
while (big < BIG) {
  await auditor.run({ trace: { traceId: bigTrace, spanId: bigSpan }, session: 'big-trace', actor: { id: 'user-big', type: 'user' } }, async () => auditor.record(event(total + big)));
  big++;
}
await auditor.close();
if (kept && !reuse) fs.writeFileSync(path.join(dir, 'big-trace.json'), JSON.stringify({ trace: bigTrace, events: total }));
const writeSeconds = (performance.now() - started) / 1000;
const bytes = fs.readdirSync(path.join(ledger, 'streams')).reduce((n, s) => n + fs.readdirSync(path.join(ledger, 'streams', s)).reduce((m, f) => m + fs.statSync(path.join(ledger, 'streams', s, f)).size, 0), 0);
console.log(`${reuse ? 'reused' : 'wrote'} ${fmtInt(total)} events (${(bytes / 1e6).toFixed(0)} MB) in ${writeSeconds.toFixed(1)} s`);

/** CPU seconds (user + system) the process has used so far, from /proc (Linux). */
const cpuOf = (pid) => {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
};

const spawnAt = performance.now();
const child = spawn(process.execPath, [bin, 'ui', ledger], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise((resolve, reject) => {
  readline.createInterface({ input: child.stdout }).once('line', (line) => resolve(line.trim()));
  child.once('exit', (code) => reject(new Error(`agent-audit ui exited ${code}`)));
});
const urlMs = performance.now() - spawnAt;
const base = new URL(url);
// The printed URL carries the token in its fragment (#token=…), docs/UI.md.
const token = new URLSearchParams(base.hash.slice(1)).get('token');
const get = async (p) => {
  const response = await fetch(`${base.origin}${p}`, { headers: { authorization: `Bearer ${token}` } });
  const body = await response.json();
  if (!response.ok) throw new Error(`${p}: ${JSON.stringify(body)}`);
  return body;
};
const timeApi = async (p) => {
  const t = performance.now();
  const cpu = cpuOf(child.pid);
  const body = await get(p);
  return { ms: performance.now() - t, cpuMs: (cpuOf(child.pid) - cpu) * 1000, body };
};
// Start-up: the first answer (partial while indexing), then until the index is complete.
const firstAnswer = await timeApi('/api/traces');
let status;
do status = await get('/api/index');
while (status.building && (await new Promise((r) => setTimeout(r, 50)), true));
const startup = { urlMs: Math.round(urlMs), firstAnswerMs: Math.round(urlMs + firstAnswer.ms), firstAnswerEvents: firstAnswer.body.index.events, indexedMs: Math.round(performance.now() - spawnAt), serverCpuS: cpuOf(child.pid), events: status.events };
console.log(`start-up: URL after ${startup.urlMs} ms, first (partial) page after ${startup.firstAnswerMs} ms, index of ${fmtInt(status.events)} events complete after ${startup.indexedMs} ms (server CPU ${startup.serverCpuS.toFixed(1)} s)`);

const api = { firstPage: [], firstPageCpu: [], trace: [], traceCpu: [] };
const browser = { firstPage: [], trace: [], breakdown: [] };
let pw;
try {
  pw = createRequire(path.join(repoRoot, 'package.json'))('playwright-core');
} catch {
  pw = undefined;
}
const haveBrowser = pw && fs.existsSync(CHROMIUM);
const chrome = haveBrowser ? await pw.chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-background-networking'] }) : undefined;

/** Waits for a selector; on a timeout, says what the page showed and what the API answered. */
async function waitOrExplain(page, selector, what) {
  try {
    await page.locator(selector).first().waitFor({ timeout: 60_000 });
  } catch (error) {
    const shown = await page.locator('body').textContent().catch(() => '(no body)');
    const index = await get('/api/index').catch((e) => e.message);
    throw new Error(`${what}: ${error.message}\npage showed: ${String(shown).slice(0, 600)}\n/api/index: ${JSON.stringify(index)}`);
  }
}

let refresh;
try {
  for (let r = 0; r < rounds; r++) {
    // A query the server has not answered yet (a far `to` bound changes the cache key, not the result).
    const first = await timeApi(`/api/traces?to=2199-01-${String(r + 1).padStart(2, '0')}`);
    // (A kept ledger also holds the late events of earlier runs.)
    if (first.body.total < Math.ceil((total - BIG) / 10) + 1) throw new Error(`the list holds ${first.body.total} traces`);
    api.firstPage.push(first.ms);
    api.firstPageCpu.push(first.cpuMs);
    const trace = await timeApi(`/api/trace?trace=${bigTrace}&page=${1 + (r % 10)}`);
    if (trace.body.total !== BIG || trace.body.events.length !== 100) throw new Error(`the big trace: ${trace.body.total} events, ${trace.body.events.length} on the page`);
    api.trace.push(trace.ms);
    api.traceCpu.push(trace.cpuMs);
    if (chrome) {
      const page = await chrome.newPage();
      let t = performance.now();
      await page.goto(url);
      await waitOrExplain(page, '[data-testid="traces"] tbody tr', 'first page');
      browser.firstPage.push(performance.now() - t);
      t = performance.now();
      await page.goto(`${base.origin}/?r=${r}#/trace/${bigTrace}`);
      await waitOrExplain(page, '[data-testid="timeline"] li.event', 'the big trace');
      browser.trace.push(performance.now() - t);
      // Where the time went, from the page's own clock (ms since navigation start).
      browser.breakdown.push(
        await page.evaluate(() => {
          const nav = performance.getEntriesByType('navigation')[0];
          const api = performance.getEntriesByType('resource').find((e) => e.name.includes('/api/trace?'));
          return { domContentLoaded: Math.round(nav.domContentLoadedEventEnd), traceAsked: Math.round(api ? api.startTime : NaN), traceAnswered: Math.round(api ? api.responseEnd : NaN), shown: Math.round(performance.now()) };
        }),
      );
      await page.close();
    }
  }
  // A new event, written by another writer after start-up: how soon the list shows it.
  const before = (await get('/api/traces')).total;
  const late = core.createAuditor({ agent: { id: 'late-agent' }, sink: core.fileLedger({ dir: ledger }) });
  const t = performance.now();
  await late.run({ session: 'late' }, async () => late.record(event(0)));
  await late.flush();
  const flushed = performance.now();
  while ((await get('/api/traces')).total === before) await new Promise((r) => setTimeout(r, 50));
  refresh = { afterFlushMs: Math.round(performance.now() - flushed), afterRecordMs: Math.round(performance.now() - t) };
  await late.close();
  console.log(`a new event showed ${refresh.afterFlushMs} ms after its flush`);
} finally {
  await chrome?.close();
  child.kill('SIGTERM');
  if (!kept) fs.rmSync(dir, { recursive: true, force: true });
}
const result = {
  events: total,
  ledgerMB: Math.round(bytes / 1e6),
  rounds,
  writeSeconds: Number(writeSeconds.toFixed(1)),
  startupMs: startup,
  apiMs: { firstPage: summarize(api.firstPage, 1), trace1000: summarize(api.trace, 1) },
  serverCpuMs: { firstPage: summarize(api.firstPageCpu, 0), trace1000: summarize(api.traceCpu, 0) },
  browserMs: chrome ? { firstPage: summarize(browser.firstPage, 1), trace1000: summarize(browser.trace, 1) } : 'skipped: /usr/bin/chromium or playwright-core missing',
  browserTraceBreakdownMs: browser.breakdown,
  newEventVisibleMs: refresh,
  loadAverage: os.loadavg().map((x) => Number(x.toFixed(2))),
  targets: { firstPageMs: 2000, trace1000Ms: 1000 },
};
console.log(JSON.stringify(result, null, 2));
console.log(`results: ${writeResult('ui', result)}`);
