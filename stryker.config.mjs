// Mutation testing of the code whose failure is a broken promise (issue 13; docs/TESTING.md).
// `pnpm mutate` runs everything listed here; `pnpm mutate --mutate <file>` one file. Stryker 10
// needs Node >= 22 (the script runs it through `npx node@22`). Incremental: results of mutants
// whose code and tests did not change are reused from reports/stryker-incremental.json.
import { fileURLToPath } from 'node:url';

// AGENT_AUDIT_MUTATE_COVERAGE=all: `coverageAnalysis: 'all'` and `ignoreStatic: false`, so
// module-level mutants are tested (against every test), not reported as ignored. Stryker refuses
// 'all' beside `ignoreStatic`, and its CLI cannot turn `ignoreStatic` off. (On prefilter.ts,
// 2026-12-04, the vitest runner still ran each other mutant against its covering tests only; a
// survivor that a full run kills points at a test whose answer depends on earlier tests' state:
// docs/TESTING.md.)
const coverage = process.env.AGENT_AUDIT_MUTATE_COVERAGE;
if (coverage !== undefined && coverage !== '' && coverage !== 'all' && coverage !== 'perTest') {
  throw new Error(`AGENT_AUDIT_MUTATE_COVERAGE=${coverage}: expected 'all' (or 'perTest', the default)`);
}
const allCoverage = coverage === 'all';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  // pnpm keeps the runner out of core's folder, where Stryker looks for @stryker-mutator/*.
  plugins: [fileURLToPath(import.meta.resolve('@stryker-mutator/vitest-runner'))],
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts', related: false },
  coverageAnalysis: allCoverage ? 'all' : 'perTest',
  mutate: [
    'packages/core/src/crypto/**/*.ts',
    'packages/core/src/ledger/**/*.ts',
    'packages/core/src/auditor/**/*.ts',
    // Every redaction file: the detectors and their checks, the redactor's walk, session memory.
    'packages/core/src/redaction/**/*.ts',
    'packages/core/src/ship/shipper.ts',
    'packages/core/src/ship/internal/cursor.ts',
    'packages/nats/src/collector.ts',
    'packages/nats/src/internal/chain.ts',
    '!**/*.test.ts',
  ],
  // Two cores shared by several engineers: one test process at a time.
  concurrency: 1,
  // A mutant that makes a test loop is a timeout (counted as killed); do not wait long for it.
  timeoutMS: 3_000,
  timeoutFactor: 1.5,
  // Mutants in module-level code need every test re-run in a fresh process: too slow here. They
  // are reported as ignored, not as killed (docs/TESTING.md).
  ignoreStatic: !allCoverage,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['benchmarks/results', 'reports', 'examples', 'docs', '**/dist', '.agent-audit'],
  cleanTempDir: 'always',
};
