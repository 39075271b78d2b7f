// pauseTools against the real SDKs: ai 6 (`ai-v6`, MockLanguageModelV3) and ai 7 (`ai`,
// MockLanguageModelV4; Node >= 22). A paused agent's tool call is refused (policy.deny, the tool
// never runs, the model sees the refusal) until it is resumed; a pause state that cannot be read
// refuses too.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as ai6 from 'ai-v6';
import { MockLanguageModelV3 } from 'ai-v6/test';
import { z } from 'zod';
import { createAuditor, pauseStore, type AuditEvent } from '@agent-audit/core';
import { memoryLedger } from '@agent-audit/core/test';
import { auditMiddleware, auditTelemetry, pauseTools } from './index.js';

const NODE_MAJOR = Number(process.versions.node.split('.')[0]);
const AI7_SKIP = NODE_MAJOR < 22;
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-ai-sdk-pause-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const usage = {
  inputTokens: { total: 20, noCache: 20, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 9, text: 9, reasoning: undefined },
};
const turns = [
  { content: [{ type: 'tool-call' as const, toolCallId: 'call-1', toolName: 'issueRefund', input: JSON.stringify({ account: 'ACC-991' }) }], finishReason: { unified: 'tool-calls' as const, raw: 'tool_calls' }, usage, warnings: [], response: { id: 'r1', modelId: 'mock', timestamp: new Date(0) } },
  { content: [{ type: 'text' as const, text: 'Done.' }], finishReason: { unified: 'stop' as const, raw: 'stop' }, usage, warnings: [], response: { id: 'r2', modelId: 'mock', timestamp: new Date(0) } },
];

function setup(pauseDir: string) {
  const ledger = memoryLedger();
  const errors: Error[] = [];
  const auditor = createAuditor({ agent: { id: 'bank-bot' }, sink: ledger, onError: (e) => errors.push(e) });
  const pauses = pauseStore({ dir: pauseDir });
  const runs: string[] = [];
  const events = async (): Promise<AuditEvent[]> => {
    await auditor.flush();
    return ledger.events();
  };
  return { auditor, pauses, runs, events, errors };
}

/** The call's events as [type, outcome, whether in the span of its tool.call]. */
function outcomesOf(events: AuditEvent[], callId: string): Array<[string, string, string]> {
  const mine = events.filter((e) => e.tool?.callId === callId);
  const span = mine.find((e) => e.type === 'tool.call')?.trace.spanId;
  return mine.map((e) => [e.type, e.outcome, e.trace.spanId === span ? 'same' : 'other']);
}

/** What the model was shown as the tool's result in its second call. */
function toolResultSeen(prompt: unknown): string {
  return JSON.stringify((prompt as Array<{ role: string; content: unknown }>).filter((m) => m.role === 'tool'));
}

describe('pauseTools with ai 6', () => {
  function run(s: ReturnType<typeof setup>, pause = s.pauses as { check(agent: string): { paused: boolean; reason?: string } }, telemetry = true) {
    let i = 0;
    const prompts: unknown[] = [];
    const model = new MockLanguageModelV3({
      doGenerate: async (options) => {
        prompts.push(options.prompt);
        return turns[Math.min(i++, turns.length - 1)] as never;
      },
    });
    const tools = pauseTools(
      {
        issueRefund: ai6.tool({
          description: 'Refund a customer',
          inputSchema: z.object({ account: z.string() }),
          execute: async ({ account }) => {
            s.runs.push(account);
            return `refund issued to ${account}`;
          },
        }),
      },
      { auditor: s.auditor, pause },
    );
    const result = ai6.generateText({
      model: ai6.wrapLanguageModel({ model, middleware: auditMiddleware({ auditor: s.auditor }) as never }),
      tools,
      prompt: 'refund me',
      stopWhen: ai6.stepCountIs(3),
      ...(telemetry && { experimental_telemetry: { isEnabled: true, integrations: [auditTelemetry({ auditor: s.auditor }) as never] } }),
    });
    return { result, prompts };
  }

  it("refuses a paused agent's tool call (policy.deny, the tool never runs, the model is told), then runs it after resume", async () => {
    const s = setup(path.join(root, 'v6'));
    s.pauses.pause('bank-bot', { reason: 'rate-spike: 3x the baseline', rule: 'rate-spike', by: 'agent-audit watch' });
    const first = run(s);
    await first.result;
    expect(s.runs).toEqual([]);
    expect(toolResultSeen(first.prompts[1])).toContain('rate-spike: 3x the baseline');
    let events = await s.events();
    const denies = events.filter((e) => e.type === 'policy.deny');
    expect(denies).toHaveLength(1);
    expect(denies[0]).toMatchObject({ outcome: 'denied', source: 'ai-sdk', tool: { name: 'issueRefund', callId: 'call-1', arguments: { account: 'ACC-991' } }, decision: { action: 'deny', policy: 'pause' } });
    expect(denies[0]?.decision?.reason).toContain('rate-spike: 3x the baseline');
    // FORMAT §2.2: the integration records the start (pending) before execute runs; the refusal
    // is in that span and ends it `denied`, not `failure`: the tool never ran.
    expect(outcomesOf(events, 'call-1')).toEqual([
      ['tool.call', 'pending', 'same'],
      ['policy.deny', 'denied', 'same'],
      ['tool.error', 'denied', 'same'],
    ]);
    expect(events.find((e) => e.type === 'tool.error')).toMatchObject({ error: { type: 'AuditError' }, attrs: { refused: true } });

    s.pauses.resume('bank-bot');
    await run(s).result;
    expect(s.runs).toEqual(['ACC-991']);
    events = await s.events();
    expect(events.filter((e) => e.type === 'policy.deny')).toHaveLength(1);
    expect(s.errors).toEqual([]);
    await s.auditor.close();
  });

  it('without the telemetry integration, a refused call is a denied tool.call and its policy.deny in one span, with no end', async () => {
    const s = setup(path.join(root, 'v6-no-telemetry'));
    s.pauses.pause('bank-bot', { reason: 'held', by: 'test' });
    await s.auditor.run({ session: 'chat-7' }, () => run(s, s.pauses, false).result);
    expect(s.runs).toEqual([]);
    const events = (await s.events()).filter((e) => e.tool?.callId === 'call-1');
    expect(outcomesOf(events, 'call-1')).toEqual([
      ['tool.call', 'denied', 'same'],
      ['policy.deny', 'denied', 'same'],
    ]);
    expect(events.every((e) => e.session === 'chat-7')).toBe(true);
    expect(s.errors).toEqual([]);
    await s.auditor.close();
  });

  it('fails closed: a pause record that does not parse, and a check that throws, refuse the call', async () => {
    const dir = path.join(root, 'v6-corrupt');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'bank-bot.json'), 'not json');
    const s = setup(dir);
    await run(s).result;
    await run(s, { check: () => { throw new Error('EACCES'); } }).result;
    expect(s.runs).toEqual([]);
    const reasons = (await s.events()).filter((e) => e.type === 'policy.deny').map((e) => e.decision?.reason);
    expect(reasons).toEqual([expect.stringContaining('does not parse'), expect.stringContaining('unreadable (EACCES)')]);
    await s.auditor.close();
  });

  it('an agent not paused runs its tools; bad options throw at construction', async () => {
    const s = setup(path.join(root, 'never-made'));
    await run(s).result;
    expect(s.runs).toEqual(['ACC-991']);
    expect(() => pauseTools({}, { auditor: s.auditor, pause: {} as never })).toThrow(/pause/);
    expect(() => pauseTools({}, { auditor: s.auditor, pause: s.pauses, agnet: 'x' } as never)).toThrow(/unknown option `agnet` \(did you mean `agent`\?\)/);
    await s.auditor.close();
  });
});

describe.skipIf(AI7_SKIP)('pauseTools with ai 7 (skipped below Node 22)', () => {
  it("refuses a paused agent's tool call inside the tool's span, then runs it after resume", async () => {
    const ai7 = await import('ai');
    const { MockLanguageModelV4 } = await import('ai/test');
    const s = setup(path.join(root, 'v7'));
    s.pauses.pause('bank-bot', { reason: 'denials: 3 within 10m', rule: 'denials', by: 'agent-audit watch' });
    const run = () => {
      let i = 0;
      const prompts: unknown[] = [];
      const model = new MockLanguageModelV4({
        doGenerate: async (options) => {
          prompts.push(options.prompt);
          return turns[Math.min(i++, turns.length - 1)] as never;
        },
      });
      const tools = pauseTools(
        {
          issueRefund: ai7.tool({
            description: 'Refund a customer',
            inputSchema: z.object({ account: z.string() }),
            execute: async ({ account }) => {
              s.runs.push(account);
              return `refund issued to ${account}`;
            },
          }),
        },
        { auditor: s.auditor, pause: s.pauses },
      );
      const result = ai7.generateText({
        model: ai7.wrapLanguageModel({ model, middleware: auditMiddleware({ auditor: s.auditor }) }),
        tools,
        prompt: 'refund me',
        stopWhen: ai7.stepCountIs(3),
        telemetry: { integrations: [auditTelemetry({ auditor: s.auditor })] },
      });
      return { result, prompts };
    };
    const first = run();
    await first.result;
    expect(s.runs).toEqual([]);
    expect(toolResultSeen(first.prompts[1])).toContain('denials: 3 within 10m');
    let events = await s.events();
    const deny = events.find((e) => e.type === 'policy.deny');
    expect(deny).toMatchObject({ outcome: 'denied', tool: { name: 'issueRefund', callId: 'call-1' }, decision: { policy: 'pause' } });
    // ai 7 runs execute inside the integration's executeTool: the refusal is in the tool call's span.
    const call = events.find((e) => e.type === 'tool.call');
    expect(deny?.trace.traceId).toBe(call?.trace.traceId);
    expect(deny?.trace.spanId).toBe(call?.trace.spanId);
    expect(outcomesOf(events, 'call-1')).toEqual([
      ['tool.call', 'pending', 'same'],
      ['policy.deny', 'denied', 'same'],
      ['tool.error', 'denied', 'same'],
    ]);

    s.pauses.resume('bank-bot');
    await run().result;
    expect(s.runs).toEqual(['ACC-991']);
    events = await s.events();
    expect(events.filter((e) => e.type === 'policy.deny')).toHaveLength(1);
    await s.auditor.close();
  });
});
