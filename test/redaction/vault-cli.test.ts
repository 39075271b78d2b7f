import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
// The CLI and this test import the core's public index as it is: a removed export fails here.
import { createAuditor, createRedactor, createVault, fileLedger, verifyLedger } from '@agent-audit/core';
import { vaultCommand } from '../../packages/cli/src/commands/vault.js';

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const code = await vaultCommand(args, { stdout, stderr, env });
  return { code, out, err };
}

describe('agent-audit vault', () => {
  it('list, grant, reveal, erase --value; reveal fails after erase; the ledger verifies', async () => {
    const root = mkdtempSync(join(tmpdir(), 'aa-vault-cli-'));
    folders.push(root);
    const keys = join(root, 'keys');
    const ledger = join(root, 'ledger');
    const vaultDir = join(root, 'vault');
    const vault = createVault({ dir: vaultDir, keysDir: keys });
    const auditor = createAuditor({ agent: { id: 'bot' }, sink: fileLedger({ dir: ledger, keyDir: keys }), redactor: createRedactor({ keysDir: keys, vault }), capture: 'full' });
    await auditor.recordDurable({ type: 'message.user', actor: { id: 'u-7', type: 'user' }, content: { input: 'I am alice@example.com' } });
    await auditor.close();
    const common = ['--vault', vaultDir, '--keys', keys];

    const listed = await cli(['list', ...common]);
    expect(listed.code).toBe(0);
    const token = /\[EMAIL:psn_[a-z2-7_]+\]/.exec(listed.out)?.[0] as string;
    expect(token).toBeDefined();
    expect(listed.out).toContain('actor:u-7');
    expect(listed.out).not.toContain('alice@example.com');

    expect((await cli(['reveal', token, '--reason', 'case 1', '--requester', 'dpo', '--ledger', ledger, ...common])).code).toBe(2);
    const forged = await cli(['reveal', token, '--reason', 'case 1', '--requester', 'dpo', '--ledger', ledger, '--capability', 'vcap1.a.b.c', ...common]);
    expect(forged.code).toBe(1);
    expect(forged.out).toBe('');

    const grant = await cli(['grant', '--requester', 'dpo', '--ttl', '5m', ...common]);
    expect(grant.code).toBe(0);
    const capability = grant.out.trim();
    const revealed = await cli(['reveal', token, '--reason', 'case 1', '--requester', 'dpo', '--ledger', ledger, ...common], { AGENT_AUDIT_VAULT_CAPABILITY: capability });
    expect(revealed).toMatchObject({ code: 0, out: 'alice@example.com\n' });

    const eraser = (await cli(['grant', '--requester', 'dpo', '--action', 'erase', ...common])).out.trim();
    const erased = await cli(['erase', '--value', 'Alice@Example.com', '--reason', 'GDPR Art. 17', '--requester', 'dpo', '--ledger', ledger, '--capability', eraser, ...common]);
    expect(erased.code).toBe(0);
    expect(erased.out).toContain(`erased ${token}: 2 record(s)`);

    const after = await cli(['reveal', token, '--reason', 'case 1', '--requester', 'dpo', '--ledger', ledger, '--capability', capability, ...common]);
    expect(after.code).toBe(1);
    expect(after.err).toMatch(/erased/);
    expect((await cli(['list', ...common])).out).toMatch(/ERASED/);

    expect((await cli(['bogus', ...common])).code).toBe(2);
    expect((await cli(['grant', '--requester', 'dpo', '--ttl', 'soon', ...common])).code).toBe(2);
    expect((await cli(['list'])).code).toBe(2);

    const verified = await verifyLedger(ledger);
    expect(verified.ok).toBe(true);
    expect(verified.streams).toBe(2); // the agent's stream and the CLI's 'vault' stream
  });
});
