// An agent's conversation through the record path: every model call sends the instructions and
// the conversation so far again (as the AI SDK middleware and the LangChain handler record them:
// `model.request` with the whole prompt), so without a cache the redaction of a session grows with
// the square of its steps. Measures CPU per event of the default pipeline, two builds side by side.
//
//   pnpm --filter @agent-audit/core build && node benchmarks/conversation.bench.mjs [--pairs=5] [--sessions=40] [--steps=10] [--pool]
//   AGENT_AUDIT_CORE_BEFORE=<other checkout>/packages/core/dist/index.js   a second build, measured as "before"
//   AGENT_AUDIT_BEFORE_COMMIT=<hash>   named in the report (the "after" is this checkout's HEAD)
// With a before build, the result goes to benchmarks/results/conversation-before-after.json, which
// `pnpm bench` shows in docs/benchmarks.md (as the verify before/after run).
//
// Each measurement runs in its own child process (one build per process: no shared heap or JIT
// state), the builds alternating and their order rotated every pair; medians over pairs. Without
// --pool the auditor seals on the host's thread (`redactionWorker: false`), so the process's CPU
// time is the pipeline's own; with --pool, the sealing pool's threads are counted too.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeResult } from './lib/common.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const arg = (name, fallback) => {
  const found = process.argv.find((a) => a.startsWith(`--${name}=`));
  return found === undefined ? fallback : Number(found.slice(name.length + 3));
};
const pool = process.argv.includes('--pool');
const sessions = arg('sessions', 40);
const steps = arg('steps', 10);

/** The events of `sessions` conversations of `steps` model calls each (made-up names and numbers). */
export function conversationEvents(sessionCount, stepCount) {
  const instructions =
    'You are the claims assistant of Northwind Health. Escalate disputes over $500 to a human reviewer. ' +
    "Verify the member first, never reveal another member's data, cite the plan document for every decision. ".repeat(12);
  const events = [];
  for (let s = 0; s < sessionCount; s++) {
    const messages = [
      { role: 'system', content: instructions },
      { role: 'user', content: `Hi, this is Maria Garcia, member W${100200 + s}. My claim for the MRI on 2026-11-0${1 + (s % 9)} was denied, can you check why? My phone is +44 20 7946 0${100 + (s % 900)}.` },
    ];
    for (let k = 0; k < stepCount; k++) {
      events.push({ type: 'model.request', session: `conv-${s}`, model: { provider: 'mock', id: 'm' }, content: { input: messages.map((m) => ({ ...m })) } });
      const answer = `Step ${k}: I looked up claim CLM-${s}-${k}; the plan covers imaging after prior authorization, which is missing for this visit. I can open an appeal for you, Maria.`;
      events.push({ type: 'model.response', session: `conv-${s}`, model: { provider: 'mock', id: 'm' }, content: { output: answer } });
      messages.push({ role: 'assistant', content: answer }, { role: 'user', content: `ok, please go ahead with step ${k + 1}` });
    }
  }
  return events;
}

async function child(entry) {
  const core = await import(pathToFileURL(entry).href);
  const events = conversationEvents(sessions, steps);
  const results = [];
  for (let round = 0; round < 3; round++) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'agent-audit-conversation-'));
    try {
      const auditor = core.createAuditor({ agent: { id: 'bench' }, sink: core.fileLedger({ dir: path.join(dir, 'ledger'), keyDir: path.join(dir, 'keys') }), redactor: core.createRedactor({ keysDir: path.join(dir, 'keys') }), source: 'bench', ...(pool ? {} : { redactionWorker: false }) });
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      for (const event of events) auditor.record(event);
      await auditor.flush();
      const cpu = process.cpuUsage(cpu0);
      results.push({ cpuUs: (cpu.user + cpu.system) / events.length, wallUs: ((performance.now() - t0) * 1000) / events.length });
      await auditor.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  // The first round warms up (the name lists load, the code is compiled): the other two count.
  const kept = results.slice(1);
  return { cpuUs: Math.min(...kept.map((r) => r.cpuUs)), wallUs: Math.min(...kept.map((r) => r.wallUs)), events: events.length };
}

const childEntry = process.argv.find((a) => a.startsWith('--child='))?.slice('--child='.length);
if (childEntry !== undefined) {
  console.log(JSON.stringify(await child(childEntry)));
} else {
  const builds = [];
  if (process.env.AGENT_AUDIT_CORE_BEFORE) builds.push({ name: 'before', entry: path.resolve(process.env.AGENT_AUDIT_CORE_BEFORE), runs: [] });
  builds.push({ name: 'after', entry: path.resolve(process.env.AGENT_AUDIT_CORE_ENTRY ?? path.join(here, '..', 'packages', 'core', 'dist', 'index.js')), runs: [] });
  const pairs = arg('pairs', 5);
  const load = () => os.loadavg().map((n) => n.toFixed(2)).join(' / ');
  const loadAtStart = os.loadavg().map((n) => Number(n.toFixed(2)));
  console.log(`conversation: ${sessions} sessions x ${steps} model calls (${sessions * steps * 2} events), ${pool ? 'sealing pool' : 'host thread'}, node ${process.version}, ${os.cpus().length} cores, load ${load()}`);
  for (let pair = 0; pair < pairs; pair++) {
    for (const build of pair % 2 === 0 ? builds : [...builds].reverse()) {
      const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), `--child=${build.entry}`, `--sessions=${sessions}`, `--steps=${steps}`, ...(pool ? ['--pool'] : [])], { encoding: 'utf8' });
      build.runs.push(JSON.parse(out.trim().split('\n').pop()));
    }
  }
  const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
  for (const build of builds) {
    console.log(`${build.name.padEnd(7)} CPU µs per event: median ${median(build.runs.map((r) => r.cpuUs)).toFixed(1)} (${build.runs.map((r) => r.cpuUs.toFixed(0)).join(', ')}); wall µs per event: median ${median(build.runs.map((r) => r.wallUs)).toFixed(1)}`);
  }
  if (builds.length === 2) {
    const ratio = (key) => (median(builds[1].runs.map((r) => r[key])) / median(builds[0].runs.map((r) => r[key]))).toFixed(3);
    console.log(`after / before: CPU ${ratio('cpuUs')}, wall ${ratio('wallUs')}; load ${load()}`);
    let afterCommit;
    try {
      afterCommit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: here, encoding: 'utf8' }).trim();
    } catch {
      afterCommit = undefined;
    }
    const figures = (build) => ({ cpuUsPerEvent: Number(median(build.runs.map((r) => r.cpuUs)).toFixed(1)), wallUsPerEvent: Number(median(build.runs.map((r) => r.wallUs)).toFixed(1)), cpuUsRuns: build.runs.map((r) => Number(r.cpuUs.toFixed(1))) });
    writeResult('conversation-before-after', { sessions, steps, events: sessions * steps * 2, instructionsChars: conversationEvents(1, 1)[0].content.input[0].content.length, pairs, pool, beforeCommit: process.env.AGENT_AUDIT_BEFORE_COMMIT, afterCommit, before: figures(builds[0]), after: figures(builds[1]), cpuRatio: Number(ratio('cpuUs')), wallRatio: Number(ratio('wallUs')), loadAtStart, loadAtEnd: os.loadavg().map((n) => Number(n.toFixed(2))) });
  }
}
