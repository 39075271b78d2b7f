import { AuditError } from '../spec/errors.js';

/**
 * A public function's options object that has required fields: from plain JavaScript it may be
 * missing or not an object, which gets a clear `invalid_options` error instead of a TypeError
 * thrown while reading a field of `undefined`. (Options whose fields are all optional default to
 * `{}` in the signature instead.)
 */
export function requireOptions<T>(fn: string, options: T, expected: string): T & object {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new AuditError({ code: 'invalid_options', message: `${fn} needs ${expected}; got ${options === null ? 'null' : Array.isArray(options) ? 'an array' : typeof options}` });
  }
  return options as T & object;
}

/** Levenshtein distance, for "did you mean" (option names are short: at most a few dozen characters). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Refuses keys an options object does not know (a typo, or an option of another function), as
 * the adapters do, instead of ignoring them: `AuditError` `invalid_options` naming the key and,
 * where one is close (`redactionWoker`) or the option belongs elsewhere (`hints`), the right one.
 * Keys whose value is `undefined` are let through (they say nothing).
 *
 * @example
 * ```ts
 * rejectUnknownOptions('createAuditor', { agent, sink, stram: 'x' }, ['agent', 'sink', 'stream']) // throws: unknown option `stram` (did you mean `stream`?)
 * ```
 */
export function rejectUnknownOptions(fn: string, options: object, known: readonly string[], hints: Readonly<Record<string, string>> = {}): void {
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined || known.includes(key)) continue;
    const hint = Object.hasOwn(hints, key) ? hints[key] : undefined;
    const lower = key.toLowerCase();
    const close = known.find((k) => k.toLowerCase() === lower) ?? known.filter((k) => distance(k.toLowerCase(), lower) <= Math.max(1, Math.floor(k.length / 4))).sort((a, b) => distance(a, key) - distance(b, key))[0];
    const advice = hint ?? (close !== undefined ? `did you mean \`${close}\`?` : `known: ${known.join(', ')}`);
    throw new AuditError({ code: 'invalid_options', message: `${fn}: unknown option \`${key}\` (${advice})` });
  }
}
