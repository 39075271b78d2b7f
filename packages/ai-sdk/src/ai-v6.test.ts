// The adapter against AI SDK 6 (installed as `ai-v6`; ai 6 runs on Node 20 and later), driven by
// ai 6's own generateText / streamText, tool loop and MockLanguageModelV3.
import { describe, expect, it, vi } from 'vitest';
import { generateText, stepCountIs, streamText, tool, wrapLanguageModel } from 'ai-v6';
import { convertArrayToReadableStream, MockLanguageModelV3, simulateReadableStream } from 'ai-v6/test';
import { z } from 'zod';
import { createAuditor } from '@agent-audit/core';
import type { AuditEvent } from '@agent-audit/core';
import { memoryLedger } from '@agent-audit/core/test';
import { auditMiddleware, auditTelemetry } from './index.js';

type GenerateResult = Awaited<ReturnType<MockLanguageModelV3['doGenerate']>>;

const usage = {
  inputTokens: { total: 20, noCache: 20, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 9, text: 9, reasoning: undefined },
};

function setup() {
  const ledger = memoryLedger();
  const errors: Error[] = [];
  const auditor = createAuditor({ agent: { id: 'clinic-bot' }, sink: ledger, onError: (e) => errors.push(e) });
  return { ledger, errors, auditor };
}

/** Resolves once the ledger holds an event `match` accepts (flushing the auditor at each look). */
function recorded(ledger: ReturnType<typeof memoryLedger>, auditor: ReturnType<typeof createAuditor>, match: (e: AuditEvent) => boolean) {
  return vi.waitFor(
    async () => {
      await auditor.flush();
      expect(ledger.events().some(match)).toBe(true);
    },
    { timeout: 10_000 },
  );
}

/**
 * Concurrent model calls that overlap for sure, without sleeps: each call waits until all
 * `count` are inside the model, then `last` waits until every other one has returned.
 */
function overlapping(count: number, last: string) {
  let arrived = 0;
  let returned = 0;
  let allIn: () => void = () => undefined;
  let othersOut: () => void = () => undefined;
  const inside = new Promise<void>((resolve) => (allIn = resolve));
  const othersReturned = new Promise<void>((resolve) => (othersOut = resolve));
  return async (session: string): Promise<void> => {
    if (++arrived === count) allIn();
    await inside;
    if (session === last) return othersReturned;
    if (++returned === count - 1) othersOut();
  };
}

/**
 * A model stream whose consumer aborts it as it starts reading: on the first read the
 * controller is aborted, and no chunk is given before the run has recorded its aborted end
 * (instead of an abort on a timer racing the chunks' own timers).
 */
function abortedAtFirstRead<T>(controller: AbortController, aborted: () => Promise<void>, chunks: T[]): ReadableStream<T> {
  let next = 0;
  return new ReadableStream<T>({
    async pull(stream) {
      if (next === 0) {
        controller.abort();
        await aborted();
      }
      if (next < chunks.length) stream.enqueue(chunks[next++] as T);
      else stream.close();
    },
  });
}

function expectLinked(events: AuditEvent[]) {
  const spans = new Set(events.map((e) => e.trace.spanId));
  for (const e of events) {
    if (e.trace.parentSpanId !== undefined) expect(spans.has(e.trace.parentSpanId), `${e.type} parent ${e.trace.parentSpanId}`).toBe(true);
  }
}

const toolCallTurn = (toolCallId: string, toolName: string, input: unknown): GenerateResult => ({
  content: [{ type: 'tool-call', toolCallId, toolName, input: JSON.stringify(input) }],
  finishReason: { unified: 'tool-calls', raw: 'tool_calls' },
  usage,
  warnings: [],
  response: { id: `resp-${toolCallId}`, modelId: 'mock', timestamp: new Date(0) },
});
const textTurn = (text: string): GenerateResult => ({
  content: [{ type: 'text', text }],
  finishReason: { unified: 'stop', raw: 'stop' },
  usage,
  warnings: [],
  response: { id: 'resp-final', modelId: 'mock', timestamp: new Date(0) },
});

/** A scripted ai 6 model: answers each call with the next turn. */
function scripted(...turns: GenerateResult[]) {
  let i = 0;
  return new MockLanguageModelV3({
    doGenerate: async () => {
      const turn = turns[Math.min(i++, turns.length - 1)];
      if (turn === undefined) throw new Error('no turn');
      return turn;
    },
  });
}

const lookupPatient = tool({
  description: 'Look up a patient record',
  inputSchema: z.object({ patientId: z.string() }),
  execute: async ({ patientId }) => ({ patientId, name: 'Maria Rossi', allergies: ['penicillin'] }),
});


/**
 * Event types of a streamed tool loop. The tool starts when its call chunk passes, while the
 * model stream is still open, so within the first step `model.response` may come before or after
 * `tool.call` / `tool.result` (a scheduling race, seen to differ between Node versions): that
 * step is compared as a set, with the tool's call before its result.
 */
function expectStreamedToolLoop(types: string[]) {
  expect(types.slice(0, 3)).toEqual(['run.start', 'step.start', 'model.request']);
  const firstStep = types.slice(3, 6);
  expect([...firstStep].sort()).toEqual(['model.response', 'tool.call', 'tool.result']);
  expect(firstStep.indexOf('tool.call')).toBeLessThan(firstStep.indexOf('tool.result'));
  expect(types.slice(6)).toEqual(['step.end', 'step.start', 'model.request', 'model.response', 'step.end', 'run.end']);
}

describe('AI SDK 6 (ai-v6, MockLanguageModelV3)', () => {
  it('records a multi-step tool loop as one trace: run > steps > model calls and tool executions', async () => {
    const { ledger, errors, auditor } = setup();
    const model = wrapLanguageModel({
      model: scripted(toolCallTurn('call-1', 'lookupPatient', { patientId: 'P-100' }), textTurn('Maria is allergic to penicillin.')),
      middleware: auditMiddleware({ auditor }),
    });
    const result = await generateText({
      model,
      prompt: 'Any allergies for patient P-100?',
      tools: { lookupPatient },
      stopWhen: stepCountIs(5),
      experimental_telemetry: { integrations: [auditTelemetry({ auditor, session: 'visit-9', actor: { id: 'dr-lee', type: 'user' } })] },
    });
    expect(result.text).toBe('Maria is allergic to penicillin.');
    await auditor.flush();
    const events = ledger.events();
    expect(events.map((e) => e.type)).toEqual([
      'run.start',
      'step.start', 'model.request', 'model.response', 'tool.call', 'tool.result', 'step.end',
      'step.start', 'model.request', 'model.response', 'step.end',
      'run.end',
    ]);
    expect(new Set(events.map((e) => e.trace.traceId)).size).toBe(1);
    expect(events.every((e) => e.session === 'visit-9' && e.actor?.id === 'dr-lee')).toBe(true);
    expectLinked(events);
    const byType = (t: string) => events.filter((e) => e.type === t);
    const [step0] = byType('step.start') as [AuditEvent];
    const run = byType('run.start')[0] as AuditEvent;
    expect(run).toMatchObject({ outcome: 'pending', model: { provider: 'mock-provider', id: 'mock-model-id' }, attrs: { aiSdk: 6 } });
    expect(step0.trace.parentSpanId).toBe(run.trace.spanId);
    expect(byType('model.request')[0]?.trace.parentSpanId).toBe(step0.trace.spanId);
    const call = byType('tool.call')[0] as AuditEvent;
    const toolResult = byType('tool.result')[0] as AuditEvent;
    expect(call).toMatchObject({ outcome: 'pending', tool: { name: 'lookupPatient', callId: 'call-1', arguments: { patientId: expect.stringMatching(/^\[MRN:psn_/) } } });
    expect(call.trace.parentSpanId).toBe(step0.trace.spanId);
    expect(toolResult.trace.spanId).toBe(call.trace.spanId);
    expect(JSON.stringify(toolResult.tool?.result)).toContain('penicillin');
    expect(typeof toolResult.tool?.durationMs).toBe('number');
    expect(byType('step.end')[0]?.model).toMatchObject({ finishReason: 'tool-calls', responseId: 'resp-call-1' });
    // ai 6's onFinish carries the last step's usage as `usage`: the run's total is `totalUsage`.
    expect(byType('run.end')[0]).toMatchObject({ outcome: 'success', model: { usage: { inputTokens: 40, outputTokens: 18 } }, attrs: { steps: 2 } });
    expect(errors).toEqual([]);
  });

  it('records a throwing tool as tool.error; the run goes on as the SDK decides', async () => {
    const { ledger, errors, auditor } = setup();
    const failing = tool({
      description: 'always fails',
      inputSchema: z.object({ id: z.string() }),
      execute: async () => {
        throw new Error('registry offline');
      },
    });
    await generateText({
      model: scripted(toolCallTurn('call-9', 'failing', { id: 'x' }), textTurn('Sorry.')),
      prompt: 'go',
      tools: { failing },
      stopWhen: stepCountIs(3),
      experimental_telemetry: { integrations: [auditTelemetry({ auditor })] },
    });
    await auditor.flush();
    const toolError = ledger.events().find((e) => e.type === 'tool.error');
    expect(toolError).toMatchObject({ outcome: 'failure', tool: { name: 'failing', callId: 'call-9' }, error: { message: 'registry offline' } });
    expect(ledger.events().at(-1)).toMatchObject({ type: 'run.end', outcome: 'success' });
    expect(errors).toEqual([]);
  });

  it('records a streamed tool loop in one trace', async () => {
    const { ledger, errors, auditor } = setup();
    let call = 0;
    const base = new MockLanguageModelV3({
      doStream: async () => ({
        stream: convertArrayToReadableStream(
          call++ === 0
            ? [
                { type: 'stream-start', warnings: [] },
                { type: 'tool-call', toolCallId: 'call-s', toolName: 'lookupPatient', input: JSON.stringify({ patientId: 'P-7' }) },
                { type: 'finish', usage, finishReason: { unified: 'tool-calls', raw: 'tool_calls' } },
              ]
            : [
                { type: 'stream-start', warnings: [] },
                { type: 'text-start', id: 't' },
                { type: 'text-delta', id: 't', delta: 'No allergies.' },
                { type: 'text-end', id: 't' },
                { type: 'finish', usage, finishReason: { unified: 'stop', raw: 'stop' } },
              ],
        ),
      }),
    });
    const model = wrapLanguageModel({ model: base, middleware: auditMiddleware({ auditor }) });
    const result = streamText({
      model,
      prompt: 'P-7?',
      tools: { lookupPatient },
      stopWhen: stepCountIs(3),
      experimental_telemetry: { integrations: [auditTelemetry({ auditor })] },
    });
    expect(await result.text).toBe('No allergies.');
    await auditor.flush();
    const events = ledger.events();
    expectStreamedToolLoop(events.map((e) => e.type));
    expect(new Set(events.map((e) => e.trace.traceId)).size).toBe(1);
    expectLinked(events);
    expect(errors).toEqual([]);
  });

  it('a nested generateText inside a tool is a child of the tool span, in the same trace', async () => {
    const { ledger, errors, auditor } = setup();
    const integration = auditTelemetry({ auditor });
    const inner = wrapLanguageModel({ model: scripted(textTurn('summary')), middleware: auditMiddleware({ auditor }) });
    const summarize = tool({
      description: 'summarize with a sub-agent',
      inputSchema: z.object({ text: z.string() }),
      execute: async ({ text }) => (await generateText({ model: inner, prompt: text, experimental_telemetry: { integrations: [integration] } })).text,
    });
    const outer = wrapLanguageModel({
      model: scripted(toolCallTurn('call-n', 'summarize', { text: 'long' }), textTurn('done')),
      middleware: auditMiddleware({ auditor }),
    });
    await generateText({ model: outer, prompt: 'go', tools: { summarize }, stopWhen: stepCountIs(3), experimental_telemetry: { integrations: [integration] } });
    await auditor.flush();
    const events = ledger.events();
    expect(new Set(events.map((e) => e.trace.traceId)).size).toBe(1);
    expectLinked(events);
    const runs = events.filter((e) => e.type === 'run.start');
    expect(runs).toHaveLength(2);
    const toolCall = events.find((e) => e.type === 'tool.call') as AuditEvent;
    expect(runs[1]?.trace.parentSpanId).toBe(toolCall.trace.spanId);
    expect(events.filter((e) => e.type === 'run.end').every((e) => e.outcome === 'success')).toBe(true);
    expect(errors).toEqual([]);
  });

  it('tells concurrent calls apart by their auditor.run() scope', async () => {
    const { ledger, errors, auditor } = setup();
    const integration = auditTelemetry({ auditor });
    const inModel = overlapping(2, 'a'); // 'a' returns after 'b': the two calls interleave
    const ask = (session: string, answer: string) =>
      auditor.run({ session }, () =>
        generateText({
          model: wrapLanguageModel({
            model: new MockLanguageModelV3({
              doGenerate: async () => {
                await inModel(session);
                return textTurn(answer);
              },
            }),
            middleware: auditMiddleware({ auditor }),
          }),
          prompt: answer,
          experimental_telemetry: { integrations: [integration] },
        }),
      );
    await Promise.all([ask('a', 'first'), ask('b', 'second')]);
    await auditor.flush();
    const events = ledger.events();
    for (const session of ['a', 'b']) {
      const mine = events.filter((e) => e.session === session);
      expect(mine.map((e) => e.type)).toEqual(['run.start', 'step.start', 'model.request', 'model.response', 'step.end', 'run.end']);
      expect(new Set(mine.map((e) => e.trace.traceId)).size).toBe(1);
    }
    expect(errors).toEqual([]);
  });

  it('concurrent calls with their own auditTelemetry() but no scope of their own: model events cannot be joined, and onError says so once', async () => {
    const { ledger, errors, auditor } = setup();
    const middleware = auditMiddleware({ auditor });
    const inModel = overlapping(3, 'a'); // the three calls are in the model at once; 'a' returns last
    const ask = (session: string, answer: string) =>
      generateText({
        model: wrapLanguageModel({
          model: new MockLanguageModelV3({
            doGenerate: async () => {
              await inModel(session);
              return textTurn(answer);
            },
          }),
          middleware,
        }),
        prompt: answer,
        experimental_telemetry: { integrations: [auditTelemetry({ auditor, session })] },
      });
    await Promise.all([ask('a', 'first'), ask('b', 'second'), ask('c', 'third')]);
    await auditor.flush();
    const events = ledger.events();
    const runTraces = new Set(events.filter((e) => e.type === 'run.start').map((e) => e.trace.traceId));
    // The documented way is a scope per call (test above); here the model events are in traces of their own.
    const requests = events.filter((e) => e.type === 'model.request');
    expect(requests).toHaveLength(3);
    expect(requests.filter((e) => !runTraces.has(e.trace.traceId)).length).toBeGreaterThan(0);
    expect(errors.map((e) => (e as { code?: string }).code)).toEqual(['run_ambiguous']);
    expect(errors[0]?.message).toContain('own auditor.run() scope');
  });

  it('a call that throws has no end from ai 6: the next run of its scope closes it as unfinished and tells onError', async () => {
    const { ledger, errors, auditor } = setup();
    const integration = auditTelemetry({ auditor });
    const broken = new MockLanguageModelV3({
      doGenerate: async () => {
        throw new Error('provider down');
      },
    });
    await expect(generateText({ model: broken, prompt: 'x', maxRetries: 0, experimental_telemetry: { integrations: [integration] } })).rejects.toThrow('provider down');
    await generateText({ model: scripted(textTurn('ok')), prompt: 'y', experimental_telemetry: { integrations: [integration] } });
    await auditor.flush();
    const ends = ledger.events().filter((e) => e.type === 'run.end');
    expect(ends[0]).toMatchObject({ outcome: 'failure', error: { type: 'RunUnfinished' }, attrs: { unfinished: true } });
    expect(ends[1]).toMatchObject({ outcome: 'success' });
    expect(errors.map((e) => e.message).join('\n')).toContain('closed as unfinished');
  });

  it('a call that throws as the last run of its scope: integration.close() closes its run and step as unfinished and tells onError', async () => {
    const { ledger, errors, auditor } = setup();
    const integration = auditTelemetry({ auditor });
    const broken = new MockLanguageModelV3({
      doGenerate: async () => {
        throw new Error('provider down');
      },
    });
    await auditor.run({ session: 'throws-last' }, () =>
      expect(generateText({ model: broken, prompt: 'x', maxRetries: 0, experimental_telemetry: { integrations: [integration] } })).rejects.toThrow('provider down'),
    );
    await integration.close();
    await auditor.close();
    const events = ledger.events();
    expect(events.map((e) => [e.type, e.outcome, e.attrs?.['unfinished'] ?? false])).toEqual([
      ['run.start', 'pending', false],
      ['step.start', 'pending', false],
      ['step.end', 'failure', true],
      ['run.end', 'failure', true],
    ]);
    expect(events[3]?.error).toMatchObject({ type: 'RunUnfinished' });
    expect(events[2]?.trace.spanId).toBe(events[1]?.trace.spanId);
    expect(errors.map((e) => (e as { code?: string }).code)).toEqual(['run_unfinished']);
    expect(errors[0]?.message).toContain('still open at integration.close()');
  });

  it('an abort closes the run; a tool that still finishes afterwards is recorded with afterAbort', async () => {
    const { ledger, errors, auditor } = setup();
    const refunded: string[] = [];
    const controller = new AbortController();
    const refundBatch = tool({
      description: 'refund orders',
      inputSchema: z.object({ orders: z.array(z.string()) }),
      execute: async ({ orders }, { abortSignal }) => {
        for (const order of orders) {
          if (abortSignal?.aborted) return { processed: refunded.length, refunded: [...refunded], partial: true };
          refunded.push(order);
          if (refunded.length === 1) {
            // The user aborts after the first refund; the tool goes on once the run has recorded its end.
            controller.abort();
            await recorded(ledger, auditor, (e) => e.type === 'run.end');
          }
        }
        return { processed: refunded.length, refunded: [...refunded], partial: false };
      },
    });
    const model = wrapLanguageModel({
      model: scripted(toolCallTurn('call-B1', 'refundBatch', { orders: ['O-1', 'O-2', 'O-3', 'O-4', 'O-5'] }), textTurn('done')),
      middleware: auditMiddleware({ auditor }),
    });
    await generateText({
      model,
      prompt: 'refund all',
      tools: { refundBatch },
      stopWhen: stepCountIs(3),
      abortSignal: controller.signal,
      experimental_telemetry: { integrations: [auditTelemetry({ auditor })] },
    }).catch(() => undefined);
    // The tool goes on after the abort: wait until its late end is recorded (the end the run
    // recorded when it stopped, then the tool's own).
    await vi.waitFor(
      async () => {
        await auditor.flush();
        expect(ledger.events().filter((e) => e.tool?.callId === 'call-B1' && (e.type === 'tool.result' || e.type === 'tool.error')).length).toBeGreaterThanOrEqual(2);
      },
      { timeout: 10_000 },
    );
    const events = ledger.events();
    expect(refunded).toEqual(['O-1']);
    const runEnd = events.find((e) => e.type === 'run.end');
    expect(runEnd).toMatchObject({ outcome: 'failure', attrs: { aborted: true } });
    const ends = events.filter((e) => e.tool?.callId === 'call-B1' && (e.type === 'tool.result' || e.type === 'tool.error'));
    const call = events.find((e) => e.type === 'tool.call') as AuditEvent;
    // What the run knew when it stopped, then what the tool really did, both in the tool's span.
    expect(ends.map((e) => [e.type, e.outcome, e.attrs?.['afterAbort'] ?? false])).toEqual([
      ['tool.error', 'failure', false],
      ['tool.result', 'success', true],
    ]);
    expect(ends.every((e) => e.trace.spanId === call.trace.spanId)).toBe(true);
    expect(ends[1]?.tool?.result).toMatchObject({ processed: refunded.length, partial: true });
    expect(errors).toEqual([]);
  });
});

describe('AI SDK 6: signal already aborted when the call starts (the provider ignores it)', () => {
  it('the run ends aborted; the step ai 6 still runs is recorded late, start and end, with its model events in it', async () => {
    const { ledger, errors, auditor } = setup();
    const controller = new AbortController();
    controller.abort();
    const model = wrapLanguageModel({ model: scripted(textTurn('ok')), middleware: auditMiddleware({ auditor }) });
    await auditor.run({ session: 'pre-aborted' }, () =>
      generateText({ model, prompt: 'x', abortSignal: controller.signal, experimental_telemetry: { integrations: [auditTelemetry({ auditor })] } }),
    );
    await auditor.flush();
    const events = ledger.events();
    expect(events.map((e) => [e.type, e.outcome, e.attrs?.['afterAbort'] ?? false])).toEqual([
      ['run.start', 'pending', false],
      ['run.end', 'failure', false],
      ['step.start', 'pending', true],
      ['model.request', 'pending', false],
      ['model.response', 'success', false],
      ['step.end', 'success', true],
      ['run.end', 'success', true],
    ]);
    const step = events.find((e) => e.type === 'step.start') as AuditEvent;
    expect(events.find((e) => e.type === 'step.end')?.trace.spanId).toBe(step.trace.spanId);
    for (const e of events.filter((x) => x.type.startsWith('model.'))) expect(e.trace.parentSpanId).toBe(step.trace.spanId);
    expect(new Set(events.map((e) => e.trace.traceId)).size).toBe(1);
    expect(step.trace.parentSpanId).toBe(events[0]?.trace.spanId);
    expect(errors).toEqual([]);
  });
});

describe('AI SDK 6: a consumer that breaks out of textStream', () => {
  it('integration.close() ends the model stream (model.error cancelled), the step and the run before it returns', async () => {
    const { ledger, errors, auditor } = setup();
    const integration = auditTelemetry({ auditor });
    const chunks = [
      { type: 'text-start' as const, id: 't' },
      ...Array.from({ length: 30 }, (_, i) => ({ type: 'text-delta' as const, id: 't', delta: `w${i} ` })),
      { type: 'text-end' as const, id: 't' },
      { type: 'finish' as const, finishReason: { unified: 'stop' as const, raw: 'stop' }, usage },
    ];
    const model = wrapLanguageModel({
      model: new MockLanguageModelV3({ doStream: async () => ({ stream: simulateReadableStream({ chunks, chunkDelayInMs: 30 }) }) }),
      middleware: auditMiddleware({ auditor }),
    });
    const result = streamText({ model, prompt: 'x', experimental_telemetry: { integrations: [integration] } });
    for await (const _ of result.textStream) break;
    await integration.close();
    await auditor.close();
    const events = ledger.events();
    const spans = new Map<string, string[]>();
    for (const e of events) spans.set(e.trace.spanId, [...(spans.get(e.trace.spanId) ?? []), e.type]);
    // Every span that started has an end, recorded before close() returned.
    for (const [span, types] of spans) expect(types.length, `${span}: ${types.join(',')}`).toBeGreaterThanOrEqual(2);
    const types = events.map((e) => e.type);
    expect(types.slice(0, 3)).toEqual(['run.start', 'step.start', 'model.request']);
    expect(types.filter((t) => t === 'run.end')).toHaveLength(1);
    expect(types.filter((t) => t === 'step.end')).toHaveLength(1);
    // The stream (30 chunks, 30 ms apart) is still open when close() runs: ended as cancelled, once.
    const modelEnd = events.filter((e) => e.type === 'model.response' || e.type === 'model.error');
    expect(modelEnd.map((e) => [e.type, e.outcome, e.attrs?.['cancelled']])).toEqual([['model.error', 'failure', true]]);
    expect(types.indexOf('model.error')).toBeLessThan(types.indexOf('step.end'));
    expect(errors.map((e) => (e as { code?: string }).code)).toEqual(['run_unfinished']);
  });
});

describe('AI SDK 6: a tool that starts after the abort', () => {
  it('streamText aborted before the tool-call chunk: ai 6 still runs the tool; its call and late end share one span', async () => {
    const { ledger, errors, auditor } = setup();
    const controller = new AbortController();
    let ran = false;
    const refund = tool({
      inputSchema: z.object({ n: z.number() }),
      execute: async ({ n }) => {
        ran = true;
        return { refunded: 2, of: n };
      },
    });
    const model = new MockLanguageModelV3({
      doStream: async () => ({
        // aborted before the tool-call chunk arrives
        stream: abortedAtFirstRead(controller, () => recorded(ledger, auditor, (e) => e.type === 'run.end'), [
          { type: 'stream-start', warnings: [] },
          { type: 'tool-call', toolCallId: 'c-early', toolName: 'refund', input: '{"n":6}' },
          { type: 'finish', usage, finishReason: { unified: 'tool-calls', raw: 'tool_calls' } },
        ]),
      }),
    });
    const result = streamText({
      model: wrapLanguageModel({ model, middleware: auditMiddleware({ auditor }) }),
      prompt: 'refund',
      tools: { refund },
      stopWhen: stepCountIs(3),
      abortSignal: controller.signal,
      onError: () => undefined,
      experimental_telemetry: { integrations: [auditTelemetry({ auditor })] },
    });
    for await (const _ of result.fullStream) void _;
    // ai 6 runs the tool after the stream closed: wait until its late end is recorded.
    await vi.waitFor(
      async () => {
        await auditor.flush();
        expect(ledger.events().some((e) => e.tool?.callId === 'c-early' && (e.type === 'tool.result' || e.type === 'tool.error'))).toBe(true);
      },
      { timeout: 10_000 },
    );
    expect(ran).toBe(true);
    const events = ledger.events().filter((e) => e.tool?.callId === 'c-early');
    expect(events.map((e) => [e.type, e.outcome, e.attrs?.['afterAbort'] ?? false])).toEqual([
      ['tool.call', 'pending', true],
      ['tool.result', 'success', true],
    ]);
    expect(new Set(events.map((e) => e.trace.spanId)).size).toBe(1);
    expect(events[1]?.tool?.result).toEqual({ refunded: 2, of: 6 });
    expect(errors).toEqual([]);
  });
});

describe('AI SDK 6: close() of the integration waits for tools still running after an abort', () => {
  async function abortedWhileToolRuns() {
    const { ledger, errors, auditor } = setup();
    const integration = auditTelemetry({ auditor });
    let done = false;
    let started: () => void = () => undefined;
    const running = new Promise<void>((resolve) => (started = resolve));
    let finish: () => void = () => undefined;
    const finishing = new Promise<void>((resolve) => (finish = resolve));
    const slow = tool({
      inputSchema: z.object({ n: z.number() }),
      execute: async ({ n }) => {
        started(); // ai 6 has told the integration (onToolCallStart) before it calls execute
        await finishing; // ignores the signal, as most tools do: returns when the test lets it
        done = true;
        return { refunded: n };
      },
    });
    const controller = new AbortController();
    const model = new MockLanguageModelV3({
      doStream: async () => ({
        // aborted before the tool-call chunk: ai 6 still runs the tool, after the stream closed
        stream: abortedAtFirstRead(controller, () => recorded(ledger, auditor, (e) => e.type === 'run.end'), [
          { type: 'stream-start', warnings: [] },
          { type: 'tool-call', toolCallId: 'call-S1', toolName: 'slow', input: '{"n":2}' },
          { type: 'finish', usage, finishReason: { unified: 'tool-calls', raw: 'tool_calls' } },
        ]),
      }),
    });
    const result = streamText({
      model: wrapLanguageModel({ model, middleware: auditMiddleware({ auditor }) }),
      prompt: 'refund',
      tools: { slow },
      stopWhen: stepCountIs(3),
      abortSignal: controller.signal,
      onError: () => undefined,
      experimental_telemetry: { integrations: [integration] },
    });
    for await (const _ of result.fullStream) void _;
    await running; // the tool call arrives after the stream closed; the tool is running now
    return { ledger, errors, auditor, integration, done: () => done, finish };
  }

  it('the call returns before the tool ends; close() then auditor.close() keeps the late end', async () => {
    const { ledger, errors, auditor, integration, done, finish } = await abortedWhileToolRuns();
    expect(done()).toBe(false); // the app would close the auditor here and lose the end
    const closing = integration.close();
    // The tool returns only after close() has started and every pending microtask ran: a
    // close() that did not wait for it would already have resolved with `done` still false.
    setImmediate(finish);
    await closing;
    expect(done()).toBe(true);
    await auditor.close();
    const mine = ledger.events().filter((e) => e.tool?.callId === 'call-S1');
    expect(mine.map((e) => [e.type, e.outcome, e.attrs?.['afterAbort'] ?? false])).toEqual([
      ['tool.call', 'pending', true],
      ['tool.result', 'success', true],
    ]);
    expect(mine[1]?.trace.spanId).toBe(mine[0]?.trace.spanId);
    expect(errors).toEqual([]);
    await integration.close(); // nothing in flight: returns at once
  });

  it('close() gives up after timeoutMs and names each tool it gave up on to onError', async () => {
    const { errors, auditor, integration, done, finish } = await abortedWhileToolRuns();
    const started = Date.now();
    // The 50 ms is the feature under test (close() gives up after timeoutMs). The tool does not
    // return until the test lets it, so close() can only return by giving up; the bound on the
    // time only tells timeoutMs (50 ms) from the 10 s default, with room for a busy machine.
    await integration.close({ timeoutMs: 50 });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(done()).toBe(false);
    expect(errors.map((e) => (e as { code?: string }).code)).toEqual(['tool_unfinished']);
    expect(errors[0]?.message).toMatch(/gave up after 50 ms on tool slow \(toolCallId call-S1/);
    await expect(integration.close({ timeoutMs: -1 })).rejects.toMatchObject({ code: 'invalid_options' });
    const again = integration.close(); // waits for the tool it gave up on, so that it ends before the auditor closes
    setImmediate(finish);
    await again;
    expect(done()).toBe(true);
    await auditor.close();
  });
});

describe('options are checked at construction (ai 6)', () => {
  const model = () =>
    new MockLanguageModelV3({
      doGenerate: async () => ({
        content: [{ type: 'text', text: 'hi' }],
        finishReason: { unified: 'stop', raw: 'stop' },
        usage,
        warnings: [],
      }),
    });

  it('auditMiddleware without an auditor throws invalid_options naming it', () => {
    const build = () => wrapLanguageModel({ model: model(), middleware: auditMiddleware({} as never) });
    expect(build).toThrow(expect.objectContaining({ code: 'invalid_options', message: expect.stringContaining('`auditor`') }));
  });

  it('auditTelemetry with a misspelt key throws invalid_options naming it', () => {
    expect(() => auditTelemetry({ auditr: 1 } as never)).toThrow(
      expect.objectContaining({ code: 'invalid_options', message: expect.stringContaining('`auditor`') }),
    );
    const { auditor } = setup();
    expect(() => auditTelemetry({ auditor, sesion: 'x' } as never)).toThrow(
      expect.objectContaining({ code: 'invalid_options', message: expect.stringContaining('`sesion`') }),
    );
    expect(() => auditMiddleware({ auditor, failclosed: true } as never)).toThrow(
      expect.objectContaining({ code: 'invalid_options', message: expect.stringContaining('`failclosed`') }),
    );
  });

  it('a misspelt option gets "did you mean" (core\'s rejectUnknownOptions), a far one the known keys; a key set to undefined is refused too', () => {
    const { auditor } = setup();
    const cases: Array<[() => unknown, string]> = [
      [() => auditMiddleware({ auditor, sesion: 'x' } as never), 'auditMiddleware: unknown option `sesion` (did you mean `session`?)'],
      [() => auditMiddleware({ auditor, Capture: 'full' } as never), 'auditMiddleware: unknown option `Capture` (did you mean `capture`?)'],
      [() => auditTelemetry({ auditor, maxOpenRun: 5 } as never), 'auditTelemetry: unknown option `maxOpenRun` (did you mean `maxOpenRuns`?)'],
      [() => auditTelemetry({ auditor, failClose: true } as never), 'auditTelemetry: unknown option `failClose` (did you mean `failClosed`?)'],
      [() => auditTelemetry({ auditor, sesison: 's' } as never), 'auditTelemetry: unknown option `sesison` (did you mean `session`?)'],
      [() => auditMiddleware({ auditor, sesion: undefined } as never), 'auditMiddleware: unknown option `sesion` (did you mean `session`?)'],
      [() => auditMiddleware({ auditor, redactor: {} } as never), 'auditMiddleware: unknown option `redactor` (known: auditor, capture, failClosed, session, actor)'],
    ];
    for (const [build, message] of cases) expect(build, message).toThrow(expect.objectContaining({ code: 'invalid_options', message }));
    // Look-alikes that stay: known keys, one of them undefined.
    expect(() => auditMiddleware({ auditor, session: undefined, capture: 'full' })).not.toThrow();
    expect(() => auditTelemetry({ auditor, maxOpenRuns: 5, failClosed: false })).not.toThrow();
  });

  // Re-check of 2026-12-06 (README-only), row 9: a misspelt required `auditor` said only "needs an
  // `auditor`", not naming the key; unknown keys are now checked first.
  it('a misspelt `auditor` gets "did you mean `auditor`?"; a missing auditor alone still "needs an `auditor`"', () => {
    const { auditor } = setup();
    const cases: Array<[() => unknown, string]> = [
      [() => auditMiddleware({ auditr: auditor } as never), 'auditMiddleware: unknown option `auditr` (did you mean `auditor`?)'],
      [() => auditTelemetry({ Auditor: auditor } as never), 'auditTelemetry: unknown option `Auditor` (did you mean `auditor`?)'],
      [() => auditMiddleware({ auditer: auditor, session: 's' } as never), 'auditMiddleware: unknown option `auditer` (did you mean `auditor`?)'],
      [() => auditMiddleware({ session: 's' } as never), 'auditMiddleware needs an `auditor` (from createAuditor)'],
    ];
    for (const [build, message] of cases) expect(build, message).toThrow(expect.objectContaining({ code: 'invalid_options', message }));
  });

  // Re-check of 2026-12-06 (README-only), row H3's open part: a misspelt key inside `actor` or
  // `capture` (`actor.nme`) was dropped without a word.
  it('a misspelt key of `actor` or `capture` is named by its path; their known keys pass', () => {
    const { auditor } = setup();
    const cases: Array<[() => unknown, string]> = [
      [() => auditMiddleware({ auditor, actor: { id: 'u', type: 'user', nme: 'Ann' } } as never), 'auditMiddleware: unknown option `actor.nme` (did you mean `name`?)'],
      [() => auditTelemetry({ auditor, actor: { id: 'u', tpye: 'user' } } as never), 'auditTelemetry: unknown option `actor.tpye` (did you mean `type`?)'],
      [() => auditMiddleware({ auditor, capture: { contnet: 'none' } } as never), 'auditMiddleware: unknown option `capture.contnet` (did you mean `content`?)'],
      [() => auditTelemetry({ auditor, capture: { result: 'none', argument: 'hash' } } as never), 'auditTelemetry: unknown option `capture.argument` (did you mean `arguments`?)'],
      [() => auditMiddleware({ auditor, actor: { id: 'u', type: 'user', nickname: undefined } } as never), 'auditMiddleware: unknown option `actor.nickname` (known: id, type, name)'],
    ];
    for (const [build, message] of cases) expect(build, message).toThrow(expect.objectContaining({ code: 'invalid_options', message }));
    expect(() => auditMiddleware({ auditor, actor: { id: 'u', type: 'user', name: 'Ann' }, capture: { default: 'hash', content: 'none', arguments: 'full', result: 'redacted' } })).not.toThrow();
    expect(() => auditTelemetry({ auditor, actor: { id: 'u', type: 'user' }, capture: 'none' })).not.toThrow();
  });

  it('valid options still run', async () => {
    const { auditor, ledger } = setup();
    const wrapped = wrapLanguageModel({ model: model(), middleware: auditMiddleware({ auditor, session: 's' }) });
    await generateText({ model: wrapped, prompt: 'hi', experimental_telemetry: { integrations: [auditTelemetry({ auditor, maxOpenRuns: 5 })] } });
    await auditor.flush();
    expect(ledger.events.length).toBeGreaterThan(0);
  });
});
