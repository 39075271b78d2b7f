// Issue 13: dotted-names.ts (new on 2026-12-06, `Given.Surname` joined by a dot or an underscore), written from
// the Stryker run of 2026-12-06e (docs/TESTING.md, its row), whose only tests went through detectSensitive
// (dotted-names-2026-12-06c.test.ts: whether the words were masked, with every other name rule beside it).
// detectDottedNames called directly, every span with its offset: the case shapes of each half, the listed
// and folded surnames, the service's parts and the voice, the title's joiner, the widening of a PERSON
// span found before (its type, its two joiners, the word's strength, the look-back's bound) and a
// double-barrelled surname after the joiner (a bug the run found: `maria_garcia-lopez` was stored raw).
import { describe, expect, it } from 'vitest';
import { detectDottedNames } from '../../packages/core/src/redaction/dotted-names.js';
import type { Detection } from '../../packages/core/src/redaction/types.js';
import { detectSensitive } from '@agent-audit/core';

type Prior = [start: number, end: number, type?: Detection['type']];

/** The spans detectDottedNames pushes, `value@start`, in order; `prior` spans are in `out` before it (from `personsFrom`). */
const spans = (text: string, prior: Prior[] = [], personsFrom = 0): string[] => {
  const out: Detection[] = prior.map(([start, end, type]) => ({ start, end, type: type ?? 'PERSON', class: 'pii.person', normalized: text.slice(start, end).toLowerCase() }));
  detectDottedNames(text, out, personsFrom);
  const added = out.slice(prior.length);
  for (const d of added) expect([d.type, d.class, d.normalized]).toEqual(['PERSON', 'pii.person', text.slice(d.start, d.end).toLowerCase()]);
  return added.map((d) => `${text.slice(d.start, d.end)}@${d.start}`);
};

describe('a given name and a surname joined by a dot or an underscore', () => {
  it('both capitalized or both in lower case, at their offset', () => {
    expect(spans('Jan.Kowalski')).toEqual(['Jan.Kowalski@0']);
    expect(spans('id Jan.Kowalski x')).toEqual(['Jan.Kowalski@3']);
    expect(spans('maria_garcia')).toEqual(['maria_garcia@0']);
    expect(spans('ping jan.kowalski and anna.nowak')).toEqual(['jan.kowalski@5', 'anna.nowak@22']);
  });

  it('mixed case halves are no name; both halves in capitals are (as directories write them, 2026-12-06e)', () => {
    for (const text of ['Jan.kowalski', 'jan.Kowalski', 'JAn.Kowalski', 'jan.kowalskI', 'Jan.KOWALSKI', 'JAN.kowalski', 'JaN.Kowalski', 'Jan.KowaLski']) expect(spans(text)).toEqual([]);
    expect(spans('JAN.KOWALSKI')).toEqual(['JAN.KOWALSKI@0']);
  });

  it('a surname listed with its accents or only folded', () => {
    expect(spans('Jan.Wiśniewski')).toEqual(['Jan.Wiśniewski@0']);
    expect(spans('jan.wiśniewski')).toEqual(['jan.wiśniewski@0']);
    expect(spans('Jan.Wisniewski')).toEqual(['Jan.Wisniewski@0']);
  });

  it('an unlisted given name only capitalized and before a listed surname that is no common word', () => {
    expect(spans('Siosaia.Fifita')).toEqual(['Siosaia.Fifita@0']);
    expect(spans('siosaia.fifita')).toEqual([]);
    expect(spans('Siosaia.Smith')).toEqual([]);
    expect(spans('Tadeusz.Qxvzk')).toEqual([]);
  });

  it('in lower case a surname that is a common word too needs a listed half', () => {
    expect(spans('Grace.Hill')).toEqual(['Grace.Hill@0']);
    expect(spans('grace.hill')).toEqual([]);
    expect(spans('grace.kowalski')).toEqual(['grace.kowalski@0']);
    expect(spans('jan.hill')).toEqual(['jan.hill@0']);
    expect(spans('John.Smith')).toEqual(['John.Smith@0']);
  });

  it('a service\'s part, a voice, a firm and an unlisted pair are no name', () => {
    for (const text of ['Max.Kowalski', 'Jan.Max', 'Jan.Floor', 'svc.backup', 'Jan.svc', 'Polly.Joanna', 'Polly.Kowalski', 'Chase.Bank', 'Mark.Down', 'Qxvz.Wlopq']) expect(spans(text)).toEqual([]);
  });
});

describe('a double-barrelled surname after the joiner (a bug the run found)', () => {
  it('each part in the case of the given name, one part listed', () => {
    expect(spans('handover from maria_garcia-lopez at 9')).toEqual(['maria_garcia-lopez@14']);
    expect(spans('escalated by Marisol_Quintanilla-Reyes')).toEqual(['Marisol_Quintanilla-Reyes@13']);
    expect(spans('ping jan.kowalska-nowak')).toEqual(['jan.kowalska-nowak@5']);
    expect(spans('ping grace.garcia-lopez')).toEqual(['grace.garcia-lopez@5']);
    expect(spans('cc Jan.Okafor-Brooks')).toEqual(['Jan.Okafor-Brooks@3']);
    expect(spans('seen by Prof.Okafor-Brooks')).toEqual(['Okafor-Brooks@13']);
  });

  it('look-alikes: a part in another case, no listed part, a service\'s part', () => {
    for (const text of ['maria_Garcia-lopez', 'Maria_Garcia-lopez', 'maria_garcia-Lopez', 'Jan.Qxvz-Wlop', 'jan.qxvz-wlop', 'svc.garcia-lopez', 'Dr.Qxvz-Wlop', 'self.read-only', 'Dr.garcia-lopez', 'grace.hill-top', 'kwame.mensah-bonsu']) expect(spans(text)).toEqual([]);
  });
});

describe('a title glued to a surname by its dot', () => {
  it('the surname alone, after the title\'s dot', () => {
    expect(spans('seen by Dr.Smith today')).toEqual(['Smith@11']);
    expect(spans('Mrs.Nowak')).toEqual(['Nowak@4']);
    expect(spans('Miss.Nowak')).toEqual(['Nowak@5']);
    expect(spans('Mx.Nowak')).toEqual(['Nowak@3']);
    expect(spans('Dr.Floor')).toEqual(['Floor@3']);
  });

  it('no title, an underscore, a lower-case or unlisted word', () => {
    for (const text of ['Dr_Smith', 'Mr.Robot', 'St.Louis', 'Dr.smith', 'Dr.Qxvz', 'dr.Smith']) expect(spans(text)).toEqual([]);
  });
});

describe('a PERSON span found before takes a name word glued to it', () => {
  it('a listed surname after it, by a dot or an underscore', () => {
    expect(spans('Anna Nowak.Okonkwo called', [[0, 10]])).toEqual(['Anna Nowak.Okonkwo@0', 'Nowak.Okonkwo@5']);
    expect(spans('Anna Nowak_Okonkwo called', [[0, 10]])).toEqual(['Anna Nowak_Okonkwo@0', 'Nowak_Okonkwo@5']);
  });

  it('a surname that is a common word only after a given name', () => {
    expect(spans('Anna Jan.Smith', [[0, 8]])).toEqual(['Anna Jan.Smith@0', 'Jan.Smith@5']);
    expect(spans('Anna Nowak.Smith', [[0, 10]])).toEqual([]);
    expect(spans('call Math.Floor', [[5, 9]])).toEqual([]);
  });

  it('a double-barrelled surname after it', () => {
    expect(spans('Anna Nowak.Okafor-Brooks', [[0, 10]])).toEqual(['Anna Nowak.Okafor-Brooks@0']);
    expect(spans('Anna Nowak.Qxvz-Okafor', [[0, 10]])).toEqual(['Anna Nowak.Qxvz-Okafor@0']);
    expect(spans('Anna Nowak.Qxvz-Brooks', [[0, 10]])).toEqual([]);
    expect(spans('Anna Nowak.Qxvz-Wlopq', [[0, 10]])).toEqual([]);
  });

  it('a given name before it', () => {
    expect(spans('to Jan.Kowalski', [[7, 15]])).toEqual(['Jan.Kowalski@3', 'Jan.Kowalski@3']);
    expect(spans('to Jan_Qxvzk', [[7, 12]])).toEqual(['Jan_Qxvzk@3']);
    expect(spans('to Qxv.Qxvzk', [[7, 12]])).toEqual([]);
    expect(spans('to jan.Qxvzk', [[7, 12]])).toEqual([]);
  });

  it('no joiner, another joiner, a further joiner or a mailbox: nothing taken', () => {
    for (const [text, prior] of [
      ['Anna Nowak Okonkwo', [0, 10]],
      ['Anna Nowak-Okonkwo', [0, 10]],
      ['Anna Nowak.Okonkwo.com', [0, 10]],
      ['Anna Nowak.Okonkwo@x', [0, 10]],
      ['Anna Nowak.okonkwo', [0, 10]],
      ['to Jan-Qxvzk', [7, 12]],
      ['to Jan Qxvzk', [7, 12]],
      ['to x.Jan.Qxvzk', [9, 14]],
      ['to a1Jan.Qxvzk', [9, 14]],
    ] as const) expect(spans(text, [prior as unknown as Prior]), text).toEqual([]);
  });

  it('only PERSON spans, and only those from personsFrom', () => {
    expect(spans('Anna Jan.Qxvz Nowak.Okonkwo', [[0, 8, 'EMAIL']])).toEqual(['Nowak.Okonkwo@14']);
    expect(spans('Anna Jan.Smith to Jan_Qxvzk', [[0, 8], [22, 27]], 1)).toEqual(['Jan_Qxvzk@18', 'Jan.Smith@5']);
    expect(spans('Anna Jan.Smith to Jan_Qxvzk', [[0, 8], [22, 27]], 0)).toEqual(['Anna Jan.Smith@0', 'Jan_Qxvzk@18', 'Jan.Smith@5']);
  });

  it('the after run\'s survivors (2026-12-06e): the word right after the joiner, its parts, what may follow it', () => {
    expect(spans('Anna Nowak.x Okonkwo', [[0, 10]])).toEqual([]);
    expect(spans('Anna Nowak.Okafor-Qxvz called', [[0, 10]])).toEqual(['Anna Nowak.Okafor-Qxvz@0']);
    expect(spans('Anna Nowak.Okonkwo. Then', [[0, 10]])).toEqual(['Anna Nowak.Okonkwo@0', 'Nowak.Okonkwo@5']);
  });

  it('the after run\'s survivors: a given name of more than three letters before, a long text, a span of another type, a span ending in a digit or inside a word', () => {
    expect(spans('to Anna.Qxvzk', [[8, 13]])).toEqual(['Anna.Qxvzk@3']);
    expect(spans('to Jan.Qxvzk and a long tail of words after it, past the window', [[7, 12]])).toEqual(['Jan.Qxvzk@3']);
    expect(spans('Anna Jan.Smith', [[0, 8, 'EMAIL']])).toEqual(['Jan.Smith@5']);
    expect(spans('Anna Nowak2.Okonkwo', [[0, 11]])).toEqual(['Anna Nowak2.Okonkwo@0']);
    expect(spans('MaryJan.Smith', [[4, 7]])).toEqual(['Jan.Smith@4']);
  });

  it('the word before the joiner is read from the span\'s last 32 characters', () => {
    const long = `${'Wlopqrstuvwxyzabcdefghijklmnopq'} Jan`;
    expect(spans(`${long}.Smith`, [[0, long.length]])).toEqual([`${long}.Smith@0`, `Jan.Smith@${long.length - 3}`]);
  });

  it('a given name up to 32 letters before the joiner', () => {
    expect(spans('to Jan.Qxvzk', [[7, 12]])).toEqual(['Jan.Qxvzk@3']);
    expect(spans('Jan.Qxvzk', [[4, 9]])).toEqual(['Jan.Qxvzk@0']);
  });
});

describe('through detectSensitive: no half of a double-barrelled name stays', () => {
  it('the whole pair is one PERSON', () => {
    for (const [text, value] of [
      ['handover from maria_garcia-lopez at 9', 'maria_garcia-lopez'],
      ['escalated by Marisol_Quintanilla-Reyes', 'Marisol_Quintanilla-Reyes'],
      ['ping jan.kowalska-nowak', 'jan.kowalska-nowak'],
    ] as const) {
      expect(detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end)), text).toEqual([value]);
    }
  });
});
