// Aborts seen through the run's signal: a chat model stream aborted midway (LangChain sends no
// handleLLMError there) and aborts with a custom reason while a model step runs.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AIMessage, HumanMessage } from '@langchain/core/messages';
import { FakeStreamingChatModel } from '@langchain/core/utils/testing';
import { Annotation, END, START, StateGraph } from '@langchain/langgraph';
import { createAuditor, type AuditEvent, type Auditor } from '@agent-audit/core';
import { memoryLedger } from '@agent-audit/core/test';
import { AuditCallbackHandler } from './index.js';

const open: Auditor[] = [];
afterEach(async () => {
  for (const auditor of open.splice(0)) await auditor.close().catch(() => undefined);
});

function harness() {
  const ledger = memoryLedger();
  const errors: Error[] = [];
  const auditor = createAuditor({ agent: { id: 'abort-bot' }, sink: ledger, onError: (e) => errors.push(e) });
  open.push(auditor);
  return {
    errors,
    handler: () => new AuditCallbackHandler({ auditor }),
    async events(): Promise<AuditEvent[]> {
      await auditor.flush();
      return ledger.events();
    },
  };
}

const words = Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ');

describe('a chat model stream aborted midway', () => {
  for (const [label, reason] of [
    ['the default reason', undefined],
    ['a custom Error reason', new Error('user pressed stop')],
    ['a string reason', 'stop!'],
  ] as const) {
    it(`ends the open model run as aborted (${label}), once`, async () => {
      const h = harness();
      const model = new FakeStreamingChatModel({ responses: [new AIMessage(words)], sleep: 1 });
      const controller = new AbortController();
      let chunks = 0;
      await expect(
        (async () => {
          for await (const chunk of await model.stream([new HumanMessage('go')], { callbacks: [h.handler()], signal: controller.signal })) {
            void chunk;
            if (++chunks === 5) controller.abort(reason);
          }
        })(),
      ).rejects.toThrow();
      // LangChain may hand the callback over after the stream rejected: wait for the model run's end.
      await vi.waitFor(async () => expect((await h.events()).some((e) => e.type === 'model.error' || e.type === 'model.response')).toBe(true), { timeout: 10_000 });
      const events = await h.events();
      expect(events.map((e) => e.type)).toEqual(['model.request', 'model.error']);
      const end = events[1]!;
      expect(end.outcome).toBe('failure');
      expect(end.error?.type).toBe('AbortError');
      expect(end.attrs?.['aborted']).toBe(true);
      expect(end.trace.spanId).toBe(events[0]!.trace.spanId);
      expect(h.errors).toEqual([]);
    });
  }

  it('records a model call that finishes before any abort as usual (no abort end)', async () => {
    const h = harness();
    const model = new FakeStreamingChatModel({ responses: [new AIMessage('short answer')] });
    const controller = new AbortController();
    await model.invoke([new HumanMessage('go')], { callbacks: [h.handler()], signal: controller.signal });
    controller.abort(new Error('later'));
    const events = await h.events();
    expect(events.map((e) => `${e.type}:${e.outcome}`)).toEqual(['model.request:pending', 'model.response:success']);
  });
});

describe('an abort with a custom reason while a graph node calls the model', () => {
  for (const [label, reason] of [
    ['an Error reason', new Error('user stop')],
    ['a string reason', 'stop!'],
  ] as const) {
    it(`marks the model, node and graph ends aborted (${label})`, async () => {
      const h = harness();
      const model = new FakeStreamingChatModel({ responses: [new AIMessage(words)], sleep: 5 });
      const State = Annotation.Root({ text: Annotation<string>() });
      const controller = new AbortController();
      const graph = new StateGraph(State)
        .addNode('think', async (_state, config) => {
          let text = '';
          let chunks = 0;
          for await (const chunk of await model.stream([new HumanMessage('go')], config)) {
            text += String(chunk.content);
            // The user stops while the model streams (after its 5th chunk), not on a timer.
            if (++chunks === 5) controller.abort(reason);
          }
          return { text };
        })
        .addEdge(START, 'think')
        .addEdge('think', END)
        .compile();
      await expect(graph.invoke({ text: '' }, { callbacks: [h.handler()], signal: controller.signal })).rejects.toThrow();
      // Wait for the ends of the model run and of the node and graph chains.
      await vi.waitFor(
        async () => {
          const types = (await h.events()).map((e) => e.type);
          expect(types.includes('model.error') || types.includes('model.response')).toBe(true);
          expect(types.filter((t) => t === 'chain.error' || t === 'chain.end').length).toBeGreaterThanOrEqual(2);
        },
        { timeout: 10_000 },
      );
      const events = await h.events();
      const failures = events.filter((e) => e.outcome === 'failure');
      expect(failures.map((e) => e.type)).toContain('model.error');
      expect(failures.filter((e) => e.type === 'chain.error').length).toBeGreaterThanOrEqual(2);
      for (const e of failures) {
        expect(e.error?.type, `${e.type} ${JSON.stringify(e.error)}`).toBe('AbortError');
        expect(e.attrs?.['aborted'], e.type).toBe(true);
      }
      expect(events.filter((e) => e.type === 'model.error')).toHaveLength(1);
      expect(h.errors).toEqual([]);
    });
  }
});
