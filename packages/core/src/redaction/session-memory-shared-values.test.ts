// SessionValues keeps what a value is masked as without an object per value: the spellings of one
// value remembered in a row (a phone number's five, a name's parts) share one copy (add's
// lastValue). Exact only where the copy is equal in all three fields and never the caller's object:
// these fail if a field is left out of the comparison, or if the caller's object is kept.
import { describe, expect, it } from 'vitest';
import type { UnsealedEvent } from '../spec/event.js';
import { createRedactor } from './redactor.js';
import { SessionMemory, SessionValues } from './session-memory.js';

const masks = (values: SessionValues, text: string) => values.find(text).map((hit) => `${hit.type}/${hit.class}/${hit.normalized}`);

describe('what a value is masked as, shared between values remembered in a row', () => {
  it('keeps each value masked as given when the values in a row differ in one field only', () => {
    const values = new SessionValues(64);
    values.remember('amara okafor', { type: 'PERSON', class: 'pii.person', normalized: 'amara okafor' });
    values.remember('okafor amara', { type: 'PERSON', class: 'pii.person', normalized: 'okafor amara' });
    values.remember('4155550134', { type: 'PHONE', class: 'pii.person', normalized: 'okafor amara' });
    values.remember('4155550199', { type: 'PHONE', class: 'pii.phone', normalized: 'okafor amara' });
    values.remember('4155550111', { type: 'PHONE', class: 'pii.phone', normalized: 'okafor amara' });
    expect(masks(values, 'amara okafor')).toEqual(['PERSON/pii.person/amara okafor']);
    expect(masks(values, 'okafor amara')).toEqual(['PERSON/pii.person/okafor amara']);
    expect(masks(values, 'call 4155550134')).toEqual(['PHONE/pii.person/okafor amara']);
    expect(masks(values, 'call 4155550199')).toEqual(['PHONE/pii.phone/okafor amara']);
    expect(masks(values, 'call 4155550111')).toEqual(['PHONE/pii.phone/okafor amara']);
  });

  it('shares one copy between the spellings of one value, and never holds the caller object', () => {
    const values = new SessionValues(64);
    const given = { type: 'PHONE', class: 'pii.phone', normalized: '+447700900123' };
    for (const spelling of ['+44 7700 900123', '447700900123', '07700900123']) values.remember(spelling, given);
    // What the caller does with its object afterwards changes nothing remembered.
    given.normalized = 'changed';
    given.type = 'EMAIL';
    const held = values.entries().map(([, value]) => value);
    // (The padded `07700900123` is remembered without its zero too: four spellings.)
    expect(held).toHaveLength(4);
    expect(held[0]).toEqual({ type: 'PHONE', class: 'pii.phone', normalized: '+447700900123' });
    for (const value of held) expect(value).toBe(held[0]);
    expect(masks(values, 'ring 07700 900123')).toEqual(['PHONE/pii.phone/+447700900123']);
  });

  it('forgets a value and reuses its slot without the old value showing through', () => {
    const values = new SessionValues(2);
    values.remember('first value', { type: 'PERSON', class: 'pii.person', normalized: 'one' });
    values.remember('second value', { type: 'PERSON', class: 'pii.person', normalized: 'two' });
    values.remember('third value', { type: 'EMAIL', class: 'pii.email', normalized: 'three' });
    expect(values.size).toBe(2);
    expect(masks(values, 'first value')).toEqual([]);
    expect(masks(values, 'second value')).toEqual(['PERSON/pii.person/two']);
    expect(masks(values, 'third value')).toEqual(['EMAIL/pii.email/three']);
    expect(values.entries()).toEqual([
      ['second value', { type: 'PERSON', class: 'pii.person', normalized: 'two' }],
      ['third value', { type: 'EMAIL', class: 'pii.email', normalized: 'three' }],
    ]);
  });

  it('hands the same values to another thread through a snapshot', () => {
    const memory = new SessionMemory();
    const values = memory.valuesOf('s1', undefined) as SessionValues;
    const phone = { type: 'PHONE', class: 'pii.phone', normalized: '+447700900123' };
    values.remember('447700900123', phone);
    values.remember('07700900123', phone);
    const other = new SessionMemory();
    other.load(memory.snapshot('s1', undefined));
    expect(masks(other.valuesOf('s1', undefined) as SessionValues, 'at 07700900123 or 447700900123')).toEqual(['PHONE/pii.phone/+447700900123', 'PHONE/pii.phone/+447700900123']);
  });
});

// The redactor's recall hands find's shared (frozen) empty list to findNormalized, which must make
// a list of its own before it adds what the text's normalized view holds: a remembered value found
// only through invisible characters (`qx.vell\u200b@example.org`), and one found both ways.
describe('recall through a normalized view, with find answering a shared empty list', () => {
  const redactor = createRedactor({ pseudonymKey: new Uint8Array(32).fill(5), builtins: ['email'] });
  const event = (seq: number, tool: NonNullable<UnsealedEvent['tool']>): UnsealedEvent => ({
    v: 1, id: `01JABCDEFGHJKMNPQRSTVWXYZ${seq}`, ts: '2026-01-01T00:00:00.000Z', stream: 's', seq, type: 'tool.result',
    session: 'view-session', agent: { id: 'bot' }, source: 'test', outcome: 'success', tool,
  });
  const stored = async (seq: number, tool: NonNullable<UnsealedEvent['tool']>) => JSON.stringify((await redactor.redact(event(seq, tool), { capture: { default: 'redacted' } })).event);

  it('masks a remembered value seen only through the view, and one seen both ways', async () => {
    const first = await stored(0, { name: 'crm.lookup', result: { email: 'qx.vell@example.org' } });
    expect(first).not.toContain('qx.vell');
    const hidden = await stored(1, { name: 'crm.note', result: { note: 'wrote to qx.vell\u200b@example\u200b.org today' } });
    expect(hidden).not.toContain('vell');
    expect(hidden).toContain('wrote to ');
    const both = await stored(2, { name: 'crm.note', result: { note: 'qx.vell@example.org, also qx.vell\u200b@example\u200b.org' } });
    expect(both).not.toContain('vell');
    const none = await stored(3, { name: 'crm.note', result: { note: 'nothing\u200bremembered here' } });
    expect(JSON.parse(none).tool.result.note).toBe('nothing\u200bremembered here');
  });
});
