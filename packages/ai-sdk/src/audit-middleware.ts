import { AuditError, newSpanId, newTraceId } from '@agent-audit/core';
import type { Actor, Auditor, CaptureMode, CapturePolicy, RecordInput, Trace } from '@agent-audit/core';
import type { LanguageModelMiddleware } from 'ai';
import type {
  LanguageModelV4,
  LanguageModelV4CallOptions,
  LanguageModelV4Content,
  LanguageModelV4GenerateResult,
  LanguageModelV4StreamPart,
} from '@ai-sdk/provider';
import {
  callParameters,
  compact,
  isAbortError,
  parseToolInput,
  toErrorInput,
  toolsOffered,
  usageFromProvider,
} from './internal/convert.js';
import { modelCallStorage, v6RunCallingModel } from './internal/model-call-context.js';
import type { OpenModelCall } from './internal/model-call-context.js';
import { checkOptions } from './internal/options.js';
import { createRecorder } from './internal/recorder.js';
import type { Recorder } from './internal/recorder.js';

/** Options of {@link auditMiddleware}. */
export interface AuditMiddlewareOptions {
  /** The auditor events are recorded with. */
  auditor: Auditor;
  /** Capture policy passed on every event (the core applies it; default `redacted`). */
  capture?: CaptureMode | CapturePolicy;
  /**
   * Fail closed: the model is not called unless `model.request` is durable, and its result is
   * not handed back (a stream is errored at its end) unless `model.response` is durable. The
   * SDK then sees a `RecordError` and stops the run. Default `false`: audit failures go to the
   * auditor's `onError` and the call proceeds untouched.
   */
  failClosed?: boolean;
  /** Session for calls made outside an audited run; default: the auditor's current context. */
  session?: string;
  /** Actor for calls made outside an audited run; default: the auditor's current context. */
  actor?: Actor;
}

interface CallScope {
  trace: Trace;
  session: string | undefined;
  actor: Actor | undefined;
  model: { provider: string; id: string };
  failure: Error | undefined;
  /** The run's open model streams, when an integration's run holds this call. */
  openCalls?: Set<OpenModelCall> | undefined;
}

type Part = LanguageModelV4StreamPart;

const now = (): number => performance.now();
const round = (ms: number): number => Math.round(ms * 1000) / 1000;

/** Auditors already told that ai 6 model calls could not be joined to their run (see `reportAmbiguous`). */
const ambiguityReported = new WeakSet<Auditor>();

/**
 * A language model middleware for `wrapLanguageModel()` that records `model.request`,
 * `model.response` and `model.error` events for every model call: the prompt, the tools
 * offered and the call settings; the text, tool calls with their ids, usage, finish reason,
 * response id and model, provider metadata, latency and (streams) time to first chunk.
 *
 * Streams are audited as they pass: each chunk is handed on unchanged and unbuffered, errors
 * inside the stream and aborted or cancelled streams are recorded.
 *
 * Inside a run seen by {@link auditTelemetry} (same auditor), model events go into a span that
 * is a child of the current step; otherwise into a new span under the auditor's current
 * context, or a new trace.
 *
 * Works with ai 6 (LanguageModelV3 models and middleware) and ai 7 (LanguageModelV4): the parts
 * it reads have the same shape in both, and `wrapLanguageModel` of either major reads only the
 * hooks, not `specificationVersion` (which says `v4`). Its declared type is the installed
 * `ai`'s own `LanguageModelMiddleware`, so it type-checks against whichever major you have.
 *
 * @example
 * ```ts
 * import { wrapLanguageModel, generateText } from 'ai';
 * import { auditMiddleware, auditTelemetry } from '@agent-audit/ai-sdk';
 *
 * const model = wrapLanguageModel({ model: openai('gpt-4o'), middleware: auditMiddleware({ auditor }) });
 * await generateText({ model, prompt, telemetry: { integrations: [auditTelemetry({ auditor })] } });
 * ```
 */
export function auditMiddleware(options: AuditMiddlewareOptions): LanguageModelMiddleware {
  checkOptions('auditMiddleware', options, ['auditor', 'capture', 'failClosed', 'session', 'actor']);
  const { auditor, capture, failClosed = false } = options;
  const recorder = createRecorder(auditor, { capture, failClosed });

  /** ai 6, several runs at once in one audit scope: said once per auditor, not on every model call. */
  function reportAmbiguous(): void {
    if (ambiguityReported.has(auditor)) return;
    ambiguityReported.add(auditor);
    recorder.report(
      new AuditError({
        code: 'run_ambiguous',
        message:
          '@agent-audit/ai-sdk: ai 6 model call made while several runs are open in one audit scope; its model.* events go to a trace of their own. ' +
          'Give calls made at the same time their own auditor.run() scope (their own auditTelemetry() is not enough on ai 6)',
      }),
      'ai 6 model call',
    );
  }

  function scope(model: LanguageModelV4): CallScope {
    const info = { provider: model.provider, id: model.modelId };
    const slot = modelCallStorage.getStore();
    if (slot !== undefined && slot.auditor === auditor && !slot.claimed) {
      slot.claimed = true;
      return {
        trace: slot.trace,
        session: slot.session ?? options.session,
        actor: slot.actor ?? options.actor,
        model: info,
        failure: slot.failure(),
        openCalls: slot.openCalls,
      };
    }
    // ai 6 hands integrations no model call: join the one ai 6 run of this scope calling a model now.
    const v6Run = v6RunCallingModel(auditor);
    if (v6Run === 'ambiguous') reportAmbiguous();
    else if (v6Run?.currentStep !== undefined) {
      return {
        trace: { traceId: v6Run.traceId, spanId: newSpanId(), parentSpanId: v6Run.currentStep },
        session: v6Run.session ?? options.session,
        actor: v6Run.actor ?? options.actor,
        model: info,
        failure: v6Run.failure,
        openCalls: v6Run.openCalls,
      };
    }
    const context = auditor.currentContext();
    const trace: Trace = { traceId: context?.trace.traceId ?? newTraceId(), spanId: newSpanId() };
    if (context !== undefined) trace.parentSpanId = context.trace.spanId;
    return {
      trace,
      session: options.session ?? context?.session,
      actor: options.actor ?? context?.actor,
      model: info,
      failure: undefined,
    };
  }

  function base(call: CallScope, type: string): RecordInput {
    const input: RecordInput = { type, trace: call.trace };
    if (call.session !== undefined) input.session = call.session;
    if (call.actor !== undefined) input.actor = call.actor;
    return input;
  }

  function requestEvent(call: CallScope, params: LanguageModelV4CallOptions, operation: 'generate' | 'stream'): RecordInput {
    const parameters = callParameters(params as unknown as Record<string, unknown>);
    return {
      ...base(call, 'model.request'),
      outcome: 'pending',
      model: { ...call.model, ...(parameters && { parameters }) },
      content: { input: promptForAudit(params.prompt) },
      attrs: compact({ operation, tools: toolsOffered(params.tools) }) ?? { operation },
    };
  }

  /** Guarded: building or recording an event must never break the model call. */
  async function record(build: () => RecordInput, context: string): Promise<void> {
    let input: RecordInput;
    try {
      input = build();
    } catch (error) {
      recorder.report(error, context);
      if (failClosed) throw error;
      return;
    }
    await recorder.write(input);
  }

  return {
    specificationVersion: 'v4',

    async wrapGenerate({ doGenerate, params, model }) {
      let call: CallScope;
      try {
        call = scope(model);
      } catch (error) {
        recorder.report(error, 'model call scope');
        if (failClosed) throw error;
        return await doGenerate();
      }
      if (call.failure !== undefined) throw call.failure;
      await record(() => requestEvent(call, params, 'generate'), 'model.request');
      const started = now();
      let result: LanguageModelV4GenerateResult;
      try {
        result = await doGenerate();
      } catch (error) {
        await recordCallFailure(call, 'generate', started, error, params.abortSignal);
        throw error;
      }
      const latencyMs = round(now() - started);
      await record(() => responseEvent(call, result, latencyMs), 'model.response');
      return result;
    },

    async wrapStream({ doStream, params, model }) {
      let call: CallScope;
      try {
        call = scope(model);
      } catch (error) {
        recorder.report(error, 'model call scope');
        if (failClosed) throw error;
        return await doStream();
      }
      if (call.failure !== undefined) throw call.failure;
      await record(() => requestEvent(call, params, 'stream'), 'model.request');
      const started = now();
      let result: Awaited<ReturnType<typeof doStream>>;
      try {
        result = await doStream();
      } catch (error) {
        await recordCallFailure(call, 'stream', started, error, params.abortSignal);
        throw error;
      }
      const observer = new StreamObserver(recorder, call, base, started, params.abortSignal);
      return { ...result, stream: passThrough(result.stream, observer) };
    },
  };

  /** Records a model call that failed before a result (or stream) existed; never masks the call's own error. */
  function recordCallFailure(call: CallScope, operation: 'generate' | 'stream', started: number, error: unknown, abortSignal: AbortSignal | undefined): Promise<void> {
    return record(
      () => ({
        ...base(call, 'model.error'),
        outcome: 'failure',
        model: { ...call.model, latencyMs: round(now() - started) },
        error: toErrorInput(error),
        attrs: { operation, aborted: isAbortError(error) || abortSignal?.aborted === true },
      }),
      'model.error',
    ).catch((recordError: unknown) => recorder.report(recordError, 'model.error'));
  }

  function responseEvent(call: CallScope, result: LanguageModelV4GenerateResult, latencyMs: number): RecordInput {
    const seen = collectContent(result.content);
    const usage = usageFromProvider(result.usage);
    const failed = result.finishReason?.unified === 'error';
    return {
      ...base(call, failed ? 'model.error' : 'model.response'),
      outcome: failed ? 'failure' : 'success',
      ...(failed && { error: { message: 'model reported finish reason "error"', type: 'ModelError' } }),
      model: {
        ...call.model,
        ...(usage && { usage }),
        latencyMs,
        ...(result.finishReason?.unified !== undefined && { finishReason: result.finishReason.unified }),
        ...(result.response?.id !== undefined && { responseId: result.response.id }),
        ...(seen.toolCalls.length > 0 && { toolCalls: seen.toolCalls }),
      },
      content: { output: seen.output() },
      attrs: compact({
        operation: 'generate',
        responseModel: result.response?.modelId,
        responseTimestamp: result.response?.timestamp?.toISOString?.(),
        rawFinishReason: result.finishReason?.raw,
        providerMetadata: result.providerMetadata,
        warnings: result.warnings?.length ? result.warnings : undefined,
      }) ?? { operation: 'generate' },
    };
  }
}

/** Accumulates what a response contains, from a generate result or stream chunks. */
class ContentCollector {
  text = '';
  reasoning = '';
  readonly toolCalls: Array<{ id?: string; name: string; arguments?: unknown }> = [];
  readonly toolResults: Array<Record<string, unknown>> = [];
  readonly files: Array<{ mediaType: string }> = [];
  readonly sources: Array<Record<string, unknown>> = [];
  readonly approvals: Array<Record<string, unknown>> = [];

  add(part: LanguageModelV4Content | Part): void {
    switch (part.type) {
      case 'text':
        this.text += part.text;
        break;
      case 'text-delta':
        this.text += part.delta;
        break;
      case 'reasoning':
        this.reasoning += part.text;
        break;
      case 'reasoning-delta':
        this.reasoning += part.delta;
        break;
      case 'tool-call':
        this.toolCalls.push({ id: part.toolCallId, name: part.toolName, arguments: parseToolInput(part.input) });
        break;
      case 'tool-result':
        this.toolResults.push({ toolCallId: part.toolCallId, toolName: part.toolName, result: part.result });
        break;
      case 'tool-approval-request':
        this.approvals.push({ approvalId: part.approvalId, toolCallId: part.toolCallId });
        break;
      case 'file':
        this.files.push({ mediaType: part.mediaType });
        break;
      case 'source':
        this.sources.push(
          part.sourceType === 'url'
            ? { sourceType: 'url', id: part.id, url: part.url, title: part.title }
            : { sourceType: part.sourceType, id: part.id, title: part.title },
        );
        break;
      default:
        break;
    }
  }

  output(): Record<string, unknown> {
    return (
      compact({
        text: this.text,
        reasoning: this.reasoning || undefined,
        toolResults: this.toolResults.length ? this.toolResults : undefined,
        approvalRequests: this.approvals.length ? this.approvals : undefined,
        files: this.files.length ? this.files : undefined,
        sources: this.sources.length ? this.sources : undefined,
      }) ?? { text: '' }
    );
  }
}

function collectContent(content: readonly LanguageModelV4Content[] | undefined): ContentCollector {
  const collector = new ContentCollector();
  for (const part of content ?? []) collector.add(part);
  return collector;
}

/** Chunks that carry model output (what "time to first chunk" measures). */
const OUTPUT_CHUNKS = new Set<string>([
  'text-delta', 'reasoning-delta', 'tool-input-start', 'tool-call', 'tool-result', 'file', 'source', 'custom', 'tool-approval-request',
]);

/** Watches a model stream and records its end: response, error, abort or cancellation, exactly once. */
class StreamObserver implements OpenModelCall {
  private readonly content = new ContentCollector();
  private firstChunkMs: number | undefined;
  private finish: Extract<Part, { type: 'finish' }> | undefined;
  private metadata: Extract<Part, { type: 'response-metadata' }> | undefined;
  private readonly streamErrors: unknown[] = [];
  private warnings: unknown[] | undefined;
  private settled = false;
  private readonly onAbort: (() => void) | undefined;

  constructor(
    private readonly recorder: Recorder,
    private readonly call: CallScope,
    private readonly base: (call: CallScope, type: string) => RecordInput,
    private readonly started: number,
    private readonly signal: AbortSignal | undefined,
  ) {
    call.openCalls?.add(this);
    if (signal !== undefined) {
      this.onAbort = () => this.aborted(signal.reason);
      if (signal.aborted) queueMicrotask(this.onAbort);
      else signal.addEventListener('abort', this.onAbort, { once: true });
    }
  }

  chunk(part: Part): void {
    try {
      if (this.settled) return;
      if (this.firstChunkMs === undefined && OUTPUT_CHUNKS.has(part.type)) this.firstChunkMs = round(now() - this.started);
      switch (part.type) {
        case 'finish':
          this.finish = part;
          break;
        case 'response-metadata':
          this.metadata = part;
          break;
        case 'stream-start':
          if (part.warnings.length > 0) this.warnings = part.warnings;
          break;
        case 'error':
          this.streamErrors.push(part.error);
          break;
        default:
          this.content.add(part);
      }
    } catch (error) {
      this.recorder.report(error, 'observing a stream chunk');
    }
  }

  /** The source stream ended. In fail-closed mode this resolves only once the response is durable. */
  async end(): Promise<void> {
    if (!this.settle()) return;
    const failed = this.streamErrors.length > 0 || this.finish?.finishReason.unified === 'error';
    const firstError = this.streamErrors[0];
    await this.write(
      () => ({
        ...this.summary(failed ? 'model.error' : 'model.response'),
        outcome: failed ? 'failure' : 'success',
        ...(failed && {
          error: firstError !== undefined ? toErrorInput(firstError) : { message: 'model reported finish reason "error"', type: 'ModelError' },
        }),
      }),
    );
  }

  /** The source stream threw midway. */
  errored(error: unknown): void {
    if (!this.settle()) return;
    const aborted = isAbortError(error) || this.signal?.aborted === true;
    this.write(() => ({
      ...this.summary('model.error', { aborted }),
      outcome: 'failure',
      error: toErrorInput(error),
    })).catch((recordError: unknown) => this.recorder.report(recordError, 'model.error'));
  }

  /** The consumer cancelled the stream before its end. */
  cancelled(reason: unknown): void {
    if (!this.settle()) return;
    this.write(() => ({
      ...this.summary('model.error', { aborted: true, cancelled: true }),
      outcome: 'failure',
      error: reason instanceof Error ? reason : { type: 'AbortError', message: 'stream cancelled by the consumer' },
    })).catch((recordError: unknown) => this.recorder.report(recordError, 'model.error'));
  }

  /** The run holding this call was closed while the stream was still open (nobody reads it). */
  async unfinished(reason: string): Promise<void> {
    if (!this.settle()) return;
    try {
      await this.write(() => ({
        ...this.summary('model.error', { cancelled: true, unfinished: true }),
        outcome: 'failure',
        error: { type: 'StreamUnfinished', message: reason },
      }));
    } catch (error) {
      this.recorder.report(error, 'model.error');
    }
  }

  private aborted(reason: unknown): void {
    if (!this.settle()) return;
    this.write(() => ({
      ...this.summary('model.error', { aborted: true }),
      outcome: 'failure',
      error: reason instanceof Error ? reason : { type: 'AbortError', message: 'model call aborted' },
    })).catch((recordError: unknown) => this.recorder.report(recordError, 'model.error'));
  }

  private settle(): boolean {
    if (this.settled) return false;
    this.settled = true;
    this.call.openCalls?.delete(this);
    if (this.onAbort !== undefined) this.signal?.removeEventListener('abort', this.onAbort);
    return true;
  }

  private summary(type: string, extra: Record<string, unknown> = {}): RecordInput {
    const usage = usageFromProvider(this.finish?.usage);
    const finishReason = this.finish?.finishReason.unified;
    return {
      ...this.base(this.call, type),
      model: {
        ...this.call.model,
        ...(usage && { usage }),
        latencyMs: round(now() - this.started),
        ...(this.firstChunkMs !== undefined && { timeToFirstChunkMs: this.firstChunkMs }),
        ...(finishReason !== undefined && { finishReason }),
        ...(this.metadata?.id !== undefined && { responseId: this.metadata.id }),
        ...(this.content.toolCalls.length > 0 && { toolCalls: this.content.toolCalls }),
      },
      content: { output: this.content.output() },
      attrs: compact({
        operation: 'stream',
        ...extra,
        responseModel: this.metadata?.modelId,
        responseTimestamp: this.metadata?.timestamp?.toISOString?.(),
        rawFinishReason: this.finish?.finishReason.raw,
        providerMetadata: this.finish?.providerMetadata,
        warnings: this.warnings,
        streamErrors: this.streamErrors.length > 1 ? this.streamErrors.length : undefined,
      }) ?? { operation: 'stream' },
    };
  }

  private async write(build: () => RecordInput): Promise<void> {
    let input: RecordInput;
    try {
      input = build();
    } catch (error) {
      this.recorder.report(error, 'building a stream event');
      if (this.recorder.failClosed) throw error;
      return;
    }
    await this.recorder.write(input);
  }
}

/**
 * Hands every chunk of `source` on as it arrives (same object, same order, no read-ahead:
 * `highWaterMark` 0 keeps the consumer's backpressure) and tells the observer what happened.
 */
function passThrough(source: ReadableStream<Part>, observer: StreamObserver): ReadableStream<Part> {
  const reader = source.getReader();
  return new ReadableStream<Part>(
    {
      async pull(controller) {
        let next: Awaited<ReturnType<ReadableStreamDefaultReader<Part>['read']>>;
        try {
          next = await reader.read();
        } catch (error) {
          observer.errored(error);
          controller.error(error);
          return;
        }
        if (next.done) {
          try {
            await observer.end();
          } catch (error) {
            // Only in fail-closed mode: the response could not be made durable.
            controller.error(error);
            return;
          }
          controller.close();
          return;
        }
        controller.enqueue(next.value);
        observer.chunk(next.value);
      },
      async cancel(reason) {
        observer.cancelled(reason);
        await reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}

/**
 * The prompt as audited: inline file bytes (raw or base64) are handed to the core as the part's
 * `data`, beside its `mediaType`; the core records them as `{ mimeType, bytes, sha256 }` and
 * never their bytes (docs/FORMAT.md, "Media").
 */
function promptForAudit(prompt: LanguageModelV4CallOptions['prompt']): unknown {
  if (!Array.isArray(prompt)) return prompt;
  return prompt.map((message) => {
    if (!Array.isArray(message.content)) return message;
    let changed = false;
    const content = (message.content as unknown[]).map((part: unknown) => {
      const p = part as { type?: unknown; data?: { type?: unknown; data?: unknown } };
      if ((p.type === 'file' || p.type === 'reasoning-file') && p.data?.type === 'data') {
        changed = true;
        return { ...p, data: p.data.data };
      }
      return part;
    });
    return changed ? { ...message, content } : message;
  });
}
