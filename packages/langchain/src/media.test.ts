// Image and file content blocks in LangChain messages reach the ledger as the core records
// media, { mimeType, bytes, sha256 }, never as base64 or a prefix of it.
import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AIMessage, HumanMessage } from '@langchain/core/messages';
import { fakeModel } from '@langchain/core/testing';
import { canonicalize, createAuditor, createKeyring, createRedactor } from '@agent-audit/core';
import { memoryLedger } from '@agent-audit/core/test';
import { AuditCallbackHandler } from './index.js';

describe('media in LangChain messages', () => {
  it('records image_url data: URLs and base64 image blocks as { mimeType, bytes, sha256 }', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(30_000)]);
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(20_000)]);
    const ledger = memoryLedger();
    const auditor = createAuditor({ agent: { id: 'vision' }, sink: ledger, redactor: createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(4)]) }), onError: () => {} });
    const model = fakeModel().respond(new AIMessage('A chart.'));
    await model.invoke(
      [
        new HumanMessage({
          content: [
            { type: 'text', text: 'what is in these?' },
            { type: 'image_url', image_url: { url: `data:image/png;base64,${png.toString('base64')}` } },
            { type: 'image', source_type: 'base64', mime_type: 'image/jpeg', data: jpeg.toString('base64') },
          ],
        }),
      ],
      { callbacks: [new AuditCallbackHandler({ auditor })] },
    );
    await auditor.close();
    // Both sides in RFC 8785 form, as the ledger stores them: the member order of the in-memory events is no promise.
    const stored = canonicalize(ledger.events());
    const summary = (bytes: Buffer, mimeType: string) => canonicalize({ mimeType, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
    expect(stored).toContain(summary(png, 'image/png'));
    expect(stored).toContain(summary(jpeg, 'image/jpeg'));
    for (const bytes of [png, jpeg]) {
      const b64 = bytes.toString('base64');
      for (let from = 0; from + 32 <= b64.length; from += 997) expect(stored.includes(b64.slice(from, from + 32))).toBe(false);
    }
  });
});
