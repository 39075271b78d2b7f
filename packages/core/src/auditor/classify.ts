// What the pipeline does to a redacted event before sealing it, shared by the host's thread
// (auditor.ts) and the sealing worker (redaction-worker.ts), so both store the same bytes.
import type { JsonValue, Sensitivity, UnsealedEvent } from '../spec/event.js';
import type { RedactionResult } from '../spec/redactor.js';
import { sortKeys } from '../crypto/jcs.js';

const SENSITIVITY_ORDER: Sensitivity[] = ['public', 'internal', 'confidential', 'restricted'];

/**
 * The event with the redactor's classification merged into its own: `data.classes` is the
 * sorted union, `data.sensitivity` the higher of the two (public < internal < confidential <
 * restricted, default internal), `compliance.regimes` the sorted union and `retentionDays` the
 * longer.
 */
export function mergeClassification(event: UnsealedEvent, data: RedactionResult['data'], compliance: RedactionResult['compliance']): UnsealedEvent {
  const members = classificationMembers(event, data, compliance);
  // One object literal each way: a member added to the copy afterwards is a store of a site that
  // sees events of every shape, which V8 sends to its runtime (see redactor.ts redactForSeal).
  if (members.compliance !== undefined) return { ...event, data: members.data, compliance: members.compliance };
  return { ...event, data: members.data };
}

/**
 * The members mergeClassification() sets on the event: `data` always, `compliance` only where
 * the merge has regimes or a retention (otherwise the event's own `compliance` stays, undefined
 * here). For a caller that writes the event's canonical bytes straight away (the sealing worker:
 * canonicalAroundPrev's `members`), without a merged copy of the event.
 */
export function classificationMembers(
  event: UnsealedEvent,
  data: RedactionResult['data'],
  compliance: RedactionResult['compliance'],
): { data: NonNullable<UnsealedEvent['data']>; compliance: UnsealedEvent['compliance'] | undefined } {
  const classes = new Set<string>(event.data?.classes ?? []);
  for (const c of data?.classes ?? []) classes.add(c);
  let sensitivity: Sensitivity = event.data?.sensitivity ?? 'internal';
  if (data?.sensitivity && SENSITIVITY_ORDER.indexOf(data.sensitivity) > SENSITIVITY_ORDER.indexOf(sensitivity)) sensitivity = data.sensitivity;
  const merged = { classes: sortKeys([...classes]), sensitivity };
  const regimes = new Set<string>(event.compliance?.regimes ?? []);
  for (const r of compliance?.regimes ?? []) regimes.add(r);
  const retention = Math.max(event.compliance?.retentionDays ?? -1, compliance?.retentionDays ?? -1);
  if (regimes.size > 0 || retention >= 0) {
    return { data: merged, compliance: retention >= 0 ? { regimes: sortKeys([...regimes]), retentionDays: retention } : { regimes: sortKeys([...regimes]) } };
  }
  return { data: merged, compliance: undefined };
}

/** What replaces every string of an event whose redaction failed. */
export const REDACTION_FAILED_MASK = '[REDACTION_FAILED]';

/** Replaces every string and key-bearing value an event's content could hide PII in. */
export function maskEvent(event: UnsealedEvent): UnsealedEvent {
  const MASK = REDACTION_FAILED_MASK;
  const mask = (value: JsonValue): JsonValue => {
    if (typeof value === 'string') return MASK;
    // Anything JSON cannot hold (a custom redactor's bigint, undefined, a function) is masked too.
    if (typeof value !== 'object' && typeof value !== 'number' && typeof value !== 'boolean') return MASK;
    if (typeof value === 'number' && !Number.isFinite(value)) return MASK;
    if (Array.isArray(value)) return value.map(mask);
    if (value && typeof value === 'object') {
      const out: Record<string, JsonValue> = {};
      let i = 0;
      for (const key of Object.keys(value)) out[`k${i++}`] = mask(value[key] as JsonValue);
      return out;
    }
    return value;
  };
  const out = { ...event } as Record<string, unknown>;
  for (const block of ['content', 'attrs'] as const) if (out[block] !== undefined) out[block] = mask(out[block] as JsonValue);
  if (event.tool) out.tool = { ...event.tool, ...(event.tool.arguments !== undefined ? { arguments: mask(event.tool.arguments) } : {}), ...(event.tool.result !== undefined ? { result: mask(event.tool.result) } : {}) };
  if (event.error) out.error = { ...event.error, message: MASK };
  if (event.decision?.reason !== undefined) out.decision = { ...event.decision, reason: MASK };
  if (event.resource) out.resource = { ...event.resource, id: MASK };
  if (event.model) {
    const model = { ...event.model } as Record<string, unknown>;
    if (model.parameters) model.parameters = mask(model.parameters as JsonValue);
    if (model.toolCalls) model.toolCalls = (model.toolCalls as Array<Record<string, JsonValue>>).map((c) => ({ ...c, ...(c.arguments !== undefined ? { arguments: mask(c.arguments) } : {}) }));
    out.model = model;
  }
  if (event.session !== undefined) out.session = MASK;
  return out as unknown as UnsealedEvent;
}

/** A masked event as the pipeline stores it when redaction failed: restricted, class `redaction.failed`. */
export function failedRedaction(event: UnsealedEvent): UnsealedEvent {
  return mergeClassification(maskEvent(event), { classes: ['redaction.failed'], sensitivity: 'restricted' }, undefined);
}
