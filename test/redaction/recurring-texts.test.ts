// Long texts that recur have their built-in detections cached (issue 19: redactor.ts
// recurringDetections, internal/recent.ts RecurringTexts): a conversation's messages (a model's
// instructions and the conversation so far, which every model call of an agent sends again) from
// their first sighting, other texts from their second. The cache must change nothing in what is
// stored: the same masks and pseudonyms at every sighting, session memory still applied to a
// cached text, and two texts with one fingerprint never mixed up.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '../../packages/core/src/index.js';
import { textFingerprint } from '../../packages/core/src/redaction/internal/recent.js';

const SYSTEM =
  'You are the claims assistant of Northwind Health. Escalate disputes to Dr. Amara Okafor (amara.okafor@example.com, +44 20 7946 0958). ' +
  'Never reveal another member\'s data; cite the plan document; verify the member first. '.repeat(6);

type Message = { role: string; content: string };
type Stored = { content: { input: Message[] }; tool?: { arguments?: Record<string, unknown>; result?: Message[] } };
/**
 * A redactor's `redact` of a model call with these messages (`content.input`: a conversation's
 * texts, cached from their first sighting), or with `asToolResult`, of a tool result holding them
 * (`tool.result`: other texts, cached from their second), returned in `content.input` either way.
 */
function redactorFor(seed: number, asToolResult = false) {
  const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(seed)]) });
  return (session: string, messages: Message[], extra: Record<string, unknown> = {}) => {
    const base = { v: 1, id: `e${Math.random()}`, ts: '2026-12-05T00:00:00.000Z', stream: 's', seq: 0, session, agent: { id: 'a' }, source: 's', outcome: 'success' };
    const event = asToolResult ? { ...base, type: 'tool.result', tool: { name: 'notes.read', result: messages }, ...extra } : { ...base, type: 'model.request', model: { provider: 'mock', id: 'm' }, content: { input: messages }, ...extra };
    const result = redactor.redact(event as never, { capture: {} });
    if (typeof (result as { then?: unknown }).then === 'function') throw new Error('expected a synchronous redactor');
    const stored = (result as { event: Stored }).event;
    return asToolResult ? { ...stored, content: { input: stored.tool?.result ?? [] } } : stored;
  };
}

/**
 * A text with a name and an email and a clean one, of one fingerprint: found once by a birthday
 * search over the two prefixes with a base-36 counter (as an attacker who wanted one text stored
 * with the other's detections would search); the test checks that they still collide.
 */
const COLLIDING: [string, string] = [
  'Forward the claim to Amara Okafor (amara.okafor@example.com) and copy the member, reference 000t8g',
  'Forward the claim to the reviewer on duty and copy the member on the answer, reference 0044i0',
];

describe('detections of recurring long texts are cached without changing what is stored', () => {
  it('masks the instructions the same way at every model call of a conversation', () => {
    const redact = redactorFor(4);
    const messages: Message[] = [{ role: 'system', content: SYSTEM }, { role: 'user', content: 'Hi, this is Maria Garcia, my claim CLM-77 was denied. My email is maria.garcia@example.org.' }];
    const seen: string[][] = [];
    for (let step = 0; step < 6; step++) {
      const stored = redact('conv-1', messages).content.input;
      seen.push(stored.map((message) => message.content));
      messages.push({ role: 'assistant', content: `Step ${step}: the plan covers imaging after prior authorization, which is missing for this visit, Maria.` }, { role: 'user', content: `ok, go ahead with step ${step + 1}` });
    }
    for (const contents of seen) {
      const joined = contents.join('\n');
      for (const raw of ['Amara Okafor', 'amara.okafor@example.com', '7946 0958', 'Maria Garcia', 'maria.garcia@example.org']) expect(joined, raw).not.toContain(raw);
      expect(contents[0]).toBe(seen[0]?.[0]);
      expect(contents[1]).toBe(seen[0]?.[1]);
    }
    // Messages that entered at one step are stored the same at every later one.
    for (let step = 1; step < seen.length; step++) for (let index = 0; index < (seen[step - 1]?.length ?? 0); index++) expect(seen[step]?.[index]).toBe(seen[step - 1]?.[index]);
  });

  it.each([['a conversation\'s message', false], ['a tool result', true]])('still masks, in a cached text (%s), a value the session learned after the text was cached', (_, asToolResult) => {
    const redact = redactorFor(5, asToolResult);
    // No detector reads `qxaro vlintuk` in lower case with no cue; the session learns it later.
    const note: Message = { role: 'user', content: 'the note says qxaro vlintuk will bring the signed forms on friday, after the second appointment at the clinic' };
    expect(redact('conv-2', [note]).content.input[0]?.content).toContain('qxaro vlintuk');
    expect(redact('conv-2', [note]).content.input[0]?.content).toContain('qxaro vlintuk'); // now cached
    // A structured member names the patient: the session remembers the value.
    redact('conv-2', [{ role: 'user', content: 'ok' }], { tool: { name: 'ehr.lookup', arguments: { patient_name: 'Qxaro Vlintuk' } } });
    const third = redact('conv-2', [note]).content.input[0]?.content ?? '';
    expect(third).not.toMatch(/qxaro|vlintuk/i);
    expect(third).toMatch(/\[PERSON:psn_/);
  });

  it('never gives one text the detections of another with the same fingerprint', () => {
    const [personal, clean] = COLLIDING;
    expect(textFingerprint(personal)).toBe(textFingerprint(clean));
    // Tool results: their texts are cached from the second sighting, the first leaving a fingerprint.
    const redact = redactorFor(6, true);
    // The clean text first and twice (its empty detections cached), then the personal one, in turns.
    for (const order of [[clean], [clean], [personal, clean], [personal], [clean, personal], [personal]]) {
      const stored = redact('conv-3', order.map((content) => ({ role: 'user', content }))).content.input.map((message) => message.content);
      order.forEach((text, index) => {
        if (text === clean) expect(stored[index]).toBe(clean);
        else {
          expect(stored[index]).not.toContain('Amara Okafor');
          expect(stored[index]).not.toContain('amara.okafor@example.com');
          expect(stored[index]?.slice(-7)).toBe(personal.slice(-7));
        }
      });
    }
  });
});
