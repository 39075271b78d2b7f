import { it } from 'vitest';

import { auditMiddleware, auditTelemetry } from '@agent-audit/ai-sdk';
import { EMAIL, KEY, PII, PATIENT, CARD, ledger, leaks, rawGrep, dump } from './probe-helpers.js';

const usage = { inputTokens: { total: 5, noCache: 5, cacheRead: undefined, cacheWrite: undefined }, outputTokens: { total: 3, text: 3, reasoning: undefined }, raw: { note: PII, key: KEY } };

it('ai6 generateText: provider-controlled fields', async () => {
  const { generateText, stepCountIs, wrapLanguageModel, tool } = await import('ai-v6');
  const { MockLanguageModelV3 } = await import('ai-v6/test');
  const L = ledger('ai6gen');
  let turn = 0;
  const model = new MockLanguageModelV3({
    provider: 'prov', modelId: 'm1',
    doGenerate: async () => turn++ === 0 ? ({
      content: [
        { type: 'reasoning', text: `thinking about ${PII}`, providerMetadata: { r: { sig: KEY } } },
        { type: 'tool-call', toolCallId: 'call_1', toolName: 'lookup', input: JSON.stringify({ q: PII }), providerMetadata: { x: { note: PII } } },
        { type: 'source', sourceType: 'url', id: 'src1', url: `https://docs.example.com/?token=${KEY}&email=${EMAIL}`, title: PATIENT },
        { type: 'file', mediaType: 'text/plain', data: Buffer.from(PII).toString('base64') },
      ],
      finishReason: { unified: 'tool-calls', raw: `tool_calls ${EMAIL}` }, usage,
      warnings: [{ type: 'other', message: `warn ${PII}` }, { type: 'unsupported', feature: `feat ${PII}`, details: PII }],
      providerMetadata: { prov: { note: PII, key: KEY } },
      request: { body: { prompt: PII } },
      response: { id: `resp-${EMAIL}`, modelId: `m-${KEY}`, timestamp: new Date(), headers: { authorization: `Bearer ${KEY}`, 'set-cookie': `sid=${KEY}`, 'x-patient': PATIENT }, body: { echoed: PII } },
    }) : ({ content: [{ type: 'text', text: 'done' }], finishReason: { unified: 'stop', raw: 'stop' }, usage, warnings: [] }),
  });
  const wrapped = wrapLanguageModel({ model, middleware: auditMiddleware({ auditor: L.auditor }) as never });
  const tools = { lookup: tool({ inputSchema: (await import('ai-v6')).jsonSchema({ type: 'object', properties: { q: { type: 'string' } } }) as never, execute: async ({ q }: { q: string }) => { throw Object.assign(new Error(`not found: ${q}`), { code: `E_${EMAIL}`, data: { body: PII } }); } }) };
  await L.auditor.run({ session: 's1' }, () => generateText({
    model: wrapped, prompt: 'hello', tools: tools as never, stopWhen: stepCountIs(3), headers: { Authorization: `Bearer ${KEY}` },
    providerOptions: { prov: { user: EMAIL } },
    experimental_telemetry: { integrations: [auditTelemetry({ auditor: L.auditor })], metadata: { patient: PII, key: KEY }, functionId: `fn-${EMAIL}` } as never,
  }));
  const ev = await L.events();
  console.log(dump(ev));
  console.log('LEAKS\n' + leaks(ev).join('\n'));
  console.log('RAW', rawGrep(L.dir), 'errors', L.errors.map(String));
  console.log('VERIFY', JSON.stringify(await L.verify()).slice(0, 300));
});

it('ai6 streamText: deltas, raw chunks, error parts', async () => {
  const { streamText, wrapLanguageModel, tool, stepCountIs } = await import('ai-v6');
  const { MockLanguageModelV3, simulateReadableStream } = await import('ai-v6/test');
  const L = ledger('ai6stream');
  let turn = 0;
  const model = new MockLanguageModelV3({
    doStream: async () => ({
      stream: simulateReadableStream({ chunks: turn++ === 0 ? [
        { type: 'stream-start', warnings: [{ type: 'other', message: `sw ${PII}` }] },
        { type: 'response-metadata', id: `r-${EMAIL}`, modelId: `mm-${KEY}` },
        { type: 'raw', rawValue: { secret: KEY, p: PII } },
        { type: 'reasoning-start', id: 'r' }, { type: 'reasoning-delta', id: 'r', delta: `reason ${PII}` }, { type: 'reasoning-end', id: 'r', providerMetadata: { a: { sig: KEY } } },
        { type: 'tool-input-start', id: 'c1', toolName: 'lookup' },
        { type: 'tool-input-delta', id: 'c1', delta: '{"q":"' + PATIENT }, { type: 'tool-input-delta', id: 'c1', delta: ' ' + CARD + '"}' },
        { type: 'tool-input-end', id: 'c1' },
        { type: 'tool-call', toolCallId: 'c1', toolName: 'lookup', input: JSON.stringify({ q: `${PATIENT} ${CARD}` }) },
        { type: 'error', error: Object.assign(new Error(`provider said ${PII}`), { responseBody: PII }) },
        { type: 'finish', finishReason: { unified: 'tool-calls', raw: 'x' }, usage, providerMetadata: { p: { n: PII } } },
      ] : [
        { type: 'text-start', id: 't' }, { type: 'text-delta', id: 't', delta: 'ok' }, { type: 'text-end', id: 't' },
        { type: 'finish', finishReason: { unified: 'stop', raw: 'stop' }, usage },
      ] }),
      response: { headers: { authorization: `Bearer ${KEY}` } },
      request: { body: { p: PII } },
    }),
  });
  const wrapped = wrapLanguageModel({ model, middleware: auditMiddleware({ auditor: L.auditor }) as never });
  const tools = { lookup: tool({ inputSchema: (await import('ai-v6')).jsonSchema({ type: 'object', properties: { q: { type: 'string' } } }) as never, execute: async ({ q }: { q: string }) => ({ found: q, artifact: KEY }) }) };
  const r = await L.auditor.run({ session: 's2' }, async () => {
    const r = streamText({ model: wrapped, prompt: 'hi', tools: tools as never, includeRawChunks: true, stopWhen: stepCountIs(3), experimental_telemetry: { integrations: [auditTelemetry({ auditor: L.auditor })] } as never, onError: () => {} });
    for await (const _ of r.fullStream) { /* drain */ }
    return r;
  });
  void r;
  const ev = await L.events();
  console.log(dump(ev));
  console.log('LEAKS\n' + leaks(ev).join('\n'));
  console.log('RAW', rawGrep(L.dir), 'errors', L.errors.map(String));
  console.log('VERIFY', JSON.stringify(await L.verify()).slice(0, 300));
});
