// Sessions, actors, configuration changes and prompt templates, driven by real LangChain:
// @langchain/core fake chat models, prompt templates, and LangGraph graphs invoked with the
// `configurable.thread_id` config LangGraph uses for conversations.
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { ChatPromptTemplate } from '@langchain/core/prompts';
import { RunnableLambda } from '@langchain/core/runnables';
import { FakeListChatModel, FakeStreamingChatModel } from '@langchain/core/utils/testing';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { AIMessage, HumanMessage, SystemMessage } from '@langchain/core/messages';
import { END, MemorySaver, MessagesAnnotation, START, StateGraph } from '@langchain/langgraph';
import { canonicalize, createAuditor, type AuditEvent, type Auditor } from '@agent-audit/core';
import { memoryLedger } from '@agent-audit/core/test';
import { AuditCallbackHandler } from './index.js';

const open: Auditor[] = [];
afterEach(async () => {
  for (const auditor of open.splice(0)) await auditor.close().catch(() => undefined);
});

function harness() {
  const ledger = memoryLedger();
  const errors: Error[] = [];
  const auditor = createAuditor({ agent: { id: 'care-bot' }, sink: ledger, onError: (e) => errors.push(e) });
  open.push(auditor);
  const handler = new AuditCallbackHandler({ auditor });
  return {
    errors,
    handler,
    async events(): Promise<AuditEvent[]> {
      await auditor.flush();
      return ledger.events();
    },
  };
}

const sha256 = (value: unknown) => `sha256:${createHash('sha256').update(canonicalize(value)).digest('hex')}`;

/** A one-node LangGraph agent whose node calls `model()` with `system()` as its system prompt. */
function graphAgent(model: () => BaseChatModel, system: () => string) {
  return new StateGraph(MessagesAnnotation)
    .addNode('agent', async (state) => ({ messages: [await model().invoke([new SystemMessage(system()), ...state.messages])] }))
    .addEdge(START, 'agent')
    .addEdge('agent', END)
    .compile({ checkpointer: new MemorySaver(), name: 'triage_agent' });
}

describe('sessions and actors', () => {
  it("takes the session from LangGraph's configurable.thread_id and the actor from metadata.user_id", async () => {
    const h = harness();
    const graph = graphAgent(() => new FakeListChatModel({ responses: ['Take fluids.', 'Call us if it gets worse.'] }), () => 'You are a triage nurse.');
    const config = { callbacks: [h.handler], configurable: { thread_id: 'thread-42' }, metadata: { user_id: 'patient-7' } };
    await graph.invoke({ messages: [new HumanMessage('I have a fever')] }, config);
    await graph.invoke({ messages: [new HumanMessage('Still hot')] }, config);
    const events = await h.events();
    expect(events.length).toBeGreaterThan(8);
    expect(new Set(events.map((e) => e.session))).toEqual(new Set(['thread-42']));
    expect(events.every((e) => e.actor?.id === 'patient-7' && e.actor.type === 'user')).toBe(true);
    expect(h.errors).toEqual([]);
  });

  it('reads metadata.session_id, thread_id and conversation_id, in that order, after audit_session_id', async () => {
    const h = harness();
    const model = new FakeListChatModel({ responses: ['ok'] });
    const chain = RunnableLambda.from(async (text: string) => (await model.invoke(text)).content);
    const sessionOf = async (metadata: Record<string, unknown>) => {
      await chain.invoke('hi', { callbacks: [h.handler], metadata });
      const events = await h.events();
      return events.at(-1)?.session;
    };
    expect(await sessionOf({ conversation_id: 'conv-1' })).toBe('conv-1');
    expect(await sessionOf({ conversation_id: 'conv-1', thread_id: 'thr-1' })).toBe('thr-1');
    expect(await sessionOf({ conversation_id: 'conv-1', thread_id: 'thr-1', session_id: 'ses-1' })).toBe('ses-1');
    expect(await sessionOf({ session_id: 'ses-1', audit_session_id: 'aud-1' })).toBe('aud-1');
    // LangSmith-style numeric ids are ids too.
    expect(await sessionOf({ thread_id: 1234 })).toBe('1234');
  });

  it('reports a bad metadata value once per invocation, not once per run', async () => {
    const h = harness();
    const graph = graphAgent(() => new FakeListChatModel({ responses: ['a', 'b'] }), () => 'You are a triage nurse.');
    const config = { callbacks: [h.handler], configurable: { thread_id: 't-bad' }, metadata: { user_id: { id: 'patient-7' }, audit_actor_id: 'x', audit_actor_type: 'robot' } };
    await graph.invoke({ messages: [new HumanMessage('one')] }, config);
    const events = await h.events();
    // The graph, its nodes and the model are separate runs that all carry the same metadata.
    expect(events.filter((e) => e.type === 'chain.start' || e.type === 'model.request').length).toBeGreaterThan(2);
    expect(h.errors.filter((e) => e.message.includes('audit_actor_type'))).toHaveLength(1);
    await graph.invoke({ messages: [new HumanMessage('two')] }, { ...config, metadata: { user_id: ['patient-7'] } });
    await h.events();
    expect(h.errors.filter((e) => e.message.includes('metadata.user_id'))).toHaveLength(1);
    expect(h.errors).toHaveLength(2);
  });

  it('reports an empty-string session_id or user_id once per invocation, and reads the next key', async () => {
    const h = harness();
    const graph = graphAgent(() => new FakeListChatModel({ responses: ['a', 'b'] }), () => 'You are a triage nurse.');
    await graph.invoke({ messages: [new HumanMessage('one')] }, { callbacks: [h.handler], configurable: { thread_id: 'thread-9' }, metadata: { session_id: '', user_id: '  ' } });
    const events = await h.events();
    expect(events.filter((e) => e.type === 'chain.start' || e.type === 'model.request').length).toBeGreaterThan(2);
    expect(new Set(events.map((e) => e.session))).toEqual(new Set(['thread-9']));
    expect(events.some((e) => e.actor !== undefined)).toBe(false);
    expect(h.errors.map((e) => e.message).sort()).toEqual([
      expect.stringContaining('metadata.session_id is an empty string; ignored'),
      expect.stringContaining('metadata.user_id is blank; ignored'),
    ]);
  });
});

describe('configuration changes between runs', () => {
  it('records config.prompt_change with the old and new digests when the system prompt changes', async () => {
    const h = harness();
    let system = 'You are a triage nurse. Never give doses.';
    const graph = graphAgent(() => new FakeListChatModel({ responses: ['ok'] }), () => system);
    const config = { callbacks: [h.handler], configurable: { thread_id: 't-p' } };
    await graph.invoke({ messages: [new HumanMessage('one')] }, config);
    await graph.invoke({ messages: [new HumanMessage('two')] }, config);
    expect((await h.events()).filter((e) => e.type.startsWith('config.'))).toEqual([]);
    const before = system;
    system = 'You are a triage nurse. You may give doses.';
    await graph.invoke({ messages: [new HumanMessage('three')] }, config);
    const events = await h.events();
    const changes = events.filter((e) => e.type.startsWith('config.'));
    expect(changes.map((e) => e.type)).toEqual(['config.prompt_change']);
    const change = changes[0] as AuditEvent;
    expect(change.attrs?.['config']).toEqual({ agent: 'triage_agent', node: 'agent', oldDigest: sha256([before]), newDigest: sha256([system]) });
    expect(change.session).toBe('t-p');
    // The change is recorded in the span of the model call that first used the new prompt.
    const request = events.filter((e) => e.type === 'model.request').at(-1) as AuditEvent;
    expect(change.trace.spanId).toBe(request.trace.spanId);
    expect(h.errors).toEqual([]);
  });

  it('records config.model_change when the model of an agent changes', async () => {
    const h = harness();
    let streaming = false;
    const graph = graphAgent(
      () => (streaming ? new FakeStreamingChatModel({ responses: [new AIMessage('ok')] }) : new FakeListChatModel({ responses: ['ok'] })),
      () => 'You are a triage nurse.',
    );
    const config = { callbacks: [h.handler], configurable: { thread_id: 't-m' } };
    await graph.invoke({ messages: [new HumanMessage('one')] }, config);
    streaming = true;
    await graph.invoke({ messages: [new HumanMessage('two')] }, config);
    const events = await h.events();
    const changes = events.filter((e) => e.type.startsWith('config.'));
    expect(changes.map((e) => e.type)).toEqual(['config.model_change']);
    const attrs = changes[0]?.attrs?.['config'] as Record<string, unknown>;
    expect(attrs['oldModel']).toMatchObject({ provider: 'FakeListChatModel' });
    expect(attrs['newModel']).toMatchObject({ provider: 'FakeStreamingChatModel' });
    expect(attrs['oldDigest']).toBe(sha256(attrs['oldModel']));
    expect(attrs['newDigest']).toBe(sha256(attrs['newModel']));
    expect(attrs['oldDigest']).not.toBe(attrs['newDigest']);
  });
});

describe('prompt templates', () => {
  it('records the template and its variables apart; the template digest does not depend on the values', async () => {
    const h = harness();
    const prompt = ChatPromptTemplate.fromMessages([
      ['system', 'You are a {role} at {clinic}.'],
      ['human', '{question}'],
    ]);
    const chain = prompt.pipe(new FakeListChatModel({ responses: ['ok', 'ok'] }));
    await chain.invoke({ role: 'triage nurse', clinic: 'Oak Street', question: 'Is 39.5 C a fever?' }, { callbacks: [h.handler] });
    await chain.invoke({ role: 'pharmacist', clinic: 'Elm Road', question: 'Can I take both?' }, { callbacks: [h.handler] });
    const events = await h.events();
    const renders = events.filter((e) => e.type === 'chain.start' && (e.attrs?.['chain'] as { kind?: string }).kind === 'prompt');
    expect(renders).toHaveLength(2);
    const [first, second] = renders as [AuditEvent, AuditEvent];
    const templates = [
      { role: 'system', template: 'You are a {role} at {clinic}.', format: 'f-string' },
      { role: 'user', template: '{question}', format: 'f-string' },
    ];
    expect(first.content?.input).toEqual({ templates, variables: { role: 'triage nurse', clinic: 'Oak Street', question: 'Is 39.5 C a fever?' } });
    expect((second.content?.input as { variables: unknown }).variables).toEqual({ role: 'pharmacist', clinic: 'Elm Road', question: 'Can I take both?' });
    expect(first.attrs?.['prompt']).toEqual({ templateDigest: sha256(templates), inputVariables: ['role', 'clinic', 'question'] });
    expect(second.attrs?.['prompt']).toEqual(first.attrs?.['prompt']);
    expect(first.outcome).toBe('pending');
    expect(h.errors).toEqual([]);
  });
});
