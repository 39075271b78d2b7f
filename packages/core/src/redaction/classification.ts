import type { Sensitivity } from '../spec/event.js';
import { sortKeys } from '../crypto/jcs.js';

const order: Sensitivity[] = ['public', 'internal', 'confidential', 'restricted'];

/** The higher of two sensitivities. */
export function maxSensitivity(a: Sensitivity, b: Sensitivity): Sensitivity {
  return order.indexOf(a) >= order.indexOf(b) ? a : b;
}

export interface ClassRule {
  sensitivity: Sensitivity;
  regimes: readonly string[];
}

export interface RegimeRule {
  /** Minimum retention the regime requires, in days; absent when it sets none (GDPR). */
  retentionDays?: number;
  /** Where the figure comes from (shown in docs and reports). */
  basis?: string;
}

/**
 * Maps data classes to sensitivity and regimes, and regimes to retention. A class is looked up
 * exactly, then by its prefix (`pii.email` then `pii`), then falls back to `unknown`.
 */
export interface ClassificationPolicy {
  classes: Record<string, ClassRule>;
  regimes: Record<string, RegimeRule>;
  /** Regimes and sensitivity every event has, whatever it contains. */
  baseline: { regimes: readonly string[]; sensitivity: Sensitivity };
}

export const DEFAULT_CLASSIFICATION_POLICY: ClassificationPolicy = {
  classes: {
    pii: { sensitivity: 'confidential', regimes: ['gdpr'] },
    'pii.email': { sensitivity: 'confidential', regimes: ['gdpr'] },
    'pii.phone': { sensitivity: 'confidential', regimes: ['gdpr'] },
    'pii.ip_address': { sensitivity: 'confidential', regimes: ['gdpr'] },
    'pii.person': { sensitivity: 'confidential', regimes: ['gdpr'] },
    'pii.address': { sensitivity: 'confidential', regimes: ['gdpr'] },
    'pii.date_of_birth': { sensitivity: 'confidential', regimes: ['gdpr'] },
    'pii.government_id': { sensitivity: 'restricted', regimes: ['gdpr'] },
    // The special categories of GDPR Art. 9(1) (special-categories.ts): processing is prohibited unless Art. 9(2) applies.
    'pii.special.religion': { sensitivity: 'restricted', regimes: ['gdpr'] },
    'pii.special.trade_union': { sensitivity: 'restricted', regimes: ['gdpr'] },
    'pii.special.sexual_orientation': { sensitivity: 'restricted', regimes: ['gdpr'] },
    'pii.special.ethnic_origin': { sensitivity: 'restricted', regimes: ['gdpr'] },
    'pii.special.political_opinion': { sensitivity: 'restricted', regimes: ['gdpr'] },
    payment: { sensitivity: 'restricted', regimes: ['pci-dss'] },
    'payment.card': { sensitivity: 'restricted', regimes: ['pci-dss', 'gdpr'] },
    financial: { sensitivity: 'confidential', regimes: ['financial-records'] },
    'financial.iban': { sensitivity: 'confidential', regimes: ['financial-records', 'gdpr'] },
    // A wallet's address (crypto-addresses.ts): pseudonymous personal data, GDPR Recital 26.
    'financial.crypto_address': { sensitivity: 'confidential', regimes: ['financial-records', 'gdpr'] },
    // A person's pay under its label (compensation.ts): personal data of the employee.
    'financial.salary': { sensitivity: 'confidential', regimes: ['financial-records', 'gdpr'] },
    phi: { sensitivity: 'restricted', regimes: ['hipaa', 'gdpr'] },
    secret: { sensitivity: 'restricted', regimes: ['soc2'] },
    unknown: { sensitivity: 'confidential', regimes: [] },
  },
  regimes: {
    hipaa: { retentionDays: 6 * 365, basis: 'HIPAA 45 CFR 164.316(b)(2): 6 years' },
    'pci-dss': { retentionDays: 365, basis: 'PCI DSS v4.0 req. 10.5.1: 12 months' },
    soc2: { retentionDays: 365, basis: 'SOC 2 common practice: 12 months of audit evidence' },
    'eu-ai-act': { retentionDays: 183, basis: 'EU AI Act Art. 19 / 26(6): at least 6 months' },
    'financial-records': { retentionDays: 7 * 365, basis: 'financial records (e.g. SEC 17a-4, IRS): 7 years' },
    gdpr: { basis: 'GDPR Art. 5(1)(e): no longer than necessary; no fixed minimum' },
  },
  baseline: { regimes: ['soc2', 'eu-ai-act'], sensitivity: 'internal' },
};

/** Merges a partial policy over the defaults (class and regime entries replace whole entries). */
export function mergePolicy(partial: Partial<ClassificationPolicy> | undefined): ClassificationPolicy {
  if (partial === undefined) return DEFAULT_CLASSIFICATION_POLICY;
  return {
    classes: { ...DEFAULT_CLASSIFICATION_POLICY.classes, ...partial.classes },
    regimes: { ...DEFAULT_CLASSIFICATION_POLICY.regimes, ...partial.regimes },
    baseline: partial.baseline ?? DEFAULT_CLASSIFICATION_POLICY.baseline,
  };
}

function ruleFor(policy: ClassificationPolicy, dataClass: string): ClassRule {
  const exact = policy.classes[dataClass];
  if (exact) return exact;
  const dot = dataClass.indexOf('.');
  const prefix = dot === -1 ? undefined : policy.classes[dataClass.slice(0, dot)];
  return prefix ?? policy.classes.unknown ?? { sensitivity: 'confidential', regimes: [] };
}

export interface Classification {
  data: { classes: string[]; sensitivity: Sensitivity };
  compliance: { regimes: string[]; retentionDays?: number };
}

/**
 * Sensitivity is the highest of the classes' (and the baseline's); regimes are the union;
 * retention is the longest any regime requires.
 *
 * @example
 * ```ts
 * classify(['phi', 'pii.email']).compliance; // { regimes: ['eu-ai-act','gdpr','hipaa','soc2'], retentionDays: 2190 }
 * ```
 */
export function classify(classes: Iterable<string>, policy: ClassificationPolicy = DEFAULT_CLASSIFICATION_POLICY, extraRegimes: Iterable<string> = []): Classification {
  // sortKeys: the order of .sort() (UTF-16 code units) without its work array, for the few classes of an event.
  const sorted = sortKeys([...new Set(classes)]);
  let sensitivity = policy.baseline.sensitivity;
  const regimes = new Set<string>([...policy.baseline.regimes, ...extraRegimes]);
  for (const dataClass of sorted) {
    const rule = ruleFor(policy, dataClass);
    sensitivity = maxSensitivity(sensitivity, rule.sensitivity);
    for (const regime of rule.regimes) regimes.add(regime);
  }
  let retentionDays: number | undefined;
  for (const regime of regimes) {
    const days = policy.regimes[regime]?.retentionDays;
    if (days !== undefined && (retentionDays === undefined || days > retentionDays)) retentionDays = days;
  }
  const compliance: Classification['compliance'] = { regimes: sortKeys([...regimes]) };
  if (retentionDays !== undefined) compliance.retentionDays = retentionDays;
  return { data: { classes: sorted, sensitivity }, compliance };
}

/**
 * Maps tool names, MCP servers and resource types to a domain and data classes, so that the
 * events of a tool that reads patient records are PHI even when one event's text looks clean.
 */
export interface ResourceRule {
  /** Tool name (`tool.name`, `model.toolCalls[].name`): exact string or pattern. */
  tool?: string | RegExp;
  /** MCP server name (`tool.server`). */
  server?: string | RegExp;
  /** `resource.type`. */
  resourceType?: string | RegExp;
  /** E.g. `health`, `payments`; recorded in the reasons, not in the event. */
  domain: string;
  classes: readonly string[];
}

/** FHIR resource types that hold clinical data about a patient (HL7 FHIR R4). */
export const DEFAULT_RESOURCE_RULES: readonly ResourceRule[] = [
  {
    resourceType: /^(?:fhir\.)?(?:Patient|Observation|Condition|Encounter|MedicationRequest|MedicationStatement|Medication|AllergyIntolerance|Procedure|DiagnosticReport|Immunization|CarePlan|Claim|Coverage|ExplanationOfBenefit)$/,
    domain: 'health',
    classes: ['phi'],
  },
];

const matches = (rule: string | RegExp | undefined, value: string | undefined) =>
  rule !== undefined && value !== undefined && (typeof rule === 'string' ? rule === value : (rule.lastIndex = 0, rule.test(value)));

/** Classes the registry assigns to an event with these names. */
export function classesFromRegistry(rules: readonly ResourceRule[], names: { tools: readonly string[]; server?: string; resourceType?: string }): string[] {
  const found: string[] = [];
  for (const rule of rules) {
    if (names.tools.some((tool) => matches(rule.tool, tool)) || matches(rule.server, names.server) || matches(rule.resourceType, names.resourceType)) {
      found.push(...rule.classes);
    }
  }
  return found;
}
