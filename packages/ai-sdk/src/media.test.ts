// File parts in an AI SDK prompt (ai 6 on Node 20) reach the ledger as the core records media,
// { mimeType, bytes, sha256 }, never as bytes or base64.
import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateText, wrapLanguageModel } from 'ai-v6';
import { MockLanguageModelV3 } from 'ai-v6/test';
import { canonicalize, createAuditor } from '@agent-audit/core';
import { memoryLedger } from '@agent-audit/core/test';
import { auditMiddleware } from './index.js';

describe('file parts in AI SDK prompts', () => {
  it('are recorded as { mimeType, bytes, sha256 }, whether bytes or base64', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(12_000)]);
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(40)]);
    const ledger = memoryLedger();
    const auditor = createAuditor({ agent: { id: 'files' }, sink: ledger, onError: () => {} });
    const model = new MockLanguageModelV3({
      doGenerate: async () => ({
        content: [{ type: 'text', text: 'a scan and an icon' }],
        finishReason: { unified: 'stop', raw: 'stop' },
        usage: { inputTokens: { total: 5, noCache: 5, cacheRead: undefined, cacheWrite: undefined }, outputTokens: { total: 5, text: 5, reasoning: undefined } },
        warnings: [],
      }),
    });
    await generateText({
      model: wrapLanguageModel({ model, middleware: auditMiddleware({ auditor }) }),
      messages: [{ role: 'user', content: [{ type: 'text', text: 'describe these' }, { type: 'file', data: new Uint8Array(pdf), mediaType: 'application/pdf' }, { type: 'file', data: png.toString('base64'), mediaType: 'image/png' }] }],
    });
    await auditor.close();
    // Both sides in RFC 8785 form, as the ledger stores them: the member order of the in-memory events is no promise.
    const stored = canonicalize(ledger.events());
    const summary = (bytes: Buffer, mimeType: string) => canonicalize({ mimeType, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
    expect(stored).toContain(summary(pdf, 'application/pdf'));
    expect(stored).toContain(summary(png, 'image/png'));
    expect(stored).not.toContain(png.toString('base64').slice(0, 24));
    expect(stored).not.toContain(pdf.toString('base64').slice(0, 24));
  });
});
