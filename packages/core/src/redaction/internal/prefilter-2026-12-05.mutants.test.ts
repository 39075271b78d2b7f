// What internal/prefilter.ts promises about the mask's two words (2026-12-05: the first 31 gates of
// a module instance have a bit of the low word, the next 31 one of the high word), from survivors
// of its mutation run of 2026-12-05 (issue 13, docs/TESTING.md): a gate of either word answers as
// the regex on every text, the two words are read as one (the early exit waits for both, a
// surrogate fills both), and the mask saves work: a text is read once for all gates and no further
// than needed (counted through String.prototype.charCodeAt), and a text it says no to, outside
// ASCII too, is not walked (counted through RegExp.prototype.test). In process, direct calls.
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

describe('the mask has two words of 31 bits: slots 1-31 in the low word, 32-62 in the high word', () => {
  it('each of 62 masked gates and one past them finds its own start and no other gate says yes to it', async () => {
    const module = await freshModule();
    const count = module.MASKED_GATES + 1;
    const gates = Array.from({ length: count }, (_, k) => module.gatedTest(new RegExp(`w${k}x`)));
    expect(module.gateCounts()).toEqual({ made: count, masked: module.MASKED_GATES });
    const wrong: string[] = [];
    for (let j = 0; j < count; j++) {
      const text = `w${j}x`;
      gates.forEach((gate, k) => {
        if (gate(text) !== (j === k)) wrong.push(`gate ${k + 1} on ${text}`);
      });
    }
    expect(wrong).toEqual([]);
  });

  it('31 gates in each word, the same sources twice (starts shared within a word and across): every answer is the regex', async () => {
    const module = await freshModule();
    // Single characters, pairs, triples and words, some sharing an entry of a table (q, ab, abc, secret, user).
    const sources = [
      'user|usr|uid', 'token|secret', 'pass(?:word)?', 'ab', 'q', 'x[0-9]z', 'kelvin|sk', 'secret', ':\\d{0,3}:', 'ab|yy',
      'therapy', '(?:pat|son)ient', 'zz|yy', 'api[ _-]?key', 'q|ww', 'abc', 'abc|ww', 'user', 'hello world', '\\u00e9x|\\u00e9',
      'x\\u00e9y', 'e e', 'tt', 'account', 'auth', 'smb', 'a.b', 'cred', 'net[ \\t]', '<(?:key|name)>', 'default',
    ];
    expect(sources).toHaveLength(31);
    const gates = [...sources, ...sources].map((source) => ({ gate: module.gatedTest(new RegExp(source, 'i')), plain: new RegExp(source, 'i') }));
    expect(module.gateCounts()).toEqual({ made: 62, masked: 62 });
    const pieces = ['use', 'ser', 'user', 'uid', 'r', 'tok', 'ken', 'secret', 'pas', 'ss', 'a', 'b', 'c', 'q', 'e', ' ', 'x1z', ':1:', 'ther', 'apy', 'pat', 'ient', 'z', 'y', 'w', 'api', 'key', '_', 'KEY', 'cre', 'd', 'def', 'ault', 'net', '\t', '<', '>', 'name', 'hel', 'lo ', 'world', 't', 'acc', 'ount', 'au', 'th', 'smb', 'é', 'x', '\u{1f600}', 'k', 'el', 'vin'];
    let state = 2026;
    const next = (n: number): number => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state % n;
    };
    const differing: string[] = [];
    for (let k = 0; k < 3000; k++) {
      let text = '';
      const parts = 1 + next(10);
      for (let p = 0; p < parts; p++) text += pieces[next(pieces.length)];
      gates.forEach(({ gate, plain }, g) => {
        if (gate(text) !== plain.test(text)) differing.push(`${g + 1} ${plain.source} ${JSON.stringify(text)}`);
      });
    }
    expect(differing).toEqual([]);
  });

  it('the mask is read to the end unless both words are full (a text that fills the low word first, or the high word first)', async () => {
    const module = await freshModule();
    // 31 gates of zz fill the low word at its second character; one of yy has the high word's first bit.
    const low = Array.from({ length: 31 }, () => module.gatedTest(/zz/));
    const high = module.gatedTest(/yy/);
    expect([high('zz yy'), low[0]?.('zz yy')]).toEqual([true, true]);
    expect([high('yy zz'), low[30]?.('yy zz')]).toEqual([true, true]);
    expect([high('zz zz'), low[0]?.('yy yy')]).toEqual([false, false]);
  });

  it('a text holding a surrogate passes the mask in both words', async () => {
    const module = await freshModule();
    fill(module, 31);
    const high = [module.gatedTest(/yy/), module.gatedTest(/a.b|zz/u)];
    expect(module.gateCounts().masked).toBe(33);
    expect(high.map((gate) => gate('\u{1f600} yy'))).toEqual([true, false]);
    expect(high.map((gate) => gate('a\u{1f600}b'))).toEqual([false, true]);
  });

  it('a short text holding only the rarest triple of a word is not walked by a gate of the high word either', async () => {
    const module = await freshModule();
    fill(module, 31);
    const gate = module.gatedTest(/user|token/i);
    expect(module.gateCounts().masked).toBe(32);
    const spy = vi.spyOn(RegExp.prototype, 'test');
    try {
      // `warehouse` holds `use`, not `ser`: no bit in the high word, no probe.
      expect(gate('the warehouse')).toBe(false);
      expect(spy.mock.calls.length).toBe(0);
      // A text holding neither word's triples nor a first character of the gate: no probe.
      expect(gate('xx yy zz')).toBe(false);
      expect(spy.mock.calls.length).toBe(0);
      // Both triples of `user`, apart: the mask lets it through; the walk starts where a `user`
      // that ends at the `ser` setting the bit would start (bitSetAt - 4 + 1), after `use`: no probe.
      expect(gate('warehouse ser')).toBe(false);
      expect(spy.mock.calls.length).toBe(0);
      // The other way round the walk starts inside `warehouse` and asks at its `use`.
      expect(gate('ser warehouse')).toBe(false);
      expect(spy.mock.calls.length).toBe(1);
      expect(gate('a USER')).toBe(true);
      // The bit is set at the last triple of the word seen, inside the match: the walk goes back to its start.
      expect(gate('ser then user')).toBe(true);
      expect(gate('user')).toBe(true);
    } finally {
      spy.mockRestore();
    }
  });

  it("a text's mask is worked out once for all the gates that ask about it, and read no further than it must", async () => {
    const module = await freshModule();
    const gates = [module.gatedTest(/zz/), module.gatedTest(/yy/), module.gatedTest(/qq/)];
    // A gate reads its source at its first question, and its starts then join the mask's tables (a
    // mask worked out before lacks them and is worked out again): asked once each first.
    for (const gate of gates) gate('-');
    /** How many characters (String.prototype.charCodeAt) the gates read while answering for `text`. */
    const reads = (text: string, asked: typeof gates): { answers: boolean[]; reads: number } => {
      const spy = vi.spyOn(String.prototype, 'charCodeAt');
      try {
        const answers = asked.map((gate) => gate(text));
        return { answers, reads: spy.mock.calls.length };
      } finally {
        spy.mockRestore();
      }
    };
    // The first gate reads the text's 8 characters for the mask, which says no to all three; the
    // others reuse it.
    expect(reads('abcdefgh', gates)).toEqual({ answers: [false, false, false], reads: 8 });
    // Once the bits of all three are in (at `qq`), the rest is not read for the mask; the walk
    // then reads `zz` at the start.
    const full = reads(`zzyyqq${'x'.repeat(9)}`, [gates[0] as (typeof gates)[number]]);
    expect(full.answers).toEqual([true]);
    expect(full.reads).toBeLessThan(15);
  });

  it('a text outside ASCII that holds none of a gate\'s starts is said no by the mask, the regex not asked', async () => {
    const module = await freshModule();
    const gate = module.gatedTest(/zz/);
    const spy = vi.spyOn(RegExp.prototype, 'test');
    try {
      // é (U+00E9) and the fullwidth ！ (U+FF01) are no surrogates: they read as OTHER.
      expect(['x\u00e9', '\u00e9\u00e8 y', 'x\uff01', '\uffef'].map((text) => gate(text))).toEqual([false, false, false, false]);
      expect(spy.mock.calls.length).toBe(0);
    } finally {
      spy.mockRestore();
    }
    expect(gate('\u00e9 zz')).toBe(true);
  });

  it('a pair starting before the text is none (a start of \\x01 and the first character)', async () => {
    const module = await freshModule();
    const gate = module.gatedTest(/\x01a|zz/);
    const spy = vi.spyOn(String.prototype, 'charCodeAt');
    try {
      // The mask reads `a` and says no: the walk does not read it again.
      expect(gate('a')).toBe(false);
      expect(spy.mock.calls.length).toBe(1);
    } finally {
      spy.mockRestore();
    }
    expect(gate('\x01a')).toBe(true);
  });

  it('a word goes to the tables by its two rarest triples, not its first two', async () => {
    const module = await freshModule();
    // password: ssw (6.3 x 6.3 x 2.4) and pas (1.9 x 8.2 x 6.3) are the rarest; pass holds pas and ass.
    const gate = module.gatedTest(/password/);
    const spy = vi.spyOn(RegExp.prototype, 'test');
    try {
      expect(gate('pass')).toBe(false);
      expect(spy.mock.calls.length).toBe(0);
    } finally {
      spy.mockRestore();
    }
    expect(gate('a password')).toBe(true);
  });
});

describe('a masked gate keeps its bit when its triples grow the tables (2026-12-06)', () => {
  // register() marked each triple's bit with `mark(tripleBits, addTriple(key))`: the argument
  // `tripleBits` was read before addTriple grew the array, so the bit of the triple that grew it
  // went into the old array and the gate said no to a text holding that start. Which gate lost it
  // hung on the order gates were made in: a gate added to one detector module moved the growth onto
  // the greeting gate of names.ts (`heyy its amaru condori` was no longer read; the misc helper of 2026-12-06).
  it('40 gates of five triples each (200 triples, the tables grow past 128): each finds every one of its starts', async () => {
    const module = await freshModule();
    const name = (k: number): string => `${String.fromCharCode(97 + Math.floor(k / 26))}${String.fromCharCode(97 + (k % 26))}`;
    const gates = Array.from({ length: 40 }, (_, k) => module.gatedTest(new RegExp(`[0-4]${name(k)}`)));
    expect(module.gateCounts().masked).toBe(40);
    const wrong: string[] = [];
    gates.forEach((gate, k) => {
      for (let digit = 0; digit <= 4; digit++) if (!gate(`see ${digit}${name(k)} here`)) wrong.push(`gate ${k} on ${digit}${name(k)}`);
      if (gate(`see 9${name(k)} here`)) wrong.push(`gate ${k} on 9${name(k)}`);
    });
    expect(wrong).toEqual([]);
  });
});

describe('a gate reads its source at its first question (2026-12-06, issue 19: the import of the core makes 62 gates)', () => {
  it('making a gate reads nothing of its source and takes its bit of the mask; its first question reads it, and a mask worked out before gains its starts', async () => {
    const module = await freshModule();
    // The reader walks a source by String.prototype.codePointAt: nothing of it is read when the gates are made.
    const spy = vi.spyOn(String.prototype, 'codePointAt');
    let gates: Array<(text: string) => boolean>;
    try {
      gates = [module.gatedTest(/pass|token/i), module.gatedTest(/qrsq/), module.gatedTest(/(a)\1/)];
      expect(spy.mock.calls.length).toBe(0);
    } finally {
      spy.mockRestore();
    }
    // Counted and given their bits in the order they are made, as before (the third, which the
    // reader gives up on, keeps its bit unused).
    expect(module.gateCounts()).toEqual({ made: 3, masked: 3 });
    const [secret, qrsq, unread] = gates as [(text: string) => boolean, (text: string) => boolean, (text: string) => boolean];
    // The first gate asked works out the text's mask before the second has read its source; the
    // second then finds its start in that same text.
    const text = 'xx qrsq and a PASSWORD';
    expect(secret(text)).toBe(true);
    expect(qrsq(text)).toBe(true);
    expect(unread('xaax')).toBe(true);
    expect(unread('xabx')).toBe(false);
    expect(['no such words', 'a token', 'qrs q', 'Pass'].map((t) => [secret(t), qrsq(t)])).toEqual([
      [false, false],
      [true, false],
      [false, false],
      [true, false],
    ]);
  });
});
