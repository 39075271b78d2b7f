// One collector of the fleet benchmark (benchmarks/delivery.bench.mjs --fleet), as its own
// process: node benchmarks/lib/fleet-collector.mjs <json options>. Prints `started`, its status
// as a JSON line every 20 ms, and on SIGTERM stops and prints `stopped <status and CPU time>`.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { createCollector } = await import(pathToFileURL(path.join(root, 'packages/nats/dist/index.js')).href);
const options = JSON.parse(process.argv[2]);
const collector = createCollector({ ...options, migrate: false, onError: (e) => process.stderr.write(`collector ${options.instance}: ${e.message}\n`) });
await collector.start();
process.stdout.write('started\n');
const timer = setInterval(() => process.stdout.write(`status ${JSON.stringify(collector.status())}\n`), 20);
process.once('SIGTERM', async () => {
  clearInterval(timer);
  await collector.stop();
  const cpu = process.cpuUsage();
  process.stdout.write(`stopped ${JSON.stringify({ ...collector.status(), cpuMs: Math.round((cpu.user + cpu.system) / 1000) })}\n`);
  process.exit(0);
});
