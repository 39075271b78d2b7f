/**
 * `regex.test(text)` for a long alternation of words (a detector's prefilter: `pass|token|key|…`),
 * with the same answer, made cheaper by a table of the pairs of characters a match can start with.
 *
 * V8 runs such an alternation by trying each alternative at each position of the text: a
 * 178-word prefilter spent about 48 ns per character of prose holding none of its words. The
 * gate reads the text's characters once and asks the regex (sticky, at that position) only where
 * a match could start: where the first three characters are a triple some alternative starts with.
 *
 * The triples are worked out from the regex's source at construction. Anything the analysis does
 * not know makes it give up, and the gate is then `regex.test` itself. Where the table cannot
 * decide (a character outside ASCII, which case folding and `.`, `\s` or `\p{…}` may match), the
 * rest of the text is searched by the regex as it is. Exact: a match exists iff one starts at
 * some position, and every position skipped starts none (its characters start no alternative).
 */
export function gatedTest(regex: RegExp): (text: string) => boolean {
  const flags = regex.flags.replace(/[gy]/g, '');
  const plain = new RegExp(regex.source, flags);
  let built: Tables | undefined;
  try {
    if (flags.includes('v')) throw new Unsupported('v flag');
    built = startTables(regex.source, flags.includes('i'), flags.includes('u'));
  } catch {
    built = undefined;
  }
  if (built === undefined) return (text) => plain.test(text);
  const { firsts, pairs, triples } = built;
  const sticky = new RegExp(regex.source, `${flags}y`);
  const global = new RegExp(regex.source, `${flags}g`);
  return (text) => {
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const first = text.charCodeAt(i);
      if (first >= 128) {
        // Outside the tables: the regex searches from here (no match starts before i).
        global.lastIndex = i;
        return global.test(text);
      }
      const f = firsts[first] as number;
      if (f === 0) continue;
      let probe = (f & ENDS) !== 0;
      if (!probe && i + 1 < n) {
        const second = text.charCodeAt(i + 1);
        if (second >= 128) probe = (f & BEFORE_OTHER) !== 0;
        else {
          const pair = (first << 7) | second;
          const p = pairs[pair] as number;
          if (p === 0) continue;
          probe = (p & ENDS) !== 0;
          if (!probe && i + 2 < n) {
            const third = text.charCodeAt(i + 2);
            if (third >= 128) probe = (p & BEFORE_OTHER) !== 0;
            else {
              const triple = (pair << 7) | third;
              probe = ((triples[triple >>> 5] as number) & (1 << (triple & 31))) !== 0;
            }
          }
        }
      }
      if (probe) {
        sticky.lastIndex = i;
        if (sticky.test(text)) return true;
      }
    }
    return false;
  };
}

/** Whether gatedTest reads `regex` (else it is `regex.test` itself). For tests. */
export function gateReads(regex: RegExp): boolean {
  try {
    startTables(regex.source, regex.flags.includes('i'), regex.flags.includes('u'));
    return !regex.flags.includes('v');
  } catch {
    return false;
  }
}

/** Flags of a start (one character, or two): a match can end here (or the analysis read no further). */
const ENDS = 1;
/** It can go on with a character outside ASCII. */
const BEFORE_OTHER = 2;
/** It can go on with an ASCII character (the next table says which). */
const GOES_ON = 4;

/**
 * The starts of a regex's matches, of ASCII characters: flags of each first character and of
 * each pair (first << 7 | second), and a bit per triple ((pair << 7) | third).
 */
interface Tables {
  firsts: Uint8Array;
  pairs: Uint8Array;
  triples: Int32Array;
}

/** A set of characters: ASCII codes, and whether any character outside ASCII may be in it. */
interface CharSet {
  ascii: Uint8Array;
  other: boolean;
}
type Node = { kind: 'set'; set: CharSet; min: number; max: number } | { kind: 'group'; alternatives: Node[][]; min: number; max: number } | { kind: 'assertion'; min: number; max: number };

class Unsupported extends Error {}

function emptySet(): CharSet {
  return { ascii: new Uint8Array(128), other: false };
}
function anySet(): CharSet {
  return { ascii: new Uint8Array(128).fill(1), other: true };
}
function addCode(set: CharSet, code: number): void {
  if (code < 128) set.ascii[code] = 1;
  else set.other = true;
}
function addRange(set: CharSet, from: number, to: number): void {
  if (from > to) throw new Unsupported('range');
  for (let code = from; code <= Math.min(to, 127); code++) set.ascii[code] = 1;
  if (to >= 128) set.other = true;
}

/** The tables of `source` (see Tables); throws Unsupported for what it does not read. */
function startTables(source: string, ignoreCase: boolean, unicode: boolean): Tables {
  const parser = new Parser(source, ignoreCase, unicode);
  const alternatives = parser.alternatives();
  if (parser.at < source.length) throw new Unsupported('unbalanced');
  const firsts = new Uint8Array(128);
  const pairs = new Uint8Array(128 * 128);
  const triples = new Int32Array((128 * 128 * 128) / 32);
  for (const alternative of alternatives) {
    for (const prefix of prefixes(alternative, 3, 0)) {
      // A match of no characters: every position matches; the gate has nothing to skip.
      if (prefix.length === 0) throw new Unsupported('empty match');
      const [first, second, third] = prefix as [CharSet, CharSet | undefined, CharSet | undefined];
      // A first character outside ASCII always sends the text to the regex: only ASCII ones are kept.
      for (let a = 0; a < 128; a++) {
        if (first.ascii[a] !== 1) continue;
        if (second === undefined) {
          firsts[a] = (firsts[a] as number) | ENDS;
          continue;
        }
        firsts[a] = (firsts[a] as number) | GOES_ON | (second.other ? BEFORE_OTHER : 0);
        for (let b = 0; b < 128; b++) {
          if (second.ascii[b] !== 1) continue;
          const pair = (a << 7) | b;
          if (third === undefined) {
            pairs[pair] = (pairs[pair] as number) | ENDS;
            continue;
          }
          pairs[pair] = (pairs[pair] as number) | GOES_ON | (third.other ? BEFORE_OTHER : 0);
          for (let c = 0; c < 128; c++) {
            if (third.ascii[c] !== 1) continue;
            const triple = (pair << 7) | c;
            triples[triple >>> 5] = (triples[triple >>> 5] as number) | (1 << (triple & 31));
          }
        }
      }
    }
  }
  return { firsts, pairs, triples };
}

/** The sequences of up to `need` character sets a match of `sequence` can start with (shorter: it can end there). */
function prefixes(sequence: readonly Node[], need: number, depth: number): CharSet[][] {
  if (depth > 32) throw new Unsupported('too deep');
  if (need === 0 || sequence.length === 0) return [[]];
  const [node, ...rest] = sequence as [Node, ...Node[]];
  if (node.kind === 'assertion') return prefixes(rest, need, depth + 1);
  const out: CharSet[][] = [];
  if (node.min === 0) out.push(...prefixes(rest, need, depth + 1));
  if (node.max === 0) return out;
  // One occurrence, then the node again (while its bound allows) and the rest.
  const again: Node[] = node.max > 1 ? [{ ...node, min: Math.max(0, node.min - 1), max: node.max - 1 } as Node, ...rest] : rest;
  if (node.kind === 'set') {
    for (const tail of prefixes(again, need - 1, depth + 1)) out.push([node.set, ...tail]);
  } else {
    for (const alternative of node.alternatives) out.push(...prefixes([...alternative, ...again], need, depth + 1));
  }
  return out;
}

/** Reads the subset of RegExp syntax prefilters use; throws Unsupported for the rest (backreferences, named groups' references, …). */
class Parser {
  at = 0;
  constructor(
    private readonly source: string,
    private readonly ignoreCase: boolean,
    private readonly unicode: boolean,
  ) {}

  alternatives(): Node[][] {
    const out: Node[][] = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      out.push(this.sequence());
    }
    return out;
  }

  private sequence(): Node[] {
    const out: Node[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const atom = this.atom();
      const [min, max] = this.quantifier();
      if (atom.kind === 'assertion' && (min !== 1 || max !== 1)) throw new Unsupported('quantified assertion');
      out.push({ ...atom, min, max } as Node);
    }
    return out;
  }

  private quantifier(): [number, number] {
    const c = this.source[this.at];
    let bounds: [number, number] | undefined;
    if (c === '?') bounds = [0, 1];
    else if (c === '*') bounds = [0, Infinity];
    else if (c === '+') bounds = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (m === null) throw new Unsupported('brace');
      this.at += (m[0] as string).length - 1;
      const min = Number(m[1]);
      bounds = [min, m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3])];
    }
    if (bounds === undefined) return [1, 1];
    this.at++;
    if (this.source[this.at] === '?') this.at++; // lazy: the same characters
    return bounds;
  }

  private atom(): { kind: 'set'; set: CharSet } | { kind: 'group'; alternatives: Node[][] } | { kind: 'assertion' } {
    const c = this.source[this.at] as string;
    if (c === '(') {
      this.at++;
      let lookaround = false;
      if (this.source.startsWith('?:', this.at)) this.at += 2;
      else if (/^\?<?[=!]/.test(this.source.slice(this.at, this.at + 3))) {
        lookaround = true;
        this.at += this.source[this.at + 1] === '<' ? 3 : 2;
      } else if (this.source[this.at] === '?') throw new Unsupported('group kind');
      const alternatives = this.alternatives();
      if (this.source[this.at] !== ')') throw new Unsupported('unclosed group');
      this.at++;
      // A lookaround only narrows where a match starts: read as no characters (a superset).
      return lookaround ? { kind: 'assertion' } : { kind: 'group', alternatives };
    }
    if (c === '^' || c === '$') {
      this.at++;
      return { kind: 'assertion' };
    }
    if (c === '.') {
      this.at++;
      return { kind: 'set', set: anySet() };
    }
    if (c === '[') return { kind: 'set', set: this.charClass() };
    if (c === '\\') {
      if (this.source[this.at + 1] === 'b' || this.source[this.at + 1] === 'B') {
        this.at += 2;
        return { kind: 'assertion' };
      }
      return { kind: 'set', set: this.escape(false) };
    }
    if (c === '*' || c === '+' || c === '?' || c === '{' || c === ']' || c === '}') throw new Unsupported('stray');
    const code = this.source.codePointAt(this.at) as number;
    this.at += code > 0xffff ? 2 : 1;
    const set = emptySet();
    addCode(set, code);
    return { kind: 'set', set: this.folded(set) };
  }

  /**
   * `set` with both cases of its letters under the `i` flag; for any letter, characters outside
   * ASCII too (`ſ` and the Kelvin sign fold to `s` and `k` under `iu`), and the other way round:
   * under `iu` a set holding characters outside ASCII may hold those two, so `s` and `k` too.
   */
  private folded(set: CharSet): CharSet {
    if (!this.ignoreCase) return set;
    if (this.unicode && set.other) for (const code of [75, 83, 107, 115]) set.ascii[code] = 1;
    let letter = false;
    for (let code = 65; code <= 122; code++) {
      if (set.ascii[code] !== 1 || (code > 90 && code < 97)) continue;
      letter = true;
      set.ascii[code ^ 32] = 1;
    }
    if (letter) set.other = true;
    return set;
  }

  private charClass(): CharSet {
    this.at++; // [
    const negated = this.source[this.at] === '^';
    if (negated) this.at++;
    const set = emptySet();
    while (this.at < this.source.length && this.source[this.at] !== ']') {
      const from = this.classMember();
      if (this.source[this.at] === '-' && this.source[this.at + 1] !== ']' && this.at + 1 < this.source.length) {
        this.at++;
        const to = this.classMember();
        if (typeof from !== 'number' || typeof to !== 'number') throw new Unsupported('class range');
        addRange(set, from, to);
      } else if (typeof from === 'number') addCode(set, from);
      else {
        for (let code = 0; code < 128; code++) if (from.ascii[code] === 1) set.ascii[code] = 1;
        if (from.other) set.other = true;
      }
    }
    if (this.source[this.at] !== ']') throw new Unsupported('unclosed class');
    this.at++;
    return negated ? anySet() : this.folded(set);
  }

  /** One member of a class: a character's code, or a set (`\d`, `\s`, `\p{…}`). */
  private classMember(): number | CharSet {
    const c = this.source[this.at];
    if (c === '\\') {
      const next = this.source[this.at + 1];
      if (next === 'b') {
        this.at += 2;
        return 8; // backspace, in a class
      }
      return this.escape(true);
    }
    if (c === '[') throw new Unsupported('nested class');
    const code = this.source.codePointAt(this.at) as number;
    this.at += code > 0xffff ? 2 : 1;
    return code;
  }

  /** An escape at `at` (`\d`, `\.`, `\u00e9`, `\p{L}`): a set, or a code inside a class when `inClass`. */
  private escape(inClass: true): number | CharSet;
  private escape(inClass: false): CharSet;
  private escape(inClass: boolean): number | CharSet {
    const e = this.source[this.at + 1];
    if (e === undefined) throw new Unsupported('trailing backslash');
    this.at += 2;
    const set = emptySet();
    switch (e) {
      case 'd':
        addRange(set, 48, 57);
        return set;
      case 'w':
        addRange(set, 48, 57);
        addRange(set, 65, 90);
        addRange(set, 97, 122);
        addCode(set, 95);
        if (this.ignoreCase && this.unicode) set.other = true;
        return set;
      case 's':
        addRange(set, 9, 13);
        addCode(set, 32);
        set.other = true;
        return set;
      case 'D':
      case 'W':
      case 'S':
        return anySet();
      case 'p':
      case 'P':
        if (this.source[this.at] === '{') {
          const close = this.source.indexOf('}', this.at);
          if (close === -1) throw new Unsupported('property');
          this.at = close + 1;
        }
        return anySet();
      case 't':
        return this.code(9, inClass);
      case 'n':
        return this.code(10, inClass);
      case 'r':
        return this.code(13, inClass);
      case 'v':
        return this.code(11, inClass);
      case 'f':
        return this.code(12, inClass);
      case '0':
        return this.code(0, inClass);
      case 'x': {
        const hex = /^[0-9a-fA-F]{2}/.exec(this.source.slice(this.at));
        if (hex === null) throw new Unsupported('\\x');
        this.at += 2;
        return this.code(parseInt(hex[0], 16), inClass);
      }
      case 'u': {
        const hex = /^[0-9a-fA-F]{4}/.exec(this.source.slice(this.at));
        if (hex === null) throw new Unsupported('\\u');
        this.at += 4;
        const code = parseInt(hex[0], 16);
        // A surrogate pair written as two escapes: outside ASCII either way.
        return this.code(code, inClass);
      }
      default:
        // Backreferences, \c, \k and the like: not read.
        if (/[A-Za-z0-9]/.test(e)) throw new Unsupported(`\\${e}`);
        return this.code(e.charCodeAt(0), inClass);
    }
  }

  private code(code: number, inClass: boolean): number | CharSet {
    if (inClass) return code;
    const set = emptySet();
    addCode(set, code);
    return this.folded(set);
  }
}
