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
//
// Query and patch DSLs (a fresh probe of 2026-12-04, H19) hold a value under an operator or a
// path while the member naming it sits above or beside it: an operator object (`{ $eq: … }`,
// `{ gte: …, format }`, `{ _in: […] }`, `{ equals: … }`) under a named member passes that member's
// decision to its operands as a type wrapper does; a JSON Patch or SCIM operation's `path` names
// its `value` as a pair's name does; an Elasticsearch full-text query is named by its `fields`.
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
  // NCPDP SCRIPT's date choice (`DateOfBirth: { Date }` or `{ DateTime }`), FHIR-like and ISO
  // date objects (`{ Date, precision }`, `{ iso }`; a probe of 2026-12-04, J2).
  'Date', 'DateTime', 'dateTime', 'iso',
  // An XML element's text as XML-to-JSON converters write it: fast-xml-parser and xmltodict
  // `#text`, xml-js compact `_text`, xml2js `_` (beside its `$` attributes), Google Data `$t`,
  // node-soap `$value`.
  '#text', '_text', '_', '$t', '$value',
]);
/** Members that tag or annotate the wrapped value; read as usual. */
const TAG_MEMBERS: ReadonlySet<string> = new Set([
  'type', 'id', 'annotations', 'href', 'link', 'end', 'time_zone', '@type', '_type', 'kind', 'dataType', 'format',
  // A date's precision and zone, a text's language; an XML element's attributes as converters
  // keep them (xml2js `$`, xml-js `_attributes`; fast-xml-parser's `@_lang`, `@lang`: any `@` member).
  'precision', 'timezone', 'timeZone', 'calendar', 'lang', 'language', 'xml:lang', '$', '_attributes',
]);
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
    else if (!TAG_MEMBERS.has(key) && key.charCodeAt(0) !== 64) return false;
  }
  return content;
}

/** A type wrapper's member that holds the wrapped value. */
export function isContentMember(key: string): boolean {
  return CONTENT_MEMBERS.has(key);
}

/**
 * Query operators whose operand is the field's value, a list of values or another operator
 * object: MongoDB's query and update operators (and Strapi's and Sequelize's string aliases), Hasura's and
 * Directus' `_` operators, Prisma's, LoopBack's and Elasticsearch's words (`range` bounds,
 * `match`'s `query`), TypeORM's serialized FindOperator (`_value`).
 */
const VALUE_OPERATORS: ReadonlySet<string> = new Set([
  '$eq', '$ne', '$gt', '$gte', '$lt', '$lte', '$in', '$nin', '$all', '$regex', '$not', '$elemMatch', '$each',
  '$like', '$notLike', '$iLike', '$notILike', '$startsWith', '$endsWith', '$substring', '$contains', '$notContains',
  '$containsi', '$notContainsi', '$startsWithi', '$endsWithi', '$eqi', '$nei', '$between', '$notBetween', '$notIn',
  '_eq', '_neq', '_gt', '_gte', '_lt', '_lte', '_in', '_nin', '_like', '_ilike', '_nlike', '_nilike', '_similar',
  '_nsimilar', '_regex', '_iregex', '_nregex', '_niregex', '_contains', '_ncontains', '_icontains', '_starts_with',
  '_nstarts_with', '_istarts_with', '_ends_with', '_nends_with', '_iends_with', '_between', '_nbetween', '_value',
  'equals', 'not', 'in', 'notIn', 'lt', 'lte', 'gt', 'gte', 'contains', 'startsWith', 'endsWith', 'has', 'hasSome',
  'hasEvery', 'eq', 'neq', 'ne', 'inq', 'nin', 'between', 'like', 'nlike', 'ilike', 'nilike', 'regexp', 'query', 'from', 'to',
  'value', 'values',
  // MongoDB Extended JSON v2 type wrappers (`{ dob: { $date: … } }`).
  '$date', '$numberLong', '$numberInt', '$numberDouble', '$numberDecimal',
]);
/**
 * Members beside operators that say how to match or describe the field, not its value (regex
 * flags, `$exists`, `$type`, Prisma's `mode`, Elasticsearch's `boost`, `format`, `operator`,
 * TypeORM's flags): read as usual.
 */
const OPERATOR_TAGS: ReadonlySet<string> = new Set([
  '$options', '$exists', '$type', '$size', '$mod', '$position', '$slice', '$sort', 'mode', 'boost', 'format', 'time_zone',
  'relation', 'operator', 'fuzziness', 'analyzer', 'slop', 'case_insensitive', 'rewrite', 'minimum_should_match',
  'zero_terms_query', 'prefix_length', 'max_expansions', 'lenient', 'fuzzy_transpositions', 'include_lower', 'include_upper',
  '_name', '_type', '_useParameter', '_multipleParameters', '_is_null', '_null', '_nnull', '_empty', '_nempty',
]);
/** At most this many members: an operator object is small. */
const MAX_OPERATOR_MEMBERS = 8;

/**
 * Whether `value` (an object, not a list) is an operator object of a query DSL: at most eight
 * members, at least one an operator whose operand is the field's value (`$eq`, `$in`, `gte`,
 * `equals`, `_eq`, `query`, `value`), every other a tag (`$options`, `mode`, `boost`, `format`).
 * `{ $eq: 'approved' }` under `status` is one; the member above it decides (redactor.ts underKey).
 */
export function isOperatorObject(value: Readonly<Record<string, JsonValue>>): boolean {
  let operand = false;
  let count = 0;
  for (const key in value) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
    if (++count > MAX_OPERATOR_MEMBERS) return false;
    if (VALUE_OPERATORS.has(key)) operand = true;
    else if (!OPERATOR_TAGS.has(key)) return false;
  }
  return operand;
}

/** An operator object's member whose operand is the field's value (isOperatorObject). */
export function isOperandMember(key: string): boolean {
  return VALUE_OPERATORS.has(key);
}

/**
 * The spellings of a name/value attribute pair, one list (G10 of the second probe of 2026-12-04;
 * L2 of the fifteenth probe of 2026-12-05): each stem names the attribute as itself or with
 * `name`, `label` or `key` after it (`property`, `propertyName`, `property_key`, DocuSign's
 * `tabLabel`), and holds its value as the stem with `value` after it (HubSpot webhooks'
 * `propertyValue`, `fieldValue`, `attributeValue`) or a generic `value`, `val`, `values`. Cognito
 * `{ Name, Value }`, AWS tags `{ Key, Value }` and `{ key, val }` are the empty stem's (`name`,
 * `key`; a bare `label` is form-fields.ts formAnswers'). Member names compared in any case, without
 * `_` and `-` (`field_name`, `property-value`).
 */
const PAIR_STEMS = ['', 'property', 'field', 'attribute', 'attr', 'tab', 'parameter', 'param', 'setting', 'column', 'custom field', 'trait', 'claim'] as const;
/** The name members of PAIR_STEMS: a generic one (the empty stem's `name`, `key`) is read in a small object only (MAX_GENERIC_PAIR_MEMBERS). */
const PAIR_NAME_MEMBERS: ReadonlyMap<string, boolean> = new Map(PAIR_STEMS.flatMap((stem) => {
  const base = stem.replace(/ /g, '');
  return base === '' ? [['name', true], ['key', true]] as Array<[string, boolean]> : [[base, false], [`${base}name`, false], [`${base}label`, false], [`${base}key`, false]] as Array<[string, boolean]>;
}));
/** The value members of PAIR_STEMS (`values`: a list of them). */
const PAIR_VALUE_MEMBERS: ReadonlySet<string> = new Set(['value', 'val', 'values', ...PAIR_STEMS.filter((stem) => stem !== '').flatMap((stem) => [`${stem.replace(/ /g, '')}value`, `${stem.replace(/ /g, '')}values`])]);
/** A pair named by a generic member (`{ name, value }`, `{ key, value }`) only in an object of at most this many members; a vendor's spelling (`propertyName`, `tabLabel`) in any (HubSpot's webhook events have 11, DocuSign's tabs a dozen or more). */
const MAX_GENERIC_PAIR_MEMBERS = 8;
/** A pair member's name compared: lower case, without `_` and `-`. */
const pairMember = (key: string): string => (key.length > 24 ? '' : key.indexOf('_') < 0 && key.indexOf('-') < 0 ? key.toLowerCase() : key.toLowerCase().replace(/[_-]/g, ''));

/**
 * Whether an object with these member names (as attributePair takes them) may be an attribute
 * pair: it has a member that holds a pair's value (PAIR_VALUE_MEMBERS), an XML text member (up to
 * 4 members), or a FHIR extension's `url` and `value[x]`. attributePair returns undefined for any
 * other set of names, whatever the values; a function of the names alone, so callers may keep it.
 */
export function mayBeAttributePair(keys: readonly string[]): boolean {
  if (keys.some((key) => PAIR_VALUE_MEMBERS.has(pairMember(key)))) return true;
  if (keys.length <= 4 && keys.some((key) => XML_TEXT_MEMBERS.has(key))) return true;
  return keys.includes('url') && keys.some((key) => key.length > 6 && key.charCodeAt(0) === 118 && FHIR_VALUE.test(key));
}
/**
 * A name/value attribute pair (`{ name, value }`, `{ Name, Value }`, `{ Key, Value }`,
 * `{ property, value }`, `{ attribute, value }`, `{ key, val }`, `{ name, values }`,
 * `{ propertyName, propertyValue }`, `{ tabLabel, value }`; PAIR_STEMS): the name's text and the
 * member holding the value, or undefined. The first name member in `keys`' order is taken. An
 * object of more than 8 members is read only for a vendor's spelling (the caller asks up to 64).
 */
export function attributePair(value: Readonly<Record<string, JsonValue>>, keys: readonly string[]): { name: string; member: string } | undefined {
  let member: string | undefined;
  let name: string | undefined;
  let url: string | undefined;
  let typed: string | undefined;
  let patch = false;
  let path: string | undefined;
  let generic = false;
  const small = keys.length <= MAX_GENERIC_PAIR_MEMBERS;
  for (const key of keys) {
    const lower = pairMember(key);
    // The member's value is read only for the few names that need it (this runs on every object).
    if (member === undefined && PAIR_VALUE_MEMBERS.has(lower)) member = key;
    else if (name === undefined && PAIR_NAME_MEMBERS.has(lower) && (small || PAIR_NAME_MEMBERS.get(lower) === false)) {
      const item = value[key];
      if (typeof item === 'string') {
        name = item;
        generic = PAIR_NAME_MEMBERS.get(lower) === true;
      }
      // Firestore's REST query: `{ field: { fieldPath: "ssn" }, op: "EQUAL", value: { stringValue } }`.
      else if (lower === 'field' && item !== null && typeof item === 'object' && !Array.isArray(item) && typeof item.fieldPath === 'string') name = item.fieldPath;
    } else if (key === 'url') {
      const item = value[key];
      if (typeof item === 'string') url = item;
    } else if (typed === undefined && key.length > 6 && key.charCodeAt(0) === 118 && FHIR_VALUE.test(key)) typed = key;
    else if (key === 'op') {
      const item = value[key];
      if (typeof item === 'string') patch = PATCH_OPERATIONS.has(item.toLowerCase());
    } else if (key === 'path') {
      const item = value[key];
      if (typeof item === 'string') path = item;
    }
  }
  if (!small) return member !== undefined && name !== undefined && !generic ? { name, member } : undefined;
  // A JSON Patch (RFC 6902 §4) or SCIM PATCH (RFC 7644 §3.5.2) operation: its path names its value.
  if (patch && member !== undefined && path !== undefined) {
    const named = patchPathName(path);
    return named === undefined ? undefined : { name: named, member };
  }
  if (member !== undefined && name !== undefined) return { name, member };
  // An XML element's text typed by its `type` attribute, as XML-to-JSON converters write
  // `<wd:ID wd:type="Employee_ID">21001</wd:ID>` (Workday's `Worker_Reference`, L6 of the probe of
  // 2026-12-05b): `{ '@type', '#text' }`, `{ '@_wd:type', '#text' }`, `{ '-type', '#text' }`,
  // xml2js `{ $: { 'wd:type' }, _ }`, xml-js `{ _attributes: { type }, _text }`: the type names the text.
  if (keys.length <= 4) {
    const typed = xmlTypedText(value, keys);
    if (typed !== undefined) return typed;
  }
  // A FHIR extension (`{ url: "…/StructureDefinition/patient-mothersMaidenName", valueString }`,
  // HL7 FHIR R4 §2.1.0.7, `value[x]`): the url names the attribute (a fresh probe of 2026-12-04, H1).
  return url !== undefined && typed !== undefined ? { name: url, member: typed } : undefined;
}
/** An XML element's text member, as the converters of CONTENT_MEMBERS write it. */
const XML_TEXT_MEMBERS: ReadonlySet<string> = new Set(['#text', '_text', '_', '$t', '$value']);
/** A `type` attribute, with a namespace prefix or none: `@type`, `@_type`, `@wd:type`, `@_wd:type`, `-type` (an attribute member); `type`, `wd:type` (inside `$`/`_attributes`). */
const XML_TYPE_ATTRIBUTE = /^(?:[@-]_?)?(?:[A-Za-z][\w.-]{0,15}:)?type$/;
function xmlTypedText(value: Readonly<Record<string, JsonValue>>, keys: readonly string[]): { name: string; member: string } | undefined {
  let text: string | undefined;
  let type: string | undefined;
  for (const key of keys) {
    if (XML_TEXT_MEMBERS.has(key)) text = key;
    else if ((key.charCodeAt(0) === 64 || key.charCodeAt(0) === 45) && XML_TYPE_ATTRIBUTE.test(key)) {
      const item = value[key];
      if (typeof item === 'string') type = item;
    } else if (key === '$' || key === '_attributes') {
      const attributes = value[key];
      if (attributes === null || typeof attributes !== 'object' || Array.isArray(attributes)) continue;
      for (const name in attributes) {
        const item = (attributes as Record<string, JsonValue>)[name];
        if (Object.prototype.hasOwnProperty.call(attributes, name) && typeof item === 'string' && XML_TYPE_ATTRIBUTE.test(name)) type = item;
      }
    }
  }
  return text !== undefined && type !== undefined && type.length > 0 && type.length <= 64 ? { name: type, member: text } : undefined;
}
/** The JSON Patch and SCIM PATCH operations that carry a `value` (any case: SCIM writes `Replace`). */
const PATCH_OPERATIONS: ReadonlySet<string> = new Set(['add', 'replace', 'test']);
/** The parts of a FHIR HumanName as a member name the key-name rules read (`/name/0/family`). */
const HUMAN_NAME_PATH: ReadonlyMap<string, string> = new Map([['family', 'family_name'], ['given', 'given_name'], ['text', 'full_name']]);

/**
 * What a JSON Patch path (a JSON Pointer, RFC 6901: `/patient/ssn`, `/patients/0/lastName`,
 * `/aliases/-`, `~1` and `~0` escapes) or a SCIM attribute path (`name.familyName`,
 * `addresses[type eq "home"].streetAddress`, `emails[type eq "work"].value`, a schema URN before
 * `:`) names, as a member name: the path without list indexes, `-`, value filters and a last
 * `value`, its segments joined by `.` so that the key-name rules read its ending and the walk its
 * last segment; a FHIR HumanName part after `name` as the part's member name (`/name/0/family` is
 * `family_name`). Undefined for a path of more than 256 characters or of no segment.
 */
export function patchPathName(path: string): string | undefined {
  if (path.length > 256) return undefined;
  const segments = path.replace(/\[[^\]]*\]/g, '').split(/[/.:]/).map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~')).filter((segment) => segment !== '' && segment !== '-' && !/^\d+$/.test(segment));
  if (segments.length > 1 && /^values?$/i.test(segments[segments.length - 1] as string)) segments.pop();
  const last = segments[segments.length - 1];
  if (last === undefined) return undefined;
  const part = segments.length > 1 && /^names?$/i.test(segments[segments.length - 2] as string) ? HUMAN_NAME_PATH.get(last) : undefined;
  if (part !== undefined) segments[segments.length - 1] = part;
  return segments.join('.');
}

/**
 * Elasticsearch's and OpenSearch's full-text queries (`multi_match`, `query_string`,
 * `simple_query_string`, `combined_fields`): the fields a `query` string is searched in, from
 * `fields` (at most 8 strings, a `^boost` cut off) or `default_field`; undefined for any other
 * object. The fields name the query's value, as a member name does.
 */
export function searchedFields(value: Readonly<Record<string, JsonValue>>): string[] | undefined {
  if (typeof value.query !== 'string') return undefined;
  const fields = value.fields ?? value.default_field;
  const list = typeof fields === 'string' ? [fields] : Array.isArray(fields) && fields.length > 0 && fields.length <= 8 ? fields : undefined;
  if (list === undefined) return undefined;
  const names: string[] = [];
  for (const field of list) {
    if (typeof field !== 'string' || field.length > 128) return undefined;
    const boost = field.indexOf('^');
    names.push(boost > 0 ? field.slice(0, boost) : field);
  }
  return names;
}

/**
 * A search engine's multi-field name without its sub-field (`last_name.keyword`, `ssn.raw`:
 * Elasticsearch's dynamic mapping adds `.keyword` to every text field), or undefined.
 */
export function searchFieldBase(key: string): string | undefined {
  const match = /^(.{1,120})\.(?:keyword|raw)$/.exec(key);
  return match === null ? undefined : match[1];
}

/**
 * A MongoDB field path without its array positions (`patients.$.lastName`, `visits.$[v].ssn`,
 * `patients.$[].dob`, `patients.0.ssn`: the positional operators `$`, `$[]`, `$[<id>]` and
 * indexes), or undefined when it has none. The field it names is the same member.
 */
export function positionalPathBase(key: string): string | undefined {
  if (key.length > 128 || key.indexOf('.') < 0) return undefined;
  const segments = key.split('.');
  const kept = segments.filter((segment) => !/^(?:\$(?:\[\w*\])?|\d+)$/.test(segment));
  return kept.length === segments.length || kept.length === 0 ? undefined : kept.join('.');
}

/**
 * A member that holds an identifier's data named after it (Workday's `National_ID_Data`,
 * `Passport_ID_Data`, `License_ID_Data` under `National_ID`, ...): the name without its last word
 * `Data`, or undefined.
 */
export function dataLayerBase(key: string): string | undefined {
  const match = /^(.{2,120}?)[_\-.]?(?:Data|data|DATA)$/.exec(key);
  return match === null ? undefined : match[1];
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

// ------------------------------------------------- a field's change and a rejected value
// Issue 11, the fifth probe of 2026-12-04 (K4, K5): a change history names the field in one
// member and holds its old and new values in others (Salesforce field history `{ Field, OldValue,
// NewValue }`, `{ field, old, new }`, `{ attribute, oldValue, newValue }`, `{ column, before,
// after }`, Zendesk's audit `{ field_name, value, previous_value }`, Jira's `{ field, from,
// fromString, to, toString }`), and a validation error names the field beside the value it
// rejected (Spring's FieldError `{ field, rejectedValue }`, pydantic's `{ loc: ['body', 'ssn'],
// input }`, AJV's `{ instancePath: '/patient/ssn', data }`). Each was stored raw: only `value`
// was read as a pair's value (attributePair).

/** Members that name the changed or rejected field (lower case, `_` and `-` left out). */
const CHANGE_NAME_MEMBERS: ReadonlySet<string> = new Set([
  'field', 'fieldname', 'fieldpath', 'attribute', 'attributename', 'attr', 'column', 'columnname', 'property', 'propertyname', 'propertypath', 'key', 'name',
]);
/** Members that hold a field's value before or after a change, or the value a validator rejected (lower case, `_` and `-` left out). */
const CHANGE_VALUE_MEMBERS: ReadonlySet<string> = new Set([
  'old', 'new', 'oldvalue', 'newvalue', 'oldval', 'newval', 'before', 'after', 'beforevalue', 'aftervalue', 'previous', 'previousvalue', 'prev', 'prevvalue',
  'original', 'originalvalue', 'current', 'currentvalue', 'was', 'now', 'from', 'to', 'fromvalue', 'tovalue', 'fromstring', 'tostring', 'changedfrom', 'changedto',
  'rejectedvalue', 'invalidvalue', 'badvalue', 'providedvalue', 'givenvalue', 'receivedvalue', 'actualvalue', 'attemptedvalue',
]);
/** A pair's value members that hold the field's value beside a change's members (`value` of a Zendesk Change event). */
const PLAIN_VALUE_MEMBERS: ReadonlySet<string> = new Set(['value', 'values', 'val']);
/** At most this many members: a change or an error is a small record. */
const MAX_CHANGE_MEMBERS = 12;

/** memberWord's answers by key (member names repeat across events; bounded: cleared at 4,096). */
const memberWords = new Map<string, string>();
/** A key's spelling for the member sets above: lower case, `_` and `-` left out (`OldValue`, `previous_value`, `field-name`). */
function memberWord(key: string): string {
  if (key.length > 32) return '';
  let word = memberWords.get(key);
  if (word === undefined) {
    word = key.toLowerCase().replace(/[_-]/g, '');
    if (memberWords.size >= 4096) memberWords.clear();
    memberWords.set(key, word);
  }
  return word;
}

/**
 * Whether an object with these member names may be a field's change (fieldChangeOf): 2 to
 * MAX_CHANGE_MEMBERS members, one of them a changed value's (CHANGE_VALUE_MEMBERS), or pydantic's
 * `loc` and `input`, or AJV's `instancePath` (`dataPath`) and `data`. fieldChangeOf returns
 * undefined for any other set of names, whatever the values; a function of the names alone.
 */
export function mayBeFieldChange(keys: readonly string[]): boolean {
  if (keys.length < 2 || keys.length > MAX_CHANGE_MEMBERS) return false;
  if (keys.some((key) => CHANGE_VALUE_MEMBERS.has(memberWord(key)))) return true;
  if (keys.includes('loc') && keys.includes('input')) return true;
  return keys.includes('data') && (keys.includes('instancePath') || keys.includes('dataPath'));
}
/**
 * A change of a field or a value a validator rejected, in one object of at most 12 members: the
 * field's name and the members that hold its values, or undefined.
 * - a member naming the field (`field`, `Field`, `attribute`, `column`, `field_name`, `property`,
 *   `key`, `name`: a string of at most 128 characters; a Firestore `field: { fieldPath }`) beside a
 *   member holding an old, new or rejected value (`OldValue`, `new`, `before`, `after`,
 *   `previous_value`, `from`, `to`, `fromString`, `rejectedValue`, …); a plain `value` beside
 *   those is the field's too;
 * - pydantic's error `{ loc: [..., 'ssn'], input }` (the last name in `loc`, not an index);
 * - AJV's error `{ instancePath: '/patient/ssn', data }` (`dataPath: '.patient.ssn'` of AJV 6):
 *   the path's last field (patchPathName).
 * A tool call's `{ name, input }` is none: `input` and `data` count only beside `loc` and a path.
 */
export function fieldChangeOf(value: Readonly<Record<string, JsonValue>>, keys: readonly string[]): { name: string; members: string[] } | undefined {
  if (keys.length < 2 || keys.length > MAX_CHANGE_MEMBERS) return undefined;
  let name: string | undefined;
  let changes: string[] | undefined;
  let plain: string | undefined;
  let loc: string | undefined;
  let path: string | undefined;
  for (const key of keys) {
    const word = memberWord(key);
    if (CHANGE_VALUE_MEMBERS.has(word)) (changes ??= []).push(key);
    else if (name === undefined && CHANGE_NAME_MEMBERS.has(word)) {
      const item = value[key];
      if (typeof item === 'string' && item.length > 0 && item.length <= 128) name = item;
      else if (word === 'field' && item !== null && typeof item === 'object' && !Array.isArray(item) && typeof item.fieldPath === 'string') name = item.fieldPath;
    } else if (plain === undefined && PLAIN_VALUE_MEMBERS.has(word)) plain = key;
    else if (key === 'loc') {
      const item = value[key];
      if (Array.isArray(item) && item.length <= 16) {
        for (let at = item.length - 1; at >= 0; at--) {
          const part = item[at];
          if (typeof part === 'string' && part.length <= 128 && !/^\d+$/.test(part)) { loc = part; break; }
        }
      }
    } else if (key === 'instancePath' || key === 'dataPath') {
      const item = value[key];
      if (typeof item === 'string' && item.length > 1) path = item;
    }
  }
  if (changes !== undefined && name !== undefined) {
    if (plain !== undefined) changes.push(plain);
    return { name, members: changes };
  }
  // pydantic (v2 `input`) and AJV (`data`, with `verbose: true`) errors.
  if (loc !== undefined && 'input' in value) return { name: loc, members: ['input'] };
  if (path !== undefined && 'data' in value) {
    const named = patchPathName(path);
    if (named === undefined) return undefined;
    return { name: named.slice(named.lastIndexOf('.') + 1), members: ['data'] };
  }
  return undefined;
}
