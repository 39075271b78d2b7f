// Row 102 of test/redaction/probe-2026-12-03e.cases.md through the LangChain adapter: a tool's
// `runName` becomes `tool.name` and `metadata.user_id` becomes `actor.id`; personal data in them
// is masked in place, ordinary names are kept (docs/REDACTION.md, "Envelope fields").
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { tool } from '@langchain/core/tools';
import { createAuditor, fileLedger, readEvents } from '@agent-audit/core';
import { AIMessage } from '@langchain/core/messages';
import { AuditCallbackHandler } from './index.js';
import { ScriptedChatModel } from './test.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function storedText(dir: string): Promise<string> {
  const out: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.name.endsWith('.jsonl')) out.push(await readFile(full, 'utf8'));
    }
  };
  await walk(dir);
  return out.join('\n');
}

describe('LangChain runName and metadata.user_id in the envelope', () => {
  it('a runName naming a person and a user_id that is an email are not stored raw; a plain tool name is kept', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'aa-lc-envelope-'));
    dirs.push(dir);
    const auditor = createAuditor({ agent: { id: 'triage-bot' }, sink: fileLedger({ dir }) });
    const lookup = tool(async ({ id }: { id: string }) => `record ${id}`, { name: 'crm_lookup', description: 'look up a record', schema: z.object({ id: z.string() }) });
    const handler = new AuditCallbackHandler({ auditor });
    await lookup.invoke({ id: 'r-7' }, { callbacks: [handler], runName: 'triage for Tevita Havili', metadata: { user_id: 'tevita.havili@gmail.com' } });
    await lookup.invoke({ id: 'r-8' }, { callbacks: [handler], metadata: { user_id: 'user-1000' } });
    await auditor.close();
    const text = (await storedText(dir)).replace(/\[[A-Z_]+:psn_\w+\]/g, '[]');
    for (const raw of ['Tevita', 'Havili', 'tevita.havili', 'gmail.com']) expect(text).not.toContain(raw);
    const events = [];
    for await (const event of readEvents(dir, { stream: 'triage-bot' })) if (event.tool) events.push(event);
    expect(events.map((e) => e.tool?.name)).toEqual(expect.arrayContaining(['crm_lookup']));
    expect(events.some((e) => /^triage for \[PERSON:psn_\w+\]$/.test(e.tool?.name ?? ''))).toBe(true);
    expect(events.some((e) => e.actor?.id === 'user-1000')).toBe(true);
  });
});

describe('LangChain run names are structure (adapters probe of 2026-12-07, L5)', () => {
  it("a tool's name in attrs.langchain.name is kept when a tag of the same run names a patient; the name in the tag is masked", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'aa-lc-run-name-'));
    dirs.push(dir);
    const auditor = createAuditor({ agent: { id: 'clinic-bot' }, sink: fileLedger({ dir }) });
    const lookup = tool(async ({ q }: { q: string }) => `found ${q}`, { name: 'lookup', description: 'look up a record', schema: z.object({ q: z.string() }) });
    const handler = new AuditCallbackHandler({ auditor });
    const config = { callbacks: [handler], metadata: { audit_session_id: 'sess-1' }, tags: ['patient:Patient: John Smith', 'ward-3'] };
    // Earlier in the session the user greets the model with the patient's label and name.
    const model = new ScriptedChatModel({ responses: [new AIMessage({ content: 'Answer for Patient: John Smith' })] });
    await model.invoke('hello Patient: John Smith', { ...config, runName: 'triage for John Smith' });
    await lookup.invoke({ id: 'call_9', name: 'lookup', args: { q: 'Patient: John Smith, john.smith@example.com' }, type: 'tool_call' }, config);
    await auditor.close();
    const events = [];
    for await (const event of readEvents(dir, { stream: 'clinic-bot' })) if (event.tool) events.push(event);
    expect(events.map((e) => e.type)).toEqual(['tool.call', 'tool.result']);
    for (const event of events) {
      const langchain = event.attrs?.langchain as { name?: unknown; tags?: unknown[] };
      expect(event.tool?.name, event.type).toBe('lookup');
      expect(langchain.name, event.type).toBe('lookup');
      expect(JSON.stringify(langchain.tags), event.type).not.toContain('John');
      expect(JSON.stringify(langchain.tags), event.type).not.toContain('Smith');
      expect(langchain.tags?.[1], event.type).toBe('ward-3');
    }
    expect(await storedText(dir)).not.toMatch(/John|Smith/);
  });
});
