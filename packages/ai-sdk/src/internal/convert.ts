import type { RecordInput } from '@agent-audit/core';

type Usage = NonNullable<NonNullable<RecordInput['model']>['usage']>;
type ErrorInput = NonNullable<RecordInput['error']>;

const finite = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

function compact<T extends Record<string, unknown>>(value: T): T | undefined {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = v;
  return Object.keys(out).length === 0 ? undefined : (out as T);
}

/** Provider-level usage (`LanguageModelV4Usage`) to the audit usage block. */
export function usageFromProvider(usage: unknown): Usage | undefined {
  if (typeof usage !== 'object' || usage === null) return undefined;
  const u = usage as { inputTokens?: Record<string, unknown>; outputTokens?: Record<string, unknown> };
  const input = finite(u.inputTokens?.['total']);
  const output = finite(u.outputTokens?.['total']);
  return compact<Usage>({
    inputTokens: input,
    outputTokens: output,
    totalTokens: input !== undefined || output !== undefined ? (input ?? 0) + (output ?? 0) : undefined,
    reasoningTokens: finite(u.outputTokens?.['reasoning']),
    cachedInputTokens: finite(u.inputTokens?.['cacheRead']),
  });
}

/** SDK-level usage (`LanguageModelUsage`) to the audit usage block. */
export function usageFromSdk(usage: unknown): Usage | undefined {
  if (typeof usage !== 'object' || usage === null) return undefined;
  const u = usage as Record<string, unknown> & {
    inputTokenDetails?: Record<string, unknown>;
    outputTokenDetails?: Record<string, unknown>;
  };
  return compact<Usage>({
    inputTokens: finite(u['inputTokens']),
    outputTokens: finite(u['outputTokens']),
    totalTokens: finite(u['totalTokens']),
    reasoningTokens: finite(u.outputTokenDetails?.['reasoningTokens']),
    cachedInputTokens: finite(u.inputTokenDetails?.['cacheReadTokens']),
  });
}

/** Tool-call inputs arrive from providers as JSON text; keep the parsed value, or the text when it is not JSON. */
export function parseToolInput(input: unknown): unknown {
  if (typeof input !== 'string') return input;
  if (input.length === 0) return {};
  try {
    return JSON.parse(input) as unknown;
  } catch {
    return input;
  }
}

/** Any thrown value as the core's error input (an `Error` is passed through; the core reads it). */
export function toErrorInput(error: unknown): ErrorInput {
  if (error instanceof Error) return error;
  if (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string') {
    const e = error as { message: string; name?: unknown; code?: unknown };
    return compact({
      message: e.message,
      type: typeof e.name === 'string' ? e.name : undefined,
      code: typeof e.code === 'string' || typeof e.code === 'number' ? e.code : undefined,
    }) as ErrorInput;
  }
  return { message: typeof error === 'string' ? error : `non-error value thrown: ${typeof error}` };
}

/** True for the errors `AbortSignal`s and the SDK raise on abort and timeout. */
export function isAbortError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const name = (error as { name?: unknown }).name;
  return name === 'AbortError' || name === 'TimeoutError';
}

/** The call settings worth auditing. Headers and provider options are left out: they may carry credentials. */
export function callParameters(params: Record<string, unknown>): Record<string, unknown> | undefined {
  const responseFormat = params['responseFormat'] as { type?: unknown; name?: unknown } | undefined;
  return compact({
    maxOutputTokens: params['maxOutputTokens'],
    temperature: params['temperature'],
    topP: params['topP'],
    topK: params['topK'],
    presencePenalty: params['presencePenalty'],
    frequencyPenalty: params['frequencyPenalty'],
    stopSequences: params['stopSequences'],
    seed: params['seed'],
    reasoning: params['reasoning'],
    toolChoice: params['toolChoice'],
    responseFormat: responseFormat === undefined ? undefined : compact({ type: responseFormat.type, name: responseFormat.name }),
  });
}

/** Tools offered to a model call (provider-level tool definitions): name, kind and description. */
export function toolsOffered(tools: unknown): Array<Record<string, unknown>> | undefined {
  if (!Array.isArray(tools) || tools.length === 0) return undefined;
  return tools.map((t: unknown) => {
    const tool = (typeof t === 'object' && t !== null ? t : {}) as Record<string, unknown>;
    return compact({
      type: tool['type'],
      name: tool['name'],
      id: tool['id'],
      description: tool['description'],
      inputSchema: tool['inputSchema'],
    }) ?? {};
  });
}

/** Names of the tools in an SDK `ToolSet` (the run-level view). */
export function toolNames(tools: unknown): string[] | undefined {
  if (typeof tools !== 'object' || tools === null) return undefined;
  const names = Object.keys(tools);
  return names.length === 0 ? undefined : names;
}

export { compact };
