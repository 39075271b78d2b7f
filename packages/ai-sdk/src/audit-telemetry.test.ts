import { describe, expect, it, vi } from 'vitest';
import { generateText, stepCountIs, streamText, tool, ToolLoopAgent, wrapLanguageModel } from 'ai';
import type { ModelMessage, Telemetry } from 'ai';
import { MockLanguageModelV4, simulateReadableStream } from 'ai/test';
import type { LanguageModelV4GenerateResult, LanguageModelV4StreamPart } from '@ai-sdk/provider';
import { z } from 'zod';
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
  inputTokens: { total: 20, noCache: 20, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 9, text: 9, reasoning: undefined },
};

function setup() {
  const ledger = memoryLedger();
  const errors: Error[] = [];
  const auditor = createAuditor({ agent: { id: 'clinic-bot' }, sink: ledger, onError: (e) => errors.push(e) });
  return { ledger, errors, auditor };
}

function expectLinked(events: AuditEvent[]) {
  const spans = new Set(events.map((e) => e.trace.spanId));
  for (const e of events) {
    if (e.trace.parentSpanId !== undefined) expect(spans.has(e.trace.parentSpanId), `${e.type} parent ${e.trace.parentSpanId}`).toBe(true);
  }
}

const toolCallTurn = (toolCallId: string, toolName: string, input: unknown): LanguageModelV4GenerateResult => ({
  content: [{ type: 'tool-call', toolCallId, toolName, input: JSON.stringify(input) }],
  finishReason: { unified: 'tool-calls', raw: 'tool_calls' },
  usage,
  warnings: [],
  response: { id: `resp-${toolCallId}`, modelId: 'mock', timestamp: new Date(0) },
});
const textTurn = (text: string): LanguageModelV4GenerateResult => ({
  content: [{ type: 'text', text }],
  finishReason: { unified: 'stop', raw: 'stop' },
  usage,
  warnings: [],
  response: { id: 'resp-final', modelId: 'mock', timestamp: new Date(0) },
});

/** A scripted model: answers each call with the next turn. */
function scripted(...turns: LanguageModelV4GenerateResult[]) {
  let i = 0;
  return new MockLanguageModelV4({
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

describe.skipIf(AI7_SKIP)('auditTelemetry (ai 7; skipped below Node 22)', () => {
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
      telemetry: { integrations: [auditTelemetry({ auditor, session: 'visit-9', actor: { id: 'dr-lee', type: 'user' } })] },
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
    const [step0, step1] = byType('step.start') as [AuditEvent, AuditEvent];
    const run = byType('run.start')[0] as AuditEvent;
    expect(step0.trace.parentSpanId).toBe(run.trace.spanId);
    expect(step1.trace.parentSpanId).toBe(run.trace.spanId);
    const call = byType('tool.call')[0] as AuditEvent;
    const toolResult = byType('tool.result')[0] as AuditEvent;
    expect(call.trace.parentSpanId).toBe(step0.trace.spanId);
    expect(toolResult.trace.spanId).toBe(call.trace.spanId);
    expect(call.tool).toMatchObject({ name: 'lookupPatient', callId: 'call-1', arguments: { patientId: expect.stringMatching(/^\[MRN:psn_/) } });
    expect(toolResult.tool).toMatchObject({ name: 'lookupPatient', callId: 'call-1' });
    expect(JSON.stringify(toolResult.tool?.result)).toContain('penicillin');
    expect(typeof toolResult.tool?.durationMs).toBe('number');
    const firstResponse = byType('model.response')[0] as AuditEvent;
    expect(firstResponse.model?.toolCalls).toEqual([{ id: 'call-1', name: 'lookupPatient', arguments: { patientId: expect.stringMatching(/^\[MRN:psn_/) } }]);
    expect(firstResponse.trace.parentSpanId).toBe(step0.trace.spanId);
    expect(byType('step.end')[0]?.model).toMatchObject({ finishReason: 'tool-calls', responseId: 'resp-call-1' });
    expect(byType('run.end')[0]).toMatchObject({ outcome: 'success', model: { usage: { inputTokens: 40, outputTokens: 18 } }, attrs: { steps: 2 } });
    expect(errors).toEqual([]);
  });

  it('records a throwing tool as tool.error; the run goes on as the SDK decides', async () => {
    const { ledger, auditor } = setup();
    const failingTool = tool({
      inputSchema: z.object({ patientId: z.string() }),
      execute: async (): Promise<string> => {
        throw new Error('records service unavailable');
      },
    });
    const model = wrapLanguageModel({
      model: scripted(toolCallTurn('call-9', 'lookupPatient', { patientId: 'P-1' }), textTurn('Sorry, I cannot reach the records.')),
      middleware: auditMiddleware({ auditor }),
    });
    const result = await generateText({
      model,
      prompt: 'Look up P-1',
      tools: { lookupPatient: failingTool },
      stopWhen: stepCountIs(3),
      telemetry: { integrations: [auditTelemetry({ auditor })] },
    });
    expect(result.text).toBe('Sorry, I cannot reach the records.');
    await auditor.flush();
    const events = ledger.events();
    const toolError = events.find((e) => e.type === 'tool.error');
    const toolCall = events.find((e) => e.type === 'tool.call');
    expect(toolError).toMatchObject({ outcome: 'failure', tool: { name: 'lookupPatient', callId: 'call-9' }, error: { message: 'records service unavailable' } });
    expect(toolError?.trace.spanId).toBe(toolCall?.trace.spanId);
    expect(events.at(-1)).toMatchObject({ type: 'run.end', outcome: 'success' });
    expectLinked(events);
  });

  it('records a streamed tool loop in one trace', async () => {
    const { ledger, auditor } = setup();
    const turns: LanguageModelV4StreamPart[][] = [
      [
        { type: 'stream-start', warnings: [] },
        { type: 'tool-call', toolCallId: 'call-s', toolName: 'lookupPatient', input: '{"patientId":"P-7"}' },
        { type: 'finish', usage, finishReason: { unified: 'tool-calls', raw: 'tool_calls' } },
      ],
      [
        { type: 'stream-start', warnings: [] },
        { type: 'text-start', id: 'a' },
        { type: 'text-delta', id: 'a', delta: 'Penicillin allergy on file.' },
        { type: 'text-end', id: 'a' },
        { type: 'finish', usage, finishReason: { unified: 'stop', raw: 'stop' } },
      ],
    ];
    let i = 0;
    const model = wrapLanguageModel({
      model: new MockLanguageModelV4({ doStream: async () => ({ stream: simulateReadableStream({ chunks: turns[i++] ?? [] }) }) }),
      middleware: auditMiddleware({ auditor }),
    });
    const result = streamText({ model, prompt: 'P-7?', tools: { lookupPatient }, stopWhen: stepCountIs(3), telemetry: { integrations: [auditTelemetry({ auditor })] } });
    expect(await result.text).toBe('Penicillin allergy on file.');
    await auditor.flush();
    const events = ledger.events();
    expectStreamedToolLoop(events.map((e) => e.type));
    expect(new Set(events.map((e) => e.trace.traceId)).size).toBe(1);
    const modelSpan = events.find((e) => e.type === 'model.request')?.trace;
    const toolSpan = events.find((e) => e.type === 'tool.call')?.trace;
    // A shared parent, not two missing ones.
    expect(modelSpan?.parentSpanId).toMatch(/^[0-9a-f]{16}$/);
    expect(toolSpan?.parentSpanId).toBe(modelSpan?.parentSpanId);
    expectLinked(events);
  });

  it('records approval requests and the user decision that comes back in the next call', async () => {
    const { ledger, auditor } = setup();
    const deletePatient = tool({
      inputSchema: z.object({ patientId: z.string() }),
      needsApproval: true,
      execute: async ({ patientId }) => ({ deleted: patientId }),
    });
    const model = wrapLanguageModel({
      model: scripted(toolCallTurn('call-del', 'deletePatient', { patientId: 'P-3' }), textTurn('Deleted.')),
      middleware: auditMiddleware({ auditor }),
    });
    const telemetry = { integrations: [auditTelemetry({ auditor })] };
    const messages: ModelMessage[] = [{ role: 'user', content: 'Delete patient P-3' }];
    const first = await generateText({ model, messages, tools: { deletePatient }, telemetry });
    messages.push(...first.responseMessages);
    const request = first.content.find((p) => p.type === 'tool-approval-request');
    expect(request).toBeDefined();
    messages.push({
      role: 'tool',
      content: [{ type: 'tool-approval-response', approvalId: (request as { approvalId: string }).approvalId, approved: true, reason: 'confirmed at the bedside' }],
    });
    const second = await generateText({ model, messages, tools: { deletePatient }, telemetry });
    expect(second.text).toBe('Deleted.');
    await auditor.flush();
    const events = ledger.events();
    const approvalRequest = events.find((e) => e.type === 'approval.request');
    expect(approvalRequest).toMatchObject({ outcome: 'pending', tool: { name: 'deletePatient', callId: 'call-del' } });
    const grant = events.find((e) => e.type === 'approval.grant');
    expect(grant).toMatchObject({ outcome: 'success', decision: { action: 'approve', reason: 'confirmed at the bedside', policy: 'user' }, tool: { name: 'deletePatient', callId: 'call-del' } });
    expect(grant?.attrs?.['approvalId']).toBe(approvalRequest?.attrs?.['approvalId']);
    const executed = events.find((e) => e.type === 'tool.result');
    expect(executed).toMatchObject({ tool: { name: 'deletePatient', callId: 'call-del' } });
    expect(executed?.trace.traceId).toBe(grant?.trace.traceId);
    expect(new Set(events.filter((e) => e.type === 'run.start').map((e) => e.trace.traceId)).size).toBe(2);
    expectLinked(events);
  });

  it('records automatic denials by a toolApproval policy', async () => {
    const { ledger, auditor } = setup();
    const model = wrapLanguageModel({
      model: scripted(toolCallTurn('call-x', 'lookupPatient', { patientId: 'VIP-1' }), textTurn('Not allowed.')),
      middleware: auditMiddleware({ auditor }),
    });
    await generateText({
      model,
      prompt: 'VIP-1?',
      tools: { lookupPatient },
      toolApproval: { lookupPatient: () => ({ type: 'denied', reason: 'VIP records need a break-glass' }) },
      stopWhen: stepCountIs(3),
      telemetry: { integrations: [auditTelemetry({ auditor })] },
    });
    await auditor.flush();
    const events = ledger.events();
    expect(events.find((e) => e.type === 'approval.deny')).toMatchObject({
      outcome: 'denied',
      decision: { action: 'deny', reason: 'VIP records need a break-glass', policy: 'automatic' },
      tool: { name: 'lookupPatient', callId: 'call-x' },
    });
    expect(events.some((e) => e.type === 'tool.call')).toBe(false);
    expectLinked(events);
  });

  it('a ToolLoopAgent call is one trace; a nested generateText inside a tool is a child of the tool span', async () => {
    const { ledger, auditor } = setup();
    const telemetry = auditTelemetry({ auditor });
    const middleware = auditMiddleware({ auditor });
    const summarizer = wrapLanguageModel({ model: scripted(textTurn('Summary: stable.')), middleware });
    const summarize = tool({
      inputSchema: z.object({ patientId: z.string() }),
      execute: async ({ patientId }) => (await generateText({ model: summarizer, prompt: `Summarize ${patientId}`, telemetry: { integrations: [telemetry] } })).text,
    });
    const agent = new ToolLoopAgent({
      model: wrapLanguageModel({ model: scripted(toolCallTurn('call-sum', 'summarize', { patientId: 'P-5' }), textTurn('Stable.')), middleware }),
      tools: { summarize },
      telemetry: { integrations: [telemetry] },
    });
    const result = await agent.generate({ prompt: 'How is P-5?' });
    expect(result.text).toBe('Stable.');
    await auditor.flush();
    const events = ledger.events();
    expect(new Set(events.map((e) => e.trace.traceId)).size).toBe(1);
    const runs = events.filter((e) => e.type === 'run.start');
    expect(runs).toHaveLength(2);
    const toolCall = events.find((e) => e.type === 'tool.call');
    expect(runs[1]?.trace.parentSpanId).toBe(toolCall?.trace.spanId);
    expectLinked(events);
  });

  it('fail-closed: a tool whose tool.call cannot be recorded does not run, and the run stops', async () => {
    const { ledger, errors, auditor } = setup();
    let executed = 0;
    const guarded = tool({
      inputSchema: z.object({ patientId: z.string() }),
      execute: async () => {
        executed++;
        return 'ok';
      },
    });
    const inner = scripted(toolCallTurn('call-fc', 'guarded', { patientId: 'P-2' }), textTurn('done'));
    const model = wrapLanguageModel({ model: inner, middleware: auditMiddleware({ auditor, failClosed: true }) });
    const telemetry = auditTelemetry({ auditor, failClosed: true });
    // Let the first model call through, then make the ledger fail before the tool runs.
    type StartEvent = Parameters<NonNullable<Telemetry['onToolExecutionStart']>>[0];
    telemetry.onToolExecutionStart = ((original) => async (event: StartEvent) => {
      ledger.failWith(new Error('disk full'));
      await original?.(event);
    })(telemetry.onToolExecutionStart?.bind(telemetry));
    await expect(
      generateText({ model, prompt: 'P-2', tools: { guarded }, stopWhen: stepCountIs(3), maxRetries: 0, telemetry: { integrations: [telemetry] } }),
    ).rejects.toSatisfy((e: unknown) => RecordError.isInstance(e));
    expect(executed).toBe(0);
    expect(inner.doGenerateCalls).toHaveLength(1);
    expect(errors.length).toBeGreaterThan(0);
    ledger.failWith(undefined);
    await auditor.close();
  });

  it('never throws into the SDK: a broken auditor is reported to onError and the run completes', async () => {
    const { auditor, errors } = setup();
    const broken = {
      ...auditor,
      record: () => {
        throw new Error('boom');
      },
      currentContext: () => {
        throw new Error('boom');
      },
    };
    const model = wrapLanguageModel({ model: scripted(textTurn('fine')), middleware: auditMiddleware({ auditor: broken }) });
    const result = await generateText({ model, prompt: 'x', telemetry: { integrations: [auditTelemetry({ auditor: broken })] } });
    expect(result.text).toBe('fine');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => /boom/.test(String((e.cause as Error | undefined)?.message ?? e.message)))).toBe(true);
    await auditor.close();
  });
});

describe.skipIf(AI7_SKIP)('a consumer that breaks out of textStream (ai 7; skipped below Node 22)', () => {
  it('the model stream, step and run all get an end before integration.close() returns; nothing is recorded after close', async () => {
    const { ledger, errors, auditor } = setup();
    const integration = auditTelemetry({ auditor });
    const chunks: LanguageModelV4StreamPart[] = [
      { type: 'text-start', id: 't' },
      ...Array.from({ length: 30 }, (_, i): LanguageModelV4StreamPart => ({ type: 'text-delta', id: 't', delta: `w${i} ` })),
      { type: 'text-end', id: 't' },
      { type: 'finish', finishReason: { unified: 'stop', raw: 'stop' }, usage },
    ];
    const model = wrapLanguageModel({
      model: new MockLanguageModelV4({ doStream: async () => ({ stream: simulateReadableStream({ chunks, chunkDelayInMs: 30 }) }) }),
      middleware: auditMiddleware({ auditor }),
    });
    const result = streamText({ model, prompt: 'x', telemetry: { integrations: [integration] } });
    for await (const _ of result.textStream) break;
    await integration.close();
    await auditor.close();
    // No wait here: after the break nothing reads the rest of the model stream (ai pulls it on
    // demand only), so the mock stream stays where it stopped and cannot end later; a fixed sleep
    // for it to end (there was one, 1.2 s) waited for something that never happens.
    const events = ledger.events();
    const spans = new Map<string, string[]>();
    for (const e of events) spans.set(e.trace.spanId, [...(spans.get(e.trace.spanId) ?? []), e.type]);
    for (const [span, types] of spans) expect(types.length, `${span}: ${types.join(',')}`).toBeGreaterThanOrEqual(2);
    const types = events.map((e) => e.type);
    expect(types.filter((t) => t === 'run.end')).toHaveLength(1);
    expect(types.filter((t) => t === 'step.end')).toHaveLength(1);
    const modelEnd = events.filter((e) => e.type === 'model.response' || e.type === 'model.error');
    expect(modelEnd).toHaveLength(1);
    expect(modelEnd[0]?.attrs).toMatchObject({ cancelled: true });
    expect(errors.map((e) => e.message).join('\n')).not.toContain('after close');
  });
});

describe.skipIf(AI7_SKIP)('late ends after an abort (ai 7; skipped below Node 22)', () => {
  const toolCallStream = (toolCallId: string, toolName: string, input: unknown) =>
    new MockLanguageModelV4({
      doStream: async () => ({
        stream: simulateReadableStream<LanguageModelV4StreamPart>({
          chunks: [
            { type: 'stream-start', warnings: [] },
            { type: 'tool-call', toolCallId, toolName, input: JSON.stringify(input) },
            { type: 'finish', usage, finishReason: { unified: 'tool-calls', raw: 'tool_calls' } },
          ],
          initialDelayInMs: null,
          chunkDelayInMs: null,
        }),
      }),
    });

  /** Resolves once the ledger holds an event `match` accepts (flushing the auditor at each look). */
  const recorded = (ledger: ReturnType<typeof memoryLedger>, auditor: ReturnType<typeof createAuditor>, match: (e: AuditEvent) => boolean) =>
    vi.waitFor(
      async () => {
        await auditor.flush();
        expect(ledger.events().some(match)).toBe(true);
      },
      { timeout: 10_000 },
    );

  /**
   * A streamText run whose tool is aborted while it runs. The tool gets `abort()`, which aborts
   * the run and resolves once the run has recorded its end (so the tool's own end, whatever it
   * does next, comes after the run stopped), instead of an abort fired after a fixed delay.
   */
  async function abortedRun(execute: (orders: string[], signal: AbortSignal | undefined, abort: () => Promise<void>) => Promise<unknown>) {
    const { ledger, errors, auditor } = setup();
    const controller = new AbortController();
    const abort = async (): Promise<void> => {
      controller.abort();
      await recorded(ledger, auditor, (e) => e.type === 'run.end');
    };
    const refundBatch = tool({
      description: 'refund orders',
      inputSchema: z.object({ orders: z.array(z.string()) }),
      execute: async ({ orders }, { abortSignal }) => execute(orders, abortSignal, abort),
    });
    const model = wrapLanguageModel({
      model: toolCallStream('call_B1', 'refundBatch', { orders: ['O-1', 'O-2', 'O-3', 'O-4', 'O-5', 'O-6'] }),
      middleware: auditMiddleware({ auditor }),
    });
    const result = streamText({
      model,
      prompt: 'refund all',
      tools: { refundBatch },
      stopWhen: stepCountIs(2),
      abortSignal: controller.signal,
      onError: () => undefined,
      telemetry: { integrations: [auditTelemetry({ auditor })] },
    });
    try {
      for await (const _ of result.fullStream) {
        // consume
      }
    } catch {
      // aborted
    }
    // The tool finishes its current item and returns (or fails): wait until that late end is
    // recorded next to the end the run recorded when it stopped.
    await vi.waitFor(
      async () => {
        await auditor.flush();
        expect(ledger.events().filter((e) => e.tool?.callId === 'call_B1' && (e.type === 'tool.result' || e.type === 'tool.error')).length).toBeGreaterThanOrEqual(2);
      },
      { timeout: 10_000 },
    );
    const events = ledger.events().filter((e) => e.source === 'ai-sdk');
    const call = events.find((e) => e.type === 'tool.call') as AuditEvent;
    const ends = events.filter((e) => e.tool?.callId === 'call_B1' && (e.type === 'tool.result' || e.type === 'tool.error'));
    return { events, call, ends, errors };
  }

  it('a tool that returns a partial result after the abort is recorded: tool.result with afterAbort, in its span', async () => {
    const refunded: string[] = [];
    const { events, call, ends, errors } = await abortedRun(async (orders, signal, abort) => {
      for (const order of orders) {
        if (signal?.aborted) return { processed: refunded.length, refunded: [...refunded], partial: true };
        refunded.push(order); // side effect: money moved
        if (refunded.length === 1) await abort(); // the user aborts after the first refund
      }
      return { processed: refunded.length, refunded: [...refunded], partial: false };
    });
    expect(refunded).toEqual(['O-1']);
    expect(events.find((e) => e.type === 'run.end')).toMatchObject({ outcome: 'failure', attrs: { aborted: true } });
    expect(ends.map((e) => [e.type, e.outcome, e.attrs?.['afterAbort'] ?? false])).toEqual([
      ['tool.error', 'failure', false],
      ['tool.result', 'success', true],
    ]);
    expect(ends.every((e) => e.trace.spanId === call.trace.spanId)).toBe(true);
    expect(ends[1]?.tool?.result).toEqual({ processed: refunded.length, refunded, partial: true });
    expect(errors).toEqual([]);
  });

  it('streamText resolves while the tool still runs; integration.close() waits for it, so auditor.close() keeps the late end', async () => {
    const { ledger, errors, auditor } = setup();
    const integration = auditTelemetry({ auditor });
    let done = false;
    let finish: () => void = () => undefined;
    const finishing = new Promise<void>((resolve) => (finish = resolve));
    const controller = new AbortController();
    const refundBatch = tool({
      description: 'refund orders',
      inputSchema: z.object({ orders: z.array(z.string()) }),
      execute: async ({ orders }) => {
        controller.abort(); // the user aborts while the tool runs
        await finishing; // ignores the signal: returns when the test lets it
        done = true;
        return { processed: orders.length };
      },
    });
    const result = streamText({
      model: wrapLanguageModel({ model: toolCallStream('call_C1', 'refundBatch', { orders: ['O-1', 'O-2'] }), middleware: auditMiddleware({ auditor }) }),
      prompt: 'refund all',
      tools: { refundBatch },
      stopWhen: stepCountIs(2),
      abortSignal: controller.signal,
      onError: () => undefined,
      telemetry: { integrations: [integration] },
    });
    try {
      for await (const _ of result.fullStream) void _;
    } catch {
      // aborted
    }
    expect(done).toBe(false); // an app closing the auditor now would lose the tool's end
    const closing = integration.close();
    // The tool returns only after close() has started and every pending microtask ran: a
    // close() that did not wait for it would already have resolved with `done` still false.
    setImmediate(finish);
    await closing;
    expect(done).toBe(true);
    await auditor.close();
    const ends = ledger.events().filter((e) => e.tool?.callId === 'call_C1' && e.type !== 'tool.call');
    expect(ends.map((e) => [e.type, e.outcome, e.attrs?.['afterAbort'] ?? false])).toEqual([
      ['tool.error', 'failure', false],
      ['tool.result', 'success', true],
    ]);
    expect(errors).toEqual([]);
  });

  it('a tool that fails after the abort is recorded: tool.error with afterAbort and its error', async () => {
    const { ends, call, errors } = await abortedRun(async (_orders, signal, abort) => {
      await abort();
      if (signal?.aborted) throw new Error('refund service rejected the batch half-way');
      return { processed: 0 };
    });
    expect(ends.map((e) => [e.type, e.attrs?.['afterAbort'] ?? false])).toEqual([
      ['tool.error', false],
      ['tool.error', true],
    ]);
    expect(ends[1]).toMatchObject({ outcome: 'failure', error: { message: 'refund service rejected the batch half-way' } });
    expect(ends[1]?.trace.spanId).toBe(call.trace.spanId);
    expect(errors).toEqual([]);
  });
});
