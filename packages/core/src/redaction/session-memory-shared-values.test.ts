// SessionValues keeps what a value is masked as without an object per value: the spellings of one
// value remembered in a row (a phone number's five, a name's parts) share one copy (add's
// lastValue). Exact only where the copy is equal in all three fields and never the caller's object:
// these fail if a field is left out of the comparison, or if the caller's object is kept.
import { describe, expect, it } from 'vitest';
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
