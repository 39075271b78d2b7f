// What names.ts promises about its name lists (issue 13, from surviving mutants of lines 1-358):
// where the data file is looked for, that it is read once, how its sections and front-coded lists
// are decoded, which words count as listed names (`isListedPersonName`), and what happens when the
// file is missing. The lists are module state, read once: each test imports a fresh copy of the
// module (`vi.resetModules`) with `node:fs` wrapped, so a change to the reading or decoding shows.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Detection } from './types.js';

type Names = typeof import('./names.js');
const here = dirname(fileURLToPath(import.meta.url));
/** Where a bundle keeps the lists (dist/data beside dist/index.*) and where the sources find them. */
const bundled = join(here, 'data', 'person-names.txt');
const shipped = join(here, '..', '..', 'assets', 'data', 'person-names.txt');

interface FsCalls {
  exists: string[];
  read: string[];
}

/**
 * A fresh copy of names.ts whose `existsSync`/`readFileSync` are recorded; `lists` replaces the
 * data file's text (a function that throws: the file is missing).
 */
async function freshNames(lists?: () => string): Promise<{ names: Names; calls: FsCalls }> {
  const calls: FsCalls = { exists: [], read: [] };
  vi.resetModules();
  vi.doMock('node:fs', async (importOriginal) => {
    const actual = await importOriginal<typeof import('node:fs')>();
    return {
      ...actual,
      existsSync: (path: string) => {
        if (String(path).endsWith('person-names.txt')) calls.exists.push(String(path));
        return actual.existsSync(path);
      },
      readFileSync: (path: string, ...rest: unknown[]) => {
        if (String(path).endsWith('person-names.txt')) {
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
  it('looks for dist/data/person-names.txt beside the module first, then reads the package assets, once', async () => {
    const { names, calls } = await freshNames();
    expect(spansOf(names, 'Maria Garcia')).toEqual(['0-12:Maria Garcia']);
    expect(spansOf(names, 'see patricia okafor')).toEqual(['4-19:patricia okafor']);
    expect(names.isListedPersonName('dave')).toBe(true);
    names.preloadNameLists();
    expect(calls.exists).toEqual([bundled]);
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
  const file = [
    '# A comment',
    'FIRST_NAMES\taaldo|dwyn',
    '# SURNAMES is left out: no surname is listed',
    'AMBIGUOUS_FIRST_NAMES\tamark',
    '',
  ].join('\n');

  it('reads NAME<TAB>list lines and decodes the shared prefixes; a list left out holds no word', async () => {
    const { names } = await freshNames(() => file);
    // "aldo", then 3 letters of it ("ald") + "wyn".
    expect(names.isListedPersonName('aldo')).toBe(true);
    expect(names.isListedPersonName('aldwyn')).toBe(true);
    expect(names.isListedPersonName('Aldwyn')).toBe(true);
    expect(names.isListedPersonName('aldowyn')).toBe(false);
    expect(names.isListedPersonName('FIRST_NAMES')).toBe(false);
    // A missing or empty list holds no word, not even the empty one.
    expect(names.isListedPersonName('')).toBe(false);
    expect(spansOf(names, 'Aldwyn')).toEqual(['0-6:Aldwyn']);
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
    expect((error as Error).message).toBe(`person-name lists not found at ${shipped}: ship dist/data/person-names.txt with the bundle, or disable the 'person' detector`);
    expect((error as Error).cause).toBe(missing);
  });
});
