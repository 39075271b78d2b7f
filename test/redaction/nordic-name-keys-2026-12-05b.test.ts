// L16 of the ninth probe of 2026-12-05 (test/redaction/probe-2026-12-05b.cases.md): Norwegian,
// Danish and Finnish name columns and keys (`Etternavn`, `Efternavn`, `Etunimi`, `Sukunimi`, JSON
// `etternavn`) were no person's keys: the surname (Finnish: both names) was stored raw in payroll
// CSVs and JSON. They are now in key-names.ts (DEFAULT_PERSON_KEYS, the family and given members),
// which the table columns (tables.ts) read too.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '../../packages/core/src/index.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(8)]), sessionMemory: false });
function stored(value: unknown): string {
  const result = redactor.redact({ v: 1, id: 'x', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.call', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', arguments: { value } } } as never, { capture: {} });
  return JSON.stringify((result as { event: { tool: { arguments: { value: unknown } } } }).event.tool.arguments.value);
}

describe('L16: Norwegian, Danish and Finnish name columns and keys', () => {
  it.each([
    // The probe's inputs.
    ['Ansattnr;Fornavn;Etternavn\n7;Ingrid;Sæbø', ['Ingrid', 'Sæbø']],
    ['Ansattnr;Fornavn;Etternavn;Fødselsnummer\n7;Ingrid;Sæbø;01129955131', ['Ingrid', 'Sæbø']],
    ['Medarbejder;Fornavn;Efternavn;CPR-nr\n9;Mette;Kjærsgaard;070785-1234', ['Mette', 'Kjærsgaard']],
    ['Nro;Etunimi;Sukunimi;Henkilötunnus\n4;Aino;Kärkkäinen-Lepistö;131052-308T', ['Aino', 'Kärkkäinen-Lepistö']],
    // Held back: commas, another row, unlisted names.
    ['nro,etunimi,sukunimi\n4,Aino,Virtanen\n5,Eero,Mäkelä', ['Aino', 'Virtanen', 'Eero', 'Mäkelä']],
    ['id,fornavn,mellomnavn,etternavn\n1,Kari,Sofie,Nordmann', ['Kari', 'Nordmann']],
  ])('%s', (text, names) => {
    const out = stored(text);
    for (const name of names) expect(out).not.toContain(name);
  });

  it.each([
    [{ etternavn: 'Sæbø', fornavn: 'Ingrid' }, ['Sæbø', 'Ingrid']],
    [{ efternavn: 'Kjærsgaard', fornavn: 'Mette' }, ['Kjærsgaard', 'Mette']],
    [{ sukunimi: 'Kärkkäinen-Lepistö', etunimi: 'Aino' }, ['Kärkkäinen-Lepistö', 'Aino']],
    [{ etunimi: 'Qxaro' }, ['Qxaro']],
    [{ henkilo: { etunimet: 'Aino Maria', sukunimi: 'Virtanen' } }, ['Aino Maria', 'Virtanen']],
  ])('%j', (value, names) => {
    const out = stored(value);
    for (const name of names) expect(out).not.toContain(name);
  });

  it('a hostile input: a wide header and many rows', () => {
    const text = `Etunimi;Sukunimi\n${'Aino;Virtanen\n'.repeat(10_000)}`;
    expect(stored(text)).not.toContain('Virtanen');
  });
});
