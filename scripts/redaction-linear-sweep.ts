// The linear-time sweep of the redaction rules (issue 11), by counted work (test/redaction/work-count.ts):
// every cue of test/redaction/line-scans-cues.ts sweepUnits (the redaction tests' string literals
// and the detectors' cue words as labels), repeated to 6,000 and 12,000 characters, joined by
// `, `, `; `, a blank and line breaks, through detectSensitive or a redactor; prints each text
// whose work for twice the input is 2.4x or more, with the call sites whose work grew fastest.
// Linear rules give 2.0, a scan per match to the line's ends 3-4. Slow: about 35,000 cues, 20-40
// minutes a mode on one core; `--stride 10` reads every tenth. line-scans-sweep.test.ts runs a sample.
//
//   npx tsx scripts/redaction-linear-sweep.ts [--mode detect|redact] [--stride k] [--from i] [--to j] [--n 6000] [--match <regex of the cues read>]
import { fileURLToPath } from 'node:url';
import { createRedactor, detectSensitive } from '../packages/core/src/index.js';
import { JOINTS, hostileText, sweepUnits, workRatio } from '../test/redaction/line-scans-cues.js';
import { installWorkCounter } from '../test/redaction/work-count.js';

const argument = (name: string, fallback: string): string => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : (process.argv[at + 1] ?? fallback);
};
const mode = argument('mode', 'redact');
const stride = Number(argument('stride', '1'));
const n = Number(argument('n', '6000'));
const only = argument('match', '');
const units = sweepUnits(fileURLToPath(new URL('..', import.meta.url))).filter((unit) => only === '' || new RegExp(only).test(unit));
const from = Number(argument('from', '0'));
const to = Math.min(units.length, Number(argument('to', String(units.length))));

const redactor = createRedactor({ pseudonymKey: new Uint8Array(32).fill(9) });
let calls = 0;
const run =
  mode === 'detect'
    ? (text: string) => detectSensitive(text)
    : (text: string) => redactor.redact({ v: 1, type: 'tool.result', session: 's1', tool: { name: 't', callId: `c${++calls}`, result: { text } } } as never, {} as never);
const counter = installWorkCounter();
console.error(`${units.length} cues; reading ${from}..${to} every ${stride}, mode ${mode}, n ${n}`);
let flagged = 0;
for (let i = from; i < to; i += stride) {
  const unit = units[i] as string;
  for (const joint of JOINTS) {
    const make = (size: number) => hostileText({ unit, joint, suffix: `\n${unit}` }, size);
    const ratio = workRatio(counter, run, make, n);
    if (ratio < 2.4) continue;
    flagged++;
    // The call sites: work of the calls that read 200 characters or more, at n and at 2n.
    const small = counter.sites(run, make(n), 200);
    const large = counter.sites(run, make(2 * n), 200);
    const growth = [...large]
      .map(([site, work]) => ({ site, grew: work / Math.max(1, small.get(site) ?? 0), work }))
      .filter((row) => row.grew > 2.4)
      .sort((a, b) => b.work - a.work)
      .slice(0, 3)
      .map((row) => `${row.site.replace(/^at /, '')} x${row.grew.toFixed(2)}`);
    console.log(JSON.stringify({ i, unit, joint, ratio: Number(ratio.toFixed(2)), sites: growth }));
  }
  if ((i - from) % (100 * stride) === 0) console.error(`${i} ${new Date().toISOString()} flagged ${flagged}`);
}
counter.uninstall();
console.error(`done: flagged ${flagged}`);
