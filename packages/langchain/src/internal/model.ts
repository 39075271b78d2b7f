/**
 * Reads model facts out of LangChain's callback arguments: provider and model name (from the
 * `ls_*` metadata LangChain attaches), invocation parameters, token usage, finish reason,
 * response id and the tool calls the model asked for.
 */
import { contentOf, isRecord, toolCallsOf, type ToolCallRecord } from './messages.js';

export interface Usage {
  inputTokens?: number;
  outputTokens?: number;
  totalTokens?: number;
  reasoningTokens?: number;
  cachedInputTokens?: number;
}

export interface RequestFacts {
  provider?: string;
  id?: string;
  parameters?: Record<string, unknown>;
  tools?: string[];
}

export interface ResponseFacts {
  id?: string;
  usage?: Usage;
  finishReason?: string;
  responseId?: string;
  toolCalls?: ToolCallRecord[];
  output: unknown;
}

// Parameters that never belong in an audit record: credentials and client plumbing.
const SECRET_KEY = /(api[_-]?key|secret|password|passwd|authorization|credential|access[_-]?token|bearer|cookie)/i;
const DROPPED_PARAMS = new Set(['tools', 'functions', 'callbacks', 'signal', 'client', 'configuration', 'headers', 'default_headers', 'defaultHeaders']);

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function toolNames(tools: unknown): string[] | undefined {
  if (!Array.isArray(tools) || tools.length === 0) return undefined;
  return tools.map((t) => {
    if (!isRecord(t)) return 'unknown';
    const fn = isRecord(t['function']) ? t['function'] : isRecord(t['toolSpec']) ? t['toolSpec'] : undefined;
    return str(t['name']) ?? str(fn?.['name']) ?? 'unknown';
  });
}

/** The last segment of a serialized id, e.g. `ChatOpenAI`. */
export function serializedName(serialized: unknown): string | undefined {
  if (!isRecord(serialized)) return undefined;
  const id = serialized['id'];
  if (Array.isArray(id)) {
    const last: unknown = id.at(-1);
    if (typeof last === 'string') return last;
  }
  return str(serialized['name']);
}

export function requestFacts(serialized: unknown, extraParams: unknown, metadata: unknown): RequestFacts {
  const extra = isRecord(extraParams) ? extraParams : {};
  const meta = isRecord(metadata) ? metadata : {};
  const invocation = isRecord(extra['invocation_params']) ? extra['invocation_params'] : {};
  const kwargs = isRecord(serialized) && isRecord(serialized['kwargs']) ? serialized['kwargs'] : {};
  const facts: RequestFacts = {};
  const provider = str(meta['ls_provider']);
  if (provider !== undefined) facts.provider = provider;
  const id =
    str(meta['ls_model_name']) ??
    str(invocation['model']) ??
    str(invocation['model_name']) ??
    str(invocation['modelName']) ??
    str(invocation['model_id']) ??
    str(kwargs['model']) ??
    str(kwargs['model_name']);
  if (id !== undefined) facts.id = id;
  const parameters: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(invocation)) {
    if (value === undefined || DROPPED_PARAMS.has(key) || SECRET_KEY.test(key)) continue;
    if (key === 'model' || key === 'model_name' || key === 'modelName') continue;
    parameters[key] = value;
  }
  if (parameters['temperature'] === undefined && num(meta['ls_temperature']) !== undefined) parameters['temperature'] = meta['ls_temperature'];
  if (parameters['max_tokens'] === undefined && num(meta['ls_max_tokens']) !== undefined) parameters['max_tokens'] = meta['ls_max_tokens'];
  if (Object.keys(parameters).length > 0) facts.parameters = parameters;
  const tools = toolNames(invocation['tools']) ?? toolNames(invocation['functions']);
  if (tools !== undefined) facts.tools = tools;
  return facts;
}

function usageFromMetadata(usage: unknown): Usage | undefined {
  if (!isRecord(usage)) return undefined;
  const out: Usage = {};
  const input = num(usage['input_tokens']);
  const output = num(usage['output_tokens']);
  const total = num(usage['total_tokens']);
  if (input !== undefined) out.inputTokens = input;
  if (output !== undefined) out.outputTokens = output;
  if (total !== undefined) out.totalTokens = total;
  const inputDetails = isRecord(usage['input_token_details']) ? usage['input_token_details'] : {};
  const outputDetails = isRecord(usage['output_token_details']) ? usage['output_token_details'] : {};
  const cached = num(inputDetails['cache_read']);
  const reasoning = num(outputDetails['reasoning']);
  if (cached !== undefined) out.cachedInputTokens = cached;
  if (reasoning !== undefined) out.reasoningTokens = reasoning;
  return Object.keys(out).length > 0 ? out : undefined;
}

function usageFromLlmOutput(llmOutput: unknown): Usage | undefined {
  if (!isRecord(llmOutput)) return undefined;
  const usage = isRecord(llmOutput['tokenUsage'])
    ? llmOutput['tokenUsage']
    : isRecord(llmOutput['estimatedTokenUsage'])
      ? llmOutput['estimatedTokenUsage']
      : isRecord(llmOutput['usage'])
        ? llmOutput['usage']
        : undefined;
  if (usage === undefined) return undefined;
  const out: Usage = {};
  const input = num(usage['promptTokens']) ?? num(usage['prompt_tokens']) ?? num(usage['input_tokens']);
  const output = num(usage['completionTokens']) ?? num(usage['completion_tokens']) ?? num(usage['output_tokens']);
  const total = num(usage['totalTokens']) ?? num(usage['total_tokens']);
  if (input !== undefined) out.inputTokens = input;
  if (output !== undefined) out.outputTokens = output;
  if (total !== undefined) out.totalTokens = total;
  else if (input !== undefined && output !== undefined) out.totalTokens = input + output;
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Facts from an `LLMResult` (chat or text completion, invoked or streamed and aggregated). */
export function responseFacts(output: unknown, streamedText: string | undefined): ResponseFacts {
  const result = isRecord(output) ? output : {};
  const generations = Array.isArray(result['generations']) ? result['generations'] : [];
  const first: unknown = Array.isArray(generations[0]) ? generations[0][0] : undefined;
  const generation = isRecord(first) ? first : {};
  const message = isRecord(generation['message']) ? generation['message'] : undefined;
  const responseMetadata = message && isRecord(message['response_metadata']) ? message['response_metadata'] : {};
  const generationInfo = isRecord(generation['generationInfo']) ? generation['generationInfo'] : {};
  const facts: ResponseFacts = { output: undefined };

  const usage = usageFromMetadata(message?.['usage_metadata']) ?? usageFromLlmOutput(result['llmOutput']);
  if (usage !== undefined) facts.usage = usage;
  const finishReason =
    str(responseMetadata['finish_reason']) ??
    str(responseMetadata['stop_reason']) ??
    str(responseMetadata['finishReason']) ??
    str(generationInfo['finish_reason']) ??
    str(generationInfo['finishReason']);
  if (finishReason !== undefined) facts.finishReason = finishReason;
  const model = str(responseMetadata['model_name']) ?? str(responseMetadata['model']) ?? str(generationInfo['model_name']);
  if (model !== undefined) facts.id = model;
  // LangChain invents `run-<runId>` ids when the provider sends none; those are not response ids.
  const messageId = str(message?.['id']);
  const responseId = (messageId && !messageId.startsWith('run-') ? messageId : undefined) ?? str(responseMetadata['id']);
  if (responseId !== undefined) facts.responseId = responseId;
  const toolCalls = toolCallsOf(message?.['tool_calls']);
  if (toolCalls !== undefined) facts.toolCalls = toolCalls;

  if (message !== undefined) {
    const content = contentOf(message['content']);
    facts.output = { role: 'assistant', content };
  } else if (typeof generation['text'] === 'string') {
    facts.output = generation['text'];
  } else if (streamedText !== undefined) {
    facts.output = streamedText;
  }
  if (generations.length > 1 || (Array.isArray(generations[0]) && generations[0].length > 1)) {
    // n > 1 completions: keep them all so nothing the model said is lost.
    facts.output = generations.flatMap((g: unknown) =>
      Array.isArray(g) ? g.map((c: unknown) => (isRecord(c) ? (isRecord(c['message']) ? contentOf(c['message']['content']) : c['text']) : c)) : [],
    );
  }
  return facts;
}
