// The answer in the turn after a question (J8 of the fourth README-only probe of 2026-12-04): a
// chat's `[{ role: 'assistant', content: 'What is your date of birth?' }, { role: 'user', content:
// '2 November 1979' }]`, a transcript `Agent: …?\nCustomer: 12/03/1984`, and a model that asks in
// one event while the user answers in the next were stored raw: the answer names nothing itself.
// Other spellings of the kind than the row's examples, through the real pipeline into a ledger;
// the redacted strings are checked directly.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor, fileLedger, readEvents } from '@agent-audit/core';
import type { JsonValue } from '@agent-audit/core';

const work = mkdtempSync(join(tmpdir(), 'aa-turn-answers-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let ledgers = 0;

type Recorded = { type: 'model.request' | 'model.response' | 'message.user' | 'message.assistant'; content: { input?: JsonValue; output?: JsonValue }; session?: string };

async function stored(events: Recorded[]): Promise<Array<{ input?: JsonValue; output?: JsonValue }>> {
  const dir = join(work, `l${ledgers++}`);
  const auditor = createAuditor({
    agent: { id: 'desk' },
    sink: fileLedger({ dir, keyDir: `${dir}-keys`, fsync: false }),
    redactor: createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) }),
  });
  for (const event of events) auditor.run({ session: event.session ?? 's-1' }, () => auditor.record({ type: event.type, content: event.content }));
  await auditor.close();
  const out: Array<{ input?: JsonValue; output?: JsonValue }> = [];
  for await (const event of readEvents(dir, { stream: 'desk' })) out.push(event.content ?? {});
  return out;
}

const chat = (question: string, answer: string): Recorded => ({ type: 'model.request', content: { input: { messages: [{ role: 'system', content: 'You are a support agent.' }, { role: 'assistant', content: question }, { role: 'user', content: answer }] } } });
const answerOf = (content: { input?: JsonValue }): string => ((content.input as { messages: Array<{ content: string }> }).messages[2] as { content: string }).content;

describe('an answer in a chat message after the question that names it', () => {
  it.each([
    ['Can you give me your date of birth, please?', '14 July 1968', 'DOB'],
    ['Thanks, I have the account open. Please state your date of birth.', '1961-07-14', 'DOB'],
    ['Got it. What was your mother\u2019s maiden name?', 'Harrowgate', 'PERSON'],
    ['Could you confirm your family name?', 'Quenneville', 'PERSON'],
    ['And what is your full name?', 'Ottilie Brannagh', 'PERSON'],
  ])('%s → %s is masked', async (question, answer, type) => {
    const [content] = await stored([chat(question, answer)]);
    expect(answerOf(content as { input?: JsonValue })).toMatch(new RegExp(`^\\[${type}:psn_[a-z0-9_]+\\]$`));
  });

  it('a one-part content list and a spelling after the name', async () => {
    const [content] = await stored([
      { type: 'model.request', content: { input: { messages: [{ role: 'assistant', content: 'What is your surname?' }, { role: 'user', content: [{ type: 'text', text: 'Quenneville. Q-U-E-N-N-E-V-I-L-L-E.' }] }] } } },
    ]);
    const text = JSON.stringify(content);
    expect(text).not.toMatch(/Quenneville|Q-U-E-N/);
  });

  it.each([
    ['Quenneville. Q-U-E-N-N-E-V-I-L-L-E is how you spell it.', /Quenneville|Q-U-E-N/],
    ['Brannagh. B.R.A.N.N.A.G.H and that is all', /Brannagh|B.R.A.N.N/],
  ])('a word after the spelling: %j (the spelling stayed raw before; found by turn-answers.mutants.test.ts)', async (answer, raw) => {
    const [content] = await stored([chat('What is your surname?', answer)]);
    expect(answerOf(content as { input?: JsonValue })).not.toMatch(raw);
  });

  it.each([
    ['What time works best for you?', '14:30 tomorrow'],
    ['What is your date of birth?', 'I would rather not say'],
    ['And your surname?', 'Yes'],
    ['What is your name?', 'why do you need it?'],
    ['Which date suits you for the appointment?', '2 November 2026'],
    ['How can I help you today?', 'Refund status'],
    ['Please confirm your last name.', 'I already gave it to you earlier in this chat, check the notes'],
  ])('%s → %s stays', async (question, answer) => {
    const [content] = await stored([chat(question, answer)]);
    expect(answerOf(content as { input?: JsonValue })).toBe(answer);
  });
});

describe('an answer in a transcript line after the question line', () => {
  it.each([
    ['Rep: Could I have your date of birth?\nCaller: 07/14/1961', '07/14/1961'],
    ['Interviewer: And what is your surname?\r\nRespondent: Quenneville.', 'Quenneville'],
    ['[09:14:02] Bot: Please confirm your DOB.\n[09:14:09] User: 14.07.1961', '14.07.1961'],
    ['SPEAKER_00: Spell your last name for me?\nSPEAKER_01: Brannagh, B-R-A-N-N-A-G-H', 'B-R-A-N-N-A-G-H'],
  ])('%j: the answer is masked', async (text, raw) => {
    const [content] = await stored([{ type: 'message.user', content: { input: text } }]);
    expect(content?.input).not.toContain(raw);
    expect(content?.input).toMatch(/\[(DOB|PERSON):psn_/);
  });

  it.each([
    'Agent: What time works for you?\nCustomer: 14:30 tomorrow',
    'Q: Date of birth?\nA: not on file',
    'Agent: Can you confirm your surname?\nCustomer: yes',
    'Which version? 2.4.1\nChangelog: fixed login',
  ])('%j stays', async (text) => {
    const [content] = await stored([{ type: 'message.user', content: { input: text } }]);
    expect(content?.input).toBe(text);
  });
});

describe('an answer in the next event of the session', () => {
  it('the model asks in its response, the user answers in the next message', async () => {
    const out = await stored([
      { type: 'model.response', content: { output: 'I found the booking. Can you tell me your date of birth?' } },
      { type: 'message.user', content: { input: '14 July 1968' } },
      // Answered: the next short message is not taken as a date of birth any more.
      { type: 'message.user', content: { input: '2 November 2026' } },
    ]);
    expect(out[1]?.input).toMatch(/^\[DOB:psn_[a-z0-9_]+\]$/);
    expect(out[2]?.input).toBe('2 November 2026');
  });

  it('an OpenAI response asks, the next request carries only the user turn', async () => {
    const out = await stored([
      { type: 'model.response', content: { output: { choices: [{ message: { role: 'assistant', content: 'And your last name?' } }] } } },
      { type: 'model.request', content: { input: { messages: [{ role: 'user', content: 'Quenneville' }] } } },
    ]);
    expect(JSON.stringify(out[1])).not.toContain('Quenneville');
  });

  it('a question of another session, and a history resent with the question, are read apart', async () => {
    const out = await stored([
      { type: 'model.response', session: 's-a', content: { output: 'What is your surname?' } },
      { type: 'message.user', session: 's-b', content: { input: 'Morning Star' } },
      { type: 'model.response', session: 's-c', content: { output: 'What is your surname?' } },
      { type: 'model.request', session: 's-c', content: { input: { messages: [{ role: 'user', content: 'Hello there' }, { role: 'assistant', content: 'What is your surname?' }, { role: 'user', content: 'Quenneville' }] } } },
    ]);
    expect(out[1]?.input).toBe('Morning Star');
    const messages = (out[3]?.input as { messages: Array<{ content: string }> }).messages;
    expect(messages[0]?.content).toBe('Hello there');
    expect(messages[2]?.content).toMatch(/^\[PERSON:psn_/);
  });
});
