// A labelled national id at a sentence's end, before the next sentence's label (a fresh README-only
// probe of 2026-12-04, H23: `BSN 111222333. SSN 536-22-8514.` stored the BSN raw; the dot before
// `SSN` tied the number to the next word).
import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';

const ids = (text: string): string[] => detectSensitive(text).filter((d) => d.type === 'NATIONAL_ID').map((d) => text.slice(d.start, d.end));

describe('a labelled id, then a dot, a blank and the next sentence', () => {
  it.each([
    ['BSN 111222333. SSN 536-22-8514.', '111222333'],
    ['Steuer-ID 86095742719. SSN 536-22-8514', '86095742719'],
    ['NIR est 184037511542317. SSN 536-22-8514', '184037511542317'],
    ['SIN 046 454 286. SSN 536-22-8514', '046 454 286'],
    ['BSN 111222333. DOB 1984-03-12.', '111222333'],
    ['CNP 1850312400127. Telefon 0721 000 000', '1850312400127'],
  ])('%s', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });
  it('a dot inside the number still ties its groups, and a number glued on by a dot is no id of its own', () => {
    expect(ids('DNI 12.345.678-Z')).toEqual(['12.345.678-Z']);
    expect(ids('SIN 046.454.286. ok')).toEqual(['046.454.286']);
    expect(ids('BSN 111222333.5 units')).toEqual([]);
  });
});
