import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// The built core finds its data (the person-name lists, dist/data/person-names.bin) beside its own
// module, whatever the working directory and however it was loaded. `node -e` and the REPL set a
// global `__dirname` of '.', which the ESM bundle read before its own `import.meta.url`: every
// detection then threw "person-name lists not found at ../../assets/data/person-names.bin"
// (found 2026-12-06). Run from an empty folder, so a path relative to it cannot find the lists.
const DIST = resolve(import.meta.dirname, '../../packages/core/dist');
const ESM = join(DIST, 'index.js');
const CJS = join(DIST, 'index.cjs');
const cwd = mkdtempSync(join(tmpdir(), 'module-folder-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

const probe = `(core) => { const found = core.detectSensitive('Patient: Amara Okafor, born 1984'); console.log(JSON.stringify(found.map((d) => d.type))); }`;

function run(args: string[]): string[] {
  const out = execFileSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, AGENT_AUDIT_HOME: join(cwd, 'home') } });
  return JSON.parse(out.trim().split('\n').pop() as string) as string[];
}

describe.skipIf(!existsSync(ESM))('the built core reads its name lists beside its own module', () => {
  it('the ESM bundle imported from `node -e` (a global __dirname of ".")', () => {
    expect(run(['-e', `import(${JSON.stringify(pathToFileURL(ESM).href)}).then(${probe})`])).toContain('PERSON');
  });
  it('the ESM bundle from an ES module script', () => {
    expect(run(['--input-type=module', '-e', `const core = await import(${JSON.stringify(pathToFileURL(ESM).href)}); (${probe})(core);`])).toContain('PERSON');
  });
  it('the CJS bundle required from `node -e`', () => {
    expect(run(['-e', `(${probe})(require(${JSON.stringify(CJS)}))`])).toContain('PERSON');
  });
});
