// What internal/prefilter.ts promises about the mask's third word (2026-12-07, issue 19: the
// first 93 gates of a module instance have a bit of the mask, slots 63-93 in the third word, so
// that a dozen whole-text searches of the detectors could become gates): a gate of the third word
// answers as its regex on every text, the three words are read as one (the early exit waits for
// all three, a surrogate fills all three), and a text without the gate's starts is not walked. In
// process, direct calls; each fresh copy of the module makes its own first gates.
import { describe, expect, it, vi } from 'vitest';

type Module = typeof import('./prefilter.js');

/** A fresh copy of the module: the gates made here are its first. */
async function freshModule(): Promise<Module> {
  vi.resetModules();
  return import('./prefilter.js');
}

/** `count` gates whose starts (`#0#`, `#1#`, …) no text below holds: they take the mask's first bits. */
function fill(module: Module, count: number): void {
  for (let k = 0; k < count; k++) module.gatedTest(new RegExp(`#${k}#`));
}

describe('the mask has three words of 31 bits: slots 63-93 in the third word', () => {
  it('93 gates have a bit of the mask, the 94th none', async () => {
    const module = await freshModule();
    expect(module.MASKED_GATES).toBe(93);
    fill(module, 94);
    expect(module.gateCounts()).toEqual({ made: 94, masked: 93 });
  });

  it('a gate of the third word says no to a short text without its starts and asks no regex (`warehouse` holds `use`, not `ser`)', async () => {
    const module = await freshModule();
    fill(module, 62);
    const gate = module.gatedTest(/user|token/i);
    expect(module.gateCounts().masked).toBe(63);
    const spy = vi.spyOn(RegExp.prototype, 'test');
    try {
      expect(gate('the warehouse')).toBe(false);
      expect(gate('xx yy zz')).toBe(false);
      expect(spy.mock.calls.length).toBe(0);
      expect(gate('the user')).toBe(true);
      expect(gate('a TOKEN')).toBe(true);
    } finally {
      spy.mockRestore();
    }
  });

  it('the mask is read to the end unless all three words are full (the low and high words filled first, then the third)', async () => {
    const module = await freshModule();
    // 62 gates of zz fill the low and the high word at a text's second character; one of yy has the third word's first bit.
    const first = Array.from({ length: 62 }, () => module.gatedTest(/zz/));
    const third = module.gatedTest(/yy/);
    expect(module.gateCounts().masked).toBe(63);
    expect([third('zz yy'), first[0]?.('zz yy'), first[61]?.('zz yy')]).toEqual([true, true, true]);
    expect([third('yy zz'), first[30]?.('yy zz'), first[31]?.('yy zz')]).toEqual([true, true, true]);
    expect([third('zz zz'), first[0]?.('yy yy'), first[61]?.('yy yy')]).toEqual([false, false, false]);
  });

  it('a text holding a surrogate passes the mask in the third word too', async () => {
    const module = await freshModule();
    fill(module, 62);
    const third = [module.gatedTest(/yy/), module.gatedTest(/a.b|zz/u)];
    expect(module.gateCounts().masked).toBe(64);
    expect(third.map((gate) => gate('\u{1f600} yy'))).toEqual([true, false]);
    expect(third.map((gate) => gate('a\u{1f600}b'))).toEqual([false, true]);
  });

  it('31 gates in each of the three words, the same sources thrice: every answer is the regex', async () => {
    const module = await freshModule();
    const sources = [
      'user|usr|uid', 'token|secret', 'pass(?:word)?', 'ab', 'q', 'x[0-9]z', 'kelvin|sk', 'secret', ':\\d{0,3}:', 'ab|yy',
      'therapy', '(?:pat|son)ient', 'zz|yy', 'api[ _-]?key', 'q|ww', 'abc', 'abc|ww', 'user', 'hello world', '\\u00e9x|\\u00e9',
      'x\\u00e9y', 'e e', 'tt', 'account', 'auth', 'smb', 'a.b', 'cred', 'net[ \\t]', '<(?:key|name)>', 'default',
    ];
    expect(sources).toHaveLength(31);
    const gates = [...sources, ...sources, ...sources].map((source) => ({ gate: module.gatedTest(new RegExp(source, 'i')), plain: new RegExp(source, 'i') }));
    expect(module.gateCounts()).toEqual({ made: 93, masked: 93 });
    const pieces = ['use', 'ser', 'user', 'uid', 'r', 'tok', 'ken', 'secret', 'pas', 'ss', 'a', 'b', 'c', 'q', 'e', ' ', 'x1z', ':1:', 'ther', 'apy', 'pat', 'ient', 'z', 'y', 'w', 'api', 'key', '_', 'KEY', 'cre', 'd', 'def', 'ault', 'net', '\t', '<', '>', 'name', 'hel', 'lo ', 'world', 't', 'acc', 'ount', 'au', 'th', 'smb', 'é', 'x', '\u{1f600}', 'k', 'el', 'vin'];
    let state = 2027;
    const next = (n: number): number => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state % n;
    };
    const differing: string[] = [];
    for (let k = 0; k < 2000; k++) {
      let text = '';
      const parts = 1 + next(10);
      for (let p = 0; p < parts; p++) text += pieces[next(pieces.length)];
      gates.forEach(({ gate, plain }, g) => {
        if (gate(text) !== plain.test(text)) differing.push(`${g + 1} ${plain.source} ${JSON.stringify(text)}`);
      });
    }
    expect(differing).toEqual([]);
  });

  it('a gate of the third word walks from where its bit was set: a match before the start the mask met is impossible', async () => {
    const module = await freshModule();
    fill(module, 62);
    const gate = module.gatedTest(/secret/);
    const spy = vi.spyOn(RegExp.prototype, 'test');
    try {
      // The mask meets `secret` at its end; the walk asks the regex once, at the word's first character.
      expect(gate(`${'s '.repeat(40)}a secret`)).toBe(true);
      expect(spy.mock.calls.length).toBe(1);
    } finally {
      spy.mockRestore();
    }
  });
});
