// Issue 11, found by the Stryker run of 2026-12-08 on the names-left code of 2026-12-07e (issue 13; docs/TESTING.md, its
// row): a self-introduction with particles and a lower-case surname (`ik ben jan de vries`) was masked only when no dot
// followed it. PARTICLE_SURNAME_AFTER's look-ahead refused a `.` after the surname (meant for a host or a mail's domain,
// `vries.nl`), so `ik ben jan de vries.` left the tail unread, `jan` alone did not end the clause, and the whole name
// was kept. A dot that ends a sentence (no letter or digit after it) now ends the surname.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '../../packages/core/src/index.js';
import { detectPersons } from '../../packages/core/src/redaction/names.js';
import type { Detection } from '../../packages/core/src/redaction/types.js';
import { storedText } from './masked-text.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(9)]), sessionMemory: false });
const { stored, gone } = storedText(redactor);
const found = (text: string): string[] => {
  const out: Detection[] = [];
  detectPersons(text, out);
  return out.map((d) => text.slice(d.start, d.end));
};

describe('particles and a lower-case surname before a sentence\'s dot (2026-12-08)', () => {
  it.each([
    ['ik ben jan de vries.', 'jan de vries'],
    ['je suis marie le roux.', 'marie le roux'],
    ['ik ben femke van dijk.', 'femke van dijk'],
    ['sou ana dos santos.', 'ana dos santos'],
    ['ik ben jan de vries. Ik woon hier.', 'jan de vries'],
    ['je suis marie le roux...', 'marie le roux'],
  ])('%s', (text, name) => {
    expect(found(text)).toEqual([name]);
  });

  it('through the redactor', () => {
    gone('Hallo, ik ben jan de vries.', ['jan', 'vries'], ['Hallo, ik ben']);
    gone('Bonjour, je suis marie le roux.', ['marie', 'roux'], ['Bonjour, je suis']);
  });

  it('a host or a mail\'s domain after the surname is no end: the tail is not read (as before)', () => {
    expect(found('ik ben jan de vries.nl')).toEqual([]);
    expect(found('ik ben jan de vries.2')).toEqual([]);
    expect(stored('ik ben jan de vries.nl')).toBe('ik ben jan de vries.nl');
  });
});
