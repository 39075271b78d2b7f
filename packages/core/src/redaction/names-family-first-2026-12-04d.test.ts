// J13 of the fourth README-only probe of 2026-12-04 (probe-2026-12-04d.cases.md): names written
// family name first where the text says so were stored raw when the lists hold neither word:
// quoted `"Last, First"` display names before an address, iCalendar `CN=`, a value after
// `(Last, First)`, family names with an initial in a list. The inputs are other names and
// spellings of the same kinds; look-alikes (rooms, teams, vitamins) must stay.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';

const persons = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));

describe('J13: a name written family name first in a context that says so', () => {
  it.each([
    ['Reply-To: "Kestravin, Ulmoth" <ulmoth@example.org>', ['Kestravin, Ulmoth']],
    ['Cc: "QUERALDO, ISVANE" <iq@example.org>', ['QUERALDO, ISVANE']],
    ['"Oskardy, Brellin T." <bo@example.org>', ['Oskardy, Brellin T.']],
    ['ORGANIZER;CN=Torvek Almstrad:mailto:ta@example.org', ['Torvek Almstrad']],
    ['ATTENDEE;CUTYPE=INDIVIDUAL;CN="Trevasco, Orlima";PARTSTAT=ACCEPTED:mailto:to@example.org', ['Trevasco, Orlima']],
    ['ATTENDEE;CN=Ildren Bravosk;ROLE=OPT-PARTICIPANT:mailto:ib@example.org', ['Ildren Bravosk']],
    ['Patient name (last, first): Queraldo, Isvane', ['Queraldo, Isvane']],
    ['Insured (Surname, Given names): Almstrad, Torvek', ['Almstrad, Torvek']],
    ['Present: Kestravin U., Oskardy B.', ['Kestravin U.', 'Oskardy B.']],
  ] as const)('%s', (text, expected) => {
    const found = persons(text);
    for (const name of expected) expect(found).toContain(name);
  });
});

describe('J13 look-alikes stay', () => {
  it.each([
    'ATTENDEE;CN=Conference Room:mailto:room@example.org',
    'ATTENDEE;CN=Sales Team:mailto:sales@example.org',
    'ATTENDEE;CN=Board Room 4:mailto:r4@example.org',
    'From: "Support, Billing" <billing@example.org>',
    'From: "Accounts, Payable" <ap@example.org>',
    'Take Vitamin D., Hepatitis B. vaccines',
    'Sort order (last, first): ascending',
  ])('%s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});
