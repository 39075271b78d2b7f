// The special categories of personal data (GDPR Art. 9(1)) under their labels: the README-only leak
// probe of 2026-12-07 (F14, issue 11) found `Konfession rk, GdB 50 (Schwerbehinderung), Gewerkschaft
// ver.di` in an HR record kept, and the event classed `phi, pii.person` only. Other labels and
// languages of the kind; look-alikes (`race condition`, `party of four`, `gdb 12.1`, `SQL UNION`,
// prose about religion) kept.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classify, createKeyring, createRedactor, detectSensitive } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';
import { kept, leaks } from './masked-text.js';

describe('F14: special categories under their labels', () => {
  it.each([
    ['Steuerklasse 1, Konfession rk, GdB 50 (Schwerbehinderung), Gewerkschaft ver.di', ['Konfession rk', 'GdB 50', 'ver.di'], ['RELIGION', 'DISABILITY', 'TRADE_UNION']],
    ['Religion: Muslim', ['Muslim'], ['RELIGION']],
    ['religious affiliation: Jehovah’s Witness', ['Jehovah’s Witness'], ['RELIGION']],
    ['Religion is Catholic.', ['Catholic'], ['RELIGION']],
    ['religious denomination: Methodist', ['Methodist'], ['RELIGION']],
    ['trade union membership: Unite', ['Unite'], ['TRADE_UNION']],
    ['union member: yes', ['yes'], ['TRADE_UNION']],
    ['sindicato: CCOO', ['CCOO'], ['TRADE_UNION']],
    ['sexual orientation: gay', ['gay'], ['SEXUAL_ORIENTATION']],
    ['orientation sexuelle : bisexuelle', ['bisexuelle'], ['SEXUAL_ORIENTATION']],
    ['ethnicity: Hispanic or Latino', ['Hispanic or Latino'], ['ETHNIC_ORIGIN']],
    ['race: Black', ['Black'], ['ETHNIC_ORIGIN']],
    ['ethnische Herkunft: kurdisch', ['kurdisch'], ['ETHNIC_ORIGIN']],
    ['political affiliation: Green Party', ['Green Party'], ['POLITICAL_OPINION']],
    ['Parteimitgliedschaft: SPD', ['SPD'], ['POLITICAL_OPINION']],
    ['wyznanie: katolickie', ['katolickie'], ['RELIGION']],
    ['Grad der Behinderung 70', ['70'], ['DISABILITY']],
  ])('%s', (text, values, types) => {
    expect(leaks(text, values)).toEqual([]);
    expect(detectSensitive(text).map((d) => d.type).filter((t) => types.includes(t)).sort()).toEqual([...types].sort());
  });
  it('look-alikes stay', () => {
    const text = 'A race condition in the scheduler; a party of four at 8; gdb 12.1 and GDB stubs; SELECT a UNION SELECT b; ' +
      'the religion of the patient was discussed; Religion is important to her; party: 4 guests; union: 3 sets; Konfession: keine; ethnicity: not stated; ' +
      'Disclosing party: Acme Ltd; credit union: Navy Federal; denomination: Euro; handicap: 12';
    expect(kept(text, ['race condition', 'party of four', 'gdb 12.1', 'UNION SELECT', 'religion of the patient', 'important', '4 guests', '3 sets', 'keine', 'not stated', 'Acme Ltd', 'Navy Federal', 'Euro', 'handicap: 12'])).toEqual([]);
  });
  it('the event is classed restricted under GDPR', () => {
    const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) });
    const out = redactor.redact({ v: 1, id: 'x', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.result', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', result: 'Konfession rk, Gewerkschaft ver.di, Religion: Muslim' } } as never, { capture: {} }) as { event: { tool: { result: string } }; data: { classes: string[]; sensitivity: string } };
    expect(out.event.tool.result).not.toMatch(/\brk\b|ver\.di|Muslim/);
    expect(out.data.classes).toEqual(expect.arrayContaining(['pii.special.religion', 'pii.special.trade_union']));
    expect(out.data.sensitivity).toBe('restricted');
    expect(classify(['pii.special.religion']).compliance.regimes).toContain('gdpr');
  });
  it('a member named for a category: its value, with the pseudonym the text gives it', () => {
    const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) });
    const result = (value: unknown) => (redactor.redact({ v: 1, id: 'x', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.result', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', result: value } } as never, { capture: {} }) as { event: { tool: { result: Record<string, string> } } }).event.tool.result;
    const out = result({ religion: 'Muslim', ethnicity: 'Hispanic or Latino', trade_union: 'Unite', sexualOrientation: 'gay', gdb: 50, Konfession: 'rk', note: 'Religion: Muslim' });
    expect(JSON.stringify(out)).not.toMatch(/Muslim|Hispanic|Unite|"gay"|"rk"|\b50\b/);
    expect(out.religion).toMatch(/^\[RELIGION:psn_/);
    expect(out.note).toBe(`Religion: ${out.religion}`);
    // No category's value: kept.
    expect(result({ religion: 'none', race: '10k', gdb: 'enabled', faith: 'n/a' })).toEqual({ faith: 'n/a', gdb: 'enabled', race: '10k', religion: 'none' });
    // Off when `special` is not among the builtins.
    const off = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]), builtins: ['email', 'person'] });
    expect((off.redact({ v: 1, id: 'x', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.result', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', result: { religion: 'Muslim' } } } as never, { capture: {} }) as { event: { tool: { result: unknown } } }).event.tool.result).toEqual({ religion: 'Muslim' });
  });
  it('any label of the list, a colon and a capitalized value (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom('Religion', 'Konfession', 'ethnicity', 'sexual orientation', 'trade union', 'political affiliation', 'religión', 'etnia'), fc.constantFrom(':', ' :', '='), fc.constantFrom('Quaker', 'Sikh', 'Roma', 'Verdi', 'Labour'), (label, colon, value) => leaks(`${label}${colon} ${value}`, [value]).length === 0),
    );
  });
});

describe('linear time', () => {
  it('labels repeated', () => {
    const make = (n: number) => 'Konfession Religion: race: party union Gewerkschaft GdB '.repeat(Math.ceil(n / 56)).slice(0, n);
    expect(timeRatio(detectSensitive, make)).toBeLessThanOrEqual(3);
  });
});
