// P9 of the fifth README-only probe of 2026-12-04 (test/redaction/probe-2026-12-04e.cases.md): a
// form template's hints under personal keys were stored as pseudonyms (`{dob:'YYYY-MM-DD',
// ssn:'XXX-XX-XXXX', lastName:'<last name>'}`, `{dob:'MM/DD/YYYY', lastName:'LAST_NAME'}`), so the
// template lost its format hints and joined every other template; and a CSV header's cells were
// read as persons (`Doğum Tarihi` -> `[PERSON]`, `Data de Nascimento` -> `Data [PERSON]`). Fixes:
// key-names.ts isFormatPlaceholder (a keyed value's hint is no value) and redactor.ts
// headerCellPersons (a header cell that names a personal column is no person).
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonValue, UnsealedEvent } from '../spec/event.js';
import { createRedactor } from './redactor.js';
import { createKeyring } from './keys.js';
import { isFormatPlaceholder } from './key-names.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([randomBytes(32)]), sessionMemory: false });

async function redacted(args: JsonValue): Promise<string> {
  const event: UnsealedEvent = {
    v: 1, id: '01JABCDEFGHJKMNPQRSTVWXYZ0', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.call',
    trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) }, agent: { id: 'bot' }, source: 'test', outcome: 'success',
    tool: { name: 'forms.create', arguments: args },
  };
  return JSON.stringify((await redactor.redact(event, { capture: {} } as never)).event.tool?.arguments);
}

describe('P9: a template\'s hints under personal keys stay', () => {
  it.each<Record<string, string>>([
    { dob: 'YYYY-MM-DD', ssn: 'XXX-XX-XXXX', lastName: '<last name>' },
    { dob: 'MM/DD/YYYY', lastName: 'LAST_NAME' },
    { geburtsdatum: 'TT.MM.JJJJ', date_naissance: 'JJ/MM/AAAA', data_nascita: 'GG/MM/AAAA', fecha_nacimiento: 'DD/MM/AAAA' },
    { first_name: '{{firstName}}', phone: '${PHONE}', ssn: '###-##-####', email: '%EMAIL%' },
    { surname: '[surname]', dob: 'YYYYMMDD', full_name: '<your name>', card_expiry: 'MM/YY' },
  ])('%j', async (args) => {
    const out = await redacted(args);
    for (const value of Object.values(args)) expect(out).toContain(JSON.stringify(value).slice(1, -1));
  });

  it('any date format of year, month and day letters is a hint (property)', () => {
    const year = fc.constantFrom('YYYY', 'yyyy', 'YY', 'AAAA', 'JJJJ');
    const month = fc.constantFrom('MM', 'mm', 'M');
    const day = fc.constantFrom('DD', 'dd', 'D', 'TT', 'GG');
    fc.assert(
      fc.property(year, month, day, fc.constantFrom('-', '/', '.', ' '), fc.integer({ min: 0, max: 2 }), (y, m, d, sep, order) => {
        // JJJJ (a French day written twice) stands for a German year; a day's and a year's letters never meet in one format.
        if (y[0]?.toLowerCase() === d[0]?.toLowerCase()) return;
        const parts = order === 0 ? [y, m, d] : order === 1 ? [d, m, y] : [m, d, y];
        expect(isFormatPlaceholder(parts.join(sep)), parts.join(sep)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('P9: values that look close stay masked', () => {
  it.each<[Record<string, string>, string[]]>([
    [{ lastName: 'Smith-Jones', ssn: '***-**-1234', dob: '12.03.1984' }, ['Smith-Jones', '***-**-1234', '12.03.1984']],
    [{ lastName: 'XU', first_name: 'Ann', surname: '<Vlintuk>' }, ['"XU"', '"Ann"', 'Vlintuk']],
    [{ dob: 'MM-MM-MM', ssn: '536-22-8514' }, ['MM-MM-MM', '536-22-8514']],
  ])('%j', async (args, raw) => {
    const out = await redacted(args);
    for (const value of raw) expect(out).not.toContain(value);
  });
});

describe('P9: a CSV header\'s cells that name personal columns are no persons', () => {
  it.each([
    ['Soyadı,Adı,Doğum Tarihi\nVlintuk,Qxaro,12.03.1984', 'Soyadı,Adı,Doğum Tarihi\n'],
    ['Nome,Sobrenome,Data de Nascimento\nQxaro,Vlintuk,12/03/1984', 'Nome,Sobrenome,Data de Nascimento\n'],
    ['Patient Name,Date of Birth\nQxaro Vlintuk,1984-03-12', 'Patient Name,Date of Birth\n'],
  ])('%s', async (text, header) => {
    const out = JSON.parse(await redacted({ csv: text })) as { csv: string };
    expect(out.csv.startsWith(header)).toBe(true);
    expect(out.csv).not.toContain('Vlintuk');
  });

  it('a surname where a header cell would be keeps its reading', async () => {
    const out = JSON.parse(await redacted({ csv: 'Okafor,dob\nWenlix Dorvane,1979-11-02\n' })) as { csv: string };
    expect(out.csv).not.toContain('Okafor');
    expect(out.csv).not.toContain('Dorvane');
  });
});
