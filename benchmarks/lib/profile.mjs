// CPU profile of a workload (node --cpu-prof) reduced to its top functions by self time and
// by inclusive time, so docs/benchmarks.md can show what a missed target is spent on.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { here, repoRoot } from './common.mjs';

function label(frame) {
  const file = frame.url ? frame.url.replace(/^file:\/\//, '').replace(repoRoot + '/', '') : '';
  return `${frame.functionName || '(anonymous)'}${file ? ` ${file}:${frame.lineNumber + 1}` : ''}`;
}

/** Self and inclusive time per function of a .cpuprofile, as shares of all samples. */
export function summarizeProfile(profile, top = 15) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfById = new Map();
  for (let i = 0; i < profile.samples.length; i++) selfById.set(profile.samples[i], (selfById.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
  const self = new Map();
  const inclusive = new Map();
  let total = 0;
  for (const [id, t] of selfById) {
    total += t;
    const key = label(byId.get(id).callFrame);
    self.set(key, (self.get(key) ?? 0) + t);
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const k = label(byId.get(cur).callFrame);
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + t);
    }
  }
  const rows = (map) => [...map].filter(([k]) => !/^\((root|program|idle)\)/.test(k) && !k.includes('node:internal')).sort((a, b) => b[1] - a[1]).slice(0, top).map(([fn, t]) => ({ fn, ms: Math.round(t / 1000), percent: Number(((100 * t) / total).toFixed(1)) }));
  return { totalMs: Math.round(total / 1000), self: rows(self), inclusive: rows(inclusive) };
}

/**
 * Profiles lib/profile-target.mjs (the default pipeline on `events` events, three passes). Node
 * writes one .cpuprofile per thread (CPU.<date>.<time>.<pid>.<thread>.<n>.cpuprofile, thread 0 the
 * main one): each is summarized, so the sealing worker's share shows beside the host's.
 * `self`/`inclusive`/`totalMs` are the main thread's (as before); `threads` holds every thread.
 */
export async function profilePipeline(events = 20000) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'agent-audit-cpuprof-'));
  try {
    const code = await new Promise((resolve, reject) => {
      const proc = spawn(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, path.join(here, 'profile-target.mjs'), `--events=${events}`], { stdio: 'inherit' });
      proc.on('error', reject);
      proc.on('close', resolve);
    });
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).sort();
    if (code !== 0 || files.length === 0) throw new Error(`profiling run failed (exit ${code})`);
    const threads = files.map((file) => {
      const thread = Number(/\.(\d+)\.\d+\.cpuprofile$/.exec(file)?.[1] ?? 0);
      const summary = summarizeProfile(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')));
      const busyMs = summary.self.length ? Math.round(summary.self.reduce((n, r) => n + r.ms, 0)) : 0;
      return { thread: thread === 0 ? 'main (host)' : `worker ${thread} (sealing pool thread)`, busyMs, ...summary };
    });
    const main = threads.find((t) => t.thread.startsWith('main')) ?? threads[0];
    return { command: `node --cpu-prof benchmarks/lib/profile-target.mjs --events=${events}`, totalMs: main.totalMs, self: main.self, inclusive: main.inclusive, threads };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
