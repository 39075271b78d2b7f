import { actorSchema, AuditError, rejectUnknownOptions } from '@agent-audit/core';
import type { CapturePolicy } from '@agent-audit/core';

/** Options that are objects of options of their own, with their keys: a misspelt one (`actor.nme`, `capture.contnet`) is refused too. */
const NESTED_OPTION_KEYS: Readonly<Record<string, readonly string[]>> = {
  actor: Object.keys(actorSchema.shape),
  capture: ['default', 'content', 'arguments', 'result'] satisfies ReadonlyArray<keyof CapturePolicy>,
};

/**
 * Checks an adapter's options at construction (configuration, not the agent's runtime path):
 * unknown keys (typos) are refused first, those of `actor` and `capture` objects too, then an
 * `auditor` from createAuditor is required.
 * @throws AuditError `invalid_options` naming the key (`<owner>: unknown option \`sesion\` (did you mean \`session\`?)`,
 *   `<owner>: unknown option \`actor.nme\` (did you mean \`name\`?)`)
 */
export function checkOptions(owner: string, options: unknown, known: readonly string[]): void {
  if (options === null || typeof options !== 'object') {
    throw new AuditError({ message: `${owner} needs options with an \`auditor\` (from createAuditor)`, code: 'invalid_options' });
  }
  const record = options as Record<string, unknown>;
  // Core's one check: "did you mean" for a near miss, else the known keys. Every unknown key is
  // refused, one set to `undefined` too (`{ sesion: process.env.SESSION }` is a typo while unset).
  // Before the auditor's own check, so a misspelt `auditr` is named (did you mean `auditor`?).
  rejectUnknownOptions(owner, record, known, { allowUndefined: false, nested: NESTED_OPTION_KEYS });
  const auditor = record['auditor'] as { record?: unknown } | undefined;
  if (auditor === null || typeof auditor !== 'object' || typeof auditor.record !== 'function') {
    throw new AuditError({ message: `${owner} needs an \`auditor\` (from createAuditor)`, code: 'invalid_options' });
  }
}
