import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { createMcpProxy, type McpProxy } from '@agent-audit/mcp-proxy';
import { auditHarness, byType, connectInMemory, danglingParents, EVERYTHING, FILESYSTEM, MEMORY, testClient, type AuditHarness } from './helpers.js';

describe('several published servers behind one proxy, with a policy', () => {
  let audit: AuditHarness;
  let proxy: McpProxy;
  let client: Client;
  let directMemory: Client;
  const work = mkdtempSync(join(tmpdir(), 'mcp-proxy-fs-'));
  const seen = { sampling: [] as unknown[], elicitation: [] as unknown[], roots: 0 };
  const memory = { command: process.execPath, args: [MEMORY], env: { MEMORY_FILE_PATH: join(work, 'memory.jsonl') }, stderr: 'ignore' as const };

  beforeAll(async () => {
    writeFileSync(join(work, 'notes.txt'), 'quarterly numbers\n');
    writeFileSync(join(work, '.env'), 'DB_PASSWORD=hunter2\n');
    audit = auditHarness('multi');
    proxy = createMcpProxy({
      auditor: audit.auditor,
      upstreams: {
        everything: { command: process.execPath, args: [EVERYTHING, 'stdio'], stderr: 'ignore' },
        memory,
        filesystem: { command: process.execPath, args: [FILESYSTEM, work], stderr: 'ignore' },
      },
      policy: {
        deny: ['everything__get-env', '*__delete_*'],
        rules: [{ tool: 'filesystem__*', argument: 'path', kind: 'path', allow: [`${work}/**`], deny: ['**/.env'], name: 'work-folder-only' }],
      },
    });
    client = testClient(seen);
    await connectInMemory(proxy, client);
    directMemory = new Client({ name: 'direct', version: '1' });
    await directMemory.connect(new StdioClientTransport({ ...memory, env: { MEMORY_FILE_PATH: join(work, 'direct-memory.jsonl') } }));
  });

  afterAll(async () => {
    await client?.close();
    await directMemory?.close();
    await proxy?.close();
    audit?.cleanup();
    rmSync(work, { recursive: true, force: true });
  });

  it('merges capabilities and presents itself as the proxy', () => {
    expect(client.getServerVersion()?.name).toBe('agent-audit-mcp-proxy');
    const capabilities = client.getServerCapabilities()!;
    expect(capabilities.tools).toEqual({ listChanged: true });
    expect(capabilities.resources).toEqual({ listChanged: true, subscribe: true });
    expect(capabilities.prompts).toEqual({ listChanged: true });
    expect(client.getInstructions()).toContain('<server>__<name>');
  });

  it('namespaces tools and prompts and keeps their definitions', async () => {
    const { tools } = await client.listTools();
    const names = tools.map((t) => t.name);
    expect(names).toContain('everything__echo');
    expect(names).toContain('filesystem__read_text_file');
    const direct = await directMemory.listTools();
    const proxiedMemory = tools.filter((t) => t.name.startsWith('memory__')).map((t) => ({ ...t, name: t.name.slice('memory__'.length) }));
    expect(proxiedMemory).toEqual(direct.tools);
    const { prompts } = await client.listPrompts();
    expect(prompts.map((p) => p.name)).toContain('everything__args-prompt');
    const prompt = await client.getPrompt({ name: 'everything__args-prompt', arguments: { city: 'Oslo' } });
    expect(JSON.stringify(prompt.messages)).toContain('Oslo');
    const completion = await client.complete({ ref: { type: 'ref/prompt', name: 'everything__completable-prompt' }, argument: { name: 'department', value: 'E' } });
    expect(completion.completion.values).toContain('Engineering');
  });

  it('routes calls, resources and templates to the right server', async () => {
    const created = await client.callTool({ name: 'memory__create_entities', arguments: { entities: [{ name: 'Acme', entityType: 'company', observations: ['client since 2020'] }] } });
    expect(created.isError).toBeFalsy();
    const graph = await client.callTool({ name: 'memory__read_graph', arguments: {} });
    expect(JSON.stringify(graph)).toContain('client since 2020');
    const file = await client.callTool({ name: 'filesystem__read_text_file', arguments: { path: join(work, 'notes.txt') } });
    expect(file.content).toEqual([{ type: 'text', text: 'quarterly numbers\n' }]);
    const { resources } = await client.listResources();
    expect(resources.length).toBeGreaterThan(0);
    expect((await client.readResource({ uri: resources[0]!.uri })).contents[0]!.uri).toBe(resources[0]!.uri);
    expect((await client.readResource({ uri: 'demo://resource/dynamic/text/2' })).contents[0]!.uri).toBe('demo://resource/dynamic/text/2');
    await expect(client.readResource({ uri: 'nowhere://x' })).rejects.toMatchObject({ code: -32002 });
    await expect(client.callTool({ name: 'nosuchserver__tool', arguments: {} })).rejects.toMatchObject({ code: -32602 });
    await expect(client.ping()).resolves.toEqual({});
    await expect(client.setLoggingLevel('error')).resolves.toEqual({});
    expect(seen.roots).toBeGreaterThan(0); // filesystem asked this client for its roots through the proxy
  });

  it('denies by tool glob and by argument rule with a tool error the client can show', async () => {
    const env = await client.callTool({ name: 'everything__get-env', arguments: {} });
    expect(env.isError).toBe(true);
    expect((env.content as Array<{ text: string }>)[0]!.text).toContain('Denied by audit policy (deny:everything__get-env)');
    const outside = await client.callTool({ name: 'filesystem__read_text_file', arguments: { path: '/etc/passwd' } });
    expect(outside.isError).toBe(true);
    expect((outside.content as Array<{ text: string }>)[0]!.text).toContain('work-folder-only');
    const sneaky = await client.callTool({ name: 'filesystem__read_text_file', arguments: { path: `${work}/../../etc/passwd` } });
    expect(sneaky.isError).toBe(true);
    const deleted = await client.callTool({ name: 'memory__delete_entities', arguments: { entityNames: ['Acme'] } });
    expect(deleted.isError).toBe(true);
    const graph = await client.callTool({ name: 'memory__read_graph', arguments: {} });
    expect(JSON.stringify(graph)).toContain('Acme');
  });

  it('records policy decisions and calls with their server', async () => {
    const events = await audit.events();
    const denies = byType(events, 'policy.deny');
    expect(denies.map((e) => e.tool?.name).sort()).toEqual(['everything__get-env', 'filesystem__read_text_file', 'filesystem__read_text_file', 'memory__delete_entities']);
    expect(denies.every((e) => e.outcome === 'denied' && e.decision?.action === 'deny')).toBe(true);
    const ruleDeny = denies.find((e) => e.decision?.policy === 'work-folder-only')!;
    const deniedCall = byType(events, 'tool.call').find((e) => e.trace.spanId === ruleDeny.trace.spanId)!;
    expect(deniedCall.outcome).toBe('denied');
    expect(byType(events, 'tool.result').some((e) => e.trace.spanId === ruleDeny.trace.spanId)).toBe(false);
    const allows = byType(events, 'policy.allow');
    expect(allows.map((e) => e.tool?.name)).toContain('memory__create_entities');
    const fsResult = byType(events, 'tool.result').find((e) => e.tool?.name === 'filesystem__read_text_file')!;
    expect(fsResult.tool?.server).toBe('filesystem');
    const start = byType(events, 'conversation.start')[0]!;
    expect(Object.keys((start.attrs?.mcp as { upstreams: object }).upstreams).sort()).toEqual(['everything', 'filesystem', 'memory']);
    expect(danglingParents(events)).toEqual([]);
    expect(byType(events, 'roots.list').length).toBeGreaterThan(0);
  });

  it('denies every spelling of a denied path that server-filesystem would open (issue 14: ".env/" was read)', async () => {
    const read = async (path: string) => {
      const result = await client.callTool({ name: 'filesystem__read_text_file', arguments: { path } });
      return { isError: result.isError === true, text: (result.content as Array<{ text: string }>)[0]!.text };
    };
    // The server resolves the spelling: an allowed file with a trailing slash or a detour is read.
    expect(await read(`${work}/notes.txt/`)).toEqual({ isError: false, text: 'quarterly numbers\n' });
    expect(await read(`${work}//sub/../notes.txt`)).toEqual({ isError: false, text: 'quarterly numbers\n' });
    for (const spelling of [`${work}/.env`, `${work}/.env/`, `${work}//.env`, `${work}/./.env`, `${work}/notes.txt/../.env`, `${work}/.env//`]) {
      const denied = await read(spelling);
      expect(denied.isError, spelling).toBe(true);
      expect(denied.text, spelling).toContain('Denied by audit policy (work-folder-only)');
      expect(denied.text, spelling).not.toContain('hunter2');
    }
  });
});
