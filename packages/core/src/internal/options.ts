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

/**
 * Edit distance with adjacent transpositions (optimal string alignment, the restricted
 * Damerau-Levenshtein distance), for "did you mean": a swapped pair (`agnet`) is one edit, as a
 * missing, extra or wrong letter is. Compares UTF-16 code units as given (lower-case both for a
 * case-blind answer). Time and memory O(a.length × b.length): meant for names (options, servers,
 * tools) of a few dozen characters, not for text.
 *
 * @returns the number of edits, 0 for equal strings
 * @example editDistance('agnet', 'agent') // 1
 */
export function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
    }
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The known key `key` is a near miss of: the same but for case, else the closest within about one
 * edit in four characters (a swapped pair is one edit), else `undefined`.
 */
export function closeOption(key: string, known: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  return known.find((k) => k.toLowerCase() === lower) ?? known.filter((k) => editDistance(k.toLowerCase(), lower) <= Math.max(1, Math.floor(k.length / 4))).sort((a, b) => editDistance(a, key) - editDistance(b, key))[0];
}

/** How `rejectUnknownOptions()` treats an options object. */
export interface UnknownOptionsCheck {
  /**
   * Keys that belong to another function or object, with where they go instead
   * (`{ vault: 'the vault is the redactor\'s: …' }`): said in place of "did you mean".
   */
  hints?: Readonly<Record<string, string>>;
  /**
   * Whether an unknown key whose value is `undefined` is let through (`true`, the default, as
   * `createAuditor` does: such a key says nothing) or refused like any other (`false`, as the
   * LangChain and AI SDK adapters do: `{ sesionId: process.env.SESSION }` is a typo even while
   * the variable is unset).
   */
  allowUndefined?: boolean;
  /**
   * Options whose value, when it is an object (not `null`, not an array), is an options object of
   * its own, with every key it takes (`{ agent: ['id', 'name', 'version', 'region'] }`): its keys
   * are checked the same way, after the top level's, and an unknown one is named by its path
   * (`agent.verison`). A value of another type (a string, `true`) is left to the caller's own check.
   */
  nested?: Readonly<Record<string, readonly string[]>>;
}

/**
 * Refuses keys an options object does not know (a typo, or an option of another function)
 * instead of ignoring them. The one check of the core (`createAuditor`) and the adapters
 * (LangChain's `AuditCallbackHandler`, the AI SDK's `auditMiddleware`, `auditTelemetry`,
 * `pauseTools`).
 *
 * @param owner the function or class named first in the message (`createAuditor`, `AuditCallbackHandler`)
 * @param options the options object as given (its own enumerable keys are checked)
 * @param known every key it takes
 * @param check `hints` for keys that belong elsewhere; `allowUndefined` (default true); `nested`
 *   option objects whose own keys are checked too
 * @throws AuditError `invalid_options`, message `<owner>: unknown option \`<key>\` (<advice>)`, where the
 *   advice is the key's hint, else `did you mean \`<close>\`?` when a known key differs only in
 *   case or by about one edit in four characters (`stram`, `sesionId`, `agnet`, `Capture`), else
 *   `known: <every known key>`. The first unknown key is named, the top level's first; a nested
 *   one by its path: `<owner>: unknown option \`agent.verison\` (did you mean \`version\`?)`.
 *
 * @example
 * ```ts
 * rejectUnknownOptions('createAuditor', { agent, sink, stram: 'x' }, ['agent', 'sink', 'stream']) // throws: createAuditor: unknown option `stram` (did you mean `stream`?)
 * rejectUnknownOptions('createAuditor', { agent: { id: 'bot', verison: '2' } }, ['agent'], { nested: { agent: ['id', 'version'] } }) // throws: … `agent.verison` (did you mean `version`?)
 * ```
 */
export function rejectUnknownOptions(owner: string, options: object, known: readonly string[], check: UnknownOptionsCheck = {}): void {
  const hints = check.hints ?? {};
  const allowUndefined = check.allowUndefined ?? true;
  refuseUnknown(owner, '', options, known, hints, allowUndefined);
  for (const [key, keys] of Object.entries(check.nested ?? {})) {
    if (!Object.hasOwn(options, key)) continue;
    const value: unknown = (options as Record<string, unknown>)[key];
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) refuseUnknown(owner, `${key}.`, value, keys, {}, allowUndefined);
  }
}

function refuseUnknown(owner: string, path: string, options: object, known: readonly string[], hints: Readonly<Record<string, string>>, allowUndefined: boolean): void {
  for (const [key, value] of Object.entries(options)) {
    if ((value === undefined && allowUndefined) || known.includes(key)) continue;
    const hint = Object.hasOwn(hints, key) ? hints[key] : undefined;
    const close = closeOption(key, known);
    const advice = hint ?? (close !== undefined ? `did you mean \`${close}\`?` : `known: ${known.join(', ')}`);
    throw new AuditError({ code: 'invalid_options', message: `${owner}: unknown option \`${path}${key}\` (${advice})` });
  }
}
