// Overlap priorities (issue 11): a type the detectors emit but detectors.ts' `priority` table lacked
// took 50 and lost an overlap to a name's span inside it (PERSON, 13); the name was masked alone
// and the rest of the value stored raw, as SESSION_COOKIE's was (K20 of 2026-12-04e). CVV,
// SEED_PHRASE, WALLET_PRIVATE_KEY, SECRET, MAC_ADDRESS, IDENTIFIER and PROVIDER_ID had no entry.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { entropyToMnemonic } from '@scure/bip39';
import { wordlist } from '@scure/bip39/wordlists/english.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAuditor, createKeyring, createRedactor, detectSensitive, fileLedger } from '@agent-audit/core';
import { overlapPriority, resolveOverlaps } from './detectors.js';
import type { Detection } from './types.js';
import { storedJsonl } from '../../../../test/redaction/stored.js';

const here = dirname(fileURLToPath(import.meta.url));
/** Every `type: 'X'` a source file of the redaction folder writes (tests left out). */
function emittedTypes(): string[] {
  const types = new Set<string>();
  for (const folder of [here, join(here, 'internal')]) {
    for (const file of readdirSync(folder)) {
      if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
      for (const m of readFileSync(join(folder, file), 'utf8').matchAll(/type: ?'([A-Z][A-Z0-9_]+)'/g)) types.add(m[1] as string);
    }
  }
  return [...types].sort();
}
/** Not detections that overlap resolution orders: a vault entry's kind, and a term that is never masked. */
const NOT_ORDERED = new Set(['FIELD', 'MEDICAL_TERM']);
const MISSING_BEFORE = ['CVV', 'SEED_PHRASE', 'WALLET_PRIVATE_KEY', 'SECRET', 'MAC_ADDRESS', 'IDENTIFIER', 'PROVIDER_ID'];
const CLASS: Record<string, string> = { CVV: 'secret', SEED_PHRASE: 'secret', WALLET_PRIVATE_KEY: 'secret', SECRET: 'secret', MAC_ADDRESS: 'pii.device_id', IDENTIFIER: 'phi', PROVIDER_ID: 'pii' };

/** Whether every character of text[start, end) lies inside one of `spans`. */
function covered(spans: readonly Detection[], start: number, end: number): boolean {
  for (let at = start; at < end; at++) if (!spans.some((d) => d.start <= at && d.end > at)) return false;
  return true;
}
const capitalized = (phrase: string) => phrase.replace(/\b[a-z]/g, (c) => c.toUpperCase());

describe('every type a detector emits has a deliberate overlap priority', () => {
  it('the table holds each type written by a detector', () => {
    const types = emittedTypes();
    expect(types.length).toBeGreaterThan(50);
    expect(types.filter((type) => !NOT_ORDERED.has(type) && overlapPriority(type) >= 50)).toEqual([]);
  });

  it.each(MISSING_BEFORE)('%s wins over a name, a phone or an address inside it', (type) => {
    for (const inner of ['PERSON', 'PHONE', 'ADDRESS']) {
      const outer: Detection = { start: 0, end: 30, type, class: CLASS[type] as string };
      const kept = resolveOverlaps([{ start: 8, end: 17, type: inner, class: 'pii' }, outer]);
      expect(kept, inner).toEqual([outer]);
    }
  });

  it('property: a secret, device or record id of any type is kept whole over any pii span inside it', () => {
    const secretTypes = emittedTypes().filter((type) => !NOT_ORDERED.has(type) && overlapPriority(type) < overlapPriority('EMAIL'));
    fc.assert(
      fc.property(fc.constantFrom(...secretTypes, 'CVV', 'SEED_PHRASE', 'WALLET_PRIVATE_KEY', 'SECRET', 'MAC_ADDRESS'), fc.constantFrom('PERSON', 'PHONE', 'ADDRESS', 'GEO', 'ICD10', 'USERNAME'), fc.integer({ min: 2, max: 60 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 1, max: 30 }), (type, inner, length, offset, size) => {
        fc.pre(offset < length);
        const outer: Detection = { start: 10, end: 10 + length, type, class: 'secret' };
        const start = 10 + offset;
        const kept = resolveOverlaps([{ start, end: Math.min(start + size, 10 + length + 5), type: inner, class: 'pii' }, outer]);
        return kept.includes(outer);
      }),
      { numRuns: 300 },
    );
  });
});

describe('through the detectors: no character of the value stays raw', () => {
  it('a capitalized seed phrase whose words read as a name (`Coral Light`)', () => {
    const text = 'Coral Light Army Gather Adapt Blossom School Alcohol Coral Light Army Giggle';
    const kept = detectSensitive(text);
    expect(kept.map((d) => d.type)).toEqual(['SEED_PHRASE']);
    expect(covered(kept, 0, text.length)).toBe(true);
  });

  it('property: any 12 or 24-word mnemonic, capitalized, in prose, is masked whole', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), fc.boolean(), fc.constantFrom('', 'my seed: ', 'Backup words ', 'Wallet restore with '), (entropy, long, lead) => {
        const phrase = capitalized(entropyToMnemonic(long ? Uint8Array.from([...entropy, ...entropy]) : entropy, wordlist));
        const text = `${lead}${phrase}`;
        return covered(detectSensitive(text), lead.length, text.length);
      }),
      { numRuns: 150 },
    );
  });
});

describe('in the ledger (createAuditor, file ledger)', () => {
  it('stores no word of a capitalized seed phrase, and no part of a key detail\'s secret holding a name the session knows', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'overlap-priorities-'));
    const auditor = createAuditor({ agent: { id: 'probe' }, sink: fileLedger({ dir: join(dir, 'ledger') }), redactor: createRedactor({ pseudonymKey: createKeyring([Buffer.alloc(32, 75)]) }) });
    auditor.record({ type: 'tool.result', session: 'sess-a', tool: { name: 'wallet.export', result: 'Coral Light Army Gather Adapt Blossom School Alcohol Coral Light Army Giggle' } } as never);
    auditor.record({ type: 'tool.result', session: 'sess-b', tool: { name: 'crm.get', result: { customer: 'Zephra Vlintuk' } } } as never);
    auditor.record({ type: 'tool.result', session: 'sess-b', tool: { name: 'db.insert', result: { error: 'duplicate key value violates unique constraint "users_password_key". DETAIL: Key (password)=(Tq5Xm8Lq Zephra) already exists.' } } } as never);
    await auditor.close();
    const text = storedJsonl(join(dir, 'ledger'));
    for (const raw of ['Army Gather', 'Blossom', 'Alcohol', 'Giggle', 'Tq5Xm8Lq', 'Zephra']) expect(text, raw).not.toContain(raw);
  });
});
