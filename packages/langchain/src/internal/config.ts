import { createHash } from 'node:crypto';
import { canonicalize } from '@agent-audit/core';
import { isRecord } from './messages.js';

/** One message template of a prompt template: its role and template text (variables unfilled). */
export interface TemplatePart {
  role: string;
  template: string;
  /** `f-string` or `mustache`, as LangChain names it. */
  format?: string;
}

const ROLE_OF_TEMPLATE: Record<string, string> = {
  SystemMessagePromptTemplate: 'system',
  HumanMessagePromptTemplate: 'user',
  AIMessagePromptTemplate: 'assistant',
  ChatMessagePromptTemplate: 'chat',
};

/** `sha256:` + hex SHA-256 of the RFC 8785 canonical JSON of a value. */
export function digestOf(value: unknown): string {
  return `sha256:${createHash('sha256').update(canonicalize(value)).digest('hex')}`;
}

/**
 * The templates of a serialized prompt template (`PromptTemplate`: one part; `ChatPromptTemplate`:
 * one per message template; a `MessagesPlaceholder` is kept as `{ role: 'placeholder', template:
 * '{variable}' }`). Empty when the serialization carries none (a custom class).
 */
export function templatesOf(serialized: unknown): TemplatePart[] {
  // LangChain hands the serialization with its nested message templates still as live objects
  // (they serialize through toJSON): read it as its JSON form.
  const plain = asJson(serialized);
  if (!isRecord(plain) || !isRecord(plain['kwargs'])) return [];
  const kwargs = plain['kwargs'];
  if (typeof kwargs['template'] === 'string') {
    return [{ role: 'prompt', template: kwargs['template'], ...(typeof kwargs['template_format'] === 'string' && { format: kwargs['template_format'] }) }];
  }
  if (!Array.isArray(kwargs['messages'])) return [];
  const parts: TemplatePart[] = [];
  for (const message of kwargs['messages'] as unknown[]) {
    if (!isRecord(message)) continue;
    const id = Array.isArray(message['id']) ? (message['id'] as unknown[]) : [];
    const cls = typeof id.at(-1) === 'string' ? (id.at(-1) as string) : '';
    const inner = isRecord(message['kwargs']) ? message['kwargs'] : {};
    if (cls === 'MessagesPlaceholder') {
      parts.push({ role: 'placeholder', template: `{${typeof inner['variable_name'] === 'string' ? inner['variable_name'] : ''}}` });
      continue;
    }
    const prompt = isRecord(inner['prompt']) && isRecord(inner['prompt']['kwargs']) ? inner['prompt']['kwargs'] : undefined;
    if (prompt === undefined || typeof prompt['template'] !== 'string') continue;
    const role = ROLE_OF_TEMPLATE[cls] ?? (typeof inner['role'] === 'string' ? inner['role'] : 'message');
    parts.push({ role, template: prompt['template'], ...(typeof prompt['template_format'] === 'string' && { format: prompt['template_format'] }) });
  }
  return parts;
}

function asJson(value: unknown): unknown {
  try {
    return JSON.parse(JSON.stringify(value)) as unknown;
  } catch {
    return undefined;
  }
}

/** The declared variable names of a serialized prompt template (`input_variables`). */
export function templateVariables(serialized: unknown): string[] | undefined {
  if (!isRecord(serialized) || !isRecord(serialized['kwargs'])) return undefined;
  const names = serialized['kwargs']['input_variables'];
  return Array.isArray(names) ? names.filter((n): n is string => typeof n === 'string') : undefined;
}

/** The system prompt of a model call: the contents of its system messages, in order; undefined without any. */
export function systemPromptOf(messages: unknown): unknown[] | undefined {
  if (!Array.isArray(messages)) return undefined;
  const system = (messages as unknown[]).filter((m) => isRecord(m) && m['role'] === 'system').map((m) => (m as Record<string, unknown>)['content']);
  return system.length > 0 ? system : undefined;
}

/** What the handler remembers of an agent's last model call, to see its prompt or model change. */
export interface AgentConfig {
  promptDigest?: string;
  modelDigest?: string;
  model?: { provider?: string; id?: string };
}
