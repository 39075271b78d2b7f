// What names.ts promises about its name lists (issue 13, from surviving mutants of lines 1-358):
// where the data file is looked for, that it is read once, how its lists are read (the binary
// table of scripts/name-table.mjs since issue 19), which words count as listed names
// (`isListedPersonName`), and what happens when the file is missing. The lists are module state, read once: each test imports a fresh copy of the
// module (`vi.resetModules`) with `node:fs` wrapped, so a change to the reading or decoding shows.
import { dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Detection } from './types.js';

type Names = typeof import('./names.js');
const here = dirname(fileURLToPath(import.meta.url));
/** Where a bundle keeps the lists (dist/data beside dist/index.*) and where the sources find them. */
const bundled = join(here, 'data', 'person-names.bin');
const shipped = join(here, '..', '..', 'assets', 'data', 'person-names.bin');
/** The build's encoder of the table (a plain ES module run by the build, not part of the sources). */
const encoder = async (): Promise<{ encodeNameTable: (lists: Record<string, string[]>) => Uint8Array }> => (await import(join(here, '..', '..', 'scripts', 'name-table.mjs') as string)) as { encodeNameTable: (lists: Record<string, string[]>) => Uint8Array };

interface FsCalls {
  exists: string[];
  read: string[];
}

/**
 * A fresh copy of names.ts whose `existsSync`/`readFileSync` are recorded; `lists` replaces the
 * data file's bytes (a function that throws: the file is missing).
 */
async function freshNames(lists?: () => Uint8Array): Promise<{ names: Names; calls: FsCalls }> {
  const calls: FsCalls = { exists: [], read: [] };
  vi.resetModules();
  vi.doMock('node:fs', async (importOriginal) => {
    const actual = await importOriginal<typeof import('node:fs')>();
    return {
      ...actual,
      existsSync: (path: string) => {
        if (String(path).endsWith('person-names.bin')) calls.exists.push(String(path));
        return actual.existsSync(path);
      },
      readFileSync: (path: string, ...rest: unknown[]) => {
        if (String(path).endsWith('person-names.bin')) {
          calls.read.push(String(path));
          if (lists) return lists();
        }
        return (actual.readFileSync as (...args: unknown[]) => unknown)(path, ...rest);
      },
    };
  });
  const names = await import('./names.js');
  return { names, calls };
}

const spansOf = (names: Names, text: string) => {
  const out: Detection[] = [];
  names.detectPersons(text, out);
  return out.map((d) => `${d.start}-${d.end}:${text.slice(d.start, d.end)}`);
};

afterEach(() => {
  vi.doUnmock('node:fs');
  vi.resetModules();
});

describe('names.ts: the name lists, read once from the data file', () => {
  it('looks for dist/data/person-names.bin beside the module first, then reads the package assets, once', async () => {
    const { names, calls } = await freshNames();
    expect(spansOf(names, 'Maria Garcia')).toEqual(['0-12:Maria Garcia']);
    expect(spansOf(names, 'see patricia okafor')).toEqual(['4-19:patricia okafor']);
    expect(names.isListedPersonName('dave')).toBe(true);
    names.preloadNameLists();
    expect(calls.exists).toEqual([bundled]);
    expect(calls.read).toEqual([shipped]);
  });

  it('loads the lists without building them in the heap: the heap grows by less than 1 MiB (Sets of 62,000 words took over 4 MiB in every thread; issue 19)', async () => {
    const { names, calls } = await freshNames();
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    gc();
    const before = process.memoryUsage().heapUsed;
    names.preloadNameLists();
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    expect(grown).toBeLessThan(1024 * 1024);
    // Loaded indeed, and from the table.
    expect(names.isListedPersonName('okafor')).toBe(true);
    expect(calls.read).toEqual([shipped]);
  });

  it('decodes every list: first names, surnames, ambiguous ones, frequent words, and the stop list of places, eponyms, drugs and months', async () => {
    const { names } = await freshNames();
    // Listed first names and surnames, front-coded in the file (shared prefixes).
    for (const word of ['dave', 'Dave', 'aaron', 'zachary', 'OKAFOR', 'garcia', 'patricia', 'johnson']) expect([word, names.isListedPersonName(word)]).toEqual([word, true]);
    // Common words (ambiguous names), places, eponyms, drugs and months: no listed person name.
    for (const word of ['mark', 'grace', 'baker', 'paris', 'georgia', 'parkinson', 'lyrica', 'allegra', 'june', 'august', 'the', '']) expect([word, names.isListedPersonName(word)]).toEqual([word, false]);
    // An ambiguous first name counts before a surname; a place, eponym, drug or month alone does not.
    expect(spansOf(names, 'Grace Okafor')).toEqual(['0-12:Grace Okafor']);
    // Ambiguous first names and surnames are no unknown words: two of them alone are no name.
    expect(spansOf(names, 'Grace Will. Baker Grace. Mark Paris. Qwyx Baker.')).toEqual([]);
    expect(spansOf(names, 'August is warm. June came. Lyrica helps. Paris is big. Parkinson.')).toEqual([]);
    // A frequent word capitalized at the start of a sentence is no unknown word beside a name.
    expect(spansOf(names, 'Patricia Johnson Because')).toEqual(['0-16:Patricia Johnson']);
    // Lower-case pairs need the lower-case words kept (listed names).
    expect(spansOf(names, 'ok patricia garcia')).toEqual(['3-18:patricia garcia']);
  });
});

describe('names.ts: the data file\'s format', () => {
  it('reads the binary table: each list\'s words and no other, in any case; a list left out holds no word', async () => {
    const { encodeNameTable } = await encoder();
    // SURNAMES is left out: no surname is listed.
    const bytes = encodeNameTable({ first: ['aldo', 'aldwyn'], ambiguousFirst: ['mark'] });
    const { names } = await freshNames(() => bytes);
    expect(names.isListedPersonName('aldo')).toBe(true);
    expect(names.isListedPersonName('aldwyn')).toBe(true);
    expect(names.isListedPersonName('Aldwyn')).toBe(true);
    expect(names.isListedPersonName('aldowyn')).toBe(false);
    expect(names.isListedPersonName('ald')).toBe(false);
    expect(names.isListedPersonName('mark')).toBe(false);
    // A missing or empty list holds no word, not even the empty one.
    expect(names.isListedPersonName('')).toBe(false);
    expect(spansOf(names, 'Aldwyn')).toEqual(['0-6:Aldwyn']);
  });

  it('refuses a table that is cut short or of another format, as a missing file', async () => {
    const { encodeNameTable } = await encoder();
    const whole = encodeNameTable({ first: ['aldo'] });
    for (const broken of [whole.slice(0, whole.length - 1), whole.slice(0, 16), new TextEncoder().encode('FIRST_NAMES\taaldo\n')]) {
      const { names } = await freshNames(() => broken);
      expect(names.isListedPersonName('aldo')).toBe(false);
      expect(() => names.detectPersons('Aldo', [])).toThrow(`person-name lists not found at ${shipped}`);
    }
  });
});

describe('names.ts: a missing data file', () => {
  it('detectPersons throws and says where it looked; isListedPersonName answers false; preloading ignores it', async () => {
    const missing = Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' });
    const { names } = await freshNames(() => {
      throw missing;
    });
    expect(() => names.preloadNameLists()).not.toThrow();
    expect(names.isListedPersonName('dave')).toBe(false);
    let error: unknown;
    try {
      names.detectPersons('Maria Garcia', []);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe(`person-name lists not found at ${shipped}: ship dist/data/person-names.bin with the bundle, or disable the 'person' detector`);
    expect((error as Error).cause).toBe(missing);
  });
});
