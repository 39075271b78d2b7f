// Added time of the LangChain adapter on a createAgent loop.
//
//   pnpm build && node benchmarks/langchain.bench.mjs [rounds]
//
// One agent invocation = model -> 2 tool calls -> model -> tool call -> model -> answer
// (scripted model, no network), 26 audit events per invocation. Five variants run
// interleaved in every round (order rotated), so machine noise hits them alike:
//   - baseline:     no callbacks;
//   - empty-handler: an awaited BaseCallbackHandler that does nothing (LangChain's own
//                   callback cost, the floor for any adapter);
//   - handler-noop: AuditCallbackHandler on an auditor whose record() does nothing (the
//                   adapter's own translation work, without the core's pipeline);
//   - handler:      AuditCallbackHandler, fail-open (record() on the caller's path, batched
//                   fsync'd group commit to a file ledger off it);
//   - fail-closed:  AuditCallbackHandler({ failClosed: true }): every event durable (fsync)
//                   before LangChain goes on;
//   - langfuse:     @langfuse/langchain's CallbackHandler with its spans kept in memory (what
//                   users already run for observability), if it installs.
// Prints median and p95 per invocation and the median's added time relative to baseline.
// Imports the built packages (packages/*/dist).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BaseCallbackHandler } from '@langchain/core/callbacks/base';
import { AIMessage } from '@langchain/core/messages';
import { createAgent, tool } from 'langchain';

const here = path.dirname(fileURLToPath(import.meta.url));
const load = (rel) => import(pathToFileURL(path.resolve(here, rel)).href);
const { createAuditor, fileLedger, verifyLedger } = await load('../packages/core/dist/index.js');
const { AuditCallbackHandler } = await load('../packages/langchain/dist/index.js');
const { ScriptedChatModel } = await load('../packages/langchain/dist/test.js');

const rounds = Number(process.argv[2] ?? 200);
const warmup = Math.min(30, Math.ceil(rounds / 5));

const accountSchema = { type: 'object', properties: { account: { type: 'string' } }, required: ['account'] };
const tools = [
  tool(async ({ account }) => JSON.stringify({ account, owner: 'Alex Morgan', email: 'alex.morgan@example.com', balance: 1520.75 }), {
    name: 'get_account',
    description: 'Look up a bank account',
    schema: accountSchema,
  }),
  tool(async ({ account }) => JSON.stringify({ account, transactions: [{ id: 't1', amount: -45.1 }, { id: 't2', amount: 1200 }] }), {
    name: 'list_transactions',
    description: 'Recent transactions of an account',
    schema: accountSchema,
  }),
];

function makeAgent() {
  const model = new ScriptedChatModel({
    loop: true,
    responses: [
      new AIMessage({
        content: '',
        tool_calls: [
          { id: 'c1', name: 'get_account', args: { account: 'DE89 3704 0044 0532 0130 00' } },
          { id: 'c2', name: 'list_transactions', args: { account: 'DE89 3704 0044 0532 0130 00' } },
        ],
      }),
      new AIMessage({ content: '', tool_calls: [{ id: 'c3', name: 'get_account', args: { account: 'DE89 3704 0044 0532 0130 00' } }] }),
      'Your balance is 1520.75 EUR; the last deposit was 1200 EUR.',
    ],
  });
  return createAgent({ model, tools, systemPrompt: 'You are a banking assistant.' });
}

const input = { messages: [{ role: 'user', content: 'Hi, I am Alex Morgan (alex.morgan@example.com). What is my balance?' }] };

const root = await mkdtemp(path.join(tmpdir(), 'agent-audit-langchain-bench-'));
const errors = [];
const openAuditor = (name) =>
  createAuditor({
    agent: { id: name },
    sink: fileLedger({ dir: path.join(root, name), keyDir: path.join(root, 'keys') }),
    onError: (error) => errors.push(error),
  });
const auditor = openAuditor('bench-open');
const auditorClosed = openAuditor('bench-closed');

// LangChain's own cost of having an awaited callback handler at all (the floor for any adapter).
const emptyHandler = () => {
  const handler = BaseCallbackHandler.fromMethods({ handleChainStart() {}, handleLLMEnd() {}, handleToolStart() {} });
  handler.awaitHandlers = true;
  return handler;
};

// The adapter's own cost: the handler with an auditor whose record() does nothing.
const noopAuditor = { ...auditor, record: () => ({ id: '', seq: -1 }), currentContext: () => undefined, onError: (e) => errors.push(e) };

const variants = [
  { name: 'baseline', agent: makeAgent(), config: () => ({}) },
  { name: 'empty-handler', agent: makeAgent(), config: () => ({ callbacks: [emptyHandler()] }) },
  { name: 'handler-noop', agent: makeAgent(), config: () => ({ callbacks: [new AuditCallbackHandler({ auditor: noopAuditor })] }) },
  { name: 'handler', agent: makeAgent(), config: () => ({ callbacks: [new AuditCallbackHandler({ auditor })] }) },
  { name: 'fail-closed', agent: makeAgent(), config: () => ({ callbacks: [new AuditCallbackHandler({ auditor: auditorClosed, failClosed: true })] }) },
];
// What users already run: Langfuse's LangChain CallbackHandler, its OpenTelemetry spans kept by
// an in-memory exporter (no network), so the comparison is the handler's own cost.
let langfuseExporter;
try {
  const { CallbackHandler } = await import('@langfuse/langchain');
  const { NodeTracerProvider } = await import('@opentelemetry/sdk-trace-node');
  const { InMemorySpanExporter, SimpleSpanProcessor } = await import('@opentelemetry/sdk-trace-base');
  langfuseExporter = new InMemorySpanExporter();
  new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(langfuseExporter)] }).register();
  variants.push({ name: 'langfuse', agent: makeAgent(), config: () => ({ callbacks: [new CallbackHandler()] }) });
} catch (error) {
  console.log(`langfuse variant left out: ${error.message}`);
}
const samples = new Map(variants.map((v) => [v.name, []]));
// CPU time (user + system, whole process) per invocation: less sensitive than wall time to other
// processes on a shared machine. It includes the core's batched work only as far as it runs
// during the invocation; the rest shows up in later samples of whichever variant runs next.
const cpuSamples = new Map(variants.map((v) => [v.name, []]));

for (let round = 0; round < warmup + rounds; round++) {
  for (let i = 0; i < variants.length; i++) {
    const variant = variants[(round + i) % variants.length];
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const result = await variant.agent.invoke(input, variant.config());
    const elapsed = performance.now() - start;
    const cpu = process.cpuUsage(cpuStart);
    if (result.messages.length !== 7) throw new Error(`unexpected agent run: ${result.messages.length} messages`);
    if (variant.name === 'langfuse') {
      if (langfuseExporter.getFinishedSpans().length === 0) throw new Error('langfuse handler recorded no spans');
      langfuseExporter.reset();
    }
    if (round >= warmup) {
      samples.get(variant.name).push(elapsed);
      cpuSamples.get(variant.name).push((cpu.user + cpu.system) / 1000);
    }
  }
}
const flushStart = performance.now();
await auditor.flush();
const flushMs = performance.now() - flushStart;
await auditor.close();
await auditorClosed.close();

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const base = quantile(samples.get('baseline'), 0.5);
console.log(`LangChain createAgent loop, ${rounds} rounds (+${warmup} warm-up), ${variants.length} variants interleaved, node ${process.version}`);
const baseCpu = quantile(cpuSamples.get('baseline'), 0.5);
console.log('variant        median ms   p95 ms   added (median)           cpu median ms  added cpu');
for (const variant of variants) {
  const values = samples.get(variant.name);
  const median = quantile(values, 0.5);
  const p95 = quantile(values, 0.95);
  const added = variant.name === 'baseline' ? '' : `${median >= base ? '+' : ''}${(median - base).toFixed(2)} ms (${(((median - base) / base) * 100).toFixed(1)}%)`;
  const cpu = quantile(cpuSamples.get(variant.name), 0.5);
  const addedCpu = variant.name === 'baseline' ? '' : `${cpu >= baseCpu ? '+' : ''}${(cpu - baseCpu).toFixed(2)} ms (${(((cpu - baseCpu) / baseCpu) * 100).toFixed(1)}%)`;
  console.log(`${variant.name.padEnd(14)} ${median.toFixed(2).padStart(9)} ${p95.toFixed(2).padStart(8)}   ${added.padEnd(24)} ${cpu.toFixed(2).padStart(9)}      ${addedCpu}`);
}
const verified = await Promise.all(['bench-open', 'bench-closed'].map((name) => verifyLedger(path.join(root, name))));
console.log(`events per audited invocation: ${verified[0].events / (warmup + rounds)}; flush after the run: ${flushMs.toFixed(1)} ms`);
console.log(`ledgers verify: ${verified.every((v) => v.ok)} (${verified.map((v) => v.events).join(' + ')} events); audit errors: ${errors.length}`);
await rm(root, { recursive: true, force: true });
if (errors.length > 0 || !verified.every((v) => v.ok)) process.exitCode = 1;
