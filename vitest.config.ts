import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Keys that tests generate (pseudonym, vault, ledger signing) stay out of the user's home, in a
// folder of this run that test/global-setup.ts removes at the end.
const testHome = path.join(os.tmpdir(), `agent-audit-test-home-${process.pid}`);
process.env.AGENT_AUDIT_TEST_HOME = testHome;

const src = (pkg: string, file = 'index.ts') => fileURLToPath(new URL(`./packages/${pkg}/src/${file}`, import.meta.url));

// The redaction suites (two thirds of the test files) only call functions of the core: they run in
// one shared module graph per worker (`isolate: false`), so the core's ~100 detector modules and
// name lists are imported once per worker rather than once per file (3 s a file, most of those
// files' time). Files that mock modules or spy on built-ins keep a fresh graph of their own.
const sharedGraph = ['test/redaction/**/*.test.ts', 'packages/core/src/redaction/**/*.test.ts'];
const ownGraph = [
  'packages/core/src/redaction/internal/prefilter.mutants.test.ts',
  'packages/core/src/redaction/internal/prefilter-2026-12-05.mutants.test.ts',
  'packages/core/src/redaction/names-lists.mutants.test.ts',
  'packages/core/src/redaction/redactor.mutants.test.ts',
  // Wraps String, RegExp and Array built-ins to count the work of a call (work-count.ts).
  'test/redaction/line-scans-sweep.test.ts',
];
const allTests = ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts'];

// Tests import the workspace packages from source, so `vitest run` needs no build;
// tests that spawn the CLI or pack tarballs use the built dist (the test script builds first).
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@agent-audit\/core\/test$/, replacement: src('core', 'test.ts') },
      { find: /^@agent-audit\/core$/, replacement: src('core') },
      { find: /^@agent-audit\/langchain$/, replacement: src('langchain') },
      { find: /^@agent-audit\/ai-sdk$/, replacement: src('ai-sdk') },
      { find: /^@agent-audit\/mcp-proxy$/, replacement: src('mcp-proxy') },
      { find: /^@agent-audit\/postgres$/, replacement: src('postgres') },
      { find: /^@agent-audit\/nats$/, replacement: src('nats') },
      { find: /^@agent-audit\/otel$/, replacement: src('otel') },
      { find: /^@agent-audit\/cli$/, replacement: src('cli') },
    ],
  },
  test: {
    env: { AGENT_AUDIT_HOME: testHome },
    globalSetup: ['test/global-setup.ts'],
    // fast-check's seed: fixed in CI, random elsewhere (test/fast-check-setup.ts).
    setupFiles: ['test/fast-check-setup.ts'],
    projects: [
      // 120 s, not 60: a linear-time test runs its reader 36 times at most on 50 and 100 KB (a few
      // seconds of CPU), and at a load of 15-18 on the 2 cores three such tests hit 60 s of wall
      // time (2026-12-06) while their CPU ratios held. The bound only ends a hang; it times nothing.
      { extends: true, test: { name: 'redaction', include: sharedGraph, exclude: [...ownGraph, '**/node_modules/**'], isolate: false, testTimeout: 120_000 } },
      { extends: true, test: { name: 'redaction-isolated', include: ownGraph, testTimeout: 120_000 } },
      { extends: true, test: { name: 'isolated', include: allTests, exclude: [...sharedGraph, '**/node_modules/**'] } },
    ],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
    // CI writes a JSON report too, so scripts/check-skips.mjs can name every skipped test.
    ...(process.env.AGENT_AUDIT_TEST_REPORT ? { reporters: ['default', 'json'], outputFile: { json: process.env.AGENT_AUDIT_TEST_REPORT } } : {}),
  },
});
