import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, detectSensitive, fileLedger } from '@agent-audit/core';
import { storedJsonl } from './stored.js';

// L8 of the eighth probe (test/redaction/probe-2026-12-05a.cases.md) and four kinds beside it:
// 1. a name whose given name and surname an emoji parts (dating-app and gaming chats): the emoji's
//    variation selector (U+FE0F, a combining mark) was read as a letter glued to the surname, and
//    an emoji between two words ended the run (names.ts: EMOJI_GAP, emojiJoins);
// 2. a given name in capitals that is an English word (`YAW`, `MAY`, `GRACE`) before a surname in
//    capitals after a person's cue or before a person's verb (givenWordsInCaps);
// 3. a tab between a given name and a surname (`@Maria\tGarcia`): read as one name, each part masked;
// 4. a unit, seat or room code after a full name (`Maria Lopez 4B`: read as a street and its number);
// 5. a person whose name is a designer's brand (`Paul Smith returned the shirt`, `Customer: Paul Smith`).
const persons = (text: string) => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));
const work = mkdtempSync(join(tmpdir(), 'aa-emoji-brand-names-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('1. a name parted by an emoji', () => {
  it('the probe row (L8)', () => {
    expect(persons('matched with Marisol ❤️ Etxeberria on the app, she said hi')).toEqual(['Marisol ❤️ Etxeberria']);
    expect(persons('matched with Tevita 🙂 Havili on the app')).toEqual(['Tevita 🙂 Havili']);
    expect(persons('matched with Qxaro👩‍⚕️Vlintuk on the app, phone 415-555-0134')).toEqual(['Qxaro👩‍⚕️Vlintuk']);
    expect(persons('Name: Qxaro👩‍⚕️Vlintuk')).toEqual(['Qxaro👩‍⚕️Vlintuk']);
  });
  it('held back: other emoji, skin tones, flags, keycaps, ZWJ sequences', () => {
    expect(persons('matched with Marisol 👍🏽 Etxeberria')).toEqual(['Marisol 👍🏽 Etxeberria']);
    expect(persons('gg Tevita🇹🇴Havili well played')).toEqual(['Tevita🇹🇴Havili']);
    expect(persons('Player: Orvenna 👨‍👩‍👧 Thistlecrake')).toEqual(['Orvenna 👨‍👩‍👧 Thistlecrake']);
    expect(persons('matched with Rose 🌹 Garcia')).toEqual(['Rose 🌹 Garcia']);
    expect(persons("Siobhán 🍀 O'Neill")).toEqual(["Siobhán 🍀 O'Neill"]);
    expect(persons('Hi Tevita ✨ Havili, welcome to the server')).toEqual(['Tevita ✨ Havili']);
    expect(persons('cc @Tevita 🙂 Havili can you check')).toEqual(['Tevita 🙂 Havili']);
    expect(persons('@Qxaro👩‍⚕️Vlintuk please review')).toEqual(['Qxaro👩‍⚕️Vlintuk']);
    expect(persons('@Override 🙂 public')).toEqual([]);
  });
  it('boundaries: an emoji beside words that are no name stays a boundary', () => {
    expect(persons('Welcome 👋 John Smith')).toEqual(['John Smith']);
    expect(persons('Welcome 👋 John')).toEqual(['John']);
    expect(persons('Hope 🙏 John recovers soon')).toEqual(['John']);
    expect(persons('I ❤️ Paris')).toEqual([]);
    expect(persons('Go Team 🎉 Rocket')).toEqual([]);
    expect(persons('Great Job 🎉 Everyone')).toEqual([]);
    expect(persons('Thanks 🙏 Maria Garcia')).toEqual(['Maria Garcia']);
    expect(persons('Release 🚀 Notes')).toEqual([]);
  });
  it('one pseudonym for the name with or without its emoji', () => {
    const normal = (text: string) => detectSensitive(text).find((d) => d.type === 'PERSON')?.normalized;
    expect(normal('matched with Tevita 🙂 Havili')).toBe(normal('matched with Tevita Havili'));
  });
  it('a hostile input completes', () => {
    // 200 KB of a name's word and an emoji, and of emoji alone: no timing assert, it completes.
    expect(Array.isArray(persons(`${'Qxaro 🙂 '.repeat(20_000)}Vlintuk`))).toBe(true);
    expect(persons(`Tevita ${'🙂'.repeat(100_000)} Havili`)).toEqual([]);
  });
});

describe('2. a given name in capitals that is an English word', () => {
  it('the probe row (L3 open part)', () => {
    expect(persons('YAW MENSAH will cover the night shift on Saturday.')).toEqual(['YAW MENSAH']);
    expect(persons('Hi YAW MENSAH, following up on the invoice')).toEqual(['YAW MENSAH']);
    expect(persons('ok thanks YAW MENSAH, see you tomorrow')).toEqual(['YAW MENSAH']);
  });
  it('held back: other short and English-word given names in capitals', () => {
    expect(persons('Hi MAY OKAFOR, following up')).toEqual(['MAY OKAFOR']);
    expect(persons('Dear GRACE BAKARE,')).toEqual(['GRACE BAKARE']);
    expect(persons('Approved by JOY OKAFOR on 2026-11-02.')).toEqual(['JOY OKAFOR']);
  });
  it('boundaries: capitals with no cue, and words that are no given name', () => {
    expect(persons('YAW RATE SENSOR FAULT')).toEqual([]);
    expect(persons('MAY CONTAIN NUTS')).toEqual([]);
    expect(persons('from MAY ONWARDS')).toEqual([]);
    expect(persons('Hi ALL TEAMS,')).toEqual([]);
  });
});

describe('3. a tab between a given name and a surname', () => {
  it('the finding', () => {
    // Read as one name, masked part by part: a tab parts a table's columns as often, and they stay.
    expect(persons('@Maria\tGarcia can you check the order?')).toEqual(['Maria', 'Garcia']);
    expect(persons('Maria\tGarcia will cover the shift')).toEqual(['Maria', 'Garcia']);
    expect(persons('Hi Maria\tGarcia,')).toEqual(['Maria', 'Garcia']);
  });
  it('held back and boundaries: table columns of other words', () => {
    expect(persons('Customer:\tTevita\tHavili')).toEqual(['Tevita', 'Havili']);
    expect(persons('Status\tActive\tPending')).toEqual([]);
    expect(persons('London\tParis\tBerlin')).toEqual([]);
  });
});

describe('4. a unit or seat code after a name', () => {
  it('the finding', () => {
    expect(persons('Maria Lopez 4B')).toEqual(['Maria Lopez']);
    expect(persons('Guest: Maria Lopez 4B')).toEqual(['Maria Lopez']);
    expect(persons('Maria Lopez 4B called about the heating')).toEqual(['Maria Lopez']);
    expect(persons('Seat: Amara Okafor 14C')).toEqual(['Amara Okafor']);
  });
  it('boundaries: a street and its number stay', () => {
    expect(persons('Joaquin Suarez 2906')).toEqual([]);
    expect(persons('Calle Joaquin Suarez 4B, Montevideo')).toEqual([]);
  });
});

describe('5. a person whose name is a brand', () => {
  it('the finding', () => {
    expect(persons('Paul Smith returned the shirt')).toEqual(['Paul Smith']);
    expect(persons('Customer: Paul Smith')).toEqual(['Paul Smith']);
    expect(persons('Hi Paul Smith, your refund is on its way')).toEqual(['Paul Smith']);
    expect(persons('Ted Baker ordered a replacement on Monday')).toEqual(['Ted Baker']);
  });
  it('boundaries: the brand stays', () => {
    expect(persons('a Paul Smith shirt')).toEqual([]);
    expect(persons('at Paul Smith on Regent Street')).toEqual([]);
    expect(persons('Paul Smith returned to profit last year')).toEqual([]);
    expect(persons('Morgan Stanley said in a note')).toEqual([]);
    expect(persons('bought from Ted Baker')).toEqual([]);
  });
});

describe('through createAuditor and a file ledger', () => {
  it('the stored bytes hold none of the names', async () => {
    const dir = join(work, 'ledger');
    const auditor = createAuditor({ agent: { id: 'a' }, sink: fileLedger({ dir }), redactionWorker: false });
    const inputs = [
      'matched with Marisol ❤️ Etxeberria on the app, she said hi',
      'matched with Tevita 🙂 Havili on the app',
      'matched with Qxaro👩‍⚕️Vlintuk on the app, phone 415-555-0134',
      'YAW MENSAH will cover the night shift on Saturday.',
      '@Maria\tGarcia can you check the order?',
      'Maria Lopez 4B called about the heating',
      'Paul Smith returned the shirt',
    ];
    for (const input of inputs) auditor.record({ type: 'message.user', content: { input } });
    auditor.record({ type: 'tool.result', tool: { name: 'profile', result: { bio: 'Name: Qxaro👩‍⚕️Vlintuk' } } });
    auditor.record({ type: 'message.agent', content: { output: 'I ❤️ Paris. Go Team 🎉 Rocket! a Paul Smith shirt' } });
    await auditor.close();
    const stored = storedJsonl(dir);
    for (const raw of ['Etxeberria', 'Marisol', 'Tevita', 'Havili', 'Qxaro', 'Vlintuk', 'YAW', 'MENSAH', 'Maria', 'Garcia', 'Lopez', 'Paul Smith returned']) expect(stored).not.toContain(raw);
    for (const kept of ['I ❤️ Paris', 'Go Team 🎉 Rocket', 'a Paul Smith shirt', '4B called']) expect(stored).toContain(kept);
  });
  it('in one session, the name with its emoji and without it takes one pseudonym', async () => {
    const dir = join(work, 'session');
    const auditor = createAuditor({ agent: { id: 'a' }, sink: fileLedger({ dir }), redactionWorker: false });
    auditor.run({ session: 's-emoji' }, () => {
      for (const input of ['matched with Tevita 🙂 Havili', 'and Tevita Havili again']) auditor.record({ type: 'message.user', content: { input } });
    });
    await auditor.close();
    const stored = storedJsonl(dir);
    const pseudonyms = [...stored.matchAll(/\[PERSON:(psn_[a-z0-9_]+)\]/g)].map((match) => match[1]);
    expect(pseudonyms.length).toBe(2);
    expect(new Set(pseudonyms).size).toBe(1);
    expect(stored).not.toContain('Havili');
  });
});
