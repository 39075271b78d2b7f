import { describe, expect, it } from 'vitest';
import { editDistance, rejectUnknownOptions } from '@agent-audit/core';

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

describe('rejectUnknownOptions: nested option objects', () => {
  const check = (options: object): string => {
    try {
      rejectUnknownOptions('f', options, ['agent', 'tags'], { nested: { agent: ['id', 'version'] } });
    } catch (error) {
      return (error as Error).message;
    }
    return 'no error';
  };
  it('names a nested key by its path, after the top level', () => {
    expect(check({ agent: { id: 'a', verison: '1' } })).toBe('f: unknown option `agent.verison` (did you mean `version`?)');
    expect(check({ agent: { id: 'a', colour: 'red' } })).toBe('f: unknown option `agent.colour` (known: id, version)');
    expect(check({ agent: { verison: '1' }, tgas: [] })).toBe('f: unknown option `tgas` (did you mean `tags`?)');
  });
  it('leaves values that are not option objects, and options not listed as nested, to their own checks', () => {
    expect(check({ agent: 'a' })).toBe('no error');
    expect(check({ agent: null })).toBe('no error');
    expect(check({ agent: ['x'] })).toBe('no error');
    expect(check({ agent: { id: 'a', version: '1', other: undefined } })).toBe('no error');
    expect(check({ tags: { anything: 1 } })).toBe('no error');
  });
});
