// Issue 13: a survivor of the second Stryker run of 2026-12-08 on 2026-12-07f's names-left code (docs/TESTING.md, its
// row): particleFamilyField's title case of the family word. An unlisted word in capitals is no name word (kindOf: 'W')
// and never reaches it, so only a word in mixed case after its capital (`OOsterhout`) shows the check.
import { describe, expect, it } from 'vitest';
import { detectPersons } from './names.js';
import type { Detection } from './types.js';

const found = (text: string): string[] => {
  const out: Detection[] = [];
  detectPersons(text, out);
  return out.map((d) => text.slice(d.start, d.end));
};

describe('particleFamilyField, the title case of the family word', () => {
  it('a family word with a second capital makes no field', () => {
    expect(found('van Oosterhout, Jorien')).toEqual(['van Oosterhout, Jorien']);
    expect(found('van OOsterhout, Jorien')).toEqual([]);
    expect(found('Naam: van OOsterhout, Jorien')).toEqual([]);
  });
});
