import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';

// @agent-audit/nats is an optional peer dependency of the CLI: simulate an install without it.
vi.mock('../../packages/cli/src/optional.js', async (original) => ({
  ...(await original<typeof import('../../packages/cli/src/optional.js')>()),
  importNats: () =>
    Promise.reject(Object.assign(new Error("Cannot find package '@agent-audit/nats' imported from agent-audit"), { code: 'ERR_MODULE_NOT_FOUND' })),
}));

describe('agent-audit watch nats://… without @agent-audit/nats', () => {
  it('says to install @agent-audit/nats (Node >= 22) and exits 2', async () => {
    const { watchCommand } = await import('../../packages/cli/src/commands/watch.js');
    let err = '';
    let out = '';
    const stderr = new Writable({ write: (chunk, _enc, done) => { err += String(chunk); done(); } });
    const stdout = new Writable({ write: (chunk, _enc, done) => { out += String(chunk); done(); } });
    const code = await watchCommand(['nats://127.0.0.1:4222', '--once', '--no-record'], { stdout, stderr, stdin: new PassThrough(), env: {} });
    expect(err).toContain('npm install @agent-audit/nats');
    expect(err).toContain('Node >= 22');
    expect(out).toBe('');
    expect(code).toBe(2);
  });
});
