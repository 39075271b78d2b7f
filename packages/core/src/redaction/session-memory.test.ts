import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SessionMemory, SessionValues } from './session-memory.js';

const person = { type: 'PERSON', class: 'pii.person', normalized: 'x' };

describe('SessionValues', () => {
  it('finds remembered values case-insensitively on word boundaries, longest first', () => {
    const values = new SessionValues(16);
    values.remember('Amara Okafor', { ...person, normalized: 'amara okafor' });
    values.remember('Amara', { ...person, normalized: 'amara' });
    const text = 'AMARA OKAFOR called; Amara again; Amarachi and xAmara are other words; amara.';
    const hits = values.find(text).map((hit) => [text.slice(hit.start, hit.end), hit.normalized]);
    expect(hits).toEqual([['AMARA OKAFOR', 'amara okafor'], ['Amara', 'amara'], ['amara', 'amara']]);
  });

  it('ignores values too short or too numeric to be telling', () => {
    const values = new SessionValues(16);
    for (const raw of ['Li', 'Bob', '2026', '12-34', '  ']) values.remember(raw, person);
    expect(values.size).toBe(0);
    values.remember('536-22-8514', { type: 'SSN', class: 'pii.government_id', normalized: '536228514' });
    expect(values.find('ssn 536-22-8514.')).toHaveLength(1);
  });

  it('keeps at most maxValues, forgetting the least recently seen', () => {
    const values = new SessionValues(3);
    for (const name of ['Alpha One', 'Bravo Two', 'Charlie Three']) values.remember(name, person);
    values.remember('Alpha One', person); // seen again: now the most recent
    values.remember('Delta Four', person);
    expect(values.size).toBe(3);
    const found = (text: string) => values.find(text).length;
    expect(found('Alpha One')).toBe(1);
    expect(found('Bravo Two')).toBe(0);
    expect(found('Delta Four')).toBe(1);
  });

  it('bounds the values sharing a prefix, so a scan does bounded work per position', () => {
    const values = new SessionValues(256);
    for (let i = 0; i < 100; i++) values.remember(`aaaa${i}zz`, person);
    expect(values.size).toBeLessThanOrEqual(8);
    // Linearity as counted work: twice the text, twice the steps (±10%).
    const work = (n: number) => {
      const counter = { steps: 0 };
      values.find('aaaa '.repeat(n), counter);
      return counter.steps;
    };
    const ratio = work(20_000) / work(10_000);
    expect(ratio).toBeGreaterThan(1.8);
    expect(ratio).toBeLessThan(2.2);
  });
});

describe('SessionMemory', () => {
  it('keeps sessions and traces apart, and at most maxSessions of them', () => {
    const memory = new SessionMemory({ maxSessions: 2, maxValues: 8 });
    const [a] = memory.of('a', undefined);
    a?.remember('Zephyrine', person);
    expect(memory.of('b', undefined)[0]?.find('Zephyrine')).toHaveLength(0);
    expect(memory.of('a', undefined)[0]?.find('Zephyrine')).toHaveLength(1);
    expect(memory.size).toBe(1); // b has nothing to remember: it takes no place
    memory.of('b', undefined)[0]?.remember('Bravo Bravo', person);
    memory.of('a', undefined);
    memory.of('c', undefined)[0]?.remember('Charlie Charlie', person); // a was used more recently than b: b goes
    expect(memory.size).toBe(2);
    expect(memory.of('b', undefined)[0]?.find('Bravo Bravo')).toHaveLength(0);
    expect(memory.of('a', undefined)[0]?.find('Zephyrine')).toHaveLength(1);
    // One memory per event: the session's, or the trace's when there is no session.
    const [bySession] = memory.of('s', 'trace-1');
    bySession?.remember('Sierra Session', person);
    expect(memory.of('s', 'trace-2')[0]?.find('Sierra Session')).toHaveLength(1);
    expect(memory.of(undefined, 'trace-1')[0]?.find('Sierra Session')).toHaveLength(0);
  });
});

describe('memories that hold no value yet share empty arrays and never write to them', () => {
  it("one session forgetting many values (its pair bits rebuilt) leaves another session's recurrences found", () => {
    const memory = new SessionMemory({ maxSessions: 100, maxValues: 4 });
    // Many sessions that never remember anything (each event of them gets a fresh memory).
    for (let i = 0; i < 50; i++) expect(memory.of(`empty-${i}`, undefined)[0]?.find('Amara Okafor, Zephyrine')).toHaveLength(0);
    memory.of('a', undefined)[0]?.remember('Amara Okafor', person);
    // Session b remembers 40 values, at most 4 at a time: its forgotten ones make it rebuild its pair bits.
    for (let i = 0; i < 40; i++) memory.of('b', undefined)[0]?.remember(`Quorvel${String.fromCharCode(97 + (i % 26))}${i} Stenwick`, person);
    expect(memory.of('a', undefined)[0]?.find('seen: Amara Okafor today')).toHaveLength(1);
    expect(memory.of('b', undefined)[0]?.find('seen: Amara Okafor today')).toHaveLength(0);
    // A session that has no value yet still finds nothing, whatever the others hold.
    expect(memory.of('fresh', undefined)[0]?.find('Amara Okafor Quorvelz39 Stenwick')).toHaveLength(0);
  });
});

describe('session memory: start index after many values are forgotten', () => {
  it('still finds every remembered value and none of the forgotten ones after the index is rebuilt', () => {
    const memory = new SessionValues(32);
    const value = (i: number) => ({ type: 'PERSON', class: 'pii.person', normalized: `p${i}` });
    // 300 values through a memory of 32: the start index is rebuilt several times on the way.
    // Distinct first three letters (at most 8 values share them).
    const word = (i: number) => String.fromCharCode(97 + (i % 26), 97 + (Math.floor(i / 26) % 26), 97 + (Math.floor(i / 676) % 26));
    for (let i = 0; i < 300; i++) memory.remember(`${word(i).toUpperCase()}name Q`, value(i));
    const text = Array.from({ length: 300 }, (_, i) => `${word(i)}name q`).join(', ');
    const found = memory.find(text).map((hit) => hit.normalized);
    expect(found).toEqual(Array.from({ length: 32 }, (_, k) => `p${268 + k}`));
    // Non-ASCII starts and ASCII starts followed by a non-ASCII character are indexed too.
    memory.remember('Ærøskøbing Olsen', value(900));
    memory.remember('Jürgen Weiß', value(901));
    expect(memory.find('met ÆRØSKØBING OLSEN and jürgen weiß').map((hit) => hit.normalized)).toEqual(['p900', 'p901']);
  });
});

describe('session memory: lookups through the prefix buckets and their prints', () => {
  it('finds a value through characters that lower-case to ASCII (Kelvin sign), and short and non-ASCII starts', () => {
    const values = new SessionValues(16);
    values.remember('makowski', person);
    values.remember('Ørsted A/S', { ...person, normalized: 'orsted' });
    values.remember('abcd', { ...person, normalized: 'abcd' });
    // U+212A KELVIN SIGN lower-cases to ASCII k: the scan must not rule the value out by its print.
    expect(values.find('met ma\u212Aowski').map((hit) => [hit.start, hit.end])).toEqual([[4, 12]]);
    expect(values.find('ØRSTED A/S and ABCD, abcde').map((hit) => hit.normalized)).toEqual(['orsted', 'abcd']);
  });

  it('keeps the recency order and the bucket bound when a value is seen again, forgotten and remembered anew', () => {
    const values = new SessionValues(2);
    values.remember('Zelda One', person);
    values.remember('Zelda Two', person);
    expect(values.remember('zelda one', person)).toBe(false); // known (case-insensitive): most recent now
    expect(values.remember('Zelda Three', person)).toBe(true); // forgets Zelda Two, the least recent
    expect(values.entries().map(([lower]) => lower)).toEqual(['zelda one', 'zelda three']);
    // A bucket emptied by the capacity bound is made again for the next value of that prefix.
    const one = new SessionValues(1);
    one.remember('Quentin', person);
    expect(one.remember('Quentina', person)).toBe(true);
    expect(one.size).toBe(1);
    expect(one.find('Quentin Quentina').map((hit) => hit.start)).toEqual([8]);
    // Nine values of one prefix: the first is dropped, the others found.
    const many = new SessionValues(64);
    for (let i = 0; i < 9; i++) many.remember(`Xavier${'abcdefghi'[i]}`, person);
    expect(many.size).toBe(8);
    expect(many.find('xaviera xavierb xavieri').map((hit) => hit.start)).toEqual([8, 16]);
  });
});

describe('session memory against a plain model (seeded random operations)', () => {
  // The model: the values in recency order (a list), buckets (first three characters) in the
  // order values joined them, at most 8 per bucket (the bucket's first leaves), at most maxValues
  // in all (the least recent leaves). SessionValues keeps the same set with chains and an index.
  function model(maxValues: number) {
    let recency: string[] = [];
    const buckets = new Map<string, string[]>();
    const drop = (value: string) => {
      recency = recency.filter((v) => v !== value);
      const key = value.slice(0, 3);
      const bucket = (buckets.get(key) ?? []).filter((v) => v !== value);
      if (bucket.length === 0) buckets.delete(key);
      else buckets.set(key, bucket);
    };
    return {
      remember(value: string) {
        if (recency.includes(value)) {
          recency = [...recency.filter((v) => v !== value), value];
          return;
        }
        const bucket = buckets.get(value.slice(0, 3)) ?? [];
        if (bucket.length >= 8) drop(bucket[0] as string);
        if (recency.length >= maxValues) drop(recency[0] as string);
        recency.push(value);
        buckets.set(value.slice(0, 3), [...(buckets.get(value.slice(0, 3)) ?? []), value]);
      },
      values: () => recency,
    };
  }

  it('remembers, refreshes and forgets the same values as the model, in the same recency order, and finds exactly those', () => {
    let seed = 0x5eed;
    const random = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    // Few prefixes and few suffixes: buckets fill up, values recur, forgets hit every position of a chain.
    const prefixes = ['alp', 'bra', 'cha', 'del'];
    for (const maxValues of [1, 5, 12, 40]) {
      const values = new SessionValues(maxValues);
      const reference = model(maxValues);
      for (let step = 0; step < 3000; step++) {
        const value = `${prefixes[random(prefixes.length)]}x${random(14)}`;
        values.remember(value, { type: 'PERSON', class: 'pii.person', normalized: value });
        reference.remember(value);
        expect(values.entries().map(([lower]) => lower)).toEqual(reference.values());
        if (step % 97 === 0) {
          const text = prefixes.flatMap((p) => Array.from({ length: 14 }, (_, k) => `${p}x${k}`)).join(' ');
          const found = values.find(text).map((hit) => text.slice(hit.start, hit.end));
          expect(found.sort()).toEqual([...reference.values()].sort());
        }
      }
    }
  });
});

describe('session memory: spelling variants of a remembered value (issue 11)', () => {
  const spans = (values: SessionValues, text: string) => values.find(text).map((hit) => text.slice(hit.start, hit.end));

  it('finds a name again in other case, with other or no separators between its parts, whole', () => {
    const values = new SessionValues(16);
    values.remember('Amara Okafor', { ...person, normalized: 'amara okafor' });
    const variants = ['AMARA  OKAFOR', 'AmaraOkafor', 'amaraokafor', 'Amara\nOkafor', 'Amara\r\n    Okafor', 'amara.okafor', 'amara_okafor', 'Amara-Okafor', 'Amara\u00a0Okafor', 'Amara \u2013 Okafor', 'amara._okafor'];
    for (const variant of variants) {
      const text = `seen @${variant}'s chart.`;
      expect(values.find(text).map((hit) => [text.slice(hit.start, hit.end), hit.normalized]), JSON.stringify(variant)).toEqual([[variant, 'amara okafor']]);
    }
    // Family first, once remembered so: with any separators, and one entry for all spellings of its gaps.
    expect(values.remember('Okafor, Amara', { ...person, normalized: 'amara okafor' })).toBe(true);
    expect(values.remember('okafor amara', person)).toBe(false);
    expect(values.remember('OKAFOR_AMARA', person)).toBe(false);
    expect(values.size).toBe(2);
    expect(spans(values, 'Okafor,Amara; OKAFOR  AMARA; okafor.amara; OkaforAmara')).toEqual(['Okafor,Amara', 'OKAFOR  AMARA', 'okafor.amara', 'OkaforAmara']);
  });

  it('not inside a word, not with a separator where the value has none, not over a long gap', () => {
    const values = new SessionValues(16);
    values.remember('Amara Okafor', person);
    for (const text of ['Amara Okaforson', 'xAmaraOkafor', 'AmaraOkafor2', 'Amar aOkafor', 'Am-ara Okafor', `Amara${' '.repeat(9)}Okafor`, 'Amara / Okafor', 'Amara:Okafor']) expect(spans(values, text), JSON.stringify(text)).toEqual([]);
    // Eight separators are a gap still; a value's own longer run too, and a value of many gaps is found as written.
    expect(spans(values, `Amara${' '.repeat(8)}Okafor`)).toHaveLength(1);
    values.remember(`Wide${' '.repeat(12)}Gap`, person);
    expect(spans(values, `wide${' '.repeat(12)}gap, wide${' '.repeat(13)}gap, widegap`)).toEqual([`wide${' '.repeat(12)}gap`, 'widegap']);
    const spaced = 'a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h i j k l m n o p q r s t u v w x y z';
    values.remember(spaced, person);
    expect(spans(values, spaced.toUpperCase())).toEqual([spaced.toUpperCase()]);
    expect(spans(values, spaced.replace(/ /g, ''))).toEqual([spaced.replace(/ /g, '')]);
    // At most 32 characters more than the value: 51 gaps of one blank more each is too long.
    expect(spans(values, spaced.replace(/ /g, '  '))).toEqual([]);
  });

  it('numbers: any spelling of the value’s own gaps, and blanks or dashes between its digits', () => {
    const values = new SessionValues(16);
    values.remember('12345678', { type: 'ACCOUNT_NUMBER', class: 'financial.account', normalized: '12345678' });
    values.remember('536-22-8514', { type: 'SSN', class: 'pii.government_id', normalized: '536228514' });
    expect(spans(values, 'acct 1234 5678, 1234-5678, 12 34 56 78; ssn 536228514, 536 22 8514, 536.22.8514')).toEqual(['1234 5678', '1234-5678', '12 34 56 78', '536228514', '536 22 8514', '536.22.8514']);
    // A dot, a comma or a line break between digits joins other numbers (versions, lists, decimals).
    expect(spans(values, 'v1234.5678 or 1234,5678 or 1234\n5678 or 123456789')).toEqual([]);
  });

  it('property: a name of two to four parts, found whole in any case with any separators of up to eight between its parts', () => {
    const part = fc.stringMatching(/^[a-z]{2,10}$/);
    const separator = fc.array(fc.constantFrom(' ', '\n', '\t', '.', ',', '_', '-', "'", '\u00a0', '\u2019', '\u2013'), { maxLength: 8 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.array(part, { minLength: 2, maxLength: 4 }), fc.array(separator, { minLength: 3, maxLength: 3 }), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), (parts, separators, upper) => {
        const name = parts.join(' ');
        const values = new SessionValues(16);
        values.remember(name, { ...person, normalized: name });
        const spelled = parts.map((p, i) => (i === 0 ? '' : separators[i - 1]) + p).join('');
        const cased = [...spelled].map((c, i) => (upper[i % 40] ? c.toUpperCase() : c)).join('');
        const text = `(${cased}) `;
        expect(values.find(text).map((hit) => [hit.start, hit.end, hit.normalized])).toEqual([[1, 1 + cased.length, name]]);
        // A separator inside a part (where the value has none) is another word.
        const split = parts.map((p, i) => (i === 0 ? `${p.slice(0, 1)} ${p.slice(1)}` : ` ${p}`)).join('');
        expect(values.find(`(${split})`).filter((hit) => hit.end - hit.start === split.length)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('values are trimmed of separators at their ends and counted without them', () => {
    const values = new SessionValues(16);
    expect(values.remember(' -Zephyrine. ', person)).toBe(true);
    expect(values.remember('a.b.c', person)).toBe(false); // three characters other than separators
    expect(values.remember('J. Li', person)).toBe(false);
    expect(values.remember('J. Lin', person)).toBe(true);
    expect(values.entries().map(([lower]) => lower)).toEqual(['zephyrine', 'j. lin']);
    expect(spans(values, 'Zephyrine. JLin and j lin')).toEqual(['Zephyrine', 'JLin', 'j lin']);
    // Typographic apostrophes are separators too.
    values.remember("O'Brien", person);
    expect(spans(values, 'O’Brien, OBrien, o brien')).toEqual(['O’Brien', 'OBrien', 'o brien']);
  });

  it('stays linear on hostile texts: separator runs at every word start, values full of gaps', () => {
    const values = new SessionValues(64);
    // Eight values of one prefix, each 64 digits with a gap between every two: a comparison reads its value and up to 32 separators.
    for (let k = 0; k < 8; k++) values.remember(`${'1 '.repeat(63)}${k + 2}`, { type: 'ACCOUNT_NUMBER', class: 'financial.account', normalized: String(k) });
    // The work is counted as characters read (every read is a charCodeAt), not timed: the ratio
    // of two timings went over 8 in 3 runs of 41 on a loaded machine (CI runs two test files at
    // once on two cores). Counted, it is 4.02 every time.
    const reads = (text: string) => {
      const charCodeAt = String.prototype.charCodeAt;
      let count = 0;
      String.prototype.charCodeAt = function (this: string, index: number) {
        count++;
        return charCodeAt.call(this, index);
      };
      try {
        values.find(text);
      } finally {
        String.prototype.charCodeAt = charCodeAt;
      }
      return count;
    };
    const hostile = (n: number) => '1 '.repeat(n);
    // Four times the text: four times the reads, ±10% (a quadratic scan reads 16 times as much).
    const ratio = reads(hostile(20_000)) / reads(hostile(5_000));
    expect(ratio).toBeGreaterThan(3.6);
    expect(ratio).toBeLessThan(4.4);
    expect(values.find(`${'1-'.repeat(63)}5`).map((hit) => hit.normalized)).toEqual(['3']);
  });
});

// A fresh probe of 2026-12-03 (row 59): `record 482913` after `{"mrn": "00482913"}` was stored raw.
describe('a number padded with zeros', () => {
  const mrn = { type: 'MRN', class: 'phi', normalized: '00482913' };
  it('recurs without its zeros, with the padded value\'s type and canonical form', () => {
    const values = new SessionValues(16);
    values.remember('00482913', mrn);
    const text = 'record 482913 and 00482913 and 48 2913, not 4829130 or 1482913';
    expect(values.find(text).map((hit) => [text.slice(hit.start, hit.end), hit.normalized])).toEqual([
      ['482913', '00482913'],
      ['00482913', '00482913'],
      ['48 2913', '00482913'],
    ]);
  });

  it('not when fewer than six digits are left without the zeros, nor for values that are not one number', () => {
    const values = new SessionValues(16);
    values.remember('0000123', mrn);
    values.remember('0048291', mrn);
    values.remember('0A482913', mrn);
    values.remember('00-482913', mrn);
    expect(values.find('123 and 48291 and 482913 and A482913').map((hit) => hit.start)).toEqual([]);
  });

  it('for any padding of a number of six digits or more', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.stringMatching(/^[1-9]\d{5,11}$/), (zeros, bare) => {
        const values = new SessionValues(16);
        values.remember('0'.repeat(zeros) + bare, mrn);
        const text = `see ${bare}.`;
        expect(values.find(text).map((hit) => text.slice(hit.start, hit.end))).toEqual([bare]);
      }),
    );
  });
});
