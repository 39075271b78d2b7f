// Values streamed over `model.response` chunks (the sixteenth README-only probe of 2026-12-05i, L9;
// issue 11): the first chunk's part of an IBAN (`Pay goes to DE89 3704 0044 `), of a phone with its
// country code (`+33 6 12 `), of a date of birth (`born 02.08.`) and of an SSN (`SSN 536-22-`) was
// stored raw while the second chunk's rest was masked alone; a password masked at the first chunk's
// end left its tail raw in the second (`Payr0ll!Int` + `egr8-2026`). A streamed chunk that ends in a
// value's start masks it (cut-values.ts) and keeps its raw end, as does one whose stored end is a
// masked value, so the join masks the rest; numbers and dates with no cue stay.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor, fileLedger, readEvents, type AuditEvent } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';

const work = mkdtempSync(join(tmpdir(), 'aa-streamed-values-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let runs = 0;

async function outputsOf(chunks: readonly string[], redactionWorker: false | { startAfterEvents: number } = false): Promise<string[]> {
  const dir = join(work, `run-${runs++}`);
  const auditor = createAuditor({
    agent: { id: 'values' },
    sink: fileLedger({ dir, keyDir: join(work, 'keys'), fsync: false }),
    redactor: createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) }),
    redactionWorker,
  });
  for (const text of chunks) auditor.record({ type: 'model.response', session: 's', content: { output: text } });
  await auditor.close();
  const events: AuditEvent[] = [];
  for await (const event of readEvents(dir, { stream: 'values' })) events.push(event);
  return events.map((event) => String((event.content as Record<string, unknown>).output));
}

/** [chunks, raw parts that must be gone from every stored chunk, what stays, the type of the first chunk's token]. */
const CUT: Array<[string[], string[], string[], string]> = [
  // The probe's streams.
  [['Pay goes to DE89 3704 0044 ', '0532 0130 00 as before.'], ['DE89', '3704 0044', '0532 0130 00'], ['Pay goes to ', ' as before.'], 'IBAN'],
  [['Call the insured on +33 6 12 ', '34 56 78 after 5pm.'], ['+33 6 12', '34 56 78'], ['Call the insured on ', ' after 5pm.'], 'PHONE'],
  [['The plaintiff is Wolfgang Eichhorn-', 'Szymański, born 02.08.', '1969.'], ['02.08.', '1969', 'Szymański'], ['The plaintiff is '], 'DOB'],
  [['The W-2 shows SSN 536-22-', '8514 for the employee.'], ['536-22-', '8514'], ['The W-2 shows SSN ', ' for the employee.'], 'SSN'],
  [['The ISU password is Payr0ll!Int', 'egr8-2026, rotate it.'], ['Payr0ll', 'egr8-2026'], ['The ISU password is ', ', rotate it.'], 'PASSWORD'],
  // More of the kind: other countries, groupings, cues and languages.
  [['Wire it to FR76 3000 6000 ', '0112 3456 7890 189 please.'], ['FR76 3000 6000', '0112 3456 7890 189'], [' please.'], 'IBAN'],
  [['Konto: NL91-ABNA-0417-', '1643-00 bitte.'], ['NL91-ABNA-0417', '1643-00'], [' bitte.'], 'IBAN'],
  [['Reach her at +49 151 ', '2345 6789 tonight.'], ['+49 151', '2345 6789'], [' tonight.'], 'PHONE'],
  [['Her mobile: +48 601 ', '234 567.'], ['+48 601', '234 567'], ['Her mobile: '], 'PHONE'],
  [['Date of birth: 1984-03-', '12, per the chart.'], ['1984-03-', '12, per'], [' per the chart.'], 'DOB'],
  [['Geburtsdatum: 14.03.', '1981, Graz.'], ['14.03.', '1981'], [', Graz.'], 'DOB'],
  [['She was born on 12 March', ' 1984 in Leeds.'], ['12 March', '1984'], [' in Leeds.'], 'DOB'],
  // A month's name and a day with its ordinal (issue 13: the first chunk's `March 12th` was stored raw).
  [['She was born March 12th', ' 1984 in Leeds.'], ['March 12th', '1984'], [' in Leeds.'], 'DOB'],
  [['Born on March 1st', ', 1984, in Leeds.'], ['March 1st', '1984'], [' in Leeds.'], 'DOB'],
  [['DOB 03/12/', '1984 confirmed.'], ['03/12/', '1984'], [' confirmed.'], 'DOB'],
  [['Social security number 536 22 ', '8514 on file.'], ['536 22', '8514'], [' on file.'], 'SSN'],
  [['Das Passwort lautet Sommer#Wi', 'nd-2026, bitte ändern.'], ['Sommer#Wi', 'nd-2026'], [', bitte ändern.'], 'PASSWORD'],
  // The open part of L9: a cue after its date (German and Dutch perfect tense), and a card's first groups with no cue.
  [['Ich bin am 09.07.', '1977 in Wien geboren.'], ['09.07.', '1977'], ['Ich bin am ', ' in Wien geboren.'], 'DOB'],
  [['Meine Tochter wurde am 3.5.', '2012 in Salzburg geboren.'], ['3.5.', '2012'], ['Meine Tochter wurde am '], 'DOB'],
  [['Hij is op 30-11-', '1968 in Utrecht geboren.'], ['30-11-', '1968'], ['Hij is op '], 'DOB'],
  [['Pay with 4929 1234 ', '5678 9012 3456 today.'], ['4929 1234', '5678 9012 3456'], ['Pay with ', ' today.'], 'CARD'],
  [['Charged to 5425-2334-3010-', '9903 on Friday.'], ['5425-2334-3010', '9903'], ['Charged to ', ' on Friday.'], 'CARD'],
  [['Amex 3714 496353', '98431 on file.'], ['3714 496353', '98431'], [' on file.'], 'CARD'],
];

const MODES = [
  ['on the host thread', false],
  ['in the sealing pool', { startAfterEvents: 0 }],
] as const;

describe.each(MODES)('a value streamed over chunks (%s)', (_label, mode) => {
  it.each(CUT)('%j', async (chunks, gone, stays, type) => {
    const outputs = await outputsOf(chunks, mode);
    const all = outputs.join('\n');
    for (const piece of gone) expect(all).not.toContain(piece);
    for (const piece of stays) expect(all).toContain(piece);
    expect(outputs[outputs.length - 2]).toMatch(new RegExp(`\\[${type}:psn_[^\\]]+\\][\\s./-]*$`));
    expect(outputs[outputs.length - 1]).toMatch(/^\s?\[[A-Z_]+:psn_[^\]]+\]/);
  });
});

describe('what is no value cut short stays', () => {
  it.each([
    [['Meeting on 12.03.', '2026 in Graz.']],
    [['Build 536-22-', '8514 passed.']],
    [['The score was 3-', '2 at half time.']],
    [['Version 2.', '1 ships today.']],
    [['Temperature rose +12 ', 'degrees overnight.']],
    [['The total is 3 +33 4', '5 = 81.']],
    [['Population grew to 83 ', 'million in 2024.']],
    [['Use the DE89 ', 'style of prefix.']],
    [['Releases are tagged 2026-', '12-05 by date.']],
    [['On 12 March', ' 2026 we shipped.']],
    [['Section 4.', '2 of the contract applies.']],
    [['Meeting on March 12th', ' at noon.']],
    [['Please reset your password before', ' Monday.']],
    [['Der Termin ist am 14.03.', '2026 um zehn.']],
    [['Die Zahlung wurde am 02.11.', '2025 gebucht.']],
    [['Het pakket is op 21-06-', '2026 bezorgd.']],
    [['Sie kommt am Montag, 14.03.', '2026 an.']],
    [['Order 4000 ', 'units shipped.']],
    [['Years 2024 2025 ', '2026 compared.']],
    [['Ticket 1234 4111 1111 ', 'closed.']],
    [['Invoice 4111.1111 ', 'paid.']],
  ])('%j', async (chunks) => {
    const outputs = await outputsOf(chunks);
    expect(outputs).toEqual(chunks);
  });
  it('a masked value that ends its chunk before a blank does not take the next word', async () => {
    const outputs = await outputsOf(['The ISU password is Payr0ll!Integr8-2026', ' and the user is bob.']);
    expect(outputs[0]).toMatch(/\[PASSWORD:psn_[^\]]+\]$/);
    expect(outputs[1]).toBe(' and the user is bob.');
  });
  it('outside model.response events a string that ends in a value start is read as before', async () => {
    const dir = join(work, `run-${runs++}`);
    const auditor = createAuditor({ agent: { id: 'values' }, sink: fileLedger({ dir, keyDir: join(work, 'keys'), fsync: false }), redactor: createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) }) });
    auditor.record({ type: 'message.user', session: 's', content: { input: 'prefix +33 6 12' } });
    await auditor.close();
    const events: AuditEvent[] = [];
    for await (const event of readEvents(dir, { stream: 'values' })) events.push(event);
    expect(String((events[0]?.content as Record<string, unknown>).input)).toBe('prefix +33 6 12');
  });
});

describe('linear time', () => {
  it('a streamed chunk ending in a long run of digit groups reads only its end', () => {
    const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(3)]) });
    let seq = 0;
    const ratio = timeRatio(
      (text) => redactor.redact({ v: 1, id: 'x', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: seq++, type: 'model.response', session: `lt${seq}`, agent: { id: 'a' }, source: 's', outcome: 'success', content: { output: text } } as never, { capture: {} }),
      (n) => `${'note 12 '.repeat(Math.ceil(n / 8))}born 02.08.`,
    );
    expect(ratio).toBeLessThan(3);
  });
});
