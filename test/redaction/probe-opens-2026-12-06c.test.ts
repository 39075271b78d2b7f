// Open parts of rows of the README-only probes of 2026-12-06 and 2026-12-06b fixed (issue 11;
// test/redaction/probe-2026-12-06.cases.md, probe-2026-12-06b.cases.md): a describe per part, each with
// the row's example, inputs of the same kind written before the fix (held back from it), and
// look-alikes that must stay readable.
import { describe, expect, it } from 'vitest';
import { createKeyring, createRedactor, detectSensitive } from '@agent-audit/core';
import { timeRatio } from './linear-time.js';
import { check, masked, storedResults, type Case } from './masked-text.js';

const redactor = () => createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(7)]) });

describe('06 L17, open part: a phone typed or read by OCR with `S` for 5 and `B` for 8', () => {
  const MASKED: Case[] = [
    // The open part's kind, as the row names it: `S` and `B` beside `O` and `l`, or alone.
    ['phone: O2O 79B6 O9S8', ['O2O 79B6 O9S8', '79B6'], ['phone:']],
    ['call me on 077OO 9OO 4S7', ['077OO 9OO 4S7', '9OO 4S7'], ['call me on']],
    // Held back: a Leeds number, a UK mobile, a NANP number, an international number, a mobile after `text me on`.
    ['tel 0l13 4S6 0321', ['0l13 4S6 0321', '4S6'], ['tel']],
    ['mob 07B00 900417', ['07B00 900417', '07B00'], ['mob']],
    ['ring me on O7911 12345B after 5', ['O7911 12345B', '12345B'], ['after 5']],
    ['call me at 4lS 8B2 0132', ['4lS 8B2 0132', '8B2'], ['call me at']],
    ['tel +44 20 79B6 0958', ['79B6 0958', '79B6'], ['tel']],
    ['text me on 0S5S 1B2 3456', ['0S5S 1B2 3456', '1B2'], ['text me on']],
  ];
  // Look-alikes: words after a number, letters with no digit in their group, no phone's cue, no valid number.
  const KEPT: Case[] = [
    ['call me on 07700 900417 Bob', ['07700 900417'], ['Bob']],
    ['call me on 07700 900417 BS', ['07700 900417'], [' BS']],
    ['tel 0800 BBC ONE', [], ['0800 BBC ONE']],
    ['phone: SOS', [], ['SOS']],
    ['tel S3 5BB', [], ['S3 5BB']],
    ['mob 0SS5', [], ['0SS5']],
    ['phone model S21 B12 5000', [], ['S21 B12 5000']],
    ['call me on B2B 1234', [], ['B2B 1234']],
    ['order 07B00 900417', [], ['07B00 900417']],
    ['the code is O2O 79B6 O9S8', [], ['O2O 79B6 O9S8']],
    ['phone: BBBB SSSS', [], ['BBBB SSSS']],
    ['call me on SSB BBS SSSS', [], ['SSB BBS SSSS']],
    ['tel 1B2S 4S67 89', [], ['1B2S 4S67 89']],
  ];
  it.each(MASKED)('%j is masked', (...each) => check([each]));
  it.each(KEPT)('%j keeps its letters', (...each) => check([each]));
  it('the letters read as digits give the number its plain spelling (one pseudonym)', () => {
    const phone = (text: string) => detectSensitive(text).find((d) => d.type === 'PHONE')?.normalized;
    expect(phone('phone: O2O 79B6 O9S8')).toBe(phone('phone: 020 7986 0958'));
    expect(phone('call me at 4lS 8B2 0132')).toBe(phone('call me at 415 882 0132'));
    expect(phone('phone: 020 7986 0958')).toBeDefined();
  });
});
