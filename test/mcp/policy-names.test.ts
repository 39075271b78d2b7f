import { afterEach, describe, expect, it } from 'vitest';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { createMcpProxy, type McpProxy, type ToolPolicy } from '@agent-audit/mcp-proxy';
import { auditHarness, byType, connectInMemory, EVERYTHING, testClient, type AuditHarness } from './helpers.js';

// Probe 2026-12-06 F7: with one upstream the proxy is transparent (`get-env` on the wire), and a
// policy written in the documented `<server>__<tool>` form let the call through as policy.allow.
// Both forms name the tool whatever the wire shows; an entry that names no configured server is
// refused at start.
describe('policy names against a real server, one upstream or two', () => {
  let audit: AuditHarness | undefined;
  let proxy: McpProxy | undefined;
  let client: Client | undefined;
  afterEach(async () => {
    await client?.close();
    await proxy?.close();
    audit?.cleanup();
    client = proxy = audit = undefined;
  });

  async function start(servers: string[], policy: ToolPolicy): Promise<Client> {
    audit = auditHarness('policy-names');
    const upstreams = Object.fromEntries(servers.map((name) => [name, { command: process.execPath, args: [EVERYTHING, 'stdio'], stderr: 'ignore' as const }]));
    proxy = createMcpProxy({ auditor: audit.auditor, upstreams, policy });
    client = testClient();
    await connectInMemory(proxy, client);
    return client;
  }
  const text = (result: { content?: unknown }) => (result.content as Array<{ text: string }>)[0]!.text;

  it('one upstream: "everything__get-env" denies get-env, echo still runs', async () => {
    const c = await start(['everything'], { deny: ['everything__get-env'] });
    const { tools } = await c.listTools();
    expect(tools.map((t) => t.name)).toContain('get-env');
    const env = await c.callTool({ name: 'get-env', arguments: {} });
    expect(env.isError).toBe(true);
    expect(text(env)).toContain('Denied by audit policy (deny:everything__get-env)');
    expect(text(await c.callTool({ name: 'echo', arguments: { message: 'hi' } }))).toBe('Echo: hi');
    const events = await audit!.events();
    expect(byType(events, 'policy.deny').map((e) => e.tool?.name)).toEqual(['get-env']);
    expect(byType(events, 'policy.allow').map((e) => e.tool?.name)).toEqual(['echo']);
    expect(byType(events, 'tool.result').map((e) => e.tool?.name)).toEqual(['echo']);
  });

  it('two upstreams: a bare "get-env" denies it on every server', async () => {
    const c = await start(['a', 'b'], { deny: ['get-env'] });
    expect(text(await c.callTool({ name: 'a__get-env', arguments: {} }))).toContain('Denied by audit policy (deny:get-env)');
    expect(text(await c.callTool({ name: 'b__get-env', arguments: {} }))).toContain('Denied by audit policy (deny:get-env)');
    expect(text(await c.callTool({ name: 'b__echo', arguments: { message: 'x' } }))).toBe('Echo: x');
  });

  it('refuses to start with an entry for a server that is not configured', () => {
    audit = auditHarness('policy-names');
    expect(() => createMcpProxy({ auditor: audit!.auditor, upstreams: { fw: { command: process.execPath, args: [EVERYTHING, 'stdio'] } }, policy: { deny: ['everything__get-env'] } }))
      .toThrow(/^createMcpProxy: policy\.deny\[0\] "everything__get-env" names server "everything", which is not configured \(servers: fw\)/);
  });
});

// Re-check G of the read-side probe: an entry naming a configured server but no tool of it
// (`everything__get_env` for `get-env`) was accepted silently, and the tool ran. It is warned of
// once the servers have listed their tools, with the close names; not refused, since a server
// may add a tool later (docs/adapters/mcp-proxy.md, Policy).
describe('a policy entry that matches no listed tool is warned of, with close names', () => {
  let audit: AuditHarness | undefined;
  let proxy: McpProxy | undefined;
  let client: Client | undefined;
  afterEach(async () => {
    await client?.close();
    await proxy?.close();
    audit?.cleanup();
    client = proxy = audit = undefined;
  });

  async function warningsFor(servers: string[], policy: ToolPolicy, lists = 1): Promise<string[]> {
    const warnings: string[] = [];
    audit = auditHarness('policy-unmatched');
    const upstreams = Object.fromEntries(servers.map((name) => [name, { command: process.execPath, args: [EVERYTHING, 'stdio'], stderr: 'ignore' as const }]));
    proxy = createMcpProxy({ auditor: audit.auditor, upstreams, policy, onWarning: (message) => warnings.push(message) });
    client = testClient();
    await connectInMemory(proxy, client);
    for (let i = 0; i < lists; i++) await client.listTools();
    return warnings;
  }

  it('one upstream: a deny typo is said once (two listings), naming the entry and the close tool', async () => {
    const warnings = await warningsFor(['everything'], { deny: ['everything__get_env'] }, 2);
    expect(warnings).toEqual(['policy.deny[0] "everything__get_env" matches no tool the servers list, so it does nothing; did you mean "everything__get-env"?']);
  });

  it('held-back variants: a bare name, an allow entry, a rule\'s tool, two upstreams', async () => {
    expect(await warningsFor(['everything'], { deny: ['get_env'] })).toEqual(['policy.deny[0] "get_env" matches no tool the servers list, so it does nothing; did you mean "get-env"?']);
    await client?.close();
    await proxy?.close();
    const allow = await warningsFor(['everything'], { allow: ['everything__echo', 'everything__ecko'] });
    expect(allow).toHaveLength(1);
    expect(allow[0]).toMatch(/^policy\.allow\[1\] "everything__ecko" matches no tool .*did you mean "everything__echo"\?$/);
    await client?.close();
    await proxy?.close();
    const rule = await warningsFor(['everything'], { rules: [{ tool: 'everything__get-evn', argument: 'x', pattern: 'y' }] });
    expect(rule).toEqual(['policy.rules[0].tool "everything__get-evn" matches no tool the servers list, so it does nothing; did you mean "everything__get-env"?']);
    await client?.close();
    await proxy?.close();
    const two = await warningsFor(['a', 'b'], { deny: ['a__get_env', 'b__get-env'] });
    expect(two).toEqual(['policy.deny[0] "a__get_env" matches no tool the servers list, so it does nothing; did you mean "a__get-env"?']);
    await client?.close();
    await proxy?.close();
    const far = await warningsFor(['everything'], { deny: ['everything__format_disk'] });
    expect(far[0]).toMatch(/^policy\.deny\[0\] "everything__format_disk" matches no tool the servers list, so it does nothing; the tools listed: "everything__/);
  });

  it('look-alikes stay quiet: entries that match a listed tool in either form, and globs that do', async () => {
    const warnings = await warningsFor(['everything'], {
      deny: ['everything__get-env', 'get-env', 'everything__*-env'],
      allow: ['everything__*', 'echo'],
      rules: [{ tool: 'everything__echo', argument: 'message', pattern: '.*' }],
    });
    expect(warnings).toEqual([]);
    await client?.close();
    await proxy?.close();
    expect(await warningsFor(['a', 'b'], { deny: ['get-env', 'a__echo', '*__get-env'] })).toEqual([]);
  });
});
