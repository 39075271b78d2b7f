// Issue 13: closeOption and rejectUnknownOptions (internal/options.ts) and createAuditor's check of a misspelt required
// option (auditor.ts, 2026-12-06), written from the Stryker run of 2026-12-06e (docs/TESTING.md, its row): the tests
// before asked only for the one close option of a typo, never which of two close ones wins, the bound of a long key,
// nor the order of the checks when the required option is there but wrong.
import { describe, expect, it } from 'vitest';
import { AuditError, createAuditor } from '../index.js';
import { closeOption, editDistance, rejectUnknownOptions } from './options.js';

const message = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    expect((error as AuditError).code).toBe('invalid_options');
    return (error as Error).message;
  }
  return 'no error';
};

describe('closeOption: which known option a key is close to', () => {
  it('the one equal but for case first, before one nearer as written', () => {
    expect([editDistance('Sinx', 'SINK'), editDistance('sink', 'SINK')]).toEqual([3, 4]);
    expect(closeOption('SINK', ['Sinx', 'sink'])).toBe('sink');
    expect(closeOption('sink', ['Sinx', 'sink'])).toBe('sink');
  });
  it('of several within reach, the nearest as written, whatever their order', () => {
    expect([editDistance('redactionWorkers', 'redactionWorkr'), editDistance('redactionWorker', 'redactionWorkr')]).toEqual([2, 1]);
    expect(closeOption('redactionWorkr', ['redactionWorkers', 'redactionWorker'])).toBe('redactionWorker');
    expect(closeOption('redactionWorkr', ['redactionWorker', 'redactionWorkers'])).toBe('redactionWorker');
  });
  it('reach: one edit, or a quarter of the option\'s length', () => {
    expect(closeOption('redactionWrkr', ['redactionWorker'])).toBe('redactionWorker'); // 2 edits, 15 letters: 3
    expect(closeOption('rdactionWrkr', ['redactionWorker'])).toBe('redactionWorker'); // 3
    expect(closeOption('rdactonWrkr', ['redactionWorker'])).toBeUndefined(); // 4
    expect(closeOption('sinc', ['sink'])).toBe('sink');
    expect(closeOption('snc', ['sink'])).toBeUndefined();
  });
  it('in rejectUnknownOptions\' message', () => {
    expect(message(() => rejectUnknownOptions('x', { redactionWrkr: 1 }, ['redactionWorker', 'stream']))).toBe('x: unknown option `redactionWrkr` (did you mean `redactionWorker`?)');
    expect(message(() => rejectUnknownOptions('x', { rdactonWrkr: 1 }, ['redactionWorker', 'stream']))).toBe('x: unknown option `rdactonWrkr` (known: redactionWorker, stream)');
  });
});

describe('createAuditor: a required option given but wrong is named before a typo of it', () => {
  const sink = { open: () => ({ seq: 0, prev: null }), append: async () => {}, close: async () => {} };
  it('a wrong agent beside `agnet`', () => {
    expect(message(() => createAuditor({ agent: 5, sink, agnet: { id: 'a' } } as never))).toMatch(/^createAuditor: agent must be \{ id: string/);
  });
  it('a wrong sink beside `sinc`', () => {
    expect(message(() => createAuditor({ agent: { id: 'a' }, sink: 5, sinc: sink } as never))).toMatch(/^createAuditor: sink must be a ledger sink/);
  });
});
