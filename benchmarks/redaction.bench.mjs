// Microseconds per event for redaction + classification (the core's default redactor) on
// realistic tool payloads: ~1 KB and ~16 KB, clean and with personal data / secrets mixed in.
// Usage: pnpm build && node benchmarks/redaction.bench.mjs   (imports packages/core/dist/index.js)
// AGENT_AUDIT_CORE_ENTRY=<path> points it at another build of the core.
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const entry = process.env.AGENT_AUDIT_CORE_ENTRY ?? join(here, '..', 'packages', 'core', 'dist', 'index.js');
const { createRedactor, createKeyring } = await import(pathToFileURL(resolve(entry)).href);

let seed = 42;
const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const pick = (list) => list[Math.floor(rnd() * list.length)];
const words = 'the order was shipped from our warehouse and the customer asked about delivery times refund policy invoice status tracking update support ticket resolved escalated pending review account settings subscription renewal plan upgrade'.split(' ');
const sentence = (n) => Array.from({ length: n }, () => pick(words)).join(' ');

function row(i, dirty) {
  return {
    id: `cus_${String(100000 + i)}`,
    orderId: `ORD-2026-${String(i).padStart(6, '0')}`,
    status: pick(['open', 'shipped', 'delivered', 'returned']),
    total: Math.round(rnd() * 50000) / 100,
    currency: 'EUR',
    createdAt: new Date(1767225600000 + i * 3600_000).toISOString(),
    note: dirty && i % 2 === 0 ? `${sentence(6)} contact jane.doe${i}@example.com or +44 20 7946 0${String(100 + i).slice(-3)}` : sentence(10),
    ...(dirty && i % 3 === 0 ? { iban: 'DE89 3704 0044 0532 0130 00' } : {}),
  };
}

function payload(targetBytes, dirty) {
  const rows = [];
  let i = 0;
  while (JSON.stringify(rows).length < targetBytes - 120) rows.push(row(i++, dirty));
  return { query: dirty ? 'orders for jane.doe@example.com, card 4111 1111 1111 1111' : 'orders shipped last week', rows, headers: { 'content-type': 'application/json', ...(dirty ? { authorization: 'Bearer abc123DEF456ghi789jkl' } : {}) } };
}

const event = (args, result) => ({
  v: 1, id: '01JABCDEFGHJKMNPQRSTVWXYZ0', ts: '2026-01-01T00:00:00.000Z', stream: 'bench', seq: 0, type: 'tool.result',
  trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) }, agent: { id: 'bench' }, source: 'bench', outcome: 'success',
  tool: { name: 'orders.search', callId: 'call_1', arguments: args, result },
});

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(1)]) });
function measure(label, input, iterations) {
  const bytes = JSON.stringify(input).length;
  for (let i = 0; i < Math.min(2000, iterations); i++) redactor.redact(input, { capture: {} });
  const samples = new Float64Array(iterations);
  for (let i = 0; i < iterations; i++) {
    const start = process.hrtime.bigint();
    const result = redactor.redact(input, { capture: {} });
    samples[i] = Number(process.hrtime.bigint() - start) / 1000;
    if (result instanceof Promise) throw new Error('the default redactor should be synchronous');
  }
  samples.sort();
  const at = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
  console.log(`${label.padEnd(34)} ${String(bytes).padStart(6)} B  median ${at(0.5).toFixed(1).padStart(7)} µs  p99 ${at(0.99).toFixed(1).padStart(7)} µs  (${iterations} events)`);
}

console.log(`redaction + classification per event, node ${process.version}`);
const clean1 = payload(1024, false);
const dirty1 = payload(1024, true);
const clean16 = payload(16 * 1024, false);
const dirty16 = payload(16 * 1024, true);
measure('1 KB tool result, clean', event({ q: clean1.query }, clean1), 20000);
measure('1 KB tool result, with PII/secrets', event({ q: dirty1.query }, dirty1), 20000);
measure('16 KB tool result, clean', event({ q: clean16.query }, clean16), 3000);
measure('16 KB tool result, with PII/secrets', event({ q: dirty16.query }, dirty16), 3000);
const text1 = sentence(170);
measure('1 KB plain message text, clean', { ...event(undefined, undefined), tool: undefined, type: 'message.user', content: { input: text1 } }, 20000);
