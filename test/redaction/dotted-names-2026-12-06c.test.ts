// Issue 11 of 2026-12-06: a person's given name and surname joined by a dot or an underscore in
// running text, no account's label before them, found through the real auditor: `Jan.Kowalski`
// was stored `[PERSON].Kowalski` (the surname raw), `Maria.Garcia` raw. The rule (dotted-names.ts):
// a listed given name and a listed surname so joined are one PERSON; a title glued to a surname
// (`Dr.Smith`) masks the surname; a PERSON span glued by `.`/`_` to a capitalized listed name word
// takes that word. Each block: the reported inputs, held-back inputs of the same kind (written
// before the rule), look-alikes that stay as they were.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';
import { check, kept, masked, type Case } from './masked-text.js';
import { storedInputs } from './probe-2026-12-04f-helpers.js';

describe('Given.Surname through the auditor (the reported inputs)', () => {
  it('no half of a name is stored', async () => {
    const inputs = ['Jan.Kowalski', 'id Jan.Kowalski', 'contact Anna.Nowak today', 'John.Smith signed', 'Maria.Garcia', 'user Jan.Kowalski logged in', 'Jan:Kowalski'];
    const { values, raw } = await storedInputs(inputs);
    expect(values).toEqual(['[PERSON]', 'id [PERSON]', 'contact [PERSON] today', '[PERSON] signed', '[PERSON]', 'user [PERSON] logged in', '[PERSON]:[PERSON]']);
    for (const word of ['Kowalski', 'Nowak', 'Smith', 'Garcia']) expect(raw).not.toContain(word);
  });
});

describe('given and surname joined by a dot or an underscore', () => {
  it.each<Case>([
    // held back, of the same kind (written before the rule)
    ['please ask Jan.Wiśniewski about the invoice', ['Jan', 'Wiśniewski'], ['please ask', 'about the invoice']],
    ['forwarded to Aisha.Bello yesterday', ['Aisha', 'Bello'], ['forwarded to', 'yesterday']],
    ['Ngozi.Eze: the card still fails', ['Ngozi', 'Eze'], ['the card still fails']],
    ['owner is Siosaia.Fifita, see ticket 4411', ['Siosaia', 'Fifita'], ['owner is', 'see ticket 4411']],
    ['ping jan.kowalski and anna.nowak', ['jan', 'kowalski', 'anna', 'nowak'], ['ping', 'and']],
    ['escalated by Marisol_Quintanilla', ['Marisol', 'Quintanilla'], ['escalated by']],
    ['handover from maria_garcia at 9', ['maria', 'garcia'], ['handover from', 'at 9']],
    ['Grace.Hill approved it.', ['Grace', 'Hill'], ['approved it.']],
    ['(Amara.Okafor)', ['Amara', 'Okafor'], ['(', ')']],
  ])('%s', (text, values, labels) => check([[text, values, labels]]));
});

describe('a title glued to a surname', () => {
  it.each<Case>([
    ['seen by Dr.Smith today', ['Smith'], ['seen by Dr.', 'today']],
    ['Dr.Kowalski signed the form', ['Kowalski'], ['Dr.', 'signed the form']],
    ['letter to Mrs.Nowak', ['Nowak'], ['letter to Mrs.']],
  ])('%s', (text, values, labels) => check([[text, values, labels]]));
});

describe('a PERSON span glued to a name word takes it', () => {
  it.each<Case>([
    ['Anna Nowak.Okonkwo called', ['Anna', 'Nowak', 'Okonkwo'], ['called']],
    ['call Jan.Smith back', ['Jan', 'Smith'], ['call', 'back']],
    ['notes: Jan.Okafor-Brooks', ['Jan', 'Okafor-Brooks'], ['notes:']],
  ])('%s', (text, values, labels) => check([[text, values, labels]]));
});

describe('look-alikes stay as they were', () => {
  it('code, files, versions, domains, paths and places', () => {
    const text = 'use Math.Floor, System.Console, React.Component, Object.Keys; open config.yaml and report.Smith; U.S.Army; St.Louis; Mr.Robot; v1.2.3; maria.garcia.com; a.b.c; self.name; os.path; this.state; user.name; Chase.Bank; grace.hill; mark.down; max.min; Polly.Joanna; Polly.Brian';
    const parts = ['Math.Floor', 'System.Console', 'React.Component', 'Object.Keys', 'config.yaml', 'report.Smith', 'U.S.Army', 'St.Louis', 'Mr.Robot', 'v1.2.3', 'maria.garcia.com', 'a.b.c', 'self.name', 'os.path', 'this.state', 'user.name', 'Chase.Bank', 'grace.hill', 'mark.down', 'max.min', 'Polly.Joanna', 'Polly.Brian'];
    expect([masked(text), kept(text, parts)]).toEqual([masked(text), []]);
  });
  it('an unlisted pair and a mailbox are other rules\'', () => {
    expect(masked('Qxaro.Vlintuk')).toBe('Qxaro.Vlintuk');
    expect(masked('mail maria.garcia@example.com')).toBe('mail [EMAIL]');
  });
});

describe('linear time', () => {
  it('many dotted pairs and glued spans', () => {
    const make = (n: number) => 'Jan.Kowalski Anna Nowak.Smith Dr.Smith Math.Floor a.b.c '.repeat(Math.ceil(n / 56)).slice(0, n);
    expect(timeRatio(detectSensitive, make, 25_000, 50_000)).toBeLessThanOrEqual(3);
  });
});
