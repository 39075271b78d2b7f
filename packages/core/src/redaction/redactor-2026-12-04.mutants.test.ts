// What redactor.ts promises for the lines the redaction work of 2026-12-04 added (issue 13, from
// mutants of those lines): a form field's answer decided by the field's name (fieldDecision,
// formAnswers: 0451d3d), the pairs of text formats read as members (textKeyDecision,
// wantedTextKey, keyedDetections: 313aaf9) and a generic `name` beside a member of personal data
// (personalName: 672404a). Exact stored strings, tokens blanked to their type. In process, no I/O.
import { describe, expect, it } from 'vitest';
import type { JsonValue, UnsealedEvent } from '../spec/event.js';
import { createKeyring } from './keys.js';
import { createRedactor } from './redactor.js';

const ring = createKeyring([new Uint8Array(32).fill(9)]);

/** The event's attrs as stored, by a fresh redactor (no session memory carried from one case to the next). */
async function stored(attrs: Record<string, JsonValue>): Promise<Record<string, JsonValue>> {
  const event = { v: 1, id: '01JABCDEFGHJKMNPQRSTVWXYZ0', ts: '2026-12-04T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.call', agent: { id: 'bot' }, source: 'test', outcome: 'success', attrs } as UnsealedEvent;
  const out = await createRedactor({ pseudonymKey: ring }).redact(event, { capture: {} } as never);
  return out.event.attrs as Record<string, JsonValue>;
}
/** Each pseudonym as `[TYPE]`. */
const typed = (value: JsonValue | undefined): string => JSON.stringify(value).replace(/\[([A-Z_]+):psn_[A-Za-z0-9]+_[a-z2-7]+\]/g, '[$1]');
/** One object as stored, tokens as `[TYPE]`. */
const obj = async (value: Record<string, JsonValue>): Promise<JsonValue> => JSON.parse(typed((await stored({ o: value })).o));
/** One string as stored, tokens as `[TYPE]`. */
const text = async (value: string): Promise<string> => JSON.parse(typed((await stored({ s: value })).s)) as string;

describe('formAnswers and fieldDecision: a form field decided by its name', () => {
  it("the answer takes the type its field's name gives it, under label, question, id and a Typeform answer", async () => {
    expect(await obj({ label: 'SSN', value: '536228514' })).toEqual({ label: 'SSN', value: '[SSN]' });
    expect(await obj({ question: 'What is your date of birth?', answer: '1984-03-12' })).toEqual({ question: 'What is your date of birth?', answer: '[DOB]' });
    expect(await obj({ field: { ref: 'ssn' }, type: 'text', text: '536228514' })).toEqual({ field: { ref: 'ssn' }, type: 'text', text: '[SSN]' });
  });

  it("a name that decides nothing, or a thing's id, is passed over for the next name", async () => {
    // `label` comes before `id` among the names: `Your answer` decides nothing, `order_number` a thing's id.
    expect(await obj({ label: 'Your answer', id: 'ssn', value: '536228514' })).toEqual({ label: 'Your answer', id: 'ssn', value: '[SSN]' });
    expect(await obj({ label: 'Order number', id: 'ssn', value: '536228514' })).toEqual({ label: 'Order number', id: 'ssn', value: '[SSN]' });
    expect(await obj({ label: 'Order number', value: 'ORD-2026-000042' })).toEqual({ label: 'Order number', value: 'ORD-2026-000042' });
  });

  it("an answer that is itself a name of the field's kind is an option, kept; a number or a long answer is read", async () => {
    expect(await obj({ label: 'Mobile', value: 'mobile' })).toEqual({ label: 'Mobile', value: 'mobile' });
    expect(await obj({ label: 'Phone', value: 'phone' })).toEqual({ label: 'Phone', value: 'phone' });
    expect(await obj({ label: 'SSN', value: 536228514 })).toEqual({ label: 'SSN', value: '[SSN]' });
    expect(await obj({ label: 'Mobile', value: '+1 415 555 0132' })).toEqual({ label: 'Mobile', value: '[PHONE]' });
  });

  it('a field about a secret that takes none decides nothing; a password field masks its answer', async () => {
    expect(await obj({ label: 'Password', value: 'qx7-Lorem-Vlint' })).toEqual({ label: 'Password', value: '[SECRET]' });
    expect(await obj({ label: 'Show password', value: 'qx7-Lorem-Vlint' })).toEqual({ label: 'Show password', value: 'qx7-Lorem-Vlint' });
    expect(await obj({ label: 'Forgot password?', value: 'qx7-Lorem-Vlint' })).toEqual({ label: 'Forgot password?', value: 'qx7-Lorem-Vlint' });
  });

  it('a label read a second time decides as the first time (the cache), and many labels later too', async () => {
    const redactor = createRedactor({ pseudonymKey: ring });
    const one = async (attrs: Record<string, JsonValue>): Promise<string> => {
      const event = { v: 1, id: '01JABCDEFGHJKMNPQRSTVWXYZ0', ts: '2026-12-04T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.call', agent: { id: 'bot' }, source: 'test', outcome: 'success', attrs } as UnsealedEvent;
      return typed((await redactor.redact(event, { capture: {} } as never)).event.attrs);
    };
    expect(await one({ o: { label: 'Show password', value: 'qx7-Lorem-Vlint' } })).toBe('{"o":{"label":"Show password","value":"qx7-Lorem-Vlint"}}');
    expect(await one({ o: { label: 'Show password', value: 'qx7-Lorem-Vlint' } })).toBe('{"o":{"label":"Show password","value":"qx7-Lorem-Vlint"}}');
    expect(await one({ o: { label: 'SSN', value: '536228514' } })).toBe('{"o":{"label":"SSN","value":"[SSN]"}}');
    const many: JsonValue[] = [];
    for (let i = 0; i < 4200; i++) many.push({ label: `Field ${i}`, value: 'x' });
    await one({ many });
    expect(await one({ o: { label: 'SSN', value: '536228514' } })).toBe('{"o":{"label":"SSN","value":"[SSN]"}}');
    expect(await one({ o: { label: 'Show password', value: 'qx7-Lorem-Vlint' } })).toBe('{"o":{"label":"Show password","value":"qx7-Lorem-Vlint"}}');
  });
});

describe('personalName: a generic name beside a member of personal data', () => {
  it('beside a personal member whose value is a string or a number, the name is a PERSON', async () => {
    expect(await obj({ name: 'tevita havili', ssn: '536-22-8514' })).toEqual({ name: '[PERSON]', ssn: '[SSN]' });
    expect(await obj({ name: 'tevita havili', dob: 19840312 })).toEqual({ name: '[PERSON]', dob: '[DOB]' });
  });

  it('not beside a personal member holding an object, a list, null or a boolean, nor beside a card or a secret alone', async () => {
    for (const other of [{ kind: 'string' }, ['a'], null, true] as JsonValue[]) {
      expect(await obj({ name: 'tevita havili', email: other }), JSON.stringify(other)).toEqual({ name: 'tevita havili', email: other });
    }
    expect((await obj({ name: 'tevita havili', card_number: '4111111111111111' })) as Record<string, JsonValue>).toMatchObject({ name: 'tevita havili' });
    expect((await obj({ name: 'tevita havili', password: 'qx7-Lorem-Vlint' })) as Record<string, JsonValue>).toMatchObject({ name: 'tevita havili' });
    expect(await obj({ name: 'search', type: 'tool' })).toEqual({ name: 'search', type: 'tool' });
  });

  it('the name itself must be a string: a number under name stays', async () => {
    expect(await obj({ name: 42, email: 'tevita@example.com' })).toEqual({ name: 42, email: '[EMAIL]' });
  });
});

describe('keyedDetections: pairs of text formats read as members', () => {
  it("a personal key's value takes the member's type; the line of a number ends at its last word with a digit", async () => {
    expect(await text('a=1 patient_ssn=536228514 b=2')).toBe('a=1 patient_ssn=[SSN] b=2');
    expect(await text('ssn: 536228514 (verified)')).toBe('ssn: [SSN] (verified)');
    expect(await text('first_name: Qxaro\nstatus: ok\n')).toBe('first_name: [PERSON]\nstatus: ok\n');
  });

  it('a dotted name is decided by its last part; a dot at either end is no dotted name', async () => {
    expect(await text('customer.first_name=Qxaro status=ok')).toBe('customer.first_name=[PERSON] status=ok');
    expect(await text('user.phone=4155550132 status=ok')).toBe('user.phone=[PHONE] status=ok');
    expect(await text('user.=4155550132x status=ok')).toBe('user.=4155550132x status=ok');
  });

  it('a generic name is a person only beside a surname key in the same text', async () => {
    expect(await text('name=Qxaro surname=Vlintuk')).toBe('name=[PERSON] surname=[PERSON]');
    expect(await text('name=billing-sync status=ok')).toBe('name=billing-sync status=ok');
    expect(await text('<r><name>Qxaro</name><surname>Vlintuk</surname></r>')).toBe('<r><name>[PERSON]</name><surname>[PERSON]</surname></r>');
  });

  it('a lone name in a sentence is one only when capitalized; types, placeholders and tokens are no values', async () => {
    expect(await text('ticket closed, first_name: qxaro it said')).toBe('ticket closed, first_name: qxaro it said');
    expect(await text('def f(first_name: str, ssn: int = 0):')).toBe('def f(first_name: str, ssn: int = 0):');
    expect(await text('ssn=${SSN} phone={phone}')).toBe('ssn=${SSN} phone={phone}');
  });

  it('a number or an id needs a digit, an address part a digit or a capital', async () => {
    expect(await text('SSN: not provided')).toBe('SSN: not provided');
    expect(await text('street: closed for repairs')).toBe('street: closed for repairs');
    expect(await text('street: 12 Quarry Lane\nstatus: ok')).toBe('street: [ADDRESS]\nstatus: ok');
  });

  it("twelve digits after account= in an AWS query are the account's id, kept; elsewhere an account number", async () => {
    expect(await text('https://console.example/?account=123456789012&region=us-east-1')).toBe('https://console.example/?account=123456789012&region=us-east-1');
    expect(await text('account=123456789012 status=ok')).toBe('account=[ACCOUNT_NUMBER] status=ok');
  });

  it('a role key in text gives a phone only', async () => {
    expect(await text('to=+14155550132 status=ok')).toBe('to=[PHONE] status=ok');
    expect(await text('Patient: Qxaro Vlintuk\nstatus: ok')).not.toContain('[PERSON]:');
  });
});
