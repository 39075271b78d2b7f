import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';
import { createRedactor } from '../index.js';

// The third README-only probe of 2026-12-04, H14 (test/redaction/probe-2026-12-04c.cases.md):
// numbers and names spoken or spelled out, as call transcripts write them, were stored raw: `My
// social is five three six, twenty-two, eighty-five fourteen.`, and the spelling after a masked
// name (`Qxaro Vlintuk, that is V-L-I-N-T-U-K`, `spelled V L I N T U K`). The kinds: a number
// read aloud in digit words and English two-digit numbers (an SSN after its cue, a card by its
// Luhn check, a phone as before), and a word spelled letter by letter after a spelling cue or
// after the name it spells. The inputs other than the probe's are held back.
const found = (text: string): string[] => detectSensitive(text).map((d) => `${d.type}:${text.slice(d.start, d.end)}`);

describe('numbers read aloud', () => {
  it.each([
    ['My social is five three six, twenty-two, eighty-five fourteen.', 'SSN:five three six, twenty-two, eighty-five fourteen'],
    ['SSN is four one two, sixty-seven, thirty-three ninety', 'SSN:four one two, sixty-seven, thirty-three ninety'],
    ['social security number: five two three, forty five, six seven eight nine', 'SSN:five two three, forty five, six seven eight nine'],
    ['my social, um, six one two, seventy one, twelve thirty four', 'SSN:six one two, seventy one, twelve thirty four'],
    ['card number four one one one, one one one one, one one one one, one one one one', 'CARD:four one one one, one one one one, one one one one, one one one one'],
    ['the card is five five, double oh, zero zero zero zero, zero zero zero zero, zero zero zero four', 'CARD:five five, double oh, zero zero zero zero, zero zero zero zero, zero zero zero four'],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it('the same digits as an SSN and as the SSN in digits get one pseudonym', () => {
    const redactor = createRedactor({ pseudonymKey: new Uint8Array(32).fill(7) });
    const out = (text: string) => JSON.stringify((redactor.redact({ v: 1, id: 'e', seq: 0, ts: '2026-12-04T00:00:00Z', stream: 's', type: 'model.response', agent: { id: 'a' }, source: 's', outcome: 'success', content: { output: text } } as never, { capture: {} } as never) as { event: unknown }).event);
    const spoken = /\[SSN:[^\]]+\]/.exec(out('My social is five three six, twenty-two, eighty-five fourteen.'))?.[0];
    const written = /\[SSN:[^\]]+\]/.exec(out('SSN 536-22-8514'))?.[0];
    expect(spoken).toBeDefined();
    expect(spoken).toBe(written);
  });

  it('counts, amounts and times in words stay: no SSN cue, no Luhn, a count', () => {
    for (const text of [
      'twenty five people and thirty two chairs',
      'we met at five thirty, then six fifteen',
      'the social event is on twenty-two, eighty-five fourteen',
      'one two three four five six seven eight nine',
      'my social is five three six',
    ]) expect(found(text), text).toEqual([]);
  });
});

describe('names spelled letter by letter', () => {
  it.each([
    ['Qxaro Vlintuk, that is V-L-I-N-T-U-K', ['PERSON:Qxaro Vlintuk', 'PERSON:V-L-I-N-T-U-K']],
    ['last name spelled V L I N T U K', ['PERSON:V L I N T U K']],
    ['My name is Wenlix Dorvane. D-O-R-V-A-N-E.', ['PERSON:Wenlix Dorvane', 'PERSON:D-O-R-V-A-N-E']],
    ['Mr Tevita Havili, h a v i l i', ['PERSON:Tevita Havili', 'PERSON:h a v i l i']],
    ['der Nachname wird buchstabiert: K.E.S.T.R.A.V.', ['PERSON:K.E.S.T.R.A.V']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('letters that spell no name stay: acronyms, keys, a run after no cue and no name', () => {
    for (const text of ['the A-B-C of it', 'press C-T-R-L and A', 'U.S.A. and U.K.', 'I a m ok', 'Mr Tevita Havili pressed C-T-R-L']) {
      expect(found(text).filter((s) => !s.startsWith('PERSON:Tevita')), text).toEqual([]);
    }
  });

  it('finishes on 200 000-character runs of letters and digit words (the test timeout is the bound)', () => {
    for (const unit of ['A-', 'spelled A B ', 'five twenty-two ', 'Qxaro Vlintuk V-L ']) {
      expect(Array.isArray(detectSensitive(unit.repeat(Math.ceil(200_000 / unit.length))))).toBe(true);
    }
  });
});
