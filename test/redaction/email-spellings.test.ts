// Issue 11, a fresh attacker (leak A, item 1): email addresses spelled so that neither the plain
// `local@domain.tld` detector nor the bracketed/bare separator grammar saw them were stored in
// clear through `createAuditor(...).record(...)`:
//   - the separators joined by dashes or underscores (`dave-at-example-dot-com`,
//     `dave_at_example_dot_com`): a joined form of the separator grammar (obfuscated-emails.ts);
//   - the `@` or `.` written as an HTML/XML character reference (`dave&#64;example.com`,
//     `dave&#x40;example.com`, `dave&commat;example.com`, `&period;`): character references are
//     decoded in the decoded view of the text, beside percent-encoding (detectors.ts,
//     decodedView), so every detector reads them, not only the email one.
// Prose with "at", "dot", dashes and ampersands stays unmasked.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PSEUDONYM_PATTERN, createAuditor, createKeyring, createRedactor, detectSensitive, fileLedger } from '@agent-audit/core';
import { detectObfuscatedEmails, type ScanWork } from '../../packages/core/src/redaction/obfuscated-emails.js';
import { storedJsonl, unescapedLines } from './stored.js';

const emails = (text: string) => detectSensitive(text).filter((d) => d.type === 'EMAIL').map((d) => ({ span: text.slice(d.start, d.end), normalized: d.normalized }));

/** The attacker's spellings: [text, the span that must be masked, the canonical address]. */
const joined: Array<[string, string, string]> = [
  ['dave-at-example-dot-com', 'dave-at-example-dot-com', 'dave@example.com'],
  ['please write dave-at-example-dot-com today', 'dave-at-example-dot-com', 'dave@example.com'],
  ['contact: dave_at_example_dot_com', 'dave_at_example_dot_com', 'dave@example.com'],
  ['DAVE-AT-EXAMPLE-DOT-CO-DOT-UK', 'DAVE-AT-EXAMPLE-DOT-CO-DOT-UK', 'dave@example.co.uk'],
  ['mail john-dot-smith-at-example-dot-org now', 'john-dot-smith-at-example-dot-org', 'john.smith@example.org'],
  ['reach dave-at-example-dot-com-thanks', 'dave-at-example-dot-com', 'dave@example.com'],
  ['email: dave-at-acme-labs-dot-com', 'dave-at-acme-labs-dot-com', 'dave@acme-labs.com'],
];
const entities: Array<[string, string, string]> = [
  ['mail dave&#64;example.com please', 'dave&#64;example.com', 'dave@example.com'],
  ['dave&#x40;example.com', 'dave&#x40;example.com', 'dave@example.com'],
  ['<p>Contact: dave&commat;example.com</p>', 'dave&commat;example.com', 'dave@example.com'],
  ['dave&#X40;example&#46;com', 'dave&#X40;example&#46;com', 'dave@example.com'],
  ['dave&commat;example&period;com is mine', 'dave&commat;example&period;com', 'dave@example.com'],
  ['write to dave&#0064;example.com', 'dave&#0064;example.com', 'dave@example.com'],
];
/** Spellings the existing rules already caught: kept here so the family is checked together. */
const known: Array<[string, string, string]> = [
  ['dave at example dot com', 'dave at example dot com', 'dave@example.com'],
  ['dave [at] example [dot] com', 'dave [at] example [dot] com', 'dave@example.com'],
  ['dave(at)example(dot)com', 'dave(at)example(dot)com', 'dave@example.com'],
  ['see dave%40example.com ok', 'dave%40example.com', 'dave@example.com'],
];

describe('emails with joined separators (dashes, underscores)', () => {
  it('finds each spelling whole, normalized to the plain address', () => {
    for (const [text, span, normalized] of joined) expect(emails(text), text).toEqual([{ span, normalized }]);
  });

  it('leaves hyphenated and snake_case prose and identifiers alone', () => {
    const prose = [
      'meet-at-the-station',
      'look-at-example-dot-com',
      'state-of-the-art dot matrix',
      'at-home-dot-matrix',
      'arrive-at-5-dot-30',
      'created_at_timestamp',
      'updated_at_dot_product',
      'cache_at_startup_dot_net_handler',
      'the look-at-me dot com era',
      'point-at-x-dot-y',
    ];
    for (const text of prose) expect(emails(text), text).toEqual([]);
  });
});

describe('emails with HTML/XML character references', () => {
  it('finds each spelling whole, normalized to the plain address', () => {
    for (const [text, span, normalized] of entities) expect(emails(text), text).toEqual([{ span, normalized }]);
  });

  it('reads other values through character references too (a phone, a card)', () => {
    const phone = 'call &#43;44 20 7946 0958';
    expect(detectSensitive(phone).map((d) => phone.slice(d.start, d.end))).toEqual(['&#43;44 20 7946 0958']);
    const card = 'card 4111&#45;1111&#45;1111&#45;1111';
    expect(detectSensitive(card).map((d) => d.type)).toEqual(['CARD']);
  });

  it('leaves ampersands, unknown and malformed references and entity prose alone', () => {
    const prose = [
      'Tom &amp; Jerry at example dot',
      'look at example&#46;com',
      'meet at the station &mdash; at home dot matrix',
      'AT&T at example.com',
      'R&D; dot com era',
      'dave&#64 example',
      '&#64;&#64;&#64; example',
      'x &commat; y',
    ];
    for (const text of prose) expect(emails(text), text).toEqual([]);
  });
});

describe('the family as a whole', () => {
  it('keeps the spellings caught before', () => {
    for (const [text, span, normalized] of known) expect(emails(text), text).toEqual([{ span, normalized }]);
  });

  it('leaves the ordinary prose of the report unmasked', () => {
    for (const text of ['meet at the station', 'look at example.com', 'at home dot matrix', 'meet at the station dot', 'prices at amazon dot com are low']) {
      expect(detectSensitive(text), text).toEqual([]);
    }
  });

  it('gives every spelling the pseudonym of the plain address', async () => {
    const redactor = createRedactor({ pseudonymKey: createKeyring([randomBytes(32)]), sessionMemory: false });
    const texts = [...joined, ...entities, ...known].filter(([, , normalized]) => normalized === 'dave@example.com').map(([text]) => text);
    const result = await redactor.redact(
      { v: 1, id: '01JABCDEFGHJKMNPQRSTVWXYZ0', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.result', trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) }, agent: { id: 'bot' }, source: 'test', outcome: 'success', tool: { name: 'crm.lookup', result: [...texts, 'plain dave@example.com'] } },
      { capture: { result: 'redacted' } },
    );
    const stored = (result.event.tool?.result as string[]).join('\n');
    expect(new Set(stored.match(/\[EMAIL:psn_[a-z2-7_]+\]/g))).toHaveProperty('size', 1);
  });
});

describe('hostile input', () => {
  const fill = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  it('finishes on 200,000 characters of each cue and still finds the address after it', () => {
    for (const unit of ['-at-', '_at_', 'a-at-b-dot-', 'a-at-', '-dot-', 'x-at-y-dot-z-at-', '&#64;', '&#x40;', '&commat;', '&', '&#', '&#0000000', 'a&#64;b&#46;']) {
      const text = `${fill(unit, 200_000)} mail me at someone@example.org`;
      const found = emails(text);
      expect(found.at(-1)?.normalized, JSON.stringify(unit)).toBe('someone@example.org');
    }
  });
});

describe('linear work of the joined form', () => {
  const fill = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  // Counted work, not time: twice the input costs at most ~2.2x the steps.
  it('twice the input, at most 2.2x the steps', () => {
    for (const unit of ['-at-', 'a-at-b-dot-', `${'a'.repeat(60)}-at-`, `a-at-${'b-dot-'.repeat(30)}`, 'x_at_y_dot_com_at_']) {
      const steps = (n: number) => {
        const work: ScanWork = { steps: 0 };
        detectObfuscatedEmails(fill(unit, n), [], work);
        return work.steps;
      };
      const ratio = steps(128 * 1024) / steps(64 * 1024);
      expect(ratio, unit).toBeLessThan(2.2);
    }
  });
});

describe('stored ledger lines (createAuditor + fileLedger)', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-email-spellings-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('hold none of the spellings in clear', async () => {
    const dir = path.join(root, 'ledger');
    const errors: unknown[] = [];
    const auditor = createAuditor({ agent: { id: 'atk' }, sink: fileLedger({ dir }), redactor: createRedactor({ pseudonymKey: createKeyring([randomBytes(32)]) }), onError: (e) => errors.push(e) });
    const all = [...joined, ...entities, ...known];
    auditor.run({ session: 's-email-spellings', actor: { id: 'u1', type: 'user' } }, () => {
      for (const [text] of all) {
        auditor.record({ type: 'message.user', content: { input: text } });
        auditor.record({ type: 'tool.call', tool: { name: 'crm.note', arguments: { note: `Sure! ${text} is on file.` } } });
      }
    });
    await auditor.flush();
    await auditor.close();
    expect(errors).toEqual([]);
    const raw = storedJsonl(dir);
    expect(raw).toContain('s-email-spellings');
    // The lines as stored and with their JSON escapes undone (`\u0026` for `&`).
    const text = unescapedLines(raw);
    for (const [, span] of all) {
      expect(raw).not.toContain(span);
      expect(text).not.toContain(span);
    }
    // Outside the pseudonyms, whose random base32 could spell it, and the hashes and signatures of
    // the ledger's lines and checkpoints (runs of 40 base64 or hex characters or more): a checkpoint
    // signature's `…nbdavej2…` failed this once in a shared run of the suite (2026-12-05).
    expect(text.replace(PSEUDONYM_PATTERN, '').replace(/[A-Za-z0-9+/=]{40,}/g, '').toLowerCase()).not.toContain('dave');
  });
});
