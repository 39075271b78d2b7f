// Dates of birth that the README-only leak probe of 2026-12-07 (F7, issue 11) found stored raw:
// a source or a participle between the label and the date in other languages than English
// (`Geburtsdatum laut Akte: 11.11.1966`, `Date de naissance indiquée : 19/02/1990`), the Polish
// abbreviation `ur.` (`Pacjent ur. 02.02.1952 r. w Krakowie`), a date split by a line break after a
// separator, as PDF text extraction leaves it (`DOB 02/11/\n1947`, `geb. 03.07.\n1948`), and a chat
// answer to a date-of-birth question with a two-digit year after an article or `del`
// (`le 12 mai 72`, `9 de octubre del 55`). Other spellings of each kind than the probe's.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor, detectSensitive, fileLedger, readEvents } from '@agent-audit/core';
import type { JsonValue } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';
import { kept, leaks } from './masked-text.js';

describe('F7: a source or a participle between the label and the date', () => {
  it.each([
    ['Geburtsdatum laut Akte: 11.11.1966', '11.11.1966'],
    ['Geburtsdatum lt. Versichertenkarte 04.03.1951', '04.03.1951'],
    ['Geburtsdatum gemäß Ausweis: 1.2.1960', '1.2.1960'],
    ['Geburtsdatum (angegeben): 12.12.1944', '12.12.1944'],
    ['geb. laut Pass 17.08.1939', '17.08.1939'],
    ['Date de naissance indiquée : 19/02/1990', '19/02/1990'],
    ['date de naissance déclarée: 03/04/1977', '03/04/1977'],
    ['née selon le dossier le 12/05/1949', '12/05/1949'],
    ["date de naissance d'après la carte vitale : 21/09/1958", '21/09/1958'],
    ['Fecha de nacimiento según DNI: 14/06/1972', '14/06/1972'],
    ['fecha de nacimiento indicada: 02-03-1981', '02-03-1981'],
    ['Data di nascita secondo la tessera sanitaria: 07/07/1947', '07/07/1947'],
    ['data di nascita dichiarata 30/01/1964', '30/01/1964'],
    ['Geboortedatum volgens paspoort: 05-11-1970', '05-11-1970'],
    ['geboortedatum opgegeven 22-02-1955', '22-02-1955'],
    ['data urodzenia według dowodu: 14.05.1944', '14.05.1944'],
    ['DOB stated: 04/15/1971', '04/15/1971'],
    ['date of birth as recorded: 1983-12-04', '1983-12-04'],
  ])('%s', (text, value) => {
    expect(leaks(text, [value])).toEqual([]);
  });
});

describe('F7: the Polish abbreviation ur.', () => {
  it.each([
    ['Pacjentka Anna Kowalska, PESEL: 44051401359, ur. 14.05.1944 r.', '14.05.1944'],
    ['Pacjent ur. 02.02.1952 r. w Krakowie', '02.02.1952'],
    ['Jan Nowak (ur. 3 marca 1961)', '3 marca 1961'],
    ['Ur. 1975-03-02, zam. Gdańsk', '1975-03-02'],
  ])('%s', (text, value) => {
    expect(leaks(text, [value])).toEqual([]);
  });
  it('other dates after words ending in "ur." stay', () => {
    expect(kept('Open for one hour. 12.03.2025 is the deadline; see tour. 01.04.2026 too.', ['12.03.2025', '01.04.2026'])).toEqual([]);
  });
});

describe('F7: a date split by a line break after its separator (PDF text)', () => {
  it.each([
    ['DOB 02/11/\n1947', '1947'],
    ['geb. 03.07.\n1948 in Ulm', '1948'],
    ['Date of birth: 14-\n03-1961', '03-1961'],
    ['Geburtsdatum: 11.11.\r\n1966', '1966'],
  ])('%j', (text, tail) => {
    const spans = detectSensitive(text).filter((d) => d.type === 'DOB');
    expect(spans.length).toBe(1);
    expect(text.slice(spans[0]!.start, spans[0]!.end).endsWith(tail)).toBe(true);
  });
  it('a line break does not join a date to a number on the next line', () => {
    expect(kept('Invoice 02/11/\n1947 units shipped', ['1947'])).toEqual([]);
  });
  it('any separator and line break (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1920, max: 2010 }), fc.constantFrom('/', '.', '-'), fc.constantFrom('\n', '\r\n'), fc.constantFrom('DOB', 'Date of birth:', 'Geburtsdatum', 'date de naissance :'), (day, month, year, sep, br, label) => {
        const text = `${label} ${String(day).padStart(2, '0')}${sep}${String(month).padStart(2, '0')}${sep}${br}${year}`;
        return leaks(text, [String(year)]).length === 0;
      }),
    );
  });
});

const work = mkdtempSync(join(tmpdir(), 'aa-dob-probe-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let ledgers = 0;
async function answered(question: string, answer: string): Promise<string> {
  const dir = join(work, `l${ledgers++}`);
  const auditor = createAuditor({ agent: { id: 'desk' }, sink: fileLedger({ dir, keyDir: `${dir}-keys`, fsync: false }), redactor: createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) }) });
  auditor.run({ session: 's-1' }, () => auditor.record({ type: 'model.request', content: { input: { messages: [{ role: 'assistant', content: question }, { role: 'user', content: answer }] } } }));
  await auditor.close();
  for await (const event of readEvents(dir, { stream: 'desk' })) return ((event.content?.input as { messages: Array<{ content: string }> }).messages[1] as { content: string }).content;
  throw new Error('no event');
}

describe('F7: a chat answer with an article before the date or a two-digit year after del', () => {
  it.each([
    ['Quelle est votre date de naissance ?', 'le 12 mai 72'],
    ['¿Cuál es su fecha de nacimiento?', '9 de octubre del 55'],
    ['¿Me dice su fecha de nacimiento, por favor?', 'el 3 de marzo de 1961'],
    ['Wann ist Ihr Geburtsdatum?', 'am 4. Juni 1949'],
    ['Wann ist Ihr Geburtsdatum?', '04.06.1949'],
    ['Wie lautet Ihr Geburtsdatum?', '4. Juni 1949'],
    ['What is your date of birth?', 'on the 12th of March 1984'],
    ['Qual è la sua data di nascita?', 'il 5 aprile 1950'],
  ])('%s → %s', async (question, answer) => {
    expect(await answered(question, answer)).toMatch(/^\[DOB:psn_[a-z0-9_]+\]$/);
  });
  it('an answer that is no date stays', async () => {
    expect(await answered('Quelle est votre date de naissance ?', 'le mois prochain')).toBe('le mois prochain');
  });
});

describe('linear time', () => {
  it('labels, links and split dates repeated', () => {
    const make = (n: number) => 'Geburtsdatum laut Akte: 11.11.\n1966, ur. 14.05.1944 r., selon le selon la ur. ur. '.repeat(Math.ceil(n / 80)).slice(0, n);
    expect(timeRatio(detectSensitive, make)).toBeLessThanOrEqual(3);
  });
});

// F6 of the same probe: a hospital's case or record number under the local label of its country
// (`NHC 7712093` in a Spanish discharge report, `Fallnummer`, `IPP`, `nr historii choroby`,
// `numer księgi głównej`, `cartella clinica n.`, `n. nosologico`) was stored raw, while
// `Nº historia clínica`, `Fall-Nr.`, `Aufnahmenummer` and `numéro IPP` were masked.
describe('F6: hospital case numbers under local labels', () => {
  it.each([
    ['Paciente Dña. Remedios Ibarguren, NHC: 884512, ingresa por disnea', '884512'],
    ['NHC 7712093', '7712093'],
    ['Fallnummer 40021877, Station 4B', '40021877'],
    ['Fallnr.: 40021878', '40021878'],
    ['IPP 70012345 - Service de cardiologie', '70012345'],
    ['nr historii choroby 12345/2026', '12345/2026'],
    ['Numer księgi głównej: 2026/00451', '2026/00451'],
    ['cartella clinica n. 2026/004512', '2026/004512'],
    ['n. nosologico 2026004512', '2026004512'],
    ['numero nosologico: 2026004513', '2026004513'],
  ])('%s', (text, value) => {
    expect(leaks(text, [value])).toEqual([]);
  });
  it('look-alikes stay', () => {
    expect(kept('IPP port 631 and ticket NHC-style 12; Fall 2026 semester, n. 5 items, HCN 12345', ['631', '2026', '12345'])).toEqual([]);
  });
});
