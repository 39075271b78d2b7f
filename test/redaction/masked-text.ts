// A text as detectSensitive() would leave it, for tests that ask which values stay readable:
// each detection replaced by `[TYPE]` (overlaps: the first one wins); and a tool result as a
// redactor stores it, for tests that go through the whole redactor.
import { expect } from 'vitest';
import { detectSensitive, type Redactor } from '@agent-audit/core';

/** The text with each detection replaced by `[TYPE]`. */
export const masked = (text: string): string => {
  let out = '';
  let at = 0;
  for (const d of detectSensitive(text)) {
    if (d.start < at) continue;
    out += `${text.slice(at, d.start)}[${d.type}]`;
    at = d.end;
  }
  return out + text.slice(at);
};
/** The values still readable in the masked text (a leak each). */
export const leaks = (text: string, values: readonly string[]): string[] => values.filter((v) => masked(text).includes(v));
/** The values no longer readable in the masked text (each one masked though it should stay). */
export const kept = (text: string, values: readonly string[]): string[] => values.filter((v) => !masked(text).includes(v));

/** A text, the values that must be masked in it, and the parts that must stay readable. */
export type Case = [string, string[], string[]];
/** Expects each case's values masked and its parts kept (the masked text shown on failure). */
export function check(cases: Case[]): void {
  for (const [text, values, labels] of cases) {
    expect([masked(text), leaks(text, values)]).toEqual([masked(text), []]);
    expect([masked(text), kept(text, labels)]).toEqual([masked(text), []]);
  }
}

/**
 * A `tool.result` event's `result` as `redactor` stores it, as JSON text, with `stored`,
 * `leaksIn` (the values still in it) and `keptIn` (the values no longer in it). `redactor` is one
 * redactor for every call, or a function that makes a fresh one per call (no session memory
 * carried between calls); `callId`, when given, is the event's `tool.callId`. Throws for a
 * redactor that answers with a promise.
 */
export function storedResults(redactor: Redactor | (() => Redactor), callId?: string) {
  const stored = (result: unknown): string => {
    const made = typeof redactor === 'function' ? redactor() : redactor;
    const tool = callId === undefined ? { name: 't', result } : { name: 't', callId, result };
    const out = made.redact({ v: 1, id: 'x', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.result', agent: { id: 'a' }, source: 's', outcome: 'success', tool } as never, { capture: {} });
    if (typeof (out as { then?: unknown }).then === 'function') throw new Error('expected a synchronous redactor');
    return JSON.stringify((out as { event: { tool: { result: unknown } } }).event.tool.result);
  };
  return {
    stored,
    leaksIn: (result: unknown, values: readonly string[]): string[] => values.filter((v) => stored(result).includes(v)),
    keptIn: (result: unknown, values: readonly string[]): string[] => values.filter((v) => !stored(result).includes(v)),
  };
}

/**
 * `stored(text)`: a `tool.result` event's text `result` as `redactor` stores it (no capture options);
 * `gone(text, raws, labels)`: expects each of `raws` absent from it and each of `labels` present (the
 * stored text shown on failure). One redactor for every call: session memory carries between them.
 */
export function storedText(redactor: Redactor) {
  const stored = (text: string): string =>
    (redactor.redact({ v: 1, id: 'x', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.result', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', result: text } } as never, { capture: {} }) as { event: { tool: { result: string } } }).event.tool.result;
  const gone = (text: string, raws: string[], labels: string[]): void => {
    const out = stored(text);
    for (const raw of raws) expect([out, raw, out.includes(raw)]).toEqual([out, raw, false]);
    for (const word of labels) expect([out, word, out.includes(word)]).toEqual([out, word, true]);
  };
  return { stored, gone };
}
