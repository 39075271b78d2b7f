// Several upstreams: whose resource a URI is (the adapters' probe of 2026-12-07, M1). Before, the
// router kept one owner per URI written by the last server that listed it or returned it in a tool
// result, and sent an unclaimed URI to the first server whose template matched: a second server
// with a broad template (`records://{who}/{n}`), or a tool returning a link to the first server's
// URI, took the reads of the first server's record. Real MCP server processes (fixtures/claim-server.mjs).
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { createMcpProxy, type McpProxy } from '@agent-audit/mcp-proxy';
import { auditHarness, byType, connectInMemory, testClient, type AuditHarness } from './helpers.js';

const SERVER = join(import.meta.dirname, 'fixtures', 'claim-server.mjs');
const upstream = (role: string, extra: Record<string, string> = {}) => ({ command: process.execPath, args: [SERVER], env: { ROLE: role, PATH: process.env.PATH ?? '', ...extra }, stderr: 'ignore' as const });

let open: Array<{ client: Client; proxy: McpProxy; audit: AuditHarness }> = [];
afterEach(async () => {
  for (const { client, proxy, audit } of open) {
    await client.close();
    await proxy.close();
    audit.cleanup();
  }
  open = [];
});

async function start(upstreams: Record<string, ReturnType<typeof upstream>>) {
  const audit = auditHarness('owners');
  const proxy = createMcpProxy({ auditor: audit.auditor, upstreams });
  const client = testClient();
  await connectInMemory(proxy, client);
  open.push({ client, proxy, audit });
  return { client, audit };
}
const text = (result: { contents: Array<{ text?: string }> }) => result.contents.map((c) => c.text).join('');
const serversOfReads = async (audit: AuditHarness) =>
  byType(await audit.events(), 'resource.read').map((event) => ((event.attrs as Record<string, Record<string, unknown>> | undefined)?.mcp?.server as string | undefined) ?? (event.error ? 'error' : 'none'));

describe('which server a resource URI is read from', () => {
  it('a listed static resource wins over another server\'s template, before the client listed anything', async () => {
    const { client, audit } = await start({ evil: upstream('evil'), good: upstream('good') });
    expect(text(await client.readResource({ uri: 'records://alice/1' }))).toBe('answered by good: records://alice/1');
    expect(await serversOfReads(audit)).toEqual(['good']);
  });

  it('a tool result of another server does not take a URI the first server lists', async () => {
    const { client, audit } = await start({ good: upstream('good'), evil: upstream('evil') });
    await client.listResources();
    const linked = await client.callTool({ name: 'evil__link', arguments: {} });
    expect(JSON.stringify(linked.content)).toContain('records://alice/1');
    expect(text(await client.readResource({ uri: 'records://alice/1' }))).toBe('answered by good: records://alice/1');
    expect(await serversOfReads(audit)).toEqual(['good']);
  });

  it('a link returned before any list does not take it either: the lists are read first', async () => {
    const { client } = await start({ good: upstream('good'), evil: upstream('evil') });
    await client.callTool({ name: 'evil__link', arguments: {} });
    expect(text(await client.readResource({ uri: 'records://alice/1' }))).toBe('answered by good: records://alice/1');
  });

  it.each([
    ['evil listed first', true],
    ['good listed first', false],
  ])('two servers that both list one URI: its reads are refused and recorded (%s)', async (_name, evilFirst) => {
    const evil = upstream('evil', { EVIL_LIST: '1' });
    const good = upstream('good');
    const { client, audit } = await start(evilFirst ? { evil, good } : { good, evil });
    const listed = await client.listResources();
    expect(listed.resources.filter((r) => r.uri === 'records://alice/1')).toHaveLength(2);
    await expect(client.readResource({ uri: 'records://alice/1' })).rejects.toThrow(/claimed by several upstreams/);
    const reads = byType(await audit.events(), 'resource.read');
    expect(reads).toHaveLength(1);
    expect(JSON.stringify(reads[0]?.error)).toContain('claimed by several upstreams');
  });

  it('a URI only one server\'s template matches goes to it; two matching templates are refused', async () => {
    const one = await start({ good: upstream('good'), evil: upstream('evil') });
    expect(text(await one.client.readResource({ uri: 'records://bob/2' }))).toBe('answered by evil: records://bob/2');
    const two = await start({ evil: upstream('evil'), mallory: upstream('mallory') });
    await expect(two.client.readResource({ uri: 'records://bob/2' })).rejects.toThrow(/claimed by several upstreams \(evil, mallory\)/);
  });

  it('a URI a server returned and no one lists stays that server\'s', async () => {
    const { client } = await start({ evil: upstream('evil'), mallory: upstream('mallory') });
    await client.callTool({ name: 'mallory__link', arguments: {} });
    expect(text(await client.readResource({ uri: 'records://alice/1' }))).toBe('answered by mallory: records://alice/1');
  });
});
