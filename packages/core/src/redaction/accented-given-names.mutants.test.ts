// Mutation tests for accented-given-names.ts (issue 13; docs/TESTING.md, the row of 2026-12-07): the list
// as a whole, every language's names from the first to the last, one entry per name, written in NFC. The
// file is all module-level code: run with AGENT_AUDIT_MUTATE_COVERAGE=all (its mutants are static).
import { describe, expect, it } from 'vitest';
import { ACCENTED_GIVEN_NAMES } from './accented-given-names.js';

describe('ACCENTED_GIVEN_NAMES', () => {
  it('345 names, one entry each, no blank and no empty one', () => {
    expect(ACCENTED_GIVEN_NAMES).toHaveLength(345);
    expect(new Set(ACCENTED_GIVEN_NAMES).size).toBe(345);
    expect(ACCENTED_GIVEN_NAMES.filter((name) => !/^\p{L}+$/u.test(name))).toEqual([]);
  });
  it('each language, first to last, in the order written', () => {
    const at = (name: string) => ACCENTED_GIVEN_NAMES.indexOf(name);
    // Portuguese, Spanish, French, Vietnamese: first and last of each, and one in the middle.
    const order = ['João', 'Conceição', 'Míriam', 'José', 'Sofía', 'Jazmín', 'François', 'Hélène', 'Valère', 'Phương', 'Đức', 'Tú'];
    expect(order.map(at)).toEqual([0, 1, 82, 83, 88, 145, 146, 148, 235, 236, 238, 344]);
  });
  it('written in NFC: a name with its accent composed, as a login or a form writes it', () => {
    expect(ACCENTED_GIVEN_NAMES).toContain('Phương'.normalize('NFC'));
    expect(ACCENTED_GIVEN_NAMES.every((name) => name === name.normalize('NFC'))).toBe(true);
    expect(ACCENTED_GIVEN_NAMES).not.toContain('Joa\u0303o');
  });
});
