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

// Probe 2026-12-06 F22: `vault: createVault(…)` given to createAuditor was silently ignored, and
// every event then failed redaction (capture full needs the redactor's vault). Unknown keys are
// refused at construction, as the LangChain and AI SDK adapters do, naming the right option.
describe('createAuditor: unknown options', () => {
  const sink = { open: () => ({ seq: 0, prev: null }), append: async () => {}, close: async () => {} };
  const message = (extra: Record<string, unknown>): string => {
    try {
      createAuditor({ agent: { id: 'a' }, sink, ...extra } as never);
    } catch (error) {
      expect(error).toBeInstanceOf(AuditError);
      expect((error as AuditError).code).toBe('invalid_options');
      return (error as Error).message;
    }
    return 'no error';
  };
  it('names the key and where it belongs (the redactor, the ledger)', () => {
    expect(message({ vault: { put: () => {} } })).toBe("createAuditor: unknown option `vault` (the vault is the redactor's: `redactor: createRedactor({ vault })`)");
    expect(message({ pseudonymKey: 'k' })).toContain('`redactor: createRedactor({ pseudonymKey })`');
    expect(message({ signingKey: 'PRIVATE+KEY+x' })).toContain('`sink: fileLedger({ dir, signingKey })`');
    expect(message({ signingKey: 'PRIVATE+KEY+x' })).not.toContain('PRIVATE');
  });
  it('suggests the close option for a typo or a wrong case, else lists the known ones', () => {
    expect(message({ redactionWoker: false })).toBe('createAuditor: unknown option `redactionWoker` (did you mean `redactionWorker`?)');
    expect(message({ onerror: () => {} })).toContain('did you mean `onError`?');
    expect(message({ strem: 's' })).toContain('did you mean `stream`?');
    expect(message({ maxQueueEvent: 5 })).toContain('did you mean `maxQueueEvents`?');
    expect(message({ colour: 'red' })).toMatch(/unknown option `colour` \(known: agent, sink, stream, .*clock\)/);
  });
});
