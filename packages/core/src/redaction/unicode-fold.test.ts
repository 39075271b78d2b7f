import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuditor } from '../auditor/auditor.js';
import { fileLedger } from '../ledger/file-ledger.js';
import { detectSensitive } from './detectors.js';
import { createKeyring } from './keys.js';
import { createRedactor } from './redactor.js';

// Issue 11, attack round 3 (F1, F4, F9): one invisible character inside a value (a zero-width
// space, soft hyphen, word joiner, BOM, ZWNJ/ZWJ, a bidi control), digits of another number
// system, or a look-alike letter in a label or token prefix hid the value from every detector.
// Detection now runs on a normalized view of the text, mapped back onto the original characters.

const event = (args: unknown, session = 'visit-1') =>
  ({
    v: 1, id: '01JABCDEFGHJKMNPQRSTVWXYZ0', ts: '2026-01-01T00:00:00.000Z', stream: 's', seq: 0, type: 'tool.call',
    trace: { traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) }, agent: { id: 'bot' }, source: 'test', outcome: 'success', session,
    tool: { name: 'clinic.note', arguments: args },
  }) as never;
const redactor = createRedactor({ pseudonymKey: createKeyring([randomBytes(32)]) });
const stored = async (text: string, session?: string) =>
  ((await redactor.redact(event({ note: text }, session), { capture: {} } as never)).event.tool?.arguments as { note: string }).note;

/** Format characters (Cf) and the other invisible ones the view removes. */
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;
const visible = (text: string) => text.replace(INVISIBLE, '');

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U';
const GHP = 'ghp_R8x2mK9vQ4pL7nZ3wT6yB1cF5hJ0sD8aE2gU';

/** The attacker's inputs: the text with the invisible character, and the value that must not be stored. */
const hidden: Array<[name: string, text: string, value: string]> = [
  ['card, zero-width spaces', 'card 4111\u200b1111\u200b1111\u200b1111', '4111111111111111'],
  ['email, zero-width space before @', 'mail amara.okafor\u200b@clinic.org', 'amara.okafor@clinic.org'],
  ['email, word joiner', 'reach me: amara.okafor\u2060@clinic.org', 'amara.okafor@clinic.org'],
  ['email, RTL override', 'amara.okafor@\u202eclinic.org', 'amara.okafor@clinic.org'],
  ['phone, BOM', 'Tel: +44 20 7946\ufeff0958', '+44 20 79460958'],
  ['phone, zero-width space and a space', 'call me at +44 20 7946\u200b 0958', '+44 20 7946 0958'],
  ['IBAN, zero-width space', 'IBAN DE89\u200b3704 0044 0532 0130 00', 'DE89370400440532013000'],
  ['SSN, ZWNJ', 'SSN 536-22-\u200c8514', '536-22-8514'],
  ['JWT, zero-width space before the first dot', `token ${JWT.replace('.', '\u200b.')}`, JWT],
  ['GitHub token, zero-width space after the prefix', `token ${GHP.replace('_', '_\u200b')}`, GHP],
  ['GitHub token, soft hyphen', `token ${GHP.slice(0, 18)}\u00ad${GHP.slice(18)}`, GHP],
  ['card, ZWJ', 'card 4111\u200d1111\u200d1111\u200d1111', '4111111111111111'],
  ['card, word joiner', 'card 4111\u20601111\u20601111\u20601111', '4111111111111111'],
  ['card, bidi isolates', 'card \u20664111 1111 1111 1111\u2069', '4111 1111 1111 1111'],
  ['card, LRE and PDF', 'card 4111\u202a1111\u202c1111\u202b1111', '4111111111111111'],
  ['SSN, soft hyphen', 'SSN 536\u00ad-22-8514', '536-22-8514'],
  ['person, zero-width spaces', 'Patient Am\u200bara Ok\u200bafor was seen', 'Amara Okafor'],
];

/** Digits of other number systems (F9): the value as written and its ASCII spelling. */
const digitsOf = (value: string, zero: number) => value.replace(/\d/g, (d) => String.fromCodePoint(zero + Number(d)));
const digits: Array<[name: string, text: string, ascii: string]> = [
  ['card, Arabic-Indic', `بطاقة ${digitsOf('4111111111111111', 0x660)}`, '4111111111111111'],
  ['card, Extended Arabic-Indic', `کارت ${digitsOf('4111 1111 1111 1111', 0x6f0)}`, '4111'],
  ['card, Devanagari', `card ${digitsOf('4111-1111-1111-1111', 0x966)}`, '4111'],
  ['card, mathematical bold', `card ${digitsOf('4111 1111 1111 1111', 0x1d7ce)}`, '4111'],
  ['card, mathematical double-struck', `card ${digitsOf('4111 1111 1111 1111', 0x1d7d8)}`, '4111'],
  ['phone, Devanagari', `फ़ोन ${digitsOf('+91 98765 43210', 0x966)}`, '98765'],
  ['phone, Arabic-Indic', `هاتف: ${digitsOf('+44 20 7946 0958', 0x660)}`, '7946'],
  ['SSN, Bengali', `SSN ${digitsOf('536-22-8514', 0x9e6)}`, '8514'],
];

/** Look-alike labels and token prefixes (F4): the value behind them must not be stored. */
const lookAlikes: Array<[name: string, text: string, value: string]> = [
  ['full-width password label', 'ｐａｓｓｗｏｒｄ: Tr1cky#Pass77', 'Tr1cky#Pass77'],
  ['password label with a Cyrillic а', 'p\u0430ssword: Tr1cky#Pass78', 'Tr1cky#Pass78'],
  ['password label with a zero-width space', 'pass\u200bword: Tr1cky#Pass79', 'Tr1cky#Pass79'],
  ['password label with a Greek ο', 'passw\u03bfrd: Tr1cky#Pass76', 'Tr1cky#Pass76'],
  ['OpenAI key with a Cyrillic ѕ', '\u0455k-proj-Ab3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF3hJ6', 'Ab3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF3hJ6'],
  ['full-width AWS key id', 'ＡＫＩＡ4QWERTY7UIOP3ASD', '4QWERTY7UIOP3ASD'],
  ['AWS key id, mathematical bold letters', 'key 𝐀𝐊𝐈𝐀4QWERTY7UIOP3ASD', '4QWERTY7UIOP3ASD'],
  ['GitHub token, full-width prefix', `token ｇｈｐ＿${GHP.slice(4)}`, GHP.slice(4)],
];

describe('values with invisible characters inside (F1)', () => {
  it.each(hidden)('%s: neither spelling is stored', async (_name, text, value) => {
    for (const spelling of [text, visible(text)]) {
      const out = await stored(spelling);
      expect(out).not.toContain(value);
      // No piece of the value is left between the invisible characters either.
      expect(visible(out)).not.toContain(visible(value).slice(0, 8));
      expect(visible(out)).not.toContain(visible(value).slice(-8));
    }
  });

  it('the invisible and the visible spelling get the same token', async () => {
    for (const [, text] of hidden.filter(([name]) => !name.startsWith('person'))) expect(await stored(text)).toBe(await stored(visible(text)));
  });

  it('the mask takes the invisible characters inside a value and at its edges', () => {
    const text = 'card \u200b4111\u200b1111\u200b1111\u200b1111\ufeff, thanks';
    const [card] = detectSensitive(text);
    expect(card).toMatchObject({ type: 'CARD', start: 5, end: text.indexOf(',') });
    // A zero-width space between two values: both are masked, and their spans do not overlap.
    const two = 'amara@clinic.org\u200b+44 20 7946 0958';
    const spans = detectSensitive(two);
    expect(spans.map((d) => d.type)).toEqual(['EMAIL', 'PHONE']);
    expect(spans[0]?.start).toBe(0);
    expect(spans[1]?.end).toBe(two.length);
    expect(spans[0]?.end).toBeLessThanOrEqual(spans[1]?.start ?? 0);
  });

  it('an invisible character that is the only boundary of a value still bounds it', () => {
    expect(detectSensitive('card\u200b4111111111111111').map((d) => d.type)).toEqual(['CARD']);
    expect(detectSensitive('Call\u200b+44 20 7946 0958 today').map((d) => d.type)).toEqual(['PHONE']);
  });

  it('percent-encoded invisible characters are read through too', async () => {
    expect(await stored('q=amara.okafor%E2%80%8B%40clinic.org')).not.toContain('okafor');
  });
});

describe('digits of other number systems (F9)', () => {
  it.each(digits)('%s is masked', async (_name, text, ascii) => {
    const out = await stored(text);
    expect(out).toMatch(/\[(CARD|PHONE|SSN):/);
    expect(out).not.toContain(text.slice(text.search(/\p{Nd}|\+/u)));
    expect(out).not.toContain(ascii);
  });
});

describe('look-alike labels and token prefixes (F4)', () => {
  it.each(lookAlikes)('%s', async (_name, text, value) => {
    expect(await stored(text)).not.toContain(value);
  });
});

describe('random invisible characters inside detected values', () => {
  const values = [
    '4111 1111 1111 1111', '5500-0000-0000-0004', 'amara.okafor@clinic.org', 'w.tane+list@example.co.nz', '+44 20 7946 0958',
    'DE89 3704 0044 0532 0130 00', '536-22-8514', JWT, GHP, 'AKIAQ4WERTY7UIOP3ASD', 'sk-proj-Ab3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF3hJ6', '192.168.14.201',
  ];
  const invisible = fc.constantFrom('\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u202a', '\u202c', '\u202e', '\u2066', '\u2069', '\u200e', '\u200f', '\u061c', '\u180e', '\u{e0020}', '\u{e0001}', '\ufe0f');
  const context = fc.constantFrom(['', ''], ['note: ', '.'], ['Details ', ' (see above)'], ['"', '"'], ['\n', '\n']);

  it('never lets one through, and masks it whole', () => {
    fc.assert(
      fc.property(fc.constantFrom(...values), fc.array(fc.tuple(fc.nat(), invisible), { minLength: 1, maxLength: 4 }), context, (value, inserts, [before, after]) => {
        const units = [...value];
        for (const [at, char] of inserts) units.splice(1 + (at % (units.length - 1)), 0, char);
        const spelled = units.join('');
        const text = `${before}${spelled}${after}`;
        const spans = detectSensitive(text).filter((d) => d.mask !== false);
        const start = before.length;
        const end = start + spelled.length;
        expect(spans.some((d) => d.start <= start && d.end >= end)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});

describe('ordinary text with format characters and other scripts is not masked', () => {
  const ordinary = [
    'Family: 👨\u200d👩\u200d👧\u200d👦 and 🏳\ufe0f\u200d🌈, 👍🏽 thanks!',
    'flag 🏴\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f} match tonight',
    'مرحبا بكم في المستشفى، نتمنى لكم الشفاء العاجل',
    'आपका स्वागत है, कृपया प्रतीक्षा करें',
    'He said \u200fשלום\u200f and left \u200eok\u200e.',
    'The \u202bعنوان\u202c field is shown right to left.',
    'می\u200cخواهم به خانه بروم',
    'soft\u00adware engi\u00adneering is hard',
    'Версия 3 вышла, спасибо всем',
    'Ελληνικά κείμενα χωρίς αριθμούς',
    'Version ２.５ released… ™ ½ ﬁnal',
    'Total: ١٢ items, ٣ left',
  ];
  it.each(ordinary)('%s', (text) => {
    expect(detectSensitive(text).filter((d) => d.mask !== false)).toEqual([]);
  });

  it('words of one script keep their letters: a Cyrillic name is read as Cyrillic', () => {
    const [name] = detectSensitive('Пациент Пётр Иванов пришёл');
    expect(name).toMatchObject({ type: 'PERSON' });
    expect(name?.normalized ?? '').not.toMatch(/[a-z]/);
  });
});

describe('session memory reads remembered values through invisible characters', () => {
  it('finds a remembered name respelled with zero-width spaces, soft hyphens or full-width letters', async () => {
    const memory = createRedactor({ pseudonymKey: createKeyring([randomBytes(32)]) });
    const note = async (args: unknown) => JSON.stringify((await memory.redact(event(args, 'visit-memory'), { capture: {} } as never)).event.tool?.arguments);
    const first = await note({ patient_name: 'Tjarda Ylvisaker' });
    const token = /\[PERSON:[^\]]+\]/.exec(first)?.[0] ?? '';
    expect(token).not.toBe('');
    for (const spelling of ['tjarda ylvi\u200bsaker', 'tjarda ylvi\u00adsa\u2060ker', 'ｔｊａｒｄａ ｙｌｖｉｓａｋｅｒ', 'tjarda\u200b \u200bylvisaker']) {
      const out = await note({ text: `notes for ${spelling} today` });
      expect(out).toBe(JSON.stringify({ text: `notes for ${token} today` }));
    }
  });
});

describe('stored ledger lines (createAuditor + fileLedger)', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aa-unicode-fold-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('hold none of the values, in a user message or a model answer', async () => {
    const dir = path.join(root, 'ledger');
    const errors: unknown[] = [];
    const auditor = createAuditor({ agent: { id: 'atk' }, sink: fileLedger({ dir }), redactor: createRedactor({ pseudonymKey: createKeyring([randomBytes(32)]) }), onError: (e) => errors.push(e) });
    const all = [...hidden, ...digits, ...lookAlikes];
    auditor.run({ session: 's-fold', actor: { id: 'u1', type: 'user' } }, () => {
      for (const [, text] of all) {
        auditor.record({ type: 'message.user', content: { input: text } });
        auditor.record({ type: 'model.response', content: { output: `Sure! ${text} is on file.` } });
      }
    });
    await auditor.flush();
    await auditor.close();
    expect(errors).toEqual([]);
    const lines: string[] = [];
    const walk = (d: string) => {
      for (const f of fs.readdirSync(d)) {
        const p = path.join(d, f);
        if (fs.statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.jsonl')) lines.push(fs.readFileSync(p, 'utf8'));
      }
    };
    walk(dir);
    const raw = lines.join('\n');
    expect(raw).toContain('s-fold');
    const text = raw.split('\n').filter(Boolean).map((line) => JSON.stringify(JSON.parse(line))).join('\n');
    for (const [, , value] of [...hidden, ...lookAlikes]) {
      expect(text).not.toContain(value);
      expect(visible(text)).not.toContain(visible(value));
    }
    for (const [, written] of digits) expect(text).not.toContain(written.slice(written.search(/\p{Nd}|\+/u)));
  });
});
