// A surname or a given name standing alone where its context says a person is named (the seventeenth
// README-only probe, 2026-12-05j, L1 and L3; issue 11). L1: a surname alone (unlisted, hyphenated,
// with diacritics) as the subject of a safety narrative before an age appositive (`Narrative:
// Karaosmanoğlu, a 47-year-old participant …`), also when a streamed answer cuts it at its hyphen.
// L3: a child's or a relative's given name alone in case notes: after `met` (`met Gülşen and Defne at
// the family home`), in a `Children:` list with ages, after `meeting for` before a date, after a
// kinship noun that opens a clause (`daughter Abena (LPA)`), in a court caption (`IN THE MATTER OF
// ZEYNEP KORKMAZOĞLU-BAŞ, a minor`), and as a later sentence's subject once found (session memory).
// Look-alikes stay: `Keytruda, a 12-week course`, `Boston, a 3-year-old program`, `met Monday and
// Tuesday`, `Children: 2 (ages 5, 9)`, `the review meeting for Q3`, `daughter company (LPA)`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor, detectSensitive, fileLedger, readEvents, type AuditEvent } from '@agent-audit/core';
import { check, masked, storedResults, type Case } from './masked-text.js';
import { timeRatio } from './linear-time.js';

describe('a surname alone before an age appositive (L1)', () => {
  it.each<Case>([
    // the probe's
    ['Narrative: Karaosmanoğlu, a 47-year-old participant (subject 104-0037), experienced a grade 3 ALT increase on C2D8.', ['Karaosmanoğlu'], ['Narrative:', 'a 47-year-old participant', 'ALT increase']],
    ['Narrative: Häkkinen-Lehtovaara, a 47-year-old participant (subject 104-0037), experienced a grade 3 ALT increase.', ['Häkkinen', 'Lehtovaara'], ['a 47-year-old participant']],
    ['Narrative: Owusu-Ansah, a 47-year-old participant (subject 104-0037), experienced a grade 3 ALT increase.', ['Owusu', 'Ansah'], ['a 47-year-old participant']],
    ['Narrative: Tőkés-Hajdú, a 47-year-old participant (subject 104-0037), experienced a grade 3 ALT increase.', ['Tőkés', 'Hajdú'], ['a 47-year-old participant']],
    // held back
    ['Narrative: Demirtaş-Yıldız, a 62-year-old man (subject 301-0008), was admitted with chest pain.', ['Demirtaş', 'Yıldız'], ['a 62-year-old man']],
    ['Case summary: Oyelaran-Mbeki, a 35-year-old woman, presented with a rash on day 12.', ['Oyelaran', 'Mbeki'], ['Case summary:', 'a 35-year-old woman']],
    ['Brief history: Väänänen-Korhola, a 71-year-old participant with COPD, was randomised in March.', ['Väänänen', 'Korhola'], ['Brief history:', 'with COPD']],
    ['Narrative: Szőke-Baranyi, a 58-year-old female participant, reported dizziness.', ['Szőke', 'Baranyi'], ['a 58-year-old female participant']],
    ['SAE 0412: Nakashima-Oduya, a 44-year-old male, was hospitalised for pneumonia.', ['Nakashima', 'Oduya'], ['SAE 0412:', 'a 44-year-old male']],
    // my own: other shapes and languages
    ['The index case was Ndlovu-Kgosana, an 8-year-old boy from the second cohort.', ['Ndlovu', 'Kgosana'], ['an 8-year-old boy']],
    ['Xhafaj, a 29 year old pregnant woman, withdrew consent.', ['Xhafaj'], ['a 29 year old pregnant woman']],
    ['Narrative: Wóycicka-Brzęk, a 6-month-old infant, developed fever.', ['Wóycicka', 'Brzęk'], ['a 6-month-old infant']],
    ['Verlauf: Özdemir-Kaltenbrunner, ein 52-jähriger Teilnehmer, entwickelte einen Ausschlag.', ['Özdemir', 'Kaltenbrunner'], ['ein 52-jähriger Teilnehmer']],
    ['Résumé : Ouedraogo-Lefebvre, une patiente de 63 ans, a présenté une neutropénie.', ['Ouedraogo', 'Lefebvre'], ['une patiente de 63 ans']],
    ['Resumen: Quispe-Mamani, un varón de 41 años, presentó fiebre.', ['Quispe', 'Mamani'], ['un varón de 41 años']],
    ['Casus: Bakker-Wijnaldum, een 70-jarige deelnemer, viel thuis.', ['Bakker', 'Wijnaldum'], ['een 70-jarige deelnemer']],
  ])('%j', (text, values, kept) => check([[text, values, kept]]));

  it.each([
    'Keytruda, a 12-week course, was started on C1D1.',
    'Boston, a 3-year-old program, was expanded to two more sites.',
    'Version 2, a 3-year-old release, is deprecated.',
    'Last year in Kumasi, a 5-year-old boy was treated for malaria.',
    'KEYNOTE-189, a 5-year-old study, reported overall survival.',
    'Meanwhile, a 47-year-old participant at site 104 withdrew.',
    'Pembrolizumab, a 2-year-old formulation, was replaced.',
    'Monday, a 3-year-old tradition, is pizza day.',
    'Sources told CNN, a 30-year-old man was held.',
    'According to Reuters, a 45-year-old man was arrested.',
  ])('%j stays', (text) => {
    expect(masked(text)).toBe(text);
  });
});

describe('a lone given name in case notes (L3)', () => {
  it.each<Case>([
    // the probe's
    ['Home visit 11/28: met Gülşen and Defne at the family home. Kitchen stocked.', ['Gülşen', 'Defne'], ['Home visit', 'at the family home']],
    ['Children: Defne (7).', ['Defne'], ['Children:', '(7)']],
    ['Could we talk about the review meeting for Defne on 12 December?', ['Defne'], ['the review meeting for', 'on 12 December']],
    ['daughter Folake (LPA) manages the account', ['Folake'], ['daughter', '(LPA) manages the account']],
    // held back
    ['Children: Zeynep (5), Kerem (9).', ['Zeynep', 'Kerem'], ['Children:', '(5)', '(9)']],
    ['Reminder: the review meeting for Nnamdi on 3 January.', ['Nnamdi'], ['the review meeting for', 'on 3 January']],
    ['daughter Abena (LPA) manages the account', ['Abena'], ['daughter', '(LPA) manages']],
    ['IN THE MATTER OF ZEYNEP KORKMAZOĞLU-BAŞ, a minor', ['ZEYNEP', 'KORKMAZOĞLU', 'BAŞ'], ['IN THE MATTER OF', 'a minor']],
    ['his mother Réka on her mobile', ['Réka'], ['his mother', 'on her mobile']],
    ['Kitchen stocked; Väinö showed me his room', ['Väinö'], ['Kitchen stocked;', 'showed me his room']],
    // the probe's school-liaison-P5 (`his mother Szabolcs on [PHONE]`)
    ['Please call his mother Szabolcs on her mobile.', ['Szabolcs'], ['his mother', 'on her mobile']],
    // my own: other spellings, languages and places in the notes
    ['Visit done; met Eelis and Väinö in the garden, then their mother.', ['Eelis', 'Väinö'], ['in the garden']],
    ['Met Kofi, Ama and Yaw at school on Friday.', ['Kofi', 'Ama', 'Yaw'], ['at school on Friday']],
    ['Children: Minh Anh (7), Bảo Ngọc (4)', ['Minh Anh', 'Bảo Ngọc'], ['Children:']],
    ['Kinder: Lina-Marie (6), Jonas (3)', ['Lina-Marie', 'Jonas'], ['Kinder:']],
    ['Siblings: Bence (11) and Réka (8).', ['Bence', 'Réka'], ['Siblings:']],
    ['We set the planning meeting for Kwabena on Monday.', ['Kwabena'], ['planning meeting for', 'on Monday']],
    ['Elderly customer; son Oluwaseun (POA) calls for her.', ['Oluwaseun'], ['Elderly customer; son', '(POA) calls']],
    ['In the Matter of Defne Korkmaz, a minor child', ['Defne', 'Korkmaz'], ['In the Matter of', 'a minor child']],
    ['IN THE MATTER OF THE GUARDIANSHIP OF NNAMDI OKONKWO-ADEYEMI, a minor', ['NNAMDI', 'OKONKWO', 'ADEYEMI'], ['IN THE MATTER OF THE GUARDIANSHIP OF', 'a minor']],
  ])('%j', (text, values, kept) => check([[text, values, kept]]));

  it.each([
    'We met Monday and Tuesday to plan the sprint.',
    'Children: 2 (ages 5, 9)',
    'Children: None.',
    'Children: N/A',
    'Agenda: the review meeting for Q3 on 3 January.',
    'the daughter company (LPA) holds the shares',
    'IN THE MATTER OF THE ESTATE OF',
    'IN THE MATTER OF ARBITRATION BETWEEN THE PARTIES',
    'met Google and Microsoft at the expo',
    'The team met Thursday at the depot.',
    'Subsidiaries: Acme (UK), Acme (DE)',
    'the budget meeting for Finance on Monday',
    'Grafana showed me its panel.',
    'Datadog showed us the spike; Slack told me his status.',
    'Our sister company Acme (UK) holds it; mother Nature (2019) is a film.',
  ])('%j stays', (text) => {
    expect(masked(text)).toBe(text);
  });

  it('a later sentence repeating a name found once is masked by session memory (hb-L3-1)', () => {
    const { stored } = storedResults(createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(5)]) }), 'c');
    const out = stored('met Ayşe and Emir at the flat. Emir was asleep.');
    expect(out).not.toContain('Ayşe');
    expect(out).not.toContain('Emir');
    expect(out).toContain('at the flat.');
    expect(out).toContain('was asleep.');
  });
});

const work = mkdtempSync(join(tmpdir(), 'aa-lone-names-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let runs = 0;
async function outputsOf(chunks: readonly string[]): Promise<string[]> {
  const dir = join(work, `run-${runs++}`);
  const auditor = createAuditor({
    agent: { id: 'names' },
    sink: fileLedger({ dir, keyDir: join(work, 'keys'), fsync: false }),
    redactor: createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) }),
  });
  for (const text of chunks) auditor.record({ type: 'model.response', session: 's', content: { output: text } });
  await auditor.close();
  const events: AuditEvent[] = [];
  for await (const event of readEvents(dir, { stream: 'names' })) events.push(event);
  return events.map((event) => String((event.content as Record<string, unknown>).output));
}

describe('a hyphenated surname cut across streamed chunks (L1)', () => {
  it.each<[string[], string[], string]>([
    [['Narrative: Owusu-', 'Ansah, a 52-year-old participant (subject 104-0052), developed a rash.'], ['Owusu', 'Ansah'], 'a 52-year-old participant'],
    [['Case summary: Demirtaş-', 'Yıldız, a 62-year-old man, was admitted.'], ['Demirtaş', 'Yıldız'], 'a 62-year-old man'],
  ])('%j', async (chunks, gone, kept) => {
    const outputs = await outputsOf(chunks);
    for (const part of gone) for (const output of outputs) expect(output).not.toContain(part);
    expect(outputs.join('')).toContain(kept);
  });
  it('a compound cut at its hyphen stays', async () => {
    const outputs = await outputsOf(['Narrative: Follow-', 'up visit on day 8 was normal.']);
    expect(outputs.join('')).toBe('Narrative: Follow-up visit on day 8 was normal.');
  });
});

describe('linear time', () => {
  it('many age appositives, met lists, children lists and kinship nouns', () => {
    const unit = 'Narrative: Demirtaş-Yıldız, a 62-year-old man; met Defne and Emir at home. Children: Zeynep (5), Kerem (9). daughter Abena (LPA); meeting for Nnamdi on 3 January. ';
    const ratio = timeRatio((text) => detectSensitive(text), (n) => unit.repeat(Math.ceil(n / unit.length)));
    expect(ratio).toBeLessThan(3);
  });
  it('a run of capitalized words before appositives with no name', () => {
    const ratio = timeRatio((text) => detectSensitive(text), (n) => 'Meanwhile Monday Tuesday, a 3-year-old program '.repeat(Math.ceil(n / 48)));
    expect(ratio).toBeLessThan(3);
  });
});
