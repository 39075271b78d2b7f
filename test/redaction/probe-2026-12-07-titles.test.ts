// The leak probe of 2026-12-07 (issue 11, /work/wt/probe/PROBE-REPORT.md), F1 and F8; docs/REDACTION.md "Titles
// and honorifics". F1: a title or an honorific (`Herr`, `Frau`, `Madame`, `Mme`, `Pani`, `Sig.ra`, `Dr. med.`) was
// read as part of a person's name, remembered for the session and masked ALONE later with that person's pseudonym
// (`Der Herr am Schalter 3` got the customer's), and it split one person into several pseudonyms (`Frau Hildegard
// Brunnhuber`, `Hildegard Brunnhuber`, `Frau Brunnhuber`: three). Now a title is no part of the span, of the
// remembered name or of the pseudonym's input: it stays readable before the token, and one person has one pseudonym.
// Every case here was seen failing before the fix (the commit names the counts).
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor, detectSensitive, type AuditEvent } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';
import { ledgerRecorder } from './stored-events.js';

const { storedOf } = ledgerRecorder('titles-2026-12-07');
const TOKEN = /\[PERSON:psn_[a-z0-9_]+\]/g;
const tokens = (text: string): string[] => text.match(TOKEN) ?? [];

/** The stored `content.input` of each message, all recorded in one session through an auditor and a file ledger. */
async function session(messages: readonly string[]): Promise<string[]> {
  const events = await storedOf(messages.map((input) => ({ type: 'message.user', content: { input } })));
  return events.map((event: AuditEvent) => String((event.content as Record<string, unknown>).input));
}

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) });
let sessions = 0;
/** Each value as a tool's result, all in one fresh session of a redactor called directly. */
async function results(values: readonly unknown[]): Promise<unknown[]> {
  const s = `titles-${sessions++}`;
  const out: unknown[] = [];
  for (const result of values) out.push((await redactor.redact({ type: 'tool.result', session: s, tool: { name: 'crm', result } } as never, { capture: {} } as never)).event.tool?.result);
  return out;
}

describe('F1: a title learned with a name is never recalled alone', () => {
  it.each([
    ['Kunde: Herr Kasimir Wendelin, Kd-Nr. 4471.', 'Der Herr am Schalter 3 war unfreundlich.'],
    ['Patientin: Frau Hildegard Brunnhuber, Zimmer 12.', 'Die Frau am Empfang hat angerufen.'],
    ['Client : Madame Éloïse Tremblay.', 'La madame du guichet a appelé.'],
    ['Klientka: Pani Grażyna Wiśniewska, pokój 4.', 'Pani doktor zaleciła badania.'],
    ['Cliente: la Sig.ra Donatella Scarpellini.', 'La signora allo sportello ha chiamato.'],
    ['Patient: Frau Dr. med. Hildegard Brunnhuber', 'Die Frau vom Labor hat angerufen, der Herr Doktor auch.'],
  ])('%s, then %s', async (first, later) => {
    const [a, b] = await session([first, later]);
    expect(tokens(a as string)).toHaveLength(1);
    expect(b).toBe(later);
  });

  it('a bare title after the name was learned under a member (`kunde`, `patient_name`) stays too', async () => {
    const [first, , note] = await results([{ kunde: 'Herr Kasimir Wendelin' }, { patient_name: 'Frau Hildegard Brunnhuber' }, 'Der Herr am Schalter 3 und die Frau am Empfang.']);
    expect(JSON.stringify(first)).not.toContain('Wendelin');
    expect(note).toBe('Der Herr am Schalter 3 und die Frau am Empfang.');
  });

  it("a referral letter's salutation gives the colleague's `Frau` no patient's pseudonym", async () => {
    const [letter] = await session(['Sehr geehrte Frau Kollegin Dr. Rautenstrauch, Ihre Patientin Frau Hildegard Brunnhuber kam heute.']);
    expect(letter).toMatch(/^Sehr geehrte Frau Kollegin Dr\. \[PERSON:psn_[a-z0-9_]+\], Ihre Patientin Frau \[PERSON:psn_[a-z0-9_]+\] kam heute\.$/);
    expect(new Set(tokens(letter as string)).size).toBe(2);
  });
});

describe('F1: one person, one pseudonym, whatever title leads the name', () => {
  it.each([
    [['Patientin: Frau Hildegard Brunnhuber', 'Hildegard Brunnhuber rief an', 'Frau Brunnhuber rief an', 'Frau Dr. med. Hildegard Brunnhuber', 'Dr. Brunnhuber']],
    [['Kunde: Herr Kasimir Wendelin', 'Herrn Kasimir Wendelin schreiben', 'Kasimir Wendelin kam', 'Herr Wendelin kam', 'Prof. Dr. Kasimir Wendelin']],
    [['Client : Madame Éloïse Tremblay', 'Mme Tremblay a appelé', 'Éloïse Tremblay a appelé']],
    [['Klientka: Pani Grażyna Wiśniewska', 'Grażyna Wiśniewska dzwoniła']],
    [['Cliente: la Sig.ra Donatella Scarpellini', 'Signora Donatella Scarpellini ha chiamato', 'Donatella Scarpellini ha chiamato']],
    [['Client: Monsieur Anselme Vaucouleurs', 'M. Anselme Vaucouleurs', 'Anselme Vaucouleurs']],
    [['Cliente: Señora Remedios Ibarguren', 'Remedios Ibarguren llamó']],
  ])('%j', async (messages) => {
    const stored = await session(messages);
    const found = stored.flatMap(tokens);
    expect(found.length, JSON.stringify(stored)).toBeGreaterThanOrEqual(messages.length);
    expect(new Set(found).size, JSON.stringify(stored)).toBe(1);
  });

  it('the title stays readable before the token, and is in no token (`Sig.ra`, `Frau Dr. med.`)', async () => {
    const [a, b, c] = await session(['la Sig.ra Donatella Scarpellini', 'Frau Dr. med. Hildegard Brunnhuber', 'Herrn Kasimir Wendelin']);
    expect(a).toMatch(/^la Sig\.ra \[PERSON:psn_[a-z0-9_]+\]$/);
    expect(b).toMatch(/^Frau Dr\. med\. \[PERSON:psn_[a-z0-9_]+\]$/);
    expect(c).toMatch(/^Herrn \[PERSON:psn_[a-z0-9_]+\]$/);
  });

  it('two women after `Sig.ra` get two pseudonyms (the abbreviation `Sig` was masked with one shared by all)', async () => {
    const [a, b] = await session(['la Sig.ra Donatella Scarpellini', 'la Sig.ra Ornella Vanzetti']);
    expect(a).not.toContain('].ra');
    expect(tokens(a as string)).toHaveLength(1);
    expect(tokens(b as string)).toHaveLength(1);
    expect(tokens(a as string)[0]).not.toBe(tokens(b as string)[0]);
  });

  it('a name under a member with its title has the pseudonym of the name without it', async () => {
    const [titled, bare, prose] = (await results([{ patient_name: 'Frau Hildegard Brunnhuber' }, { patient_name: 'Hildegard Brunnhuber' }, 'Frau Brunnhuber kam'])) as [Record<string, string>, Record<string, string>, string];
    expect(tokens(titled.patient_name as string)).toEqual(tokens(bare.patient_name as string));
    expect(tokens(prose)).toEqual(tokens(bare.patient_name as string));
  });
});

describe('F1: Turkish honorifics after the given name (`Hanım`, `Bey`)', () => {
  it('are never recalled alone, and leave the pseudonym as it is without them', async () => {
    const [a, b, c, d] = await session(['Müşteri: Ayşe Hanım Yılmaz geldi', 'Hanım bekliyor, Bey de bekliyor', 'Ayşe Yılmaz aradı', 'Müşteri: Mehmet Bey aradı']);
    expect(tokens(a as string)).toHaveLength(1);
    expect(b).toBe('Hanım bekliyor, Bey de bekliyor');
    expect(tokens(c as string)).toEqual(tokens(a as string));
    expect(d).toMatch(/^Müşteri: \[PERSON:psn_[a-z0-9_]+\] Bey aradı$/);
  });
});

describe('F1: look-alikes led by a title', () => {
  it.each(['Herr der Ringe', 'Wir haben Herr der Ringe gesehen.', 'Wir waren bei Madame Tussauds in Berlin.', 'Pan Am flight 103', 'Pudding von Dr. Oetker, bitte.', 'Die Frau des Hauses'])('%s stays', async (text) => {
    expect(await session([text])).toEqual([text]);
  });

  it('`Frau Holle` is masked as a person, its title kept (Holle is a surname too: decided in docs/REDACTION.md)', async () => {
    const [stored] = await session(['Frau Holle hat angerufen.']);
    expect(stored).toMatch(/^Frau \[PERSON:psn_[a-z0-9_]+\] hat angerufen\.$/);
  });
});

describe('F8: a name after an "is called" verb, and after `Hr.`', () => {
  it.each([
    ['mein Sohn heißt Korbinian', 'Korbinian'],
    ['Meine Tochter heisst Ottilie und geht zur Schule.', 'Ottilie'],
    ['mio padre si chiama Gianfranco', 'Gianfranco'],
    ['la mia collega si chiama Donatella Scarpellini.', 'Scarpellini'],
    ['mijn man heet Sjoerd', 'Sjoerd'],
    ['mój brat nazywa się Przemysław', 'Przemysław'],
    ['mi hermano se llama Korbinian', 'Korbinian'],
    ["mon fils s'appelle Korbinian", 'Korbinian'],
    ['my son is called Korbinian', 'Korbinian'],
    ['ich heiße Korbinian Zwiebelhofer', 'Zwiebelhofer'],
    ['Bitte Hr. Zwiebelhofer zurückrufen', 'Zwiebelhofer'],
    ['Rückruf Hr. Leberecht Z. wegen Kredit', 'Leberecht'],
    ['Frl. Brunnhuber kam um 9 Uhr', 'Brunnhuber'],
  ])('%s', async (text, name) => {
    const [stored] = await session([text]);
    expect(stored).not.toContain(name);
    expect(tokens(stored as string)).toHaveLength(1);
  });

  it('`Hr.` keeps its title and joins `Herr`: one pseudonym', async () => {
    const stored = await session(['Bitte Hr. Zwiebelhofer zurückrufen', 'Herr Zwiebelhofer hat angerufen']);
    expect(stored[0]).toMatch(/^Bitte Hr\. \[PERSON:psn_[a-z0-9_]+\] zurückrufen$/);
    expect(tokens(stored[1] as string)).toEqual(tokens(stored[0] as string));
  });

  it.each(['das Dorf heißt Oberammergau', 'die Firma heißt Siemens', 'der Film heißt Titanic', 'la ciudad se llama Madrid', 'il paese si chiama Bellagio', 'Ich heiße Sie herzlich willkommen', 'the file is called Report', '24 hr. Service'])('%s stays', async (text) => {
    expect(await session([text])).toEqual([text]);
  });
});

describe('linear time', () => {
  it.each([
    'Frau Dr. med. Dr. med. Herr Pan Hildegard Sig.ra ',
    'mein Sohn heißt Korbinian, mio padre si chiama Gianfranco, my son is called ',
    'mein mein Sohn Sohn heißt heißt ',
  ])('%s', (unit) => {
    const ratio = timeRatio((text) => detectSensitive(text), (n) => unit.repeat(Math.ceil(n / unit.length)));
    expect(ratio).toBeLessThan(3);
  });
});
