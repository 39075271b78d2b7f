import { describe, expect, it } from 'vitest';
import { attachInternals, internalsOf, type RedactorInternals } from './internals.js';
import type { Redactor } from './redactor.js';

// Issue 13: what internals.ts promises, written for its first Stryker run (docs/TESTING.md): the
// internals attached under the global symbol `agent-audit.redactor.internals` (another copy of the
// module finds them), hidden from the redactor's keys and JSON, and read back only when they are an
// object.
const KEY = Symbol.for('agent-audit.redactor.internals');
const internals = { recipe: () => undefined } as unknown as RedactorInternals;

describe('attachInternals and internalsOf', () => {
  it('what is attached is read back, under the global symbol, not enumerable', () => {
    const redactor = { redact: () => undefined } as unknown as Redactor;
    expect(internalsOf(redactor)).toBeUndefined();
    attachInternals(redactor, internals);
    expect(internalsOf(redactor)).toBe(internals);
    expect((redactor as unknown as Record<symbol, unknown>)[KEY]).toBe(internals);
    expect(Object.getOwnPropertyDescriptor(redactor, KEY)).toEqual({ value: internals, enumerable: false, writable: false, configurable: false });
    expect(Object.keys(redactor)).toEqual(['redact']);
    expect({ ...redactor }).toEqual({ redact: (redactor as unknown as { redact: unknown }).redact });
  });
  it('no object under the symbol: undefined', () => {
    for (const value of [null, 'x', 1, true, undefined]) {
      const redactor = { [KEY]: value } as unknown as Redactor;
      expect(internalsOf(redactor)).toBeUndefined();
    }
    const withObject = { [KEY]: internals } as unknown as Redactor;
    expect(internalsOf(withObject)).toBe(internals);
  });
});
