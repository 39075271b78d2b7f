// Values wrapped in a type object, and name/value attribute pairs in their many spellings (issue
// 11, rows G1 and G10 of the second probe of 2026-12-04).
//
// A type wrapper: an object whose own members are only a type tag's content members and tag
// members, as data stores and APIs write a typed value. DynamoDB `{ S: "…" }`, `{ N: "…" }`,
// `{ SS: […] }`, `{ L: [{ S: … }] }`; Firestore and protobuf's Value `{ stringValue }`,
// `{ integerValue }`, `{ timestampValue }`, `{ arrayValue: { values: […] } }`, `{ listValue }`;
// Avro's JSON unions `{ "string": "…" }`, `{ "long": … }`; GraphQL and OpenAPI `{ value }`;
// Notion's properties `{ type: "rich_text", rich_text: [{ plain_text, text: { content } }] }`,
// `{ title }`, `{ number }`, `{ date: { start, end } }`, `{ email }`, `{ phone_number }`. Under a
// member whose name says what it holds (`ssn`, `dob`, `last_name`), the content members carry
// that decision down to the leaves; tag members (`type`, `id`, `annotations`, `end`) are read as
// usual. A map (`M`, `mapValue`, `structValue`, `fields`) is no wrapper: its members have names of
// their own and decide member by member, and so does any object with another member
// (`patient: { id, name, birthDate }` is a record, not a wrapped value).
import type { JsonValue } from '../spec/event.js';

/** Members that hold the wrapped value (or a list of wrapped values). */
const CONTENT_MEMBERS: ReadonlySet<string> = new Set([
  // DynamoDB attribute values (no map `M`, no binary `B`/`BS`).
  'S', 'N', 'SS', 'NS', 'L',
  // Firestore and protobuf google.protobuf.Value (no mapValue/structValue: maps decide by their own keys).
  'stringValue', 'integerValue', 'doubleValue', 'numberValue', 'timestampValue', 'arrayValue', 'listValue', 'values',
  // Avro JSON unions.
  'string', 'int', 'long', 'double', 'float',
  // GraphQL/OpenAPI and generic wrappers.
  'value', 'Value', 'val',
  // Notion property values and rich text.
  'rich_text', 'title', 'plain_text', 'text', 'content', 'number', 'date', 'start', 'email', 'phone_number',
]);
/** Members that tag or annotate the wrapped value; read as usual. */
const TAG_MEMBERS: ReadonlySet<string> = new Set(['type', 'id', 'annotations', 'href', 'link', 'end', 'time_zone', '@type', '_type', 'kind', 'dataType', 'format']);
/** At most this many members: a wrapper is small. */
const MAX_WRAPPER_MEMBERS = 6;

/**
 * Whether `value` (an object, not a list) is a type wrapper: at most six members, at least one a
 * content member, every other a tag member. `isContentMember` tells its members apart.
 */
export function isTypeWrapper(value: Readonly<Record<string, JsonValue>>): boolean {
  let content = false;
  let count = 0;
  for (const key in value) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
    if (++count > MAX_WRAPPER_MEMBERS) return false;
    if (CONTENT_MEMBERS.has(key)) content = true;
    else if (!TAG_MEMBERS.has(key)) return false;
  }
  return content;
}

/** A type wrapper's member that holds the wrapped value. */
export function isContentMember(key: string): boolean {
  return CONTENT_MEMBERS.has(key);
}

/** Members that name an attribute (`{ Name, Value }` of Cognito, `{ Key, Value }` of AWS tags, HubSpot's `{ property, value }`). */
const PAIR_NAME_MEMBERS: ReadonlySet<string> = new Set(['name', 'key', 'property', 'field', 'attribute', 'attributename', 'propertyname', 'fieldname', 'attr']);
/** Members that hold the named attribute's value (`values`: a list of them). */
const PAIR_VALUE_MEMBERS: ReadonlySet<string> = new Set(['value', 'val', 'values']);

/**
 * A name/value attribute pair (`{ name, value }`, `{ Name, Value }`, `{ Key, Value }`,
 * `{ property, value }`, `{ attribute, value }`, `{ key, val }`, `{ name, values }`; member
 * names in any case): the name's text and the member holding the value, or undefined. The first
 * name member in `keys`' order is taken.
 */
export function attributePair(value: Readonly<Record<string, JsonValue>>, keys: readonly string[]): { name: string; member: string } | undefined {
  let member: string | undefined;
  let name: string | undefined;
  let url: string | undefined;
  let typed: string | undefined;
  for (const key of keys) {
    const lower = key.toLowerCase();
    if (member === undefined && PAIR_VALUE_MEMBERS.has(lower)) member = key;
    else if (name === undefined && PAIR_NAME_MEMBERS.has(lower) && typeof value[key] === 'string') name = value[key] as string;
    else if (key === 'url' && typeof value[key] === 'string') url = value[key] as string;
    else if (typed === undefined && key.length > 6 && key.charCodeAt(0) === 118 && FHIR_VALUE.test(key)) typed = key;
  }
  if (member !== undefined && name !== undefined) return { name, member };
  // A FHIR extension (`{ url: "…/StructureDefinition/patient-mothersMaidenName", valueString }`,
  // HL7 FHIR R4 §2.1.0.7, `value[x]`): the url names the attribute (a fresh probe of 2026-12-04, H1).
  return url !== undefined && typed !== undefined ? { name: url, member: typed } : undefined;
}
/** FHIR's `value[x]`: `value` then a data type's name (`valueString`, `valueDateTime`, `valueHumanName`, …). */
const FHIR_VALUE = /^value[A-Z][A-Za-z]{1,24}$/;

/**
 * An attribute's name past a namespace prefix (`custom:ssn`, `attributes.birthdate`,
 * `user/last_name`, `dev:custom:dob`): the part after the last `:`, `.` or `/`, or undefined when
 * there is none or the name is long (a prefix is a word or two: at most 64 characters in all).
 */
export function unprefixedName(name: string): string | undefined {
  if (name.length > 64) return extensionName(name);
  const at = Math.max(name.lastIndexOf(':'), name.lastIndexOf('.'), name.lastIndexOf('/'));
  if (at <= 0 || at === name.length - 1) return undefined;
  return name.slice(at + 1);
}

/**
 * The element a FHIR extension's url names: its last path segment past a resource's name and `-`
 * (`http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName` → `mothersMaidenName`,
 * `…/patient-birthTime` → `birthTime`, `…/ext/ssn` → `ssn`), at most 256 characters; undefined
 * for anything else.
 */
export function extensionName(url: string): string | undefined {
  if (url.length > 256) return undefined;
  const slash = url.lastIndexOf('/');
  if (slash < 0 || slash === url.length - 1) return undefined;
  const segment = url.slice(slash + 1);
  const dash = segment.indexOf('-');
  return dash > 0 && dash < segment.length - 1 ? segment.slice(dash + 1) : segment;
}
