// Issue 11, the fifteenth probe (2026-12-05h), rows L1, L5 and L6 (test/redaction/probe-2026-12-05h.cases.md):
// a double-barrelled surname whose parts the lists do not know, with no given name right before it
// (under a generic `name` member, opening a CRM record's title, in a rich-text run of its own, as
// the answer to a surname question) was stored raw;
// memory stores' namespaced keys (`user:1182:name`, `user/first_name`) were not read as the name key
// their last segment is, and a three-part name in a form-encoded body (Twilio WhatsApp
// `ProfileName=Itzel+Quispe+Mamani`) kept its unlisted parts.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '../../packages/core/src/index.js';
import { timeRatio } from './linear-time.js';
import { check, masked, storedResults } from './masked-text.js';

const { stored, leaksIn, keptIn } = storedResults(() => createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]), sessionMemory: false }), 'c');

describe('L5: a namespaced key is read by its last segment', () => {
  it('the probe rows', () => {
    const memory = { 'user:1182:name': 'Kaveh', 'user:1182:spouse': 'Leïla Farahani-Dufresne', 'user:1182:home': '27 rue des Tanneurs' };
    expect(leaksIn(memory, ['Kaveh', 'Farahani-Dufresne', 'Tanneurs'])).toEqual([]);
    expect(leaksIn({ 'user:77:first_name': 'Oyinkansola' }, ['Oyinkansola'])).toEqual([]);
  });
  it('more of the kind: `:` and `/` namespaces, ids between, the field last', () => {
    expect(leaksIn({ 'session:4c1:caller_name': 'Nyokabi' }, ['Nyokabi'])).toEqual([]);
    expect(leaksIn({ 'profile/last_name': 'Odhiambo-Kariuki' }, ['Odhiambo-Kariuki'])).toEqual([]);
    expect(leaksIn({ 'store:ns1:user:9:given_name': 'Thandeka' }, ['Thandeka'])).toEqual([]);
    expect(leaksIn({ 'contact/name': 'Oyinkansola' }, ['Oyinkansola'])).toEqual([]);
    expect(leaksIn({ 'user:55:dob': '1987-03-14', 'user:55:phone': '987 654 321' }, ['1987-03-14', '987 654 321'])).toEqual([]);
  });
  it('keeps the key itself: a name field after `user:` is no login spelling a person', () => {
    const out = stored({ 'mem:partner:spouse_name': 'Sibongile' });
    expect(out).toContain('mem:partner:spouse_name');
    expect(out).not.toContain('Sibongile');
    expect(stored({ 'user:first_name': 'x' })).toContain('user:first_name');
  });
  it('keeps a namespaced `name` with no person before it, and ECS `user.name` (a login)', () => {
    expect(keptIn({ 'app:config:name': 'Billing Service', 'tool:search:name': 'web_search', 'user:1182:plan': 'Pro' }, ['Billing Service', 'web_search', 'Pro'])).toEqual([]);
    expect(keptIn({ 'user.name': 'jdoe', 'xsi:type': 'Person', 'app:file_name': 'Report-Q3.pdf' }, ['jdoe', 'Person', 'Report-Q3.pdf'])).toEqual([]);
  });
});

describe('L6: a three-part name in a form-encoded body', () => {
  it('the probe rows: the whole value', () => {
    check([
      ['SmsMessageSid=SM1&ProfileName=Itzel%20Quispe%20Mamani&WaId=51987654321&Body=hola', ['Itzel', 'Quispe', 'Mamani'], ['SmsMessageSid=SM1&ProfileName=', '&Body=hola']],
    ]);
  });
  it('more of the kind: `+` or `%20`, family names first, other capitalized parameter names', () => {
    check([
      ['From=whatsapp%3A%2B51922333444&ProfileName=Ccori+Huarachi+Ninan&Body=hola', ['Ccori', 'Huarachi', 'Ninan'], ['&Body=hola']],
      ['ProfileName=Mamani+Choque+Yaretzi&WaId=51922333444', ['Mamani', 'Choque', 'Yaretzi'], ['ProfileName=']],
      ['FriendlyName=Wayra%20Ticona%20Apaza&Status=active', ['Wayra', 'Ticona', 'Apaza'], ['&Status=active']],
    ]);
  });
  it('keeps capitalized values that are no names', () => {
    check([
      ['FromCity=LIMA&FromCountry=PE&SmsStatus=received&Body=Hola+Buenos+Dias', [], ['FromCity=LIMA', 'FromCountry=PE', 'Hola+Buenos']],
      ['FriendlyName=Main+Office+Line&Status=in-use', [], ['Main+Office+Line']],
      ['Subject=Invoice+Copy+Request&Plan=Business+Plus+Annual', [], ['Invoice+Copy+Request', 'Business+Plus+Annual']],
    ]);
  });
});

describe('L1: a double-barrelled surname with no given name before it', () => {
  it('the probe rows: a generic name member, alone or `Surname, Given`', () => {
    expect(leaksIn({ records: [{ Name: 'Farahani-Dufresne, Kaveh', Owner: { Name: 'Svetlana Ong-Marchetti' } }] }, ['Farahani-Dufresne', 'Kaveh', 'Ong-Marchetti'])).toEqual([]);
    expect(leaksIn({ contact: { name: 'Mokoena-Pillay' } }, ['Mokoena-Pillay'])).toEqual([]);
  });
  it('the probe rows: a record title, a rich-text run, a voice answer', () => {
    expect(leaksIn({ properties: { dealname: 'Mokoena-Pillay - Enterprise upgrade' } }, ['Mokoena-Pillay'])).toEqual([]);
    const adf = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Customer: ' }, { type: 'text', text: 'Thandiwe ' }, { type: 'text', text: 'Mokoena-Pillay' }] }] };
    expect(leaksIn(adf, ['Thandiwe', 'Mokoena-Pillay'])).toEqual([]);
    const turns = { turns: [{ role: 'assistant', content: 'May I have your last name?' }, { role: 'user', content: 'Farahani-Dufresne' }, { role: 'assistant', content: 'And your first name?' }, { role: 'user', content: 'Kaveh' }] };
    expect(leaksIn(turns, ['Farahani-Dufresne', 'Kaveh'])).toEqual([]);
  });
  it('more of the kind: other surnames, members, titles and questions', () => {
    expect(leaksIn({ lead: { Name: 'Ekwueme-Sandoval, Chidinma Ruth' } }, ['Ekwueme-Sandoval', 'Chidinma'])).toEqual([]);
    expect(leaksIn({ assignee: { name: 'Mutasa-Lindqvist' } }, ['Mutasa-Lindqvist'])).toEqual([]);
    expect(leaksIn({ opportunity: { Name: 'Oyelaran-Costa - Q3 expansion' } }, ['Oyelaran-Costa'])).toEqual([]);
    expect(leaksIn({ subject: 'Abubakar-Whitfield – onboarding call' }, ['Abubakar-Whitfield'])).toEqual([]);
    const runs = [{ type: 'text', text: 'Requester: ' }, { type: 'text', text: 'Chidinma ' }, { type: 'text', text: 'Ekwueme-Sandoval', marks: [{ type: 'em' }] }];
    expect(leaksIn({ content: runs }, ['Chidinma', 'Ekwueme-Sandoval'])).toEqual([]);
    const turns = { turns: [{ role: 'assistant', content: 'Could I get your family name, please?' }, { role: 'user', content: 'Mutasa-Lindqvist' }] };
    expect(leaksIn(turns, ['Mutasa-Lindqvist'])).toEqual([]);
    check([
      ['Updated deal "Oyelaran-Costa - Renewal FY27" in HubSpot.', ['Oyelaran-Costa'], ['Renewal FY27']],
      ['Deals:\nAbubakar-Whitfield - Expansion\nAcme - Renewal', ['Abubakar-Whitfield'], ['Acme - Renewal']],
    ]);
  });
  it('keeps hyphenated compounds that are no names', () => {
    for (const name of ['Follow-Up', 'Roll-Out', 'Wi-Fi', 'Co-Op', 'Coca-Cola', 'Hewlett-Packard', 'Rolls-Royce', 'Play-Doh', 'Post-It', 'Self-Service', 'Non-Profit', 'Check-In', 'Co-Founder', 'Anglo-Saxon']) {
      expect(keptIn({ name }, [name])).toEqual([]);
      expect(keptIn({ dealname: `${name} - Enterprise upgrade` }, [name])).toEqual([]);
    }
    expect(keptIn({ records: [{ Name: 'Acme-Global, Inc' }] }, ['Acme-Global'])).toEqual([]);
    const runs = [{ type: 'text', text: 'Customer: ' }, { type: 'text', text: 'Thandiwe ' }, { type: 'text', text: 'needs a callback' }];
    expect(keptIn({ content: runs }, ['needs a callback'])).toEqual([]);
    check([
      ['Follow-Up - Enterprise upgrade', [], ['Follow-Up - Enterprise upgrade']],
      ['Wi-Fi - Guest network - Roll-Out - Q3', [], ['Wi-Fi - Guest network - Roll-Out - Q3']],
    ]);
  });
  it('reads record titles in linear time', () => {
    const line = '"Abubakar-Whitfield - Expansion" "Aaaaaaaaaa-Bbbbbbbbbb x - ';
    expect(timeRatio((text) => masked(text), (n) => line.repeat(Math.ceil(n / line.length)), 12_500, 25_000)).toBeLessThanOrEqual(3);
  });
});
