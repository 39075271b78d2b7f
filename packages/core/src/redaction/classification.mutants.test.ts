import { describe, expect, it } from 'vitest';
import type { Sensitivity } from '../spec/event.js';
import { classesFromRegistry, classify, DEFAULT_CLASSIFICATION_POLICY, DEFAULT_RESOURCE_RULES, maxSensitivity, mergePolicy, type ClassificationPolicy } from './classification.js';

// Issue 13: what classification.ts promises, written for its first Stryker run (docs/TESTING.md):
// the order of sensitivities, a partial policy merged over the defaults, a class's rule (exact, then
// its prefix before the first dot, then `unknown`, then a fixed fallback), classify's sorted classes,
// highest sensitivity, union of regimes and longest retention (absent when none sets one), and the
// resource registry's matches by tool, server and resource type.
const LEVELS: Sensitivity[] = ['public', 'internal', 'confidential', 'restricted'];

describe('maxSensitivity', () => {
  it('the higher of every pair, either way round', () => {
    for (const [i, a] of LEVELS.entries()) {
      for (const [j, b] of LEVELS.entries()) expect(maxSensitivity(a, b)).toBe(LEVELS[Math.max(i, j)]);
    }
  });
});

describe('mergePolicy', () => {
  it('no partial: the defaults themselves', () => {
    expect(mergePolicy(undefined)).toBe(DEFAULT_CLASSIFICATION_POLICY);
  });
  it('class and regime entries replace whole entries; the rest are the defaults', () => {
    const merged = mergePolicy({ classes: { 'pii.email': { sensitivity: 'public', regimes: [] }, custom: { sensitivity: 'restricted', regimes: ['x'] } }, regimes: { x: { retentionDays: 9 } } });
    expect(merged.classes['pii.email']).toEqual({ sensitivity: 'public', regimes: [] });
    expect(merged.classes.custom).toEqual({ sensitivity: 'restricted', regimes: ['x'] });
    expect(merged.classes.phi).toEqual({ sensitivity: 'restricted', regimes: ['hipaa', 'gdpr'] });
    expect(merged.regimes.x).toEqual({ retentionDays: 9 });
    expect(merged.regimes.hipaa).toEqual({ retentionDays: 2190, basis: 'HIPAA 45 CFR 164.316(b)(2): 6 years' });
    expect(merged.baseline).toEqual({ regimes: ['soc2', 'eu-ai-act'], sensitivity: 'internal' });
    expect(Object.keys(merged).sort()).toEqual(['baseline', 'classes', 'regimes']);
  });
  it('a baseline given replaces the default one; an empty partial is the defaults', () => {
    expect(mergePolicy({ baseline: { regimes: [], sensitivity: 'public' } }).baseline).toEqual({ regimes: [], sensitivity: 'public' });
    expect(mergePolicy({})).toEqual(DEFAULT_CLASSIFICATION_POLICY);
  });
});

describe('classify', () => {
  it('the example of its docstring', () => {
    expect(classify(['phi', 'pii.email'])).toEqual({
      data: { classes: ['phi', 'pii.email'], sensitivity: 'restricted' },
      compliance: { regimes: ['eu-ai-act', 'gdpr', 'hipaa', 'soc2'], retentionDays: 2190 },
    });
  });
  it('classes once each, sorted by UTF-16 code units', () => {
    expect(classify(['pii.phone', 'Z', 'pii.email', 'pii.phone']).data.classes).toEqual(['Z', 'pii.email', 'pii.phone']);
  });
  it('no class: the baseline alone', () => {
    expect(classify([])).toEqual({ data: { classes: [], sensitivity: 'internal' }, compliance: { regimes: ['eu-ai-act', 'soc2'], retentionDays: 365 } });
  });
  it('a class by its prefix before the first dot, else unknown', () => {
    expect(classify(['payment.wallet'])).toEqual({ data: { classes: ['payment.wallet'], sensitivity: 'restricted' }, compliance: { regimes: ['eu-ai-act', 'pci-dss', 'soc2'], retentionDays: 365 } });
    expect(classify(['financial.loan.x']).compliance).toEqual({ regimes: ['eu-ai-act', 'financial-records', 'soc2'], retentionDays: 2555 });
    // `x.financial` has no prefix rule: unknown's (confidential, no regime).
    expect(classify(['x.financial'])).toEqual({ data: { classes: ['x.financial'], sensitivity: 'confidential' }, compliance: { regimes: ['eu-ai-act', 'soc2'], retentionDays: 365 } });
    // No dot: no prefix, though the name without its last letter is a class.
    expect(classify(['phix'])).toEqual({ data: { classes: ['phix'], sensitivity: 'confidential' }, compliance: { regimes: ['eu-ai-act', 'soc2'], retentionDays: 365 } });
    expect(classify(['weird'])).toEqual({ data: { classes: ['weird'], sensitivity: 'confidential' }, compliance: { regimes: ['eu-ai-act', 'soc2'], retentionDays: 365 } });
  });
  it('the exact rule before the prefix', () => {
    const policy: ClassificationPolicy = {
      classes: { a: { sensitivity: 'restricted', regimes: ['r1'] }, 'a.b': { sensitivity: 'public', regimes: ['r2'] } },
      regimes: {},
      baseline: { regimes: [], sensitivity: 'public' },
    };
    expect(classify(['a.b'], policy)).toEqual({ data: { classes: ['a.b'], sensitivity: 'public' }, compliance: { regimes: ['r2'] } });
    expect(classify(['a.c'], policy)).toEqual({ data: { classes: ['a.c'], sensitivity: 'restricted' }, compliance: { regimes: ['r1'] } });
  });
  it("a policy with no `unknown`: an unlisted class is confidential with no regime", () => {
    const policy: ClassificationPolicy = { classes: {}, regimes: {}, baseline: { regimes: [], sensitivity: 'public' } };
    expect(classify(['zzz'], policy)).toEqual({ data: { classes: ['zzz'], sensitivity: 'confidential' }, compliance: { regimes: [] } });
    expect(classify([], policy)).toEqual({ data: { classes: [], sensitivity: 'public' }, compliance: { regimes: [] } });
  });
  it('the highest sensitivity, never lowered by a later class; the baseline counts', () => {
    const policy: ClassificationPolicy = {
      classes: { a: { sensitivity: 'restricted', regimes: [] }, b: { sensitivity: 'public', regimes: [] }, c: { sensitivity: 'internal', regimes: [] } },
      regimes: {},
      baseline: { regimes: [], sensitivity: 'confidential' },
    };
    expect(classify(['a', 'b'], policy).data.sensitivity).toBe('restricted');
    expect(classify(['b', 'c'], policy).data.sensitivity).toBe('confidential');
    expect(classify(['b'], { ...policy, baseline: { regimes: [], sensitivity: 'public' } }).data.sensitivity).toBe('public');
    expect(classify(['c', 'b'], { ...policy, baseline: { regimes: [], sensitivity: 'public' } }).data.sensitivity).toBe('internal');
  });
  it("regimes: the baseline's, the extra ones and every class's, sorted; the longest retention, whatever the order", () => {
    const policy: ClassificationPolicy = {
      classes: { a: { sensitivity: 'public', regimes: ['short', 'none'] }, b: { sensitivity: 'public', regimes: ['long'] } },
      regimes: { short: { retentionDays: 10 }, long: { retentionDays: 30 }, mid: { retentionDays: 20 }, none: {} },
      baseline: { regimes: ['mid'], sensitivity: 'public' },
    };
    expect(classify(['b', 'a'], policy, ['extra'])).toEqual({ data: { classes: ['a', 'b'], sensitivity: 'public' }, compliance: { regimes: ['extra', 'long', 'mid', 'none', 'short'], retentionDays: 30 } });
    expect(classify(['a'], policy)).toEqual({ data: { classes: ['a'], sensitivity: 'public' }, compliance: { regimes: ['mid', 'none', 'short'], retentionDays: 20 } });
    expect(classify(['a'], { ...policy, baseline: { regimes: [], sensitivity: 'public' } }).compliance).toEqual({ regimes: ['none', 'short'], retentionDays: 10 });
    // A regime with no retention, alone: no retentionDays at all.
    const noRetention = classify([], { ...policy, baseline: { regimes: ['none'], sensitivity: 'public' } }).compliance;
    expect(noRetention).toEqual({ regimes: ['none'] });
    expect('retentionDays' in noRetention).toBe(false);
    // A retention of 0 days is one.
    expect(classify([], { ...policy, regimes: { zero: { retentionDays: 0 } }, baseline: { regimes: ['zero'], sensitivity: 'public' } }).compliance).toEqual({ regimes: ['zero'], retentionDays: 0 });
  });
  it('classes from any iterable', () => {
    expect(classify(new Set(['pii.email'])).data.classes).toEqual(['pii.email']);
  });
});

describe('classesFromRegistry', () => {
  it('the FHIR types of the defaults, with or without `fhir.`, and no other', () => {
    expect(classesFromRegistry(DEFAULT_RESOURCE_RULES, { tools: [], resourceType: 'Patient' })).toEqual(['phi']);
    expect(classesFromRegistry(DEFAULT_RESOURCE_RULES, { tools: [], resourceType: 'fhir.Observation' })).toEqual(['phi']);
    expect(classesFromRegistry(DEFAULT_RESOURCE_RULES, { tools: [], resourceType: 'PatientList' })).toEqual([]);
    expect(classesFromRegistry(DEFAULT_RESOURCE_RULES, { tools: [], resourceType: 'xPatient' })).toEqual([]);
    expect(classesFromRegistry(DEFAULT_RESOURCE_RULES, { tools: ['Patient'], server: 'Patient' })).toEqual([]);
  });
  it('by tool (any of the names), server or resource type; a string exactly, a pattern by its test; every rule that matches', () => {
    const rules = [
      { tool: 'read_chart', domain: 'health', classes: ['phi'] },
      { server: /^pay/, domain: 'payments', classes: ['payment', 'pii'] },
      { resourceType: 'Invoice', domain: 'billing', classes: ['financial'] },
    ];
    expect(classesFromRegistry(rules, { tools: ['search', 'read_chart'] })).toEqual(['phi']);
    expect(classesFromRegistry(rules, { tools: ['read_chart_x'] })).toEqual([]);
    expect(classesFromRegistry(rules, { tools: [], server: 'payments' })).toEqual(['payment', 'pii']);
    expect(classesFromRegistry(rules, { tools: [], server: 'xpay' })).toEqual([]);
    expect(classesFromRegistry(rules, { tools: [], resourceType: 'Invoice' })).toEqual(['financial']);
    expect(classesFromRegistry(rules, { tools: ['read_chart'], server: 'pay', resourceType: 'Invoice' })).toEqual(['phi', 'payment', 'pii', 'financial']);
    expect(classesFromRegistry(rules, { tools: [] })).toEqual([]);
    // A rule with no tool matches no tool, not even an empty name; a name absent matches no pattern.
    expect(classesFromRegistry([{ domain: 'd', classes: ['c'] }], { tools: [''] })).toEqual([]);
    expect(classesFromRegistry([{ server: /.*/, domain: 'd', classes: ['c'] }], { tools: [] })).toEqual([]);
    expect(classesFromRegistry([{ server: 'undefined', domain: 'd', classes: ['c'] }], { tools: [] })).toEqual([]);
  });
  it('a global pattern matches every time (its lastIndex reset)', () => {
    const rules = [{ tool: /chart/g, domain: 'health', classes: ['phi'] }];
    expect(classesFromRegistry(rules, { tools: ['read_chart'] })).toEqual(['phi']);
    expect(classesFromRegistry(rules, { tools: ['read_chart'] })).toEqual(['phi']);
    expect(classesFromRegistry(rules, { tools: ['chart', 'chart'] })).toEqual(['phi']);
  });
});
