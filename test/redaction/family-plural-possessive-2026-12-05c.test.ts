import { describe, expect, it } from 'vitest';
import { detectBuiltin } from '../../packages/core/src/redaction/detectors.js';

// A family's plural surname in the possessive (`the Havilis' house`) was stored raw: the plural's
// pattern (name-contexts.ts FAMILY_PLURAL) refused an apostrophe after its `s`, so the rule that
// reads `'` after the plural as a person's context could never match (found by the Stryker run of
// name-contexts.ts, 2026-12-05). Through detectBuiltin with the person detectors only.
const PERSON = new Set(['person']);
const found = (text: string): string[] => detectBuiltin(text, PERSON).map((d) => text.slice(d.start, d.end));

describe("a family's plural in the possessive", () => {
  it.each([
    ["We stayed at the Havilis' house on Friday", 'Havilis'],
    ["the Fifitas’ car was towed", 'Fifitas'],
    ["Dinner at the Kahananuis' place", 'Kahananuis'],
  ])('%s', (text, name) => {
    expect(found(text)).toContain(name);
  });

  it.each([
    ["the Bahamas' beaches are lovely", 'Bahamas'],
    ["the Broncos' coach resigned", 'Broncos'],
    ["the Havilis'd been there", 'Havilis'],
  ])('stays: %s', (text, word) => {
    expect(found(text)).not.toContain(word);
  });
});
