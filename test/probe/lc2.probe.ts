import { it } from 'vitest';
import { AIMessage } from '@langchain/core/messages';
import { RunnableLambda } from '@langchain/core/runnables';
import { tool } from '@langchain/core/tools';
import { AuditCallbackHandler } from '@agent-audit/langchain';
import { ScriptedChatModel } from '../../packages/langchain/src/test.js';
import { ledger, leaks, dump } from './probe-helpers.js';

it('langchain: batch with per-input sessions/actors; concurrent invokes; tool inside chain', async () => {
  const L = ledger('lc2');
  const handler = new AuditCallbackHandler({ auditor: L.auditor });
  const model = new ScriptedChatModel({ responses: [new AIMessage({ content: '', tool_calls: [{ id: 'tc1', name: 'Patient: John Smith', args: { q: 1 } }] }), 'b', 'c', 'd'] });
  await model.batch(['q-A', 'q-B'], [{ callbacks: [handler], metadata: { audit_session_id: 'sess-A', user_id: 'user-A' } }, { callbacks: [handler], metadata: { audit_session_id: 'sess-B', user_id: 'user-B' } }]);
  const echo = tool(async ({ q }: { q: string }) => `echo ${q}`, { name: 'echo', description: 'd', schema: { type: 'object', properties: { q: { type: 'string' } }, required: ['q'] } });
  const chain = RunnableLambda.from(async (x: { who: string }, config) => echo.invoke({ q: x.who }, config));
  await Promise.all([
    chain.invoke({ who: 'A' }, { callbacks: [handler], metadata: { audit_session_id: 'sess-C', user_id: 'user-C' } }),
    chain.invoke({ who: 'B' }, { callbacks: [handler], metadata: { audit_session_id: 'sess-D', user_id: 'user-D' } }),
  ]);
  const ev = await L.events();
  console.log(dump(ev));
  console.log('LEAKS\n' + leaks(ev).join('\n'));
});
