// Issue 11, the twelfth probe (2026-12-05e), row L11 (test/redaction/probe-2026-12-05e.cases.md):
// a mailing block (a name line, a `number street` line, a `City, ST ZIP` line: letterheads, counsel
// blocks, ship-to) was read as a printed data frame (tables.ts spacedAt: the name's words a header,
// the house number a row's index, the street's words its cells), and the address the detectors found
// whole was cut to those cells (redactor.ts withinCells): the house number, the city, the state and
// the ZIP code were stored raw beside the street's words masked one by one.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '../../packages/core/src/index.js';
import { timeRatio } from './linear-time.js';
import { storedResults } from './masked-text.js';

const { stored, leaksIn, keptIn } = storedResults(createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(9)]), sessionMemory: false }));

describe('L11: a mailing block is masked whole, not cut to a data frame’s cells', () => {
  it('the probe rows: CourtListener contact_raw, a counsel block, a plain block', () => {
    expect(leaksIn('Tobiah Wrenfield\n4417 Birchwood Lane\nEvanston, IL 60201', ['Tobiah', 'Wrenfield', '4417', 'Birchwood', 'Evanston', '60201'])).toEqual([]);
    expect(leaksIn('Counsel for Plaintiff Leonora Castellanos\n4417 Birchwood Lane, Evanston, IL 60201', ['Castellanos', '4417', 'Birchwood', 'Evanston', '60201'])).toEqual([]);
    expect(leaksIn({ contact_raw: 'John Smith\n4417 Oakwood Drive\nEvanston, IL 60201' }, ['Smith', '4417', 'Oakwood', 'Evanston', '60201'])).toEqual([]);
  });
  it('more blocks of the kind: a letterhead, a ship-to, a return address, a two-line street', () => {
    expect(leaksIn('Orla Penhaligon\n88 Quarry Hill Road\nBurlington, VT 05401', ['Penhaligon', '88', 'Quarry', 'Burlington', '05401'])).toEqual([]);
    expect(leaksIn('Deliver to:\nMarisol Quintanilla\n2210 Peachtree Ridge Drive\nAtlanta, GA 30309', ['Quintanilla', '2210', 'Peachtree', 'Atlanta', '30309'])).toEqual([]);
    expect(leaksIn('From\nHyacinth Oduya\n915 Alder Crest Avenue Apt 4\nSeattle, WA 98103\n\nDear Sir,', ['Oduya', '915', 'Alder', 'Seattle', '98103'])).toEqual([]);
    // One pseudonym for the whole address, not one per word.
    const block = stored('Jane Roe\n12 Orchard Lane\nSkokie, IL 60076');
    expect(block.match(/\[ADDRESS:[^\]]+\]/g)).toHaveLength(1);
    expect(block).not.toMatch(/Skokie|60076|Orchard|\\n12 /);
  });
  it('kept: printed data frames are still read by their columns, the rest of the text around the block', () => {
    const frame = stored('last_name dob ssn\n0 Qxarsk 1971-05-06 523456789\n1 Vlintuk 1984-03-12 412673390');
    expect(frame).not.toMatch(/Qxarsk|Vlintuk|1971-05-06|523456789/);
    expect(frame).toContain('last_name dob ssn');
    expect(frame).toMatch(/\\n0 \[PERSON:[^\]]+\] \[DOB/);
    expect(keptIn('Jane Roe\n12 Orchard Lane\nSkokie, IL 60076\nPlease sign and return.', ['Please sign and return.'])).toEqual([]);
    const steps = 'Steps to follow\n1 Open the file\n2 Save it';
    expect(stored(steps)).toBe(JSON.stringify(steps));
  });
  it('linear: blocks and spaced tables repeated', () => {
    const make = (n: number) => 'Jane Roe\n12 Orchard Lane\nSkokie, IL 60076\n\nlast_name ssn\n0 Qxarsk 523456789\n'.repeat(Math.ceil(n / 80)).slice(0, n);
    expect(timeRatio(stored, make, 20_000, 40_000)).toBeLessThanOrEqual(3);
  });
});
