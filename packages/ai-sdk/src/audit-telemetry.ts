import { AuditError, newSpanId, newTraceId } from '@agent-audit/core';
import type { Actor, Auditor, CaptureMode, CapturePolicy, RecordInput, Trace } from '@agent-audit/core';
import type { Telemetry } from 'ai';
import { callParameters, compact, isAbortError, toErrorInput, toolNames, usageFromSdk } from './internal/convert.js';
import { modelCallStorage } from './internal/model-call-context.js';
import type { ModelCallSlot } from './internal/model-call-context.js';
import { createRecorder } from './internal/recorder.js';

/** What `session` and `actor` resolvers see of a starting run. */
export interface AuditRunInfo {
  /** The SDK's id of this generateText / streamText / agent call. */
  callId: string;
  /** `telemetry.functionId` of the call. */
  functionId: string | undefined;
  /** `runtimeContext` as the SDK hands it to integrations (only keys allowed by `telemetry.includeRuntimeContext`). */
  runtimeContext: Record<string, unknown> | undefined;
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
   * stops the run. Default `false`: failures go to the auditor's `onError` only.
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

interface ToolSpan {
  spanId: string;
  parentSpanId: string;
  name: string;
  /** Fail-closed: the durable write of `tool.call`; the tool runs only once it resolved. */
  recorded?: Promise<void>;
}

interface RunState {
  callId: string;
  traceId: string;
  spanId: string;
  parentSpanId: string | undefined;
  session: string | undefined;
  actor: Actor | undefined;
  model: { provider?: string; id?: string };
  operationId: string | undefined;
  steps: Map<number, string>;
  openSteps: Set<number>;
  currentStep: string | undefined;
  tools: Map<string, ToolSpan>;
  /** Fail-closed: the first event that could not be recorded; the run must not go on. */
  failure: Error | undefined;
  /** The write of `run.start` (awaited by `onStart`, so fail-closed runs start durable). */
  started: Promise<void>;
}

type AnyEvent = Record<string, unknown>;

const ENDED_MEMORY = 1024;

/**
 * A telemetry integration (AI SDK 7 `Telemetry`) that records the run around the model calls:
 * `run.start`/`run.end`, `step.start`/`step.end`, `tool.call`/`tool.result`/`tool.error`
 * (tool call id, input, output or error, duration), `approval.request`/`approval.grant`/
 * `approval.deny` where the SDK exposes them, and aborts. One trace per generateText /
 * streamText / agent call; steps, model calls and tool executions are child spans.
 *
 * It also hands each model call's span to {@link auditMiddleware} (through
 * `executeLanguageModelCall`), so model events land in the same trace, and runs each tool
 * inside the tool's span (`executeTool`), so nested calls and the tool's own audit events are
 * its children.
 *
 * @example
 * ```ts
 * import { registerTelemetry } from 'ai';
 * import { auditTelemetry } from '@agent-audit/ai-sdk';
 *
 * registerTelemetry(auditTelemetry({ auditor }));          // every call
 * // or per call: generateText({ ..., telemetry: { integrations: [auditTelemetry({ auditor })] } })
 * ```
 */
export function auditTelemetry(options: AuditTelemetryOptions): Telemetry {
  const { auditor, capture, failClosed = false, maxOpenRuns = 10_000 } = options;
  const recorder = createRecorder(auditor, { capture, failClosed });
  const runs = new Map<string, RunState>();
  const ended = new Set<string>();

  const resolve = <T>(option: T | ((run: AuditRunInfo) => T | undefined) | undefined, info: AuditRunInfo): T | undefined =>
    typeof option === 'function' ? (option as (run: AuditRunInfo) => T | undefined)(info) : option;

  function base(state: RunState, type: string, trace: Trace): RecordInput {
    const input: RecordInput = { type, trace };
    if (state.session !== undefined) input.session = state.session;
    if (state.actor !== undefined) input.actor = state.actor;
    return input;
  }
  const runTrace = (state: RunState): Trace =>
    state.parentSpanId === undefined
      ? { traceId: state.traceId, spanId: state.spanId }
      : { traceId: state.traceId, spanId: state.spanId, parentSpanId: state.parentSpanId };
  const childTrace = (state: RunState, spanId: string, parentSpanId: string): Trace => ({ traceId: state.traceId, spanId, parentSpanId });

  /** Records one event; in fail-closed mode a failure marks the run so it cannot go on. */
  async function write(state: RunState | undefined, build: () => RecordInput, context: string): Promise<void> {
    let input: RecordInput;
    try {
      input = build();
    } catch (error) {
      recorder.report(error, context);
      if (failClosed && state !== undefined && state.failure === undefined) {
        state.failure = error instanceof Error ? error : new AuditError({ message: `${context} failed`, cause: error });
      }
      return;
    }
    // A fail-closed run that already failed is stopping: what it still reports is queued without
    // waiting, since a durable write during the same ledger outage would hold the SDK up.
    if (state?.failure !== undefined) {
      recorder.emit(input);
      return;
    }
    try {
      await recorder.write(input);
    } catch (error) {
      if (state !== undefined && state.failure === undefined) {
        state.failure = error instanceof Error ? error : new AuditError({ message: `${context} failed`, cause: error });
      }
    }
  }

  /** Every callback body runs through this: nothing it does may throw into the SDK. */
  const guard =
    <E>(context: string, body: (event: E) => Promise<void> | void) =>
    async (event: E): Promise<void> => {
      try {
        await body(event);
      } catch (error) {
        recorder.report(error, context);
      }
    };

  function openRun(event: AnyEvent, reconstructed: boolean): RunState | undefined {
    const callId = event['callId'];
    if (typeof callId !== 'string') return undefined;
    const context = auditor.currentContext();
    const info: AuditRunInfo = {
      callId,
      functionId: typeof event['functionId'] === 'string' ? event['functionId'] : undefined,
      runtimeContext: isRecord(event['runtimeContext']) ? event['runtimeContext'] : undefined,
    };
    const state: RunState = {
      callId,
      traceId: context?.trace.traceId ?? newTraceId(),
      spanId: newSpanId(),
      parentSpanId: context?.trace.spanId,
      session: resolve(options.session, info) ?? context?.session,
      actor: resolve(options.actor, info) ?? context?.actor,
      model: compact({ provider: str(event['provider']), id: str(event['modelId']) }) ?? {},
      operationId: str(event['operationId']),
      steps: new Map(),
      openSteps: new Set(),
      currentStep: undefined,
      tools: new Map(),
      failure: undefined,
      started: Promise.resolve(),
    };
    if (runs.size >= maxOpenRuns) evictOldest();
    runs.set(callId, state);
    const settings = callParameters(event);
    state.started = write(
      state,
      () => ({
        ...base(state, 'run.start', runTrace(state)),
        outcome: 'pending',
        model: { ...state.model, ...(settings && { parameters: settings }) },
        content: { input: runInput(event) },
        attrs: compact({
          callId,
          operationId: state.operationId,
          functionId: info.functionId,
          tools: toolNames(event['tools']),
          activeTools: Array.isArray(event['activeTools']) ? event['activeTools'] : undefined,
          maxRetries: event['maxRetries'],
          reconstructed: reconstructed || undefined,
        }) ?? { callId },
      }),
      'run.start',
    );
    return state;
  }

  function stateFor(event: unknown): RunState | undefined {
    if (!isRecord(event) || typeof event['callId'] !== 'string') return undefined;
    const existing = runs.get(event['callId']);
    if (existing !== undefined) return existing;
    if (ended.has(event['callId'])) return undefined;
    // A run whose start this integration did not see (registered mid-run): open it now, marked.
    return openRun(event, true);
  }

  function closeRun(state: RunState): void {
    runs.delete(state.callId);
    ended.add(state.callId);
    if (ended.size > ENDED_MEMORY) {
      const oldest = ended.values().next();
      if (!oldest.done) ended.delete(oldest.value);
    }
  }

  function evictOldest(): void {
    const oldest = runs.values().next();
    if (oldest.done) return;
    const state = oldest.value;
    closeRun(state);
    recorder.emit({
      ...base(state, 'run.end', runTrace(state)),
      outcome: 'failure',
      error: { type: 'RunEvicted', message: `run left open; more than ${maxOpenRuns} runs open at once` },
      attrs: { callId: state.callId, evicted: true },
    });
    recorder.report(
      new AuditError({ message: `@agent-audit/ai-sdk: run ${state.callId} evicted (maxOpenRuns ${maxOpenRuns})`, code: 'run_evicted' }),
      'run eviction',
    );
  }

  function stepSpan(state: RunState, stepNumber: unknown): string | undefined {
    return typeof stepNumber === 'number' ? state.steps.get(stepNumber) : undefined;
  }

  async function closeOpenWork(state: RunState, error: RecordInput['error'], attrs: Record<string, unknown>): Promise<void> {
    for (const [toolCallId, tool] of state.tools) {
      await write(
        state,
        () => ({
          ...base(state, 'tool.error', childTrace(state, tool.spanId, tool.parentSpanId)),
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
      await write(
        state,
        () => ({
          ...base(state, 'step.end', childTrace(state, spanId, state.spanId)),
          outcome: 'failure',
          ...(error !== undefined && { error }),
          attrs: { callId: state.callId, stepNumber, ...attrs },
        }),
        'step.end',
      );
    }
    state.openSteps.clear();
  }

  async function recordApprovalResponses(state: RunState, messages: unknown, parentSpanId: string, automatic: boolean): Promise<void> {
    const requests = new Map<string, { toolCallId?: string; toolName?: string; input?: unknown }>();
    const responses: Array<{ approvalId: string; approved: boolean; reason?: string; toolCall?: AnyEvent }> = [];
    for (const message of Array.isArray(messages) ? messages : []) {
      if (!isRecord(message) || !Array.isArray(message['content'])) continue;
      for (const part of message['content']) {
        if (!isRecord(part)) continue;
        if (part['type'] === 'tool-approval-request' && typeof part['approvalId'] === 'string') {
          requests.set(part['approvalId'], { toolCallId: str(part['toolCallId']) });
        } else if (part['type'] === 'tool-approval-response' && typeof part['approvalId'] === 'string') {
          responses.push({
            approvalId: part['approvalId'],
            approved: part['approved'] === true,
            ...(typeof part['reason'] === 'string' && { reason: part['reason'] }),
          });
        }
      }
    }
    // Tool calls precede their approval requests in assistant messages; link them in a second pass.
    for (const message of Array.isArray(messages) ? messages : []) {
      if (!isRecord(message) || !Array.isArray(message['content'])) continue;
      for (const part of message['content']) {
        if (!isRecord(part) || part['type'] !== 'tool-call') continue;
        for (const request of requests.values()) {
          if (request.toolCallId === part['toolCallId']) {
            request.toolName = str(part['toolName']);
            request.input = part['input'];
          }
        }
      }
    }
    for (const response of responses) {
      const request = requests.get(response.approvalId);
      await write(
        state,
        () => ({
          ...base(state, response.approved ? 'approval.grant' : 'approval.deny', childTrace(state, newSpanId(), parentSpanId)),
          outcome: response.approved ? 'success' : 'denied',
          decision: compact({
            action: response.approved ? 'approve' : 'deny',
            reason: response.reason,
            policy: automatic ? 'automatic' : 'user',
          }) as { action: string },
          ...(request?.toolName !== undefined && {
            tool: compact({ name: request.toolName, callId: request.toolCallId, arguments: request.input }) as { name: string },
          }),
          attrs: compact({ callId: state.callId, approvalId: response.approvalId, toolCallId: request?.toolCallId }) ?? {},
        }),
        response.approved ? 'approval.grant' : 'approval.deny',
      );
    }
  }

  const integration: Telemetry = {
    onStart: guard<AnyEvent>('onStart', async (event) => {
      const state = openRun(event, false);
      if (state === undefined) return;
      await state.started;
      await recordApprovalResponses(state, event['messages'], state.spanId, false);
    }) as Telemetry['onStart'],

    onStepStart: guard<AnyEvent>('onStepStart', async (event) => {
      const state = stateFor(event);
      if (state === undefined) return;
      const stepNumber = typeof event['stepNumber'] === 'number' ? event['stepNumber'] : state.steps.size;
      const spanId = newSpanId();
      state.steps.set(stepNumber, spanId);
      state.openSteps.add(stepNumber);
      state.currentStep = spanId;
      await write(
        state,
        () => ({
          ...base(state, 'step.start', childTrace(state, spanId, state.spanId)),
          outcome: 'pending',
          model: compact({ provider: str(event['provider']), id: str(event['modelId']) }) ?? {},
          attrs: compact({
            callId: state.callId,
            stepNumber,
            messages: Array.isArray(event['messages']) ? event['messages'].length : undefined,
          }) ?? {},
        }),
        'step.start',
      );
    }) as Telemetry['onStepStart'],

    onToolExecutionStart: guard<AnyEvent>('onToolExecutionStart', async (event) => {
      const state = stateFor(event);
      if (state === undefined) return;
      const toolCall = isRecord(event['toolCall']) ? event['toolCall'] : {};
      const toolCallId = str(toolCall['toolCallId']) ?? newSpanId();
      const name = str(toolCall['toolName']) ?? 'unknown';
      const parentSpanId = state.currentStep ?? state.spanId;
      const tool: ToolSpan = { spanId: newSpanId(), parentSpanId, name };
      state.tools.set(toolCallId, tool);
      const recorded = write(
        state,
        () => ({
          ...base(state, 'tool.call', childTrace(state, tool.spanId, parentSpanId)),
          outcome: 'pending',
          tool: { name, callId: toolCallId, arguments: toolCall['input'] },
          attrs: compact({
            callId: state.callId,
            dynamic: toolCall['dynamic'] === true || undefined,
            providerExecuted: toolCall['providerExecuted'] === true || undefined,
          }) ?? {},
        }),
        'tool.call',
      );
      tool.recorded = recorded;
      await recorded;
    }) as Telemetry['onToolExecutionStart'],

    onToolExecutionEnd: guard<AnyEvent>('onToolExecutionEnd', async (event) => {
      const state = stateFor(event);
      if (state === undefined) return;
      const toolCall = isRecord(event['toolCall']) ? event['toolCall'] : {};
      const output = isRecord(event['toolOutput']) ? event['toolOutput'] : {};
      const toolCallId = str(toolCall['toolCallId']) ?? str(output['toolCallId']) ?? '';
      const name = str(toolCall['toolName']) ?? str(output['toolName']) ?? 'unknown';
      const tool = state.tools.get(toolCallId) ?? { spanId: newSpanId(), parentSpanId: state.currentStep ?? state.spanId, name };
      state.tools.delete(toolCallId);
      const durationMs = typeof event['toolExecutionMs'] === 'number' ? event['toolExecutionMs'] : undefined;
      const failed = output['type'] === 'tool-error';
      await write(
        state,
        () => ({
          ...base(state, failed ? 'tool.error' : 'tool.result', childTrace(state, tool.spanId, tool.parentSpanId)),
          outcome: failed ? 'failure' : 'success',
          tool: {
            name,
            callId: toolCallId,
            ...(!failed && { result: output['output'] }),
            ...(durationMs !== undefined && { durationMs }),
          },
          ...(failed && { error: toErrorInput(output['error']) }),
          attrs: compact({
            callId: state.callId,
            aborted: failed && isAbortError(output['error']) ? true : undefined,
          }) ?? {},
        }),
        failed ? 'tool.error' : 'tool.result',
      );
    }) as Telemetry['onToolExecutionEnd'],

    onStepEnd: guard<AnyEvent>('onStepEnd', async (step) => {
      const state = stateFor(step);
      if (state === undefined) return;
      const stepNumber = typeof step['stepNumber'] === 'number' ? step['stepNumber'] : undefined;
      const spanId = stepSpan(state, stepNumber) ?? state.currentStep;
      if (spanId === undefined) return;
      if (stepNumber !== undefined) state.openSteps.delete(stepNumber);
      const model = isRecord(step['model']) ? step['model'] : {};
      const response = isRecord(step['response']) ? step['response'] : {};
      const toolCalls = Array.isArray(step['toolCalls']) ? step['toolCalls'].filter(isRecord) : [];
      const usage = usageFromSdk(step['usage']);
      const finishReason = str(step['finishReason']);
      const failed = finishReason === 'error';
      await write(
        state,
        () => ({
          ...base(state, 'step.end', childTrace(state, spanId, state.spanId)),
          outcome: failed ? 'failure' : 'success',
          model: {
            ...(compact({ provider: str(model['provider']), id: str(model['modelId']) }) ?? {}),
            ...(usage && { usage }),
            ...(finishReason !== undefined && { finishReason }),
            ...(typeof response['id'] === 'string' && { responseId: response['id'] }),
            ...(toolCalls.length > 0 && {
              toolCalls: toolCalls.map((call) => ({ id: str(call['toolCallId']), name: str(call['toolName']) ?? 'unknown', arguments: call['input'] })),
            }),
          },
          content: { output: compact({ text: str(step['text']) }) ?? {} },
          attrs: compact({ callId: state.callId, stepNumber, rawFinishReason: str(step['rawFinishReason']) }) ?? {},
        }),
        'step.end',
      );
      await recordStepApprovals(state, step['content'], spanId);
    }) as Telemetry['onStepEnd'],

    onStepError: guard<AnyEvent>('onStepError', async (event) => {
      const state = stateFor(event);
      if (state === undefined) return;
      const stepNumber = typeof event['stepNumber'] === 'number' ? event['stepNumber'] : undefined;
      const spanId = stepSpan(state, stepNumber) ?? state.currentStep;
      if (spanId === undefined) return;
      if (stepNumber !== undefined) state.openSteps.delete(stepNumber);
      await write(
        state,
        () => ({
          ...base(state, 'step.end', childTrace(state, spanId, state.spanId)),
          outcome: 'failure',
          error: toErrorInput(event['error']),
          attrs: compact({ callId: state.callId, stepNumber, aborted: isAbortError(event['error']) || undefined }) ?? {},
        }),
        'step.end',
      );
    }) as Telemetry['onStepError'],

    onEnd: guard<AnyEvent>('onEnd', async (event) => {
      const state = stateFor(event);
      if (state === undefined) return;
      closeRun(state);
      await closeOpenWork(state, undefined, {});
      const usage = usageFromSdk(event['usage'] ?? event['totalUsage']);
      const finishReason = str(event['finishReason']);
      const text = str(event['text']);
      await write(
        state,
        () => ({
          ...base(state, 'run.end', runTrace(state)),
          outcome: 'success',
          model: { ...state.model, ...(usage && { usage }), ...(finishReason !== undefined && { finishReason }) },
          ...(text !== undefined && { content: { output: { text } } }),
          attrs: compact({
            callId: state.callId,
            operationId: state.operationId,
            steps: Array.isArray(event['steps']) ? event['steps'].length : undefined,
          }) ?? {},
        }),
        'run.end',
      );
    }) as Telemetry['onEnd'],

    onAbort: guard<AnyEvent>('onAbort', async (event) => {
      const state = stateFor(event);
      if (state === undefined) return;
      closeRun(state);
      const reason = event['reason'];
      const error: RecordInput['error'] =
        reason instanceof Error ? reason : { type: 'AbortError', message: reason === undefined ? 'run aborted' : `run aborted: ${String(reason)}` };
      await closeOpenWork(state, error, { aborted: true });
      await write(
        state,
        () => ({
          ...base(state, 'run.end', runTrace(state)),
          outcome: 'failure',
          error,
          attrs: compact({
            callId: state.callId,
            operationId: state.operationId,
            aborted: true,
            steps: Array.isArray(event['steps']) ? event['steps'].length : undefined,
          }) ?? {},
        }),
        'run.end',
      );
    }) as Telemetry['onAbort'],

    onError: guard<unknown>('onError', async (event) => {
      const error = isRecord(event) && 'error' in event ? event['error'] : event;
      const state = stateFor(event);
      if (state === undefined) {
        if (isRecord(event) && typeof event['callId'] === 'string' && ended.has(event['callId'])) return;
        // An error the SDK could not tie to a run: still recorded, in a trace of its own.
        recorder.emit({ type: 'error', outcome: 'failure', error: toErrorInput(error), attrs: { origin: 'ai-sdk telemetry onError' } });
        return;
      }
      closeRun(state);
      const aborted = isAbortError(error);
      await closeOpenWork(state, toErrorInput(error), aborted ? { aborted: true } : {});
      await write(
        state,
        () => ({
          ...base(state, 'run.end', runTrace(state)),
          outcome: 'failure',
          error: toErrorInput(error),
          attrs: compact({ callId: state.callId, operationId: state.operationId, aborted: aborted || undefined }) ?? {},
        }),
        'run.end',
      );
    }),

    async executeLanguageModelCall({ callId, execute }) {
      let state: RunState | undefined;
      let slot: ModelCallSlot;
      let trace: Trace;
      try {
        state = runs.get(callId);
        if (state === undefined) return await execute();
        const run = state;
        trace = childTrace(run, newSpanId(), run.currentStep ?? run.spanId);
        slot = { auditor, trace, session: run.session, actor: run.actor, claimed: false, failure: () => run.failure };
      } catch (error) {
        recorder.report(error, 'executeLanguageModelCall');
        return await execute();
      }
      // Fail-closed: a run with an unrecorded event makes no further model calls.
      if (state.failure !== undefined) throw state.failure;
      return await auditor.run(contextOf(state, trace), () => modelCallStorage.run(slot, execute));
    },

    async executeTool({ callId, toolCallId, execute }) {
      let state: RunState | undefined;
      let tool: ToolSpan | undefined;
      try {
        state = runs.get(callId);
        tool = state?.tools.get(toolCallId);
      } catch (error) {
        recorder.report(error, 'executeTool');
      }
      if (state === undefined || tool === undefined) return await execute();
      // Fail-closed: the tool runs only once its tool.call is durable and the run has not failed.
      if (tool.recorded !== undefined) await tool.recorded;
      if (state.failure !== undefined) throw state.failure;
      const trace = childTrace(state, tool.spanId, tool.parentSpanId);
      return await auditor.run(contextOf(state, trace), execute);
    },
  };

  async function recordStepApprovals(state: RunState, content: unknown, stepSpanId: string): Promise<void> {
    if (!Array.isArray(content)) return;
    for (const part of content) {
      if (!isRecord(part) || typeof part['approvalId'] !== 'string') continue;
      const toolCall = isRecord(part['toolCall']) ? part['toolCall'] : {};
      const tool = compact({ name: str(toolCall['toolName']) ?? 'unknown', callId: str(toolCall['toolCallId']), arguments: toolCall['input'] }) as {
        name: string;
      };
      if (part['type'] === 'tool-approval-request' && part['isAutomatic'] !== true) {
        await write(
          state,
          () => ({
            ...base(state, 'approval.request', childTrace(state, newSpanId(), stepSpanId)),
            outcome: 'pending',
            tool,
            attrs: compact({ callId: state.callId, approvalId: part['approvalId'], reason: str(part['reason']) }) ?? {},
          }),
          'approval.request',
        );
      } else if (part['type'] === 'tool-approval-response') {
        const approved = part['approved'] === true;
        await write(
          state,
          () => ({
            ...base(state, approved ? 'approval.grant' : 'approval.deny', childTrace(state, newSpanId(), stepSpanId)),
            outcome: approved ? 'success' : 'denied',
            decision: compact({ action: approved ? 'approve' : 'deny', reason: str(part['reason']), policy: 'automatic' }) as { action: string },
            tool,
            attrs: compact({ callId: state.callId, approvalId: part['approvalId'] }) ?? {},
          }),
          approved ? 'approval.grant' : 'approval.deny',
        );
      }
    }
  }

  return integration;
}

function contextOf(state: RunState, trace: Trace): { trace: Trace; session?: string; actor?: Actor } {
  const context: { trace: Trace; session?: string; actor?: Actor } = { trace };
  if (state.session !== undefined) context.session = state.session;
  if (state.actor !== undefined) context.actor = state.actor;
  return context;
}

function runInput(event: AnyEvent): Record<string, unknown> {
  return (
    compact({
      instructions: event['instructions'] ?? event['system'],
      messages: event['messages'],
      prompt: typeof event['prompt'] === 'string' ? event['prompt'] : undefined,
      value: event['value'],
      values: event['values'],
    }) ?? {}
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
