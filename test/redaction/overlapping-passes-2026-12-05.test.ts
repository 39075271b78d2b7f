// Issue 11, item 6 of the misc brief of 2026-12-05: the redactor reads one string in several
// passes (a table's columns, person names, session memory's recurrences, a member's decision),
// and when two of them mask overlapping spans the stored text was garbled once (a5544f0: a label
// lost). A property over texts built from tables (`Name | Phone` rows), MySQL's vertical output
// (`FirstName: X\nLast Name: Y`), labels and names: every label or column word that is no one's
// survives unchanged, every name is masked, and no piece of a word is left glued to a mask.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '../../packages/core/src/index.js';

const FIRST = ['Amara', 'Tevita', 'Maria', 'Priya', 'Darnell', 'Kwabena', 'Ingrid', 'Sofia', 'Hiroshi', 'Fatima', 'Qxaro', 'Mary Ann', 'Jean-Luc', 'AMARA', 'Florence', 'Austin'];
const LAST = ['Okafor', 'Havili', 'Garcia', 'Raghunathan', 'Whitcombe', 'Mensah-Boateng', 'Lindqvist', 'Moreau', 'Tanaka', 'Haddad', "O'Brien", 'Vlintuk', 'de la Cruz', 'OKAFOR', 'Garcia Lopez'];
const PHONES = ['+44 7700 900123', '(415) 555-0134', '+49 30 901820', '020 7946 0958'];
const STATUS = ['active', 'pending', 'closed', 'on hold'];

type Row = { first: string; last: string; phone: string; status: string };
const row: fc.Arbitrary<Row> = fc.record({ first: fc.constantFrom(...FIRST), last: fc.constantFrom(...LAST), phone: fc.constantFrom(...PHONES), status: fc.constantFrom(...STATUS) });

interface Built { text: string; labels: string[]; names: string[] }

/**
 * A pipe table whose header names its columns (Markdown's, with its rule: a `Name | Phone` header
 * with no rule is no table by design, a shell's pipeline as often; tables.ts), its labels the header's words.
 */
const pipeTable = fc.array(row, { minLength: 1, maxLength: 4 }).map((rows): Built => {
  const header = '| Name | Phone | Status |\n|---|---|---|';
  const lines = rows.map((r) => `| ${r.first} ${r.last} | ${r.phone} | ${r.status} |`);
  return { text: [header, lines.join('\n')].join('\n'), labels: ['Name', 'Phone', 'Status'], names: rows.flatMap((r) => [r.first, r.last]) };
});
/** A table with the name in two columns, given name or surname first, commas, tabs or semicolons between them. */
const splitNameTable = fc.tuple(fc.array(row, { minLength: 1, maxLength: 4 }), fc.constantFrom('\t', ',', ';'), fc.boolean()).map(([rows, sep, surnameFirst]): Built => {
  const header = (surnameFirst ? ['last_name', 'first_name', 'phone', 'status'] : ['First Name', 'Last Name', 'Phone', 'Status']).join(sep);
  const lines = rows.map((r) => (surnameFirst ? [r.last, r.first, r.phone, r.status] : [r.first, r.last, r.phone, r.status]).join(sep));
  return { text: [header, ...lines].join('\n'), labels: surnameFirst ? ['last_name', 'first_name', 'phone', 'status'] : ['First Name', 'Last Name', 'Phone', 'Status'], names: rows.flatMap((r) => [r.first, r.last]) };
});
/** MySQL's `\G` output: a row banner, then `Column: value` lines right-aligned on the colon. */
const verticalRows = fc.array(row, { minLength: 1, maxLength: 3 }).map((rows): Built => {
  const text = rows
    .map((r, i) => `*************************** ${i + 1}. row ***************************\nFirstName: ${r.first}\nLast Name: ${r.last}\n    Phone: ${r.phone}\n   Status: ${r.status}`)
    .join('\n');
  return { text, labels: ['FirstName:', 'Last Name:', 'Phone:', 'Status:', 'row'], names: rows.flatMap((r) => [r.first, r.last]) };
});
/** A labelled line: a person's label, the name, then another field. */
const labelled = fc.tuple(fc.constantFrom('Patient:', 'Customer:', 'Contact:', 'Name:', 'Caller:'), row).map(([label, r]): Built => ({
  text: `${label} ${r.first} ${r.last}, phone ${r.phone}, status ${r.status}`,
  labels: [label, 'phone', 'status'],
  names: [r.first, r.last],
}));
/** Names in a sentence, one glued to the next word by punctuation. */
const prose = fc.tuple(row, row).map(([a, b]): Built => ({
  text: `Ticket status: ${a.status}. Assigned to ${a.first} ${a.last}; escalated by ${b.first} ${b.last} (Support, Phone: ${b.phone}).`,
  labels: ['Ticket', 'status:', 'Assigned', 'escalated', 'Support,', 'Phone:'],
  names: [a.first, a.last, b.first, b.last],
}));
const part = fc.oneof(pipeTable, splitNameTable, verticalRows, labelled, prose);
const document = fc.array(part, { minLength: 1, maxLength: 4 }).map((parts): Built => ({
  text: parts.map((p) => p.text).join('\n\n'),
  labels: parts.flatMap((p) => p.labels),
  names: parts.flatMap((p) => p.names),
}));

const key = createKeyring([new Uint8Array(32).fill(7)]);
function storedText(redactor: ReturnType<typeof createRedactor>, note: string, seq: number): string {
  const result = redactor.redact({ v: 1, id: `e${seq}`, ts: '2026-01-01T00:00:00.000Z', stream: 's', seq, session: 'sess', type: 'tool.result', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', result: { output: note } } } as never, { capture: {} });
  if (typeof (result as { then?: unknown }).then === 'function') throw new Error('expected a synchronous redactor');
  return ((result as { event: { tool: { result: { output: string } } } }).event.tool.result.output);
}

/** The problems of one redaction, empty when none. */
function problems(built: Built, out: string): string[] {
  const found: string[] = [];
  const words = (s: string) => new RegExp(`(?<![\\p{L}\\p{N}])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
  // Each label survives, as many times as it was written.
  const count = (haystack: string, needle: string) => haystack.match(new RegExp(words(needle).source, 'gu'))?.length ?? 0;
  for (const label of new Set(built.labels)) if (count(out, label) < count(built.text, label)) found.push(`label lost: ${label}`);
  for (const name of new Set(built.names)) if (words(name).test(out)) found.push(`name raw: ${name}`);
  // A letter or digit glued to a mask's bracket: a piece of a word left beside it.
  const glued = /[\p{L}\p{N}]\[[A-Z_]+:psn_|\][\p{L}\p{N}]/u.exec(out);
  if (glued !== null) found.push(`piece beside a mask: ${out.slice(Math.max(0, glued.index - 12), glued.index + 24)}`);
  return found;
}

describe('overlapping passes keep labels and mask names (property)', () => {
  it('one event, no session memory', () => {
    const redactor = createRedactor({ pseudonymKey: key, sessionMemory: false });
    fc.assert(
      fc.property(document, (built) => {
        const out = storedText(redactor, built.text, 0);
        expect(problems(built, out), `${built.text}\n---\n${out}`).toEqual([]);
      }),
      { seed: 20261205, numRuns: 100 },
    );
  });
  it('two events of one session: the second read with the first one\'s memory', () => {
    fc.assert(
      fc.property(document, document, (first, second) => {
        const redactor = createRedactor({ pseudonymKey: key });
        storedText(redactor, first.text, 0);
        const out = storedText(redactor, second.text, 1);
        expect(problems(second, out), `${first.text}\n===\n${second.text}\n---\n${out}`).toEqual([]);
      }),
      { seed: 20261205, numRuns: 60 },
    );
  });
  it('two events of one session: names said in prose first, then a table of the same people and others', () => {
    const people = fc.array(row, { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(people, people, fc.constantFrom('\t', ',', ';'), fc.boolean(), (said, others, sep, surnameFirst) => {
        const redactor = createRedactor({ pseudonymKey: key });
        storedText(redactor, said.map((r) => `Patient: ${r.first} ${r.last}`).join('\n'), 0);
        const rows = [...said, ...others];
        const labels = surnameFirst ? ['last_name', 'first_name', 'phone', 'status'] : ['First Name', 'Last Name', 'Phone', 'Status'];
        const text = [labels.join(sep), ...rows.map((r) => (surnameFirst ? [r.last, r.first, r.phone, r.status] : [r.first, r.last, r.phone, r.status]).join(sep))].join('\n');
        const built: Built = { text, labels, names: rows.flatMap((r) => [r.first, r.last]) };
        const out = storedText(redactor, text, 1);
        expect(problems(built, out), `${text}\n---\n${out}`).toEqual([]);
        // Every row keeps its cells.
        for (const line of out.split('\n')) expect(line.split(sep).length, line).toBe(4);
      }),
      { seed: 20261205, numRuns: 100 },
    );
  });
  it('a remembered name across two cells is cut at the delimiter: the row keeps its cells and the rows after it their column masks', () => {
    const redactor = createRedactor({ pseudonymKey: key });
    storedText(redactor, 'Patient: Amara Okafor', 0);
    const csv = storedText(redactor, 'last_name,first_name,city\nOkafor,Amara,Leeds\nVlintuk,Qxaro,York\nHalversham,Dorric,Bath', 1);
    const tsv = storedText(redactor, 'first_name\tlast_name\tcity\nAmara\tOkafor\tLeeds\nQxaro\tVlintuk\tYork', 2);
    for (const out of [csv, tsv]) {
      for (const name of ['Okafor', 'Amara', 'Vlintuk', 'Qxaro']) expect(out, out).not.toContain(name);
      for (const line of out.split('\n').slice(1)) expect(line.split(/[,\t]/).length, line).toBe(3);
    }
    expect(csv).not.toMatch(/Halversham|Dorric/);
    expect(csv).toContain(',Leeds\n');
    // A hostile table of the remembered name in every row finishes, each row with its cells.
    const big = storedText(redactor, `last_name,first_name\n${'Okafor,Amara\n'.repeat(12_000)}`, 4);
    expect(big).not.toMatch(/Okafor|Amara/);
    // In prose the family-first spelling stays one span.
    expect(storedText(redactor, 'Seen: Okafor, Amara at the clinic', 3)).toMatch(/^Seen: \[PERSON:[^\]]+\] at the clinic$/);
  });
});
