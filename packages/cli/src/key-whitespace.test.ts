import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditor, fileLedger } from '@agent-audit/core';
import { main } from './main.js';

// A verifier key copied with its line's end (a terminal selection, a secret store that keeps the
// newline of the file it was loaded from) is the same key: the spaces and line break around it
// are dropped wherever a verifier key is read (--key, $AGENT_AUDIT_VERIFIER_KEY). Inside the key
// nothing is forgiven.
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-key-space-'));
const dir = path.join(root, 'ledger');
const keyDir = path.join(root, 'keys');
let key = '';
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
beforeAll(async () => {
  const sink = fileLedger({ dir, keyDir, fsync: false });
  key = sink.verifierKey;
  const auditor = createAuditor({ agent: { id: 'key-space' }, sink, redactionWorker: false });
  for (let i = 0; i < 3; i++) auditor.record({ type: 'tool.call', tool: { name: 'lookup', args: { i } } });
  await auditor.close();
});

async function run(argv: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string }> {
  let out = '';
  const sink = new PassThrough();
  sink.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const code = await main(argv, { stdin: new PassThrough(), stdout: sink, stderr: sink, env });
  return { code, out };
}

describe('a verifier key with spaces or a line break around it', () => {
  it.each([
    ['a trailing newline', (k: string) => `${k}\n`],
    ['a trailing CRLF', (k: string) => `${k}\r\n`],
    ['spaces and a tab around it', (k: string) => `  ${k}\t `],
  ])('verify --key with %s: exit 0, OK', async (_label, wrap) => {
    const { code, out } = await run(['verify', dir, '--key', wrap(key)]);
    expect(out).toMatch(/^OK: 3 events/m);
    expect(code).toBe(0);
  });

  it('verify with $AGENT_AUDIT_VERIFIER_KEY ending in a newline: exit 0, OK', async () => {
    const { code, out } = await run(['verify', dir], { AGENT_AUDIT_VERIFIER_KEY: `${key}\n` });
    expect(out).toMatch(/^OK: 3 events/m);
    expect(code).toBe(0);
  });

  it('report activity --key with a trailing newline: exit 0, the report pinned to the key', async () => {
    const { code, out } = await run(['report', 'activity', dir, '--key', `${key}\n`, '--no-record', '--format', 'json']);
    expect(code).toBe(0);
    expect(out).not.toMatch(/not pinned|ledger's own copy/i);
  });

  it('a key broken inside (a space or a line break within it) is still malformed: exit 2', async () => {
    const middle = Math.floor(key.length / 2) + 3;
    for (const broken of [`${key.slice(0, middle)} ${key.slice(middle)}`, `${key.slice(0, middle)}\n${key.slice(middle)}`]) {
      const { code, out } = await run(['verify', dir, '--key', broken]);
      expect(out).toMatch(/is malformed/);
      expect(code).toBe(2);
    }
  });

  it('a key of spaces only is empty, as before: exit 2', async () => {
    const { code, out } = await run(['verify', dir], { AGENT_AUDIT_VERIFIER_KEY: ' \n' });
    expect(out).toMatch(/AGENT_AUDIT_VERIFIER_KEY is set but empty/);
    expect(code).toBe(2);
  });
});
