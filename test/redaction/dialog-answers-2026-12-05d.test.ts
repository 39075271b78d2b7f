// The answer in the turn after a question, in the conversation shapes of SaaS APIs (L2 of the
// eleventh README-only probe, 2026-12-05d): Intercom `conversation_parts` (`body` HTML,
// `author.type`), Zendesk `comments` (`author_id`), Twilio message lists (`direction`), and a
// model answering the user's `DOB?` (LangChain: the question in model.request's messages, the
// answer in model.response) were stored raw; only `{ role, content }` messages were read. And a
// lone given name (L7): after `<verb> by`, under a lower-case `assignee`, after `Hi` inside a
// `<tool_call>` JSON body. The row's inputs, other spellings of each kind (held back), and
// look-alikes that stay readable, through the redactor with session memory. A lower-case login
// alone under `assignee` stays, as name-keys-probe6 pins (`kaewkla`): it is masked when the event
// names the person in a member walked after it.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '@agent-audit/core';
import type { JsonValue } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) });
let sessions = 0;
type Ev = { type: string; input?: JsonValue; output?: JsonValue; result?: JsonValue; args?: JsonValue };
/** The stored JSON of events of one fresh session, in order. */
function stored(...events: Ev[]): string {
  const session = `s-dialog-${sessions++}`;
  return events
    .map((e, seq) => {
      const base = { v: 1, id: `x${seq}`, ts: '2026-01-01T00:00:00.000Z', stream: 's', seq, type: e.type, agent: { id: 'a' }, source: 's', outcome: 'success', session };
      const body = e.result !== undefined || e.args !== undefined ? { tool: { name: 'saas_api', callId: 'c1', ...(e.result === undefined ? {} : { result: e.result }), ...(e.args === undefined ? {} : { arguments: e.args }) } } : { content: { ...(e.input === undefined ? {} : { input: e.input }), ...(e.output === undefined ? {} : { output: e.output }) } };
      const result = redactor.redact({ ...base, ...body } as never, { capture: { content: 'full', arguments: 'full', result: 'full' } } as never) as { event: unknown };
      return JSON.stringify(result.event);
    })
    .join('\n');
}
const result = (payload: JsonValue): string => stored({ type: 'tool.result', result: payload });

describe('L2, the row: an answer after a question in SaaS conversation shapes', () => {
  it.each([
    ['Intercom, HTML bodies', { type: 'conversation', conversation_parts: { conversation_parts: [{ part_type: 'comment', body: '<p>Thanks Marisol! Can you confirm your date of birth?</p>', author: { type: 'admin', name: 'Support Bot' } }, { part_type: 'comment', body: '<p>1983-07-19</p>', author: { type: 'user' } }] } }, '1983-07-19'],
    ['Intercom, a bare answer', { conversation_parts: [{ body: '<p>What is your date of birth?</p>', author: { type: 'admin' } }, { body: '1959-06-21', author: { type: 'user' } }] }, '1959-06-21'],
    ['Intercom through MCP', { conversation_parts: [{ body: '<p>Please confirm your date of birth.</p>', author: { type: 'admin' } }, { body: '<p>1990-11-28</p>', author: { type: 'user' } }] }, '1990-11-28'],
    ['Zendesk, two values asked', { comments: [{ author_id: 1, body: 'To verify, please reply with your date of birth and the last 4 of your SSN.' }, { author_id: 2, body: '1983-07-19, 8514' }] }, '1983-07-19'],
    ['Twilio', { messages: [{ direction: 'outbound-api', body: 'What is your date of birth? (MM/DD/YYYY)' }, { direction: 'inbound', body: '07/19/1983' }] }, '07/19/1983'],
  ])('%s', (_name, payload, value) => {
    expect(result(payload as JsonValue)).not.toContain(value);
  });

  it('LangChain: the user asks `DOB?` in model.request, the model answers in model.response', () => {
    const out = stored({ type: 'model.request', input: [{ role: 'user', content: 'DOB?' }] }, { type: 'model.response', output: { role: 'assistant', content: '1983-07-19' } });
    expect(out).not.toContain('1983-07-19');
    expect(out).toContain('[DOB:');
  });
});

describe('L2, held back: other conversation shapes of the same kind', () => {
  it.each([
    ['Help Scout threads (createdBy.type)', { threads: [{ type: 'message', body: 'Could you confirm your date of birth?', createdBy: { type: 'user', id: 7 } }, { type: 'customer', body: '14 March 1977', createdBy: { type: 'customer', id: 99 } }] }, '14 March 1977'],
    ['Freshdesk conversations (incoming)', { conversations: [{ incoming: false, body_text: 'Please provide your date of birth.' }, { incoming: true, body_text: '03/14/1977' }] }, '03/14/1977'],
    ['Slack messages (user ids)', { messages: [{ type: 'message', user: 'U01AGENT', text: 'What is your member ID?' }, { type: 'message', user: 'U02CUST', text: 'XJH123456789' }] }, 'XJH123456789'],
    ['a sender_type and message', { items: [{ sender_type: 'agent', message: 'Can I get your birth date?' }, { sender_type: 'customer', message: '1977-03-14' }] }, '1977-03-14'],
    ['Crisp (from operator/user)', { data: [{ from: 'operator', content: 'Please type your password.' }, { from: 'user', content: 'Tq5Xm8Lvq2' }] }, 'Tq5Xm8Lvq2'],
    ['an author string', { notes: [{ author: 'agent.kim', body: 'And your date of birth?' }, { author: 'caller', body: '1977-03-14' }] }, '1977-03-14'],
    ['a reply with two values and `and`', { comments: [{ author_id: 10, body: 'Please send your DOB and zip code.' }, { author_id: 11, body: '3/14/1977 and 02139' }] }, '3/14/1977'],
    ['HTML with a break tag', { conversation_parts: [{ body: '<p>Hi!</p><p>What is your date of birth?</p>', author: { type: 'bot' } }, { body: '<p>1977-03-14<br></p>', author: { type: 'lead' } }] }, '1977-03-14'],
  ])('%s', (_name, payload, value) => {
    expect(result(payload as JsonValue)).not.toContain(value);
  });

  it('a messages list where the user asks and the assistant answers', () => {
    const out = stored({ type: 'model.request', input: { messages: [{ role: 'user', content: 'What is my date of birth on file?' }, { role: 'assistant', content: '1977-03-14' }] } });
    expect(out).not.toContain('1977-03-14');
  });

  it('a string prompt, then a string answer', () => {
    const out = stored({ type: 'model.request', input: 'Date of birth?' }, { type: 'model.response', output: '14/03/1977' });
    expect(out).not.toContain('14/03/1977');
  });
});

describe('L2, look-alikes that stay readable', () => {
  it.each([
    ['the same author asks and writes the date', { comments: [{ author_id: 1, body: 'What is your date of birth?' }, { author_id: 1, body: '1983-07-19' }] }, '1983-07-19'],
    ['a question of another kind', { messages: [{ direction: 'inbound', body: 'When is my appointment?' }, { direction: 'outbound-api', body: '2026-12-09' }] }, '2026-12-09'],
    ['a release date', { comments: [{ author_id: 1, body: 'Can you confirm the release date?' }, { author_id: 2, body: '2026-12-09' }] }, '2026-12-09'],
    ['an answer that is no date', { conversation_parts: [{ body: '<p>What is your date of birth?</p>', author: { type: 'admin' } }, { body: "<p>I'd rather not say</p>", author: { type: 'user' } }] }, "I'd rather not say"],
    ['books with authors', { books: [{ author: 'Ursula Le Guin', title: 'What is your name?' }, { author: 'Someone', title: 'Dune' }] }, 'Dune'],
    ['a count after a question', { messages: [{ direction: 'outbound-api', body: 'How many tickets do you need?' }, { direction: 'inbound', body: '2' }] }, '"2"'],
  ])('%s', (_name, payload, value) => {
    expect(result(payload as JsonValue)).toContain(value);
  });

  it("the user asks the model's name: the model's answer stays", () => {
    const out = stored({ type: 'model.request', input: [{ role: 'user', content: 'What is your name?' }] }, { type: 'model.response', output: { role: 'assistant', content: 'Quillbot' } });
    expect(out).toContain('Quillbot');
  });

  it('the user asks the date: the answer stays', () => {
    const out = stored({ type: 'model.request', input: [{ role: 'user', content: "What's today's date?" }] }, { type: 'model.response', output: { role: 'assistant', content: '2026-12-05' } });
    expect(out).toContain('2026-12-05');
  });
});

describe('L7: a lone given name', () => {
  it.each([
    [{ note: 'called by Hyacinth' }, 'Hyacinth'],
    [{ note: 'requested by Ngozi', assignee: 'ngozi' }, 'gozi'],
    [{ note: 'Escalated by Tobiah.' }, 'Tobiah'],
    [{ comment: 'referred by Oluwaseun' }, 'Oluwaseun'],
    // A lower-case login under a role key is masked when the event names the person elsewhere, in a member walked after it.
    [{ assigned_to: 'chidinma', comment: 'Hi Chidinma, please review' }, 'hidinma'],
    [{ reviewer: 'oluwaseun', summary: 'referred by Oluwaseun' }, 'luwaseun'],
    [{ a: 'tobiah', b: 'escalated by Tobiah' }, 'obiah'],
  ])('%j', (args, name) => {
    expect(stored({ type: 'tool.call', args: args as JsonValue })).not.toContain(name);
  });

  it.each([
    ['<tool_call>\n{"name": "send_sms", "arguments": {"to": "+16175550199", "body": "Hi Ngozi, your PIN is 4821"}}\n</tool_call>', 'Ngozi'],
    ['<tool_call>{"name":"send_email","arguments":{"body":"Hello Chidinma, your code is ready"}}</tool_call>', 'Chidinma'],
    ['<function_call>{"arguments": {"message": "Hey Oluwaseun, see you at 3"}}</function_call>', 'Oluwaseun'],
  ])('%s', (text, name) => {
    expect(stored({ type: 'message.user', input: text })).not.toContain(name);
  });

  it.each([
    [{ note: 'called by main' }, 'called by main'],
    [{ note: 'sorted by Name' }, 'sorted by Name'],
    [{ note: 'caused by Timeout' }, 'caused by Timeout'],
    [{ note: 'generated by Terraform' }, 'generated by Terraform'],
    [{ note: 'powered by Stripe' }, 'powered by Stripe'],
    [{ note: 'requested by API' }, 'requested by API'],
    [{ assignee: 'me' }, '"me"'],
    [{ assignee: 'unassigned' }, 'unassigned'],
    [{ assignee: 'support' }, 'support'],
    [{ assignee: 'none' }, 'none'],
    // A lone lower-case word under a role key with nothing else naming it stays a login (pinned in name-keys-probe6: `kaewkla`).
    [{ assignee: 'ngozi' }, 'ngozi'],
    [{ note: 'called by Python' }, 'called by Python'],
    [{ note: 'requested by Client' }, 'requested by Client'],
    [{ note: 'assigned by System' }, 'assigned by System'],
    [{ note: 'reviewed by Security' }, 'reviewed by Security'],
    [{ note: 'reported by Customers' }, 'reported by Customers'],
    [{ reviewer: 'admin' }, 'admin'],
    [{ assignee: 'nobody' }, 'nobody'],
    [{ assignee: 'jira-bot' }, 'jira-bot'],
  ])('stays: %j', (args, kept) => {
    expect(stored({ type: 'tool.call', args: args as JsonValue })).toContain(kept);
  });

  it.each([
    ['<tool_call>{"arguments": {"body": "Hi team, the deploy is done"}}</tool_call>', 'Hi team'],
    ['<tool_call>{"arguments": {"body": "Hi there, thanks"}}</tool_call>', 'Hi there'],
  ])('stays: %s', (text, kept) => {
    expect(stored({ type: 'message.user', input: text })).toContain(kept);
  });
});

describe('linear time', () => {
  it('a long conversation list of HTML bodies', () => {
    const make = (n: number): string => JSON.stringify({ conversation_parts: Array.from({ length: Math.floor(n / 120) }, (_, i) => ({ body: i % 2 === 0 ? '<p>What is your date of birth?</p>' : '<p><b><i>1983-07-19</i></b></p>', author: { type: i % 2 === 0 ? 'admin' : 'user' } })) });
    expect(timeRatio((text) => result(JSON.parse(text) as JsonValue), make)).toBeLessThan(3);
  });
  it('a long HTML body of tags', () => {
    const make = (n: number): string => `<p>${'<b>'.repeat(n / 3)}`;
    expect(timeRatio((text) => result({ conversation_parts: [{ body: 'What is your date of birth?', author: { type: 'admin' } }, { body: text, author: { type: 'user' } }] }), make)).toBeLessThan(3);
  });
});
