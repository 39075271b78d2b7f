// Issue 11: the redaction parts still stored raw after 2026-12-06e, fixed on 2026-12-06f. A describe per part, each
// standing for its kind: the reported input, held-back inputs of the kind (cases, joiners, spellings, languages), the
// stored form through an auditor where the report was one, look-alikes that must stay as they were, and linear time.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor, detectSensitive } from '@agent-audit/core';
import { TOTP_SETUP_LABELS } from '../../packages/core/src/redaction/provider-tokens.js';
import { timeRatio } from './linear-time.js';
import { check, masked, storedResults, type Case } from './masked-text.js';
import { ledgerRecorder } from './stored-events.js';

const { storedOf } = ledgerRecorder('open-parts-2026-12-06f');
/** A `message.user` input as stored. */
async function storedInput(input: string): Promise<string> {
  const [event] = await storedOf([{ type: 'message.user', content: { input } }]);
  return String((event?.content as Record<string, unknown>).input);
}

describe('TOTP set-up keys: the gate and the pattern read one list of labels', () => {
  const SEEDS = ['JBSWY3DPEHPK3PXP', 'jbswy3dpehpk3pxp', 'JBSW Y3DP EHPK 3PXP', 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'];
  // Every label, its words joined by a blank, a tab or two blanks, then a blank, a colon and a tab, or a colon and a blank.
  const ROWS: Array<[string, string]> = [];
  for (const words of TOTP_SETUP_LABELS) {
    for (const joiner of [' ', '\t', '  ']) {
      for (const after of [' ', ':\t', ': ']) {
        const label = words.join(joiner);
        ROWS.push([`${label}${after}${SEEDS[ROWS.length % SEEDS.length] as string}`, SEEDS[ROWS.length % SEEDS.length] as string]);
      }
    }
  }
  it.each(ROWS)('%j: the seed is masked', (text, seed) => {
    expect(masked(text)).not.toContain(seed);
    expect(detectSensitive(text).some((d) => d.type === 'TOTP_SECRET')).toBe(true);
  });

  it.each([
    // The report's spellings and the kind's, in a sentence and in capitals.
    ['Authenticator setup\tkey JBSWY3DPEHPK3PXP', 'JBSWY3DPEHPK3PXP'],
    ['setup key:\tJBSWY3DPEHPK3PXP', 'JBSWY3DPEHPK3PXP'],
    ['Can\'t scan it? input JBSWY3DPEHPK3PXP in the app', 'JBSWY3DPEHPK3PXP'],
    ['Or enter this key JBSWY3DPEHPK3PXP manually', 'JBSWY3DPEHPK3PXP'],
    ['Manual entry key: jbswy3dpehpk3pxp', 'jbswy3dpehpk3pxp'],
    ['SETUP KEY: GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'],
  ])('%j: the seed is masked', (text, seed) => {
    expect(masked(text)).not.toContain(seed);
  });

  it.each([
    'The secret key will take five more days',
    'Enter this key: ABCDEFGHIJKLMNOP',
    'setup key: none',
    'input ABCDEFGHIJKLMNOPQR',
    'input 2222333344445555',
    'input sha256 deadbeef',
    'input_file README.md',
    'setup key: JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPAB',
    'the key 5ZRK2QBLODFE6HVN',
  ])('%j stays as written', (text) => expect(masked(text)).toBe(text));

  it('the report through the auditor: stored masked', async () => {
    const stored = await storedInput('My authenticator app wants the setup\tkey JBSWY3DPEHPK3PXP, is that safe?');
    expect(stored).not.toContain('JBSWY3DPEHPK3PXP');
  });

  it('twice the labels cost about twice the time', () => {
    const make = (n: number): string => 'setup key: input this key: manual entry key '.repeat(Math.ceil(n / 44));
    expect(timeRatio((text) => detectSensitive(text), make, 20_000, 40_000)).toBeLessThan(2.6);
  });
});
