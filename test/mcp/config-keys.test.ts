import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createMcpProxy, parseMcpProxyConfig, validateToolPolicy, type McpProxy, type McpProxyOptions } from '@agent-audit/mcp-proxy';
import { auditHarness, EVERYTHING, type AuditHarness } from './helpers.js';

// Re-check of 2026-12-06 (README-only), row 1: a misspelt policy key (`denny`, `Deny`, a
// top-level `polcy`) was accepted silently and the tool it should deny ran; a rule's unknown key
// beside a valid one was dropped. Every object of the proxy's configuration now refuses keys it
// does not know, with core's rejectUnknownOptions ("did you mean"), naming the key's path.

const server = { command: 'node', args: ['server.js'] };
function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return `${(error as { code?: string }).code}: ${(error as Error).message}`;
  }
  return 'accepted';
}

describe('the config file refuses keys it does not know', () => {
  const file = (extra: Record<string, unknown>) => ({ mcpServers: { everything: server }, ...extra });
  it.each([
    // the re-check's inputs
    [{ policy: { denny: ['everything__get-env'] } }, 'config.policy: unknown key `policy.denny` (did you mean `deny`?)'],
    [{ policy: { Deny: ['everything__get-env'] } }, 'config.policy: unknown key `policy.Deny` (did you mean `deny`?)'],
    [{ polcy: { deny: ['everything__get-env'] } }, 'config: unknown key `polcy` (did you mean `policy`?)'],
    [{ policy: { rules: [{ tool: 'everything__*', argument: 'path', knd: 'path', pattern: '/srv/.*' }] } }, 'config.policy: unknown key `policy.rules[0].knd` (did you mean `kind`?)'],
    // held-back variants of the same kind: every other object of the file
    [{ policy: { alow: ['everything__echo'] } }, 'config.policy: unknown key `policy.alow` (did you mean `allow`?)'],
    [{ policy: { deny: [], rule: [] } }, 'config.policy: unknown key `policy.rule` (did you mean `rules`?)'],
    [{ policy: { rules: [{ tool: 'x', argument: 'a', deny: ['b'], nmae: 'n' }] } }, 'config.policy: unknown key `policy.rules[0].nmae` (did you mean `name`?)'],
    [{ policy: { rules: [{ tool: 'x', argument: 'a', allow: ['b'] }, { tool: 'y', argument: 'a', deny: ['b'], Pattern: '.' }] } }, 'config.policy: unknown key `policy.rules[1].Pattern` (did you mean `pattern`?)'],
    [{ http: { prot: 8931 } }, 'config: unknown key `http.prot` (did you mean `port`?)'],
    [{ http: { port: 1, tokens: [{ subject: 'ops', tokn: 'x'.repeat(20) }] } }, 'config: unknown key `http.tokens[0].tokn` (did you mean `token`?)'],
    [{ ledgr: '/tmp/x' }, 'config: unknown key `ledgr` (did you mean `ledger`?)'],
    [{ requestTimeoutMS: 5 }, 'config: unknown key `requestTimeoutMS` (did you mean `requestTimeoutMs`?)'],
    [{ colour: 'blue' }, 'config: unknown key `colour` (known: mcpServers, policy, http, ledger, maxMessageBytes, requestTimeoutMs)'],
  ])('%j', (extra, message) => {
    expect(refusal(() => parseMcpProxyConfig(file(extra)))).toBe(`invalid_config: ${message}`);
  });

  it.each([
    [{ everything: { command: 'node', arsg: ['x'] } }, 'config: unknown key `mcpServers.everything.arsg` (did you mean `args`?)'],
    [{ everything: { command: 'node', disabled: true } }, 'config: unknown key `mcpServers.everything.disabled` (known: command, args, env, cwd, inheritEnv, stderr)'],
    [{ everything: { url: 'https://x.example/mcp', header: {} } }, 'config: unknown key `mcpServers.everything.header` (did you mean `headers`?)'],
    [{ everything: { url: 'https://x.example/mcp', command: 'node' } }, 'config: unknown key `mcpServers.everything.command` (a key of stdio upstreams; an upstream is one of stdio (command), Streamable HTTP (url) or transport)'],
  ])('servers: %j', (mcpServers, message) => {
    expect(refusal(() => parseMcpProxyConfig({ mcpServers }))).toBe(`invalid_config: ${message}`);
  });

  it('look-alikes stay accepted: the example file, the docs\' file and every key each object takes', () => {
    const example = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../examples/mcp-proxy.config.json'), 'utf8'));
    expect(refusal(() => parseMcpProxyConfig(example))).toBe('accepted');
    const every = {
      ledger: '/var/lib/agent-audit',
      mcpServers: {
        a: { command: 'npx', args: ['-y', 'x'], env: { A: '1' }, cwd: '/tmp', inheritEnv: true, stderr: 'ignore' },
        b: { url: 'https://tools.example.com/mcp', headers: { Authorization: 'Bearer x' }, type: 'http' },
      },
      policy: { allow: ['a__*'], deny: ['*__delete_*'], rules: [{ tool: 'a__*', argument: 'path', kind: 'path', allow: ['/srv/**'], deny: ['**/.env'], pattern: '/.*', name: 'n' }] },
      http: { port: 8931, host: '127.0.0.1', tokens: [{ subject: 'ops', token: 'x'.repeat(20) }], allowedHosts: ['h'], allowedOrigins: ['o'] },
      requestTimeoutMs: 300000,
      maxMessageBytes: 4194304,
    };
    expect(refusal(() => parseMcpProxyConfig(every))).toBe('accepted');
  });

  it('a rule\'s kind must be "path" or "string", and its allow/deny lists of strings', () => {
    expect(refusal(() => validateToolPolicy({ rules: [{ tool: 'x', argument: 'p', kind: 'paht' as 'path', deny: ['a'] }] }))).toBe('undefined: policy.rules[0].kind must be "path" or "string"');
    expect(refusal(() => validateToolPolicy({ rules: [{ tool: 'x', argument: 'p', deny: '**/.env' as unknown as string[] }] }))).toBe('undefined: policy.rules[0].deny must be an array of glob strings');
    expect(refusal(() => validateToolPolicy({ rules: [{ tool: 'x', argument: 'p', kind: 'string', deny: ['a'] }] }))).toBe('accepted');
  });
});

describe('createMcpProxy and listen refuse options they do not know', () => {
  let audit: AuditHarness | undefined;
  let proxy: McpProxy | undefined;
  afterEach(async () => {
    await proxy?.close();
    audit?.cleanup();
    proxy = audit = undefined;
  });
  const upstreams = { everything: { command: process.execPath, args: [EVERYTHING, 'stdio'], stderr: 'ignore' as const } };
  const create = (options: Record<string, unknown>) => () => {
    audit ??= auditHarness('config-keys');
    proxy = createMcpProxy({ auditor: audit.auditor, upstreams, ...options } as McpProxyOptions);
  };

  it.each([
    [{ policy: { denny: ['everything__get-env'] } }, 'createMcpProxy: unknown key `policy.denny` (did you mean `deny`?)'],
    [{ policy: { Deny: ['everything__get-env'] } }, 'createMcpProxy: unknown key `policy.Deny` (did you mean `deny`?)'],
    [{ polcy: { deny: ['everything__get-env'] } }, 'createMcpProxy: unknown key `polcy` (did you mean `policy`?)'],
    [{ polcy: undefined }, 'createMcpProxy: unknown key `polcy` (did you mean `policy`?)'],
    [{ upstreem: upstreams }, 'createMcpProxy: unknown key `upstreem` (did you mean `upstreams`?)'],
    [{ failclosed: true }, 'createMcpProxy: unknown key `failclosed` (did you mean `failClosed`?)'],
    [{ policy: { rules: [{ tool: 'everything__*', argument: 'path', knd: 'path', pattern: '.*' }] } }, 'createMcpProxy: unknown key `policy.rules[0].knd` (did you mean `kind`?)'],
    [{ policy: { pause: { agent: 'a', check: () => ({ paused: false }), agnet: 'b' } } }, 'createMcpProxy: unknown key `policy.pause.agnet` (did you mean `agent`?)'],
    [{ upstreams: { everything: { command: 'node', comand: 'x' } } }, 'createMcpProxy: unknown key `upstreams.everything.comand` (did you mean `command`?)'],
    [{ upstreams: { t: { transport: () => undefined, url: 'http://x' } } }, 'createMcpProxy: unknown key `upstreams.t.url` (a key of Streamable HTTP upstreams; an upstream is one of stdio (command), Streamable HTTP (url) or transport)'],
  ])('%j', (options, message) => {
    expect(refusal(create(options))).toBe(`invalid_config: ${message}`);
    expect(proxy).toBeUndefined();
  });

  it('look-alikes: every option it takes, a pause gate and a key set to undefined that it knows', () => {
    expect(refusal(create({ policy: { deny: ['everything__get-env'], pause: { agent: 'a', check: () => ({ paused: false }) } }, onWarning: () => {}, failClosed: true, maxMessageBytes: 1024, requestTimeoutMs: 1000 }))).toBe('accepted');
    expect(proxy).toBeDefined();
    expect(refusal(create({ policy: undefined }))).toBe('accepted');
  });

  it('listen refuses a misspelt option and a token\'s misspelt key before it binds', async () => {
    create({})();
    await expect(proxy!.listen({ prot: 0 } as never)).rejects.toMatchObject({ code: 'invalid_config', message: 'listen: unknown key `prot` (did you mean `port`?)' });
    await expect(proxy!.listen({ port: 0, tokens: [{ subject: 'ops', tokne: 'x'.repeat(20) }] } as never)).rejects.toMatchObject({ code: 'invalid_config', message: 'listen: unknown key `tokens[0].tokne` (did you mean `token`?)' });
    const server = await proxy!.listen({ port: 0, host: '127.0.0.1', maxSessions: 2, sessionIdleMs: 60_000, bodyTimeoutMs: 5_000 });
    expect(server.port).toBeGreaterThan(0);
  });
});

// Row 10: a brace glob naming a server that is not configured was only warned of after
// tools/list; each alternative of its braces is now checked as a literal entry is.
describe('a brace glob naming a server that is not configured is refused like a literal', () => {
  const servers = ['everything', 'memory'];
  it.each([
    ['{fs,memory}__x', 'fs'],
    ['{memory,fs}__*', 'fs'],
    ['{everything,memry}__get-env', 'memry'],
    ['{everything,mem{ory,o}}__x', 'memo'],
    ['x{a,b}__y', 'xa'],
  ])('%s', (glob, named) => {
    expect(refusal(() => validateToolPolicy({ deny: [glob] }, servers))).toMatch(new RegExp(`^undefined: policy\\.deny\\[0\\] "${glob.replace(/[{}*]/g, '\\$&')}" names server "${named}", which is not configured`));
    expect(refusal(() => validateToolPolicy({ rules: [{ tool: glob, argument: 'a', deny: ['b'] }] }, servers))).toMatch(/^undefined: policy\.rules\[0\]\.tool .* names server/);
  });

  it('a server name one edit away gets "did you mean"', () => {
    expect(refusal(() => validateToolPolicy({ deny: ['evrything__get-env'] }, servers))).toContain('did you mean "everything"?');
    expect(refusal(() => validateToolPolicy({ deny: ['{memory,evrything}__x'] }, servers))).toContain('names server "evrything", which is not configured (servers: everything, memory); did you mean "everything"?');
  });

  it.each(['{everything,memory}__get-env', '{everything,memory}__*', '*__delete_*', 'everything__{echo,get-env}', '{get-env,echo}', '{a}__b', '\\{fs,memory}__x'])('look-alike %s stays accepted', (glob) => {
    expect(refusal(() => validateToolPolicy({ deny: [glob] }, servers))).toBe('accepted');
  });
});

// Row H4's open part: an extglob's alternatives (`@(fs|memory)__x`) and a glob server part that
// matches no server (`evr*thing__x`) were only warned of after tools/list. Decided: refused at
// start, as a literal or brace entry is, since such an entry can match no tool of the servers
// configured (the proxy's servers are fixed at start; a tool may come later, a server may not).
describe('an extglob or wildcard server part that can match no configured server is refused', () => {
  const servers = ['everything', 'memory'];
  it.each([
    ['@(fs|memory)__x', 'names server "fs", which is not configured'],
    ['@(memory|evrything)__get-env', 'names server "evrything", which is not configured (servers: everything, memory); did you mean "everything"?'],
    ['x@(a|b)__y', 'names server "xa", which is not configured'],
    ['evr*thing__x', 'has server part "evr*thing", a glob that matches no configured server (servers: everything, memory)'],
    ['fs?__x', 'has server part "fs?", a glob that matches no configured server'],
    ['fs[0-9]__x', 'has server part "fs[0-9]", a glob that matches no configured server'],
    ['x{1..3}__y', 'has server part "x{1..3}", a glob that matches no configured server'],
    ['fs*+(z)__x', 'has server part "fs*+(z)", a glob that matches no configured server'],
  ])('%s', (glob, why) => {
    expect(refusal(() => validateToolPolicy({ deny: [glob] }, servers))).toContain(`undefined: policy.deny[0] ${JSON.stringify(glob)} ${why}`);
    expect(refusal(() => validateToolPolicy({ allow: [glob] }, servers))).toContain(`policy.allow[0] ${JSON.stringify(glob)} ${why}`);
    expect(refusal(() => validateToolPolicy({ rules: [{ tool: glob, argument: 'a', deny: ['b'] }] }, servers))).toContain(`policy.rules[0].tool ${JSON.stringify(glob)} ${why}`);
  });

  it.each([
    '@(everything|memory)__x', '@(everything|memory)__*', 'ev*__x', 'every*__x', '*ing__x', 'me[mn]ory__x', 'memor?__x', 'everything*__x',
    // Wildcards that can span the separator, or start with a glob character: not told apart here, accepted.
    'e*y__x', '?(fs)__x', '!(fs)__x', '+(everything)__x', '*(x)__y', '@(a|(b))__c',
  ])('look-alike %s stays accepted', (glob) => {
    expect(refusal(() => validateToolPolicy({ deny: [glob] }, servers))).toBe('accepted');
  });
});
