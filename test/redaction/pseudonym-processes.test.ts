import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import type { UnsealedEvent } from '@agent-audit/core';
import { createRedactor, loadKeyring, pseudonymsUnderAllKeys, rotateKeyring } from '../../packages/core/src/redaction/index.js';

const run = promisify(execFile);
const entry = fileURLToPath(new URL('../../packages/core/src/redaction/index.ts', import.meta.url));
const folders: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'aa-keys-'));
  folders.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const event = (input: string): UnsealedEvent => ({
  v: 1, id: '01JABCDEFGHJKMNPQRSTVWXYZ0', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'message.user',
  trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) }, agent: { id: 'a' }, source: 's', outcome: 'success', content: { input },
});

// A second Node process that loads the managed key from `keysDir` and redacts `text`.
const script = `
const [entry, keysDir, text] = process.argv.slice(2);
const { createRedactor } = await import(entry);
const out = await createRedactor({ keysDir }).redact({ v: 1, id: '01JABCDEFGHJKMNPQRSTVWXYZ0', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'message.user', trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) }, agent: { id: 'a' }, source: 's', outcome: 'success', content: { input: text } }, { capture: {} });
process.stdout.write(out.event.content.input);
`;
async function inChildProcess(keysDir: string, text: string): Promise<string> {
  const file = join(folder(), 'child.mjs');
  writeFileSync(file, script);
  const { stdout } = await run(process.execPath, ['--import', 'tsx', file, entry, keysDir, text], { cwd: fileURLToPath(new URL('../..', import.meta.url)) });
  return stdout;
}

describe('pseudonym keys across processes', () => {
  it('the same value and key give the same pseudonym in two processes; another key gives another', async () => {
    const keysDir = join(folder(), 'keys');
    const here = (await createRedactor({ keysDir }).redact(event('reach +44 20 7946 0958 or bob@example.com'), { capture: {} })).event.content?.input as string;
    expect(here).toMatch(/^reach \[PHONE:psn_\w+\] or \[EMAIL:psn_\w+\]$/);
    expect(statSync(join(keysDir, 'pseudonym.key')).mode & 0o777).toBe(0o600);
    expect(statSync(keysDir).mode & 0o777).toBe(0o700);

    const there = await inChildProcess(keysDir, 'reach +44 20 7946 0958 or bob@example.com');
    expect(there).toBe(here);

    const otherDir = join(folder(), 'keys');
    const elsewhere = await inChildProcess(otherDir, 'reach +44 20 7946 0958 or bob@example.com');
    expect(elsewhere).toMatch(/^reach \[PHONE:psn_\w+\] or \[EMAIL:psn_\w+\]$/);
    expect(elsewhere).not.toBe(here);
  });

  it('two processes creating the key at once end up with one key', async () => {
    const keysDir = join(folder(), 'keys');
    const [a, b] = await Promise.all([inChildProcess(keysDir, 'x bob@example.com'), inChildProcess(keysDir, 'x bob@example.com')]);
    expect(a).toBe(b);
  });

  it('rotation: new events use the new key, old pseudonyms stay computable; key material never prints', async () => {
    const keysDir = join(folder(), 'keys');
    const before = loadKeyring('pseudonym', { dir: keysDir });
    const old = (await createRedactor({ keysDir }).redact(event('bob@example.com'), { capture: {} })).event.content?.input;
    const after = rotateKeyring('pseudonym', { dir: keysDir });
    expect(after.ids()).toEqual([before.activeId, after.activeId]);
    const fresh = (await createRedactor({ keysDir }).redact(event('bob@example.com'), { capture: {} })).event.content?.input;
    expect(fresh).not.toBe(old);
    expect(fresh).toContain(`psn_${after.activeId}_`);
    expect(pseudonymsUnderAllKeys(after, 'EMAIL', 'bob@example.com')).toEqual([old, fresh]);
    const secret = (after.key() as Buffer).toString('base64');
    expect(inspect(after)).not.toContain(secret);
    expect(JSON.stringify(after)).not.toContain(secret);
    expect(statSync(join(keysDir, 'pseudonym.key')).mode & 0o777).toBe(0o600);
  });

  it('refuses a key file other users can read', () => {
    const keysDir = join(folder(), 'keys');
    loadKeyring('pseudonym', { dir: keysDir });
    chmodSync(join(keysDir, 'pseudonym.key'), 0o644);
    expect(() => loadKeyring('pseudonym', { dir: keysDir })).toThrow(/readable by other users/);
    expect(() => loadKeyring('vault-master', { dir: keysDir, create: false })).toThrow(/does not exist/);
  });
});
