// Personal data named by XML markup rather than found by its shape: an element whose (local) name
// is classified by the same key-name rules as a JSON member's (key-names.ts). ISO 20022 payment
// messages (`<Nm>RAHUL VERMA</Nm>`, `<StrtNm>Goethestraße</StrtNm>`, `<BldgNb>5</BldgNb>`,
// `<PstCd>10115</PstCd>`), HR-XML, HL7 CDA fragments and SOAP bodies were stored raw, although the
// same members as JSON were masked (a fresh probe of 2026-12-03). Secrets in XML elements are
// secrets.ts's; dates of birth in markup are detectors.ts's (detectMarkupBirthDates).
//
// Read: an element with text content and no child element (`<name>value</name>`, namespaced or
// not, attributes allowed), whose name is
//  - a person's name (isPersonKeyName: `patientName`, `FirstName`, `surname`), or ISO 20022's `Nm`
//    in a text that uses ISO 20022's element names (`<PstlAdr>`, `<StrtNm>`, `<Dbtr>`, `<Cdtr>`,
//    `<GrpHdr>`, ...; a bank's `Nm` there is masked too, on the safe side): its value masked
//    whole as PERSON;
//  - a part of a postal address below the city (isAddressPartKeyName: `StrtNm`, `BldgNb`, `PstCd`,
//    `street`, `zip`, `postalCode`), its value of the part's kind (addressPartValue): ADDRESS.
// Each value is bounded (200 characters), so a scan is linear in the text.
import { addressPartValue, isAddressPartKeyName, isNumberedAddressPart, isPersonKeyName } from './key-names.js';
import type { Detection } from './types.js';

/** `<prefix:Name attr="…">text</prefix:Name>`: group 1 the qualified name, group 2 the local name, group 3 the text. */
export const ELEMENT = /<((?:[A-Za-z_][\w.-]{0,40}:)?([A-Za-z_][\w.-]{0,60}))(?:\s[^<>]{0,200})?>([^<>]{1,200})<\/\1\s{0,3}>/g;
/** Element names that mark an ISO 20022 document (pain, pacs, camt): `Nm` there is a party's name. */
const ISO20022_MARKERS = /<(?:[\w.-]{1,40}:)?(?:PstlAdr|StrtNm|Dbtr|Cdtr|UltmtDbtr|UltmtCdtr|InitgPty|DbtrAcct|CdtrAcct|GrpHdr|CdtTrfTxInf)[\s>]/;

/**
 * Finds person names and address parts in XML elements by the element's name.
 * @param text any string; only one that holds a closing tag is scanned.
 * @param out detections are appended: PERSON (`pii.person`) and ADDRESS (`pii.address`), spans in
 *   UTF-16 code units covering the element's text without its surrounding blanks.
 */
export function detectXmlValues(text: string, out: Detection[]): void {
  if (!text.includes('</')) return;
  let iso: boolean | undefined;
  for (const match of text.matchAll(ELEMENT)) {
    const name = match[2] as string;
    const raw = match[3] as string;
    const value = raw.trim();
    if (value === '' || value.startsWith('&') || value.startsWith('${') || value.startsWith('{{')) continue;
    const start = (match.index as number) + match[0].indexOf('>') + 1 + (raw.length - raw.trimStart().length);
    const end = start + value.length;
    if (name === 'Nm' ? (iso ??= ISO20022_MARKERS.test(text)) && /\p{L}/u.test(value) : isPersonKeyName(name) && /\p{L}/u.test(value)) {
      out.push({ start, end, type: 'PERSON', class: 'pii.person', normalized: value.normalize('NFC').toLowerCase().replace(/\s+/g, ' ') });
    } else if (isAddressPartKeyName(name) && addressPartValue(isNumberedAddressPart(name), value)) {
      out.push({ start, end, type: 'ADDRESS', class: 'pii.address', normalized: value.toLowerCase().replace(/[\s,]+/g, ' ') });
    }
  }
}
