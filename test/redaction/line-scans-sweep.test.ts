import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createRedactor, detectSensitive } from '@agent-audit/core';
import { HOSTILE_CASES, hostileText, sweepUnits, workRatio } from './line-scans-cues.js';
import { installWorkCounter } from './work-count.js';

// Issue 11, linear time by counted work (work-count.ts): a rule that scans to its line's start or
// end once per match is quadratic on one long line; the work for twice the text is then 3-4x, on a
// loaded machine as on a quiet one, at 6,000 characters. Before 2026-12-05's fix each known case
// gave 2.5-3.9 here (main at 074ea4c); every one gives 2.0 after. The sample reads texts built from
// the cues of the full sweep (scripts/redaction-linear-sweep.ts: every test literal and detector
// cue word; run it after a new rule) on one line and on many. In the `redaction-isolated` project:
// the counter wraps the built-ins of its process.
const counter = installWorkCounter();
afterAll(() => counter.uninstall());

const redactor = createRedactor({ pseudonymKey: new Uint8Array(32).fill(9) });
let calls = 0;
const runs = {
  detect: (text: string) => detectSensitive(text),
  redact: (text: string) => redactor.redact({ v: 1, type: 'tool.result', session: 's1', tool: { name: 't', callId: `c${++calls}`, result: { text } } } as never, {} as never),
};
/** The threshold: 2.0 for linear work; the cases fixed gave 2.48 (the AWS key id) to 3.85 (COPY rows) before. */
const MAX_RATIO = 2.3;

describe('line scans stay linear: counted work for twice the text', () => {
  for (const c of HOSTILE_CASES) {
    it(c.name, () => {
      expect(workRatio(counter, runs[c.mode], (n) => hostileText(c, n))).toBeLessThan(MAX_RATIO);
    });
  }

  it('a sample of the sweep: cues repeated on one line and on many, through the redactor', () => {
    const units = sweepUnits(fileURLToPath(new URL('../..', import.meta.url)));
    // 40 cues spread over the sorted list (same sample for the same cues), each joined by `, ` and by line breaks.
    const step = Math.max(1, Math.floor(units.length / 40));
    const slow: string[] = [];
    for (let i = 0; i < units.length; i += step) {
      for (const joint of [', ', '\n']) {
        const unit = units[i] as string;
        const ratio = workRatio(counter, runs.redact, (n) => hostileText({ unit, joint, suffix: `\n${unit}` }, n));
        if (ratio >= MAX_RATIO) slow.push(`${JSON.stringify(unit)} joined by ${JSON.stringify(joint)}: ${ratio.toFixed(2)}`);
      }
    }
    expect(slow).toEqual([]);
  });
});
