// K10 of the fifth README-only probe of 2026-12-04 (probe-2026-12-04e.cases.md): names typed in
// lower case after an explicit name cue were stored raw (`my name is qxaro vlintuk`, `hi, this is
// zephra from accounts payable`, `please update the address for qxaro vlintuk`): the lists hold
// neither word, and the cues counted only before capitals. The inputs here are other names and
// spellings of the same cues, a property over them, and look-alikes that must stay.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';

const persons = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));

describe('K10: the row', () => {
  it.each([
    ['my name is qxaro vlintuk', ['qxaro vlintuk']],
    ["hello, i'm qxaro vlintuk and i lost my card", ['qxaro vlintuk']],
    ['hi, this is qxaro vlintuk, I need help with my bill', ['qxaro vlintuk']],
    ['hi this is zephra from accounts payable', ['zephra']],
    ['please update the address for qxaro vlintuk', ['qxaro vlintuk']],
    ['name is vlintuk, first name qxaro', ['vlintuk', 'qxaro']],
  ] as const)('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});

describe('K10: other spellings of the kind', () => {
  it.each([
    ['hey, my full name is ildren bravosk', ['ildren bravosk']],
    ['My last name is kestravin.', ['kestravin']],
    ['her maiden name was oskardy', ['oskardy']],
    ["the patient's first name is ulmoth", ['ulmoth']],
    ["good morning, it's brellin from the clinic", ['brellin']],
    ['Hello! I am isvane queraldo', ['isvane queraldo']],
    ['hiya, this is torvek almstrad again', ['torvek almstrad']],
    ['can you change the phone number for ildren bravosk?', ['ildren bravosk']],
    ['I need the email of torvek almstrad please', ['torvek almstrad']],
    ['pull up the records for isvane queraldo and check the balance', ['isvane queraldo']],
    ['thanks. surname is trevasco, given name orlima', ['trevasco', 'orlima']],
  ] as const)('%s', (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  it('a made-up name after any cue spelling (property)', () => {
    const names = fc.constantFrom('qxaro vlintuk', 'zephra', 'ildren bravosk', 'torvek almstrad', 'wenlix', 'isvane queraldo');
    const cues = fc.constantFrom('my name is ', 'My name is ', 'my full name is ', 'hi, i\u2019m ', 'hello i am ', 'hey this is ', 'Hi! this is ', 'good afternoon, it\u2019s ', 'please update the address for ');
    const tails = fc.constantFrom('', '.', ', thanks', ' and i need help', '!');
    fc.assert(
      fc.property(names, cues, tails, (name, cue, tail) => {
        // After a record's noun, a full name only.
        fc.pre(!(cue.includes('address') && !name.includes(' ')));
        expect(persons(`${cue}${name}${tail}`)).toEqual([name]);
      }),
      { numRuns: 150 },
    );
  });
});

describe('K10: look-alikes stay', () => {
  it.each([
    "hi, i'm stuck on the login page",
    'hi this is regarding order 1234',
    "hello, i'm new here",
    "hey i'm wfh today",
    'hi, this is urgent',
    "hi i'm okay thanks",
    "hi i'm trying to reset my password",
    'the file name is config.yaml',
    'name is required',
    'first name field is empty',
    'please update the address for shipping labels',
    'what is the account for acme corp',
    'the number of pods',
    'the record for kubernetes ingress',
    'update the details for billing team',
    'the contact for kube proxy settings',
    'the address for qxaro',
    'my name is not important',
    'HI MY NAME IS on the badge',
  ])('%s', (text) => {
    expect(persons(text)).toEqual([]);
  });
});
