#!/usr/bin/env node
// Fails (exit 1) when a package's dist lacks a `types` file its package.json declares
// (`types`, `typings`, or any `types` condition in `exports`). Usage: check-dist-types.mjs <package dir>...
import fs from 'node:fs';
import path from 'node:path';

let failed = false;
for (const arg of process.argv.slice(2)) {
  const dir = path.resolve(arg);
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const declared = [];
  const walk = (value, key) => {
    if (typeof value === 'string') {
      if (key === 'types' || key === 'typings') declared.push(value);
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, k);
    }
  };
  walk(pkg.types, 'types');
  walk(pkg.typings, 'typings');
  walk(pkg.exports, '');
  const missing = [...new Set(declared)].filter((file) => !fs.existsSync(path.join(dir, file)));
  if (missing.length > 0) {
    console.error(`${pkg.name}: dist lacks declared types ${missing.join(', ')} (run pnpm build first)`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
