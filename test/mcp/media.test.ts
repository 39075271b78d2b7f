// Media returned through the MCP proxy (from shared case 23): a screenshot tool answers with a
// 300 KB PNG, a WAV clip and a PDF blob resource. The ledger keeps type, size and digest, never
// the bytes nor a decodable prefix of them.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { createMcpProxy, type McpProxy } from '@agent-audit/mcp-proxy';
import { auditHarness, byType, connectInMemory, type AuditHarness } from './helpers.js';

const MEDIA_SERVER = resolve(import.meta.dirname, 'fixtures/media-server.mjs');
const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('media through the MCP proxy', () => {
  const work = mkdtempSync(join(tmpdir(), 'aa-mcp-media-'));
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(300_000)]);
  const wav = Buffer.concat([Buffer.from('RIFF'), randomBytes(4), Buffer.from('WAVE'), randomBytes(20_000)]);
  const blob = randomBytes(5000);
  const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(8000)]);
  let audit: AuditHarness;
  let proxy: McpProxy;
  let client: Client;

  beforeAll(async () => {
    writeFileSync(join(work, 'content.json'), JSON.stringify([
      { type: 'text', text: 'Screenshot of the customer page:' },
      { type: 'image', data: png.toString('base64'), mimeType: 'image/png' },
      { type: 'audio', data: wav.toString('base64'), mimeType: 'audio/wav' },
      { type: 'resource', resource: { uri: 'file:///tmp/scan.pdf', mimeType: 'application/pdf', blob: blob.toString('base64') } },
    ]));
    writeFileSync(join(work, 'contents.json'), JSON.stringify([{ uri: 'media://scan', mimeType: 'application/pdf', blob: pdf.toString('base64') }]));
    audit = auditHarness('media');
    proxy = createMcpProxy({ auditor: audit.auditor, upstreams: { media: { command: process.execPath, args: [MEDIA_SERVER, join(work, 'content.json'), join(work, 'contents.json')], stderr: 'ignore' } }, maxMessageBytes: 4 * 1024 * 1024 });
    client = new Client({ name: 'media-test', version: '0.0.1' });
    await connectInMemory(proxy, client);
  });

  afterAll(async () => {
    await client?.close();
    await proxy?.close();
    audit?.cleanup();
    rmSync(work, { recursive: true, force: true });
  });

  it('passes the media to the client unchanged and records { mimeType, bytes, sha256 } in its place', async () => {
    const answer = (await client.callTool({ name: 'screenshot', arguments: {} })) as { content: Array<Record<string, unknown>> };
    expect(answer.content[1]?.data).toBe(png.toString('base64'));
    const read = await client.readResource({ uri: 'media://scan' });
    expect((read.contents[0] as { blob?: string }).blob).toBe(pdf.toString('base64'));

    const events = await audit.events();
    const result = byType(events, 'tool.result')[0]?.tool?.result as { content: Array<Record<string, unknown>> };
    expect(result.content[1]).toEqual({ type: 'image', mimeType: 'image/png', data: { mimeType: 'image/png', bytes: png.length, sha256: sha256(png) } });
    expect(result.content[2]?.data).toEqual({ mimeType: 'audio/wav', bytes: wav.length, sha256: sha256(wav) });
    expect((result.content[3]?.resource as Record<string, unknown>).blob).toEqual({ mimeType: 'application/pdf', bytes: blob.length, sha256: sha256(blob) });
    expect(byType(events, 'resource.read')).toHaveLength(1);

    // Nothing of any payload in any file of the ledger: no 32-character window, no prefix.
    await audit.auditor.flush();
    const stored = filesUnder(audit.dir).map((file) => readFileSync(file, 'latin1')).join('\n');
    for (const bytes of [png, wav, blob, pdf]) {
      const b64 = bytes.toString('base64');
      expect(stored.includes(b64.slice(0, 24))).toBe(false);
      for (let from = 0; from + 32 <= b64.length; from += Math.max(32, Math.floor(b64.length / 200))) {
        if (stored.includes(b64.slice(from, from + 32))) throw new Error(`base64 of a ${bytes.length}-byte payload found at char ${from} in the ledger`);
      }
    }
    expect((await audit.verify()).ok).toBe(true);
  });
});
