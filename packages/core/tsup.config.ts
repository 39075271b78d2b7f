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
  // assets/data/person-names.txt and .bin (name lists, scripts/build-name-lists.mjs; the detector reads the .bin) -> dist/data/, copied right after the bundles.
  publicDir: 'assets',
  // redaction/names.ts reads import.meta.url only where __dirname is missing (ESM); in the CJS
  // bundle esbuild empties it and warned on every build.
  esbuildOptions(options) {
    options.logOverride = { ...options.logOverride, 'empty-import-meta': 'silent' };
  },
});
