// L6 of the seventh README-only probe of 2026-12-04 (probe-2026-12-04g.cases.md): a caller-ID
// (CNAM) name, in capitals and surname first, was stored raw in a form-encoded telephony webhook
// (Twilio `CallerName=VLINTUK+QXARO`: the phone beside it masked) and after `Caller ID:` in a call
// note, while `{CallerName:'BELLWICK QUENTARA'}` as JSON was masked. The row's inputs and other
// spellings of the kind through the real pipeline; look-alikes beside them stay as written.
import { afterAll, describe, expect, it } from 'vitest';
import type { JsonValue } from '@agent-audit/core';
import { kinds, redacted, removeLedgers, stored } from './pipeline-2026-12-04f.js';

afterAll(removeLedgers);

describe('L6: the row', () => {
  it.each([
    ['ToCountry=US&From=%2B12175550142&CallerName=VLINTUK+QXARO', 'ToCountry=US&From=[PHONE]&CallerName=[PERSON]', ['VLINTUK', 'QXARO']],
    ['AccountSid=AC1&From=%2B14155550134&CallerName=BELLWICK+QUENTARA', 'AccountSid=AC1&From=[PHONE]&CallerName=[PERSON]', ['BELLWICK', 'QUENTARA']],
    ['From=%2B14155550134&CallerName=HALVERSHAM+DORRIC&CallerCity=RENO', 'From=[PHONE]&CallerName=[PERSON]&CallerCity=RENO', ['HALVERSHAM', 'DORRIC']],
    ['Caller ID: BELLWICK QUENTARA (415) 555-0134', 'Caller ID: [PERSON] [PHONE]', ['BELLWICK', 'QUENTARA']],
  ] as const)('%s', async (input, expected, names) => {
    const { values, raw } = await stored([input]);
    expect(kinds(values[0] as JsonValue)).toBe(expected);
    for (const name of names) expect(raw).not.toContain(name);
  });
  it('the row\u2019s masked inputs stay masked: the JSON members', () => {
    expect(kinds(redacted({ CallerName: 'BELLWICK QUENTARA' }))).toBe('{"CallerName":"[PERSON]"}');
    expect(kinds(redacted({ caller_name: { caller_name: 'HALVERSHAM DORRIC' } }))).toBe('{"caller_name":{"caller_name":"[PERSON]"}}');
  });
});

describe('L6: other spellings of the kind (held back)', () => {
  it.each([
    ['CallSid=CA1&caller_name=CASTELLANE+MERROW&CallStatus=ringing', 'CallSid=CA1&caller_name=[PERSON]&CallStatus=ringing'],
    ['to=%2B14155550199&cnam=FELTSBY+BRANNOCH&direction=inbound', 'to=[PHONE]&cnam=[PERSON]&direction=inbound'],
    ['From=%2B14155550134&CallerIdName=AMBERWICK%20PELISSE&To=%2B14155550199', 'From=[PHONE]&CallerIdName=[PERSON]&To=[PHONE]'],
    ['Incoming call\nCNAM: AMBERWICK PELISSE\nfrom +1 415 555 0134', 'Incoming call\nCNAM: [PERSON]\nfrom [PHONE]'],
    ['caller id name: THISTLECRAKE ORVENNA', 'caller id name: [PERSON]'],
    ['Caller name: OKONKWO-VALE IDRIS', 'Caller name: [PERSON]'],
  ])('%s', async (input, expected) => {
    const { values } = await stored([input]);
    expect(kinds(values[0] as JsonValue)).toBe(expected);
  });
  it('a cnam member as JSON', () => {
    expect(kinds(redacted({ cnam: 'FELTSBY BRANNOCH', number: '+14155550134' }))).toBe('{"cnam":"[PERSON]","number":"[PHONE]"}');
  });
});

describe('L6: look-alikes stay as written', () => {
  it.each(['Caller ID: UNKNOWN', 'Caller ID: blocked, call back later', 'CallerName=&CallStatus=ringing', 'CallerCity=RENO&CallerState=NV&CallStatus=ringing', 'the caller name field is empty'])('%s', (input) => {
    expect(redacted(input)).toBe(input);
  });
});
