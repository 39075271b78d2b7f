// Item 5 of the misc brief of 2026-12-05 (issue 11): the pet words were written twice,
// national-ids.ts' PET_BEFORE (with `canine`) and health-ids.ts' licence lookbehind and owner
// labels (without it): `canine license 2026-44817` was stored raw (national-ids.ts left it to
// health-ids.ts, which did not read it) and `canine licence no. 2026-44817` was a professional
// LICENSE_NUMBER. One list now (internal/pet-words.ts PET_WORDS), read by both.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '../../packages/core/src/index.js';
import { detectSensitive } from '../../packages/core/src/redaction/detectors.js';
import { PET_WORDS } from '../../packages/core/src/redaction/internal/pet-words.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]), sessionMemory: false });
function stored(args: Record<string, unknown>): string {
  const result = redactor.redact({ v: 1, id: 'x', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.call', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', arguments: args } } as never, { capture: {} });
  return JSON.stringify((result as { event: { tool: { arguments: unknown } } }).event.tool.arguments);
}
const kinds = (text: string): string[] => detectSensitive(text).map((d) => `${d.type}:${text.slice(d.start, d.end)}`);
const petToken = (out: string): string | undefined => /\[PET_ID:[^\]]+\]/.exec(out)?.[0];

describe('one list of pet words for both readings', () => {
  it('canine microchip 985112003456789 is masked the same in prose and under a member', () => {
    const prose = stored({ note: 'canine microchip 985112003456789' });
    expect(prose).not.toContain('985112003456789');
    expect(petToken(prose)).toBeDefined();
    for (const member of ['canineMicrochip', 'canine_microchip', 'microchip']) expect(petToken(stored({ [member]: '985112003456789' })), member).toBe(petToken(prose));
  });
  it.each(PET_WORDS.map((word) => [word]))('%s: a licence bare and with its number word is PET_ID, one pseudonym', (word) => {
    expect(kinds(`${word} license 2026-44817`)).toEqual(['PET_ID:2026-44817']);
    expect(kinds(`${word} licence no. 2026-44817`)).toEqual(['PET_ID:2026-44817']);
    expect(kinds(`${word} tag 2026-44817`)).toEqual(['PET_ID:2026-44817']);
    const token = petToken(stored({ note: `${word} license 2026-44817` }));
    expect(petToken(stored({ note: `${word} licence no. 2026-44817` }))).toBe(token);
    expect(petToken(stored({ [`${word}LicenseNumber`]: '2026-44817' }))).toBe(token);
  });
  it('kept as before: a professional licence, a driver\'s licence', () => {
    expect(kinds('medical licence no. A12345')).toEqual(['LICENSE_NUMBER:A12345']);
    expect(kinds('license D1234567 expired')).toEqual(['DRIVER_LICENSE:D1234567']);
  });
});
