// Linear time as a test can hold it on a shared 2-core machine: the ratio of the time of twice
// the input to the time of the input, each the best of several runs after a warm-up, and the
// lowest ratio of up to five attempts, the last two on larger inputs (a garbage collection or
// another process's burst lands in one attempt; a quadratic rule gives ~4x in every one). Timing targets belong in
// benchmarks/; this only tells linear from quadratic.

/**
 * Milliseconds of CPU time of one call of `run` on `text`: the process's user and system time
 * (vitest runs each test file in a process of its own, `pool: 'forks'`), not the wall time, which
 * counts every moment another process held the core (at load 10-12 on the 2 cores, a reader that
 * takes 2 ms on 50 KB measured 3.55x for twice the input in wall time, 2026-12-05).
 */
function once(run: (text: string) => unknown, text: string): number {
  const start = process.cpuUsage();
  run(text);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * The time of `make(large)` over the time of `make(small)` under `run` (a ratio; `floorMs`, 10 by
 * default, keeps a very fast small input from inflating it): 2 for linear work at large = 2 small.
 *
 * Up to three attempts at the sizes given; when none comes under 2.6, up to two more at twice and
 * four times both sizes (the same ratio of sizes, so linear work still gives 2 and a quadratic rule
 * still 4), where a burst of a few milliseconds weighs less: readers that take 3-6 ms on 100 KB
 * measured 3.54 in all three attempts in CI under Node 22 (2026-12-07) and 1.86-2.30 alone.
 */
export function timeRatio(run: (text: string) => unknown, make: (n: number) => string, small = 50_000, large = 100_000, floorMs = 10): number {
  let best = Infinity;
  for (let attempt = 0; attempt < 5 && best >= 2.6; attempt++) {
    const scale = attempt < 3 ? 1 : 2 ** (attempt - 2);
    const a = make(small * scale);
    const b = make(large * scale);
    once(run, a);
    once(run, b);
    // Interleaved (a, b, a, b, …): both inputs meet the same moments of the machine (on 2
    // hyperthreads a sibling's burst slows the CPU time of what runs beside it), instead of five
    // runs of one during a burst and five of the other after it.
    let ta = Infinity;
    let tb = Infinity;
    for (let run5 = 0; run5 < 5; run5++) {
      ta = Math.min(ta, once(run, a));
      tb = Math.min(tb, once(run, b));
    }
    best = Math.min(best, tb / Math.max(ta, floorMs * scale));
  }
  return best;
}
