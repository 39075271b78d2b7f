// O3 of the ninth probe of 2026-12-05 (test/redaction/probe-2026-12-05b.cases.md): hotel and
// airline loyalty programmes named after a firm and a word of honour were read as persons (`Marriott
// Bonvoy`, `Hilton Honors`, `Diamond Medallion`). A person found over such a programme is dropped,
// or trimmed to the words beside it that still make a name (name-contexts.ts dropContextNonPersons).
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor, detectSensitive } from '../../packages/core/src/index.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(10)]), sessionMemory: false });
function stored(value: unknown): string {
  const result = redactor.redact({ v: 1, id: 'x', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.call', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', arguments: { value } } } as never, { capture: {} });
  return JSON.stringify((result as { event: { tool: { arguments: { value: unknown } } } }).event.tool.arguments.value);
}
const persons = (text: string) => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));

describe('O3: loyalty programmes are no persons', () => {
  it.each([
    // The probe's inputs.
    'Book with Marriott Bonvoy points',
    'Redeem Marriott Bonvoy points for the stay',
    'Your Hilton Honors balance is 44,000',
    'SkyMiles # 9012345678, Diamond Medallion',
    // Held back: other spellings and programmes.
    'Hilton Honours Gold status confirmed',
    'Upgraded to Platinum Medallion this year',
  ])('%s', (text) => {
    expect(persons(text)).toEqual([]);
  });

  it('as a member', () => {
    expect(stored({ program: 'Hilton Honors' })).toBe('{"program":"Hilton Honors"}');
  });

  it('a member\'s name beside the programme stays a person', () => {
    expect(persons('Hilton Honors Maria Garcia')).toEqual(['Maria Garcia']);
    expect(persons('Marriott Bonvoy member Maria Garcia called')).toEqual(['Maria Garcia']);
    expect(persons('Paris Hilton said hello')).toEqual(['Paris Hilton']);
  });

  it('a hostile input: programmes repeated', () => {
    expect(detectSensitive('Hilton Honors Maria Garcia '.repeat(8_000)).length).toBeGreaterThan(0);
  });
});
