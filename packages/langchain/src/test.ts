/**
 * Test doubles for LangChain users of agent-audit: `@agent-audit/langchain/test`.
 *
 * LangChain's own `FakeStreamingChatModel` replays a single response, which cannot drive an
 * agent loop (model -> tool calls -> model -> answer). `ScriptedChatModel` is a real
 * `BaseChatModel` subclass that plays a script of turns, so `createAgent` and LangGraph run
 * their real loop with no API key.
 */
import type { CallbackManagerForLLMRun } from '@langchain/core/callbacks/manager';
import { BaseChatModel, type BaseChatModelCallOptions, type BindToolsInput } from '@langchain/core/language_models/chat_models';
import type { BaseLanguageModelInput } from '@langchain/core/language_models/base';
import { AIMessage, AIMessageChunk, type BaseMessage, type UsageMetadata } from '@langchain/core/messages';
import { ChatGenerationChunk, type ChatResult } from '@langchain/core/outputs';
import type { Runnable } from '@langchain/core/runnables';

/** One scripted turn: a reply, a plain text reply, an error to throw, or a function of the prompt. */
export type ScriptedTurn = AIMessage | string | Error | ((messages: BaseMessage[]) => AIMessage | string);

/** Options of {@link ScriptedChatModel}. */
export interface ScriptedChatModelOptions {
  /** Turns played in order, one per model call. */
  responses: ScriptedTurn[];
  /** Model name reported to callbacks (`ls_model_name`, `invocation_params.model`). Default `scripted-model`. */
  model?: string;
  /** Start again from the first turn when the script runs out (otherwise a call past the end throws). Default false. */
  loop?: boolean;
  /**
   * Token usage attached to replies that carry none: `estimate` counts four characters per
   * token (deterministic), `none` attaches nothing. Default `estimate`.
   */
  usage?: 'estimate' | 'none';
}

function estimateTokens(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4));
}

function messageText(message: BaseMessage): string {
  return typeof message.content === 'string' ? message.content : JSON.stringify(message.content);
}

/**
 * A chat model that plays a script: each call returns the next turn (an `AIMessage`, which may
 * carry `tool_calls`). It supports `bindTools` (tools are remembered, not used), `invoke` and
 * token streaming; when streamed, the reply is emitted word by word and the tool calls, usage
 * and finish reason arrive only in the last chunk, as most providers send them.
 *
 * @example
 * ```ts
 * import { AIMessage } from '@langchain/core/messages';
 * import { createAgent } from 'langchain';
 * import { ScriptedChatModel } from '@agent-audit/langchain/test';
 *
 * const model = new ScriptedChatModel({ responses: [
 *   new AIMessage({ content: '', tool_calls: [{ id: 'call_1', name: 'lookup', args: { id: 'P-1' } }] }),
 *   'The record is complete.',
 * ] });
 * const agent = createAgent({ model, tools: [lookup] });
 * ```
 */
export class ScriptedChatModel extends BaseChatModel<BaseChatModelCallOptions, AIMessageChunk> {
  static override lc_name(): string {
    return 'ScriptedChatModel';
  }

  readonly model: string;
  readonly loop: boolean;
  readonly usage: 'estimate' | 'none';
  /** Tools last bound with `bindTools`, as OpenAI-style function definitions (names and descriptions). */
  boundTools: Array<{ type: 'function'; function: { name: string; description?: string } }> = [];
  /** Number of model calls played so far. */
  calls = 0;
  private readonly responses: ScriptedTurn[];

  constructor(options: ScriptedChatModelOptions) {
    super({});
    if (!Array.isArray(options?.responses)) throw new TypeError('ScriptedChatModel needs a `responses` array');
    this.responses = [...options.responses];
    this.model = options.model ?? 'scripted-model';
    this.loop = options.loop ?? false;
    this.usage = options.usage ?? 'estimate';
  }

  _llmType(): string {
    return 'scripted';
  }

  override getLsParams(options: this['ParsedCallOptions']) {
    return { ...super.getLsParams(options), ls_provider: 'scripted', ls_model_name: this.model };
  }

  override invocationParams(): Record<string, unknown> {
    // Like a real provider, the bound tools are part of what is sent.
    return { model: this.model, temperature: 0, ...(this.boundTools.length > 0 ? { tools: this.boundTools } : {}) };
  }

  override bindTools(
    tools: BindToolsInput[],
    _kwargs?: Partial<BaseChatModelCallOptions>,
  ): Runnable<BaseLanguageModelInput, AIMessageChunk, BaseChatModelCallOptions> {
    // Tools are remembered on this model (not a copy) so the script position is shared.
    this.boundTools = tools.map((t) => {
      const named = t as { name?: unknown; description?: unknown; function?: { name?: unknown; description?: unknown } };
      const name = String(named.name ?? named.function?.name ?? 'tool');
      const description = named.description ?? named.function?.description;
      return { type: 'function' as const, function: { name, ...(typeof description === 'string' ? { description } : {}) } };
    });
    return this;
  }

  /** The next reply of the script, as an AIMessage with usage and finish reason filled in. */
  private next(messages: BaseMessage[]): AIMessage {
    if (this.calls >= this.responses.length && !this.loop) {
      throw new Error(`ScriptedChatModel: script exhausted after ${this.responses.length} turns`);
    }
    const turn = this.responses[this.calls % this.responses.length];
    this.calls += 1;
    if (turn instanceof Error) throw turn;
    const produced = typeof turn === 'function' ? turn(messages) : turn;
    const reply = typeof produced === 'string' ? new AIMessage(produced) : produced;
    if (reply === undefined) throw new Error('ScriptedChatModel: empty turn');
    const finishReason = (reply.tool_calls?.length ?? 0) > 0 ? 'tool_calls' : 'stop';
    let usage: UsageMetadata | undefined = reply.usage_metadata;
    if (usage === undefined && this.usage === 'estimate') {
      const input = estimateTokens(messages.map(messageText).join('\n'));
      const output = estimateTokens(messageText(reply) + JSON.stringify(reply.tool_calls ?? []));
      usage = { input_tokens: input, output_tokens: output, total_tokens: input + output };
    }
    return new AIMessage({
      content: reply.content,
      tool_calls: reply.tool_calls ?? [],
      ...(reply.id === undefined ? {} : { id: reply.id }),
      ...(usage === undefined ? {} : { usage_metadata: usage }),
      response_metadata: { finish_reason: finishReason, model_name: this.model, ...reply.response_metadata },
    });
  }

  async _generate(messages: BaseMessage[]): Promise<ChatResult> {
    const message = this.next(messages);
    return { generations: [{ text: messageText(message), message }] };
  }

  override async *_streamResponseChunks(
    messages: BaseMessage[],
    _options: this['ParsedCallOptions'],
    runManager?: CallbackManagerForLLMRun,
  ): AsyncGenerator<ChatGenerationChunk> {
    const message = this.next(messages);
    const text = messageText(message);
    const pieces = text.length === 0 ? [] : text.split(/(?<=\s)/);
    for (const piece of pieces) {
      const chunk = new ChatGenerationChunk({ text: piece, message: new AIMessageChunk({ content: piece }) });
      yield chunk;
      await runManager?.handleLLMNewToken(piece, { prompt: 0, completion: 0 }, undefined, undefined, undefined, { chunk });
    }
    // Tool calls, usage and finish reason arrive only with the final chunk, as providers send them.
    const last = new ChatGenerationChunk({
      text: '',
      message: new AIMessageChunk({
        content: '',
        ...(message.id === undefined ? {} : { id: message.id }),
        tool_call_chunks: (message.tool_calls ?? []).map((call, index) => ({
          type: 'tool_call_chunk' as const,
          index,
          ...(call.id === undefined ? {} : { id: call.id }),
          name: call.name,
          args: JSON.stringify(call.args),
        })),
        ...(message.usage_metadata === undefined ? {} : { usage_metadata: message.usage_metadata }),
        response_metadata: message.response_metadata,
      }),
    });
    yield last;
  }
}
