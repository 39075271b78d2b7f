// Issue 11: obfuscated email addresses (`dave [at] example [dot] com`, `dave at example dot com`,
// `dave @ example . com`, ...) were stored raw. They are EMAIL findings now, with the plain
// address as the canonical value (one pseudonym for every spelling), through a separator grammar
// (packages/core/src/redaction/obfuscated-emails.ts), not a list of spellings. Prose with "at" and
// "dot" stays untouched. The held-back set was written after the fix and is checked as written.
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor, detectSensitive } from '@agent-audit/core';
import { detectObfuscatedEmails, isProseWord, type ScanWork } from '../../packages/core/src/redaction/obfuscated-emails.js';

const emails = (text: string) => detectSensitive(text).filter((d) => d.type === 'EMAIL').map((d) => ({ span: text.slice(d.start, d.end), normalized: d.normalized, class: d.class }));

describe('obfuscated email addresses', () => {
  // The spellings of the report: [text, the span that must be masked, the canonical address].
  const attack: Array<[string, string, string]> = [
    ['contact dave [at] example [dot] com for access', 'dave [at] example [dot] com', 'dave@example.com'],
    ['dave(at)example(dot)com', 'dave(at)example(dot)com', 'dave@example.com'],
    ['write to dave at example dot com', 'dave at example dot com', 'dave@example.com'],
    ['mail: dave{at}example{dot}co{dot}uk', 'dave{at}example{dot}co{dot}uk', 'dave@example.co.uk'],
    ['reply to dave @ example . com today', 'dave @ example . com', 'dave@example.com'],
    ['DAVE[AT]EXAMPLE[DOT]COM', 'DAVE[AT]EXAMPLE[DOT]COM', 'dave@example.com'],
    ['Kontakt: dave (at) beispiel (punkt) de', 'dave (at) beispiel (punkt) de', 'dave@beispiel.de'],
  ];

  it('finds each spelling of the report whole, as the EMAIL class, normalized to the plain address', () => {
    for (const [text, span, normalized] of attack) {
      expect(emails(text), text).toEqual([{ span, normalized, class: 'pii.email' }]);
    }
  });

  it('stores none of them raw, and gives every spelling the pseudonym of the plain address', async () => {
    const redactor = createRedactor({ pseudonymKey: createKeyring([randomBytes(32)]), sessionMemory: false });
    const texts = [...attack.map(([text]) => text), 'plain: dave@example.com'];
    const result = await redactor.redact(
      { v: 1, id: '01JABCDEFGHJKMNPQRSTVWXYZ0', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.result', trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) }, agent: { id: 'bot' }, source: 'test', outcome: 'success', tool: { name: 'crm.lookup', result: texts } },
      { capture: { result: 'redacted' } },
    );
    const stored = result.event.tool?.result as string[];
    const tokens = new Set<string>();
    for (const [index, [, span, normalized]] of attack.entries()) {
      expect(stored[index], span).not.toContain(span);
      expect(stored[index], span).toMatch(/\[EMAIL:psn_[a-z2-7_]+\]/);
      if (normalized === 'dave@example.com') for (const token of (stored[index] as string).match(/\[EMAIL:psn_[a-z2-7_]+\]/g) ?? []) tokens.add(token);
    }
    const plain = (stored.at(-1) as string).match(/\[EMAIL:psn_[a-z2-7_]+\]/)?.[0];
    expect(plain).toBeDefined();
    expect([...tokens]).toEqual([plain]);
    expect(result.event.data?.classes).toContain('pii.email');
  });

  it('property: every bracket, case and spacing of the separator grammar is found whole', () => {
    const brackets = fc.constantFrom<[string, string]>(['[', ']'], ['(', ')'], ['{', '}'], ['<', '>']);
    const spaces = fc.constantFrom('', ' ', '  ', '\t', '   ');
    const casing = fc.constantFrom((w: string) => w, (w: string) => w.toUpperCase(), (w: string) => w[0]!.toUpperCase() + w.slice(1));
    const word = fc.stringMatching(/^[a-z][a-z0-9]{1,10}$/).filter((w) => !['at', 'dot'].includes(w));
    const tld = fc.constantFrom('com', 'org', 'de', 'uk', 'fr', 'io', 'museum');
    const bracketed = (at: string) => fc.tuple(brackets, spaces, spaces, spaces, casing).map(([[open, close], outer, inner, inner2, caseOf]) => `${outer}${open}${inner}${caseOf(at)}${inner2}${close}${outer}`);
    const atSeparator = fc.oneof(bracketed('at'), bracketed('@'), fc.constantFrom(' @ ', '  @  ', '\t@\t'));
    const dotSeparator = fc.oneof(bracketed('dot'), bracketed('punkt'), bracketed('.'), fc.constantFrom('.', ' . '));
    fc.assert(
      fc.property(word, atSeparator, fc.array(fc.tuple(word, dotSeparator), { minLength: 1, maxLength: 3 }), tld, (user, at, labels, top) => {
        const address = `${user}${at}${labels.map(([label, dot]) => `${label}${dot}`).join('')}${top}`;
        const text = `Contact: ${address}, thanks`;
        const canonical = `${user}@${labels.map(([label]) => label).join('.')}.${top}`.toLowerCase();
        // Only whitespace as obfuscation (` @ ` with `.` or ` . `) needs a real TLD: all of these are.
        expect(emails(text)).toEqual([{ span: address, normalized: canonical, class: 'pii.email' }]);
      }),
      { numRuns: 300 },
    );
  });

  it('property: the bare form after a mail cue, with a real TLD, is found whole', () => {
    // Words that are no prose word the bare form refuses (`look`, `him`, `the`: see isProseWord).
    const word = fc.stringMatching(/^[a-z][a-z0-9]{2,10}$/).filter((w) => w !== 'dot' && !isProseWord(w));
    const cue = fc.constantFrom('write to', 'email', 'e-mail:', 'contact', 'send it to', 'my address is');
    const tld = fc.constantFrom('com', 'org', 'net', 'de', 'fr', 'co dot uk', 'com dot au');
    fc.assert(
      fc.property(cue, word, fc.array(word, { minLength: 1, maxLength: 2 }), tld, fc.constantFrom('', '.', ' please', ', thanks'), (before, user, labels, top, after) => {
        const address = `${user} at ${labels.join(' dot ')} dot ${top}`;
        const found = emails(`${before} ${address}${after}`);
        expect(found).toEqual([{ span: address, normalized: `${user}@${labels.join('.')}.${top.replaceAll(' dot ', '.')}`, class: 'pii.email' }]);
      }),
      { numRuns: 300 },
    );
  });

  // Held back: spellings written after the fix and run untuned (not adjusted to pass).
  it('held-back spellings', () => {
    const held: Array<[string, string, string]> = [
      ['Mail an jana.schulz (at) firma (punkt) de bitte', 'jana.schulz (at) firma (punkt) de', 'jana.schulz@firma.de'],
      ['reach me: bob_99 [ AT ] mail [ DOT ] example [ DOT ] net', 'bob_99 [ AT ] mail [ DOT ] example [ DOT ] net', 'bob_99@mail.example.net'],
      ['<info{at}acme{dot}io>', 'info{at}acme{dot}io', 'info@acme.io'],
      ['écrire à marie [arobase] exemple [point] fr', 'marie [arobase] exemple [point] fr', 'marie@exemple.fr'],
      ['escríbeme: ana(arroba)correo(punto)es', 'ana(arroba)correo(punto)es', 'ana@correo.es'],
      ['email me at john dot smith at example dot org.', 'john dot smith at example dot org', 'john.smith@example.org'],
      ['support@help [dot] example [dot] com', 'support@help [dot] example [dot] com', 'support@help.example.com'],
      ['sales [@] shop [.] co [.] nz', 'sales [@] shop [.] co [.] nz', 'sales@shop.co.nz'],
      ['Contact:\tlee\t@\texample\t.\tcom', 'lee\t@\texample\t.\tcom', 'lee@example.com'],
      ['Please write to Sam At Example Dot Com', 'Sam At Example Dot Com', 'sam@example.com'],
    ];
    for (const [text, span, normalized] of held) {
      expect(emails(text), text).toEqual([{ span, normalized, class: 'pii.email' }]);
    }
  });
});

describe('prose with "at" and "dot" is no address', () => {
  it('leaves the look-alikes untouched', () => {
    const prose = [
      // The report's look-alikes.
      'meet at the station dot',
      'look at example dot',
      'at 5 dot 30',
      // No TLD, a TLD that is a word going on into the sentence, a prose word before "at".
      'The meeting is at 5 dot 30 pm in room 4.',
      'look at example dot com for the details',
      'visit us at example dot com',
      'He works at Google dot com now',
      'arrive at 5 dot in the morning',
      'meet me at the office dot it is near',
      'prices at amazon dot com are low',
      'Python 3.12 at python dot org',
      // A bare "at" with plain dots is a sentence: documentation, hosting, links.
      'The docs are available at docs.example.com and at example.org.',
      'HEAD is at 3f2c1a9 in repo example.com',
      // Spaced `@` as an operator (Python's matrix product), decorators, mentions.
      'y = x @ self.weight + bias',
      'out = a @ b.T',
      'result = weights @ inputs.reshape(4, 4)',
      'thanks @ team.lead for the review',
      // Dots and at-signs elsewhere.
      'connect the dots at scale; on the dot at nine',
      'polka dot dress at the shop',
      'Look at the diagram (dot) above at right',
      'see @mention and a@b',
    ];
    for (const text of prose) expect(emails(text), text).toEqual([]);
  });
});

describe('hostile input', () => {
  const fill = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  const units = ['a [at] ', 'x dot ', 'a at ', 'a at a dot a at a dot ', ' at dot', 'a@', '@ ', ' @ a . ', '[at]', 'd [at] e [dot] c ', `${'a'.repeat(60)} [at] `, `a[at]${'b[dot]'.repeat(12)}`, 'write to dave at example dot com, '];

  it('finishes on 512 KiB of each shape and finds what is there', () => {
    for (const unit of units) {
      const text = fill(unit, 512 * 1024);
      const found = detectSensitive(`${text} mail me at someone@example.org`).filter((d) => d.type === 'EMAIL');
      expect(found.at(-1)?.normalized, JSON.stringify(unit)).toBe('someone@example.org');
    }
    const addresses = fill('write to dave at example dot com, ', 512 * 1024);
    expect(detectSensitive(addresses).filter((d) => d.type === 'EMAIL').length).toBe(Math.floor(addresses.length / 34));
  });

  // Linearity as counted work, not time: twice the input costs at most ~2.2x the steps.
  it('does linear work: twice the input, at most 2.2x the steps', () => {
    const stepsFor = (unit: string, n: number) => {
      const work: ScanWork = { steps: 0 };
      detectObfuscatedEmails(fill(unit, n), [], work);
      return work.steps;
    };
    for (const unit of units.filter((u) => u !== 'x dot ')) {
      const small = stepsFor(unit, 128 * 1024);
      const large = stepsFor(unit, 256 * 1024);
      expect(small, JSON.stringify(unit)).toBeGreaterThan(0);
      expect(large / small, JSON.stringify(unit)).toBeLessThan(2.2);
      // And a bounded constant per character: no anchor looks further than its own bounds.
      expect(large / (256 * 1024), JSON.stringify(unit)).toBeLessThan(8);
    }
  });
});
