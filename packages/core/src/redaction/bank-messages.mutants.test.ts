// What bank-messages.ts promises (issue 13, from surviving mutants of bank-messages.ts): which MT
// tags are read and where a tag may stand, where a field ends, each line's kind in 50K/59 and
// 50F/59F, the `?NN` and `/CODE/` structures of :86:, what an account field keeps, and NACHA's
// positions. detectBankMessages is called directly (no redactor), so spans are exact.
import { describe, expect, it } from 'vitest';
import { detectBankMessages } from './bank-messages.js';
import type { Detection } from './types.js';

const detections = (text: string): Detection[] => {
  const out: Detection[] = [];
  detectBankMessages(text, out);
  return out;
};
/** Each detection as `TYPE:text`. */
const found = (text: string): string[] => detections(text).map((d) => `${d.type}:${text.slice(d.start, d.end)}`);
/** Each detection as `TYPE:text@start`. */
const spans = (text: string): string[] => detections(text).map((d) => `${d.type}:${text.slice(d.start, d.end)}@${d.start}`);

describe('the MT tags read and where they stand', () => {
  it('50H, 50K, 59 and 59F are parties; 50A, 59A and 52A are banks and stay', () => {
    expect(found(':50H:/1\nKELVAR OSMUND\n')).toEqual(['PERSON:KELVAR OSMUND']);
    expect(found(':50K:KELVAR OSMUND\n')).toEqual(['PERSON:KELVAR OSMUND']);
    expect(found(':59:KELVAR OSMUND\n')).toEqual(['PERSON:KELVAR OSMUND']);
    expect(found(':59F:1/KELVAR OSMUND\n')).toEqual(['PERSON:KELVAR OSMUND']);
    expect(found(':50A:BANKDEFF\n:59A:BANKGB22\n:52A:BANKUS33\n')).toEqual([]);
    expect(found(':50:KELVAR OSMUND\n')).toEqual([]);
  });

  it('a tag at the text start, after a line break (LF, CR or CRLF), blanks, tabs or `>`, or after `{4:`', () => {
    expect(found('x\r:59:KELVAR OSMUND')).toEqual(['PERSON:KELVAR OSMUND']);
    expect(found('x\n  \t>:59:KELVAR OSMUND')).toEqual(['PERSON:KELVAR OSMUND']);
    expect(found('{1:F01}{4::59:KELVAR OSMUND\n-}')).toEqual(['PERSON:KELVAR OSMUND']);
    expect(found('{4:\n:59:KELVAR OSMUND\n-}')).toEqual(['PERSON:KELVAR OSMUND']);
  });

  it("`{4:` right before the tag at the text's start; a `:59:` that overlaps `{4:` is no tag", () => {
    expect(found('{4::59:KELVAR OSMUND')).toEqual(['PERSON:KELVAR OSMUND']);
    expect(found('{4:59:KELVAR OSMUND')).toEqual([]);
  });

  it('a tag inside a field\'s line (after `{4:` there) is part of that line, not a field of its own', () => {
    expect(found(':59:KELVAR{4::86:?32OSMUND')).toEqual(['PERSON:KELVAR{4::86:?32OSMUND']);
  });

  it('not after other text: a time, a word, `{3:`, or more than 8 blanks', () => {
    expect(found('at 10:59:KELVAR OSMUND')).toEqual([]);
    expect(found('x\nnote:59:KELVAR OSMUND')).toEqual([]);
    expect(found('{3::59:KELVAR OSMUND')).toEqual([]);
    expect(found(`x\n${' '.repeat(8)}:59:KELVAR OSMUND`)).toEqual(['PERSON:KELVAR OSMUND']);
    expect(found(`x\n${' '.repeat(9)}:59:KELVAR OSMUND`)).toEqual([]);
    expect(found(`x\n${'>'.repeat(9)}:59:KELVAR OSMUND`)).toEqual([]);
  });

  it('several tags of one kind each read; the fields come out in text order', () => {
    expect(found(':59:/1\nKELVAR OSMUND\n:59:/2\nPELLORAN YSOLDE\n:50K:/3\nRIVANE TOLLEC\n')).toEqual(['PERSON:KELVAR OSMUND', 'PERSON:PELLORAN YSOLDE', 'PERSON:RIVANE TOLLEC']);
  });
});

describe("where a field ends", () => {
  it("at the next tag (its letter optional, after blanks or `>`), the block's `-}` or a lone `-`, a blank line", () => {
    expect(found(':59:KELVAR OSMUND\n9 ELM ROW\n:70:RENT 4471')).toEqual(['PERSON:KELVAR OSMUND', 'ADDRESS:9 ELM ROW']);
    expect(found(':59:KELVAR OSMUND\n9 ELM ROW\n  >:71A:SHA')).toEqual(['PERSON:KELVAR OSMUND', 'ADDRESS:9 ELM ROW']);
    expect(found(':59:KELVAR OSMUND\n9 ELM ROW\n-}\nTRAILER LINE')).toEqual(['PERSON:KELVAR OSMUND', 'ADDRESS:9 ELM ROW']);
    expect(found(':59:KELVAR OSMUND\n9 ELM ROW\n-\nTRAILER LINE')).toEqual(['PERSON:KELVAR OSMUND', 'ADDRESS:9 ELM ROW']);
    expect(found(':59:KELVAR OSMUND\n9 ELM ROW\n\nTRAILER LINE')).toEqual(['PERSON:KELVAR OSMUND', 'ADDRESS:9 ELM ROW']);
    expect(found(':59:KELVAR OSMUND\n9 ELM ROW\n   \nTRAILER LINE')).toEqual(['PERSON:KELVAR OSMUND', 'ADDRESS:9 ELM ROW']);
  });

  it("a `-}` on a value's line ends the value there; a line that only starts with `-` or `:NN` text goes on", () => {
    expect(spans(':59:KELVAR OSMUND\n9 ELM ROW-}{5:')).toEqual(['PERSON:KELVAR OSMUND@4', 'ADDRESS:9 ELM ROW@18']);
    expect(found(':59:KELVAR OSMUND\n-9 ELM ROW\n:7 LEEDS')).toEqual(['PERSON:KELVAR OSMUND', 'ADDRESS:-9 ELM ROW', 'ADDRESS::7 LEEDS']);
  });

  it("CRLF: a lone `-` before its CR ends the field; a `-}` ends it even with lines after it", () => {
    expect(found(':59:KELVAR OSMUND\r\n-\r\nTRAILER LINE')).toEqual(['PERSON:KELVAR OSMUND']);
    expect(found(':59:KELVAR OSMUND\n9 ELM ROW-}{5:{CHK:1}}\nTRAILER LINE')).toEqual(['PERSON:KELVAR OSMUND', 'ADDRESS:9 ELM ROW']);
  });

  it("a tag line left empty: the lines after it are still masked", () => {
    expect(found(':59:\nKELVAR OSMUND\n9 ELM ROW').map((s) => s.slice(s.indexOf(':') + 1))).toEqual(['KELVAR OSMUND', '9 ELM ROW']);
  });

  it('CRLF: the CR is no part of a value; a field at the text end', () => {
    expect(spans(':59:KELVAR OSMUND\r\n9 ELM ROW\r\n')).toEqual(['PERSON:KELVAR OSMUND@4', 'ADDRESS:9 ELM ROW@19']);
    expect(spans(':59:KELVAR OSMUND')).toEqual(['PERSON:KELVAR OSMUND@4']);
  });
});

describe('50K, 50H, 59: the account line, the name, the address lines', () => {
  it('an account line first is skipped; the name, then at most the lines up to the fifth', () => {
    const text = ':59:/31926819\nKELVAR OSMUND\nFLAT 2\n9 ELM ROW\nLEEDS\nYORKSHIRE\nUNITED KINGDOM';
    expect(found(text)).toEqual(['PERSON:KELVAR OSMUND', 'ADDRESS:FLAT 2', 'ADDRESS:9 ELM ROW', 'ADDRESS:LEEDS']);
  });

  it('without an account line the name is first, four address lines follow', () => {
    expect(found(':50K:KELVAR OSMUND\nFLAT 2\n9 ELM ROW\nLEEDS\nYORKSHIRE\nUNITED KINGDOM\nEARTH')).toEqual(['PERSON:KELVAR OSMUND', 'ADDRESS:FLAT 2', 'ADDRESS:9 ELM ROW', 'ADDRESS:LEEDS', 'ADDRESS:YORKSHIRE']);
  });

  it('a `/` on a later line is a value; the account line gives no name', () => {
    expect(found(':59:KELVAR OSMUND\n/FLAT 2\n')).toEqual(['PERSON:KELVAR OSMUND', 'ADDRESS:/FLAT 2']);
    expect(found(':59:/31926819\n')).toEqual([]);
  });

  it('a name is normalized in lower case, as names.ts does', () => {
    expect(detections(':59:KELVAR  OSMUND\n')[0]?.normalized).toBe('kelvar osmund');
  });
});

describe('50F and 59F: the party identifier and numbered lines', () => {
  it('CUST and EMPL numbers are accounts, the other codes national ids; an issuer part stays', () => {
    expect(found(':50F:CUST/DE/BANKDEFF/88120734\n1/KELVAR OSMUND')).toEqual(['ACCOUNT_NUMBER:88120734', 'PERSON:KELVAR OSMUND']);
    expect(found(':50F:EMPL/GB/44017\n')).toEqual(['ACCOUNT_NUMBER:44017']);
    for (const code of ['ARNU', 'CCPT', 'DRLC', 'NIDN', 'SOSE', 'TXID']) expect(found(`:50F:${code}/NL/X7731902\n`), code).toEqual(['NATIONAL_ID:X7731902']);
    expect(spans(':50F:CCPT/NL/X7731902\n')).toEqual(['NATIONAL_ID:X7731902@13']);
  });

  it('an unknown code or a lower-case country is no party identifier; its line gives nothing', () => {
    expect(found(':50F:ABCD/NL/X7731902\n1/KELVAR OSMUND')).toEqual(['PERSON:KELVAR OSMUND']);
    expect(found(':50F:NIDN/nl/X7731902\n')).toEqual([]);
    expect(found(':50F:/31926819\n1/KELVAR OSMUND')).toEqual(['PERSON:KELVAR OSMUND']);
  });

  it("a first line that is numbered is read as such, one ending with `/` too", () => {
    expect(found(':59F:1/KELVAR OSMUND\n2/9 ELM ROW')).toEqual(['PERSON:KELVAR OSMUND', 'ADDRESS:9 ELM ROW']);
    expect(found(':59F:1/KELVAR OSMUND/\n')).toEqual(['PERSON:KELVAR OSMUND/']);
  });

  it("each line's kind, a country code left out of 3, 5, 6, 7 but kept in 1, 2 and 4", () => {
    const text = ':50F:/31926819\n1/KELVAR OSMUND\n2/GB/9 ELM ROW\n3/GB/LEEDS\n4/19660214';
    expect(spans(text)).toEqual(['PERSON:KELVAR OSMUND@17', 'ADDRESS:GB/9 ELM ROW@33', 'ADDRESS:LEEDS@51', 'DOB:19660214@59']);
    expect(spans(':59F:1/KELVAR\n5/NL/UTRECHT\n6/GB/NATWEST/CUST778')).toEqual(['PERSON:KELVAR@7', 'ADDRESS:UTRECHT@19', 'NATIONAL_ID:NATWEST/CUST778@32']);
    expect(found(':59F:7/NL/AB1234567\n')).toEqual(['NATIONAL_ID:AB1234567']);
    expect(found(':59F:3/LEEDS\n')).toEqual(['ADDRESS:LEEDS']);
    expect(found(':59F:3/Gb/LEEDS\n')).toEqual(['ADDRESS:Gb/LEEDS']);
  });

  it('a party field is read over 6 lines at most: a seventh line is not', () => {
    expect(found(':50F:/1\n1/KELVAR\n2/ELM ROW\n3/GB/LEEDS\n4/19660214\n5/NL/UTRECHT\n7/NL/AB1234567')).toEqual(['PERSON:KELVAR', 'ADDRESS:ELM ROW', 'ADDRESS:LEEDS', 'DOB:19660214', 'ADDRESS:UTRECHT']);
  });

  it("a country code leads the line only at its start: `XX/` later in the line stays in the value", () => {
    expect(found(':59F:3/LEEDS UK/X\n')).toEqual(['ADDRESS:LEEDS UK/X']);
  });

  it('8/ continues the line before in its kind; a line without a number, or 9/, gives nothing', () => {
    expect(found(':59F:1/KELVAR\n8/OSMUND\n2/9 ELM ROW\n8/FLAT 2\n4/19660214\n8/X')).toEqual(['PERSON:KELVAR', 'PERSON:OSMUND', 'ADDRESS:9 ELM ROW', 'ADDRESS:FLAT 2', 'DOB:19660214', 'DOB:X']);
    expect(found(':59F:8/KELVAR OSMUND')).toEqual(['PERSON:KELVAR OSMUND']);
    expect(found(':59F:1/KELVAR\nOSMUND\n9/X\n 1/Y')).toEqual(['PERSON:KELVAR']);
  });
});

describe(':86: in the DFÜ structure (?NN subfields)', () => {
  it('?32 and ?33 names, each line of one on its own; ?20 and ?00 stay', () => {
    expect(spans(':86:166?00GUTSCHRIFT?20RG 4471?32KELVAR\nOSMUND?33PELLORAN')).toEqual(['PERSON:KELVAR@33', 'PERSON:OSMUND@40', 'PERSON:PELLORAN@49']);
  });

  it('?31 an account of digits (normalized) or an IBAN; a BIC, sort code or letters stay', () => {
    expect(detections(':86:?310532-013000')).toEqual([{ start: 7, end: 18, type: 'ACCOUNT_NUMBER', class: 'financial.account', normalized: expect.any(String) }]);
    expect(found(':86:?31 de89 3704 0044 0532 0130 00 ?32X')).toEqual(['IBAN:de89 3704 0044 0532 0130 00', 'PERSON:X']);
    expect(detections(':86:?31de89 3704 0044 0532 0130 00')[0]?.normalized).toBe('DE89370400440532013000');
    expect(found(':86:?31COBADEFFXXX?32X')).toEqual(['PERSON:X']);
    expect(found(':86:?31COBADEFF?32X')).toEqual(['PERSON:X']);
    expect(found(':86:?3137040044?32X')).toEqual(['PERSON:X']);
    expect(found(':86:?31NONREF?32X')).toEqual(['PERSON:X']);
    expect(found(':86:?31   ?32X')).toEqual(['PERSON:X']);
  });

  it("an IBAN's class is financial.iban", () => {
    expect(detections(':86:?31DE89370400440532013000?32X')[0]).toEqual({ start: 7, end: 29, type: 'IBAN', class: 'financial.iban', normalized: 'DE89370400440532013000' });
  });

  it('?30 only an IBAN; the account in ?31 still', () => {
    expect(found(':86:?30DE89370400440532013000?31X')).toEqual(['IBAN:DE89370400440532013000']);
    expect(found(':86:?300532013000?310532013000')).toEqual(['ACCOUNT_NUMBER:0532013000']);
  });

  it('subfields over 16 lines at most, the field ending at the next tag', () => {
    const lines = Array.from({ length: 16 }, (_, i) => (i === 0 ? '?00X' : i === 15 ? '?32KELVAR' : `?2${i % 10}R`));
    expect(found(`:86:${lines.join('\n')}`)).toEqual(['PERSON:KELVAR']);
    expect(found(`:86:${[...lines.slice(0, 15), 'R', '?32KELVAR'].join('\n')}`)).toEqual([]);
    expect(found(':86:?00X?32KELVAR\n:62F:C261204EUR1,00?32PELLORAN')).toEqual(['PERSON:KELVAR']);
  });
});

describe(':86: in the /CODE/value structure', () => {
  it('/NAME/ a name, /ADDR/ an address, /IBAN/ an IBAN, at their offsets; other codes stay', () => {
    const text = ':86:/TRTP/SEPA/IBAN/NL91ABNA0417164300/BIC/ABNANL2A/NAME/KELVAR OSMUND/ADDR/9 ELM ROW/REMI/RG 4471';
    expect(spans(text)).toEqual(['IBAN:NL91ABNA0417164300@20', 'PERSON:KELVAR OSMUND@57', 'ADDRESS:9 ELM ROW@76']);
  });

  it('a value holding a `/` that starts no code goes on; a value cut by a line break, each line', () => {
    expect(found(':86:/NAME/KELVAR/OSMUND BV/REMI/X')).toEqual(['PERSON:KELVAR/OSMUND BV']);
    expect(found(':86:/NAME/KELVAR/1 OSMUND/EREF/X')).toEqual(['PERSON:KELVAR/1 OSMUND']);
    expect(found(':86:/NAME/KELVAR OS\nMUND')).toEqual(['PERSON:KELVAR OS']);
    expect(found(':86:/ADDR/9 ELM ROW/LEEDS/GB/X')).toEqual(['ADDRESS:9 ELM ROW/LEEDS']);
  });

  it('a `?` and one digit is no subfield: the /CODE/ structure is read', () => {
    expect(found(':86:/NAME/KELVAR OSMUND?1/REMI/X')).toEqual(['PERSON:KELVAR OSMUND?1']);
  });

  it('an /IBAN/ that is no IBAN but digits is an account; of letters, nothing', () => {
    expect(found(':86:/IBAN/0532013000/NAME/X')).toEqual(['ACCOUNT_NUMBER:0532013000', 'PERSON:X']);
    expect(found(':86:/IBAN/NOTPROVIDED/NAME/X')).toEqual(['PERSON:X']);
  });

  it('an empty :86: gives nothing', () => {
    expect(found(':86:')).toEqual([]);
    expect(found(':86:\n:62F:C1')).toEqual([]);
  });
});

describe('NACHA entry detail records', () => {
  const entry = (code: string, account: string, id: string, name: string): string => `6${code}071000505${account.padEnd(17)}0000125000${id.padEnd(15)}${name.padEnd(22)}  0091000010000001`;

  it("the account (13-29), the identification number (40-54) and the name (55-76) at their positions", () => {
    const line = entry('22', '000123456789', 'EMP-4471', 'KELVAR OSMUND');
    expect(line.length).toBe(94);
    expect(spans(line)).toEqual(['ACCOUNT_NUMBER:000123456789@12', 'ACCOUNT_NUMBER:EMP-4471@39', 'PERSON:KELVAR OSMUND@54']);
    const full = entry('27', '12345678901234567', '123456789012345', 'ABCDEFGHIJKLMNOPQRSTUV');
    expect(found(full)).toEqual(['ACCOUNT_NUMBER:12345678901234567', 'ACCOUNT_NUMBER:123456789012345', 'PERSON:ABCDEFGHIJKLMNOPQRSTUV']);
  });

  it('each entry of a file, LF or CRLF, the last without a line break', () => {
    const a = entry('22', '111', 'A1', 'KELVAR OSMUND');
    const b = entry('37'.replace('3', '2'), '222', 'B2', 'PELLORAN YSOLDE');
    expect(found(`${a}\r\n${b}`).filter((s) => s.startsWith('PERSON'))).toEqual(['PERSON:KELVAR OSMUND', 'PERSON:PELLORAN YSOLDE']);
    expect(found(`101 header\n${a}\n${b}\n`).filter((s) => s.startsWith('PERSON'))).toEqual(['PERSON:KELVAR OSMUND', 'PERSON:PELLORAN YSOLDE']);
  });

  it('a line of 93 or 95 characters, another record type, transaction code or addenda indicator stays', () => {
    const line = entry('22', '111', 'A1', 'KELVAR OSMUND');
    expect(found(line.slice(0, 93))).toEqual([]);
    expect(found(`${line} `)).toEqual([]);
    expect(found(`${line}\n${'x'.repeat(93)}`).length).toBe(3);
    expect(found(`7${line.slice(1)}`)).toEqual([]);
    expect(found(entry('12', '111', 'A1', 'KELVAR OSMUND'))).toEqual([]);
    expect(found(entry('62', '111', 'A1', 'KELVAR OSMUND'))).toEqual([]);
    expect(found(`${line.slice(0, 78)}2${line.slice(79)}`)).toEqual([]);
    expect(found(`${line.slice(0, 3)}X${line.slice(4)}`)).toEqual([]);
    expect(found(`${line.slice(0, 29)}000012500X${line.slice(39)}`)).toEqual([]);
    expect(found(`${line.slice(0, 80)}X${line.slice(81)}`)).toEqual([]);
    expect(found(`${line.slice(0, 40)}\u00e9${line.slice(41)}`)).toEqual([]);
  });

  it("the account's and the id's normalized values are their own, in capitals without blanks or dashes", () => {
    const [account, id] = detections(entry('22', '0001-2345 6789', 'emp-4471', 'KELVAR OSMUND'));
    expect(account?.normalized).toBe('000123456789');
    expect(id?.normalized).toBe('EMP4471');
  });

  it('an id of blanks gives nothing for it', () => {
    expect(found(entry('22', '111', '', 'KELVAR OSMUND'))).toEqual(['ACCOUNT_NUMBER:111', 'PERSON:KELVAR OSMUND']);
  });
});

describe('the gates', () => {
  it('text without `:50`, `:59` or `:86:`, and shorter than 94 characters, gives nothing', () => {
    expect(found('50K:KELVAR OSMUND\n59:PELLORAN\n86:?32X')).toEqual([]);
    expect(found(':86 :?32KELVAR')).toEqual([]);
  });
});
