// The name field of a magnetic stripe's track 1 (ISO/IEC 7813 format B: `%B<PAN>^<SURNAME>/<GIVEN>^…?`)
// is a person's name whatever the name lists hold (a fresh README-only probe of 2026-12-04, H4:
// `%B4111111111111111^VLINTUK/QXARO^3012…?` stored the name raw).
import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';

const found = (text: string): string[] => detectSensitive(text).map((d) => `${d.type}:${text.slice(d.start, d.end)}`);

describe('track 1 name fields', () => {
  it('masks an unlisted name, with a middle initial, beside the card number', () => {
    // The track's data after the name field is masked as the card too (trackOneTail; L21 of the probe of 2026-12-06).
    expect(found('%B4111111111111111^VLINTUK/QXARO^30121010000000000000?')).toEqual(['CARD:4111111111111111', 'PERSON:VLINTUK/QXARO', 'CARD:30121010000000000000']);
    expect(found('%B5500000000000004^DORVANE/WENLIX M^2612101?')).toEqual(['CARD:5500000000000004', 'PERSON:DORVANE/WENLIX M', 'CARD:2612101']);
  });
  it('needs the track before it: a slash pair between carets elsewhere stays', () => {
    expect(found('x^VLINTUK/QXARO^')).toEqual([]);
    expect(found('TCP/IP^')).toEqual([]);
  });
});
