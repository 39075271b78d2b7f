// Values named by markup rather than by their own key (the fourth probe of 2026-12-04, J1): the XML
// form of the `{ name, value }` pairs of wrapped-values.ts attributePair (G10). The name is the
// text of an attribute or of a sibling element, the value another attribute, the element's text
// or a child or sibling element's text:
//  - SAML 2.0 assertions (OASIS saml-core-2.0-os §2.7.3.1): `<saml:Attribute
//    Name="http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname" FriendlyName="sn">
//    <saml:AttributeValue>…</saml:AttributeValue></saml:Attribute>` (every AttributeValue);
//  - an element named by its `name`, `key`, `property`, `field` or `attribute` attribute with its
//    value as text or in a `value` attribute: `<field name="surname">…</field>`, Java properties
//    XML `<entry key="last_name">…</entry>`, `<param name="dob" value="…"/>`, Spring
//    `<property name="patient.surname">…</property>`;
//  - a name element then its value element: `<entry><key>dob</key><value>…</value></entry>`, Apple
//    property lists (`<key>lastName</key><string>…</string>`, `<date>`, `<integer>`).
// Which names are personal data, and what their values then are, is the redactor's (keyedDetections:
// the same keyDecision as a JSON member's, no list of its own); a name past a namespace or a URI's
// path (`…/claims/surname`, `custom:ssn`) is read as attributePair's is (unprefixedName).
//
// Linear: one walk over the tags (xml-values.ts xmlTags, each tag's attributes read once, at most
// 1,024 characters); a named element's children are looked at over at most MAX_CHILDREN tags.
import { xmlAttributes, xmlTags, type XmlTag } from './xml-values.js';
import type { TextPair } from './text-pairs.js';
import { unprefixedName } from './wrapped-values.js';

/** Attributes that name an element's value, in the order they are asked (SAML's `Name` before its `FriendlyName`). */
const NAME_ATTRIBUTES = ['name', 'friendlyname', 'key', 'property', 'field', 'attribute', 'attr', 'attributename', 'propertyname', 'fieldname'] as const;
/** Attributes that hold the named value (`<param name="dob" value="…"/>`). */
const VALUE_ATTRIBUTES = ['value', 'val'] as const;
/** Elements whose text names the next sibling's value (`<key>dob</key><value>…`, plist `<key>`). */
const NAME_ELEMENTS: ReadonlySet<string> = new Set(['key', 'name', 'field', 'property', 'attribute', 'attributename']);
/** Elements that hold a named value (SAML `AttributeValue`, `<value>`, plist `<string>`, `<date>`, `<integer>`, `<real>`). */
const VALUE_ELEMENTS: ReadonlySet<string> = new Set(['attributevalue', 'value', 'val', 'string', 'date', 'integer', 'real', 'text']);
/** HTML form controls: markup-view.ts reads them, with their `type` (`<input type="submit" name="last_name" value="Save">` stays). */
const FORM_CONTROLS: ReadonlySet<string> = new Set(['input', 'button', 'select', 'option', 'textarea', 'meta', 'form']);
/** Tags looked at inside a named element for its value elements. */
const MAX_CHILDREN = 24;
/** Longest value read (a name, a date, an id). */
const MAX_VALUE = 256;
/** A cheap sign of a named pair: a naming attribute or a name element (`<key>`, `<name>`). */
const MAY_NAME = /(?:name|key|property|field|attr|attribute)\s*=\s*["']|<(?:key|name|field|property)>/i;

/** Whether `text` may hold an XML value named by an attribute or a sibling (a `<`, then one regular-expression test). */
export function mayHoldNamedPairs(text: string): boolean {
  return text.length >= 12 && text.indexOf('<') !== -1 && MAY_NAME.test(text);
}

/**
 * The XML name/value pairs of `text` (see the file's comment) whose name `wanted` accepts, as
 * written or past a namespace prefix or a URI's path; offsets in UTF-16 code units of `text`, the
 * value trimmed, `certain` and `quoted` (a value's extent is the markup's). Where each name that
 * was taken starts is added to `names` (a `name="surname"` attribute is a name, not a value of
 * `name`: the caller drops it from the text's own pairs).
 */
export function xmlNamedPairs(text: string, wanted: (name: string) => boolean, names: Set<number>): TextPair[] {
  const out: TextPair[] = [];
  const tags: XmlTag[] = [];
  for (const tag of xmlTags(text)) tags.push(tag);
  const push = (name: string, from: number, to: number): void => {
    let start = from;
    let end = to;
    while (start < end && text.charCodeAt(start) <= 32) start++;
    while (end > start && text.charCodeAt(end - 1) <= 32) end--;
    if (end <= start || end - start > MAX_VALUE) return;
    const value = text.slice(start, end);
    if (value.startsWith('<') || value.startsWith('&') || value.startsWith('${') || value.startsWith('{{')) return;
    out.push({ name, start, end, lineEnd: end, nameEnd: end, quoted: true, certain: true });
  };
  /** The text of the element opened by tags[at] when its next tag closes it. */
  const textOf = (at: number): [number, number] | undefined => {
    const open = tags[at] as XmlTag;
    const close = tags[at + 1];
    if (open.closing || open.empty || close === undefined || !close.closing || close.name !== open.name) return undefined;
    return [open.end, close.start];
  };
  for (let at = 0; at < tags.length; at++) {
    const tag = tags[at] as XmlTag;
    if (tag.closing) continue;
    // `<key>dob</key><value>…</value>`: a name element, then its value element (blanks between).
    if (NAME_ELEMENTS.has(tag.name)) {
      const named = textOf(at);
      const next = tags[at + 2];
      if (named !== undefined && next !== undefined && !next.closing && VALUE_ELEMENTS.has(next.name) && /^\s*$/.test(text.slice((tags[at + 1] as XmlTag).end, next.start))) {
        const written = text.slice(named[0], named[1]);
        const name = resolve(written.trim(), wanted);
        const value = name === undefined ? undefined : textOf(at + 2);
        if (name !== undefined && value !== undefined) {
          names.add(named[0] + written.length - written.trimStart().length);
          push(name, value[0], value[1]);
        }
        at += 1;
        continue;
      }
    }
    if (tag.attributesEnd - tag.attributesStart < 6 || FORM_CONTROLS.has(tag.name) || text.indexOf('=', tag.attributesStart) >= tag.attributesEnd) continue;
    const attributes = xmlAttributes(text, tag);
    let name: string | undefined;
    for (const attribute of NAME_ATTRIBUTES) {
      const written = attributes.get(attribute);
      if (written === undefined) continue;
      name = resolve(written.value, wanted);
      if (name !== undefined) {
        names.add(written.start);
        break;
      }
    }
    if (name === undefined) continue;
    const valueAttribute = attributes.get(VALUE_ATTRIBUTES[0]) ?? attributes.get(VALUE_ATTRIBUTES[1]);
    if (valueAttribute !== undefined) {
      push(name, valueAttribute.start, valueAttribute.start + valueAttribute.value.length);
      continue;
    }
    if (tag.empty) continue;
    const own = textOf(at);
    if (own !== undefined) {
      push(name, own[0], own[1]);
      continue;
    }
    // Its value elements (SAML: one AttributeValue or more), up to its closing tag.
    for (let child = at + 1; child < tags.length && child <= at + MAX_CHILDREN; child++) {
      const each = tags[child] as XmlTag;
      if (each.closing && each.name === tag.name) break;
      if (each.closing || !VALUE_ELEMENTS.has(each.name)) continue;
      const value = textOf(child);
      if (value !== undefined) push(name, value[0], value[1]);
    }
  }
  return out;
}

/** The name as written when `wanted` takes it, else past a namespace prefix or a URI's path (`…/claims/surname`), else undefined. */
function resolve(written: string, wanted: (name: string) => boolean): string | undefined {
  if (written === '' || written.length > 256) return undefined;
  if (written.length <= 64 && wanted(written)) return written;
  const unprefixed = unprefixedName(written);
  return unprefixed !== undefined && unprefixed.length <= 64 && wanted(unprefixed) ? unprefixed : undefined;
}

// ------------------------------------------------------------------------ LDAP distinguished names
//
// An LDAP distinguished name (RFC 4514): `cn=Zephra Mollquist,ou=people,dc=example,dc=org` in LDIF's
// `dn:`, an Active Directory `memberOf`, a `manager` or a bind DN (the fourth probe of 2026-12-04,
// J12). Its `cn` (commonName, RFC 4519 §2.3) is a person's full name for a person's entry, a
// group's or a host's name for others: the redactor reads it as a lone name key's value (two to
// four capitalized words, none a word of a team, a group or a system: key-names.ts
// personRoleValue), so `CN=Domain Admins`, `cn=admin`, `CN=Users` stay. An escaped comma
// (`CN=Vlintuk\, Qxaro`, family name first) is part of the value.

/** `cn=` at the start of an RDN (after the text's start, a blank, `,`, `:`, `;`, a quote, `(`, `[`, `/`, `=`). */
const DN_CN = /(?:^|[\s,:;"'([/=])(cn)[ \t]?=[ \t]?/gi;
/** The next RDN of a distinguished name (`ou=`, `dc=`, `o=`, `cn=`, `uid=`, …) after a `,` or `+`. */
const NEXT_RDN = /^[ \t]?[A-Za-z][A-Za-z0-9-]{0,15}[ \t]?=/;
/** What stands before a `/cn=` of OpenSSL's one-line form: another `/KEY=value` RDN, or `subject=`/`issuer=`/`-subj "` right before the slash. */
const SLASH_RDN_BEFORE = /(?:\/[A-Za-z][A-Za-z0-9-]{0,15}=[^/\n"'=]{1,64}|(?:^|[\s"'])(?:subject|issuer|-subj)[ \t]?=?[ \t]?["']?)\/$/i;
/** Longest RDN value read. */
const MAX_RDN = 128;

/** A `cn=` in any case (one pass). */
const MAY_CN = /[cC][nN][ \t]?=/;

/** Whether `text` may hold a distinguished name's `cn`: an `=`, then one regular-expression test. */
export function mayHoldDistinguishedName(text: string): boolean {
  return text.length >= 8 && text.indexOf('=') !== -1 && MAY_CN.test(text);
}

/**
 * The `cn` values of the distinguished names in `text` (a `cn=` RDN followed by another RDN after
 * `,` or `+`): name `cn`, `loneName` set (the value is a name when it has a name's shape), the
 * value's extent in UTF-16 code units up to its unescaped `,`, `+`, `;`, quote, bracket or line end.
 */
export function distinguishedNamePairs(text: string): TextPair[] {
  const out: TextPair[] = [];
  const pattern = new RegExp(DN_CN);
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const start = match.index + match[0].length;
    let end = start;
    while (end < text.length && end - start <= MAX_RDN) {
      const code = text.charCodeAt(end);
      if (code === 92 /* \ */ && end + 1 < text.length) {
        end += 2;
        continue;
      }
      if (code === 44 || code === 43 || code === 59 || code === 34 || code === 39 || code === 10 || code === 13 || code === 41 || code === 93 || code === 47 || code === 60) break;
      end++;
    }
    const next = text.charCodeAt(end);
    // OpenSSL's one-line form (`subject=/C=US/O=Example/CN=Given Surname/emailAddress=…`, `req -subj "/…"`): a `/` ends the
    // value before the next RDN, and a `cn` led by `/` (after another `/KEY=` RDN or an `=`) may end the name at its line's end or a quote.
    const slashed = match[0].charCodeAt(0) === 47;
    const ends = (next === 44 || next === 43 || next === 47) && NEXT_RDN.test(text.slice(end + 1, end + 20));
    const slashLast = slashed && (end === text.length || next === 10 || next === 13 || next === 34 || next === 39) && SLASH_RDN_BEFORE.test(text.slice(Math.max(0, match.index - 64), match.index + 1));
    if (end - start > MAX_RDN || end === start || !(ends || slashLast)) continue;
    while (end > start && text.charCodeAt(end - 1) === 32) end--;
    out.push({ name: match[1] as string, start, end, lineEnd: end, nameEnd: end, quoted: true, certain: true, loneName: true });
    pattern.lastIndex = end;
  }
  return out;
}

// ------------------------------------------------------------------------------ PDF form data
//
// A PDF form's field and value (FDF, ISO 32000-1 §12.7.8: `<< /T (LastName) /V (Vlintuk) >>`,
// `<</T(DOB)/V(11/02/1979)>>`, XFDF's XML is read above): the field's name `/T` decides its value
// `/V` as a member name would (the fourth probe of 2026-12-04, J19). A hierarchical name
// (`form1[0].page1.LastName[0]`) is read past its last `.`, without its `[n]` indexes.

/** `/T (name) /V (value)`, either order, literal strings with escapes, on one line. */
const FDF_FIELD = /\/T\s{0,4}\(((?:[^()\\\r\n]|\\.){1,128})\)\s{0,4}\/V\s{0,4}\(((?:[^()\\\r\n]|\\.){0,256})\)|\/V\s{0,4}\(((?:[^()\\\r\n]|\\.){0,256})\)\s{0,4}\/T\s{0,4}\(((?:[^()\\\r\n]|\\.){1,128})\)/g;

/** Whether `text` may hold FDF fields (`/T` and `/V`). */
export function mayHoldFdf(text: string): boolean {
  if (text.length < 12) return false;
  const field = text.indexOf('/T');
  return field !== -1 && text.indexOf('/V', Math.max(0, field - 300)) !== -1;
}

/** The FDF field pairs of `text` whose name `wanted` takes (as written, or past a hierarchy without indexes). */
export function fdfPairs(text: string, wanted: (name: string) => boolean): TextPair[] {
  const out: TextPair[] = [];
  for (const match of text.matchAll(FDF_FIELD)) {
    const nameFirst = match[1] !== undefined;
    const written = ((nameFirst ? match[1] : match[4]) as string).replace(/\[\d{1,4}\]/g, '').trim();
    const value = (nameFirst ? match[2] : match[3]) as string;
    const name = resolve(written, wanted);
    if (name === undefined || value.trim() === '') continue;
    // The value's `(`: the first of a `/V`-first field; after `/T`, the value closes the match (its
    // own escaped `\(` must not be taken for it).
    const at = (match.index as number) + (nameFirst ? match[0].length - 1 - value.length : match[0].indexOf('(') + 1);
    const lead = value.length - value.trimStart().length;
    const start = at + lead;
    const end = at + value.trimEnd().length;
    out.push({ name, start, end, lineEnd: end, nameEnd: end, quoted: true, certain: true });
  }
  return out;
}

// ------------------------------------------------------------------------- OFX statements
//
// Open Financial Exchange (OFX 2.1.1; the SGML of OFX 1.x leaves elements unclosed:
// `<NAME>QXARO VLINTUK<MEMO>Rent Dec`): an element's value is its text up to the next tag or the
// line's end, closed or not (the fourth probe of 2026-12-04, J10). Read by what the specification
// says they hold: `ACCTID` is the account number (§11.3.1 BANKACCTFROM, CCACCTFROM), `BANKID` the
// routing number (§11.3.1.1), read as those members are (keyDecision of `accountNumber`,
// `routingNumber`); a transaction's `NAME` (§11.4.4.1, the payee or payer) is a lone name, masked
// when the name detectors read its words alone as a name (`AMAZON MKTPLACE`, `PAYROLL DEPOSIT` stay).

/** OFX elements and the member whose value they hold; `NAME` is a lone name (see above). */
const OFX_MEMBERS: ReadonlyMap<string, string> = new Map([['ACCTID', 'accountNumber'], ['BANKID', 'routingNumber'], ['NAME', 'NAME']]);
/** An OFX element among OFX_MEMBERS and its text up to the next `<` or the line's end. */
const OFX_ELEMENT = /<(ACCTID|BANKID|NAME)>([^<\r\n]{1,256})/g;

/** Whether `text` may be OFX: one of its aggregates' tags or its header (a few `indexOf`s). */
export function mayHoldOfx(text: string): boolean {
  return text.length >= 12 && text.indexOf('<') !== -1 && (text.indexOf('<ACCTID>') !== -1 || text.indexOf('<STMTTRN>') !== -1 || text.indexOf('<OFX>') !== -1 || text.indexOf('OFXHEADER') !== -1);
}

/** The OFX values of `text` (see above): `accountNumber`, `routingNumber`, or `NAME` as a lone name; offsets in UTF-16 code units, trimmed. */
export function ofxPairs(text: string): TextPair[] {
  const out: TextPair[] = [];
  for (const match of text.matchAll(OFX_ELEMENT)) {
    const element = match[1] as string;
    const raw = match[2] as string;
    const at = (match.index as number) + element.length + 2;
    const start = at + raw.length - raw.trimStart().length;
    const end = at + raw.trimEnd().length;
    if (end <= start) continue;
    out.push({ name: OFX_MEMBERS.get(element) as string, start, end, lineEnd: end, nameEnd: end, quoted: true, certain: true, ...(element === 'NAME' ? { loneName: true } : {}) });
  }
  return out;
}
