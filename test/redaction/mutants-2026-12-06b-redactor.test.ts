// Issue 13: redactor.ts's code of 2026-12-06's second session (1e1d0d8a, O9 of the probe of 2026-12-06):
// loneOrdinaryWord keeps one ordinary word read as a PERSON out of session memory, and only a PERSON.
// Written from the mutants of its by-hand check (docs/TESTING.md, the row "redactor.ts of 2026-12-06's
// second session"): with `type !== 'PERSON'` dropped from loneOrdinaryWord, a password that is an ordinary
// English word (`password: Football`) was no longer remembered, and stored raw where it recurred later in
// its session; this test failed with that mutant made by hand and passes without it.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor } from '../../packages/core/src/index.js';

const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(6)]) });
/** The redacted `content.input` of one message of `session`. */
async function say(session: string, input: string): Promise<string> {
  const out = await redactor.redact({ type: 'message.user', session, content: { input } } as never, {} as never);
  return (out.event as { content: { input: string } }).content.input;
}

describe('session memory: an ordinary word is kept out only when read as a PERSON', () => {
  it.each(['Football', 'Purple', 'Pending', 'Monkey'])('a password that is an ordinary word (%s) is masked where it recurs later in its session', async (word) => {
    const session = `pw-${word}`;
    const first = await say(session, `password: ${word}`);
    expect(first).toMatch(/^password: \[PASSWORD:psn_\w+\]$/);
    const later = await say(session, `the wifi still says ${word}`);
    expect(later).not.toContain(word);
    expect(later.replace(/\[PASSWORD:psn_\w+\]/, '<token>')).toBe('the wifi still says <token>');
  });

  it('the same word read once as a signer stays readable in the later event', async () => {
    // `Yesterday`, not `Pending`: since O8 of the probe of 2026-12-06 (9a95aca5) a word that is a message of its own
    // (`Pending`, `Sorry`) alone after a sign-off is no signer at all; an ordinary word the lists lack still is.
    expect(await say('sign-yesterday', 'Regards,\nYesterday')).toMatch(/^Regards,\n\[PERSON:psn_\w+\]$/);
    expect(await say('sign-yesterday', 'yesterday still open; Yesterday since monday')).toBe('yesterday still open; Yesterday since monday');
  });
});
