import { compact } from './convert.js';

/** True for any non-null object (the SDK's events and message parts). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The value when it is a string. */
export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A field of an event whose type varies by operation (generateText, embed, rerank …), read without assuming the operation. */
export function field(event: object, key: string): unknown {
  return (event as Record<string, unknown>)[key];
}

/**
 * The input of a run as audited: instructions (ai 7) or system (ai 6), messages or prompt, and
 * the values of embedding operations.
 */
export function runInput(event: object): Record<string, unknown> {
  return (
    compact({
      instructions: field(event, 'instructions') ?? field(event, 'system'),
      messages: field(event, 'messages'),
      prompt: typeof field(event, 'prompt') === 'string' ? field(event, 'prompt') : undefined,
      value: field(event, 'value'),
      values: field(event, 'values'),
    }) ?? {}
  );
}
