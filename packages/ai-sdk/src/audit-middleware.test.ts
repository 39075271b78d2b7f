import { describe, expect, it, vi } from 'vitest';
import { generateText, streamText, wrapLanguageModel } from 'ai';
import { MockLanguageModelV4, simulateReadableStream } from 'ai/test';
import type { LanguageModelV4StreamPart, LanguageModelV4CallOptions } from '@ai-sdk/provider';
import { createAuditor, RecordError } from '@agent-audit/core';
import type { AuditEvent } from '@agent-audit/core';
import { memoryLedger } from '@agent-audit/core/test';
import { auditMiddleware, auditTelemetry } from './index.js';

// ai 7 needs Node 22 or later (its engines field); on Node 20 these tests skip, and ai 6 is
// tested there instead (ai-v6.test.ts).
const NODE_MAJOR = Number(process.versions.node.split('.')[0]);
const AI7_SKIP = NODE_MAJOR < 22;
if (AI7_SKIP) console.warn(`ai 7 tests skipped: ai 7 needs Node >= 22, this is Node ${process.versions.node}`);

const usage = {
  inputTokens: { total: 12, noCache: 10, cacheRead: 2, cacheWrite: undefined },
  outputTokens: { total: 7, text: 5, reasoning: 2 },
};

function setup() {
  const ledger = memoryLedger();
  const errors: Error[] = [];
  const auditor = createAuditor({ agent: { id: 'bank-bot' }, sink: ledger, onError: (e) => errors.push(e) });
  return { ledger, errors, auditor };
}

/** Every parentSpanId names a span that has an event in the ledger. */
function expectLinked(events: AuditEvent[]) {
  const spans = new Set(events.map((e) => e.trace.spanId));
  for (const e of events) {
    if (e.trace.parentSpanId !== undefined) expect(spans.has(e.trace.parentSpanId), `${e.type} parent ${e.trace.parentSpanId}`).toBe(true);
  }
}

const streamChunks = (): LanguageModelV4StreamPart[] => [
  { type: 'stream-start', warnings: [] },
  { type: 'response-metadata', id: 'resp-s1', modelId: 'mock-model-2026', timestamp: new Date(0) },
  { type: 'text-start', id: 't1' },
  { type: 'text-delta', id: 't1', delta: 'Your balance ' },
  { type: 'text-delta', id: 't1', delta: 'is 1,204.50 EUR.' },
  { type: 'text-end', id: 't1' },
  { type: 'finish', usage, finishReason: { unified: 'stop', raw: 'stop' }, providerMetadata: { mock: { region: 'eu' } } },
];

const generateModel = () =>
  new MockLanguageModelV4({
    doGenerate: async () => ({
      content: [{ type: 'text', text: 'Your balance is 1,204.50 EUR.' }],
      finishReason: { unified: 'stop', raw: 'stop' },
      usage,
      warnings: [],
      providerMetadata: { mock: { region: 'eu' } },
      response: { id: 'resp-1', modelId: 'mock-model-2026', timestamp: new Date(0) },
    }),
  });

const PROMPT = 'Customer Jane Doe (jane.doe@example.com, IBAN DE89370400440532013000) asks for her balance.';

describe.skipIf(AI7_SKIP)('auditMiddleware with generateText (ai 7; skipped below Node 22)', () => {
  it('records request and response in one trace, with the telemetry run around them', async () => {
    const { ledger, errors, auditor } = setup();
    const model = wrapLanguageModel({ model: generateModel(), middleware: auditMiddleware({ auditor }) });
    const result = await generateText({
      model,
      prompt: PROMPT,
      temperature: 0.2,
      maxOutputTokens: 200,
      telemetry: { integrations: [auditTelemetry({ auditor })], functionId: 'balance' },
    });
    expect(result.text).toBe('Your balance is 1,204.50 EUR.');
    await auditor.flush();
    const events = ledger.events();
    expect(events.map((e) => e.type)).toEqual(['run.start', 'step.start', 'model.request', 'model.response', 'step.end', 'run.end']);
    expect(new Set(events.map((e) => e.trace.traceId)).size).toBe(1);
    expect(events.every((e) => e.source === 'ai-sdk')).toBe(true);
    expectLinked(events);

    const [runStart, stepStart, request, response, stepEnd, runEnd] = events as [AuditEvent, AuditEvent, AuditEvent, AuditEvent, AuditEvent, AuditEvent];
    expect(runStart.trace.parentSpanId).toBeUndefined();
    expect(runEnd.trace.spanId).toBe(runStart.trace.spanId);
    expect(stepStart.trace.parentSpanId).toBe(runStart.trace.spanId);
    expect(stepEnd.trace.spanId).toBe(stepStart.trace.spanId);
    expect(request.trace.parentSpanId).toBe(stepStart.trace.spanId);
    expect(response.trace.spanId).toBe(request.trace.spanId);

    expect(request.model).toMatchObject({ provider: 'mock-provider', id: 'mock-model-id', parameters: { temperature: 0.2, maxOutputTokens: 200 } });
    expect(JSON.stringify(request.content?.input)).toContain('asks for her balance');
    expect(response.outcome).toBe('success');
    expect(response.model).toMatchObject({
      usage: { inputTokens: 12, outputTokens: 7, totalTokens: 19, reasoningTokens: 2, cachedInputTokens: 2 },
      finishReason: 'stop',
      responseId: 'resp-1',
    });
    expect(typeof response.model?.latencyMs).toBe('number');
    expect(response.content?.output).toMatchObject({ text: 'Your balance is 1,204.50 EUR.' });
    expect(response.attrs).toMatchObject({ responseModel: 'mock-model-2026', providerMetadata: { mock: { region: 'eu' } } });
    expect(runStart.attrs).toMatchObject({ functionId: 'balance', operationId: 'ai.generateText' });
    expect(errors).toEqual([]);
  });

  it('masks the email of the prompt in every stored event (default redactor)', async () => {
    const { ledger, auditor } = setup();
    const model = wrapLanguageModel({ model: generateModel(), middleware: auditMiddleware({ auditor }) });
    await generateText({ model, prompt: PROMPT, telemetry: { integrations: [auditTelemetry({ auditor })] } });
    await auditor.flush();
    const stored = JSON.stringify(ledger.events());
    expect(stored).toContain('asks for her balance');
    expect(stored).not.toContain('jane.doe@example.com');
    expect(stored).not.toContain('DE89370400440532013000');
  });

  it('gives each call its own trace and passes capture through', async () => {
    const { ledger, auditor } = setup();
    const model = wrapLanguageModel({ model: generateModel(), middleware: auditMiddleware({ auditor, capture: 'none' }) });
    const telemetry = { integrations: [auditTelemetry({ auditor, capture: 'none' })] };
    await generateText({ model, prompt: 'first', telemetry });
    await generateText({ model, prompt: 'second', telemetry });
    await auditor.flush();
    const events = ledger.events();
    const runs = events.filter((e) => e.type === 'run.start');
    expect(runs).toHaveLength(2);
    expect(runs[0]?.trace.traceId).not.toBe(runs[1]?.trace.traceId);
    for (const run of runs) expect(events.filter((e) => e.trace.traceId === run.trace.traceId)).toHaveLength(6);
    // capture 'none' keeps sizes only: the prompt text is not stored.
    expect(JSON.stringify(events)).not.toContain('first');
    expectLinked(events);
  });

  it('records a failing model call as model.error and rethrows the original error', async () => {
    const { ledger, auditor } = setup();
    const failure = new Error('upstream 503');
    const model = wrapLanguageModel({
      model: new MockLanguageModelV4({ doGenerate: async () => { throw failure; } }),
      middleware: auditMiddleware({ auditor }),
    });
    await expect(generateText({ model, prompt: 'hi', maxRetries: 0, telemetry: { integrations: [auditTelemetry({ auditor })] } })).rejects.toBe(failure);
    await auditor.flush();
    const events = ledger.events();
    expect(events.map((e) => e.type)).toEqual(['run.start', 'step.start', 'model.request', 'model.error', 'step.end', 'run.end']);
    const modelError = events.find((e) => e.type === 'model.error');
    expect(modelError).toMatchObject({ outcome: 'failure', error: { message: 'upstream 503' } });
    expect(events.at(-1)).toMatchObject({ type: 'run.end', outcome: 'failure' });
    expectLinked(events);
  });

  it('without the integration: a span of its own under the current context', async () => {
    const { ledger, auditor } = setup();
    const model = wrapLanguageModel({ model: generateModel(), middleware: auditMiddleware({ auditor }) });
    await auditor.run({ session: 'sess-7', actor: { id: 'u-1', type: 'user' } }, async () => {
      auditor.record({ type: 'message.user', content: { input: 'balance?' } });
      await generateText({ model, prompt: 'hi', telemetry: { isEnabled: false } });
    });
    await auditor.flush();
    const events = ledger.events();
    expect(events.map((e) => e.type)).toEqual(['message.user', 'model.request', 'model.response']);
    const [user, request] = events as [AuditEvent, AuditEvent];
    expect(request.trace.traceId).toBe(user.trace.traceId);
    expect(request.trace.parentSpanId).toBe(user.trace.spanId);
    expect(request).toMatchObject({ session: 'sess-7', actor: { id: 'u-1', type: 'user' } });
    expectLinked(events);
  });

  it('fail-closed: the model is not called when model.request cannot be made durable', async () => {
    const { ledger, errors, auditor } = setup();
    const inner = generateModel();
    const model = wrapLanguageModel({ model: inner, middleware: auditMiddleware({ auditor, failClosed: true }) });
    ledger.failWith(new Error('disk full'));
    const call = generateText({ model, prompt: 'hi', maxRetries: 0 });
    await expect(call).rejects.toSatisfy((e: unknown) => RecordError.isInstance(e) || (e as { cause?: unknown }).cause !== undefined);
    expect(inner.doGenerateCalls).toHaveLength(0);
    expect(errors.length).toBeGreaterThan(0);
    ledger.failWith(undefined);
    await auditor.close();
  });

  it('fail-open (default): a failing ledger never reaches the app, it reaches onError', async () => {
    const { ledger, errors, auditor } = setup();
    const model = wrapLanguageModel({ model: generateModel(), middleware: auditMiddleware({ auditor }) });
    ledger.failWith(new Error('disk full'));
    const result = await generateText({ model, prompt: 'hi', telemetry: { integrations: [auditTelemetry({ auditor })] } });
    expect(result.text).toBe('Your balance is 1,204.50 EUR.');
    // The core writes off the caller's path: wait (bounded) for its report rather than a fixed 50 ms,
    // which a loaded machine overran.
    await vi.waitFor(() => expect(errors.some((e) => /disk full|append failed/.test(`${e.message} ${(e.cause as Error | undefined)?.message}`))).toBe(true), { timeout: 5000 });
    ledger.failWith(undefined);
    await auditor.flush();
    expect(ledger.events().map((e) => e.type)).toContain('model.response');
  });
});

describe.skipIf(AI7_SKIP)('auditMiddleware with streams (ai 7; skipped below Node 22)', () => {
  async function collect(stream: ReadableStream<unknown> | AsyncIterable<unknown>): Promise<unknown[]> {
    const out: unknown[] = [];
    for await (const chunk of stream as AsyncIterable<unknown>) out.push(chunk);
    return out;
  }
  /** Chunks until the stream ends or throws; the thrown error's message is the last entry. */
  async function collectSettled(stream: AsyncIterable<unknown>): Promise<unknown[]> {
    const out: unknown[] = [];
    try {
      for await (const chunk of stream) out.push(chunk);
    } catch (error) {
      out.push({ thrown: (error as Error).message });
    }
    return out;
  }
  /** The SDK's own wall-clock measurements differ between any two runs; everything else must not. */
  function withoutTimings(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(withoutTimings);
    if (value instanceof Date || typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'performance').map(([k, v]) => [k, withoutTimings(v)]));
  }

  it('hands every chunk on unchanged: same objects at the model, equal output from streamText', async () => {
    const { ledger, auditor } = setup();
    const chunks = streamChunks();
    const raw = new MockLanguageModelV4({ doStream: async () => ({ stream: simulateReadableStream({ chunks }) }) });
    const wrapped = wrapLanguageModel({ model: raw, middleware: auditMiddleware({ auditor }) });
    const params: LanguageModelV4CallOptions = { prompt: [{ role: 'user', content: [{ type: 'text', text: 'balance?' }] }] };
    const seen = await collect((await wrapped.doStream(params)).stream);
    expect(seen).toHaveLength(chunks.length);
    seen.forEach((chunk, i) => expect(chunk).toBe(chunks[i]));

    const run = async (withAudit: boolean) => {
      const base = new MockLanguageModelV4({ doStream: async () => ({ stream: simulateReadableStream({ chunks: streamChunks() }) }) });
      const model = withAudit ? wrapLanguageModel({ model: base, middleware: auditMiddleware({ auditor }) }) : base;
      const result = streamText({
        model,
        prompt: 'balance?',
        ...(withAudit ? { telemetry: { integrations: [auditTelemetry({ auditor })] } } : { telemetry: { isEnabled: false } }),
      });
      return collect(result.fullStream);
    };
    const plain = await run(false);
    const audited = await run(true);
    expect(audited.length).toBeGreaterThan(5);
    expect(withoutTimings(audited)).toEqual(withoutTimings(plain));

    await auditor.flush();
    const events = ledger.events();
    const response = events.filter((e) => e.type === 'model.response').at(-1);
    expect(response?.model).toMatchObject({ responseId: 'resp-s1', finishReason: 'stop', usage: { inputTokens: 12, outputTokens: 7 } });
    expect(typeof response?.model?.timeToFirstChunkMs).toBe('number');
    expect(response?.content?.output).toMatchObject({ text: 'Your balance is 1,204.50 EUR.' });
    const streamRun = events.filter((e) => e.trace.traceId === response?.trace.traceId).map((e) => e.type);
    expect(streamRun).toEqual(['run.start', 'step.start', 'model.request', 'model.response', 'step.end', 'run.end']);
    expectLinked(events);
  });

  it('records a stream that errors midway, with what it produced so far, and the consumer sees the same error', async () => {
    // Three chunks, then the connection drops (each chunk is handed out on its own pull, as a network stream does).
    const failing = () => {
      const parts: LanguageModelV4StreamPart[] = [
        { type: 'stream-start', warnings: [] },
        { type: 'text-start', id: 't1' },
        { type: 'text-delta', id: 't1', delta: 'Partial ans' },
      ];
      return new ReadableStream<LanguageModelV4StreamPart>(
        {
          pull(controller) {
            const next = parts.shift();
            if (next !== undefined) controller.enqueue(next);
            else controller.error(new Error('connection reset'));
          },
        },
        { highWaterMark: 0 },
      );
    };
    const run = async (withAudit: boolean) => {
      const { ledger, auditor } = setup();
      const base = new MockLanguageModelV4({ doStream: async () => ({ stream: failing() }) });
      const model = withAudit ? wrapLanguageModel({ model: base, middleware: auditMiddleware({ auditor }) }) : base;
      const result = streamText({
        model,
        prompt: 'hi',
        maxRetries: 0,
        onError: () => {},
        telemetry: withAudit ? { integrations: [auditTelemetry({ auditor })] } : { isEnabled: false },
      });
      const chunks = await collectSettled(result.fullStream);
      await auditor.flush();
      return { chunks, events: ledger.events() };
    };
    const plain = await run(false);
    const audited = await run(true);
    expect(withoutTimings(audited.chunks)).toEqual(withoutTimings(plain.chunks));
    expect(audited.chunks.at(-1)).toEqual({ thrown: 'connection reset' });
    expect(audited.chunks.some((c) => (c as { text?: string }).text === 'Partial ans')).toBe(true);
    const modelError = audited.events.find((e) => e.type === 'model.error');
    expect(modelError).toMatchObject({ outcome: 'failure', error: { message: 'connection reset' }, content: { output: { text: 'Partial ans' } } });
    expect(audited.events.find((e) => e.type === 'run.end')).toMatchObject({ outcome: 'failure' });
    expect(new Set(audited.events.map((e) => e.trace.traceId)).size).toBe(1);
    expectLinked(audited.events);
  });

  it('records an aborted stream: model.error (aborted), open step closed, run.end with outcome failure', async () => {
    const { ledger, errors, auditor } = setup();
    const controller = new AbortController();
    const base = new MockLanguageModelV4({
      doStream: async ({ abortSignal }) => ({
        stream: new ReadableStream<LanguageModelV4StreamPart>({
          start(c) {
            c.enqueue({ type: 'stream-start', warnings: [] });
            c.enqueue({ type: 'text-start', id: 't1' });
            c.enqueue({ type: 'text-delta', id: 't1', delta: 'Thinking about' });
            // A provider stream that never finishes on its own: it ends only through the abort.
            abortSignal?.addEventListener('abort', () => c.error(abortSignal.reason), { once: true });
          },
        }),
      }),
    });
    const model = wrapLanguageModel({ model: base, middleware: auditMiddleware({ auditor }) });
    const result = streamText({ model, prompt: 'hi', abortSignal: controller.signal, telemetry: { integrations: [auditTelemetry({ auditor })] } });
    const chunks: unknown[] = [];
    for await (const chunk of result.fullStream) {
      chunks.push(chunk);
      if ((chunk as { type: string }).type === 'text-delta') controller.abort(new Error('user pressed stop'));
    }
    expect(chunks.some((c) => (c as { type: string }).type === 'abort')).toBe(true);
    await auditor.flush();
    const events = ledger.events();
    const modelError = events.find((e) => e.type === 'model.error');
    expect(modelError).toMatchObject({ outcome: 'failure', attrs: { aborted: true } });
    const runEnd = events.find((e) => e.type === 'run.end');
    expect(runEnd).toMatchObject({ outcome: 'failure', attrs: { aborted: true } });
    const types = events.map((e) => e.type);
    expect(types.filter((t) => t === 'step.start')).toHaveLength(types.filter((t) => t === 'step.end').length);
    expect(new Set(events.map((e) => e.trace.traceId)).size).toBe(1);
    expectLinked(events);
    expect(errors).toEqual([]);
  });

  it('records a stream the consumer cancels', async () => {
    const { ledger, auditor } = setup();
    const base = new MockLanguageModelV4({
      doStream: async () => ({
        stream: new ReadableStream<LanguageModelV4StreamPart>({
          start(c) {
            c.enqueue({ type: 'stream-start', warnings: [] });
            c.enqueue({ type: 'text-start', id: 't1' });
            c.enqueue({ type: 'text-delta', id: 't1', delta: 'one' });
          },
        }),
      }),
    });
    const wrapped = wrapLanguageModel({ model: base, middleware: auditMiddleware({ auditor }) });
    const { stream } = await wrapped.doStream({ prompt: [{ role: 'user', content: [{ type: 'text', text: 'x' }] }] });
    const reader = stream.getReader();
    await reader.read();
    await reader.cancel(new Error('client went away'));
    await auditor.flush();
    expect(ledger.events().map((e) => e.type)).toEqual(['model.request', 'model.error']);
    expect(ledger.events()[1]).toMatchObject({ attrs: { aborted: true, cancelled: true }, error: { message: 'client went away' } });
  });

  it('fail-closed: a stream whose response cannot be recorded ends in a RecordError', async () => {
    const { ledger, auditor } = setup();
    const base = new MockLanguageModelV4({ doStream: async () => ({ stream: simulateReadableStream({ chunks: streamChunks() }) }) });
    const wrapped = wrapLanguageModel({ model: base, middleware: auditMiddleware({ auditor, failClosed: true }) });
    const { stream } = await wrapped.doStream({ prompt: [{ role: 'user', content: [{ type: 'text', text: 'x' }] }] });
    ledger.failWith(new Error('disk full'));
    await expect(collect(stream)).rejects.toSatisfy((e: unknown) => RecordError.isInstance(e));
    ledger.failWith(undefined);
    await auditor.close();
  });
});
