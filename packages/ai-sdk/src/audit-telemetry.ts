import { AuditError, newSpanId, newTraceId } from '@agent-audit/core';
import type { Actor, Auditor, CaptureMode, CapturePolicy, RecordInput, Trace } from '@agent-audit/core';
import type { Telemetry } from 'ai';
// ai 6 is installed as `ai-v6` for development only: these imports are types, erased from the
// build, and none of them reaches the published declarations (see AuditTelemetryIntegration).
import type { TelemetryIntegration as TelemetryV6 } from 'ai-v6';
import { approvalResponsesIn, approvalsInStep } from './internal/approvals.js';
import type { ApprovalFound } from './internal/approvals.js';
import { callParameters, compact, isAbortError, toErrorInput, toolNames, usageFromSdk } from './internal/convert.js';
import { field, isRecord, runInput, str } from './internal/event-fields.js';
import { addV6Run, modelCallStorage, removeV6Run, scopeKey } from './internal/model-call-context.js';
import type { ModelCallSlot } from './internal/model-call-context.js';
import { checkOptions } from './internal/options.js';
import { createRecorder } from './internal/recorder.js';
import type { Recorder } from './internal/recorder.js';
import { baseInput, childTrace, contextOf, lateAttrs, runTrace } from './internal/run-state.js';
import type { EndedRun, EndReason, RunState, ToolSpan } from './internal/run-state.js';
import { V6Scopes } from './internal/v6-scopes.js';
import { isRefusal, trackToolSpan, untrackToolSpan } from './internal/tool-spans.js';

/** What `session` and `actor` resolvers see of a starting run. */
export interface AuditRunInfo {
  /** The SDK's id of this generateText / streamText / agent call (ai 7); an id made up for the run on ai 6, whose events carry none. */
  callId: string;
  /** `telemetry.functionId` of the call. */
  functionId: string | undefined;
  /** ai 7: `runtimeContext` as the SDK hands it to integrations (only keys allowed by `telemetry.includeRuntimeContext`). */
  runtimeContext: Record<string, unknown> | undefined;
  /** ai 6: `experimental_telemetry.metadata` of the call. */
  metadata?: Record<string, unknown> | undefined;
  /** The AI SDK major reporting the run: 6 or 7. */
  sdk: 6 | 7;
}

/** Options of {@link auditTelemetry}. */
export interface AuditTelemetryOptions {
  /** The auditor events are recorded with (use the same one as {@link auditMiddleware}). */
  auditor: Auditor;
  /** Capture policy passed on every event (the core applies it; default `redacted`). */
  capture?: CaptureMode | CapturePolicy;
  /**
   * Fail closed: every event is awaited until durable. If one cannot be recorded, the run's
   * next model call and tool execution throw the `RecordError` instead of running, which
   * stops the run (ai 7; ai 6 offers integrations no hook to stop a run, so there the
   * failure goes to onError only). Default `false`: failures go to the auditor's `onError` only.
   */
  failClosed?: boolean;
  /** Session of each run; default: the auditor's current context at the start of the call. */
  session?: string | ((run: AuditRunInfo) => string | undefined);
  /** Actor of each run; default: the auditor's current context at the start of the call. */
  actor?: Actor | ((run: AuditRunInfo) => Actor | undefined);
  /**
   * Runs kept open at once (a run closes at its end, error or abort). Past this, the oldest is
   * closed with a `run.end` (`outcome: failure`, `attrs.evicted`) and reported to onError.
   * Default 10,000.
   */
  maxOpenRuns?: number;
}

/**
 * What {@link auditTelemetry} returns: one object that is both an AI SDK 7 `Telemetry`
 * integration and an AI SDK 6 `TelemetryIntegration`. Its methods are called by the SDK, not
 * by you; their events are typed loosely here so that these declarations resolve whichever of
 * the two majors is installed.
 *
 * - ai 7 calls `onStart`, `onStepStart`, `onToolExecutionStart`, `onToolExecutionEnd`,
 *   `onStepEnd` (and `onStepFinish`, which then does nothing), `onStepError`, `onEnd`,
 *   `onAbort`, `onError`, `executeLanguageModelCall` and `executeTool`.
 * - ai 6 calls `onStart`, `onStepStart`, `onToolCallStart`, `onToolCallFinish`,
 *   `onStepFinish` and `onFinish`.
 */
export interface AuditTelemetryIntegration {
  onStart(event: unknown): Promise<void>;
  onStepStart(event: unknown): Promise<void>;
  onToolExecutionStart(event: unknown): Promise<void>;
  onToolExecutionEnd(event: unknown): Promise<void>;
  onStepEnd(event: unknown): Promise<void>;
  onStepError(event: unknown): Promise<void>;
  onEnd(event: unknown): Promise<void>;
  onAbort(event: unknown): Promise<void>;
  onError(event: unknown): Promise<void>;
  onToolCallStart(event: unknown): Promise<void>;
  onToolCallFinish(event: unknown): Promise<void>;
  onStepFinish(event: unknown): Promise<void>;
  onFinish(event: unknown): Promise<void>;
  executeLanguageModelCall<T>(options: { callId: string; execute: () => PromiseLike<T> }): Promise<T>;
  executeTool<T>(options: { callId: string; toolCallId: string; execute: () => PromiseLike<T> }): Promise<T>;
  /**
   * Waits for the tool executions this integration saw start and not yet end (typically tools
   * still running after an abort: `generateText` / `streamText` return before them) so that
   * their late ends are recorded, up to `timeoutMs` (default 10,000). Each tool it gives up on is
   * reported to the auditor's onError (`code: 'tool_unfinished'`). Then closes every run still
   * open (the SDK never ended it: an ai 6 call that threw) as unfinished, its open steps and tools
   * with it, each reported to onError (`code: 'run_unfinished'`). Call it before
   * `auditor.close()`; it does not close the auditor, and the integration stays usable.
   */
  close(options?: { timeoutMs?: number }): Promise<void>;
}

/**
 * A telemetry integration for the AI SDK, 6 or 7, that records the run around the model calls:
 * `run.start`/`run.end`, `step.start`/`step.end`, `tool.call`/`tool.result`/`tool.error`
 * (tool call id, input, output or error, duration), `approval.request`/`approval.grant`/
 * `approval.deny` where the SDK exposes them, and aborts. One trace per generateText /
 * streamText / agent call; steps, model calls and tool executions are child spans. Starts are
 * recorded `pending`; see docs/FORMAT.md §2.2 for the outcome of each end.
 *
 * On ai 7 it also hands each model call's span to {@link auditMiddleware} (through
 * `executeLanguageModelCall`), so model events land in the same trace, and runs each tool
 * inside the tool's span (`executeTool`), so nested calls and the tool's own audit events are
 * its children.
 *
 * On ai 6, whose events carry no call id, runs are told apart by the `auditor.run()` scope the
 * call was made in: calls made at the same time must each get their own scope (their own
 * `auditTelemetry()` alone is not enough: the middleware then cannot tell whose model call it
 * sees, puts its `model.*` events in a trace of their own and says so to onError once); a run started while the previous one of its scope is still open and not
 * running a tool closes that one as unfinished (ai 6 reports no error to integrations) and says
 * so to onError. An abort is seen through the call's `abortSignal`.
 *
 * A tool that ends after its run was aborted is still recorded, as a second `tool.result` /
 * `tool.error` in the tool's span with `attrs.afterAbort: true`; nothing reported after a run
 * ended is dropped. The call may return before such a tool ends: `await integration.close()`
 * before `auditor.close()` waits for it (bounded, see {@link AuditTelemetryIntegration.close}). Never throws into the SDK: failures go to the auditor's onError.
 *
 * @param options the auditor, and optionally capture, failClosed, session, actor, maxOpenRuns
 * @returns an integration for `telemetry.integrations` (ai 7), `experimental_telemetry.integrations`
 *   (ai 6), or `registerTelemetry` / `registerTelemetryIntegration`
 *
 * @example
 * ```ts
 * import { auditTelemetry } from '@agent-audit/ai-sdk';
 *
 * // ai 7
 * await generateText({ model, prompt, telemetry: { integrations: [auditTelemetry({ auditor })] } });
 * // ai 6
 * await generateText({ model, prompt, experimental_telemetry: { integrations: [auditTelemetry({ auditor })] } });
 * ```
 */
export function auditTelemetry(options: AuditTelemetryOptions): AuditTelemetryIntegration {
  return new AuditTelemetry(options);
}

// Event types as each SDK declares them.
type Listener = (event: never) => unknown;
type V7<K extends keyof Telemetry> = Parameters<Extract<NonNullable<Telemetry[K]>, Listener>>[0] & object;
type V6<K extends keyof TelemetryV6> = Parameters<Extract<NonNullable<TelemetryV6[K]>, Listener>>[0];
type V7Start = V7<'onStart'>;
type V6Start = V6<'onStart'>;
type V7StepStart = V7<'onStepStart'>;
type V6StepStart = V6<'onStepStart'>;
type V7ToolStart = V7<'onToolExecutionStart'>;
type V6ToolStart = V6<'onToolCallStart'>;
type V7ToolEnd = V7<'onToolExecutionEnd'>;
type V6ToolEnd = V6<'onToolCallFinish'>;
type V7StepEnd = V7<'onStepEnd'>;
type V6StepEnd = V6<'onStepFinish'>;
type V7StepError = V7<'onStepError'>;
type V7End = V7<'onEnd'>;
type V6End = V6<'onFinish'>;
type V7Abort = V7<'onAbort'>;

/** A tool execution's end, as either SDK reports it. */
interface ToolEnd {
  toolCallId: string;
  name: string;
  failed: boolean;
  output: unknown;
  error: unknown;
  durationMs: number | undefined;
}

const ENDED_MEMORY = 1024;

/** The methods the SDKs call. */
const CALLBACKS = [
  'onStart', 'onStepStart', 'onToolExecutionStart', 'onToolExecutionEnd', 'onStepEnd', 'onStepError', 'onEnd', 'onAbort', 'onError',
  'onToolCallStart', 'onToolCallFinish', 'onStepFinish', 'onFinish', 'executeLanguageModelCall', 'executeTool',
] as const satisfies ReadonlyArray<keyof AuditTelemetryIntegration>;

/** ai 7 events carry the call id; ai 6 events do not. */
const isV7 = <A extends object, B extends object>(event: A | B): event is A => typeof field(event, 'callId') === 'string';

/** A tool execution whose end has not been recorded yet, for {@link AuditTelemetryIntegration.close}. */
interface InFlightTool {
  name: string;
  toolCallId: string;
  callId: string;
  ended: Promise<void>;
  resolve: () => void;
}

class AuditTelemetry implements Telemetry, TelemetryV6, AuditTelemetryIntegration {
  private readonly auditor: Auditor;
  /** Tool executions started and not ended, by span id (aborted ones stay until their late end). */
  private readonly inFlight = new Map<string, InFlightTool>();
  private readonly recorder: Recorder;
  private readonly failClosed: boolean;
  private readonly maxOpenRuns: number;
  private readonly runs = new Map<string, RunState>();
  /** Closed runs, oldest first, so that what arrives after the end is recorded in their trace. */
  private readonly ended = new Map<string, EndedRun>();
  /** ai 6: open runs per audit scope, innermost last (a tool may start a nested run). */
  private readonly v6Scopes: V6Scopes;

  constructor(private readonly options: AuditTelemetryOptions) {
    checkOptions('auditTelemetry', options, ['auditor', 'capture', 'failClosed', 'session', 'actor', 'maxOpenRuns']);
    this.auditor = options.auditor;
    this.failClosed = options.failClosed ?? false;
    this.maxOpenRuns = options.maxOpenRuns ?? 10_000;
    this.v6Scopes = new V6Scopes(this.auditor);
    this.recorder = createRecorder(this.auditor, { capture: options.capture, failClosed: this.failClosed });
    // ai 6 calls an integration's listeners unbound (`const listener = integration.onStart;
    // listener(event)`), so every callback is bound to this instance once here.
    for (const name of CALLBACKS) {
      const method = this[name] as (...args: never[]) => unknown;
      Object.defineProperty(this, name, { value: method.bind(this), writable: true, configurable: true });
    }
  }

  // ---------------------------------------------------------------- ai 6 and ai 7

  onStart(event: V7Start | V6Start): Promise<void> {
    return this.guard('onStart', async () => {
      const state = isV7<V7Start, V6Start>(event) ? this.openRun(event, 7, false) : this.openV6Run(event);
      if (state === undefined) return;
      await state.started;
      const prompt = field(event, 'prompt');
      const messages = field(event, 'messages') ?? (Array.isArray(prompt) ? prompt : undefined);
      await this.recordApprovals(state, approvalResponsesIn(messages, state.sdk), state.spanId);
    });
  }

  onStepStart(event: V7StepStart | V6StepStart): Promise<void> {
    return this.guard('onStepStart', async () => {
      const v7 = isV7<V7StepStart, V6StepStart>(event);
      const found = v7 ? this.stateFor(event) : this.v6State(event);
      if (found === undefined) return;
      const { state, late } = found;
      const stepNumber = event.stepNumber;
      const spanId = newSpanId();
      // A late step (ai 6 runs a step after the abort) is remembered too, so that its late
      // step.end lands in its span; on ai 6 the middleware is shown it, so that the step's model
      // events go in it (FORMAT §2.2: nothing reported after an abort is dropped).
      state.steps.set(stepNumber, spanId);
      state.currentStep = spanId;
      if (late === undefined) state.openSteps.add(stepNumber);
      else if (state.sdk === 6 && state.scopeKey !== undefined) addV6Run(this.auditor, state.scopeKey, state);
      const model = v7 ? { provider: event.provider, id: event.modelId } : { provider: event.model.provider, id: event.model.modelId };
      await this.write(
        state,
        () => ({
          ...baseInput(state, 'step.start', childTrace(state, spanId, state.spanId)),
          outcome: 'pending',
          model,
          attrs: { callId: state.callId, stepNumber, messages: event.messages.length, ...late },
        }),
        'step.start',
      );
    });
  }

  // ---------------------------------------------------------------- ai 7

  onToolExecutionStart(event: V7ToolStart): Promise<void> {
    return this.guard('onToolExecutionStart', async () => {
      const found = this.stateFor(event);
      if (found !== undefined) await this.startTool(found.state, event.toolCall, found.late, found.ended);
    });
  }

  onToolExecutionEnd(event: V7ToolEnd): Promise<void> {
    return this.guard('onToolExecutionEnd', async () => {
      const found = this.stateFor(event);
      if (found === undefined) return;
      const output = event.toolOutput;
      const failed = output.type === 'tool-error';
      await this.endTool(found.state, found.ended, {
        toolCallId: event.toolCall.toolCallId,
        name: event.toolCall.toolName,
        failed,
        output: failed ? undefined : output.output,
        error: failed ? output.error : undefined,
        durationMs: event.toolExecutionMs,
      });
    });
  }

  onStepEnd(step: V7StepEnd): Promise<void> {
    return this.guard('onStepEnd', async () => {
      const found = this.stateFor(step);
      if (found !== undefined) await this.endStep(found.state, step, found.late);
    });
  }

  onStepError(event: V7StepError): Promise<void> {
    return this.guard('onStepError', async () => {
      const found = this.stateFor(event);
      if (found === undefined) return;
      const { state, late } = found;
      const stepNumber = event.stepNumber;
      const spanId = state.steps.get(stepNumber) ?? state.currentStep;
      if (spanId === undefined) return;
      state.openSteps.delete(stepNumber);
      await this.write(
        state,
        () => ({
          ...baseInput(state, 'step.end', childTrace(state, spanId, state.spanId)),
          outcome: 'failure',
          error: toErrorInput(event.error),
          attrs: compact({ callId: state.callId, stepNumber, aborted: isAbortError(event.error) || undefined, ...late }) ?? {},
        }),
        'step.end',
      );
    });
  }

  onEnd(event: V7End): Promise<void> {
    return this.guard('onEnd', async () => {
      const found = this.stateFor(event);
      if (found !== undefined) await this.endRun(found.state, event, found.late);
    });
  }

  onAbort(event: V7Abort): Promise<void> {
    return this.guard('onAbort', async () => {
      const found = this.stateFor(event);
      if (found === undefined) return;
      await this.abortRun(found.state, event.reason, event.steps.length, found.late);
    });
  }

  onError(event: unknown): Promise<void> {
    return this.guard('onError', async () => {
      const error = isRecord(event) && 'error' in event ? event['error'] : event;
      const found = isRecord(event) ? this.stateFor(event) : undefined;
      if (found === undefined) {
        // An error the SDK could not tie to a run: still recorded, in a trace of its own.
        this.recorder.emit({ type: 'error', outcome: 'failure', error: toErrorInput(error), attrs: { origin: 'ai-sdk telemetry onError' } });
        return;
      }
      const { state, late } = found;
      const aborted = isAbortError(error);
      if (late === undefined) {
        this.closeRun(state, aborted ? 'abort' : 'error');
        await this.closeOpenWork(state, toErrorInput(error), aborted ? { aborted: true } : {});
      }
      await this.write(
        state,
        () => ({
          ...baseInput(state, 'run.end', runTrace(state)),
          outcome: 'failure',
          error: toErrorInput(error),
          attrs: compact({ callId: state.callId, operationId: state.operationId, aborted: aborted || undefined, ...late }) ?? {},
        }),
        'run.end',
      );
    });
  }

  async executeLanguageModelCall<T>({ callId, execute }: { callId: string; execute: () => PromiseLike<T> }): Promise<T> {
    let state: RunState | undefined;
    let slot: ModelCallSlot;
    let trace: Trace;
    try {
      state = this.runs.get(callId);
      if (state === undefined) return await execute();
      const run = state;
      trace = childTrace(run, newSpanId(), run.currentStep ?? run.spanId);
      slot = { auditor: this.auditor, trace, session: run.session, actor: run.actor, claimed: false, failure: () => run.failure, openCalls: run.openCalls };
    } catch (error) {
      this.recorder.report(error, 'executeLanguageModelCall');
      return await execute();
    }
    // Fail-closed: a run with an unrecorded event makes no further model calls.
    if (state.failure !== undefined) throw state.failure;
    return await this.auditor.run(contextOf(state, trace), () => modelCallStorage.run(slot, execute));
  }

  async executeTool<T>({ callId, toolCallId, execute }: { callId: string; toolCallId: string; execute: () => PromiseLike<T> }): Promise<T> {
    let state: RunState | undefined;
    let tool: ToolSpan | undefined;
    try {
      state = this.runs.get(callId);
      tool = state?.tools.get(toolCallId);
    } catch (error) {
      this.recorder.report(error, 'executeTool');
    }
    if (state === undefined || tool === undefined) return await execute();
    // Fail-closed: the tool runs only once its tool.call is durable and the run has not failed.
    if (tool.recorded !== undefined) await tool.recorded;
    if (state.failure !== undefined) throw state.failure;
    const trace = childTrace(state, tool.spanId, tool.parentSpanId);
    return await this.auditor.run(contextOf(state, trace), execute);
  }

  // ---------------------------------------------------------------- ai 6

  onToolCallStart(event: V6ToolStart): Promise<void> {
    return this.guard('onToolCallStart', async () => {
      const found = this.v6State(event);
      if (found !== undefined) await this.startTool(found.state, event.toolCall, found.late, found.ended);
    });
  }

  onToolCallFinish(event: V6ToolEnd): Promise<void> {
    return this.guard('onToolCallFinish', async () => {
      const toolCallId = event.toolCall.toolCallId;
      const found = this.v6ToolOwner(toolCallId) ?? this.v6State(event);
      if (found === undefined) return;
      await this.endTool(found.state, found.ended, {
        toolCallId,
        name: event.toolCall.toolName,
        failed: !event.success,
        output: event.success ? event.output : undefined,
        error: event.success ? undefined : event.error,
        durationMs: event.durationMs,
      });
    });
  }

  /** ai 6's step end. ai 7 calls it too, after `onStepEnd`, as a deprecated alias: ignored then. */
  onStepFinish(step: V6StepEnd | V7StepEnd): Promise<void> {
    return this.guard('onStepFinish', async () => {
      if (isV7<V7StepEnd, V6StepEnd>(step)) return;
      const found = this.v6State(step);
      if (found !== undefined) await this.endStep(found.state, step, found.late);
    });
  }

  onFinish(event: V6End): Promise<void> {
    return this.guard('onFinish', async () => {
      const found = this.v6State(event);
      if (found !== undefined) await this.endRun(found.state, event, found.late);
    });
  }

  // ---------------------------------------------------------------- runs

  /** Every callback body runs through this: nothing it does may throw into the SDK. */
  private async guard(context: string, body: () => Promise<void>): Promise<void> {
    try {
      await body();
    } catch (error) {
      this.recorder.report(error, context);
    }
  }

  /** Records one event; in fail-closed mode a failure marks the run so it cannot go on. */
  private async write(state: RunState | undefined, build: () => RecordInput, context: string): Promise<void> {
    let input: RecordInput;
    try {
      input = build();
    } catch (error) {
      this.recorder.report(error, context);
      if (this.failClosed && state !== undefined && state.failure === undefined) {
        state.failure = error instanceof Error ? error : new AuditError({ message: `${context} failed`, cause: error });
      }
      return;
    }
    // A fail-closed run that already failed is stopping: what it still reports is queued without
    // waiting, since a durable write during the same ledger outage would hold the SDK up.
    if (state?.failure !== undefined) {
      this.recorder.emit(input);
      return;
    }
    try {
      await this.recorder.write(input);
    } catch (error) {
      if (state !== undefined && state.failure === undefined) {
        state.failure = error instanceof Error ? error : new AuditError({ message: `${context} failed`, cause: error });
      }
    }
  }

  private resolve<T>(option: T | ((run: AuditRunInfo) => T | undefined) | undefined, info: AuditRunInfo): T | undefined {
    return typeof option === 'function' ? (option as (run: AuditRunInfo) => T | undefined)(info) : option;
  }

  /**
   * Opens a run and records `run.start`. `parent` places it (ai 6 nested runs); otherwise it
   * goes under the auditor's current context, or starts a trace.
   */
  private openRun(
    event: V7Start | V6Start | object,
    sdk: 6 | 7,
    reconstructed: boolean,
    parent?: { trace: Trace; session: string | undefined; actor: Actor | undefined },
  ): RunState | undefined {
    const callId = sdk === 7 ? str(field(event, 'callId')) : `ai6-${newSpanId()}`;
    if (callId === undefined) return undefined;
    const context = parent ?? this.auditor.currentContext();
    const modelInfo = field(event, 'model');
    const info: AuditRunInfo = {
      callId,
      functionId: str(field(event, 'functionId')),
      runtimeContext: sdk === 7 && isRecord(field(event, 'runtimeContext')) ? (field(event, 'runtimeContext') as Record<string, unknown>) : undefined,
      ...(sdk === 6 && { metadata: isRecord(field(event, 'metadata')) ? (field(event, 'metadata') as Record<string, unknown>) : undefined }),
      sdk,
    };
    const state: RunState = {
      callId,
      sdk,
      traceId: context?.trace.traceId ?? newTraceId(),
      spanId: newSpanId(),
      parentSpanId: context?.trace.spanId,
      session: this.resolve(this.options.session, info) ?? context?.session,
      actor: this.resolve(this.options.actor, info) ?? context?.actor,
      model:
        compact({
          provider: str(field(event, 'provider')) ?? (isRecord(modelInfo) ? str(modelInfo['provider']) : undefined),
          id: str(field(event, 'modelId')) ?? (isRecord(modelInfo) ? str(modelInfo['modelId']) : undefined),
        }) ?? {},
      operationId: str(field(event, 'operationId')),
      steps: new Map(),
      openSteps: new Set(),
      currentStep: undefined,
      tools: new Map(),
      failure: undefined,
      started: Promise.resolve(),
      scopeKey: undefined,
      detach: undefined,
      openCalls: new Set(),
    };
    if (this.runs.size >= this.maxOpenRuns) this.evictOldest();
    this.runs.set(callId, state);
    const settings = callParameters(event as Record<string, unknown>);
    const activeTools = field(event, 'activeTools');
    state.started = this.write(
      state,
      () => ({
        ...baseInput(state, 'run.start', runTrace(state)),
        outcome: 'pending',
        model: { ...state.model, ...(settings && { parameters: settings }) },
        content: { input: runInput(event) },
        attrs: compact({
          callId,
          operationId: state.operationId,
          functionId: info.functionId,
          tools: toolNames(field(event, 'tools')),
          activeTools: Array.isArray(activeTools) ? activeTools : undefined,
          maxRetries: field(event, 'maxRetries'),
          aiSdk: sdk,
          reconstructed: reconstructed || undefined,
        }) ?? { callId },
      }),
      'run.start',
    );
    return state;
  }

  /**
   * The run an ai 7 event belongs to: open, or closed (then `late` marks what is recorded for it
   * as arriving after the end). A run whose start this integration did not see (registered
   * mid-run) is opened now, marked `reconstructed`.
   */
  private stateFor(event: object): { state: RunState; late?: Record<string, true>; ended?: EndedRun } | undefined {
    const callId = field(event, 'callId');
    if (typeof callId !== 'string') return undefined;
    const open = this.runs.get(callId);
    if (open !== undefined) return { state: open };
    const ended = this.ended.get(callId);
    if (ended !== undefined) return { state: ended.state, late: lateAttrs(ended.reason), ended };
    const state = this.openRun(event, 7, true);
    return state === undefined ? undefined : { state };
  }

  /** ai 6: opens a run in the current audit scope, nested under the tool that is running, if any. */
  private openV6Run(event: V6Start): RunState | undefined {
    const key = scopeKey(this.auditor);
    const outer = this.v6Scopes.innermost(key);
    let parent: { trace: Trace; session: string | undefined; actor: Actor | undefined } | undefined;
    if (outer !== undefined) {
      const tool = [...outer.tools.values()].at(-1);
      if (tool !== undefined) {
        // A tool of the outer run started this one: the tool's span is its parent.
        parent = { trace: childTrace(outer, tool.spanId, tool.parentSpanId), session: outer.session, actor: outer.actor };
      } else {
        void this.closeUnfinished(outer);
      }
    }
    const state = this.openRun(event, 6, false, parent);
    if (state === undefined) return undefined;
    this.v6Scopes.add(state, key);
    const signal = event.abortSignal;
    if (signal !== undefined) {
      const onAbort = (): void => {
        void this.guard('abortSignal', () => this.abortRun(state, signal.reason, state.steps.size, undefined));
      };
      if (signal.aborted) queueMicrotask(onAbort);
      else {
        signal.addEventListener('abort', onAbort, { once: true });
        state.detach = () => signal.removeEventListener('abort', onAbort);
      }
    }
    return state;
  }

  /** ai 6: the run an event belongs to, the innermost open run of the current audit scope. */
  private v6State(event: object): { state: RunState; late?: Record<string, true>; ended?: EndedRun } | undefined {
    const state = this.v6Scopes.innermost(scopeKey(this.auditor));
    if (state !== undefined) return { state };
    // No open run: the integration was added mid-run, or the run was aborted and this arrives late.
    const last = [...this.ended.values()].reverse().find((ended) => ended.state.sdk === 6 && ended.state.scopeKey === scopeKey(this.auditor));
    if (last !== undefined && last.reason === 'abort') return { state: last.state, late: lateAttrs(last.reason), ended: last };
    const opened = this.openRun(event, 6, true);
    if (opened === undefined) return undefined;
    this.v6Scopes.add(opened, scopeKey(this.auditor));
    return { state: opened };
  }

  /** ai 6: the run (open, or ended with the tool still running) that started a tool call. */
  private v6ToolOwner(toolCallId: string): { state: RunState; late?: Record<string, true>; ended?: EndedRun } | undefined {
    for (const state of this.v6Scopes.all()) if (state.tools.has(toolCallId)) return { state };
    for (const ended of [...this.ended.values()].reverse()) {
      if (ended.tools.has(toolCallId)) return { state: ended.state, late: lateAttrs(ended.reason), ended };
    }
    return undefined;
  }

  /** Closes a run: no longer open, remembered as ended (with the tools it left running). */
  private closeRun(state: RunState, reason: EndReason): void {
    this.runs.delete(state.callId);
    this.ended.set(state.callId, { state, reason, tools: new Map(state.tools) });
    if (this.ended.size > ENDED_MEMORY) {
      const oldest = this.ended.entries().next();
      if (!oldest.done) {
        this.ended.delete(oldest.value[0]);
        for (const [toolCallId, tool] of oldest.value[1].tools) {
          untrackToolSpan(this.auditor, toolCallId, tool.spanId);
          this.inFlight.delete(tool.spanId);
        }
      }
    }
    this.v6Scopes.remove(state);
    state.detach?.();
    state.detach = undefined;
  }

  private evictOldest(): void {
    const oldest = this.runs.values().next();
    if (oldest.done) return;
    const state = oldest.value;
    this.closeRun(state, 'evicted');
    this.recorder.emit({
      ...baseInput(state, 'run.end', runTrace(state)),
      outcome: 'failure',
      error: { type: 'RunEvicted', message: `run left open; more than ${this.maxOpenRuns} runs open at once` },
      attrs: { callId: state.callId, evicted: true },
    });
    this.recorder.report(
      new AuditError({ message: `@agent-audit/ai-sdk: run ${state.callId} evicted (maxOpenRuns ${this.maxOpenRuns})`, code: 'run_evicted' }),
      'run eviction',
    );
  }

  /** ai 6: a run of the same scope starts while this one never reported its end (it threw, or runs concurrently). */
  private closeUnfinished(state: RunState, atClose = false): Promise<void> {
    this.closeRun(state, 'unfinished');
    const error = atClose
      ? { type: 'RunUnfinished', message: 'the SDK reported no end for this run before integration.close() (the call threw, or its stream was left unread)' }
      : {
          type: 'RunUnfinished',
          message: 'ai 6 reported no end for this run before the next run of the same audit scope started (the call threw, or calls ran at once in one scope)',
        };
    const done = this.closeOpenWork(state, error, { unfinished: true }).then(() =>
      this.write(
        state,
        () => ({
          ...baseInput(state, 'run.end', runTrace(state)),
          outcome: 'failure',
          error,
          attrs: { callId: state.callId, unfinished: true },
        }),
        'run.end',
      ),
    );
    this.recorder.report(
      new AuditError({
        message: atClose
          ? `@agent-audit/ai-sdk: run ${state.callId} still open at integration.close(): closed as unfinished`
          : `@agent-audit/ai-sdk: ai 6 run ${state.callId} closed as unfinished; give calls made at the same time their own auditor.run() scope`,
        code: 'run_unfinished',
      }),
      atClose ? 'close' : 'ai 6 run tracking',
    );
    return done;
  }

  private async startTool(
    state: RunState,
    toolCall: { toolCallId: string; toolName: string; input: unknown; dynamic?: boolean | undefined; providerExecuted?: boolean | undefined },
    late: Record<string, true> | undefined,
    ended?: EndedRun,
  ): Promise<void> {
    const toolCallId = toolCall.toolCallId;
    const name = toolCall.toolName;
    const parentSpanId = state.currentStep ?? state.spanId;
    const tool: ToolSpan = { spanId: newSpanId(), parentSpanId, name };
    // A tool that starts after its run ended (ai 6 runs a tool whose call arrives after the
    // abort) is kept with the ended run, so that its late end lands in this same span.
    if (late === undefined) state.tools.set(toolCallId, tool);
    else ended?.tools.set(toolCallId, tool);
    let resolve: () => void = () => undefined;
    const endedPromise = new Promise<void>((r) => (resolve = r));
    this.inFlight.set(tool.spanId, { name, toolCallId, callId: state.callId, ended: endedPromise, resolve });
    trackToolSpan(this.auditor, toolCallId, contextOf(state, childTrace(state, tool.spanId, parentSpanId)));
    const recorded = this.write(
      state,
      () => ({
        ...baseInput(state, 'tool.call', childTrace(state, tool.spanId, parentSpanId)),
        outcome: 'pending',
        tool: { name, callId: toolCallId, arguments: toolCall.input },
        attrs: compact({
          callId: state.callId,
          dynamic: toolCall.dynamic === true || undefined,
          providerExecuted: toolCall.providerExecuted === true || undefined,
          ...late,
        }) ?? {},
      }),
      'tool.call',
    );
    tool.recorded = recorded;
    await recorded;
  }

  /**
   * Records a tool's end in its span. For a run that already ended (`ended`), this is a late
   * end: the tool went on after the abort and still finished or failed; it is recorded with
   * `attrs.afterAbort` (or `afterEnd`), next to the aborted end the run recorded when it stopped.
   */
  private async endTool(state: RunState, ended: EndedRun | undefined, end: ToolEnd): Promise<void> {
    const known = ended === undefined ? state.tools.get(end.toolCallId) : ended.tools.get(end.toolCallId);
    const tool = known ?? { spanId: newSpanId(), parentSpanId: state.currentStep ?? state.spanId, name: end.name };
    if (ended === undefined) state.tools.delete(end.toolCallId);
    else ended.tools.delete(end.toolCallId);
    untrackToolSpan(this.auditor, end.toolCallId, tool.spanId);
    const late = ended === undefined ? undefined : lateAttrs(ended.reason);
    const type = end.failed ? 'tool.error' : 'tool.result';
    // Refused by pauseTools before it ran: the end says `denied` (docs/FORMAT.md §2.2).
    const refused = end.failed && isRefusal(end.error);
    await this.write(
      state,
      () => ({
        ...baseInput(state, type, childTrace(state, tool.spanId, tool.parentSpanId)),
        outcome: refused ? 'denied' : end.failed ? 'failure' : 'success',
        tool: {
          name: end.name,
          callId: end.toolCallId,
          ...(!end.failed && { result: end.output }),
          ...(end.durationMs !== undefined && { durationMs: end.durationMs }),
        },
        ...(end.failed && { error: toErrorInput(end.error) }),
        attrs: compact({
          callId: state.callId,
          aborted: end.failed && isAbortError(end.error) ? true : undefined,
          refused: refused || undefined,
          ...late,
        }) ?? {},
      }),
      type,
    );
    this.inFlight.get(tool.spanId)?.resolve();
    this.inFlight.delete(tool.spanId);
  }

  async close(options: { timeoutMs?: number } = {}): Promise<void> {
    const timeoutMs = options?.timeoutMs ?? 10_000;
    if (typeof timeoutMs !== 'number' || !Number.isFinite(timeoutMs) || timeoutMs < 0) {
      throw new AuditError({ code: 'invalid_options', message: 'auditTelemetry close(): timeoutMs must be a finite number >= 0' });
    }
    const waiting = [...this.inFlight.values()];
    if (waiting.length > 0) await this.waitForTools(waiting, timeoutMs);
    // Runs the SDK never ended (an ai 6 call that threw as the last run of its scope, a stream
    // the consumer left): closed now as unfinished, with their open steps and tools.
    for (const state of [...this.runs.values()]) await this.closeUnfinished(state, true);
  }

  private async waitForTools(waiting: InFlightTool[], timeoutMs: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.all(waiting.map((tool) => tool.ended)),
      new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs))),
    ]);
    clearTimeout(timer);
    for (const tool of waiting) {
      if (![...this.inFlight.values()].includes(tool)) continue;
      this.recorder.report(
        new AuditError({
          code: 'tool_unfinished',
          message: `@agent-audit/ai-sdk: close() gave up after ${timeoutMs} ms on tool ${tool.name} (toolCallId ${tool.toolCallId}, run ${tool.callId}): it is still running, its end is not recorded`,
        }),
        'close',
      );
    }
  }

  private async endStep(state: RunState, step: V7StepEnd | V6StepEnd, late: Record<string, true> | undefined): Promise<void> {
    const stepNumber = step.stepNumber;
    const spanId = state.steps.get(stepNumber) ?? state.currentStep;
    if (spanId === undefined) return;
    state.openSteps.delete(stepNumber);
    if (late !== undefined && state.sdk === 6 && state.scopeKey !== undefined) {
      removeV6Run(this.auditor, state.scopeKey, state);
      state.currentStep = undefined;
    }
    const usage = usageFromSdk(step.usage);
    const finishReason = str(step.finishReason);
    const failed = finishReason === 'error';
    await this.write(
      state,
      () => ({
        ...baseInput(state, 'step.end', childTrace(state, spanId, state.spanId)),
        outcome: failed ? 'failure' : 'success',
        model: {
          ...(compact({ provider: step.model.provider, id: step.model.modelId }) ?? {}),
          ...(usage && { usage }),
          ...(finishReason !== undefined && { finishReason }),
          ...(typeof step.response.id === 'string' && { responseId: step.response.id }),
          ...(step.toolCalls.length > 0 && {
            toolCalls: step.toolCalls.map((call) => ({ id: call.toolCallId, name: call.toolName, arguments: call.input })),
          }),
        },
        content: { output: compact({ text: step.text }) ?? {} },
        attrs: compact({ callId: state.callId, stepNumber, rawFinishReason: step.rawFinishReason, ...late }) ?? {},
      }),
      'step.end',
    );
    await this.recordApprovals(state, approvalsInStep(step.content), spanId);
  }

  private async endRun(state: RunState, event: V7End | V6End, late: Record<string, true> | undefined): Promise<void> {
    if (late === undefined) {
      this.closeRun(state, 'end');
      await this.closeOpenWork(state, undefined, {});
    } else if (state.sdk === 6 && state.scopeKey !== undefined) {
      removeV6Run(this.auditor, state.scopeKey, state);
    }
    // ai 6 reports the last step's usage as `usage` and the whole run's as `totalUsage`.
    const usage = usageFromSdk(state.sdk === 6 ? (field(event, 'totalUsage') ?? field(event, 'usage')) : (field(event, 'usage') ?? field(event, 'totalUsage')));
    const finishReason = str(field(event, 'finishReason'));
    const text = str(field(event, 'text'));
    const steps = field(event, 'steps');
    await this.write(
      state,
      () => ({
        ...baseInput(state, 'run.end', runTrace(state)),
        outcome: 'success',
        model: { ...state.model, ...(usage && { usage }), ...(finishReason !== undefined && { finishReason }) },
        ...(text !== undefined && { content: { output: { text } } }),
        attrs: compact({
          callId: state.callId,
          operationId: state.operationId,
          steps: Array.isArray(steps) ? steps.length : undefined,
          ...late,
        }) ?? {},
      }),
      'run.end',
    );
  }

  private async abortRun(state: RunState, reason: unknown, steps: number, late: Record<string, true> | undefined): Promise<void> {
    const error: RecordInput['error'] =
      reason instanceof Error ? reason : { type: 'AbortError', message: reason === undefined ? 'run aborted' : `run aborted: ${String(reason)}` };
    if (late === undefined) {
      this.closeRun(state, 'abort');
      await this.closeOpenWork(state, error, { aborted: true });
    }
    await this.write(
      state,
      () => ({
        ...baseInput(state, 'run.end', runTrace(state)),
        outcome: 'failure',
        error,
        attrs: compact({ callId: state.callId, operationId: state.operationId, aborted: true, steps, ...late }) ?? {},
      }),
      'run.end',
    );
  }

  /** Ends the tools and steps a closing run left open (aborted or failed with it). */
  private async closeOpenWork(state: RunState, error: RecordInput['error'], attrs: Record<string, unknown>): Promise<void> {
    // A model stream still open (the consumer stopped reading it): its end first, in its span.
    for (const call of [...state.openCalls]) {
      await call.unfinished(`the run was closed (${attrs['aborted'] === true ? 'aborted' : attrs['unfinished'] === true ? 'unfinished' : 'ended'}) while its model stream was still open: the consumer stopped reading it`);
    }
    state.openCalls.clear();
    for (const [toolCallId, tool] of state.tools) {
      await this.write(
        state,
        () => ({
          ...baseInput(state, 'tool.error', childTrace(state, tool.spanId, tool.parentSpanId)),
          outcome: 'failure',
          tool: { name: tool.name, callId: toolCallId },
          ...(error !== undefined && { error }),
          attrs: { callId: state.callId, ...attrs },
        }),
        'tool.error',
      );
    }
    state.tools.clear();
    for (const stepNumber of state.openSteps) {
      const spanId = state.steps.get(stepNumber);
      if (spanId === undefined) continue;
      await this.write(
        state,
        () => ({
          ...baseInput(state, 'step.end', childTrace(state, spanId, state.spanId)),
          outcome: 'failure',
          ...(error !== undefined && { error }),
          attrs: { callId: state.callId, stepNumber, ...attrs },
        }),
        'step.end',
      );
    }
    state.openSteps.clear();
  }

  private async recordApprovals(state: RunState, approvals: ApprovalFound[], parentSpanId: string): Promise<void> {
    for (const approval of approvals) {
      const type = `approval.${approval.kind}`;
      await this.write(
        state,
        () => ({
          ...baseInput(state, type, childTrace(state, newSpanId(), parentSpanId)),
          outcome: approval.kind === 'request' ? 'pending' : approval.kind === 'grant' ? 'success' : 'denied',
          ...(approval.kind !== 'request' && {
            decision: compact({ action: approval.kind === 'grant' ? 'approve' : 'deny', reason: approval.reason, policy: approval.policy }) as { action: string },
          }),
          ...(approval.tool !== undefined && { tool: approval.tool }),
          attrs: compact({
            callId: state.callId,
            approvalId: approval.approvalId,
            toolCallId: approval.toolCallId,
            reason: approval.kind === 'request' ? approval.reason : undefined,
          }) ?? {},
        }),
        type,
      );
    }
  }
}
