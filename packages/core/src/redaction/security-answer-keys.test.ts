// The answer to a security question is a credential (the second README-only probe of 2026-12-04,
// seen once: `security_answer: 'fluffy'` stored raw).
import { describe, expect, it } from 'vitest';
import { createKeyring } from './keys.js';
import { createRedactor } from './redactor.js';
import type { RedactionResult } from '../spec/redactor.js';
import type { UnsealedEvent } from '../spec/event.js';

describe('security answers under their key', () => {
  it('security_answer, secretAnswer, securityQuestionAnswer, memorable_word are secrets; the question and a plain answer stay', () => {
    const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(2)]) });
    const values = { security_answer: 'fluffy', secretAnswer: 'Rex', securityQuestionAnswer: 'Paris', memorable_word: 'marmalade', challenge_answer: 'blue', security_question: 'First pet?', answer: 'yes' };
    const out = (redactor.redact({ v: 1, id: '01JTESTSQA0000000000000000', ts: '2026-12-04T12:00:00.000Z', stream: 's', seq: 0, type: 'tool.call', agent: { id: 'a' }, tool: { name: 'reset', arguments: values } } as unknown as UnsealedEvent, { capture: {} }) as RedactionResult).event.tool?.arguments as Record<string, string>;
    for (const key of ['security_answer', 'secretAnswer', 'securityQuestionAnswer', 'memorable_word', 'challenge_answer']) expect(out[key]).toMatch(/^\[SECRET:/);
    expect(out.security_question).toBe('First pet?');
    expect(out.answer).toBe('yes');
  });
});
