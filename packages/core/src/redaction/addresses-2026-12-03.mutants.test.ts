// French `all.` (allée) as a street word (addresses.ts isDottedAllee and its two uses; a probe of
// 2026-12-03), in process for mutation testing: the cases of addresses.test.ts through
// detectAddresses itself (issue 13, from the survivors and uncovered mutants of 2026-12-03 evening).
import { describe, expect, it } from 'vitest';
import { detectAddresses } from './addresses.js';
import type { Detection } from './types.js';

const found = (text: string): string[] => {
  const out: Detection[] = [];
  detectAddresses(text, out);
  return out.map((d) => text.slice(d.start, d.end));
};

describe('`all.` (allée) before a French particle', () => {
  it('is a street word with its dot, before a lower-case particle', () => {
    expect(found('3 all. des Tilleuls, 69000 Lyon')).toEqual(['3 all. des Tilleuls, 69000 Lyon']);
    expect(found('12 All. de la Paix')).toEqual(['12 All. de la Paix']);
    expect(found('7 all. du Parc')).toEqual(['7 all. du Parc']);
  });
  it('is no street word without its dot, before a capital, an English word, a non-French particle or nothing', () => {
    for (const text of ['I paid 3 all. Then we left', 'we want 3 all. the rest', 'ate 3 all. de facto', 'Rated 5 all. Great', '3 all. Des Moines trip', '3 all des Tilleuls', 'we ate 3 all.', '3 alle des Tilleuls', '3 all. van Gogh']) {
      expect(found(text), text).toEqual([]);
    }
  });
});
