import { describe, expect, it } from 'vitest';
import { detectSensitive } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';

// Issue 11, the tenth README-only probe of 2026-12-05 (probe-2026-12-05c.cases.md), rows L5, L10,
// L11, L12 and O5: each row's inputs, held-back inputs of the same kind made up here, and
// look-alikes of the kind that stay readable.
// L5: a given name after a kinship noun of Spanish, Portuguese, Italian, French or Dutch with its
//     possessive or article (`su hija Ximena`, `o neto Tiago`, `haar zoon Daan`) was stored raw.
// O5: French `son` (his/her) before a kinship noun was read as the surname `Son` (`son fils`).
// L10: spoken numbers with a filler (`uh`, `um`) or a spoken `dash` between their groups, and an
//      id spoken after its letter (`w two three …`, `w as in william two three …`), were stored raw.
// L11: a date of birth in words after its cue (`march twelfth nineteen seventy five`, `the fourth
//      of july nineteen fifty`, `oh three twelve eighty four`) was stored raw.
// L12: a name spelled with hyphens after a name cue (`last name is S-M-I-T-H`), with `as in` words
//      (`b as in bravo a k e r`), or in lower case after the lower-case name it spells was stored raw.

const spans = (text: string) => detectSensitive(text).map((d) => ({ type: d.type, start: d.start, end: d.end }));
const persons = (text: string) => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));
/** Whether every letter and digit of `piece` (its first occurrence in `text`) lies inside a detection. */
const masked = (text: string, piece: string): boolean => {
  const at = text.indexOf(piece);
  if (at === -1) throw new Error(`${piece} not in ${text}`);
  const found = spans(text);
  for (let k = at; k < at + piece.length; k++) {
    if (!/[\p{L}\p{N}]/u.test(text[k] as string)) continue;
    if (!found.some((d) => d.start <= k && k < d.end)) return false;
  }
  return true;
};
/** Whether no detection touches `piece` (its first occurrence). */
const kept = (text: string, piece: string): boolean => {
  const at = text.indexOf(piece);
  if (at === -1) throw new Error(`${piece} not in ${text}`);
  return !spans(text).some((d) => d.start < at + piece.length && d.end > at);
};

describe('L5: a given name after a Romance or Dutch kinship noun and its possessive or article', () => {
  it.each([
    ['la usuaria vive con su hija Ximena y su nieto Thiago', ['Ximena', 'Thiago']],
    ['Nota de caso: la usuaria Guadalupe Ramírez Ochoa (DNI 12345678Z) vive con su hija Ximena en Calle de Alcalá 45, 3º B, Madrid. Teléfono 612 345 678.', ['Ximena']],
    ['o neto Tiago e a filha Jéssica moram com ela', ['Tiago', 'Jéssica']],
    ['haar zoon Daan en haar dochter Noor zijn thuis', ['Daan', 'Noor']],
    ['Casusnotitie: mevrouw Fenna van der Berg, BSN 111222333, woont op Prinsengracht 263, Amsterdam; haar zoon Daan is 9.', ['Daan']],
    ['sua figlia Chiara e il marito Gianluca', ['Chiara', 'Gianluca']],
    ['el niño Brayan y la niña Yuliana', ['Brayan', 'Yuliana']],
    ['la madre (Yesenia) dice q el niño Brayan no come bien', ['Yesenia', 'Brayan']],
    ['sa fille Maëlys et son fils Enzo', ['Maëlys', 'Enzo']],
  ] as const)('row: %j', (text, names) => {
    for (const name of names) expect(masked(text, name), name).toBe(true);
  });

  it.each([
    // held back: other nouns, determiners, languages and made-up names
    ['su hermana Zuleika vino ayer a la cita', ['Zuleika']],
    ['mi abuela Rosaura no quiere ir al centro', ['Rosaura']],
    ['la tía Maricruz llamó dos veces', ['Maricruz']],
    ['los nietos viven con la bisabuela Eustaquia', ['Eustaquia']],
    ['a sua irmã Kauane e o filho Davizinho', ['Kauane', 'Davizinho']],
    ['mora com a avó Quitéria desde 2019', ['Quitéria']],
    ['la nonna Assuntina e suo fratello Ettorino', ['Assuntina', 'Ettorino']],
    ['mon frère Kylian et ma mère Ginette', ['Kylian', 'Ginette']],
    ["sa grand-mère Odile et l'oncle Grégoire", ['Odile', 'Grégoire']],
    ['zijn vrouw Femke en mijn broer Joris', ['Femke', 'Joris']],
    ['de dochter Sanne woont bij haar oma Truus', ['Sanne', 'Truus']],
    ['Su hijo Yeferson no asiste a clase', ['Yeferson']],
  ] as const)('held back: %j', (text, names) => {
    for (const name of names) expect(masked(text, name), name).toBe(true);
  });

  it.each([
    // look-alikes: no name after the noun, a place after a locative, a noun in capitals as a title
    ['su hija vive en Sevilla con el esposo', 'Sevilla'],
    ['son fils habite à Lyon depuis 2019', 'Lyon'],
    ['haar zoon woont in Utrecht', 'Utrecht'],
    ['la figlia lavora a Milano', 'Milano'],
    ['el niño come bien y duerme ocho horas', 'niño'],
    ['la madre e il padre vivono a Torino', 'Torino'],
  ] as const)('look-alike stays: %j', (text, word) => {
    expect(kept(text, word)).toBe(true);
  });
});

describe('O5: French son and a kinship noun', () => {
  it.each([
    'sa fille Maëlys et son fils Enzo',
    'il est venu avec son fils',
    'son frère et son père sont partis',
    'elle et son mari habitent ici',
    'son fils aîné travaille',
  ])('no person in "son …": %j', (text) => {
    expect(persons(text).some((p) => /\bson\b/i.test(p))).toBe(false);
  });
  it('the surname Son before a given name stays a person', () => {
    expect(persons('Son Heung-min scored twice')).toEqual(['Son Heung-min']);
  });
});

describe('L10: spoken numbers with fillers, a spoken dash, an id after its letter', () => {
  it.each([
    ['caller uh my social is five three six uh two two eight five one four', 'five three six uh two two eight five one four'],
    ['my social is five three six um two two uh eight five one four', 'five three six um two two uh eight five one four'],
    ['the card is four one one one, uh, four one one one, um, four one one one, four one one one', 'four one one one, uh, four one one one, um, four one one one, four one one one'],
    ['my number is four one five dash five five five dash zero one nine eight', 'four one five dash five five five dash zero one nine eight'],
    ['you can reach me at four one five dash five five five dash zero one nine eight', 'four one five dash five five five dash zero one nine eight'],
    ['member id is w two three four five six seven eight nine', 'w two three four five six seven eight nine'],
    ['uh the member id is w as in william two three four five six seven eight nine', 'w as in william two three four five six seven eight nine'],
  ] as const)('row: %j', (text, value) => {
    expect(masked(text, value)).toBe(true);
  });

  it.each([
    ['social is five three six er two two eight five one four', 'five three six er two two eight five one four', 'SSN'],
    ['ssn five three six, um, two two, uh, eight five one four', 'five three six, um, two two, uh, eight five one four', 'SSN'],
    ['call me back on seven one eight hyphen five five five hyphen two three one zero', 'seven one eight hyphen five five five hyphen two three one zero', 'PHONE'],
    ['the number is two oh six uhm five five five erm zero one four two', 'two oh six uhm five five five erm zero one four two', 'PHONE'],
    ['card five five five five dash five five five five dash five five five five dash four four four four', 'five five five five dash five five five five dash five five five five dash four four four four', 'CARD'],
    ['policy number is k as in kilo seven seven four two nine one zero', 'k as in kilo seven seven four two nine one zero', 'HEALTH_PLAN_ID'],
    ['my member number is h eight one three seven two nine four', 'h eight one three seven two nine four', 'HEALTH_PLAN_ID'],
  ] as const)('held back: %j', (text, value, type) => {
    expect(masked(text, value)).toBe(true);
    expect(detectSensitive(text).some((d) => d.type === type)).toBe(true);
  });

  it.each([
    'um so the order total is forty two dollars and fifty cents and it ships in three to five days',
    'uh version two point three point one fixed the crash on android fourteen',
    'one uh two uh three uh four uh five uh six uh seven uh eight uh nine',
    'we need two dash three volunteers for a one or two day shift',
    'plan a as in apple costs nine dollars a month',
    'count them: one two three four five six seven eight nine ten',
  ])('look-alike stays: %j', (text) => {
    expect(detectSensitive(text)).toEqual([]);
  });
});

describe('L11: a date of birth in words after its cue', () => {
  it.each([
    ['date of birth is march twelfth nineteen seventy five', 'march twelfth nineteen seventy five'],
    ['agent can i get your date of birth caller march twelfth nineteen seventy five', 'march twelfth nineteen seventy five'],
    ['i was born on the fourth of july nineteen fifty', 'fourth of july nineteen fifty'],
    ['okay so the patients name is rosa gutierrez she was born on the fourth of july nineteen fifty', 'fourth of july nineteen fifty'],
    ['DOB is oh three twelve eighty four', 'oh three twelve eighty four'],
  ] as const)('row: %j', (text, value) => {
    expect(masked(text, value)).toBe(true);
    expect(detectSensitive(text).some((d) => d.type === 'DOB')).toBe(true);
  });

  it.each([
    ['my date of birth is uh june the third two thousand and one', 'june the third two thousand and one'],
    ['birthday is the twenty first of october nineteen eighty', 'twenty first of october nineteen eighty'],
    ['he was born on january twenty second nineteen oh five', 'january twenty second nineteen oh five'],
    ['dob um november ninth two thousand twelve', 'november ninth two thousand twelve'],
    ['date of birth zero seven two two one nine nine one', 'zero seven two two one nine nine one'],
    ['born on the second of may eighty four', 'second of may eighty four'],
    ['date of birth is december 3rd nineteen sixty', 'december 3rd nineteen sixty'],
  ] as const)('held back: %j', (text, value) => {
    expect(masked(text, value)).toBe(true);
  });

  it.each([
    ['i watched born on the fourth of july last night', 'fourth of july'],
    ['the meeting is on march twelfth nineteen hundred hours', 'march twelfth'],
    ['date of birth is required for the form', 'required'],
    ['born on a tuesday in the spring', 'tuesday'],
    ['the invoice is due march twelfth twenty twenty six', 'march twelfth'],
  ] as const)('look-alike stays: %j', (text, word) => {
    expect(kept(text, word)).toBe(true);
  });
});

describe('L12: names spelled with hyphens after a name cue, with as-in words, or in lower case', () => {
  it.each([
    ['last name is S-M-I-T-H', ['S-M-I-T-H']],
    ['my last name is S-M-I-T-H smith and first name is karen', ['S-M-I-T-H', 'smith']],
    ['my surname is b as in bravo a k e r baker', ['b as in bravo a k e r', 'baker']],
    ['its Okafor, O as in Oscar, K as in kilo, A, F, O, R', ['Okafor', 'O as in Oscar, K as in kilo, A, F, O, R']],
    ['speaker 2 my name is d as in david a n i e l s daniels', ['d as in david a n i e l s', 'daniels']],
    ['yeah its like uh oyelaran o y e l a r a n', ['oyelaran', 'o y e l a r a n']],
    ['sure its kevin k e v i n okafor o k a f o r', ['kevin', 'okafor', 'o k a f o r']],
  ] as const)('row: %j', (text, pieces) => {
    for (const piece of pieces) expect(masked(text, piece), piece).toBe(true);
  });

  it.each([
    ['first name is T-A-M-S-I-N', ['T-A-M-S-I-N']],
    ['my surname is uh V-L-I-N-T-U-K', ['V-L-I-N-T-U-K']],
    ['the family name is q as in quebec u i n t e r o', ['q as in quebec u i n t e r o']],
    ['last name w as in whiskey, o, j, c, i, k', ['w as in whiskey, o, j, c, i, k']],
    ['so its vlintuk v l i n t u k', ['vlintuk', 'v l i n t u k']],
    ['my name is m as in mary, a as in apple, r, i, s, o, l', ['m as in mary, a as in apple, r, i, s, o, l']],
    ['name: z-e-p-h-r-a zephra', ['z-e-p-h-r-a', 'zephra']],
  ] as const)('held back: %j', (text, pieces) => {
    for (const piece of pieces) expect(masked(text, piece), piece).toBe(true);
  });

  it.each([
    ['the file name is A-B-C-D.txt', 'A-B-C-D'],
    ['plan a as in apple b as in boy', 'apple'],
    ['ok so cat c a t is the word we spell today', 'cat'],
    ['the acronym is F-A-Q', 'F-A-Q'],
    ['press the keys a s d f in order', 'a s d f'],
  ] as const)('look-alike stays: %j', (text, word) => {
    expect(kept(text, word)).toBe(true);
  });
});

describe('linear time on long inputs of the kinds', () => {
  // Each kind's detector alone (fewer other detectors' costs in the measure): 2x the input, at most ~3x the time.
  type Builtin = NonNullable<Parameters<typeof detectSensitive>[1]>['builtins'];
  const ratio = (make: (n: number) => string, builtins: Builtin): number => timeRatio((text) => detectSensitive(text, { builtins }), make);
  it.each([
    ['fillers between digit words', (n: number) => 'my social is '.concat('five uh '.repeat(n / 8)).slice(0, n), ['phone', 'ssn', 'card', 'health']],
    ['as-in letters', (n: number) => 'my name is '.concat('b as in bravo '.repeat(n / 14)).slice(0, n), ['person']],
    ['lower-case words and their spelling', (n: number) => 'okafor o k a f o r '.repeat(n / 19).slice(0, n), ['person']],
    ['spoken date words after a cue', (n: number) => 'date of birth '.concat('the fourth of '.repeat(n / 14)).slice(0, n), ['health']],
    ['spoken dates after many cues', (n: number) => 'dob march twelfth nineteen fifty '.repeat(n / 33).slice(0, n), ['health']],
    ['kinship nouns, determiners and names', (n: number) => 'su hija Ximena y '.repeat(n / 17).slice(0, n), ['person']],
  ] as const)('%s: 2x input <= ~3x time', (_, make, builtins) => {
    expect(ratio(make, [...builtins])).toBeLessThan(3.2);
  });
});
