import { it } from 'vitest';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { createMcpProxy } from '@agent-audit/mcp-proxy';
import { connectInMemory, testClient, freePort } from '../mcp/helpers.js';
import { EMAIL, KEY, PII, PATIENT, ledger, leaks, rawGrep, dump } from './probe-helpers.js';

const SERVER = join(import.meta.dirname, 'pii-server.mjs');

async function drive(client: Client) {
  const out: Record<string, unknown> = {};
  const t = async (k: string, f: () => Promise<unknown>) => { try { out[k] = await f(); } catch (e) { out[k] = `THROW ${String(e)}`; } };
  client.setNotificationHandler((await import('@modelcontextprotocol/sdk/types.js')).LoggingMessageNotificationSchema, async (n) => { out.log = n.params; });
  await t('setLevel', () => client.setLoggingLevel('debug'));
  await t('lookup', () => client.callTool({ name: 'lookup', arguments: { q: PII }, _meta: { apiKey: KEY, patient: PII } }, undefined, { onprogress: (p) => { out.progress = p; } }));
  await t('unknown', () => client.callTool({ name: 'Patient: John Smith', arguments: { q: PII } }));
  await t('unknown2', () => client.callTool({ name: `lookup_John_Smith_${EMAIL}`, arguments: {} }));
  await t('fail', () => client.callTool({ name: 'fail', arguments: { q: PII } }));
  await t('toolerr', () => client.callTool({ name: 'toolerr', arguments: { q: PII } }));
  await t('sample', () => client.callTool({ name: 'sample', arguments: {} }));
  await t('elicit', () => client.callTool({ name: 'elicit', arguments: {} }));
  await t('templates', () => client.listResourceTemplates());
  await t('resources', () => client.listResources());
  await t('read', () => client.readResource({ uri: `patient://John Smith/record?token=${KEY}&e=${EMAIL}` }));
  await t('readBad', () => client.readResource({ uri: `nothere://${EMAIL}/${KEY}` }));
  await t('prompt', () => client.getPrompt({ name: 'triage', arguments: { patient: PII } }));
  await t('promptBad', () => client.getPrompt({ name: `nope ${EMAIL}`, arguments: { patient: PII } }));
  await t('complete', () => client.complete({ ref: { type: 'ref/prompt', name: 'triage' }, argument: { name: 'patient', value: PII } }));
  const ac = new AbortController();
  const p = client.callTool({ name: 'sample', arguments: {} }, undefined, { signal: ac.signal });
  ac.abort(`user stop ${PII}`);
  await t('cancel', () => p);
  return out;
}

it('mcp proxy in-process: server pushes, errors, resources, prompts, sampling, elicitation', async () => {
  const L = ledger('mcp');
  const proxy = createMcpProxy({ auditor: L.auditor, upstreams: { pii: { command: process.execPath, args: [SERVER] } } });
  const seen = { sampling: [] as unknown[], elicitation: [] as unknown[], roots: 0 };
  const client = testClient(seen);
  await connectInMemory(proxy, client);
  const out = await drive(client);
  console.log('CLIENT SAW', JSON.stringify(out).slice(0, 3000));
  await client.close();
  await new Promise((r) => setTimeout(r, 500));
  await proxy.close?.();
  const ev = await L.events();
  console.log(dump(ev));
  console.log('LEAKS\n' + leaks(ev).join('\n'));
  console.log('RAW', rawGrep(L.dir), 'errors', L.errors.map(String));
  console.log('VERIFY', JSON.stringify(await L.verify()).slice(0, 100));
});

it('mcp proxy over HTTP: headers, tokens, cookies', async () => {
  const L = ledger('mcphttp');
  const proxy = createMcpProxy({ auditor: L.auditor, upstreams: { pii: { command: process.execPath, args: [SERVER] } } });
  const port = await freePort();
  const TOKEN = 'Zx8Qm2Lr7Vb4Nc9Kp3Ws6Ty1';
  const http = await proxy.listen({ port, tokens: [{ subject: 'ops', token: TOKEN }, { subject: EMAIL, token: 'Qw3Er5Ty7Ui9Op1As2Df4Gh6' }] });
  for (const tok of [TOKEN, 'Qw3Er5Ty7Ui9Op1As2Df4Gh6']) {
    const client = new Client({ name: `agent of John Smith ${EMAIL}`, version: KEY }, { capabilities: {} });
    const transport = new StreamableHTTPClientTransport(new URL(`http://127.0.0.1:${port}/mcp`), { requestInit: { headers: { Authorization: `Bearer ${tok}`, Cookie: `sid=${KEY}`, 'X-Patient': PATIENT, traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' } } });
    await client.connect(transport);
    await client.callTool({ name: 'lookup', arguments: { q: 'x' } });
    await client.callTool({ name: 'lookup', arguments: { q: 'y' }, _meta: { traceparent: `00-${'a'.repeat(32)}-${'b'.repeat(16)}-01 ${EMAIL}` } });
    await transport.terminateSession?.();
    await client.close();
  }
  await (http as { close(): Promise<void> }).close();
  const ev = await L.events();
  console.log(dump(ev));
  console.log('LEAKS\n' + leaks(ev).join('\n'));
  console.log('TOKENS', JSON.stringify(ev).includes(TOKEN), JSON.stringify(ev).includes('Qw3Er5'));
  console.log('RAW', rawGrep(L.dir), 'errors', L.errors.map(String));
  console.log('VERIFY', JSON.stringify(await L.verify()).slice(0, 100));
});
