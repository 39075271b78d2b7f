import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { auditEventSchema, EVENT_TYPES, eventTypeSchema } from './event.js';
import { createAuditor } from '../auditor/auditor.js';
import { memoryLedger } from '../test.js';

const here = path.dirname(fileURLToPath(import.meta.url));

describe('event schema', () => {
  it('the committed JSON Schema is generated from the zod schema', () => {
    const committed = JSON.parse(fs.readFileSync(path.join(here, '..', '..', 'schema', 'event.schema.json'), 'utf8')) as Record<string, unknown>;
    const { $id: _id, title: _title, description: _description, ...rest } = committed;
    expect(rest).toEqual(JSON.parse(JSON.stringify(z.toJSONSchema(auditEventSchema, { target: 'draft-2020-12' }))));
  });

  it('every known event type is noun.verb (or error) and "finish" is never used', () => {
    for (const type of EVENT_TYPES) {
      expect(eventTypeSchema.safeParse(type).success, type).toBe(true);
      expect(type).not.toMatch(/finish/);
    }
  });

  it('every stored event satisfies the public schema', async () => {
    const ledger = memoryLedger();
    const auditor = createAuditor({ agent: { id: 'schema' }, sink: ledger, onError: () => {} });
    auditor.record({ type: 'model.response', session: 's', actor: { id: 'u', type: 'user' }, model: { provider: 'openai', id: 'gpt', usage: { inputTokens: 3, outputTokens: 4 }, latencyMs: 12, finishReason: 'stop', toolCalls: [{ id: 'c1', name: 'f', arguments: { a: 1 } }] }, content: { output: 'hi' } });
    auditor.record({ type: 'tool.error', tool: { name: 't', callId: 'c1', arguments: [1, 2] }, error: new TypeError('bad'), outcome: 'failure' });
    auditor.record({ type: 'policy.deny', decision: { action: 'deny', reason: 'not allowed', policy: 'p1' }, resource: { type: 'patient', id: 'p-1', operation: 'read' }, outcome: 'denied' });
    auditor.record({ type: 'bogus' });
    await auditor.close();
    for (const event of ledger.events()) {
      const parsed = auditEventSchema.safeParse(event);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    }
  });
});
