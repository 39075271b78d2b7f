/**
 * Shapes LangChain messages, prompts, documents and tool outputs into small plain values
 * for the audit record. LangChain objects serialize to large `lc` constructor trees; the
 * ledger keeps only what an investigator reads: role, text, tool calls and ids.
 * Redaction is not done here: the core redacts every value before hashing.
 */

/** A message as it is recorded. */
export interface MessageRecord {
  role: string;
  content: unknown;
  name?: string;
  toolCallId?: string;
  toolCalls?: ToolCallRecord[];
}

export interface ToolCallRecord {
  id?: string;
  name: string;
  arguments?: unknown;
}

const ROLE_OF_TYPE: Record<string, string> = {
  human: 'user',
  user: 'user',
  ai: 'assistant',
  assistant: 'assistant',
  system: 'system',
  developer: 'system',
  tool: 'tool',
  function: 'tool',
  generic: 'generic',
  remove: 'remove',
};

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** The type of a LangChain message instance (`human`, `ai`, ...), or undefined for other values. */
function messageType(value: Record<string, unknown>): string | undefined {
  const getType = value['getType'] ?? value['_getType'];
  if (typeof getType === 'function') {
    try {
      const t: unknown = (getType as () => unknown).call(value);
      if (typeof t === 'string') return t;
    } catch {
      // fall through to the plain fields
    }
  }
  if (typeof value['type'] === 'string' && 'content' in value) return value['type'];
  return undefined;
}

/** Whether a value looks like a chat message (a LangChain instance or a `{ role, content }` dict). */
export function isMessageLike(value: unknown): value is Record<string, unknown> {
  if (!isRecord(value)) return false;
  if (!('content' in value)) return false;
  return messageType(value) !== undefined || typeof value['role'] === 'string';
}

/** Content blocks: text kept; binary payloads (base64 images, files, audio) go to the core, which records them as `{ mimeType, bytes, sha256 }`. */
export function contentOf(content: unknown): unknown {
  if (typeof content === 'string' || content === undefined || content === null) return content ?? '';
  if (!Array.isArray(content)) return content;
  const blocks = content.map((block): unknown => {
    if (typeof block === 'string') return block;
    if (!isRecord(block)) return block;
    const type = typeof block['type'] === 'string' ? block['type'] : 'unknown';
    if (type === 'text' && typeof block['text'] === 'string') return { type, text: block['text'] };
    if (type === 'tool_use' || type === 'tool_call' || type === 'function_call') {
      return { type, id: block['id'], name: block['name'], arguments: block['input'] ?? block['args'] ?? block['arguments'] };
    }
    return summarizeBinaryBlock(type, block);
  });
  if (blocks.length === 1 && isRecord(blocks[0]) && blocks[0]['type'] === 'text') return blocks[0]['text'];
  return blocks;
}

function summarizeBinaryBlock(type: string, block: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { type };
  for (const key of ['mimeType', 'mime_type', 'source_type', 'id', 'name'] as const) {
    if (typeof block[key] === 'string') out[key] = block[key];
  }
  const url = typeof block['url'] === 'string' ? block['url'] : isRecord(block['image_url']) ? block['image_url']['url'] : block['image_url'];
  // Payloads are passed on as given: the core replaces data: URLs, base64 and bytes by
  // { mimeType, bytes, sha256 } at record() (docs/FORMAT.md, "Media"), as for every adapter.
  for (const [key, value] of [['url', url], ['data', block['data']], ['source', block['source']]] as const) {
    if (typeof value === 'string' || isRecord(value)) out[key] = value;
  }
  return out;
}

export function toolCallsOf(value: unknown): ToolCallRecord[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const calls: ToolCallRecord[] = [];
  for (const call of value) {
    if (!isRecord(call)) continue;
    const fn = isRecord(call['function']) ? call['function'] : undefined;
    const name = str(call['name']) ?? str(fn?.['name']) ?? 'unknown';
    const record: ToolCallRecord = { name };
    const id = str(call['id']);
    if (id !== undefined) record.id = id;
    const args = call['args'] ?? call['arguments'] ?? fn?.['arguments'];
    if (args !== undefined) record.arguments = typeof args === 'string' ? parseMaybeJson(args) : args;
    calls.push(record);
  }
  return calls.length > 0 ? calls : undefined;
}

/** One message as recorded. Unknown values are passed through for the core to normalize. */
export function toMessageRecord(value: unknown): MessageRecord | unknown {
  if (typeof value === 'string') return { role: 'user', content: value };
  if (!isRecord(value)) return value;
  const type = messageType(value);
  const rawRole = typeof value['role'] === 'string' ? value['role'] : type;
  if (rawRole === undefined) return value;
  const role = ROLE_OF_TYPE[rawRole] ?? rawRole;
  const record: MessageRecord = { role, content: contentOf(value['content']) };
  const name = str(value['name']);
  if (name !== undefined) record.name = name;
  const toolCallId = str(value['tool_call_id']);
  if (toolCallId !== undefined) record.toolCallId = toolCallId;
  const toolCalls = toolCallsOf(value['tool_calls']);
  if (toolCalls !== undefined) record.toolCalls = toolCalls;
  return record;
}

export function toMessageRecords(messages: unknown): unknown[] {
  if (!Array.isArray(messages)) return [toMessageRecord(messages)];
  return messages.map(toMessageRecord);
}

/** `JSON.parse` when the text is JSON, else the text itself. */
export function parseMaybeJson(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed.length === 0 || !'{["'.includes(trimmed[0] ?? '')) return text;
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    return text;
  }
}

/**
 * Chain inputs/outputs: a state with `messages` keeps its messages shaped as records; a lone
 * message is shaped; anything else passes through for the core to normalize.
 */
export function shapeChainValues(values: unknown, lastMessageOnly: boolean): unknown {
  if (isMessageLike(values)) return toMessageRecord(values);
  if (Array.isArray(values) && values.every(isMessageLike)) {
    return lastMessageOnly ? toMessageRecord(values.at(-1)) : toMessageRecords(values);
  }
  if (!isRecord(values)) return values;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (key === 'messages' && Array.isArray(value)) {
      out[key] = lastMessageOnly ? value.slice(-1).map(toMessageRecord) : value.map(toMessageRecord);
    } else if (isMessageLike(value)) {
      out[key] = toMessageRecord(value);
    } else {
      out[key] = value;
    }
  }
  return out;
}

/** A tool's output: a ToolMessage becomes its content (+ artifact), a Command its update. */
export function toolResultOf(output: unknown): { result: unknown; status?: string } {
  if (typeof output === 'string') return { result: parseMaybeJson(output) };
  if (!isRecord(output)) return { result: output };
  const type = messageType(output);
  if (type === 'tool') {
    const content = contentOf(output['content']);
    const result = typeof content === 'string' ? parseMaybeJson(content) : content;
    const status = str(output['status']);
    if (output['artifact'] !== undefined) return { result: { content: result, artifact: output['artifact'] }, ...(status ? { status } : {}) };
    return { result, ...(status ? { status } : {}) };
  }
  if (isMessageLike(output)) return { result: toMessageRecord(output) };
  // LangGraph Command returned by a tool
  if ('update' in output || 'goto' in output) {
    return { result: { update: shapeChainValues(output['update'], false), goto: output['goto'] } };
  }
  return { result: output };
}

/** Retrieved documents: ids, sources and count for attrs, page contents for content.output. */
export function documentsOf(documents: unknown): { refs: Array<{ id?: string; source?: string }>; contents: unknown[]; count: number } {
  const list = Array.isArray(documents) ? documents : [];
  const refs: Array<{ id?: string; source?: string }> = [];
  const contents: unknown[] = [];
  for (const doc of list) {
    if (!isRecord(doc)) {
      refs.push({});
      contents.push(doc);
      continue;
    }
    const metadata = isRecord(doc['metadata']) ? doc['metadata'] : {};
    const ref: { id?: string; source?: string } = {};
    const id = doc['id'] ?? metadata['id'];
    if (typeof id === 'string' || typeof id === 'number') ref.id = String(id);
    const source = metadata['source'] ?? metadata['url'] ?? metadata['file_path'];
    if (typeof source === 'string') ref.source = source;
    refs.push(ref);
    contents.push(doc['pageContent']);
  }
  return { refs, contents, count: list.length };
}
