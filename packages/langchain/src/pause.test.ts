import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createAgent } from 'langchain';
import { AIMessage, ToolMessage } from '@langchain/core/messages';
import { tool } from '@langchain/core/tools';
import { fakeModel } from '@langchain/core/testing';
import { createAuditor, pauseStore, type AuditEvent } from '@agent-audit/core';
import { memoryLedger } from '@agent-audit/core/test';
import { AuditCallbackHandler } from './index.js';

// A paused agent's tool calls are refused by the handler (policy.deny, the tool never runs)
// until it is resumed; a pause state that cannot be read refuses too. Driven through
// createAgent with LangChain's own fakeModel() double.
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-langchain-pause-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function setup(pauseDir: string, options: { failClosed?: boolean } = {}) {
  const ledger = memoryLedger();
  const errors: Error[] = [];
  const auditor = createAuditor({ agent: { id: 'refund-bot' }, sink: ledger, onError: (e) => errors.push(e) });
  const runs: string[] = [];
  const refund = tool(
    async ({ account }) => {
      runs.push(account);
      return `refund issued to ${account}`;
    },
    { name: 'issue_refund', description: 'Refund a customer', schema: z.object({ account: z.string() }) },
  );
  const pauses = pauseStore({ dir: pauseDir });
  const handler = new AuditCallbackHandler({ auditor, pause: pauses, ...options });
  const invoke = async () => {
    const model = fakeModel()
      .respondWithTools([{ name: 'issue_refund', args: { account: 'ACC-991' }, id: 'call_r1' }])
      .respond(new AIMessage('Done.'));
    const agent = createAgent({ model, tools: [refund] });
    return agent.invoke({ messages: [{ role: 'user', content: 'refund me' }] }, { callbacks: [handler] });
  };
  const events = async (): Promise<AuditEvent[]> => {
    await auditor.flush();
    return ledger.events();
  };
  return { auditor, pauses, runs, invoke, events, errors, handler };
}

describe('AuditCallbackHandler pause', () => {
  it('refuses a paused agent\'s tool call (policy.deny, the tool never runs, the model is told), then runs it after resume', async () => {
    const s = setup(path.join(root, 'paused'));
    s.pauses.pause('refund-bot', { reason: 'denials: 3 denials within 10m', rule: 'denials', by: 'agent-audit watch' });
    const result = await s.invoke();
    expect(s.runs).toEqual([]);
    const toolMessage = result.messages.find((m) => ToolMessage.isInstance(m)) as ToolMessage;
    expect(toolMessage.status).toBe('error');
    expect(String(toolMessage.content)).toContain('denials: 3 denials within 10m');
    let events = await s.events();
    const denies = events.filter((e) => e.type === 'policy.deny');
    expect(denies).toHaveLength(1);
    expect(denies[0]).toMatchObject({ outcome: 'denied', source: 'langchain', tool: { name: 'issue_refund', callId: 'call_r1', arguments: { account: 'ACC-991' } }, decision: { action: 'deny', policy: 'pause' } });
    expect(denies[0]?.decision?.reason).toContain('denials: 3 denials within 10m');
    // FORMAT §2.2, as the MCP proxy: the refused start is a tool.call with outcome denied, and
    // the policy.deny in its span says why; nothing ran, so no end follows.
    const mine = events.filter((e) => e.tool?.callId === 'call_r1');
    expect(mine.map((e) => [e.type, e.outcome])).toEqual([['tool.call', 'denied'], ['policy.deny', 'denied']]);
    expect(mine[0]?.trace.spanId).toBe(mine[1]?.trace.spanId);
    expect(mine[0]).toMatchObject({ tool: { name: 'issue_refund', arguments: { account: 'ACC-991' } }, attrs: { refused: true } });
    // The refusal sits in the invocation's trace, under the agent's run.
    const start = events.find((e) => e.type === 'chain.start');
    expect(denies[0]?.trace.traceId).toBe(start?.trace.traceId);
    expect(s.handler.openRuns).toBe(0);

    expect(s.pauses.resume('refund-bot')).toBeDefined();
    await s.invoke();
    expect(s.runs).toEqual(['ACC-991']);
    events = await s.events();
    expect(events.filter((e) => e.type === 'policy.deny')).toHaveLength(1);
    expect(events.filter((e) => e.type === 'tool.call').map((e) => [e.tool?.name, e.outcome])).toEqual([['issue_refund', 'denied'], ['issue_refund', 'pending']]);
    expect(s.errors).toEqual([]);
    await s.auditor.close();
  });

  it('an agent that is not paused (no pause folder at all) runs its tools', async () => {
    const s = setup(path.join(root, 'never-made'));
    await s.invoke();
    expect(s.runs).toEqual(['ACC-991']);
    expect((await s.events()).some((e) => e.type === 'policy.deny')).toBe(false);
    await s.auditor.close();
  });

  it('fails closed: a pause record that does not parse refuses the call', async () => {
    const dir = path.join(root, 'corrupt');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'refund-bot.json'), '{ not json');
    const s = setup(dir, { failClosed: true });
    await s.invoke();
    expect(s.runs).toEqual([]);
    const deny = (await s.events()).find((e) => e.type === 'policy.deny');
    expect(deny?.decision).toMatchObject({ policy: 'pause', reason: expect.stringContaining('fail closed') });
    await s.auditor.close();
  });

  it('fails closed: a check that throws refuses the call', async () => {
    const ledger = memoryLedger();
    const auditor = createAuditor({ agent: { id: 'refund-bot' }, sink: ledger });
    let ran = false;
    const refund = tool(async () => ((ran = true), 'done'), { name: 'issue_refund', description: 'Refund', schema: z.object({ account: z.string() }) });
    const handler = new AuditCallbackHandler({ auditor, pause: { agent: 'other-bot', check: () => { throw new Error('EACCES'); } } });
    const model = fakeModel().respondWithTools([{ name: 'issue_refund', args: { account: 'A' }, id: 'c1' }]).respond(new AIMessage('ok'));
    await createAgent({ model, tools: [refund] }).invoke({ messages: [{ role: 'user', content: 'go' }] }, { callbacks: [handler] });
    expect(ran).toBe(false);
    await auditor.flush();
    const deny = ledger.events().find((e) => e.type === 'policy.deny');
    expect(deny?.decision?.reason).toMatch(/other-bot unreadable \(EACCES\)/);
    await auditor.close();
  });

  it('with pause (raiseError on), other handler failures still go to onError and never into the agent', async () => {
    const ledger = memoryLedger();
    const errors: Error[] = [];
    const auditor = createAuditor({ agent: { id: 'refund-bot' }, sink: ledger, onError: (e) => errors.push(e) });
    let ran = false;
    const refund = tool(async () => ((ran = true), 'done'), { name: 'issue_refund', description: 'Refund', schema: z.object({ account: z.string() }) });
    const handler = new AuditCallbackHandler({ auditor, pause: pauseStore({ dir: path.join(root, 'none') }), keepChain: () => { throw new Error('keepChain exploded'); } });
    const model = fakeModel().respondWithTools([{ name: 'issue_refund', args: { account: 'A' }, id: 'c1' }]).respond(new AIMessage('ok'));
    const result = await createAgent({ model, tools: [refund] }).invoke({ messages: [{ role: 'user', content: 'go' }] }, { callbacks: [handler] });
    expect(ran).toBe(true);
    expect(String(result.messages.at(-1)?.content)).toBe('ok');
    expect(errors.some((e) => e.message.includes('keepChain exploded'))).toBe(true);
    await auditor.close();
  });

  it('a bad pause option is refused at construction', () => {
    const auditor = createAuditor({ agent: { id: 'x' }, sink: memoryLedger() });
    expect(() => new AuditCallbackHandler({ auditor, pause: {} as never })).toThrow(/pause/);
    void auditor.close();
  });
});
