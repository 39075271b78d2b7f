import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, mergeInitialize, mergeLists, splitName, urisIn } from './routing.js';

describe('routing over several upstreams', () => {
  it('splits namespaced names at the first separator', () => {
    expect(splitName('files__read_file')).toEqual({ server: 'files', name: 'read_file' });
    expect(splitName('files__a__b')).toEqual({ server: 'files', name: 'a__b' });
    expect(splitName('__x')).toBeUndefined();
    expect(splitName('plain')).toBeUndefined();
  });

  it('merges lists: prefixes names, keeps resource owners, one cursor for the servers with more', () => {
    const merged = mergeLists('tools', [
      { server: 'files', answer: { jsonrpc: '2.0', id: 1, result: { tools: [{ name: 'read' }, { name: 'write' }], nextCursor: 'f2' } } },
      { server: 'memory', answer: { jsonrpc: '2.0', id: 1, result: { tools: [{ name: 'recall' }, 'junk'] } } },
    ]);
    expect(merged.failed).toEqual([]);
    expect('result' in merged.response && merged.response.result.tools).toEqual([{ name: 'files__read' }, { name: 'files__write' }, { name: 'memory__recall' }]);
    const cursor = 'result' in merged.response ? (merged.response.result.nextCursor as string) : '';
    expect(decodeCursor(cursor)).toEqual({ files: 'f2' });
    const resources = mergeLists('resources', [{ server: 'files', answer: { jsonrpc: '2.0', id: 2, result: { resources: [{ uri: 'file:///a', name: 'a' }] } } }]);
    expect(resources.owners).toEqual([['file:///a', 'files']]);
  });

  it('one failed server is reported and the others still answer; all failed gives the first error', () => {
    const error = { code: -32603, message: 'boom' };
    const partial = mergeLists('prompts', [
      { server: 'a', answer: { jsonrpc: '2.0', id: 1, error } },
      { server: 'b', answer: { jsonrpc: '2.0', id: 1, result: { prompts: [{ name: 'p' }] } } },
    ]);
    expect(partial.failed).toEqual([{ server: 'a', error }]);
    expect(partial.response).toEqual({ result: { prompts: [{ name: 'b__p' }] } });
    expect(mergeLists('prompts', [{ server: 'a', answer: { jsonrpc: '2.0', id: 1, error } }]).response).toEqual({ error });
  });

  it('refuses cursors it did not make', () => {
    expect(decodeCursor(encodeCursor({ a: null, b: 'x' }))).toEqual({ a: null, b: 'x' });
    expect(() => decodeCursor('not base64 json')).toThrow('Invalid cursor');
    expect(() => decodeCursor(Buffer.from('{"p":{"a":1}}').toString('base64url'))).toThrow('Invalid cursor');
    expect(() => decodeCursor(Buffer.from('[1]').toString('base64url'))).toThrow('Invalid cursor');
  });

  it('learns the URIs a tool result points at', () => {
    expect(urisIn([{ type: 'resource_link', uri: 'file:///a' }, { type: 'resource', resource: { uri: 'mem://b', text: 'x' } }, { type: 'text', text: 'c' }])).toEqual(['file:///a', 'mem://b']);
    expect(urisIn('not a list')).toEqual([]);
  });

  it('merges initialize answers: oldest version, union of capabilities, instructions per server', () => {
    const result = mergeInitialize(
      [
        { name: 'files', protocolVersion: '2025-06-18', capabilities: { tools: { listChanged: true }, resources: { subscribe: true } }, serverInfo: { name: 'fs' }, instructions: 'Paths are absolute.' },
        { name: 'memory', protocolVersion: '2025-03-26', capabilities: { tools: {}, logging: {} }, serverInfo: { name: 'mem' } },
      ],
      { name: 'agent-audit-mcp-proxy', version: '0.1.0' },
      '2025-06-18',
    );
    expect(result.protocolVersion).toBe('2025-03-26');
    expect(result.capabilities).toEqual({ tools: { listChanged: true }, resources: { subscribe: true }, logging: {} });
    expect(result.serverInfo).toEqual({ name: 'agent-audit-mcp-proxy', version: '0.1.0', title: 'agent-audit proxy for files, memory' });
    expect(result.instructions).toContain('Servers: files (fs), memory (mem).');
    expect(result.instructions).toContain('## files\nPaths are absolute.');
  });
});
