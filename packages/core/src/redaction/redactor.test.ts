import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { UnsealedEvent } from '../spec/event.js';
import type { RedactionResult } from '../spec/redactor.js';
import { createRedactor } from './redactor.js';
import { createKeyring } from './keys.js';
import { PSEUDONYM_PATTERN, REDACTION_FAILED_MARKER } from './pseudonym.js';

const keyA = randomBytes(32);
const keyB = randomBytes(32);

function event(overrides: Partial<UnsealedEvent> = {}): UnsealedEvent {
  return {
    v: 1,
    id: '01JABCDEFGHJKMNPQRSTVWXYZ0',
    ts: '2026-01-01T00:00:00.000Z',
    stream: 's',
    seq: 0,
    type: 'tool.call',
    trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) },
    agent: { id: 'bot' },
    source: 'test',
    outcome: 'success',
    ...overrides,
  };
}

async function run(options: Parameters<typeof createRedactor>[0], input: UnsealedEvent, capture = {}): Promise<RedactionResult> {
  return createRedactor(options).redact(input, { capture });
}

describe('createRedactor', () => {
  it('replaces detected values with typed keyed pseudonyms that join across events and formats', async () => {
    const options = { pseudonymKey: createKeyring([keyA]) };
    const first = await run(options, event({ content: { input: 'mail Alice@Example.com about 4111 1111 1111 1111' } }));
    const second = await run(options, event({ tool: { name: 'crm', arguments: { to: 'alice@example.com', card: '4111-1111-1111-1111' } } }));
    const text = first.event.content?.input as string;
    expect(text).not.toContain('Alice@Example.com');
    expect(text).not.toContain('4111');
    const tokens = [...text.matchAll(PSEUDONYM_PATTERN)].map((m) => m[0]);
    expect(tokens.map((t) => t.slice(1, t.indexOf(':')))).toEqual(['EMAIL', 'CARD']);
    const args = second.event.tool?.arguments as Record<string, string>;
    expect(args.to).toBe(tokens[0]);
    expect(args.card).toBe(tokens[1]);
    // Another key gives other tokens.
    const other = await run({ pseudonymKey: createKeyring([keyB]) }, event({ content: { input: 'mail alice@example.com' } }));
    expect(other.event.content?.input).not.toContain(tokens[0]);
    expect(other.event.content?.input).toMatch(/^mail \[EMAIL:psn_[a-z2-7]{6}_[a-z2-7]{24}\]$/);
  });

  it('redacts every free-text field, keys included, and leaves structural fields alone', async () => {
    const input = event({
      session: 'sess-1',
      actor: { id: 'carol@example.com', type: 'user' },
      model: { provider: 'openai', id: 'gpt-4o', parameters: { user: 'dave@example.com', temperature: 0.2 }, toolCalls: [{ id: 'c1', name: 'lookup', arguments: { phone: '+44 20 7946 0958' } }] },
      resource: { type: 'customer', id: 'erin@example.com' },
      decision: { action: 'refund', reason: 'customer 203.0.113.9 asked' },
      error: { message: 'failed for frank@example.com', code: 'E1' },
      attrs: JSON.parse('{"grace@example.com":{"note":"vip"},"__proto__":"kept as data","nested":[{"deep":"heidi@example.com"}]}') as Record<string, never>,
    });
    const { event: out } = await run({ pseudonymKey: createKeyring([keyA]) }, input);
    const json = JSON.stringify(out);
    for (const raw of ['carol@', 'dave@', '7946', 'erin@', '203.0.113.9', 'frank@', 'grace@', 'heidi@']) expect(json).not.toContain(raw);
    expect(out.model?.id).toBe('gpt-4o');
    expect(out.model?.parameters?.temperature).toBe(0.2);
    expect(out.model?.toolCalls?.[0]?.name).toBe('lookup');
    expect(out.session).toBe('sess-1');
    expect(out.trace).toEqual(input.trace);
    expect(Object.keys(out.attrs ?? {})).toContain('__proto__');
    expect(Object.keys(out.attrs ?? {}).some((key) => key.startsWith('[EMAIL:psn_'))).toBe(true);
  });

  it('replaces whole values under secret key names and configured paths', async () => {
    const input = event({
      tool: { name: 'http', arguments: { headers: { Authorization: 'Basic dXNlcjpwYXNz', 'X-Api-Key': 'k-123', 'Set-Cookie': 'sid=abc' }, config: { db_password: 'p', max_tokens: 100, token_type: 'bearer' }, patient: { dob: '1980-01-01' } } },
    });
    const { event: out, data } = await run({ pseudonymKey: createKeyring([keyA]), paths: ['tool.arguments.patient.dob'] }, input);
    const args = out.tool?.arguments as { headers: Record<string, string>; config: Record<string, unknown>; patient: Record<string, string> };
    expect(args.headers.Authorization).toMatch(/^\[SECRET:psn_/);
    expect(args.headers['X-Api-Key']).toMatch(/^\[SECRET:psn_/);
    expect(args.headers['Set-Cookie']).toMatch(/^\[SECRET:psn_/);
    expect(args.config.db_password).toMatch(/^\[SECRET:psn_/);
    expect(args.config.max_tokens).toBe(100);
    expect(args.config.token_type).toBe('bearer');
    expect(args.patient.dob).toMatch(/^\[REDACTED:psn_/);
    expect(data?.classes).toContain('secret');
    expect(data?.sensitivity).toBe('restricted');
  });

  it('applies capture modes per field group', async () => {
    const input = event({ content: { input: 'hello bob@example.com', output: 'ok' }, tool: { name: 't', arguments: { q: 'bob@example.com' }, result: { rows: [1, 2, 3] } } });
    const options = { pseudonymKey: createKeyring([keyA]) };
    const none = await run(options, input, { default: 'none' });
    expect(none.event.content?.input).toEqual({ $capture: 'none', type: 'string', bytes: 23, chars: 21 });
    expect(none.event.tool?.result).toEqual({ $capture: 'none', type: 'object', bytes: 16, keys: 1 });
    expect(none.data?.classes).toContain('pii.email'); // classified though not kept

    const hashed = await run(options, input, { content: 'hash', arguments: 'redacted', result: 'none' });
    const digest = (hashed.event.content?.input as { digest: string }).digest;
    expect(digest).toMatch(/^hmac-sha256:[a-z2-7]{6}:[0-9a-f]{64}$/);
    expect((await run(options, input, { content: 'hash' })).event.content?.input).toEqual(hashed.event.content?.input);
    expect(((await run({ pseudonymKey: createKeyring([keyB]) }, input, { content: 'hash' })).event.content?.input as { digest: string }).digest).not.toBe(digest);
    expect((hashed.event.tool?.arguments as { q: string }).q).toMatch(/^\[EMAIL:psn_/);
    expect(hashed.event.tool?.result).toMatchObject({ $capture: 'none' });

    // A whole-event mode string works too.
    expect((await run(options, input, 'none' as never)).event.content?.output).toMatchObject({ $capture: 'none' });

    // full without a vault keeps the redacted form and says so.
    const full = await run(options, input, { default: 'full' });
    expect(full.event.content?.input).toMatch(/^hello \[EMAIL:psn_/);
    expect(full.errors?.[0]?.message).toMatch(/needs a vault/);
  });

  it('sends originals to the vault in full mode, the ledger keeps the redacted form', async () => {
    const stored: Array<{ ref: string; subjects: readonly string[]; plaintext: string; type: string }> = [];
    const vault = { store: async (entry: (typeof stored)[number]) => void stored.push(entry) };
    const input = event({ actor: { id: 'u-1', type: 'user' }, content: { input: 'call me on +1 415 555 0132' } });
    const { event: out } = await run({ pseudonymKey: createKeyring([keyA]), vault }, input, { content: 'full' });
    const token = (out.content?.input as string).slice('call me on '.length);
    expect(token).toMatch(/^\[PHONE:psn_/);
    expect(stored).toContainEqual({ ref: token, subjects: [token], plaintext: '+1 415 555 0132', type: 'PHONE' });
    expect(stored).toContainEqual({ ref: `evt:${input.id}/content.input`, subjects: [token, 'actor:u-1'].sort(), plaintext: JSON.stringify('call me on +1 415 555 0132'), type: 'FIELD' });
  });

  it('never lets a raw value through when a detector throws or hangs', async () => {
    const throwing = { name: 'boom', detect: () => { throw new Error('detector bug'); } };
    const hanging = { name: 'slow-ner', detect: () => new Promise<never>(() => undefined), timeoutMs: 50 };
    for (const detector of [throwing, hanging]) {
      const result = await run({ pseudonymKey: createKeyring([keyA]), detectors: [detector] }, event({ content: { input: 'Jane Roe lives at 1 Main St' }, tool: { name: 't', arguments: { note: 'Jane Roe' } } }));
      expect(JSON.stringify(result.event)).not.toContain('Jane');
      expect(result.event.content?.input).toBe(REDACTION_FAILED_MARKER);
      expect(result.errors?.length).toBe(1);
      expect(result.errors?.[0]?.message).toContain(detector.name);
    }
  });

  it('runs user detectors, sync and async, and classifies their findings', async () => {
    const names = {
      name: 'names',
      detect: async (text: string) => [...text.matchAll(/\bJane Roe\b/g)].map((m) => ({ start: m.index, end: m.index + 8, type: 'PERSON', class: 'pii.person' })),
    };
    const result = await run({ pseudonymKey: createKeyring([keyA]), detectors: [names] }, event({ content: { input: 'ask Jane Roe' } }));
    expect(result.event.content?.input).toMatch(/^ask \[PERSON:psn_/);
    expect(result.data?.classes).toEqual(['pii.person']);
    const bad = { name: 'bad-span', detect: () => [{ start: 0, end: 999, type: 'X', class: 'x' }] };
    const failed = await run({ pseudonymKey: createKeyring([keyA]), detectors: [bad] }, event({ content: { input: 'short' } }));
    expect(failed.event.content?.input).toBe(REDACTION_FAILED_MARKER);
    expect(failed.errors?.[0]?.message).toContain('bad-span');
  });

  it('classifies events: classes, sensitivity, regimes, retention, resource registry', async () => {
    const options = { pseudonymKey: createKeyring([keyA]), resources: [{ tool: /^ehr\./, domain: 'health', classes: ['phi'] }] };
    const clean = await run(options, event({ content: { input: 'what is the weather' } }));
    expect(clean.data).toEqual({ classes: [], sensitivity: 'internal' });
    expect(clean.compliance).toEqual({ regimes: ['eu-ai-act', 'soc2'], retentionDays: 365 });
    const card = await run(options, event({ content: { input: 'card 4111111111111111' } }));
    expect(card.data).toEqual({ classes: ['payment.card'], sensitivity: 'restricted' });
    expect(card.compliance?.regimes).toEqual(['eu-ai-act', 'gdpr', 'pci-dss', 'soc2']);
    const iban = await run(options, event({ content: { input: 'IBAN GB82WEST12345698765432' } }));
    expect(iban.compliance?.retentionDays).toBe(7 * 365);
    const ehr = await run(options, event({ tool: { name: 'ehr.read_chart', arguments: { id: 'c-9' } } }));
    expect(ehr.data).toEqual({ classes: ['phi'], sensitivity: 'restricted' });
    expect(ehr.compliance).toEqual({ regimes: ['eu-ai-act', 'gdpr', 'hipaa', 'soc2'], retentionDays: 6 * 365 });
    const terms = await run(options, event({ content: { input: 'adjust the medication dosage' } }));
    expect(terms.data?.classes).toEqual(['phi']);
    expect(terms.event.content?.input).toBe('adjust the medication dosage');
    const fhir = await run(options, event({ resource: { type: 'Observation', id: 'obs-1' } }));
    expect(fhir.data?.classes).toEqual(['phi']);
    const custom = await run({ ...options, classification: { baseline: { regimes: [], sensitivity: 'public' } } }, event({ content: { input: 'hi' } }));
    expect(custom.data?.sensitivity).toBe('public');
    expect(custom.compliance).toEqual({ regimes: [] });
  });
});

describe('session memory: a name forgotten and sighted again', () => {
  it('remembers its variants again (kept from the first sighting), with the same pseudonym', async () => {
    const redactor = createRedactor({ pseudonymKey: createKeyring([keyA]), sessionMemory: { maxValues: 3 } });
    const say = async (text: string, patient?: string) => {
      const result = await redactor.redact(event({ session: 'ward-7', content: { input: patient === undefined ? text : { patient_name: patient, note: text } } }), { capture: {} });
      return result.event.content?.input as string | Record<string, string>;
    };
    const token = ((await say('admitted', 'Wiremu Tapsell')) as Record<string, string>).patient_name as string;
    // Lower case: no detector sees a name here; only the remembered variant `Wiremu` does.
    expect(await say('tell wiremu hi')).toBe(`tell ${token} hi`);
    // Three other names push the name and its variants out of a memory of three values.
    for (const other of ['Aroha Ngata', 'Hemi Walker', 'Mere Parata']) await say('seen', other);
    expect(await say('tell wiremu hi')).toBe('tell wiremu hi');
    await say('back', 'Wiremu Tapsell');
    expect(await say('tell wiremu hi')).toBe(`tell ${token} hi`);
  });
});
