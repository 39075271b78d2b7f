import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAuditor, fileLedger, readEvents, verifyLedger } from '@agent-audit/core';
import type { AuditEvent } from '@agent-audit/core';
import { memoryLedger } from '@agent-audit/core/test';
import { createKeyring, createRedactor } from '../../packages/core/src/redaction/index.js';
import { createVault, memoryVaultStore, VaultError } from '../../packages/core/src/vault/index.js';

const folders: string[] = [];
const folder = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), `aa-${name}-`));
  folders.push(dir);
  return dir;
};
async function collect(dir: string): Promise<Array<AuditEvent>> {
  const events: AuditEvent[] = [];
  for await (const event of readEvents(dir, { stream: 'support-bot' })) events.push(event);
  return events;
}
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('vault with the core auditor', () => {
  it('full capture keeps originals only in the vault; reveal is audited; after erase reveal fails and the ledger verifies', async () => {
    const root = folder('vault');
    const ledgerDir = join(root, 'ledger');
    const keysDir = join(root, 'keys');
    const errors: Error[] = [];
    const sink = fileLedger({ dir: ledgerDir, keyDir: keysDir });
    // The vault records through the same auditor it serves; late binding breaks the cycle.
    let vault: ReturnType<typeof createVault> | undefined;
    const redactor = createRedactor({ keysDir, vault: { store: (entry) => (vault as NonNullable<typeof vault>).store(entry) } });
    const auditor = createAuditor({ agent: { id: 'support-bot' }, sink, redactor, capture: { content: 'full' }, onError: (error) => errors.push(error) });
    vault = createVault({ dir: join(root, 'vault'), keysDir, auditor });

    await auditor.recordDurable({ type: 'message.user', actor: { id: 'u-42', type: 'user' }, content: { input: 'I am alice@example.com, card 4111 1111 1111 1111' } });
    const events = await collect(ledgerDir);
    const files = readdirSync(ledgerDir, { recursive: true }).map(String).filter((name) => statSync(join(ledgerDir, name)).isFile());
    expect(files.length).toBeGreaterThan(0);
    const raw = files.map((name) => readFileSync(join(ledgerDir, name), 'utf8')).join('\n');
    expect(raw).toContain('[EMAIL:psn_');
    expect(raw).not.toContain('alice@example.com');
    expect(raw).not.toContain('4111 1111');
    const message = events.find((event) => event.type === 'message.user');
    const input = (message?.content?.input as string | undefined) ?? '';
    const email = /\[EMAIL:psn_[a-z2-7_]+\]/.exec(input)?.[0] as string;
    expect(email).toBeDefined();
    expect(message?.data?.classes).toEqual(['payment.card', 'pii.email']);

    // Vault files are private and hold no plaintext.
    const vaultFiles = readdirSync(join(root, 'vault'), { recursive: true }).map(String).filter((name) => name.endsWith('.json'));
    expect(vaultFiles.length).toBeGreaterThan(0);
    for (const name of vaultFiles) {
      expect(readFileSync(join(root, 'vault', name), 'utf8')).not.toContain('alice@example.com');
      expect(statSync(join(root, 'vault', name)).mode & 0o077).toBe(0);
    }

    // Without a capability: refused, and the refusal is recorded.
    await expect(vault.reveal(email, { reason: 'curious', requester: 'mallory', capability: 'vcap1.x.y.z' })).rejects.toThrow(/capability/);
    // A capability for someone else is refused too.
    const forDpo = vault.grant({ requester: 'dpo@bank.example' });
    await expect(vault.reveal(email, { reason: 'case 7', requester: 'mallory', capability: forDpo })).rejects.toThrow(/another requester/);

    const revealed = await vault.reveal(email, { reason: 'fraud case 7', requester: 'dpo@bank.example', capability: forDpo });
    expect(revealed.plaintext).toBe('alice@example.com');
    const field = await vault.reveal(`evt:${message?.id}/content.input`, { reason: 'fraud case 7', requester: 'dpo@bank.example', capability: forDpo });
    expect(JSON.parse(field.plaintext)).toBe('I am alice@example.com, card 4111 1111 1111 1111');

    const listed = await vault.list();
    expect(listed.map((s) => s.subject)).toContain(email);
    expect(listed.map((s) => s.subject)).toContain('actor:u-42');

    const eraser = vault.grant({ requester: 'dpo@bank.example', actions: ['erase'] });
    await expect(vault.erase(email, { reason: 'GDPR Art. 17 request 42', requester: 'dpo@bank.example', capability: forDpo })).rejects.toThrow(/does not allow erase/);
    const erased = await vault.erase(email, { reason: 'GDPR Art. 17 request 42', requester: 'dpo@bank.example', capability: eraser });
    expect(erased.records).toBe(2); // the value itself and the field that contained it
    await expect(vault.reveal(email, { reason: 'again', requester: 'dpo@bank.example', capability: forDpo })).rejects.toMatchObject({ code: 'vault_erased' });
    await expect(vault.reveal(`evt:${message?.id}/content.input`, { reason: 'again', requester: 'dpo@bank.example', capability: forDpo })).rejects.toMatchObject({ code: 'vault_erased' });
    // The card's original is another subject and is still there.
    const card = /\[CARD:psn_[a-z2-7_]+\]/.exec(input)?.[0] as string;
    expect((await vault.reveal(card, { reason: 'chargeback', requester: 'dpo@bank.example', capability: forDpo })).plaintext).toBe('4111 1111 1111 1111');
    expect((await vault.list()).find((s) => s.subject === email)?.erasedAt).toBeDefined();

    await auditor.close();
    const verified = await verifyLedger(ledgerDir);
    expect(verified.ok).toBe(true);
    const all = await collect(ledgerDir);
    const vaultEvents = all.filter((event) => event.type.startsWith('vault.')).map((event) => `${event.type}:${event.outcome}`);
    expect(vaultEvents).toEqual([
      'vault.reveal:denied', 'vault.reveal:denied', 'vault.reveal:success', 'vault.reveal:success',
      'vault.erase:denied', 'vault.erase:success', 'vault.reveal:failure', 'vault.reveal:failure', 'vault.reveal:success',
    ]);
    expect(all.find((event) => event.type === 'vault.erase' && event.outcome === 'success')?.decision?.reason).toBe('GDPR Art. 17 request 42');
    expect(errors).toEqual([]);
  });

  it('erasing an actor shreds every original of their events; new originals for an erased subject are refused', async () => {
    const ledger = memoryLedger();
    const auditor = createAuditor({ agent: { id: 'bot' }, sink: ledger });
    const vault = createVault({ store: memoryVaultStore(), masterKey: randomBytes(32), auditor });
    await vault.store({ ref: 'evt:1/content.input', subjects: ['actor:u-1'], plaintext: 'hello', type: 'FIELD' });
    await vault.store({ ref: 'evt:2/content.input', subjects: ['actor:u-1', '[EMAIL:psn_aaaaaa_bbbbbbbbbbbbbbbbbbbbbbbb]'], plaintext: 'x', type: 'FIELD' });
    const capability = vault.grant({ requester: 'dpo', actions: ['reveal', 'erase'] });
    expect((await vault.erase('actor:u-1', { reason: 'request 9', requester: 'dpo', capability })).records).toBe(2);
    await expect(vault.reveal('evt:1/content.input', { reason: 'r', requester: 'dpo', capability })).rejects.toBeInstanceOf(VaultError);
    await expect(vault.store({ ref: 'evt:3/content.input', subjects: ['actor:u-1'], plaintext: 'again', type: 'FIELD' })).rejects.toMatchObject({ code: 'vault_subject_erased' });
    await expect(vault.reveal('nothing', { reason: 'r', requester: 'dpo', capability })).rejects.toMatchObject({ code: 'vault_not_found' });
    await auditor.close();
    expect(ledger.events().filter((e) => e.type === 'vault.erase')).toHaveLength(1);
  });

  it('capabilities expire, are scoped, cannot be forged, and a vault without an auditor reveals nothing', async () => {
    let now = new Date('2026-01-01T00:00:00Z');
    const ledger = memoryLedger();
    const auditor = createAuditor({ agent: { id: 'bot' }, sink: ledger });
    const masterKey = createKeyring([randomBytes(32)]);
    const store = memoryVaultStore();
    const vault = createVault({ store, masterKey, auditor, now: () => now });
    await vault.store({ ref: '[EMAIL:psn_aaaaaa_bbbbbbbbbbbbbbbbbbbbbbbb]', subjects: ['[EMAIL:psn_aaaaaa_bbbbbbbbbbbbbbbbbbbbbbbb]'], plaintext: 'a@b.example', type: 'EMAIL' });
    const scoped = vault.grant({ requester: 'dpo', ttlMs: 60_000, scope: ['[PHONE:*'] });
    await expect(vault.reveal('[EMAIL:psn_aaaaaa_bbbbbbbbbbbbbbbbbbbbbbbb]', { reason: 'r', requester: 'dpo', capability: scoped })).rejects.toThrow(/scope/);
    const capability = vault.grant({ requester: 'dpo', ttlMs: 60_000 });
    const [prefix, kid, payload, mac] = capability.split('.');
    const forged = `${prefix}.${kid}.${Buffer.from(JSON.stringify({ requester: 'eve', actions: ['reveal'], exp: Date.now() * 2 })).toString('base64url')}.${mac}`;
    await expect(vault.reveal('[EMAIL:psn_aaaaaa_bbbbbbbbbbbbbbbbbbbbbbbb]', { reason: 'r', requester: 'eve', capability: forged })).rejects.toThrow(/signature/);
    // The forgery swapped a genuine payload (dpo's) for eve's under the same MAC.
    expect(JSON.parse(Buffer.from(payload as string, 'base64url').toString('utf8'))).toMatchObject({ requester: 'dpo' });
    await expect(vault.reveal('[EMAIL:psn_aaaaaa_bbbbbbbbbbbbbbbbbbbbbbbb]', { reason: '', requester: 'dpo', capability })).rejects.toThrow(/reason is required/);
    expect((await vault.reveal('[EMAIL:psn_aaaaaa_bbbbbbbbbbbbbbbbbbbbbbbb]', { reason: 'r', requester: 'dpo', capability })).plaintext).toBe('a@b.example');
    now = new Date(now.getTime() + 61_000);
    await expect(vault.reveal('[EMAIL:psn_aaaaaa_bbbbbbbbbbbbbbbbbbbbbbbb]', { reason: 'r', requester: 'dpo', capability })).rejects.toThrow(/expired/);
    // Another vault on the same store without an auditor cannot reveal.
    const silent = createVault({ store, masterKey });
    await expect(silent.reveal('[EMAIL:psn_aaaaaa_bbbbbbbbbbbbbbbbbbbbbbbb]', { reason: 'r', requester: 'dpo', capability: silent.grant({ requester: 'dpo' }) })).rejects.toMatchObject({ code: 'vault_unaudited' });
    // A failing ledger means no reveal: the plaintext is never handed out unrecorded.
    ledger.failWith(new Error('disk full'));
    const failing = createVault({ store, masterKey, auditor: { recordDurable: () => Promise.reject(new Error('disk full')) } });
    await expect(failing.reveal('[EMAIL:psn_aaaaaa_bbbbbbbbbbbbbbbbbbbbbbbb]', { reason: 'r', requester: 'dpo', capability: failing.grant({ requester: 'dpo' }) })).rejects.toMatchObject({ code: 'vault_unaudited' });
    ledger.failWith(undefined);
    await auditor.close();
  });

  it('rotating the master key re-wraps subject keys; a wrong master key cannot read anything', async () => {
    const store = memoryVaultStore();
    const first = randomBytes(32);
    const auditor = { recordDurable: async () => ({}) };
    const vault = createVault({ store, masterKey: createKeyring([first]), auditor });
    await vault.store({ ref: 'r1', subjects: ['s1'], plaintext: 'one', type: 'FIELD' });
    const rotatedKeys = createKeyring([first, randomBytes(32)]);
    const rotated = createVault({ store, masterKey: rotatedKeys, auditor });
    expect(await rotated.rewrap()).toBe(1);
    const [subject] = await store.listSubjects();
    expect(subject?.key?.masterKeyId).toBe(rotatedKeys.activeId);
    expect(subject?.key?.masterKeyId).not.toBe(createKeyring([first]).activeId);
    expect((await rotated.reveal('r1', { reason: 'r', requester: 'a', capability: rotated.grant({ requester: 'a' }) })).plaintext).toBe('one');
    const stranger = createVault({ store, masterKey: createKeyring([randomBytes(32)]), auditor });
    await expect(stranger.reveal('r1', { reason: 'r', requester: 'a', capability: stranger.grant({ requester: 'a' }) })).rejects.toBeInstanceOf(VaultError);
  });
});
