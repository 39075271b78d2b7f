import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../scripts/check-dist-types.mjs');

describe('scripts/check-dist-types.mjs (run by pack-check before packing)', () => {
  it('fails when dist lacks a declared types file and passes once it is there', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-types-'));
    try {
      fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({
        name: '@x/pkg',
        types: './dist/index.d.ts',
        exports: { '.': { import: { types: './dist/index.d.ts', default: './dist/index.js' }, require: { types: './dist/index.d.cts', default: './dist/index.cjs' } } },
      }));
      fs.mkdirSync(path.join(dir, 'dist'));
      fs.writeFileSync(path.join(dir, 'dist', 'index.d.ts'), '');
      const bad = spawnSync(process.execPath, [script, dir], { encoding: 'utf8' });
      expect(bad.status).toBe(1);
      expect(bad.stderr).toContain('./dist/index.d.cts');
      fs.writeFileSync(path.join(dir, 'dist', 'index.d.cts'), '');
      expect(spawnSync(process.execPath, [script, dir], { encoding: 'utf8' }).status).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
