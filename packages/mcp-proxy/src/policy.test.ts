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

  it('rejects malformed policies up front', () => {
    expect(() => validateToolPolicy({ rules: [{ tool: 'x', argument: 'a' }] })).toThrow(/none of allow, deny, pattern/);
    expect(() => validateToolPolicy({ rules: [{ tool: 'x', argument: 'a', pattern: '(' }] })).toThrow(/not a valid regular expression/);
    expect(() => validateToolPolicy({ deny: 'x' as unknown as string[] })).toThrow(/array/);
  });
});
