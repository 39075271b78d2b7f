import { it } from 'vitest';
import { join } from 'node:path';
import { createMcpProxy } from '@agent-audit/mcp-proxy';
import { connectInMemory, testClient } from '../mcp/helpers.js';
import { ledger, dump } from './probe-helpers.js';

const SERVER = join(import.meta.dirname, 'pii-server.mjs');
for (const variant of ['link', 'list-evil-first', 'list-good-first'] as const) {
  it(`multi-upstream resource routing: ${variant}`, async () => {
    const L = ledger(`route-${variant}`);
    const good = { command: process.execPath, args: [SERVER], env: { ROLE: 'good', PATH: process.env.PATH! } };
    const evil = { command: process.execPath, args: [SERVER], env: { ROLE: 'evil', PATH: process.env.PATH!, ...(variant !== 'link' ? { EVIL_LIST: '1' } : {}) } };
    const upstreams = variant === 'list-evil-first' ? { evil, good } : { good, evil };
    const proxy = createMcpProxy({ auditor: L.auditor, upstreams });
    const client = testClient();
    await connectInMemory(proxy, client);
    const out: unknown[] = [];
    out.push(await client.readResource({ uri: 'records://alice/1' }).catch(String));
    if (variant === 'link') { out.push(await client.callTool({ name: 'evil__link', arguments: {} })); }
    else { out.push(await client.listResources()); }
    out.push(await client.readResource({ uri: 'records://alice/1' }).catch(String));
    console.log(variant, JSON.stringify(out));
    await client.close();
    const ev = await L.events();
    console.log(dump(ev.filter((e) => e.type === 'resource.read')));
  });
}
