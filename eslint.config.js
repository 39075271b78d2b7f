// Typed lint for the one class of bug an audit library cannot afford: a promise nobody awaits
// (a lost promise in a sink is a lost audit event). Run with `pnpm lint`.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/*.test.ts', 'test/**', 'benchmarks/**', 'examples/**', '**/*.mjs', '**/*.js', '**/tsup.config.ts', '**/.scratch/**'] },
  {
    files: ['packages/*/src/**/*.ts'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
    },
  },
);
