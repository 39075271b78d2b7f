// Runs the adapters' own benchmarks (owned by their packages' engineers) as child processes
// with short default sizes, and reads their printed tables into numbers.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './common.mjs';

function runScript(file, args, timeoutMs) {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, [path.join(repoRoot, 'benchmarks', file), ...args.map(String)], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (d) => (stdout += d));
    proc.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => proc.kill('SIGKILL'), timeoutMs);
    proc.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr: stderr.slice(-2000), command: `node benchmarks/${file} ${args.join(' ')}`.trim() });
    });
  });
}

const num = (s) => Number(String(s).replace(/[+,]/g, ''));

/** LangChain createAgent loop: baseline, empty handler, handler (noop auditor), handler, fail-closed. */
export async function langchainAdapter(rounds = 60) {
  const run = await runScript('langchain.bench.mjs', [rounds], 10 * 60_000);
  const variants = {};
  for (const line of run.stdout.split('\n')) {
    const m = /^(baseline|empty-handler|handler-noop|handler|fail-closed|langfuse)\s+([\d.]+)\s+([\d.]+)\s*(?:([+-]?[\d.]+) ms \(([+-]?[\d.]+)%\))?\s+([\d.]+)/.exec(line);
    if (m) variants[m[1]] = { medianMs: num(m[2]), p95Ms: num(m[3]), ...(m[4] !== undefined ? { addedMs: num(m[4]), addedPercent: num(m[5]) } : {}), cpuMedianMs: num(m[6]) };
  }
  return { command: run.command, exitCode: run.code, variants, raw: run.stdout.trim(), ...(run.code !== 0 ? { stderr: run.stderr } : {}) };
}

/** AI SDK: generateText tool loop and streamText, with and without middleware + telemetry integration. */
export async function aiSdkAdapter(iterations = 150) {
  const run = await runScript('ai-sdk.bench.mjs', [iterations], 10 * 60_000);
  const cases = {};
  for (const line of run.stdout.split('\n')) {
    const m = /^(.+?)\s+without: median ([\d.]+) ms p90 ([\d.]+) ms \| with adapter: median ([\d.]+) ms p90 ([\d.]+) ms \| added ([-\d.]+) ms per call, ratio ([\d.]+)x/.exec(line);
    if (m) cases[m[1].trim()] = { withoutMedianMs: num(m[2]), withoutP90Ms: num(m[3]), withMedianMs: num(m[4]), withP90Ms: num(m[5]), addedMs: num(m[6]), addedPercent: Number(((num(m[4]) / num(m[2]) - 1) * 100).toFixed(1)) };
  }
  return { command: run.command, exitCode: run.code, cases, raw: run.stdout.trim(), ...(run.code !== 0 ? { stderr: run.stderr } : {}) };
}

/** MCP proxy over loopback stdio: direct, proxy, fail-closed. */
export async function mcpProxyAdapter(rounds = 500, concurrentCalls = 1000) {
  const run = await runScript('mcp-proxy.bench.mjs', [rounds, concurrentCalls], 10 * 60_000);
  const variants = {};
  const throughput = {};
  for (const line of run.stdout.split('\n')) {
    const m = /^(direct|proxy|fail-closed)\s+(\d+) µs\s+(\d+) µs\s+(?:(-?\d+) µs\s+(-?\d+) µs|-\s+-)/.exec(line);
    if (m) variants[m[1]] = { medianUs: num(m[2]), p99Us: num(m[3]), ...(m[4] !== undefined ? { addedMedianUs: num(m[4]), addedP99Us: num(m[5]) } : {}) };
    const t = /^(direct|proxy|fail-closed)\s+(\d+) calls\/s$/.exec(line.trim());
    if (t) throughput[t[1]] = num(t[2]);
  }
  return { command: run.command, exitCode: run.code, variants, throughputCallsPerSecond: throughput, raw: run.stdout.trim(), ...(run.code !== 0 ? { stderr: run.stderr } : {}) };
}
