// A list under a key that names what it holds is masked item by item (a fresh finding of
// 2026-12-01: `{"ssn": ["123456789"]}`, `{"mrn": [...]}`, `{"phone": [...]}`, `{"dob": [...]}`,
// `{"account_number": [...]}` were stored raw, while the same value alone or in a nested list was
// masked).
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { JsonValue, UnsealedEvent } from '../spec/event.js';
import { createRedactor } from './redactor.js';
import { createKeyring } from './keys.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([randomBytes(32)]) });

async function redacted(result: JsonValue): Promise<JsonValue> {
  const event: UnsealedEvent = {
    v: 1, id: '01JABCDEFGHJKMNPQRSTVWXYZ0', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.result',
    trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) }, agent: { id: 'bot' }, source: 'test', outcome: 'success',
    tool: { name: 'lookup', result },
  };
  return (await redactor.redact(event, { capture: {} } as never)).event.tool?.result as JsonValue;
}

describe('a list under a key that names its kind', () => {
  it.each([
    ['ssn', '123456789', 'SSN'],
    ['mrn', '00123456', 'MRN'],
    ['phone', '02079460958', 'PHONE'],
    ['dob', '1983-04-12', 'DOB'],
    ['account_number', '12345678', 'ACCOUNT_NUMBER'],
    ['card_number', '4242424242424242', 'CARD'],
    ['patient_name', 'Amara Okafor', 'PERSON'],
    ['password', 'hunter2', 'SECRET'],
  ])('%s: every item, at any depth, is masked as %s', async (key, value, type) => {
    for (const shape of [[value], [value, value], [[value]], [[[value]]], [value, { note: 'x' }]]) {
      const out = await redacted({ [key]: shape } as JsonValue);
      const json = JSON.stringify(out);
      expect(json).not.toContain(value);
      expect(json).toContain(`[${type}:psn_`);
    }
  });

  it('items not of the kind are walked as usual: an object keeps its other members, null and empty stay', async () => {
    const out = (await redacted({ ssn: ['123456789', null, '', { note: 'fine', mail: 'a.b@example.org' }] })) as { ssn: JsonValue[] };
    expect(out.ssn[0]).toMatch(/^\[SSN:psn_/);
    expect(out.ssn[1]).toBeNull();
    expect(out.ssn[2]).toBe('');
    expect(out.ssn[3]).toMatchObject({ note: 'fine' });
    expect(JSON.stringify(out.ssn[3])).not.toContain('a.b@example.org');
  });

  it('a list under a key that names nothing is left to the detectors', async () => {
    // (A value never masked before in this trace: session memory would mask a recurrence.)
    expect(await redacted({ ids: ['987650001', 'order 7'] })).toEqual({ ids: ['987650001', 'order 7'] });
  });
});
