import { describe, expect, it } from 'vitest';
import { createRedactor } from './redactor.js';
import { createKeyring } from './keys.js';
import { detectHl7 } from './hl7.js';
import type { Detection } from './types.js';

// HL7 v2 feeds (a fresh attacker's finding, 2026-12-02, test/redaction/attack-2026-12-02.cases.md
// #2): only the names, the street, the email and a dashed SSN of a PID segment were masked; the
// record number, the bare SSN, the birth date, the postcode, the phone, the account number, the
// next of kin's given name and the doctor's NPI were stored.
const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(9)]) });
const stored = (text: string, session?: string): string =>
  redactor.redact({ v: 1, id: 'x', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.result', agent: { id: 'a' }, source: 's', outcome: 'success', ...(session ? { session } : {}), tool: { name: 'hl7', result: text } } as never, { capture: {} }).event.tool?.result as string;

const ADT = [
  'MSH|^~\\&|EPIC|HOSP|LAB|HOSP|20260301120000||ADT^A01|MSG00001|P|2.5.1',
  'PID|1||00482913^^^HOSP^MR~536228514^^^SSA^SS||OKAFOR^AMARA^N^^MS||19840312|F|||27 OLD GLOUCESTER ST^^LONDON^^WC1N 3AX^GBR||^PRN^PH^^44^20^79460958~^NET^Internet^amara@example.org|||||ACCT99812|536-22-8514',
  'NK1|1|OKAFOR^CHIDI^^^MR|SPO|27 OLD GLOUCESTER ST^^LONDON^^WC1N 3AX^GBR|^PRN^PH^^44^20^79460959',
  'PV1|1|I|W^389^1^HOSP||||1234567893^SMITH^JOHN^^^DR||||||||||||V998877',
  `IN1|1|BCBS01${'|'.repeat(14)}OKAFOR^AMARA||19840312|27 OLD GLOUCESTER ST^^LONDON^^WC1N 3AX`,
  'OBX|1|NM|8867-4^Heart rate^LN||72|/min',
].join('\r');

describe('HL7 v2 messages', () => {
  it('masks the identifier fields of PID, NK1, PV1 and IN1 by position, and keeps the codes around them and the other segments', () => {
    const out = stored(ADT);
    for (const raw of ['00482913', '536228514', 'OKAFOR', 'AMARA', '19840312', 'OLD GLOUCESTER', 'LONDON', 'WC1N 3AX', '79460958', '79460959', 'amara@example.org', 'ACCT99812', '536-22-8514', 'CHIDI', '1234567893', 'SMITH', 'JOHN', 'V998877']) {
      expect(out, raw).not.toContain(raw);
    }
    const lines = out.split('\r');
    expect(lines[0]).toBe(ADT.split('\r')[0]);
    expect(lines[5]).toBe('OBX|1|NM|8867-4^Heart rate^LN||72|/min');
    expect(lines[1]).toMatch(/^PID\|1\|\|\[MRN:psn_[a-z0-9_]+\]\^\^\^HOSP\^MR~\[MRN:psn_[a-z0-9_]+\]\^\^\^SSA\^SS\|\|\[PERSON:psn_[a-z0-9_]+\]\^\[PERSON:psn_[a-z0-9_]+\]\^\[PERSON:psn_[a-z0-9_]+\]\^\^MS\|\|\[DOB:psn_/);
    expect(lines[1]).toContain('^GBR||^PRN^PH^^44^[PHONE:psn_');
    expect(lines[2]).toMatch(/^NK1\|1\|\[PERSON:psn_[a-z0-9_]+\]\^\[PERSON:psn_[a-z0-9_]+\]\^\^\^MR\|SPO\|/);
    expect(lines[3]).toMatch(/\|\[PROVIDER_ID:psn_[a-z0-9_]+\]\^\[PERSON:psn_[a-z0-9_]+\]\^\[PERSON:psn_[a-z0-9_]+\]\^\^\^DR\|/);
  });

  it('reads the separators MSH-1 and MSH-2 declare, line feeds as well as carriage returns, and segments without an MSH', () => {
    const custom = 'MSH#$%\\&#APP#FAC\nPID#1##H-5520031$$$HOSP$MR##GARCIA$MARIA$$$MRS##19750423';
    const out = stored(custom);
    for (const raw of ['H-5520031', 'GARCIA', 'MARIA', '19750423']) expect(out, raw).not.toContain(raw);
    expect(out).toContain('$$$HOSP$MR');
    const bare = stored('see below\nPID|1||7788991^^^CLINIC^MR||NGUYEN^THI^MAI||19900101\n');
    for (const raw of ['7788991', 'NGUYEN', 'THI', 'MAI', '19900101']) expect(bare, raw).not.toContain(raw);
  });

  it('keeps HL7 nulls, empty fields and repetitions apart, and subcomponents of a family name together', () => {
    const found: Detection[] = [];
    const text = 'PID|1||""~4455^^^H^MR||van&der&Berg^Anna||""';
    detectHl7(text, found);
    expect(found.map((d) => [text.slice(d.start, d.end), d.type])).toEqual([
      ['4455', 'MRN'],
      ['van&der&Berg', 'PERSON'],
      ['Anna', 'PERSON'],
    ]);
  });

  it('is not HL7: pipe-separated log lines without components or an MSH (a fresh probe, 2026-12-02), a table header that starts with PID, a pipe in prose, an unknown segment, MSH alone', () => {
    for (const text of ['PID|1|4821|nginx|www-data|0.5|2.1|Ss|10:42|/usr/sbin/nginx', 'ts|level|msg\nPID|1|started worker', 'MRG|1|build-42|v2.3.1|release|main', 'PID|USER|COMMAND\n123|root|bash', 'ps aux | grep PID|sort', 'ZPI|1||secret-looking^x', 'XPID|1||123456^^^H^MR', 'MSH|^~\\&|APP|FAC|||20260301||ADT^A01|1|P|2.5']) {
      const found: Detection[] = [];
      detectHl7(text, found);
      expect(found, text).toEqual([]);
    }
  });

  it('is not HL7 without an MSH unless a segment shows a field as HL7 writes it: log lines with components stay (a fresh probe, 2026-12-02)', () => {
    for (const text of [
      'NK1|1|backup-node^secondary|replica',
      'PV1|1|I|W^389^1||||dr-oncall^pager^team',
      'PV1|1|O|||||oncall^pager',
      'PID|1||12345||nginx^worker',
      'GT1|1||backup^ops||||20241301',
      'IN1|1|x||||||||||||||ops^team||2024011',
      'MRG|build-42^main|v2.3.1',
    ]) {
      const found: Detection[] = [];
      detectHl7(text, found);
      expect(found, text).toEqual([]);
    }
  });

  it('reads segments without an MSH when one shows an identifier (ID^^^authority), a date of birth, a name in capitals or a doctor with a numeric ID', () => {
    const cases: Array<[string, string[]]> = [
      ['PID|||12345||Doe^John||19800101|M', ['12345', 'Doe', 'John', '19800101']],
      ['NK1|1|OKAFOR^CHIDI|SPO', ['OKAFOR', 'CHIDI']],
      ['PV1|1|O|||||12345^MORGAN^REX^J', ['12345', 'MORGAN', 'REX']],
      ['note:\nPID|1||H-77^^^CLINIC^MR||Garcia^Maria\nNK1|1|Garcia^Jose|SPO', ['H-77', 'Garcia', 'Maria', 'Jose']],
      ['GT1|1||Smith^Ann|||||198403121230+0100', ['Smith', 'Ann', '198403121230+0100']],
    ];
    for (const [text, raws] of cases) {
      const found: Detection[] = [];
      detectHl7(text, found);
      const spans = found.map((d) => text.slice(d.start, d.end));
      for (const raw of raws) expect(spans, `${raw} in ${text}`).toContain(raw);
    }
  });

  it('remembers the patient for the session: the name recurs in a later event of prose', () => {
    stored(ADT, 'ward-7');
    const later = stored('Amara Okafor was discharged; her son Chidi will pick her up.', 'ward-7');
    expect(later).not.toMatch(/Amara|Okafor|Chidi/);
  });

  it('reads a 200,000-field segment in one pass: the 17 identifier fields of PID, no more', () => {
    const found: Detection[] = [];
    detectHl7(`MSH|^~\\&|A\rPID|1|${'x|'.repeat(200_000)}`, found);
    expect(found).toHaveLength(17);
  });
});

describe('an MSH line whose delimiters are letters, digits or blanks names none (a fresh probe of 2026-12-03)', () => {
  it('a pipe log starting with MSH|deploy|… is read as text without an MSH, not garbled by its letters as delimiters', () => {
    const log = 'MSH|deploy|prod|20240101\nPID|1|4821|nginx^worker|running';
    expect(stored(log)).toBe(log);
  });

  it('delimiters that repeat one another name none either; real ones still do', () => {
    const found = (text: string) => {
      const out: Detection[] = [];
      detectHl7(text, out);
      return out.map((d) => text.slice(d.start, d.end));
    };
    expect(found('MSH|||x\nPID|1|4821|nginx^worker|running')).toEqual([]);
    // Each pair: the field separator repeated as the repetition separator, and the component as the repetition (measured again, 2026-12-03).
    expect(found('MSH||^x\nPID|1|4821|nginx^worker|running')).toEqual([]);
    expect(found('MSH|^|x\nPID|1|4821|nginx^worker|running')).toEqual([]);
    expect(found('MSH|^^x\nPID|1|4821|nginx^worker|running')).toEqual([]);
    const custom = 'MSH#*!\\@#SENDER#FAC\nPID#1##00482913***HOSP*MR##OKAFOR*AMARA##19840312#F';
    expect(found(custom)).toEqual(expect.arrayContaining(['00482913', '19840312']));
  });
});

describe('segments pasted indented or quoted (a fresh probe of 2026-12-03: the MRN and birth date were stored raw)', () => {
  it.each(['\t', '    ', '> ', '  > '])('%j before the segment', (lead) => {
    const text = `${lead}PID|1||00482913^^^HOSP^MR||OKAFOR^AMARA||19840312|F`;
    expect(stored(text)).not.toMatch(/00482913|19840312|OKAFOR/);
  });

  it('at most 8 blanks or quote marks before a segment (measured again, 2026-12-03)', () => {
    const found = (text: string) => {
      const out: Detection[] = [];
      detectHl7(text, out);
      return out.map((d) => text.slice(d.start, d.end));
    };
    const first = 'PID|1||00482913^^^HOSP^MR||OKAFOR^AMARA||19840312|F\n';
    expect(found(`${first}${' '.repeat(8)}PID|2||00999999^^^HOSP^MR`)).toContain('00999999');
    expect(found(`${first}${' '.repeat(9)}PID|2||00999999^^^HOSP^MR`)).not.toContain('00999999');
  });

  it('an indented MSH names the delimiters; an indented pipe log stays', () => {
    const message = '    MSH#*!\\@#SENDER#FAC\n    PID#1##00482913***HOSP*MR##OKAFOR*AMARA##19840312#F';
    const out: Detection[] = [];
    detectHl7(message, out);
    expect(out.map((d) => message.slice(d.start, d.end))).toEqual(expect.arrayContaining(['00482913', '19840312']));
    expect(stored('  PID|1|4821|nginx|www-data|running')).toBe('  PID|1|4821|nginx|www-data|running');
  });
});

describe('segments after a line number or a Unicode line break (a probe of 2026-12-03: stored raw)', () => {
  it.each(['1: ', '12. ', '3) ', '0004:\t', '> 1: ', '     2\t', '12 ', '12 | ', '[12] ', 'L12 ', '12345: '])('%j before the segment', (lead) => {
    const text = `${lead}PID|1||00482913^^^HOSP^MR||OKAFOR^AMARA||19840312|F`;
    expect(stored(text)).not.toMatch(/00482913|19840312|OKAFOR/);
  });
  it.each(['\u2028', '\u2029', '\u0085'])('segments split by U+%s', (lineBreak) => {
    const text = `MSH|^~\\&|LAB|HOSP|EHR|HOSP|202401011200||ADT^A01|1|P|2.5${lineBreak}PID|1||00482913^^^HOSP^MR||OKAFOR^AMARA||19840312|F`;
    expect(stored(text)).not.toMatch(/00482913|19840312|OKAFOR/);
  });
  it('a numbered pipe log, a line number of seven digits or an unclosed bracket stay', () => {
    for (const text of ['1: PID|USER|CMD', '1: PID|1|4821|nginx|www-data|running', '1 PID|1|4821|nginx|www-data|running', '1234567: PID|1||00482913^^^HOSP^MR||OKAFOR^AMARA||19840312|F', '[12 PID|1||00482913^^^HOSP^MR||OKAFOR^AMARA||19840312|F']) {
      const out: Detection[] = [];
      detectHl7(text, out);
      expect(out, text).toEqual([]);
    }
  });
});
