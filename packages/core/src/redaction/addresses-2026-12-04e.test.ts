// K18 of the fifth probe of 2026-12-04 (test/redaction/probe-2026-12-04e.cases.md): a lower-case
// street line after an address cue (`ship to 42 quillon row springfield il`) was stored raw, and a
// compass point after the street's suffix (`88 Queen St W, Toronto ON M5V 2T6`) ended the address,
// leaving the city and the postal code raw; a state code that is also a word (`ON`, `OR`, `IN`)
// did too.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectBuiltin } from './detectors.js';

const addresses = (text: string): string[] => detectBuiltin(text, new Set(['address'])).filter((d) => d.type === 'ADDRESS').map((d) => text.slice(d.start, d.end));

describe('lower-case street lines after an address cue (K18)', () => {
  it('reads the line to any street suffix, and the city words that end the clause', () => {
    expect(addresses('ship to 42 quillon row springfield il')).toEqual(['42 quillon row springfield il']);
    expect(addresses('i live at 7 marlow close bristol')).toEqual(['7 marlow close bristol']);
    expect(addresses('please deliver it to 19 ashby crescent, leeds.')).toEqual(['19 ashby crescent']);
    expect(addresses('my address is 3 orchard mews oxford\nthanks')).toEqual(['3 orchard mews oxford']);
    expect(addresses('we moved to 880 cedar way boise')).toEqual(['880 cedar way boise']);
  });

  it('stops before words that do not end the clause, and needs the cue for suffixes other than the full street words', () => {
    expect(addresses('ship to 42 quillon row tomorrow please')).toEqual(['42 quillon row']);
    expect(addresses('we have 42 units in row 7')).toEqual([]);
    expect(addresses('i walked 7 miles close to bristol')).toEqual([]);
    expect(addresses('the team sat 4 deep in row three')).toEqual([]);
    expect(addresses('it took 3 days walk to the park')).toEqual([]);
  });

  it('property: any cue, house number and suffix of the list give the line', () => {
    fc.assert(
      fc.property(fc.constantFrom('ship to', 'send it to', 'i live at', 'my address is', 'deliver to', 'she lives at'), fc.integer({ min: 1, max: 9999 }), fc.constantFrom('row', 'close', 'crescent', 'mews', 'grove', 'way', 'lane', 'gardens'), (cue, number, suffix) => {
        const text = `${cue} ${number} bramley ${suffix}`;
        expect(addresses(text)).toEqual([`${number} bramley ${suffix}`]);
      }),
      { numRuns: 100 },
    );
  });
});

describe('a compass point after the suffix, and state codes that are words (K18)', () => {
  it('takes the direction and goes on to the city, province and postal code', () => {
    expect(addresses('new address: 88 Queen St W, Toronto ON M5V 2T6')).toEqual(['88 Queen St W, Toronto ON M5V 2T6']);
    expect(addresses('88 Queen Street West, Toronto, ON M5V 2T6')).toEqual(['88 Queen Street West, Toronto, ON M5V 2T6']);
    expect(addresses('12 Main St N, Springfield IL 62704')).toEqual(['12 Main St N, Springfield IL 62704']);
    expect(addresses('88 Queen St W\nToronto ON M5V 2T6')).toEqual(['88 Queen St W\nToronto ON M5V 2T6']);
    expect(addresses('new address: 88 Queen St, Toronto ON M5V 2T6')).toEqual(['88 Queen St, Toronto ON M5V 2T6']);
    expect(addresses('410 Pine St, Portland, OR 97201')).toEqual(['410 Pine St, Portland, OR 97201']);
  });

  it('keeps what follows a street line in prose', () => {
    expect(addresses('I met her at 12 Main St and we talked')).toEqual(['12 Main St']);
    expect(addresses('Meet at 12 Main St. West of there is the park')).toEqual(['12 Main St.']);
  });
});
