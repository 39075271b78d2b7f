// Item 2 of the misc brief of 2026-12-05 (issue 11): a boarding pass's barcode (IATA BCBP,
// Resolution 792) with a name outside ASCII. The name field is 20 bytes; a scanner's or an app's
// UTF-8 decoding writes `Ü`, `Ø`, `Ễ` in two or three of them, so the field is fewer characters.
// names.ts reads a field of 20 ASCII capitals only: `M1MÜLLER/HANS        EABC123 FRAJFKLH …`
// was stored raw. airline.ts detectBcbp reads the field by the airports and carrier after it.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '../../packages/core/src/index.js';
import { detectSensitive } from '../../packages/core/src/redaction/detectors.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]), sessionMemory: false });
function stored(args: Record<string, unknown>): string {
  const result = redactor.redact({ v: 1, id: 'x', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.call', agent: { id: 'a' }, source: 's', outcome: 'success', tool: { name: 't', arguments: args } } as never, { capture: {} });
  return JSON.stringify((result as { event: { tool: { arguments: unknown } } }).event.tool.arguments);
}
const persons = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'PERSON').map((d) => text.slice(d.start, d.end));
const utf8 = (s: string) => new TextEncoder().encode(s).length;
/** A BCBP line whose name field is padded to 20 bytes (`bytes`) or 20 characters. */
const pass = (name: string, bytes: boolean, rest = 'EABC123 FRAJFKLH 0400 123Y012A0001 100') => `M1${name}${' '.repeat(20 - (bytes ? utf8(name) : name.length))}${rest}`;

describe('a BCBP name field with letters outside ASCII', () => {
  it.each([
    ['MÜLLER/HANS', 'MÜLLER/HANS'],
    ['ØSTERGÅRD/SØREN', 'ØSTERGÅRD/SØREN'],
    ['NGUYỄN/VĂN AN', 'NGUYỄN/VĂN AN'],
    // Held back: other letters, a title after the name.
    ['ŁUKASIEWICZ/JAN', 'ŁUKASIEWICZ/JAN'],
    ['GONÇALVES/JOÃO MR', 'GONÇALVES/JOÃO'],
    ['ŠŤASTNÝ/JIŘÍ', 'ŠŤASTNÝ/JIŘÍ'],
  ])('%s, padded to 20 bytes and to 20 characters', (name, masked) => {
    for (const bytes of [true, false]) {
      const line = pass(name, bytes);
      expect(persons(line), line).toEqual([masked]);
      const out = stored({ barcode: line });
      for (const part of masked.split(/[/ ]/)) expect(out, line).not.toContain(part);
      expect(out).toContain('FRAJFKLH');
    }
  });
  it('the brief\'s line as written, and in a sentence', () => {
    expect(persons('M1MÜLLER/HANS        EABC123 FRAJFKLH 0400 123Y012A0001 100')).toEqual(['MÜLLER/HANS']);
    expect(persons(`Scanned barcode ${pass('ØSTERGÅRD/SØREN', true)} at gate B12`)).toEqual(['ØSTERGÅRD/SØREN']);
  });
  it('one pseudonym with the same name in a DOCS line', () => {
    const token = (s: string) => /\[PERSON:[^\]]+\]/.exec(s)?.[0];
    expect(token(stored({ barcode: pass('MÜLLER/HANS', true) }))).toBe(token(stored({ barcode: pass('MÜLLER/HANS', false) })));
  });
  it('kept: no airports after the field, a field of another length, a model name', () => {
    expect(persons('M1MÜLLER/HANS EABC123 FRAJFKLH')).toEqual([]);
    expect(persons('M1 Mac with M2 chip and 16 GB')).toEqual([]);
    expect(persons(`M1MÜLLER/HANS${' '.repeat(3)}EABC123 FRAJFKLH 0400`)).toEqual([]);
  });
  it('a hostile run of the cue finishes', () => {
    expect(persons('M1ÜÜÜÜÜÜ/ÜÜÜÜ '.repeat(20_000)).length).toBe(0);
    expect(persons(`${pass('MÜLLER/HANS', true)}\n`.repeat(2_000)).length).toBe(2_000);
  });
});
