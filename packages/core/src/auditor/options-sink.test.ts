import { describe, expect, it } from 'vitest';
import { AuditError, createAuditor } from '../index.js';

// createAuditor's `sink` is checked like its `agent`: a missing or wrong sink (for example
// `ledger:` instead of `sink:`, found while probing on 2026-12-05) was a raw TypeError from inside
// createAuditor ("Cannot read properties of undefined (reading 'defaultStream')").
describe('createAuditor: sink', () => {
  const cases: [string, unknown][] = [
    ['missing', undefined],
    ['null', null],
    ['a string', './audit'],
    ['an object without the sink methods', { dir: './audit' }],
    ['append missing', { open: () => ({}), close: async () => {} }],
  ];
  for (const [name, sink] of cases) {
    it(`${name}: a clear AuditError`, () => {
      let caught: unknown;
      try {
        createAuditor({ agent: { id: 'a' }, sink } as never);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(AuditError);
      expect((caught as AuditError).code).toBe('invalid_options');
      expect((caught as Error).message).toMatch(/^createAuditor: sink must be a ledger sink \(\{ open, append, close \}\)/);
    });
  }
  it('names the options given when the sink is missing (a misspelt key), never their values', () => {
    let message = '';
    try {
      createAuditor({ agent: { id: 'a' }, ledger: { dir: '/secret/path' } } as never);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('got none (options given: ledger)');
    expect(message).not.toContain('/secret/path');
  });
});
