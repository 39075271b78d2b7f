// Property tests (fast-check) draw new inputs on every run outside CI, which is how the suite keeps
// finding inputs nobody wrote down; a failure prints its seed and path to replay it. In CI
// (`CI=true`) every property runs from one fixed seed, so a landing never fails on a draw that no
// change caused (docs/TESTING.md, "Property tests"). AGENT_AUDIT_FC_SEED sets the seed anywhere
// (an integer; `random` keeps the random draws in CI too).
import fc from 'fast-check';

const wanted = process.env.AGENT_AUDIT_FC_SEED ?? (process.env.CI ? '20261204' : 'random');
if (wanted !== 'random') {
  const seed = Number(wanted);
  if (!Number.isInteger(seed)) throw new Error(`AGENT_AUDIT_FC_SEED must be an integer or "random", not ${JSON.stringify(wanted)}`);
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
}
