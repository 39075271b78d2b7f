// What surnameBeforeLabelledGiven, firmListItems and pushRunPerson promise (issue 13, from the
// surviving mutants of names.ts 2852-2901, 2916-2946 and 4969-4986 at 3bd59e1: the rule and its
// `overlapsBefore`, 19a1cb3 and 00bc30d; the firm list's line, sentence and separators read in a
// window, bbc72ca and 6354dcd; the run parted at its tabs, bbc72ca), through `detectPersons` in
// process, to the code unit. A surname in capitals before `, Given` after a role
// joins the given name's span when the line starts at most 72 characters before the given name,
// unless a detection that starts before the given name reaches past the surname's start (one found
// by an earlier detector, the caller's `out`, or one this rule moved back over it first).
import { describe, expect, it } from 'vitest';
import { detectPersons, preloadNameLists } from './names.js';
import type { Detection } from './types.js';

preloadNameLists();

/** `start-end:slice` of every detection after `detectPersons`, `out` holding `before` first (copies). */
const spans = (text: string, before: Array<Pick<Detection, 'start' | 'end' | 'type'>> = []) => {
  const out = before.map((d) => ({ class: d.type === 'PERSON' ? 'pii.person' : 'pii.id', ...d }) as Detection);
  detectPersons(text, out);
  return out.map((d) => `${d.start}-${d.end}:${text.slice(d.start, d.end)}`);
};

const MOTHER = 'Mother: LINDQVIST, Agnes';

describe('surnameBeforeLabelledGiven', () => {
  it('joins the surname to the given name, with the normal form of the whole', () => {
    expect(spans(MOTHER)).toEqual(['8-24:LINDQVIST, Agnes']);
    const out: Detection[] = [];
    detectPersons(MOTHER, out);
    expect(out.map((d) => d.normalized)).toEqual(['lindqvist, agnes']);
  });

  it('reads the line back 72 characters from the given name, no further', () => {
    // The given name at 72 (and at 73) from the line's start, at the text's start and after a line break.
    expect(spans(`${'x'.repeat(52)} ${MOTHER}`)).toEqual(['61-77:LINDQVIST, Agnes']);
    expect(spans(`${'x'.repeat(53)} ${MOTHER}`)).toEqual(['73-78:Agnes']);
    expect(spans(`Notes\n${'x'.repeat(52)} ${MOTHER}`)).toEqual(['67-83:LINDQVIST, Agnes']);
    expect(spans(`Notes\n${'x'.repeat(53)} ${MOTHER}`)).toEqual(['79-84:Agnes']);
    // A line that starts at 1 (and at 0, above).
    expect(spans(`\n${MOTHER}`)).toEqual(['9-25:LINDQVIST, Agnes']);
  });

  it('leaves the surname to an earlier detection that reaches past its start, not to one that ends there', () => {
    expect(spans(MOTHER, [{ start: 0, end: 8, type: 'ID' }])).toEqual(['0-8:Mother: ', '8-24:LINDQVIST, Agnes']);
    expect(spans(MOTHER, [{ start: 7, end: 8, type: 'ID' }])).toEqual(['7-8: ', '8-24:LINDQVIST, Agnes']);
    expect(spans(MOTHER, [{ start: 0, end: 9, type: 'ID' }])).toEqual(['0-9:Mother: L', '19-24:Agnes']);
    expect(spans(MOTHER, [{ start: 8, end: 9, type: 'ID' }])).toEqual(['8-9:L', '19-24:Agnes']);
    expect(spans(MOTHER, [{ start: 18, end: 19, type: 'ID' }])).toEqual(['18-19: ', '19-24:Agnes']);
    // The furthest end of those before answers, not the last one's.
    expect(spans(MOTHER, [{ start: 0, end: 12, type: 'ID' }, { start: 2, end: 4, type: 'ID' }])).toEqual(['0-12:Mother: LIND', '2-4:th', '19-24:Agnes']);
    // Detections that start at or after the given name, or end before the surname, are no reason.
    expect(spans(MOTHER, [{ start: 19, end: 30, type: 'ID' }])).toEqual(['19-30:Agnes', '8-24:LINDQVIST, Agnes']);
    expect(spans(MOTHER, [{ start: 50, end: 60, type: 'ID' }, { start: 0, end: 2, type: 'ID' }])).toEqual(['50-60:', '0-2:Mo', '8-24:LINDQVIST, Agnes']);
  });

  it('joins the surname to one of two detections of the same given name: the first in `out`', () => {
    expect(spans(MOTHER, [{ start: 19, end: 24, type: 'PERSON' }])).toEqual(['8-24:LINDQVIST, Agnes', '19-24:Agnes']);
    expect(spans(MOTHER, [{ start: 19, end: 24, type: 'PERSON' }, { start: 19, end: 26, type: 'PERSON' }])).toEqual(['8-24:LINDQVIST, Agnes', '19-26:Agnes', '19-24:Agnes']);
    // The one that took it second in start order, after a detection of the same start that is no person.
    expect(spans(MOTHER, [{ start: 19, end: 30, type: 'ID' }, { start: 19, end: 24, type: 'PERSON' }])).toEqual(['19-30:Agnes', '8-24:LINDQVIST, Agnes', '19-24:Agnes']);
  });

  it('an unlisted surname that ends like a team word (`…desk`, `…team`) is still a surname', () => {
    expect(spans('Mother: HOLMDESK, Agnes')).toEqual(['8-23:HOLMDESK, Agnes']);
    expect(spans('Mother: PETTEAM, Agnes')).toEqual(['8-22:PETTEAM, Agnes']);
  });

  it('a frequent word, a word kept out of names, a team word or an institution word in capitals is no surname', () => {
    expect(spans('Mother: PLEASE, Agnes')).toEqual(['16-21:Agnes']);
    expect(spans('Mother: ABOUT, Agnes')).toEqual(['15-20:Agnes']);
    expect(spans('Mother: UNKNOWN, Agnes')).toEqual(['17-22:Agnes']);
    expect(spans('Mother: SUPPORT, Agnes')).toEqual(['17-22:Agnes']);
    expect(spans('Mother: DEVOPS, Agnes')).toEqual(['16-21:Agnes']);
    expect(spans('Mother: UNIVERSITY, Agnes')).toEqual(['20-25:Agnes']);
  });

  it('a surname the scan found on its own keeps the given name apart', () => {
    expect(spans('Father: OKAFOR-BELL, James')).toEqual(['8-19:OKAFOR-BELL', '21-26:James', '8-26:OKAFOR-BELL, James']);
  });

  it('each line of a list of them, and a detection after the given name that is no person', () => {
    expect(spans(`${MOTHER}\nFather: OKAFOR, James`)).toEqual(['8-24:LINDQVIST, Agnes', '33-39:OKAFOR', '41-46:James', '33-46:OKAFOR, James']);
    expect(spans(`RP VANDERHOEVEN, LEOPOLD CB 612-555-0164 ${MOTHER}`)).toEqual(['3-24:VANDERHOEVEN, LEOPOLD', '49-65:LINDQVIST, Agnes']);
    expect(spans(MOTHER, [{ start: 19, end: 24, type: 'ID' }])).toEqual(['19-24:Agnes', '8-24:LINDQVIST, Agnes']);
  });
});

describe('pushRunPerson: a run of names parted at its tabs', () => {
  it('masks each part on its own, blanks beside a tab left out', () => {
    expect(spans('Maria \tGarcia')).toEqual(['0-5:Maria', '7-13:Garcia']);
    expect(spans('Maria\t Garcia')).toEqual(['0-5:Maria', '7-13:Garcia']);
    expect(spans('Ana\tMaria\tGarcia')).toEqual(['0-3:Ana', '4-9:Maria', '10-16:Garcia']);
  });
  it('reads no tab past the run: a column after the name stays a column', () => {
    expect(spans('Maria\tGarcia\tsigned')).toEqual(['0-5:Maria', '6-12:Garcia']);
    expect(spans('Call Maria\tGarcia\t555')).toEqual(['5-10:Maria', '11-17:Garcia']);
    expect(spans('Maria Garcia\tsigned')).toEqual(['0-12:Maria Garcia']);
  });
});

describe('firmListItems: a list of three short items or more after a trade label holds no person', () => {
  it('three items, by commas, semicolons or `and`; two items or an empty one or one of six words are no such list', () => {
    expect(spans('Vendors: Maria Garcia, John Smith, Acme')).toEqual([]);
    expect(spans('Vendors: Maria Garcia and John Smith and Acme')).toEqual([]);
    expect(spans('Vendors: Maria Garcia; John Smith; Acme')).toEqual([]);
    expect(spans('Vendors:  Acme , Maria Garcia , Globex')).toEqual([]);
    expect(spans('Vendors: Maria Garcia, John Smith')).toEqual(['9-21:Maria Garcia', '23-33:John Smith']);
    expect(spans('Vendors: Acme,, Maria Garcia, Globex')).toEqual(['16-28:Maria Garcia']);
    expect(spans('Vendors: Acme, Maria Garcia, Globex Corp of the Greater Metro Area')).toEqual(['15-27:Maria Garcia']);
    expect(spans('Vendors: ask John Smith about it')).toEqual(['13-23:John Smith']);
    expect(spans('Vendors: Acme, Dr. Maria Garcia, Globex')).toEqual(['19-31:Maria Garcia']);
  });

  it("ends at the line's end or the sentence's, not at an initial's dot nor at a dot inside a word", () => {
    expect(spans('Vendors: Acme, Maria Garcia, Globex. John Smith called.')).toEqual(['37-47:John Smith']);
    expect(spans('Vendors: Acme, Maria Garcia, Globex? John Smith called.')).toEqual(['37-47:John Smith']);
    expect(spans('Vendors: Acme, Maria Garcia, Globex\nJohn Smith called.')).toEqual(['36-46:John Smith']);
    expect(spans('Vendors: Acme, Maria Garcia, Globex. Also John Smith, Initech, Hooli')).toEqual(['42-52:John Smith']);
    expect(spans('Vendors: Acme, C.H. Robinson, Maria Garcia')).toEqual([]);
    expect(spans('Vendors: Acme, Maria Garcia, Globex.John Smith called.')).toEqual([]);
    // A company's `Co.` ends the sentence (its two letters are no initial).
    expect(spans('Vendors: Acme, Globex, Initech Co. John Smith called.')).toEqual(['35-45:John Smith']);
    // An initial as the list's first word, whose dot has only the label before it.
    expect(spans('Vendors: J. Smith, Maria Garcia, Globex')).toEqual([]);
    // A full stop that ends the text or the line, right after a separator: an empty last item, no list.
    expect(spans('Vendors: Maria Garcia, Acme, Globex, .')).toEqual(['9-21:Maria Garcia']);
    // A separator on the next line is no part of the list.
    expect(spans('Vendors: Acme, Maria Garcia, Globex\nA, B')).toEqual([]);
  });

  it("counts an item's words without the blanks around it or doubled inside it", () => {
    expect(spans('Vendors: Acme , Maria Garcia , Big Blue Sky Corp Ltd , Globex')).toEqual([]);
    expect(spans('Vendors: Acme, Maria Garcia, Big Blue  Sky Corp Ltd, Globex')).toEqual([]);
  });

  it('reads a separator that starts inside the 400 characters of the list and ends past them', () => {
    // Items of long words so that ` and ` starts at the list's 397th character: the separator read
    // whole leaves an empty last item (no such list); read cut at 400, `… an` would be a fifth word.
    const word = (c: string, n: number) => c + c.toLowerCase().repeat(n - 1);
    const second = ['B', 'C', 'D', 'E', 'F'].map((c) => word(c, 40)).join(' ');
    const third = [word('G', 43), word('H', 43), word('K', 43), word('L', 45)].join(' ');
    const list = `Maria Garcia, ${second}, ${third}`;
    expect(list.length).toBe(397);
    expect(spans(`Vendors: ${list} and Zed`)).toEqual(['9-21:Maria Garcia', '411-414:Zed']);
    expect(spans(`Vendors: ${list} Zed`)).toEqual(['407-410:Zed']);
    // ` and ` one further on (its `d` at 401, the blank after it at 402), and blanks across the 400th
    // character before `and`: both still read whole.
    const longer = `Maria Garcia, ${second}, ${[word('G', 43), word('H', 43), word('K', 43), word('L', 46)].join(' ')}`;
    expect(longer.length).toBe(398);
    expect(spans(`Vendors: ${longer} and Zed`)).toEqual(['9-21:Maria Garcia', '412-415:Zed']);
    const shorter = `Maria Garcia, ${second}, ${[word('G', 43), word('H', 43), word('K', 43), word('L', 43)].join(' ')}`;
    expect(shorter.length).toBe(395);
    expect(spans(`Vendors: ${shorter}${' '.repeat(10)}and Zed`)).toEqual(['9-21:Maria Garcia', '418-421:Zed']);
    // The same blanks with a tab at the 400th character.
    expect(spans(`Vendors: ${shorter}${' '.repeat(5)}\t    and Zed`)).toEqual(['9-21:Maria Garcia', '418-421:Zed']);
    // A separator that starts at the cap is past the list: its last item ends there, a list of three.
    const full = `Maria Garcia, ${second}, ${[word('G', 43), word('H', 43), word('K', 43), word('L', 48)].join(' ')}`;
    expect(full.length).toBe(400);
    expect(spans(`Vendors: ${full}, Zed`)).toEqual(['411-414:Zed']);
  });
});
