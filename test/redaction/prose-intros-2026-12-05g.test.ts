// Names in English prose with a weak cue that the fourteenth README-only probe (2026-12-05g, issue
// 11) found stored raw:
// L9 `Met <Given> <Hyphenated-Surname> and her husband` (donor notes), a lone given name after
//    `Hi, this is` and before the tenant's unit, a lower-case full name after `irl im` in game chat.
// The row's inputs, others made up here, and the look-alikes that stay.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor, detectSensitive } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';
import { check, storedResults } from './masked-text.js';

describe('L9: weak cues in English prose', () => {
  it('the probe rows', () => {
    check([
      ['Donor note 11/14: Met Chidinma Eze-Oyelaran and her husband Thaddeus at the gala.', ['Chidinma', 'Eze-Oyelaran', 'Thaddeus'], ['Donor note 11/14: Met ', ' and her husband ', ' at the gala.']],
      ['Met Torvald Haugen-Sørby and her husband at the gala.', ['Torvald', 'Haugen-Sørby'], ['Met ', ' and her husband at the gala.']],
      ['Hi, this is Chidinma in unit 3B at 2718 Juniper Hollow Road', ['Chidinma'], ['Hi, this is ', ' in unit 3B']],
      ['[Guild] NightOwl77: irl im chidinma eze-oyelaran btw', ['chidinma', 'eze-oyelaran'], ['[Guild] NightOwl77: irl im ', ' btw']],
    ]);
  });

  it('a given name named alone later in the same note is masked by the session', () => {
    const { leaksIn } = storedResults(() => createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) }));
    expect(leaksIn('Donor note: Met Chidinma Eze-Oyelaran and her husband Thaddeus at the gala. Chidinma pledged $500.', ['Eze-Oyelaran'])).toEqual([]);
  });

  it.each([
    ['his wife', 'Met Obiageli Nwachukwu-Reyes and his wife at the dinner', ['Obiageli', 'Nwachukwu-Reyes'], ['Met ', ' and his wife']],
    ['her children', 'Spoke with Ngozi Adeyemi-Clarke and her children after the service', ['Ngozi', 'Adeyemi-Clarke'], [' and her children']],
    ['a tenant from a unit', 'Hello, this is Torvald from 3B, the heater is broken', ['Torvald'], ['Hello, this is ', ' from 3B']],
    ['a tenant in an apartment', 'Hi this is Xiomara in apt 12, the sink leaks', ['Xiomara'], [' in apt 12']],
    ['irl i am', 'lol irl i am wilhelmina quarrington', ['wilhelmina', 'quarrington'], ['irl i am ']],
    ['irl my name is', 'gg. irl my name is dorric halversham', ['dorric', 'halversham'], ['irl my name is ']],
  ])('%s', (_kind, text, values, neighbours) => {
    check([[text, values, neighbours]]);
  });

  it('keeps the look-alikes', () => {
    check([
      ['Hi, this is Support, how can we help?', [], ['Support']],
      ['Hi, this is Maintenance from unit 4', [], ['Maintenance']],
      ['Met Acme Corp and their CFO at the summit', [], ['Acme Corp']],
      ['irl im bored lol', [], ['bored']],
      ['irl im from ohio', [], ['from ohio']],
      ['Met the board and her husband later', [], ['the board']],
    ]);
  });

  it('runs in linear time', () => {
    const unit = 'Met Chidinma Eze-Oyelaran and her husband. Hi, this is Torvald from 3B. irl im chidinma eze btw. ';
    const make = (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    expect(timeRatio((text) => detectSensitive(text), make)).toBeLessThanOrEqual(3);
  });
});
