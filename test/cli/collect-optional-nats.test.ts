import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';

// @agent-audit/nats is an optional peer dependency of the CLI: simulate an install without it.
vi.mock('../../packages/cli/src/optional.js', async (original) => ({
  ...(await original<typeof import('../../packages/cli/src/optional.js')>()),
  importNats: () =>
    Promise.reject(Object.assign(new Error("Cannot find package '@agent-audit/nats' imported from agent-audit"), { code: 'ERR_MODULE_NOT_FOUND' })),
}));

describe('agent-audit collect without @agent-audit/nats', () => {
  it('says to install @agent-audit/nats (Node >= 22) and exits 2', async () => {
    const { collectCommand } = await import('../../packages/cli/src/commands/collect.js');
    let err = '';
    const stderr = new Writable({ write: (chunk, _enc, done) => { err += String(chunk); done(); } });
    const stdout = new Writable({ write: (_chunk, _enc, done) => done() });
    const code = await collectCommand(['--from', 'nats://127.0.0.1:4222', '--to', 'postgres://127.0.0.1/audit', '--until-idle'], {
      stdout, stderr, stdin: new PassThrough(), env: {},
    });
    expect(err).toContain('npm install @agent-audit/nats');
    expect(err).toContain('Node >= 22');
    expect(code).toBe(2);
  });
});
