import { describe, expect, it } from 'vitest';
import { createRedactor } from '../index.js';

// L4 of the seventh probe of 2026-12-04 (test/redaction/probe-2026-12-04g.cases.md): a SIM's PUK,
// PUK2 and PIN2 (telecom support, SIM swaps) were stored raw in text and under `puk`/`puk2`, where
// `pin1` was masked. They are secrets as a PIN is: secrets.ts pinLabels, key-names.ts DEFAULT_SECRET_KEYS.
const redactor = createRedactor({ pseudonymKey: new Uint8Array(32).fill(5) });
function stored(result: unknown): unknown {
  const out = redactor.redact({ v: 1, id: 'e', seq: 0, ts: '2026-12-04T00:00:00Z', stream: 's', type: 'tool.result', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', result } } as never, { capture: {} } as never) as { event: { tool: { result: unknown } } };
  return out.event.tool.result;
}
const text = (value: string): string => stored(value) as string;

describe('L4: SIM PUK, PUK2 and PIN2 codes are secrets like a PIN', () => {
  it('text: after their labels', () => {
    for (const [note, value] of [
      ['PUK: 12345678', '12345678'],
      ['To unlock, enter PUK 44120983 then a new PIN', '44120983'],
      ['Your SIM PUK code is 12345678, PIN2 9921', '12345678'],
      ['Your SIM PUK code is 12345678, PIN2 9921', '9921'],
      // held back
      ['PUK2: 87654321', '87654321'],
      ['the puk code for the sim is 55512340', '55512340'],
      ['SIM PIN: 4481', '4481'],
      ['PIN-2 = 7730', '7730'],
      ['PUK-Code: 11223344', '11223344'],
    ] as const) expect(text(note), note).not.toContain(value);
  });

  it('JSON: under puk, puk2, pin2, sim_puk, pukCode', () => {
    const out = JSON.stringify(stored({ puk: '44120983', puk2: '87654321', pin2: '9921',
      // held back
      sim_puk: '11223344', pukCode: '55667788', PUK1: '99887766' }));
    for (const value of ['44120983', '87654321', '9921', '11223344', '55667788', '99887766']) expect(out, value).not.toContain(value);
  });

  it('look-alikes stay: a word that starts with puk, PUK without a code, a puck member', () => {
    for (const note of ['pukeko count 12345678', 'the PUK was unblocked', 'PUK attempts left: 10']) expect(stored({ note }), note).toEqual({ note });
    expect(stored({ puck: '12345678' })).toEqual({ puck: '12345678' });
  });
});
