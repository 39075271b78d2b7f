import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createAgent } from 'langchain';
import { AIMessage } from '@langchain/core/messages';
import { tool } from '@langchain/core/tools';
import { BaseRetriever } from '@langchain/core/retrievers';
import { Document } from '@langchain/core/documents';
import { ChatPromptTemplate } from '@langchain/core/prompts';
import { RunnableLambda, RunnableSequence } from '@langchain/core/runnables';
import { StringOutputParser } from '@langchain/core/output_parsers';
import { dispatchCustomEvent } from '@langchain/core/callbacks/dispatch';
import { FakeLLM } from '@langchain/core/utils/testing';
import { fakeModel } from '@langchain/core/testing';
import { Annotation, Command, END, INTERRUPT, MemorySaver, START, StateGraph, interrupt } from '@langchain/langgraph';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createAuditor, fileLedger, generateSignerKey, readEvents, verifyLedger, type AuditEvent, type Auditor } from '@agent-audit/core';
import { memoryLedger, type MemoryLedger } from '@agent-audit/core/test';
import { AuditCallbackHandler, type AuditCallbackHandlerOptions } from './index.js';
import { ScriptedChatModel } from './test.js';

// ---------------------------------------------------------------- fixtures

interface Harness {
  ledger: MemoryLedger;
  auditor: Auditor;
  errors: Error[];
  events(): Promise<AuditEvent[]>;
  handler(options?: Partial<AuditCallbackHandlerOptions>): AuditCallbackHandler;
}

const open: Auditor[] = [];
afterEach(async () => {
  for (const auditor of open.splice(0)) await auditor.close().catch(() => undefined);
});

function harness(): Harness {
  const ledger = memoryLedger();
  const errors: Error[] = [];
  const auditor = createAuditor({ agent: { id: 'care-bot' }, sink: ledger, onError: (e) => errors.push(e) });
  open.push(auditor);
  return {
    ledger,
    auditor,
    errors,
    async events() {
      await auditor.flush();
      return ledger.events();
    },
    handler: (options) => new AuditCallbackHandler({ auditor, ...options }),
  };
}

class PolicyRetriever extends BaseRetriever {
  lc_namespace = ['agent-audit', 'test'];
  calls = 0;
  constructor(private readonly fail = false) {
    super();
  }
  override async _getRelevantDocuments(query: string): Promise<Document[]> {
    this.calls += 1;
    if (this.fail) throw new Error('vector store unavailable');
    return [
      new Document({ id: 'pol-7', pageContent: `Policy on ${query}: refills need a physician note.`, metadata: { source: 'policies/refills.md' } }),
      new Document({ id: 'pol-9', pageContent: 'Appointments can be moved up to 24h ahead.', metadata: { source: 'policies/appointments.md' } }),
    ];
  }
}

const PATIENT_EMAIL = 'jane.doe@example.com';
const PATIENT_PHONE = '+1 415 555 0134';

function clinicAgent(options: { failingTool?: boolean; retriever?: PolicyRetriever } = {}) {
  const toolRuns: string[] = [];
  const lookupPatient = tool(
    async ({ email }) => {
      toolRuns.push('lookup_patient');
      if (options.failingTool) throw new Error('patient registry timed out');
      return JSON.stringify({ patientId: 'P-1042', name: 'Jane Doe', email, nextAppointment: '2026-03-02' });
    },
    { name: 'lookup_patient', description: 'Find a patient by email', schema: z.object({ email: z.string() }) },
  );
  const retriever = options.retriever ?? new PolicyRetriever();
  const searchPolicies = tool(
    async ({ query }, config) => {
      toolRuns.push('search_policies');
      const docs = await retriever.invoke(query, config);
      return docs.map((d) => d.pageContent).join('\n');
    },
    { name: 'search_policies', description: 'Search clinic policies', schema: z.object({ query: z.string() }) },
  );
  const model = new ScriptedChatModel({
    responses: [
      new AIMessage({ content: '', tool_calls: [{ id: 'call_lookup', name: 'lookup_patient', args: { email: PATIENT_EMAIL } }] }),
      new AIMessage({ content: '', tool_calls: [{ id: 'call_policy', name: 'search_policies', args: { query: 'prescription refill' } }] }),
      'Jane, your refill needs a physician note; your next appointment is on 2026-03-02.',
    ],
  });
  const agent = createAgent({ model, tools: [lookupPatient, searchPolicies], systemPrompt: 'You are a clinic assistant.' });
  return { agent, model, toolRuns, retriever };
}

const question = `I am Jane Doe (${PATIENT_EMAIL}, ${PATIENT_PHONE}). Can I refill my prescription?`;

function byType(events: AuditEvent[], type: string): AuditEvent[] {
  return events.filter((e) => e.type === type);
}

function one(events: AuditEvent[], predicate: (e: AuditEvent) => boolean, what: string): AuditEvent {
  const found = events.filter(predicate);
  expect(found, what).toHaveLength(1);
  return found[0] as AuditEvent;
}

/** Every parentSpanId names a span that has an event in the ledger. */
function expectClosedParentLinks(events: AuditEvent[]): void {
  const spans = new Set(events.map((e) => `${e.trace.traceId}/${e.trace.spanId}`));
  for (const event of events) {
    if (event.trace.parentSpanId === undefined) continue;
    expect(spans.has(`${event.trace.traceId}/${event.trace.parentSpanId}`), `parent of ${event.type} ${event.id}`).toBe(true);
  }
}

// ---------------------------------------------------------------- tests

describe('AuditCallbackHandler with a createAgent agent', () => {
  it('records the agent loop (model -> tool -> model -> tool -> model) as one correlated trace', async () => {
    const h = harness();
    const { agent, toolRuns, retriever } = clinicAgent();
    const handler = h.handler({ actor: { id: 'patient-1042', type: 'user' } });
    const result = await agent.invoke(
      { messages: [{ role: 'user', content: question }] },
      { callbacks: [handler], metadata: { audit_session_id: 'conv-77' } },
    );
    expect(String(result.messages.at(-1)?.content)).toContain('physician note');
    expect(toolRuns).toEqual(['lookup_patient', 'search_policies']);
    expect(retriever.calls).toBe(1);

    const events = await h.events();
    expect(h.errors).toEqual([]);
    expect(handler.openRuns).toBe(0);
    // One trace, adapter source, session from metadata, actor from options.
    expect(new Set(events.map((e) => e.trace.traceId)).size).toBe(1);
    for (const e of events) {
      expect(e.source).toBe('langchain');
      expect(e.session).toBe('conv-77');
      expect(e.actor).toEqual({ id: 'patient-1042', type: 'user' });
    }
    expect(events.map((e) => e.type)).toEqual([
      'chain.start', // agent
      'chain.start', 'model.request', 'model.response', 'chain.end', // model_request node
      'chain.start', 'tool.call', 'tool.result', 'chain.end', // tools node
      'chain.start', 'model.request', 'model.response', 'chain.end',
      'chain.start', 'tool.call', 'retrieval.query', 'retrieval.result', 'tool.result', 'chain.end',
      'chain.start', 'model.request', 'model.response', 'chain.end',
      'chain.end', // agent
    ]);

    // The agent root, then its nodes; internal runnables (__start__, RunnableLambda) are not kept.
    const root = events[0] as AuditEvent;
    expect(root.attrs?.['chain']).toMatchObject({ kind: 'agent' });
    expect(root.trace.parentSpanId).toBeUndefined();
    const nodes = byType(events, 'chain.start').slice(1);
    expect(nodes.map((n) => (n.attrs?.['chain'] as { node?: string }).node)).toEqual(['model_request', 'tools', 'model_request', 'tools', 'model_request']);
    for (const node of nodes) expect(node.trace.parentSpanId).toBe(root.trace.spanId);
    expect(JSON.stringify(events)).not.toContain('RunnableLambda');
    expect(JSON.stringify(events)).not.toContain('__start__');

    // Model events: request and response share the span of their node's child.
    const [request1, request2] = byType(events, 'model.request') as [AuditEvent, AuditEvent];
    const [response1, , response3] = byType(events, 'model.response') as [AuditEvent, AuditEvent, AuditEvent];
    expect(response1.trace.spanId).toBe(request1.trace.spanId);
    expect(request1.trace.parentSpanId).toBe(nodes[0]?.trace.spanId);
    expect(request1.model).toMatchObject({ provider: 'scripted', id: 'scripted-model', parameters: { temperature: 0 } });
    expect(request1.attrs?.['tools']).toEqual(['lookup_patient', 'search_policies']);
    expect(request1.content?.input).toEqual([
      { role: 'system', content: 'You are a clinic assistant.' },
      expect.objectContaining({ role: 'user' }),
    ]);
    expect(response1.model?.toolCalls).toEqual([{ id: 'call_lookup', name: 'lookup_patient', arguments: expect.anything() }]);
    expect(response1.model?.finishReason).toBe('tool_calls');
    expect(response1.model?.usage?.totalTokens).toBeGreaterThan(0);
    expect(typeof response1.model?.latencyMs).toBe('number');
    // The second request saw the tool result.
    // (the patient id P-1042 in it is a medical record number, masked as MRN)
    expect(JSON.stringify(request2.content?.input)).toMatch(/"toolCallId":"call_lookup"/);
    expect(JSON.stringify(request2.content?.input)).toMatch(/\\"patientId\\":\\"\[MRN:psn_/);
    expect(JSON.stringify(request2.content?.input)).not.toContain('P-1042');
    expect(response3.model?.finishReason).toBe('stop');
    expect(response3.content?.output).toMatchObject({ role: 'assistant', content: expect.stringContaining('physician note') });

    // Tool events: call and result share a span, carry the model's tool call id, parent is the tools node.
    const [call1, call2] = byType(events, 'tool.call') as [AuditEvent, AuditEvent];
    const [result1, result2] = byType(events, 'tool.result') as [AuditEvent, AuditEvent];
    expect(call1.tool).toMatchObject({ name: 'lookup_patient', callId: 'call_lookup' });
    expect(result1.trace.spanId).toBe(call1.trace.spanId);
    expect(call1.trace.parentSpanId).toBe(nodes[1]?.trace.spanId);
    expect(result1.tool).toMatchObject({ name: 'lookup_patient', callId: 'call_lookup', result: expect.objectContaining({ patientId: expect.stringMatching(/^\[MRN:psn_/), nextAppointment: '2026-03-02' }) });
    expect(typeof result1.tool?.durationMs).toBe('number');
    expect(call2.tool).toMatchObject({ name: 'search_policies', callId: 'call_policy', arguments: { query: 'prescription refill' } });
    expect(result2.trace.spanId).toBe(call2.trace.spanId);

    // The retriever ran inside the tool: its span is a child of the tool's span.
    const query = one(events, (e) => e.type === 'retrieval.query', 'retrieval.query');
    const retrieved = one(events, (e) => e.type === 'retrieval.result', 'retrieval.result');
    expect(query.trace.parentSpanId).toBe(call2.trace.spanId);
    expect(retrieved.trace.spanId).toBe(query.trace.spanId);
    expect(query.content?.input).toBe('prescription refill');
    expect(retrieved.attrs).toMatchObject({
      documentCount: 2,
      documents: [{ id: 'pol-7', source: 'policies/refills.md' }, { id: 'pol-9', source: 'policies/appointments.md' }],
    });

    // Root end carries the final answer only, not the whole message history again.
    const rootEnd = events.at(-1) as AuditEvent;
    expect(rootEnd.trace.spanId).toBe(root.trace.spanId);
    expect((rootEnd.content?.output as { messages: unknown[] }).messages).toHaveLength(1);
    expectClosedParentLinks(events);
  });

  it("works with LangChain's own fakeModel() double driving createAgent", async () => {
    const h = harness();
    const refund = tool(async ({ account }) => `refund issued to ${account}`, {
      name: 'issue_refund',
      description: 'Refund a customer',
      schema: z.object({ account: z.string() }),
    });
    const model = fakeModel()
      .respondWithTools([{ name: 'issue_refund', args: { account: 'ACC-991' }, id: 'call_r1' }])
      .respond(new AIMessage('Refund issued.'));
    const agent = createAgent({ model, tools: [refund] });
    await agent.invoke({ messages: [{ role: 'user', content: 'refund me' }] }, { callbacks: [h.handler()] });
    const events = await h.events();
    const response = byType(events, 'model.response')[0] as AuditEvent;
    const call = one(events, (e) => e.type === 'tool.call', 'tool.call');
    expect(response.model?.toolCalls?.[0]).toMatchObject({ id: 'call_r1', name: 'issue_refund' });
    expect(call.tool).toMatchObject({ name: 'issue_refund', callId: 'call_r1', arguments: { account: 'ACC-991' } });
    expect(one(events, (e) => e.type === 'tool.result', 'tool.result').tool?.result).toBe('refund issued to ACC-991');
    expect(byType(events, 'model.response').at(-1)?.content?.output).toEqual({ role: 'assistant', content: 'Refund issued.' });
    expectClosedParentLinks(events);
  });

  it('records batch and streamEvents calls, one trace per input', async () => {
    const h = harness();
    const handler = h.handler();
    const model = new ScriptedChatModel({ responses: ['a', 'b', 'c'] });
    const chain = RunnableSequence.from([ChatPromptTemplate.fromMessages([['human', '{q}']]), model]);
    await chain.batch([{ q: 'one' }, { q: 'two' }], { callbacks: [handler] });
    for await (const _event of chain.streamEvents({ q: 'three' }, { version: 'v2', callbacks: [handler] })) {
      // drain
    }
    const events = await h.events();
    const traces = [...new Set(events.map((e) => e.trace.traceId))];
    expect(traces).toHaveLength(3);
    for (const trace of traces) {
      // The prompt template is kept (template and variables apart), then the model call.
      expect(events.filter((e) => e.trace.traceId === trace).map((e) => e.type)).toEqual(['chain.start', 'chain.start', 'chain.end', 'model.request', 'model.response', 'chain.end']);
    }
    expect(handler.openRuns).toBe(0);
    expectClosedParentLinks(events);
  });

  it('opens one trace per invocation', async () => {
    const h = harness();
    const handler = h.handler();
    const model = new ScriptedChatModel({ responses: ['first answer', 'second answer'] });
    const agent = createAgent({ model, tools: [] });
    await agent.invoke({ messages: [{ role: 'user', content: 'one' }] }, { callbacks: [handler] });
    await agent.invoke({ messages: [{ role: 'user', content: 'two' }] }, { callbacks: [handler] });
    const events = await h.events();
    const roots = events.filter((e) => e.type === 'chain.start' && e.trace.parentSpanId === undefined);
    expect(roots).toHaveLength(2);
    expect(roots[0]?.trace.traceId).not.toBe(roots[1]?.trace.traceId);
    expect(new Set(events.map((e) => e.trace.traceId)).size).toBe(2);
    expectClosedParentLinks(events);
  });

  it('keeps personal data in messages and tool arguments out of the stored events', async () => {
    const h = harness();
    const { agent } = clinicAgent();
    await agent.invoke({ messages: [{ role: 'user', content: question }] }, { callbacks: [h.handler()] });
    const events = await h.events();
    const stored = h.ledger.lines(h.auditor.stream).join('\n');
    // The question reached the ledger as events (so the test can fail) ...
    expect(byType(events, 'model.request').length).toBeGreaterThan(0);
    expect(byType(events, 'tool.call')[0]?.tool?.arguments).toBeDefined();
    // ... but not the patient's email and phone, neither in messages nor in tool arguments.
    expect(stored).not.toContain(PATIENT_EMAIL);
    expect(stored).not.toContain(PATIENT_PHONE);
    expect(stored).not.toContain('415 555 0134');
  });

  it('records a throwing tool as tool.error on the tool call span and the agent goes on', async () => {
    const h = harness();
    const { agent } = clinicAgent({ failingTool: true });
    const result = await agent.invoke({ messages: [{ role: 'user', content: 'refill please' }] }, { callbacks: [h.handler()] });
    expect(result.messages.length).toBeGreaterThan(2);
    const events = await h.events();
    const call = one(events, (e) => e.type === 'tool.call' && e.tool?.name === 'lookup_patient', 'lookup call');
    const failure = one(events, (e) => e.type === 'tool.error', 'tool.error');
    expect(failure.outcome).toBe('failure');
    expect(failure.trace.spanId).toBe(call.trace.spanId);
    expect(failure.tool).toMatchObject({ name: 'lookup_patient', callId: 'call_lookup' });
    expect(failure.error?.message).toContain('patient registry timed out');
    expect(byType(events, 'tool.result').map((e) => e.tool?.name)).toEqual(['search_policies']);
    expectClosedParentLinks(events);
  });

  it('lets a tool error reach the caller unchanged when a tool is invoked directly', async () => {
    const h = harness();
    const failing = tool(
      async () => {
        throw new TypeError('bad account number');
      },
      { name: 'transfer', description: 'x', schema: z.object({ amount: z.number() }) },
    );
    await expect(failing.invoke({ amount: 5 }, { callbacks: [h.handler()] })).rejects.toThrow(TypeError);
    const events = await h.events();
    expect(events.map((e) => e.type)).toEqual(['tool.call', 'tool.error']);
    expect(events[1]?.error).toMatchObject({ type: 'TypeError', message: 'bad account number' });
    expect(events[1]?.tool?.arguments).toEqual({ amount: 5 });
  });
});

describe('file ledger', () => {
  it('writes an agent run to a file ledger that verifies, with closed parent links', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'agent-audit-langchain-'));
    try {
      const dir = path.join(root, 'ledger');
      const key = generateSignerKey('langchain-test');
      const errors: Error[] = [];
      const auditor = createAuditor({ agent: { id: 'care-bot' }, sink: fileLedger({ dir, signingKey: key.signerKey }), onError: (e) => errors.push(e) });
      const { agent } = clinicAgent();
      await agent.invoke({ messages: [{ role: 'user', content: question }] }, { callbacks: [new AuditCallbackHandler({ auditor })] });
      const { agent: second } = clinicAgent({ failingTool: true });
      await second.invoke({ messages: [{ role: 'user', content: question }] }, { callbacks: [new AuditCallbackHandler({ auditor })] });
      await auditor.close();
      expect(errors).toEqual([]);
      const result = await verifyLedger(dir, { verifierKey: key.verifierKey });
      expect(result.firstFailure).toBeUndefined();
      expect(result.ok).toBe(true);
      const events: AuditEvent[] = [];
      for await (const event of readEvents(dir, { stream: 'care-bot' })) events.push(event);
      expect(result.events).toBe(events.length);
      expect(events.filter((e) => e.source === 'langchain')).toHaveLength(24 + 24);
      expect(new Set(events.filter((e) => e.source === 'langchain').map((e) => e.trace.traceId)).size).toBe(2);
      expectClosedParentLinks(events);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('streaming', () => {
  it('folds streamed tokens into one model.response with the usage sent in the last chunk', async () => {
    const h = harness();
    const { agent } = clinicAgent();
    const stream = await agent.stream({ messages: [{ role: 'user', content: 'refill?' }] }, { callbacks: [h.handler()], streamMode: 'messages' });
    let chunks = 0;
    for await (const _chunk of stream) chunks += 1;
    expect(chunks).toBeGreaterThan(3);
    const events = await h.events();
    expect(byType(events, 'model.request')).toHaveLength(3);
    const responses = byType(events, 'model.response');
    expect(responses).toHaveLength(3);
    const last = responses[2] as AuditEvent;
    // The folded text as stored: the patient's first name is redacted by the core's name detector.
    expect(last.content?.output).toMatchObject({ content: expect.stringMatching(/^\[PERSON:psn_[a-z0-9_]+\], your refill needs a physician note; your next appointment is on 2026-03-02\.$/) });
    expect(last.attrs?.['streamedChunks']).toBeGreaterThan(5);
    expect(typeof last.model?.timeToFirstChunkMs).toBe('number');
    expect(last.model?.usage?.totalTokens).toBeGreaterThan(0);
    expect(last.model?.finishReason).toBe('stop');
    // Tool calls that arrived as chunks are in the response too.
    expect(responses[0]?.model?.toolCalls).toEqual([{ id: 'call_lookup', name: 'lookup_patient', arguments: { email: expect.any(String) } }]);
    expect(events.filter((e) => e.type.startsWith('model.')).length).toBe(6);
    expectClosedParentLinks(events);
  });

  it('records a directly streamed chat model once, with usage from the end of the stream', async () => {
    const h = harness();
    const model = new ScriptedChatModel({
      responses: [new AIMessage({ content: 'Your balance is fine.', usage_metadata: { input_tokens: 11, output_tokens: 5, total_tokens: 16, input_token_details: { cache_read: 4 } } })],
    });
    const parts: string[] = [];
    for await (const chunk of await model.stream('How is my balance?', { callbacks: [h.handler()] })) parts.push(String(chunk.content));
    expect(parts.join('')).toBe('Your balance is fine.');
    const events = await h.events();
    expect(events.map((e) => e.type)).toEqual(['model.request', 'model.response']);
    expect(events[1]?.model?.usage).toEqual({ inputTokens: 11, outputTokens: 5, totalTokens: 16, cachedInputTokens: 4 });
    expect(events[1]?.content?.output).toEqual({ role: 'assistant', content: 'Your balance is fine.' });
    expect(events[1]?.trace.spanId).toBe(events[0]?.trace.spanId);
  });

  it('records a text LLM (handleLLMStart/End) and a failing chat model as model.error', async () => {
    const h = harness();
    const llm = new FakeLLM({ response: 'A short summary.' });
    await llm.invoke('Summarize the account notes.', { callbacks: [h.handler()] });
    const broken = new ScriptedChatModel({ responses: [new Error('provider overloaded (529)')] });
    await expect(broken.invoke('hello', { callbacks: [h.handler()] })).rejects.toThrow('provider overloaded');
    const events = await h.events();
    expect(events.map((e) => e.type)).toEqual(['model.request', 'model.response', 'model.request', 'model.error']);
    expect(events[0]?.content?.input).toBe('Summarize the account notes.');
    expect(events[1]?.content?.output).toBe('A short summary.');
    expect(events[3]).toMatchObject({ outcome: 'failure', error: { message: 'provider overloaded (529)' }, model: { provider: 'scripted' } });
  });
});

describe('retrievers', () => {
  it('records the query, the documents ids, sources and count, and retriever errors', async () => {
    const h = harness();
    const docs = await new PolicyRetriever().invoke('refund policy', { callbacks: [h.handler()] });
    expect(docs).toHaveLength(2);
    await expect(new PolicyRetriever(true).invoke('refund policy', { callbacks: [h.handler()] })).rejects.toThrow('vector store unavailable');
    const events = await h.events();
    expect(events.map((e) => e.type)).toEqual(['retrieval.query', 'retrieval.result', 'retrieval.query', 'retrieval.error']);
    expect(events[0]).toMatchObject({ resource: { type: 'retriever', operation: 'query' }, content: { input: 'refund policy' } });
    expect(events[1]?.attrs).toMatchObject({ documentCount: 2, documents: [{ id: 'pol-7', source: 'policies/refills.md' }, { id: 'pol-9' }] });
    expect(events[1]?.content?.output).toEqual([expect.stringContaining('physician note'), expect.stringContaining('24h')]);
    expect(events[3]).toMatchObject({ outcome: 'failure', error: { message: 'vector store unavailable' } });
    expect(events[3]?.trace.spanId).toBe(events[2]?.trace.spanId);
  });
});

describe('nested chains and graphs', () => {
  it('re-parents through internal runnables to the nearest kept chain', async () => {
    const h = harness();
    const model = new ScriptedChatModel({ responses: ['Summary: two overdue invoices.'] });
    const inner = RunnableSequence.from([
      ChatPromptTemplate.fromMessages([['human', 'Summarize: {notes}']]),
      model,
      new StringOutputParser(),
    ]).withConfig({ runName: 'summarize', tags: ['audit:keep'] });
    const outer = RunnableSequence.from([
      RunnableLambda.from((input: { notes: string }) => ({ notes: input.notes.trim() })),
      RunnableLambda.from(async (input: { notes: string }, config) => inner.invoke(input, config)),
    ]).withConfig({ runName: 'account_review' });
    const out = await outer.invoke({ notes: '  invoice 1 overdue; invoice 2 overdue  ' }, { callbacks: [h.handler()] });
    expect(out).toBe('Summary: two overdue invoices.');
    const events = await h.events();
    expect(events.map((e) => e.type)).toEqual(['chain.start', 'chain.start', 'chain.start', 'chain.end', 'model.request', 'model.response', 'chain.end', 'chain.end']);
    const [root, summarize, prompt, , request] = events as [AuditEvent, AuditEvent, AuditEvent, AuditEvent, AuditEvent];
    expect(root.attrs?.['chain']).toMatchObject({ name: 'account_review', kind: 'root' });
    expect(summarize.attrs?.['chain']).toMatchObject({ name: 'summarize', kind: 'chain' });
    // Two RunnableLambdas between root and `summarize` are not recorded; the prompt template is.
    expect(summarize.trace.parentSpanId).toBe(root.trace.spanId);
    expect(prompt.attrs?.['chain']).toMatchObject({ name: 'ChatPromptTemplate', kind: 'prompt' });
    expect(prompt.trace.parentSpanId).toBe(summarize.trace.spanId);
    expect(request.trace.parentSpanId).toBe(summarize.trace.spanId);
    expect(summarize.content?.input).toEqual({ notes: 'invoice 1 overdue; invoice 2 overdue' });
    // LangChain hands non-object chain outputs to callbacks as { output }.
    expect(events[6]?.content?.output).toEqual({ output: 'Summary: two overdue invoices.' });
    expectClosedParentLinks(events);
  });

  it('records LangGraph nodes and a subgraph, with node errors as chain.error', async () => {
    const h = harness();
    const State = Annotation.Root({ amount: Annotation<number>, decision: Annotation<string> });
    const risk = new StateGraph(State)
      .addNode('score', async (s: typeof State.State) => {
        await dispatchCustomEvent('decision.made', { action: s.amount > 1000 ? 'review' : 'approve', reason: `amount ${s.amount}`, policy: 'limits-v2' });
        return { decision: s.amount > 1000 ? 'review' : 'approve' };
      })
      .addEdge(START, 'score')
      .addEdge('score', END)
      .compile();
    const graph = new StateGraph(State)
      .addNode('validate', async (s: typeof State.State) => {
        if (!(s.amount > 0)) throw new RangeError('amount must be positive');
        return {};
      })
      .addNode('risk', risk)
      .addEdge(START, 'validate')
      .addEdge('validate', 'risk')
      .addEdge('risk', END)
      .compile()
      .withConfig({ runName: 'payment_graph' });

    const out = await graph.invoke({ amount: 2500 }, { callbacks: [h.handler()] });
    expect(out.decision).toBe('review');
    await expect(graph.invoke({ amount: -1 }, { callbacks: [h.handler()] })).rejects.toThrow('amount must be positive');
    const events = await h.events();
    const traces = [...new Set(events.map((e) => e.trace.traceId))];
    expect(traces).toHaveLength(2);
    const first = events.filter((e) => e.trace.traceId === traces[0]);
    const names = first.filter((e) => e.type === 'chain.start').map((e) => (e.attrs?.['chain'] as { name: string }).name);
    // The subgraph runs as its own graph run inside the `risk` node.
    expect(names).toEqual(['payment_graph', 'validate', 'risk', 'LangGraph', 'score']);
    const starts = first.filter((e) => e.type === 'chain.start');
    expect(starts[3]?.trace.parentSpanId).toBe(starts[2]?.trace.spanId);
    expect(starts[4]?.trace.parentSpanId).toBe(starts[3]?.trace.spanId);
    expect(starts[0]?.attrs?.['chain']).toMatchObject({ kind: 'graph' });
    const decision = one(first, (e) => e.type === 'decision.made', 'decision.made');
    expect(decision.decision).toEqual({ action: 'review', reason: 'amount 2500', policy: 'limits-v2' });
    const score = one(first, (e) => e.type === 'chain.start' && (e.attrs?.['chain'] as { name: string }).name === 'score', 'score node');
    expect(decision.trace.spanId).toBe(score.trace.spanId);
    const second = events.filter((e) => e.trace.traceId === traces[1]);
    const nodeError = one(second, (e) => e.type === 'chain.error' && (e.attrs?.['chain'] as { name: string }).name === 'validate', 'validate error');
    expect(nodeError.error).toMatchObject({ type: 'RangeError', message: 'amount must be positive' });
    expect(second.at(-1)).toMatchObject({ type: 'chain.error', outcome: 'failure' });
    expectClosedParentLinks(events);
  });

  it('records a human-in-the-loop interrupt as pending, not as a failure, and the resume as the next trace', async () => {
    const h = harness();
    const State = Annotation.Root({ amount: Annotation<number>, approved: Annotation<boolean> });
    const graph = new StateGraph(State)
      .addNode('approve', (s: typeof State.State) => {
        const answer = interrupt({ question: `approve transfer of ${s.amount}?` }) as string;
        return { approved: answer === 'yes' };
      })
      .addEdge(START, 'approve')
      .addEdge('approve', END)
      .compile({ checkpointer: new MemorySaver() });
    const config = { callbacks: [h.handler()], configurable: { thread_id: 't-1' } };
    const paused = await graph.invoke({ amount: 9000 }, config);
    expect((paused as Record<string, unknown>)[INTERRUPT]).toBeDefined();
    const resumed = await graph.invoke(new Command({ resume: 'yes' }), config);
    expect(resumed.approved).toBe(true);
    const events = await h.events();
    expect(events.filter((e) => e.outcome === 'failure')).toEqual([]);
    // Starts are pending too (FORMAT.md §2.2); the one pending end is the paused node.
    expect(events.filter((e) => e.type.endsWith('.start') || e.type === 'model.request' || e.type === 'tool.call').every((e) => e.outcome === 'pending')).toBe(true);
    const pausedNode = one(events, (e) => e.outcome === 'pending' && !e.type.endsWith('.start'), 'pending node end');
    expect(pausedNode).toMatchObject({ type: 'chain.end', attrs: { chain: { name: 'approve', interrupted: true } } });
    expect(JSON.stringify(pausedNode.content?.output)).toContain('approve transfer of 9000?');
    expect(new Set(events.map((e) => e.trace.traceId)).size).toBe(2);
    expectClosedParentLinks(events);
  });

  it('forgets the oldest open run past maxOpenRuns and says so', async () => {
    const h = harness();
    const handler = h.handler({ maxOpenRuns: 2 });
    for (const runId of ['r1', 'r2', 'r3']) handler.handleToolStart({ lc: 1, type: 'not_implemented', id: ['t'] }, '{}', runId, undefined, [], {}, 'slow_tool');
    expect(handler.openRuns).toBe(2);
    expect(h.errors.map((e) => e.message).join('\n')).toContain('more than 2 open runs');
    // The forgotten run's end is still recorded, on its own span.
    handler.handleToolEnd('late', 'r1');
    const events = await h.events();
    expect(events.map((e) => e.type)).toEqual(['tool.call', 'tool.call', 'tool.call', 'tool.result']);
    expect(events[3]?.trace.spanId).toBe(events[0]?.trace.spanId);
  });

  it('accepts a custom keepChain and reports a throwing one without breaking the run', async () => {
    const h = harness();
    const model = new ScriptedChatModel({ responses: ['ok', 'ok', 'ok'] });
    const chain = RunnableSequence.from([ChatPromptTemplate.fromMessages([['human', '{q}']]), model]);
    await chain.invoke({ q: 'a' }, { callbacks: [h.handler({ keepChain: (run) => run.isRoot || run.name === 'ChatPromptTemplate' })] });
    await chain.invoke({ q: 'b' }, { callbacks: [h.handler({ keepChain: (run) => run.isRoot })] });
    await chain.invoke({ q: 'c' }, { callbacks: [h.handler({ keepChain: () => { throw new Error('predicate bug'); } })] });
    const events = await h.events();
    const starts = byType(events, 'chain.start').map((e) => (e.attrs?.['chain'] as { name: string }).name);
    // A throwing rule falls back to the default, which keeps prompt templates.
    expect(starts).toEqual(['RunnableSequence', 'ChatPromptTemplate', 'RunnableSequence', 'RunnableSequence', 'ChatPromptTemplate']);
    expect(h.errors.map((e) => e.message).join('\n')).toContain('predicate bug');
  });
});

describe('session, actor and app-level events', () => {
  it('takes session and actor from metadata, then options, then the auditor context', async () => {
    const h = harness();
    const model = new ScriptedChatModel({ responses: ['a', 'b', 'c'] });
    const agent = createAgent({ model, tools: [] });
    const input = { messages: [{ role: 'user', content: 'hi' }] };
    await agent.invoke(input, {
      callbacks: [h.handler({ sessionId: 'opt-session' })],
      metadata: { audit_actor_id: 'clerk-9', audit_actor_type: 'admin', audit_actor_name: 'Sam' },
    });
    await h.auditor.run({ session: 'ctx-session', actor: { id: 'ctx-user', type: 'user' } }, async () => {
      h.auditor.record({ type: 'message.user', content: { input: 'hi' } });
      await agent.invoke(input, { callbacks: [h.handler()] });
    });
    await agent.invoke(input, { callbacks: [h.handler()], metadata: { audit_actor_id: 'x', audit_actor_type: 'robot' } });
    const events = (await h.events()).filter((e) => e.source === 'langchain');
    const traces = [...new Set(events.map((e) => e.trace.traceId))];
    const [a, b, c] = traces.map((t) => events.filter((e) => e.trace.traceId === t)) as [AuditEvent[], AuditEvent[], AuditEvent[]];
    // The display name is redacted by the core like any other value (a pseudonym in its place).
    for (const e of a) expect([e.session, e.actor]).toEqual(['opt-session', { id: 'clerk-9', type: 'admin', name: expect.stringMatching(/^\[PERSON:psn_/) }]);
    for (const e of b) expect([e.session, e.actor]).toEqual(['ctx-session', { id: 'ctx-user', type: 'user' }]);
    // An invalid actor type is reported and recorded as `user`.
    for (const e of c) expect(e.actor).toEqual({ id: 'x', type: 'user' });
    expect(h.errors.some((e) => e.message.includes('audit_actor_type'))).toBe(true);
    // Inside the app's context the agent's root span is a child of the app's span.
    const appEvent = one(await h.events(), (e) => e.type === 'message.user', 'app event');
    expect(b[0]?.trace.traceId).toBe(appEvent.trace.traceId);
    expect(b[0]?.trace.parentSpanId).toBe(appEvent.trace.spanId);
    expectClosedParentLinks(await h.events());
  });

  it('records custom events as app-level decisions with their reasons', async () => {
    const h = harness();
    const approve = tool(
      async ({ amount }) => {
        await dispatchCustomEvent('approval.request', { action: 'manual_review', reason: `transfer of ${amount} exceeds limit`, resource: { type: 'account', id: 'ACC-1', operation: 'transfer' }, outcome: 'pending', ticket: 'T-1' });
        await dispatchCustomEvent('Weird Name!', 42);
        return 'queued for review';
      },
      { name: 'approve_transfer', description: 'x', schema: z.object({ amount: z.number() }) },
    );
    await approve.invoke({ amount: 9000 }, { callbacks: [h.handler()] });
    const events = await h.events();
    expect(events.map((e) => e.type)).toEqual(['tool.call', 'approval.request', 'custom.event', 'tool.result']);
    expect(events[1]).toMatchObject({
      outcome: 'pending',
      decision: { action: 'manual_review', reason: 'transfer of 9000 exceeds limit' },
      resource: { type: 'account', id: 'ACC-1', operation: 'transfer' },
      content: { input: { ticket: 'T-1' } },
    });
    expect(events[1]?.trace.spanId).toBe(events[0]?.trace.spanId);
    expect(events[2]?.attrs).toMatchObject({ name: 'Weird Name!' });
    expect(events[2]?.content?.input).toBe(42);
  });
});

describe('durability and failure handling', () => {
  it('records each step before LangChain goes on, and everything before invoke resolves', async () => {
    const previous = process.env['LANGCHAIN_CALLBACKS_BACKGROUND'];
    process.env['LANGCHAIN_CALLBACKS_BACKGROUND'] = 'true';
    try {
      const h = harness();
      const seenInTool: string[] = [];
      const check = tool(
        async () => {
          // The tool.call of this very call is already recorded when the tool body runs.
          await h.auditor.flush();
          seenInTool.push(...h.ledger.events().map((e) => e.type));
          return 'ok';
        },
        { name: 'check', description: 'x', schema: z.object({}) },
      );
      const model = new ScriptedChatModel({ responses: [new AIMessage({ content: '', tool_calls: [{ id: 'c1', name: 'check', args: {} }] }), 'done'] });
      const agent = createAgent({ model, tools: [check] });
      const handler = h.handler();
      expect(handler.awaitHandlers).toBe(true);
      await agent.invoke({ messages: [{ role: 'user', content: 'go' }] }, { callbacks: [handler] });
      expect(seenInTool.at(-1)).toBe('tool.call');
      expect(seenInTool).toContain('model.response');
      // No awaitAllCallbacks(): flush right after invoke sees the root's end.
      await h.auditor.flush();
      const events = h.ledger.events();
      expect(events.at(-1)).toMatchObject({ type: 'chain.end', attrs: { chain: { kind: 'agent' } } });
    } finally {
      if (previous === undefined) delete process.env['LANGCHAIN_CALLBACKS_BACKGROUND'];
      else process.env['LANGCHAIN_CALLBACKS_BACKGROUND'] = previous;
    }
  });

  it('fail-closed: a ledger that cannot write stops the run before the model or any tool runs', async () => {
    const h = harness();
    const { agent, model, toolRuns } = clinicAgent();
    h.ledger.failWith(new Error('disk full'));
    const handler = h.handler({ failClosed: true });
    expect(handler.raiseError).toBe(true);
    await expect(agent.invoke({ messages: [{ role: 'user', content: question }] }, { callbacks: [handler] })).rejects.toThrow(/ledger append failed/);
    expect(model.calls).toBe(0);
    expect(toolRuns).toEqual([]);
    h.ledger.failWith(undefined);
  });

  it('fail-closed: a healthy ledger has every event durable as the run goes', async () => {
    const h = harness();
    const { agent } = clinicAgent();
    const result = await agent.invoke({ messages: [{ role: 'user', content: question }] }, { callbacks: [h.handler({ failClosed: true })] });
    expect(String(result.messages.at(-1)?.content)).toContain('physician note');
    // Durable already: no flush needed.
    const events = h.ledger.events();
    expect(events).toHaveLength(24);
    expect(events.at(-1)?.type).toBe('chain.end');
  });

  it('fail-open: a failing ledger goes to onError and the agent still answers', async () => {
    const h = harness();
    const { agent } = clinicAgent();
    h.ledger.failWith(new Error('disk full'));
    const result = await agent.invoke({ messages: [{ role: 'user', content: question }] }, { callbacks: [h.handler()] });
    expect(String(result.messages.at(-1)?.content)).toContain('physician note');
    // Let the first batch fail, then heal the ledger.
    await vi.waitFor(() => expect(h.errors.length).toBeGreaterThan(0), { timeout: 10_000 });
    h.ledger.failWith(undefined);
    await h.auditor.flush();
    expect(h.errors.some((e) => e.message.includes('ledger append failed'))).toBe(true);
    // Nothing lost: once the ledger recovers every event is there.
    expect(h.ledger.events()).toHaveLength(24);
  });

  it('never throws into LangChain on odd input, reports instead', async () => {
    const h = harness();
    const handler = h.handler();
    const circular: Record<string, unknown> = { a: 1 };
    circular['self'] = circular;
    expect(() => handler.handleToolEnd(circular, 'never-started')).not.toThrow();
    expect(() => handler.handleChainEnd({}, 'never-started')).not.toThrow();
    expect(() => handler.handleLLMNewToken('x', { prompt: 0, completion: 0 }, 'never-started')).not.toThrow();
    expect(() => handler.handleLLMEnd(null as never, 'also-never')).not.toThrow();
    expect(() => handler.handleChatModelStart(null as never, null as never, 'r1')).not.toThrow();
    expect(() => handler.handleCustomEvent('ledger.gap', { action: 5n }, 'r2')).not.toThrow();
    const events = await h.events();
    expect(events.map((e) => e.type)).toEqual(['tool.result', 'model.response', 'model.request', 'custom.event']);
    // Only the started model run stays open; ends without a start and stray custom events leave nothing behind.
    expect(handler.openRuns).toBe(1);
  });

  it('rejects bad options with a clear error', () => {
    expect(() => new AuditCallbackHandler(undefined as never)).toThrow(/needs an `auditor`/);
    const h = harness();
    expect(() => h.handler({ actor: { id: 'x', type: 'robot' as never } })).toThrow(/actor/);
    expect(() => h.handler({ maxOpenRuns: 0 })).toThrow(/maxOpenRuns/);
  });
});

describe('options are checked at construction', () => {
  it('an unknown option key (a typo) throws invalid_options naming it', () => {
    const { auditor } = harness();
    expect(() => new AuditCallbackHandler({ auditor, sesionId: 'x' } as never)).toThrow(
      expect.objectContaining({ code: 'invalid_options', message: expect.stringContaining('`sesionId`') }),
    );
    expect(() => new AuditCallbackHandler({} as never)).toThrow(expect.objectContaining({ code: 'invalid_options' }));
    expect(() => new AuditCallbackHandler({ auditor, sessionId: 'x', maxOpenRuns: 3 })).not.toThrow();
  });
});

describe('a misspelt option (core\'s rejectUnknownOptions)', () => {
  it('gets "did you mean", a far one the known keys; a key set to undefined is refused too', () => {
    const { auditor } = harness();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ auditor, sesionId: 'x' }, 'AuditCallbackHandler: unknown option `sesionId` (did you mean `sessionId`?)'],
      [{ auditor, sessionID: 'x' }, 'AuditCallbackHandler: unknown option `sessionID` (did you mean `sessionId`?)'],
      [{ auditor, maxOpenRun: 3 }, 'AuditCallbackHandler: unknown option `maxOpenRun` (did you mean `maxOpenRuns`?)'],
      [{ auditor, keepChains: () => true }, 'AuditCallbackHandler: unknown option `keepChains` (did you mean `keepChain`?)'],
      [{ auditor, sesionId: undefined }, 'AuditCallbackHandler: unknown option `sesionId` (did you mean `sessionId`?)'],
      [{ auditor, session: 'x' }, 'AuditCallbackHandler: unknown option `session` (did you mean `sessionId`?)'],
      [{ auditor, redactor: {} }, 'AuditCallbackHandler: unknown option `redactor` (known: auditor, sessionId, actor, capture, failClosed, keepChain, maxOpenRuns, pause)'],
    ];
    for (const [options, message] of cases) expect(() => new AuditCallbackHandler(options as never), message).toThrow(expect.objectContaining({ code: 'invalid_options', message }));
    // Look-alikes that stay: known keys, one of them undefined.
    expect(() => new AuditCallbackHandler({ auditor, sessionId: undefined, maxOpenRuns: 3 })).not.toThrow();
  });
});

// Re-check of 2026-12-06 (README-only), row H3's open part: a misspelt key inside `actor` or
// `capture` (`actor.nme`) was dropped without a word (a bad `actor` with its id and type passed).
describe('a misspelt key of an option object', () => {
  it('is named by its path with "did you mean"; the objects\' known keys pass', () => {
    const { auditor } = harness();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ auditor, actor: { id: 'u', type: 'user', nme: 'Ann' } }, 'AuditCallbackHandler: unknown option `actor.nme` (did you mean `name`?)'],
      [{ auditor, actor: { id: 'u', type: 'user', Name: 'Ann' } }, 'AuditCallbackHandler: unknown option `actor.Name` (did you mean `name`?)'],
      [{ auditor, capture: { reslt: 'none' } }, 'AuditCallbackHandler: unknown option `capture.reslt` (did you mean `result`?)'],
      [{ auditor, capture: { default: 'hash', input: 'none' } }, 'AuditCallbackHandler: unknown option `capture.input` (known: default, content, arguments, result)'],
    ];
    for (const [options, message] of cases) expect(() => new AuditCallbackHandler(options as never), message).toThrow(expect.objectContaining({ code: 'invalid_options', message }));
    expect(() => new AuditCallbackHandler({ auditor, actor: { id: 'u', type: 'user', name: 'Ann' }, capture: { default: 'hash', content: 'none', arguments: 'full', result: 'redacted' } })).not.toThrow();
    expect(() => new AuditCallbackHandler({ auditor, capture: 'none' })).not.toThrow();
  });
});

// Re-check of 2026-12-06 (README-only), row 9: a misspelt required `auditor` said only "needs an
// `auditor`", not naming the key; unknown keys are now checked first.
describe('a misspelt `auditor` is named', () => {
  it('"did you mean `auditor`?" for auditr, Auditor, auditer; a missing auditor alone still "needs an `auditor`"', () => {
    const { auditor } = harness();
    for (const key of ['auditr', 'Auditor', 'auditer']) {
      const message = `AuditCallbackHandler: unknown option \`${key}\` (did you mean \`auditor\`?)`;
      expect(() => new AuditCallbackHandler({ [key]: auditor } as never), message).toThrow(expect.objectContaining({ code: 'invalid_options', message }));
    }
    expect(() => new AuditCallbackHandler({ sessionId: 'x' } as never)).toThrow(expect.objectContaining({ code: 'invalid_options', message: 'AuditCallbackHandler needs an `auditor` (from createAuditor)' }));
  });
});

describe('an aborted invocation', () => {
  it('marks the aborted tool and chain ends with attrs.aborted and error.type AbortError', async () => {
    const h = harness();
    let late = false;
    let returned: () => void = () => undefined;
    const lateReturn = new Promise<void>((resolve) => (returned = resolve));
    let invokeRejected: () => void = () => undefined;
    const rejected = new Promise<void>((resolve) => (invokeRejected = resolve));
    const controller = new AbortController();
    const slow = tool(
      async () => {
        controller.abort(); // the user stops while the tool runs
        // Ignores the signal and returns after the abort, once the invocation has failed:
        // LangChain drops this return.
        await rejected;
        late = true;
        returned();
        return 'done late';
      },
      { name: 'slow_export', description: 'x', schema: z.object({ id: z.string() }) },
    );
    const model = new ScriptedChatModel({
      responses: [new AIMessage({ content: '', tool_calls: [{ id: 'call_slow', name: 'slow_export', args: { id: 'E-1' } }] }), 'never'],
    });
    const agent = createAgent({ model, tools: [slow] });
    await expect(
      agent.invoke({ messages: [{ role: 'user', content: 'export' }] }, { callbacks: [h.handler()], signal: controller.signal }),
    ).rejects.toThrow();
    invokeRejected();
    await lateReturn; // the tool returned after the abort
    expect(late).toBe(true);
    // The tool's and the chains' aborted ends.
    await vi.waitFor(
      async () => {
        const types = (await h.events()).map((e) => e.type);
        expect(types).toContain('tool.error');
        expect(types).toContain('chain.error');
      },
      { timeout: 10_000 },
    );
    const events = await h.events();
    const toolError = one(events, (e) => e.type === 'tool.error', 'tool.error');
    expect(toolError.error?.type).toBe('AbortError');
    expect(toolError.attrs?.['aborted']).toBe(true);
    const chainErrors = byType(events, 'chain.error');
    expect(chainErrors.length).toBeGreaterThan(0);
    for (const e of chainErrors) {
      expect(e.error?.type, `${e.type} ${JSON.stringify(e.error)}`).toBe('AbortError');
      expect(e.attrs?.['aborted']).toBe(true);
    }
    // LangChain reports no end for the tool's late return (see docs/adapters/langchain.md).
    expect(byType(events, 'tool.result')).toHaveLength(0);
    expect(h.errors).toEqual([]);
  });
});
