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
