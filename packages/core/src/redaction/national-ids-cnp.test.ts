// The Romanian personal numeric code (CNP) after its label and under its key (the second README-only
// probe of 2026-12-04, seen once: `CNP 1850312400127` stored raw).
import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';
import { cnpValid } from './national-ids.js';
import { createKeyring } from './keys.js';
import { createRedactor } from './redactor.js';
import type { RedactionResult } from '../spec/redactor.js';
import type { UnsealedEvent } from '../spec/event.js';

const ids = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'NATIONAL_ID').map((d) => text.slice(d.start, d.end));

describe('cnpValid', () => {
  it('checks the sex digit, the date, the county and the weighted check digit (279146358279, mod 11, 10 as 1)', () => {
    expect(cnpValid('1850312400127')).toBe(true);
    expect(cnpValid('2960101400013')).toBe(true);
    for (const bad of ['1850312400128', '9850312400127', '1851312400127', '1850332400127', '1850312530127', '185031240012', '18503124001270']) expect(cnpValid(bad)).toBe(false);
  });
  it('10 as the remainder gives the check digit 1', () => {
    // A body whose weighted sum is 10 mod 11, found by search, so the branch is held.
    const body = Array.from({ length: 1000 }, (_, k) => `1850312400${String(k).padStart(3, '0')}`.slice(0, 12)).find((twelve) => {
      let sum = 0;
      for (let i = 0; i < 12; i++) sum += Number(twelve[i]) * Number('279146358279'[i]);
      return sum % 11 === 10;
    }) as string;
    expect(cnpValid(`${body}1`)).toBe(true);
    expect(cnpValid(`${body}0`)).toBe(false);
  });
});

describe('a CNP after its label, and under its key', () => {
  it.each(['CNP 1850312400127', 'CNP: 1850312400127', 'cod numeric personal 1850312400127', 'national id 1850312400127'])('%s', (text) => {
    expect(ids(text)).toEqual(['1850312400127']);
  });
  it.each(['CNP 1850312400128', 'EAN 1850312400127', 'order 1850312400127'])('%s: no national id', (text) => {
    expect(ids(text)).toEqual([]);
  });
  it('{ cnp } is a government id', () => {
    const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(3)]) });
    const out = (redactor.redact({ v: 1, id: '01JTESTCNP0000000000000000', ts: '2026-12-04T12:00:00.000Z', stream: 's', seq: 0, type: 'tool.call', agent: { id: 'a' }, tool: { name: 'kyc', arguments: { cnp: '1850312400127' } } } as unknown as UnsealedEvent, { capture: {} }) as RedactionResult).event.tool?.arguments as Record<string, string>;
    expect(out.cnp).toMatch(/^\[(?:NATIONAL_ID|SSN|GOVERNMENT_ID)[A-Z_]*:/);
  });
});
