import { describe, expect, it } from 'vitest';
import { AuditError, createAuditor, rejectUnknownOptions } from '../index.js';

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

// Re-check of 2026-12-06 (README-only), row 9: a misspelt required option (`sinc`, `Sink`, `agnt`)
// got the missing option's message, which did not name the key. A required option missing beside
// an unknown key close to it now names that key.
describe('createAuditor: a misspelt required option', () => {
  const sink = { open: () => ({ seq: 0, prev: null }), append: async () => {}, close: async () => {} };
  const message = (options: Record<string, unknown>): string => {
    try {
      createAuditor(options as never);
    } catch (error) {
      expect((error as AuditError).code).toBe('invalid_options');
      return (error as Error).message;
    }
    return 'no error';
  };
  it.each([
    [{ agent: { id: 'a' }, sinc: sink }, 'sinc', 'sink'],
    [{ agent: { id: 'a' }, Sink: sink }, 'Sink', 'sink'],
    [{ agent: { id: 'a' }, snik: sink }, 'snik', 'sink'],
    [{ agnt: { id: 'a' }, sink }, 'agnt', 'agent'],
    [{ Agent: { id: 'a' }, sink }, 'Agent', 'agent'],
    [{ agnet: { id: 'a' }, sink, stream: 's' }, 'agnet', 'agent'],
  ])('%j', (options, key, required) => {
    expect(message(options)).toBe(`createAuditor: unknown option \`${key}\` (did you mean \`${required}\`?)`);
  });
  it('look-alikes keep their messages: a missing sink beside a far key, a missing agent alone', () => {
    expect(message({ agent: { id: 'a' }, ledger: {} })).toContain('got none (options given: ledger)');
    expect(message({ sink })).toMatch(/^createAuditor: agent must be/);
    expect(message({ agent: { id: 'a' }, sink, stream: 'ok' })).toBe('no error');
  });
});

// Re-check of 2026-12-06 (README-only), row H3's open part: a misspelt key of an option object
// (`agent.verison`, `actor.nme`) was dropped without a word. Every option object createAuditor
// takes (agent, actor, capture, limits, redactionWorker) has its keys checked, named by path.
describe('createAuditor: a misspelt key of an option object', () => {
  const sink = { open: () => ({ seq: 0, prev: null }), append: async () => {}, close: async () => {} };
  const message = (options: Record<string, unknown>): string => {
    try {
      createAuditor({ sink, redactionWorker: false, ...options } as never);
    } catch (error) {
      expect(error).toBeInstanceOf(AuditError);
      expect((error as AuditError).code).toBe('invalid_options');
      return (error as Error).message;
    }
    return 'no error';
  };
  it.each([
    [{ agent: { id: 'a', verison: '2.1' } }, 'agent.verison', 'did you mean `version`?'],
    [{ agent: { id: 'a', Region: 'eu' } }, 'agent.Region', 'did you mean `region`?'],
    [{ agent: { idd: 'a' } }, 'agent.idd', 'did you mean `id`?'],
    [{ agent: { id: 'a' }, actor: { id: 'u', type: 'user', nme: 'Ann' } }, 'actor.nme', 'did you mean `name`?'],
    [{ agent: { id: 'a' }, actor: { id: 'u', tpye: 'user' } }, 'actor.tpye', 'did you mean `type`?'],
    [{ agent: { id: 'a' }, capture: { defualt: 'none' } }, 'capture.defualt', 'did you mean `default`?'],
    [{ agent: { id: 'a' }, capture: { content: 'none', results: 'none' } }, 'capture.results', 'did you mean `result`?'],
    [{ agent: { id: 'a' }, limits: { maxDeph: 8 } }, 'limits.maxDeph', 'did you mean `maxDepth`?'],
    [{ agent: { id: 'a' }, redactionWorker: { thread: 1 } }, 'redactionWorker.thread', 'did you mean `threads`?'],
    [{ agent: { id: 'a' }, redactionWorker: { priority: 5 } }, 'redactionWorker.priority', 'known: minEventChars, timeoutMs, threads, startAfterEvents, closeWaitMs, nice, nicePlatformThreads, youngGenerationMb'],
  ])('%j', (options, path, advice) => {
    expect(message(options)).toBe(`createAuditor: unknown option \`${path}\` (${advice})`);
  });
  it('look-alikes pass: every known key of each object, a key set to undefined, values that are not objects', () => {
    expect(message({ agent: { id: 'a', name: 'A', version: '2', region: 'eu' }, actor: { id: 'u', type: 'user', name: 'Ann' } })).toBe('no error');
    expect(message({ agent: { id: 'a', version: undefined, verison: undefined } })).toBe('no error');
    expect(message({ agent: { id: 'a' }, capture: { default: 'redacted', content: 'hash', arguments: 'full', result: 'none' } })).toBe('no error');
    expect(message({ agent: { id: 'a' }, capture: 'hash', limits: { maxDepth: 8, maxEntries: 10, maxStringLength: 100, maxEventChars: 1000, maxEventValues: 100 } })).toBe('no error');
    expect(message({ agent: { id: 'a' }, redactionWorker: true })).toBe('no error');
  });
  it('the top level is named first; an agent without its id still gets the agent message when no key is misspelt', () => {
    expect(message({ agent: { id: 'a', verison: '2' }, stram: 's' })).toBe('createAuditor: unknown option `stram` (did you mean `stream`?)');
    expect(message({ agent: { name: 'A' } })).toMatch(/^createAuditor: agent must be/);
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
    // A swapped pair of letters is one edit (review of the three unknown-option checks, 2026-12-06).
    expect(message({ agnet: { id: 'b' } })).toContain('did you mean `agent`?');
    expect(message({ straem: 's' })).toContain('did you mean `stream`?');
    // createAuditor lets a key set to undefined through (it says nothing).
    expect(message({ colour: undefined })).toBe('no error');
  });
});

describe('rejectUnknownOptions (the one check of the core and the adapters)', () => {
  const thrown = (fn: () => void): string => {
    try {
      fn();
    } catch (error) {
      expect((error as AuditError).code).toBe('invalid_options');
      return (error as Error).message;
    }
    return 'no error';
  };
  it('names the owner and the key; allowUndefined: false refuses a key set to undefined; known keys pass', () => {
    expect(thrown(() => rejectUnknownOptions('pauseTools', { agnet: 'x' }, ['auditor', 'pause', 'agent']))).toBe('pauseTools: unknown option `agnet` (did you mean `agent`?)');
    expect(thrown(() => rejectUnknownOptions('x', { sesion: undefined }, ['session']))).toBe('no error');
    expect(thrown(() => rejectUnknownOptions('x', { sesion: undefined }, ['session'], { allowUndefined: false }))).toBe('x: unknown option `sesion` (did you mean `session`?)');
    expect(thrown(() => rejectUnknownOptions('x', { vault: 1 }, ['session'], { hints: { vault: 'the redactor\'s' } }))).toBe("x: unknown option `vault` (the redactor's)");
    expect(thrown(() => rejectUnknownOptions('x', { session: 1, other: undefined }, ['session', 'other'], { allowUndefined: false }))).toBe('no error');
  });
});
