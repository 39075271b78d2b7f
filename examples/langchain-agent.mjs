// A LangChain `createAgent` clinic assistant, audited with one callback.
//
//   node examples/langchain-agent.mjs            (after `pnpm build`)
//
// Two tools (lookup_patient, book_appointment) and a retriever over clinic policies (run once
// per invocation by a `beforeAgent` middleware). With no API key the model is a scripted
// BaseChatModel that returns tool calls in turn, so the whole agent loop runs offline. With
// OPENAI_API_KEY and `@langchain/openai` installed (or ANTHROPIC_API_KEY and
// `@langchain/anthropic`), a real model answers instead.
//
// Other code (the repository demo) calls `runLangchainAgent({ auditor, question })`.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AIMessage, SystemMessage } from '@langchain/core/messages';
import { BaseRetriever } from '@langchain/core/retrievers';
import { Document } from '@langchain/core/documents';
import { createAgent, createMiddleware, tool } from 'langchain';
import { z } from 'zod';
import { createAuditor, createRedactor, fileLedger, readEvents, verifyLedger } from '@agent-audit/core';
import { AuditCallbackHandler } from '@agent-audit/langchain';
import { ScriptedChatModel } from '@agent-audit/langchain/test';

/** The question the standalone run asks: realistic personal data, so redaction shows. */
export const SAMPLE_QUESTION =
  "Hi, I'm Maria Garcia (maria.garcia@example.org, +1 415 555 0199, born 1984-03-12). " +
  'My blood pressure prescription runs out on Friday. Can you refill it and book me a follow-up?';

// ---------------------------------------------------------------- the clinic's systems (in memory)

const PATIENTS = new Map([
  [
    'maria.garcia@example.org',
    {
      patientId: 'P-20931',
      name: 'Maria Garcia',
      dateOfBirth: '1984-03-12',
      phone: '+1 415 555 0199',
      medications: [{ name: 'lisinopril 10mg', refillsLeft: 0 }],
      primaryPhysician: 'Dr. Chen',
    },
  ],
]);

const POLICIES = [
  new Document({
    id: 'policy-rx-12',
    pageContent: 'Refills of blood pressure medication require a follow-up visit within 90 days of the last refill.',
    metadata: { source: 'policies/prescriptions.md' },
  }),
  new Document({
    id: 'policy-appt-3',
    pageContent: 'Follow-up appointments are booked with the primary physician on the first free weekday morning.',
    metadata: { source: 'policies/appointments.md' },
  }),
  new Document({
    id: 'policy-billing-1',
    pageContent: 'Invoices are sent by mail at the end of each month.',
    metadata: { source: 'policies/billing.md' },
  }),
];

/** Keyword retriever over the clinic's policy documents. */
class PolicyRetriever extends BaseRetriever {
  lc_namespace = ['agent-audit', 'examples'];
  async _getRelevantDocuments(query) {
    const words = new Set(query.toLowerCase().match(/[a-z]{4,}/g) ?? []);
    return POLICIES.filter((doc) => doc.pageContent.toLowerCase().match(/[a-z]{4,}/g)?.some((w) => words.has(w)));
  }
}

const lookupPatient = tool(
  async ({ email }) => {
    const patient = PATIENTS.get(email.trim().toLowerCase());
    if (!patient) throw new Error(`no patient with that email`);
    return JSON.stringify(patient);
  },
  {
    name: 'lookup_patient',
    description: "Find a patient's record (id, medications, physician) by email address",
    schema: z.object({ email: z.string().describe('The email address the patient gave') }),
  },
);

const bookAppointment = tool(
  async ({ patientId, reason, date }) =>
    JSON.stringify({ appointmentId: 'A-5512', patientId, reason, date, time: '09:30', physician: 'Dr. Chen' }),
  {
    name: 'book_appointment',
    description: 'Book an appointment for a patient',
    schema: z.object({ patientId: z.string(), reason: z.string(), date: z.string().describe('YYYY-MM-DD') }),
  },
);

// Retrieval-augmented: the policies relevant to the question go in front of the first model call.
const policyContext = (retriever) =>
  createMiddleware({
    name: 'PolicyContext',
    beforeAgent: async (state) => {
      const question = [...state.messages].reverse().find((m) => m.getType?.() === 'human' || m.role === 'user');
      const text = typeof question?.content === 'string' ? question.content : '';
      const docs = await retriever.invoke(text);
      if (docs.length === 0) return undefined;
      return { messages: [new SystemMessage(`Clinic policies:\n${docs.map((d) => `- ${d.pageContent}`).join('\n')}`)] };
    },
  });

// ---------------------------------------------------------------- the model

/** A scripted model playing the turns a real model would: look up, book, answer. */
function scriptedModel() {
  const toolResult = (messages, name) => {
    const message = messages.find((m) => m.getType() === 'tool' && m.name === name);
    return message ? JSON.parse(String(message.content)) : undefined;
  };
  return new ScriptedChatModel({
    model: 'scripted-clinic-model',
    responses: [
      (messages) => {
        const question = String(messages.find((m) => m.getType() === 'human')?.content ?? '');
        const email = question.match(/[\w.+-]+@[\w-]+\.[\w.]+/)?.[0] ?? 'unknown@example.org';
        return new AIMessage({ content: '', tool_calls: [{ id: 'call_lookup_1', name: 'lookup_patient', args: { email } }] });
      },
      (messages) => {
        const patient = toolResult(messages, 'lookup_patient');
        return new AIMessage({
          content: 'The policy requires a follow-up for this refill; booking one.',
          tool_calls: [
            {
              id: 'call_book_1',
              name: 'book_appointment',
              args: { patientId: patient?.patientId ?? 'unknown', reason: 'blood pressure follow-up (lisinopril refill)', date: '2026-03-06' },
            },
          ],
        });
      },
      (messages) => {
        const patient = toolResult(messages, 'lookup_patient');
        const appointment = toolResult(messages, 'book_appointment');
        return (
          `${patient?.name ?? 'Hello'}, I've asked ${patient?.primaryPhysician ?? 'your physician'} to refill ` +
          `${patient?.medications?.[0]?.name ?? 'your prescription'}. Clinic policy requires a follow-up for blood pressure refills, ` +
          `so I booked you on ${appointment?.date ?? 'the next free day'} at ${appointment?.time ?? 'the morning'} (appointment ${appointment?.appointmentId ?? 'pending'}).`
        );
      },
    ],
  });
}

/** A real model when a key and its LangChain package are present, else the scripted one. */
async function chooseModel() {
  if (process.env.OPENAI_API_KEY) {
    try {
      const { ChatOpenAI } = await import('@langchain/openai');
      return new ChatOpenAI({ model: process.env.OPENAI_MODEL ?? 'gpt-4o-mini', temperature: 0 });
    } catch {
      // @langchain/openai is not installed: fall through to the scripted model.
    }
  }
  if (process.env.ANTHROPIC_API_KEY) {
    try {
      const { ChatAnthropic } = await import('@langchain/anthropic');
      return new ChatAnthropic({ model: process.env.ANTHROPIC_MODEL ?? 'claude-3-5-haiku-latest', temperature: 0 });
    } catch {
      // @langchain/anthropic is not installed.
    }
  }
  return scriptedModel();
}

// ---------------------------------------------------------------- the audited run

/**
 * Runs the clinic assistant once with an AuditCallbackHandler on `auditor` and returns the
 * answer. Session and actor come from the options, else from the auditor's current context.
 *
 * @param {{ auditor: import('@agent-audit/core').Auditor, question?: string, sessionId?: string,
 *   actor?: import('@agent-audit/core').Actor, model?: unknown }} options
 * @returns {Promise<string>}
 */
export async function runLangchainAgent({ auditor, question = SAMPLE_QUESTION, sessionId, actor, model }) {
  const agent = createAgent({
    model: model ?? (await chooseModel()),
    tools: [lookupPatient, bookAppointment],
    middleware: [policyContext(new PolicyRetriever())],
    systemPrompt: 'You are the patient assistant of Bayview Clinic. Look patients up before acting, follow clinic policy, and be brief.',
    name: 'clinic_assistant',
  });
  const handler = new AuditCallbackHandler({
    auditor,
    ...(sessionId === undefined ? {} : { sessionId }),
    ...(actor === undefined ? {} : { actor }),
  });
  const result = await agent.invoke({ messages: [{ role: 'user', content: question }] }, { callbacks: [handler] });
  const last = result.messages.at(-1);
  return typeof last?.content === 'string' ? last.content : JSON.stringify(last?.content ?? '');
}

// ---------------------------------------------------------------- standalone

async function main() {
  const root = await mkdtemp(path.join(tmpdir(), 'agent-audit-langchain-example-'));
  const dir = path.join(root, 'ledger');
  const auditor = createAuditor({
    agent: { id: 'clinic-assistant', name: 'Bayview Clinic assistant', version: '1.0.0' },
    // The ledger's signing key and the redactor's pseudonym key are generated on first use and
    // kept outside the ledger folder (here beside it, so the example leaves nothing behind).
    sink: fileLedger({ dir, keyDir: path.join(root, 'keys') }),
    redactor: createRedactor({ keysDir: path.join(root, 'keys') }),
    onError: (error) => console.error(`audit error: ${error.message}`),
  });
  const answer = await runLangchainAgent({
    auditor,
    question: SAMPLE_QUESTION,
    sessionId: 'portal-session-8812',
    actor: { id: 'portal-user-20931', type: 'user' },
  });
  await auditor.close();

  const events = [];
  for await (const event of readEvents(dir, { stream: 'clinic-assistant' })) events.push(event);
  const verification = await verifyLedger(dir);
  const counts = {};
  for (const event of events) counts[event.type] = (counts[event.type] ?? 0) + 1;
  const firstRequest = events.find((e) => e.type === 'model.request');
  const userMessage = Array.isArray(firstRequest?.content?.input)
    ? firstRequest.content.input.find((m) => m.role === 'user')
    : undefined;

  console.log(`answer: ${answer}\n`);
  console.log(`ledger: ${dir}`);
  console.log(`events: ${events.length} in ${new Set(events.map((e) => e.trace.traceId)).size} trace(s)`);
  for (const [type, count] of Object.entries(counts)) console.log(`  ${type.padEnd(18)} ${count}`);
  console.log(`\nthe user's message as stored (after redaction):\n  ${JSON.stringify(userMessage?.content)}`);
  console.log(`\nverify: ${verification.ok ? 'ok' : `FAILED at ${JSON.stringify(verification.firstFailure)}`} (${verification.events} events, ${verification.checkpoints} checkpoint(s))`);
  if (!verification.ok) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
