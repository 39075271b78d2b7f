import { describe, expect, it } from 'vitest';
import { createRedactor, detectSensitive } from '../index.js';

// N1 of the sixth probe of 2026-12-04 (test/redaction/probe-2026-12-04f.cases.md), found by the
// maintainers while fixing its O rows: a person's name whose surname is also a place (`Maria
// Lincoln`, `Maria Dover`: names.ts PLACES) or a place's or thing's word (`Park`, `Hall`, `Law`,
// `Lake`: NOT_PERSON_AFTER) was stored raw, even after `Mrs.`, `Patient:` or `Dear` (names.ts
// decide: the branch of an ambiguous given name ignored every cue; kindOf made `Park` a word no
// name runs into; PLACE_WORD_SURNAMES, placeWordPerson, SURNAME_WORDS, personCue).
const persons = (text: string) => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));
const redactor = createRedactor({ pseudonymKey: new Uint8Array(32).fill(9) });
function stored(result: unknown): string {
  const out = redactor.redact({ v: 1, id: 'e', seq: 0, ts: '2026-12-04T00:00:00Z', stream: 's', type: 'tool.result', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', result } } as never, { capture: {} } as never) as { event: { tool: { result: unknown } } };
  return JSON.stringify(out.event.tool.result);
}
const PLACE_SURNAMES = ['Lincoln', 'Raleigh', 'Richmond', 'Dover', 'Hartford', 'Albany', 'Charlotte', 'Austin', 'Newark', 'Trenton', 'Baltimore'];

describe('N1: a surname that is also a place, after a cue or a person\'s verb', () => {
  it('the probe row: Patient:, Dear, Mrs. and a person\'s verb, every surname of PLACES named', () => {
    for (const surname of PLACE_SURNAMES) {
      const name = `Maria ${surname}`;
      for (const text of [`Patient: ${name}, age 40`, `Dear ${name},`, `Mrs. ${name}, age 40`, `${name} called`]) expect(persons(text), text).toEqual([name]);
    }
    expect(persons('Patient: Amy Austin, age 40')).toEqual(['Amy Austin']);
    expect(persons('Patient: Jane Jackson, age 40')).toEqual(['Jane Jackson']);
  });
  it('the probe row: a common surname the lists hold as a given name, a colour after a title', () => {
    expect(persons('Grace Miller ordered')).toEqual(['Grace Miller']);
    expect(persons('cvv 1234, Grace Miller')).toEqual(['Grace Miller']);
    expect(persons('Ms. Ruby Red')).toEqual(['Ruby Red']);
  });
  it('through the redactor: nothing of the name is stored', () => {
    const out = stored({ note: 'Patient: Maria Lincoln, age 40', letter: 'Dear Maria Dover,', by: 'Mrs. Maria Hartford' });
    for (const word of ['Lincoln', 'Dover', 'Hartford']) expect(out).not.toContain(word);
  });
});

describe('N1: a surname that is also a place\'s or a thing\'s word (Park, Hall, Law, Lake)', () => {
  it('the probe row', () => {
    expect(persons('Maria Park is here')).toEqual(['Maria Park']);
    expect(persons('Seen by John Hall today')).toEqual(['John Hall']);
    expect(persons('Dear Ms. Park,')).toEqual(['Park']);
    expect(persons('Dr. Grace Hall reviewed the scan')).toEqual(['Grace Hall']);
    expect(persons('Jude Law signed the form')).toEqual(['Jude Law']);
    expect(persons('Ricki Lake phoned')).toEqual(['Ricki Lake']);
    expect(persons('Contact: Jiwoo Park')).toEqual(['Jiwoo Park']);
    expect(persons('Minji Park and Seojun Kim')).toEqual(['Minji Park', 'Seojun Kim']);
    const out = stored({ note: 'Jude Law signed the form', contact: 'Contact: Jiwoo Park' });
    for (const word of ['Law', 'Jiwoo', 'Park']) expect(out).not.toContain(word);
  });
  it('places and things stay', () => {
    for (const text of ['Central Park', 'Meet me in Central Park at noon', 'Hyde Park', 'Hyde Park Corner', 'Carnegie Hall', 'Royal Albert Hall tickets', 'Penny Lane', 'Salt Lake City', 'Lake Tahoe', 'Supreme Court', 'Power BI', 'Church Street 5', 'visit Lincoln, Nebraska', 'flights to Charlotte', 'Austin, TX', 'the Albert Hall', 'Court of Appeal', 'Law Society', 'Temple Bar', 'Hall of Fame', 'Smith Hall', 'a Rose Gold iPhone', 'the Bill Pay feature', 'Will Call pickup']) expect(persons(text), text).toEqual([]);
    expect(stored({ venue: 'Carnegie Hall', park: 'Central Park', city: 'Salt Lake City' })).toContain('Carnegie Hall');
  });
});

describe('N1: held back (inputs of the kind that are not the row\'s)', () => {
  it('persons', () => {
    const people: [string, string[]][] = [
      ['Mrs. Georgia Hartford, DOB 03/04/1980', ['Georgia Hartford']], ['Hi Maria Albany,', ['Maria Albany']], ['Referred by Dr. Anna Court', ['Anna Court']],
      ['Ms. Lucy Temple called back', ['Lucy Temple']], ['Dear Maria Power,', ['Maria Power']], ['Patient: Rose Walker, age 52', ['Rose Walker']],
      ['Hyunwoo Park and Daniel Lee', ['Hyunwoo Park', 'Daniel Lee']], ['Emma Hall signed the consent', ['Emma Hall']], ['Contact: Soyeon Park', ['Soyeon Park']],
      ['Grace Cooper phoned twice', ['Grace Cooper']], ['Mr. Daniel Church, age 61', ['Daniel Church']], ['Patient: Maria Newark', ['Maria Newark']],
      ['Dear Ms. Lane,', ['Lane']], ['Sarah Close confirmed the appointment', ['Sarah Close']], ['Patient: Grace Richmond, 44F', ['Grace Richmond']],
      ['Melissa Law approved the refund', ['Melissa Law']], ['Mary Church Terrell', ['Mary Church Terrell']],
    ];
    for (const [text, want] of people) expect(persons(text), text).toEqual(want);
  });
  it('places and things', () => {
    for (const text of ['Gramercy Park', 'Tickets for Carnegie Hall tonight', 'Walk around Lake Como', 'Temple Church', 'Regent Street 12', 'Court Lane 4', 'Meet at Albert Park', 'flights from Baltimore to Raleigh', 'Richmond, VA', 'the Park Lane hotel', 'Power Apps', 'Penny Lane is a song', 'the Supreme Court ruled', 'Finsbury Park station', 'a Ruby Red lipstick']) expect(persons(text), text).toEqual([]);
  });
});

describe('N1: the place\'s word opening a sentence, in a list, before a Korean given name', () => {
  it('a verb that is a place\'s word opens the sentence; a list of people; Park first', () => {
    expect(persons("Close John Smith's ticket")).toEqual(['John Smith']);
    expect(persons('Court Maria Garcia today')).toEqual(['Maria Garcia']);
    expect(persons('Attendees: Maria Park, John Hall, Jude Law')).toEqual(['Maria Park', 'John Hall', 'Jude Law']);
    expect(persons('Park Jiwoo called')).toEqual(['Park Jiwoo']);
    expect(persons('Dear Park Jiwoo,')).toEqual(['Park Jiwoo']);
    for (const text of ['Power Apps approved it', 'Penny Lane and Abbey Road', 'Hall Monitor approved', 'Temple Church']) expect(persons(text), text).toEqual([]);
  });
});
