// Issue 11, the person-name parts left open in probe-2026-12-05i (test/redaction/probe-2026-12-05i.cases.md):
// a person before an office's title and an institution named after a person (row N1); `Surname, Given` after a
// label that is no party's (L3's open part); a firm of one surname after a lawyer's noun, a listed firm inside a
// longer run (O1's open part); laws of other countries named after persons and a title of two authors under a lone
// `title` member (O2's open part). Each held-back input (hb-N…) was written before the change.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '../../packages/core/src/index.js';
import { check } from './masked-text.js';
import { storedResults } from './masked-text.js';

const key = () => createKeyring([new Uint8Array(32).fill(11)]);
const { stored } = storedResults(createRedactor({ pseudonymKey: key(), sessionMemory: false }));
function expectStored(result: unknown, keep: readonly string[], gone: readonly string[] = []): void {
  const out = stored(result);
  expect([out, keep.filter((value) => !out.includes(value))]).toEqual([out, []]);
  expect([out, gone.filter((value) => out.includes(value))]).toEqual([out, []]);
}

describe('N1: a person before an office and an institution named after a person', () => {
  it('an office before unlisted names, an institution after `of`', () => {
    check([
      ['Principal Oluwadamilare Thistlewood of Rosa Parks Elementary', ['Oluwadamilare', 'Thistlewood'], ['Rosa Parks Elementary']],
      ['Principal Oluwadamilare Thistlewood of Lincoln Elementary', ['Oluwadamilare', 'Thistlewood'], ['Lincoln Elementary']],
      ['Coach Tsubasa Kuroyanagi of Rosa Parks Elementary', ['Tsubasa', 'Kuroyanagi'], ['Rosa Parks Elementary']],
      ['Nurse Przemysław Grzegorczyk of Johns Hopkins', ['Przemysław', 'Grzegorczyk'], ['Johns Hopkins']],
      ['Principal Dana Whitfield of Rosa Parks Elementary', ['Dana', 'Whitfield'], ['Rosa Parks Elementary']],
      ['Dana Whitfield, principal of Rosa Parks Elementary', ['Dana', 'Whitfield'], ['Rosa Parks Elementary']],
      ['Dr. Alan Brooks of Johns Hopkins', ['Alan', 'Brooks'], ['Johns Hopkins']],
      ['Maria Chen of the Bill & Melinda Gates Foundation', ['Maria', 'Chen'], ['Bill & Melinda Gates Foundation']],
      ['She teaches at Harriet Tubman Freedom Academy.', [], ['Harriet Tubman Freedom Academy']],
    ]);
  });
  it('the held-back inputs', () => {
    check([
      ['Librarian Thandeka Mabhena of Sojourner Truth Elementary sent the list.', ['Thandeka', 'Mabhena'], ['Sojourner Truth Elementary']],
      ['Nurse Bartholomäus Quirrenbach of Johns Hopkins Hospital called back.', ['Bartholomäus', 'Quirrenbach'], ['Johns Hopkins Hospital']],
      ['Chaplain Radomir Szczepankiewicz of St. Jude Children\'s Hospital visited.', ['Radomir', 'Szczepankiewicz'], ["St. Jude Children's Hospital"]],
      ['Registrar Ikaika Kealamakia of Frederick Douglass High School confirmed.', ['Ikaika', 'Kealamakia'], ['Frederick Douglass High School']],
      ['Counselor Yevheniia Zhyvotovska of Cesar Chavez Middle School', ['Yevheniia', 'Zhyvotovska'], ['Cesar Chavez Middle School']],
      ['Trustee Olanrewaju Fadipe of the Rockefeller Foundation signed.', ['Olanrewaju', 'Fadipe'], ['Rockefeller Foundation']],
      ['Superintendent Karen Holloway of Cesar Chavez High School approved the transfer.', ['Karen', 'Holloway'], ['Cesar Chavez High School']],
      ['Lena Hartmann, registrar of Thomas Jefferson University, signed the transcript.', ['Lena', 'Hartmann'], ['Thomas Jefferson University']],
      ['Coach Marcus Bellamy of Booker T. Washington High School called the parents.', ['Marcus', 'Bellamy'], ['Booker T. Washington High School']],
    ]);
  });
  it('look-alikes: firms and products led by an office\'s word, one word after a general title', () => {
    check([
      ['Dean Foods and Principal Financial Group reported.', [], ['Dean Foods', 'Principal Financial Group']],
      ['Coach Outlet and Director Mode are products.', [], ['Coach Outlet', 'Director Mode']],
      ['Maria Lopez teaches at Lincoln Park Elementary.', ['Maria Lopez'], ['Lincoln Park Elementary']],
      ['Principal Oluwadamilare Thistlewood called.', ['Oluwadamilare Thistlewood'], []],
    ]);
  });
});

describe('L3 open part: `Surname, Given` after a label that is no party\'s', () => {
  it('the probe row and the held-back inputs', () => {
    check([
      ['Reviewer: Lindqvist, Maja', ['Lindqvist', 'Maja'], []],
      ['Contact: Okonkwo, Chidi', ['Okonkwo', 'Chidi'], []],
      ['Signed by: Varga, Eszter', ['Varga', 'Eszter'], []],
      ['Assignee: Oyelowo, Tunde', ['Oyelowo', 'Tunde'], []],
      ['Approved by: Nakashima, Haruto', ['Nakashima', 'Haruto'], []],
      ['Interviewer: Kowalczyk, Agnieszka; panel to follow.', ['Kowalczyk', 'Agnieszka'], []],
      ['Author: Delacroix, Amélie', ['Delacroix', 'Amélie'], []],
      ['Assigned to: Oyelowo, Tunde', ['Oyelowo', 'Tunde'], []],
      // Any other label: a listed word in the pair.
      ['Panel: Okonkwo, Tunde', ['Okonkwo', 'Tunde'], []],
    ]);
  });
  it('look-alikes stay', () => {
    check([
      ['Location: Paris, France', [], ['Paris, France']],
      ['Re: Smith, Jones & Co', [], ['Smith, Jones & Co']],
      ['Client: Johnson, Matthey & Co', [], ['Johnson, Matthey & Co']],
      ['Subject: Payment, overdue', [], ['Payment, overdue']],
      ['City: Springfield, IL', [], ['Springfield, IL']],
      ['Destination: Lisbon, Portugal', [], ['Lisbon, Portugal']],
      ['Address: Austin, TX', [], ['Austin, TX']],
      ['Category: Travel, lodging', [], ['Travel, lodging']],
      ['Origin: Manchester, England', [], ['Manchester, England']],
      ['Stack: Postgres, Redis', [], ['Postgres, Redis']],
      // Roles that name software or firms as often are no role's label here.
      ['Host: Ubuntu, Debian', [], ['Ubuntu, Debian']],
      ['Agent: Mozilla, Gecko', [], ['Mozilla, Gecko']],
      ['Editor: Vim, Emacs', [], ['Vim, Emacs']],
      ['Sponsor: Acme, Globex', [], ['Acme, Globex']],
      ['Panel: Lindqvist, Maja', [], []],
      ['Thanks to Maria Lopez, Jones & Co', ['Maria Lopez'], ['Jones & Co']],
      // Lists of given names after a list's label keep one span each.
      ['Attendees: Ravi, Sanjay, Meera', ['Ravi', 'Sanjay', 'Meera'], []],
      ['Reviewer: Lindqvist, Maja, QA lead', ['Lindqvist', 'Maja'], ['QA lead']],
    ]);
  });
});

describe('O1 open part: a firm of one surname after a lawyer\'s noun, a listed firm inside a longer run', () => {
  it('the kind', () => {
    check([
      ['We asked our outside counsel at Cooley.', [], ['Cooley']],
      ['Lawyers at Cahill and Orrick disagreed.', [], ['Cahill', 'Orrick']],
      ['Our associates from Latham, Cooley and Orrick', [], ['Cooley', 'Orrick']],
      ['Via Gibson Dunn Crutcher', [], ['Gibson Dunn Crutcher']],
      ['Maria Garcia Skadden Arps partner', ['Maria Garcia'], ['Skadden Arps']],
      ['Okafor Skadden Arps', ['Okafor'], ['Skadden Arps']],
    ]);
  });
  it('persons stay', () => {
    check([
      ['Maria Morgan Stanley called.', ['Maria Morgan Stanley'], []],
      ['Juan Davis Polk called.', ['Juan Davis Polk'], []],
      ['The partner at Cooley, Maria Lopez, called', ['Maria'], []],
    ]);
  });
});

describe('O2 open part: laws of other countries named after persons, two authors under `title`', () => {
  it('laws and reforms', () => {
    check([
      ['Con la Legge Fornero, la pensione.', [], ['Legge Fornero']],
      ['La Loi Evin interdit la publicité.', [], ['Loi Evin']],
      ['Die Lex Koll und Hartz IV.', [], ['Lex Koll', 'Hartz IV']],
      ['La Ley Sinde fue aprobada.', [], ['Ley Sinde']],
      // held back
      ['Dopo la Legge Biagi e la Legge Merlin.', [], ['Legge Biagi', 'Legge Merlin']],
      ['La loi Macron et la Loi Toubon s\'appliquent.', [], ['loi Macron', 'Loi Toubon']],
      ['Sie bezieht Hartz IV seit 2019.', [], ['Hartz IV']],
      ['A Lei Maria da Penha protege a vítima.', [], ['Lei Maria da Penha']],
      ['Según la Ley Wert y la Ley Celaá.', [], ['Ley Wert', 'Ley Celaá']],
      ['Die Lex Koller gilt für Ausländer.', [], ['Lex Koller']],
    ]);
  });
  it('persons named like a law\'s noun or with a numeral stay', () => {
    check([
      ['Lei Wang called.', ['Lei Wang'], []],
      ['Lex Luthor said no.', ['Lex Luthor'], []],
      ['Peter Hartz sagte nein.', ['Peter Hartz'], []],
      ['Maria de la Cruz called.', ['Maria de la Cruz'], []],
    ]);
  });
  it('two authors under a lone title member', () => {
    expectStored({ title: 'Shakespeare and Marlowe' }, ['Shakespeare and Marlowe']);
    expectStored({ title: 'Goethe and Schiller' }, ['Goethe and Schiller']);
    expectStored({ title: 'Austen and Brontë' }, ['Austen and Brontë']);
    expectStored({ title: 'Dante and Petrarch' }, ['Dante and Petrarch']);
    expectStored({ title: 'Anna Schmidt and Peter Braun' }, [], ['Anna Schmidt', 'Peter Braun']);
    expectStored({ name: 'Goethe and Schiller' }, [], ['Goethe', 'Schiller']);
  });
});
