// Over-redactions of the README-only probe of 2026-12-06 still open after its first fixes (rows O2-O9 of
// test/redaction/probe-2026-12-06.cases.md; issue 11): ordinary words of a record read as a person's name
// (here a laboratory as a FHIR performer) and the session memory that spread them. Each row: its examples, its held-back inputs
// (written by the probe before any fix), more of the kind written here before the rule, and real names in
// the same places, which stay masked.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '@agent-audit/core';

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
