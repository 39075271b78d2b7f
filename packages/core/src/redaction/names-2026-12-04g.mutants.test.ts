// What the names code of the sixth and seventh probes of 2026-12-04 promises (issue 13, for the
// Stryker run of names.ts's lines changed since 4fbda9f): the exact spans detectPersons gives for
// chat @mentions (mentionAt, isUpperLetter, MENTION_FAMILY_FIRST), a title and an initial before a
// surname in capitals (capsBesideNames, initialBefore), signers after a delivery cue
// (signedInitialSurname), airline name elements (slashedNames), transcript speakers
// (SPEAKER_FILLER_BEFORE, SPEAKER_INTRO), court captions (captionParties), a given name after a
// labelled surname (givenAfterLabelledSurname), surnames that are place words
// (PLACE_WORD_SURNAMES, placeWordPerson, decide), labelled full names (STRONG_NAME_CUE_BEFORE),
// the look-alikes kept (lookAlike, thingName) and firmLikeName's answers. Direct calls, no ledger,
// no other detector.
import { describe, expect, it } from 'vitest';
import { detectPersons, firmLikeName } from './names.js';
import type { Detection } from './types.js';

/** Each person's text and offsets. */
const persons = (text: string): Array<[string, number, number]> => {
  const out: Detection[] = [];
  detectPersons(text, out);
  return out.map((d) => [text.slice(d.start, d.end), d.start, d.end]);
};
/** Each text's persons, as [text, [person, start, end][]] rows. */
const table = (texts: string[]): Array<[string, Array<[string, number, number]>]> => texts.map((text) => [text, persons(text)]);

describe('mentionAt: an @ or + mention of a full name', () => {
  it('the sign starts a word: at the start, after a blank, a bracket or a quote', () => {
    expect(table(['@Qxaro Vlintuk', '\t@Qxaro Vlintuk', '\n@Qxaro Vlintuk', '(@Qxaro Vlintuk)', '[@Qxaro Vlintuk]', '"@Qxaro Vlintuk"', "'@Qxaro Vlintuk'", '“@Qxaro Vlintuk”', '‘@Qxaro Vlintuk’', '(+Qxaro Vlintuk)', 'x\t+Qxaro Vlintuk', 'Hi @Qxaro Vlintuk,'])).toEqual([
      ['@Qxaro Vlintuk', [['Qxaro Vlintuk', 1, 14]]],
      ['\t@Qxaro Vlintuk', [['Qxaro Vlintuk', 2, 15]]],
      ['\n@Qxaro Vlintuk', [['Qxaro Vlintuk', 2, 15]]],
      ['(@Qxaro Vlintuk)', [['Qxaro Vlintuk', 2, 15]]],
      ['[@Qxaro Vlintuk]', [['Qxaro Vlintuk', 2, 15]]],
      ['"@Qxaro Vlintuk"', [['Qxaro Vlintuk', 2, 15]]],
      ["'@Qxaro Vlintuk'", [['Qxaro Vlintuk', 2, 15]]],
      ['“@Qxaro Vlintuk”', [['Qxaro Vlintuk', 2, 15]]],
      ['‘@Qxaro Vlintuk’', [['Qxaro Vlintuk', 2, 15]]],
      ['(+Qxaro Vlintuk)', [['Qxaro Vlintuk', 2, 15]]],
      ['x\t+Qxaro Vlintuk', [['Qxaro Vlintuk', 3, 16]]],
      ['Hi @Qxaro Vlintuk,', [['Qxaro Vlintuk', 4, 17]]],
    ]);
    expect(persons('cc @Qxaro Vlintuk @Wenlix Dorvane')).toEqual([['Qxaro Vlintuk', 4, 17], ['Wenlix Dorvane', 19, 33]]);
    expect(persons('+Qxaro Vlintuk added')).toEqual([['Qxaro Vlintuk', 1, 14]]);
  });

  it('A and Z are capitals; a lower-case letter outside ASCII after the second capital is no capital', () => {
    expect(persons('@Aqxaro Vlintuk')).toEqual([['Aqxaro Vlintuk', 1, 15]]);
    expect(persons('@Qxaro Zlintuk')).toEqual([['Qxaro Zlintuk', 1, 14]]);
    expect(persons('@Qxaro Vølintuk')).toEqual([['Qxaro Vølintuk', 1, 15]]);
  });

  it('a comma and a blank, a comma alone, a tab: `@Garcia, Table` is the surname alone (no family-first pair), a tab goes on with the mention', () => {
    expect(persons('@Garcia, Table is ready')).toEqual([['Garcia', 1, 7]]);
    // L8 of the probe of 2026-12-05a: the name after a tab is read with the mention, each part masked.
    expect(persons('@Maria\tGarcia')).toEqual([['Maria', 1, 6], ['Garcia', 7, 13]]);
  });

  it('capitals outside ASCII count as capitals', () => {
    expect(persons('@Ørjan Vlintuk')).toEqual([['Ørjan Vlintuk', 1, 14]]);
    expect(persons('@Qxaro Ølintuk')).toEqual([['Qxaro Ølintuk', 1, 14]]);
  });

  it('a ticket\'s or a mention\'s # as the sign (S1 of probe-2026-12-05j: `#Qxaro Vlintuk` was pinned as none here)', () => {
    expect(persons('#Qxaro Vlintuk')).toEqual([['Qxaro Vlintuk', 1, 14]]);
  });

  it('none: a letter, a colon or # before the sign, a lower-case or all-capitals word, one word, two blanks, glued digits', () => {
    for (const text of ['see:@Qxaro Vlintuk', 'x@Qxaro Vlintuk', 'a+Qxaro Vlintuk', 'x#Qxaro Vlintuk', '@qxaro Vlintuk', '@Qxaro vlintuk', '@Qxaro ølintuk', '@Qxaro VLINTUK', '@Qxaro VØlintuk', '@Qxaro,Vlintuk', '@Qxaro, VLINTUK', '@Qxaro  Vlintuk', '@Qxaro', '@Qxaro V', '@Qxaro Vlintuk1', '@Override public', '@Bean public', '@Injectable()']) {
      expect([text, persons(text)]).toEqual([text, []]);
    }
  });

  it('a family name first with its comma (MENTION_FAMILY_FIRST)', () => {
    expect(table(['@Vlintuk, Qxaro', '@Vlintuk, Qxaro please check', '(@Vlintuk, Qxaro)', '+Vlintuk, Qxaro', '@Qxaro, Vlintuk'])).toEqual([
      ['@Vlintuk, Qxaro', [['Vlintuk, Qxaro', 1, 15]]],
      ['@Vlintuk, Qxaro please check', [['Vlintuk, Qxaro', 1, 15]]],
      ['(@Vlintuk, Qxaro)', [['Vlintuk, Qxaro', 2, 16]]],
      ['+Vlintuk, Qxaro', [['Vlintuk, Qxaro', 1, 15]]],
      ['@Qxaro, Vlintuk', [['Qxaro, Vlintuk', 1, 15]]],
    ]);
    for (const text of ['x@Vlintuk, Qxaro', '@Vlintuk, Table', '@Vlintuk,Qxaro', '@Vlintuk, Qxaro.x']) expect([text, persons(text)]).toEqual([text, []]);
  });
});

describe('capsBesideNames: a title and an initial before a surname in capitals', () => {
  it('each title, its dot, one or two blanks before the initial, the initial with its dot', () => {
    expect(table(['Ticket for Mr Q VLINTUK', 'Attn: MRS W DORVANE', 'Ticket for Mr Q. VLINTUK', 'Ticket for Mr  Q VLINTUK', 'Ticket for Dr Ø VLINTUK', 'Ticket for Prof Q VLINTUK', 'Mr Q VLINTUK', 'MR Q VLINTUK', 'Mr. Q VLINTUK', 'Mrs Q VLINTUK', 'Ms Q VLINTUK', 'Mx Q VLINTUK', 'Miss Q VLINTUK', 'Sir Q VLINTUK', 'Ticket for Mr Q VLINTUK DORVANE'])).toEqual([
      ['Ticket for Mr Q VLINTUK', [['Q VLINTUK', 14, 23]]],
      ['Attn: MRS W DORVANE', [['W DORVANE', 10, 19]]],
      ['Ticket for Mr Q. VLINTUK', [['Q. VLINTUK', 14, 24]]],
      ['Ticket for Mr  Q VLINTUK', [['Q VLINTUK', 15, 24]]],
      ['Ticket for Dr Ø VLINTUK', [['Ø VLINTUK', 14, 23]]],
      ['Ticket for Prof Q VLINTUK', [['Q VLINTUK', 16, 25]]],
      ['Mr Q VLINTUK', [['Q VLINTUK', 3, 12]]],
      ['MR Q VLINTUK', [['Q VLINTUK', 3, 12]]],
      ['Mr. Q VLINTUK', [['Q VLINTUK', 4, 13]]],
      ['Mrs Q VLINTUK', [['Q VLINTUK', 4, 13]]],
      ['Ms Q VLINTUK', [['Q VLINTUK', 3, 12]]],
      ['Mx Q VLINTUK', [['Q VLINTUK', 3, 12]]],
      ['Miss Q VLINTUK', [['Q VLINTUK', 5, 14]]],
      ['Sir Q VLINTUK', [['Q VLINTUK', 4, 13]]],
      ['Ticket for Mr Q VLINTUK DORVANE', [['Q VLINTUK DORVANE', 14, 31]]],
    ]);
  });

  it('none: a title in lower case (`5 ms A TIMEOUT`), no title, two capitals, no blank, two blanks after the initial', () => {
    for (const text of ['5 ms A TIMEOUT', 'mr Q VLINTUK', 'Ticket for the Q VLINTUK', 'Ticket for Mr QQ VLINTUK', 'Ticket for MrQ VLINTUK', 'Ticket for Mr Q.VLINTUK', 'Ticket for Mr Q  VLINTUK', 'Ticket for Mr Q   VLINTUK']) {
      expect([text, persons(text)]).toEqual([text, []]);
    }
  });
});

describe('signedInitialSurname: an initial and a surname after a signing or delivery cue', () => {
  it('each cue, in capitals or not, with a colon, a dash or none; one or two initials', () => {
    expect(table(['POD: Signed by F. OTTERBURY at 14:02', 'Delivered, signed: Q BELLWICK', 'Received by: Q. Bellwick', 'Accepted by Q Bellwick', 'Collected by Q. Bellwick', 'Collected by Q BELLWICK', 'Accepted by Q BELLWICK', 'Received by Q BELLWICK', 'RECEIVED BY Q BELLWICK', 'SIGNED FOR Q BELLWICK', 'SIGNED: Q BELLWICK', 'Signed Q BELLWICK', 'Signed for Q Bellwick', 'signed by Q Bellwick', 'POD Q BELLWICK', 'Signed by Q. R. Bellwick', 'Signed by Q.BELLWICK', "Signed by Q BELLWICK's", 'Signed by Q Bellwick-Ox', 'Signed by Q BEL'])).toEqual([
      ['POD: Signed by F. OTTERBURY at 14:02', [['F. OTTERBURY', 15, 27]]],
      ['Delivered, signed: Q BELLWICK', [['Q BELLWICK', 19, 29]]],
      ['Received by: Q. Bellwick', [['Q. Bellwick', 13, 24]]],
      ['Accepted by Q Bellwick', [['Q Bellwick', 12, 22]]],
      ['Collected by Q. Bellwick', [['Q. Bellwick', 13, 24]]],
      ['Collected by Q BELLWICK', [['Q BELLWICK', 13, 23]]],
      ['Accepted by Q BELLWICK', [['Q BELLWICK', 12, 22]]],
      ['Received by Q BELLWICK', [['Q BELLWICK', 12, 22]]],
      ['RECEIVED BY Q BELLWICK', [['Q BELLWICK', 12, 22]]],
      ['SIGNED FOR Q BELLWICK', [['Q BELLWICK', 11, 21]]],
      ['SIGNED: Q BELLWICK', [['Q BELLWICK', 8, 18]]],
      ['Signed Q BELLWICK', [['Q BELLWICK', 7, 17]]],
      ['Signed for Q Bellwick', [['Q Bellwick', 11, 21]]],
      ['signed by Q Bellwick', [['Q Bellwick', 10, 20]]],
      ['POD Q BELLWICK', [['Q BELLWICK', 4, 14]]],
      ['Signed by Q. R. Bellwick', [['Q. R. Bellwick', 10, 24]]],
      ['Signed by Q.BELLWICK', [['Q.BELLWICK', 10, 20]]],
      ["Signed by Q BELLWICK's", [['Q BELLWICK', 10, 20]]],
      ['Signed by Q Bellwick-Ox', [['Q Bellwick', 10, 20]]],
      ['Signed by Q BEL', [['Q BEL', 10, 15]]],
    ]);
    expect(persons('Received by: Q. Bellwick, Q. Bellwick')).toEqual([['Q. Bellwick', 13, 24], ['Q. Bellwick', 26, 37]]);
  });

  it('none: a place or a role (DELIVERY_PLACES), a frequent word, two letters, no initial, a cue the gate does not see', () => {
    for (const text of ['Signed by: R. MAILROOM', 'Signed by: R. NEIGHBOUR', 'Signed by: R. MAILROOM and Q BELLWICK', 'Signed by Q. Table', 'Signed by Q Ox', 'Signed by Q BE', 'Signed by QR BELLWICK', 'Signed by: Q- BELLWICK', 'COLLECTED BY Q BELLWICK', 'ACCEPTED BY Q BELLWICK']) {
      expect([text, persons(text)]).toEqual([text, []]);
    }
  });
});

describe('slashedNames: airline name elements', () => {
  it('before a title, after an element number or a passenger label, glued to a number, in a boarding pass', () => {
    expect(table(['VLINTUK/QXARO MR', 'VLINTUK/QXARO  MRS', '1.VLINTUK/QXARO', 'x 12.VLINTUK/QXARO', 'pax: DORVANE/WENLIX', 'Passenger DORVANE/WENLIX', 'Vlintuk/Qxaro Mr', 'Vlintuk/Qxaro Mrs', '1.1VLINTUK/QXARO MR', '1.1VLINTUK/QXARO', '11.1VLINTUK/QXARO', '1.1VLINTUK/QXARO ZED MR', 'M1VLINTUK/QXARO MR    EABC123 LHRJFKBA', 'M1VLINTUK/QXARO       EABC123 LHRJFKBA', 'M2DORVANE/WENLIX      EABC123'])).toEqual([
      ['VLINTUK/QXARO MR', [['VLINTUK/QXARO', 0, 13]]],
      ['VLINTUK/QXARO  MRS', [['VLINTUK/QXARO', 0, 13]]],
      ['1.VLINTUK/QXARO', [['VLINTUK/QXARO', 2, 15]]],
      ['x 12.VLINTUK/QXARO', [['VLINTUK/QXARO', 5, 18]]],
      ['pax: DORVANE/WENLIX', [['DORVANE/WENLIX', 5, 19]]],
      ['Passenger DORVANE/WENLIX', [['DORVANE/WENLIX', 10, 24]]],
      ['Vlintuk/Qxaro Mr', [['Vlintuk/Qxaro', 0, 13]]],
      ['Vlintuk/Qxaro Mrs', [['Vlintuk/Qxaro', 0, 13]]],
      ['1.1VLINTUK/QXARO MR', [['VLINTUK/QXARO', 3, 16]]],
      ['1.1VLINTUK/QXARO', [['VLINTUK/QXARO', 3, 16]]],
      ['11.1VLINTUK/QXARO', [['VLINTUK/QXARO', 4, 17]]],
      ['1.1VLINTUK/QXARO ZED MR', [['VLINTUK/QXARO ZED', 3, 20]]],
      ['M1VLINTUK/QXARO MR    EABC123 LHRJFKBA', [['VLINTUK/QXARO', 2, 15]]],
      ['M1VLINTUK/QXARO       EABC123 LHRJFKBA', [['VLINTUK/QXARO', 2, 15]]],
      ['M2DORVANE/WENLIX      EABC123', [['DORVANE/WENLIX', 2, 16]]],
    ]);
  });

  it('none: three blanks before the title, no title or cue with unlisted words, no slash in a boarding pass, `Name: AC/DC`', () => {
    for (const text of ['VLINTUK/QXARO   MR', 'Vlintuk/Qxaro', 'M1VLINTUKQXARO MR     EABC123 LHRJFKBA', 'Name: AC/DC']) expect([text, persons(text)]).toEqual([text, []]);
  });
});

describe('a transcript speaker label and fillers before a lower-case introduction', () => {
  it('each label and filler, with or without a greeting', () => {
    expect(table(['Speaker 2: yes it\'s qxaro vlintuk', 'agent: who am I speaking with? caller: it\'s qxaro vlintuk', 'caller: um, so this is qxaro vlintuk', 'spk1: im qxaro vlintuk', '[caller]: i am qxaro vlintuk', "Caller: oh ok i'm qxaro vlintuk"])).toEqual([
      ["Speaker 2: yes it's qxaro vlintuk", [['qxaro vlintuk', 20, 33]]],
      ["agent: who am I speaking with? caller: it's qxaro vlintuk", [['qxaro vlintuk', 44, 57]]],
      ['caller: um, so this is qxaro vlintuk', [['qxaro vlintuk', 23, 36]]],
      ['spk1: im qxaro vlintuk', [['qxaro vlintuk', 9, 22]]],
      ['[caller]: i am qxaro vlintuk', [['qxaro vlintuk', 15, 28]]],
      ["Caller: oh ok i'm qxaro vlintuk", [['qxaro vlintuk', 18, 31]]],
    ]);
    // A greeting behind the label: read by GREETING_INTRO (SPEAKER_FILLER_BEFORE) and by SPEAKER_INTRO.
    expect(persons('Caller: yeah hi this is qxaro vlintuk')).toEqual([['qxaro vlintuk', 24, 37], ['qxaro vlintuk', 24, 37]]);
    expect(persons('Customer: hi this is qxaro vlintuk')).toEqual([['qxaro vlintuk', 21, 34], ['qxaro vlintuk', 21, 34]]);
    expect(persons('Caller: hello, hi, this is qxaro vlintuk')).toEqual([['qxaro vlintuk', 27, 40], ['qxaro vlintuk', 27, 40]]);
    expect(persons("caller: yeah hi, it's qxaro vlintuk")).toEqual([['qxaro vlintuk', 22, 35], ['qxaro vlintuk', 22, 35]]);
  });

  it('none: a complaint after the label', () => {
    expect(persons("Caller: it's broken again")).toEqual([]);
  });
});

describe('captionParties: the parties of a court caption', () => {
  it('the name before each party word, on its line or the next', () => {
    expect(table(['JORVIK PALLADINE,\nPlaintiff,', 'SERAPHINA KEELWORTH, Defendant.', 'Jorvik Palladine, Petitioner', 'Jorvik Palladine, Respondent', 'Jorvik Palladine, Appellant', 'Jorvik Palladine, Appellee', 'Jorvik Palladine, Plaintiffs'])).toEqual([
      ['JORVIK PALLADINE,\nPlaintiff,', [['JORVIK PALLADINE', 0, 16]]],
      ['SERAPHINA KEELWORTH, Defendant.', [['SERAPHINA KEELWORTH', 0, 19]]],
      ['Jorvik Palladine, Petitioner', [['Jorvik Palladine', 0, 16]]],
      ['Jorvik Palladine, Respondent', [['Jorvik Palladine', 0, 16]]],
      ['Jorvik Palladine, Appellant', [['Jorvik Palladine', 0, 16]]],
      ['Jorvik Palladine, Appellee', [['Jorvik Palladine', 0, 16]]],
      ['Jorvik Palladine, Plaintiffs', [['Jorvik Palladine', 0, 16]]],
    ]);
  });

  it('none: a state, the people, a firm, a name not at the line start', () => {
    for (const text of ['STATE OF OHIO,\nPlaintiff,', 'THE PEOPLE,\nPlaintiff,', 'ACME CORP.,\nDefendant.', 'x JORVIK PALLADINE, Plaintiff']) expect([text, persons(text)]).toEqual([text, []]);
  });
});

describe('givenAfterLabelledSurname: `SURNAME, GIVEN` after a name label', () => {
  it('the given name joins the surname up to a gap, a line end, a mark or a label', () => {
    expect(table(['PATIENT: VLINTUK, QXARO   DOB: 1980', 'Patient: Vlintuk, Qxaro\nnext', 'Name: Vlintuk, Qxaro Z.', 'Patient: Vlintuk, Qxaro; room 4', 'Patient: Vlintuk, Qxaro (female)', 'Patient: Vlintuk,  Qxaro'])).toEqual([
      ['PATIENT: VLINTUK, QXARO   DOB: 1980', [['VLINTUK, QXARO', 9, 23]]],
      ['Patient: Vlintuk, Qxaro\nnext', [['Vlintuk, Qxaro', 9, 23]]],
      ['Name: Vlintuk, Qxaro Z.', [['Vlintuk, Qxaro Z.', 6, 23]]],
      ['Patient: Vlintuk, Qxaro; room 4', [['Vlintuk, Qxaro', 9, 23]]],
      ['Patient: Vlintuk, Qxaro (female)', [['Vlintuk, Qxaro', 9, 23]]],
      ['Patient: Vlintuk,  Qxaro', [['Vlintuk,  Qxaro', 9, 24]]],
    ]);
    expect(persons('Patient: Vlintuk, Qxaro Zed')).toEqual([['Vlintuk, Qxaro Zed', 9, 27], ['Qxaro Zed', 18, 27]]);
    expect(persons('Patient: Vlintuk, Qxaro DOB 1980')).toEqual([['Vlintuk, Qxaro', 9, 23], ['Qxaro', 18, 23]]);
  });

  it('the surname alone: a frequent word, a frequent second word, prose after it, three blanks', () => {
    expect(table(['Patient: Vlintuk, Stable', 'Patient: Vlintuk, Qxaro Table', 'Patient: Vlintuk, Qxaro is here', 'Patient: Vlintuk,   Qxaro'])).toEqual([
      ['Patient: Vlintuk, Stable', [['Vlintuk', 9, 16]]],
      ['Patient: Vlintuk, Qxaro Table', [['Vlintuk', 9, 16]]],
      ['Patient: Vlintuk, Qxaro is here', [['Vlintuk', 9, 16]]],
      ['Patient: Vlintuk,   Qxaro', [['Vlintuk', 9, 16]]],
    ]);
  });
});

describe('look-alikes: branches, estimators, doctrines, storms, named places, anatomy', () => {
  it('kept', () => {
    for (const text of ['Call our Dayton branch', 'Dayton Branch', 'Dayton branch called', 'Kaplan Meier estimator', 'Myers Briggs inventory', 'the Monroe Doctrine', 'the Marshall Plan', 'Hurricane Milton', 'Typhoon Haiyan', 'Tropical Storm Debby', 'Storm Ciarán', 'hit by Hurricane Milton', 'in Hurricane Milton', 'Cyclone Gabrielle Vlintuk', 'the Lincoln Memorial', 'the James Webb Space Telescope', 'the Marie Curie ward', 'the Ada Lovelace meeting room', 'the Nobel Prize', 'the Qxaro Vlintuk Library', 'Achilles tendon rupture', 'Barrett esophagus', "Peyer's patches", 'Morton neuroma', 'Zenker diverticulum']) {
      expect([text, persons(text)]).toEqual([text, []]);
    }
  });

  it('persons: a listed given name before Branch, a greeting or a verb with Storm, no `the`, no possessive', () => {
    expect(table(['Michelle Branch', 'Dear Storm Vlintuk', 'Storm Vlintuk called', 'Monroe Doctrine', 'Marie Curie ward', 'Peyer patches'])).toEqual([
      ['Michelle Branch', [['Michelle Branch', 0, 15]]],
      ['Dear Storm Vlintuk', [['Storm Vlintuk', 5, 18]]],
      ['Storm Vlintuk called', [['Storm Vlintuk', 0, 13]]],
      ['Monroe Doctrine', [['Monroe', 0, 6]]],
      ['Marie Curie ward', [['Marie Curie', 0, 11]]],
      ['Peyer patches', [['Peyer', 0, 5]]],
    ]);
  });
});

describe('thingName and the -ing words: products, colours, features', () => {
  it('kept', () => {
    for (const text of ['a Rose Gold iPhone', 'the Bill Pay feature', 'Use Bill Pay', 'Jasmine Green tea', 'Will Call pickup', 'Pearl White Model', 'the Ruby Red', 'a Bill Pay', 'Online Banking', 'Online Shopping', 'Qxaro Banking']) {
      expect([text, persons(text)]).toEqual([text, []]);
    }
  });

  it('an unlisted -ing word is a name unless its stem is an English word (as written, three letters, with its e, doubled)', () => {
    expect(persons('Qxaro Vlinting')).toEqual([['Qxaro Vlinting', 0, 14]]);
    for (const text of ['Qxaro Printing', 'Qxaro Boxing', 'Qxaro Shipping', 'Qxaro Vlintuk Printing']) expect([text, persons(text)]).toEqual([text, []]);
  });

  it('persons after a greeting, before a verb, after a title, before a possessive', () => {
    expect(table(['Dear Rose Gold,', 'Bill Pay called', 'Ms. Hunter Green', "Rose Gold's iPhone"])).toEqual([
      ['Dear Rose Gold,', [['Rose Gold', 5, 14]]],
      ['Bill Pay called', [['Bill Pay', 0, 8]]],
      ['Ms. Hunter Green', [['Hunter Green', 4, 16]]],
      ["Rose Gold's iPhone", [['Rose Gold', 0, 9]]],
    ]);
  });
});

describe('surnames that are place words (PLACE_WORD_SURNAMES, placeWordPerson)', () => {
  it('persons: a listed given name, a presence, a list, a weak cue, a title, a listed surname after', () => {
    expect(table(['Maria Park is here', 'Jude Law', 'John Hall', 'Minji Park and Seojun Kim', 'Attendees: Maria Park, John Hall', 'Contact: Jiwoo Park', 'Dr. Grace Hall', 'Ms. Park', 'Mary Church Terrell', "Close John Smith's ticket", 'Park Jiwoo called', 'Jiwoo Park and Maria Garcia', 'Maria Garcia and Jiwoo Park'])).toEqual([
      ['Maria Park is here', [['Maria Park', 0, 10]]],
      ['Jude Law', [['Jude Law', 0, 8]]],
      ['John Hall', [['John Hall', 0, 9]]],
      ['Minji Park and Seojun Kim', [['Minji Park', 0, 10], ['Seojun Kim', 15, 25]]],
      ['Attendees: Maria Park, John Hall', [['Maria Park', 11, 21], ['John Hall', 23, 32]]],
      ['Contact: Jiwoo Park', [['Jiwoo Park', 9, 19]]],
      ['Dr. Grace Hall', [['Grace Hall', 4, 14]]],
      ['Ms. Park', [['Park', 4, 8]]],
      ['Mary Church Terrell', [['Mary Church Terrell', 0, 19]]],
      ["Close John Smith's ticket", [['John Smith', 6, 16]]],
      ['Park Jiwoo called', [['Park Jiwoo', 0, 10]]],
      ['Jiwoo Park and Maria Garcia', [['Jiwoo Park', 0, 10], ['Maria Garcia', 15, 27]]],
      ['Maria Garcia and Jiwoo Park', [['Maria Garcia', 0, 12], ['Jiwoo Park', 17, 27]]],
    ]);
  });

  it('places: no cue, a place word before, a capitalized word after, `the`, a preposition of place, capitals, `Lake` leading', () => {
    for (const text of ['Maria Park', 'Jiwoo Park', 'Central Park', 'Hyde Park', 'Carnegie Hall', 'Penny Lane', 'the Royal Albert Hall', 'Directions to Jiwoo Park', "Park Maria's car", 'Temple Grandin spoke', 'Lake Tahoe', 'Lake Como trip', 'Hyde Park Corner', 'Maria PARK']) {
      expect([text, persons(text)]).toEqual([text, []]);
    }
  });
});

describe('decide: an ambiguous given name and its surname (STRONG_NAME_CUE_BEFORE, SURNAME_WORDS, personCue)', () => {
  it('persons', () => {
    expect(table(['Name: Carol King', 'Patient: Joy Field', 'my name is Ivy Ford', 'I am Carol King', 'Full name: Carol King', 'Caller: Carol King', 'Grace Miller', 'Rose Walker', 'Mrs. Maria Lincoln', 'Patient: Maria Dover', 'Maria Lincoln called', 'Ms. Ruby Red'])).toEqual([
      ['Name: Carol King', [['Carol King', 6, 16]]],
      ['Patient: Joy Field', [['Joy Field', 9, 18]]],
      ['my name is Ivy Ford', [['Ivy Ford', 11, 19]]],
      ['I am Carol King', [['Carol King', 5, 15]]],
      ['Full name: Carol King', [['Carol King', 11, 21]]],
      ['Caller: Carol King', [['Carol King', 8, 18]]],
      ['Grace Miller', [['Grace Miller', 0, 12]]],
      ['Rose Walker', [['Rose Walker', 0, 11]]],
      ['Mrs. Maria Lincoln', [['Maria Lincoln', 5, 18]]],
      ['Patient: Maria Dover', [['Maria Dover', 9, 20]]],
      ['Maria Lincoln called', [['Maria Lincoln', 0, 13]]],
      ['Ms. Ruby Red', [['Ruby Red', 4, 12]]],
    ]);
  });

  it('none: another label, a greeting before common words, no cue', () => {
    for (const text of ['Label: Carol King', 'Dear Grace Mark', 'Maria Dover']) expect([text, persons(text)]).toEqual([text, []]);
  });
});

describe('name labels of caller ids, and a lower-case signer', () => {
  it('CNAM and caller-id labels', () => {
    expect(persons('Caller ID: Qxaro Vlintuk')).toEqual([['Qxaro Vlintuk', 11, 24]]);
    expect(persons('CNAM: Qxaro Vlintuk')).toEqual([['Qxaro Vlintuk', 6, 19]]);
    expect(persons('Caller name: Qxaro Vlintuk')).toEqual([['Qxaro Vlintuk', 13, 26]]);
  });

  it('the signer ends before the blanks after it', () => {
    expect(persons('Thanks,\nmaria ')).toEqual([['maria', 8, 13]]);
    expect(persons('cheers\nzephra \n\n')).toEqual([['zephra', 7, 13]]);
  });
});

describe('firmLikeName', () => {
  it('a trade, an institution or a company form last; not a surname-like ending, one word or too long', () => {
    const answers = ['Hilton Garden Inn', 'Golden Gate Dental', 'Acme Corp', 'Acme Corp.', 'Acme AS', '  Acme,  Bakery  ', "Acme Bakery'", 'Acme Inc', 'Blue Bottle Coffee', 'Maria Hall', 'Jiwoo Park', 'Dental', 'Acme Bridge', 'Acme Bakery’s', `${'A'.repeat(71)} Bakery Co`, `${'A'.repeat(70)} Bakery Co`].map((value) => [value, firmLikeName(value)]);
    expect(answers).toEqual([
      ['Hilton Garden Inn', true],
      ['Golden Gate Dental', true],
      ['Acme Corp', true],
      ['Acme Corp.', true],
      ['Acme AS', true],
      ['  Acme,  Bakery  ', true],
      ["Acme Bakery'", true],
      ['Acme Inc', true],
      ['Blue Bottle Coffee', true],
      ['Maria Hall', false],
      ['Jiwoo Park', false],
      ['Dental', false],
      ['Acme Bridge', false],
      ['Acme Bakery’s', false],
      [`${'A'.repeat(71)} Bakery Co`, false],
      [`${'A'.repeat(70)} Bakery Co`, true],
    ]);
  });
});
