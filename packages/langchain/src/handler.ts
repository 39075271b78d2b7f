import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { BaseCallbackHandler } from '@langchain/core/callbacks/base';
import type { Serialized } from '@langchain/core/load/serializable';
import type { BaseMessage } from '@langchain/core/messages';
import type { LLMResult } from '@langchain/core/outputs';
import type { ChainValues } from '@langchain/core/utils/types';
import type { DocumentInterface } from '@langchain/core/documents';
import type { AgentAction, AgentFinish } from '@langchain/core/agents';
import { actorSchema, AuditError, newTraceId, rejectUnknownOptions } from '@agent-audit/core';
import type { Actor, Auditor, CaptureMode, CapturePolicy, RecordInput } from '@agent-audit/core';
import { chainKind, defaultKeepChain, serializedIdOf, userTags, type ChainKind, type ChainRunInfo } from './chains.js';
import { documentsOf, isRecord, parseMaybeJson, shapeChainValues, toMessageRecords, toolResultOf } from './internal/messages.js';
import { requestFacts, responseFacts, serializedName, type RequestFacts } from './internal/model.js';
import { digestOf, systemPromptOf, templatesOf, templateVariables, type AgentConfig } from './internal/config.js';

/**
 * Keys of a run's `metadata` (as passed in `invoke(input, { metadata })`) that the handler
 * reads. They override the handler's own `sessionId` / `actor` for that invocation.
 */
export const METADATA_KEYS = {
  /** Session (conversation) id of the invocation. */
  sessionId: 'audit_session_id',
  /** Id of the person or system on whose behalf the agent acts. */
  actorId: 'audit_actor_id',
  /** Actor type: `user` (default), `agent`, `admin`, `system` or `service`. */
  actorType: 'audit_actor_type',
  /** Display name of the actor (redacted by the core like any other value). */
  actorName: 'audit_actor_name',
} as const;

/**
 * The framework's own keys the session and actor are also read from, in this order, after the
 * handler's `audit_*` keys: LangSmith's thread keys (`session_id`, `thread_id`,
 * `conversation_id`; LangGraph copies `configurable.thread_id` into `metadata.thread_id`) and
 * LangSmith's `user_id`.
 */
export const SESSION_METADATA_KEYS = [METADATA_KEYS.sessionId, 'session_id', 'thread_id', 'conversation_id'] as const;
export const ACTOR_METADATA_KEYS = [METADATA_KEYS.actorId, 'user_id'] as const;

/** Options of {@link AuditCallbackHandler}. */
export interface AuditCallbackHandlerOptions {
  /** The auditor events are recorded with (from `createAuditor`). */
  auditor: Auditor;
  /**
   * Session id for every invocation. The run's metadata overrides it per invocation:
   * `audit_session_id`, `session_id`, `thread_id` (LangGraph copies `configurable.thread_id`
   * there) or `conversation_id`, first present wins (see {@link SESSION_METADATA_KEYS}).
   */
  sessionId?: string;
  /** Actor for every invocation; `metadata.audit_actor_id` or `metadata.user_id` overrides it per invocation. */
  actor?: Actor;
  /** Capture policy passed on every event (`redacted` by default in the core). */
  capture?: CaptureMode | CapturePolicy;
  /**
   * Fail closed: every event is recorded with `auditor.recordDurable()` before LangChain goes
   * on, and a failure to record rejects the callback, which LangChain rethrows
   * (`raiseError`), so the run stops instead of running unaudited. Default false: failures go
   * to the auditor's `onError` and the agent runs on.
   */
  failClosed?: boolean;
  /**
   * Which chain runs become `chain.*` events. Default: the root run, graphs and graph nodes,
   * and runs tagged `audit:keep` (see docs/adapters/langchain.md). The root run is always kept.
   */
  keepChain?: (run: ChainRunInfo) => boolean;
  /**
   * Most runs tracked at once. Runs whose end never arrives (an abandoned stream) are
   * forgotten oldest first past this bound, reported to `onError`. Default 10 000.
   */
  maxOpenRuns?: number;
  /**
   * Refuse the agent's tool calls while it is paused (by a monitor rule with `action: pause`,
   * until `agent-audit resume`). Checked in `handleToolStart`, before the tool runs: a paused
   * agent's call is recorded as `tool.call` with outcome `denied` and a `policy.deny`
   * (`decision.policy: 'pause'`, the tool's name, call id and arguments) in the tool run's span,
   * with no end (docs/FORMAT.md §2.2), and the callback throws an `AuditError`
   * (`code: 'agent_paused'`) that LangChain rethrows (the handler sets `raiseError`), so the
   * tool never runs; `createAgent`'s tool node hands the refusal to the model as an error
   * `ToolMessage`. `pauseStore()` of `@agent-audit/core` fits; `agent` defaults to the
   * auditor's agent id. Fails closed: a `check` that throws (or a pause state that cannot be
   * read: `pauseStore().check` answers paused) refuses the call too.
   */
  pause?: PauseGate;
}

/** Whose pause to check and how: `pauseStore()` of `@agent-audit/core`, or your own. */
export interface PauseGate {
  /** Agent id whose pause is checked; default the auditor's `agent.id`. */
  agent?: string;
  /** `{ paused: true, reason }` while the agent is paused; must not be slow (it runs before every tool call). */
  check(agent: string): { paused: boolean; reason?: string };
}

type RunKind = 'chain' | 'model' | 'llm' | 'tool' | 'retriever';

interface RunState {
  kind: RunKind;
  /** Whether this run has events of its own (and so its own span). */
  recorded: boolean;
  traceId: string;
  /** Own span when recorded, else the nearest recorded ancestor's span. */
  spanId: string;
  /** The nearest recorded ancestor's span (for this run's own events). */
  parentSpanId: string | undefined;
  session: string | undefined;
  actor: Actor | undefined;
  name: string;
  /** Name of the invocation's root run: with the graph node, which agent a model call belongs to. */
  rootName: string;
  startedAt: number;
  chainKind?: ChainKind;
  isRoot: boolean;
  // model runs
  model?: RequestFacts;
  firstTokenAt?: number;
  chunks?: number;
  streamed?: string[];
  streamedChars?: number;
  /** Tags this run was started with (its own and inherited). */
  tags?: readonly string[];
  /** Chain inputs/outputs are kept (root, or tagged `audit:keep` itself). */
  keepContent?: boolean;
  // tool runs
  callId?: string;
  arguments?: unknown;
  /** A model run's signal listener (removed when the run ends). */
  stopListening?: () => void;
}

/** The run's `AbortSignal`: LangChain passes the call options (`signal` included) to model starts. */
function signalOf(extraParams: Record<string, unknown> | undefined): AbortSignal | undefined {
  const options = extraParams?.['options'];
  const signal = isRecord(options) ? options['signal'] : undefined;
  return typeof AbortSignal !== 'undefined' && signal instanceof AbortSignal ? signal : undefined;
}

/** The error LangChain makes of an aborted signal (`getAbortSignalError`). */
function abortReason(signal: AbortSignal): unknown {
  const reason: unknown = signal.reason;
  if (reason instanceof Error) return reason;
  if (typeof reason === 'string') return new Error(reason);
  return new Error('Aborted');
}

const ACTOR_TYPES = new Set(['user', 'agent', 'admin', 'system', 'service']);
// Partial output kept from a stream that fails midway, so model.error shows what was said.
const MAX_STREAMED_CHARS = 256 * 1024;

function spanIdOf(runId: string): string {
  const hex = createHash('sha256').update(runId).digest('hex').slice(0, 16);
  return /^0+$/.test(hex) ? '0000000000000001' : hex;
}

function errorOf(error: unknown): Error | { message: string; type?: string } {
  if (error instanceof Error) return error;
  if (isRecord(error) && typeof error['message'] === 'string') {
    return { message: error['message'], ...(typeof error['name'] === 'string' ? { type: error['name'] } : {}) };
  }
  return { message: String(error) };
}

/**
 * An abort: the signal's reason (`AbortError`, or whatever `getAbortSignalError` makes of it)
 * or LangGraph's `new Error('Abort')` when a run's signal fires between or during steps.
 */
function isAbortError(error: unknown): boolean {
  const name = isRecord(error) || error instanceof Error ? (error as { name?: unknown }).name : undefined;
  if (name === 'AbortError') return true;
  const message = isRecord(error) || error instanceof Error ? (error as { message?: unknown }).message : undefined;
  return name === 'Error' && (message === 'Abort' || message === 'Aborted');
}

const OPTION_KEYS: readonly string[] = ['auditor', 'sessionId', 'actor', 'capture', 'failClosed', 'keepChain', 'maxOpenRuns', 'pause'];
/** Options that are objects of options of their own, with their keys: a misspelt one (`actor.nme`) is refused too. */
const NESTED_OPTION_KEYS: Readonly<Record<string, readonly string[]>> = {
  actor: Object.keys(actorSchema.shape),
  capture: ['default', 'content', 'arguments', 'result'] satisfies ReadonlyArray<keyof CapturePolicy>,
};

/** LangGraph signals human-in-the-loop pauses by throwing; they are not failures. */
function isInterrupt(error: unknown): boolean {
  const name = isRecord(error) || error instanceof Error ? (error as { name?: unknown }).name : undefined;
  return name === 'GraphInterrupt' || name === 'NodeInterrupt';
}

function isControlFlow(error: unknown): boolean {
  const name = isRecord(error) || error instanceof Error ? (error as { name?: unknown }).name : undefined;
  return name === 'ParentCommand' || name === 'GraphBubbleUp';
}

/**
 * A LangChain callback handler that records every model, tool, retriever and agent/graph
 * step of a run as a correlated, redacted, chained audit event.
 *
 * - LangChain run ids map onto spans (one trace per top-level invocation); chain runs that
 *   are not kept re-parent their children to the nearest kept ancestor.
 * - The handler is always awaited (`awaitHandlers = true`, whatever
 *   `LANGCHAIN_CALLBACKS_BACKGROUND` says), so every event is handed to the auditor before
 *   the step it describes goes on and before `invoke` resolves.
 * - Every callback is guarded: a failure goes to the auditor's `onError`, never into the
 *   agent, unless `failClosed` is set.
 *
 * @example
 * ```ts
 * import { createAuditor, fileLedger } from '@agent-audit/core';
 * import { AuditCallbackHandler } from '@agent-audit/langchain';
 *
 * const auditor = createAuditor({ agent: { id: 'support-bot' }, sink: fileLedger({ dir: './audit' }) });
 * const handler = new AuditCallbackHandler({ auditor, actor: { id: 'u-42', type: 'user' } });
 * const result = await agent.invoke(
 *   { messages: [{ role: 'user', content: 'Where is my refund?' }] },
 *   { callbacks: [handler], metadata: { audit_session_id: 'conv-7' } },
 * );
 * await auditor.flush();
 * ```
 */
export class AuditCallbackHandler extends BaseCallbackHandler {
  name = 'agent_audit_callback_handler';

  static override lc_name(): string {
    return 'AuditCallbackHandler';
  }

  readonly auditor: Auditor;
  readonly failClosed: boolean;
  private readonly sessionId: string | undefined;
  private readonly actor: Actor | undefined;
  private readonly capture: CaptureMode | CapturePolicy | undefined;
  private readonly keepChain: (run: ChainRunInfo) => boolean;
  private readonly maxOpenRuns: number;
  private readonly pause: PauseGate | undefined;
  private readonly runs = new Map<string, RunState>();
  /** Bad metadata already reported, per invocation (trace) and problem: each is reported once. */
  private readonly reported = new Set<string>();
  /** Per agent (root run name and graph node): the system prompt and model of its last model call. */
  private readonly configs = new Map<string, AgentConfig>();
  /** Invocations (traces) in which an abort was seen: their later failures are aborted ends too. */
  private readonly abortedTraces = new Set<string>();
  /**
   * The invocation's signal (from its model runs' call options): a failure while it is aborted is
   * an aborted end whatever its reason (`ac.abort(new Error('user stop'))`, `ac.abort('stop!')`).
   */
  private readonly traceSignals = new Map<string, AbortSignal>();
  /** Model runs the signal ended (their later end or error from LangChain is not recorded again). */
  private readonly abortEnded = new Set<string>();

  constructor(options: AuditCallbackHandlerOptions) {
    const failClosed = options?.failClosed === true;
    // Only the flags go to LangChain (lc_kwargs), never the auditor.
    // A pause refusal must reach LangChain: with `pause`, raiseError is on, and the fail-open
    // guard still keeps every other failure away from the agent.
    const raiseError = failClosed || (options?.pause !== undefined && options?.pause !== null);
    super({ _awaitHandler: true, raiseError });
    // Core's one check: "did you mean" for a near miss, else the known keys; a key set to `undefined` is refused too.
    // Before the auditor's own check, so a misspelt `auditr` is named (did you mean `auditor`?).
    if (options && typeof options === 'object') rejectUnknownOptions('AuditCallbackHandler', options, OPTION_KEYS, { allowUndefined: false, nested: NESTED_OPTION_KEYS });
    if (!options || typeof options !== 'object' || !options.auditor || typeof options.auditor.record !== 'function') {
      throw new AuditError({ message: 'AuditCallbackHandler needs an `auditor` (from createAuditor)', code: 'invalid_options' });
    }
    if (options.actor !== undefined && (typeof options.actor.id !== 'string' || !ACTOR_TYPES.has(options.actor.type))) {
      throw new AuditError({
        message: 'AuditCallbackHandler `actor` must be { id: string, type: user|agent|admin|system|service }',
        code: 'invalid_options',
      });
    }
    if (options.maxOpenRuns !== undefined && !(Number.isInteger(options.maxOpenRuns) && options.maxOpenRuns > 0)) {
      throw new AuditError({ message: 'AuditCallbackHandler `maxOpenRuns` must be a positive integer', code: 'invalid_options' });
    }
    if (options.pause !== undefined && (options.pause === null || typeof options.pause.check !== 'function' || (options.pause.agent !== undefined && typeof options.pause.agent !== 'string'))) {
      throw new AuditError({ message: 'AuditCallbackHandler `pause` must be { check(agent), agent?: string } (e.g. pauseStore())', code: 'invalid_options' });
    }
    this.auditor = options.auditor;
    this.failClosed = failClosed;
    this.sessionId = options.sessionId;
    this.actor = options.actor;
    this.capture = options.capture;
    this.keepChain = options.keepChain ?? defaultKeepChain;
    this.maxOpenRuns = options.maxOpenRuns ?? 10_000;
    this.pause = options.pause;
    // Recorded before LangChain goes on, whatever LANGCHAIN_CALLBACKS_BACKGROUND says.
    this.awaitHandlers = true;
    this.raiseError = raiseError;
  }

  /** Run state is shared: a copy records into the same spans. */
  override copy(): this {
    return this;
  }

  /** Number of runs started whose end has not arrived yet (for tests and leak checks). */
  get openRuns(): number {
    return this.runs.size;
  }

  // ---------------------------------------------------------------- plumbing

  /** Runs a callback body: fail-open guards it, fail-closed lets failures propagate. */
  private guard(callback: string, body: () => RecordInput | RecordInput[] | undefined): Promise<void> | void {
    if (this.failClosed) {
      const inputs = body();
      if (inputs === undefined) return;
      const list = Array.isArray(inputs) ? inputs : [inputs];
      return list.reduce<Promise<void>>((chain, input) => chain.then(async () => void (await this.auditor.recordDurable(input))), Promise.resolve());
    }
    try {
      const inputs = body();
      if (inputs === undefined) return;
      for (const input of Array.isArray(inputs) ? inputs : [inputs]) this.auditor.record(input);
    } catch (error) {
      this.report(callback, error);
    }
  }

  private report(callback: string, error: unknown): void {
    try {
      const message = error instanceof Error ? error.message : String(error);
      this.auditor.onError(new AuditError({ message: `langchain handler ${callback} failed: ${message}`, cause: error, code: 'adapter_error' }));
    } catch {
      // onError itself failed: nothing left to tell.
    }
  }

  /**
   * Reports a bad metadata value once per invocation: LangChain hands the same metadata to
   * every run of an invocation (chains, models, tools), which would otherwise repeat it.
   */
  /**
   * An end that failed because the run was aborted (the error is an abort, or an abort was
   * already seen in this invocation) gets `error.type: 'AbortError'` and `attrs.aborted: true`.
   */
  private markAborted(state: RunState, error: unknown, input: RecordInput): void {
    if (!isAbortError(error) && !this.abortedTraces.has(state.traceId) && this.traceSignals.get(state.traceId)?.aborted !== true) return;
    if (!state.isRoot) {
      this.abortedTraces.add(state.traceId);
      // A root that never reports its end must not keep its trace here for ever.
      if (this.abortedTraces.size > 1024) this.abortedTraces.delete(this.abortedTraces.values().next().value as string);
    }
    const message = isRecord(error) || error instanceof Error ? (error as { message?: unknown }).message : undefined;
    input.error = { message: typeof message === 'string' ? message : String(error), type: 'AbortError' };
    input.attrs = { ...input.attrs, aborted: true };
  }

  private reportBadMetadata(traceId: string, message: string): void {
    const key = `${traceId}\u0000${message}`;
    if (this.reported.has(key)) return;
    if (this.reported.size >= 10_000) this.reported.clear();
    this.reported.add(key);
    this.report('metadata', new Error(message));
  }

  /**
   * An id from metadata: a non-empty string, or a finite number as its decimal text. Anything
   * else is bad: reported (once per invocation) and ignored, so the next key is read. An empty or
   * blank string is bad too: an id that names nobody (often a variable left unset).
   */
  private metadataId(metadata: Record<string, unknown> | undefined, keys: readonly string[], traceId: string): string | undefined {
    for (const key of keys) {
      const value = metadata?.[key];
      if (value === undefined || value === null) continue;
      if (typeof value === 'string' && value.trim() === '') {
        this.reportBadMetadata(traceId, `metadata.${key} is ${value === '' ? 'an empty string' : 'blank'}; ignored`);
        continue;
      }
      if (typeof value === 'string') return value;
      if (typeof value === 'number' && Number.isFinite(value)) return String(value);
      this.reportBadMetadata(traceId, `metadata.${key} must be a string or a number, got ${Array.isArray(value) ? 'array' : typeof value}; ignored`);
    }
    return undefined;
  }

  private resolveActor(metadata: Record<string, unknown> | undefined, inherited: Actor | undefined, traceId: string): Actor | undefined {
    const id = this.metadataId(metadata, ACTOR_METADATA_KEYS, traceId);
    if (id !== undefined) {
      const rawType = metadata?.[METADATA_KEYS.actorType];
      let type: Actor['type'] = 'user';
      if (typeof rawType === 'string' && ACTOR_TYPES.has(rawType)) type = rawType as Actor['type'];
      else if (rawType !== undefined) {
        this.reportBadMetadata(traceId, `${METADATA_KEYS.actorType} must be one of user, agent, admin, system, service; recorded as user`);
      }
      const name = metadata?.[METADATA_KEYS.actorName];
      return { id, type, ...(typeof name === 'string' && name.length > 0 ? { name } : {}) };
    }
    return inherited;
  }

  /** Opens the state of a run: trace, span, parent span, session and actor. */
  private open(
    kind: RunKind,
    runId: string,
    parentRunId: string | undefined,
    metadata: Record<string, unknown> | undefined,
    name: string,
    keep: (isRoot: boolean, parent: RunState | undefined) => boolean,
    store = true,
  ): RunState {
    const parent = parentRunId === undefined ? undefined : this.runs.get(parentRunId);
    const isRoot = parent === undefined;
    const recorded = keep(isRoot, parent);
    let traceId: string;
    let parentSpanId: string | undefined;
    let session: string | undefined;
    let actor: Actor | undefined;
    if (parent) {
      traceId = parent.traceId;
      parentSpanId = parent.spanId;
      session = parent.session;
      actor = parent.actor;
    } else {
      // A new invocation: join the application's current audit context when there is one.
      const context = this.auditor.currentContext();
      traceId = context?.trace.traceId ?? newTraceId();
      parentSpanId = context?.trace.spanId;
      session = this.sessionId ?? context?.session;
      actor = this.actor ?? context?.actor;
    }
    session = this.metadataId(metadata, SESSION_METADATA_KEYS, traceId) ?? session;
    actor = this.resolveActor(metadata, actor, traceId);
    const state: RunState = {
      kind,
      recorded,
      traceId,
      spanId: recorded ? spanIdOf(runId) : (parent?.spanId ?? spanIdOf(runId)),
      parentSpanId: recorded ? parentSpanId : parent?.parentSpanId,
      session,
      actor,
      name,
      rootName: parent?.rootName ?? name,
      startedAt: performance.now(),
      isRoot,
    };
    if (!recorded && !parent) {
      // Should not happen (roots are always kept); keep the span valid anyway.
      state.recorded = true;
    }
    if (!store) return state;
    this.runs.set(runId, state);
    if (this.runs.size > this.maxOpenRuns) {
      const oldest = this.runs.keys().next().value;
      if (oldest !== undefined) {
        this.runs.delete(oldest);
        this.report('open', new Error(`more than ${this.maxOpenRuns} open runs; forgot the oldest (its end was never reported)`));
      }
    }
    return state;
  }

  /** The state of a run that ends, or a stand-in when its start was never seen. */
  private close(runId: string, kind: RunKind, parentRunId: string | undefined): RunState {
    const state = this.runs.get(runId);
    if (state) {
      this.runs.delete(runId);
      return state;
    }
    // An end without a start (handler attached midway, or evicted): record it on its own span.
    return this.open(kind, runId, parentRunId, undefined, kind, () => true, false);
  }

  private base(state: RunState, type: string): RecordInput {
    const input: RecordInput = {
      type,
      source: 'langchain',
      trace: {
        traceId: state.traceId,
        spanId: state.spanId,
        ...(state.parentSpanId === undefined ? {} : { parentSpanId: state.parentSpanId }),
      },
    };
    if (state.session !== undefined) input.session = state.session;
    if (state.actor !== undefined) input.actor = state.actor;
    if (this.capture !== undefined) input.capture = this.capture;
    return input;
  }

  private elapsed(state: RunState): number {
    return Math.round((performance.now() - state.startedAt) * 1000) / 1000;
  }

  private langchainAttrs(runId: string, state: RunState, tags?: string[]): Record<string, unknown> {
    const attrs: Record<string, unknown> = { runId, name: state.name };
    const kept = userTags(tags);
    if (kept) attrs['tags'] = kept;
    return attrs;
  }

  // ---------------------------------------------------------------- chains

  override handleChainStart(
    chain: Serialized,
    inputs: ChainValues,
    runId: string,
    // LangChain 1.x passes the parent run id 4th (its BaseCallbackHandler typing says runType).
    parentRunId?: string,
    tags?: string[],
    metadata?: Record<string, unknown>,
    runType?: string,
    runName?: string,
  ): Promise<void> | void {
    return this.guard('handleChainStart', () => {
      const serializedId = serializedIdOf(chain);
      const name = runName ?? serializedName(chain) ?? 'chain';
      const info: ChainRunInfo = {
        runId,
        name,
        serializedId,
        tags: tags ?? [],
        metadata: metadata ?? {},
        isRoot: false,
        ...(parentRunId === undefined ? {} : { parentRunId }),
        ...(typeof runType === 'string' ? { runType } : {}),
      };
      const state = this.open('chain', runId, parentRunId, metadata, name, (isRoot, parent) => {
        info.isRoot = isRoot;
        // Tags are inherited by child runs; the keep rule sees only the tags given to this run.
        if (parent?.tags && info.tags.length > 0) info.tags = info.tags.filter((tag) => !parent.tags?.includes(tag));
        if (isRoot) return true;
        try {
          return this.keepChain(info) === true;
        } catch (error) {
          this.report('keepChain', error);
          return defaultKeepChain(info);
        }
      });
      state.chainKind = chainKind(info);
      if (tags && tags.length > 0) state.tags = tags;
      state.keepContent = state.isRoot || info.tags.includes('audit:keep');
      if (!state.recorded) return undefined;
      const input = this.base(state, 'chain.start');
      input.outcome = 'pending';
      const chainAttrs: Record<string, unknown> = { name, kind: state.chainKind };
      const node = metadata?.['langgraph_node'];
      const step = metadata?.['langgraph_step'];
      if (state.chainKind === 'node' && typeof node === 'string') chainAttrs['node'] = node;
      if (state.chainKind === 'node' && typeof step === 'number') chainAttrs['step'] = step;
      input.attrs = { chain: chainAttrs, langchain: this.langchainAttrs(runId, state, tags) };
      if (state.chainKind === 'prompt') {
        // The template and the values filled into it, kept apart: the template is the
        // application's, the variables carry the user's data (redacted by the core).
        const templates = templatesOf(chain);
        const variables = templateVariables(chain);
        input.content = { input: { templates, variables: shapeChainValues(inputs, false) } };
        input.attrs['prompt'] = { templateDigest: digestOf(templates), ...(variables === undefined ? {} : { inputVariables: variables }) };
        return input;
      }
      // Graph state repeats at every node; only the invocation's own input is kept.
      if (state.keepContent) input.content = { input: shapeChainValues(inputs, false) };
      return input;
    });
  }

  /** Forgets a chain run that ended; returns it only if it has events of its own. */
  private endChainRun(runId: string): RunState | undefined {
    const state = this.runs.get(runId);
    if (!state) return undefined;
    this.runs.delete(runId);
    return state.recorded ? state : undefined;
  }

  override handleChainEnd(outputs: ChainValues, runId: string, parentRunId?: string, tags?: string[]): Promise<void> | void {
    return this.guard('handleChainEnd', () => {
      const state = this.endChainRun(runId);
      if (state?.isRoot) this.traceSignals.delete(state.traceId);
      if (!state) return undefined;
      const input = this.base(state, 'chain.end');
      input.attrs = {
        chain: { name: state.name, kind: state.chainKind, durationMs: this.elapsed(state) },
        langchain: this.langchainAttrs(runId, state, tags),
      };
      if (state.keepContent) input.content = { output: shapeChainValues(outputs, true) };
      void parentRunId;
      return input;
    });
  }

  override handleChainError(error: unknown, runId: string, parentRunId?: string, tags?: string[]): Promise<void> | void {
    return this.guard('handleChainError', () => {
      const state = this.endChainRun(runId);
      if (!state) return undefined;
      const chain = { name: state.name, kind: state.chainKind, durationMs: this.elapsed(state) };
      if (isInterrupt(error) || isControlFlow(error)) {
        // A human-in-the-loop pause (or a hand-off to the parent graph) ends the step without failing it.
        const input = this.base(state, 'chain.end');
        input.outcome = isInterrupt(error) ? 'pending' : 'success';
        input.attrs = { chain: { ...chain, [isInterrupt(error) ? 'interrupted' : 'handedOff']: true }, langchain: this.langchainAttrs(runId, state, tags) };
        const interrupts = isRecord(error) ? error['interrupts'] : undefined;
        if (interrupts !== undefined) input.content = { output: interrupts };
        return input;
      }
      const input = this.base(state, 'chain.error');
      input.outcome = 'failure';
      input.error = errorOf(error);
      input.attrs = { chain, langchain: this.langchainAttrs(runId, state, tags) };
      this.markAborted(state, error, input);
      if (state.isRoot) {
        this.abortedTraces.delete(state.traceId);
        this.traceSignals.delete(state.traceId);
      }
      void parentRunId;
      return input;
    });
  }

  // ---------------------------------------------------------------- models

  override handleChatModelStart(
    llm: Serialized,
    messages: BaseMessage[][],
    runId: string,
    parentRunId?: string,
    extraParams?: Record<string, unknown>,
    tags?: string[],
    metadata?: Record<string, unknown>,
    runName?: string,
  ): Promise<void> | void {
    return this.guard('handleChatModelStart', () =>
      this.modelStart('model', llm, toMessageRecords(messages?.[0] ?? []), runId, parentRunId, extraParams, tags, metadata, runName),
    );
  }

  override handleLLMStart(
    llm: Serialized,
    prompts: string[],
    runId: string,
    parentRunId?: string,
    extraParams?: Record<string, unknown>,
    tags?: string[],
    metadata?: Record<string, unknown>,
    runName?: string,
  ): Promise<void> | void {
    return this.guard('handleLLMStart', () =>
      this.modelStart('llm', llm, prompts?.length === 1 ? prompts[0] : prompts, runId, parentRunId, extraParams, tags, metadata, runName),
    );
  }

  private modelStart(
    kind: 'model' | 'llm',
    llm: Serialized,
    content: unknown,
    runId: string,
    parentRunId: string | undefined,
    extraParams: Record<string, unknown> | undefined,
    tags: string[] | undefined,
    metadata: Record<string, unknown> | undefined,
    runName: string | undefined,
  ): RecordInput[] {
    const name = runName ?? serializedName(llm) ?? kind;
    const state = this.open(kind, runId, parentRunId, metadata, name, () => true);
    if (tags && tags.length > 0) state.tags = tags;
    state.model = requestFacts(llm, extraParams, metadata);
    const signal = signalOf(extraParams);
    if (signal) this.watchSignal(signal, runId, state, tags);
    const input = this.base(state, 'model.request');
    input.outcome = 'pending';
    const { tools, ...model } = state.model;
    input.model = model;
    input.content = { input: content };
    input.attrs = { langchain: { ...this.langchainAttrs(runId, state, tags), kind: kind === 'model' ? 'chat_model' : 'llm' } };
    if (tools) input.attrs['tools'] = tools;
    const node = metadata?.['langgraph_node'];
    return [...this.configChanges(state, typeof node === 'string' ? node : undefined, content), input];
  }

  /**
   * `config.prompt_change` / `config.model_change` when the system prompt or the model of an
   * agent differs from its previous model call (in this or an earlier invocation). An agent is
   * the invocation's root run name plus the graph node the model runs in. The first call of an
   * agent records nothing: there is nothing to compare with.
   */
  private configChanges(state: RunState, node: string | undefined, content: unknown): RecordInput[] {
    const agent = node === undefined ? state.rootName : `${state.rootName}/${node}`;
    const system = systemPromptOf(content);
    const model = { ...(state.model?.provider === undefined ? {} : { provider: state.model.provider }), ...(state.model?.id === undefined ? {} : { id: state.model.id }) };
    const now: AgentConfig = { modelDigest: digestOf(model), model, ...(system === undefined ? {} : { promptDigest: digestOf(system) }) };
    const before = this.configs.get(agent);
    this.configs.delete(agent);
    if (this.configs.size >= 10_000) {
      const oldest = this.configs.keys().next();
      if (!oldest.done) this.configs.delete(oldest.value);
    }
    this.configs.set(agent, { ...before, ...now });
    if (before === undefined) return [];
    const changes: RecordInput[] = [];
    const scope = { agent: state.rootName, ...(node === undefined ? {} : { node }) };
    if (now.promptDigest !== undefined && before.promptDigest !== undefined && now.promptDigest !== before.promptDigest) {
      const change = this.base(state, 'config.prompt_change');
      change.content = { input: { system } };
      change.attrs = { config: { ...scope, oldDigest: before.promptDigest, newDigest: now.promptDigest } };
      changes.push(change);
    }
    if (before.modelDigest !== undefined && now.modelDigest !== before.modelDigest) {
      const change = this.base(state, 'config.model_change');
      change.model = model;
      change.attrs = { config: { ...scope, oldDigest: before.modelDigest, newDigest: now.modelDigest, oldModel: before.model ?? {}, newModel: model } };
      changes.push(change);
    }
    return changes;
  }

  override handleLLMNewToken(token: string, _idx: unknown, runId: string): Promise<void> | void {
    // Tokens are folded into the response event; nothing is recorded per token.
    try {
      const state = this.runs.get(runId);
      if (!state) return;
      state.firstTokenAt ??= performance.now();
      state.chunks = (state.chunks ?? 0) + 1;
      if (typeof token === 'string' && token.length > 0 && (state.streamedChars ?? 0) < MAX_STREAMED_CHARS) {
        (state.streamed ??= []).push(token);
        state.streamedChars = (state.streamedChars ?? 0) + token.length;
      }
    } catch (error) {
      if (this.failClosed) throw error;
      this.report('handleLLMNewToken', error);
    }
  }

  private streamFacts(state: RunState): { timeToFirstChunkMs?: number; chunks?: number } {
    if (state.firstTokenAt === undefined) return {};
    return {
      timeToFirstChunkMs: Math.round((state.firstTokenAt - state.startedAt) * 1000) / 1000,
      chunks: state.chunks ?? 0,
    };
  }

  /**
   * Keeps the invocation's signal, and ends the model run as aborted when the signal fires while
   * it is open: LangChain sends no `handleLLMError` for a `.stream()` aborted midway, so its run
   * would otherwise stay open (`model.request` pending, no end).
   */
  private watchSignal(signal: AbortSignal, runId: string, state: RunState, tags: string[] | undefined): void {
    this.traceSignals.set(state.traceId, signal);
    if (this.traceSignals.size > 1024) this.traceSignals.delete(this.traceSignals.keys().next().value as string);
    if (signal.aborted) return;
    const onAbort = (): void => {
      if (this.runs.get(runId) !== state) return;
      this.abortEnded.add(runId);
      if (this.abortEnded.size > 1024) this.abortEnded.delete(this.abortEnded.values().next().value as string);
      try {
        const pending = this.guard('abort', () => {
          this.runs.delete(runId);
          return this.modelError(state, abortReason(signal), runId, tags);
        });
        if (pending) pending.catch((error: unknown) => this.report('abort', error));
      } catch (error) {
        this.report('abort', error);
      }
    };
    signal.addEventListener('abort', onAbort, { once: true });
    state.stopListening = () => signal.removeEventListener('abort', onAbort);
  }

  /** True (and forgets it) when the signal already ended this model run. */
  private endedByAbort(runId: string): boolean {
    if (!this.abortEnded.has(runId)) {
      this.runs.get(runId)?.stopListening?.();
      return false;
    }
    this.abortEnded.delete(runId);
    return true;
  }

  override handleLLMEnd(output: LLMResult, runId: string, parentRunId?: string, tags?: string[]): Promise<void> | void {
    if (this.endedByAbort(runId)) return;
    return this.guard('handleLLMEnd', () => {
      const state = this.close(runId, 'model', parentRunId);
      const facts = responseFacts(output, state.streamed?.join(''));
      const input = this.base(state, 'model.response');
      const stream = this.streamFacts(state);
      input.model = {
        ...(state.model?.provider === undefined ? {} : { provider: state.model.provider }),
        ...(facts.id ?? state.model?.id ? { id: facts.id ?? state.model?.id } : {}),
        latencyMs: this.elapsed(state),
        ...(stream.timeToFirstChunkMs === undefined ? {} : { timeToFirstChunkMs: stream.timeToFirstChunkMs }),
        ...(facts.usage === undefined ? {} : { usage: facts.usage }),
        ...(facts.finishReason === undefined ? {} : { finishReason: facts.finishReason }),
        ...(facts.responseId === undefined ? {} : { responseId: facts.responseId }),
        ...(facts.toolCalls === undefined ? {} : { toolCalls: facts.toolCalls }),
      };
      input.content = { output: facts.output };
      input.attrs = { langchain: this.langchainAttrs(runId, state, tags) };
      if (stream.chunks !== undefined) input.attrs['streamedChunks'] = stream.chunks;
      return input;
    });
  }

  override handleLLMError(error: unknown, runId: string, parentRunId?: string, tags?: string[]): Promise<void> | void {
    if (this.endedByAbort(runId)) return;
    return this.guard('handleLLMError', () => this.modelError(this.close(runId, 'model', parentRunId), error, runId, tags));
  }

  private modelError(state: RunState, error: unknown, runId: string, tags: string[] | undefined): RecordInput {
    const input = this.base(state, 'model.error');
    input.outcome = 'failure';
    input.error = errorOf(error);
    input.model = {
      ...(state.model?.provider === undefined ? {} : { provider: state.model.provider }),
      ...(state.model?.id === undefined ? {} : { id: state.model.id }),
      latencyMs: this.elapsed(state),
    };
    input.attrs = { langchain: this.langchainAttrs(runId, state, tags) };
    this.markAborted(state, error, input);
    if (state.streamed !== undefined) {
      // What the model had said before the stream failed.
      input.content = { output: state.streamed.join('') };
      input.attrs['streamedChunks'] = state.chunks ?? 0;
    }
    return input;
  }

  // ---------------------------------------------------------------- tools

  override handleToolStart(
    tool: Serialized,
    toolInput: string,
    runId: string,
    parentRunId?: string,
    tags?: string[],
    metadata?: Record<string, unknown>,
    runName?: string,
    toolCallId?: string,
  ): Promise<void> | void {
    const refusal = this.pauseRefusal();
    if (refusal !== undefined) return this.refuseTool(refusal, tool, toolInput, runId, parentRunId, metadata, runName, toolCallId);
    return this.guard('handleToolStart', () => {
      const name = runName ?? serializedName(tool) ?? 'tool';
      const state = this.open('tool', runId, parentRunId, metadata, name, () => true);
      if (tags && tags.length > 0) state.tags = tags;
      if (typeof toolCallId === 'string' && toolCallId.length > 0) state.callId = toolCallId;
      state.arguments = typeof toolInput === 'string' ? parseMaybeJson(toolInput) : toolInput;
      const input = this.base(state, 'tool.call');
      input.outcome = 'pending';
      input.tool = { name, arguments: state.arguments, ...(state.callId === undefined ? {} : { callId: state.callId }) };
      input.attrs = { langchain: this.langchainAttrs(runId, state, tags) };
      return input;
    });
  }

  /** The reason to refuse while the agent is paused (or its pause state cannot be read); never throws. */
  private pauseRefusal(): string | undefined {
    if (this.pause === undefined) return undefined;
    let agent = 'unknown';
    try {
      agent = this.pause.agent ?? this.auditor.agent.id;
      const result = this.pause.check(agent);
      if (result.paused !== false) return result.reason ?? `agent ${agent} is paused`;
      return undefined;
    } catch (error) {
      return `pause state of agent ${agent} unreadable (${error instanceof Error ? error.message : String(error)}): refusing (fail closed)`;
    }
  }

  /**
   * Records the refused call as its start, `tool.call` with outcome `denied`, and the
   * `policy.deny` that says why, both in the tool run's span (docs/FORMAT.md §2.2: a start refused
   * before it ran; the run is not kept: the tool never starts, so no end arrives), then rejects,
   * so LangChain does not run the tool.
   */
  private async refuseTool(
    reason: string,
    tool: Serialized,
    toolInput: string,
    runId: string,
    parentRunId: string | undefined,
    metadata: Record<string, unknown> | undefined,
    runName: string | undefined,
    toolCallId: string | undefined,
  ): Promise<void> {
    const name = runName ?? serializedName(tool) ?? 'tool';
    try {
      const state = this.open('tool', runId, parentRunId, metadata, name, () => true, false);
      const toolBlock = { name, arguments: typeof toolInput === 'string' ? parseMaybeJson(toolInput) : toolInput, ...(typeof toolCallId === 'string' && toolCallId.length > 0 ? { callId: toolCallId } : {}) };
      const call = this.base(state, 'tool.call');
      call.outcome = 'denied';
      call.tool = toolBlock;
      call.attrs = { langchain: this.langchainAttrs(runId, state, undefined), refused: true };
      const deny = this.base(state, 'policy.deny');
      deny.outcome = 'denied';
      deny.tool = toolBlock;
      deny.decision = { action: 'deny', policy: 'pause', reason };
      deny.attrs = { langchain: this.langchainAttrs(runId, state, undefined) };
      if (this.failClosed) {
        await this.auditor.recordDurable(call);
        await this.auditor.recordDurable(deny);
      } else {
        this.auditor.record(call);
        this.auditor.record(deny);
      }
    } catch (error) {
      // Not recorded: still refused (a paused agent never runs a tool); fail-closed says so.
      if (this.failClosed) throw error;
      this.report('handleToolStart', error);
    }
    throw new AuditError({ code: 'agent_paused', message: `tool ${name} refused: ${reason}` });
  }

  override handleToolEnd(output: unknown, runId: string, parentRunId?: string, tags?: string[]): Promise<void> | void {
    return this.guard('handleToolEnd', () => {
      const state = this.close(runId, 'tool', parentRunId);
      const { result, status } = toolResultOf(output);
      const failed = status === 'error';
      const input = this.base(state, failed ? 'tool.error' : 'tool.result');
      input.tool = {
        name: state.name,
        ...(state.callId === undefined ? {} : { callId: state.callId }),
        result,
        durationMs: this.elapsed(state),
      };
      if (failed) {
        // The tool reported its own failure in a ToolMessage with status "error".
        input.outcome = 'failure';
        input.error = { message: typeof result === 'string' ? result : 'tool returned an error status', type: 'ToolMessageError' };
      }
      input.attrs = { langchain: this.langchainAttrs(runId, state, tags) };
      return input;
    });
  }

  override handleToolError(error: unknown, runId: string, parentRunId?: string, tags?: string[]): Promise<void> | void {
    return this.guard('handleToolError', () => {
      const state = this.close(runId, 'tool', parentRunId);
      const pending = isInterrupt(error);
      const input = this.base(state, pending ? 'tool.result' : 'tool.error');
      input.outcome = pending ? 'pending' : isControlFlow(error) ? 'success' : 'failure';
      input.tool = { name: state.name, ...(state.callId === undefined ? {} : { callId: state.callId }), durationMs: this.elapsed(state) };
      if (input.outcome === 'failure') {
        input.tool.arguments = state.arguments;
        input.error = errorOf(error);
      }
      input.attrs = { langchain: { ...this.langchainAttrs(runId, state, tags), ...(pending ? { interrupted: true } : {}) } };
      if (input.outcome === 'failure') this.markAborted(state, error, input);
      return input;
    });
  }

  // ---------------------------------------------------------------- retrievers

  override handleRetrieverStart(
    retriever: Serialized,
    query: string,
    runId: string,
    parentRunId?: string,
    tags?: string[],
    metadata?: Record<string, unknown>,
    name?: string,
  ): Promise<void> | void {
    return this.guard('handleRetrieverStart', () => {
      const retrieverName = name ?? serializedName(retriever) ?? 'retriever';
      const state = this.open('retriever', runId, parentRunId, metadata, retrieverName, () => true);
      if (tags && tags.length > 0) state.tags = tags;
      const input = this.base(state, 'retrieval.query');
      input.outcome = 'pending';
      input.resource = { type: 'retriever', id: retrieverName, operation: 'query' };
      input.content = { input: query };
      input.attrs = { langchain: this.langchainAttrs(runId, state, tags) };
      return input;
    });
  }

  override handleRetrieverEnd(documents: DocumentInterface[], runId: string, parentRunId?: string, tags?: string[]): Promise<void> | void {
    return this.guard('handleRetrieverEnd', () => {
      const state = this.close(runId, 'retriever', parentRunId);
      const docs = documentsOf(documents);
      const input = this.base(state, 'retrieval.result');
      input.resource = { type: 'retriever', id: state.name, operation: 'query' };
      input.content = { output: docs.contents };
      input.attrs = {
        documentCount: docs.count,
        documents: docs.refs,
        durationMs: this.elapsed(state),
        langchain: this.langchainAttrs(runId, state, tags),
      };
      return input;
    });
  }

  override handleRetrieverError(error: unknown, runId: string, parentRunId?: string, tags?: string[]): Promise<void> | void {
    return this.guard('handleRetrieverError', () => {
      const state = this.close(runId, 'retriever', parentRunId);
      const input = this.base(state, 'retrieval.error');
      input.outcome = 'failure';
      input.error = errorOf(error);
      input.resource = { type: 'retriever', id: state.name, operation: 'query' };
      input.attrs = { durationMs: this.elapsed(state), langchain: this.langchainAttrs(runId, state, tags) };
      return input;
    });
  }

  // ---------------------------------------------------------------- app-level events

  /**
   * `dispatchCustomEvent(name, data)` from inside a run. A `noun.verb` name (e.g.
   * `decision.made`, `approval.grant`, `policy.deny`) becomes the event type; any other name
   * is recorded as `custom.event` with `attrs.name`. From `data`: `action`, `reason`,
   * `policy` fill the decision block; `outcome` and `resource` their blocks; the rest goes
   * to `content.input` (redacted by the core).
   */
  override handleCustomEvent(eventName: string, data: unknown, runId: string, tags?: string[], metadata?: Record<string, unknown>): Promise<void> | void {
    return this.guard('handleCustomEvent', () => {
      const state = this.runs.get(runId) ?? this.open('chain', runId, undefined, metadata, 'custom', () => true, false);
      const reserved = /^(ledger|vault)\./.test(eventName);
      const isType = typeof eventName === 'string' && /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/.test(eventName) && !reserved;
      const input = this.base(state, isType ? eventName : 'custom.event');
      const attrs: Record<string, unknown> = { langchain: this.langchainAttrs(runId, state, tags) };
      if (!isType) attrs['name'] = String(eventName);
      const payload = isRecord(data) ? { ...data } : data;
      if (isRecord(payload)) {
        if (typeof payload['action'] === 'string') {
          input.decision = {
            action: payload['action'],
            ...(typeof payload['reason'] === 'string' ? { reason: payload['reason'] } : {}),
            ...(typeof payload['policy'] === 'string' ? { policy: payload['policy'] } : {}),
          };
          delete payload['action'];
          if (typeof payload['reason'] === 'string') delete payload['reason'];
          if (typeof payload['policy'] === 'string') delete payload['policy'];
        }
        const outcome = payload['outcome'];
        if (outcome === 'success' || outcome === 'failure' || outcome === 'denied' || outcome === 'pending') {
          input.outcome = outcome;
          delete payload['outcome'];
        }
        const resource = payload['resource'];
        if (isRecord(resource) && typeof resource['type'] === 'string' && typeof resource['id'] === 'string') {
          input.resource = {
            type: resource['type'],
            id: resource['id'],
            ...(typeof resource['operation'] === 'string' ? { operation: resource['operation'] } : {}),
          };
          delete payload['resource'];
        }
        if (Object.keys(payload).length > 0) input.content = { input: payload };
      } else if (payload !== undefined) {
        input.content = { input: payload };
      }
      input.attrs = attrs;
      return input;
    });
  }

  /** Legacy AgentExecutor agents: the action the agent chose, with its reasoning log. */
  override handleAgentAction(action: AgentAction, runId: string, _parentRunId?: string, tags?: string[]): Promise<void> | void {
    return this.guard('handleAgentAction', () => {
      const state = this.runs.get(runId);
      if (!state) return undefined;
      const input = this.base(state, 'decision.made');
      input.decision = { action: `tool:${action.tool}`, ...(action.log ? { reason: action.log } : {}) };
      input.tool = { name: action.tool, arguments: action.toolInput };
      input.attrs = { langchain: this.langchainAttrs(runId, state, tags) };
      return input;
    });
  }

  /** Legacy AgentExecutor agents: the agent decided to answer. */
  override handleAgentEnd(action: AgentFinish, runId: string, _parentRunId?: string, tags?: string[]): Promise<void> | void {
    return this.guard('handleAgentEnd', () => {
      const state = this.runs.get(runId);
      if (!state) return undefined;
      const input = this.base(state, 'decision.made');
      input.decision = { action: 'finish', ...(action.log ? { reason: action.log } : {}) };
      input.content = { output: action.returnValues };
      input.attrs = { langchain: this.langchainAttrs(runId, state, tags) };
      return input;
    });
  }
}
