import { describe, expect, it } from 'vitest';
import { createRedactor, detectSensitive } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';

// O1, O3, O4, O5, O6 and O7 of the eleventh probe of 2026-12-05 (test/redaction/probe-2026-12-05d.cases.md,
// issue 11): over-redactions. O1 weekday abbreviations in dates and schedules; O3 Amazon Polly voice
// ids; O4 `Mac OS X` and the platform comment of a user agent; O5 billing plan names and a
// statement descriptor's tier; O6 what is named after a person (lectures, prizes, shows, film
// lists); O7 a CRM id read as a phone by a phone word cut out of a longer word. Each row's inputs,
// held-back spellings of the same kind, and look-alikes that must stay masked.
const found = (text: string, type: string) => detectSensitive(text).filter((d) => d.type === type).map((d) => text.slice(d.start, d.end));
const persons = (text: string) => found(text, 'PERSON');
const addresses = (text: string) => found(text, 'ADDRESS');
const phones = (text: string) => found(text, 'PHONE');

const key = new Uint8Array(32).fill(9);
const storedResult = (result: unknown): string =>
  JSON.stringify((createRedactor({ pseudonymKey: key }).redact({ v: 1, type: 'tool.result', session: 's1', tool: { name: 't', callId: 'c1', result } } as never, {} as never) as { event: { tool: { result: unknown } } }).event.tool.result);

describe('O1: weekday abbreviations in dates and schedules', () => {
  it('the probe rows', () => {
    expect(persons('Mon, 01 Dec 2026 09:15:00 -0800')).toEqual([]);
    expect(storedResult({ Date: 'Mon, 01 Dec 2026 09:15:00 -0800' })).not.toContain('PERSON');
    expect(storedResult({ date: 'Thu, 04 Dec 2026 10:00:00 GMT' })).not.toContain('PERSON');
    expect(persons('Timestamps: Thu, 03 Dec 2026 18:04:12 +0000; Wed, 26 Nov 2026 22:01:44 GMT')).toEqual([]);
    expect(persons('Scheduled: Mon 10:00, Thu 14:30 and Fri 09:00.')).toEqual([]);
  });
  it('held back: other dates, ranges and lists', () => {
    expect(persons('Thu Dec  4 10:00:00 UTC 2026')).toEqual([]);
    expect(persons('Office hours Mon–Thu 9-5')).toEqual([]);
    expect(persons('Open Mon-Thu, closed Fri')).toEqual([]);
    expect(persons('Standup every Thu')).toEqual([]);
    expect(persons('Classes Mon, Thu and Fri')).toEqual([]);
    expect(persons('Mon Thu Fri')).toEqual([]);
    expect(persons('due Thu 4th')).toEqual([]);
    expect(persons('Mon 9am sync')).toEqual([]);
    expect(persons('Thu. 04/12 at 10')).toEqual([]);
  });
  it('a person named Thu or Mon stays masked', () => {
    expect(persons('Thu Nguyen called')).toEqual(['Thu Nguyen']);
    expect(persons('Dear Thu,')).toEqual(['Thu']);
    expect(persons('Nguyen Thi Thu')).toEqual(['Nguyen Thi Thu']);
    expect(persons('Thu said hi')).toEqual(['Thu']);
    expect(persons('Ask Thu at 10:00')).toEqual(['Thu']);
  });
  it('linear on a hostile run of weekdays', () => {
    expect(timeRatio((text) => detectSensitive(text), (n) => 'Mon, Thu and '.repeat(Math.ceil(n / 13)))).toBeLessThan(3);
  });
});

describe('O3: Amazon Polly voice ids', () => {
  it('the probe rows', () => {
    expect(persons('<Response><Say voice="Polly.Joanna">Hello</Say></Response>')).toEqual([]);
    expect(persons('["Polly.Matthew","Polly.Joanna-Neural"]')).toEqual([]);
    expect(persons('<Say voice="Polly.Amy" language="en-GB">Hi</Say>')).toEqual([]);
  });
  it('held back: other voices and engines', () => {
    expect(persons('voice: Polly.Lupe-Generative')).toEqual([]);
    expect(persons('use Polly.Brian for en-GB')).toEqual([]);
    expect(persons('en-US-JennyNeural, Google.en-US-Wavenet-F')).toEqual([]);
  });
  it('a person named Polly stays masked', () => {
    expect(persons('Polly said hi')).toEqual(['Polly']);
    expect(persons('Dear Polly, thanks')).toEqual(['Polly']);
  });
});

describe('O4: Mac OS X and user agents', () => {
  const ua = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15';
  it('the probe rows', () => {
    expect(storedResult({ os: 'Mac OS X' })).not.toContain('PERSON');
    expect(storedResult({ os: 'Mac OS X 10.15' })).not.toContain('[');
    expect(detectSensitive(ua)).toEqual([]);
  });
  it('held back: other platforms and spellings', () => {
    expect(detectSensitive('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/537.36')).toEqual([]);
    expect(persons('Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36')).toEqual([]);
    expect(addresses('Apple OS 10 build')).toEqual([]);
    expect(persons('Runs on Mac OS')).toEqual([]);
    expect(detectSensitive('Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15')).toEqual([]);
  });
  it('Polish os. addresses and persons in parentheses stay masked', () => {
    expect(addresses('os. Tysiąclecia 12, Kraków')).toEqual(['os. Tysiąclecia 12, Kraków']);
    expect(addresses('Os. Kościuszki 5')).toEqual(['Os. Kościuszki 5']);
    expect(persons('call (Maria Lopez) now')).toEqual(['Maria Lopez']);
    expect(persons('Mac Nguyen called')).toEqual(['Mac Nguyen']);
  });
});

describe('O5: billing plan names and statement descriptors', () => {
  it('the probe rows', () => {
    expect(storedResult({ object: 'price', nickname: 'Growth Monthly' })).not.toContain('PERSON');
    expect(storedResult([{ nickname: 'Growth Monthly' }, { nickname: 'Starter Annual' }, { nickname: 'Scale Yearly' }, { nickname: 'Team Plus' }])).not.toContain('PERSON');
    expect(storedResult({ statement_descriptor: 'ACME SAAS PRO' })).not.toContain('PERSON');
  });
  it('held back: other plans and tiers', () => {
    expect(storedResult({ nickname: 'Business Quarterly' })).not.toContain('PERSON');
    expect(storedResult({ nickname: 'Pro plan' })).not.toContain('PERSON');
    expect(storedResult({ display_name: 'Enterprise Tier 2' })).not.toContain('PERSON');
    expect(persons('INITECH CLOUD PREMIUM')).toEqual([]);
  });
  it('a person under nickname stays masked', () => {
    expect(storedResult({ nickname: 'Maria Lopez' })).toContain('PERSON');
    expect(storedResult({ nickname: 'Big Mike' })).toContain('PERSON');
    expect(storedResult({ nickname: 'Pro' })).toContain('PERSON');
  });
});

describe('O6: what is named after a person', () => {
  it('the probe rows', () => {
    expect(storedResult({ name: 'Grace Hopper Celebration booth' })).not.toContain('PERSON');
    expect(persons('Grace Hopper Celebration 2026')).toEqual([]);
    expect(persons('Alan Turing Lecture')).toEqual([]);
    expect(persons('The Marshall Plan, the Monroe Doctrine and the Truman Show were discussed')).toEqual([]);
    expect(persons('movie night: The Truman Show, Forrest Gump, Jerry Maguire, Annie Hall.')).toEqual([]);
  });
  it('held back: prizes, lectures, shows and lists of works', () => {
    expect(persons('She won the Ada Lovelace Medal')).toEqual([]);
    expect(persons('the Richard Dimbleby Lecture and the Turing Award')).toEqual([]);
    expect(persons('We watched The Jerry Springer Show')).toEqual([]);
    expect(persons('Films to watch: Erin Brockovich, Jackie Brown, Annie Hall')).toEqual([]);
    expect(persons('Reading list: Jane Eyre, Anna Karenina, Emma')).toEqual([]);
  });
  it('persons beside those words stay masked', () => {
    expect(persons('Did Grace Hopper show up?')).toEqual(['Grace Hopper']);
    expect(persons('Maria Lopez gave the lecture')).toEqual(['Maria Lopez']);
    expect(persons('movie night: hosted by Maria Lopez')).toEqual(['Maria Lopez']);
    expect(persons('Movie night went well. Maria Lopez brought snacks')).toEqual(['Maria Lopez']);
  });
  it('linear on a hostile list after a works label', () => {
    expect(timeRatio((text) => detectSensitive(text), (n) => 'movies: ' + 'Annie Hall, '.repeat(Math.ceil(n / 12)))).toBeLessThan(3);
  });
});

describe('O7: a CRM id is no phone', () => {
  it('the probe row', () => {
    expect(phones('Jira: PROJ-1234, SUP-412; Zendesk #35436; Intercom conv 215468; HubSpot deal 9827361512.')).toEqual([]);
  });
  it('held back: other objects and a cut word', () => {
    expect(phones('Zendesk #35436; Intercom conv 215468; HubSpot deal 9827361512.')).toEqual([]);
    expect(phones('Salesforce opportunity 0065g00000ab; HubSpot deals 9827361512')).toEqual([]);
    expect(phones('Freshdesk ticket 44120; Zendesk #35436; Intercom conversation 215468 and 9827361512.')).toEqual([]);
  });
  it('phones stay masked', () => {
    expect(phones('Zendesk desk phone #35436; Intercom 215468; HubSpot 9827361512.')).toEqual(['9827361512']);
    expect(phones('Call me on 9827361512')).toEqual(['9827361512']);
    expect(phones('Zendesk note: call 4155550132')).toEqual(['4155550132']);
  });
});

describe('linear time of the windows read before a run', () => {
  // Names with no `(` or sentence mark before them: userAgentComment and worksListBefore search
  // only their window (a first version scanned back to the text's start: quadratic).
  it('100 KB of names, of a user agent and of cut words scale linearly', () => {
    expect(timeRatio((text) => detectSensitive(text), (n) => 'Maria Lopez: '.repeat(Math.ceil(n / 13)))).toBeLessThan(3);
    expect(timeRatio((text) => detectSensitive(text), (n) => 'Mozilla/5.0 (' + 'Mac '.repeat(Math.ceil(n / 4)))).toBeLessThan(3);
    expect(timeRatio((text) => detectSensitive(text), (n) => 'Zendesk #35436; deal 9827361512; '.repeat(Math.ceil(n / 33)))).toBeLessThan(3);
  });
});
