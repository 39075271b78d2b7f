import { defineConfig } from 'tsup';

export default defineConfig({
  // The redaction worker is its own entry: the auditor starts it from dist/redaction-worker.(c)js.
  entry: { index: 'src/index.ts', test: 'src/test.ts', 'redaction-worker': 'src/auditor/redaction-worker.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  splitting: false,
  // assets/data/person-names.txt (name lists, scripts/build-name-lists.mjs) -> dist/data/, copied right after the bundles.
  publicDir: 'assets',
});
