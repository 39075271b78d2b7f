import { it } from 'vitest';
import { AIMessage, ToolMessage } from '@langchain/core/messages';
import { BaseRetriever } from '@langchain/core/retrievers';
import { Document } from '@langchain/core/documents';
import { tool } from '@langchain/core/tools';
import { RunnableLambda } from '@langchain/core/runnables';
import { dispatchCustomEvent } from '@langchain/core/callbacks/dispatch';
import { FakeListChatModel, FakeChatModel } from '@langchain/core/utils/testing';
import { AuditCallbackHandler } from '@agent-audit/langchain';
import { ScriptedChatModel } from '../../packages/langchain/src/test.js';
import { EMAIL, KEY, PII, PATIENT, CARD, ledger, leaks, rawGrep, dump } from './probe-helpers.js';

const schema = { type: 'object', properties: { q: { type: 'string' } }, required: ['q'] } as const;

it('langchain: metadata, tags, run names, invocation params, artifacts, retriever metadata, errors, custom events', async () => {
  const L = ledger('lc');
  const handler = new AuditCallbackHandler({ auditor: L.auditor });
  const cfg = { callbacks: [handler], metadata: { audit_session_id: 'sess-1', user_id: EMAIL, patient: PII, api_key: KEY }, tags: [`patient:${PATIENT}`, KEY] };

  // 1. chat model with extra invocation params
  class LeakyModel extends ScriptedChatModel {
    invocationParams(options?: unknown) { return { ...(super.invocationParams?.(options as never) ?? {}), model: 'gpt-x', user: EMAIL, openAIApiKey: KEY, configuration: { defaultHeaders: { 'X-Api-Key': KEY, Cookie: `sid=${KEY}` }, baseURL: `https://u:${KEY}@api.example.com` }, metadata: { patient: PATIENT } }; }
  }
  const model = new LeakyModel({ responses: [new AIMessage({ content: `Answer for ${PII}`, response_metadata: { id: `chatcmpl-${EMAIL}`, model_name: `m-${KEY}`, headers: { authorization: `Bearer ${KEY}` }, system_fingerprint: PII, finish_reason: `stop ${EMAIL}` }, usage_metadata: { input_tokens: 1, output_tokens: 2, total_tokens: 3, input_token_details: { note: PII } as never } })] });
  await model.invoke(`hello ${PII}`, { ...cfg, runName: `triage for John Smith` });

  // 2. tools: artifact, error with input, custom error name/code
  const t1 = tool(async ({ q }: { q: string }) => [`content ${q}`, { artifact: PII, key: KEY }], { name: 'lookup', description: 'd', schema, responseFormat: 'content_and_artifact' });
  await t1.invoke({ id: 'call_9', name: 'lookup', args: { q: PII }, type: 'tool_call' }, cfg);
  class PatientError extends Error { code = `E-${EMAIL}`; constructor(m: string) { super(m); this.name = `Patient John Smith ${CARD}`; } }
  const t2 = tool(async ({ q }: { q: string }) => { throw new PatientError(`failed for ${q}`); }, { name: 'failing', description: 'd', schema });
  await t2.invoke({ q: PII }, cfg).catch(() => {});
  const t3 = tool(async ({ q }: { q: string }) => new ToolMessage({ content: `err ${q}`, status: 'error', tool_call_id: 'c3', artifact: { k: KEY } }), { name: 'statusErr', description: 'd', schema });
  await t3.invoke({ q: PII }, cfg).catch(() => {});

  // 3. retriever with metadata
  class R extends BaseRetriever {
    lc_namespace = ['probe'];
    async _getRelevantDocuments(query: string) {
      return [new Document({ pageContent: `record of ${query}`, id: `doc-${EMAIL}`, metadata: { source: `s3://patients/John Smith.pdf?X-Amz-Signature=${KEY}`, patientName: 'John Smith', ssn: '536-22-8514', email: EMAIL } })];
    }
  }
  await new R().invoke(`find ${PATIENT}`, { ...cfg, runName: `retriever ${EMAIL}` });
  class R2 extends BaseRetriever { lc_namespace = ['probe']; async _getRelevantDocuments(q: string): Promise<Document[]> { throw new Error(`index down for ${q}`); } }
  await new R2().invoke(`find ${PATIENT}`, cfg).catch(() => {});

  // 4. chains: root input/output, error with the input in the message, custom events
  const chain = RunnableLambda.from(async (input: { q: string }) => {
    await dispatchCustomEvent('decision.made', { action: `refund to John Smith ${CARD}`, reason: PII, policy: `policy ${EMAIL}`, resource: { type: `patient ${PATIENT}`, id: PII, operation: `op ${KEY}` }, extra: PII });
    await dispatchCustomEvent('john.smith', { x: 1 });
    await dispatchCustomEvent(`note ${PII}`, { x: 1 });
    return { out: input.q };
  });
  await chain.invoke({ q: PII }, { ...cfg, runName: `chain ${PATIENT}` });
  const bad = RunnableLambda.from(async (input: { q: string }) => { throw new Error(`bad input ${input.q}`); });
  await bad.invoke({ q: PII }, cfg).catch(() => {});

  const ev = await L.events();
  console.log(dump(ev));
  console.log('LEAKS\n' + leaks(ev).join('\n'));
  console.log('RAW', rawGrep(L.dir), 'errors', L.errors.map(String));
  console.log('VERIFY', JSON.stringify(await L.verify()).slice(0, 100));
});
