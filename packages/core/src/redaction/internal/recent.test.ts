// The bounded caches of the redactor (issue 19): RecentMap, and RecurringTexts, which keeps the
// detections of long texts once they recur (a model's instructions and the conversation so far,
// sent again by every model call of an agent).
import { describe, expect, it } from 'vitest';
import { RecentMap, RecurringTexts, textFingerprint } from './recent.js';

describe('RecentMap', () => {
  it('keeps what recurs and holds at most two generations', () => {
    const map = new RecentMap<string, number>(2);
    map.set('a', 1);
    map.set('b', 2);
    map.set('c', 3); // a and b are the old generation now
    expect(map.get('a')).toBe(1); // moved to the current generation: c, a
    map.set('d', 4); // current full: c, a become old; b dropped
    expect(map.get('b')).toBeUndefined();
    expect(map.get('c')).toBe(3);
    expect(map.get('a')).toBe(1);
    expect(map.get('d')).toBe(4);
    // Found in the current generation.
    const fresh = new RecentMap<string, number>(2);
    fresh.set('x', 1);
    expect(fresh.get('x')).toBe(1);
  });
});

describe('textFingerprint', () => {
  it('is FNV-1a over the UTF-16 code units with the length mixed in', () => {
    // FNV-1a 32-bit of the empty input is its offset basis; of "a" (0x61) a published value.
    expect(textFingerprint('')).toBe(0x811c9dc5);
    expect(textFingerprint('a')).toBe((0xe40c292c ^ 1) >>> 0);
    expect(textFingerprint('abc')).toBe(textFingerprint('abc'));
    expect(textFingerprint('abc')).not.toBe(textFingerprint('abd'));
    // A character outside ASCII is one code unit, not its UTF-8 bytes.
    expect(textFingerprint('é')).toBe((Math.imul(0x811c9dc5 ^ 0xe9, 0x01000193) ^ 1) >>> 0);
  });
});

/**
 * Two different texts of one length with the same fingerprint, found once by a birthday search
 * over `instructions NNNNNN` (base 36, as an attacker would search); the test below checks that
 * they still collide (a changed fingerprint function needs a new pair).
 */
const COLLIDING: [string, string] = ['instructions 0051wu', 'instructions 00ktfa'];

describe('RecurringTexts', () => {
  it('keeps nothing at a first sighting, and keeps from the second on', () => {
    const cache = new RecurringTexts<string>(1000, 10);
    expect(cache.get('system prompt')).toEqual({ value: undefined, sighted: false });
    expect(cache.get('system prompt')).toEqual({ value: undefined, sighted: true });
    cache.set('system prompt', 'detections');
    expect(cache.get('system prompt')).toEqual({ value: 'detections', sighted: true });
    expect(cache.get('another prompt')).toEqual({ value: undefined, sighted: false });
  });

  it('answers by the text, never by its fingerprint alone', () => {
    const [a, b] = COLLIDING;
    expect(a).not.toBe(b);
    expect(textFingerprint(a)).toBe(textFingerprint(b));
    const cache = new RecurringTexts<string>(1000, 100_000);
    cache.get(a);
    cache.set(a, 'of a');
    // b shares a's fingerprint: it counts as sighted (kept one sighting early), but gets nothing of a's.
    expect(cache.get(b)).toEqual({ value: undefined, sighted: true });
    cache.set(b, 'of b');
    expect(cache.get(a).value).toBe('of a');
    expect(cache.get(b).value).toBe('of b');
  });

  it('holds at most two generations of maxChars characters, and no text longer than maxChars', () => {
    const cache = new RecurringTexts<number>(10, 100);
    // As the redactor does: a text is kept after a get() that found it sighted.
    const keep = (text: string, value: number) => {
      cache.get(text);
      cache.set(text, value);
    };
    keep('aaaaa', 1);
    keep('bbbbb', 2); // 10 characters: the generation is full
    keep('ccccc', 3); // a new generation: a and b are old
    expect(cache.get('aaaaa').value).toBe(1); // moved to the current generation (c, a)
    keep('ddddd', 4); // current full: c and a become old, b dropped
    expect(cache.get('bbbbb').value).toBeUndefined();
    expect(cache.get('ccccc').value).toBe(3);
    keep('x'.repeat(11), 5);
    expect(cache.get('x'.repeat(11)).value).toBeUndefined();
    // A text of exactly maxChars characters is kept.
    keep('y'.repeat(10), 6);
    expect(cache.get('y'.repeat(10)).value).toBe(6);
  });

  it('counts only kept texts against maxChars: a miss keeps nothing', () => {
    const cache = new RecurringTexts<number>(10, 100);
    const keep = (text: string, value: number) => {
      cache.get(text);
      cache.set(text, value);
    };
    keep('aaaaa', 1);
    cache.get('zzzzz');
    expect(cache.get('zzzzz')).toEqual({ value: undefined, sighted: true });
    expect(cache.find('qqqqq')).toBeUndefined();
    keep('bbbbb', 2); // 10 characters with a: full
    keep('ccccc', 3); // a and b old
    keep('ddddd', 4); // c and d current: a is still in the old generation
    expect(cache.get('aaaaa').value).toBe(1);
  });

  it('forgets fingerprints after two generations of maxFingerprints', () => {
    const cache = new RecurringTexts<number>(1000, 2);
    cache.get('one');
    cache.get('two');
    cache.get('three'); // one and two are the old generation
    expect(cache.get('one').sighted).toBe(true);
    cache.get('four');
    cache.get('five'); // three and four old; one and two dropped
    expect(cache.get('two').sighted).toBe(false);
  });
});
