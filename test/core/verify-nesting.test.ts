import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditor, fileLedger, generateSignerKey, verifyLedger } from '@agent-audit/core';

// Issue 12, tester item 4: a line of 96M nested brackets made verify's JSON.parse take 8.6 GB
// (V8 out of memory) instead of exit 1. Lines are now checked in one pass, in constant memory,
// before they are parsed: deeper than any event the writer writes is a finding.
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const core = pathToFileURL(path.join(repo, 'packages', 'core', 'dist', 'index.js')).href;
const base = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-verify-nesting-'));
const signer = generateSignerKey('verify-nesting.test/audit');
const dir = path.join(base, 'ledger');
const segment = path.join(dir, 'streams', 'main', '00000000000000000000.jsonl');
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

beforeAll(async () => {
  const auditor = createAuditor({ agent: { id: 'bot' }, sink: fileLedger({ dir, stream: 'main', keyDir: path.join(base, 'keys'), signingKey: signer.signerKey }), onError: () => {} });
  for (let i = 0; i < 4; i++) auditor.record({ type: 'decision.made', decision: { action: 'a', reason: `#${i}` } });
  await auditor.close();
}, 60_000);

/** verifyLedger in a child process: its finding and its peak RSS (bytes). */
function verifyInChild(d: string): { ok: boolean; failure?: { stream: string; seq: number; reason: string; file?: string }; maxRss: number } {
  const script = `const { verifyLedger } = await import(${JSON.stringify(core)});
const result = await verifyLedger(${JSON.stringify(d)}, { verifierKey: ${JSON.stringify(signer.verifierKey)} });
process.stdout.write(JSON.stringify({ ok: result.ok, failure: result.firstFailure, maxRss: process.resourceUsage().maxRSS * 1024 }));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 120_000, maxBuffer: 1 << 20 });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as ReturnType<typeof verifyInChild>;
}

describe('verify: deeply nested lines (issue 12, tester item 4)', { timeout: 180_000 }, () => {
  it('an 8 MiB line of nested brackets in place of an event is INVALID, in bounded memory', () => {
    const d = path.join(base, 'deep');
    fs.cpSync(dir, d, { recursive: true });
    const file = path.join(d, 'streams', 'main', '00000000000000000000.jsonl');
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const n = 4 << 20;
    lines[1] = `{"a":${'['.repeat(n)}${']'.repeat(n)}}`;
    fs.writeFileSync(file, lines.join('\n'));
    const result = verifyInChild(d);
    expect(result.ok).toBe(false);
    expect(result.failure).toEqual({ stream: 'main', seq: 1, file: 'streams/main/00000000000000000000.jsonl', reason: 'line nested deeper than 136 levels: deeper than any event the writer writes (docs/FORMAT.md §8), in streams/main/00000000000000000000.jsonl' });
    // JSON.parse of this line alone peaks at about 460 MB; the check reads it in one pass.
    expect(result.maxRss).toBeLessThan(250 * 1024 * 1024);
  });

  it('a line that does not start with "{" (an array of brackets) is INVALID before any parse', () => {
    const d = path.join(base, 'array');
    fs.cpSync(dir, d, { recursive: true });
    const file = path.join(d, 'streams', 'main', '00000000000000000000.jsonl');
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    lines[0] = `${'['.repeat(1 << 20)}${']'.repeat(1 << 20)}`;
    fs.writeFileSync(file, lines.join('\n'));
    const result = verifyInChild(d);
    expect(result.failure).toEqual({ stream: 'main', seq: 0, file: 'streams/main/00000000000000000000.jsonl', reason: 'line does not start with "{": not a JSON event (damaged or inserted bytes), in streams/main/00000000000000000000.jsonl' });
  });

  it('the deepest value an auditor can record still verifies; a deeper limit is refused', async () => {
    const d = path.join(base, 'deepest');
    const auditor = createAuditor({ agent: { id: 'bot' }, limits: { maxDepth: 128 }, sink: fileLedger({ dir: d, stream: 'main', keyDir: path.join(base, 'keys'), signingKey: signer.signerKey }), onError: () => {} });
    let value: unknown = 'leaf';
    for (let i = 0; i < 300; i++) value = i % 2 ? [value] : { v: value };
    auditor.record({ type: 'tool.call', tool: { name: 'deep', input: value }, attrs: { deep: value } });
    auditor.record({ type: 'error', error: { message: 'x', cause: value } as never });
    await auditor.close();
    const result = await verifyLedger(d, { verifierKey: signer.verifierKey });
    expect(result.ok, JSON.stringify(result.firstFailure)).toBe(true);
    expect(() => createAuditor({ agent: { id: 'bot' }, limits: { maxDepth: 129 }, sink: fileLedger({ dir: path.join(base, 'x'), keyDir: path.join(base, 'keys') }) })).toThrow(/limits\.maxDepth must be an integer from 1 to 128/);
  });
});
