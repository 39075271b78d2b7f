// What addresses.ts's business addresses of 2026-12-05a promise (issue 13, written from the Stryker
// run of ORGANIZATION_ADDRESS_BEFORE, finish's owned spans and removePersonsInside): an address
// right after a label that says it is an organisation's own is no detection, each wording of the
// label and each blank it allows; the same address after any other words (a person's, a guest's,
// a sole trader's, a sender's) is one ADDRESS with its exact span; the names found inside a kept
// address are dropped with it, and only those. In process, `detectAddresses` called directly, with
// the detections other detectors made before it in `out`.
import { describe, expect, it } from 'vitest';
import type { Detection } from './types.js';
import { detectAddresses } from './addresses.js';

const ADDRESS = '350 Fifth Avenue, New York, NY 10118';
function spans(text: string, before: Detection[] = []): Array<[number, number, string]> {
  const out: Detection[] = [...before];
  detectAddresses(text, out);
  return out.map((d) => [d.start, d.end, d.type]);
}
/** The one ADDRESS detection of `ADDRESS` in `text`. */
const masked = (text: string): Array<[number, number, string]> => [[text.indexOf(ADDRESS), text.indexOf(ADDRESS) + ADDRESS.length, 'ADDRESS']];

describe('an organisation\'s own address, after its label, is kept', () => {
  it.each([
    // `visit us` at the text's start or after a sentence's end, a line break, a bar or a bullet.
    'Visit us at ', 'visit us ', 'Visit us in ', 'Visit us on ', 'Visit\tus at ', 'Visit us\tat ', 'Visit us: ',
    'Thanks. Visit us at ', 'Thanks! Visit us at ', 'Open? Visit us at ', 'Thanks\nVisit us at ', 'Shop | Visit us at ',
    '• Visit us at ', '· Visit us at ', 'Thanks!Visit us at ', 'Thanks!  Visit us at ', 'Thanks.\tVisit us at ',
    // `our` or `the company's` and a premises word, then `is`/`are`, `located`/`based`/`situated`, `at`/`in`/`on`.
    'Our store: ', 'Our shop: ', 'Our showroom: ', 'Our office: ', 'Our offices: ', 'Our head office: ', 'Our head\toffice: ',
    'Our headquarters: ', 'Our HQ: ', 'Our warehouse: ', 'Our factory: ', 'Our plant: ', 'Our branch: ', 'Our premises: ',
    'Our restaurant: ', 'Our bakery: ', 'Our clinic: ', 'Our pharmacy: ', 'Our returns centre: ', 'Our returns center: ',
    'Our returns department: ', 'Our returns address: ', 'Our returns\tcentre: ', 'The company\'s store: ', 'The company’s store: ',
    'The company\'s\tstore: ', 'the\tcompany\'s store: ', 'Our\tstore: ', 'Our store is ', 'Our offices are ', 'Our store is at ',
    'Our store is located at ', 'Our office is based in ', 'Our plant is situated on ', 'Our store located at ', 'Our store at ',
    'Our store in ', 'Our store on ', 'Our store\tis\tlocated\tat ', 'Please send it to our returns centre at ', '(our store: ',
    // the offices, and the premises' addresses, and `headquarters`/`HQ` alone.
    'Head office: ', 'Registered office: ', 'Main office: ', 'Corporate offices: ', 'Registered office address: ', 'Head\toffice: ',
    'Head office\taddress: ', 'Company address: ', 'Corporate address: ', 'Store address: ', 'Shop address: ', 'Registered address: ',
    'Head office address: ', 'Head\toffice address: ', 'Headquarters address: ', 'HQ address: ', 'Warehouse address: ', 'Company\taddress: ',
    'Headquarters: ', 'HQ: ', 'HQ ', 'HQ - ', 'HQ  :  ', 'HQ:\t', 'Headquarters:\n', 'Headquarters:\n  ', 'Headquarters\n', 'hq: ',
    'Thanks for your order! Our store:\n',
  ])('%s…', (label) => {
    expect(spans(`${label}${ADDRESS}`)).toEqual([]);
  });
  it('reads the 64 characters before the address, also in a text longer than that', () => {
    const text = `Our store: ${ADDRESS}. Open daily from nine to five, closed on Sundays and holidays.`;
    expect(spans(text)).toEqual([]);
    const person = `I live at ${ADDRESS}. Open daily from nine to five, closed on Sundays and holidays.`;
    expect(spans(person)).toEqual(masked(person));
  });
});

describe('an address after other words stays masked', () => {
  it.each([
    'I live at ', 'Ship to: ', 'Come visit us at ', 'Please visit us at ', 'visitors at ', 'Your store: ', 'Yourstore: ',
    'Our home: ', 'Our address: ', 'Our customer lives at ', 'Business address: ', 'Return address: ', 'Our storage: ',
    'Our store manager lives at ', 'Our store is closed, so I am at ', 'Headquarters said I live at ', 'HQ staff: ',
    'Our stores: ', 'Head offices said: ', 'office: ', 'company: ', 'Our store: a block from ', 'Our store:\n\nI live at ',
    'Our store:\n\n', 'Our store is is at ', 'Our store at at ', 'Visit us at at ', 'Visit us at: home, ',
    'Thanks, visit us at ', 'HQ: :', 'HQ -- ', 'HQ\n\n',
  ])('%s…', (label) => {
    const text = `${label}${ADDRESS}`;
    expect(spans(text)).toEqual(masked(text));
  });
  it('an address at the text\'s start, or after one blank, is masked (no kept address before it)', () => {
    expect(spans(ADDRESS)).toEqual(masked(ADDRESS));
    expect(spans(` ${ADDRESS}`)).toEqual(masked(` ${ADDRESS}`));
  });
  it('a second address after a kept one, apart from it, is masked', () => {
    const text = `Our store: 350 Fifth Avenue. Customer: 12 Elm Street, Springfield, IL 62704`;
    expect(spans(text)).toEqual([[text.indexOf('12 Elm'), text.length, 'ADDRESS']]);
    const lines = `Our store: 350 Fifth Avenue\n\n\n\n\n\n\n\nSpringfield, IL 62704`;
    expect(spans(lines)).toEqual([[lines.indexOf('Springfield'), lines.length, 'ADDRESS']]);
  });
  it('a kept address and its city line joined by blanks are one, kept', () => {
    expect(spans('Our store: 350 Fifth Avenue\n\n\nSpringfield, IL 62704')).toEqual([]);
    expect(spans('Our store: 350 Fifth Avenue,   Springfield, IL 62704')).toEqual([]);
  });
});

describe('the names found inside a kept address are dropped with it', () => {
  const person = (text: string, word: string, nth = 0): Detection => {
    let start = -1;
    for (let i = 0; i <= nth; i++) start = text.indexOf(word, start + 1);
    return { start, end: start + word.length, type: 'PERSON', class: 'pii.person' };
  };
  it('Rochester inside a kept address goes; a name before, between and after stays', () => {
    const text = 'Ann Lee wrote. HQ: 200 First St SW, Rochester, MN 55905. Tom Hall wrote. Our store: 12 Elm Street, Springfield, IL 62704. Ed Moss wrote. Visit us at 9 Oak Road, Dover, DE 19901. Kim Tate';
    const before = [person(text, 'Ann Lee'), person(text, 'Rochester'), person(text, 'Tom Hall'), person(text, 'Springfield'), person(text, 'Ed Moss'), person(text, 'Dover'), person(text, 'Kim Tate')];
    expect(spans(text, before)).toEqual([
      [text.indexOf('Ann Lee'), text.indexOf('Ann Lee') + 7, 'PERSON'],
      [text.indexOf('Tom Hall'), text.indexOf('Tom Hall') + 8, 'PERSON'],
      [text.indexOf('Ed Moss'), text.indexOf('Ed Moss') + 7, 'PERSON'],
      [text.indexOf('Kim Tate'), text.indexOf('Kim Tate') + 8, 'PERSON'],
    ]);
  });
  it('a name at the address\'s first and last characters goes; one that runs past its end, and one right after it, stay', () => {
    const text = 'HQ: 200 First St SW, Rochester, MN 55905. Maria Hall';
    const home = text.replace('HQ:', 'Me:');
    expect(spans(home)).toEqual([[4, home.indexOf('55905') + 5, 'ADDRESS']]);
    const start = text.indexOf('200');
    const end = text.indexOf('55905') + 5;
    const first: Detection = { start, end: start + 3, type: 'PERSON', class: 'pii.person' };
    const last: Detection = { start: end - 5, end, type: 'PERSON', class: 'pii.person' };
    const past: Detection = { start: end - 5, end: end + 6, type: 'PERSON', class: 'pii.person' };
    const after: Detection = { start: end + 2, end: text.length, type: 'PERSON', class: 'pii.person' };
    expect(spans(text, [first, last, past, after])).toEqual([[end - 5, end + 6, 'PERSON'], [end + 2, text.length, 'PERSON']]);
  });
  it('keeps the other types inside a kept address, and the names inside a masked one', () => {
    const text = 'HQ: 200 First St SW, Rochester, MN 55905';
    const email: Detection = { start: text.indexOf('Rochester'), end: text.indexOf('Rochester') + 9, type: 'EMAIL', class: 'pii.contact' };
    expect(spans(text, [email])).toEqual([[email.start, email.end, 'EMAIL']]);
    const home = 'I live at 200 First St SW, Rochester, MN 55905';
    expect(spans(home, [person(home, 'Rochester')])).toEqual([[home.indexOf('Rochester'), home.indexOf('Rochester') + 9, 'PERSON'], [10, home.length, 'ADDRESS']]);
  });
  it('five kept addresses, a name inside each and one after each: the halving finds each', () => {
    const parts = ['Ava', 'Ben', 'Cal', 'Dee', 'Eve'].map((name, i) => `Our store: ${i + 1}0 Elm Street, ${name}ton, IL 6270${i}. ${name} Moss wrote.`);
    const text = parts.join(' ');
    const before: Detection[] = [];
    for (const name of ['Ava', 'Ben', 'Cal', 'Dee', 'Eve']) {
      before.push(person(text, `${name}ton`), person(text, `${name} Moss`));
    }
    expect(spans(text, before).map(([s, e]) => text.slice(s, e))).toEqual(['Ava Moss', 'Ben Moss', 'Cal Moss', 'Dee Moss', 'Eve Moss']);
  });
});
