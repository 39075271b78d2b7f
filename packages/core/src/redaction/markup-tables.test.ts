// Tables written in markup cells (a fresh README-only probe of 2026-12-04, H9: xlsx shared strings
// and inline-string rows kept a surname, an SSN and a date of birth raw). Each column is decided by
// its header, as a table in text is. The inputs are other spellings of that kind than the probe's.
import { describe, expect, it } from 'vitest';
import { createKeyring } from './keys.js';
import { createRedactor } from './redactor.js';
import { markupView } from './markup-view.js';
import type { RedactionResult } from '../spec/redactor.js';
import type { UnsealedEvent } from '../spec/event.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(9)]) });
const text = (xml: string): string =>
  (redactor.redact({ v: 1, id: '01JTESTXLSX0000000000000000', ts: '2026-12-04T12:00:00.000Z', stream: 's', seq: 0, type: 'tool.result', agent: { id: 'a' }, tool: { name: 'sheet_read', result: xml } } as unknown as UnsealedEvent, { capture: {} }) as RedactionResult).event.tool?.result as string;
const inline = (ref: string, value: string): string => `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;

describe('a worksheet’s rows (SpreadsheetML, ECMA-376)', () => {
  it('masks each column its header names, inline strings and numbers, by cell reference', () => {
    const sheet = `<worksheet><sheetData><row r="1">${inline('A1', 'Patient Last Name')}${inline('B1', 'Date of Birth')}${inline('C1', 'Social Security Number')}${inline('D1', 'Ward')}</row>`
      + `<row r="2">${inline('A2', 'Dorvane')}<c r="C2"><v>412673390</v></c>${inline('D2', 'North')}</row>`
      + `<row r="3">${inline('A3', 'Qxarsk')}${inline('B3', '1979-11-02')}${inline('D3', 'South')}</row></sheetData></worksheet>`;
    const out = text(sheet);
    for (const value of ['Dorvane', '412673390', 'Qxarsk', '1979-11-02']) expect(out, value).not.toContain(value);
    expect(out).toContain('>North<');
    expect(out).toContain('>Patient Last Name<');
  });
  it('reads shared-string cells through the shared strings in the same text', () => {
    const sst = '<sst><si><t>Surname</t></si><si><t>Email</t></si><si><t>Tolvek</t></si><si><t>Marrish</t></si></sst>';
    const sheet = '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="inlineStr"><is><t>tm@example.org</t></is></c></row></sheetData>';
    const out = text(sst + sheet);
    expect(out).not.toContain('Tolvek');
    expect(out).toContain('<t>Marrish</t>'); // a string no cell refers to stays
  });
  it('reads SpreadsheetML 2003, WordprocessingML and OpenDocument rows', () => {
    expect(text('<Table><Row><Cell><Data ss:Type="String">Last name</Data></Cell><Cell><Data ss:Type="String">DOB</Data></Cell></Row><Row><Cell><Data ss:Type="String">Vantrel</Data></Cell><Cell><Data ss:Type="String">1990-07-21</Data></Cell></Row></Table>')).not.toMatch(/Vantrel|1990-07-21/);
    expect(text('<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Surname</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>SSN</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>Vantrel</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>412-67-3390</w:t></w:r></w:p></w:tc></w:tr></w:tbl>')).not.toMatch(/Vantrel|3390/);
    expect(text('<table:table><table:table-row><table:table-cell><text:p>Family name</text:p></table:table-cell><table:table-cell><text:p>Phone</text:p></table:table-cell></table:table-row><table:table-row><table:table-cell><text:p>Vantrel</text:p></table:table-cell><table:table-cell><text:p>0612345678</text:p></table:table-cell></table:table-row></table:table>')).not.toMatch(/Vantrel|0612345678/);
  });
  it('keeps a price list and rows without a personal column', () => {
    for (const xml of [
      `<sheetData><row r="1">${inline('A1', 'Item')}${inline('B1', 'Price')}</row><row r="2">${inline('A2', 'Widget')}<c r="B2"><v>9.99</v></c></row><row r="3">${inline('A3', 'Gadget')}<c r="B3"><v>19.99</v></c></row></sheetData>`,
      '<table><tr><th>Product</th><th>SKU</th><th>Stock</th></tr><tr><td>Blue Widget</td><td>4471-220-19</td><td>12</td></tr></table>',
    ]) expect(text(xml), xml).toBe(xml);
  });
});

describe('shared strings alone: a header run, then rows of its width', () => {
  it('masks the values after a header of personal columns, each of its column’s shape', () => {
    const out = text('<sst count="8" uniqueCount="8"><si><t>Surname</t></si><si><t>Social Security Number</t></si><si><t>Dorvane</t></si><si><t>412-67-3390</t></si><si><t>Qxarsk</t></si><si><t>078-05-1120</t></si></sst>');
    for (const value of ['Dorvane', '412-67-3390', 'Qxarsk']) expect(out, value).not.toContain(value);
    expect(out).toContain('<t>Surname</t>');
  });
  it('a rich text run is part of its string; keeps a price list and a list of labels', () => {
    expect(text('<sst><si><t>Family name</t></si><si><t>Passport</t></si><si><r><rPr><b/></rPr><t>Vantrel</t></r></si><si><t>925665416</t></si></sst>')).not.toMatch(/Vantrel|925665416/);
    for (const xml of [
      '<sst><si><t>Item</t></si><si><t>Price</t></si><si><t>Widget</t></si><si><t>9.99</t></si><si><t>Gadget</t></si><si><t>19.99</t></si></sst>',
      '<sst><si><t>Status</t></si><si><t>Region</t></si><si><t>Open</t></si><si><t>North</t></si></sst>',
    ]) expect(text(xml), xml).toBe(xml);
  });
});

describe('an HTML table', () => {
  it('masks the columns its header row names, header cells kept', () => {
    const out = text('<table><thead><tr><th>Name</th><th>Phone</th><th>Date of birth</th></tr></thead><tbody><tr><td>Tolvek Marrish</td><td>(555) 201-7788</td><td><b>02/11/1979</b></td></tr><tr><td>Wenlix Dorvane<td>(555) 201-7789<td>1984-03-12</tbody></table>');
    for (const value of ['Marrish', 'Dorvane', '02/11/1979', '1984-03-12']) expect(out, value).not.toContain(value);
    expect(out).toContain('<th>Date of birth</th>');
  });
  it('a header row is no label before its value: its second header cell stays', () => {
    expect(markupView('<tr><th>Surname</th><th>DOB</th></tr>')?.text).not.toMatch(/Surname: DOB/);
    expect(markupView('<tr><th>DOB</th><td>1984-03-12</td></tr>')?.text).toMatch(/DOB: 1984-03-12/);
  });
});

describe('bounds', () => {
  it('reads a sheet of 10,000 rows and a text of unclosed tags in one pass (the test timeout bounds it)', () => {
    const rows = Array.from({ length: 10_000 }, (_, k) => `<row r="${k + 2}">${inline(`A${k + 2}`, `Vantrel${String.fromCharCode(97 + (k % 26))}`)}</row>`).join('');
    const out = text(`<sheetData><row r="1">${inline('A1', 'Surname')}${inline('B1', 'Email')}</row>${rows}</sheetData>`);
    expect(out).not.toContain('Vantrel');
    const unclosed = '<row><c r="A1" t="inlineStr"><is><t>Surname'.repeat(5_000) + '<id root="2.16.840.1.113883.4.1" extension="1'.repeat(5_000);
    expect(typeof text(unclosed)).toBe('string');
  });
});
