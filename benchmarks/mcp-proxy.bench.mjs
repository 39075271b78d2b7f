// Added latency and throughput of the MCP audit proxy on loopback stdio.
//
//   pnpm build && node benchmarks/mcp-proxy.bench.mjs [rounds] [concurrentCalls]
//
// Upstream: @modelcontextprotocol/server-everything over stdio, tool `echo`.
// Variants, each driven by the MCP SDK client over stdio:
//   - direct:      client -> server-everything
//   - proxy:       client -> `agent-audit mcp-proxy --ledger <tmp> -- node server-everything`
//                  (the deployed shape: one more process and two more pipes; every call
//                  becomes tool.call + tool.result events, redacted, chained, fsync'd in
//                  group commits off the call path)
//   - fail-closed: the same with --fail-closed (a call is forwarded only once its tool.call
//                  event is fsync'd)
// Sequential round trips run interleaved (order rotated every round) so machine noise hits
// every variant alike; the report gives median and p99 per variant and the added time vs
// direct. Then throughput: `concurrentCalls` calls with 32 in flight, calls per second. On
// Linux, each proxy process's CPU time (all its threads, start-up included: the sealing threads
// load their redactor) and its peak resident memory, read from /proc before it is closed.
// Imports the built packages (packages/*/dist) and spawns packages/cli/dist/bin.js.
//   --bin=<bin.js>     another build of the CLI for the proxy variants
//   --before=<bin.js>  an older build besides: its proxy and fail-closed variants run interleaved
//                      with the others ("proxy-before", "fail-closed-before"), for a before/after
//                      in one run
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const requireFromProxy = createRequire(path.join(root, 'packages/mcp-proxy/package.json'));
const sdk = (sub) => import(pathToFileURL(requireFromProxy.resolve(`@modelcontextprotocol/sdk/${sub}`)).href);
const { Client } = await sdk('client/index.js');
const { StdioClientTransport } = await sdk('client/stdio.js');
const { verifyLedger } = await import(pathToFileURL(path.join(root, 'packages/core/dist/index.js')).href);
const EVERYTHING = path.join(root, 'packages/mcp-proxy/node_modules/@modelcontextprotocol/server-everything/dist/index.js');
const option = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const positional = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const BIN = path.resolve(option('bin') ?? path.join(root, 'packages/cli/dist/bin.js'));
const BEFORE = option('before') === undefined ? undefined : path.resolve(option('before'));

const rounds = Number(positional[0] ?? 2000);
const concurrentCalls = Number(positional[1] ?? 4000);
const warmup = Math.min(200, Math.ceil(rounds / 5));
const keyDir = await mkdtemp(path.join(tmpdir(), 'mcp-bench-keys-'));
const env = { PATH: process.env.PATH ?? '', HOME: keyDir, XDG_CONFIG_HOME: keyDir };

const transports = new Map();
async function connect(args) {
  const client = new Client({ name: 'bench', version: '1' });
  const transport = new StdioClientTransport({ command: process.execPath, args, env, stderr: 'inherit' });
  await client.connect(transport);
  transports.set(client, transport);
  return client;
}

const ledgers = [];
async function proxied(bin, extra = []) {
  const dir = await mkdtemp(path.join(tmpdir(), 'mcp-bench-ledger-'));
  ledgers.push(dir);
  return connect([bin, 'mcp-proxy', '--ledger', dir, ...extra, '--', process.execPath, EVERYTHING, 'stdio']);
}

const variants = [
  { name: 'direct', client: await connect([EVERYTHING, 'stdio']), times: [] },
  { name: 'proxy', client: await proxied(BIN), times: [] },
  { name: 'fail-closed', client: await proxied(BIN, ['--fail-closed']), times: [] },
];
if (BEFORE !== undefined) {
  variants.push({ name: 'proxy-before', client: await proxied(BEFORE), times: [] });
  variants.push({ name: 'fail-closed-before', client: await proxied(BEFORE, ['--fail-closed']), times: [] });
}

/** A proxy process's CPU time (ms, all threads, since it started) and peak RSS (MiB), from /proc; undefined elsewhere. */
function processUse(client) {
  const pid = transports.get(client)?.pid;
  if (pid === undefined || pid === null || process.platform !== 'linux') return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    const threads = readdirSync(`/proc/${pid}/task`).length;
    return { cpuMs: ticks * 10, peakRssMiB: hwm ? Math.round(Number(hwm[1]) / 102.4) / 10 : undefined, threads };
  } catch {
    return undefined;
  }
}
const call = (client, i) => client.callTool({ name: 'echo', arguments: { message: `round ${i} for account DE89 3704 0044 0532 0130 00` } });

for (let i = 0; i < warmup; i++) for (const v of variants) await call(v.client, i);
for (let i = 0; i < rounds; i++) {
  for (let k = 0; k < variants.length; k++) {
    const v = variants[(i + k) % variants.length];
    const start = performance.now();
    await call(v.client, i);
    v.times.push(performance.now() - start);
  }
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const fmt = (ms) => `${(ms * 1000).toFixed(0).padStart(6)} µs`;
const stats = new Map();
for (const v of variants) {
  const sorted = [...v.times].sort((a, b) => a - b);
  stats.set(v.name, { median: quantile(sorted, 0.5), p99: quantile(sorted, 0.99) });
}
const base = stats.get('direct');
console.log(`MCP proxy, tools/call echo round trip over stdio (${rounds} rounds, interleaved, node ${process.version})`);
console.log('variant        median      p99     added median   added p99');
for (const v of variants) {
  const s = stats.get(v.name);
  console.log(`${v.name.padEnd(18)} ${fmt(s.median)} ${fmt(s.p99)}   ${v.name === 'direct' ? '        -' : fmt(s.median - base.median)}   ${v.name === 'direct' ? '       -' : fmt(s.p99 - base.p99)}`);
}
const afterRounds = new Map(variants.map((v) => [v.name, processUse(v.client)]));

console.log(`\nthroughput: ${concurrentCalls} calls, 32 in flight`);
for (const v of variants) {
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      while (next < concurrentCalls) await call(v.client, next++);
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  console.log(`${v.name.padEnd(18)} ${Math.round(concurrentCalls / seconds).toString().padStart(7)} calls/s`);
}
let sequentialStart = performance.now();
for (let i = 0; i < 500; i++) await call(variants[1].client, i);
const proxySeq = 500 / ((performance.now() - sequentialStart) / 1000);
sequentialStart = performance.now();
for (let i = 0; i < 500; i++) await call(variants[0].client, i);
const directSeq = 500 / ((performance.now() - sequentialStart) / 1000);
console.log(`\nsequential: direct ${Math.round(directSeq)} calls/s, proxy ${Math.round(proxySeq)} calls/s`);

if (process.platform === 'linux') {
  console.log('\nprocess (the server for direct, the proxy otherwise): CPU ms, start-up and the sequential rounds / whole run; peak RSS; threads');
  for (const v of variants) {
    const end = processUse(v.client);
    const mid = afterRounds.get(v.name);
    if (end !== undefined) console.log(`${v.name.padEnd(18)} ${String(mid?.cpuMs ?? '-').padStart(7)} / ${String(end.cpuMs).padStart(7)} ms CPU   ${String(end.peakRssMiB).padStart(6)} MiB   ${end.threads} threads`);
  }
}
for (const v of variants) await v.client.close();
await new Promise((resolve) => setTimeout(resolve, 500));
for (const dir of ledgers) {
  const result = await verifyLedger(dir);
  console.log(`ledger ${path.basename(dir)}: ${result.ok ? 'verifies' : `FAILS: ${result.firstFailure?.reason}`}, ${result.events} events`);
}
await Promise.all([...ledgers, keyDir].map((dir) => rm(dir, { recursive: true, force: true })));
