// The fleet delivery benchmark as a step of the suite (benchmarks/run.mjs): runs
// `delivery.bench.mjs --fleet` in a child process on Node >= 22 (what @agent-audit/nats needs;
// this Node when it is new enough, else `npx -y node@22`) and returns its JSON result line.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './common.mjs';

export async function runDeliveryFleet({ events = 60000, agents = 200, collectors = 2, batch = 1000 } = {}) {
  const args = [path.join(repoRoot, 'benchmarks', 'delivery.bench.mjs'), '--fleet', `--events=${events}`, `--agents=${agents}`, `--collectors=${collectors}`, `--batch=${batch}`];
  const major = Number(process.versions.node.split('.')[0]);
  const [command, argv] = major >= 22 ? [process.execPath, args] : ['npx', ['-y', 'node@22', ...args]];
  const { code, stdout, stderr } = await new Promise((resolve) => {
    const child = spawn(command, argv, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (err += c));
    child.on('exit', (exitCode) => resolve({ code: exitCode, stdout: out, stderr: err }));
  });
  process.stdout.write(stdout);
  const line = stdout.split('\n').find((l) => l.startsWith('{"bench":"delivery-fleet"'));
  if (code !== 0 || !line) throw new Error(`delivery.bench.mjs --fleet exited ${code}: ${stderr.slice(-2000) || stdout.slice(-2000)}`);
  return { command: `node ${args.map((a) => path.relative(repoRoot, a) || a).join(' ')}`, ...JSON.parse(line) };
}
