// Issue 11, F4 of the probe of 2026-12-04: a form field's name and its answer in one object
// (`{ label: "SSN", value }`, `{ question: "What is your SSN?", answer }`, a Typeform answer) were
// stored raw; only `{ name | key, value }` was read as a pair. form-fields.ts `formFieldOf`,
// `labelDecision`; redactor.ts `formAnswers`.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { JsonValue, UnsealedEvent } from '../spec/event.js';
import { createKeyring } from './keys.js';
import { createRedactor } from './redactor.js';

/** A fresh redactor per call: session memory must not carry a value from one case to the next. */
async function redactForm(form: JsonValue): Promise<{ form: JsonValue; classes: readonly string[] }> {
  const event = { type: 'tool.call', tool: { name: 'form.submit', arguments: { form } } } as UnsealedEvent;
  const out = await createRedactor({ pseudonymKey: createKeyring([randomBytes(32)]) }).redact(event, { capture: {} } as never);
  return { form: (out.event.tool?.arguments as { form: JsonValue }).form, classes: out.data.classes };
}
/** The stored JSON with every pseudonym blanked, so a raw value cannot match inside one by chance. */
const blanked = (value: JsonValue): string => JSON.stringify(value).replace(/\[[A-Z_]+:psn_\w+\]/g, '[X]');
/** The pseudonym types in the stored JSON. */
const types = (value: JsonValue): string[] => [...JSON.stringify(value).matchAll(/\[([A-Z_]+):psn_\w+\]/g)].map((m) => m[1] as string);

describe('a form field and its answer, any kind (F4, probe of 2026-12-04)', () => {
  it("masks the probe's answers under label, field, id, title, question, and a Typeform answer", async () => {
    const cases: Array<[JsonValue, string, string, string]> = [
      [[{ label: 'SSN', value: '536228514' }], '536228514', 'SSN', 'pii.government_id'],
      [[{ field: 'SSN', value: '536228514' }], '536228514', 'SSN', 'pii.government_id'],
      [[{ id: 'SSN', value: '536228514' }], '536228514', 'SSN', 'pii.government_id'],
      [[{ title: 'SSN', value: '536228514' }], '536228514', 'SSN', 'pii.government_id'],
      [[{ question: 'What is your SSN?', answer: '536228514' }], '536228514', 'SSN', 'pii.government_id'],
      [{ label: 'Date of birth', value: '01/01/1990' }, '01/01/1990', 'DOB', 'pii.date_of_birth'],
      [{ label: 'Mobile', value: '5125550199' }, '5125550199', 'PHONE', 'pii.phone'],
      [{ label: 'Street address', value: '510 Townsend' }, '510 Townsend', 'ADDRESS', 'pii.address'],
      [{ label: 'Last name', value: 'rosen' }, 'rosen', 'PERSON', 'pii.person'],
      [{ field: { ref: 'ssn' }, type: 'text', text: '536228514' }, '536228514', 'SSN', 'pii.government_id'],
    ];
    for (const [form, raw, type, dataClass] of cases) {
      const out = await redactForm(form);
      expect(blanked(out.form), JSON.stringify(form)).not.toContain(raw);
      expect(types(out.form), JSON.stringify(form)).toEqual([type]);
      expect(out.classes, JSON.stringify(form)).toContain(dataClass);
    }
  });

  it('reads a free-text label by its words: a question or prompt that holds a field name', async () => {
    const cases: Array<[JsonValue, string, string]> = [
      [{ question: 'What is your date of birth?', answer: '01/01/1990' }, '01/01/1990', 'DOB'],
      [{ label: 'Your date of birth (MM/DD/YYYY)', value: '1990-01-01' }, '1990-01-01', 'DOB'],
      [{ label: 'Best phone number to reach you', value: '512 555 0199' }, '512 555 0199', 'PHONE'],
      [{ question: 'What is your home address?', answer: '510 Townsend' }, '510 Townsend', 'ADDRESS'],
      [{ prompt: 'What is your full name?', response: 'tevita havili' }, 'tevita havili', 'PERSON'],
      [{ label: 'SSN (last 4)', value: '8514' }, '8514', 'SSN'],
      [{ text: 'Please enter your Social Security Number', answer: '536228514' }, '536228514', 'SSN'],
      // `name` and `key` too, when the label is free text (the pair rule reads the name as written only).
      [{ name: 'What is your date of birth?', value: '01/01/1990' }, '01/01/1990', 'DOB'],
    ];
    for (const [form, raw, type] of cases) {
      const out = await redactForm(form);
      expect(blanked(out.form), JSON.stringify(form)).not.toContain(raw);
      expect(types(out.form), JSON.stringify(form)).toEqual([type]);
    }
  });

  it("reads a Typeform answer's field ref or id, and the member its type names", async () => {
    const cases: Array<[JsonValue, string, string]> = [
      [{ field: { id: 'Xq9aB', ref: 'date_of_birth', type: 'date' }, type: 'date', date: '1990-01-01' }, '1990-01-01', 'DOB'],
      [{ field: { id: 'Xq9aC', ref: 'ssn', type: 'number' }, type: 'number', number: 536228514 }, '536228514', 'SSN'],
      [{ field: { id: 'ssn', type: 'short_text' }, type: 'text', text: '536-22-8514' }, '536-22-8514', 'SSN'],
    ];
    for (const [form, raw, type] of cases) {
      const out = await redactForm(form);
      expect(blanked(out.form), JSON.stringify(form)).not.toContain(raw);
      expect(types(out.form), JSON.stringify(form)).toContain(type);
    }
  });

  it('keeps what is no field and its answer', async () => {
    const kept: JsonValue[] = [
      // An opaque id, a label that names no kind.
      { id: 'fld_123', value: '42' },
      { title: 'Refund', value: 42 },
      // A select option: the value names the field, it fills none.
      { label: 'Mobile', value: 'mobile' },
      { label: 'Last name', value: 'lastName' },
      { label: 'Date of birth', value: 'dob' },
      // A document or a note and its body.
      { title: 'Date of birth policy', text: 'Dates of birth are kept 7 years.' },
      // A person's role in a free-text label is no field of a name.
      { label: 'Notes about the patient', value: 'Refund' },
      { question: 'How satisfied was the customer?', answer: 'Very' },
      // A phone's field with no phone in it; a long answer is read by the detectors alone.
      { label: 'Mobile', value: 42 },
      { label: 'Date of birth', value: `${'a'.repeat(300)}` },
      // A password's field that takes none; a count of a secret's kind, whose word alone names a secret.
      { label: 'Show password', value: 'on' },
      { label: 'Password reset', value: 'sent' },
      { label: 'Token count', value: 1500 },
    ];
    for (const form of kept) expect((await redactForm(form)).form, JSON.stringify(form)).toEqual(form);
  });

  it('masks a secret by the name of its field: the typed-secret words, now under question and response too, and the key-name rules', async () => {
    for (const form of [{ question: 'What is your password?', response: 'Hunter2xyz' }, { label: 'API key', value: 'Hunter2xyz' }, { title: 'Access token', value: 'Hunter2xyz' }]) {
      const out = await redactForm(form);
      expect(blanked(out.form), JSON.stringify(form)).not.toContain('Hunter2xyz');
      expect(types(out.form), JSON.stringify(form)).toEqual(['SECRET']);
    }
  });
});
