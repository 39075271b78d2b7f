// Objects whose shape says what their `value` member holds, whatever the member is called:
//  - a FHIR Identifier (https://hl7.org/fhir/datatypes.html#Identifier): `{ system, value }`,
//    `{ type: { coding: [{ code: 'MR' }] }, value }`, with `use`, `period`, `assigner`. Its value
//    identifies what the resource is about (a patient's MRN, SSN, BSN, passport; an encounter, a
//    claim, an account): every Identifier's value is masked, in any resource, as HIPAA Safe Harbor
//    counts "any other unique identifying number" (45 CFR 164.514(b)(2)(i)(R)) beside medical
//    record, health plan, account and licence numbers. The type code or the system names the kind.
//  - a FHIR ContactPoint (`{ system: 'phone' | 'fax' | 'sms', value }`): a phone number.
//  - an identifier under a generic member (`ID`, `Value`, `Number`) beside a member that names its
//    type (Workday `{ ID, ID_Type_Reference: { ID: 'USA-SSN' } }`, `{ IdentificationType:
//    'Passport', Value }`, `{ idType, Number }`): the type's text is read as a member name, or as
//    an HL7 table 0203 code, the codes a FHIR Identifier's type holds (TYPE_CODES below).
//  - a WhatsApp Cloud API message or contact (`wa_id`, `messaging_product: 'whatsapp'`, an id
//    `wamid.…`): its `from` / `to` / `recipient_id` is the user's phone number.
import type { HealthIdKind } from './health-ids.js';

/** The members a FHIR Identifier may have (and `_value` style extensions). */
const IDENTIFIER_KEYS = new Set(['use', 'type', 'system', 'value', 'period', 'assigner', 'id', 'extension']);
const CONTACT_POINT_KEYS = new Set(['system', 'value', 'use', 'rank', 'period', 'id', 'extension']);

const MRN: HealthIdKind = { type: 'MRN', class: 'phi' };
const NATIONAL_ID: HealthIdKind = { type: 'NATIONAL_ID', class: 'pii.government_id' };
const PASSPORT: HealthIdKind = { type: 'PASSPORT', class: 'pii.government_id' };
const DRIVER_LICENSE: HealthIdKind = { type: 'DRIVER_LICENSE', class: 'pii.government_id' };
const PLAN: HealthIdKind = { type: 'HEALTH_PLAN_ID', class: 'phi' };
const ACCOUNT: HealthIdKind = { type: 'ACCOUNT_NUMBER', class: 'financial.account' };
const OTHER: HealthIdKind = { type: 'IDENTIFIER', class: 'phi' };

/** HL7 v2 table 0203 identifier type codes (FHIR `identifier-type`) and what they name. */
const TYPE_CODES: ReadonlyMap<string, HealthIdKind> = new Map([
  ['MR', MRN], ['MRT', MRN], ['PI', MRN], ['PT', MRN], ['VN', MRN], ['AN', ACCOUNT], ['ACSN', OTHER],
  ['SS', NATIONAL_ID], ['SB', NATIONAL_ID], ['NI', NATIONAL_ID], ['NH', NATIONAL_ID], ['TAX', NATIONAL_ID], ['CZ', NATIONAL_ID], ['PRN', NATIONAL_ID],
  ['PPN', PASSPORT], ['DL', DRIVER_LICENSE], ['MB', PLAN], ['MA', PLAN], ['MC', PLAN], ['SN', PLAN], ['MCN', PLAN],
]);

const LICENCE: HealthIdKind = { type: 'LICENSE_NUMBER', class: 'pii.government_id' };

/**
 * Identifier schemes by their ISO object identifier, as the HL7 OID registry
 * (https://www.hl7.org/oid/) and the national registries list them: the `root` of an HL7 v3 / CDA
 * R2 `II` (`<id root="2.16.840.1.113883.4.1" extension="…"/>`) and a FHIR Identifier's
 * `system` as `urn:oid:…` name the scheme of the id they hold. Exact OIDs; the arcs in
 * OID_ARC_KINDS name a scheme per state or country below them.
 */
const OID_KINDS: ReadonlyMap<string, HealthIdKind> = new Map([
  ['2.16.840.1.113883.4.1', NATIONAL_ID], // US Social Security Number (SSA)
  ['2.16.840.1.113883.4.2', NATIONAL_ID], // US Individual Taxpayer Identification Number (IRS)
  ['2.16.840.1.113883.4.3', DRIVER_LICENSE], // US driver's licence, state not given
  ['2.16.840.1.113883.4.6', LICENCE], // US National Provider Identifier (CMS): a provider's licence-like number, as `npi` keys and labels give it
  ['2.16.840.1.113883.4.330', PASSPORT], // passport, country not given
  ['2.16.840.1.113883.4.572', PLAN], // US Medicare Health Insurance Claim Number
  ['2.16.840.1.113883.4.927', PLAN], // US Medicare Beneficiary Identifier
  ['2.16.840.1.113883.2.4.6.3', NATIONAL_ID], // NL burgerservicenummer (BSN)
  ['2.16.840.1.113883.2.1.4.1', NATIONAL_ID], // UK NHS number (England and Wales), as FHIR's `nhs-number` system
  ['2.16.840.1.113883.2.9.4.3.2', NATIONAL_ID], // IT codice fiscale
  ['1.2.208.176.1.2', NATIONAL_ID], // DK CPR number
  ['1.2.250.1.213.1.4.8', NATIONAL_ID], // FR NIR (INS-NIR)
  ['1.2.752.129.2.1.3.1', NATIONAL_ID], // SE personnummer
  ['1.2.752.129.2.1.3.3', NATIONAL_ID], // SE samordningsnummer
  ['2.16.578.1.12.4.1.4.1', NATIONAL_ID], // NO fødselsnummer
  ['2.16.578.1.12.4.1.4.2', NATIONAL_ID], // NO D-nummer
  ['1.2.246.21', NATIONAL_ID], // FI henkilötunnus
  ['2.16.756.5.32', NATIONAL_ID], // CH AHV number (AHVN13)
  ['1.2.276.0.76.4.8', PLAN], // DE Krankenversichertennummer (eGK)
]);
/** Arcs whose every child names one state's or country's scheme: US driver's licences by state (FIPS), passports by country (ISO 3166 numeric). */
const OID_ARC_KINDS: ReadonlyArray<readonly [string, HealthIdKind]> = [
  ['2.16.840.1.113883.4.3.', DRIVER_LICENSE],
  ['2.16.840.1.113883.4.330.', PASSPORT],
];
/** FHIR's identifier systems under `http://hl7.org/fhir/sid/` (FHIR R4 §2.26 "Identifier systems"), the same schemes by name. */
const FHIR_SID_KINDS: ReadonlyMap<string, HealthIdKind> = new Map([
  ['us-ssn', NATIONAL_ID], ['us-npi', LICENCE], ['us-mbi', PLAN], ['us-medicare', PLAN], ['us-dl', DRIVER_LICENSE], ['passport', PASSPORT],
]);

/**
 * The kind of id an identifier scheme's OID names (OID_KINDS: an SSN, a driver's licence of a US
 * state, an NPI, a passport of a country, a BSN, CPR, NIR, NHS number, ...), or undefined for an
 * OID this table does not hold (an order's, a document's, a hospital's own id scheme).
 * @param oid dotted decimal (`2.16.840.1.113883.4.1`), without `urn:oid:`; at most 64 characters.
 */
export function kindOfOid(oid: string): HealthIdKind | undefined {
  if (oid.length > 64) return undefined;
  const exact = OID_KINDS.get(oid);
  if (exact !== undefined) return exact;
  for (const [arc, kind] of OID_ARC_KINDS) if (oid.startsWith(arc) && /^\d{1,6}$/.test(oid.slice(arc.length))) return kind;
  return undefined;
}

/**
 * The kind of id a FHIR Identifier's `system` URI names (`…/mrn`, `http://hl7.org/fhir/sid/us-ssn`,
 * `urn:oid:` and an OID of OID_KINDS), or undefined when it names none.
 */
export function identifierSystemKind(system: string): HealthIdKind | undefined {
  const s = system.toLowerCase();
  if (s.startsWith('urn:oid:')) {
    const kind = kindOfOid(s.slice(8));
    if (kind !== undefined) return kind;
  } else if (s.startsWith('http://hl7.org/fhir/sid/')) {
    const kind = FHIR_SID_KINDS.get(s.slice(24));
    if (kind !== undefined) return kind;
  }
  if (/mrn|medical[-_]?record|patient[-_]?id/.test(s)) return MRN;
  if (/us-ssn|\bssn\b|\bbsn\b|nhs-number|\bnir\b|pesel|\bcpf\b|national|insee|steuer/.test(s)) return NATIONAL_ID;
  if (/passport/.test(s)) return PASSPORT;
  if (/us-npi/.test(s)) return LICENCE;
  if (/driver|licen[cs]e/.test(s)) return DRIVER_LICENSE;
  if (/member|subscriber|insurance|medicare|medicaid|us-mbi/.test(s)) return PLAN;
  return undefined;
}

function typeCode(type: unknown): string | undefined {
  if (type === null || typeof type !== 'object' || Array.isArray(type)) return undefined;
  const coding = (type as { coding?: unknown }).coding;
  if (!Array.isArray(coding)) return undefined;
  for (const entry of coding) {
    const code = entry !== null && typeof entry === 'object' ? (entry as { code?: unknown }).code : undefined;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

/**
 * The kind of the `value` of `object` when the object has the shape of a FHIR Identifier or
 * ContactPoint (phone), else undefined. An Identifier: a string or number `value`, no member an
 * Identifier does not have, and a URI `system` (`http(s):`, `urn:`) or a `type` of codings or
 * text. `{ system: 'linux', value: 'x' }`, a Quantity (`unit`, `code`) are none.
 */
export function valueKindOf(object: Record<string, unknown>, keys: readonly string[]): HealthIdKind | 'PHONE' | undefined {
  if (keys.length > 9) return undefined;
  const value = object.value;
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const system = object.system;
  if (typeof system === 'string' && /^(?:phone|fax|sms|pager)$/i.test(system) && keys.every((key) => CONTACT_POINT_KEYS.has(key) || key.startsWith('_'))) return 'PHONE';
  if (!keys.every((key) => IDENTIFIER_KEYS.has(key) || key.startsWith('_'))) return undefined;
  const systemUri = typeof system === 'string' && /^(?:https?:\/\/|urn:|oid:)/i.test(system);
  const type = object.type;
  const typed = type !== null && typeof type === 'object' && !Array.isArray(type) && (Array.isArray((type as { coding?: unknown }).coding) || typeof (type as { text?: unknown }).text === 'string');
  if (!systemUri && !typed) return undefined;
  const code = typeCode(type);
  // `NN` + a country code (`NNNLD`, `NNGBR`): a national person identifier.
  return (code === undefined ? undefined : (TYPE_CODES.get(code) ?? (/^NN[A-Z]{3}$/.test(code) ? NATIONAL_ID : undefined))) ?? (systemUri ? identifierSystemKind(system as string) : undefined) ?? OTHER;
}

/**
 * The kind (a government id's, as key-names.ts governmentIdKey names it) an HL7 v2 table 0203
 * identifier type code names when it names a person's government id (`SS`, `NI`, `PPN`, `DL`,
 * ...), after an ISO 3166 country code and `-` or `_` as Workday writes its national id types
 * (`USA-DL`, `GBR-NI`); bare only when `specific` (the member holding it names an id's type:
 * `idType`, `ID_Type_Reference`, not `type`), since two capitals alone are too many other things
 * (`PT`, `MA`). Undefined otherwise.
 */
/**
 * Latin American identity documents' type codes as forms and APIs write them under `tipo` /
 * `tipoDocumento` (L16 of the thirteenth probe, 2026-12-05f: `{"documento":{"tipo":"CC","numero":…}}`
 * was stored raw): Colombia's CC (cédula de ciudadanía), CE (de extranjería), TI (tarjeta de
 * identidad), NUIP; CI (cédula de identidad: Uruguay, Bolivia, Ecuador, Venezuela, Paraguay); DNI
 * (Argentina, Peru); CPF, RG (Brazil); CUIL, CURP, RUN. Dots are left out (`C.C.`).
 */
const DOCUMENT_TYPE_CODES: ReadonlySet<string> = new Set(['CC', 'CE', 'TI', 'NUIP', 'CI', 'DNI', 'CPF', 'RG', 'CUIL', 'CURP', 'RUN']);

export function idTypeCodeKind(text: string, specific: boolean): 'NATIONAL_ID' | 'PASSPORT' | 'DRIVER_LICENSE' | undefined {
  if (specific && text.length <= 8 && DOCUMENT_TYPE_CODES.has(text.replace(/\./g, '').trim().toUpperCase())) return 'NATIONAL_ID';
  // ICAO 9303's document code of a passport (the MRZ's first character, `P`, its filler `<` after
  // it): under a member naming an id's type (`documentType`, `docType`, `idType`; L10 of the sixth
  // probe of 2026-12-04), not `type`. Two letters (`PD`, `PO`, `PS`) are too many other things.
  if (specific && (text === 'P' || text === 'P<')) return 'PASSPORT';
  const match = /^(?:[A-Z]{2,3}[-_])?([A-Z]{2,4})$/.exec(text);
  if (match === null || (!specific && match[0] === match[1])) return undefined;
  const kind = TYPE_CODES.get(match[1] as string);
  return kind === NATIONAL_ID ? 'NATIONAL_ID' : kind === PASSPORT ? 'PASSPORT' : kind === DRIVER_LICENSE ? 'DRIVER_LICENSE' : undefined;
}

/** Members of a type's object whose text names the type (Workday `{ ID: 'USA-SSN' }`, SOAP as JSON `#text`, a CodeableConcept's `text`, `coding[].code`). */
const TYPE_TEXT_MEMBERS: ReadonlySet<string> = new Set(['ID', 'Id', 'id', 'code', 'Code', 'text', 'Text', 'descriptor', 'Descriptor', 'display', 'name', 'Name', 'value', 'Value', '#text', '$', '_', 'coding']);
/** The last words of a member that names an identifier's type: `type` (`idType`, `documentType`, `IdentificationType`), or `type` then `reference`/`ref`/`code` (`ID_Type_Reference`). */
const TYPE_REFERENCE_WORDS: ReadonlySet<string> = new Set(['reference', 'ref', 'code']);

/**
 * The texts that may name the type of the identifier `object` holds under a generic member: the
 * values of its members named as a type (`type`, `kind`, `idType`, `documentType`, `documentTitle`, `ID_Type`,
 * `IdentificationType`, `ID_Type_Reference`, `identifierTypeCode`), a string or the texts inside
 * a type's object or list (`{ ID: 'USA-SSN' }`, `{ ID: [{ '@type': 'WID', '#text': … }, …] }`,
 * `{ coding: [{ code }] }`; a member `type`/`@type` inside, which names the scheme of the type's
 * id, not the type, is skipped), at most 8 texts of at most 64 characters. `specific` is true when
 * a member's name says an id's type (anything but `type`/`kind`). `words` splits a member name
 * (key-names.ts keyWords). Undefined when there is none.
 */
export function idTypeTexts(object: Readonly<Record<string, unknown>>, keys: readonly string[], words: (key: string) => readonly string[]): { texts: string[]; specific: boolean } | undefined {
  const texts: string[] = [];
  let specific = false;
  for (const key of keys) {
    // Cheap first: the name holds `type` or is `kind`.
    if (key.length > 48 || (key !== 'kind' && key.toLowerCase().indexOf('type') < 0 && key.toLowerCase().indexOf('title') < 0 && !key.toLowerCase().startsWith('tipo'))) continue;
    const plain = key === 'type' || key === 'Type' || key === 'kind';
    if (!plain && !typeMemberName(words(key))) continue;
    const before = texts.length;
    collectTypeTexts(object[key], texts, 0);
    if (!plain && texts.length > before) specific = true;
  }
  return texts.length === 0 ? undefined : { texts, specific };
}
function typeMemberName(words: readonly string[]): boolean {
  const last = words[words.length - 1];
  if (words.length > 5 || last === undefined) return false;
  // Spanish and Portuguese name the type first (`tipo`, `tipoDocumento`, `tipo_de_documento`, `tipoId`).
  if (words[0] === 'tipo') return words.length === 1 || /^(?:de|do|documento|doc|identificacion|identificación|identidad|id)$/.test(words[1] as string);
  // A document's title names its type as I-9 forms write it (`documentTitle: 'U.S. Passport'`; L10 of 2026-12-05i).
  if (last === 'title') return words.length === 2 && (words[0] === 'document' || words[0] === 'doc');
  return last === 'type' || (words[words.length - 2] === 'type' && TYPE_REFERENCE_WORDS.has(last));
}
function collectTypeTexts(value: unknown, into: string[], depth: number): void {
  if (into.length >= 8) return;
  if (typeof value === 'string') {
    if (value.length > 0 && value.length <= 64) into.push(value);
    return;
  }
  if (value === null || typeof value !== 'object' || depth >= 3) return;
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 8)) collectTypeTexts(item, into, depth + 1);
    return;
  }
  for (const key in value) {
    if (Object.prototype.hasOwnProperty.call(value, key) && TYPE_TEXT_MEMBERS.has(key)) collectTypeTexts((value as Record<string, unknown>)[key], into, depth + 1);
  }
}

/** Members of a WhatsApp Cloud API object that hold the user's phone number. */
const WHATSAPP_PHONE_MEMBERS = new Set(['from', 'to', 'recipient_id']);
/** True when `object` is a WhatsApp Cloud API message, status or contact (then `from`, `to`, `recipient_id` are phone numbers). */
export function isWhatsAppObject(object: Record<string, unknown>, keys: readonly string[]): boolean {
  if (!keys.some((key) => WHATSAPP_PHONE_MEMBERS.has(key))) return false;
  return keys.includes('wa_id') || object.messaging_product === 'whatsapp' || (typeof object.id === 'string' && object.id.startsWith('wamid.'));
}
export function isWhatsAppPhoneMember(key: string): boolean {
  return WHATSAPP_PHONE_MEMBERS.has(key);
}

/**
 * True when `object` describes an AWS resource or principal: a member `arn`/`Arn` or
 * `region`/`Region`, or a string member that is an ARN (`arn:aws:…`, `arn:aws-cn:…`,
 * `arn:aws-us-gov:…`). Its `account`/`Account` of 12 digits is then an AWS account id (STS
 * GetCallerIdentity `{ UserId, Account, Arn }`, a CDK `env: { account, region }`), which AWS does
 * not count as a secret or personal data (a fresh probe, 2026-12-02: it was masked as an
 * ACCOUNT_NUMBER); the same 12 digits in an object without these stay a bank account number.
 */
export function isAwsObject(object: Record<string, unknown>, keys: readonly string[]): boolean {
  for (const key of keys) {
    const lower = key.toLowerCase();
    if (lower === 'arn' || lower === 'region' || lower === 'awsregion') return true;
    const value = object[key];
    if (typeof value === 'string' && /^arn:aws(?:-[a-z]+)*:/.test(value)) return true;
  }
  return false;
}
/** An AWS account id: 12 digits (a string or a number). */
/**
 * A query around `at` in `text` that is an AWS one: a `region=` parameter holding an AWS region
 * (`us-east-1`, `us-gov-west-1`) or an ARN, within 200 characters: 12 digits under `account=`
 * there are an AWS account id, as in an AWS object (isAwsObject; a probe of 2026-12-03 found
 * `?account=123456789012&region=us-east-1` masked as a bank account).
 */
export function awsQueryAround(text: string, at: number): boolean {
  return AWS_QUERY.test(text.slice(Math.max(0, at - 200), at + 212));
}
const AWS_QUERY = /[?&;](?:aws_?)?region=[a-z]{2}(?:-gov)?-[a-z]+-\d(?![a-z\d])|arn(?::|%3A)aws/i;

export function isAwsAccountId(value: unknown): boolean {
  return (typeof value === 'string' && /^\d{12}$/.test(value)) || (typeof value === 'number' && Number.isSafeInteger(value) && value >= 1e11 && value < 1e12);
}
