// Mutation tests for org-roles.ts orgRoleListBefore (issue 13; docs/TESTING.md, the row of org-roles.ts of
// 2026-12-06): whether a run is an item of a list after an organisation's or a product's role label in its
// clause (O1 of probe-2026-12-05j). Each case was written from a mutant that survived the first Stryker run
// (reports/stryker-org-roles-2026-12-06.json) and seen to fail with that mutant applied by hand. Direct
// calls: the suites through the redactor reach the function only for runs no listed given name leads.
import { describe, expect, it } from 'vitest';
import { orgRoleListBefore } from './org-roles.js';

/** orgRoleListBefore for the last occurrence of `run` in `text`. */
const listed = (text: string, run: string): boolean => orgRoleListBefore(text, text.lastIndexOf(run));

describe('orgRoleListBefore: the clause', () => {
  it('starts after a line break, `|` or `(`, and not before them', () => {
    expect(listed('Customer account 7\nTariffs: Agile Octopus', 'Agile')).toBe(true);
    expect(listed('Plan 2 | Tariff: Octopus Go', 'Octopus Go')).toBe(true);
    expect(listed('Home (tariff: Octopus Go)', 'Octopus Go')).toBe(true);
    expect(listed('Customer account 7 Tariffs: Agile Octopus', 'Agile')).toBe(false);
  });

  it('starts after a sentence’s `.`, `!` or `?` and a blank or a tab; a dot glued to the label ends none', () => {
    expect(listed('Switched! Tariff: Octopus Go', 'Octopus Go')).toBe(true);
    expect(listed('Which one? Tariff: Octopus Go', 'Octopus Go')).toBe(true);
    expect(listed('Switched.\tTariff: Octopus Go', 'Octopus Go')).toBe(true);
    expect(listed('Plan b. Tariff: Octopus Go', 'Octopus Go')).toBe(true);
    expect(listed('Plan AB. Tariff: Octopus Go', 'Octopus Go')).toBe(true);
    expect(listed('Plan.Tariff: Octopus Go', 'Octopus Go')).toBe(false);
  });

  it('reads an initial’s dot (a capital alone before it) as no sentence’s end', () => {
    expect(listed('Brand: C.H. Robinson, Agile Octopus', 'Agile')).toBe(true);
    expect(listed('Brand: C. Robinson, Agile Octopus', 'Agile')).toBe(true);
    expect(listed('Plan B! Tariff: Octopus Go', 'Octopus Go')).toBe(true);
    // At the text's second character, with nothing before the capital.
    expect(listed('B. Tariff: Octopus Go', 'Octopus Go')).toBe(false);
    expect(listed('AB. Tariff: Octopus Go', 'Octopus Go')).toBe(true);
  });

  it('reads back at most 160 characters, the 160th included, and finds no label past them', () => {
    const body = `Tariffs: ${'E'.repeat(148)}, `;
    expect(body.length).toBe(159);
    // The line break is the 160th character before the run.
    expect(listed(`${'x'.repeat(10)}\n${body}Agile Octopus`, 'Agile')).toBe(true);
    expect(listed(`${'x'.repeat(10)} ${body}Agile Octopus`, 'Agile')).toBe(false);
    expect(listed(`${'x'.repeat(200)}Agile Octopus`, 'Agile')).toBe(false);
  });

  it('reads only before the run', () => {
    expect(listed('Tariffs: A; B', 'A')).toBe(true);
  });
});

describe('orgRoleListBefore: the label and the items before the run', () => {
  it('needs a role label at the clause’s start', () => {
    expect(listed('Hello Maria Garcia', 'Maria')).toBe(false);
    expect(listed('We met Agile Octopus', 'Agile')).toBe(false);
  });

  it('takes the run right after the label, or after items ending in a separator', () => {
    expect(listed('Tariffs: Agile Octopus', 'Agile')).toBe(true);
    expect(listed('Tariff: Octopus Go Maria Garcia', 'Maria')).toBe(false);
    expect(listed('Tariffs: Economy 7, Agile Octopus', 'Agile')).toBe(true);
  });

  it('takes items of one to five words, each with a capital or a digit; articles are no words', () => {
    expect(listed('Meter read, Maria Garcia', 'Maria')).toBe(false);
    expect(listed('Tariffs: Octopus go, Agile Octopus', 'Agile')).toBe(false);
    expect(listed('Tariffs: Q R S T U, Agile Octopus', 'Agile')).toBe(true);
    expect(listed('Tariffs: Q R S T U V, Agile Octopus', 'Agile')).toBe(false);
    expect(listed('Meters: an Itron Cyble, Sensus iPERL', 'Sensus')).toBe(true);
    expect(listed('Tariffs: the, Agile Octopus', 'Agile')).toBe(false);
  });

  it('reads an item’s words apart by any run of blanks, and around its blanks', () => {
    expect(listed('Tariffs: Economy  7, Agile Octopus', 'Agile')).toBe(true);
    expect(listed('Tariffs: Octopus Go , Agile Octopus', 'Agile')).toBe(true);
  });
});

// Written from the survivors of the run with AGENT_AUDIT_MUTATE_COVERAGE=all at c6ff981 (the module-level
// patterns; reports/stryker-org-roles-static-2026-12-06.json), each mutant applied by hand and seen to fail.
describe('orgRoleListBefore: the patterns', () => {
  it('reads items joined by a conjunction of any case, and splits an item at one', () => {
    expect(listed('Tariffs: Octopus Go and Agile Octopus', 'Agile')).toBe(true);
    expect(listed('Tarife: Lekker Strom und Agile Octopus', 'Agile')).toBe(true);
    expect(listed('Meters: Sensus iPERL And Itron Cyble', 'Itron')).toBe(true);
    // Two items of three words, not one of seven.
    expect(listed('Tariffs: Q R S And T U V, Agile Octopus', 'Agile')).toBe(true);
  });

  it('reads the labels of the colon roles’ second and third lines (`Manufacturer:`, `Fabricant:`)', () => {
    expect(listed('Manufacturer: Landis Gyr', 'Landis')).toBe(true);
    expect(listed('Fabricant: Landis Gyr', 'Landis')).toBe(true);
  });

  it('counts a sponsor’s label only in a trial’s text: `trial`, `investigator` or a registry number `NCT` and eight digits', () => {
    expect(listed('Trial ABC-101. Sponsor: Novo Nordisk', 'Novo')).toBe(true);
    expect(listed('Lead investigator meeting. Sponsor: Novo Nordisk', 'Novo')).toBe(true);
    expect(listed('NCT04512345. Sponsor: Novo Nordisk', 'Novo')).toBe(true);
    expect(listed('Visa application. Sponsor: Novo Nordisk', 'Novo')).toBe(false);
    expect(listed('NCT0451234. Sponsor: Novo Nordisk', 'Novo')).toBe(false);
  });

  it('takes an item’s word with its capital anywhere (`iPERL`), and an article of any case as no word', () => {
    expect(listed('Meters: Sensus iPERL, Itron Cyble', 'Itron')).toBe(true);
    expect(listed('Tariffs: The Q R S T U, Agile Octopus', 'Agile')).toBe(true);
  });
});
