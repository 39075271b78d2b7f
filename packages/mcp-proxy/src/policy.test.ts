import { describe, expect, it } from 'vitest';
import { evaluateToolPolicy, globToRegExp, pathForms, validateToolPolicy } from './policy.js';

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

  it('the docs example: every spelling of a denied path that a server resolves to it is denied', () => {
    const read = (path: string) => evaluateToolPolicy(documented, 'files__read_file', { path });
    // The tester's rule with allow ['**'], so only the deny glob decides.
    const anywhere = { rules: [{ tool: 'files__*', argument: 'path', kind: 'path' as const, allow: ['**'], deny: ['**/.env'], name: 'no-env' }] };
    const readAnywhere = (path: string) => evaluateToolPolicy(anywhere, 'files__read_text_file', { path });
    const spellings = [
      '.env/', '.env//', '.env/.', './.env/', 'sub/.env/', 'sub//.env', './sub/./.env', 'a.txt/../.env', 'x/y/../../.env',
      '/srv/data/.env/', '/srv/data//.env', '//srv/data/.env', '/srv/data/./.env', '/srv/data/sub/../.env/',
      '\\.env', 'sub\\.env', 'sub\\..\\.env', '/srv/data\\.env', 'file:///srv/data/.env', 'file://localhost/srv/data/.env/', 'file:///srv/data/%2Eenv',
    ];
    for (const spelling of spellings) {
      expect(readAnywhere(spelling), spelling).toMatchObject({ allowed: false, policy: 'no-env' });
      expect(read(spelling.startsWith('/') || spelling.startsWith('file:') ? spelling : `/srv/data/${spelling}`).allowed, spelling).toBe(false);
    }
    // Still allowed: other files, and names that only start with .env.
    for (const fine of ['a.txt', 'sub/a.txt/', '.env.example', 'sub/.envrc', '/srv/data/%2Eenv', 'file:///srv/data/a.txt']) expect(readAnywhere(fine).allowed, fine).toBe(true);
    expect(read('/srv/data/report.csv/').allowed).toBe(true);
    expect(read('file:///srv/data/report.csv').allowed).toBe(true);
    // A backslash that a Windows server takes as a separator climbs out of the folder.
    expect(read('/srv/data/x\\..\\..\\etc\\passwd').allowed).toBe(false);
    expect(read('/srv/data/..\\secrets').allowed).toBe(false);
    expect(read('file://elsewhere/srv/data/a.txt').allowed).toBe(false);
  });

  it('resolves path arguments as a server does', () => {
    expect(pathForms('.env/')).toEqual(['.env']);
    expect(pathForms('a.txt/../.env')).toEqual(['.env']);
    expect(pathForms('//srv//data///a/')).toEqual(['/srv/data/a']);
    expect(pathForms('/')).toEqual(['/']);
    expect(pathForms('./')).toEqual(['.']);
    expect(pathForms('sub\\..\\.env')).toEqual(['sub\\..\\.env', '.env']);
    expect(pathForms('file:///srv/a%20b/c?x#y')).toEqual(['/srv/a b/c']);
    expect(pathForms('file:///bad%E0%A4')).toEqual(['/bad%E0%A4']);
    expect(pathForms('%2Eenv')).toEqual(['%2Eenv']);
  });

  it('resolves Windows-equivalent names (trailing dots and spaces, NTFS streams) and denies NUL', () => {
    expect(pathForms('/srv/data/.env.')).toEqual(['/srv/data/.env.', '/srv/data/.env']);
    expect(pathForms('/srv/data/.env ')).toEqual(['/srv/data/.env ', '/srv/data/.env']);
    expect(pathForms('/srv/data/.env::$DATA')).toEqual(['/srv/data/.env::$DATA', '/srv/data/.env']);
    expect(pathForms('C:/srv/.env:s:$DATA')).toEqual(['C:/srv/.env:s:$DATA', 'C:/srv/.env']);
    expect(pathForms('/srv/data/.. /etc')).toEqual(['/srv/data/.. /etc', '/srv/etc']);
    expect(pathForms('/srv/data/a.txt')).toEqual(['/srv/data/a.txt']);
    const policy = {
      rules: [
        { tool: 'read_file', argument: 'path', kind: 'path' as const, deny: ['**/.env'] },
        { tool: 'read_file', argument: 'path', kind: 'path' as const, allow: ['/srv/data/**'] },
      ],
    };
    const read = (path: string) => evaluateToolPolicy(policy, 'read_file', { path });
    for (const bad of ['/srv/data/.env.', '/srv/data/.env ', '/srv/data/.env. .', '/srv/data/.env::$DATA', '/srv/data/sub\\.env::$DATA', '/srv/data/.. /etc/passwd']) {
      expect(read(bad).allowed, bad).toBe(false);
    }
    const nul = read('/srv/data/.env\0');
    expect(nul.allowed).toBe(false);
    expect(nul.reason).toMatch(/NUL/);
    expect(read('/srv/data/a.txt\0.png').allowed).toBe(false);
    for (const fine of ['/srv/data/a.txt', '/srv/data/v1.2/notes', '/srv/data/.env.example']) expect(read(fine).allowed, fine).toBe(true);
  });

  it('keeps kind "string" values as written', () => {
    const policy = { rules: [{ tool: 't', argument: 'q', deny: ['*.env'], pattern: '[a-z./]+' }] };
    expect(evaluateToolPolicy(policy, 't', { q: '../x' }).allowed).toBe(true);
    expect(evaluateToolPolicy(policy, 't', { q: 'a.env' }).allowed).toBe(false);
    expect(evaluateToolPolicy(policy, 't', { q: 'b/./a.env' }).allowed).toBe(true);
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

// Probe 2026-12-06 F7: one upstream is transparent (names unprefixed on the wire), yet the
// documented form of a policy entry is `<server>__<tool>`; either form must name the tool.
describe('tool names in either form, with one upstream or several', () => {
  const fw = (name: string) => ({ server: 'fw', name });

  it('denies a tool by <server>__<name> when the client calls it unprefixed (one upstream)', () => {
    expect(evaluateToolPolicy({ deny: ['fw__get_env'] }, 'get_env', {}, fw('get_env'))).toMatchObject({ allowed: false, policy: 'deny:fw__get_env' });
    expect(evaluateToolPolicy({ deny: ['*__delete_*'] }, 'delete_entities', {}, fw('delete_entities')).allowed).toBe(false);
    expect(evaluateToolPolicy({ deny: ['fw__get_*'] }, 'get_secret', {}, fw('get_secret')).allowed).toBe(false);
    // Look-alikes stay allowed: another server's tool, another tool of this server.
    expect(evaluateToolPolicy({ deny: ['other__get_env'] }, 'get_env', {}, fw('get_env')).allowed).toBe(true);
    expect(evaluateToolPolicy({ deny: ['fw__get_env'] }, 'get_envelope', {}, fw('get_envelope')).allowed).toBe(true);
  });

  it('denies a tool by its own name when the client calls it prefixed (several upstreams)', () => {
    expect(evaluateToolPolicy({ deny: ['get_env'] }, 'fw__get_env', {}, fw('get_env'))).toMatchObject({ allowed: false, policy: 'deny:get_env' });
    expect(evaluateToolPolicy({ deny: ['get_env'] }, 'fw__get_environment', {}, fw('get_environment')).allowed).toBe(true);
  });

  it('allows by <server>__<name> with one upstream, but a bare name allows nothing with several', () => {
    expect(evaluateToolPolicy({ allow: ['fw__echo'] }, 'echo', {}, fw('echo')).allowed).toBe(true);
    expect(evaluateToolPolicy({ allow: ['fw__echo'] }, 'get_env', {}, fw('get_env')).allowed).toBe(false);
    expect(evaluateToolPolicy({ allow: ['echo'] }, 'echo', {}, fw('echo')).allowed).toBe(true);
    expect(evaluateToolPolicy({ allow: ['echo'] }, 'fw__echo', {}, fw('echo'))).toMatchObject({ allowed: false, policy: 'allow' });
  });

  it('applies argument rules written for <server>__* to the unprefixed tool', () => {
    const policy = { rules: [{ tool: 'files__*', argument: 'path', kind: 'path' as const, allow: ['/srv/data/**'] }] };
    const files = (name: string) => ({ server: 'files', name });
    expect(evaluateToolPolicy(policy, 'read_file', { path: '/etc/passwd' }, files('read_file')).allowed).toBe(false);
    expect(evaluateToolPolicy(policy, 'read_file', { path: '/srv/data/a.txt' }, files('read_file')).allowed).toBe(true);
    expect(evaluateToolPolicy(policy, 'read_file', { path: '/etc/passwd' }, fw('read_file')).allowed).toBe(true);
  });

  it('refuses at start an entry that can match no tool of the configured servers', () => {
    expect(() => validateToolPolicy({ deny: ['fw__get_env'] }, ['everything'])).toThrow(/policy\.deny\[0\] "fw__get_env" names server "fw", which is not configured \(servers: everything\)/);
    expect(() => validateToolPolicy({ allow: ['files__*'] }, ['fs', 'memory'])).toThrow(/policy\.allow\[0\].*server "files"/);
    expect(() => validateToolPolicy({ rules: [{ tool: 'file__read', argument: 'path', allow: ['/x'] }] }, ['files'])).toThrow(/policy\.rules\[0\]\.tool "file__read" names server "file"/);
    expect(() => validateToolPolicy({ allow: ['echo'] }, ['a', 'b'])).toThrow(/"a__echo" or "b__echo"/);
    // A brace alternative is checked as a literal (re-check 2026-12-06 row 10): `x` is no server.
    expect(() => validateToolPolicy({ deny: ['{fw,x}__y'] }, ['fw', 'other'])).toThrow(/policy\.deny\[0\] "\{fw,x\}__y" names server "x", which is not configured/);
    // Entries that can match: a configured server, a glob server part, braces of configured servers, a bare name (deny), a glob allow.
    expect(() => validateToolPolicy({ deny: ['fw__get_env', '*__delete_*', '{fw,other}__y', 'get_env'], allow: ['*echo*'] }, ['fw', 'other'])).not.toThrow();
    expect(() => validateToolPolicy({ allow: ['echo'] }, ['fw'])).not.toThrow();
    expect(() => validateToolPolicy({ deny: ['fw__get_env'] })).not.toThrow();
  });
});
