// Over-redactions of the README-only probe of 2026-12-06 still open after its first fixes (rows O2-O9 of
// test/redaction/probe-2026-12-06.cases.md; issue 11): ordinary words of a record read as a person's name
// (a month before a statement's noun, a payment reference, a job title after a signer's label, a laboratory
// as a FHIR performer, a computing term opening a log line, an insurer's or a bank's brand, a word alone
// after a sign-off) and the session memory that spread them. Each row: its examples, its held-back inputs
// (written by the probe before any fix), more of the kind written here before the rule, and real names in
// the same places, which stay masked.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '@agent-audit/core';
import { masked } from './masked-text.js';

const TOKEN = /\[([A-Z_]+):psn_\w+\]/g;
const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(6)]) });
let sessions = 0;
/** The inputs of one session as the redactor stores them, tokens without their pseudonyms (`[PERSON]`). */
async function session(inputs: readonly unknown[]): Promise<string[]> {
  const id = `over-06b-${sessions++}`;
  const out: string[] = [];
  for (const input of inputs) {
    const result = await redactor.redact({ type: 'message.user', session: id, content: { input } } as never, {} as never);
    const stored = (result.event as { content: { input: unknown } }).content.input;
    out.push((typeof stored === 'string' ? stored : JSON.stringify(stored)).replace(TOKEN, '[$1]'));
  }
  return out;
}

describe('O2: a month abbreviation that is a given name before a statement line noun', () => {
  it.each([
    // The row's examples and its held-back inputs.
    'Statement lines: 01/12 SO Dec rent -950.00; 02/12 DD Nov salary',
    'Standing orders: Jan rent 950.00; Dec gym 35.00',
    'Dec rent',
    'Memo: Jan utilities 88.10',
    'SO Dec parking 60.00',
    'Cheque memo "Dec childcare"',
    // More of the kind.
    'DD Jan phone bill 24.99',
    'Transfer note: Dec council tax',
    'Jan mortgage payment 1,210.00 debited',
    'Standing order "Dec tuition" amended',
  ])('%j stays', (text) => {
    expect(masked(text)).toBe(text);
  });

  it.each([
    ['Jan called about the rent', '[PERSON] called about the rent'],
    ['Jan paid rent 950.00', '[PERSON] paid rent 950.00'],
    ['Thanks Jan, rent received', 'Thanks [PERSON], rent received'],
    ['Dec said the rent is late', '[PERSON] said the rent is late'],
    ['Hi Dec, rent is due', 'Hi [PERSON], rent is due'],
    ['Ask Jan about the rent', 'Ask [PERSON] about the rent'],
    ['Dear Jan, gym membership renewed', 'Dear [PERSON], gym membership renewed'],
  ])('a person called Jan or Dec stays masked: %j', (text, expected) => {
    expect(masked(text)).toBe(expected);
  });

  it('a full name that starts with Jan is masked whole', () => {
    expect(masked('Jan Kowalski rent 950.00')).toBe('[PERSON] rent 950.00');
  });
});

describe('O3: a payment reference after its German or French label', () => {
  it.each([
    // The row's examples and its held-back inputs that failed.
    'Verwendungszweck: Mietzahlung Januar / Remittance: Loyer decembre',
    '<Ustrd>Loyer decembre</Ustrd>',
    'Motif: Loyer mars 2026',
    'Verwendungszweck: Mietzahlung Februar',
    'Libellé: Loyer avril appartement',
    'Verwendungszweck: Hausgeld Januar',
    'Objet : Loyer et charges janvier',
    // The held-back inputs that kept passing, and more of the kind.
    'Verwendungszweck: Nebenkosten Abrechnung 2025',
    'Omschrijving: Huur januari',
    'Verwendungszweck: Stromabschlag März',
    'Libellé : Cotisation annuelle',
    'Concepto: Alquiler febrero',
  ])('%j stays', (text) => {
    expect(masked(text)).toBe(text);
  });

  it.each([
    ['Verwendungszweck: Thandiwe Ndlovu', 'Thandiwe Ndlovu'],
    ['Libellé: Virement Loyer Okafor', 'Okafor'],
    ['Verwendungszweck: Miete Ndlovu Januar', 'Ndlovu'],
    ['Objet : remboursement Zephra Vlintuk', 'Vlintuk'],
  ])('a payer named in the reference stays masked: %j', (text, name) => {
    expect(masked(text)).not.toContain(name);
  });
});

describe("O4: a job title right after a signer's label", () => {
  it.each([
    // The row's examples and its held-back inputs (the ones without a label kept passing before).
    'Signed: Senior Claims Adjuster; Payroll Administrator',
    'Approvers: Senior Underwriter; Claims Administrator; Network Administrator; Payroll Administrator',
    'Signed: Senior Claims Examiner',
    'Signed: Duty Pharmacist',
    'Approved by: Payroll Administrator',
    'Signed: Chief Medical Officer',
    'Signed: Branch Manager, Leeds',
    'Reviewed by: Senior Case Manager',
    // More of the kind.
    'Approved by: Deputy Finance Director',
    'Signed: On-Call Pharmacist',
    'Countersigned by: Night Charge Nurse',
    'Authorised by: Payroll Manager',
  ])('%j stays', (text) => {
    expect(masked(text)).toBe(text);
  });

  it.each([
    ['Signed: Thandiwe Ndlovu', 'Signed: [PERSON]'],
    ['Signed: Maria Senior', 'Signed: [PERSON]'],
    ['Approved by: Zephra Vlintuk, Claims Adjuster', 'Approved by: [PERSON], Claims Adjuster'],
    ['Signed: Tavita Leota, Duty Pharmacist', 'Signed: [PERSON], Duty Pharmacist'],
    ['Approved by: Ngozi Adeyemi', 'Approved by: [PERSON]'],
    ['Signed: Zephra Vlintuk Pharmacist', 'Signed: [PERSON]'],
  ])('a real signer stays masked: %j', (text, expected) => {
    expect(masked(text)).toBe(expected);
  });
});

describe('O5: a laboratory as a FHIR display', () => {
  it.each([
    // The row's example and its held-back inputs.
    [{ resourceType: 'DiagnosticReport', performer: [{ display: 'Central Laboratory' }, { display: 'Pathology Laboratory' }] }, ['Central Laboratory', 'Pathology Laboratory']],
    [{ resourceType: 'Specimen', collection: { collector: { display: 'Microbiology Laboratory' } } }, ['Microbiology Laboratory']],
    [{ resourceType: 'Observation', performer: [{ display: 'Reference Laboratory' }] }, ['Reference Laboratory']],
    [{ resourceType: 'DiagnosticReport', performer: [{ display: 'Hematology Laboratory' }] }, ['Hematology Laboratory']],
    // More of the kind.
    [{ resourceType: 'Observation', performer: [{ display: 'Regional Pathology Lab' }] }, ['Regional Pathology Lab']],
    [{ resourceType: 'MedicationDispense', performer: [{ actor: { display: 'Outpatient Pharmacy' } }] }, ['Outpatient Pharmacy']],
    [{ resourceType: 'ImagingStudy', performer: [{ display: 'Northside Imaging Centre' }] }, ['Northside Imaging Centre']],
  ])('%j keeps its organisations', async (resource, names) => {
    const [stored] = await session([resource]);
    for (const name of names) expect(stored).toContain(name);
  });

  it.each([
    [{ resourceType: 'Observation', performer: [{ display: 'Zephra Vlintuk' }] }, 'Vlintuk'],
    [{ resourceType: 'Specimen', collection: { collector: { display: 'Thandiwe Ndlovu' } } }, 'Ndlovu'],
    [{ resourceType: 'Observation', performer: [{ display: 'Ngozi' }] }, 'Ngozi'],
  ])('a practitioner as the display stays masked: %j', async (resource, name) => {
    const [stored] = await session([resource]);
    expect(stored).not.toContain(name);
  });

  it('the laboratory is not spread to the session later (O9)', async () => {
    const [, later] = await session([{ resourceType: 'DiagnosticReport', performer: [{ display: 'Central Laboratory' }] }, 'Sample routed via central laboratory courier']);
    expect(later).toBe('Sample routed via central laboratory courier');
  });
});

describe('O6: Auth or Cron opening a log line', () => {
  it.each([
    // The row's examples and its held-back inputs.
    'Auth request: PAN 411111******1111, exp 09/28, amount 12.00',
    'Auth failed for terminal T-17',
    'Auth declined: insufficient funds (51)',
    'Auth reversal queued for txn 8841',
    'Auth timeout after 30s; retrying',
    'Auth service unavailable (503)',
    // More of the kind (O9's `Cron started`).
    'Sync failed at 02:00; Cron started 02:05',
    '2026-12-06T02:05:00Z INFO Cron job finished',
    'gateway ok. Auth token expired',
  ])('%j stays', (text) => {
    expect(masked(text)).toBe(text);
  });

  it.each([
    ['Dr Auth will see you now', 'Dr [PERSON] will see you now'],
    ['Hi Auth, thanks for the call', 'Hi [PERSON], thanks for the call'],
    ['Auth said the claim was fine', '[PERSON] said the claim was fine'],
    ['Ask Auth about the claim', 'Ask [PERSON] about the claim'],
    ['Meeting with Auth tomorrow', 'Meeting with [PERSON] tomorrow'],
  ])('a person called Auth stays masked: %j', (text, expected) => {
    expect(masked(text)).toBe(expected);
  });
});

describe("O7: an insurer's, a payer's or a bank's brand or plan", () => {
  it.each([
    // The row's examples and its held-back inputs.
    'Payers: Molina Healthcare, Oscar Health, Aviva, Allianz',
    'Plan: Oscar Bronze Classic; Payer: Molina; Carrier: Hartford',
    'Cards on file: Chase Sapphire, Barclaycard Platinum, Monzo, Starling',
    'Insurer: Aviva; policy type: home contents',
    'Plan: Oscar Silver Simple (HMO)',
    'Secondary payer: Molina Medicaid',
    'Salary paid into Starling; savings at Nationwide',
    // More of the kind.
    'Primary insurance: Humana Gold Plus',
    'Insurer: Aviva',
    'Payers: Aetna, Cigna and Molina',
  ])('%j stays', (text) => {
    expect(masked(text)).toBe(text);
  });

  it.each([
    ['Payer: Maria Molina', 'Payer: [PERSON]'],
    ['Payer: Thandiwe Ndlovu', 'Payer: [PERSON]'],
    ['Dr Molina reviewed the claim', 'Dr [PERSON] reviewed the claim'],
    ['Aviva Cohen called about her policy', '[PERSON] called about her policy'],
    ['Contact: Aviva', 'Contact: [PERSON]'],
    ['Oscar Silver called yesterday', '[PERSON] called yesterday'],
    ['Hi Oscar, your plan renews', 'Hi [PERSON], your plan renews'],
    ['Meeting with Starling tomorrow', 'Meeting with [PERSON] tomorrow'],
  ])('a person of those names stays masked: %j', (text, expected) => {
    expect(masked(text)).toBe(expected);
  });
});

describe('O8: one ordinary word alone after a sign-off', () => {
  it.each([
    // The row's example and its held-back inputs.
    'Hi\nThanks\nCheers\nSorry\nOkay\nNope',
    'Cheers\nApologies',
    'Thanks,\nUrgent',
    'Regards\nPending',
    'ok thanks\nSorry',
    // More of the kind.
    'Thanks,\nNoted',
    'Best,\nEscalated',
    'Thanks\nRescheduled',
  ])('%j stays', (text) => {
    expect(masked(text)).toBe(text);
  });

  it.each([
    ['Cheers\nMere', 'Cheers\n[PERSON]'],
    ['Cheers,\nZephra', 'Cheers,\n[PERSON]'],
    ['Thanks,\nNgozi', 'Thanks,\n[PERSON]'],
    ['Regards\nHope', 'Regards\n[PERSON]'],
    ['Best regards,\nTawhiri', 'Best regards,\n[PERSON]'],
  ])('a real signer stays masked: %j', (text, expected) => {
    expect(masked(text)).toBe(expected);
  });
});

describe('O9: session memory no longer spreads these words', () => {
  // [first event, later event]: the probe's sessions (amp.mjs, amp3.mjs) whose one-word PERSON was a listed name.
  it.each([
    ['Auth request: amount 12.00 terminal T-17', 'batch closed; auth totals 14; next auth window 02:00'],
    ['Sync failed at 02:00; Cron started 02:05', 'next cron run 03:00; cron log rotated'],
    ['Cards on file: Monzo, Starling', 'salary lands in starling on the 28th'],
    ['Payer: Molina', 'molina denied the claim; resubmit to molina'],
    ['Payers: Molina Healthcare, Oscar Health, Aviva, Allianz', 'aviva approved the claim'],
    ['Signed: Duty Pharmacist', 'the duty pharmacist checked the dose'],
    ['Verwendungszweck: Hausgeld Januar', 'hausgeld januar bezahlt'],
  ])('%j then %j: the later event stays', async (first, later) => {
    const stored = await session([first, later]);
    expect(stored).toEqual([first, later]);
  });

  it.each([
    ['Dr Molina reviewed the claim', 'molina denied the claim', 'molina'],
    ['Signed: Thandiwe Ndlovu', 'ndlovu called back', 'ndlovu'],
    ['Dr Auth will see you now', 'auth is running late', 'auth'],
  ])('a real name found first is still masked later: %j', async (first, later, name) => {
    const [, stored] = await session([first, later]);
    expect(stored.toLowerCase()).not.toContain(name);
  });
});

describe('each kind repeated in one long text', () => {
  it('stays as written', () => {
    const text = 'SO Dec rent -950.00; Verwendungszweck: Hausgeld Januar; Signed: Duty Pharmacist; Auth failed; Payer: Molina\n'.repeat(200);
    expect(masked(text)).toBe(text);
  });
});
