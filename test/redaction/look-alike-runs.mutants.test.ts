// Issue 13: direct calls of look-alike-runs.ts (O2-O8 of the README-only probe of 2026-12-06), written
// from the Stryker run of 2026-12-06 (docs/TESTING.md, the row of the third session's new files),
// whose tests went through the name rules (over-redaction-2026-12-06b.test.ts). Each boundary below
// fails with its mutant made: the windows read before and after the run, the run's length, the
// words read after it and where they stop, the label before, the list's items, the clause's ends.
import { describe, expect, it } from 'vitest';
import { financeBrandRun, jobTitleRun, logTermOpening, loneUtterance, monthBeforeStatementNoun, paymentReferenceRun } from '../../packages/core/src/redaction/look-alike-runs.js';

/** The run `run` (its words in lower case) as found in `text`, from its first occurrence after `from`. */
function at(text: string, run: string, from = 0): { words: string[]; start: number; end: number } {
  const start = text.indexOf(run, from);
  expect(start).toBeGreaterThanOrEqual(0);
  return { words: run.toLowerCase().split(' '), start, end: start + run.length };
}

describe('monthBeforeStatementNoun (O2)', () => {
  const month = (text: string, run: string): boolean => {
    const { words, end } = at(text, run);
    return monthBeforeStatementNoun(text, words[0] as string, end);
  };
  it("a month's abbreviation before a statement line's noun", () => {
    expect(month('SO Dec rent -950.00', 'Dec')).toBe(true);
    expect(month('Memo: Jan school fees', 'Jan')).toBe(true);
    expect(month('Dec  gym 35.00', 'Dec')).toBe(true);
    expect(month('paid Sept subscriptions', 'Sept')).toBe(true);
  });
  it('not before a name, a verb, a capitalized word, nothing; not a full month', () => {
    expect(month('Jan Kowalski', 'Jan')).toBe(false);
    expect(month('Jan paid the rent', 'Jan')).toBe(false);
    expect(month('Dec Rent', 'Dec')).toBe(false);
    expect(month('Dec', 'Dec')).toBe(false);
    expect(month('May rent', 'May')).toBe(false);
    expect(month('Dec rentals2', 'Dec')).toBe(false);
    // The noun is read after the run's end, not before it.
    expect(monthBeforeStatementNoun('rent Dec', 'dec', 8)).toBe(false);
  });
});

describe('paymentReferenceRun (O3)', () => {
  const reference = (text: string, run: string): boolean => {
    const { words, start, end } = at(text, run);
    return paymentReferenceRun(text, words, start, end);
  };
  it("after a reference's label", () => {
    expect(reference('Verwendungszweck: Mietzahlung Januar', 'Mietzahlung Januar')).toBe(true);
    expect(reference('Objet : Loyer et charges', 'Loyer')).toBe(true);
    expect(reference('<Ustrd>Miete Januar</Ustrd>', 'Miete Januar')).toBe(true);
    expect(reference('Buchung 2026-12-01; Verwendungszweck: Hausgeld', 'Hausgeld')).toBe(true);
    expect(reference('Zahlung an X, Betreff: Stromabschlag', 'Stromabschlag')).toBe(true);
  });
  it("the label within 40 characters before the run", () => {
    expect(reference(`Verwendungszweck:   Hausgeld`, 'Hausgeld')).toBe(true);
    expect(reference(`${'x'.repeat(60)} Verwendungszweck: Hausgeld`, 'Hausgeld')).toBe(true);
    expect(reference('Verwendungszweck: xHausgeld Hausgeld', 'Hausgeld', )).toBe(false);
  });
  it('a month in lower case among the next three words', () => {
    expect(reference('Loyer decembre', 'Loyer')).toBe(true);
    expect(reference('Loyer mars 2026', 'Loyer')).toBe(true);
    expect(reference('Loyer, mars', 'Loyer')).toBe(true);
    expect(reference('Loyer et charges mars.', 'Loyer')).toBe(true);
    expect(reference('Miete + Nebenkosten Januar', 'Miete')).toBe(false);
    expect(reference('Miete + Nebenkosten januar', 'Miete')).toBe(true);
    expect(reference('Loyer\tdecembre', 'Loyer')).toBe(true);
    expect(reference('Loyer  decembre', 'Loyer')).toBe(true);
    expect(reference('(Loyer mars).', 'Loyer')).toBe(true);
    // Only closing marks at the word's end are left out: a mark inside makes no month.
    expect(reference('Loyer ma.rs', 'Loyer')).toBe(false);
    // The words after the run, not the text's first words.
    expect(reference('Virement 2026 Loyer decembre', 'Loyer')).toBe(true);
  });
  it('not when a word after it is neither a join nor a reference word, nor with no month', () => {
    expect(reference('Loyer Decembre', 'Loyer')).toBe(false);
    expect(reference('Loyer 2026 mars', 'Loyer')).toBe(false);
    expect(reference('Loyer payé mars', 'Loyer')).toBe(false);
    expect(reference('Loyer et charges', 'Loyer')).toBe(false);
    expect(reference('Loyer', 'Loyer')).toBe(false);
  });
  it("the run's words: one to three, every one a reference's word, one at least no month", () => {
    expect(reference('Loyer Okafor decembre', 'Loyer Okafor')).toBe(false);
    expect(reference('Verwendungszweck: Januar', 'Januar')).toBe(false);
    expect(reference('Verwendungszweck: Januar Februar', 'Januar Februar')).toBe(false);
    expect(reference('Verwendungszweck: Miete Januar Februar', 'Miete Januar Februar')).toBe(true);
    expect(reference('Verwendungszweck: Miete Miete Miete Miete', 'Miete Miete Miete Miete')).toBe(false);
    expect(paymentReferenceRun('Verwendungszweck: ', [], 18, 18)).toBe(false);
  });
});

describe('jobTitleRun (O4)', () => {
  const title = (text: string, run: string, ordinary: (word: string) => boolean = () => false): boolean => {
    const { words, end } = at(text, run);
    return jobTitleRun(text, words, end, ordinary);
  };
  it("a rank's or a department's words then a head noun, in the run or after it", () => {
    expect(title('Signed: Senior Claims Adjuster', 'Senior')).toBe(true);
    expect(title('Signed: Senior Claims Adjuster', 'Senior Claims')).toBe(true);
    expect(title('Signed: Duty Pharmacist', 'Duty Pharmacist')).toBe(true);
    expect(title('Approved by: Payroll Administrator', 'Payroll')).toBe(true);
    expect(title('Signed: On-Call Pharmacist', 'On-Call')).toBe(true);
  });
  it('a name before the head, or no head, or a head alone: no title', () => {
    expect(title('Signed: Thandiwe Ndlovu', 'Thandiwe Ndlovu')).toBe(false);
    expect(title('Signed: Maria Senior', 'Maria Senior')).toBe(false);
    expect(title('Signed: Maria Pharmacist', 'Maria')).toBe(false);
    expect(title('Signed: Manager', 'Manager')).toBe(false);
    expect(title('Signed: Senior Claims', 'Senior')).toBe(false);
  });
  it("the head at or after the run's last word", () => {
    expect(title('Signed: Chief Officer Ndlovu', 'Chief Officer Ndlovu')).toBe(false);
    expect(title('Signed: Chief Officer Ndlovu', 'Chief Officer')).toBe(true);
  });
  it('an ordinary word counts as a title word', () => {
    expect(title('Signed: Night Porter Supervisor', 'Night Porter')).toBe(false);
    expect(title('Signed: Night Porter Supervisor', 'Night Porter', (word) => word === 'porter')).toBe(true);
  });
  it('five words at most, each after one blank, a capital first', () => {
    expect(title('Signed: Senior Claims Claims Claims Adjuster', 'Senior')).toBe(true);
    expect(title('Signed: Senior Claims Claims Claims Claims Adjuster', 'Senior')).toBe(false);
    expect(title('Signed: Senior  Pharmacist', 'Senior')).toBe(false);
    expect(title('Signed: Senior pharmacist', 'Senior')).toBe(false);
    expect(jobTitleRun('a b c d e', ['senior', 'claims', 'claims', 'claims', 'adjuster'], 9, () => false)).toBe(false);
    expect(jobTitleRun('a b c d', ['senior', 'claims', 'claims', 'adjuster'], 7, () => false)).toBe(true);
    expect(jobTitleRun('', [], 0, () => true)).toBe(false);
    expect(jobTitleRun(' Claims Adjuster', [], 0, () => false)).toBe(false);
  });
  it('a long word after the run (25 characters) is read', () => {
    expect(title(`Signed: Senior ${'Q'.repeat(24)}x Adjuster`, 'Senior', (word) => word.startsWith('q'))).toBe(true);
  });
});

describe('logTermOpening (O6)', () => {
  const term = (text: string, run: string): boolean => {
    const { words, start, end } = at(text, run);
    return logTermOpening(text, words[0] as string, start, end);
  };
  it("a computing term opening a log line before its event", () => {
    expect(term('Auth request: PAN 4111', 'Auth')).toBe(true);
    expect(term('Cron started 02:05', 'Cron')).toBe(true);
    expect(term('svc up\nAuth failed for terminal T-17', 'Auth')).toBe(true);
    expect(term('12:00:01 INFO Auth declined: insufficient funds', 'Auth')).toBe(true);
    expect(term('[ERROR] Auth (pos-7) timed out', 'Auth')).toBe(true);
    expect(term('done. Cron skipped', 'Cron')).toBe(true);
    expect(term(`${'x'.repeat(80)}\n2026-12-06T02:05:00Z Cron started`, 'Cron')).toBe(true);
  });
  it('not after a word, not before a verb of speech or a capital, not at the end, not another word', () => {
    expect(term('Dr Auth said hello', 'Auth')).toBe(false);
    expect(term('Auth said the card failed', 'Auth')).toBe(false);
    expect(term('Hello Auth failed', 'Auth')).toBe(false);
    expect(term('Auth Smith', 'Auth')).toBe(false);
    expect(term('Auth', 'Auth')).toBe(false);
    expect(term('Kafka started', 'Kafka')).toBe(false);
    expect(term(`Please note ${'x'.repeat(60)} Auth failed`, 'Auth')).toBe(false);
    // A long text: the 48 characters before the run are read, not none.
    expect(term(`Dr Auth failed for terminal T-17 ${'x'.repeat(40)}`, 'Auth')).toBe(false);
  });
});

describe('loneUtterance (O8)', () => {
  it('a word that is a message of its own, not a name', () => {
    expect(loneUtterance('sorry')).toBe(true);
    expect(loneUtterance('hope')).toBe(false);
  });
});

describe('financeBrandRun (O7)', () => {
  const brand = (text: string, run: string, from = 0): boolean => {
    const { words, start, end } = at(text, run, from);
    return financeBrandRun(text, words, start, end);
  };
  it("a brand before its firm's, plan's or card's word, in the run or after it", () => {
    expect(brand('Molina Healthcare', 'Molina')).toBe(true);
    expect(brand('Molina Healthcare', 'Molina Healthcare')).toBe(true);
    expect(brand('Oscar Bronze Classic', 'Oscar')).toBe(true);
    expect(brand('Barclaycard Platinum', 'Barclaycard')).toBe(true);
  });
  it('a tier that is a surname too: before a plan word, after a label, before a bracket', () => {
    expect(brand('Oscar Silver', 'Oscar')).toBe(false);
    expect(brand('Oscar Silver Plan', 'Oscar')).toBe(true);
    expect(brand('Plan: Oscar Silver', 'Oscar')).toBe(true);
    expect(brand('Oscar Silver (HMO)', 'Oscar')).toBe(true);
    expect(brand('Oscar Silver  (HMO)', 'Oscar')).toBe(true);
    expect(brand('Oscar Silver   (HMO)', 'Oscar')).toBe(false);
    expect(brand('Oscar Silver called', 'Oscar')).toBe(false);
  });
  it("alone after a payer's, insurer's, plan's, bank's or card's label", () => {
    expect(brand('Payer: Molina', 'Molina')).toBe(true);
    expect(brand('Secondary payer: Humana', 'Humana')).toBe(true);
    expect(brand('Cards on file: Barclaycard', 'Barclaycard')).toBe(true);
    expect(brand('Salary paid into Starling', 'Starling')).toBe(true);
    expect(brand('Visit 3 (Payer: Molina)', 'Molina')).toBe(true);
    expect(brand('Seen today; insurer: Aviva', 'Aviva')).toBe(true);
  });
  it('an item of a list after the label', () => {
    expect(brand('Payers: Molina Healthcare, Oscar Health, Aviva', 'Aviva')).toBe(true);
    expect(brand('Payers: Molina Healthcare and Aviva', 'Aviva')).toBe(true);
    expect(brand('Payers: Molina Healthcare or Aviva', 'Aviva')).toBe(true);
    expect(brand('Payers: Molina & Aviva', 'Aviva')).toBe(true);
    expect(brand('Payers: see notes, Aviva', 'Aviva')).toBe(false);
    expect(brand('Payers: Molina Healthcare Aviva', 'Aviva')).toBe(false);
    expect(brand('Payers: A B C D E, Aviva', 'Aviva')).toBe(false);
    expect(brand('Payers: A B C D, Aviva', 'Aviva')).toBe(true);
  });
  it("a person: a name after or before the brand, no label, a label's clause ended before it", () => {
    expect(brand('Aviva Cohen', 'Aviva')).toBe(false);
    expect(brand('Payer: Aviva Cohen', 'Aviva Cohen')).toBe(false);
    expect(brand('Maria Molina', 'Maria Molina')).toBe(false);
    expect(brand('Contact: Aviva', 'Aviva')).toBe(false);
    expect(brand('Payer: none. Aviva', 'Aviva')).toBe(false);
    expect(brand('Payer: none\nAviva', 'Aviva')).toBe(false);
    expect(brand('Notes.Payer: Aviva', 'Aviva')).toBe(false);
    expect(financeBrandRun('Payer: Aviva', ['aviva', 'x', 'y', 'z'], 7, 12)).toBe(false);
    expect(financeBrandRun('Payer: ', [], 7, 7)).toBe(false);
    // Three words at most, even with a firm's word second.
    expect(financeBrandRun('Molina Healthcare Plan', ['molina', 'healthcare', 'plan'], 0, 22)).toBe(true);
    expect(financeBrandRun('Molina Health X Y', ['molina', 'health', 'x', 'y'], 0, 17)).toBe(false);
    // A name after a list's item, a lower-case item among capitalized ones.
    expect(brand('Payers: Molina, Oscar Aviva', 'Aviva')).toBe(false);
    expect(brand('Payers: see notes, Molina Healthcare, Aviva', 'Aviva')).toBe(false);
  });
  it("the clause's ends: a line break, ; | ( and a sentence's end before a blank, the text's start", () => {
    expect(brand('(Payer: Molina', 'Molina')).toBe(true);
    expect(brand('Visit 3 | Payer: Molina', 'Molina')).toBe(true);
    expect(brand('Thanks. Payer: Molina', 'Molina')).toBe(true);
    expect(brand('Thanks! Payer: Molina', 'Molina')).toBe(true);
    expect(brand('Covered? Payer: Molina', 'Molina')).toBe(true);
    expect(brand('Thanks.\tPayer: Molina', 'Molina')).toBe(true);
    expect(brand('v2.Payer: Molina', 'Molina')).toBe(false);
  });

  it('blanks around the items and the separators', () => {
    expect(brand('Payer:    Molina', 'Molina')).toBe(true);
    expect(brand('Payers:    Molina Healthcare, Aviva', 'Aviva')).toBe(true);
    expect(brand('Payers: Molina Healthcare , Aviva', 'Aviva')).toBe(true);
    expect(brand('Payers: Molina,Aviva', 'Aviva')).toBe(true);
    expect(brand('Payers: Molina and  Aviva', 'Aviva')).toBe(true);
    expect(brand('Payers: Molina  and Aviva', 'Aviva')).toBe(true);
  });

  it("a tier after a label anywhere in the clause", () => {
    expect(brand('Plans: 2 options, Oscar Silver', 'Oscar')).toBe(true);
  });

  it('the clause read back 120 characters at most', () => {
    expect(brand(`Payers: ${'Acme Health, '.repeat(10)}Molina`, 'Molina')).toBe(false);
    expect(brand(`Payers: ${'Acme Health, '.repeat(8)}Molina`, 'Molina')).toBe(true);
    expect(brand(`${'word '.repeat(30)}salary paid into Starling`, 'Starling')).toBe(false);
    expect(brand(`${'word '.repeat(20)}salary paid into Starling`, 'Starling')).toBe(true);
    expect(brand(`Payer: ${'x '.repeat(40)}and Molina`, 'Molina')).toBe(false);
    expect(brand(`${'x'.repeat(200)}\nPayer: Molina`, 'Molina')).toBe(true);
    expect(brand(`${'x'.repeat(200)} Payer: Molina`, 'Molina')).toBe(false);
    expect(brand(`${'y'.repeat(113)}Payer: Molina`, 'Molina')).toBe(false);
    expect(brand(`\n${'y'.repeat(112)}Payer: Molina`, 'Molina')).toBe(false);
  });
});
