// L12 of the ninth probe of 2026-12-05 (test/redaction/probe-2026-12-05b.cases.md): two full names
// joined by `&` after a label naming persons (`Borrower(s): Tevita Fifita & Mele Fifita`,
// `Guarantors: Maria Garcia & John Smith`) were stored raw: names.ts keeps an `X & Y` pair as a
// firm (`Ernst & Young`). After a person's label, with two words or more on each side and no firm's
// word, each side is a person now (name-contexts.ts labelledParties).
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor, detectSensitive } from '../../packages/core/src/index.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]), sessionMemory: false });
function stored(text: string): string {
  const result = redactor.redact({ v: 1, id: 'x', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.call', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', arguments: { text } } } as never, { capture: {} });
  return (result as { event: { tool: { arguments: { text: string } } } }).event.tool.arguments.text.replace(/\[PERSON:[^\]]*\]/g, '[PERSON]');
}
const persons = (text: string) => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));

describe('L12: names joined by & after a person\'s label', () => {
  it.each([
    // The probe's inputs.
    ['Borrower(s): Tevita Fifita & Mele Fifita', 'Borrower(s): [PERSON] & [PERSON]'],
    ['Owners: Tevita Fifita & Mele Fifita', 'Owners: [PERSON] & [PERSON]'],
    ['Parents: Sione Taufa & Lupe Taufa', 'Parents: [PERSON] & [PERSON]'],
    ['Tenants: Keoni Akana & Leilani Kahale', 'Tenants: [PERSON] & [PERSON]'],
    ['Guarantors: Maria Garcia & John Smith', 'Guarantors: [PERSON] & [PERSON]'],
    ['Patient: Tevita Havili & Mele Havili (twins)', 'Patient: [PERSON] & [PERSON] (twins)'],
    ['Grantor(s): Rangi Te Whata & Arihia Te Whata', 'Grantor(s): [PERSON] & [PERSON]'],
    // Held back: other labels, a list of three, capitals.
    ['Co-borrowers: Adaeze Okonkwo & Chidi Okonkwo', 'Co-borrowers: [PERSON] & [PERSON]'],
    ['Beneficiaries: Mark Baker & Grace Hill', 'Beneficiaries: [PERSON] & [PERSON]'],
    ['Heirs: Aroha Ngata, Wiremu Tane & Hemi Paewai', 'Heirs: [PERSON], [PERSON] & [PERSON]'],
    ['BUYERS: TEVITA FIFITA & MELE FIFITA', 'BUYERS: [PERSON] & [PERSON]'],
    ['Applicant(s): Siosaia Taufa & Lose Taufa (joint)', 'Applicant(s): [PERSON] & [PERSON] (joint)'],
  ])('%s', (text, expected) => {
    expect(stored(text)).toBe(expected);
  });

  it('boundaries: firms after the same labels stay', () => {
    for (const text of ['Client: Ernst & Young', 'Owner: Johnson & Johnson', 'Owners: Procter & Gamble', 'Owners: Smith Barney & Co', 'Buyer: Acme Holdings LLC & Beta Corp', 'Parents: Platform Team & Data Team', 'Clients: Johnson Controls & Wells Fargo', 'Tenants: Black & Decker', 'Owner: Marks & Spencer']) {
      expect(persons(text)).toEqual([]);
    }
  });

  it('a hostile input: the label and & repeated', () => {
    const text = 'Owners: Tevita Fifita & '.repeat(10_000);
    expect(persons(text).length).toBeGreaterThan(0);
    expect(detectSensitive('Owners: & & '.repeat(20_000))).toBeDefined();
  });
});
