// L17 of the ninth probe of 2026-12-05 (test/redaction/probe-2026-12-05b.cases.md): the parties of
// a conveyance were stored raw: a name after `vested in` (`title vested in Lokelani Kealoha, a
// single woman`) and names in capitals after `GRANTOR:`/`GRANTEE:` (`GRANTEE: MOANA PARATA, a
// married woman`). Now both are persons (name-contexts.ts labelledParties: a deed's label or
// `vested in` before one or more full names); firms, trusts and public bodies stay.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '../../packages/core/src/index.js';

const persons = (text: string) => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));

describe('L17: parties of a conveyance', () => {
  it.each([
    // The probe's inputs.
    ['title vested in Lokelani Kealoha, a single woman', ['Lokelani Kealoha']],
    ['APN 4567-012-034, title vested in Keoni Akana', ['Keoni Akana']],
    ['APN 4567-012-034 vested in Lokelani Kealoha, escrow no. 01-88421-KM', ['Lokelani Kealoha']],
    ['GRANTOR: RANGI TE WHATA and ARIHIA TE WHATA, husband and wife\nGRANTEE: MOANA PARATA', ['RANGI TE WHATA', 'ARIHIA TE WHATA', 'MOANA PARATA']],
    ['GRANTEE: MOANA PARATA, a married woman', ['MOANA PARATA']],
    // Held back: two names after `vested in`, a trustor, plural labels.
    ['Title is vested in Keoni Akana and Leilani Akana, husband and wife, as joint tenants', ['Keoni Akana', 'Leilani Akana']],
    ['TRUSTOR: TAVITA FALEOLO, an unmarried man', ['TAVITA FALEOLO']],
    ['GRANTEES: SIONE TAUFA AND LUPE TAUFA', ['SIONE TAUFA', 'LUPE TAUFA']],
  ])('%s', (text, names) => {
    expect(persons(text)).toEqual(names);
  });

  it('boundaries: firms, trusts and public bodies', () => {
    for (const text of ['GRANTEE: CITY OF LOS ANGELES', 'GRANTOR: THE SMITH FAMILY TRUST', 'vested in ABC Holdings LLC', 'title vested in the Smith Family Trust', 'GRANTEE: WELLS FARGO BANK, N.A.', 'Grantee: County of Maui', 'Authority is vested in Congress']) {
      expect(persons(text)).toEqual([]);
    }
  });

  it('a hostile input: the cues repeated', () => {
    expect(persons('vested in Keoni Akana and '.repeat(8_000)).length).toBeGreaterThan(0);
    expect(detectSensitive('GRANTOR: AB CD, '.repeat(12_000))).toBeDefined();
  });
});
