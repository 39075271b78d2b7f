// P1, P4, P5, P7 and P8 of the fifth probe of 2026-12-04 (test/redaction/probe-2026-12-04e.cases.md):
// places after `St.`/`Ft.`/`Mt.`, the mortgage agencies and `Roth IRA`, eponymous procedures and
// `Morbus …`, holidays named after persons and brands named with an honorific were masked as
// persons. A person with such a name, or with a title, stays masked.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectBuiltin } from './detectors.js';

const persons = (text: string): string[] => detectBuiltin(text, new Set(['person'])).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));

describe('look-alikes kept', () => {
  it('places after St., Ste., Ft., Mt., Pt. (P1)', () => {
    expect(persons('Our branches in St. Louis, MO are closed')).toEqual([]);
    expect(persons('Branches: St. Louis, St. Paul, St. Cloud, Ft. Lauderdale, Mt. Pleasant')).toEqual([]);
    expect(persons('Mt. Vernon and Ft. Myers branches')).toEqual([]);
    expect(persons('{"title":"St. Louis Office"}')).toEqual([]);
    expect(persons('Ste. Marie and Pt. Reyes')).toEqual([]);
  });

  it('two-word places with a geographic noun, and a place after its prefix before a comma (P2)', () => {
    expect(persons('Offices in Denver and Palm Springs')).toEqual([]);
    expect(persons('Flights to Palm Springs, Santa Monica, Santa Clara, Grace Bay and Lake Tahoe')).toEqual([]);
    expect(persons('Coral Springs office')).toEqual([]);
    // `Jose, Maria` is no family name and given name: the persons after the place stay persons.
    expect(persons('San Jose, Maria and Tom')).toEqual(['Maria', 'Tom']);
  });

  it('the mortgage and student-loan agencies, and accounts named after a person (P4)', () => {
    expect(persons('We sell loans to Fannie Mae and Freddie Mac')).toEqual([]);
    expect(persons('Ginnie Mae and Sallie Mae')).toEqual([]);
    expect(persons('Your Roth IRA at Edward Jones')).toEqual([]);
    expect(persons('a Coverdell ESA for college')).toEqual([]);
  });

  it('eponymous procedures and signs, and Morbus before a disease (P5)', () => {
    expect(persons('Tommy John surgery in 2019')).toEqual([]);
    expect(persons('Nissen fundoplication was done')).toEqual([]);
    expect(persons('Whipple procedure scheduled')).toEqual([]);
    expect(persons('positive Murphy sign on exam')).toEqual([]);
    expect(persons('Verdacht auf Morbus Crohn, Morbus Bechterew')).toEqual([]);
  });

  it('holidays named after persons (P7)', () => {
    expect(persons('closed on Martin Luther King Day, Columbus Day and Presidents Day')).toEqual([]);
    expect(persons('Martin Luther King Jr. Day')).toEqual([]);
  });

  it('brands after their own honorific (P8)', () => {
    expect(persons('Dr. Pepper, Dr. Martens, Dr. Scholl, Mrs. Fields, Dr. Oetker, Mr. Coffee')).toEqual([]);
    expect(persons('Dr. Martens boots and Dr. Scholl insoles')).toEqual([]);
    expect(persons('Uncle Ben rice')).toEqual([]);
  });
});

describe('persons with those names stay masked', () => {
  it('a title, a given name, more words of a name, or a cue before the name', () => {
    expect(persons('Dr. Pepper Smith called')).toEqual(['Pepper Smith']);
    expect(persons('Dear Fannie Mae Johnson,')).toEqual(['Fannie Mae Johnson']);
    expect(persons('Tommy John called about his knee')).toEqual(['Tommy John']);
    expect(persons('Doris Day called')).toEqual(['Doris Day']);
    expect(persons('Maria Springs called')).toEqual(['Maria Springs']);
    expect(persons('Dear Anna Falls,')).toEqual(['Anna Falls']);
    expect(persons('Okafor, Amara called')).toContain('Okafor, Amara');
    expect(persons('Patient Louis Martin seen today')).toEqual(['Louis Martin']);
    expect(persons('Mrs. Fields Okafor signed')).toEqual(['Fields Okafor']);
  });

  it('property: a listed full name followed by a plain verb is masked whatever look-alike word is near', () => {
    fc.assert(
      fc.property(fc.constantFrom('Amara Okafor', 'Wiremu Tapsell', 'Maria Garcia', 'John Smith'), fc.constantFrom('called', 'signed the form', 'was admitted'), (name, verb) => {
        expect(persons(`${name} ${verb} on Columbus Day`)).toContain(name);
      }),
      { numRuns: 24 },
    );
  });
});
