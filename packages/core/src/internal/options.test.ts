import { describe, expect, it } from 'vitest';
import { editDistance } from '@agent-audit/core';

describe('editDistance (optimal string alignment), the "did you mean" of core and the MCP proxy', () => {
  it('counts a missing, extra or wrong letter and a swapped pair as one edit each', () => {
    expect(editDistance('agent', 'agent')).toBe(0);
    expect(editDistance('agnet', 'agent')).toBe(1);
    expect(editDistance('agnt', 'agent')).toBe(1);
    expect(editDistance('agentt', 'agent')).toBe(1);
    expect(editDistance('agant', 'agent')).toBe(1);
    expect(editDistance('denny', 'deny')).toBe(1);
    expect(editDistance('', 'sink')).toBe(4);
    expect(editDistance('sink', '')).toBe(4);
  });
  it('is case-sensitive (callers lower-case both) and not a full Damerau distance (no edit inside a swapped pair)', () => {
    expect(editDistance('Sink', 'sink')).toBe(1);
    // OSA: `ca` -> `abc` is 3 (the unrestricted Damerau-Levenshtein distance is 2).
    expect(editDistance('ca', 'abc')).toBe(3);
  });
});
