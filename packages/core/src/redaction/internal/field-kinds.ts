import type { Detection } from '../types.js';

/**
 * What a field of a fixed-layout message holds when its tag, not a word, says the value is
 * personal: HL7 v2 (hl7.ts), X12 and EDIFACT (edi.ts), DICOM (dicom.ts), SWIFT MT and NACHA
 * (bank-messages.ts). Each reader keeps its own table of tag -> kind, with the standard that
 * defines each tag; this table turns a kind into the detection the classifier and the
 * pseudonymizer take, so a surname found in a DICOM `PN` and in an X12 `NM1` is one `PERSON`.
 */
export type FieldKind = 'name' | 'address' | 'phone' | 'email' | 'date' | 'ssn' | 'nationalId' | 'plan' | 'mrn' | 'account' | 'licence' | 'provider';

/** The detection type and data class of each kind. */
export const FIELD_DETECTIONS: Readonly<Record<FieldKind, { readonly type: string; readonly class: string }>> = {
  name: { type: 'PERSON', class: 'pii.person' },
  address: { type: 'ADDRESS', class: 'pii.address' },
  phone: { type: 'PHONE', class: 'pii.phone' },
  email: { type: 'EMAIL', class: 'pii.email' },
  date: { type: 'DOB', class: 'pii.date_of_birth' },
  ssn: { type: 'SSN', class: 'pii.government_id' },
  nationalId: { type: 'NATIONAL_ID', class: 'pii.government_id' },
  plan: { type: 'HEALTH_PLAN_ID', class: 'phi' },
  mrn: { type: 'MRN', class: 'phi' },
  account: { type: 'ACCOUNT_NUMBER', class: 'financial.account' },
  licence: { type: 'LICENSE_NUMBER', class: 'pii.government_id' },
  provider: { type: 'PROVIDER_ID', class: 'pii' },
};

/**
 * Appends the field value at `[from, to)` of `text` as `kind`, its blanks at either end left out;
 * nothing when only blanks remain.
 */
export function pushField(out: Detection[], text: string, from: number, to: number, kind: FieldKind, normalized?: string): void {
  while (from < to && isFieldBlank(text.charCodeAt(from))) from++;
  while (to > from && isFieldBlank(text.charCodeAt(to - 1))) to--;
  if (to <= from) return;
  // A name joins the same name written in prose (names.ts pushPerson): `VLINTUK` and `Vlintuk` get one pseudonym.
  if (normalized === undefined && kind === 'name') normalized = text.slice(from, to).normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
  out.push(normalized === undefined ? { start: from, end: to, ...FIELD_DETECTIONS[kind] } : { start: from, end: to, ...FIELD_DETECTIONS[kind], normalized });
}

/** Space, tab, CR, LF. */
const isFieldBlank = (code: number): boolean => code === 32 || code === 9 || code === 13 || code === 10;
