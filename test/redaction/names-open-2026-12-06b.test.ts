// Person names that still leak (issue 11): rows of test/redaction/probe-2026-12-06.cases.md (L1, L2, L3,
// L15, L19, L20) and of test/redaction/probe-2026-12-05j.cases.md (S1, S2, S3). Each block: the row's
// examples, its held-back inputs, held-back inputs of my own of the same kind (written before the rule),
// and look-alikes that stay readable.
import { describe, expect, it } from 'vitest';
import { createRedactor } from '@agent-audit/core';
import { check, masked, storedResults, type Case } from './masked-text.js';

const stored = () => storedResults(() => createRedactor());

describe('chat-speak self-introductions and misspelled name cues (L2, L19)', () => {
  it.each<Case>([
    // L2, the row's examples
    ['hello my names jurgita petrauskiene, cant login', ['jurgita', 'petrauskiene'], ['hello my names', 'cant login']],
    ['hiya, its me tavita leota re claim 5521', ['tavita', 'leota'], ['hiya, its me', 're claim 5521']],
    ['heyy its thandiwe ndlovu lol, cant log in 2 my acct', ['thandiwe', 'ndlovu'], ['heyy its', 'lol, cant log in']],
    // L2, held back
    ['heyy its amaru condori, pls call back', ['amaru', 'condori'], ['heyy its', 'pls call back']],
    ['hi my names oyelaran, i need a new card', ['oyelaran'], ['hi my names', 'i need a new card']],
    ['ello its me nkechi obiora again', ['nkechi', 'obiora'], ['ello its me', 'again']],
    ['hiii im saltanat abenova and my app crashed', ['saltanat', 'abenova'], ['hiii im', 'and my app crashed']],
    ['hey there its tupac quispe-mamani, acct frozen??', ['tupac', 'quispe-mamani'], ['hey there its', 'acct frozen??']],
    // L2, of my own (written before the rule)
    ['heyyy its me selin aydoğdu, order never came', ['selin', 'aydoğdu'], ['heyyy its me', 'order never came']],
    ['hellooo my names wiremu ngata', ['wiremu', 'ngata'], ['hellooo my names']],
    ['hii its me, mahlet gebremedhin. pls help', ['mahlet', 'gebremedhin'], ['hii its me', 'pls help']],
    ['yoo its kofi mensah from the app', ['kofi', 'mensah'], ['yoo its', 'from the app']],
    // L19, the row's examples
    ['my nmae is jurgita petrauskiene', ['jurgita', 'petrauskiene'], ['my nmae is']],
    ['name - jurgita petrauskiene, acct 4417', ['jurgita', 'petrauskiene'], ['name -', 'acct 4417']],
    // L19, held back
    ['my anme is saltanat abenova', ['saltanat', 'abenova'], ['my anme is']],
    ['full name - nkechi obiora', ['nkechi', 'obiora'], ['full name -']],
    ['nmae: tupac condori', ['tupac', 'condori'], ['nmae:']],
    ['my naem is lwazi mahlangu', ['lwazi', 'mahlangu'], ['my naem is']],
    // L19, of my own
    ['name: thandiwe ndlovu\ndob: in my profile', ['thandiwe', 'ndlovu'], ['name:', 'dob: in my profile']],
    ['first nmae - zephra, last name - vlintuk', ['zephra', 'vlintuk'], ['first nmae -', 'last name -']],
    ['hi, my full naem is amaru condori quispe', ['amaru', 'condori', 'quispe'], ['my full naem is']],
    ['customer name – tavita leota; ref 88', ['tavita', 'leota'], ['customer name –', 'ref 88']],
  ])('%j', (text, values, kept) => check([[text, values, kept]]));

  it('in a tool result, through the redactor', () => {
    const { leaksIn, keptIn } = stored();
    const chat = { messages: ['heyy its thandiwe ndlovu lol', 'my nmae is jurgita petrauskiene'] };
    expect(leaksIn(chat, ['thandiwe', 'ndlovu', 'jurgita', 'petrauskiene'])).toEqual([]);
    expect(keptIn(chat, ['heyy its', 'lol', 'my nmae is'])).toEqual([]);
  });

  it.each([
    'hey its me again',
    'heyy its broken again lol',
    'hiii im stuck on step 2',
    'hi its fine now',
    'hey there its working now, thanks',
    'ello its me, the same customer from yesterday',
    'my names are on the form',
    'hi my names dont match on the card',
    'name: string',
    'name: nginx',
    'name: build and test',
    'name - required field',
    'file name - report.pdf',
    '- name: checkout code\n  uses: actions/checkout@v4',
    'the nmae field is misspelled in the form',
    'yoo its raining again',
  ])('look-alike %j stays', (text) => {
    expect(masked(text)).toBe(text);
  });
});

describe('a lower-case title then a lower-case surname in chat (L1)', () => {
  it.each<Case>([
    // the row's examples
    ['she was referred by dr ndlovu last week', ['ndlovu'], ['she was referred by dr', 'last week']],
    ['i saw dr. venkataraman yesterday re my knee', ['venkataraman'], ['i saw dr.', 'yesterday re my knee']],
    ['he was seen 11/3 by dr quigley', ['quigley'], ['he was seen 11/3 by dr']],
    // held back
    ['can u ask dr okonjo-mbeki to ring me back', ['okonjo', 'mbeki'], ['can u ask dr', 'to ring me back']],
    ['appt w/ dr. tuilagi moved to friday?', ['tuilagi'], ['appt w/ dr.', 'moved to friday?']],
    ['mr vasquez-ortuño said the refund was approved', ['vasquez', 'ortuño'], ['mr', 'said the refund was approved']],
    ['mrs kaewkanya from ur billing team emailed me', ['kaewkanya'], ['mrs', 'from ur billing team emailed me']],
    ['prof. adeyinka-sule wrote the referral letter', ['adeyinka', 'sule'], ['prof.', 'wrote the referral letter']],
    // of my own (written before the rule)
    ['pls tell dr mahlangu i said thanks', ['mahlangu'], ['pls tell dr', 'i said thanks']],
    ['ms. obiora called about the bill', ['obiora'], ['ms.', 'called about the bill']],
    ['my neighbour mrs ngata has a key', ['ngata'], ['my neighbour mrs', 'has a key']],
    ['appointment with dr aydoğdu on tues', ['aydoğdu'], ['appointment with dr', 'on tues']],
    ['prof okafor marks really hard', ['okafor'], ['prof', 'marks really hard']],
    ['I SAW dr thandiwe ndlovu TODAY', ['thandiwe', 'ndlovu'], ['I SAW dr', 'TODAY']],
  ])('%j', (text, values, kept) => check([[text, values, kept]]));

  it('in a tool result, through the redactor', () => {
    const { leaksIn, keptIn } = stored();
    const chat = { text: 'she was referred by dr ndlovu last week' };
    expect(leaksIn(chat, ['ndlovu'])).toEqual([]);
    expect(keptIn(chat, ['referred by dr', 'last week'])).toEqual([]);
  });

  it.each([
    'p99 went from 200 ms to 340 ms latency',
    'timeout after 30 ms retrying',
    'the mr was merged yesterday',
    'mr pipeline failed on lint',
    'my dr appointment is at 3',
    'dr. appointment moved to friday',
    'join the ms teams call at 3',
    'open it in ms excel first',
    'ms office license expired',
    'turn left on maple dr then right',
    'big fan of dr who',
    'prof. development day on friday',
    'mrs dash seasoning is out of stock',
    'ms sql server 2019',
    'dr strange is on tonight',
  ])('look-alike %j stays', (text) => {
    expect(masked(text)).toBe(text);
  });
});
