import { AuditError, rejectUnknownOptions } from '@agent-audit/core';

/**
 * Refuses a key that an object of the proxy's configuration does not know (`policy.denny`,
 * `policy.rules[0].knd`, `mcpServers.fs.comand`, a top-level `polcy`), with core's
 * `rejectUnknownOptions` ("did you mean"). A misspelt key is never ignored: a misspelt `deny` is no
 * policy at all. A key set to `undefined` is refused too (`{ polcy: undefined }` is a typo even so).
 * Throws a plain `Error` whose message names the key's path: ``unknown key `policy.denny` (did you
 * mean `deny`?)``; the callers wrap it as `invalid_config`.
 *
 * @param path where the object is (`policy`, `policy.rules[0]`, `mcpServers.fs`); `''` for the top level
 * @param value the object as given (its own enumerable keys are checked)
 * @param known every key it takes
 * @param hints keys that belong elsewhere, with what to say instead of "did you mean"
 */
export function refuseUnknownKeys(path: string, value: object, known: readonly string[], hints?: Readonly<Record<string, string>>): void {
  const key = Object.keys(value).find((k) => !known.includes(k));
  if (key === undefined) return;
  const at = path === '' ? key : `${path}.${key}`;
  try {
    rejectUnknownOptions(at, { [key]: (value as Record<string, unknown>)[key] }, known, { allowUndefined: false, ...(hints ? { hints } : {}) });
  } catch (error) {
    if (!AuditError.isInstance(error)) throw error;
    // core says `<owner>: unknown option \`<key>\` (<advice>)`; the advice is kept, the key named by its path.
    const prefix = `${at}: unknown option \`${key}\` `;
    const advice = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : `(known: ${known.join(', ')})`;
    throw new Error(`unknown key \`${at}\` ${advice}`, { cause: error });
  }
  // rejectUnknownOptions refuses every key that is not known; reaching here would be a bug.
  throw new Error(`unknown key \`${at}\` (known: ${known.join(', ')})`);
}
