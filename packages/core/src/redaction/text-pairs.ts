// Key/value pairs written as text: `key=value` (logfmt, .env, INI, properties, query-like
// `a=1&b=2`, XML attributes `FirstName="…"`), `key: value` (YAML, headers, `"key":"value"` in NDJSON
// lines and JSON fragments, Python reprs `{'key': 'value'}`), `key => value` (Ruby, PHP), and XML
// elements `<key>value</key>` (xml-values.ts ELEMENT); a value wrapped in a constructor call is its
// literal argument (`ISODate("…")`, `datetime.date(1971, 5, 6)`). Only where each key and its value are: which
// key names personal data, and what the value then is, is the redactor's (redactor.ts keyedDetections
// reads each key with keyDecision and each value with the member rules of byKey, the structured
// path's own), so a field named in text is masked as the same member of a JSON object would be
// (issue 11, F3 of the probe of 2026-12-04).
//
// Linear: each separator (`=`, `:`) is read once, its key backwards over at most 64 characters; a
// value is read forwards over at most MAX_VALUE characters (a quoted one through assignmentValue,
// secrets.ts, on a bounded view); the line a key starts is tracked forwards, never searched back.
import { assignmentValue } from './secrets.js';
import { ELEMENT } from './xml-values.js';
import { isListedPersonName, isRecordNameWord } from './names.js';
import { callArguments, type CallArgument } from './internal/call-arguments.js';

/** Longest value read (a name, a number, an address line); a longer one is read as its first token. */
const MAX_VALUE = 256;
/** Longest key read backwards from its separator. */
const MAX_KEY = 64;

/** One pair. The value's extents are offsets of `text`; which one stands depends on the key (keyedDetections). */
export interface TextPair {
  /** The key as written, without quotes (`first_name`, `FirstName`, `user.phone`, `contact[last_name]`). */
  name: string;
  /** Where the value starts (after the separator, blanks and an opening quote). */
  start: number;
  /** Where the value's first token ends (the closing quote of a quoted value). */
  end: number;
  /**
   * Where the value ends read as the rest of its line (a YAML scalar, a `.env` line, an INI entry:
   * no other pair after it on the line), or where its run of capitalized words ends
   * (`full_name=Qxaro Vlintuk status=ok`); `end` when neither applies.
   */
  lineEnd: number;
  /** How far a name reaches: `end`, or over the capitalized words after it on its line (at most three). */
  nameEnd: number;
  /** Quoted (`"…"`, `'…'`, escaped quotes): `end` is the closing quote. */
  quoted: boolean;
  /**
   * A pair that is certainly one: quoted, after `=`, at the start of its line, or beside another
   * pair on its line. A lone `key: value` inside a sentence is not (a name then must be capitalized).
   */
  certain: boolean;
  /** A call's literal argument named by the call (callPairs): a secret's name decides it too, as no text detector reads calls. */
  call?: boolean;
  /** A name alone, as a lone name key's value (an LDAP DN's `cn`: named-pairs.ts): a person's name when it has a name's shape. */
  loneName?: boolean;
}

const isKeyChar = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 45 || code === 46;
const isKeyStart = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
const isBlank = (code: number): boolean => code === 32 || code === 9;
/** Ends an unquoted value's first token. */
const isTokenEnd = (code: number): boolean =>
  code <= 32 || code === 34 || code === 39 || code === 44 || code === 59 || code === 38 || code === 60 || code === 62 || code === 41 || code === 93 || code === 125 || code === 0x85 || code === 0xa0 || code === 0x2028 || code === 0x2029;
/** Punctuation after a value that belongs to the sentence or the structure around it. */
const TRAILING = /[\s.,;:!?)\]}>&|]+$/;
/** A word of a person's name after the first: capitalized letters (`Vlintuk`, `O'Neil`, `Müller-Lüdenscheidt`, `J.`). */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]{0,40}$/u;
/**
 * A query language's boolean or range operator in capitals (Lucene and Elasticsearch `query_string`,
 * KQL, JQL, OData: `last_name:Kestrav AND ssn:…`): it ends a name's words, no part of the name.
 */
const QUERY_OPERATOR = /^(?:AND|OR|NOT|TO|ORDER|BY|AND-NOT|NEAR|WITHIN)$/;
/** A query's boolean operator or ordering between blanks (QUERY_OPERATOR), inside a value. */
const QUERY_JOIN = /[ \t]+(?:AND|OR|NOT|ORDER BY|&&|\|\|)(?:[ \t]|$)/;
/** A blank or `#`/`;` comment that ends a line's value (`phone: 4155550132  # mobile`). */
const LINE_COMMENT = /[ \t]+[#;][^\n]*$/;

/** A constructor or function call's name and its opening parenthesis (`new Date(`, `ISODate(`, `datetime.date(`). */
const CALL = /(?:new[ \t]{1,3})?([A-Za-z_$][\w$]{0,31}(?:\.[A-Za-z_$][\w$]{0,31}){0,3})\([ \t]{0,3}/y;
/** Constructors of machine values in a Mongo shell or a driver's repr: never a person's value. */
const MACHINE_CALLS: ReadonlySet<string> = new Set(['objectid', 'uuid', 'bindata', 'timestamp', 'dbref', 'minkey', 'maxkey', 'regexp', 'bson.objectid']);
/** A call's literal arguments: a number, or numbers separated by commas (`1971, 5, 6`), up to its `)`. */
const CALL_ARGUMENTS = /(\d{1,20}(?:[ \t]{0,3},[ \t]{0,3}\d{1,20}){0,6})[ \t]{0,3}\)/y;

/** Words of an SQL statement around a bind placeholder. */
const SQL_WORDS = /\b(?:select|update|delete|insert|where|exec|execute|sp_executesql)\b/i;

/** Whether `text` from `start` to `end` is a named bind placeholder (`:ln`, `@LastName`; sql-binds.ts). */
function isBindPlaceholder(text: string, start: number, end: number): boolean {
  const sigil = text.charCodeAt(start);
  if ((sigil !== 58 && sigil !== 64) || end - start < 2 || end - start > 65 || !isKeyStart(text.charCodeAt(start + 1))) return false;
  for (let at = start + 2; at < end; at++) {
    const code = text.charCodeAt(at);
    if (!isKeyChar(code) || code === 45 || code === 46) return false;
  }
  return true;
}

/** Whether `text` may hold a pair (`=`, `:` or a closing tag): strings without one are not scanned. */
export function mayHoldPairs(text: string): boolean {
  return text.length >= 4 && (text.indexOf('=') !== -1 || text.indexOf(':') !== -1 || text.indexOf('</') !== -1 || text.indexOf(' -> ') !== -1);
}

/**
 * The pairs of `text` whose key `wanted` accepts (called once per key as written, so it should be
 * cheap or cached), in order. Pairs inside a value taken before are not read again.
 */
export function textPairs(text: string, wanted: (name: string) => boolean): TextPair[] {
  const out: TextPair[] = [];
  if (text.length < 4) return out;
  const length = text.length;
  // The start of the line the current separator is on, and whether a pair was seen on it.
  let lineStart = 0;
  let lineScanned = 0;
  let pairsOnLine = 0;
  let consumed = 0;
  // Whether the text holds an SQL statement's words (asked only of a placeholder's value).
  let sqlText: boolean | undefined;
  const cef = text.indexOf('CEF:') !== -1;
  const labels = text.indexOf('Label=') !== -1 ? fieldLabels(text) : undefined;
  // The last `form-data` starting at or before a position, asked at positions that only grow
  // (`at`): one forward pass over the text, where `text.lastIndexOf('form-data', at)` for every
  // `name` pair read back to the text's start when it held none (quadratic; issue 11).
  let formData = -1;
  let formDataNext: number | undefined;
  const lastFormData = (upTo: number): number => {
    formDataNext ??= text.indexOf('form-data');
    while (formDataNext !== -1 && formDataNext <= upTo) {
      formData = formDataNext;
      formDataNext = text.indexOf('form-data', formData + 1);
    }
    return formData;
  };
  for (let at = 0; at < length; at++) {
    const code = text.charCodeAt(at);
    // An arrow between blanks (`fullName -> "tevita havili"`, a mapping printed by a tool; issue 11, 2026-12-07c): a pair
    // too; `$user->name` and `a->b` (a member's access) have no blanks around it.
    const arrow = code === 45 /* - */ && text.charCodeAt(at + 1) === 62 && at > 0 && isBlank(text.charCodeAt(at - 1)) && isBlank(text.charCodeAt(at + 2));
    if (code !== 61 /* = */ && code !== 58 /* : */ && !arrow) continue;
    const next = text.charCodeAt(at + 1);
    // `==`, `::`, `:=`, `://` (a URL), `=~`: no pair. `=>` is one (Ruby, PHP).
    let separatorEnd = at + 1;
    if (arrow) separatorEnd = at + 2;
    else if (code === 61) {
      if (next === 61 || next === 126) { at++; continue; }
      if (next === 62) separatorEnd = at + 2;
    } else if (next === 58 || next === 61 || next === 47) { at++; continue; }
    // The key, backwards: blanks, `]`, a closing quote (escaped any number of times), the name.
    let keyEnd = at;
    let blanks = 0;
    while (keyEnd > 0 && blanks < 3 && isBlank(text.charCodeAt(keyEnd - 1))) { keyEnd--; blanks++; }
    let closing = false;
    // An assignment through an index (`row["surname"] = …`, `$data['date_of_birth'] = …`, Python,
    // JS, PHP, Ruby; the fourth probe of 2026-12-04, J18): the quoted key inside the brackets.
    if (text.charCodeAt(keyEnd - 1) === 93 /* ] */ && (text.charCodeAt(keyEnd - 2) === 34 || text.charCodeAt(keyEnd - 2) === 39)) keyEnd--;
    if (text.charCodeAt(keyEnd - 1) === 34 || text.charCodeAt(keyEnd - 1) === 39) {
      keyEnd--;
      closing = true;
      let slashes = 0;
      while (keyEnd > 0 && slashes < 8 && text.charCodeAt(keyEnd - 1) === 92) { keyEnd--; slashes++; }
    } else if (text.charCodeAt(keyEnd - 1) === 93 /* ] */) keyEnd--;
    let keyStart = keyEnd;
    while (keyStart > 0 && keyEnd - keyStart < MAX_KEY && isKeyChar(text.charCodeAt(keyStart - 1))) keyStart--;
    // `contact[last_name]=`: the name inside the brackets decides (the `[` ends the name backwards).
    if (keyStart === keyEnd || keyStart < consumed) continue;
    if (keyStart > 0 && (isKeyChar(text.charCodeAt(keyStart - 1)) || text.charCodeAt(keyStart - 1) === 36 /* $ */)) continue;
    // Trailing dots and dashes are no part of a name (`Note.:`).
    while (keyEnd > keyStart && (text.charCodeAt(keyEnd - 1) === 46 || text.charCodeAt(keyEnd - 1) === 45)) keyEnd--;
    if (keyEnd === keyStart || !isKeyStart(text.charCodeAt(keyStart))) continue;
    // The line the key is on, tracked forwards.
    for (; lineScanned < keyStart; lineScanned++) {
      const c = text.charCodeAt(lineScanned);
      if (c === 10 || c === 13) {
        lineStart = lineScanned + 1;
        pairsOnLine = 0;
      }
    }
    pairsOnLine++;
    let name = text.slice(keyStart, keyEnd);
    // A CEF extension field named by its label (`cs2Label=dob cs2=…`): the label is the key.
    const label = labels?.get(name);
    if (label !== undefined) name = label;
    if (!wanted(name) && !(cef && CEF_USER_FIELDS.has(name))) continue;
    const leading = leadsItsLine(text, lineStart, keyStart, closing);
    let from = separatorEnd;
    while (from < length && from - separatorEnd < 3 && isBlank(text.charCodeAt(from))) from++;
    if (text.charCodeAt(from) === 91 /* [ */) {
      // A list of quoted values (a FHIR HumanName's `'given': ['Qxaro', 'Bel']` in a Python or JS
      // literal): each item is the key's value, as each item of a JSON array under the key is.
      const items = listItems(text, from + 1, name);
      if (items.length > 0) {
        for (const item of items) out.push(item);
        const last = items[items.length - 1] as TextPair;
        consumed = last.end + 1;
        at = Math.max(at, last.end);
      }
      continue;
    }
    const pair = valueAt(text, from, code === 61, leading, pairsOnLine > 1);
    if (pair === undefined) continue;
    // CEF's `duser`/`suser` (destination and source user name) hold an account (`admin`,
    // `svc-backup`) or a person's display name: only two or more capitalized words are a name.
    if (cef && CEF_USER_FIELDS.has(name)) {
      if (pair.nameEnd === pair.end || !wanted('fullName') || !displayName(text.slice(pair.start, pair.nameEnd))) continue;
      name = 'fullName';
    }
    // A CEF value runs to the next `key=` (`deviceCustomDate1=Mar 12 1984 act=read`).
    if (label !== undefined && cef && !pair.quoted) {
      LABEL_VALUE.lastIndex = pair.start;
      const value = LABEL_VALUE.exec(text);
      if (value !== null) pair.lineEnd = Math.max(pair.lineEnd, pair.start + (value[1] as string).length);
    }
    // An SQL bind placeholder (`last_name = :ln`, `last_name = @ln` in a statement) holds no value: the binds are read by sql-binds.ts.
    if (code === 61 && !pair.quoted && isBindPlaceholder(text, pair.start, pair.end) && (sqlText ??= SQL_WORDS.test(text))) continue;
    // A multipart part's `name="…"` names a field (formDataPairs), it holds no person's name.
    if ((name === 'name' || name === 'filename') && lastFormData(at) >= lineStart) continue;
    out.push({ name, ...pair });
    consumed = pair.quoted ? pair.end + 1 : pair.end;
    at = Math.max(at, pair.start - 1);
  }
  if (text.indexOf('form-data') !== -1) formDataPairs(text, wanted, out);
  return out;
}

/** CEF's user-name extension fields (ArcSight CEF: `suser` sourceUserName, `duser` destinationUserName). */
const CEF_USER_FIELDS: ReadonlySet<string> = new Set(['duser', 'suser']);
/**
 * Whether capitalized words are a person's display name rather than an account's (`Zephra
 * Mollquist`, `John Smith`; `Helpdesk Bot`, `Backup Service` are not): a listed first name or
 * surname among them, or every word one a record's name may be (names.ts isRecordNameWord).
 */
function displayName(value: string): boolean {
  const words = value.split(/[ \t]+/);
  return words.some(isListedPersonName) || words.every(isRecordNameWord);
}
/** A label's value from after its `=`: up to the next `key=` on its line, the line's end or a `|`; at most 64 characters. */
const LABEL_VALUE = /([^=\r\n|]{1,64}?)[ \t]*(?=[ \t][A-Za-z][\w.]{0,40}=|[\r\n|]|$)/y;

/**
 * The labels of fields named by a sibling `<field>Label=<label>` (ArcSight CEF's custom fields:
 * `cs1Label=patientName cs1=…`, `cn2Label`, `cfp1Label`, `flexString1Label`,
 * `deviceCustomDate1Label`; the fourth probe of 2026-12-04, J11): field → the label, blanks as `_`
 * (`Patient Name` → `Patient_Name`), at most 32. Each `Label=` is read once, its field backwards
 * over at most 40 characters.
 */
function fieldLabels(text: string): Map<string, string> | undefined {
  let labels: Map<string, string> | undefined;
  for (let at = text.indexOf('Label='); at !== -1 && (labels === undefined || labels.size < 32); at = text.indexOf('Label=', at + 6)) {
    let start = at;
    while (start > 0 && at - start < 40 && isKeyChar(text.charCodeAt(start - 1)) && text.charCodeAt(start - 1) !== 46 && text.charCodeAt(start - 1) !== 45) start--;
    if (start === at || !isKeyStart(text.charCodeAt(start)) || (start > 0 && isKeyChar(text.charCodeAt(start - 1)))) continue;
    LABEL_VALUE.lastIndex = at + 6;
    const value = LABEL_VALUE.exec(text);
    const label = value === null ? '' : (value[1] as string).trim().replace(/[ \t]+/g, '_');
    if (label === '' || !isKeyStart(label.charCodeAt(0))) continue;
    (labels ??= new Map()).set(text.slice(start, at), label);
  }
  return labels;
}

/**
 * The fields of a multipart/form-data body (RFC 7578: `Content-Disposition: form-data;
 * name="last_name"`, other header lines, a blank line, the value): the part's name is the key and
 * the value's first line the value (a fresh probe of 2026-12-04, H20, found `last_name` and `dob`
 * parts stored raw). A file's part (`filename=`) is no field. Each match reads at most about 1 KiB.
 */
function formDataPairs(text: string, wanted: (name: string) => boolean, out: TextPair[]): void {
  for (const match of text.matchAll(FORM_DATA_PART)) {
    const name = match[1] as string;
    if (/\bfilename\*?=/i.test(match[0]) || !wanted(name)) continue;
    const start = (match.index as number) + match[0].length;
    let end = start;
    while (end < text.length && end - start < MAX_VALUE && text.charCodeAt(end) !== 13 && text.charCodeAt(end) !== 10) end++;
    if (end === start) continue;
    out.push({ name, start, end, lineEnd: end, nameEnd: end, quoted: false, certain: true });
  }
}
const FORM_DATA_PART = /form-data;[^\r\n]{0,200}?\bname="([^"\r\n]{1,64})"[^\r\n]{0,200}(?:\r?\n[^\r\n]{1,200}){0,4}\r?\n\r?\n/gi;

/** The quoted items of a list from `at` (after its `[`), at most 16: none when an item is not a quoted string. */
function listItems(text: string, at: number, name: string): TextPair[] {
  const items: TextPair[] = [];
  for (let count = 0; count < 16; count++) {
    let from = at;
    while (from < text.length && from - at < 3 && isBlank(text.charCodeAt(from))) from++;
    const code = text.charCodeAt(from);
    if (code !== 34 && code !== 39) return [];
    const item = valueAt(text, from, false, false, true);
    if (item === undefined || !item.quoted) return [];
    items.push({ name, ...item });
    at = item.end + 1;
    while (at < text.length && at - item.end < 4 && isBlank(text.charCodeAt(at))) at++;
    if (text.charCodeAt(at) !== 44 /* , */) break;
    at++;
  }
  return items;
}

/** Whether only blanks, a list's `- `, `export ` or an opening quote stand before the key on its line. */
function leadsItsLine(text: string, lineStart: number, keyStart: number, quoted: boolean): boolean {
  let at = keyStart;
  if (quoted && (text.charCodeAt(at - 1) === 34 || text.charCodeAt(at - 1) === 39)) {
    at--;
    while (at > lineStart && text.charCodeAt(at - 1) === 92) at--;
  }
  if (at - lineStart > 40) return false;
  const before = text.slice(lineStart, at);
  return /^[ \t]*(?:(?:- |export )[ \t]*)?$/.test(before);
}

/** The value that starts at `from`, or undefined when none does there (a nested object, the line's end). */
function valueAt(text: string, from: number, equals: boolean, leading: boolean, beside: boolean): Omit<TextPair, 'name'> | undefined {
  const first = text.charCodeAt(from);
  if (Number.isNaN(first) || first === 10 || first === 13 || first === 123 /* { */ || first === 91 /* [ */) return undefined;
  // An SQL string literal's prefix: T-SQL's Unicode `N'Vlintuk'` (`@LastName = N'…'` in an EXEC),
  // PostgreSQL's escape string `E'…'`: the literal's content is the value (H16 of the probe of
  // 2026-12-04c stored `[PERSON:…]'Vlintuk'`, the `N` read as the value). Unclosed, it is a word (`N'Djamena`).
  if ((first === 78 || first === 110 || first === 69 || first === 101) && text.charCodeAt(from + 1) === 39) {
    const literal = valueAt(text, from + 1, equals, leading, beside);
    if (literal !== undefined && literal.quoted) return literal;
  }
  // A value wrapped in a constructor call (Mongo shell `ISODate("1971-05-06")`, `new
  // Date("…")`, `NumberLong("536228514")`; `datetime.date(1971, 5, 6)`, `LocalDate.of(1971, 5, 6)`):
  // its literal argument is the value (the second probe of 2026-12-04, G12 and G19). Machine ids
  // (`ObjectId("…")`, `UUID("…")`) and calls on variables (`normalize(raw)`) are none.
  if (first === 110 /* n */ || (first >= 65 && first <= 90) || (first >= 97 && first <= 122)) {
    CALL.lastIndex = from;
    const call = CALL.exec(text);
    if (call !== null && !MACHINE_CALLS.has((call[1] as string).toLowerCase())) {
      const inner = call.index + call[0].length;
      const code = text.charCodeAt(inner);
      if (code === 34 || code === 39) return valueAt(text, inner, equals, leading, beside);
      CALL_ARGUMENTS.lastIndex = inner;
      const args = CALL_ARGUMENTS.exec(text);
      if (args !== null) {
        const end = inner + (args[1] as string).length;
        return { start: inner, end, lineEnd: end, nameEnd: end, quoted: false, certain: true };
      }
    }
  }
  const limit = Math.min(text.length, from + MAX_VALUE);
  if (first === 34 || first === 39 || first === 96 || first === 92) {
    // A quoted value, escapes and all, as a secret's is read (secrets.ts assignmentValue), in a bounded view.
    const extent = assignmentValue(text.slice(0, limit + 1), from);
    if (extent === undefined) return undefined;
    const [start, end] = extent;
    if (start === from) return undefined;
    return { start, end, lineEnd: end, nameEnd: end, quoted: true, certain: true };
  }
  let end = from;
  while (end < limit && !isTokenEnd(text.charCodeAt(end))) end++;
  // A sentence's or a structure's punctuation after the token is not the value's.
  const token = text.slice(from, end);
  const trimmed = token.replace(TRAILING, '');
  end = from + trimmed.length;
  if (end === from) return undefined;
  // The rest of the line, up to the next pair on it.
  let lineEnd = end;
  while (lineEnd < limit && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
  const rest = text.slice(from, lineEnd);
  const nextPair = /(?:^|[\s,;&])["']?[A-Za-z_][\w.\-]{0,63}["']?[ \t]{0,3}(?:=(?!=)|:(?![:/=]))/.exec(rest.slice(trimmed.length));
  const restEnd = from + (nextPair === null ? rest.length : trimmed.length + nextPair.index);
  // A whole line's value: a `.env`, INI or YAML line with no other pair on it (for `:`, up to the next pair on the line).
  let wholeLine = end;
  const lineBounded = lineEnd === text.length || text.charCodeAt(lineEnd) === 10 || text.charCodeAt(lineEnd) === 13;
  if (leading && lineBounded && (nextPair === null || !equals)) {
    let value = text.slice(from, restEnd).replace(LINE_COMMENT, '').replace(TRAILING, '');
    // A query's boolean operator ends the value (`last_name:Kestrav AND ssn:…`, Lucene, KQL, JQL).
    const operator = QUERY_JOIN.exec(value);
    if (operator !== null) value = value.slice(0, operator.index);
    wholeLine = from + value.length;
  }
  // A name's capitalized words after its first (`full_name=Qxaro Vlintuk status=ok`).
  let nameEnd = end;
  if (NAME_WORD.test(trimmed)) {
    const words = /[ \t]{1,3}([^\s,;&"'<>()[\]{}=:]+)/y;
    words.lastIndex = end;
    for (let count = 0; count < 3; count++) {
      const word = words.exec(text);
      if (word === null || word.index + word[0].length > restEnd || !NAME_WORD.test(word[1] as string) || QUERY_OPERATOR.test(word[1] as string)) break;
      nameEnd = word.index + word[0].length;
    }
  }
  return { start: from, end, lineEnd: Math.max(wholeLine, end), nameEnd, quoted: false, certain: equals || leading || beside || nextPair !== null };
}

// ------------------------------------------------------------------------- calls in code
// A value passed to a call in source code or a logged code line, where the call names what it is
// (the third probe of 2026-12-04, H17: `patient.setLastName("Vlintuk")`, `Patient.builder()
// .lastName("Dorvane").birthDate("1979-11-02")` stored raw). The key is
//   - a setter's name without `set`, `with` or `put` (`setLastName`, `withSsn`, `set_last_name`,
//     `with_birth_date`): its first argument;
//   - a builder step's name (a method called on a call's result, `).lastName(`, or on a receiver
//     named `…builder`): its first argument;
//   - the first argument of a key-first call (`set`, `put`, `add`, `append`, `of`, `entry`,
//     `header`, `setdefault`, a `set`/`put`/`add`/`append`/`with` name whose rest names nothing, such
//     as `setItem`, `setProperty`, `setHeader`, `putString`; Python's `setattr(obj, 'key', value)`
//     the second): the argument after it; `of` (Java `Map.of`, Guava `ImmutableMap.of`) alternates
//     keys and values;
//   - the properties of a repository's derived query (Spring Data `findByLastNameAndDob`, Rails
//     `find_by_last_name`): one string argument each, in order;
// and the value is a literal: a quoted string, a number, or a constructor of one (`LocalDate.of(1984,
// 3, 12)`, valueAt). Which key names what is the key-name rules' (the redactor's keyedDetections).
// Each `(` is read once: its name backwards over at most 64 characters, its arguments forwards
// over at most about 300 per pair, 10 pairs.

/** A setter's prefix and the key after it (`setLastName`, `set_last_name`, `withSsn`, `putString`). */
const SETTER = /^(?:set|with|put)(?:_+|(?=[A-Z]))([A-Za-z][\w$]*)$/;
/** Key-first calls by their name, lower case (and any name with a key-first prefix: KEY_FIRST_PREFIX). */
const KEY_FIRST: ReadonlySet<string> = new Set(['set', 'put', 'add', 'append', 'of', 'entry', 'header', 'setdefault', 'setattr']);
const KEY_FIRST_PREFIX = /^(?:set|put|add|append|with)(?:[A-Z_]|$)/;
/**
 * A repository's derived query (Spring Data `findByLastName`, `findFirstByLastNameAndDobIgnoreCase`,
 * `countBySsn`, `existsByEmail`; Rails' dynamic finders `find_by_last_name`, `find_all_by_ssn`):
 * group 1 or 2 the properties, one argument each in order.
 */
const DERIVED_QUERY = /^(?:(?:find|get|read|query|search|stream|count|exists|delete|remove)[A-Za-z]{0,32}?By([A-Z][A-Za-z0-9]*)|find(?:_all)?_by_([a-z][a-z0-9_]*))$/;
/** The words between a derived query's properties, and the operators after one (Spring Data's query keywords). */
const DERIVED_SEPARATOR = /And(?=[A-Z])|Or(?=[A-Z])|_and_|_or_/;
const DERIVED_OPERATOR = /(?:AllIgnoreCase|IgnoreCase|IsNot|Is|Equals|Not|NotLike|Like|StartingWith|StartsWith|EndingWith|EndsWith|Containing|Contains|_ignore_case)$/;

/** A key as a quoted first argument (`'ssn'`, `"X-Api-Key"`, `'patient.last_name'`) and the comma after it. */
const QUOTED_KEY = /(["'])([A-Za-z_][\w.\-]{0,63})\1[ \t]{0,3},[ \t]{0,3}(?:\r?\n[ \t]{0,32})?/y;
/** An object's name as the first argument of `setattr` and its comma. */
const SETATTR_OBJECT = /[A-Za-z_$][\w$]{0,63}(?:\.[A-Za-z_$][\w$]{0,63}){0,3}[ \t]{0,3},[ \t]{0,3}/y;
/** A literal's end: what may follow it inside an argument list. */
const ARGUMENT_END = /[ \t]{0,3}[),]/y;
const isCallNameChar = (code: number): boolean => (isKeyChar(code) && code !== 45 && code !== 46) || code === 36;

/** Whether `text` may hold a call (a `(`): strings without one are not read by callPairs. */
export function mayHoldCalls(text: string): boolean {
  return text.length >= 6 && text.indexOf('(') !== -1;
}

/**
 * The literal arguments of `text`'s calls that a setter's, a builder step's or a key-first call's
 * key names, when `wanted` accepts the key (see above), in order. `start`/`end` are the value's
 * (inside its quotes when quoted); `call` is set on each.
 *
 * @example
 * ```ts
 * callPairs('p.setLastName("Vlintuk")', () => true); // [{ name: 'LastName', start: 15, end: 22, quoted: true, call: true, ... }]
 * ```
 */
export function callPairs(text: string, wanted: (name: string) => boolean): TextPair[] {
  const out: TextPair[] = [];
  let consumed = 0;
  for (let open = text.indexOf('('); open !== -1; open = text.indexOf('(', open + 1)) {
    let start = open;
    while (start > consumed && open - start < 64 && isCallNameChar(text.charCodeAt(start - 1))) start--;
    if (start === open || !isKeyStart(text.charCodeAt(start))) continue;
    const method = text.slice(start, open);
    let pairs: TextPair[] = [];
    const setter = SETTER.exec(method);
    if (setter !== null && wanted(setter[1] as string)) {
      pairs = literalPair(text, open + 1, setter[1] as string);
    } else if (setter === null && isBuilderStep(text, start) && wanted(method)) {
      pairs = literalPair(text, open + 1, method);
    } else if (setter === null && DERIVED_QUERY.test(method)) {
      // Its list is read whole once (a list that does not close is not read again from a `(` inside it).
      const { list, close } = callArguments(text, open);
      if (list !== undefined) pairs = derivedQueryPairs(text, list, method, wanted);
      if (pairs.length === 0) {
        open = Math.max(open, close - 1);
        continue;
      }
    } else {
      const lower = method.toLowerCase();
      if (KEY_FIRST.has(lower) || KEY_FIRST_PREFIX.test(method)) pairs = keyFirstPairs(text, open + 1, lower, wanted);
    }
    if (pairs.length === 0) continue;
    for (const pair of pairs) out.push(pair);
    // On past the last value (a `(` inside it or inside its constructor is no call).
    const last = pairs[pairs.length - 1] as TextPair;
    consumed = last.quoted ? last.end + 1 : last.end;
    open = Math.max(open, consumed - 1);
  }
  return out;
}

/** Whether the method whose name starts at `start` is called on a call's result (`).lastName(`) or on a builder (`b.lastName(`, `builder.lastName(`). */
function isBuilderStep(text: string, start: number): boolean {
  let at = start;
  if (text.charCodeAt(at - 1) !== 46 /* . */) return false;
  at--;
  // A chain written one step a line: the line break and the indent before the dot.
  let blanks = 0;
  while (at > 0 && blanks < 34 && text.charCodeAt(at - 1) <= 32) { at--; blanks++; }
  const before = text.charCodeAt(at - 1);
  if (before === 41 /* ) */) return true;
  let nameStart = at;
  while (nameStart > 0 && at - nameStart < 64 && isCallNameChar(text.charCodeAt(nameStart - 1))) nameStart--;
  return /builder$/i.test(text.slice(nameStart, at));
}

/** The pair of `name` and the literal argument at `from` (after blanks), when it is one whole argument. */
function literalPair(text: string, from: number, name: string): TextPair[] {
  const value = literalAt(text, from);
  return value === undefined ? [] : [{ name, ...value, call: true }];
}

/** The literal that starts at `from` (after up to 3 blanks) and is a whole argument (a `)` or `,` after it), or undefined. */
function literalAt(text: string, from: number): Omit<TextPair, 'name'> | undefined {
  let at = from;
  while (at < text.length && at - from < 3 && isBlank(text.charCodeAt(at))) at++;
  const code = text.charCodeAt(at);
  const quoted = code === 34 || code === 39;
  const numeric = (code >= 48 && code <= 57) || ((code === 43 || code === 45) && text.charCodeAt(at + 1) >= 48 && text.charCodeAt(at + 1) <= 57);
  if (!quoted && !numeric) {
    // A letter starts a literal only as a constructor of one (`LocalDate.of(1984, 3, 12)`, `new Date("…")`): valueAt reads inside it.
    if (!isKeyStart(code)) return undefined;
    CALL.lastIndex = at;
    const call = CALL.exec(text);
    const inner = call === null ? NaN : text.charCodeAt(call.index + call[0].length);
    if (!(inner === 34 || inner === 39 || (inner >= 48 && inner <= 57))) return undefined;
  }
  const value = valueAt(text, at, true, false, true);
  if (value === undefined || (!quoted && !numeric && value.start === at)) return undefined;
  ARGUMENT_END.lastIndex = value.quoted ? value.end + 1 : value.end;
  if (!ARGUMENT_END.test(text)) return undefined;
  return { start: value.start, end: value.end, lineEnd: value.end, nameEnd: value.end, quoted: value.quoted, certain: true };
}

/** The pairs of a derived query (DERIVED_QUERY) of arguments `list`: each property and its argument, when a string literal. */
function derivedQueryPairs(text: string, list: readonly CallArgument[], method: string, wanted: (name: string) => boolean): TextPair[] {
  const match = DERIVED_QUERY.exec(method) as RegExpExecArray;
  const properties = (match[1] ?? match[2] ?? '').split(DERIVED_SEPARATOR);
  const out: TextPair[] = [];
  for (let index = 0; index < properties.length && index < list.length; index++) {
    let name = properties[index] as string;
    for (let count = 0; count < 3 && DERIVED_OPERATOR.test(name); count++) name = name.replace(DERIVED_OPERATOR, '');
    const value = (list[index] as CallArgument).value;
    if (value === undefined || name === '' || !wanted(name)) continue;
    const [start, end] = value;
    out.push({ name, start, end, lineEnd: end, nameEnd: end, quoted: true, certain: true, call: true });
  }
  return out;
}

/** The key-first pairs of the argument list at `from`: one, or for `of` up to 10 alternating. */
function keyFirstPairs(text: string, from: number, lower: string, wanted: (name: string) => boolean): TextPair[] {
  const out: TextPair[] = [];
  let at = from;
  if (lower === 'setattr') {
    SETATTR_OBJECT.lastIndex = at;
    if (!SETATTR_OBJECT.test(text)) return out;
    at = SETATTR_OBJECT.lastIndex;
  }
  for (let count = 0; count < (lower === 'of' ? 10 : 1); count++) {
    while (at < text.length && at - from < 34 && text.charCodeAt(at) <= 32) at++;
    QUOTED_KEY.lastIndex = at;
    const key = QUOTED_KEY.exec(text);
    if (key === null) break;
    const value = literalAt(text, QUOTED_KEY.lastIndex);
    if (value === undefined) break;
    const name = key[2] as string;
    if (wanted(name)) out.push({ name, ...value, call: true });
    ARGUMENT_END.lastIndex = value.quoted ? value.end + 1 : value.end;
    ARGUMENT_END.test(text);
    at = ARGUMENT_END.lastIndex;
    if (text.charCodeAt(at - 1) !== 44 /* , */) break;
    from = at;
  }
  return out;
}

/** An XML element with text and no child (`<first_name>Qxaro</first_name>`, `<ns:ssn>…</ns:ssn>`): its local name and its trimmed text. */
export function elementPairs(text: string, wanted: (name: string) => boolean): TextPair[] {
  const out: TextPair[] = [];
  if (!text.includes('</')) return out;
  for (const match of text.matchAll(ELEMENT)) {
    const name = match[2] as string;
    if (!wanted(name)) continue;
    const raw = match[3] as string;
    const value = raw.trim();
    if (value === '') continue;
    const start = (match.index as number) + match[0].indexOf('>') + 1 + (raw.length - raw.trimStart().length);
    const end = start + value.length;
    out.push({ name, start, end, lineEnd: end, nameEnd: end, quoted: true, certain: true });
  }
  return out;
}

// ------------------------------------------------------------------ a change written as text
// Issue 11, the fifth probe of 2026-12-04 (K4): an audit line or a note names a field and its old
// and new values in words (`Field "Last Name" changed from "Vlintuk" to "Dorvane"`, `Updated date
// of birth from 1984-03-12 to 1984-03-21`, `changed surname Vlintuk -> Dorvane`), and both values
// were stored raw. The field's label is the key, read as its run of words (`Last Name` as
// `Last_Name`) that the key-name rules take; each value is the key's value.

/** A change's verb (`changed`, `updated`, `corrected`, …): one before the label or between it and its values. */
const CHANGE_VERB = /\b(?:chang(?:e|ed|es|ing)|updat(?:e|ed|es|ing)|modif(?:y|ied|ies)|edit(?:ed|s)?|correct(?:ed|s)?|amend(?:ed|s)?|fix(?:ed)?|set|renamed)\b/i;
/** The verb phrase after a label and before `from` or the old value (`was changed`, `has been updated`, `changed`), at the end of the text before. */
const TRAILING_VERB = /[ \t]+(?:(?:was|is|has[ \t]+been|got|been)[ \t]+)?(?:chang(?:ed|es)|updat(?:ed|es)|modified|edited|corrected|amended|fixed|set|renamed)[ \t]*:?$/i;
/** A label's words before the values: quoted, or words of letters and digits (at most 4 read). */
const LABEL_WORDS = /(?:^|[ \t])(?:"([^"\r\n]{1,48})"|'([^'\r\n]{1,48})'|[“‘]([^”’\r\n]{1,48})[”’]|((?:[\p{L}\p{N}_]+[ \t]+){0,3}[\p{L}\p{N}_]+))[ \t]*:?$/u;
/** `from <old> to <new>`: where `from` is (global, one pass). */
const FROM = /\bfrom[ \t]+/gi;
/** `<old> -> <new>`, `→`, `=>`, `⇒`: where the arrow is. */
const ARROW = /[ \t]*(?:->|→|=>|⇒)[ \t]*/g;

/** Whether `text` may hold a change written as text (`from … to`, an arrow): strings without one are not read by changePairs. */
export function mayHoldChanges(text: string): boolean {
  return text.length >= 12 && ((text.indexOf(' from ') !== -1 && text.indexOf(' to ') !== -1) || text.indexOf('->') !== -1 || text.indexOf('→') !== -1 || text.indexOf('=>') !== -1 || text.indexOf('⇒') !== -1);
}

/**
 * The key `wanted` takes among the last words of `before` (the text before a change's values, on
 * its line): a quoted label whole, else the longest run of its last words (at most 4), joined by
 * `_` (`date of birth` as `date_of_birth`). Undefined when no run is taken.
 */
function changeLabel(before: string, wanted: (name: string) => boolean): string | undefined {
  const label = LABEL_WORDS.exec(before);
  if (label === null) return undefined;
  const quoted = label[1] ?? label[2] ?? label[3];
  if (quoted !== undefined) {
    const name = quoted.trim().split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '').join('_');
    return name !== '' && wanted(name) ? name : undefined;
  }
  const words = (label[4] as string).split(/[ \t]+/);
  for (let start = 0; start < words.length; start++) {
    const name = words.slice(start).join('_');
    if (wanted(name)) return name;
  }
  return undefined;
}

/** The text of the line before `at`, at most 96 characters. */
function lineBefore(text: string, at: number): string {
  let start = at;
  while (start > 0 && at - start < 96) {
    const code = text.charCodeAt(start - 1);
    if (code === 10 || code === 13) break;
    start--;
  }
  return text.slice(start, at);
}

/**
 * A change's values written as text (see above), when a label before them names a field that
 * `wanted` takes and a change's verb stands before them (for an arrow, a `label:` does too): one
 * pair per value, both under the label's key. The old value of `from … to` reaches up to ` to `.
 */
export function changePairs(text: string, wanted: (name: string) => boolean): TextPair[] {
  const out: TextPair[] = [];
  if (text.indexOf(' from ') !== -1) {
    FROM.lastIndex = 0;
    for (let match = FROM.exec(text); match !== null; match = FROM.exec(text)) {
      // Without the blanks before `from`, so a verb's colon ends the text (`Surname updated: from …`).
      const before = lineBefore(text, match.index).replace(/[ \t]+$/, '');
      const trimmed = before.replace(TRAILING_VERB, '');
      if (trimmed === before && !CHANGE_VERB.test(before)) continue;
      const name = changeLabel(trimmed, wanted);
      if (name === undefined) continue;
      const from = FROM.lastIndex;
      const old = valueAt(text, from, false, false, true);
      if (old === undefined) continue;
      // The old value runs to ` to ` (`from 12 March 1984 to …`, `from Qxaro Vlintuk to …`), within 64 characters on its line.
      let oldEnd: number;
      let next: number;
      if (old.quoted) {
        const to = /^[ \t]+to[ \t]+/.exec(text.slice(old.end + 1, old.end + 12));
        if (to === null) continue;
        oldEnd = old.end;
        next = old.end + 1 + to[0].length;
      } else {
        const to = /^([^\r\n]{1,64}?)[ \t]+to[ \t]+/.exec(text.slice(from, from + 72));
        if (to === null) continue;
        oldEnd = from + (to[1] as string).length;
        next = from + to[0].length;
      }
      out.push({ name, start: old.start, end: Math.min(old.end, oldEnd), lineEnd: oldEnd, nameEnd: oldEnd, quoted: old.quoted, certain: true });
      const value = valueAt(text, next, false, false, true);
      if (value !== undefined) out.push({ name, ...value, certain: true });
    }
  }
  if (text.indexOf('->') !== -1 || text.indexOf('→') !== -1 || text.indexOf('=>') !== -1 || text.indexOf('⇒') !== -1) {
    ARROW.lastIndex = 0;
    for (let match = ARROW.exec(text); match !== null; match = ARROW.exec(text)) {
      const before = lineBefore(text, match.index);
      // The old value: a quoted string or one token before the arrow.
      const old = /(?:"([^"\r\n]{1,64})"|'([^'\r\n]{1,64})'|([^\s"'>]{1,64}))$/.exec(before);
      if (old === null) continue;
      const labelText = before.slice(0, old.index).replace(/[ \t]+$/, '');
      const trimmed = labelText.replace(TRAILING_VERB, '');
      if (trimmed === labelText && !CHANGE_VERB.test(labelText) && !labelText.endsWith(':')) continue;
      const name = changeLabel(trimmed.replace(/[ \t]+$/, ''), wanted);
      if (name === undefined) continue;
      const quoted = old[3] === undefined;
      const start = match.index - old[0].length + (quoted ? 1 : 0);
      const end = match.index - (quoted ? 1 : 0);
      out.push({ name, start, end, lineEnd: end, nameEnd: end, quoted, certain: true });
      const value = valueAt(text, ARROW.lastIndex, false, false, true);
      if (value !== undefined) out.push({ name, ...value, certain: true });
    }
  }
  return out;
}

// ------------------------------------------------------------ a filter expression's comparison
// Issue 11, the fifth probe of 2026-12-04 (K6): SCIM filters (RFC 7644 §3.4.2.2: `name.familyName
// eq "Vlintuk"`, `emails[type eq "work"]`), OData `$filter` (OData 4.01 URL conventions §5.1.1:
// `lastname eq 'Vlintuk' and birthdate eq 1984-03-12`, `contains(lastname,'Vlin')`) and other
// `eq` languages compare an attribute with a literal; the literal was stored raw. The attribute
// path is the key (its last segment decides when the whole does not), the literal its value.

/** A comparison: an attribute path, then `eq`, `ne`, `co`, `sw` or `ew` (any case) between blanks, `+` or `%20` (global, one pass). */
const COMPARISON = /(?<![\w.$\]-])([A-Za-z_]\w{0,63}(?:[./][A-Za-z_]\w{0,63}){0,3})(?:[ \t]+|\+|%20)(?:eq|ne|co|sw|ew)(?:[ \t]+|\+|%20)/gi;
/** OData's string functions with the attribute first: `contains(lastname,'Vlin')`, `startswith(`, `endswith(` (global). */
const STRING_FUNCTION = /\b(?:contains|startswith|endswith)\([ \t]*([A-Za-z_]\w{0,63}(?:[./][A-Za-z_]\w{0,63}){0,3})[ \t]*,[ \t]*/gi;
/** The cheap sign of a comparison or a string function (mayHoldFilters). */
const FILTER_SIGN = /(?:[ +]|%20)(?:eq|ne|co|sw|ew)(?:[ +]|%20)|(?:contains|startswith|endswith)\(/i;

/** Whether `text` may hold a filter's comparison: strings without an operator between blanks are not read by filterPairs. */
export function mayHoldFilters(text: string): boolean {
  return text.length >= 8 && FILTER_SIGN.test(text);
}

/** A literal quoted by URL-encoded quotes (`%27Vlintuk%27`, `%22…%22`) at `from`: its extent, or undefined. */
function encodedQuoted(text: string, from: number): [number, number] | undefined {
  const quote = text.slice(from, from + 3);
  if (quote !== '%27' && quote !== '%22') return undefined;
  // Within 200 characters (an unbounded search read on to the text's end for every comparison: quadratic; issue 11).
  const inside = text.slice(from + 3, from + 203).indexOf(quote);
  const close = inside === -1 ? -1 : from + 3 + inside;
  return close === -1 || close - from > 200 ? undefined : [from + 3, close];
}

/**
 * The literals of `text`'s filter comparisons whose attribute `wanted` takes (see above): a quoted
 * string (also URL-encoded quotes), or an unquoted token (a date, a number). `%20` inside an
 * encoded literal is left as written (the literal is masked whole).
 */
export function filterPairs(text: string, wanted: (name: string) => boolean): TextPair[] {
  const out: TextPair[] = [];
  for (const pattern of [COMPARISON, STRING_FUNCTION]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const path = match[1] as string;
      const last = path.slice(Math.max(path.lastIndexOf('.'), path.lastIndexOf('/')) + 1);
      const name = wanted(path) ? path : last !== path && wanted(last) ? last : undefined;
      if (name === undefined) continue;
      const from = pattern.lastIndex;
      const encoded = encodedQuoted(text, from);
      if (encoded !== undefined) {
        out.push({ name, start: encoded[0], end: encoded[1], lineEnd: encoded[1], nameEnd: encoded[1], quoted: true, certain: true });
        pattern.lastIndex = encoded[1];
        continue;
      }
      const value = valueAt(text, from, true, false, true);
      if (value === undefined) continue;
      // An unquoted literal is one token (`1984-03-12`, `536228514`); the next comparison's `and` is none of it.
      out.push({ name, ...value, lineEnd: value.end, nameEnd: value.end, certain: true });
      pattern.lastIndex = value.end;
    }
  }
  return out;
}
