// A bank-support agent on the Vercel AI SDK, audited with @agent-audit/ai-sdk.
//
//   node examples/ai-sdk-agent.mjs            scripted model (MockLanguageModelV4), no key needed
//   AI_GATEWAY_API_KEY=... node examples/ai-sdk-agent.mjs
//                                             a real model through the AI SDK's built-in gateway
//                                             provider (AI_SDK_MODEL picks it, default openai/gpt-4o-mini)
//
// Needs the built packages: `npx -y pnpm@10.34.9 build` at the repository root.
// It runs a ToolLoopAgent (model -> tool -> model) and then a streamText call, and prints the
// audit trail: one trace per call, customer e-mail and IBAN masked by the core's redactor.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gateway, streamText, tool, ToolLoopAgent, stepCountIs, wrapLanguageModel } from 'ai';
import { MockLanguageModelV4, simulateReadableStream } from 'ai/test';
import { z } from 'zod';
import { createAuditor, fileLedger } from '@agent-audit/core';
import { auditMiddleware, auditTelemetry } from '@agent-audit/ai-sdk';

const CUSTOMER = {
  id: 'C-20417',
  name: 'Jane Doe',
  email: 'jane.doe@example.com',
  iban: 'DE89370400440532013000',
};

const usage = {
  inputTokens: { total: 180, noCache: 180, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 42, text: 42, reasoning: undefined },
};

/** Scripted stand-in for a provider: first asks for the account tool, then answers. */
function scriptedModel() {
  let turn = 0;
  return new MockLanguageModelV4({
    provider: 'scripted',
    modelId: 'bank-support-v1',
    doGenerate: async () =>
      turn++ % 2 === 0
        ? {
            content: [{ type: 'tool-call', toolCallId: `call-${turn}`, toolName: 'getAccountBalance', input: JSON.stringify({ customerId: CUSTOMER.id }) }],
            finishReason: { unified: 'tool-calls', raw: 'tool_calls' },
            usage,
            warnings: [],
          }
        : {
            content: [{ type: 'text', text: `The balance of account ${CUSTOMER.iban} is 1,204.50 EUR. A copy was sent to ${CUSTOMER.email}.` }],
            finishReason: { unified: 'stop', raw: 'stop' },
            usage,
            warnings: [],
          },
    doStream: async () => ({
      stream: simulateReadableStream({
        chunks: [
          { type: 'stream-start', warnings: [] },
          { type: 'response-metadata', id: 'resp-stream-1', modelId: 'bank-support-v1' },
          { type: 'text-start', id: 't' },
          { type: 'text-delta', id: 't', delta: 'Dear Jane, your card ending 4242 ' },
          { type: 'text-delta', id: 't', delta: 'has been blocked as requested.' },
          { type: 'text-end', id: 't' },
          { type: 'finish', usage, finishReason: { unified: 'stop', raw: 'stop' } },
        ],
      }),
    }),
  });
}

function baseModel() {
  if (process.env.AI_GATEWAY_API_KEY) return gateway(process.env.AI_SDK_MODEL ?? 'openai/gpt-4o-mini');
  return scriptedModel();
}

const getAccountBalance = tool({
  description: 'Current balance of a customer account',
  inputSchema: z.object({ customerId: z.string() }),
  execute: async ({ customerId }) => ({ customerId, iban: CUSTOMER.iban, balance: '1204.50', currency: 'EUR' }),
});

/**
 * Runs one agent turn (ToolLoopAgent with a tool) and one streamed reply, audited by `auditor`.
 * Returns the two answers.
 */
export async function runAiSdkAgent({ auditor, question }) {
  const model = wrapLanguageModel({ model: baseModel(), middleware: auditMiddleware({ auditor }) });
  const telemetry = { integrations: [auditTelemetry({ auditor })], functionId: 'bank-support' };
  const prompt =
    question ??
    `Customer ${CUSTOMER.name} (${CUSTOMER.email}, customer id ${CUSTOMER.id}) asks: what is the balance of my account ${CUSTOMER.iban}?`;

  const agent = new ToolLoopAgent({
    model,
    instructions: 'You are a bank support agent. Use tools to read account data.',
    tools: { getAccountBalance },
    stopWhen: stepCountIs(4),
    telemetry,
  });
  // The turn's own span gets an event (the customer's message), so the run below links to it.
  const answer = await auditor.run({ session: 'ticket-8812', actor: { id: CUSTOMER.id, type: 'user' } }, () => {
    auditor.record({ type: 'message.user', source: 'app', content: { input: prompt } });
    return agent.generate({ prompt });
  });

  const stream = streamText({
    model,
    prompt: `Confirm to ${CUSTOMER.email} that the card ending 4242 is blocked.`,
    telemetry,
  });
  let streamed = '';
  for await (const delta of stream.textStream) streamed += delta;
  return { answer: answer.text, streamed };
}

// Standalone: write to a temporary ledger and print what was recorded.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = mkdtempSync(join(tmpdir(), 'ai-sdk-agent-'));
  const auditor = createAuditor({
    agent: { id: 'bank-support', name: 'Bank support agent' },
    sink: fileLedger({ dir }),
    onError: (error) => console.error('audit error:', error.message),
  });
  const { answer, streamed } = await runAiSdkAgent({ auditor });
  await auditor.close();
  console.log('agent answer :', answer);
  console.log('stream answer:', streamed);
  const { readEvents } = await import('@agent-audit/core');
  const events = [];
  for await (const event of readEvents(dir, { stream: 'bank-support' })) events.push(event);
  for (const e of events) {
    console.log(`${e.trace.traceId.slice(0, 8)} ${e.trace.spanId} <- ${e.trace.parentSpanId ?? '----------------'} ${e.type.padEnd(15)} ${e.outcome}`);
  }
  const stored = JSON.stringify(events);
  console.log(`\n${events.length} events in ${dir}`);
  console.log('e-mail stored in clear:', stored.includes(CUSTOMER.email), '| IBAN stored in clear:', stored.includes(CUSTOMER.iban));
}
