// Row 102 of test/redaction/probe-2026-12-03e.cases.md: personal data in envelope fields that are
// structure (tool.name, tool.callId, decision.action, error.code, ...) was stored raw. They keep
// their value when it is ordinary structure; high-confidence personal data in them is masked in
// place with the same pseudonyms as elsewhere (docs/REDACTION.md, "Envelope fields").
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor, fileLedger, type UnsealedEvent } from '@agent-audit/core';
import { storedJsonl, unescapedLines, blankMachineValues } from './stored.js';

const key = createKeyring([Buffer.alloc(32, 41)]);
const redactor = createRedactor({ pseudonymKey: key });

function base(extra: Partial<UnsealedEvent>): UnsealedEvent {
  return { v: 1, id: '01HZX3K8Q9W6F0R2M4N7P5T1VB', ts: '2026-12-03T22:00:00.000Z', stream: 's', seq: 0, type: 'tool.call', trace: { traceId: '0af7651916cd43dd8448eb211c80319c', spanId: 'b7ad6b7169203331' }, agent: { id: 'bot' }, source: 'app', outcome: 'success', ...extra } as UnsealedEvent;
}
async function redacted(extra: Partial<UnsealedEvent>): Promise<UnsealedEvent> {
  return (await redactor.redact(base(extra), {})).event;
}
/** Pseudonyms and long hex runs blanked, so a short `not.toContain` cannot match inside them. */
const blank = (text: string): string => blankMachineValues(text).replace(/\[[A-Z_0-9]+:psn_\w+\]/g, '[]').replace(/[0-9a-f]{32,}/g, '');

/** An event holding `value` in every envelope field that is structure (redactor.ts structureValue). */
const inEveryStructureField = (value: string) => ({
  source: value,
  model: { provider: value, id: value, responseId: value, finishReason: value, toolCalls: [{ id: value, name: value }] },
  tool: { name: value, callId: value, server: value },
  resource: { type: value, id: 'r-1', operation: value },
  decision: { action: value, policy: value },
  error: { message: 'x', code: value, type: value },
});

describe('envelope fields that are structure: personal data masked in place', () => {
  it('the probe: tool.name, tool.callId, decision.action, error.code', async () => {
    const event = await redacted({
      tool: { name: 'lookup_Tevita_Havili_536-22-8514', callId: 'tevita.havili@gmail.com', arguments: {} },
      decision: { action: 'refund to GB82 WEST 1234 5698 7654 32', policy: 'card 4111 1111 1111 1111' },
      error: { message: 'failed', code: '536-22-8514', type: 'call +44 7700 900123' },
    });
    expect(event.tool?.name).toMatch(/^lookup_\[PERSON:psn_\w+\]_\[SSN:psn_\w+\]$/);
    expect(event.tool?.callId).toMatch(/^\[EMAIL:psn_\w+\]$/);
    expect(event.decision?.action).toMatch(/^refund to \[IBAN:psn_\w+\]$/);
    expect(event.decision?.policy).toMatch(/^card \[CARD:psn_\w+\]$/);
    expect(event.error?.code).toMatch(/^\[SSN:psn_\w+\]$/);
    expect(event.error?.type).toMatch(/^call \[PHONE:psn_\w+\]$/);
    expect(event.data?.classes).toEqual(expect.arrayContaining(['pii.email', 'pii.government_id', 'pii.person', 'financial.iban', 'payment.card', 'pii.phone']));
  });

  it('the same pseudonym as the value elsewhere in the event', async () => {
    const event = await redacted({ tool: { name: 'notify', callId: 'tevita.havili@gmail.com', arguments: { to: 'tevita.havili@gmail.com' } } });
    expect(event.tool?.callId).toBe((event.tool?.arguments as Record<string, string>).to);
    const named = await redacted({ tool: { name: 'lookup_Tevita_Havili_536-22-8514', arguments: { note: 'Tevita Havili, SSN 536-22-8514' } } });
    const tokens = (named.tool?.name as string).match(/\[[A-Z]+:psn_\w+\]/g) ?? [];
    expect(tokens).toHaveLength(2);
    for (const token of tokens) expect((named.tool?.arguments as Record<string, string>).note).toContain(token);
  });

  it('a name with a cue, a title, a listed first name and surname, or beside other personal data', async () => {
    const names = ['triage for Tevita Havili', 'escalate to Aroha Ngata', 'call_Dr_Okafor', 'Amara Okafor', 'lookup_Tevita_Havili_536-22-8514'];
    for (const name of names) {
      const event = await redacted({ tool: { name } });
      expect(blank(event.tool?.name as string), name).not.toMatch(/Havili|Ngata|Okafor/);
      expect(event.tool?.name, name).toMatch(/\[PERSON:psn_\w+\]/);
    }
  });

  it('ordinary structure is kept as written (queries by tool name still work)', async () => {
    const kept = [
      'crm.lookup_customer', 'call_0001', 'ECONNRESET', 'user-1000', 'get_Customer_Record', 'Ask Claude', 'Jenkins Build', 'Max Retries Exceeded',
      'Travis CI', 'Tavily Search', 'Wikipedia Query Run', 'search_John_Smith', 'call_Ab3dEf9GhIjKlMn0pQrStUvW', 'toolu_01A09q90qw90lq917835lq9',
      '550e8400-e29b-41d4-a716-446655440000', 'chatcmpl-AbC1234567890xyz', 'resp_67ccd2bed1ec8190b14f964abc0542670bb6a6b452d3795b', 'gpt-4o-2024-08-06',
      'claude-3-5-sonnet-20241022', 'anthropic.claude-3-sonnet-20240229-v1:0', 'ERR_HTTP_404', '23505', '10.0.0.1:8080', 'mcp://crm/lookup', 'hipaa-minimum-necessary',
      '1701648000000', 'rate_limit_exceeded',
    ];
    for (const value of kept) {
      const event = await redacted(inEveryStructureField(value));
      const fields = [event.source, event.model?.provider, event.model?.id, event.model?.responseId, event.model?.finishReason, event.model?.toolCalls?.[0]?.id, event.model?.toolCalls?.[0]?.name, event.tool?.name, event.tool?.callId, event.tool?.server, event.resource?.type, event.resource?.operation, event.decision?.action, event.decision?.policy, event.error?.code, event.error?.type];
      expect(fields, value).toEqual(fields.map(() => value));
    }
    const numeric = await redacted({ error: { message: 'x', code: 5362285 } });
    expect(numeric.error?.code).toBe(5362285);
  });

  it('every structure field is read: source, model, tool calls, tool, resource, decision, error', async () => {
    const email = 'tevita.havili@gmail.com';
    const event = await redacted(inEveryStructureField(email));
    expect(JSON.stringify(event)).not.toContain(email);
  });

  it('end to end: createAuditor + fileLedger store none of it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aa-envelope-'));
    const auditor = createAuditor({ agent: { id: 'crm-bot' }, sink: fileLedger({ dir }), redactor: createRedactor({ pseudonymKey: key }) });
    auditor.record({ type: 'tool.call', actor: { id: 'tevita.havili@gmail.com', type: 'user' }, tool: { name: 'lookup_Tevita_Havili_536-22-8514', callId: 'tevita.havili@gmail.com', arguments: { q: 'x' } } });
    auditor.record({ type: 'decision.made', decision: { action: 'approve for Tevita Havili', reason: 'ok' } });
    auditor.record({ type: 'tool.error', tool: { name: 'triage for Tevita Havili' }, error: { message: 'failed', code: '536-22-8514' } });
    auditor.record({ type: 'tool.call', tool: { name: 'crm.lookup_customer', callId: 'call_0001' }, error: { message: 'x', code: 'ECONNRESET' } });
    await auditor.close();
    const stored = blank(unescapedLines(storedJsonl(dir)));
    for (const raw of ['Tevita', 'Havili', '536-22-8514', 'gmail.com']) expect(stored).not.toContain(raw);
    for (const kept of ['"crm.lookup_customer"', '"call_0001"', '"ECONNRESET"', '"lookup_[PERSON:']) expect(unescapedLines(storedJsonl(dir))).toContain(kept);
  });
});
