// The answer in the turn after a question, for questions J8 (2026-12-04d) did not read (K9 of the
// fifth README-only probe of 2026-12-04): `Who am I speaking with?` then `Zephra`, `What's your
// member ID?` then `XJH123456789`, `What's the address on file?` then `42 quillon row,
// springfield`, `Please type your password.` then `Tq5Xm8Lvq2` were stored raw. Other spellings of
// the kind than the row's, through the real pipeline into a ledger, and a property over prompts
// and typed secrets through the redactor; the look-alike answers (a word that is no value, a
// sentence, an IP address) stay.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor, fileLedger, readEvents } from '@agent-audit/core';
import type { JsonValue, UnsealedEvent } from '@agent-audit/core';
import { blankMachineValues, storedJsonl } from './stored.js';

const work = mkdtempSync(join(tmpdir(), 'aa-turn-answers-e-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let ledgers = 0;

type Recorded = { type: 'model.request' | 'model.response' | 'message.user'; content: { input?: JsonValue; output?: JsonValue }; session?: string };

async function stored(events: Recorded[]): Promise<{ contents: Array<{ input?: JsonValue; output?: JsonValue }>; raw: string }> {
  const dir = join(work, `l${ledgers++}`);
  const auditor = createAuditor({
    agent: { id: 'desk' },
    sink: fileLedger({ dir, keyDir: `${dir}-keys`, fsync: false }),
    redactor: createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) }),
  });
  for (const event of events) auditor.run({ session: event.session ?? 's-1' }, () => auditor.record({ type: event.type, content: event.content }));
  await auditor.close();
  const contents: Array<{ input?: JsonValue; output?: JsonValue }> = [];
  for await (const event of readEvents(dir, { stream: 'desk' })) contents.push(event.content ?? {});
  return { contents, raw: blankMachineValues(storedJsonl(dir)) };
}

const chat = (question: string, answer: string): Recorded => ({ type: 'model.request', content: { input: { messages: [{ role: 'system', content: 'You are a support agent.' }, { role: 'assistant', content: question }, { role: 'user', content: answer }] } } });
const answerOf = (content: { input?: JsonValue } | undefined): string => ((content?.input as { messages: Array<{ content: string }> }).messages[2] as { content: string }).content;

describe('the row: an answer after a question J8 did not read', () => {
  it.each([
    ['Who am I speaking with?', 'Zephra', 'PERSON'],
    ["What's your member ID?", 'XJH123456789', 'HEALTH_PLAN_ID'],
    ["What's the address on file?", '42 quillon row, springfield', 'ADDRESS'],
    ['Please type your password.', 'Tq5Xm8Lvq2', 'SECRET'],
  ])('%s → %s is masked', async (question, answer, type) => {
    const { contents, raw } = await stored([chat(question, answer)]);
    expect(answerOf(contents[0])).toMatch(new RegExp(`^\\[${type}(?::psn_[a-z0-9_]+)?\\]$`));
    expect(raw).not.toContain(answer);
  });

  it('a transcript: the answer and the agent\u2019s later use of the name', async () => {
    const text = 'Agent: Who am I speaking with today?\nCaller: Zephra.\nAgent: Thanks Zephra, how can I help?';
    const { contents, raw } = await stored([{ type: 'message.user', content: { input: text } }]);
    expect(contents[0]?.input).toMatch(/^Agent: Who am I speaking with today\?\nCaller: \[PERSON:psn_\w+\]\.\nAgent: Thanks \[PERSON:psn_\w+\], how can I help\?$/);
    expect(raw).not.toContain('Zephra');
  });
});

describe('other spellings of the kind', () => {
  it.each([
    ["Who's calling, please?", 'Wenlix Dorvane', 'PERSON'],
    ['May I ask who I\u2019m speaking to?', 'Qxaro', 'PERSON'],
    ['Who do I have on the line?', 'Mollquist', 'PERSON'],
    ['Who am I speaking with?', 'zephra', 'PERSON'],
    ['And your surname?', 'vlintuk', 'PERSON'],
    ['Thanks for holding. And you are?', 'Zephra Vlintuk', 'PERSON'],
    ['Can I get your subscriber ID, please?', 'XJH 4471 22093', 'HEALTH_PLAN_ID'],
    ['Could you read me the MRN on the wristband?', '00482913', 'MRN'],
    ['And the address?', '7b Marlow Close, Bristol', 'ADDRESS'],
    ['Can you confirm your address for me?', 'Hauptstraße 5, Berlin', 'ADDRESS'],
    ["What's your PIN?", '4821', 'SECRET'],
    ['Please read me the verification code we just texted you.', '483920', 'SECRET'],
    ['Now enter your passcode', 'hunter2!', 'SECRET'],
  ])('%s → %s is masked', async (question, answer, type) => {
    const { contents, raw } = await stored([chat(question, answer)]);
    expect(answerOf(contents[0])).toMatch(new RegExp(`^\\[${type}(?::psn_[a-z0-9_]+)?\\]$`));
    expect(raw).not.toContain(answer);
  });

  it.each([
    ['Rep: Who am I talking to?\nCaller: Wenlix Dorvane', 'Wenlix Dorvane', 'PERSON'],
    ['[10:02] Bot: Please type your password.\n[10:02] User: Tq5Xm8Lvq2', 'Tq5Xm8Lvq2', 'SECRET'],
    ["Agent: What's your member number?\nCaller: XJH123456789", 'XJH123456789', 'HEALTH_PLAN_ID'],
    ["Agent: And what's the address on the account?\nCustomer: 88 queen st w, toronto", '88 queen st w', 'ADDRESS'],
  ])('%j: the answer is masked', async (text, raw, type) => {
    const { contents, raw: all } = await stored([{ type: 'message.user', content: { input: text } }]);
    expect(contents[0]?.input).toMatch(new RegExp(`\\[${type}(?::psn_[a-z0-9_]+)?\\]`));
    expect(all).not.toContain(raw);
  });

  it('the model asks in one event, the user answers in the next (a health id and a secret held across events)', async () => {
    const { contents, raw } = await stored([
      { type: 'model.response', session: 's-h', content: { output: 'I can look that up. Can you read me your member ID?' } },
      { type: 'message.user', session: 's-h', content: { input: 'XJH123456789' } },
      { type: 'model.response', session: 's-p', content: { output: 'To finish, please type your password.' } },
      { type: 'message.user', session: 's-p', content: { input: 'Tq5Xm8Lvq2' } },
      { type: 'model.response', session: 's-w', content: { output: 'Who am I speaking with?' } },
      { type: 'message.user', session: 's-w', content: { input: 'zephra vlintuk' } },
    ]);
    expect(contents[1]?.input).toMatch(/^\[HEALTH_PLAN_ID:psn_\w+\]$/);
    expect(contents[3]?.input).toMatch(/^\[SECRET(?::psn_\w+)?\]$/);
    expect(contents[5]?.input).toMatch(/^\[PERSON:psn_\w+\]$/);
    expect(raw).not.toMatch(/XJH123456789|Tq5Xm8Lvq2|zephra/i);
  });

  it('a typed secret after any prompt for one (property)', async () => {
    const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) });
    const prompts = fc.constantFrom('Please type your password.', 'What is your PIN?', 'Enter the one-time code we sent you.', 'Can you give me your passcode?', 'Please confirm your security code', 'Now type the verification code:');
    const secret = fc.tuple(fc.stringMatching(/^[A-Za-z]{3,8}$/), fc.integer({ min: 0, max: 9999 }), fc.stringMatching(/^[A-Za-z!#%*]{0,6}$/)).map(([head, digits, tail]) => `${head}${digits}${tail}`);
    await fc.assert(
      fc.asyncProperty(prompts, secret, async (prompt, value) => {
        const event = { type: 'model.request', content: { input: { messages: [{ role: 'assistant', content: prompt }, { role: 'user', content: value }] } } } as unknown as UnsealedEvent;
        const out = await redactor.redact(event, { capture: {} } as never);
        expect(JSON.stringify(out.event.content)).not.toContain(`"${value}"`);
      }),
      { numRuns: 60 },
    );
  });
});

describe('look-alikes: answers that are no value stay', () => {
  it.each([
    ['Who am I speaking with?', 'yes'],
    ['Who am I speaking with?', 'support'],
    ['Who is calling?', 'billing'],
    ['What is your name?', 'whatever'],
    ['Who am I speaking with?', 'lol'],
    ['Who am I speaking with?', 'I would rather not say, can we just fix my bill?'],
    ['Please type your password.', 'done'],
    ['Please type your password.', 'I forgot it'],
    ['Did you forget your password?', 'Tq5Xm8Lvq2 maybe'],
    ["What's your member ID?", "I don't have my card"],
    ["What's the address on file?", 'the one in Leeds'],
    ['What is the IP address of the printer?', '10 dot 0 dot 0 dot 7'],
    ['What email address should we use?', '42 is my house number'],
    ['Who is this for?', 'Accounting'],
    ['Which plan are you on?', 'Gold Plus'],
  ])('%s → %s stays', async (question, answer) => {
    const { contents } = await stored([chat(question, answer)]);
    expect(answerOf(contents[0])).toBe(answer);
  });
});
