import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AIMessage } from '@langchain/core/messages';
import { fakeModel } from '@langchain/core/testing';
import { MultiServerMCPClient } from '@langchain/mcp-adapters';
import { createAgent } from 'langchain';
import { createMCPClient } from '@ai-sdk/mcp';
import { createAuditor, fileLedger, listStreams, readEvents } from '@agent-audit/core';
import type { AuditEvent, Auditor } from '@agent-audit/core';
import { AuditCallbackHandler } from '@agent-audit/langchain';
import { auditMiddleware, auditTelemetry } from '@agent-audit/ai-sdk';
import { toolCallSpans, withAuditContext } from '@agent-audit/mcp-proxy';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { EVERYTHING } from './helpers.js';
import { readAll, waitForExit, waitForOutput } from './wait.js';

// Issue 14, item 3: one trace through MCP. Agents record into their ledger (A), the built
// `agent-audit mcp-proxy` in front of a real server-everything process records into its own
// (B); the proxy's tool.call must be a child of the agent's tool span, in the same trace.
const BIN = resolve(import.meta.dirname, '../../packages/cli/dist/bin.js');
const NODE_MAJOR = Number(process.versions.node.split('.')[0]);

async function ledgerEvents(dir: string): Promise<AuditEvent[]> {
  const out: AuditEvent[] = [];
  for (const stream of await listStreams(dir)) for await (const event of readEvents(dir, { stream })) out.push(event);
  return out;
}

function agentAuditor(dir: string, id: string): Auditor {
  return createAuditor({ agent: { id }, stream: id, sink: fileLedger({ dir, fsync: false }) });
}

/**
 * The agent's one tool.call (in its own stream), and the proxy's tool.call that names its span
 * as parent, once the proxy's tool.result for it is in the ledger. Matched by spans, not by
 * content, which the redactor may mask.
 */
async function pair(stream: string): Promise<{ agent: AuditEvent; proxy: AuditEvent; proxyEvents: AuditEvent[] }> {
  const calls = (await ledgerEvents(agentDir)).filter((e) => e.stream === stream && e.type === 'tool.call');
  expect(calls, `the ${stream} tool.call`).toHaveLength(1);
  const agent = calls[0]!;
  const child = (e: AuditEvent): boolean => e.trace.parentSpanId === agent.trace.spanId;
  await waitForLedger(proxyDir, (events) => events.some((e) => e.type === 'tool.result' && child(e)));
  const proxyEvents = await ledgerEvents(proxyDir);
  const proxy = proxyEvents.find((e) => e.type === 'tool.call' && child(e));
  expect(proxy, `proxy tool.call under ${agent.trace.spanId}`).toBeDefined();
  return { agent, proxy: proxy!, proxyEvents };
}

async function query(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | string; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [BIN, 'query', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const [stdout, stderr, code] = await Promise.all([readAll(child.stdout), readAll(child.stderr), waitForExit(child)]);
  return { code, stdout, stderr };
}

let agentDir: string;
let proxyDir: string;

describe.skipIf(!existsSync(BIN))('one trace from an agent through agent-audit mcp-proxy', () => {
  let work: string;
  let env: NodeJS.ProcessEnv;
  let httpProxy: ChildProcess;
  let url: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'mcp-one-trace-'));
    agentDir = join(work, 'agent-ledger');
    proxyDir = join(work, 'proxy-ledger');
    env = { PATH: process.env.PATH ?? '', HOME: work, AGENT_AUDIT_HOME: process.env.AGENT_AUDIT_HOME ?? join(work, 'home') };
    httpProxy = spawn(process.execPath, [BIN, 'mcp-proxy', '--ledger', proxyDir, '--http', '0', process.execPath, EVERYTHING, 'stdio'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const listening = await waitForOutput(httpProxy.stderr!, (text) => /listening on (\S+)/.test(text), 'the proxy listening');
    url = /listening on (\S+)/.exec(listening)![1]!;
  });

  afterAll(async () => {
    if (httpProxy.exitCode === null) {
      httpProxy.kill('SIGTERM');
      await waitForExit(httpProxy);
    }
    rmSync(work, { recursive: true, force: true });
  });

  it('MCP SDK Client: withAuditContext puts the auditor.run() span into _meta.traceparent', async () => {
    const auditor = agentAuditor(agentDir, 'sdk-agent');
    const transport = withAuditContext(
      new StdioClientTransport({ command: process.execPath, args: [BIN, 'mcp-proxy', '--ledger', proxyDir, '--stream', 'sdk-proxy', process.execPath, EVERYTHING, 'stdio'], env, stderr: 'pipe' }),
      { auditor },
    );
    const client = new Client({ name: 'sdk-agent', version: '1' });
    await client.connect(transport);
    const span = await auditor.run({}, async () => {
      auditor.record({ type: 'tool.call', tool: { name: 'echo', arguments: { message: 'from the sdk client' } } });
      await client.callTool({ name: 'echo', arguments: { message: 'from the sdk client' } });
      return auditor.currentContext()!.trace;
    });
    // A call made outside any audit context carries no traceparent: the proxy's session trace.
    await client.callTool({ name: 'echo', arguments: { message: 'outside any context' } });
    await client.close();
    await auditor.close();
    const { agent, proxy: proxied, proxyEvents } = await pair('sdk-agent');
    expect(agent.trace.spanId).toBe(span.spanId);
    expect(proxied.trace.traceId).toBe(span.traceId);
    expect(proxied.trace.parentSpanId).toBe(span.spanId);
    expect(proxyEvents.filter((e) => e.trace.spanId === proxied.trace.spanId).map((e) => e.type)).toEqual(['tool.call', 'tool.result']);
    // The call made outside any context is in the proxy's session trace, not the agent's.
    const sdkCalls = proxyEvents.filter((e) => e.stream === 'sdk-proxy' && e.type === 'tool.call');
    expect(sdkCalls).toHaveLength(2);
    expect(sdkCalls.filter((e) => e.trace.traceId === span.traceId)).toHaveLength(1);
  });

  it('LangChain agent with @langchain/mcp-adapters: beforeToolCall sets a traceparent header the HTTP proxy honours', async () => {
    const auditor = agentAuditor(agentDir, 'langchain-agent');
    const spans = toolCallSpans(auditor);
    const handler = new AuditCallbackHandler({ auditor: spans.auditor });
    const mcp = new MultiServerMCPClient({
      mcpServers: { everything: { transport: 'http', url } },
      beforeToolCall: (_call, _state, config) => {
        const traceparent = spans.traceparent((config as { toolCall?: { id?: string } }).toolCall?.id);
        return traceparent ? { headers: { traceparent } } : undefined;
      },
    });
    try {
      const tools = (await mcp.getTools()).filter((t) => t.name === 'echo');
      expect(tools).toHaveLength(1);
      const model = fakeModel()
        .respondWithTools([{ name: 'echo', args: { message: 'from langchain' }, id: 'call_lc1' }])
        .respond(new AIMessage('The server echoed it.'));
      const agent = createAgent({ model, tools });
      const result = await agent.invoke({ messages: [{ role: 'user', content: 'echo something' }] }, { callbacks: [handler] });
      expect(result.messages.at(-1)?.content).toBe('The server echoed it.');
    } finally {
      await mcp.close();
      await auditor.close();
    }
    // The HTTP proxy is still running: wait until its tool.result is in the ledger.
    const { agent, proxy } = await pair('langchain-agent');
    expect(agent.source).not.toBe('mcp-proxy');
    expect(proxy.trace.traceId).toBe(agent.trace.traceId);
    expect(proxy.trace.parentSpanId).toBe(agent.trace.spanId);
    expect(proxy.source).toBe('mcp-proxy');
  });

  it.skipIf(NODE_MAJOR < 22)('AI SDK 7 agent with the AI SDK MCP client: the tool span auditTelemetry runs the tool in', async () => {
    const { generateText, stepCountIs } = await import('ai');
    const { MockLanguageModelV4 } = await import('ai/test');
    const auditor = agentAuditor(agentDir, 'ai-sdk-agent');
    const mcp = await createMCPClient({
      transport: withAuditContext(new StdioClientTransport({ command: process.execPath, args: [BIN, 'mcp-proxy', '--ledger', proxyDir, '--stream', 'ai-sdk-proxy', process.execPath, EVERYTHING, 'stdio'], env, stderr: 'pipe' }), { auditor }),
    });
    let turn = 0;
    const usage = { inputTokens: { total: 5, noCache: 5, cacheRead: undefined, cacheWrite: undefined }, outputTokens: { total: 3, text: 3, reasoning: undefined } };
    const model = new MockLanguageModelV4({
      doGenerate: async () =>
        turn++ === 0
          ? { content: [{ type: 'tool-call', toolCallId: 'call_ai1', toolName: 'echo', input: JSON.stringify({ message: 'from the ai sdk' }) }], finishReason: { unified: 'tool-calls', raw: 'tool_calls' }, usage, warnings: [] }
          : { content: [{ type: 'text', text: 'Echoed.' }], finishReason: { unified: 'stop', raw: 'stop' }, usage, warnings: [] },
    });
    try {
      const tools = await mcp.tools();
      const result = await generateText({ model, prompt: 'echo something', tools: { echo: tools.echo! }, stopWhen: stepCountIs(3), telemetry: { integrations: [auditTelemetry({ auditor })] } });
      expect(result.text).toBe('Echoed.');
    } finally {
      await mcp.close();
      await auditor.close();
    }
    const { agent, proxy } = await pair('ai-sdk-agent');
    expect(proxy.trace.traceId).toBe(agent.trace.traceId);
    expect(proxy.trace.parentSpanId).toBe(agent.trace.spanId);
  });

  it('AI SDK 6 agent (Node 20) with the AI SDK MCP client: toolCallSpans runs each MCP tool in its tool span', async () => {
    const { generateText, stepCountIs, wrapLanguageModel } = await import('ai-v6');
    const { MockLanguageModelV3 } = await import('ai-v6/test');
    const auditor = agentAuditor(agentDir, 'ai6-agent');
    // ai 6 runs a tool outside the adapter's tool span (it has no executeTool hook): the
    // spans of the tool.call events the adapter records put it back in.
    const spans = toolCallSpans(auditor);
    const mcp = await createMCPClient({
      transport: withAuditContext(new StdioClientTransport({ command: process.execPath, args: [BIN, 'mcp-proxy', '--ledger', proxyDir, '--stream', 'ai6-proxy', process.execPath, EVERYTHING, 'stdio'], env, stderr: 'pipe' }), { auditor }),
    });
    let turn = 0;
    const usage = { inputTokens: { total: 5, noCache: 5, cacheRead: undefined, cacheWrite: undefined }, outputTokens: { total: 3, text: 3, reasoning: undefined } };
    const model = new MockLanguageModelV3({
      doGenerate: async () =>
        turn++ === 0
          ? { content: [{ type: 'tool-call', toolCallId: 'call_ai6', toolName: 'echo', input: JSON.stringify({ message: 'from ai 6' }) }], finishReason: { unified: 'tool-calls', raw: 'tool_calls' }, usage, warnings: [] }
          : { content: [{ type: 'text', text: 'Echoed.' }], finishReason: { unified: 'stop', raw: 'stop' }, usage, warnings: [] },
    });
    try {
      const { echo } = await mcp.tools();
      const execute = echo!.execute!;
      const tools = { echo: { ...echo!, execute: (input: unknown, options: { toolCallId: string }) => spans.run(options.toolCallId, () => execute(input as never, options as never)) } };
      // The middleware gets spans.auditor too (as mcp-proxy.md's snippet): given `auditor`, it
      // would not find the integration's runs and put each model call in a trace of its own.
      const wrapped = wrapLanguageModel({ model, middleware: auditMiddleware({ auditor: spans.auditor }) as never });
      const result = await generateText({ model: wrapped, prompt: 'echo something', tools: tools as never, stopWhen: stepCountIs(3), experimental_telemetry: { integrations: [auditTelemetry({ auditor: spans.auditor })] } as never });
      expect(result.text).toBe('Echoed.');
    } finally {
      await mcp.close();
      await auditor.close();
    }
    const { agent, proxy } = await pair('ai6-agent');
    expect(agent.tool?.callId).toBe('call_ai6');
    const mine = (await ledgerEvents(agentDir)).filter((e) => e.stream === 'ai6-agent');
    const steps = new Set(mine.filter((e) => e.type === 'step.start').map((e) => e.trace.spanId));
    const modelEvents = mine.filter((e) => e.type.startsWith('model.'));
    expect(modelEvents.map((e) => e.type)).toEqual(['model.request', 'model.response', 'model.request', 'model.response']);
    for (const e of modelEvents) {
      expect(e.trace.traceId).toBe(agent.trace.traceId);
      expect(steps.has(e.trace.parentSpanId ?? '')).toBe(true);
    }
    expect(proxy.trace.traceId).toBe(agent.trace.traceId);
    expect(proxy.trace.parentSpanId).toBe(agent.trace.spanId);
  });

  it('agent-audit query --trace reads both ledgers and prints one tree', async () => {
    const agentEvents = await ledgerEvents(agentDir);
    const call = agentEvents.find((e) => e.stream === 'langchain-agent' && e.type === 'tool.call')!;
    const { code, stdout, stderr } = await query(['--trace', call.trace.traceId, agentDir, proxyDir], env);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const rows = stdout.trim().split('\n');
    const agentRow = rows.findIndex((row) => row.includes('langchain-agent#') && / {2,}tool\.call /.test(row) && row.includes(`span=${call.trace.spanId} `));
    const proxyRow = rows.findIndex((row) => row.includes('mcp-proxy.') && row.includes('tool.call') && row.includes(`parent=${call.trace.spanId}`));
    expect(agentRow, stdout).toBeGreaterThanOrEqual(0);
    expect(proxyRow, stdout).toBeGreaterThan(agentRow);
    const indent = (row: string): number => /^\S+ {2}\S+ +( *)\S/.exec(row)![0]!.length;
    expect(indent(rows[proxyRow]!)).toBeGreaterThan(indent(rows[agentRow]!));
    // Only that trace, from both ledgers.
    expect(new Set(rows.map((row) => /^\S+\s+(\S+)#/.exec(row)![1]!.split('.')[0]))).toEqual(new Set(['langchain-agent', 'mcp-proxy']));
    console.log(`agent-audit query --trace ${call.trace.traceId} agent-ledger proxy-ledger\n${stdout}`);
  });
});

/** Resolves once the ledger holds what `done` looks for (the proxy writes it in its own time). */
async function waitForLedger(dir: string, done: (events: AuditEvent[]) => boolean, timeoutMs = 20_000): Promise<void> {
  const { watch } = await import('node:fs');
  if (done(await ledgerEvents(dir))) return;
  await new Promise<void>((resolveWait, reject) => {
    const watcher = watch(dir, { recursive: true }, () => {
      void ledgerEvents(dir).then((events) => {
        if (done(events)) finish();
      }, () => {});
    });
    const timer = setTimeout(() => finish(new Error(`ledger ${dir} did not get the expected events within ${timeoutMs} ms`)), timeoutMs);
    function finish(error?: Error): void {
      clearTimeout(timer);
      watcher.close();
      if (error) reject(error);
      else resolveWait();
    }
  });
}
