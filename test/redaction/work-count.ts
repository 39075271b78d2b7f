// Work counted, not timed: the characters the string and regex built-ins read and the elements the
// array searches visit during one call, from wrappers installed on the built-ins' prototypes. A
// rule that reads back to its line's start for every match on one long line reads about n²/2k
// characters for n of text: the count for twice the text is 4x, whatever the machine's load, and
// shows at 6,000 characters where a time ratio needs 100,000 or more (a `memchr`-fast scan is a
// small part of the time until then). Issue 11; line-scans-sweep.test.ts and
// scripts/redaction-linear-sweep.ts use it. The counts are estimates of what V8 reads:
// - `indexOf`/`lastIndexOf`: from the start position to the answer (or the string's end or start);
// - `includes`, case folds and NFC: the whole string (or its result);
// - `RegExp.prototype.exec` (through which `test`, `match`, `matchAll`, `replace`, `search` and
//   `split` run once it is wrapped): from `lastIndex` (global or sticky) or 0 to the match's end or
//   the string's end, one character for a sticky or start-anchored (`^`, not multiline) pattern;
// - array searches (`some`, `find`, `filter`, `indexOf`, …): the array's length.
// `slice`, `substring` and `trim` make a sliced string in V8 (no copy): not counted.
// Installed only in a process of its own (vitest's `redaction-isolated` project: it slows every
// regex of the process), and removed with `uninstall`.

type Cost = (self: never, args: unknown[], result: never) => number;

export interface WorkCounter {
  /** The work of `run(text)`. */
  measure(run: (text: string) => unknown, text: string): number;
  /** The work of `run(text)` by call site (the first stack frame outside this file), of calls that read `heavy` or more. */
  sites(run: (text: string) => unknown, text: string, heavy: number): Map<string, number>;
  uninstall(): void;
}

export function installWorkCounter(): WorkCounter {
  let on = false;
  let inside = false;
  let work = 0;
  let heavy = Infinity;
  let bySite: Map<string, number> | undefined;
  const restore: Array<() => void> = [];
  const add = (cost: number) => {
    work += cost;
    if (bySite === undefined || cost < heavy) return;
    inside = true;
    const holder: { stack?: string } = {};
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 8;
    Error.captureStackTrace(holder);
    Error.stackTraceLimit = limit;
    const frame = (holder.stack ?? '').split('\n').slice(1).find((line) => !line.includes('work-count.ts')) ?? '?';
    bySite.set(frame.trim(), (bySite.get(frame.trim()) ?? 0) + cost);
    inside = false;
  };
  const wrap = (proto: object, name: string, cost: Cost) => {
    const original = (proto as Record<string, (...args: unknown[]) => unknown>)[name] as (...args: unknown[]) => unknown;
    Object.defineProperty(proto, name, {
      value: function (this: unknown, ...args: unknown[]) {
        const result = original.apply(this, args);
        if (on && !inside) add(cost(this as never, args, result as never));
        return result;
      },
      writable: true,
      configurable: true,
    });
    restore.push(() => Object.defineProperty(proto, name, { value: original, writable: true, configurable: true }));
  };
  const S = String.prototype;
  wrap(S, 'lastIndexOf', (s: string, a, r: number) => {
    const from = a[1] === undefined ? s.length : Math.min(s.length, Math.max(0, Number(a[1]) | 0));
    return (r === -1 ? from : from - r) + 1;
  });
  wrap(S, 'indexOf', (s: string, a, r: number) => {
    const from = a[1] === undefined ? 0 : Math.max(0, Number(a[1]) | 0);
    return (r === -1 ? s.length - from : r - from) + 1;
  });
  wrap(S, 'includes', (s: string) => s.length + 1);
  for (const name of ['toLowerCase', 'toUpperCase', 'toLocaleLowerCase', 'normalize']) wrap(S, name, (_s: string, _a, r: string) => r.length + 1);
  const exec = RegExp.prototype.exec;
  Object.defineProperty(RegExp.prototype, 'exec', {
    value: function (this: RegExp, input: string) {
      const s = String(input);
      const from = this.global || this.sticky ? this.lastIndex : 0;
      const r = exec.call(this, s);
      if (on && !inside) {
        if (this.sticky || (this.source.startsWith('^') && !this.multiline)) add(1 + (r === null ? 0 : r[0].length));
        else add(1 + (r === null ? s.length - from : r.index + r[0].length - from));
      }
      return r;
    },
    writable: true,
    configurable: true,
  });
  restore.push(() => Object.defineProperty(RegExp.prototype, 'exec', { value: exec, writable: true, configurable: true }));
  for (const name of ['some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex', 'filter', 'includes', 'indexOf']) wrap(Array.prototype, name, (a: unknown[]) => a.length + 1);
  const measure = (run: (text: string) => unknown, text: string): number => {
    work = 0;
    on = true;
    try {
      run(text);
    } finally {
      on = false;
    }
    return work;
  };
  return {
    measure,
    sites(run, text, atLeast) {
      bySite = new Map();
      heavy = atLeast;
      try {
        measure(run, text);
        return bySite;
      } finally {
        bySite = undefined;
        heavy = Infinity;
      }
    },
    uninstall() {
      for (const undo of restore.reverse()) undo();
    },
  };
}
