import { describe, expect, it } from 'vitest';
import { evaluateToolPolicy, globToRegExp, validateToolPolicy } from './policy.js';

describe('tool policy', () => {
  it('matches globs: * within a segment, ** across, ? one character', () => {
    expect(globToRegExp('fs__*').test('fs__read_file')).toBe(true);
    expect(globToRegExp('/srv/*').test('/srv/a/b')).toBe(false);
    expect(globToRegExp('/srv/**').test('/srv/a/b')).toBe(true);
    expect(globToRegExp('a?c').test('abc')).toBe(true);
    expect(globToRegExp('a.c').test('abc')).toBe(false);
  });

  it('applies deny, then allow, then argument rules', () => {
    const policy = { allow: ['fs__*', 'echo'], deny: ['fs__delete*'], rules: [{ tool: 'fs__*', argument: 'path', kind: 'path' as const, allow: ['/srv/**'], deny: ['**/.env'] }] };
    expect(evaluateToolPolicy(policy, 'fs__delete_file', { path: '/srv/x' })).toMatchObject({ allowed: false, policy: 'deny:fs__delete*' });
    expect(evaluateToolPolicy(policy, 'shell', {})).toMatchObject({ allowed: false, policy: 'allow' });
    expect(evaluateToolPolicy(policy, 'echo', {}).allowed).toBe(true);
    expect(evaluateToolPolicy(policy, 'fs__read', { path: '/srv/data/a.txt' }).allowed).toBe(true);
    expect(evaluateToolPolicy(policy, 'fs__read', { path: '/srv/../etc/passwd' }).allowed).toBe(false);
    expect(evaluateToolPolicy(policy, 'fs__read', { path: '../srv/a' }).reason).toContain('climbs out');
    expect(evaluateToolPolicy(policy, 'fs__read', { path: '/srv/app/.env' }).allowed).toBe(false);
    expect(evaluateToolPolicy(policy, 'fs__read', {}).allowed).toBe(false);
  });

  it('checks patterns on nested and non-string arguments', () => {
    const policy = { rules: [{ tool: 'pay', argument: 'payment.amount', pattern: '[0-9]{1,3}' }] };
    expect(evaluateToolPolicy(policy, 'pay', { payment: { amount: 250 } }).allowed).toBe(true);
    expect(evaluateToolPolicy(policy, 'pay', { payment: { amount: 2500 } }).allowed).toBe(false);
    expect(evaluateToolPolicy(policy, 'other', { payment: { amount: 2500 } }).allowed).toBe(true);
  });

  // The example policy of docs/adapters/mcp-proxy.md, as written there.
  const documented = {
    allow: ['files__*', 'memory__*', 'everything__echo'],
    deny: ['*__delete_*'],
    rules: [
      { tool: 'files__*', argument: 'path', kind: 'path' as const, allow: ['/srv/data/**'], deny: ['**/.env'], name: 'data-folder-only' },
      { tool: 'payments__refund', argument: 'amount', pattern: '[0-9]{1,3}(\\.[0-9]{2})?' },
    ],
  };

  it('the docs example: tool allow and deny lists', () => {
    validateToolPolicy(documented);
    expect(evaluateToolPolicy(documented, 'everything__echo', {}).allowed).toBe(true);
    expect(evaluateToolPolicy(documented, 'everything__get-env', {})).toMatchObject({ allowed: false, policy: 'allow' });
    expect(evaluateToolPolicy(documented, 'memory__delete_entities', {})).toMatchObject({ allowed: false, policy: 'deny:*__delete_*' });
    expect(evaluateToolPolicy(documented, 'memory__read_graph', {}).allowed).toBe(true);
  });

  it('the docs example: path rule, including a bare .env and dot files', () => {
    const read = (path: unknown) => evaluateToolPolicy(documented, 'files__read_file', { path });
    expect(read('/srv/data/report.csv').allowed).toBe(true);
    expect(read('/srv/data/nested/deeper/a.txt').allowed).toBe(true);
    expect(read('/srv/data/.cache/a').allowed).toBe(true);
    expect(read('/srv/data/.env')).toMatchObject({ allowed: false, policy: 'data-folder-only' });
    expect(read('/srv/data/app/.env').reason).toContain('denied pattern "**/.env"');
    expect(read('.env').reason).toContain('denied pattern "**/.env"');
    expect(read('./.env').reason).toContain('denied pattern "**/.env"');
    expect(read('/srv/data/x/../../secrets/a').allowed).toBe(false);
    expect(read('/srv/database/a').allowed).toBe(false);
    expect(read('/srv/data/.env.example').allowed).toBe(true);
    expect(read(undefined).allowed).toBe(false);
  });

  it('the docs example: amount pattern', () => {
    const refund = (amount: unknown) => evaluateToolPolicy({ ...documented, allow: undefined }, 'payments__refund', { amount }).allowed;
    expect(refund('120')).toBe(true);
    expect(refund('120.50')).toBe(true);
    expect(refund(99)).toBe(true);
    expect(refund('1200')).toBe(false);
    expect(refund('12.5')).toBe(false);
    expect(refund('12.50; DROP')).toBe(false);
  });

  it('rejects malformed policies up front', () => {
    expect(() => validateToolPolicy({ rules: [{ tool: 'x', argument: 'a' }] })).toThrow(/none of allow, deny, pattern/);
    expect(() => validateToolPolicy({ rules: [{ tool: 'x', argument: 'a', pattern: '(' }] })).toThrow(/not a valid regular expression/);
    expect(() => validateToolPolicy({ deny: 'x' as unknown as string[] })).toThrow(/array/);
  });
});
