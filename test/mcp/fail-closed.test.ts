import { describe, expect, it } from 'vitest';
import { createAuditor } from '@agent-audit/core';
import { memoryLedger } from '@agent-audit/core/test';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { createMcpProxy, ProxyErrorCode } from '@agent-audit/mcp-proxy';
import { connectInMemory, HOSTILE } from './helpers.js';

function refusedCallId(events: Array<{ type: string; tool?: { arguments?: unknown; callId?: string } }>): string | undefined {
  return events.find((e) => e.type === 'tool.call' && JSON.stringify(e.tool?.arguments) === '{"message":"not forwarded"}')?.tool?.callId;
}

describe('fail-closed proxy', () => {
  it('forwards a call only once its tool.call event is durable, and refuses when the ledger fails', async () => {
    const ledger = memoryLedger();
    const errors: Error[] = [];
    const auditor = createAuditor({ agent: { id: 'fc' }, sink: ledger, onError: (e) => errors.push(e) });
    const proxy = createMcpProxy({ auditor, failClosed: true, upstreams: { hostile: { command: process.execPath, args: [HOSTILE], stderr: 'ignore' } } });
    const client = new Client({ name: 'fc', version: '1' });
    await connectInMemory(proxy, client);

    expect((await client.callTool({ name: 'echo', arguments: { message: 'ok' } })).content).toEqual([{ type: 'text', text: 'ok' }]);
    const durableCall = ledger.events().find((e) => e.type === 'tool.call');
    expect(durableCall?.tool?.arguments).toEqual({ message: 'ok' });

    ledger.failWith(new Error('disk full'));
    const refused = await client.callTool({ name: 'echo', arguments: { message: 'not forwarded' } }).catch((e: { code: number }) => e);
    expect((refused as { code: number }).code).toBe(ProxyErrorCode.AuditUnavailable);
    expect(errors.some((e) => e.message.includes('fail-closed'))).toBe(true);
    ledger.failWith(undefined);
    await auditor.flush(); // the core retries the queued events once the ledger works again
    expect((await client.callTool({ name: 'echo', arguments: { message: 'again' } })).content).toEqual([{ type: 'text', text: 'again' }]);
    await auditor.flush();
    const refusedEvents = ledger.events().filter((e) => JSON.stringify(e.tool?.arguments) === '{"message":"not forwarded"}' || (e.type !== 'tool.call' && e.tool?.callId === refusedCallId(ledger.events())));
    expect(refusedEvents.map((e) => [e.type, e.outcome])).toEqual([['tool.call', 'pending'], ['tool.error', 'failure']]);
    expect(refusedEvents[1]!.error?.type).toBe('audit_unavailable');
    expect(refusedEvents[1]!.trace.spanId).toBe(refusedEvents[0]!.trace.spanId);
    await client.close();
    await proxy.close();
  });
});
