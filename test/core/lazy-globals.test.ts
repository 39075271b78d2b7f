import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// record() runs on the agent's thread. Reading Node's lazy `Headers` global loads undici's fetch
// (12-30 ms, 173-187 ms on a loaded machine): the eighth probe of 2026-12-05 saw one record() of a
// two-member Map take that long, because the snapshot asked `object instanceof Headers` of every
// class instance. In a fresh process (the test runner may have loaded fetch already), recording
// events that hold a Map, a Set, a Date, an Error and a class instance must not load it; a real
// Headers is still read by its entries.
const CORE = resolve(import.meta.dirname, '../../packages/core/dist/index.js');
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function run(body: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'lazy-globals-'));
  dirs.push(dir);
  const script = `
    import { createAuditor, fileLedger } from ${JSON.stringify(pathToFileURL(CORE).href)};
    const undici = () => process.moduleLoadList.filter((m) => m.includes('undici')).length;
    const auditor = createAuditor({ agent: { id: 'a' }, sink: fileLedger({ dir: ${JSON.stringify(join(dir, 'ledger'))} }), redactionWorker: false });
    const before = undici();
    ${body}
    const after = undici();
    await auditor.close();
    const { readdirSync, readFileSync } = await import('node:fs');
    const stored = readdirSync(${JSON.stringify(join(dir, 'ledger'))}, { recursive: true, withFileTypes: true }).filter((f) => f.isFile()).map((f) => readFileSync(f.parentPath + '/' + f.name, 'utf8')).join('');
    console.log(JSON.stringify({ before, after, headerStored: stored.includes('"x-request-id":"r-17"') }));
  `;
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, AGENT_AUDIT_HOME: join(dir, 'home') }, encoding: 'utf8' });
}

describe.skipIf(!existsSync(CORE))('record() does not load fetch on the caller thread', () => {
  it('events holding a Map, a Set, a Date, an Error, a class instance', () => {
    const out = run(`
      class Claim { constructor() { this.id = 'c-1'; } }
      auditor.record({ type: 'tool.result', tool: { name: 't', result: new Map([['a', 1]]) } });
      auditor.record({ type: 'tool.result', tool: { name: 't', result: { s: new Set([1]), d: new Date(0), e: new Error('x'), c: new Claim() } } });
      auditor.record({ type: 'tool.result', tool: { name: 't', result: new URLSearchParams('a=1') } });
    `);
    expect(JSON.parse(out.trim().split('\n').pop() as string)).toEqual({ before: 0, after: 0, headerStored: false });
  });
  it('a real Headers is still recorded by its entries', () => {
    const out = run(`auditor.record({ type: 'tool.result', tool: { name: 't', result: new Headers({ 'x-request-id': 'r-17' }) } });`);
    expect(JSON.parse(out.trim().split('\n').pop() as string).headerStored).toBe(true);
  });
});
