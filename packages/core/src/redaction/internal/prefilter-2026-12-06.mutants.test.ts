// What internal/prefilter.ts's starts promise since 2026-12-06 (issue 19, the record path's prose):
// a set of up to three characters met up to twice (`[ \t]{0,2}`) is read on into the literal, and an
// alternative that starts with one character of a wide set then a literal (`[a-z]key\b`) is asked
// by the literal, one character into the match. Before, the secret rules' gate was asked by `ek `
// and `ske` (`ek["']?[ \t]{0,2}[:=]`, `[a-z]key\b`), which `week ` and `asked` hold, and walked
// most prose to its end. Every answer stays the regex's; the probes (RegExp.prototype.test) show
// what the gate no longer reads. In process, direct calls.
import { afterEach, describe, expect, it, vi } from 'vitest';

type Module = typeof import('./prefilter.js');

/** A fresh copy of the module: the gates made here are its first, and have a bit of the mask. */
async function freshModule(): Promise<Module> {
  vi.resetModules();
  return import('./prefilter.js');
}

/** `count` gates whose starts (`#0#`, `#1#`, …) no text below holds: they take the mask's bits, so later gates ask the index. */
function fill(module: Module, count: number): void {
  for (let k = 0; k < count; k++) module.gatedTest(new RegExp(`#${k}#`));
}

/** The gate's answer on `text` and how many times it asked a regex. */
function probes(gate: (text: string) => boolean, text: string): { answer: boolean; probes: number } {
  const spy = vi.spyOn(RegExp.prototype, 'test');
  try {
    const answer = gate(text);
    return { answer, probes: spy.mock.calls.length };
  } finally {
    spy.mockRestore();
  }
}

afterEach(() => {
  vi.restoreAllMocks();
});

const SPACED = /(?:ki|opc|ak|ek|kek)["']?[ \t]{0,2}[:=]/i;
const KEY_AFTER = /[a-z]key\b/;
const SPACED_TEXTS = ['ek:', 'ek=', 'ek :', 'ek\t=', 'ek  :', 'ek \t=', 'ek   :', "ek' =", 'ek"\t\t:', 'EK :', 'kek:', 'opc =', 'ki\t\t:', 'ak', 'ek', 'ek ', 'e k:', 'ek-:', 'a week : then'];
const KEY_TEXTS = ['akey', 'monkey', 'key', ' key', 'xkey!', 'Xkey', 'akeys', 'a key', '1key', 'hotkey', 'keykey', 'monkeyish'];

describe('the mask (a gate with a bit): the literals read on past `[ \\t]{0,2}` and after a wide first character', () => {
  it('prose holding `ek ` (`week `) or `?ke` (`asked`, `make`) but no match is not walked', async () => {
    const module = await freshModule();
    const spaced = module.gatedTest(SPACED);
    const key = module.gatedTest(KEY_AFTER);
    expect(module.gateCounts().masked).toBe(2);
    const prose = 'the customer asked about the order shipped last week from the warehouse, to make it like before';
    expect(probes(spaced, prose)).toEqual({ answer: false, probes: 0 });
    expect(probes(key, prose)).toEqual({ answer: false, probes: 0 });
  });

  it('answers as the regex at the edges: each count of the repeat, a third blank, the first character before `key` (the walk starts a character before the literal)', async () => {
    const module = await freshModule();
    const spaced = module.gatedTest(SPACED);
    const key = module.gatedTest(KEY_AFTER);
    for (const text of SPACED_TEXTS) expect([text, spaced(text)]).toEqual([text, SPACED.test(text)]);
    for (const text of KEY_TEXTS) expect([text, key(text)]).toEqual([text, KEY_AFTER.test(text)]);
    // `monkey`: the bit is set at `y`; the match starts at `n`, four characters back (startLag
    // counts the first character): a walk from `k` would find none.
    expect(probes(key, 'monkey')).toEqual({ answer: true, probes: 1 });
    expect(probes(key, '~~~~~~~~~~~~~~~~~~~~ monkey')).toEqual({ answer: true, probes: 1 });
  });
});

describe('the index (a gate past the mask): the same starts', () => {
  it('says no to prose without the literals, and answers as the regex on the edges', async () => {
    const module = await freshModule();
    fill(module, module.MASKED_GATES);
    const spaced = module.gatedTest(SPACED);
    const key = module.gatedTest(KEY_AFTER);
    // (Texts shorter than half a gate's starts are walked, not indexed: SPACED has some 200.)
    const prose = 'the customer asked about the order shipped last week from the warehouse, to make it like before; '.repeat(2);
    expect(probes(spaced, prose)).toEqual({ answer: false, probes: 0 });
    expect(probes(key, prose)).toEqual({ answer: false, probes: 0 });
    const pad = '~'.repeat(40);
    for (const text of [...SPACED_TEXTS, ...KEY_TEXTS]) {
      expect([text, spaced(pad + text)]).toEqual([text, SPACED.test(pad + text)]);
      expect([text, key(pad + text)]).toEqual([text, KEY_AFTER.test(pad + text)]);
    }
  });

  it('a repeat of a set of more than three characters still cuts the literal, and a literal too short after a wide first character keeps the first triples', async () => {
    const module = await freshModule();
    fill(module, module.MASKED_GATES);
    const wide = module.gatedTest(/ab[a-f]{0,2}x/);
    const short = module.gatedTest(/[a-z]k\b/);
    const pad = '~'.repeat(40);
    for (const text of ['abx', 'abcx', 'abcdx', 'abcdex', 'ab x']) expect([text, wide(pad + text)]).toEqual([text, /ab[a-f]{0,2}x/.test(pad + text)]);
    for (const text of ['ak', 'a k', 'akk!', 'k']) expect([text, short(pad + text)]).toEqual([text, /[a-z]k\b/.test(pad + text)]);
  });
});
