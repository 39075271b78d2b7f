// What dicom.ts promises (issue 13, from surviving mutants of dicom.ts): each element's exact
// spans and kinds in the three spellings (dcmdump, pydicom, DICOM JSON), a name's components and
// groups, the values of a multi-valued element, the gates before each reader, and how far a JSON
// element and its Value array are read. detectDicom is called directly (no redactor).
import { describe, expect, it } from 'vitest';
import { detectDicom, dicomElementKind, dicomValueSpans, isDicomTag } from './dicom.js';
import type { Detection } from './types.js';

/** Each detection as `TYPE:text@start`. */
const spans = (text: string): string[] => {
  const out: Detection[] = [];
  detectDicom(text, out);
  return out.map((d) => `${d.type}:${text.slice(d.start, d.end)}@${d.start}`);
};
/** Each detection's text. */
const texts = (text: string): string[] => spans(text).map((s) => s.slice(s.indexOf(':') + 1, s.lastIndexOf('@')));

describe('dicomElementKind and isDicomTag', () => {
  it('a tag of the table whatever its case, else a name for VR PN only', () => {
    expect(dicomElementKind('0040a123', undefined)).toBe('name');
    expect(dicomElementKind('0040A123', 'LO')).toBe('name');
    expect(dicomElementKind('00100020', undefined)).toBe('mrn');
    expect(dicomElementKind('00102154', 'SH')).toBe('phone');
    expect(dicomElementKind('00101040', 'LO')).toBe('address');
    expect(dicomElementKind('00101050', 'LO')).toBe('plan');
    expect(dicomElementKind('00100032', 'TM')).toBe('date');
    expect(dicomElementKind('00091010', 'PN')).toBe('name');
    expect(dicomElementKind('00091010', 'LO')).toBeUndefined();
    expect(dicomElementKind('00091010', undefined)).toBeUndefined();
    expect(dicomElementKind('00091010', 'pn')).toBeUndefined();
  });

  it('a JSON key of exactly 8 hex digits, either case', () => {
    expect(isDicomTag('0040a123')).toBe(true);
    expect(isDicomTag('00100010')).toBe(true);
    expect(isDicomTag('0010001')).toBe(false);
    expect(isDicomTag('001000100')).toBe(false);
    expect(isDicomTag('0010001G')).toBe(false);
    expect(isDicomTag('x00100010')).toBe(false);
    expect(isDicomTag('00100010x')).toBe(false);
  });
});

describe('dicomValueSpans: one string of a JSON Value', () => {
  it("a name's family, given and middle names; prefix and suffix stay; each group after `=`", () => {
    const value = 'Kelvar^Osmund^T^Dr^III=ケルヴァ^オスムンド';
    expect(dicomValueSpans(value, 'name').map((d) => value.slice(d.start, d.end))).toEqual(['Kelvar', 'Osmund', 'T', 'ケルヴァ', 'オスムンド']);
    expect(dicomValueSpans(value, 'name').every((d) => d.type === 'PERSON')).toBe(true);
  });

  it('an id whole, each value of a multi-valued id on its own, empty values left out', () => {
    const value = 'QX-55120\\\\RT-99017';
    expect(dicomValueSpans(value, 'mrn').map((d) => [d.type, value.slice(d.start, d.end)])).toEqual([
      ['MRN', 'QX-55120'],
      ['MRN', 'RT-99017'],
    ]);
    expect(dicomValueSpans('', 'mrn')).toEqual([]);
    expect(dicomValueSpans('^^', 'name')).toEqual([]);
  });

  it('a name of one component, and a name whose group ends the value', () => {
    expect(dicomValueSpans('Pelloran', 'name').map((d) => [d.start, d.end])).toEqual([[0, 8]]);
    expect(dicomValueSpans('Pelloran^Ysolde=', 'name').map((d) => [d.start, d.end])).toEqual([
      [0, 8],
      [9, 15],
    ]);
  });
});

describe('dcmdump lines: exact spans', () => {
  it("the bracketed value's span, without the closing bracket, on each line", () => {
    const dump = '(0010,0020) LO [QX-55120]   #   8, 1 PatientID\n(0010,0030) DA [19660214]';
    expect(spans(dump)).toEqual(['MRN:QX-55120@16', 'DOB:19660214@63']);
  });

  it('a space after the comma, lower-case hex, tabs and up to 8 blanks between the parts', () => {
    expect(texts('(0010, 0020)\tLO\t[RT-99017]')).toEqual(['RT-99017']);
    expect(texts('(0040,a123)        PN        [Pelloran^Ysolde]')).toEqual(['Pelloran', 'Ysolde']);
    expect(texts('(0010,0020)         LO [RT-99017]')).toEqual([]);
    expect(texts('(0010,0020) LO         [RT-99017]')).toEqual([]);
  });

  it('each value of a multi-valued element, a name by its components; the fourth and fifth stay', () => {
    expect(spans('(0008,1050) PN [Kelvar^Osmund^T^Dr^III\\Pelloran]')).toEqual(['PERSON:Kelvar@16', 'PERSON:Osmund@23', 'PERSON:T@30', 'PERSON:Pelloran@39']);
    expect(texts('(0010,1000) LO [QX-55120\\RT-99017]')).toEqual(['QX-55120', 'RT-99017']);
  });

  it("a private tag's element of VR PN is a name, in a dump and in pydicom's print", () => {
    expect(texts('(0009,1010) PN [Kelvar^Osmund]')).toEqual(['Kelvar', 'Osmund']);
    expect(texts("(0009, 1010) Private tag data   PN: 'Kelvar^Osmund'")).toEqual(['Kelvar', 'Osmund']);
    expect(texts("(0009, 1010) Private tag data   LO: 'Kelvar^Osmund'")).toEqual([]);
  });

  it('a bracketed value with blanks and commas in it is one value', () => {
    expect(texts('(0010,1040) LO [48 Wexmoor Lane, Dayton]')).toEqual(['48 Wexmoor Lane, Dayton']);
    expect(texts('(0010,0010) PN [Kelvar Osmund^Pelloran]')).toEqual(['Kelvar Osmund', 'Pelloran']);
  });

  it('an empty value or one of blanks gives nothing; a value without its closing bracket is no element', () => {
    expect(spans('(0010,0020) LO []')).toEqual([]);
    expect(spans('(0010,0020) LO [   ]')).toEqual([]);
    expect(spans('(0010,0020) LO [QX-55120')).toEqual([]);
  });

  it('a value of 1024 characters is read, one of 1025 is not', () => {
    expect(texts(`(0010,0020) LO [${'7'.repeat(1024)}]`)).toEqual(['7'.repeat(1024)]);
    expect(texts(`(0010,0020) LO [${'7'.repeat(1025)}]`)).toEqual([]);
  });

  it('elements that are not personal give nothing, the personal ones after them are found', () => {
    expect(texts('(0008,0060) CS [MR]\n(0010,0040) CS [F]\n(0010,0020) LO [QX-55120]')).toEqual(['QX-55120']);
  });
});

describe("pydicom's print: exact spans", () => {
  it('a quoted value, single or double quotes, its span inside the quotes', () => {
    expect(spans("(0010, 0020) Patient ID   LO: 'QX-55120'")).toEqual(['MRN:QX-55120@31']);
    expect(spans('(0010, 0020) Patient ID   LO: "QX-55120"')).toEqual(['MRN:QX-55120@31']);
    expect(texts('(0010, 0010) Patient\'s Name   PN: "O\'Pelloran^Ysolde"')).toEqual(["O'Pelloran", 'Ysolde']);
  });

  it('a list in brackets or parentheses, blanks before its first quote', () => {
    expect(texts("(0010, 1000) Other Patient IDs   LO: [ 'QX-55120', \"RT-99017\" ]")).toEqual(['QX-55120', 'RT-99017']);
    expect(texts("(0010, 1000) Other Patient IDs   LO: ('QX-55120', 'RT-99017')")).toEqual(['QX-55120', 'RT-99017']);
    expect(texts("(0010, 1000) Other Patient IDs   LO:   'QX-55120'")).toEqual(['QX-55120']);
  });

  it('blanks before the quote: the value is read from its own quote, not from a quote in the name before it', () => {
    expect(texts(`(0010, 0010) Patient's PN:${' '.repeat(14)}"Kelvar^Osmund"`)).toEqual(['Kelvar', 'Osmund']);
  });

  it("a bare value followed by quoted text is the bare value; the quote must start the value", () => {
    expect(texts("(0010, 0020) Patient ID   LO: 55120778 (O'Brien's note)")).toEqual(['55120778']);
  });

  it('a bare value up to a blank or `#`; nothing when the value is empty', () => {
    expect(spans('(0010, 0020) Patient ID   LO: 55120778 (from RIS)')).toEqual(['MRN:55120778@30']);
    expect(texts('(0010, 0020) Patient ID   LO: 55120778#note')).toEqual(['55120778']);
    expect(texts('(0010, 0020) Patient ID   LO: ')).toEqual([]);
    expect(texts('(0010, 0020) Patient ID   LO: #5512 note')).toEqual([]);
    expect(texts('(0010, 0020) Patient ID   LO:')).toEqual([]);
  });

  it('an unclosed quote ends the element; the quotes before it are read', () => {
    expect(texts("(0010, 1000) Other Patient IDs   LO: ['QX-55120', 'RT-990")).toEqual(['QX-55120']);
    expect(texts("(0010, 0020) Patient ID   LO: 'QX-55120\n(0010, 0030) Birth Date   DA: '19660214'")).toEqual(['19660214']);
  });

  it("the VR's colon within 80 characters of the tag", () => {
    expect(texts(`(0010, 0020) ${'P'.repeat(75)} LO: 'QX-55120'`)).toEqual(['QX-55120']);
    expect(texts(`(0010, 0020) ${'P'.repeat(85)} LO: 'QX-55120'`)).toEqual([]);
  });
});

describe('the gates', () => {
  it('a dump needs its tag in parentheses; JSON needs a vr member spelled with a quote or colon', () => {
    expect(spans('0010,0020 LO [QX-55120]')).toEqual([]);
    expect(texts('{"00100020":{"vr":"LO","Value":["QX-55120"]}}')).toEqual(['QX-55120']);
    expect(texts("{'00100020':{'vr':'LO','Value':['QX-55120']}}")).toEqual(['QX-55120']);
    expect(texts("{00100020:{vr:'LO',Value:['QX-55120']}}")).toEqual(['QX-55120']);
    expect(texts('{"00100020":{"VR":"LO","Value":["QX-55120"]}}')).toEqual([]);
    expect(texts('{"00100020": ["QX-55120"], "vr": 1}')).toEqual([]);
  });

  it('a dump and JSON in one text are both read', () => {
    expect(texts('(0010,0020) LO [QX-55120]\n{"00100030":{"vr":"DA","Value":["19660214"]}}')).toEqual(['QX-55120', '19660214']);
  });
});

describe('DICOM JSON: exact spans and how far an element is read', () => {
  it("the Value's strings at their offsets; blanks around the members' colons", () => {
    const json = '{"00100020" : { "vr" : "LO" , "Value" : [ "QX-55120" ] }}';
    expect(spans(json)).toEqual([`MRN:QX-55120@${json.indexOf('QX')}`]);
  });

  it('the VR within 64 characters of the element; a later PN makes no name of another tag', () => {
    expect(texts(`{"00091010":{${' '.repeat(8)}"vr":"PN","Value":["Pelloran^Ysolde"]}}`)).toEqual(['Pelloran', 'Ysolde']);
    expect(texts(`{"00091010":{${' '.repeat(9)}"vr":"PN","Value":["Pelloran^Ysolde"]}}`)).toEqual([]);
    expect(texts('{"00091010":{"vr":"LO","Value":["Pelloran"]},"00091011":{"vr":"PN","Value":["Ysolde"]}}')).toEqual(['Ysolde']);
  });

  it("strings and braces before the Value: a member's string with `}` or `[` in it, a nested object", () => {
    expect(texts('{"00100020":{"vr":"LO","note":"a } b [","Value":["QX-55120"]}}')).toEqual(['QX-55120']);
    expect(texts('{"00100020":{"vr":"LO","x":{"Value":["inner"]},"Value":["QX-55120"]}}')).toEqual(['QX-55120']);
    expect(texts('{"00100020":{"vr":"LO","x":["Value"],"Value":["QX-55120"]}}')).toEqual(['QX-55120']);
    expect(texts("{'00100020':{vr:'LO',note:'a } b [',Value:['QX-55120']}}")).toEqual(['QX-55120']);
  });

  it("the Value member's name with up to 4 blanks either side of its colon, as the pattern allows", () => {
    expect(texts('{"00100020":{"vr":"LO","Value"    :    ["QX-55120"]}}')).toEqual(['QX-55120']);
    expect(texts("{'00100020':{vr:'LO',Value    :    ['QX-55120']}}")).toEqual(['QX-55120']);
    expect(texts('{"00100020":{"vr":"LO","Value"     :["QX-55120"]}}')).toEqual([]);
  });

  it('a Value that is an object, not an array, is not read', () => {
    expect(texts('{"00100020":{"vr":"LO","Value":{"a":"kept"}}}')).toEqual([]);
  });

  it("an element's end: the next element's Value is not this one's", () => {
    expect(texts('{"00100020":{"vr":"LO"},"00080060":{"vr":"CS","Value":["MR"]}}')).toEqual([]);
    expect(texts('{"00100020":{"vr":"LO","Value":["QX-55120"]},"Value":["kept"]}')).toEqual(['QX-55120']);
  });

  it('the Value array: member names skipped (blanks before their colon too), nested objects and lists, its `]` its end', () => {
    expect(texts('{"00100010":{"vr":"PN","Value":[{"Alphabetic" :"Kelvar^Osmund"},{"Phonetic"\t:"Pelloran"}]}}')).toEqual(['Kelvar', 'Osmund', 'Pelloran']);
    expect(texts('{"00101000":{"vr":"LO","Value":[["QX-55120"],"RT-99017"],"x":["kept"]}}')).toEqual(['QX-55120', 'RT-99017']);
    expect(texts('{"00100010":{"vr":"PN","Value":[{"Alphabetic":"Kelvar^Osmund"}]},"00080060":{"vr":"CS","Value":["MR"]}}')).toEqual(['Kelvar', 'Osmund']);
    expect(texts('{"00100020":{"vr":"LO","Value":["QX-55120"]},"00080060":{"vr":"CS","Value":["MR"]},"00100030":{"vr":"DA","Value":["19660214"]}}')).toEqual(['QX-55120', '19660214']);
  });

  it('a Value array whose string is not closed ends the element; the strings before it are read', () => {
    expect(texts('{"00101000":{"vr":"LO","Value":["QX-55120","RT-990')).toEqual(['QX-55120']);
    expect(texts('{"00101000":{"vr":"LO","note":"x')).toEqual([]);
  });

  it('an element is read up to 4096 characters from its `{`', () => {
    const pad = (n: number) => `"p":"${'x'.repeat(n)}",`;
    const within = `{"00100020":{"vr":"LO",${pad(4000)}"Value":["QX-55120"]}}`;
    expect(texts(within)).toEqual(['QX-55120']);
    const beyond = `{"00100020":{"vr":"LO",${pad(4100)}"Value":["QX-55120"]}}`;
    expect(texts(beyond)).toEqual([]);
    // A Value whose string ends past the window.
    const open = `{"00100020":{"vr":"LO",`;
    const cut = `${open}${pad(4096 - open.length + 1 - 20)}"Value":["QX-55120-${'9'.repeat(40)}"]}}`;
    expect(texts(cut)).toEqual([]);
  });

  it("a Value string closing at the window's last character is read, one closing after it is not", () => {
    const head = '{"00100020":{"vr":"LO","Value":["';
    const open = head.indexOf('{', 1) + 1;
    const closingAt = (q: number) => `${head}${'7'.repeat(q - head.length)}"]}}`;
    expect(texts(closingAt(open + 4095))).toEqual(['7'.repeat(open + 4095 - head.length)]);
    expect(texts(closingAt(open + 4096))).toEqual([]);
  });

  it('a Value string followed by blanks to the window end is a value: no member colon is looked for past the window', () => {
    const head = '{"00100020":{"vr":"LO","Value":["';
    const open = head.indexOf('{', 1) + 1;
    const close = open + 4000;
    // Blanks up to the window's last character (open + 4095) and its limit, the colon just past it.
    const text = `${head}${'7'.repeat(close - head.length)}"${' '.repeat(open + 4096 - close)}:"x"]}}`;
    expect(texts(text)).toEqual(['7'.repeat(open + 4000 - head.length)]);
  });

  it("an element's window ends before a string that opens at its limit: the next element is still found", () => {
    const head = '{"00100020":{"vr":"LO",';
    const limit = head.indexOf('{', 1) + 1 + 4096;
    const text = `${head}${' '.repeat(limit - head.length)}", 00100030:{vr:"DA",Value:["19660214"]}}`;
    expect(texts(text)).toEqual(['19660214']);
  });

  it('after an element, the search goes on from its end, not inside it', () => {
    const json = '{"00100020":{"vr":"LO","Value":["00100030:{vr:\'DA\'"]}}';
    expect(texts(json)).toEqual(['00100030:{vr:\'DA\'']);
    const inner = '{"00100020":{"vr":"LO","Value":["note 00100030:{vr:\'DA\',Value:[\'kept\']}"]}}';
    expect(texts(inner)).toEqual(["note 00100030:{vr:'DA',Value:['kept']}"]);
  });
});
