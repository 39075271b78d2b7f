import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createAuditor } from '@agent-audit/core';
import type { AuditEvent } from '@agent-audit/core';
import { memoryLedger } from '@agent-audit/core/test';
import { auditMiddleware, auditTelemetry } from './index.js';

// A chat keeps its history: the approval response the user gave stays in the messages of every
// later call. The SDK acts only on the responses of the last message when it is a `tool` message,
// and skips one whose tool call already has its result there (`collectToolApprovals`, ai 6 and
// ai 7); the ledger must hold one `approval.grant` / `approval.deny` per decision the SDK acts
// on, not one per call that carries it (probe 2026-12-07 H1: 1 request, 3 grants). Driven with
// the real SDKs: ai 6 (`MockLanguageModelV3`) on every Node, ai 7 (`MockLanguageModelV4`) on
// Node >= 22.

const NODE_MAJOR = Number(process.versions.node.split('.')[0]);

type Sdk = {
  generateText: (options: Record<string, unknown>) => Promise<{ content: Array<{ type: string; approvalId?: string }>; responseMessages?: unknown[]; response: { messages: unknown[] } }>;
  tool: (definition: Record<string, unknown>) => unknown;
  wrapLanguageModel: (options: { model: unknown; middleware: unknown }) => unknown;
  stepCountIs: (n: number) => unknown;
  telemetryKey: 'telemetry' | 'experimental_telemetry';
  Mock: new (options: { doGenerate: () => Promise<unknown> }) => unknown;
};

async function loadSdk(major: 6 | 7): Promise<Sdk> {
  if (major === 6) {
    const ai = await import('ai-v6');
    const { MockLanguageModelV3 } = await import('ai-v6/test');
    return { ...(ai as unknown as Sdk), telemetryKey: 'experimental_telemetry', Mock: MockLanguageModelV3 as unknown as Sdk['Mock'] };
  }
  const ai = await import('ai');
  const { MockLanguageModelV4 } = await import('ai/test');
  return { ...(ai as unknown as Sdk), telemetryKey: 'telemetry', Mock: MockLanguageModelV4 as unknown as Sdk['Mock'] };
}

const usage = { inputTokens: { total: 5, noCache: 5, cacheRead: undefined, cacheWrite: undefined }, outputTokens: { total: 3, text: 3, reasoning: undefined } };
const callTurn = (...calls: Array<[string, string, unknown]>) => ({
  content: calls.map(([toolCallId, toolName, input]) => ({ type: 'tool-call', toolCallId, toolName, input: JSON.stringify(input) })),
  finishReason: { unified: 'tool-calls', raw: 'tool_calls' },
  usage,
  warnings: [],
});
const textTurn = (text: string) => ({ content: [{ type: 'text', text }], finishReason: { unified: 'stop', raw: 'stop' }, usage, warnings: [] });

function harness(sdk: Sdk, turns: unknown[]) {
  const ledger = memoryLedger();
  const errors: Error[] = [];
  const auditor = createAuditor({ agent: { id: 'ward-bot' }, sink: ledger, onError: (e) => errors.push(e) });
  let i = 0;
  const model = sdk.wrapLanguageModel({ model: new sdk.Mock({ doGenerate: async () => turns[Math.min(i++, turns.length - 1)] }), middleware: auditMiddleware({ auditor }) });
  const executed: string[] = [];
  const make = () =>
    sdk.tool({
      inputSchema: z.object({ patientId: z.string() }),
      needsApproval: true,
      execute: async ({ patientId }: { patientId: string }) => {
        executed.push(patientId);
        return { done: patientId };
      },
    });
  const tools = { deletePatient: make(), dischargePatient: make() };
  const integration = auditTelemetry({ auditor });
  const call = (input: { messages?: unknown[]; prompt?: unknown }) =>
    sdk.generateText({ model, tools, stopWhen: sdk.stepCountIs(3), [sdk.telemetryKey]: { integrations: [integration] }, ...input });
  const events = async (): Promise<AuditEvent[]> => {
    await auditor.flush();
    return ledger.events();
  };
  return { call, events, executed, errors };
}

const decisions = (events: AuditEvent[]) => events.filter((e) => e.type === 'approval.grant' || e.type === 'approval.deny');
const responseMessages = (result: { responseMessages?: unknown[]; response: { messages: unknown[] } }) => result.responseMessages ?? result.response.messages;
const requestsOf = (result: { content: Array<{ type: string; approvalId?: string }> }) =>
  result.content.filter((p) => p.type === 'tool-approval-request').map((p) => p.approvalId as string);

for (const major of [6, 7] as const) {
  describe.skipIf(major === 7 && NODE_MAJOR < 22)(`approval decisions carried in a chat's history (ai ${major}${major === 7 ? '; skipped below Node 22' : ''})`, () => {
    it('an approval given once is recorded once, however many later calls carry it', async () => {
      const sdk = await loadSdk(major);
      const h = harness(sdk, [callTurn(['call-del', 'deletePatient', { patientId: 'P-3' }]), textTurn('Deleted.'), textTurn('Anything else?'), textTurn('Bye.')]);
      const messages: unknown[] = [{ role: 'user', content: 'Delete patient P-3' }];
      const first = await h.call({ messages });
      messages.push(...responseMessages(first));
      const [approvalId] = requestsOf(first);
      messages.push({ role: 'tool', content: [{ type: 'tool-approval-response', approvalId, approved: true, reason: 'confirmed at the bedside' }] });
      const second = await h.call({ messages });
      messages.push(...responseMessages(second), { role: 'user', content: 'thanks' });
      await h.call({ messages });
      messages.push({ role: 'assistant', content: 'Anything else?' }, { role: 'user', content: 'no, bye' });
      await h.call({ messages });
      const events = await h.events();
      expect(h.executed).toEqual(['P-3']);
      expect(events.filter((e) => e.type === 'approval.request')).toHaveLength(1);
      const found = decisions(events);
      expect(found.map((e) => [e.type, e.attrs?.['approvalId'], e.tool?.callId])).toEqual([['approval.grant', approvalId, 'call-del']]);
      // The one grant is in the run that executed the tool.
      const result = events.find((e) => e.type === 'tool.result');
      expect(found[0]?.trace.traceId).toBe(result?.trace.traceId);
      expect(h.errors).toEqual([]);
    });

    it('a denial given once is recorded once (held-out kind: deny)', async () => {
      const sdk = await loadSdk(major);
      const h = harness(sdk, [callTurn(['call-dis', 'dischargePatient', { patientId: 'P-8' }]), textTurn('Not discharged.'), textTurn('OK.')]);
      const messages: unknown[] = [{ role: 'user', content: 'Discharge P-8' }];
      const first = await h.call({ messages });
      messages.push(...responseMessages(first));
      const [approvalId] = requestsOf(first);
      messages.push({ role: 'tool', content: [{ type: 'tool-approval-response', approvalId, approved: false, reason: 'still febrile' }] });
      const second = await h.call({ messages });
      messages.push(...responseMessages(second), { role: 'user', content: 'why?' });
      await h.call({ messages });
      const found = decisions(await h.events());
      expect(h.executed).toEqual([]);
      expect(found.map((e) => [e.type, e.outcome, e.decision?.reason])).toEqual([['approval.deny', 'denied', 'still febrile']]);
    });

    it('two decisions answered together are both recorded, each once', async () => {
      const sdk = await loadSdk(major);
      const h = harness(sdk, [callTurn(['call-a', 'deletePatient', { patientId: 'P-1' }], ['call-b', 'dischargePatient', { patientId: 'P-2' }]), textTurn('Done.'), textTurn('OK.')]);
      const messages: unknown[] = [{ role: 'user', content: 'Delete P-1 and discharge P-2' }];
      const first = await h.call({ messages });
      messages.push(...responseMessages(first));
      const [a, b] = requestsOf(first);
      messages.push({ role: 'tool', content: [
        { type: 'tool-approval-response', approvalId: a, approved: true },
        { type: 'tool-approval-response', approvalId: b, approved: false },
      ] });
      const second = await h.call({ messages });
      messages.push(...responseMessages(second), { role: 'user', content: 'thanks' });
      await h.call({ messages });
      const found = decisions(await h.events());
      expect(h.executed).toEqual(['P-1']);
      expect(found.map((e) => [e.type, e.tool?.callId]).sort()).toEqual([['approval.deny', 'call-b'], ['approval.grant', 'call-a']]);
    });

    it('messages given as `prompt` are read the same way', async () => {
      const sdk = await loadSdk(major);
      const h = harness(sdk, [callTurn(['call-p', 'deletePatient', { patientId: 'P-5' }]), textTurn('Deleted.'), textTurn('OK.')]);
      const messages: unknown[] = [{ role: 'user', content: 'Delete patient P-5' }];
      const first = await h.call({ prompt: messages });
      messages.push(...responseMessages(first));
      const [approvalId] = requestsOf(first);
      messages.push({ role: 'tool', content: [{ type: 'tool-approval-response', approvalId, approved: true }] });
      const second = await h.call({ prompt: messages });
      messages.push(...responseMessages(second), { role: 'user', content: 'thanks' });
      await h.call({ prompt: messages });
      const found = decisions(await h.events());
      expect(h.executed).toEqual(['P-5']);
      expect(found.map((e) => [e.type, e.tool?.callId])).toEqual([['approval.grant', 'call-p']]);
    });
  });
}
