// Card track data written without its `%B…?` sentinels (the fourth README-only probe of
// 2026-12-04, J5): ISO 8583 DE45 and dumps write track 1 from its format code `B`
// (`DE45=B4111…^VLINTUK/QXARO^2712…`), binary-coded track 2 joins the PAN and the expiry with `D`
// (`4111…D2712101…`, DE35). The inputs here are other spellings of the same kind. Since L21 of the probe of
// 2026-12-06 the track's data after the number (after the name field in track 1) is masked as the card too.
import { describe, expect, it } from 'vitest';
import { detectSensitive } from './detectors.js';
import { createKeyring } from './keys.js';
import { createRedactor } from './redactor.js';
import type { RedactionResult } from '../spec/redactor.js';
import type { UnsealedEvent } from '../spec/event.js';

const found = (text: string): string[] => detectSensitive(text).map((d) => `${d.type}:${text.slice(d.start, d.end)}`).filter((f) => /^(?:CARD|PERSON):/.test(f));

describe('track 1 from its format code, no start sentinel', () => {
  it.each([
    ['DE45=B5500000000000004^DORVANE/WENLIX^2612101', ['CARD:5500000000000004', 'PERSON:DORVANE/WENLIX', 'CARD:2612101']],
    ['track1: B378282246310005^NWAKALOR/TEMIBE Q^2812101', ['CARD:378282246310005', 'PERSON:NWAKALOR/TEMIBE Q', 'CARD:2812101']],
    ['B6011111111111117^KESTRELBY/ORWIN^25121010000', ['CARD:6011111111111117', 'PERSON:KESTRELBY/ORWIN', 'CARD:25121010000']],
    ['"45":"B4012888888881881^FENWARTH/ILSE^2907"', ['CARD:4012888888881881', 'PERSON:FENWARTH/ILSE', 'CARD:2907']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('track 2 with the D separator', () => {
  it.each([
    ['track2=5105105105105100D28121011234567', 'CARD:5105105105105100D28121011234567'],
    ['DE35 4012888888881881D2712', 'CARD:4012888888881881D2712'],
    [';378282246310005D2612101?', 'CARD:378282246310005D2612101'],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });
});

// Numbers of Maestro's range after the letters: since L2 of the sixth probe of 2026-12-04 a Visa,
// Mastercard, Amex, ... number after letters is a card whatever the letters (`build B4111…`).
describe('look-alikes stay', () => {
  it.each([
    'build B5012345678901236 done',
    'AB5012345678901236^QXARVO/ZELBRIN^',
    'x^QXARVO/ZELBRIN^',
    'id 4111111111111111Dx',
    'lot 4111111111111111D2799',
    'part 4111111111111112D2712',
    'sku ZB5012345678901236^',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('through the redactor', () => {
  const redactor = createRedactor({ pseudonymKey: createKeyring([new Uint8Array(32).fill(8)]) });
  const args = (values: Record<string, unknown>): Record<string, unknown> =>
    ((redactor.redact({ v: 1, id: '01JTESTTRK0000000000000000', ts: '2026-12-04T12:00:00.000Z', stream: 's', seq: 0, type: 'tool.call', agent: { id: 'a' }, tool: { name: 'auth', arguments: values } } as unknown as UnsealedEvent, { capture: {} }) as RedactionResult).event.tool?.arguments ?? {}) as Record<string, unknown>;
  it('masks the PAN and the name of a track member, and a track 2 under a numeric key', () => {
    const out = JSON.stringify(args({ track1: 'B5105105105105100^FENWARTH/ILSE^2812101', 35: '4012888888881881D28121011234' }));
    for (const raw of ['5105105105105100', 'FENWARTH', 'ILSE', '4012888888881881']) expect(out).not.toContain(raw);
  });
});
