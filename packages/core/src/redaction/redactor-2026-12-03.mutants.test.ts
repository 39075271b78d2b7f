// What redactor.ts, health-ids.ts and identifiers.ts promise for the lines the redaction work of
// 2026-12-03 (afternoon) changed (issue 13, from surviving and uncovered mutants of those lines):
// a point as latitude and longitude members (which members, which values, the ranges, a path rule
// on a member), a column table's cells under path rules and columns without a name, and 12
// digits under `account=` kept only in an AWS query (the '=', the 12 digits, the 200 characters
// around, a date or a count after the label). In process, no I/O.
import { describe, expect, it } from 'vitest';
import type { JsonValue, UnsealedEvent } from '../spec/event.js';
import type { RedactionResult } from '../spec/redactor.js';
import type { Detection } from './types.js';
import { createRedactor, type RedactorOptions } from './redactor.js';
import { createKeyring } from './keys.js';
import { detectHealthIds } from './health-ids.js';
import { awsQueryAround } from './identifiers.js';

const ring = createKeyring([new Uint8Array(32).fill(7)]);

function ev(overrides: Partial<UnsealedEvent> = {}): UnsealedEvent {
  return { v: 1, id: '01JABCDEFGHJKMNPQRSTVWXYZ0', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.call', agent: { id: 'bot' }, source: 'test', outcome: 'success', ...overrides };
}

async function attrs(value: Record<string, JsonValue>, options: RedactorOptions = {}): Promise<Record<string, JsonValue>> {
  const result: RedactionResult = await createRedactor({ pseudonymKey: ring, ...options }).redact(ev({ attrs: value }), { capture: {} } as never);
  return result.event.attrs as Record<string, JsonValue>;
}

/** The data classes a redaction reports. */
async function classes(value: Record<string, JsonValue>, options: RedactorOptions = {}): Promise<readonly string[]> {
  const result: RedactionResult = await createRedactor({ pseudonymKey: ring, ...options }).redact(ev({ attrs: value }), { capture: {} } as never);
  return result.data?.classes ?? [];
}

const GEO = /^\[GEO:psn_/;

describe('a point as latitude and longitude members', () => {
  it('both members must be there: a member named "undefined" is no latitude or longitude', async () => {
    for (const value of [{ undefined: '51.5074', lng: '-0.1278' }, { lat: '51.5074', undefined: '-0.1278' }]) expect(await attrs(value)).toEqual(value);
  });

  it('the values are numbers or strings: a list holding precise degrees is no point', async () => {
    for (const value of [{ lat: ['51.5074'], lng: '-0.1278' }, { lat: '51.5074', lng: ['-0.1278'] }]) expect(await attrs(value)).toEqual(value);
  });

  it('blanks around the degrees are read past', async () => {
    const out = await attrs({ lat: ' 51.5074 ', lng: '-0.1278\t' });
    expect(out.lat).toMatch(GEO);
    expect(out.lng).toMatch(GEO);
  });

  it('latitude up to 90 and longitude up to 180 inclusive, not beyond', async () => {
    const pole = await attrs({ lat: '90.000', lng: '0.1234' });
    expect(pole.lat).toMatch(GEO);
    const dateline = await attrs({ lat: '51.507', lng: '180.000' });
    expect(dateline.lng).toMatch(GEO);
    expect(await attrs({ lat: '51.507', lng: '180.001' })).toEqual({ lat: '51.507', lng: '180.001' });
    expect(await attrs({ lat: '90.001', lng: '0.1234' })).toEqual({ lat: '90.001', lng: '0.1234' });
  });

  it('a path rule on a member masks it as REDACTED; the other stays GEO', async () => {
    const out = await attrs({ lat: '51.5074', lng: '-0.1278' }, { paths: ['attrs.lat'] });
    expect(out.lat).toMatch(/^\[REDACTED:psn_/);
    expect(out.lng).toMatch(GEO);
  });
});

describe('a path rule reports the class unknown', () => {
  it('on a member of a point, a row that is no list, a cell', async () => {
    expect(await classes({ lat: '51.5074', lng: '-0.1278' }, { paths: ['attrs.lat'] })).toContain('unknown');
    expect(await classes({ cols: ['note', 'ssn'], rows: [['x', 'y'], 'plain note'] }, { paths: ['attrs.rows.1'] })).toContain('unknown');
    expect(await classes({ cols: ['note', 'city'], rows: [['hello', 'Leeds']] }, { paths: ['attrs.rows.0.city'] })).toContain('unknown');
  });
});

describe('a column table', () => {
  it('a path rule names a cell by its column', async () => {
    const out = await attrs({ cols: ['note', 'city'], rows: [['hello', 'Leeds']] }, { paths: ['attrs.rows.0.city'] });
    expect(out.rows).toEqual([['hello', expect.stringMatching(/^\[REDACTED:psn_/)]]);
  });

  it('a row that is no list is walked as a value, a path rule on it masks it', async () => {
    const plain = await attrs({ cols: ['note', 'ssn'], rows: [['x', '536228514'], 'plain note'] });
    expect((plain.rows as JsonValue[])[1]).toBe('plain note');
    const ruled = await attrs({ cols: ['note', 'ssn'], rows: [['x', '536228514'], 'plain note'] }, { paths: ['attrs.rows.1'] });
    expect((ruled.rows as JsonValue[])[1]).toMatch(/^\[REDACTED:psn_/);
  });

  it('a column without a name leaves its cells to the text rules', async () => {
    const out = await attrs({ fields: [{ name: 'ssn' }, { type: 'text' }], rows: [['536228514', 'write to amara@example.com']] });
    const row = (out.rows as JsonValue[][])[0] as JsonValue[];
    expect(row[0]).toMatch(/^\[SSN:psn_/);
    expect(row[1]).toMatch(/^write to \[EMAIL:psn_/);
  });
});

/** detectHealthIds' finds, as `TYPE:text`. */
const health = (text: string): string[] => {
  const out: Detection[] = [];
  detectHealthIds(text, out, [...text].filter((c) => c >= '0' && c <= '9').length, () => false);
  return out.map((d) => `${d.type}:${text.slice(d.start, d.end)}`);
};

describe('12 digits under account= in an AWS query (health-ids.ts labelled path)', () => {
  it('kept right after account= in an AWS query', () => {
    expect(health('https://x.test/?account=123456789012&region=us-east-1')).toEqual([]);
  });

  it('11 or 13 digits there are no AWS account id: masked', () => {
    expect(health('https://x.test/?account=1234567890123&region=us-east-1')).toEqual(['ACCOUNT_NUMBER:1234567890123']);
    expect(health('https://x.test/?account=12345678901&region=us-east-1')).toEqual(['ACCOUNT_NUMBER:12345678901']);
  });

  it('masked after a colon, even with an AWS query in the text', () => {
    expect(health('Account: 123456789012 (see https://x.test/?region=us-east-1)').length).toBe(1);
  });

  it('another label in an AWS query is still masked', () => {
    expect(health('https://x.test/?mrn=123456789012&region=us-east-1').length).toBe(1);
  });

  it('a date after the account label is no account; a number with a count after it is none either', () => {
    expect(health('Account: 2024-01-15')).toEqual([]);
    expect(health('Konto 2024-01-15')).toEqual([]);
  });

  it('an NHS number written with spaces needs no health word; with dashes it does', () => {
    expect(health('ref 943 476 5919')).toEqual(['MRN:943 476 5919']);
    expect(health('ref 943-476-5919')).toEqual([]);
    expect(health('NHS patient 943-476-5919')).toEqual(['MRN:943-476-5919']);
  });
});

describe('awsQueryAround (identifiers.ts): within 200 characters before and 212 after', () => {
  it('a region far after or far before is not around', () => {
    const far = 'x=1&'.repeat(60);
    const after = `?account=123456789012&${far}region=us-east-1`;
    expect(awsQueryAround(after, after.indexOf('1234'))).toBe(false);
    const before = `?region=us-east-1&${far}account=123456789012`;
    expect(awsQueryAround(before, before.indexOf('1234'))).toBe(false);
    const near = `?region=us-east-1&account=123456789012`;
    expect(awsQueryAround(near, near.indexOf('1234'))).toBe(true);
  });
});
