// Added time per AI SDK call from @agent-audit/ai-sdk (middleware + telemetry integration).
//
//   node benchmarks/ai-sdk.bench.mjs [iterations=400]
//
// Needs the built packages. Each round runs the same generateText tool loop (2 model calls,
// 1 tool) and the same streamText call with and without the adapter, interleaved (A B B A ...)
// so machine noise hits both sides alike, against a MockLanguageModelV4 (no network), and an
// in-memory ledger. Reports medians and p90 of wall time per call and the added time.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

// Resolved through the examples workspace, which depends on every package used here.
const requireFrom = createRequire(new URL('../examples/package.json', import.meta.url));
const load = (specifier) => import(pathToFileURL(requireFrom.resolve(specifier)).href);
const { generateText, streamText, tool, stepCountIs, wrapLanguageModel } = await load('ai');
const { MockLanguageModelV4, simulateReadableStream } = await load('ai/test');
const { z } = await load('zod');
const { createAuditor } = await load('@agent-audit/core');
const { memoryLedger } = await load('@agent-audit/core/test');
const { auditMiddleware, auditTelemetry } = await load('@agent-audit/ai-sdk');

const iterations = Number(process.argv[2] ?? 400);
const usage = {
  inputTokens: { total: 50, noCache: 50, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 20, text: 20, reasoning: undefined },
};
const prompt = 'Customer Jane Doe (jane.doe@example.com) asks for the balance of DE89370400440532013000.';

function model() {
  let turn = 0;
  return new MockLanguageModelV4({
    doGenerate: async () =>
      turn++ % 2 === 0
        ? { content: [{ type: 'tool-call', toolCallId: `c${turn}`, toolName: 'balance', input: '{"id":"C-1"}' }], finishReason: { unified: 'tool-calls', raw: undefined }, usage, warnings: [] }
        : { content: [{ type: 'text', text: 'Your balance is 1,204.50 EUR.' }], finishReason: { unified: 'stop', raw: undefined }, usage, warnings: [] },
    doStream: async () => ({
      stream: simulateReadableStream({
        initialDelayInMs: null,
        chunkDelayInMs: null,
        chunks: [
          { type: 'stream-start', warnings: [] },
          { type: 'text-start', id: 't' },
          ...Array.from({ length: 20 }, (_, i) => ({ type: 'text-delta', id: 't', delta: `token${i} ` })),
          { type: 'text-end', id: 't' },
          { type: 'finish', usage, finishReason: { unified: 'stop', raw: undefined } },
        ],
      }),
    }),
  });
}
const tools = { balance: tool({ inputSchema: z.object({ id: z.string() }), execute: async ({ id }) => ({ id, balance: 1204.5 }) }) };

const ledger = memoryLedger();
let auditErrors = 0;
const auditor = createAuditor({ agent: { id: 'bench' }, sink: ledger, onError: () => auditErrors++ });
const audited = wrapLanguageModel({ model: model(), middleware: auditMiddleware({ auditor }) });
const plain = model();
const withAudit = { integrations: [auditTelemetry({ auditor })] };
const without = { isEnabled: false };

const cases = {
  'generateText (2 steps, 1 tool)': async (on) => {
    await generateText({ model: on ? audited : plain, prompt, tools, stopWhen: stepCountIs(3), telemetry: on ? withAudit : without });
  },
  'streamText (20 deltas)': async (on) => {
    const result = streamText({ model: on ? audited : plain, prompt, telemetry: on ? withAudit : without });
    for await (const _ of result.textStream);
  },
};

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};

for (const [name, run] of Object.entries(cases)) {
  for (let i = 0; i < 50; i++) { await run(false); await run(true); } // warm-up
  const times = { off: [], on: [] };
  for (let i = 0; i < iterations; i++) {
    const order = i % 2 === 0 ? [false, true] : [true, false];
    for (const on of order) {
      const t0 = performance.now();
      await run(on);
      times[on ? 'on' : 'off'].push(performance.now() - t0);
    }
    if (i % 50 === 0) await auditor.flush(); // keep the ledger's queue from growing unbounded
  }
  const off = quantile(times.off, 0.5);
  const on = quantile(times.on, 0.5);
  console.log(
    `${name.padEnd(32)} without: median ${off.toFixed(3)} ms p90 ${quantile(times.off, 0.9).toFixed(3)} ms | ` +
      `with adapter: median ${on.toFixed(3)} ms p90 ${quantile(times.on, 0.9).toFixed(3)} ms | ` +
      `added ${(on - off).toFixed(3)} ms per call, ratio ${(on / off).toFixed(2)}x`,
  );
}
await auditor.close();
console.log(`events recorded: ${ledger.events().length}, audit errors: ${auditErrors}, iterations per case: ${iterations}`);
